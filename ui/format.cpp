#include "format.h"

#include "domain/member.h"
#include "domain/money.h"
#include "domain/phonenumber.h"
#include "loyalty/pointsledger.h"
#include "loyalty/storedvalue.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableView>

namespace storedesk::ui {

namespace {

QTimeZone &displayZone()
{
    static QTimeZone zone = QTimeZone::systemTimeZone();
    return zone;
}

} // namespace

void setDisplayTimeZone(const QTimeZone &zone)
{
    displayZone() = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QDate localDate(const QDateTime &moment)
{
    return moment.toTimeZone(displayZone()).date();
}

QDateTime localDayStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), displayZone());
}

QString formatMoney(const core::Money &money, const QLocale &locale)
{
    // toCurrencyString takes a double; go through the exact text form instead so no fen is
    // ever lost to binary fractions.
    const qint64 fen = money.fen();
    const qint64 yuan = (fen < 0 ? -fen : fen) / 100;
    const int cents = int((fen < 0 ? -fen : fen) % 100);
    QString number = locale.toString(yuan) + locale.decimalPoint() +
                     locale.toString(cents).rightJustified(2, locale.zeroDigit().at(0));
    const QString symbol = QStringLiteral("¥");
    return (fen < 0 ? locale.negativeSign() : QString()) + symbol + number;
}

QString formatPhone(const core::PhoneNumber &phone)
{
    const QString &d = phone.digits();
    if (d.size() != 11)
        return d;
    return d.left(3) + u' ' + d.mid(3, 4) + u' ' + d.right(4);
}

QString formatDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return locale.toString(date, shortDateFormat(locale));
}

QString shortDateFormat(const QLocale &locale)
{
    // The locale's short form, with the year written out: 12/29/51 could be 1951 or 2051.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

QString formatTime(const QDateTime &moment, const QLocale &locale)
{
    return locale.toString(moment.toTimeZone(displayZone()).time(), QLocale::ShortFormat);
}

QString formatDateTime(const QDateTime &moment, const QLocale &locale)
{
    const QDateTime local = moment.toTimeZone(displayZone());
    return formatDate(local.date(), locale) + u' ' +
           locale.toString(local.time(), QLocale::ShortFormat);
}

QString formatPointsChange(qint64 points, const QLocale &locale)
{
    return (points > 0 ? locale.positiveSign() : QString()) + locale.toString(points);
}

QString pointsKindText(core::PointsKind kind)
{
    using K = core::PointsKind;
    switch (kind) {
    case K::Earn:
        return QCoreApplication::translate("storedesk::ui", "Earned");
    case K::Redeem:
        return QCoreApplication::translate("storedesk::ui", "Redeemed");
    case K::Expire:
        return QCoreApplication::translate("storedesk::ui", "Expired");
    case K::Adjust:
        return QCoreApplication::translate("storedesk::ui", "Adjusted");
    case K::Clawback:
        return QCoreApplication::translate("storedesk::ui", "Taken back (return)");
    case K::Restore:
        return QCoreApplication::translate("storedesk::ui", "Given back (return)");
    case K::Opening:
        return QCoreApplication::translate("storedesk::ui", "Opening balance");
    }
    return {};
}

QString storedValueKindText(core::StoredValueKind kind)
{
    using K = core::StoredValueKind;
    switch (kind) {
    case K::TopUp:
        return QCoreApplication::translate("storedesk::ui", "Top-up");
    case K::Pay:
        return QCoreApplication::translate("storedesk::ui", "Paid");
    case K::Refund:
        return QCoreApplication::translate("storedesk::ui", "Refunded (return)");
    case K::Adjust:
        return QCoreApplication::translate("storedesk::ui", "Adjusted");
    case K::Withdraw:
        return QCoreApplication::translate("storedesk::ui", "Balance refunded");
    case K::Opening:
        return QCoreApplication::translate("storedesk::ui", "Opening balance");
    }
    return {};
}

QString genderText(core::Gender gender)
{
    switch (gender) {
    case core::Gender::Female:
        return QCoreApplication::translate("storedesk::ui", "Female");
    case core::Gender::Male:
        return QCoreApplication::translate("storedesk::ui", "Male");
    case core::Gender::Unspecified:
        break;
    }
    return {};
}

void fitColumns(QTableView *view, const QList<std::pair<int, int>> &widths)
{
    QHeaderView *header = view->horizontalHeader();
    const QFontMetrics metrics = header->fontMetrics();
    for (int column = 0; column < header->count(); ++column) {
        const QString title =
            view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        int width = metrics.horizontalAdvance(title) + 28; // padding and the sort arrow's room
        for (const auto &[c, w] : widths) {
            if (c == column)
                width = std::max(width, w);
        }
        header->resizeSection(column, width);
    }
}

} // namespace storedesk::ui
