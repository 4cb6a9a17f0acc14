// The JSON answers of `storedeskctl quote` and `storedeskctl sale` (and the member standing
// they end with). Amounts are "37.50" strings, points integers, times ISO 8601.
#pragma once

#include "loyalty/loyaltyservice.h"
#include "sales/checkout.h"
#include "sales/salerecord.h"

#include <QJsonObject>

namespace storedesk::core {

QJsonObject toJson(const MemberStanding &standing);
/// \a standing is the member's standing now (after the sale), when there is a member.
QJsonObject toJson(const SaleRecord &sale, const std::optional<MemberStanding> &standing);
QJsonObject toJson(const Quote &quote, const std::optional<MemberStanding> &standing);

} // namespace storedesk::core
