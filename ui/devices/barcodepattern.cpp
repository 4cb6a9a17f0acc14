#include "barcodepattern.h"

#include "code128.h"

namespace storedesk::ui {

namespace {

// EAN-13 digit codes, seven modules each: L (odd parity), G (even) and R; R is L inverted, G is
// R reversed.
const char *const kEanL[10] = {"0001101", "0011001", "0010011", "0111101", "0100011",
                               "0110001", "0101111", "0111011", "0110111", "0001011"};
// Which of the left six digits use G, by the first digit (1 = G).
const char *const kEanParity[10] = {"000000", "001011", "001101", "001110", "010011",
                                    "011001", "011100", "010101", "010110", "011010"};

// CODE128 symbols 0–106 as bar and space widths (bar first); 106 is the stop.
const char *const kCode128[107] = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212",
    "221213", "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221",
    "223211", "221132", "221231", "213212", "223112", "312131", "311222", "321122", "321221",
    "312212", "322112", "322211", "212123", "212321", "232121", "111323", "131123", "131321",
    "112313", "132113", "132311", "211313", "231113", "231311", "112133", "112331", "132131",
    "113123", "113321", "133121", "313121", "211331", "231131", "213113", "213311", "213131",
    "311123", "311321", "331121", "312113", "312311", "332111", "314111", "221411", "431111",
    "111224", "111422", "121124", "121421", "141122", "141221", "112214", "112412", "122114",
    "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111", "111242",
    "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311",
    "113141", "114131", "311141", "411131", "211412", "211214", "211232", "2331112"};
constexpr int kStop = 106;

void appendBits(QList<bool> &out, const char *bits, bool invert = false, bool reverse = false)
{
    const int n = int(qstrlen(bits));
    for (int i = 0; i < n; ++i) {
        const char c = bits[reverse ? n - 1 - i : i];
        out.append((c == '1') != invert);
    }
}

void appendWidths(QList<bool> &out, const char *widths)
{
    bool bar = true;
    for (const char *w = widths; *w; ++w, bar = !bar) {
        for (int i = 0; i < *w - '0'; ++i)
            out.append(bar);
    }
}

int eanCheckDigit(const QString &twelve)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (twelve.at(i).unicode() - '0') * (i % 2 ? 3 : 1);
    return (10 - sum % 10) % 10;
}

} // namespace

QString BarcodePattern::ean13Text(const QString &digits)
{
    if ((digits.size() != 12 && digits.size() != 13) ||
        !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return {};
    const QString twelve = digits.left(12);
    const QString full = twelve + QString::number(eanCheckDigit(twelve));
    return digits.size() == 13 && digits != full ? QString() : full;
}

QList<bool> BarcodePattern::ean13(const QString &digits)
{
    const QString full = ean13Text(digits);
    if (full.isEmpty())
        return {};
    QList<bool> out;
    const auto digit = [&](int i) {
        return full.at(i).unicode() - '0';
    };
    appendBits(out, "101");
    const char *parity = kEanParity[digit(0)];
    for (int i = 1; i <= 6; ++i) {
        const bool g = parity[i - 1] == '1';
        appendBits(out, kEanL[digit(i)], g, g); // G = L inverted and reversed
    }
    appendBits(out, "01010");
    for (int i = 7; i <= 12; ++i)
        appendBits(out, kEanL[digit(i)], true); // R = L inverted
    appendBits(out, "101");
    return out;
}

QList<bool> BarcodePattern::code128(const QString &data)
{
    QList<int> symbols = devices::Code128::symbols(data);
    if (symbols.isEmpty())
        return {};
    symbols.append(kStop);
    QList<bool> out;
    for (int s : symbols)
        appendWidths(out, kCode128[s]);
    return out;
}

} // namespace storedesk::ui
