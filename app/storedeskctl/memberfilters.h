// The member filters several commands share (member list, coupon issue, the win-back lists):
// one set of options, read one way.
#pragma once

#include "members/memberdirectory.h"

#include <QCommandLineParser>

namespace storedesk::cli {

class Invocation;

/// --search, --tier, --tag, --status, --sleeping, --birthday, --expiring, --near-tier.
void declareMemberFilters(QCommandLineParser &parser);
/// The filter those options describe. Throws invalid_argument for a bad one.
core::MemberListFilter memberFilter(Invocation &inv);
/// Whether any of them was given.
bool hasMemberFilter(const Invocation &inv);

} // namespace storedesk::cli
