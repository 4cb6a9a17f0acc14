// How one cell of a member file is read: the many ways old systems and spreadsheets write a
// phone, a date, an amount or a gender, each turned into StoreDesk's value or refused with the
// field's error and a sentence that says what was found.
#pragma once

#include "domain/member.h"
#include "domain/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace storedesk::core {

class ImportValues final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::core::ImportValues)

public:
    /// The largest opening balance taken: more is a column mixed up, not a member's money.
    static constexpr qint64 kMaxAmountFen = 10'000'000'00;
    static constexpr qint64 kMaxPoints = 1'000'000'000;

    /// The cell without surrounding spaces and the marks spreadsheets use to keep digits as
    /// text: ="13800138000" and a leading apostrophe.
    static QString cell(const QString &raw);
    /// Throws invalid_phone; a number Excel turned into 1.38001E+10 is told apart.
    static PhoneNumber phone(const QString &text);
    /// 男/女, 先生/女士, M/F, male/female; 未知, 保密 or empty for unspecified. Throws
    /// invalid_gender.
    static Gender gender(const QString &text);
    /// 正常/启用/active or empty for active; 冻结/停用/挂失/注销/frozen for frozen. Throws
    /// invalid_argument naming "status".
    static MemberStatus status(const QString &text);
    /// A day as 2019-03-05, 2019/3/5, 2019.3.5, 20190305 or 2019年3月5日, optionally with a
    /// time of day (14:22 or 14:22:10); ISO 8601 with an offset too. Invalid when it is none.
    /// Without an offset the moment is read in \a zone.
    static QDateTime moment(const QString &text, const QTimeZone &zone);
    /// A birthday from 1900 to \a today in any form moment() reads; invalid for an empty
    /// cell. Throws invalid_date.
    static QDate birthday(const QString &text, const QDate &today);
    /// A moment no later than \a now, for \a field (joined, last_visit); invalid for an empty
    /// cell. Throws invalid_date.
    static QDateTime pastMoment(const QString &text, const QTimeZone &zone, const QDateTime &now,
                                const QString &field);
    /// An amount of at least zero and at most kMaxAmountFen: "1,280.50", "¥35", "35元",
    /// "12.300"; zero for an empty cell. Throws invalid_amount naming \a field.
    static Money amount(const QString &text, const QString &field);
    /// Whole points from 0 to kMaxPoints ("1,200", "1200.0"); zero for an empty cell. Throws
    /// invalid_points.
    static qint64 points(const QString &text);
    /// Tags separated by commas, semicolons, 、 or |, each checked as the registry checks
    /// tags; repeats left out. Throws invalid_argument naming "tags".
    static QStringList tags(const QString &text);
};

} // namespace storedesk::core
