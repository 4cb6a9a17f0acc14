#include "rulespage.h"

#include "domain/error.h"
#include "format.h"
#include "loyalty/rulebook.h"
#include "promotiondialog.h"
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
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace storedesk::ui {

namespace {

QSpinBox *spin(QWidget *parent, const char *name, int min, int max)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(min, max);
    box->setGroupSeparatorShown(true);
    return box;
}

QLineEdit *field(QWidget *parent, const char *name, int width = 110)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setMaximumWidth(width);
    return edit;
}

QTableWidget *table(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setCell(QTableWidget *t, int row, int column, const QString &text)
{
    t->setItem(row, column, new QTableWidgetItem(text));
}

/// A percent as typed ("50", "12.5") as the ratio the rules keep ("0.5", "0.125").
QString percentToRatio(const QString &percent)
{
    const auto r = core::Ratio::parse(percent.trimmed());
    if (!r || r->scaled() % 100 != 0)
        return percent.trimmed() + QStringLiteral("%"); // refused by the core, naming the field
    return core::Ratio::fromScaled(r->scaled() / 100).toString();
}

QString ratioToPercent(const core::Ratio &ratio)
{
    return core::Ratio::fromScaled(ratio.scaled() * 100).toString();
}

} // namespace

RulesPage::RulesPage(core::RuleBook &rules, QWidget *parent)
    : QWidget(parent)
    , m_rules(rules)
{
    setObjectName(QStringLiteral("rulesPage"));
    auto *content = new QWidget(this);

    // Earning.
    m_perAmount = field(content, "perAmount");
    m_earnPoints = spin(content, "earnPoints", 1, 1'000'000);
    m_onStoredValue = new QCheckBox(tr("Payments from stored value earn points too"), content);
    m_onStoredValue->setObjectName(QStringLiteral("onStoredValue"));
    auto *earnRow = new QHBoxLayout;
    earnRow->addWidget(new QLabel(tr("Every ¥"), content));
    earnRow->addWidget(m_perAmount);
    earnRow->addWidget(new QLabel(tr("paid earns"), content));
    earnRow->addWidget(m_earnPoints);
    earnRow->addWidget(new QLabel(tr("point(s)"), content));
    earnRow->addStretch(1);
    auto *earn = new QGroupBox(tr("Earning points"), content);
    auto *earnLayout = new QVBoxLayout(earn);
    earnLayout->addLayout(earnRow);
    earnLayout->addWidget(m_onStoredValue);

    // Birthday.
    m_birthdayScope = new QComboBox(content);
    m_birthdayScope->setObjectName(QStringLiteral("birthdayScope"));
    m_birthdayScope->addItem(tr("in the whole birthday month"), QStringLiteral("month"));
    m_birthdayScope->addItem(tr("on the birthday itself"), QStringLiteral("day"));
    m_birthdayMultiplier = field(content, "birthdayMultiplier", 70);
    auto *birthday = new QGroupBox(tr("Birthday bonus"), content);
    auto *birthdayRow = new QHBoxLayout(birthday);
    birthdayRow->addWidget(new QLabel(tr("Points × "), birthday));
    birthdayRow->addWidget(m_birthdayMultiplier);
    birthdayRow->addWidget(m_birthdayScope);
    birthdayRow->addStretch(1);

    // Redemption.
    m_redeemPoints = spin(content, "redeemPoints", 1, 1'000'000);
    m_redeemValue = field(content, "redeemValue", 90);
    m_minPoints = spin(content, "minPoints", 0, 100'000'000);
    m_maxShare = field(content, "maxShare", 70);
    auto *redeem = new QGroupBox(tr("Paying with points"), content);
    auto *redeemForm = new QFormLayout(redeem);
    auto *blockRow = new QHBoxLayout;
    blockRow->addWidget(m_redeemPoints);
    blockRow->addWidget(new QLabel(tr("points are worth ¥"), redeem));
    blockRow->addWidget(m_redeemValue);
    blockRow->addStretch(1);
    redeemForm->addRow(tr("Rate"), blockRow);
    m_minPoints->setSuffix(tr(" points per sale"));
    m_minPoints->setMaximumWidth(220);
    redeemForm->addRow(tr("At least"), m_minPoints);
    auto *shareRow = new QHBoxLayout;
    shareRow->addWidget(m_maxShare);
    shareRow->addWidget(new QLabel(tr("% of what is due"), redeem));
    shareRow->addStretch(1);
    redeemForm->addRow(tr("At most"), shareRow);

    // Expiry.
    m_expiryMode = new QComboBox(content);
    m_expiryMode->setObjectName(QStringLiteral("expiryMode"));
    m_expiryMode->addItem(tr("Some months after they are earned"), QStringLiteral("rolling"));
    m_expiryMode->addItem(tr("At the end of a later year"), QStringLiteral("year_end"));
    m_expiryMode->addItem(tr("Never"), QStringLiteral("never"));
    m_expiryMonths = spin(content, "expiryMonths", 1, 240);
    m_expiryMonths->setSuffix(tr(" months"));
    m_yearsAfter = spin(content, "yearsAfter", 0, 50);
    m_yearsAfter->setSuffix(tr(" year(s) after the year earned"));
    auto *expiry = new QGroupBox(tr("Points expire"), content);
    auto *expiryLayout = new QHBoxLayout(expiry);
    expiryLayout->addWidget(m_expiryMode);
    expiryLayout->addWidget(m_expiryMonths);
    expiryLayout->addWidget(m_yearsAfter);
    expiryLayout->addStretch(1);

    // Tiers.
    m_window = spin(content, "tierWindow", 1, 120);
    m_window->setSuffix(tr(" months"));
    m_tiers = table(content, "tiers",
                    {tr("Tier"), tr("From spend (¥)"), tr("Discount (%)"), tr("Points ×")});
    auto *addTier = new QPushButton(tr("Add tier"), content);
    addTier->setObjectName(QStringLiteral("addTier"));
    auto *removeTier = new QPushButton(tr("Remove tier"), content);
    removeTier->setObjectName(QStringLiteral("removeTier"));
    auto *tiers = new QGroupBox(tr("Tiers"), content);
    auto *tiersLayout = new QVBoxLayout(tiers);
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(new QLabel(tr("Spend counts over the last"), tiers));
    windowRow->addWidget(m_window);
    windowRow->addStretch(1);
    tiersLayout->addLayout(windowRow);
    tiersLayout->addWidget(m_tiers);
    auto *tierButtons = new QHBoxLayout;
    tierButtons->addWidget(addTier);
    tierButtons->addWidget(removeTier);
    tierButtons->addStretch(1);
    tiersLayout->addLayout(tierButtons);

    // Stored-value bonuses.
    m_bonus = table(content, "topUpBonus", {tr("Top-up from (¥)"), tr("Bonus (¥)")});
    auto *addBonus = new QPushButton(tr("Add bonus"), content);
    addBonus->setObjectName(QStringLiteral("addBonus"));
    auto *removeBonus = new QPushButton(tr("Remove bonus"), content);
    removeBonus->setObjectName(QStringLiteral("removeBonus"));
    auto *bonus = new QGroupBox(tr("Top-up bonus (充值送)"), content);
    auto *bonusLayout = new QVBoxLayout(bonus);
    bonusLayout->addWidget(m_bonus);
    auto *bonusButtons = new QHBoxLayout;
    bonusButtons->addWidget(addBonus);
    bonusButtons->addWidget(removeBonus);
    bonusButtons->addStretch(1);
    bonusLayout->addLayout(bonusButtons);

    // Promotions.
    m_promotionTable =
        table(content, "promotions", {tr("Promotion"), tr("What it gives"), tr("When")});
    m_promotionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_promotionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_promotionTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_promotionTable->horizontalHeader()->setStretchLastSection(false);
    auto *addPromotion = new QPushButton(tr("Add promotion…"), content);
    addPromotion->setObjectName(QStringLiteral("addPromotion"));
    auto *editPromotion = new QPushButton(tr("Edit…"), content);
    editPromotion->setObjectName(QStringLiteral("editPromotion"));
    auto *removePromotion = new QPushButton(tr("Remove"), content);
    removePromotion->setObjectName(QStringLiteral("removePromotion"));
    auto *promotions = new QGroupBox(tr("Promotions"), content);
    auto *promotionsLayout = new QVBoxLayout(promotions);
    auto *order = new QLabel(tr("Applied in this order: one line promotion per line (the one "
                                "that saves most), the tier discount, the member day, the best "
                                "spend-and-save, coupons, then points."),
                             promotions);
    order->setProperty("role", QStringLiteral("hint"));
    order->setWordWrap(true);
    promotionsLayout->addWidget(order);
    promotionsLayout->addWidget(m_promotionTable);
    auto *promotionButtons = new QHBoxLayout;
    promotionButtons->addWidget(addPromotion);
    promotionButtons->addWidget(editPromotion);
    promotionButtons->addWidget(removePromotion);
    promotionButtons->addStretch(1);
    promotionsLayout->addLayout(promotionButtons);
    connect(addPromotion, &QPushButton::clicked, this, &RulesPage::addPromotion);
    connect(editPromotion, &QPushButton::clicked, this, &RulesPage::editPromotion);
    connect(removePromotion, &QPushButton::clicked, this, &RulesPage::removePromotion);
    connect(m_promotionTable, &QTableWidget::cellDoubleClicked, this, &RulesPage::editPromotion);

    // Preview.
    m_previewAmount = field(content, "previewAmount", 110);
    m_previewAmount->setText(QStringLiteral("128.00"));
    m_previewTier = new QComboBox(content);
    m_previewTier->setObjectName(QStringLiteral("previewTier"));
    m_previewBirthday = new QCheckBox(tr("birthday"), content);
    m_previewBirthday->setObjectName(QStringLiteral("previewBirthday"));
    m_preview = new QLabel(content);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    auto *preview = new QGroupBox(tr("Try it"), content);
    auto *previewLayout = new QVBoxLayout(preview);
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(new QLabel(tr("A sale of ¥"), preview));
    previewRow->addWidget(m_previewAmount);
    previewRow->addWidget(new QLabel(tr("by"), preview));
    previewRow->addWidget(m_previewTier);
    previewRow->addWidget(m_previewBirthday);
    previewRow->addStretch(1);
    previewLayout->addLayout(previewRow);
    previewLayout->addWidget(m_preview);

    // Three sheets, so each fits a 768-pixel screen: points, tiers and top-ups, promotions.
    const auto sheet = [this](QList<QWidget *> leftColumn, QList<QWidget *> rightColumn) {
        auto *page = new QWidget;
        auto *columns = new QHBoxLayout(page);
        // A sheet with one column gives it the whole page, to grow into; two columns stay
        // at the top, each as tall as its content.
        const bool alone = rightColumn.isEmpty();
        for (const QList<QWidget *> &column : {leftColumn, rightColumn}) {
            if (column.isEmpty())
                continue;
            auto *box = new QVBoxLayout;
            for (QWidget *w : column)
                box->addWidget(w);
            if (!alone)
                box->addStretch(1);
            columns->addLayout(box, 1);
        }
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        return scroll;
    };
    auto *sheets = new QTabWidget(this);
    sheets->setObjectName(QStringLiteral("rulesSheets"));
    sheets->addTab(sheet({earn, birthday, expiry}, {redeem, preview}), tr("Points"));
    sheets->addTab(sheet({tiers}, {bonus}), tr("Tiers and top-up bonus"));
    sheets->addTab(sheet({promotions}, {}), tr("Promotions"));
    delete content; // its groups live on the sheets now

    m_version = new QLabel(this);
    m_version->setObjectName(QStringLiteral("rulesVersion"));
    m_version->setProperty("role", QStringLiteral("hint"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("rulesProblem"));
    m_problem->setWordWrap(true);
    m_save = new QPushButton(tr("Save rules"), this);
    m_save->setObjectName(QStringLiteral("saveRules"));
    m_save->setProperty("role", QStringLiteral("primary"));
    m_revert = new QPushButton(tr("Undo changes"), this);
    m_revert->setObjectName(QStringLiteral("revertRules"));
    auto *defaults = new QPushButton(tr("Defaults…"), this);
    defaults->setObjectName(QStringLiteral("defaultRules"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_problem, 1);
    bar->addWidget(m_version);
    bar->addWidget(defaults);
    bar->addWidget(m_revert);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sheets, 1);
    layout->addLayout(bar);

    for (QLineEdit *e :
         {m_perAmount, m_birthdayMultiplier, m_redeemValue, m_maxShare, m_previewAmount})
        connect(e, &QLineEdit::textChanged, this, &RulesPage::validate);
    for (QSpinBox *s :
         {m_earnPoints, m_redeemPoints, m_minPoints, m_expiryMonths, m_yearsAfter, m_window})
        connect(s, &QSpinBox::valueChanged, this, &RulesPage::validate);
    for (QComboBox *c : {m_birthdayScope, m_expiryMode, m_previewTier})
        connect(c, &QComboBox::currentIndexChanged, this, &RulesPage::validate);
    for (QCheckBox *c : {m_onStoredValue, m_previewBirthday})
        connect(c, &QCheckBox::toggled, this, &RulesPage::validate);
    for (QTableWidget *t : {m_tiers, m_bonus})
        connect(t, &QTableWidget::itemChanged, this, &RulesPage::validate);
    connect(addTier, &QPushButton::clicked, this, [this] {
        const int row = m_tiers->rowCount();
        m_loading = true;
        m_tiers->insertRow(row);
        setCell(m_tiers, row, 0, tr("New tier"));
        setCell(m_tiers, row, 1, QString());
        setCell(m_tiers, row, 2, QStringLiteral("0"));
        setCell(m_tiers, row, 3, QStringLiteral("1.0"));
        m_loading = false;
        m_tiers->setCurrentCell(row, 1);
        validate();
    });
    connect(removeTier, &QPushButton::clicked, this, [this] {
        if (m_tiers->rowCount() > 1)
            m_tiers->removeRow(m_tiers->currentRow() >= 1 ? m_tiers->currentRow()
                                                          : m_tiers->rowCount() - 1);
        validate();
    });
    connect(addBonus, &QPushButton::clicked, this, [this] {
        const int row = m_bonus->rowCount();
        m_loading = true;
        m_bonus->insertRow(row);
        setCell(m_bonus, row, 0, QString());
        setCell(m_bonus, row, 1, QString());
        m_loading = false;
        m_bonus->setCurrentCell(row, 0);
        validate();
    });
    connect(removeBonus, &QPushButton::clicked, this, [this] {
        if (m_bonus->rowCount() > 0)
            m_bonus->removeRow(m_bonus->currentRow() >= 0 ? m_bonus->currentRow()
                                                          : m_bonus->rowCount() - 1);
        validate();
    });
    connect(m_save, &QPushButton::clicked, this, &RulesPage::save);
    connect(m_revert, &QPushButton::clicked, this, &RulesPage::revert);
    connect(defaults, &QPushButton::clicked, this, &RulesPage::loadDefaults);
    connect(&rules, &core::RuleBook::changed, this, [this] {
        if (!m_changed)
            revert(); // another program saved rules: show them, unless the form has edits
    });
    revert();
}

void RulesPage::load(const core::Rules &r)
{
    m_loading = true;
    m_perAmount->setText(r.earn.perAmount.toString());
    m_earnPoints->setValue(int(r.earn.points));
    m_onStoredValue->setChecked(r.earn.onStoredValue);
    m_birthdayScope->setCurrentIndex(m_birthdayScope->findData(
        r.birthday.scope == core::BirthdayRule::Scope::Day ? QStringLiteral("day")
                                                           : QStringLiteral("month")));
    m_birthdayMultiplier->setText(r.birthday.multiplier.toString());
    m_redeemPoints->setValue(int(r.redeem.points));
    m_redeemValue->setText(r.redeem.value.toString());
    m_minPoints->setValue(int(r.redeem.minPoints));
    m_maxShare->setText(ratioToPercent(r.redeem.maxShare));
    const QString mode = r.expiry.mode == core::ExpiryRule::Mode::Never ? QStringLiteral("never")
                         : r.expiry.mode == core::ExpiryRule::Mode::YearEnd
                             ? QStringLiteral("year_end")
                             : QStringLiteral("rolling");
    m_expiryMode->setCurrentIndex(m_expiryMode->findData(mode));
    m_expiryMonths->setValue(r.expiry.months);
    m_yearsAfter->setValue(r.expiry.yearsAfter);
    m_window->setValue(r.tierWindowMonths);
    m_tiers->setRowCount(int(r.tiers.size()));
    for (int i = 0; i < r.tiers.size(); ++i) {
        setCell(m_tiers, i, 0, r.tiers[i].name);
        setCell(m_tiers, i, 1, r.tiers[i].minSpend.toString());
        setCell(m_tiers, i, 2, r.tiers[i].discountPercent.toString());
        setCell(m_tiers, i, 3, r.tiers[i].pointsMultiplier.toString());
    }
    m_promotions.clear();
    for (const core::Promotion &p : r.promotions)
        m_promotions.append(p.toJson());
    m_referralPoints = r.referralPoints;
    showPromotions();
    m_bonus->setRowCount(int(r.topUpBonuses.size()));
    for (int i = 0; i < r.topUpBonuses.size(); ++i) {
        setCell(m_bonus, i, 0, r.topUpBonuses[i].minTopUp.toString());
        setCell(m_bonus, i, 1, r.topUpBonuses[i].bonus.toString());
    }
    m_loading = false;
    validate();
}

QJsonObject RulesPage::document() const
{
    QJsonObject expiry{{QStringLiteral("mode"), m_expiryMode->currentData().toString()}};
    if (expiry.value(QStringLiteral("mode")) == QStringLiteral("rolling"))
        expiry.insert(QStringLiteral("months"), m_expiryMonths->value());
    else if (expiry.value(QStringLiteral("mode")) == QStringLiteral("year_end"))
        expiry.insert(QStringLiteral("years_after"), m_yearsAfter->value());
    QJsonArray levels;
    for (int i = 0; i < m_tiers->rowCount(); ++i) {
        levels.append(QJsonObject{{QStringLiteral("name"), cell(m_tiers, i, 0)},
                                  {QStringLiteral("min_spend"), cell(m_tiers, i, 1)},
                                  {QStringLiteral("discount_percent"), cell(m_tiers, i, 2)},
                                  {QStringLiteral("points_multiplier"), cell(m_tiers, i, 3)}});
    }
    QJsonArray bonus;
    for (int i = 0; i < m_bonus->rowCount(); ++i) {
        bonus.append(QJsonObject{{QStringLiteral("min_topup"), cell(m_bonus, i, 0)},
                                 {QStringLiteral("bonus"), cell(m_bonus, i, 1)}});
    }
    QJsonObject doc{
        {QStringLiteral("points"),
         QJsonObject{
             {QStringLiteral("earn"),
              QJsonObject{{QStringLiteral("per_amount"), m_perAmount->text().trimmed()},
                          {QStringLiteral("points"), m_earnPoints->value()},
                          {QStringLiteral("on_stored_value"), m_onStoredValue->isChecked()}}},
             {QStringLiteral("birthday"),
              QJsonObject{{QStringLiteral("scope"), m_birthdayScope->currentData().toString()},
                          {QStringLiteral("multiplier"), m_birthdayMultiplier->text().trimmed()}}},
             {QStringLiteral("redeem"),
              QJsonObject{{QStringLiteral("points"), m_redeemPoints->value()},
                          {QStringLiteral("value"), m_redeemValue->text().trimmed()},
                          {QStringLiteral("min_points"), m_minPoints->value()},
                          {QStringLiteral("max_share"), percentToRatio(m_maxShare->text())}}},
             {QStringLiteral("expiry"), expiry},
         }},
        {QStringLiteral("tiers"), QJsonObject{{QStringLiteral("window_months"), m_window->value()},
                                              {QStringLiteral("levels"), levels}}},
        {QStringLiteral("stored_value"), QJsonObject{{QStringLiteral("bonus"), bonus}}},
    };
    if (!m_promotions.isEmpty()) {
        QJsonArray list;
        for (const QJsonObject &p : m_promotions)
            list.append(p);
        doc.insert(QStringLiteral("promotions"), list);
    }
    if (m_referralPoints > 0)
        doc.insert(QStringLiteral("referral"),
                   QJsonObject{{QStringLiteral("points"), m_referralPoints}});
    return doc;
}

void RulesPage::showPromotions()
{
    m_promotionTable->setRowCount(int(m_promotions.size()));
    const QLocale locale;
    for (int i = 0; i < m_promotions.size(); ++i) {
        core::Promotion p;
        try {
            p = core::Promotion::fromJson(m_promotions[i]);
        } catch (const core::Error &) {
            continue; // a bad one is named by validate()
        }
        QString what;
        switch (p.kind) {
        case core::Promotion::Kind::Threshold:
            what =
                p.repeat
                    ? tr("every %1 spent: %2 off").arg(formatMoney(p.minSpend), formatMoney(p.off))
                    : tr("%1 spent: %2 off").arg(formatMoney(p.minSpend), formatMoney(p.off));
            if (!p.maxOff.isZero())
                what += tr(" (at most %1)").arg(formatMoney(p.maxOff));
            break;
        case core::Promotion::Kind::PercentOff:
            what = tr("%1% off %2")
                       .arg(p.percent.toString(),
                            (p.categories + p.barcodes).join(QStringLiteral(", ")));
            break;
        case core::Promotion::Kind::MemberDay:
            what = tr("%1: members get %2% off, points × %3")
                       .arg(locale.dayName(p.weekday), p.percent.toString(),
                            p.pointsMultiplier.toString());
            break;
        case core::Promotion::Kind::BuyNGetOne:
            what = tr("buy %1 of %2, get one free").arg(p.buy).arg(p.barcode);
            break;
        }
        if (p.membersOnly)
            what += tr(", members only");
        QString when = tr("always");
        if (p.from.isValid() || p.until.isValid())
            when = tr("%1 to %2")
                       .arg(p.from.isValid() ? formatDate(p.from) : QString(),
                            p.until.isValid() ? formatDate(p.until) : QString());
        m_promotionTable->setItem(i, 0, new QTableWidgetItem(p.name));
        m_promotionTable->setItem(i, 1, new QTableWidgetItem(what));
        m_promotionTable->setItem(i, 2, new QTableWidgetItem(when));
    }
}

void RulesPage::addPromotion()
{
    PromotionDialog dialog({}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_promotions.append(dialog.promotion());
    showPromotions();
    validate();
}

void RulesPage::editPromotion()
{
    const int row = m_promotionTable->currentRow();
    if (row < 0 || row >= m_promotions.size())
        return;
    PromotionDialog dialog(m_promotions[row], this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_promotions[row] = dialog.promotion();
    showPromotions();
    validate();
}

void RulesPage::removePromotion()
{
    const int row = m_promotionTable->currentRow();
    if (row < 0 || row >= m_promotions.size())
        return;
    m_promotions.removeAt(row);
    showPromotions();
    validate();
}

} // namespace storedesk::ui
