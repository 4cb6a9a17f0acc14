#include "coupontemplatedialog.h"

#include "catalog/catalog.h"
#include "domain/error.h"
#include "loyalty/couponbook.h"
#include "style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace storedesk::ui {

CouponTemplateDialog::CouponTemplateDialog(core::CouponBook &coupons, const core::Catalog &catalog,
                                           QWidget *parent)
    : QDialog(parent)
    , m_coupons(coupons)
{
    setObjectName(QStringLiteral("couponTemplateDialog"));
    setWindowTitle(tr("New coupon template"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(30);
    m_name->setPlaceholderText(tr("As customers will see it, like 满100减10"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("An amount off"), QStringLiteral("amount_off"));
    m_kind->addItem(tr("A percent off"), QStringLiteral("percent_off"));
    m_kind->addItem(tr("A free product"), QStringLiteral("gift"));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("like 10.00"));
    m_percent = new QLineEdit(this);
    m_percent->setObjectName(QStringLiteral("percent"));
    m_percent->setPlaceholderText(tr("10 for 10 % off (9折)"));
    m_cap = new QLineEdit(this);
    m_cap->setObjectName(QStringLiteral("cap"));
    m_cap->setPlaceholderText(tr("Optional: the most it takes off"));
    m_gift = new QLineEdit(this);
    m_gift->setObjectName(QStringLiteral("gift"));
    m_gift->setPlaceholderText(tr("The free product's barcode (scan it)"));
    m_minSpend = new QLineEdit(this);
    m_minSpend->setObjectName(QStringLiteral("minSpend"));
    m_minSpend->setPlaceholderText(tr("Optional: like 100.00"));
    m_categories = new QLineEdit(this);
    m_categories->setObjectName(QStringLiteral("categories"));
    m_categories->setPlaceholderText(tr("Optional: categories, separated by commas"));
    auto *completer = new QCompleter(catalog.categories(), m_categories);
    completer->setFilterMode(Qt::MatchContains);
    m_categories->setCompleter(completer);
    m_stacks = new QCheckBox(tr("May be used together with other coupons"), this);
    m_stacks->setObjectName(QStringLiteral("stacks"));
    m_validity = new QComboBox(this);
    m_validity->setObjectName(QStringLiteral("validity"));
    m_validity->addItem(tr("For some days from when it is issued"), QStringLiteral("days"));
    m_validity->addItem(tr("Between two dates"), QStringLiteral("dates"));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("days"));
    m_days->setRange(1, 3650);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_from = new QDateEdit(QDate::currentDate(), this);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_until = new QDateEdit(QDate::currentDate().addMonths(1), this);
    m_until->setObjectName(QStringLiteral("until"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_autoIssue = new QComboBox(this);
    m_autoIssue->setObjectName(QStringLiteral("autoIssue"));
    m_autoIssue->addItem(tr("Only when I issue it"), QString());
    m_autoIssue->addItem(tr("To every new member"), QStringLiteral("welcome"));
    m_autoIssue->addItem(tr("To members when their birthday comes"), QStringLiteral("birthday"));
    m_autoIssue->addItem(tr("To a member whose referral buys for the first time"),
                         QStringLiteral("referral"));
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Gives"), m_kind);
    form->addRow(tr("&Amount off (¥)"), m_amount);
    form->addRow(tr("&Percent off"), m_percent);
    form->addRow(tr("At &most (¥)"), m_cap);
    form->addRow(tr("Free &product"), m_gift);
    form->addRow(tr("Minimum &spend (¥)"), m_minSpend);
    form->addRow(tr("On &categories"), m_categories);
    form->addRow(QString(), m_stacks);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_days);
    dates->addWidget(m_from);
    dates->addWidget(m_until);
    form->addRow(tr("&Valid"), m_validity);
    form->addRow(QString(), dates);
    form->addRow(tr("&Issued"), m_autoIssue);
    m_amountRow = {form->labelForField(m_amount), m_amount};
    m_percentRow = {form->labelForField(m_percent), m_percent, form->labelForField(m_cap), m_cap};
    m_giftRow = {form->labelForField(m_gift), m_gift};

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CouponTemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CouponTemplateDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CouponTemplateDialog::kindChanged);
    connect(m_validity, &QComboBox::currentIndexChanged, this, &CouponTemplateDialog::kindChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    kindChanged();
    m_name->setFocus();
}

void CouponTemplateDialog::kindChanged()
{
    const QString kind = m_kind->currentData().toString();
    for (QWidget *w : m_amountRow)
        w->setVisible(kind == u"amount_off");
    for (QWidget *w : m_percentRow)
        w->setVisible(kind == u"percent_off");
    for (QWidget *w : m_giftRow)
        w->setVisible(kind == u"gift");
    const bool days = m_validity->currentData().toString() == u"days";
    m_days->setVisible(days);
    m_from->setVisible(!days);
    m_until->setVisible(!days);
}

QJsonObject CouponTemplateDialog::document() const
{
    const QString kind = m_kind->currentData().toString();
    QJsonObject doc{{QStringLiteral("name"), m_name->text().trimmed()},
                    {QStringLiteral("kind"), kind}};
    if (kind == u"amount_off")
        doc.insert(QStringLiteral("amount"), m_amount->text().trimmed());
    if (kind == u"percent_off") {
        doc.insert(QStringLiteral("percent"), m_percent->text().trimmed());
        if (!m_cap->text().trimmed().isEmpty())
            doc.insert(QStringLiteral("cap"), m_cap->text().trimmed());
    }
    if (kind == u"gift")
        doc.insert(QStringLiteral("gift"), m_gift->text().trimmed());
    if (!m_minSpend->text().trimmed().isEmpty())
        doc.insert(QStringLiteral("min_spend"), m_minSpend->text().trimmed());
    QStringList categories;
    for (const QString &c :
         m_categories->text().split(QRegularExpression(QStringLiteral("[,，、]"))))
        if (!c.trimmed().isEmpty())
            categories.append(c.trimmed());
    if (!categories.isEmpty())
        doc.insert(QStringLiteral("categories"), QJsonArray::fromStringList(categories));
    if (m_stacks->isChecked())
        doc.insert(QStringLiteral("stacks"), true);
    if (m_validity->currentData().toString() == u"days") {
        doc.insert(QStringLiteral("valid_days"), m_days->value());
    } else {
        doc.insert(QStringLiteral("valid_from"), m_from->date().toString(Qt::ISODate));
        doc.insert(QStringLiteral("valid_until"), m_until->date().toString(Qt::ISODate));
    }
    if (!m_autoIssue->currentData().toString().isEmpty())
        doc.insert(QStringLiteral("auto_issue"), m_autoIssue->currentData().toString());
    return doc;
}

void CouponTemplateDialog::accept()
{
    try {
        m_saved = m_coupons.addTemplate(document());
    } catch (const core::Error &error) {
        m_error->setText(error.message());
        m_error->show();
        const QHash<QString, QWidget *> fields{{QStringLiteral("name"), m_name},
                                               {QStringLiteral("amount"), m_amount},
                                               {QStringLiteral("percent"), m_percent},
                                               {QStringLiteral("cap"), m_cap},
                                               {QStringLiteral("gift"), m_gift},
                                               {QStringLiteral("min_spend"), m_minSpend},
                                               {QStringLiteral("categories"), m_categories},
                                               {QStringLiteral("valid_days"), m_days},
                                               {QStringLiteral("valid_until"), m_until}};
        if (QWidget *w = fields.value(error.field()))
            w->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace storedesk::ui
