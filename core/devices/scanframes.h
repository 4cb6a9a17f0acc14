// What a serial scanner sends, split into scans: each frame ends with CR, LF or both, a read
// may hold part of a frame or several, and a frame that is not plain UTF-8 text (line noise, a
// wrong baud rate) or runs past kMaxScanLength is refused instead of delivered. Kept apart from
// the port so that any stream of bytes can be pushed through it.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace storedesk::devices {

struct ScanFrame
{
    QString code;    ///< the scan, trimmed; empty when the frame was refused
    QString problem; ///< why it was refused (garbled_scan), translated; empty for a scan
};

class ScanFrames final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::devices::ScanFrames)

public:
    /// The longest scan accepted; longer frames are refused.
    static constexpr int kMaxScanLength = 256;

    /// Takes the next bytes read and answers the frames they complete, in order. Bytes of an
    /// unfinished frame wait for the next call.
    QList<ScanFrame> feed(QByteArrayView bytes);
    /// Forgets an unfinished frame (the port was opened again).
    void clear();

private:
    static ScanFrame frame(QByteArrayView bytes);

    QByteArray m_buffer;
    bool m_overlong = false; ///< dropping bytes until the end of a frame that was too long
};

} // namespace storedesk::devices
