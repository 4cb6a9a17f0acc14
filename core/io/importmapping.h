// Which column of a member file fills which member detail. Found from the headers old till and
// membership systems write (手机号, 会员姓名, 当前积分, 储值余额, mobile, name …), and changed by
// hand where the guess is wrong; a column that fills nothing is reported and left out.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace storedesk::core {

enum class ImportField
{
    Phone,
    Name,
    Gender,
    Birthday,
    Card,
    Points,
    StoredValue, ///< the whole stored-value balance, bonus included
    StoredBonus, ///< the part of it that was given as a top-up bonus
    Tier,
    Tags,
    Note,
    Status,
    Joined,
    LastVisit,
};
constexpr std::size_t kImportFieldCount = std::size_t(ImportField::LastVisit) + 1;

/// Every field, in the order a person reads them.
QList<ImportField> importFields();
/// The field's stable word ("phone", "stored_value"), as --map and exports spell it.
QString importFieldCode(ImportField field);
std::optional<ImportField> importFieldFromCode(const QString &code);
/// The field's name for people, translated.
QString importFieldName(ImportField field);

class ImportMapping final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::core::ImportMapping)

public:
    ImportMapping() = default;
    /// Matches each header against the names StoreDesk knows; each field takes the column
    /// its most telling name heads (手机 before 电话), whatever the order of the columns.
    static ImportMapping detect(const QStringList &headers);

    const QStringList &headers() const { return m_headers; }
    /// The field column \a column fills, if any.
    std::optional<ImportField> fieldOf(int column) const;
    /// The column that fills \a field, or -1.
    int columnOf(ImportField field) const;
    /// Makes \a column fill \a field (or nothing); the column that filled it before fills
    /// nothing now.
    void assign(int column, std::optional<ImportField> field);
    /// Makes the column headed \a header fill \a field; an empty \a header leaves the field
    /// out. Throws unknown_column when no header is \a header.
    void assign(ImportField field, const QString &header);
    /// Reads "field=Header" (the --map form). Throws invalid_argument for a field StoreDesk
    /// does not have and unknown_column for a header the file does not have.
    void assign(const QString &fieldEqualsHeader);
    /// Headers of the columns that fill nothing (blank headers left out).
    QStringList unknownColumns() const;
    /// The header of \a column, or "column N" when it is blank.
    QString columnName(int column) const;

private:
    QStringList m_headers;
    QList<std::optional<ImportField>> m_fields;
};

} // namespace storedesk::core
