// Lays a receipt out for 58 mm (32 columns) or 80 mm (48 columns) paper: store header, the
// lines as a table whose columns stay aligned with Chinese names (a CJK character counts two
// columns), discounts by name, points, payments and change, the member's points and stored
// value, the footer, the receipt number as a barcode and an optional QR code. Also the test
// page printed from the settings screen.
#pragma once

#include "loyalty/coupontemplate.h"
#include "monobitmap.h"
#include "printeroptions.h"
#include "receiptdocument.h"
#include "sales/receiptdata.h"
#include "textcolumns.h"

#include <QCoreApplication>

namespace storedesk::devices {

/// What a printed coupon says: a coupon issued to hand out (or to a member), with its code.
struct CouponSlip
{
    QString store;
    core::CouponTemplate coupon; ///< what it gives
    QString giftName;            ///< a gift coupon's product
    QString code;
    QDate validFrom;
    QDate validUntil;
    QString owner; ///< a member's masked phone, or empty for anyone
};

class ReceiptLayout final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::devices::ReceiptLayout)

public:
    explicit ReceiptLayout(const PrinterOptions &options, MonoBitmap logo = {});

    ReceiptDocument receipt(const core::ReceiptData &data) const;
    /// What the settings screen prints to check a printer: a column ruler, Chinese text and
    /// ¥, sizes, a barcode of each kind and a QR code.
    ReceiptDocument testPage(const QString &storeName, const QString &printerUri) const;
    /// A coupon to hand out: what it gives, from what spend, until when, and its code as a
    /// barcode to scan at the till. Each slip ends in a cut.
    ReceiptDocument couponSlip(const CouponSlip &slip) const;

private:
    void header(ReceiptDocument &doc, const core::ReceiptData &data) const;
    void items(ReceiptDocument &doc, const core::ReceiptData &data) const;
    void totals(ReceiptDocument &doc, const core::ReceiptData &data) const;
    void member(ReceiptDocument &doc, const core::ReceiptMember &member) const;
    void ending(ReceiptDocument &doc, const core::ReceiptData &data) const;
    /// The item table's number columns (qty, price, amount) for one line.
    QString numbers(const QString &qty, const QString &price, const QString &amount) const;
    void rule(ReceiptDocument &doc) const;
    void pair(ReceiptDocument &doc, const QString &label, const QString &value, bool bold = false,
              TextSize size = TextSize::Normal) const;
    void centred(ReceiptDocument &doc, const QString &text, bool bold = false,
                 TextSize size = TextSize::Normal) const;
    /// The widest bar module that keeps a CODE128 of \a data on the paper.
    int code128Module(const QString &data) const;
    /// "37.50" with the currency sign the printer prints correctly in its text mode.
    QString money(const core::Money &amount, bool sign = false) const;

    PrinterOptions m_options;
    MonoBitmap m_logo;
    TextColumns m_columns;
    int m_width;
};

} // namespace storedesk::devices
