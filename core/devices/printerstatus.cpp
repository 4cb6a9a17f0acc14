#include "printerstatus.h"

namespace storedesk::devices {

PrinterStatus PrinterStatus::fromAnswers(std::optional<quint8> printer,
                                         std::optional<quint8> offline, std::optional<quint8> error,
                                         std::optional<quint8> paper)
{
    const auto valid = [](std::optional<quint8> b) {
        return b && isStatusByte(*b);
    };
    if (!valid(printer))
        return PrinterStatus(State::Unknown);
    // DLE EOT 4: bits 5 and 6 are the roll end sensor, bits 2 and 3 the near-end sensor.
    if (valid(paper) && (*paper & 0x60))
        return PrinterStatus(State::PaperOut);
    if (*printer & 0x08) { // offline: DLE EOT 2 says why
        if (valid(offline)) {
            if (*offline & 0x04)
                return PrinterStatus(State::CoverOpen);
            if (*offline & 0x20)
                return PrinterStatus(State::PaperOut);
            if (*offline & 0x40)
                return PrinterStatus(State::Error);
        }
        return PrinterStatus(State::Offline);
    }
    // DLE EOT 3: autocutter (bit 3), unrecoverable (5), auto-recoverable such as heat (6).
    if (valid(error) && (*error & 0x68))
        return PrinterStatus(State::Error);
    if (valid(paper) && (*paper & 0x0C))
        return PrinterStatus(State::PaperNearEnd);
    return PrinterStatus(State::Ready);
}

bool PrinterStatus::canPrint() const
{
    return m_state == State::Ready || m_state == State::PaperNearEnd || m_state == State::Unknown;
}

QString PrinterStatus::code() const
{
    switch (m_state) {
    case State::Ready:
        return QStringLiteral("ready");
    case State::PaperNearEnd:
        return QStringLiteral("paper_near_end");
    case State::PaperOut:
        return QStringLiteral("paper_out");
    case State::CoverOpen:
        return QStringLiteral("cover_open");
    case State::Offline:
        return QStringLiteral("offline");
    case State::Error:
        return QStringLiteral("error");
    case State::Unknown:
        return QStringLiteral("unknown");
    case State::Unreachable:
        return QStringLiteral("unreachable");
    }
    return {};
}

QString PrinterStatus::text() const
{
    switch (m_state) {
    case State::Ready:
        return tr("Ready.");
    case State::PaperNearEnd:
        return tr("Paper is running low: have a new roll at hand.");
    case State::PaperOut:
        return tr("Out of paper: put in a new roll.");
    case State::CoverOpen:
        return tr("The cover is open: close it.");
    case State::Offline:
        return tr("The printer is offline: check that it is switched on and not feeding paper.");
    case State::Error:
        return tr("The printer reports a fault (cutter jam or overheating): switch it off and "
                  "on again.");
    case State::Unknown:
        return tr("The printer does not report its status; receipts are still sent to it.");
    case State::Unreachable:
        return m_detail.isEmpty()
                   ? tr("The printer cannot be reached: check its cable, power and address.")
                   : tr("The printer cannot be reached (%1): check its cable, power and address.")
                         .arg(m_detail);
    }
    return {};
}

} // namespace storedesk::devices
