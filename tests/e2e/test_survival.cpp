// A store has to survive the real world: a till killed in the middle of a sale, two programs
// writing at once, a store file it may not write. Real processes, real signals, real files.
#include "ctl.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace storedesk::test;

namespace {

/// A store with members and products in stock for the checkout loops.
void prepare(const Ctl &ctl)
{
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    REQUIRE(ctl(words("demo --members 30 --products 20")).exitCode == 0);
}

QString checkoutLoop()
{
    return QStringLiteral(CHECKOUTLOOP);
}

/// The first column of \a sql on the store at \a path, read with SQLite through Qt.
QStringList column(const QString &path, const QString &sql)
{
    QStringList values;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        while (q.next())
            values.append(q.value(0).toString());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return values;
}

/// What one run of the checkout loop said before it ended.
struct LoopLog
{
    QStringList begun;
    QByteArray lastRequest; ///< the JSON of the last request begun
    QSet<QString> done;
    QStringList errors;
    bool ready = false;
};

LoopLog parse(const QByteArray &output)
{
    LoopLog log;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts[0] == "ready")
            log.ready = true;
        else if (parts[0] == "begin" && parts.size() > 2) {
            log.begun.append(QString::fromUtf8(parts[1]));
            log.lastRequest = line.mid(parts[0].size() + parts[1].size() + 2);
        } else if (parts[0] == "done" && parts.size() > 1)
            log.done.insert(QString::fromUtf8(parts[1]));
        else if (parts[0] == "error")
            log.errors.append(QString::fromUtf8(line));
    }
    return log;
}

int rounds()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("STOREDESK_CRASH_ROUNDS", &ok);
    return ok && n > 0 ? n : 500;
}

} // namespace

TEST_CASE("Tills killed at random moments leave every sale whole or absent and none doubled",
          "[crash]")
{
    Ctl ctl;
    prepare(ctl);
    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("seed " << seed);
    QRandomGenerator random(seed);

    qint64 next = 0; // the new request the next run starts with
    QTemporaryDir pendingDir;
    const QString pending = pendingDir.filePath(QStringLiteral("pending.json"));
    bool resend = false;     // whether the next run first sends the pending request again
    QSet<QString> committed; // sales a run reported done: these must be there
    int killedMidSale = 0;   // runs killed between "begin" and "done"
    const int total = rounds();
    for (int round = 0; round < total; ++round) {
        QProcess till;
        QStringList args{QStringLiteral("--db"),     ctl.db(),
                         QStringLiteral("--prefix"), QStringLiteral("crash"),
                         QStringLiteral("--from"),   QString::number(next)};
        if (resend)
            args += {QStringLiteral("--resend"), pending};
        till.start(checkoutLoop(), args);
        REQUIRE(till.waitForStarted(10000));
        // Kill at a random moment: sometimes while the store opens, mostly amid the sales.
        const int wait = int(random.bounded(60));
        if (wait >= 5)
            till.waitForReadyRead(10000);
        QThread::usleep(quint64(wait) * 400);
        ::kill(pid_t(till.processId()), SIGKILL);
        REQUIRE(till.waitForFinished(10000));
        CHECK(till.exitStatus() == QProcess::CrashExit);
        const QByteArray output = till.readAllStandardOutput();
        const LoopLog log = parse(output);
        INFO("round " << round);
        INFO(log.errors.join(u'\n').toStdString());
        REQUIRE(log.errors.isEmpty());
        committed.unite(log.done);
        if (!log.begun.isEmpty()) {
            const QString last = log.begun.last();
            const qint64 seq = last.section(u'-', 1).toLongLong();
            // A sale that began but was not reported done may or may not be in the books: the
            // till sends the same request again, as a real one would after a restart.
            resend = !log.done.contains(last);
            if (resend) {
                ++killedMidSale;
                QFile file(pending);
                REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
                file.write(log.lastRequest);
            }
            next = seq + 1;
        }
    }
    // A last run, left to finish, sends the request the last crash left open.
    QProcess till;
    QStringList args{QStringLiteral("--db"),     ctl.db(),
                     QStringLiteral("--prefix"), QStringLiteral("crash"),
                     QStringLiteral("--from"),   QString::number(next),
                     QStringLiteral("--count"),  QStringLiteral("0")};
    if (resend)
        args += {QStringLiteral("--resend"), pending};
    till.start(checkoutLoop(), args);
    REQUIRE(till.waitForFinished(30000));
    REQUIRE(till.exitCode() == 0);
    committed.unite(parse(till.readAllStandardOutput()).done);

    const QStringList ids = column(
        ctl.db(), QStringLiteral("SELECT request_id FROM sales WHERE request_id LIKE 'crash-%'"));
    const QSet<QString> inBooks(ids.begin(), ids.end());
    CHECK(inBooks.size() == ids.size()); // none doubled
    for (const QString &id : std::as_const(committed)) {
        INFO(id.toStdString());
        CHECK(inBooks.contains(id)); // every sale reported done is there
    }
    // Every request from the first to the last is there exactly once: nothing lost between
    // crashes and nothing committed twice when sent again.
    CHECK(ids.size() == next);
    QStringList missing;
    for (qint64 seq = 0; seq < next; ++seq) {
        if (!inBooks.contains(QStringLiteral("crash-%1").arg(seq)))
            missing.append(QString::number(seq));
    }
    INFO("missing " << missing.join(u' ').toStdString());
    CHECK(missing.isEmpty());
    const Run check = ctl(words("check"));
    INFO(check.out.toStdString());
    CHECK(check.exitCode == 0);
    WARN(total << " tills killed, " << killedMidSale << " of them between begin and done; "
               << ids.size() << " sales in the books");
}

TEST_CASE("Two tills writing at once lose no update and never report a locked store",
          "[concurrency]")
{
    Ctl ctl;
    prepare(ctl);
    const QString phone =
        column(ctl.db(), QStringLiteral("SELECT phone FROM members WHERE status = 'active' "
                                        "ORDER BY id LIMIT 1"))
            .value(0);
    const qint64 paidBefore =
        column(ctl.db(),
               QStringLiteral("SELECT stored_paid_fen FROM members WHERE phone = '%1'").arg(phone))
            .value(0)
            .toLongLong();
    constexpr int kSales = 150;
    QProcess a;
    QProcess b;
    for (auto [till, prefix] : {std::pair{&a, "a"}, std::pair{&b, "b"}}) {
        till->start(checkoutLoop(), {QStringLiteral("--db"), ctl.db(), QStringLiteral("--prefix"),
                                     QString::fromLatin1(prefix), QStringLiteral("--count"),
                                     QString::number(kSales), QStringLiteral("--topup")});
        REQUIRE(till->waitForStarted(10000));
    }
    // The command line writes too, while both tills sell.
    int added = 0;
    for (int i = 0; i < 10; ++i) {
        const Run r = ctl({QStringLiteral("member"), QStringLiteral("add"),
                           QStringLiteral("--phone"), QStringLiteral("1370000%1").arg(1000 + i),
                           QStringLiteral("--name"), QStringLiteral("Walk-in %1").arg(i)});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        added += r.exitCode == 0;
    }
    for (QProcess *till : {&a, &b}) {
        REQUIRE(till->waitForFinished(60000));
        const QByteArray err = till->readAllStandardError();
        const LoopLog log = parse(till->readAllStandardOutput());
        INFO(err.toStdString());
        INFO(log.errors.join(u'\n').toStdString());
        CHECK(till->exitCode() == 0);
        CHECK(log.errors.isEmpty());
        CHECK(log.done.size() == kSales);
    }
    CHECK(column(ctl.db(), QStringLiteral("SELECT count(*) FROM sales WHERE request_id LIKE "
                                          "'a-%' OR request_id LIKE 'b-%'"))
              .value(0)
              .toInt() == 2 * kSales);
    // Each till read the balance and added 1.00 three hundred times between them: a lost
    // update would leave less.
    CHECK(
        column(ctl.db(),
               QStringLiteral("SELECT stored_paid_fen FROM members WHERE phone = '%1'").arg(phone))
            .value(0)
            .toLongLong() == paidBefore + 2 * kSales * 100);
    CHECK(added == 10);
    CHECK(ctl(words("check")).exitCode == 0);
}

TEST_CASE("A store file this user may not write gives store_read_only and stays as it was",
          "[readonly]")
{
    Ctl ctl;
    prepare(ctl);
    const QString members =
        column(ctl.db(), QStringLiteral("SELECT count(*) FROM members")).value(0);
    const QString dir = QFileInfo(ctl.db()).absolutePath();
    // The owner may always write; as root (who may write anything) the program runs as nobody.
    const bool root = ::geteuid() == 0;
    REQUIRE(QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                           QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                           QFile::ExeGroup));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(ctl.db() + suffix))
            REQUIRE(QFile::setPermissions(ctl.db() + suffix,
                                          QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup |
                                              (root ? QFile::WriteOwner : QFile::Permissions())));
    }
    auto asUser = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir);
        p.setProcessEnvironment(env);
        QStringList all{QStringLiteral("--db"), ctl.db()};
        all += args;
        if (root) {
            all.prepend(QStringLiteral(STOREDESKCTL));
            all = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups")} +
                  all;
            p.start(QStringLiteral("setpriv"), all);
        } else {
            p.start(QStringLiteral(STOREDESKCTL), all);
        }
        REQUIRE(p.waitForFinished(30000));
        return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    };
    const Run add =
        asUser({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--phone"),
                QStringLiteral("13700001234"), QStringLiteral("--name"), QStringLiteral("Zhao")});
    INFO(add.err.toStdString());
    CHECK(add.exitCode == 1);
    CHECK(add.errorCode() == QStringLiteral("store_read_only"));
    CHECK(add.errorMessage().contains(QStringLiteral("read")));
    // Even a command that only reads says so clearly: with its folder read-only too, SQLite
    // cannot make the write-ahead log's index it reads through.
    const Run check = asUser({QStringLiteral("check")});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 1);
    CHECK(check.errorCode() == QStringLiteral("store_read_only"));

    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(ctl.db(), QFile::ReadOwner | QFile::WriteOwner);
    CHECK(column(ctl.db(), QStringLiteral("SELECT count(*) FROM members")).value(0) == members);
    CHECK(ctl(words("check")).exitCode == 0);
}
