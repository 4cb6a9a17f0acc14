#include "printersettings.h"

#include "codepage.h"
#include "db/database.h"
#include "db/transaction.h"
#include "deviceuri.h"
#include "domain/error.h"
#include "store/storesettings.h"

namespace storedesk::devices {

namespace {

const QString kUri = QStringLiteral("printer.uri");
const QString kPaper = QStringLiteral("printer.paper");
const QString kTextMode = QStringLiteral("printer.text_mode");
const QString kCodePage = QStringLiteral("printer.code_page");
const QString kDrawerPin = QStringLiteral("printer.drawer_pin");
const QString kPulseOn = QStringLiteral("printer.pulse_on_ms");
const QString kPulseOff = QStringLiteral("printer.pulse_off_ms");
const QString kCut = QStringLiteral("printer.cut");
const QString kStatusTimeout = QStringLiteral("printer.status_timeout_ms");
const QString kLogo = QStringLiteral("printer.logo");
const QString kQrText = QStringLiteral("printer.qr_text");
const QString kMaxAge = QStringLiteral("printer.job_max_age_hours");
const QString kScanner = QStringLiteral("scanner.source");
const QString kHidGap = QStringLiteral("scanner.hid_max_gap_ms");
const QString kHidMin = QStringLiteral("scanner.hid_min_length");

constexpr int kMaxLogoWidth = 576;
constexpr int kMaxLogoHeight = 400;

[[noreturn]] void refuse(const QString &message, const QString &field)
{
    throw core::Error(core::ErrorCode::InvalidSetting, message, field);
}

} // namespace

PrinterSettings::PrinterSettings(core::Database &db, core::StoreSettings &settings)
    : m_db(db)
    , m_settings(settings)
{}

int PrinterSettings::number(const QString &key, int fallback, int min, int max) const
{
    bool ok = false;
    const int n = m_settings.value(key).toInt(&ok);
    return ok && n >= min && n <= max ? n : fallback;
}

QString PrinterSettings::uri() const
{
    return m_settings.value(kUri);
}

void PrinterSettings::setUri(const QString &text)
{
    const QString uri = text.trimmed();
    m_settings.setValue(kUri, uri.isEmpty() ? QString() : DeviceUri::parsePrinter(uri).toString());
}

PaperWidth PrinterSettings::parsePaper(const QString &text)
{
    const QString paper = text.trimmed().remove(QStringLiteral("mm"));
    if (paper == u"58")
        return PaperWidth::Mm58;
    if (paper == u"80")
        return PaperWidth::Mm80;
    refuse(tr("Paper is 58 or 80 (mm wide), not “%1”.").arg(text), QStringLiteral("paper"));
}

PrinterOptions PrinterSettings::options() const
{
    PrinterOptions o;
    o.paper = m_settings.value(kPaper) == u"58" ? PaperWidth::Mm58 : PaperWidth::Mm80;
    o.textMode = parseTextMode(m_settings.value(kTextMode)).value_or(TextMode::Gb18030);
    o.codePage = number(kCodePage, 0, 0, 255);
    if (!CodePage::byNumber(o.codePage))
        o.codePage = 0;
    o.drawerPin = number(kDrawerPin, 2, 2, 5) == 5 ? 5 : 2;
    o.pulseOnMs = number(kPulseOn, o.pulseOnMs, 2, 510);
    o.pulseOffMs = number(kPulseOff, o.pulseOffMs, 2, 510);
    o.partialCut = m_settings.value(kCut) != u"full";
    o.statusTimeoutMs = number(kStatusTimeout, o.statusTimeoutMs, 50, 10000);
    return o;
}

void PrinterSettings::setOptions(const PrinterOptions &o)
{
    if (o.textMode == TextMode::CodePage && !CodePage::byNumber(o.codePage)) {
        refuse(tr("StoreDesk prints in code page 0 (PC437), 16 (WPC1252) or 19 (PC858), not %1.")
                   .arg(o.codePage),
               QStringLiteral("code_page"));
    }
    if (o.drawerPin != 2 && o.drawerPin != 5)
        refuse(tr("A cash drawer is on pin 2 or pin 5."), QStringLiteral("drawer_pin"));
    if (o.pulseOnMs < 2 || o.pulseOnMs > 510 || o.pulseOffMs < 2 || o.pulseOffMs > 510) {
        refuse(tr("A drawer pulse lasts 2 to 510 milliseconds."), QStringLiteral("pulse"));
    }
    if (o.statusTimeoutMs < 50 || o.statusTimeoutMs > 10000) {
        refuse(tr("Waiting for the printer's status takes 50 to 10,000 milliseconds."),
               QStringLiteral("status_timeout"));
    }
    const std::pair<const QString &, QString> values[] = {
        {kPaper, paperName(o.paper)},
        {kTextMode, textModeName(o.textMode)},
        {kCodePage, QString::number(o.codePage)},
        {kDrawerPin, QString::number(o.drawerPin)},
        {kPulseOn, QString::number(o.pulseOnMs)},
        {kPulseOff, QString::number(o.pulseOffMs)},
        {kCut, o.partialCut ? QStringLiteral("partial") : QStringLiteral("full")},
        {kStatusTimeout, QString::number(o.statusTimeoutMs)},
    };
    core::Transaction tx(m_db);
    for (const auto &[key, value] : values)
        m_settings.setValue(key, value);
    tx.commit();
}

MonoBitmap PrinterSettings::logo() const
{
    const QByteArray pbm = QByteArray::fromBase64(m_settings.value(kLogo).toLatin1());
    return MonoBitmap::fromPbm(pbm).value_or(MonoBitmap());
}

void PrinterSettings::checkLogo(const MonoBitmap &logo)
{
    if (logo.width() > kMaxLogoWidth || logo.height() > kMaxLogoHeight) {
        refuse(tr("A logo is at most %1 dots wide and %2 dots tall.")
                   .arg(kMaxLogoWidth)
                   .arg(kMaxLogoHeight),
               QStringLiteral("logo"));
    }
}

void PrinterSettings::setLogo(const MonoBitmap &logo)
{
    checkLogo(logo);
    m_settings.setValue(kLogo,
                        logo.isNull() ? QString() : QString::fromLatin1(logo.toPbm().toBase64()));
}

QString PrinterSettings::qrText() const
{
    return m_settings.value(kQrText);
}

void PrinterSettings::setQrText(const QString &text)
{
    if (text.size() > 300)
        refuse(tr("The QR code text has at most 300 characters."), QStringLiteral("qr_text"));
    m_settings.setValue(kQrText, text.trimmed());
}

int PrinterSettings::jobMaxAgeHours() const
{
    return number(kMaxAge, 24, 1, 24 * 31);
}

QString PrinterSettings::scannerSource() const
{
    const QString source = m_settings.value(kScanner);
    return source.isEmpty() ? QStringLiteral("hid") : source;
}

void PrinterSettings::setScannerSource(const QString &source)
{
    m_settings.setValue(kScanner, DeviceUri::parseScanner(source).toString());
}

int PrinterSettings::hidMaxGapMs() const
{
    return number(kHidGap, 40, 5, 500);
}

int PrinterSettings::hidMinLength() const
{
    return number(kHidMin, 4, 2, 64);
}

} // namespace storedesk::devices
