// The back office's member list: pages that cover every member once, and each filter — tier,
// tag, status, search text, sleeping, birthdays, expiring points — alone and together.
#include "catchqt.h"
#include "queryplans.h"
#include "teststore.h"

#include <QTimeZone>

using namespace storedesk::core;
using storedesk::test::errorOf;
using storedesk::test::plansOf;
using storedesk::test::TestStore;

namespace {

QStringList names(const QList<MemberSummary> &rows)
{
    QStringList out;
    for (const MemberSummary &r : rows)
        out.append(r.member.name);
    return out;
}

/// A store in Shanghai with one product, where members are registered and buy at set moments.
struct Club
{
    TestStore store;

    Club()
    {
        store->settings().setTimeZone(QStringLiteral("Asia/Shanghai"));
        NewProduct water;
        water.barcode = QStringLiteral("6901234567892");
        water.name = QStringLiteral("矿泉水");
        water.price = QStringLiteral("100.00");
        water.stock = 1000;
        store->catalog().add(water);
    }

    /// Sets the clock to \a day at noon in Shanghai.
    void at(const QDate &day) { store.clock().set(QDateTime(day, QTime(4, 0), Qt::UTC)); }

    Member join(const char *phone, const char *name, const char *birthday = "")
    {
        NewMember m;
        m.phone = QString::fromLatin1(phone);
        m.name = QString::fromUtf8(name);
        m.birthday = QString::fromLatin1(birthday);
        return store->members().add(m);
    }

    void buy(const Member &m, int qty = 1)
    {
        SaleRequest r;
        r.member = m.phone.digits();
        r.lines = {{QStringLiteral("6901234567892"), qty}};
        r.payments = {{PaymentMethod::Card, Money::fromFen(10000 * qty), Money()}};
        store->checkout().commit(r);
    }

    QStringList list(const MemberListFilter &filter)
    {
        return names(store->directory().page(filter, 0, 1000));
    }
};

} // namespace

TEST_CASE("The member list pages through every member once, newest first", "[directory]")
{
    Club club;
    for (int i = 0; i < 23; ++i)
        club.join(QStringLiteral("1380013%1").arg(i, 4, 10, QChar(u'0')).toLatin1().constData(),
                  QStringLiteral("会员%1").arg(i).toUtf8().constData());
    const MemberDirectory &directory = club.store->directory();
    CHECK(directory.count({}) == 23);

    QStringList seen;
    MemberId after = 0;
    int pages = 0;
    for (;;) {
        const QList<MemberSummary> page = directory.page({}, after, 5);
        if (page.isEmpty())
            break;
        ++pages;
        CHECK(page.size() <= 5);
        for (const MemberSummary &row : page) {
            CHECK(row.member.id < (after > 0 ? after : std::numeric_limits<MemberId>::max()));
            seen.append(row.member.name);
            after = row.member.id;
        }
    }
    CHECK(pages == 5);
    REQUIRE(seen.size() == 23);
    CHECK(seen.first() == QStringLiteral("会员22"));
    CHECK(seen.last() == QStringLiteral("会员0"));
    CHECK(QSet<QString>(seen.cbegin(), seen.cend()).size() == 23);
}

TEST_CASE("A member's row carries their standing and last sale", "[directory]")
{
    Club club;
    club.at(QDate(2026, 11, 1));
    const Member zhang = club.join("13800138000", "张三");
    club.store->loyalty().topUp(zhang.id, *Money::parse(u"200"), PaymentMethod::Cash);
    club.at(QDate(2026, 11, 20));
    club.buy(zhang, 3);
    const std::optional<MemberSummary> row = club.store->directory().row(zhang.id, {});
    REQUIRE(row.has_value());
    CHECK(row->points == 300);
    CHECK(row->storedValue == *Money::parse(u"200"));
    CHECK(row->lastSaleAt == club.store.clock().now());
    CHECK(row->tier == 0);
    MemberListFilter frozen;
    frozen.status = MemberStatus::Frozen;
    CHECK_FALSE(club.store->directory().row(zhang.id, frozen).has_value());
}

TEST_CASE("Each member list filter keeps exactly its members", "[directory]")
{
    Club club;
    // Joined long ago and bought 70 days ago; joined long ago and never bought; joined and
    // bought recently.
    club.at(QDate(2026, 1, 5));
    const Member zhang = club.join("13800138000", "张三", "1990-11-30");
    const Member li = club.join("13900139000", "李四", "1985-12-02");
    club.store->members().changeTags(li.id, {QStringLiteral("VIP")}, {});
    club.at(QDate(2026, 9, 13));
    club.buy(zhang);
    club.at(QDate(2026, 11, 10));
    const Member wang = club.join("15012348000", "王芳", "2000-11-26");
    club.buy(wang, 25); // ¥2,500: up to 金卡
    MemberChange card;
    card.cardNo = QStringLiteral("C001");
    club.store->members().update(wang.id, card);
    const Member zhao = club.join("18612348000", "赵六");
    MemberChange freeze;
    freeze.status = QStringLiteral("frozen");
    club.store->members().update(zhao.id, freeze);
    club.store->members().changeTags(zhao.id, {QStringLiteral("VIP")}, {});
    club.at(QDate(2026, 11, 22)); // a Sunday: this week is 16 to 22 November

    const auto filtered = [&](auto set) {
        MemberListFilter f;
        set(f);
        QStringList got = club.list(f);
        got.sort();
        CHECK(club.store->directory().count(f) == got.size());
        return got.join(u' ');
    };
    using F = MemberListFilter;
    CHECK(filtered([](F &) {}) == QStringLiteral("张三 李四 王芳 赵六"));
    CHECK(filtered([](F &f) { f.tier = 1; }) == QStringLiteral("王芳"));
    CHECK(filtered([](F &f) { f.tier = 0; }) == QStringLiteral("张三 李四 赵六"));
    CHECK(filtered([](F &f) { f.tag = QStringLiteral(" VIP "); }) == QStringLiteral("李四 赵六"));
    CHECK(filtered([](F &f) { f.tag = QStringLiteral("学生"); }).isEmpty());
    CHECK(filtered([](F &f) { f.status = MemberStatus::Frozen; }) == QStringLiteral("赵六"));
    CHECK(filtered([](F &f) { f.status = MemberStatus::Active; }) ==
          QStringLiteral("张三 李四 王芳"));
    // Search text: a phone, its last four, a card, a name prefix.
    CHECK(filtered([](F &f) { f.text = QStringLiteral("139 0013 9000"); }) ==
          QStringLiteral("李四"));
    CHECK(filtered([](F &f) { f.text = QStringLiteral("8000"); }) ==
          QStringLiteral("张三 王芳 赵六"));
    CHECK(filtered([](F &f) { f.text = QStringLiteral("C001"); }) == QStringLiteral("王芳"));
    CHECK(filtered([](F &f) { f.text = QStringLiteral("王"); }) == QStringLiteral("王芳"));
    CHECK(filtered([](F &f) { f.text = QStringLiteral("nobody"); }).isEmpty());
    // Sleeping: no purchase for N days; never bought counts from joining.
    CHECK(filtered([](F &f) { f.sleepingDays = 30; }) == QStringLiteral("张三 李四"));
    CHECK(filtered([](F &f) { f.sleepingDays = 69; }) == QStringLiteral("张三 李四"));
    CHECK(filtered([](F &f) { f.sleepingDays = 71; }) == QStringLiteral("李四"));
    CHECK(filtered([](F &f) { f.sleepingDays = 13; }) == QStringLiteral("张三 李四"));
    CHECK(filtered([](F &f) { f.sleepingDays = 11; }) == QStringLiteral("张三 李四 王芳 赵六"));
    // Birthdays: this month (November) and this week (16–22 November).
    CHECK(filtered([](F &f) { f.birthday = BirthdayWindow::ThisMonth; }) ==
          QStringLiteral("张三 王芳"));
    CHECK(filtered([](F &f) { f.birthday = BirthdayWindow::ThisWeek; }).isEmpty());
    club.at(QDate(2026, 11, 26)); // Thursday: 23 to 29 November
    CHECK(filtered([](F &f) { f.birthday = BirthdayWindow::ThisWeek; }) == QStringLiteral("王芳"));
    club.at(QDate(2026, 12, 1)); // Tuesday: 30 November to 6 December
    CHECK(filtered([](F &f) { f.birthday = BirthdayWindow::ThisWeek; }) ==
          QStringLiteral("张三 李四"));
    CHECK(filtered([](F &f) { f.birthday = BirthdayWindow::ThisMonth; }) == QStringLiteral("李四"));
    // Together: every filter must hold.
    CHECK(filtered([](F &f) {
              f.tag = QStringLiteral("VIP");
              f.status = MemberStatus::Active;
              f.birthday = BirthdayWindow::ThisMonth;
          }) == QStringLiteral("李四"));
    CHECK(filtered([](F &f) {
              f.text = QStringLiteral("8000");
              f.sleepingDays = 30;
          }) == QStringLiteral("张三"));
}

TEST_CASE("Birthday weeks cross the new year and count 29 February in common years", "[directory]")
{
    Club club;
    club.join("13800138000", "元旦", "1990-01-02");
    club.join("13900139000", "除夕", "1990-12-31");
    club.join("15012345678", "闰日", "1992-02-29");
    club.join("18612345678", "下周", "1990-01-05");
    MemberListFilter week;
    week.birthday = BirthdayWindow::ThisWeek;
    const auto listed = [&] {
        QStringList got = club.list(week);
        got.sort();
        return got.join(u' ');
    };
    club.at(QDate(2026, 12, 30)); // Wednesday: 28 December to 3 January
    CHECK(listed() == QStringLiteral("元旦 除夕"));
    club.at(QDate(2027, 2, 24)); // 22 to 28 February 2027: no 29th that year
    CHECK(listed() == QStringLiteral("闰日"));
    club.at(QDate(2028, 2, 24)); // 21 to 27 February 2028: the 29th is next week
    CHECK(listed().isEmpty());
    club.at(QDate(2028, 3, 1)); // 28 February to 5 March 2028
    CHECK(listed() == QStringLiteral("闰日"));
}

TEST_CASE("Members with points expiring soon are listed until the points are spent", "[directory]")
{
    Club club;
    club.at(QDate(2024, 12, 10));
    const Member zhang = club.join("13800138000", "张三");
    const Member li = club.join("13900139000", "李四");
    club.buy(zhang, 2); // 200 points, expiring 24 months later: 2026-12-10
    club.at(QDate(2025, 6, 1));
    club.buy(li, 1); // expiring 2027-06-01
    club.at(QDate(2026, 11, 22));

    MemberListFilter soon;
    soon.expiringWithinDays = 30;
    CHECK(club.list(soon) == QStringList{QStringLiteral("张三")});
    soon.expiringWithinDays = 365;
    CHECK(club.list(soon).size() == 2);
    soon.expiringWithinDays = 30;
    // Spending them (oldest lot first) leaves nothing to expire.
    club.store->loyalty().adjustPoints(zhang.id, -200, QStringLiteral("兑换礼品"));
    CHECK(club.list(soon).isEmpty());
}

TEST_CASE("The member list refuses impossible day counts", "[directory]")
{
    Club club;
    MemberListFilter f;
    f.sleepingDays = -1;
    CHECK(errorOf([&] { club.store->directory().page(f, 0, 10); }) == ErrorCode::InvalidArgument);
    f.sleepingDays = 0;
    f.expiringWithinDays = 100000;
    CHECK(errorOf([&] { club.store->directory().count(f); }) == ErrorCode::InvalidArgument);
}

TEST_CASE("Searching the member list uses the indexes", "[directory][plan]")
{
    Club club;
    club.join("13800138000", "张三");
    const char *text = GENERATE("13800138000", "8000", "C001", "张");
    CAPTURE(text);
    MemberListFilter f;
    f.text = QString::fromUtf8(text);
    const QStringList plans =
        plansOf(club.store->database(), [&] { club.store->directory().page(f, 0, 200); });
    INFO(plans.join(QStringLiteral("\n")).toStdString());
    CHECK_FALSE(storedesk::test::scansTable(plans, QStringLiteral("m")));
}

TEST_CASE("Tags are listed by how many members carry them", "[directory]")
{
    Club club;
    const Member a = club.join("13800138000", "甲");
    const Member b = club.join("13900139000", "乙");
    club.store->members().changeTags(a.id, {QStringLiteral("VIP"), QStringLiteral("学生")}, {});
    club.store->members().changeTags(b.id, {QStringLiteral("VIP")}, {});
    const auto tags = club.store->directory().tags();
    REQUIRE(tags.size() == 2);
    CHECK(tags[0] == std::pair<QString, qint64>(QStringLiteral("VIP"), 2));
    CHECK(tags[1] == std::pair<QString, qint64>(QStringLiteral("学生"), 1));
}
