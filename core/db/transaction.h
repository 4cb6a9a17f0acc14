// One unit of work. Everything done while a Transaction lives is rolled back when it goes out
// of scope, unless commit() was called. Nested transactions become savepoints, so a service that
// needs a transaction of its own can be called from inside a larger one.
#pragma once

namespace storedesk::core {

class Database;

class Transaction final
{
public:
    /// Begins IMMEDIATE (takes the write lock up front, so two programs writing at once wait
    /// for each other instead of failing half-way).
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    int m_depth;
    bool m_done = false;
};

} // namespace storedesk::core
