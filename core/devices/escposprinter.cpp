#include "escposprinter.h"

#include "domain/error.h"

namespace storedesk::devices {

EscPosPrinter::EscPosPrinter(std::unique_ptr<PrinterTransport> transport,
                             const PrinterOptions &options)
    : m_transport(std::move(transport))
    , m_options(options)
    , m_encoder(options)
{}

PrinterStatus EscPosPrinter::query()
{
    const auto ask = [this](int n) -> std::optional<quint8> {
        const auto reply =
            m_transport->query(EscPosEncoder::statusQuery(n), 1, m_options.statusTimeoutMs);
        return reply ? std::optional<quint8>(quint8(reply->at(0))) : std::nullopt;
    };
    const auto printer = ask(1);
    if (!printer || !PrinterStatus::isStatusByte(*printer)) {
        m_answers = Answers::No;
        return PrinterStatus(PrinterStatus::State::Unknown);
    }
    m_answers = Answers::Yes;
    const auto offline = ask(2);
    const auto error = ask(3);
    const auto paper = ask(4);
    return PrinterStatus::fromAnswers(printer, offline, error, paper);
}

PrinterStatus EscPosPrinter::status()
{
    try {
        m_transport->open();
        const PrinterStatus s = query();
        m_transport->close();
        return s;
    } catch (const core::Error &e) {
        return PrinterStatus(PrinterStatus::State::Unreachable, e.message());
    }
}

void EscPosPrinter::print(const ReceiptDocument &document)
{
    send(m_encoder.encode(document));
}

void EscPosPrinter::send(const QByteArray &escPos)
{
    m_transport->open();
    try {
        if (m_answers != Answers::No) {
            const PrinterStatus before = query();
            if (!before.canPrint()) {
                throw core::Error(core::ErrorCode::PrinterNotReady, before.text(), before.code());
            }
        }
        m_transport->write(escPos);
        if (m_answers == Answers::Yes) {
            // A printer that answered before the job answers after it too, unless it went away
            // in the middle: then the job counts as not printed and goes out again.
            const auto after =
                m_transport->query(EscPosEncoder::statusQuery(1), 1, m_options.statusTimeoutMs);
            if (!after) {
                throw core::Error(core::ErrorCode::PrinterUnreachable,
                                  tr("The printer stopped answering in the middle of a job."));
            }
        }
        m_transport->close();
    } catch (...) {
        try {
            m_transport->close();
        } catch (const core::Error &) { // the first failure is the one to report
        }
        throw;
    }
}

void EscPosPrinter::openDrawer()
{
    m_transport->open();
    m_transport->write(m_encoder.drawerPulse());
    m_transport->close();
}

} // namespace storedesk::devices
