#include "qprinterreceiptprinter.h"

#include "domain/error.h"
#include "receiptrenderer.h"

#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace storedesk::ui {

namespace {

QPrinterInfo infoOf(const QString &name)
{
    return name.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(name);
}

} // namespace

QPrinterReceiptPrinter::QPrinterReceiptPrinter(QString name)
    : m_name(std::move(name))
{}

devices::PrinterStatus QPrinterReceiptPrinter::status()
{
    using State = devices::PrinterStatus::State;
    const QPrinterInfo info = infoOf(m_name);
    if (info.isNull()) {
        return devices::PrinterStatus(
            State::Unreachable, m_name.isEmpty()
                                    ? tr("this computer has no default printer")
                                    : tr("this computer has no printer named “%1”").arg(m_name));
    }
    switch (info.state()) {
    case QPrinter::Idle:
    case QPrinter::Active:
        return devices::PrinterStatus(State::Ready);
    case QPrinter::Aborted:
    case QPrinter::Error:
        return devices::PrinterStatus(State::Error);
    }
    return devices::PrinterStatus(State::Unknown);
}

void QPrinterReceiptPrinter::print(const devices::ReceiptDocument &document)
{
    const QPrinterInfo info = infoOf(m_name);
    if (info.isNull()) {
        throw core::Error(core::ErrorCode::PrinterUnreachable, status().text(),
                          QStringLiteral("printer"));
    }
    const ReceiptRenderer renderer(document);
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setDocName(QStringLiteral("StoreDesk receipt"));
    printer.setFullPage(true);
    const double mmPerDot = 25.4 / 203;
    printer.setPageSize(QPageSize(QSizeF(renderer.width() * mmPerDot, renderer.height() * mmPerDot),
                                  QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&printer)) {
        throw core::Error(
            core::ErrorCode::PrinterUnreachable,
            tr("The printer driver for “%1” did not start the job.").arg(info.printerName()),
            QStringLiteral("printer"));
    }
    const double scale = printer.pageLayout().fullRectPixels(printer.resolution()).width() /
                         double(renderer.width());
    painter.scale(scale, scale);
    renderer.paint(painter);
    if (!painter.end()) {
        throw core::Error(
            core::ErrorCode::PrinterUnreachable,
            tr("The printer driver for “%1” did not take the job.").arg(info.printerName()),
            QStringLiteral("printer"));
    }
}

void QPrinterReceiptPrinter::openDrawer()
{
    throw core::Error(core::ErrorCode::UnsupportedPrinter,
                      tr("This printer is driven through its system driver, which opens the "
                         "drawer by its own settings; StoreDesk cannot kick it."),
                      QStringLiteral("printer"));
}

} // namespace storedesk::ui
