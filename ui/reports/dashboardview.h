// What the manager sees first: today so far — takings, receipts, the average ticket and new
// members — and a chart of the last 30 days. Follows the counter's sales as they are made.
#pragma once

#include "reports/reports.h"
#include "reportview.h"

class QLabel;
class QTimer;

namespace storedesk::ui {

class DashboardView final : public ReportView
{
    Q_OBJECT

public:
    explicit DashboardView(core::Store &store, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    const core::Dashboard &dashboard() const { return m_dashboard; }
    /// The tiles' values: takings, receipts, average ticket, new members.
    QLabel *takingsLabel() const { return m_takings; }
    QLabel *receiptsLabel() const { return m_receipts; }
    QLabel *averageLabel() const { return m_average; }
    QLabel *newMembersLabel() const { return m_newMembers; }

protected:
    QList<ReportTable> build() override;
    QList<QChart *> makeCharts() const override;
    void showEvent(QShowEvent *event) override;

private:
    QLabel *tile(const QString &caption, const char *name);

    core::Dashboard m_dashboard;
    QLabel *m_takings = nullptr;
    QLabel *m_receipts = nullptr;
    QLabel *m_average = nullptr;
    QLabel *m_newMembers = nullptr;
    QLabel *m_detail = nullptr;
    QTimer *m_later = nullptr;
};

} // namespace storedesk::ui
