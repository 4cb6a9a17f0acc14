#include "format.h"

#include "domain/member.h"
#include "domain/money.h"
#include "domain/phonenumber.h"

#include <QCoreApplication>

namespace storedesk::ui {

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
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
}

QString formatTime(const QDateTime &moment, const QLocale &locale)
{
    return locale.toString(moment.toLocalTime().time(), QLocale::ShortFormat);
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

} // namespace storedesk::ui
