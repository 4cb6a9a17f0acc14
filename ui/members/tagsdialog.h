// Tags a member (VIP, 学生, 宝妈 …): the store's tags to tick, and a box for a new one.
#pragma once

#include "domain/member.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace storedesk::core {
class MemberDirectory;
class MemberRegistry;
} // namespace storedesk::core

namespace storedesk::ui {

class TagsDialog final : public QDialog
{
    Q_OBJECT

public:
    TagsDialog(core::MemberRegistry &registry, const core::MemberDirectory &directory,
               const core::Member &member, QWidget *parent = nullptr);

    QListWidget *tagList() const { return m_list; }
    QLineEdit *newTagField() const { return m_new; }

    void accept() override;

private:
    void addTyped();

    core::MemberRegistry &m_registry;
    core::Member m_member;
    QListWidget *m_list = nullptr;
    QLineEdit *m_new = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace storedesk::ui
