// Test side: a receipt's data and printer mode read from a golden case's input.json, so the
// layout is pinned independently of pricing.
#pragma once

#include "printeroptions.h"
#include "sales/receiptdata.h"

#include <QString>

namespace storedesk::test {

struct ReceiptInput
{
    core::ReceiptData data;
    devices::TextMode textMode = devices::TextMode::Gb18030;
    QString language; ///< "zh_CN" or "en"
};

/// Reads \a path; fails the test when it cannot.
ReceiptInput readReceiptInput(const QString &path);

} // namespace storedesk::test
