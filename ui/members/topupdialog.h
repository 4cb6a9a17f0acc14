// Tops up a member's stored value (充值): the amount, how it was paid, and the bonus the rules
// add, shown before the cashier confirms with Enter.
#pragma once

#include "domain/member.h"
#include "loyalty/loyaltyservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace storedesk::core {
class RuleBook;
}

namespace storedesk::ui {

class TopUpDialog final : public QDialog
{
    Q_OBJECT

public:
    TopUpDialog(core::LoyaltyService &loyalty, core::RuleBook &rules, const core::Member &member,
                QWidget *parent = nullptr);

    /// What was booked, once the dialog was accepted.
    const core::TopUpResult &result() const { return m_result; }

    void accept() override;

private:
    void preview();

    core::LoyaltyService &m_loyalty;
    core::RuleBook &m_rules;
    core::Member m_member;
    core::TopUpResult m_result;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_bonus = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace storedesk::ui
