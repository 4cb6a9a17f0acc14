#include "secrets.h"

#include "domain/error.h"

#include <mutex>
#include <sodium.h>

namespace storedesk::core {

namespace {

void initSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0) {
            throw Error(ErrorCode::DatabaseError,
                        Secrets::tr("The cryptography library could not start."));
        }
    });
}

bool isRun(const QString &digits)
{
    bool up = true;
    bool down = true;
    for (qsizetype i = 1; i < digits.size(); ++i) {
        const int step = digits.at(i).digitValue() - digits.at(i - 1).digitValue();
        up = up && step == 1;
        down = down && step == -1;
    }
    return up || down;
}

} // namespace

void Secrets::checkStrength(const QString &secret)
{
    const auto weak = [](const QString &why) {
        throw Error(ErrorCode::WeakPin, why, {});
    };
    if (secret.size() > 128)
        weak(tr("A password is at most 128 characters."));
    bool digitsOnly = !secret.isEmpty();
    for (QChar c : secret)
        digitsOnly = digitsOnly && c >= u'0' && c <= u'9';
    if (digitsOnly) {
        if (secret.size() < 4 || secret.size() > 12)
            weak(tr("A PIN is 4 to 12 digits."));
        if (secret.count(secret.at(0)) == secret.size())
            weak(tr("A PIN of one digit repeated is too easy to guess."));
        if (isRun(secret))
            weak(tr("A PIN like 1234 or 9876 is too easy to guess."));
        return;
    }
    if (secret.size() < 8)
        weak(tr("Use a PIN of 4 to 12 digits, or a password of at least 8 characters."));
}

QString Secrets::hash(const QString &secret)
{
    initSodium();
    const QByteArray utf8 = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw Error(ErrorCode::DatabaseError,
                    tr("There was not enough memory to protect the PIN. Close other programs "
                       "and try again."));
    }
    return QString::fromLatin1(out);
}

bool Secrets::verify(const QString &stored, const QString &secret)
{
    initSodium();
    const QByteArray encoded = stored.toLatin1();
    if (encoded.isEmpty() || encoded.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = secret.toUtf8();
    return crypto_pwhash_str_verify(encoded.constData(), utf8.constData(), quint64(utf8.size())) ==
           0;
}

bool Secrets::needsRehash(const QString &stored)
{
    initSodium();
    const QByteArray encoded = stored.toLatin1();
    return crypto_pwhash_str_needs_rehash(encoded.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

} // namespace storedesk::core
