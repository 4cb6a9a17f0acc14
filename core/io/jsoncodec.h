// The JSON shapes other programs rely on (storedeskctl's answers): amounts as "37.50" strings,
// points as integers, dates as ISO 8601. One place, so every command spells them alike.
#pragma once

#include "domain/member.h"
#include "domain/product.h"

#include <QJsonObject>

namespace storedesk::core {

QJsonObject toJson(const Member &member);
QJsonObject toJson(const Product &product);

} // namespace storedesk::core
