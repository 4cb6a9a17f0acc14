// Prints the store's pending receipt jobs on the configured printer, one at a time and in
// order, on a thread of its own. A job is marked printed only when the printer accepted it;
// when the printer is unreachable or not ready the job waits and is tried again (2 s, doubling
// to a minute), also after a restart. Opens the drawer and reads the printer's status on the
// same thread, so the printer never gets two conversations at once.
#pragma once

#include "devicethread.h"
#include "printeroptions.h"
#include "printerstatus.h"
#include "printjobs.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace storedesk::core {
class Store;
}

namespace storedesk::devices {

class PrinterFactory;
class ReceiptPrinter;

class PrintQueue final : public QObject
{
    Q_OBJECT

public:
    PrintQueue(core::Store &store, const PrinterFactory &factory, QObject *parent = nullptr);
    ~PrintQueue() override;

    int pendingCount() const;
    const PrinterStatus &lastStatus() const { return m_status; }
    bool isPrinting() const { return m_printing; }
    /// How long to wait after a failed try: \a firstMs, doubling up to \a maxMs.
    void setRetryDelays(int firstMs, int maxMs);
    /// How often to look for jobs that other programs (storedeskctl) added.
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    /// On: a sale or refund with cash kicks the drawer as soon as it is committed, before its
    /// receipt prints.
    void setOpenDrawerForCash(bool on) { m_drawerForCash = on; }

public slots:
    /// Starts printing: pending jobs now, new ones as they come.
    void start();
    /// Looks for a job now (after a sale or a reprint); waits out a retry delay.
    void kick();
    /// Tries again at once, without waiting out the retry delay.
    void retryNow();
    /// Kicks the drawer through the configured printer; drawerOpened or drawerFailed follows.
    void openDrawer();
    /// Asks the configured printer how it is; statusChanged follows.
    void refreshStatus();

signals:
    void jobPrinted(qint64 jobId, const QString &receiptNo);
    /// The job waits for another try (or was given up, when \a willRetry is false).
    void jobFailed(qint64 jobId, const QString &receiptNo, const QString &code,
                   const QString &message, bool willRetry);
    void statusChanged(const storedesk::devices::PrinterStatus &status);
    void pendingChanged(int count);
    void drawerOpened();
    void drawerFailed(const QString &code, const QString &message);

private:
    /// The configured printer, made on the device thread and kept while its settings stay.
    std::shared_ptr<ReceiptPrinter> printerFor(const QString &uri, const PrinterOptions &o);
    void finished(const PrintJob &job, const std::optional<core::Error> &failure);
    void committed(qint64 saleId);
    void setStatus(const PrinterStatus &status);

    core::Store &m_store;
    const PrinterFactory &m_factory;
    PrintJobs m_jobs;
    DeviceThread m_thread;
    QTimer m_poll;
    QTimer m_retry;
    int m_firstDelayMs = 2000;
    int m_maxDelayMs = 60000;
    int m_delayMs = 2000;
    bool m_started = false;
    bool m_printing = false;
    bool m_drawerForCash = false;
    PrinterStatus m_status;
    int m_lastPending = -1;

    // Touched on the device thread only.
    std::shared_ptr<ReceiptPrinter> m_printer;
    QString m_printerKey;
};

} // namespace storedesk::devices
