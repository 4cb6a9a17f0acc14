// Returns against a receipt: Checkout::refund, kept apart from the sale path it mirrors.
#include "catalog/catalog.h"
#include "checkout.h"
#include "db/database.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/error.h"
#include "loyalty/couponbook.h"
#include "loyalty/rulebook.h"
#include "members/memberregistry.h"
#include "sales/receiptnumber.h"
#include "security/security.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace storedesk::core {

SaleRecord Checkout::refund(const QString &receiptNo, const QList<RefundLine> &lines,
                            const QString &cashier)
{
    const Actor by = m_security.require(Permission::Refund);
    const QDateTime now = m_clock.now();
    qint64 refundId = 0;
    {
        Transaction tx(m_db);
        const SaleRecord original = loadByReceipt(receiptNo);
        if (original.refund) {
            throw Error(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("storedesk::core::Checkout", "%1 is itself a refund.")
                    .arg(original.receiptNo),
                QStringLiteral("receipt_no"));
        }
        // What is already refunded: per line, and of the sale's money, points and methods.
        struct Done
        {
            qint64 qty = 0;
            qint64 amount = 0;
        };
        QHash<qint64, Done> done;
        QSqlQuery prior = m_db.exec(
            QStringLiteral("SELECT l.original_line_id, -sum(l.qty), -sum(l.amount_fen) FROM "
                           "sale_lines l JOIN sales s ON s.id = l.sale_id WHERE "
                           "s.original_sale_id = ? GROUP BY l.original_line_id"),
            {original.id});
        while (prior.next())
            done.insert(prior.value(0).toLongLong(),
                        {prior.value(1).toLongLong(), prior.value(2).toLongLong()});
        QSqlQuery priorTotals = m_db.exec(
            QStringLiteral("SELECT coalesce(-sum(total_fen), 0), coalesce(-sum(points_redeemed), "
                           "0), coalesce(-sum(points_earned), 0) FROM sales WHERE "
                           "original_sale_id = ?"),
            {original.id});
        priorTotals.next();
        const qint64 moneyDone = priorTotals.value(0).toLongLong();
        const qint64 restoredDone = priorTotals.value(1).toLongLong();
        const qint64 clawedDone = priorTotals.value(2).toLongLong();

        // The lines to refund, with the quantity of each.
        QList<std::pair<SaleLineRecord, qint64>> chosen;
        if (lines.isEmpty()) {
            for (const SaleLineRecord &l : original.lines) {
                const qint64 left = l.qty - done.value(l.id).qty;
                if (left > 0)
                    chosen.append({l, left});
            }
            if (chosen.isEmpty()) {
                throw Error(ErrorCode::AlreadyRefunded,
                            QCoreApplication::translate("storedesk::core::Checkout",
                                                        "Receipt %1 is already fully refunded.")
                                .arg(original.receiptNo),
                            QStringLiteral("receipt_no"));
            }
        }
        for (const RefundLine &want : lines) {
            const auto it =
                std::find_if(original.lines.cbegin(), original.lines.cend(),
                             [&](const SaleLineRecord &l) { return l.lineNo == want.lineNo; });
            if (it == original.lines.cend()) {
                throw Error(ErrorCode::NotFound,
                            QCoreApplication::translate("storedesk::core::Checkout",
                                                        "Receipt %1 has no line %2.")
                                .arg(original.receiptNo)
                                .arg(want.lineNo),
                            QStringLiteral("line"));
            }
            qint64 left = it->qty - done.value(it->id).qty;
            for (const auto &[line, qty] : chosen) {
                if (line.id == it->id)
                    left -= qty;
            }
            if (left <= 0) {
                throw Error(ErrorCode::AlreadyRefunded,
                            QCoreApplication::translate("storedesk::core::Checkout",
                                                        "Line %1 of receipt %2 is already "
                                                        "refunded.")
                                .arg(want.lineNo)
                                .arg(original.receiptNo),
                            QStringLiteral("line"));
            }
            if (want.qty < 1 || want.qty > left) {
                throw Error(ErrorCode::InvalidQuantity,
                            QCoreApplication::translate("storedesk::core::Checkout",
                                                        "Line %1 can be refunded for 1 to %2.")
                                .arg(want.lineNo)
                                .arg(left),
                            QStringLiteral("qty"));
            }
            chosen.append({*it, want.qty});
        }

        // Each line gives back its share of its amount; the last units give back exactly
        // what is left, so a whole refund reverses the sale to the fen.
        const qint64 originalAfter = (original.subtotal - original.discountTotal).fen();
        qint64 refundedAfter = 0;
        QList<SaleLineRecord> refundLines;
        for (const auto &[line, qty] : chosen) {
            const Done d = done.value(line.id);
            SaleLineRecord r = line;
            r.qty = -qty;
            const bool last = d.qty + qty == line.qty;
            const qint64 amount =
                last ? line.amount.fen() - d.amount : line.amount.scaled(qty, line.qty).fen();
            r.amount = Money::fromFen(-amount);
            // Whatever of the gross these units do not give back was their discount.
            r.discount = -(line.unitPrice.times(qty) - Money::fromFen(amount));
            r.originalLineId = line.id;
            refundedAfter += amount;
            done[line.id].qty += qty;
            done[line.id].amount += amount;
            refundLines.append(r);
        }
        qint64 refundedAfterAll = 0;
        for (const SaleLineRecord &l : original.lines)
            refundedAfterAll += done.value(l.id).amount;
        // Cumulative targets: after this refund, this much of the sale is undone in total.
        const auto cumulative = [&](qint64 whole) {
            return originalAfter == 0
                       ? 0
                       : Money::fromFen(whole).scaled(refundedAfterAll, originalAfter).fen();
        };
        const qint64 money = cumulative(original.total.fen()) - moneyDone;
        const qint64 restore = cumulative(original.pointsRedeemed) - restoredDone;
        const qint64 clawback = cumulative(original.pointsEarned) - clawedDone;
        // What points paid of these lines: the rest of their amount, so that on every refund
        // subtotal − discounts − points value = money back, to the fen.
        const qint64 pointsValue = refundedAfter - money;

        // Money back to the original methods, in proportion to what each paid.
        QList<qint64> paidBy;
        for (const Payment &p : original.payments)
            paidBy.append(p.amount.fen());
        const QList<qint64> targetAfter = apportion(moneyDone + money, paidBy);
        QHash<QString, qint64> methodDone;
        QSqlQuery priorMethods = m_db.exec(
            QStringLiteral("SELECT p.method, -sum(p.amount_fen) FROM sale_payments p JOIN sales s "
                           "ON s.id = p.sale_id WHERE s.original_sale_id = ? GROUP BY p.method"),
            {original.id});
        while (priorMethods.next())
            methodDone.insert(priorMethods.value(0).toString(), priorMethods.value(1).toLongLong());
        QHash<QString, qint64> methodTarget;
        for (int i = 0; i < original.payments.size(); ++i)
            methodTarget[paymentMethodCode(original.payments[i].method)] += targetAfter[i];
        QList<Payment> back;
        for (auto it = methodTarget.cbegin(); it != methodTarget.cend(); ++it) {
            const qint64 amount = it.value() - methodDone.value(it.key());
            if (amount != 0) {
                const Money m = Money::fromFen(-amount);
                back.append({*parsePaymentMethod(it.key()), m, m});
            }
        }
        std::sort(back.begin(), back.end(),
                  [](const Payment &a, const Payment &b) { return int(a.method) < int(b.method); });

        const VersionedRules rules = m_rules.current();
        const QDate day = now.toTimeZone(m_loyalty.zone()).date();
        const ReceiptNumber number = nextReceiptNumber(m_db, day);
        const qint64 daySeq = number.sequence;
        const QString &refundNo = number.text;
        const MemberId memberId = original.member ? original.member->id : 0;
        Money subtotal;
        Money discount;
        for (const SaleLineRecord &l : refundLines) {
            subtotal += l.unitPrice.times(l.qty);
            discount += l.discount;
        }
        m_db.exec(QStringLiteral(
                      "INSERT INTO sales (kind, receipt_no, business_day, day_seq, "
                      "original_sale_id, member_id, tier, rules_version, created_at, cashier, "
                      "user_id, subtotal_fen, discount_fen, points_redeemed, points_value_fen, "
                      "total_fen, change_fen, points_earned, qualifying_fen) "
                      "VALUES ('refund', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"),
                  {refundNo, day.toString(Qt::ISODate), daySeq, original.id, idOrNull(memberId),
                   original.member ? QVariant(original.tier) : QVariant(), original.rulesVersion,
                   storedTimestamp(now), cashierName(by, cashier), idOrNull(by.userId),
                   subtotal.fen(), discount.fen(), -restore, -pointsValue, -money, -clawback,
                   memberId > 0 ? -refundedAfter : 0});
        refundId = m_db.lastInsertId();
        int lineNo = 0;
        for (const SaleLineRecord &l : refundLines) {
            m_db.exec(
                QStringLiteral("INSERT INTO sale_lines (sale_id, line_no, product_id, "
                               "barcode, name, qty, list_price_fen, unit_price_fen, "
                               "discount_fen, amount_fen, points_eligible, "
                               "original_line_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {refundId, ++lineNo, l.productId, l.barcode, l.name, l.qty, l.listPrice.fen(),
                 l.unitPrice.fen(), l.discount.fen(), l.amount.fen(), l.pointsEligible ? 1 : 0,
                 l.originalLineId});
            m_db.exec(QStringLiteral("INSERT INTO stock_moves (product_id, at, qty, reason, "
                                     "sale_id) VALUES (?, ?, ?, 'refund', ?)"),
                      {l.productId, storedTimestamp(now), -l.qty, refundId});
            m_db.exec(QStringLiteral("UPDATE products SET stock = stock + ? WHERE id = ?"),
                      {-l.qty, l.productId});
        }
        for (const Payment &p : back) {
            m_db.exec(QStringLiteral("INSERT INTO sale_payments (sale_id, method, amount_fen, "
                                     "tendered_fen) VALUES (?, ?, ?, ?)"),
                      {refundId, paymentMethodCode(p.method), p.amount.fen(), p.tendered.fen()});
            if (p.method == PaymentMethod::StoredValue && memberId > 0) {
                // Back in the proportion the sale took paid and bonus money.
                QSqlQuery took = m_db.exec(
                    QStringLiteral("SELECT -sum(paid_fen), -sum(bonus_fen) FROM "
                                   "stored_value_ledger WHERE sale_id = ? AND kind = 'pay'"),
                    {original.id});
                took.next();
                const StoredValueBalance share{Money::fromFen(took.value(0).toLongLong()),
                                               Money::fromFen(took.value(1).toLongLong())};
                const StoredValueBalance part = StoredValueLedger::split(share, -p.amount);
                m_loyalty.storedValue().post(memberId, StoredValueKind::Refund, part.paid,
                                             part.bonus, now, {}, refundId);
            }
        }
        if (memberId > 0) {
            if (restore > 0) {
                QSqlQuery redeem = m_db.exec(QStringLiteral("SELECT id FROM points_ledger WHERE "
                                                            "sale_id = ? AND kind = 'redeem'"),
                                             {original.id});
                const QDateTime expiry =
                    redeem.next()
                        ? m_loyalty.points().latestExpiryPaidBy(redeem.value(0).toLongLong())
                        : QDateTime();
                m_loyalty.points().credit(memberId, PointsKind::Restore, restore, now, expiry,
                                          refundId);
            }
            if (clawback > 0) {
                m_loyalty.points().debit(memberId, PointsKind::Clawback, clawback, now, refundId,
                                         {}, true);
            }
        }
        // Once the whole sale is back, its coupons can be used again if they are still valid.
        const bool whole =
            std::all_of(original.lines.cbegin(), original.lines.cend(),
                        [&](const SaleLineRecord &l) { return done.value(l.id).qty >= l.qty; });
        if (whole)
            m_coupons.restore(original.id);
        m_db.exec(QStringLiteral("INSERT INTO print_jobs (sale_id, kind, created_at) "
                                 "VALUES (?, 'receipt', ?)"),
                  {refundId, storedTimestamp(now)});
        m_security.audit().record(by, QStringLiteral("refund"),
                                  QStringLiteral("sale:") + original.receiptNo,
                                  {{QStringLiteral("refund_no"), refundNo},
                                   {QStringLiteral("amount"), Money::fromFen(money).toString()},
                                   {QStringLiteral("whole"), whole}});
        tx.commit();
    }
    emit saleCommitted(refundId);
    return load(refundId);
}

} // namespace storedesk::core
