// Prints a close report (交班, 日结) on the store's receipt printer, off the window's thread:
// a printer that is switched off must not freeze the counter.
#pragma once

#include "devicethread.h"

#include <QObject>

namespace storedesk::core {
class Store;
struct CloseReport;
} // namespace storedesk::core

namespace storedesk::devices {
class PrinterFactory;
}

namespace storedesk::ui {

class CloseReceiptPrinter final : public QObject
{
    Q_OBJECT

public:
    CloseReceiptPrinter(core::Store &store, const devices::PrinterFactory &factory,
                        QObject *parent = nullptr);
    ~CloseReceiptPrinter() override;

    /// Lays \a report out for the store's printer and paper and sends it; finished() says how
    /// it went.
    void print(const core::CloseReport &report);
    /// Whether a print-out is on its way.
    bool busy() const { return m_thread.pending() > 0; }

signals:
    void finished(bool printed, const QString &message);

private:
    core::Store &m_store;
    const devices::PrinterFactory &m_factory;
    devices::DeviceThread m_thread;
};

} // namespace storedesk::ui
