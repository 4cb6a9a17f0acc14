#include "memberimport.h"

#include "db/transaction.h"
#include "importvalues.h"
#include "io/bulkindexes.h"
#include "io/bulkstatement.h"
#include "members/memberfields.h"
#include "store/store.h"

#include <QHash>
#include <QSqlQuery>

#include <array>
#include <optional>

namespace storedesk::core {

namespace {

constexpr int kProgressEvery = 256;
constexpr int kImportCacheKiB = 64 * 1024;
/// Fewer rows than this are written with the indexes kept up to date as they go.
constexpr qsizetype kBulkIndexRows = 5000;

/// A page cache big enough for the import while it runs. With SQLite's default (2 MiB) a big
/// import spills pages into the log before the end and reads them back.
class LargerCache
{
public:
    explicit LargerCache(Database &db)
        : m_db(db)
    {
        QSqlQuery q = db.exec(QStringLiteral("PRAGMA cache_size"));
        m_before = q.next() ? q.value(0).toLongLong() : -2000;
        db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-kImportCacheKiB));
    }
    ~LargerCache()
    {
        QSqlQuery restore(m_db.connection());
        restore.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_before));
    }
    LargerCache(const LargerCache &) = delete;
    LargerCache &operator=(const LargerCache &) = delete;

private:
    Database &m_db;
    qint64 m_before = -2000;
};

/// A row that passed every check, as it will be stored.
struct ImportedMember
{
    QString phone;
    QString name;
    Gender gender = Gender::Unspecified;
    QDate birthday;
    QString card;
    QString note;
    MemberStatus status = MemberStatus::Active;
    QDateTime joined;
    QDateTime lastVisit;
    int tier = 0;
    QStringList tags;
    qint64 points = 0;
    Money paid;
    Money bonus;
};

/// Checks the rows one by one: each value as the registry would, and phones and cards against
/// the rows before and the store (inside the import's transaction, so nobody adds one between
/// the check and the write).
class RowChecker
{
public:
    RowChecker(Store &store, const ImportMapping &mapping, const Rules &rules, const QDateTime &now)
        : m_db(store.database())
        , m_mapping(mapping)
        , m_rules(rules)
        , m_now(now)
        , m_zone(store.loyalty().zone())
        , m_today(now.toTimeZone(m_zone).date())
        , m_phoneTaken(m_db, "SELECT 1 FROM members WHERE phone = ?")
        , m_cardTaken(m_db, "SELECT 1 FROM members WHERE card_no = ?")
    {
        for (ImportField f : importFields())
            m_columns[std::size_t(f)] = mapping.columnOf(f);
    }

    std::optional<ImportedMember> check(const CsvRecord &record, QList<ImportProblem> &problems)
    {
        m_record = &record;
        m_problems = &problems;
        m_ok = true;
        ImportedMember m;
        extraCells();
        read(ImportField::Phone, [&](const QString &v) {
            m.phone = ImportValues::phone(v).digits();
            unique(m.phone, m_phones, m_phoneTaken, ErrorCode::DuplicatePhone);
        });
        read(ImportField::Name, [&](const QString &v) { m.name = validMemberName(v); });
        read(ImportField::Gender, [&](const QString &v) { m.gender = ImportValues::gender(v); });
        read(ImportField::Birthday,
             [&](const QString &v) { m.birthday = ImportValues::birthday(v, m_today); });
        read(ImportField::Card, [&](const QString &v) {
            m.card = validCard(v);
            if (!m.card.isEmpty())
                unique(m.card, m_cards, m_cardTaken, ErrorCode::DuplicateCard);
        });
        read(ImportField::Points, [&](const QString &v) { m.points = ImportValues::points(v); });
        read(ImportField::StoredValue, [&](const QString &v) {
            m.paid = ImportValues::amount(v, importFieldCode(ImportField::StoredValue));
        });
        read(ImportField::StoredBonus, [&](const QString &v) {
            m.bonus = ImportValues::amount(v, importFieldCode(ImportField::StoredBonus));
            if (m.bonus > m.paid) {
                throw Error(ErrorCode::InvalidAmount,
                            MemberImport::tr("The bonus part %1 is more than the whole stored "
                                             "value %2.")
                                .arg(m.bonus.toString(), m.paid.toString()),
                            importFieldCode(ImportField::StoredBonus));
            }
            m.paid -= m.bonus;
        });
        read(ImportField::Tier, [&](const QString &v) { m.tier = tier(v); });
        read(ImportField::Tags, [&](const QString &v) { m.tags = ImportValues::tags(v); });
        read(ImportField::Note, [&](const QString &v) { m.note = validMemberNote(v); });
        read(ImportField::Status, [&](const QString &v) { m.status = ImportValues::status(v); });
        read(ImportField::Joined, [&](const QString &v) {
            m.joined =
                ImportValues::pastMoment(v, m_zone, m_now, importFieldCode(ImportField::Joined));
        });
        read(ImportField::LastVisit, [&](const QString &v) {
            m.lastVisit =
                ImportValues::pastMoment(v, m_zone, m_now, importFieldCode(ImportField::LastVisit));
        });
        if (!m.joined.isValid())
            m.joined = m_now;
        return m_ok ? std::optional<ImportedMember>(std::move(m)) : std::nullopt;
    }

private:
    template<typename Read>
    void read(ImportField field, Read &&readValue)
    {
        const int column = m_columns[std::size_t(field)];
        // A missing column reads as an empty cell: the phone and the name then say so.
        const QString value =
            ImportValues::cell(column >= 0 ? m_record->fields.value(column) : QString());
        try {
            readValue(value);
        } catch (const Error &e) {
            problem(importFieldCode(field), column >= 0 ? m_mapping.columnName(column) : QString(),
                    e.code(), e.message());
        }
    }

    void problem(const QString &field, const QString &column, ErrorCode code,
                 const QString &message)
    {
        m_problems->append({m_record->line, field, column, code, message});
        m_ok = false;
    }

    void extraCells()
    {
        const auto headers = m_mapping.headers().size();
        for (auto i = headers; i < m_record->fields.size(); ++i) {
            if (!ImportValues::cell(m_record->fields[i]).isEmpty()) {
                problem({}, {}, ErrorCode::InvalidCsv,
                        MemberImport::tr("The row has %1 cells but the header only %2: a comma "
                                         "or tab inside a value that is not in quotes?")
                            .arg(m_record->fields.size())
                            .arg(headers));
                return;
            }
        }
    }

    void unique(const QString &value, QHash<QString, int> &seen, BulkStatement &taken,
                ErrorCode code)
    {
        const auto before = seen.constFind(value);
        if (before != seen.constEnd()) {
            throw Error(code, MemberImport::tr("%1 is on line %2 too.").arg(value).arg(*before));
        }
        seen.insert(value, m_record->line);
        const bool exists = taken.bind(1, value).next();
        while (exists && taken.next()) {
            // read to the end, which readies the statement for the next value
        }
        if (exists) {
            throw Error(
                code, MemberImport::tr("%1 already belongs to a member of this store.").arg(value));
        }
    }

    int tier(const QString &name)
    {
        if (name.isEmpty())
            return 0;
        QStringList names;
        for (int i = 0; i < m_rules.tiers.size(); ++i) {
            if (m_rules.tiers[i].name.compare(name, Qt::CaseInsensitive) == 0)
                return i;
            names.append(m_rules.tiers[i].name);
        }
        throw Error(ErrorCode::UnknownTier,
                    MemberImport::tr("“%1” is not one of this store's tiers (%2): rename it in the "
                                     "file, or add the tier to the loyalty rules first.")
                        .arg(name, names.join(QStringLiteral(", "))),
                    importFieldCode(ImportField::Tier));
    }

    Database &m_db;
    const ImportMapping &m_mapping;
    const Rules &m_rules;
    QDateTime m_now;
    QTimeZone m_zone;
    QDate m_today;
    std::array<int, kImportFieldCount> m_columns{};
    BulkStatement m_phoneTaken;
    BulkStatement m_cardTaken;
    QHash<QString, int> m_phones;
    QHash<QString, int> m_cards;
    const CsvRecord *m_record = nullptr;
    QList<ImportProblem> *m_problems = nullptr;
    bool m_ok = true;
};

/// Writes checked rows with statements prepared once. A new member has no lots and no debts,
/// so an opening credit is one ledger row, and the member row is written in the same
/// transaction with the cached balances those rows add up to — what PointsLedger and
/// StoredValueLedger keep for any entry, without a second write of each member.
class RowWriter
{
public:
    RowWriter(Store &store, const Rules &rules, const QDateTime &now, const QString &source)
        : m_db(store.database())
        , m_stamp(storedTimestamp(now))
        , m_expiry(store.loyalty().expiryFor(now, rules))
        , m_reason(source.isEmpty()
                       ? MemberImport::tr("Opening balance brought from another system")
                       : MemberImport::tr("Opening balance imported from %1").arg(source))
        , m_tierReason(QStringLiteral("opening: imported from %1").arg(source))
        , m_member(store.database(),
                   "INSERT INTO members (phone, name, gender, birthday, card_no, "
                   "note, status, joined_at, updated_at, tier, tier_since, "
                   "last_sale_at, points_balance, stored_paid_fen, "
                   "stored_bonus_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                   "?, ?, ?)")
        , m_tag(store.database(),
                "INSERT OR IGNORE INTO member_tags (member_id, tag) VALUES (?, ?)")
        , m_points(store.database(), "INSERT INTO points_ledger (member_id, at, kind, points, "
                                     "expires_at, reason) VALUES (?, ?, ?, ?, ?, ?)")
        , m_storedValue(store.database(), "INSERT INTO stored_value_ledger (member_id, at, kind, "
                                          "paid_fen, bonus_fen, reason) VALUES (?, ?, ?, ?, ?, ?)")
        , m_tierChange(store.database(), "INSERT INTO tier_changes (member_id, at, from_tier, "
                                         "to_tier, reason) VALUES (?, ?, 0, ?, ?)")
    {}

    void write(const ImportedMember &m)
    {
        m_member.bind(1, m.phone).bind(2, m.name).bind(3, genderCode(m.gender));
        optional(m_member, 4, m.birthday.isValid() ? m.birthday.toString(Qt::ISODate) : QString());
        optional(m_member, 5, m.card);
        m_member.bind(6, m.note).bind(7, statusCode(m.status)).bind(8, storedTimestamp(m.joined));
        m_member.bind(9, m_stamp).bind(10, qint64(m.tier));
        optional(m_member, 11, m.tier > 0 ? m_stamp : QString());
        optional(m_member, 12, m.lastVisit.isValid() ? storedTimestamp(m.lastVisit) : QString());
        m_member.bind(13, m.points).bind(14, m.paid.fen()).bind(15, m.bonus.fen());
        m_member.run();
        const qint64 id = m_db.lastInsertId();
        for (const QString &tag : m.tags)
            m_tag.bind(1, id).bind(2, tag).run();
        if (m.points > 0) {
            m_points.bind(1, id).bind(2, m_stamp).bind(3, pointsKindCode(PointsKind::Opening));
            m_points.bind(4, m.points).bind(6, m_reason);
            optional(m_points, 5, m_expiry.isValid() ? storedTimestamp(m_expiry) : QString());
            m_points.run();
        }
        if (!m.paid.isZero() || !m.bonus.isZero()) {
            m_storedValue.bind(1, id).bind(2, m_stamp);
            m_storedValue.bind(3, storedValueKindCode(StoredValueKind::Opening));
            m_storedValue.bind(4, m.paid.fen()).bind(5, m.bonus.fen()).bind(6, m_reason).run();
        }
        if (m.tier > 0)
            m_tierChange.bind(1, id)
                .bind(2, m_stamp)
                .bind(3, qint64(m.tier))
                .bind(4, m_tierReason)
                .run();
    }

private:
    /// Binds \a value, or NULL when it is empty.
    static void optional(BulkStatement &statement, int index, const QString &value)
    {
        if (value.isEmpty())
            statement.bindNull(index);
        else
            statement.bind(index, value);
    }

    Database &m_db;
    QString m_stamp;
    QDateTime m_expiry;
    QString m_reason;
    QString m_tierReason;
    BulkStatement m_member;
    BulkStatement m_tag;
    BulkStatement m_points;
    BulkStatement m_storedValue;
    BulkStatement m_tierChange;
};

/// The members table's own indexes, dropped for the write and built again from the finished
/// table, when the import at least doubles the table: building an index once from sorted data
/// is cheaper than updating it row by row, but not when the store already holds many more
/// members than the file brings. The unique phone and card indexes stay, and the ledgers'
/// indexes too (a store's ledgers grow with every sale).
std::optional<BulkIndexes> setIndexesAside(Database &db, const QList<ImportedMember> &members)
{
    qint64 existing = 0;
    {
        // Finished before the indexes go: SQLite drops nothing under a running statement.
        QSqlQuery count = db.exec(QStringLiteral("SELECT count(*) FROM members"));
        existing = count.next() ? count.value(0).toLongLong() : 0;
    }
    if (members.size() < kBulkIndexRows || members.size() < existing)
        return std::nullopt;
    return std::optional<BulkIndexes>(std::in_place, db, QStringList{QStringLiteral("members")});
}

} // namespace

MemberImport::MemberImport(Store &store)
    : m_store(store)
{}

ImportMapping MemberImport::detect(const CsvTable &table)
{
    if (table.isEmpty()) {
        throw Error(ErrorCode::InvalidCsv,
                    tr("The file is empty: it needs a header row naming its columns, then one "
                       "row per member."),
                    QStringLiteral("file"));
    }
    return ImportMapping::detect(table.records().first().fields);
}

void MemberImport::requireColumns(const ImportMapping &mapping)
{
    for (ImportField field : {ImportField::Phone, ImportField::Name}) {
        if (mapping.columnOf(field) < 0) {
            throw Error(ErrorCode::MissingColumn,
                        tr("No column holds the members' %1: choose the column that does (on the "
                           "command line: --map %2=HEADER). The file's columns are %3.")
                            .arg(importFieldName(field), importFieldCode(field),
                                 mapping.headers().join(QStringLiteral(", "))),
                        importFieldCode(field));
        }
    }
}

ImportReport MemberImport::run(const CsvTable &table, const ImportMapping &mapping,
                               const ImportOptions &options, const Progress &progress)
{
    requireColumns(mapping);
    const QList<CsvRecord> &records = table.records();
    ImportReport report;
    report.dryRun = options.dryRun;
    report.rows = std::max<qint64>(0, records.size() - 1);
    const qint64 steps = options.dryRun ? report.rows : 2 * report.rows;
    const QDateTime now = m_store.clock().now();
    const VersionedRules rules = m_store.rules().current();

    const LargerCache cache(m_store.database());
    std::optional<Transaction> tx;
    if (!options.dryRun)
        tx.emplace(m_store.database());
    RowChecker checker(m_store, mapping, rules.rules, now);
    QList<ImportedMember> members;
    members.reserve(records.size());
    for (qsizetype i = 1; i < records.size(); ++i) {
        if (std::optional<ImportedMember> m = checker.check(records[i], report.problems)) {
            report.points += m->points;
            report.storedValue += m->paid + m->bonus;
            report.storedBonus += m->bonus;
            members.append(std::move(*m));
        }
        if (progress && i % kProgressEvery == 0)
            progress(i, steps);
    }
    report.accepted = members.size();
    if (options.dryRun || members.isEmpty() || (report.rejected() > 0 && !options.skipBad)) {
        if (progress)
            progress(steps, steps);
        return report; // nothing written: the transaction rolls back
    }
    // Opening balances are points and stored value given by hand, a manager's to write.
    const Actor by = m_store.security().require(Permission::StoredValueAdjust);
    m_store.security().audit().record(
        by, QStringLiteral("members_imported"), options.source,
        {{QStringLiteral("members"), qint64(members.size())},
         {QStringLiteral("rejected"), report.rejected()},
         {QStringLiteral("points"), report.points},
         {QStringLiteral("stored_value"), report.storedValue.toString()}});

    std::optional<BulkIndexes> indexes = setIndexesAside(m_store.database(), members);
    RowWriter writer(m_store, rules.rules, now, options.source);
    for (qsizetype i = 0; i < members.size(); ++i) {
        writer.write(members[i]);
        if (progress && i % kProgressEvery == 0)
            progress(report.rows + i, steps);
    }
    if (indexes)
        indexes->rebuild();
    tx->commit();
    report.imported = members.size();
    if (progress)
        progress(steps, steps);
    return report;
}

} // namespace storedesk::core
