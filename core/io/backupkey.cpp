#include "backupkey.h"

#include "domain/error.h"

#include <cstring>
#include <sodium.h>

namespace storedesk::core {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int kCheckBytes = 3; // 32 + 3 bytes are exactly 56 base32 characters
constexpr int kPhraseChars = (BackupKey::kBytes + kCheckBytes) * 8 / 5;
constexpr int kGroup = 4;

void ensureSodium()
{
    if (sodium_init() < 0)
        qFatal("libsodium could not start");
}

/// A short keyed digest of \a key for one \a purpose, so the checksum and the id say nothing
/// about each other or about the key.
QByteArray digest(const unsigned char *key, const char *purpose, int bytes)
{
    ensureSodium();
    QByteArray out(bytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(bytes), key,
                       BackupKey::kBytes, reinterpret_cast<const unsigned char *>(purpose),
                       qstrlen(purpose));
    return out;
}

[[noreturn]] void badPhrase(const QString &why)
{
    throw Error(ErrorCode::InvalidRecoveryPhrase,
                BackupKey::tr("That is not a StoreDesk recovery phrase: %1 Type it again as "
                              "shown by “storedeskctl backup key show” on the old computer.")
                    .arg(why),
                QStringLiteral("phrase"));
}

} // namespace

BackupKey BackupKey::generate()
{
    ensureSodium();
    BackupKey key;
    randombytes_buf(key.m_bytes.data(), key.m_bytes.size());
    return key;
}

BackupKey BackupKey::fromRecoveryPhrase(const QString &phrase)
{
    QByteArray bits;
    quint32 buffer = 0;
    int held = 0;
    int chars = 0;
    for (QChar c : phrase) {
        if (c.isSpace() || c == u'-')
            continue;
        char ch = char(c.toUpper().toLatin1());
        if (ch == '0')
            ch = 'O';
        else if (ch == '1')
            ch = 'I';
        else if (ch == '8')
            ch = 'B';
        const char *at = ch ? std::strchr(kAlphabet, ch) : nullptr;
        if (!at) {
            badPhrase(tr("“%1” is not one of its letters (A to Z and 2 to 7).").arg(c));
        }
        ++chars;
        buffer = (buffer << 5) | quint32(at - kAlphabet);
        held += 5;
        if (held >= 8) {
            held -= 8;
            bits.append(char((buffer >> held) & 0xff));
        }
    }
    if (chars != kPhraseChars) {
        badPhrase(tr("it has %1 letters and digits, not %2.").arg(chars).arg(kPhraseChars));
    }
    BackupKey key;
    std::memcpy(key.m_bytes.data(), bits.constData(), kBytes);
    if (digest(key.data(), "storedesk-phrase", kCheckBytes) != bits.mid(kBytes, kCheckBytes))
        badPhrase(tr("its checksum does not match, so a character is mistyped."));
    return key;
}

BackupKey::~BackupKey()
{
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

QString BackupKey::recoveryPhrase() const
{
    QByteArray bytes(reinterpret_cast<const char *>(m_bytes.data()), kBytes);
    bytes += digest(data(), "storedesk-phrase", kCheckBytes);
    QString out;
    quint32 buffer = 0;
    int held = 0;
    for (char byte : std::as_const(bytes)) {
        buffer = (buffer << 8) | quint8(byte);
        held += 8;
        while (held >= 5) {
            held -= 5;
            if (!out.isEmpty() && out.size() % (kGroup + 1) == kGroup)
                out += u'-';
            out += QLatin1Char(kAlphabet[(buffer >> held) & 31]);
        }
    }
    return out;
}

QString BackupKey::id() const
{
    return QString::fromLatin1(digest(data(), "storedesk-key-id", 4).toHex());
}

bool BackupKey::operator==(const BackupKey &other) const
{
    return sodium_memcmp(m_bytes.data(), other.m_bytes.data(), kBytes) == 0;
}

} // namespace storedesk::core
