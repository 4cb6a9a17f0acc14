#include "printqueue.h"

#include "deviceuri.h"
#include "printerfactory.h"
#include "printersettings.h"
#include "receiptlayout.h"
#include "sales/receiptsource.h"
#include "store/store.h"

namespace storedesk::devices {

namespace {

QString keyOf(const QString &uri, const PrinterOptions &o)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
        .arg(uri, paperName(o.paper), textModeName(o.textMode))
        .arg(o.codePage)
        .arg(o.drawerPin)
        .arg(o.pulseOnMs)
        .arg(o.pulseOffMs)
        .arg(o.partialCut)
        .arg(o.statusTimeoutMs);
}

} // namespace

PrintQueue::PrintQueue(core::Store &store, const PrinterFactory &factory, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_factory(factory)
    , m_jobs(store.database(), store.clock())
{
    m_poll.setInterval(3000);
    connect(&m_poll, &QTimer::timeout, this, &PrintQueue::kick);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &PrintQueue::kick);
    connect(&store.checkout(), &core::Checkout::saleCommitted, this, &PrintQueue::committed);
    connect(&store.settings(), &core::StoreSettings::changed, this, [this](const QString &key) {
        if (key.startsWith(u"printer."))
            retryNow(); // a fixed address should not wait out the last delay
    });
}

PrintQueue::~PrintQueue()
{
    m_thread.stop(); // a job under way is finished and marked before anything goes away
}

void PrintQueue::setRetryDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = m_delayMs = firstMs;
    m_maxDelayMs = maxMs;
}

int PrintQueue::pendingCount() const
{
    return m_jobs.pendingCount();
}

void PrintQueue::start()
{
    m_started = true;
    m_poll.start();
    kick();
}

void PrintQueue::committed(qint64 saleId)
{
    if (m_drawerForCash) {
        const core::SaleRecord sale = m_store.checkout().load(saleId);
        const bool cash =
            std::any_of(sale.payments.cbegin(), sale.payments.cend(), [](const core::Payment &p) {
                return p.method == core::PaymentMethod::Cash && !p.amount.isZero();
            });
        if (cash)
            openDrawer(); // queued before the receipt: the cashier needs the drawer first
    }
    kick();
}

void PrintQueue::retryNow()
{
    m_retry.stop();
    m_delayMs = m_firstDelayMs;
    kick();
}

void PrintQueue::setStatus(const PrinterStatus &status)
{
    m_status = status;
    emit statusChanged(status);
}

std::shared_ptr<ReceiptPrinter> PrintQueue::printerFor(const QString &uri, const PrinterOptions &o)
{
    const QString key = keyOf(uri, o);
    if (!m_printer || key != m_printerKey) {
        m_printer.reset();
        m_printer = m_factory.create(DeviceUri::parsePrinter(uri), o);
        m_printerKey = key;
    }
    return m_printer;
}

void PrintQueue::kick()
{
    const int pending = m_jobs.pendingCount();
    if (pending != m_lastPending)
        emit pendingChanged(m_lastPending = pending);
    if (!m_started || m_printing || m_retry.isActive() || pending == 0)
        return;
    const PrinterSettings settings(m_store.database(), m_store.settings());
    const QString uri = settings.uri();
    if (uri.isEmpty())
        return; // no printer yet: the jobs wait for one
    const std::optional<PrintJob> job = m_jobs.claimNext(settings.jobMaxAgeHours());
    if (!job) {
        emit pendingChanged(m_lastPending = m_jobs.pendingCount());
        return;
    }
    core::ReceiptData data;
    try {
        data = core::ReceiptSource(m_store.database(), m_store.checkout(), m_store.settings())
                   .forSale(job->saleId);
    } catch (const core::Error &e) {
        m_jobs.giveUp(job->id, e.message());
        emit jobFailed(job->id, job->receiptNo, e.codeName(), e.message(), false);
        QTimer::singleShot(0, this, &PrintQueue::kick);
        return;
    }
    data.reprint = job->kind == u"reprint" || job->maybePrinted;
    const PrinterOptions options = settings.options();
    const ReceiptDocument document = ReceiptLayout(options, settings.logo()).receipt(data);
    m_printing = true;
    m_thread.run(
        [this, uri, options, document]() { printerFor(uri, options)->print(document); },
        [this, job = *job](const std::optional<core::Error> &failure) { finished(job, failure); });
}

void PrintQueue::finished(const PrintJob &job, const std::optional<core::Error> &failure)
{
    m_printing = false;
    if (!failure) {
        try {
            m_jobs.markPrinted(job.id);
        } catch (const core::Error &e) {
            // Printed but not recorded: its claim expires and it is printed again as a copy.
            emit jobFailed(job.id, job.receiptNo, e.codeName(), e.message(), true);
            return;
        }
        m_delayMs = m_firstDelayMs;
        if (!m_status.canPrint()) // it took a job: whatever stopped it is over
            setStatus(PrinterStatus(PrinterStatus::State::Ready));
        emit jobPrinted(job.id, job.receiptNo);
        kick();
        return;
    }
    m_jobs.release(job.id, failure->message());
    if (failure->code() == core::ErrorCode::PrinterNotReady) {
        const QString code = failure->field();
        setStatus(PrinterStatus(code == u"paper_out"    ? PrinterStatus::State::PaperOut
                                : code == u"cover_open" ? PrinterStatus::State::CoverOpen
                                : code == u"error"      ? PrinterStatus::State::Error
                                                        : PrinterStatus::State::Offline));
    } else {
        setStatus(PrinterStatus(PrinterStatus::State::Unreachable, failure->message()));
    }
    emit jobFailed(job.id, job.receiptNo, failure->codeName(), failure->message(), true);
    m_retry.start(m_delayMs);
    m_delayMs = std::min(m_delayMs * 2, m_maxDelayMs);
}

void PrintQueue::openDrawer()
{
    const PrinterSettings settings(m_store.database(), m_store.settings());
    const QString uri = settings.uri();
    if (uri.isEmpty()) {
        emit drawerFailed(core::errorCodeName(core::ErrorCode::PrinterNotConfigured),
                          tr("No printer is set up, and the drawer opens through the printer."));
        return;
    }
    const PrinterOptions options = settings.options();
    m_thread.run([this, uri, options]() { printerFor(uri, options)->openDrawer(); },
                 [this](const std::optional<core::Error> &failure) {
                     if (failure)
                         emit drawerFailed(failure->codeName(), failure->message());
                     else
                         emit drawerOpened();
                 });
}

void PrintQueue::refreshStatus()
{
    const PrinterSettings settings(m_store.database(), m_store.settings());
    const QString uri = settings.uri();
    if (uri.isEmpty()) {
        setStatus(PrinterStatus(PrinterStatus::State::Unreachable, tr("no printer is set up")));
        return;
    }
    const PrinterOptions options = settings.options();
    auto result = std::make_shared<PrinterStatus>();
    m_thread.run(
        [this, uri, options, result]() { *result = printerFor(uri, options)->status(); },
        [this, result](const std::optional<core::Error> &failure) {
            setStatus(failure ? PrinterStatus(PrinterStatus::State::Unreachable, failure->message())
                              : *result);
        });
}

} // namespace storedesk::devices
