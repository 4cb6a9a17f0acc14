// Sale requests as another program might send them, wrong in every field: the reader refuses
// what is not a request (invalid_request), the checkout refuses what cannot be sold, and a
// refused request leaves the store exactly as it was — no sale, no stock move, no ledger entry.
#include "catchqt.h"
#include "domain/error.h"
#include "fuzzjson.h"
#include "io/memberimport.h"
#include "sales/checkout.h"
#include "sales/salerequest.h"
#include "storechecksum.h"
#include "teststore.h"

#include <QJsonDocument>

using namespace storedesk::core;
using storedesk::test::changedTables;
using storedesk::test::FuzzInput;
using storedesk::test::mutateJson;
using storedesk::test::scalar;
using storedesk::test::snapshot;
using storedesk::test::TestStore;

namespace {

constexpr std::uint64_t kSeed = 8000001;
constexpr int kRounds = 5000;

const QList<QByteArray> kSeeds{
    R"({"request_id":"till1-000123","member":"13800138000",
        "lines":[{"barcode":"6901234567892","qty":2},{"barcode":"4006381333931","qty":1}],
        "redeem_points":100,"payments":[{"method":"cash","amount":"15.00","tendered":"20.00"}]})",
    R"({"lines":[{"barcode":"73513537","qty":1}],
        "payments":[{"method":"card","amount":"25.00"}]})",
    R"({"member":"13800138000","lines":[{"barcode":"6901234567892","qty":4}],
        "payments":[{"method":"stored_value","amount":"5.00"},{"method":"wechat","amount":"5.00"}]})",
    R"({"member":"13800138000","lines":[{"barcode":"4006381333931","qty":1}],
        "coupons":["CP-7K3M-9XQ2"],"payments":[{"method":"alipay","amount":"10.00"}]})",
};

void addProduct(Store &store, const char *barcode, const char *name, const char *price)
{
    NewProduct p;
    p.barcode = QString::fromLatin1(barcode);
    p.name = QString::fromUtf8(name);
    p.price = QString::fromLatin1(price);
    p.stock = 1000;
    store.catalog().add(p);
}

} // namespace

TEST_CASE("Mangled sale requests are refused whole and leave the store untouched",
          "[fuzz][checkout]")
{
    TestStore store;
    addProduct(*store, "6901234567892", "矿泉水", "2.50");
    addProduct(*store, "4006381333931", "中性笔", "10.00");
    addProduct(*store, "73513537", "香烟", "25.00");
    // A member with points and stored value to spend, brought in as an import brings them.
    const CsvTable member = CsvTable::fromBytes("手机,姓名,积分,储值\n13800138000,张三,5000,200\n");
    REQUIRE(MemberImport(*store).run(member, MemberImport::detect(member), {}).imported == 1);

    FuzzInput fuzz(kSeed);
    const QStringList keys{QStringLiteral("request_id"), QStringLiteral("member"),
                           QStringLiteral("lines"),      QStringLiteral("redeem_points"),
                           QStringLiteral("coupons"),    QStringLiteral("payments"),
                           QStringLiteral("cashier"),    QStringLiteral("unknown")};
    int committed = 0;
    int readerRefused = 0;
    int checkoutRefused = 0;
    for (int round = 0; round < kRounds; ++round) {
        INFO("seed " << kSeed << ", round " << round);
        const QByteArray seed = fuzz.pick(kSeeds);
        QJsonObject json;
        if (fuzz.chance(25)) {
            // Bytes gone wrong: most are not JSON at all, and that is the caller's message.
            const QJsonDocument doc =
                QJsonDocument::fromJson(fuzz.mutate(seed, "{}[]\":,0-.e", int(fuzz.between(1, 4))));
            if (!doc.isObject())
                continue;
            json = doc.object();
        } else {
            QJsonValue v = QJsonDocument::fromJson(seed).object();
            for (qint64 n = fuzz.between(1, 3); n > 0; --n)
                v = mutateJson(fuzz, v, keys);
            if (!v.isObject())
                continue;
            json = v.toObject();
        }
        SaleRequest request;
        try {
            request = SaleRequest::fromJson(json);
        } catch (const Error &e) {
            CHECK(e.code() == ErrorCode::InvalidRequest);
            CHECK_FALSE(e.message().isEmpty());
            ++readerRefused;
            continue;
        }
        const auto before = snapshot(store->database());
        const qint64 sales = scalar(*store, QStringLiteral("SELECT count(*) FROM sales"));
        try {
            const SaleRecord sale = store->checkout().commit(request);
            ++committed;
            CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM sales")) <= sales + 1);
        } catch (const Error &e) {
            CHECK_FALSE(e.message().isEmpty());
            CHECK(errorCodeName(e.code()) != u"unknown_error");
            CHECK(changedTables(before, snapshot(store->database())).isEmpty());
            ++checkoutRefused;
        }
        // Whatever happened, the books balance.
        CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM sales s WHERE total_fen <> "
                                            "(SELECT coalesce(sum(amount_fen), 0) FROM "
                                            "sale_payments p WHERE p.sale_id = s.id)")) == 0);
        CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM members m WHERE "
                                            "points_balance <> (SELECT coalesce(sum(points), 0) "
                                            "FROM points_ledger l WHERE l.member_id = m.id) OR "
                                            "stored_paid_fen + stored_bonus_fen <> (SELECT "
                                            "coalesce(sum(paid_fen + bonus_fen), 0) FROM "
                                            "stored_value_ledger s WHERE s.member_id = m.id)")) ==
              0);
    }
    CHECK(committed > 0);
    CHECK(readerRefused > 0);
    CHECK(checkoutRefused > 0);
}
