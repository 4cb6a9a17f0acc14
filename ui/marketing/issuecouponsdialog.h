// Issues coupons of one template: to one member, to every member the member screen's filters
// show (one each), or a number of anonymous ones to print as slips and hand out. Answers with
// the codes, which can be saved as CSV.
#pragma once

#include "loyalty/couponbook.h"
#include "members/memberdirectory.h"
#include "receiptdocument.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class IssueCouponsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// \a listed is the member screen's filter and \a listedCount how many it shows.
    IssueCouponsDialog(core::Store &store, const core::CouponTemplate &coupon,
                       const core::MemberListFilter &listed, QWidget *parent = nullptr);

    const QList<core::Coupon> &issued() const { return m_issued; }
    QLineEdit *memberField() const { return m_member; }
    QRadioButton *anonymousChoice() const { return m_toAnonymous; }
    QSpinBox *countField() const { return m_count; }

signals:
    /// The slips of the anonymous coupons, to print on the store's printer.
    void printSlips(const QList<storedesk::devices::ReceiptDocument> &slips);

private:
    void issue();
    void saveCsv();
    QList<devices::ReceiptDocument> slips() const;

    core::Store &m_store;
    core::CouponTemplate m_coupon;
    core::MemberListFilter m_listed;
    QList<core::Coupon> m_issued;
    QRadioButton *m_toMember = nullptr;
    QRadioButton *m_toListed = nullptr;
    QRadioButton *m_toAnonymous = nullptr;
    QLineEdit *m_member = nullptr;
    QSpinBox *m_count = nullptr;
    QPlainTextEdit *m_codes = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace storedesk::ui
