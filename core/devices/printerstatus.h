// What a receipt printer says about itself, read from its DLE EOT answers, in words a cashier
// understands. A printer that never answers (many network printers) is "unknown", not
// offline: it still gets its receipts.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace storedesk::devices {

class PrinterStatus final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::devices::PrinterStatus)

public:
    enum class State
    {
        Ready,
        PaperNearEnd, ///< prints, but the roll should be changed soon
        PaperOut,
        CoverOpen,
        Offline,     ///< the printer says it is offline for another reason
        Error,       ///< cutter jam, head too hot, or an unrecoverable fault
        Unknown,     ///< it did not answer the status query
        Unreachable, ///< the connection or the device could not be opened
    };

    PrinterStatus() = default;
    explicit PrinterStatus(State state, QString detail = {})
        : m_state(state)
        , m_detail(std::move(detail))
    {}

    /// Reads the answers to DLE EOT 1–4; a missing answer is nullopt. An answer whose fixed
    /// bits are wrong counts as no answer.
    static PrinterStatus fromAnswers(std::optional<quint8> printer, std::optional<quint8> offline,
                                     std::optional<quint8> error, std::optional<quint8> paper);
    /// Whether a DLE EOT answer has the fixed bits every ESC/POS printer sets (0xx1xx10).
    static bool isStatusByte(quint8 b) { return (b & 0x93) == 0x12; }

    State state() const { return m_state; }
    /// Whether a receipt may be sent: ready, paper low, or unknown.
    bool canPrint() const;
    /// A stable word for programs: ready, paper_near_end, paper_out, cover_open, offline, error,
    /// unknown, unreachable.
    QString code() const;
    /// For the cashier, translated ("Out of paper: put in a new roll.").
    QString text() const;
    /// What went wrong underneath (the transport's message), when there is something.
    const QString &detail() const { return m_detail; }

    friend bool operator==(const PrinterStatus &a, const PrinterStatus &b)
    {
        return a.m_state == b.m_state;
    }

private:
    State m_state = State::Unknown;
    QString m_detail;
};

} // namespace storedesk::devices
