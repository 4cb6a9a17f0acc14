#include "cartmodel.h"

#include "domain/barcode.h"
#include "domain/error.h"
#include "format.h"

namespace storedesk::ui {

CartModel::CartModel(core::Checkout &checkout, QObject *parent)
    : QAbstractTableModel(parent)
    , m_checkout(checkout)
{}

void CartModel::apply(const core::SaleRequest &request)
{
    core::Quote quote;
    if (!request.lines.isEmpty())
        quote = m_checkout.quote(request); // throws before anything changes
    beginResetModel();
    m_request = request;
    m_quote = std::move(quote);
    endResetModel();
    emit priced();
}

void CartModel::addBarcode(const QString &scanned)
{
    core::SaleRequest next = m_request;
    const QString code = core::Barcode::parseOrThrow(scanned).code();
    auto it = std::find_if(next.lines.begin(), next.lines.end(),
                           [&](const core::SaleLineRequest &l) { return l.barcode == code; });
    if (it != next.lines.end())
        ++it->qty;
    else
        next.lines.append({code, 1});
    apply(next);
}

void CartModel::setQuantity(int row, qint64 qty)
{
    if (row < 0 || row >= m_request.lines.size())
        return;
    core::SaleRequest next = m_request;
    next.lines[row].qty = qty;
    apply(next);
}

void CartModel::removeLine(int row)
{
    if (row < 0 || row >= m_request.lines.size())
        return;
    core::SaleRequest next = m_request;
    next.lines.removeAt(row);
    if (next.lines.isEmpty())
        next.redeemPoints = 0;
    apply(next);
}

void CartModel::setMember(const QString &phoneOrCard)
{
    core::SaleRequest next = m_request;
    next.member = phoneOrCard.trimmed();
    next.redeemPoints = 0;
    next.coupons.clear(); // another member's coupons are not theirs
    if (next.lines.isEmpty()) {
        // Nothing to price yet: remember the member so the first scan prices for them.
        beginResetModel();
        m_request = next;
        m_quote = {};
        endResetModel();
        emit priced();
        return;
    }
    apply(next);
}

void CartModel::addCoupon(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (m_request.coupons.contains(c))
        return;
    QStringList codes = m_request.coupons;
    codes.append(c);
    setCoupons(codes);
}

void CartModel::setCoupons(const QStringList &codes)
{
    core::SaleRequest next = m_request;
    next.coupons = codes;
    next.redeemPoints = 0; // what points may pay depends on what is left after the coupons
    if (next.lines.isEmpty() && !codes.isEmpty()) {
        // A coupon is checked against what it pays for, so the products come first.
        throw core::Error(core::ErrorCode::EmptySale,
                          tr("Scan the products first, then the coupon."),
                          QStringLiteral("coupons"));
    }
    apply(next);
}

void CartModel::setRedeemPoints(qint64 points)
{
    core::SaleRequest next = m_request;
    next.redeemPoints = points;
    apply(next);
}

void CartModel::clear()
{
    beginResetModel();
    m_request = {};
    m_quote = {};
    endResetModel();
    emit priced();
}

void CartModel::load(const core::SaleRequest &request)
{
    apply(request);
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_quote.cart.lines.size());
}

int CartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_quote.cart.lines.size())
        return {};
    const core::PricedLine &line = m_quote.cart.lines[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Line:
            return index.row() + 1;
        case Name:
            return line.gift ? tr("%1 (gift)").arg(line.product.name)
                   : line.freeUnits > 0
                       ? tr("%1 (%2 free)")
                             .arg(line.product.name, QLocale().toString(line.freeUnits))
                       : line.product.name;
        case Qty:
            return QLocale().toString(line.qty);
        case UnitPrice:
            return formatMoney(line.unitPrice);
        case Discount:
            return line.discount.isZero() ? QString() : formatMoney(-line.discount);
        case Amount:
            return formatMoney(line.amount);
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() != Name) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole && index.column() == Name) {
        return line.product.barcode.code();
    }
    return {};
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("#");
    case Name:
        return tr("Product");
    case Qty:
        return tr("Qty");
    case UnitPrice:
        return tr("Price");
    case Discount:
        return tr("Discount");
    case Amount:
        return tr("Amount");
    default:
        break;
    }
    return {};
}

} // namespace storedesk::ui
