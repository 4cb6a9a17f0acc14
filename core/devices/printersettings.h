// The store's printer and scanner settings (printer.* and scanner.* keys in the store file),
// checked when written and read back with safe defaults, so the GUI, the queue and the CLI
// drive the same hardware the same way.
#pragma once

#include "monobitmap.h"
#include "printeroptions.h"

#include <QCoreApplication>
#include <QString>

namespace storedesk::core {
class Database;
class StoreSettings;
} // namespace storedesk::core

namespace storedesk::devices {

class PrinterSettings final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::devices::PrinterSettings)

public:
    PrinterSettings(core::Database &db, core::StoreSettings &settings);

    /// printer.uri; empty when no printer is set up.
    QString uri() const;
    /// Throws invalid_device_uri; an empty text removes the printer.
    void setUri(const QString &uri);

    /// printer.paper, printer.text_mode, printer.code_page, printer.drawer_pin,
    /// printer.pulse_on_ms, printer.pulse_off_ms, printer.cut, printer.status_timeout_ms.
    /// A value that cannot be read counts as its default.
    PrinterOptions options() const;
    /// Checks every field first, then writes them in one transaction. Throws invalid_setting
    /// naming the field.
    void setOptions(const PrinterOptions &options);

    /// printer.logo: a binary PBM, base64; null when there is none.
    MonoBitmap logo() const;
    /// Throws invalid_setting for a picture wider than 576 dots or taller than 400.
    void setLogo(const MonoBitmap &logo);
    /// The check setLogo() makes, for callers that write several settings.
    static void checkLogo(const MonoBitmap &logo);

    /// printer.qr_text: printed as a QR code under each receipt; {receipt_no} is replaced.
    QString qrText() const;
    void setQrText(const QString &text);

    /// printer.job_max_age_hours (default 24): an unprinted receipt older than this is given up
    /// (the customer is gone); it can still be reprinted on request.
    int jobMaxAgeHours() const;

    /// scanner.source: "hid" (default) or a serial URI.
    QString scannerSource() const;
    /// Throws invalid_device_uri.
    void setScannerSource(const QString &source);
    /// scanner.hid_max_gap_ms (default 40): the longest pause between two keys of one scan.
    int hidMaxGapMs() const;
    /// scanner.hid_min_length (default 4): shorter bursts are typing, not scans.
    int hidMinLength() const;

    /// "58" or "80"; throws invalid_setting for anything else.
    static PaperWidth parsePaper(const QString &text);

private:
    int number(const QString &key, int fallback, int min, int max) const;

    core::Database &m_db;
    core::StoreSettings &m_settings;
};

} // namespace storedesk::devices
