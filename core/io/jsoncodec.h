// The JSON shapes other programs rely on (storedeskctl's answers): amounts as "37.50" strings,
// points as integers, dates as ISO 8601. One place, so every command spells them alike.
#pragma once

#include "catalog/catalog.h"
#include "domain/member.h"
#include "domain/product.h"
#include "members/memberdirectory.h"
#include "sales/salehistory.h"

#include <QJsonObject>

namespace storedesk::core {

QJsonObject toJson(const Member &member);
QJsonObject toJson(const Product &product);
/// A member list row: the member with tier (number and \a tierName), points, stored value and
/// last sale.
QJsonObject toJson(const MemberSummary &row, const QString &tierName);
QJsonObject toJson(const SaleSummary &sale);
QJsonObject toJson(const StockMove &move);

} // namespace storedesk::core
