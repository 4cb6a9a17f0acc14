// The charts of the reports, built one way: money shown in yuan (converted for drawing only,
// never summed), the store's labels, readable both on screen and on a printed page.
#pragma once

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

class QChart;

namespace storedesk::core {
class Money;
}

namespace storedesk::ui {

/// Bars of money, one per label.
QChart *moneyBarChart(const QString &title, const QStringList &labels,
                      const QList<core::Money> &values);
/// Bars of counts, one per label.
QChart *countBarChart(const QString &title, const QStringList &labels, const QList<qint64> &values);
/// Horizontal bars of money, the first label on top. A ranking numbers its rows (two products
/// may share a name) and cuts long names short.
QChart *moneyHorizontalChart(const QString &title, const QStringList &labels,
                             const QList<core::Money> &values, bool ranking);
/// A line of money over days: for periods too long for a bar each.
QChart *moneyLineChart(const QString &title, const QList<QDate> &days,
                       const QList<core::Money> &values);
/// A line of counts over days.
QChart *countLineChart(const QString &title, const QList<QDate> &days, const QList<qint64> &values);
/// Up to this many buckets get a bar each; more are drawn as a line.
constexpr int kMostBars = 40;
/// Shares of a whole, labelled with their percentage.
QChart *moneyPieChart(const QString &title, const QStringList &labels,
                      const QList<core::Money> &values);

/// \a chart drawn at \a size pixels on white, for a printed page. Takes the chart.
QImage renderChart(QChart *chart, const QSize &size);

} // namespace storedesk::ui
