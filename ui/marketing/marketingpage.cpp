#include "marketingpage.h"

#include "coupontemplatedialog.h"
#include "format.h"
#include "issuecouponsdialog.h"
#include "store/store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace storedesk::ui {

namespace {

enum Column
{
    Name,
    Gives,
    MinSpend,
    Valid,
    Issued,
    Counts,
    State,
    ColumnCount
};

} // namespace

MarketingPage::MarketingPage(core::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_listed([] { return core::MemberListFilter(); })
{
    setObjectName(QStringLiteral("marketingPage"));
    auto *title = new QLabel(tr("Coupon templates"), this);
    title->setProperty("role", QStringLiteral("title"));
    auto *hint = new QLabel(tr("Coupons are issued from a template: by hand here, or by "
                               "StoreDesk itself to new members, on birthdays and as referral "
                               "rewards. Promotions (满减, discounts, member days) are part of "
                               "the loyalty rules."),
                            this);
    hint->setProperty("role", QStringLiteral("hint"));
    hint->setWordWrap(true);
    m_templates = new QTableWidget(0, ColumnCount, this);
    m_templates->setObjectName(QStringLiteral("couponTemplates"));
    m_templates->setHorizontalHeaderLabels({tr("Template"), tr("Gives"), tr("Minimum spend"),
                                            tr("Valid"), tr("Issued"), tr("Issued / used"),
                                            tr("State")});
    m_templates->verticalHeader()->hide();
    m_templates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_templates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_templates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_templates->setAlternatingRowColors(true);
    m_templates->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_templates->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch); // the offer
    m_templates->horizontalHeader()->setStretchLastSection(false);

    auto *add = new QPushButton(tr("New template…"), this);
    add->setObjectName(QStringLiteral("newTemplate"));
    add->setProperty("role", QStringLiteral("primary"));
    m_issue = new QPushButton(tr("Issue coupons…"), this);
    m_issue->setObjectName(QStringLiteral("issueCoupons"));
    m_switch = new QPushButton(tr("Switch off"), this);
    m_switch->setObjectName(QStringLiteral("switchTemplate"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_issue);
    buttons->addWidget(m_switch);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_templates, 1);

    connect(add, &QPushButton::clicked, this, &MarketingPage::newTemplate);
    connect(m_issue, &QPushButton::clicked, this, &MarketingPage::issue);
    connect(m_switch, &QPushButton::clicked, this, &MarketingPage::switchOnOff);
    connect(m_templates, &QTableWidget::itemSelectionChanged, this, [this] {
        const qint64 id = selectedId();
        m_issue->setEnabled(id > 0);
        m_switch->setEnabled(id > 0);
        if (id > 0) {
            const bool active = m_store.coupons().findTemplate(QString::number(id)).active;
            m_switch->setText(active ? tr("Switch off") : tr("Switch on"));
            m_issue->setEnabled(active);
        }
    });
    connect(&store.coupons(), &core::CouponBook::templatesChanged, this, &MarketingPage::reload);
    connect(&store.coupons(), &core::CouponBook::couponsChanged, this, &MarketingPage::reload);
    reload();
}

QString MarketingPage::gives(const core::CouponTemplate &t) const
{
    switch (t.kind) {
    case core::CouponKind::AmountOff:
        return tr("%1 off").arg(formatMoney(t.amount));
    case core::CouponKind::PercentOff:
        return t.cap.isZero()
                   ? tr("%1% off").arg(t.percent.toString())
                   : tr("%1% off, at most %2").arg(t.percent.toString(), formatMoney(t.cap));
    case core::CouponKind::Gift: {
        const auto product = m_store.catalog().byBarcode(core::Barcode::fromNormalized(t.gift));
        return tr("A free %1").arg(product ? product->name : t.gift);
    }
    }
    return {};
}

void MarketingPage::reload()
{
    const qint64 selected = selectedId();
    const QList<core::CouponTemplate> list = m_store.coupons().templates();
    const QHash<qint64, core::CouponBook::TemplateCounts> counts = m_store.coupons().counts();
    m_templates->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const core::CouponTemplate &t = list[row];
        const auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, t.id);
            if (!t.active)
                item->setForeground(Qt::gray);
            m_templates->setItem(row, column, item);
        };
        set(Name, t.name);
        QString what = gives(t);
        if (!t.categories.isEmpty())
            what += tr(" on %1").arg(t.categories.join(QStringLiteral(", ")));
        if (t.stacks)
            what += tr(", stacks");
        set(Gives, what);
        set(MinSpend, t.minSpend.isZero() ? tr("none") : formatMoney(t.minSpend));
        set(Valid, t.validDays > 0
                       ? tr("%n day(s) from issue", nullptr, t.validDays)
                       : tr("%1 to %2").arg(formatDate(t.validFrom), formatDate(t.validUntil)));
        QString issued;
        switch (t.autoIssue) {
        case core::AutoIssue::None:
            issued = tr("by hand");
            break;
        case core::AutoIssue::Welcome:
            issued = tr("to new members");
            break;
        case core::AutoIssue::Birthday:
            issued = tr("on birthdays");
            break;
        case core::AutoIssue::Referral:
            issued = tr("for referrals");
            break;
        }
        set(Issued, issued);
        const core::CouponBook::TemplateCounts c = counts.value(t.id);
        set(Counts, tr("%1 / %2").arg(QLocale().toString(c.issued), QLocale().toString(c.used)));
        set(State, t.active ? tr("on") : tr("off"));
        if (t.id == selected)
            m_templates->selectRow(row);
    }
    if (selectedId() == 0) {
        m_issue->setEnabled(false);
        m_switch->setEnabled(false);
    }
}

qint64 MarketingPage::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_templates->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

void MarketingPage::newTemplate()
{
    CouponTemplateDialog dialog(m_store.coupons(), m_store.catalog(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit message(tr("Coupon template %1 added.").arg(dialog.saved().name));
}

void MarketingPage::issue()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    IssueCouponsDialog dialog(m_store, m_store.coupons().findTemplate(QString::number(id)),
                              m_listed(), this);
    connect(&dialog, &IssueCouponsDialog::printSlips, this, &MarketingPage::printSlips);
    dialog.exec();
    if (!dialog.issued().isEmpty())
        emit message(tr("%n coupon(s) issued.", nullptr, int(dialog.issued().size())));
}

void MarketingPage::switchOnOff()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const bool active = m_store.coupons().findTemplate(QString::number(id)).active;
    m_store.coupons().setTemplateActive(id, !active);
}

} // namespace storedesk::ui
