// A product code as scanned: EAN-13, EAN-8 or UPC-A with a verified GS1 check digit, or a
// free-form store code (PLU, shelf label, "A-102"). UPC-A is kept as its 12 digits even when a
// scanner sends it as a 13-digit EAN with a leading zero, so both scanner modes find the product.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace storedesk::core {

class Barcode final
{
public:
    enum class Kind
    {
        Ean13,
        Ean8,
        UpcA,
        Store
    };

    /// nullopt for a GS1 length (8, 12 or 13 digits) with a wrong check digit, an empty code,
    /// or a store code with characters outside [A-Za-z0-9-_./] or longer than 32.
    static std::optional<Barcode> parse(QStringView input);
    /// As parse(), but throws Error(invalid_barcode).
    static Barcode parseOrThrow(QStringView input);
    static Barcode fromNormalized(const QString &code);

    /// The GS1 check digit (0–9) for \a payload, the digits without the check digit:
    /// weights 3,1,3,… from the right, then (10 − sum mod 10) mod 10.
    static int gs1CheckDigit(QStringView payload);

    const QString &code() const { return m_code; }
    Kind kind() const { return m_kind; }

    friend bool operator==(const Barcode &a, const Barcode &b) { return a.m_code == b.m_code; }

private:
    Barcode(QString code, Kind kind)
        : m_code(std::move(code))
        , m_kind(kind)
    {}
    QString m_code;
    Kind m_kind = Kind::Store;
};

} // namespace storedesk::core
