#include "importvalues.h"

#include "domain/error.h"
#include "members/memberfields.h"

#include <QRegularExpression>

namespace storedesk::core {

namespace {

bool isBlank(QChar c)
{
    return c.isSpace() || c == QChar(0xFEFF);
}

QString withoutBlanks(QString text)
{
    text.removeIf(isBlank);
    return text;
}

/// Whole digits of \a text after a sign-free check; nullopt when it is not one.
std::optional<qint64> wholeNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 n = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        n = n * 10 + (c.unicode() - u'0');
    }
    return n;
}

/// Drops zeros past the second decimal ("12.300" → "12.30"); spreadsheets pad amounts so.
QString trimDecimals(QString number, int keep)
{
    const qsizetype dot = number.indexOf(u'.');
    if (dot < 0)
        return number;
    while (number.size() - dot - 1 > keep && number.endsWith(u'0'))
        number.chop(1);
    if (number.endsWith(u'.'))
        number.chop(1);
    return number;
}

} // namespace

QString ImportValues::cell(const QString &raw)
{
    QString text = raw;
    // Trim, the full-width space and a stray byte-order mark included.
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && isBlank(text[from]))
        ++from;
    while (to > from && isBlank(text[to - 1]))
        --to;
    text = text.mid(from, to - from);
    if (text.size() >= 3 && text.startsWith(QLatin1StringView("=\"")) && text.endsWith(u'"'))
        text = text.mid(2, text.size() - 3).trimmed();
    else if (text.startsWith(u'\''))
        text = text.mid(1).trimmed();
    return text;
}

PhoneNumber ImportValues::phone(const QString &text)
{
    if (auto phone = PhoneNumber::parse(text))
        return *phone;
    static const QRegularExpression scientific(QStringLiteral("^\\d(\\.\\d+)?[eE]\\+?\\d+$"));
    if (text.isEmpty()) {
        throw Error(ErrorCode::InvalidPhone, tr("The phone number is missing."),
                    QStringLiteral("phone"));
    }
    if (scientific.match(text).hasMatch()) {
        throw Error(ErrorCode::InvalidPhone,
                    tr("“%1” is a phone number a spreadsheet turned into a rounded number; format "
                       "the column as text in the old system's export and export it again.")
                        .arg(text),
                    QStringLiteral("phone"));
    }
    throw Error(
        ErrorCode::InvalidPhone,
        tr("“%1” is not a mainland mobile number (11 digits starting with 13 to 19).").arg(text),
        QStringLiteral("phone"));
}

Gender ImportValues::gender(const QString &text)
{
    const QString g = text.toLower();
    if (g.isEmpty() || g == u"未知" || g == u"保密" || g == u"不详" || g == u"unknown")
        return Gender::Unspecified;
    if (g == u"男性" || g == u"先生")
        return Gender::Male;
    if (g == u"女性" || g == u"女士")
        return Gender::Female;
    return validGender(g);
}

MemberStatus ImportValues::status(const QString &text)
{
    const QString s = text.toLower();
    if (s.isEmpty() || s == u"正常" || s == u"启用" || s == u"有效" || s == u"激活" ||
        s == u"normal")
        return MemberStatus::Active;
    if (s == u"冻结" || s == u"停用" || s == u"禁用" || s == u"挂失" || s == u"注销" ||
        s == u"disabled" || s == u"inactive")
        return MemberStatus::Frozen;
    try {
        return validStatus(s);
    } catch (const Error &) {
        throw Error(ErrorCode::InvalidArgument,
                    tr("“%1” is not a member status StoreDesk knows; use 正常 (active) or 冻结 "
                       "(frozen).")
                        .arg(text),
                    QStringLiteral("status"));
    }
}

QDateTime ImportValues::moment(const QString &text, const QTimeZone &zone)
{
    // Read by hand rather than by a regular expression: an import reads three dates a row.
    const QStringView t(text);
    qsizetype i = 0;
    const auto number = [&](int least, int most) {
        int value = 0;
        int count = 0;
        while (i < t.size() && count < most && t[i] >= u'0' && t[i] <= u'9') {
            value = value * 10 + (t[i].unicode() - u'0');
            ++i;
            ++count;
        }
        return count >= least ? value : -1;
    };
    const auto spaces = [&] {
        const qsizetype from = i;
        while (i < t.size() && t[i].isSpace())
            ++i;
        return i - from;
    };
    const auto oneOf = [&](QStringView marks) {
        if (i < t.size() && marks.contains(t[i])) {
            ++i;
            return true;
        }
        return false;
    };

    int year = -1;
    int month = -1;
    int dayOfMonth = -1;
    bool apart = false; // something stands between the day and a time of day
    const bool compact =
        t.size() == 8 && std::all_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); });
    if (compact) { // 20190305
        year = number(4, 4);
        month = number(2, 2);
        dayOfMonth = number(2, 2);
    } else if ((year = number(4, 4)) >= 0) {
        spaces();
        if (oneOf(u"-/.年")) {
            spaces();
            month = number(1, 2);
            spaces();
            if (month >= 0 && oneOf(u"-/.月")) {
                spaces();
                dayOfMonth = number(1, 2);
                apart = spaces() > 0;
                if (oneOf(u"日")) {
                    apart = true;
                    spaces();
                }
            }
        }
    }
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (dayOfMonth >= 0 && i < t.size()) {
        if (oneOf(u"T"))
            apart = true;
        if (apart) {
            hour = number(1, 2);
            if (hour >= 0 && oneOf(u":：")) {
                minute = number(1, 2);
                if (minute >= 0 && oneOf(u":：")) {
                    second = number(1, 2);
                    if (second >= 0 && oneOf(u"."))
                        number(1, 9);
                }
            }
        }
        if (hour < 0 || minute < 0 || second < 0)
            dayOfMonth = -1;
    }
    if (dayOfMonth < 0 || i != t.size()) {
        // ISO 8601 with an offset, as programs write it.
        const QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
        return iso.isValid() && iso.timeSpec() != Qt::LocalTime ? iso.toUTC() : QDateTime();
    }
    const QDate day(year, month, dayOfMonth);
    const QTime time(hour, minute, second);
    if (!day.isValid() || !time.isValid())
        return {};
    return QDateTime(day, time, zone).toUTC();
}

QDate ImportValues::birthday(const QString &text, const QDate &today)
{
    if (text.isEmpty())
        return {};
    const QDateTime at = moment(text, QTimeZone::utc());
    if (!at.isValid()) {
        throw Error(ErrorCode::InvalidDate,
                    tr("“%1” is not a birthday; write it as 1990-05-17, 1990/5/17 or "
                       "1990年5月17日.")
                        .arg(text),
                    QStringLiteral("birthday"));
    }
    return validBirthday(at.date(), text, today);
}

QDateTime ImportValues::pastMoment(const QString &text, const QTimeZone &zone, const QDateTime &now,
                                   const QString &field)
{
    if (text.isEmpty())
        return {};
    const QDateTime at = moment(text, zone);
    if (!at.isValid() || at.date().year() < 1970) {
        throw Error(ErrorCode::InvalidDate,
                    tr("“%1” is not a date; write it as 2019-03-05 or 2019-03-05 14:30.").arg(text),
                    field);
    }
    if (at > now) {
        throw Error(ErrorCode::InvalidDate, tr("%1 is in the future.").arg(text), field);
    }
    return at;
}

Money ImportValues::amount(const QString &text, const QString &field)
{
    QString number = withoutBlanks(text);
    for (const QString &mark :
         {QStringLiteral("¥"), QStringLiteral("￥"), QStringLiteral("元"), QStringLiteral("RMB"),
          QStringLiteral("CNY"), QStringLiteral(","), QStringLiteral("，")})
        number.remove(mark, Qt::CaseInsensitive);
    if (number.isEmpty() && text.isEmpty())
        return {};
    const std::optional<Money> money = Money::parse(trimDecimals(number, 2));
    if (!money) {
        throw Error(
            ErrorCode::InvalidAmount,
            tr("“%1” is not an amount in yuan with at most two decimals, like 128.50.").arg(text),
            field);
    }
    if (money->isNegative() || money->fen() > kMaxAmountFen) {
        throw Error(ErrorCode::InvalidAmount,
                    tr("%1 is not a balance StoreDesk takes in: it must be from 0 to %2.")
                        .arg(text, Money::fromFen(kMaxAmountFen).toString()),
                    field);
    }
    return *money;
}

qint64 ImportValues::points(const QString &text)
{
    QString number = withoutBlanks(text);
    number.remove(u',');
    number.remove(u'，');
    if (number.isEmpty())
        return 0;
    number = trimDecimals(number, 0);
    const std::optional<qint64> n = wholeNumber(number);
    if (!n || *n > kMaxPoints) {
        throw Error(ErrorCode::InvalidPoints,
                    tr("“%1” is not a number of points: a whole number from 0 to %2.")
                        .arg(text)
                        .arg(kMaxPoints),
                    QStringLiteral("points"));
    }
    return *n;
}

QStringList ImportValues::tags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，;；、|]"));
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        try {
            const QString tag = validTag(part);
            if (!out.contains(tag))
                out.append(tag);
        } catch (const Error &e) {
            throw Error(e.code(), e.message(), QStringLiteral("tags"));
        }
    }
    return out;
}

} // namespace storedesk::core
