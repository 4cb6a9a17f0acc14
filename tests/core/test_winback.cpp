// Win-back and reminder lists: who is on them and why, what they spent, masked phones, and
// messages filled in from the list's template — plus the "near the next tier" filter.
#include "catchqt.h"
#include "teststore.h"

#include <QTimeZone>

using namespace storedesk::core;
using storedesk::test::errorOf;
using storedesk::test::TestStore;

namespace {

struct Club
{
    TestStore store;
    Member zhang;
    Member li;

    Club()
    {
        store->settings().setTimeZone(QStringLiteral("Asia/Shanghai"));
        store->settings().setStoreName(QStringLiteral("老街便利店"));
        NewProduct p;
        p.barcode = QStringLiteral("6901234567892");
        p.name = QStringLiteral("礼盒");
        p.price = QStringLiteral("100.00");
        p.stock = 1000;
        store->catalog().add(p);
        store.clock().set(QDateTime(QDate(2026, 6, 1), QTime(4, 0), Qt::UTC));
        zhang = join("13800138000", "张三");
        li = join("13900139000", "李四");
    }

    Member join(const char *phone, const char *name)
    {
        NewMember m;
        m.phone = QString::fromLatin1(phone);
        m.name = QString::fromUtf8(name);
        return store->members().add(m);
    }

    void buy(const Member &m, qint64 qty)
    {
        SaleRequest r;
        r.member = m.phone.digits();
        r.lines = {{QStringLiteral("6901234567892"), qty}};
        r.payments = {{PaymentMethod::Card, store->checkout().quote(r).cart.totalDue, Money()}};
        store->checkout().commit(r);
    }
};

QStringList names(const QList<WinBackRow> &rows)
{
    QStringList out;
    for (const WinBackRow &r : rows)
        out.append(r.member.member.name);
    out.sort();
    return out;
}

} // namespace

TEST_CASE("Members one step from the next tier are found by their window's spend",
          "[winback][directory]")
{
    Club club;
    club.buy(club.zhang, 17); // ¥1,700 of the ¥2,000 for 金卡会员: 85 %
    club.buy(club.li, 15);    // 75 %
    MemberListFilter near;
    near.nearTier = true;
    QList<MemberSummary> rows = club.store->directory().page(near, 0, 100);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].member.name == QStringLiteral("张三"));
    // Across the threshold they are in the next tier, and near the one after (¥5,000) only
    // from ¥4,000.
    club.buy(club.zhang, 3); // ¥2,000: 金卡会员, with its 2 % off from here on
    CHECK(club.store->directory().count(near) == 0);
    club.buy(club.zhang, 21); // + ¥2,058: ¥4,058 of ¥5,000
    CHECK(club.store->directory().count(near) == 1);
    // A return takes its spend off.
    club.store.clock().advanceDays(1);
    const QString receipt = club.store->history().forMember(club.zhang.id, 0, 1).first().receiptNo;
    club.store->checkout().refund(receipt, {});
    CHECK(club.store->directory().count(near) == 0);
}

TEST_CASE("A win-back list says why and fills in each member's message", "[winback]")
{
    Club club;
    club.buy(club.zhang, 2);
    club.store.clock().set(QDateTime(QDate(2026, 9, 1), QTime(4, 0), Qt::UTC));
    MemberListFilter sleeping;
    sleeping.sleepingDays = 60;
    WinBack &winBack = club.store->winBack();
    CHECK(WinBack::listFor(sleeping) == WinBackList::Sleeping);
    const QList<WinBackRow> rows = winBack.rows(
        sleeping, QStringLiteral("{name}，{store}想您了！您有{points}积分，{days}天没来了。"),
        false, 100);
    REQUIRE(rows.size() == 2);
    const WinBackRow &zhang = rows[1].member.member.id == club.zhang.id ? rows[1] : rows[0];
    CHECK(zhang.phone == QStringLiteral("138****8000"));
    CHECK(zhang.pastValue == Money::fromFen(20000));
    CHECK(zhang.reasons.join(u' ').contains(QStringLiteral("92")));
    CHECK(zhang.message == QStringLiteral("张三，老街便利店想您了！您有200积分，92天没来了。"));
    CHECK(winBack.rows(sleeping, {}, true, 100)[0].phone.size() == 11);
    CHECK(names(winBack.rows(sleeping, {}, false, 1)).size() == 1);
}

TEST_CASE("Expiring points name how many and when", "[winback]")
{
    Club club;
    club.store.clock().set(QDateTime(QDate(2024, 11, 30), QTime(4, 0), Qt::UTC));
    club.buy(club.li, 3); // 300 points, expiring 2026-11-30
    club.store.clock().set(QDateTime(QDate(2026, 11, 20), QTime(4, 0), Qt::UTC));
    MemberListFilter expiring;
    expiring.expiringWithinDays = 30;
    const QList<WinBackRow> rows = club.store->winBack().rows(expiring, {}, false, 100);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].reasons.join(u' ').contains(QStringLiteral("300")));
    CHECK(rows[0].reasons.join(u' ').contains(QStringLiteral("2026-11-30")));
    // The list's own message, which names the points and the day.
    CHECK(rows[0].message.contains(QStringLiteral("300")));
    CHECK(rows[0].message.contains(QStringLiteral("2026-11-30")));
}

TEST_CASE("A list's message template is kept and checked", "[winback]")
{
    Club club;
    WinBack &winBack = club.store->winBack();
    const QString original = winBack.messageTemplate(WinBackList::Birthday);
    CHECK(original.contains(QStringLiteral("{name}")));
    winBack.setMessageTemplate(WinBackList::Birthday, QStringLiteral("{name}生日快乐！"));
    CHECK(winBack.messageTemplate(WinBackList::Birthday) == QStringLiteral("{name}生日快乐！"));
    CHECK(winBack.messageTemplate(WinBackList::Sleeping) != QStringLiteral("{name}生日快乐！"));
    CHECK(errorOf([&] {
              winBack.setMessageTemplate(WinBackList::Birthday, QStringLiteral("{nmae}你好"));
          }) == ErrorCode::InvalidSetting);
    CHECK(errorOf([&] {
              winBack.setMessageTemplate(WinBackList::Birthday, QString(301, u'好'));
          }) == ErrorCode::InvalidSetting);
    CHECK(winBack.messageTemplate(WinBackList::Birthday) == QStringLiteral("{name}生日快乐！"));
    winBack.setMessageTemplate(WinBackList::Birthday, QString());
    CHECK(winBack.messageTemplate(WinBackList::Birthday) == original);
}
