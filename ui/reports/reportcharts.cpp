#include "reportcharts.h"

#include "domain/money.h"
#include "format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace storedesk::ui {

namespace {

const QColor kBar(0x0f, 0x76, 0x6e);

/// Yuan as a number, to place a bar or a point: drawing only, never arithmetic on money.
double yuan(const core::Money &m)
{
    return double(m.fen()) / 100.0;
}

/// The charts' small print: axis labels small enough that ten rows of a ranking fit.
QFont labelFont()
{
    QFont font;
    font.setPixelSize(11);
    return font;
}

/// Adds \a axis to \a chart on \a side, attached to \a series, in the charts' small print.
void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *axis, Qt::Alignment side)
{
    axis->setLabelsFont(labelFont());
    QFont title = labelFont();
    title.setBold(true);
    axis->setTitleFont(title);
    chart->addAxis(axis, side);
    series->attachAxis(axis);
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font;
    font.setPixelSize(14);
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

/// A value axis that starts at zero and ends on a round number above \a top. Up to five it
/// ticks at every whole number: nice numbers would tick 0 to 1 in fifths and, printed without
/// decimals, read "0 0 0 1 1 1".
QValueAxis *valueAxis(double top, bool money)
{
    auto *axis = new QValueAxis;
    if (top <= 5) {
        const int whole = std::max(1, int(std::ceil(top)));
        axis->setRange(0, whole);
        axis->setTickCount(whole + 1);
    } else {
        axis->setRange(0, top * 1.1);
        axis->applyNiceNumbers();
    }
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(money ? QCoreApplication::translate("storedesk::ui::ReportCharts", "Yuan")
                             : QString());
    return axis;
}

QChart *bars(const QString &title, const QStringList &labels, const QList<double> &values,
             bool money)
{
    QChart *chart = newChart(title);
    auto *set = new QBarSet(title);
    set->setColor(kBar);
    double top = 0;
    for (double v : values) {
        set->append(v);
        top = std::max(top, v);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    // Labels at the bars they name, every few bars when there are many: a category axis
    // writes every label in its bar's width and cuts "24" to "…" under thirty narrow bars.
    auto *x = new QCategoryAxis;
    x->setRange(-0.5, std::max<double>(0.5, double(labels.size()) - 0.5));
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    constexpr qsizetype kMostLabels = 12;
    const qsizetype step = std::max<qsizetype>(1, (labels.size() + kMostLabels - 1) / kMostLabels);
    QStringList used;
    for (qsizetype i = 0; i < labels.size(); i += step) {
        QString label = labels[i];
        while (used.contains(label))
            label += QChar(0x200B); // the axis keeps one label per text
        used.append(label);
        x->append(label, double(i));
    }
    const bool longLabels =
        std::any_of(labels.cbegin(), labels.cend(), [](const QString &l) { return l.size() > 3; });
    if (longLabels && labels.size() / step > 6)
        x->setLabelsAngle(-45);
    attach(chart, series, x, Qt::AlignBottom);
    attach(chart, series, valueAxis(top, money), Qt::AlignLeft);
    return chart;
}

} // namespace

QChart *moneyBarChart(const QString &title, const QStringList &labels,
                      const QList<core::Money> &values)
{
    QList<double> v;
    for (const core::Money &m : values)
        v.append(yuan(m));
    return bars(title, labels, v, true);
}

QChart *countBarChart(const QString &title, const QStringList &labels, const QList<qint64> &values)
{
    QList<double> v;
    for (qint64 n : values)
        v.append(double(n));
    return bars(title, labels, v, false);
}

QChart *moneyHorizontalChart(const QString &title, const QStringList &labels,
                             const QList<core::Money> &values, bool ranking)
{
    QChart *chart = newChart(title);
    auto *set = new QBarSet(title);
    set->setColor(kBar);
    QStringList categories;
    double top = 0;
    // Horizontal bars are drawn bottom up: reverse, so the first comes out on top.
    constexpr int kLongest = 14;
    for (qsizetype i = values.size() - 1; i >= 0; --i) {
        set->append(yuan(values[i]));
        QString name = labels.value(i);
        if (ranking) {
            if (name.size() > kLongest)
                name = name.left(kLongest - 1) + QChar(0x2026);
            name = QStringLiteral("%1. %2").arg(i + 1).arg(name);
        }
        categories.append(name);
        top = std::max(top, yuan(values[i]));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    attach(chart, series, y, Qt::AlignLeft);
    attach(chart, series, valueAxis(top, true), Qt::AlignBottom);
    return chart;
}

namespace {

QChart *line(const QString &title, const QList<QDate> &days, const QList<double> &values,
             bool money)
{
    QChart *chart = newChart(title);
    auto *series = new QLineSeries;
    series->setColor(kBar);
    double top = 0;
    for (qsizetype i = 0; i < days.size() && i < values.size(); ++i) {
        // The axis writes dates in this computer's zone: place each day at its midnight there.
        series->append(double(days[i].startOfDay().toMSecsSinceEpoch()), values[i]);
        top = std::max(top, values[i]);
    }
    chart->addSeries(series);
    auto *x = new QDateTimeAxis;
    x->setFormat(shortDateFormat());
    x->setTickCount(std::min<int>(7, std::max<int>(2, int(days.size()))));
    attach(chart, series, x, Qt::AlignBottom);
    attach(chart, series, valueAxis(top, money), Qt::AlignLeft);
    return chart;
}

} // namespace

QChart *moneyLineChart(const QString &title, const QList<QDate> &days,
                       const QList<core::Money> &values)
{
    QList<double> v;
    for (const core::Money &m : values)
        v.append(yuan(m));
    return line(title, days, v, true);
}

QChart *countLineChart(const QString &title, const QList<QDate> &days, const QList<qint64> &values)
{
    QList<double> v;
    for (qint64 n : values)
        v.append(double(n));
    return line(title, days, v, false);
}

QChart *moneyPieChart(const QString &title, const QStringList &labels,
                      const QList<core::Money> &values)
{
    QChart *chart = newChart(title);
    auto *series = new QPieSeries;
    qint64 total = 0;
    for (const core::Money &m : values)
        total += std::max<qint64>(0, m.fen());
    static const QList<QColor> kColors{QColor(0x0f, 0x76, 0x6e), QColor(0xd9, 0x77, 0x06),
                                       QColor(0x25, 0x63, 0xeb), QColor(0xdb, 0x27, 0x77),
                                       QColor(0x65, 0xa3, 0x0d), QColor(0x7c, 0x3a, 0xed),
                                       QColor(0x6b, 0x72, 0x80)};
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values[i].fen() <= 0)
            continue;
        const double share = total > 0 ? 100.0 * double(values[i].fen()) / double(total) : 0;
        QPieSlice *slice = series->append(
            QStringLiteral("%1 %2 %").arg(labels.value(i), QLocale().toString(share, 'f', 1)),
            yuan(values[i]));
        slice->setColor(kColors[i % kColors.size()]);
        slice->setLabelFont(labelFont());
        slice->setLabelVisible(true);
    }
    series->setPieSize(0.6);
    chart->addSeries(series);
    return chart;
}

QImage renderChart(QChart *chart, const QSize &size)
{
    // A scene of its own, at the paper's size: a chart never shown lays itself out only when
    // its layout is asked to.
    QGraphicsScene scene;
    scene.addItem(chart); // the scene deletes the chart with itself
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    chart->layout()->activate();
    QCoreApplication::sendPostedEvents(); // the chart's presenter lays out on posted events
    // Drawn at the size it is read at, with three times the pixels: sharp on paper, and its
    // lettering as large, next to the bars, as on screen.
    constexpr int kDensity = 3;
    QImage image(size * kDensity, QImage::Format_RGB32);
    image.setDevicePixelRatio(kDensity);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)),
                 QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace storedesk::ui
