// StoreDesk's main window: the open store's name, its screens, and what the store holds.
#pragma once

#include <QMainWindow>

class QTabWidget;

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class CashierPage;
class MembersPage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(core::Store &store, QWidget *parent = nullptr);

    MembersPage *membersPage() const { return m_members; }
    CashierPage *cashierPage() const { return m_cashier; }
    /// Brings the member screen (or, with false, the cashier screen) to the front.
    void showMembers(bool members = true);

private:
    void updateTitle();
    void updateCounts();
    void showAbout();

    core::Store &m_store;
    MembersPage *m_members = nullptr;
    CashierPage *m_cashier = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace storedesk::ui
