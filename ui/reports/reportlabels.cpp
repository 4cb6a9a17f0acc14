#include "reportlabels.h"

#include "format.h"

#include <QCoreApplication>
#include <QLocale>

namespace storedesk::ui {

namespace {

/// "11/22": the locale's short date without the year.
QString monthDay(const QDate &day)
{
    QString format = shortDateFormat();
    for (const QString &year :
         {QStringLiteral("yyyy/"), QStringLiteral("/yyyy"), QStringLiteral("yyyy-"),
          QStringLiteral("-yyyy"), QStringLiteral("yyyy."), QStringLiteral(".yyyy")})
        format.remove(year);
    return QLocale().toString(day, format);
}

} // namespace

QString bucketLabel(core::SalesGrouping grouping, const QString &key, const QDate &from,
                    const QDate &to)
{
    switch (grouping) {
    case core::SalesGrouping::Day:
        return formatDate(from) + u' ' + QLocale().toString(from, QStringLiteral("ddd"));
    case core::SalesGrouping::Week:
        return QStringLiteral("%1 (%2 – %3)").arg(key, monthDay(from), monthDay(to));
    default:
        return key;
    }
}

QString bucketShortLabel(core::SalesGrouping grouping, const QString &key, const QDate &from)
{
    switch (grouping) {
    case core::SalesGrouping::Day:
        // Thirty days side by side leave each little room: the day of the month alone.
        return QString::number(from.day());
    case core::SalesGrouping::Week:
        return key.mid(key.indexOf(u'-') + 1);
    default:
        return key;
    }
}

QString groupingName(core::SalesGrouping grouping)
{
    switch (grouping) {
    case core::SalesGrouping::Day:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "Day");
    case core::SalesGrouping::Week:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "Week");
    case core::SalesGrouping::Month:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "Month");
    case core::SalesGrouping::Product:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "Product");
    case core::SalesGrouping::Category:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "Category");
    case core::SalesGrouping::Cashier:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "Cashier");
    case core::SalesGrouping::Payment:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "Payment method");
    case core::SalesGrouping::Hour:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "Hour of day");
    }
    return {};
}

QString groupingChoice(core::SalesGrouping grouping)
{
    using G = core::SalesGrouping;
    switch (grouping) {
    case G::Day:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "By day");
    case G::Week:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "By week");
    case G::Month:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "By month");
    case G::Product:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "By product");
    case G::Category:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "By category");
    case G::Cashier:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "By cashier");
    case G::Payment:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "By payment method");
    case G::Hour:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "By hour of day");
    }
    return {};
}

QString salesTitle(core::SalesGrouping grouping)
{
    using G = core::SalesGrouping;
    switch (grouping) {
    case G::Day:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "Sales by day");
    case G::Week:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "Sales by week");
    case G::Month:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "Sales by month");
    case G::Product:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "Sales by product");
    case G::Category:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "Sales by category");
    case G::Cashier:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "Sales by cashier");
    case G::Payment:
        return QCoreApplication::translate("storedesk::ui::ReportLabels",
                                           "Sales by payment method");
    case G::Hour:
        return QCoreApplication::translate("storedesk::ui::ReportLabels", "Sales by hour of day");
    }
    return {};
}

QString rfmSegmentName(const QString &code)
{
    // The eight segments of the RFM model as retail in China names them.
    static const QList<std::pair<const char *, const char *>> kNames{
        {"important_value", QT_TRANSLATE_NOOP("storedesk::ui::ReportLabels", "Important value")},
        {"important_develop",
         QT_TRANSLATE_NOOP("storedesk::ui::ReportLabels", "Important to develop")},
        {"important_retain", QT_TRANSLATE_NOOP("storedesk::ui::ReportLabels", "Important to keep")},
        {"important_winback",
         QT_TRANSLATE_NOOP("storedesk::ui::ReportLabels", "Important to win back")},
        {"general_value", QT_TRANSLATE_NOOP("storedesk::ui::ReportLabels", "General value")},
        {"general_develop", QT_TRANSLATE_NOOP("storedesk::ui::ReportLabels", "General to develop")},
        {"general_retain", QT_TRANSLATE_NOOP("storedesk::ui::ReportLabels", "General to keep")},
        {"general_winback",
         QT_TRANSLATE_NOOP("storedesk::ui::ReportLabels", "General to win back")},
    };
    for (const auto &[key, name] : kNames) {
        if (code == QLatin1StringView(key))
            return QCoreApplication::translate("storedesk::ui::ReportLabels", name);
    }
    return code;
}

QString rfmLetters(bool recent, bool frequent, bool valuable)
{
    return QStringLiteral("%1 %2 %3")
        .arg(recent ? QStringLiteral("R") : QStringLiteral("–"),
             frequent ? QStringLiteral("F") : QStringLiteral("–"),
             valuable ? QStringLiteral("M") : QStringLiteral("–"));
}

} // namespace storedesk::ui
