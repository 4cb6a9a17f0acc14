// A new coupon template as a form: what its coupons give (an amount, a percent with a cap, or a
// free product), from what spend and on which categories, how long they are valid, whether
// they stack, and whether StoreDesk issues them by itself. The core checks it whole.
#pragma once

#include "loyalty/coupontemplate.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace storedesk::core {
class Catalog;
class CouponBook;
} // namespace storedesk::core

namespace storedesk::ui {

class CouponTemplateDialog final : public QDialog
{
    Q_OBJECT

public:
    CouponTemplateDialog(core::CouponBook &coupons, const core::Catalog &catalog,
                         QWidget *parent = nullptr);

    /// The template document the form describes.
    QJsonObject document() const;
    const core::CouponTemplate &saved() const { return m_saved; }

    void accept() override;

private:
    void kindChanged();

    core::CouponBook &m_coupons;
    core::CouponTemplate m_saved;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_percent = nullptr;
    QLineEdit *m_cap = nullptr;
    QLineEdit *m_gift = nullptr;
    QLineEdit *m_minSpend = nullptr;
    QLineEdit *m_categories = nullptr;
    QCheckBox *m_stacks = nullptr;
    QComboBox *m_validity = nullptr;
    QSpinBox *m_days = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_until = nullptr;
    QComboBox *m_autoIssue = nullptr;
    QLabel *m_error = nullptr;
    QList<QWidget *> m_amountRow;
    QList<QWidget *> m_percentRow;
    QList<QWidget *> m_giftRow;
};

} // namespace storedesk::ui
