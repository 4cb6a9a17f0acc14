// Reports and shifts as JSON, the way `storedeskctl report` and `storedeskctl shift` answer:
// amounts as text with two decimals, points and counts as numbers, days as YYYY-MM-DD and
// moments as UTC ISO 8601.
#pragma once

#include "reports.h"
#include "sales/shifts.h"

#include <QJsonObject>
#include <QStringList>

namespace storedesk::core {

QJsonObject shiftJson(const Shift &shift);
QJsonObject closeReportJson(const CloseReport &report);
QJsonObject salesReportJson(const SalesReport &report);
QJsonObject memberReportJson(const MemberReport &report);
QJsonObject liabilitiesJson(const Liabilities &liabilities);
QJsonObject campaignReportJson(const CampaignReport &report);

/// The columns a sales report's rows have under \a grouping, in order.
QStringList salesRowColumns(SalesGrouping grouping);

/// A share as a percentage with two decimals ("62.50") from hundredths of a percent.
QString percentText(int basisPoints);
/// \a total ÷ \a count with one decimal, rounded half-up ("1.8"); "0.0" without a count.
QString averageText(qint64 total, qint64 count);

} // namespace storedesk::core
