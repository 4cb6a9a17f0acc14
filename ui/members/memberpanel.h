// One member in full, beside the member list: who they are, their standing (tier, points,
// stored value, spend), what they bought and both ledgers, with the actions the manager takes —
// edit, tags, top-up, points adjustment, refunding the balance.
#pragma once

#include "domain/member.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class RecordTableModel;

class MemberPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit MemberPanel(core::Store &store, QWidget *parent = nullptr);

    /// Shows member \a id (0: nobody).
    void showMember(core::MemberId id);
    core::MemberId memberId() const { return m_id; }
    RecordTableModel *purchases() const { return m_purchases; }
    RecordTableModel *pointsLedger() const { return m_points; }
    RecordTableModel *storedValueLedger() const { return m_stored; }
    RecordTableModel *coupons() const { return m_coupons; }

public slots:
    void edit();
    void editTags();
    void topUp();
    void adjustPoints();
    void refundBalance();
    void issueCoupon();
    /// Forgets the member (the owner's to do, or with the owner's approval) after asking.
    void deleteMember();

signals:
    /// Something was booked for the member (for the window's status line).
    void message(const QString &text);
    /// A receipt was printed again: the print queue should look now.
    void printRequested();

private:
    void refresh();
    void showNobody();
    void showReceipt(qint64 saleId);

    core::Store &m_store;
    core::MemberId m_id = 0;
    core::Member m_member;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_details = nullptr;
    QList<QPushButton *> m_actions;
    QTabWidget *m_tabs = nullptr;
    RecordTableModel *m_purchases = nullptr;
    RecordTableModel *m_points = nullptr;
    RecordTableModel *m_stored = nullptr;
    RecordTableModel *m_coupons = nullptr;
};

} // namespace storedesk::ui
