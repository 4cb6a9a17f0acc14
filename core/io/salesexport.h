// The sales of a span of business days as a spreadsheet for the books: one row per sale or
// refund with its member, amounts, discounts, points and what each payment method took.
#pragma once

#include "io/csvwriter.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace storedesk::core {

class Store;

class SalesExport final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::core::SalesExport)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit SalesExport(Store &store);

    static QStringList columns();
    /// Writes every sale and refund of the store's days \a from to \a to (both included), in
    /// the order they were made, to \a path as CSV (see CsvWriter). Answers how many. Throws
    /// invalid_date when \a from is after \a to or either is not a day, file_error.
    qint64 write(const QDate &from, const QDate &to, const QString &path, PhoneDisplay phones,
                 const Progress &progress = {});

private:
    Store &m_store;
};

} // namespace storedesk::core
