// The store days a report covers: quick choices (today, this week, the last 30 days, this
// year …) or any two days, never a first day after the last.
#pragma once

#include "reports/reportperiod.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace storedesk::ui {

class PeriodSelector final : public QWidget
{
    Q_OBJECT

public:
    enum class Quick
    {
        Today,
        Yesterday,
        ThisWeek,
        Last7Days,
        ThisMonth,
        LastMonth,
        Last30Days,
        ThisYear,
        Last12Months,
        Custom
    };

    /// \a today is the store's local day; the selector starts on \a initial.
    PeriodSelector(const QDate &today, Quick initial, QWidget *parent = nullptr);

    core::ReportPeriod period() const;
    /// The period for people: "11/1/2026 to 11/22/2026", or the one day.
    QString text() const;
    void setToday(const QDate &today);
    void setPeriod(const QDate &from, const QDate &to);
    QComboBox *quickBox() const { return m_quick; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

    /// The period \a quick stands for, ending on or around \a today.
    static core::ReportPeriod periodOf(Quick quick, const QDate &today);

signals:
    void changed();

private:
    void applyQuick();

    QDate m_today;
    QComboBox *m_quick = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    bool m_updating = false;
};

} // namespace storedesk::ui
