// The rules form checked as it is typed: which field a problem is about, the preview of what a
// sale earns, and saving, reverting and going back to the defaults.
#include "domain/error.h"
#include "format.h"
#include "loyalty/rulebook.h"
#include "sales/pricing.h"
#include "rulespage.h"
#include "style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace storedesk::ui {

bool RulesPage::canSave() const
{
    return m_valid && m_changed;
}

QString RulesPage::fieldLabel(const QString &path) const
{
    static const QRegularExpression level(QStringLiteral(R"(^tiers\.levels\[(\d+)\])"));
    static const QRegularExpression bonusRow(QStringLiteral(R"(^stored_value\.bonus\[(\d+)\])"));
    static const QRegularExpression promotionRow(QStringLiteral(R"(^promotions\[(\d+)\])"));
    if (const auto m = promotionRow.match(path); m.hasMatch())
        return tr("Promotion %1").arg(m.captured(1).toInt() + 1);
    if (const auto m = level.match(path); m.hasMatch())
        return tr("Tier %1").arg(m.captured(1).toInt() + 1);
    if (const auto m = bonusRow.match(path); m.hasMatch())
        return tr("Top-up bonus %1").arg(m.captured(1).toInt() + 1);
    const QHash<QString, QString> labels{
        {QStringLiteral("points.earn.per_amount"), tr("Earning: the amount")},
        {QStringLiteral("points.earn.points"), tr("Earning: the points")},
        {QStringLiteral("points.birthday.multiplier"), tr("Birthday bonus")},
        {QStringLiteral("points.redeem.points"), tr("Paying with points: the points")},
        {QStringLiteral("points.redeem.value"), tr("Paying with points: their worth")},
        {QStringLiteral("points.redeem.min_points"), tr("Paying with points: at least")},
        {QStringLiteral("points.redeem.max_share"), tr("Paying with points: at most")},
        {QStringLiteral("points.expiry.months"), tr("Expiry")},
        {QStringLiteral("points.expiry.years_after"), tr("Expiry")},
        {QStringLiteral("tiers.window_months"), tr("Tiers")},
        {QStringLiteral("tiers.levels"), tr("Tiers")},
        {QStringLiteral("stored_value.bonus"), tr("Top-up bonus")},
    };
    return labels.value(path, path);
}

void RulesPage::showProblem(const QString &field, const QString &message)
{
    if (m_problemWidget)
        setRole(m_problemWidget, QString());
    m_problemWidget = nullptr;
    if (field.isEmpty()) {
        m_problem->clear();
        setRole(m_problem, QString());
        return;
    }
    // The core's message names the field by its path in the document; people get its label.
    const qsizetype at = message.indexOf(field);
    const QString why = at >= 0 ? message.mid(at + field.size()).trimmed() : message;
    m_problem->setText(tr("%1: %2").arg(fieldLabel(field), why));
    setRole(m_problem, QStringLiteral("error"));
    const QHash<QString, QWidget *> widgets{
        {QStringLiteral("points.earn.per_amount"), m_perAmount},
        {QStringLiteral("points.earn.points"), m_earnPoints},
        {QStringLiteral("points.birthday.multiplier"), m_birthdayMultiplier},
        {QStringLiteral("points.redeem.points"), m_redeemPoints},
        {QStringLiteral("points.redeem.value"), m_redeemValue},
        {QStringLiteral("points.redeem.min_points"), m_minPoints},
        {QStringLiteral("points.redeem.max_share"), m_maxShare},
        {QStringLiteral("points.expiry.months"), m_expiryMonths},
        {QStringLiteral("points.expiry.years_after"), m_yearsAfter},
        {QStringLiteral("tiers.window_months"), m_window},
    };
    m_problemWidget = widgets.value(field);
    if (!m_problemWidget && field.startsWith(QStringLiteral("tiers")))
        m_problemWidget = m_tiers;
    if (!m_problemWidget && field.startsWith(QStringLiteral("stored_value")))
        m_problemWidget = m_bonus;
    if (!m_problemWidget && field.startsWith(QStringLiteral("promotions")))
        m_problemWidget = m_promotionTable;
    if (m_problemWidget)
        setRole(m_problemWidget, QStringLiteral("invalid"));
}

void RulesPage::validate()
{
    if (m_loading)
        return;
    m_expiryMonths->setVisible(m_expiryMode->currentData() == QStringLiteral("rolling"));
    m_yearsAfter->setVisible(m_expiryMode->currentData() == QStringLiteral("year_end"));
    const QJsonObject doc = document();
    try {
        const core::Rules rules = core::Rules::fromJson(doc);
        m_valid = true;
        m_changed = rules.toJson() != m_rules.current().rules.toJson();
        showProblem({}, {});
        updatePreview(rules);
    } catch (const core::Error &error) {
        m_valid = false;
        m_changed = true;
        showProblem(error.field(), error.message());
        m_preview->setText(tr("The preview waits for valid rules."));
    }
    m_save->setEnabled(canSave());
    m_revert->setEnabled(m_changed);
}

void RulesPage::updatePreview(const core::Rules &rules)
{
    // The tier list follows the form's tiers.
    const int tier = qMax(0, m_previewTier->currentIndex());
    {
        const QSignalBlocker quiet(m_previewTier);
        m_previewTier->clear();
        for (const core::TierLevel &t : rules.tiers)
            m_previewTier->addItem(t.name);
        m_previewTier->setCurrentIndex(qMin(tier, int(rules.tiers.size()) - 1));
    }
    const auto amount = core::Money::parse(m_previewAmount->text().trimmed());
    if (!amount || amount->isNegative()) {
        m_preview->setText(tr("Type an amount to see what it earns."));
        return;
    }
    const int chosen = m_previewTier->currentIndex();
    const core::SalePreview p =
        core::previewSale(rules, *amount, chosen, m_previewBirthday->isChecked());
    QString html =
        tr("A %1 sale by a %2 earns <b>%3 points</b>.")
            .arg(formatMoney(*amount).toHtmlEscaped(), rules.tiers[chosen].name.toHtmlEscaped())
            .arg(QLocale().toString(p.pointsEarned));
    if (!p.discount.isZero()) {
        html += QStringLiteral(" ") + tr("The tier discount takes %1 off: %2 is paid.")
                                          .arg(formatMoney(p.discount), formatMoney(p.paid))
                                          .toHtmlEscaped();
    }
    html += QStringLiteral("<br>");
    html += (p.maxRedeemablePoints > 0 ? tr("Points can pay up to %1 of it (%2 points).")
                                             .arg(formatMoney(p.maxRedeemValue),
                                                  QLocale().toString(p.maxRedeemablePoints))
                                       : tr("Points cannot pay any of it (below the minimum)."))
                .toHtmlEscaped();
    m_preview->setText(html);
}

void RulesPage::save()
{
    if (!canSave())
        return;
    try {
        const core::VersionedRules saved = m_rules.set(document());
        m_changed = false;
        load(saved.rules);
        m_version->setText(tr("Version %1").arg(saved.version));
        emit message(
            tr("Rules saved as version %1; sales from now on use them.").arg(saved.version));
    } catch (const core::Error &error) {
        showProblem(error.field(), error.message());
    }
}

void RulesPage::revert()
{
    const core::VersionedRules current = m_rules.current();
    m_changed = false;
    load(current.rules);
    m_version->setText(tr("Version %1").arg(current.version));
}

void RulesPage::loadDefaults()
{
    if (QMessageBox::question(this, tr("Default rules"),
                              tr("Fill the form with StoreDesk's default rules? Nothing is saved "
                                 "until you press Save.")) != QMessageBox::Yes)
        return;
    load(core::Rules::defaults());
}

} // namespace storedesk::ui
