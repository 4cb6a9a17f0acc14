// One field of a CSV line (RFC 4180): quoted, with its quotes doubled, when it holds a comma,
// a quote or a line break. storedeskctl's --format csv and the window's exports write with it.
#pragma once

#include <QString>

namespace storedesk::core {

QString csvField(const QString &text);

} // namespace storedesk::core
