#include "receiptnumber.h"

#include "db/database.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace storedesk::core {

ReceiptNumber nextReceiptNumber(Database &db, const QDate &day)
{
    QSqlQuery seq = db.exec(
        QStringLiteral("SELECT coalesce(max(day_seq), 0) + 1 FROM sales WHERE business_day = ?"),
        {day.toString(Qt::ISODate)});
    ReceiptNumber n;
    n.day = day;
    n.sequence = seq.next() ? seq.value(0).toLongLong() : 1;
    n.text = day.toString(QStringLiteral("yyyyMMdd")) + u'-' +
             QString::number(n.sequence).rightJustified(4, u'0');
    return n;
}

std::optional<qint64> saleForRequest(Database &db, const QString &requestId,
                                     const QString &fingerprint)
{
    if (requestId.isEmpty())
        return std::nullopt;
    QSqlQuery seen = db.exec(
        QStringLiteral("SELECT id, request_hash FROM sales WHERE request_id = ?"), {requestId});
    if (!seen.next())
        return std::nullopt;
    if (seen.value(1).toString() != fingerprint) {
        throw Error(ErrorCode::DuplicateRequest,
                    QCoreApplication::translate("storedesk::core::Checkout",
                                                "Request %1 was already used for a different "
                                                "sale.")
                        .arg(requestId),
                    QStringLiteral("request_id"));
    }
    return seen.value(0).toLongLong();
}

} // namespace storedesk::core
