// The marketing screen: the coupon templates with what they give, how they are issued and how
// many were issued and used; new templates; issuing coupons to a member, to the members the
// member screen lists, or as slips to hand out; switching a template off.
#pragma once

#include "loyalty/coupontemplate.h"
#include "members/memberdirectory.h"
#include "receiptdocument.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class MarketingPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MarketingPage(core::Store &store, QWidget *parent = nullptr);

    /// Where "the members the member screen lists" come from.
    void setListedMembers(std::function<core::MemberListFilter()> listed)
    {
        m_listed = std::move(listed);
    }
    QTableWidget *templates() const { return m_templates; }

public slots:
    void reload();
    void newTemplate();
    void issue();
    void switchOnOff();

signals:
    void message(const QString &text);
    void printSlips(const QList<storedesk::devices::ReceiptDocument> &slips);

private:
    /// The template on the selected row; id 0 when none.
    qint64 selectedId() const;
    QString gives(const core::CouponTemplate &t) const;

    core::Store &m_store;
    std::function<core::MemberListFilter()> m_listed;
    QTableWidget *m_templates = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_switch = nullptr;
};

} // namespace storedesk::ui
