#include "closereportview.h"

#include "closereceiptprinter.h"
#include "format.h"
#include "reportcharts.h"
#include "shiftclosedialog.h"
#include "shiftopendialog.h"
#include "store/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QPushButton>

namespace storedesk::ui {

namespace {

using Col = ReportTable::Column;

QString shiftLabel(const core::Shift &s)
{
    return QStringLiteral("#%1 %2 %3–%4")
        .arg(s.id)
        .arg(s.cashier, formatTime(s.openedAt), s.isOpen() ? QString() : formatTime(s.closedAt));
}

ReportCell moneyOrNone(const std::optional<core::Money> &m)
{
    return m ? ReportTable::money(*m) : ReportTable::text(QStringLiteral("—"));
}

} // namespace

CloseReportView::CloseReportView(core::Store &store, const devices::PrinterFactory &printers,
                                 QWidget *parent)
    : ReportView(store, parent)
    , m_printer(new CloseReceiptPrinter(store, printers, this))
{
    setObjectName(QStringLiteral("closeReport"));
    m_date = new QDateEdit(store.reports().today(), this);
    m_date->setObjectName(QStringLiteral("closeDay"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(shortDateFormat());
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("closeScope"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *open = new QPushButton(tr("&Open shift…"), this);
    open->setObjectName(QStringLiteral("openShift"));
    auto *close = new QPushButton(tr("C&lose shift…"), this);
    close->setObjectName(QStringLiteral("closeShift"));
    m_print = new QPushButton(tr("Print &receipt"), this);
    m_print->setObjectName(QStringLiteral("printReceipt"));
    for (QWidget *w : {static_cast<QWidget *>(m_date), static_cast<QWidget *>(m_scope),
                       static_cast<QWidget *>(open), static_cast<QWidget *>(close),
                       static_cast<QWidget *>(m_print)})
        controls()->addWidget(w);

    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        fillScopes(0);
        refresh();
    });
    connect(m_scope, &QComboBox::activated, this, &ReportView::refresh);
    connect(open, &QPushButton::clicked, this, &CloseReportView::openShift);
    connect(close, &QPushButton::clicked, this, &CloseReportView::closeShift);
    connect(m_print, &QPushButton::clicked, this, &CloseReportView::printReceipt);
    connect(m_printer, &CloseReceiptPrinter::finished, this, [this](bool, const QString &text) {
        m_print->setEnabled(true);
        emit message(text);
    });
    const auto shiftsChanged = [this] {
        fillScopes(m_scope->currentData().toLongLong());
        refresh();
    };
    connect(&store.shifts(), &core::Shifts::shiftOpened, this, shiftsChanged);
    connect(&store.shifts(), &core::Shifts::shiftClosed, this, shiftsChanged);
    fillScopes(0);
    refresh();
}

void CloseReportView::fillScopes(qint64 select)
{
    m_scope->clear();
    m_scope->addItem(tr("Whole day"), qint64(0));
    for (const core::Shift &s : m_store.shifts().forDay(m_date->date()))
        m_scope->addItem(tr("Shift %1").arg(shiftLabel(s)), s.id);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(select)));
}

void CloseReportView::showDay(const QDate &day, qint64 shiftId)
{
    {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(day);
    }
    fillScopes(shiftId);
    refresh();
}

QString CloseReportView::title() const
{
    return m_report.shift ? tr("Shift close") : tr("Day close");
}

QString CloseReportView::subtitle() const
{
    if (m_report.shift)
        return formatDate(m_report.day) + u' ' + shiftLabel(*m_report.shift);
    return formatDate(m_report.day);
}

QList<ReportTable> CloseReportView::build()
{
    const qint64 shift = m_scope->currentData().toLongLong();
    m_report = shift > 0 ? m_store.reports().close().forShift(shift)
                         : m_store.reports().close().forDay(m_date->date());
    const core::CloseReport &r = m_report;

    ReportTable summary(tr("Summary"), {Col{tr("Item"), false}, Col{tr("Value"), true}});
    const auto count = [&](const QString &name, qint64 n) {
        summary.addRow({ReportTable::text(name), ReportTable::number(n)});
    };
    const auto money = [&](ReportTable &t, const QString &name, const core::Money &m) {
        t.addRow({ReportTable::text(name), ReportTable::money(m)});
    };
    count(tr("Receipts"), r.salesCount);
    count(tr("Refunds"), r.refundsCount);
    count(tr("Items sold"), r.items);
    count(tr("Items returned"), r.itemsReturned);
    money(summary, tr("Gross"), r.gross);
    money(summary, tr("Discounts"), -r.discounts);
    money(summary, tr("Paid with points"), -r.pointsValue);
    money(summary, tr("Net sales"), r.net);
    money(summary, tr("Refunded"), -r.refunds);
    money(summary, tr("Takings"), r.total());
    money(summary, tr("Average ticket"), r.averageTicket());
    count(tr("Member receipts"), r.memberSales);
    money(summary, tr("Member net sales"), r.memberNet);

    ReportTable payments(tr("By payment method"),
                         {Col{tr("Method"), false}, Col{tr("Payments"), true},
                          Col{tr("Taken"), true}, Col{tr("Given back"), true},
                          Col{tr("Net"), true}});
    for (const core::CloseTakings &t : r.payments) {
        payments.addRow({ReportTable::text(core::paymentMethodName(t.method)),
                         ReportTable::number(t.payments), ReportTable::money(t.sales),
                         ReportTable::money(t.refunds), ReportTable::money(t.net())});
    }
    payments.addRow({ReportTable::text(tr("Total")), ReportTable::text({}), ReportTable::text({}),
                     ReportTable::text({}), ReportTable::money(r.total())});

    ReportTable discounts(tr("Discounts"), {Col{tr("Kind"), false}, Col{tr("Name"), false},
                                            Col{tr("Times given"), true}, Col{tr("Amount"), true}});
    for (const core::CloseDiscount &d : r.discountsByKind) {
        discounts.addRow({ReportTable::text(core::discountKindName(d.kind)),
                          ReportTable::text(d.name), ReportTable::number(d.uses),
                          ReportTable::money(d.amount)});
    }

    ReportTable cash(tr("Cash drawer"), {Col{tr("Item"), false}, Col{tr("Amount"), true}});
    money(cash, tr("Opening float"), r.cash.openingFloat);
    money(cash, tr("Cash sales (net)"), r.cash.sales);
    money(cash, tr("Cash top-ups"), r.cash.topUps);
    money(cash, tr("Stored value paid out"), -r.cash.withdrawals);
    money(cash, tr("Cash expected"), r.cash.expected());
    cash.addRow({ReportTable::text(tr("Cash counted")), moneyOrNone(r.cash.counted)});
    cash.addRow({ReportTable::text(tr("Difference")), moneyOrNone(r.cash.difference())});

    ReportTable loyalty(tr("Stored value and points"),
                        {Col{tr("Item"), false}, Col{tr("Value"), true}});
    money(loyalty, tr("Stored value topped up"), r.storedValueToppedUp);
    money(loyalty, tr("Bonus given with top-ups"), r.storedValueBonus);
    money(loyalty, tr("Paid with stored value"), r.storedValueSpent);
    money(loyalty, tr("Given back to balances by refunds"), r.storedValueRefunded);
    money(loyalty, tr("Balances paid out"), r.storedValueWithdrawn);
    for (const auto &[name, n] :
         {std::pair{tr("Points issued"), r.pointsIssued},
          std::pair{tr("Points redeemed"), r.pointsRedeemed},
          std::pair{tr("Points given back by refunds"), r.pointsRestored},
          std::pair{tr("Points taken back by refunds"), r.pointsClawedBack}})
        loyalty.addRow({ReportTable::text(name), ReportTable::number(n)});

    QList<ReportTable> tables{summary, payments, discounts, cash, loyalty};
    if (!r.shift) {
        ReportTable shifts(tr("Shifts"),
                           {Col{tr("Shift"), false}, Col{tr("Cashier"), false},
                            Col{tr("Opened"), false}, Col{tr("Closed"), false},
                            Col{tr("Float"), true}, Col{tr("Takings"), true},
                            Col{tr("Cash expected"), true}, Col{tr("Cash counted"), true},
                            Col{tr("Difference"), true}});
        for (const core::Shift &s : r.shifts) {
            const core::CloseReport z = m_store.reports().close().forShift(s.id);
            shifts.addRow(
                {ReportTable::text(QString::number(s.id)), ReportTable::text(s.cashier),
                 ReportTable::text(formatDateTime(s.openedAt)),
                 ReportTable::text(s.isOpen() ? tr("still open") : formatDateTime(s.closedAt)),
                 ReportTable::money(s.openingFloat), ReportTable::money(z.total()),
                 ReportTable::money(z.cash.expected()), moneyOrNone(z.cash.counted),
                 moneyOrNone(z.cash.difference())});
        }
        tables.append(shifts);
    }
    return tables;
}

QList<QChart *> CloseReportView::makeCharts() const
{
    QStringList labels;
    QList<core::Money> values;
    for (const core::CloseTakings &t : m_report.payments) {
        labels.append(core::paymentMethodName(t.method));
        values.append(t.net());
    }
    return {moneyPieChart(tr("Takings by payment method"), labels, values)};
}

void CloseReportView::openShift()
{
    ShiftOpenDialog dialog(m_store.shifts(), {}, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit message(
            tr("Shift %1 of %2 is open.").arg(dialog.shift().id).arg(dialog.shift().cashier));
        showDay(dialog.shift().businessDay, dialog.shift().id);
    }
}

void CloseReportView::closeShift()
{
    qint64 id = m_report.shift && m_report.shift->isOpen() ? m_report.shift->id : 0;
    if (id == 0) {
        const QList<core::Shift> open = m_store.shifts().openShifts();
        if (open.isEmpty()) {
            emit message(tr("No shift is open."));
            return;
        }
        QStringList names;
        for (const core::Shift &s : open)
            names.append(formatDate(s.businessDay) + u' ' + shiftLabel(s));
        bool ok = open.size() == 1;
        const QString chosen = ok ? names.first()
                                  : QInputDialog::getItem(this, tr("Close a shift"),
                                                          tr("Which shift?"), names, 0, false, &ok);
        if (!ok)
            return;
        id = open[names.indexOf(chosen)].id;
    }
    ShiftCloseDialog dialog(m_store, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        const core::CloseReport &z = dialog.report();
        emit message(tr("Shift %1 of %2 is closed.").arg(z.shift->id).arg(z.shift->cashier));
        showDay(z.day, z.shift->id);
    }
}

void CloseReportView::printReceipt()
{
    m_print->setEnabled(false);
    emit message(tr("Printing the close report…"));
    m_printer->print(m_report);
}

} // namespace storedesk::ui
