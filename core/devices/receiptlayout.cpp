#include "receiptlayout.h"

#include "code128.h"

namespace storedesk::devices {

namespace {

/// Widths of the item table's number columns: quantity, unit price, amount. The name takes
/// what is left; a name that does not fit goes on its own line above the numbers.
struct TableColumns
{
    int qty;
    int price;
    int amount;
};

TableColumns tableColumns(int width)
{
    return width >= 48 ? TableColumns{6, 10, 11} : TableColumns{4, 8, 9};
}

QString withSign(qint64 n)
{
    return n > 0 ? u'+' + QString::number(n) : QString::number(n);
}

} // namespace

ReceiptLayout::ReceiptLayout(const PrinterOptions &options, MonoBitmap logo)
    : m_options(options)
    , m_logo(std::move(logo))
    , m_columns(options.textMode)
    , m_width(options.columns())
{}

QString ReceiptLayout::money(const core::Money &amount, bool sign) const
{
    const QString digits = amount.toString();
    if (!sign)
        return digits;
    // ￥ (fullwidth) is in GB2312, so every Chinese printer has it; code pages have ¥.
    const QChar yen = m_options.textMode == TextMode::CodePage ? QChar(0x00A5) : QChar(0xFFE5);
    return amount.isNegative() ? u'-' + QString(yen) + digits.mid(1) : yen + digits;
}

void ReceiptLayout::rule(ReceiptDocument &doc) const
{
    doc.addText(QString(m_width, u'-'));
}

void ReceiptLayout::pair(ReceiptDocument &doc, const QString &label, const QString &value,
                         bool bold, TextSize size) const
{
    doc.addText(m_columns.spread(label, value, doc.columns(size)), Align::Left, bold, size);
}

void ReceiptLayout::centred(ReceiptDocument &doc, const QString &text, bool bold,
                            TextSize size) const
{
    for (const QString &line : m_columns.wrapped(text, doc.columns(size)))
        doc.addText(line, Align::Centre, bold, size);
}

int ReceiptLayout::code128Module(const QString &data) const
{
    // 2-dot bars read best; 1 only when 2 would not fit with the quiet zones.
    return Code128::modulesWithQuietZone(data) * 2 <= m_options.dots() ? 2 : 1;
}

QString ReceiptLayout::numbers(const QString &qty, const QString &price,
                               const QString &amount) const
{
    const TableColumns t = tableColumns(m_width);
    // Each number keeps a space before it; one that is too wide pushes out, never gets cut.
    const auto field = [this](const QString &value, int width) {
        const QString spaced = u' ' + value;
        return m_columns.width(spaced) > width ? spaced : m_columns.right(spaced, width);
    };
    return field(qty, t.qty) + field(price, t.price) + field(amount, t.amount);
}

ReceiptDocument ReceiptLayout::receipt(const core::ReceiptData &data) const
{
    ReceiptDocument doc(m_options.paper, m_options.textMode);
    header(doc, data);
    items(doc, data);
    totals(doc, data);
    if (data.member)
        member(doc, *data.member);
    ending(doc, data);
    return doc;
}

void ReceiptLayout::header(ReceiptDocument &doc, const core::ReceiptData &data) const
{
    if (!m_logo.isNull())
        doc.addImage(m_logo);
    if (!data.storeName.isEmpty()) {
        // Large when it fits on one line at double width, bold otherwise.
        const bool large = m_columns.width(data.storeName) <= doc.columns(TextSize::Large);
        centred(doc, data.storeName, true, large ? TextSize::Large : TextSize::Normal);
    }
    if (!data.storeAddress.isEmpty())
        centred(doc, data.storeAddress);
    if (!data.storePhone.isEmpty())
        centred(doc, tr("Tel. %1").arg(data.storePhone));
    for (const QString &line : data.header)
        centred(doc, line);
    if (data.refund)
        centred(doc, tr("REFUND"), true, TextSize::Large);
    if (data.reprint)
        centred(doc, tr("*** REPRINT ***"), true);
    rule(doc);
    pair(doc, tr("Receipt"), data.receiptNo);
    if (data.refund && !data.originalReceiptNo.isEmpty())
        pair(doc, tr("Refund of"), data.originalReceiptNo);
    pair(doc, tr("Time"), data.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!data.cashier.isEmpty())
        pair(doc, tr("Cashier"), data.cashier);
    rule(doc);
}

void ReceiptLayout::items(ReceiptDocument &doc, const core::ReceiptData &data) const
{
    const QString heading = numbers(tr("Qty"), tr("Price"), tr("Amount"));
    doc.addText(m_columns.left(tr("Item"), m_width - m_columns.width(heading)) + heading);
    for (const core::ReceiptLine &line : data.lines) {
        const QString nums =
            numbers(QString::number(line.qty), money(line.unitPrice), money(line.amount));
        const int room = m_width - m_columns.width(nums);
        if (m_columns.width(line.name) <= room) {
            doc.addText(m_columns.left(line.name, room) + nums);
        } else {
            for (const QString &part : m_columns.wrapped(line.name, m_width))
                doc.addText(m_columns.left(part, m_width));
            doc.addText(m_columns.right(nums, m_width));
        }
        if (line.listPrice != line.unitPrice) {
            doc.addText(m_columns.left(QStringLiteral("  ") +
                                           tr("Member price, was %1").arg(money(line.listPrice)),
                                       m_width));
        }
    }
    rule(doc);
}

void ReceiptLayout::totals(ReceiptDocument &doc, const core::ReceiptData &data) const
{
    pair(doc, tr("Subtotal"), money(data.subtotal));
    core::Money named;
    for (const core::ReceiptDiscount &d : data.discounts) {
        pair(doc, d.name, money(-d.amount));
        named += d.amount;
    }
    if (named != data.discountTotal)
        pair(doc, tr("Discounts"), money(-(data.discountTotal - named)));
    if (data.pointsRedeemed > 0) {
        pair(doc, tr("Points redeemed (%n)", nullptr, int(data.pointsRedeemed)),
             money(-data.pointsValue));
    } else if (data.pointsRedeemed < 0) { // a refund gives redeemed points back
        pair(doc, tr("Points given back (%n)", nullptr, int(-data.pointsRedeemed)),
             money(-data.pointsValue));
    }
    pair(doc, data.refund ? tr("Refunded") : tr("Total"), money(data.total, true), true,
         TextSize::Tall);
    for (const core::ReceiptPayment &p : data.payments) {
        const QString method = core::paymentMethodName(p.method);
        if (p.method == core::PaymentMethod::Cash && p.tendered != p.amount) {
            pair(doc, tr("%1 received").arg(method), money(p.tendered));
        } else {
            pair(doc, method, money(p.amount));
        }
    }
    if (!data.change.isZero())
        pair(doc, tr("Change"), money(data.change, true), true);
}

void ReceiptLayout::member(ReceiptDocument &doc, const core::ReceiptMember &m) const
{
    rule(doc);
    pair(doc, tr("Member"), m.maskedPhone);
    if (!m.tierName.isEmpty())
        pair(doc, tr("Tier"), m.tierName);
    if (m.pointsEarned != 0)
        pair(doc, m.pointsEarned > 0 ? tr("Points earned") : tr("Points taken back"),
             withSign(m.pointsEarned));
    pair(doc, tr("Points balance"), QString::number(m.pointsBalance));
    if (m.usesStoredValue || !m.storedValueBalance.isZero())
        pair(doc, tr("Stored value balance"), money(m.storedValueBalance, true));
}

void ReceiptLayout::ending(ReceiptDocument &doc, const core::ReceiptData &data) const
{
    rule(doc);
    for (const QString &line : data.footer)
        centred(doc, line);
    doc.addFeed(1);
    doc.addBarcode(BarcodeKind::Code128, data.receiptNo, code128Module(data.receiptNo));
    if (!data.qrText.isEmpty()) {
        doc.addFeed(1);
        doc.addQrCode(data.qrText, m_options.paper == PaperWidth::Mm58 ? 5 : 6);
    }
    doc.addFeed(3);
    doc.addCut(m_options.partialCut);
}

ReceiptDocument ReceiptLayout::couponSlip(const CouponSlip &slip) const
{
    ReceiptDocument doc(m_options.paper, m_options.textMode);
    if (!m_logo.isNull())
        doc.addImage(m_logo);
    if (!slip.store.isEmpty())
        centred(doc, slip.store, true);
    centred(doc, tr("Coupon"));
    rule(doc);
    centred(doc, slip.coupon.name, true, TextSize::Large);
    const core::CouponTemplate &c = slip.coupon;
    QString what;
    switch (c.kind) {
    case core::CouponKind::AmountOff:
        what = tr("%1 off").arg(money(c.amount, true));
        break;
    case core::CouponKind::PercentOff:
        what = c.cap.isZero()
                   ? tr("%1% off").arg(c.percent.toString())
                   : tr("%1% off, at most %2").arg(c.percent.toString(), money(c.cap, true));
        break;
    case core::CouponKind::Gift:
        what = tr("A free %1").arg(slip.giftName);
        break;
    }
    centred(doc, what, true, TextSize::Tall);
    if (!c.minSpend.isZero())
        centred(doc, tr("On a spend of %1 or more").arg(money(c.minSpend, true)));
    if (!c.categories.isEmpty())
        centred(doc, tr("On: %1").arg(c.categories.join(QStringLiteral("、"))));
    rule(doc);
    pair(doc, tr("Valid"),
         tr("%1 to %2")
             .arg(slip.validFrom.toString(Qt::ISODate), slip.validUntil.toString(Qt::ISODate)));
    if (!slip.owner.isEmpty())
        pair(doc, tr("For member"), slip.owner);
    doc.addFeed(1);
    doc.addBarcode(BarcodeKind::Code128, slip.code, code128Module(slip.code));
    centred(doc, slip.code);
    centred(doc, c.stacks ? tr("Scan it at the till.")
                          : tr("Scan it at the till. One coupon per sale."));
    doc.addFeed(3);
    doc.addCut(m_options.partialCut);
    return doc;
}

ReceiptDocument ReceiptLayout::testPage(const QString &storeName, const QString &printerUri) const
{
    ReceiptDocument doc(m_options.paper, m_options.textMode);
    if (!m_logo.isNull())
        doc.addImage(m_logo);
    centred(doc, tr("Printer test"), true, TextSize::Large);
    if (!storeName.isEmpty())
        centred(doc, storeName, true);
    rule(doc);
    pair(doc, tr("Printer"), printerUri);
    pair(doc, tr("Paper"), tr("%1 mm, %2 columns").arg(paperName(m_options.paper)).arg(m_width));
    pair(doc, tr("Text"), textModeName(m_options.textMode));
    rule(doc);
    // A ruler: every column numbered by its last digit, so a cut-off edge shows at once.
    QString ruler;
    for (int i = 1; i <= m_width; ++i)
        ruler += QChar(u'0' + i % 10);
    doc.addText(ruler);
    // Two columns per Chinese character: this line must end exactly under the ruler's end.
    QString chinese;
    const QString sample = QStringLiteral("中文对齐测试");
    for (int i = 0; m_columns.width(chinese) + 2 <= m_width; ++i)
        chinese += sample.at(i % sample.size());
    doc.addText(m_columns.left(chinese, m_width));
    pair(doc, QStringLiteral("¥ ￥"), money(core::Money::fromFen(123450), true));
    doc.addText(tr("Bold"), Align::Left, true);
    doc.addText(tr("Tall"), Align::Left, false, TextSize::Tall);
    doc.addText(tr("Large"), Align::Left, false, TextSize::Large);
    doc.addText(tr("Centred"), Align::Centre);
    doc.addText(tr("Right"), Align::Right);
    rule(doc);
    doc.addBarcode(BarcodeKind::Ean13, QStringLiteral("6901234567892"), 2);
    doc.addFeed(1);
    const QString code = QStringLiteral("STOREDESK-0001");
    doc.addBarcode(BarcodeKind::Code128, code, code128Module(code));
    doc.addFeed(1);
    doc.addQrCode(QStringLiteral("StoreDesk ") + tr("Printer test"),
                  m_options.paper == PaperWidth::Mm58 ? 5 : 6);
    doc.addFeed(3);
    doc.addCut(m_options.partialCut);
    return doc;
}

} // namespace storedesk::devices
