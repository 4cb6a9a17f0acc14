#include "heldorders.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace storedesk::core {

namespace {

HeldOrder readOrder(const QSqlQuery &q)
{
    HeldOrder order;
    order.id = q.value(0).toLongLong();
    order.label = q.value(1).toString();
    order.heldAt = fromStoredTimestamp(q.value(2).toString());
    order.request =
        SaleRequest::fromJson(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
    return order;
}

} // namespace

HeldOrders::HeldOrders(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{}

HeldOrder HeldOrders::hold(const SaleRequest &request, const QString &label)
{
    if (request.lines.isEmpty()) {
        throw Error(ErrorCode::EmptySale,
                    QCoreApplication::translate("storedesk::core::HeldOrders",
                                                "An empty cart cannot be held."),
                    QStringLiteral("lines"));
    }
    Transaction tx(m_db);
    m_db.exec(QStringLiteral("INSERT INTO held_orders (label, request, created_at) "
                             "VALUES (?, ?, ?)"),
              {label.simplified().left(40),
               QString::fromUtf8(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact)),
               storedTimestamp(m_clock.now())});
    const qint64 id = m_db.lastInsertId();
    HeldOrder order = get(id);
    tx.commit();
    emit changed();
    return order;
}

HeldOrder HeldOrders::get(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, label, created_at, request FROM "
                                           "held_orders WHERE id = ?"),
                            {id});
    if (!q.next()) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("storedesk::core::HeldOrders",
                                                "There is no held order number %1.")
                        .arg(id));
    }
    return readOrder(q);
}

QList<HeldOrder> HeldOrders::list() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, label, created_at, request FROM "
                                           "held_orders ORDER BY id"));
    QList<HeldOrder> out;
    while (q.next())
        out.append(readOrder(q));
    return out;
}

HeldOrder HeldOrders::recall(qint64 id)
{
    Transaction tx(m_db);
    HeldOrder order = get(id);
    m_db.exec(QStringLiteral("DELETE FROM held_orders WHERE id = ?"), {id});
    tx.commit();
    emit changed();
    return order;
}

void HeldOrders::discard(qint64 id)
{
    recall(id);
}

} // namespace storedesk::core
