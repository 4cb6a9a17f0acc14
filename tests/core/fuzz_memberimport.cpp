// The member import fed files that went wrong in every way a file can — random bytes, broken
// quotes, huge fields, GBK inside UTF-8 — must never crash and never write part of a file:
// either the store takes the accepted rows whole (and its books still balance) or it is, table
// by table, what it was before.
#include "catchqt.h"
#include "domain/error.h"
#include "fuzzinput.h"
#include "io/memberimport.h"
#include "storechecksum.h"
#include "teststore.h"

#include <QStringEncoder>

using namespace storedesk::core;
using storedesk::test::changedTables;
using storedesk::test::FuzzInput;
using storedesk::test::scalar;
using storedesk::test::snapshot;
using storedesk::test::TestStore;

namespace {

constexpr std::uint64_t kSeed = 20261125;
constexpr int kRounds = 1500;

QList<QByteArray> seedFiles()
{
    QStringEncoder gbk("GB18030");
    return {
        QByteArray(
            "\xEF\xBB\xBF"
            "会员卡号,姓名,手机号,性别,生日,当前积分,储值余额,赠送余额,会员等级,标签,备注,"
            "注册时间,最后消费时间\r\n"
            "V0001,张三,138 0013 8000,男,1990/5/17,\"1,200\",¥350.50,50,金卡会员,VIP、老顾客,"
            "\"爱喝茶，\"\"常来\"\"\",2019-03-05 14:22:10,2026-10-01\r\n"
            "V0002,李四,+86 139-0013-9000,女,19850302,0,,,,,\"两行\n备注\",2020年1月2日,\r\n"),
        gbk.encode(QStringLiteral("手机,姓名,积分,余额（元）,状态\r\n"
                                  "13700137000,王五,300,35元,正常\r\n"
                                  "13600136000,赵六,12,0.5,冻结\r\n")),
        QByteArray("mobile\tname\tpoints\tbalance\tbirthday\n"
                   "=\"13500135000\"\tAnn\t1200.0\t1,280.50\t1990-05-17\n"
                   "'13400134000\tBob\t\t\t\n"),
        QByteArray("phone;name;card;tier;tags\n13300133000;Cai;C-77;普通会员;a|b\n"),
    };
}

/// Every member's cached balances are the sums of their ledgers.
qint64 unbalancedMembers(Store &store)
{
    return scalar(
        store, QStringLiteral("SELECT count(*) FROM members m WHERE points_balance <> (SELECT "
                              "coalesce(sum(points), 0) FROM points_ledger l WHERE l.member_id = "
                              "m.id) OR stored_paid_fen <> (SELECT coalesce(sum(paid_fen), 0) FROM "
                              "stored_value_ledger s WHERE s.member_id = m.id) OR stored_bonus_fen "
                              "<> (SELECT coalesce(sum(bonus_fen), 0) FROM stored_value_ledger s "
                              "WHERE s.member_id = m.id) OR stored_paid_fen < 0 OR "
                              "stored_bonus_fen < 0"));
}

} // namespace

TEST_CASE("Broken member files never crash the import and never write part of a file",
          "[fuzz][import]")
{
    TestStore store;
    NewMember existing;
    existing.phone = QStringLiteral("13800138000");
    existing.name = QStringLiteral("老会员");
    existing.cardNo = QStringLiteral("V0001");
    store->members().add(existing);

    FuzzInput fuzz(kSeed);
    const QList<QByteArray> seeds = seedFiles();
    const QByteArray alphabet(",;\t\"\"\r\n\n'=¥");
    const QStringList mapWords{QStringLiteral("phone=手机号"), QStringLiteral("name=mobile"),
                               QStringLiteral("points=姓名"),  QStringLiteral("note="),
                               QStringLiteral("tier=备注"),    QStringLiteral("bogus=x")};
    int parsed = 0;
    int imported = 0;
    int refused = 0;
    for (int round = 0; round < kRounds; ++round) {
        INFO("seed " << kSeed << ", round " << round);
        const QByteArray bytes =
            fuzz.chance(10) ? fuzz.bytes(fuzz.between(0, 4096))
                            : fuzz.mutate(fuzz.pick(seeds), alphabet, int(fuzz.between(1, 8)));
        const auto before = snapshot(store->database());
        const qint64 membersBefore = scalar(*store, QStringLiteral("SELECT count(*) FROM members"));
        ImportOptions options;
        options.skipBad = fuzz.chance(30);
        options.dryRun = fuzz.chance(10);
        options.source = QStringLiteral("fuzz.csv");
        try {
            const CsvTable table = CsvTable::fromBytes(bytes);
            ++parsed;
            ImportMapping mapping = MemberImport::detect(table);
            if (fuzz.chance(20))
                mapping.assign(fuzz.pick(mapWords));
            const ImportReport report = MemberImport(*store).run(table, mapping, options);

            CHECK(report.rows == table.records().size() - 1);
            CHECK(report.accepted + report.rejected() == report.rows);
            const qint64 lines = bytes.count('\n') + bytes.count('\r') + 1;
            for (const ImportProblem &p : report.problems) {
                CHECK(p.line >= 2);
                CHECK(p.line <= lines);
                CHECK_FALSE(p.message.isEmpty());
            }
            if (options.dryRun || (report.rejected() > 0 && !options.skipBad))
                CHECK(report.imported == 0);
            if (report.imported == 0) {
                CHECK(changedTables(before, snapshot(store->database())).isEmpty());
                ++refused;
            } else {
                CHECK(report.imported == report.accepted);
                CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM members")) ==
                      membersBefore + report.imported);
                CHECK(unbalancedMembers(*store) == 0);
                ++imported;
            }
        } catch (const Error &e) {
            CHECK_FALSE(e.message().isEmpty());
            const QList<ErrorCode> expected{ErrorCode::InvalidEncoding, ErrorCode::InvalidCsv,
                                            ErrorCode::MissingColumn, ErrorCode::UnknownColumn,
                                            ErrorCode::InvalidArgument};
            CHECK(expected.contains(e.code()));
            CHECK(changedTables(before, snapshot(store->database())).isEmpty());
            ++refused;
        }
    }
    // The rounds reached every outcome, not only the tokenizer's refusals.
    CHECK(parsed > kRounds / 5);
    CHECK(imported > 0);
    CHECK(refused > kRounds / 4);
}
