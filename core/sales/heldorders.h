// Held orders (挂单): a cart put aside so the counter can serve the next customer. Kept in the
// store file, so they survive a restart, until recalled or discarded.
#pragma once

#include "sales/salerequest.h"

#include <QDateTime>
#include <QList>
#include <QObject>

namespace storedesk::core {

class Clock;
class Database;

struct HeldOrder
{
    qint64 id = 0;
    QString label;
    QDateTime heldAt;
    SaleRequest request;
};

class HeldOrders final : public QObject
{
    Q_OBJECT

public:
    HeldOrders(Database &db, const Clock &clock, QObject *parent = nullptr);

    /// Puts \a request aside. Throws empty_sale for a request without lines.
    HeldOrder hold(const SaleRequest &request, const QString &label = {});
    QList<HeldOrder> list() const;
    /// Takes the order back (it is no longer held). Throws not_found.
    HeldOrder recall(qint64 id);
    /// Throws not_found.
    void discard(qint64 id);

signals:
    void changed();

private:
    HeldOrder get(qint64 id) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace storedesk::core
