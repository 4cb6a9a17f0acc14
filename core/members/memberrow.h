// How a member is read from the store: the columns every member query selects and the one
// function that turns them into a Member, shared by the registry and the directory.
#pragma once

#include "domain/member.h"

class QSqlQuery;

namespace storedesk::core {

/// The columns readMember() expects, for a query on `members m`.
const QString &memberColumns();
/// Reads the memberColumns() of the current row, starting at column \a first.
Member readMember(const QSqlQuery &q, int first = 0);
/// How many columns memberColumns() holds.
constexpr int kMemberColumnCount = 12;

} // namespace storedesk::core
