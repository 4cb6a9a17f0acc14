#include "promotiondialog.h"

#include "domain/error.h"
#include "loyalty/promotion.h"
#include "style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace storedesk::ui {

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,，、\\s]+"))))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

QLineEdit *line(QWidget *parent, const char *name, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

PromotionDialog::PromotionDialog(const QJsonObject &promotion, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("promotionDialog"));
    setWindowTitle(promotion.isEmpty() ? tr("New promotion") : tr("Edit promotion"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Spend and save (满减)"), QStringLiteral("threshold"));
    m_kind->addItem(tr("Percent off products or categories"), QStringLiteral("percent_off"));
    m_kind->addItem(tr("Member day"), QStringLiteral("member_day"));
    m_kind->addItem(tr("Buy some, get one free"), QStringLiteral("buy_n_get_one"));
    m_name = line(this, "name", tr("As receipts show it, like 满200减30"));
    m_name->setMaxLength(30);
    m_minSpend = line(this, "minSpend", tr("like 200.00"));
    m_off = line(this, "off", tr("like 30.00"));
    m_repeat = new QCheckBox(tr("Every time the spend is reached again (每满)"), this);
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_maxOff = line(this, "maxOff", tr("Optional: the most it takes off"));
    m_percent = line(this, "percent", tr("10 for 10 % off"));
    m_categories = line(this, "categories", tr("Categories, separated by commas"));
    m_barcodes = line(this, "barcodes", tr("Barcodes, separated by commas"));
    m_withTier = new QCheckBox(tr("Members' tier discount applies on top"), this);
    m_withTier->setObjectName(QStringLiteral("withTier"));
    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(QStringLiteral("weekday"));
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day), day);
    m_multiplier = line(this, "pointsMultiplier", tr("Optional: like 2 for double points"));
    m_barcode = line(this, "barcode", tr("The product's barcode (scan it)"));
    m_buy = new QSpinBox(this);
    m_buy->setObjectName(QStringLiteral("buy"));
    m_buy->setRange(1, 99);
    m_buy->setValue(2);
    m_membersOnly = new QCheckBox(tr("Members only"), this);
    m_membersOnly->setObjectName(QStringLiteral("membersOnly"));
    m_dated = new QCheckBox(tr("Only between"), this);
    m_dated->setObjectName(QStringLiteral("dated"));
    m_from = new QDateEdit(QDate::currentDate(), this);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_until = new QDateEdit(QDate::currentDate().addDays(30), this);
    m_until->setObjectName(QStringLiteral("until"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Name"), m_name);
    const auto row = [&](const QString &label, QWidget *w, QStringList kinds) {
        form->addRow(label, w);
        m_rows.append({w, kinds});
        if (QWidget *l = form->labelForField(w))
            m_rows.append({l, kinds});
    };
    const QString threshold = QStringLiteral("threshold");
    const QString percentOff = QStringLiteral("percent_off");
    const QString memberDay = QStringLiteral("member_day");
    const QString buyN = QStringLiteral("buy_n_get_one");
    row(tr("&Spend (¥)"), m_minSpend, {threshold});
    row(tr("&Off (¥)"), m_off, {threshold});
    row(QString(), m_repeat, {threshold});
    row(tr("At &most (¥)"), m_maxOff, {threshold});
    row(tr("&Weekday"), m_weekday, {memberDay});
    row(tr("&Percent off"), m_percent, {percentOff, memberDay});
    row(tr("Points ×"), m_multiplier, {memberDay});
    row(tr("&Barcode"), m_barcode, {buyN});
    row(tr("Buy"), m_buy, {buyN});
    row(tr("On &categories"), m_categories, {threshold, percentOff, memberDay});
    row(tr("On p&roducts"), m_barcodes, {percentOff});
    row(QString(), m_withTier, {percentOff, buyN});
    row(QString(), m_membersOnly, {threshold, percentOff, buyN});
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_dated);
    dates->addWidget(m_from);
    dates->addWidget(m_until);
    dates->addStretch(1);
    form->addRow(tr("&When"), dates);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PromotionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PromotionDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PromotionDialog::kindChanged);
    connect(m_dated, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_dated, &QCheckBox::toggled, m_until, &QWidget::setEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    load(promotion);
    kindChanged();
    m_name->setFocus();
}

void PromotionDialog::load(const QJsonObject &p)
{
    m_dated->setChecked(false);
    m_from->setEnabled(false);
    m_until->setEnabled(false);
    if (p.isEmpty())
        return;
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(p.value(QStringLiteral("kind")).toString())));
    m_name->setText(p.value(QStringLiteral("name")).toString());
    m_minSpend->setText(p.value(QStringLiteral("min_spend")).toString());
    m_off->setText(p.value(QStringLiteral("off")).toString());
    m_repeat->setChecked(p.value(QStringLiteral("repeat")).toBool());
    m_maxOff->setText(p.value(QStringLiteral("max_off")).toString());
    m_percent->setText(p.value(QStringLiteral("percent")).toString());
    QStringList categories;
    for (const QJsonValue &c : p.value(QStringLiteral("categories")).toArray())
        categories.append(c.toString());
    m_categories->setText(categories.join(QStringLiteral(", ")));
    QStringList barcodes;
    for (const QJsonValue &b : p.value(QStringLiteral("barcodes")).toArray())
        barcodes.append(b.toString());
    m_barcodes->setText(barcodes.join(QStringLiteral(", ")));
    m_withTier->setChecked(p.value(QStringLiteral("with_tier")).toBool());
    m_weekday->setCurrentIndex(
        qMax(0, m_weekday->findData(p.value(QStringLiteral("weekday")).toInt())));
    m_multiplier->setText(p.value(QStringLiteral("points_multiplier")).toString());
    m_barcode->setText(p.value(QStringLiteral("barcode")).toString());
    if (p.contains(QStringLiteral("buy")))
        m_buy->setValue(p.value(QStringLiteral("buy")).toInt());
    m_membersOnly->setChecked(p.value(QStringLiteral("members_only")).toBool());
    const QDate from = QDate::fromString(p.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDate until = QDate::fromString(p.value(QStringLiteral("until")).toString(), Qt::ISODate);
    if (from.isValid() || until.isValid()) {
        m_dated->setChecked(true);
        if (from.isValid())
            m_from->setDate(from);
        if (until.isValid())
            m_until->setDate(until);
    }
}

void PromotionDialog::kindChanged()
{
    const QString kind = m_kind->currentData().toString();
    for (const auto &[widget, kinds] : m_rows)
        widget->setVisible(kinds.contains(kind));
}

QJsonObject PromotionDialog::document() const
{
    const QString kind = m_kind->currentData().toString();
    QJsonObject o{{QStringLiteral("kind"), kind},
                  {QStringLiteral("name"), m_name->text().trimmed()}};
    const auto text = [&](const char *key, const QLineEdit *edit) {
        if (!edit->text().trimmed().isEmpty())
            o.insert(QString::fromLatin1(key), edit->text().trimmed());
    };
    const auto list = [&](const char *key, const QLineEdit *edit) {
        const QStringList items = splitList(edit->text());
        if (!items.isEmpty())
            o.insert(QString::fromLatin1(key), QJsonArray::fromStringList(items));
    };
    if (kind == u"threshold") {
        o.insert(QStringLiteral("min_spend"), m_minSpend->text().trimmed());
        o.insert(QStringLiteral("off"), m_off->text().trimmed());
        if (m_repeat->isChecked())
            o.insert(QStringLiteral("repeat"), true);
        text("max_off", m_maxOff);
        list("categories", m_categories);
    } else if (kind == u"percent_off") {
        o.insert(QStringLiteral("percent"), m_percent->text().trimmed());
        list("categories", m_categories);
        list("barcodes", m_barcodes);
        if (m_withTier->isChecked())
            o.insert(QStringLiteral("with_tier"), true);
    } else if (kind == u"member_day") {
        o.insert(QStringLiteral("weekday"), m_weekday->currentData().toInt());
        text("percent", m_percent);
        text("points_multiplier", m_multiplier);
        list("categories", m_categories);
    } else {
        o.insert(QStringLiteral("barcode"), m_barcode->text().trimmed());
        o.insert(QStringLiteral("buy"), m_buy->value());
        if (m_withTier->isChecked())
            o.insert(QStringLiteral("with_tier"), true);
    }
    if (kind != u"member_day" && m_membersOnly->isChecked())
        o.insert(QStringLiteral("members_only"), true);
    if (m_dated->isChecked()) {
        o.insert(QStringLiteral("from"), m_from->date().toString(Qt::ISODate));
        o.insert(QStringLiteral("until"), m_until->date().toString(Qt::ISODate));
    }
    return o;
}

void PromotionDialog::accept()
{
    if (tryShowingError(m_error,
                        [this] { m_promotion = core::Promotion::fromJson(document()).toJson(); }))
        QDialog::accept();
}

} // namespace storedesk::ui
