#include "memberfilters.h"

#include "clitext.h"
#include "invocation.h"

namespace storedesk::cli {

namespace {

const QStringList kOptions{QStringLiteral("search"),   QStringLiteral("tier"),
                           QStringLiteral("tag"),      QStringLiteral("status"),
                           QStringLiteral("sleeping"), QStringLiteral("birthday"),
                           QStringLiteral("expiring"), QStringLiteral("near-tier")};

} // namespace

void declareMemberFilters(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("search"),
                 CliText::tr("A phone, its last four digits, a card or the start of a name."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("tier"), CliText::tr("Only this tier (number or name)."),
                 QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("tag"), CliText::tr("Only members with this tag."), QStringLiteral("T")});
    p.addOption({QStringLiteral("status"), CliText::tr("active or frozen."),
                 QStringLiteral("active|frozen")});
    p.addOption({QStringLiteral("sleeping"),
                 CliText::tr("Only members who bought nothing for this many days."),
                 QStringLiteral("DAYS")});
    p.addOption({QStringLiteral("birthday"), CliText::tr("Only birthdays this week or this month."),
                 QStringLiteral("week|month")});
    p.addOption({QStringLiteral("expiring"),
                 CliText::tr("Only members with points expiring within this many days."),
                 QStringLiteral("DAYS")});
    p.addOption({QStringLiteral("near-tier"),
                 CliText::tr("Only members one step from the next tier (80 % of its spend).")});
}

bool hasMemberFilter(const Invocation &inv)
{
    return std::any_of(kOptions.cbegin(), kOptions.cend(),
                       [&](const QString &o) { return inv.isSet(o); });
}

core::MemberListFilter memberFilter(Invocation &inv)
{
    core::MemberListFilter f;
    f.text = inv.value(QStringLiteral("search")).value_or(QString());
    f.tier = inv.tier(QStringLiteral("tier"));
    f.tag = inv.value(QStringLiteral("tag")).value_or(QString());
    if (auto status = inv.value(QStringLiteral("status"))) {
        if (*status == u"active")
            f.status = core::MemberStatus::Active;
        else if (*status == u"frozen")
            f.status = core::MemberStatus::Frozen;
        else
            throw core::Error(core::ErrorCode::InvalidArgument,
                              CliText::tr("--status is active or frozen."),
                              QStringLiteral("status"));
    }
    f.sleepingDays = int(inv.integer(QStringLiteral("sleeping"), 0, 1, 36600));
    f.expiringWithinDays = int(inv.integer(QStringLiteral("expiring"), 0, 1, 36600));
    if (auto birthday = inv.value(QStringLiteral("birthday"))) {
        if (*birthday == u"week")
            f.birthday = core::BirthdayWindow::ThisWeek;
        else if (*birthday == u"month")
            f.birthday = core::BirthdayWindow::ThisMonth;
        else
            throw core::Error(core::ErrorCode::InvalidArgument,
                              CliText::tr("--birthday is week or month."),
                              QStringLiteral("birthday"));
    }
    f.nearTier = inv.isSet(QStringLiteral("near-tier"));
    return f;
}

} // namespace storedesk::cli
