#include "giftdialog.h"

#include "domain/error.h"
#include "format.h"
#include "store/store.h"
#include "style.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace storedesk::ui {

namespace {

enum Column
{
    Name,
    Points,
    Stock,
    Qty
};

} // namespace

GiftDialog::GiftDialog(core::Store &store, const core::Member &member, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_member(member)
    , m_available(store.loyalty().points().available(member.id, store.clock().now()))
{
    setObjectName(QStringLiteral("giftDialog"));
    setWindowTitle(tr("Gifts for points · %1").arg(member.name));
    core::ProductListFilter filter;
    filter.giftsOnly = true;
    const QList<core::Product> gifts = store.catalog().page(filter, {}, 500);

    m_gifts = new QTableWidget(int(gifts.size()), 4, this);
    m_gifts->setObjectName(QStringLiteral("gifts"));
    m_gifts->setHorizontalHeaderLabels({tr("Gift"), tr("Points"), tr("In stock"), tr("Qty")});
    m_gifts->verticalHeader()->hide();
    m_gifts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gifts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gifts->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int row = 0; row < gifts.size(); ++row) {
        const core::Product &p = gifts[row];
        auto *name = new QTableWidgetItem(p.name);
        name->setData(Qt::UserRole, p.barcode.code());
        m_gifts->setItem(row, Name, name);
        auto *points = new QTableWidgetItem(QLocale().toString(*p.giftPoints));
        points->setData(Qt::UserRole, *p.giftPoints);
        points->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_gifts->setItem(row, Points, points);
        auto *stock = new QTableWidgetItem(QLocale().toString(p.stock));
        stock->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_gifts->setItem(row, Stock, stock);
        auto *qty = new QSpinBox(m_gifts);
        qty->setRange(0, 999);
        m_gifts->setCellWidget(row, Qty, qty);
        connect(qty, &QSpinBox::valueChanged, this, &GiftDialog::recount);
    }
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("giftTotal"));
    m_total->setProperty("role", QStringLiteral("amount"));
    m_error = makeErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Hand over"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GiftDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GiftDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (gifts.isEmpty()) {
        auto *none = new QLabel(tr("The store has no gifts for points yet: mark products as "
                                   "gifts on the product screen."),
                                this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addWidget(m_gifts, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 420);
    recount();
}

core::GiftRequest GiftDialog::request() const
{
    core::GiftRequest r;
    r.member = m_member.phone.digits();
    for (int row = 0; row < m_gifts->rowCount(); ++row) {
        const int qty = qobject_cast<QSpinBox *>(m_gifts->cellWidget(row, Qty))->value();
        if (qty > 0)
            r.lines.append({m_gifts->item(row, Name)->data(Qt::UserRole).toString(), qty});
    }
    return r;
}

void GiftDialog::recount()
{
    qint64 points = 0;
    for (int row = 0; row < m_gifts->rowCount(); ++row) {
        points += qobject_cast<QSpinBox *>(m_gifts->cellWidget(row, Qty))->value() *
                  m_gifts->item(row, Points)->data(Qt::UserRole).toLongLong();
    }
    m_total->setText(
        tr("%1 of %2 points").arg(QLocale().toString(points), QLocale().toString(m_available)));
    setRole(m_total, points > m_available ? QStringLiteral("change") : QStringLiteral("amount"));
}

void GiftDialog::accept()
{
    if (tryShowingError(m_error, [this] { m_sale = m_store.gifts().redeem(request()); }))
        QDialog::accept();
}

} // namespace storedesk::ui
