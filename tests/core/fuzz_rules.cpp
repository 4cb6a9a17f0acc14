// Loyalty rules documents edited by hand or by another program, wrong anywhere in the tree: a
// document is taken whole (and then reads back as itself) or refused with invalid_rules naming
// a field, and a refused document changes nothing in the store.
#include "catchqt.h"
#include "domain/error.h"
#include "fuzzjson.h"
#include "loyalty/rulebook.h"
#include "loyalty/rules.h"
#include "storechecksum.h"
#include "teststore.h"

#include <QJsonDocument>

using namespace storedesk::core;
using storedesk::test::changedTables;
using storedesk::test::FuzzInput;
using storedesk::test::mutateJson;
using storedesk::test::snapshot;
using storedesk::test::TestStore;

namespace {

constexpr std::uint64_t kSeed = 7070707;
constexpr int kRounds = 12000;

QJsonObject seedDocument()
{
    QJsonObject rules = Rules::defaults().toJson();
    rules.insert(QStringLiteral("promotions"), QJsonDocument::fromJson(R"([
        {"kind":"threshold","name":"满200减20","min_spend":"200.00","off":"20.00"},
        {"kind":"member_day","name":"周三会员日","weekday":3,"percent":"5",
         "points_multiplier":"2"}])")
                                                   .array());
    return rules;
}

/// Every key the document has, at any depth: what a mutation may add where it does not belong.
void collectKeys(const QJsonValue &value, QStringList &keys)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!keys.contains(it.key()))
                keys.append(it.key());
            collectKeys(it.value(), keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectKeys(v, keys);
    }
}

} // namespace

TEST_CASE("Mangled rules documents are taken whole or refused and never half stored",
          "[fuzz][rules]")
{
    TestStore store;
    const QJsonObject seed = seedDocument();
    REQUIRE_NOTHROW(Rules::fromJson(seed));
    QStringList keys;
    collectKeys(seed, keys);

    FuzzInput fuzz(kSeed);
    int taken = 0;
    int refused = 0;
    for (int round = 0; round < kRounds; ++round) {
        INFO("seed " << kSeed << ", round " << round);
        QJsonObject document;
        if (fuzz.chance(15)) {
            const QByteArray text = QJsonDocument(seed).toJson(QJsonDocument::Compact);
            const QJsonDocument doc =
                QJsonDocument::fromJson(fuzz.mutate(text, "{}[]\":,0-.e", int(fuzz.between(1, 3))));
            if (!doc.isObject())
                continue;
            document = doc.object();
        } else {
            QJsonValue v = seed;
            for (qint64 n = fuzz.between(1, 4); n > 0; --n)
                v = mutateJson(fuzz, v, keys);
            document = v.toObject();
        }
        const bool intoStore = round % 10 == 0; // the store's copy costs a write: now and then
        const auto before =
            intoStore ? snapshot(store->database()) : storedesk::test::StoreSnapshot();
        try {
            const Rules rules = Rules::fromJson(document);
            ++taken;
            // What was taken reads back as itself.
            const QJsonObject normalized = rules.toJson();
            CHECK(Rules::fromJson(normalized).toJson() == normalized);
            if (intoStore) {
                const int version = store->rules().current().version;
                CHECK(store->rules().set(document).version == version + 1);
                CHECK(store->rules().current().rules.toJson() == normalized);
            }
        } catch (const Error &e) {
            CHECK(e.code() == ErrorCode::InvalidRules);
            CHECK_FALSE(e.field().isEmpty());
            CHECK_FALSE(e.message().isEmpty());
            ++refused;
            if (intoStore) {
                CHECK_THROWS_AS(store->rules().set(document), Error);
                CHECK(changedTables(before, snapshot(store->database())).isEmpty());
            }
        }
    }
    CHECK(taken > 0);
    CHECK(refused > kRounds / 4);
}
