// StoreDesk's main window: the open store's name, its screens, and what the store holds.
#pragma once

#include <QMainWindow>

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class MembersPage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(core::Store &store, QWidget *parent = nullptr);

    MembersPage *membersPage() const { return m_members; }

private:
    void updateTitle();
    void updateCounts();
    void showAbout();

    core::Store &m_store;
    MembersPage *m_members = nullptr;
};

} // namespace storedesk::ui
