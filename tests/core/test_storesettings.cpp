// The store's own details: what a receipt says about the store, its time zone and the
// low-stock level, each checked before anything is written.
#include "catchqt.h"
#include "sales/checkout.h"
#include "teststore.h"

#include <QSignalSpy>

using namespace storedesk::core;
using storedesk::test::errorOf;
using storedesk::test::TestStore;

namespace {

StoreProfile complete()
{
    return {QStringLiteral("老街便利店"), QStringLiteral("上海市黄浦区老街 12 号"),
            QStringLiteral("021-5555 1234"), QStringLiteral("欢迎光临\n会员积分 1 元 1 分"),
            QStringLiteral("谢谢惠顾")};
}

} // namespace

TEST_CASE("The store profile is stored tidied and read back whole", "[settings]")
{
    TestStore store;
    StoreSettings &settings = store->settings();
    CHECK(settings.profile().name.isEmpty());

    StoreProfile input = complete();
    input.name = QStringLiteral("  老街   便利店 ");
    input.receiptHeader = QStringLiteral("\n  欢迎光临  \r\n会员积分 1 元 1 分\n\n");
    settings.setProfile(input);

    const StoreProfile p = settings.profile();
    CHECK(p.name == QStringLiteral("老街 便利店"));
    CHECK(p.address == complete().address);
    CHECK(p.phone == complete().phone);
    CHECK(p.receiptHeader == complete().receiptHeader);
    CHECK(p.receiptFooter == complete().receiptFooter);
    CHECK(settings.storeName() == p.name);

    // Clearing the optional fields is allowed.
    settings.setProfile({p.name, {}, {}, {}, {}});
    CHECK(settings.profile().address.isEmpty());
    CHECK(settings.profile().receiptFooter.isEmpty());
}

TEST_CASE("A bad store profile is refused whole and names its field", "[settings]")
{
    const auto [field, code] = GENERATE(table<const char *, ErrorCode>({
        {"name", ErrorCode::InvalidName},
        {"address", ErrorCode::InvalidSetting},
        {"phone", ErrorCode::InvalidSetting},
        {"receipt_header", ErrorCode::InvalidSetting},
        {"receipt_footer", ErrorCode::InvalidSetting},
    }));
    const QString which = QString::fromLatin1(field);
    CAPTURE(which);
    TestStore store;
    store->settings().setProfile(complete());
    QSignalSpy changed(&store->settings(), &StoreSettings::changed);

    const QString tooManyLines = QStringLiteral("一\n二\n三\n四\n五");
    const QList<StoreProfile> bad = [&] {
        QList<StoreProfile> out(3, complete());
        if (which == u"name") {
            out[0].name = QStringLiteral("   ");
            out[1].name = QString(61, u'店');
            out[2].name = QString();
        } else if (which == u"address") {
            out[0].address = QString(81, u'路');
            out[1].address = QStringLiteral("老街\x01 12 号");
            out[2].address = QString(200, u'a');
        } else if (which == u"phone") {
            out[0].phone = QStringLiteral("021-5555 abcd");
            out[1].phone = QString(31, u'1');
            out[2].phone = QStringLiteral("021;5555");
        } else if (which == u"receipt_header") {
            out[0].receiptHeader = tooManyLines;
            out[1].receiptHeader = QString(49, u'欢');
            out[2].receiptHeader = QStringLiteral("欢迎\t光临");
        } else {
            out[0].receiptFooter = tooManyLines;
            out[1].receiptFooter = QString(49, u'谢');
            out[2].receiptFooter = QStringLiteral("谢谢\x07");
        }
        return out;
    }();
    for (const StoreProfile &p : bad) {
        try {
            store->settings().setProfile(p);
            FAIL("accepted");
        } catch (const Error &e) {
            CHECK(e.code() == code);
            CHECK(e.field() == (which == u"name" ? QStringLiteral("store_name") : which));
            CHECK_FALSE(e.message().isEmpty());
        }
        const StoreProfile now = store->settings().profile();
        CHECK(now.name == complete().name);
        CHECK(now.address == complete().address);
        CHECK(now.phone == complete().phone);
        CHECK(now.receiptHeader == complete().receiptHeader);
        CHECK(now.receiptFooter == complete().receiptFooter);
    }
    CHECK(changed.isEmpty());
}

TEST_CASE("Saving the profile signals each setting that changed once", "[settings]")
{
    TestStore store;
    store->settings().setProfile(complete());
    QSignalSpy changed(&store->settings(), &StoreSettings::changed);
    StoreProfile p = complete();
    p.receiptFooter = QStringLiteral("欢迎再来");
    store->settings().setProfile(p);
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toString() == QStringLiteral("receipt.footer"));
    store->settings().setProfile(p);
    CHECK(changed.size() == 1);
}

TEST_CASE("The store's time zone decides the business day of a sale", "[settings]")
{
    TestStore store;
    NewProduct water;
    water.barcode = QStringLiteral("6901234567892");
    water.name = QStringLiteral("矿泉水");
    water.price = QStringLiteral("2.50");
    store->catalog().add(water);
    const auto sell = [&](const char *id) {
        SaleRequest r;
        r.requestId = QString::fromLatin1(id);
        r.lines = {{QStringLiteral("6901234567892"), 1}};
        r.payments = {{PaymentMethod::Cash, Money::fromFen(250), Money::fromFen(250)}};
        return store->checkout().commit(r);
    };
    // 2026-11-22 17:30 UTC is already the 23rd in Shanghai, still the 22nd in London.
    store.clock().set(QDateTime(QDate(2026, 11, 22), QTime(17, 30), Qt::UTC));
    store->settings().setTimeZone(QStringLiteral("Asia/Shanghai"));
    CHECK(store->settings().timeZone().id() == QByteArrayLiteral("Asia/Shanghai"));
    CHECK(sell("a").receiptNo == QStringLiteral("20261123-0001"));
    store->settings().setTimeZone(QStringLiteral("Europe/London"));
    CHECK(sell("b").receiptNo == QStringLiteral("20261122-0001"));

    CHECK(errorOf([&] { store->settings().setTimeZone(QStringLiteral("Mars/Olympus")); }) ==
          ErrorCode::InvalidSetting);
    CHECK(store->settings().timeZone().id() == QByteArrayLiteral("Europe/London"));

    // Another program opening the same file uses the zone stored in it.
    Store other(store.path(), std::make_unique<FixedClock>(store.clock().now()),
                Store::OpenMode::ExistingOnly);
    CHECK(other.loyalty().zone().id() == QByteArrayLiteral("Europe/London"));

    store->settings().setTimeZone(QString());
    CHECK(store->settings().timeZone() == QTimeZone::systemTimeZone());
}

TEST_CASE("The default reorder level is five until the store sets one", "[settings]")
{
    TestStore store;
    CHECK(store->settings().defaultReorderLevel() == 5);
    store->settings().setDefaultReorderLevel(0);
    CHECK(store->settings().defaultReorderLevel() == 0);
    store->settings().setDefaultReorderLevel(24);
    CHECK(store->settings().defaultReorderLevel() == 24);
    CHECK(errorOf([&] { store->settings().setDefaultReorderLevel(-1); }) ==
          ErrorCode::InvalidSetting);
    CHECK(errorOf([&] { store->settings().setDefaultReorderLevel(1'000'001); }) ==
          ErrorCode::InvalidSetting);
    CHECK(store->settings().defaultReorderLevel() == 24);
}
