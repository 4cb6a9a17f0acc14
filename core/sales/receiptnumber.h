// Receipt numbers — the store's business day and its sequence ("20261122-0001"), one sequence a
// day for sales, refunds and gifts for points — and the request ids that make a retried request
// answer the sale it already made.
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace storedesk::core {

class Database;

struct ReceiptNumber
{
    QDate day;
    qint64 sequence = 0;
    QString text;
};

/// The next number of \a day. Inside the caller's transaction (which holds the write lock, so
/// two programs never take the same one).
ReceiptNumber nextReceiptNumber(Database &db, const QDate &day);

/// The sale made for \a requestId, when there is one with the same \a fingerprint (a retry).
/// Throws duplicate_request when the id was used for different content; nullopt for a new id
/// (or none). Inside the caller's transaction.
std::optional<qint64> saleForRequest(Database &db, const QString &requestId,
                                     const QString &fingerprint);

} // namespace storedesk::core
