// Changes a member's points by hand — a goodwill gift, a correction — with the reason the core
// requires, and the balance it leads to shown before saving.
#pragma once

#include "domain/member.h"
#include "loyalty/loyaltyservice.h"
#include "security/security.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace storedesk::ui {

class PointsAdjustDialog final : public QDialog
{
    Q_OBJECT

public:
    PointsAdjustDialog(core::LoyaltyService &loyalty, core::Security &security,
                       const core::Member &member, QWidget *parent = nullptr);

    const core::PointsAdjustment &result() const { return m_result; }

    void accept() override;

private:
    void preview();

    core::LoyaltyService &m_loyalty;
    core::Security &m_security;
    core::Member m_member;
    qint64 m_balance = 0;
    core::PointsAdjustment m_result;
    QLineEdit *m_points = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_after = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace storedesk::ui
