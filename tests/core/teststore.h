// A fresh store in a temporary folder for one test, with a clock the test controls.
#pragma once

#include "domain/clock.h"
#include "domain/error.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <functional>
#include <memory>

namespace storedesk::test {

class TestStore
{
public:
    /// The store's clock starts at 2026-11-22 10:00 in Shanghai (02:00 UTC).
    TestStore()
        : m_clockOwner(std::make_unique<core::FixedClock>(
              QDateTime(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC)))
        , m_clock(m_clockOwner.get())
        , m_store(path(), std::move(m_clockOwner), core::Store::OpenMode::CreateOrUpgrade)
    {}

    core::Store &operator*() { return m_store; }
    core::Store *operator->() { return &m_store; }
    core::FixedClock &clock() { return *m_clock; }
    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::FixedClock> m_clockOwner;
    core::FixedClock *m_clock;
    core::Store m_store;
};

/// The first column of the first row of \a sql (bound to \a values), as a number.
inline qint64 scalar(core::Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q = db.exec(sql, values);
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

inline qint64 scalar(core::Store &store, const QString &sql)
{
    return scalar(store.database(), sql);
}

/// The code of the core::Error that \a f throws; fails the test when it throws none.
inline core::ErrorCode errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const core::Error &e) {
        return e.code();
    }
    FAIL("no error was thrown");
    return core::ErrorCode::InvalidArgument;
}

} // namespace storedesk::test
