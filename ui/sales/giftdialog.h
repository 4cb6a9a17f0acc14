// Gifts for points at the counter (积分兑换): the gifts the store offers with their points and
// stock, quantities to choose, what it comes to against the member's points, and Enter to hand
// them over — a receipt of its own, paid with points alone.
#pragma once

#include "domain/member.h"
#include "sales/giftcounter.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class GiftDialog final : public QDialog
{
    Q_OBJECT

public:
    GiftDialog(core::Store &store, const core::Member &member, QWidget *parent = nullptr);

    QTableWidget *gifts() const { return m_gifts; }
    /// The gifts' sale, once accepted.
    const core::SaleRecord &sale() const { return m_sale; }

    void accept() override;

private:
    core::GiftRequest request() const;
    void recount();

    core::Store &m_store;
    core::Member m_member;
    qint64 m_available = 0;
    core::SaleRecord m_sale;
    QTableWidget *m_gifts = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace storedesk::ui
