// The member search screen: one box that takes a phone, its last four digits, a card scan or
// a name; the matches; and the chosen member's details, with registration one key away.
#pragma once

#include "domain/member.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace storedesk::core {
class MemberRegistry;
}

namespace storedesk::ui {

class MemberSearchModel;

class MembersPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MembersPage(core::MemberRegistry &registry, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    MemberSearchModel *model() const { return m_model; }
    /// "New member" (F2), for the window's menu: one action, so the key is never ambiguous.
    QAction *newMemberAction() const { return m_newMember; }

public slots:
    void search();
    void registerMember();
    void editMember();

private:
    void showMember(const QModelIndex &index);
    void clearDetails();

    core::MemberRegistry &m_registry;
    MemberSearchModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_edit = nullptr;
    QAction *m_newMember = nullptr;
    core::MemberId m_shown = 0;
};

} // namespace storedesk::ui
