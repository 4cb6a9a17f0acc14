// The member screen: one search box that takes a phone, its last four digits, a card scan or a
// name; filters for the lists a manager acts on (tier, tag, sleeping, birthdays, points
// expiring, frozen); the list, paged from the core; and the chosen member in full beside it.
#pragma once

#include "domain/member.h"
#include "members/memberdirectory.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class MemberListModel;
class MemberPanel;

class MembersPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MembersPage(core::Store &store, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    MemberListModel *model() const { return m_model; }
    MemberPanel *panel() const { return m_panel; }
    /// "New member" (F2), for the window's menu: one action, so the key is never ambiguous.
    QAction *newMemberAction() const { return m_newMember; }
    /// The filter the controls describe now.
    core::MemberListFilter filter() const;

public slots:
    void search();
    void registerMember();
    void clearFilters();
    /// The list the filters show, as a win-back or reminder list to save.
    void exportList();
    /// Members from another system's CSV export (ImportMembersDialog).
    void importMembers();

signals:
    void message(const QString &text);
    /// A receipt was printed again: the print queue should look now.
    void printRequested();

private:
    void fillTiersAndTags();
    void showCount(qint64 total);
    void selectRow(int row);

    core::Store &m_store;
    MemberListModel *m_model = nullptr;
    MemberPanel *m_panel = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_sleeping = nullptr;
    QComboBox *m_birthday = nullptr;
    QComboBox *m_expiring = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_nearTier = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_newMember = nullptr;
};

} // namespace storedesk::ui
