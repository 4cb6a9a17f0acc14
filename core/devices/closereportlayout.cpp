#include "closereportlayout.h"

namespace storedesk::devices {

namespace {

QString when(const QDateTime &moment, const QTimeZone &zone)
{
    return moment.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

CloseReportLayout::CloseReportLayout(const PrinterOptions &options)
    : m_options(options)
    , m_columns(options.textMode)
    , m_width(options.columns())
{}

QString CloseReportLayout::money(const core::Money &amount)
{
    return amount.toString();
}

void CloseReportLayout::rule(ReceiptDocument &doc) const
{
    doc.addText(QString(m_width, u'-'));
}

void CloseReportLayout::pair(ReceiptDocument &doc, const QString &label, const QString &value,
                             bool bold, TextSize size) const
{
    doc.addText(m_columns.spread(label, value, doc.columns(size)), Align::Left, bold, size);
}

void CloseReportLayout::title(ReceiptDocument &doc, const QString &text) const
{
    doc.addText(m_columns.truncated(text, m_width), Align::Left, true);
}

ReceiptDocument CloseReportLayout::layout(const core::CloseReport &r, const QString &storeName,
                                          const QDateTime &printedAt, const QTimeZone &zone) const
{
    ReceiptDocument doc(m_options.paper, m_options.textMode);
    heading(doc, r, storeName, printedAt, zone);
    amounts(doc, r);
    takings(doc, r);
    drawer(doc, r);
    loyalty(doc, r);
    shifts(doc, r, zone);
    doc.addFeed(1);
    pair(doc, tr("Cashier"), QString(m_width / 2, u'_'));
    doc.addFeed(1);
    pair(doc, tr("Manager"), QString(m_width / 2, u'_'));
    doc.addFeed(3);
    doc.addCut(m_options.partialCut);
    return doc;
}

void CloseReportLayout::heading(ReceiptDocument &doc, const core::CloseReport &r,
                                const QString &storeName, const QDateTime &printedAt,
                                const QTimeZone &zone) const
{
    if (!storeName.isEmpty()) {
        for (const QString &line : m_columns.wrapped(storeName, m_width))
            doc.addText(line, Align::Centre, true);
    }
    const QString name = r.shift ? tr("Shift close") : tr("Day close");
    const bool large = m_columns.width(name) <= doc.columns(TextSize::Large);
    doc.addText(name, Align::Centre, true, large ? TextSize::Large : TextSize::Tall);
    rule(doc);
    pair(doc, tr("Business day"), r.day.toString(Qt::ISODate));
    if (r.shift) {
        pair(doc, tr("Shift"), QStringLiteral("#%1 %2").arg(r.shift->id).arg(r.shift->cashier));
        pair(doc, tr("Opened"), when(r.shift->openedAt, zone));
        pair(doc, tr("Closed"),
             r.shift->isOpen() ? tr("still open") : when(r.shift->closedAt, zone));
    }
    pair(doc, tr("Printed"), when(printedAt, zone));
    rule(doc);
}

void CloseReportLayout::amounts(ReceiptDocument &doc, const core::CloseReport &r) const
{
    pair(doc, tr("Sales"), QString::number(r.salesCount));
    pair(doc, tr("Refunds"), QString::number(r.refundsCount));
    pair(doc, tr("Items sold"), QString::number(r.items));
    pair(doc, tr("Gross"), money(r.gross));
    pair(doc, tr("Discounts"), money(-r.discounts));
    for (const core::CloseDiscount &d : r.discountsByKind) {
        pair(doc, QStringLiteral("  ") + core::discountKindName(d.kind) + u' ' + d.name,
             money(-d.amount));
    }
    if (!r.pointsValue.isZero())
        pair(doc, tr("Paid with points"), money(-r.pointsValue));
    pair(doc, tr("Net sales"), money(r.net));
    pair(doc, tr("Refunded"), money(-r.refunds));
    pair(doc, tr("Takings"), money(r.total()), true, TextSize::Tall);
    rule(doc);
}

void CloseReportLayout::takings(ReceiptDocument &doc, const core::CloseReport &r) const
{
    title(doc, tr("By payment method"));
    if (r.payments.isEmpty())
        pair(doc, QStringLiteral("  ") + tr("none"), money({}));
    for (const core::CloseTakings &t : r.payments) {
        const QString method = core::paymentMethodName(t.method);
        pair(doc, QStringLiteral("  ") + method, money(t.net()));
        if (!t.refunds.isZero())
            pair(doc, QStringLiteral("    ") + tr("of which refunded"), money(-t.refunds));
    }
    rule(doc);
}

void CloseReportLayout::drawer(ReceiptDocument &doc, const core::CloseReport &r) const
{
    const core::CloseCash &c = r.cash;
    title(doc, tr("Cash drawer"));
    pair(doc, QStringLiteral("  ") + tr("Opening float"), money(c.openingFloat));
    pair(doc, QStringLiteral("  ") + tr("Cash sales (net)"), money(c.sales));
    if (!c.topUps.isZero())
        pair(doc, QStringLiteral("  ") + tr("Cash top-ups"), money(c.topUps));
    if (!c.withdrawals.isZero())
        pair(doc, QStringLiteral("  ") + tr("Stored value paid out"), money(-c.withdrawals));
    pair(doc, tr("Cash expected"), money(c.expected()), true);
    if (c.counted) {
        pair(doc, tr("Cash counted"), money(*c.counted), true);
        pair(doc, tr("Difference"), money(*c.difference()), true);
    } else {
        pair(doc, tr("Cash counted"), tr("not counted"));
    }
    rule(doc);
}

void CloseReportLayout::loyalty(ReceiptDocument &doc, const core::CloseReport &r) const
{
    title(doc, tr("Stored value"));
    pair(doc, QStringLiteral("  ") + tr("Topped up"), money(r.storedValueToppedUp));
    if (!r.storedValueBonus.isZero())
        pair(doc, QStringLiteral("  ") + tr("Bonus given"), money(r.storedValueBonus));
    pair(doc, QStringLiteral("  ") + tr("Spent"), money(r.storedValueSpent));
    if (!r.storedValueRefunded.isZero())
        pair(doc, QStringLiteral("  ") + tr("Given back by refunds"), money(r.storedValueRefunded));
    if (!r.storedValueWithdrawn.isZero())
        pair(doc, QStringLiteral("  ") + tr("Paid out"), money(r.storedValueWithdrawn));
    title(doc, tr("Points"));
    pair(doc, QStringLiteral("  ") + tr("Issued"), QString::number(r.pointsIssued));
    pair(doc, QStringLiteral("  ") + tr("Redeemed"), QString::number(r.pointsRedeemed));
    if (r.pointsRestored != 0 || r.pointsClawedBack != 0) {
        pair(doc, QStringLiteral("  ") + tr("Given back by refunds"),
             QString::number(r.pointsRestored));
        pair(doc, QStringLiteral("  ") + tr("Taken back by refunds"),
             QString::number(r.pointsClawedBack));
    }
    pair(doc, tr("Member sales"), QString::number(r.memberSales));
    pair(doc, tr("Member net sales"), money(r.memberNet));
    rule(doc);
}

void CloseReportLayout::shifts(ReceiptDocument &doc, const core::CloseReport &r,
                               const QTimeZone &zone) const
{
    if (r.shift || r.shifts.isEmpty())
        return;
    title(doc, tr("Shifts"));
    for (const core::Shift &s : r.shifts) {
        const QString times =
            s.openedAt.toTimeZone(zone).toString(QStringLiteral("HH:mm")) + u'-' +
            (s.isOpen() ? QString()
                        : s.closedAt.toTimeZone(zone).toString(QStringLiteral("HH:mm")));
        pair(doc, QStringLiteral("  #%1 %2").arg(s.id).arg(s.cashier), times);
        pair(doc, QStringLiteral("    ") + tr("Counted"),
             s.countedCash ? money(*s.countedCash) : tr("still open"));
    }
    rule(doc);
}

} // namespace storedesk::devices
