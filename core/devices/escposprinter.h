// An ESC/POS receipt printer behind any transport. Asks for the printer's status before a job
// and refuses to send into a printer that says it is out of paper, open or offline; a printer
// that never answers gets its jobs anyway, and is not asked again before every job.
#pragma once

#include "escposencoder.h"
#include "printertransport.h"
#include "receiptprinter.h"

#include <QCoreApplication>

#include <memory>

namespace storedesk::devices {

class EscPosPrinter final : public ReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::devices::EscPosPrinter)

public:
    /// Throws unsupported_printer for options the encoder cannot serve.
    EscPosPrinter(std::unique_ptr<PrinterTransport> transport, const PrinterOptions &options);

    void print(const ReceiptDocument &document) override;
    void openDrawer() override;
    PrinterStatus status() override;

    /// Sends bytes that are already ESC/POS (a test page made elsewhere), with the same checks
    /// as print().
    void send(const QByteArray &escPos);
    const EscPosEncoder &encoder() const { return m_encoder; }

private:
    /// Asks DLE EOT 1–4 on an open transport.
    PrinterStatus query();

    std::unique_ptr<PrinterTransport> m_transport;
    PrinterOptions m_options;
    EscPosEncoder m_encoder;
    enum class Answers
    {
        NotAsked,
        Yes,
        No,
    } m_answers = Answers::NotAsked;
};

} // namespace storedesk::devices
