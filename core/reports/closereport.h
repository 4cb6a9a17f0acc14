// The close reports (Z 报表): a cashier's shift (交班) or the store's whole business day (日结)
// — receipts, gross, discounts by kind, net, refunds, takings per payment method, the cash
// the drawer should hold against what was counted, stored value topped up and spent, and points
// issued and redeemed. The total always equals the sum of the receipts and refunds it covers.
#pragma once

#include "domain/money.h"
#include "sales/payment.h"
#include "sales/shifts.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace storedesk::core {

class Database;
class LoyaltyService;
class ReportSummaries;

struct CloseDiscount
{
    QString kind; ///< promotion, tier, member_day, coupon
    QString name;
    qint64 uses = 0;
    Money amount;
};

/// What one payment method took: on sales, given back on refunds, and the difference.
struct CloseTakings
{
    PaymentMethod method = PaymentMethod::Cash;
    qint64 payments = 0; ///< payments on sales
    Money sales;
    Money refunds; ///< given back (positive)
    Money net() const { return sales - refunds; }
};

/// The cash drawer: what should be in it and what was found.
struct CloseCash
{
    Money openingFloat; ///< 备用金
    Money sales;        ///< cash taken on sales less cash given back on refunds
    Money topUps;       ///< stored value bought with cash
    Money withdrawals;  ///< stored value paid back in cash
    std::optional<Money> counted;

    /// 应收现金: the float, plus cash sales and top-ups, less cash paid back.
    Money expected() const { return openingFloat + sales + topUps - withdrawals; }
    /// 差额: counted less expected (negative: cash is missing); none until counted.
    std::optional<Money> difference() const;
};

struct CloseReport
{
    QDate day;                  ///< the business day (a shift's: the day it opened)
    std::optional<Shift> shift; ///< set for a shift's report

    qint64 salesCount = 0;
    qint64 refundsCount = 0;
    qint64 items = 0;         ///< units sold
    qint64 itemsReturned = 0; ///< units brought back
    Money gross;              ///< 应收: what the sales came to at their prices
    Money discounts;          ///< every discount on the sales
    Money pointsValue;        ///< paid with points on the sales
    Money net;                ///< gross − discounts − points: what the sales took
    Money refunds;            ///< given back by refunds (positive)
    qint64 memberSales = 0;
    Money memberNet;

    QList<CloseDiscount> discountsByKind; ///< by kind, then the most given first
    QList<CloseTakings> payments;         ///< every method that moved money, in method order

    Money storedValueToppedUp; ///< paid in for stored value
    Money storedValueBonus;    ///< bonus given with the top-ups
    QList<std::pair<PaymentMethod, Money>> topUpsByMethod;
    Money storedValueSpent;     ///< paid with stored value on sales
    Money storedValueRefunded;  ///< given back to balances by refunds
    Money storedValueWithdrawn; ///< balances paid back
    QList<std::pair<PaymentMethod, Money>> withdrawalsByMethod;

    qint64 pointsIssued = 0;     ///< earned on the sales
    qint64 pointsRedeemed = 0;   ///< spent on the sales
    qint64 pointsRestored = 0;   ///< given back by refunds
    qint64 pointsClawedBack = 0; ///< taken back by refunds

    CloseCash cash;
    QList<Shift> shifts; ///< a day's report: the shifts opened that day

    /// 实收: what the receipts and refunds took together: net − refunds = Σ payments.
    Money total() const { return net - refunds; }
    Money averageTicket() const;
};

/// What a discount kind is, for people (促销, 会员等级折扣, 会员日, 优惠券).
QString discountKindName(const QString &kind);

class CloseReports final
{
public:
    /// The loyalty service's time zone decides which top-ups fall on a day.
    CloseReports(Database &db, const LoyaltyService &loyalty, ReportSummaries &summaries,
                 Shifts &shifts);

    /// The whole business day \a day (日结).
    CloseReport forDay(const QDate &day) const;
    /// Shift \a shiftId (交班), open or closed; an open one covers up to now. Throws not_found.
    CloseReport forShift(qint64 shiftId) const;

private:
    struct Source; ///< where a report's figures come from: the day's summaries or raw rows
    CloseReport build(const Source &source) const;

    Database &m_db;
    const LoyaltyService &m_loyalty;
    ReportSummaries &m_summaries;
    Shifts &m_shifts;
};

} // namespace storedesk::core
