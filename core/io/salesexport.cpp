#include "salesexport.h"

#include "domain/error.h"
#include "sales/payment.h"
#include "store/store.h"

#include <QSqlQuery>

namespace storedesk::core {

namespace {

const QList<PaymentMethod> kMethods{PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::WeChat,
                                    PaymentMethod::Alipay, PaymentMethod::StoredValue};

QString yuan(const QVariant &fen)
{
    return Money::fromFen(fen.toLongLong()).toString();
}

} // namespace

SalesExport::SalesExport(Store &store)
    : m_store(store)
{}

QStringList SalesExport::columns()
{
    QStringList out{QStringLiteral("receipt_no"),
                    QStringLiteral("kind"),
                    QStringLiteral("business_day"),
                    QStringLiteral("time"),
                    QStringLiteral("original_receipt_no"),
                    QStringLiteral("member_phone"),
                    QStringLiteral("member_name"),
                    QStringLiteral("cashier"),
                    QStringLiteral("items"),
                    QStringLiteral("subtotal"),
                    QStringLiteral("discount"),
                    QStringLiteral("points_redeemed"),
                    QStringLiteral("points_value"),
                    QStringLiteral("total")};
    for (PaymentMethod m : kMethods)
        out.append(paymentMethodCode(m));
    out += {QStringLiteral("change"), QStringLiteral("points_earned")};
    return out;
}

qint64 SalesExport::write(const QDate &from, const QDate &to, const QString &path,
                          PhoneDisplay phones, const Progress &progress)
{
    guardWholePhones(m_store, phones, QStringLiteral("sales"));
    if (!from.isValid() || !to.isValid() || from > to) {
        throw Error(ErrorCode::InvalidDate,
                    tr("Give the first and the last day, the first not after the last."),
                    QStringLiteral("from"));
    }
    Database &db = m_store.database();
    const QVariantList days{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    QSqlQuery count =
        db.exec(QStringLiteral("SELECT count(*) FROM sales WHERE business_day BETWEEN ? AND ?"),
                {days[0], days[1]});
    const qint64 total = count.next() ? count.value(0).toLongLong() : 0;

    QStringList methodSums;
    for (PaymentMethod m : kMethods) {
        methodSums.append(
            QStringLiteral("(SELECT coalesce(sum(p.amount_fen), 0) FROM sale_payments p "
                           "WHERE p.sale_id = s.id AND p.method = '%1')")
                .arg(paymentMethodCode(m)));
    }
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT s.receipt_no, s.kind, s.business_day, s.created_at, o.receipt_no, "
                       "m.phone, m.name, s.cashier, (SELECT coalesce(sum(l.qty), 0) FROM "
                       "sale_lines l WHERE l.sale_id = s.id), s.subtotal_fen, s.discount_fen, "
                       "s.points_redeemed, s.points_value_fen, s.total_fen, %1, s.change_fen, "
                       "s.points_earned FROM sales s LEFT JOIN members m ON m.id = s.member_id "
                       "LEFT JOIN sales o ON o.id = s.original_sale_id "
                       "WHERE s.business_day BETWEEN ? AND ? ORDER BY s.business_day, s.day_seq")
            .arg(methodSums.join(QStringLiteral(", "))),
        {days[0], days[1]});
    const QTimeZone zone = m_store.loyalty().zone();
    CsvWriter csv(path);
    csv.row(columns());
    while (q.next()) {
        const QString phone = q.value(5).toString();
        QStringList row{
            q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toString(),
            fromStoredTimestamp(q.value(3).toString())
                .toTimeZone(zone)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            q.value(4).toString(),
            phone.isEmpty() ? QString() : exportedPhone(PhoneNumber::fromNormalized(phone), phones),
            CsvWriter::text(q.value(6).toString()),
            CsvWriter::text(q.value(7).toString()),
            q.value(8).toString(),
            yuan(q.value(9)),
            yuan(q.value(10)),
            q.value(11).toString(),
            yuan(q.value(12)),
            yuan(q.value(13)),
        };
        for (int i = 0; i < kMethods.size(); ++i)
            row.append(yuan(q.value(14 + i)));
        const int next = 14 + int(kMethods.size());
        row += {yuan(q.value(next)), q.value(next + 1).toString()};
        csv.row(row);
        if (progress && csv.rows() % 1000 == 0)
            progress(csv.rows() - 1, total);
    }
    csv.commit();
    if (progress)
        progress(total, total);
    return csv.rows() - 1;
}

} // namespace storedesk::core
