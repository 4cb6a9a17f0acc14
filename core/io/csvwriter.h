// Writes CSV for spreadsheets: UTF-8 with a byte-order mark (without one Excel reads Chinese as
// mojibake), CRLF line ends, fields quoted where they must be, and the file replaced only once
// it is whole. Text people typed that a spreadsheet would run as a formula (=, +, -, @ first)
// is written with an apostrophe before it, which spreadsheets show as text and StoreDesk's
// import takes off again.
#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>
#include <QTextStream>

namespace storedesk::core {

class PhoneNumber;
class Store;

/// How an export shows phone numbers: masked (138****8000) unless whole numbers are asked for.
/// The one switch for them, so a permission can guard it.
enum class PhoneDisplay
{
    Masked,
    Whole
};

QString exportedPhone(const PhoneNumber &phone, PhoneDisplay display);
/// Whole phone numbers need full_phone; asking for them goes on the audit trail as an export
/// of \a what. Throws sign_in_required or permission_denied.
void guardWholePhones(Store &store, PhoneDisplay display, const QString &what);

class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::core::CsvWriter)

public:
    /// Opens \a path for writing. Throws file_error when it cannot be.
    explicit CsvWriter(const QString &path);
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void row(const QStringList &fields);
    /// Puts the file in place of any earlier one. Throws file_error; without commit() nothing
    /// replaces what was there.
    void commit();
    qint64 rows() const { return m_rows; }

    /// Free text (a name, a note): an apostrophe before a leading =, +, - or @.
    static QString text(const QString &value);

private:
    QString m_path;
    QSaveFile m_file;
    QTextStream m_out;
    qint64 m_rows = 0;
};

} // namespace storedesk::core
