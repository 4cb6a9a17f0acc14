// How the reports name things for people: time buckets, RFM segments and the like.
#pragma once

#include "reports/reportperiod.h"

#include <QString>

namespace storedesk::ui {

/// A row of a report grouped by time, in full: "2026/11/22 周日", "2026-W47 (11/16 – 11/22)",
/// "2026-11".
QString bucketLabel(core::SalesGrouping grouping, const QString &key, const QDate &from,
                    const QDate &to);
/// The same, short enough for a chart's axis: "22" (the day of the month), "W47", "2026-11".
QString bucketShortLabel(core::SalesGrouping grouping, const QString &key, const QDate &from);
/// What a sales report's rows are, as a column title ("Day", "Product" …).
QString groupingName(core::SalesGrouping grouping);
/// The grouping as a choice in a list ("By day", "By product" …).
QString groupingChoice(core::SalesGrouping grouping);
/// A sales report's title under \a grouping ("Sales by day" …).
QString salesTitle(core::SalesGrouping grouping);
/// An RFM segment's name (重要价值客户 …) from its code ("important_value").
QString rfmSegmentName(const QString &code);
/// "R F M" with the letters a segment is above average in, dashes for the others.
QString rfmLetters(bool recent, bool frequent, bool valuable);

} // namespace storedesk::ui
