// The member list as a spreadsheet: every member the member list's filters choose, with their
// profile, tier, points and stored value, in columns StoreDesk's own import reads back — so an
// export with whole phone numbers moves a store's members to another StoreDesk.
#pragma once

#include "io/csvwriter.h"
#include "members/memberdirectory.h"

#include <functional>

namespace storedesk::core {

class Store;

class MemberExport final
{
public:
    /// Told how many of how many members are written, every thousand.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit MemberExport(Store &store);

    /// The header row: the import's field words (phone, name, … last_visit).
    static QStringList columns();
    /// Writes the members \a filter chooses, newest first, to \a path as CSV (see CsvWriter).
    /// Answers how many. Throws file_error, invalid_argument for a bad filter.
    qint64 write(const MemberListFilter &filter, const QString &path, PhoneDisplay phones,
                 const Progress &progress = {});

private:
    Store &m_store;
};

} // namespace storedesk::core
