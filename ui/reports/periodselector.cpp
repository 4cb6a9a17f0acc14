#include "periodselector.h"

#include "format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace storedesk::ui {

PeriodSelector::PeriodSelector(const QDate &today, Quick initial, QWidget *parent)
    : QWidget(parent)
    , m_today(today)
{
    m_quick = new QComboBox(this);
    m_quick->setObjectName(QStringLiteral("quickPeriod"));
    const QList<std::pair<QString, Quick>> choices{{tr("Today"), Quick::Today},
                                                   {tr("Yesterday"), Quick::Yesterday},
                                                   {tr("This week"), Quick::ThisWeek},
                                                   {tr("Last 7 days"), Quick::Last7Days},
                                                   {tr("This month"), Quick::ThisMonth},
                                                   {tr("Last month"), Quick::LastMonth},
                                                   {tr("Last 30 days"), Quick::Last30Days},
                                                   {tr("This year"), Quick::ThisYear},
                                                   {tr("Last 12 months"), Quick::Last12Months},
                                                   {tr("Chosen days"), Quick::Custom}};
    for (const auto &[text, quick] : choices)
        m_quick->addItem(text, int(quick));
    const auto dateEdit = [this](const char *name) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(shortDateFormat());
        return edit;
    };
    m_from = dateEdit("periodFrom");
    m_to = dateEdit("periodTo");

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_quick);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);

    m_quick->setCurrentIndex(m_quick->findData(int(initial)));
    applyQuick();
    connect(m_quick, &QComboBox::activated, this, [this] {
        applyQuick();
        emit changed();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this, edit] {
            if (m_updating)
                return;
            // A first day after the last moves the other end along.
            m_updating = true;
            if (m_from->date() > m_to->date())
                (edit == m_from ? m_to : m_from)->setDate(edit->date());
            m_quick->setCurrentIndex(m_quick->findData(int(Quick::Custom)));
            m_updating = false;
            emit changed();
        });
    }
}

core::ReportPeriod PeriodSelector::periodOf(Quick quick, const QDate &today)
{
    switch (quick) {
    case Quick::Today:
    case Quick::Custom:
        return core::ReportPeriod::of(today, today);
    case Quick::Yesterday:
        return core::ReportPeriod::of(today.addDays(-1), today.addDays(-1));
    case Quick::ThisWeek:
        return core::ReportPeriod::of(today.addDays(1 - today.dayOfWeek()), today);
    case Quick::Last7Days:
        return core::ReportPeriod::lastDays(today, 7);
    case Quick::ThisMonth:
        return core::ReportPeriod::of(QDate(today.year(), today.month(), 1), today);
    case Quick::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return core::ReportPeriod::of(first, first.addDays(first.daysInMonth() - 1));
    }
    case Quick::Last30Days:
        return core::ReportPeriod::lastDays(today, 30);
    case Quick::ThisYear:
        return core::ReportPeriod::of(QDate(today.year(), 1, 1), today);
    case Quick::Last12Months:
        return core::ReportPeriod::of(today.addMonths(-12).addDays(1), today);
    }
    return core::ReportPeriod::of(today, today);
}

void PeriodSelector::applyQuick()
{
    const auto quick = Quick(m_quick->currentData().toInt());
    if (quick == Quick::Custom)
        return;
    const core::ReportPeriod p = periodOf(quick, m_today);
    m_updating = true;
    m_from->setDate(p.from);
    m_to->setDate(p.to);
    m_updating = false;
}

core::ReportPeriod PeriodSelector::period() const
{
    return core::ReportPeriod::of(m_from->date(), m_to->date());
}

QString PeriodSelector::text() const
{
    const core::ReportPeriod p = period();
    return p.from == p.to ? formatDate(p.from)
                          : tr("%1 to %2").arg(formatDate(p.from), formatDate(p.to));
}

void PeriodSelector::setToday(const QDate &today)
{
    m_today = today;
    applyQuick();
}

void PeriodSelector::setPeriod(const QDate &from, const QDate &to)
{
    m_updating = true;
    m_to->setDate(to);
    m_from->setDate(from);
    m_quick->setCurrentIndex(m_quick->findData(int(Quick::Custom)));
    m_updating = false;
    emit changed();
}

} // namespace storedesk::ui
