#include "importmapping.h"

#include "domain/error.h"

#include <array>

namespace storedesk::core {

namespace {

struct FieldNames
{
    ImportField field;
    const char16_t *code;
    /// Headers that mean the field, normalized (see normalized()).
    std::initializer_list<const char16_t *> headers;
};

// Headers seen in member exports of Chinese till and membership software and in English ones.
// 会员编号 is left out on purpose: in many systems it is an internal number, not the card.
const std::array<FieldNames, kImportFieldCount> kFields{{
    {ImportField::Phone,
     u"phone",
     {u"手机号", u"手机", u"手机号码", u"会员手机", u"会员手机号", u"移动电话", u"mobile",
      u"mobilephone", u"cellphone", u"phone", u"phonenumber", u"会员电话", u"电话", u"电话号码",
      u"联系电话", u"联系方式", u"tel", u"telephone"}},
    {ImportField::Name,
     u"name",
     {u"name", u"姓名", u"会员姓名", u"名字", u"会员名", u"会员名称", u"客户姓名", u"顾客姓名",
      u"客户名称", u"membername", u"fullname", u"customername"}},
    {ImportField::Gender, u"gender", {u"gender", u"性别", u"会员性别", u"sex"}},
    {ImportField::Birthday,
     u"birthday",
     {u"birthday", u"生日", u"出生日期", u"会员生日", u"出生年月日", u"生日日期", u"birthdate",
      u"dateofbirth", u"dob"}},
    {ImportField::Card,
     u"card",
     {u"card", u"会员卡号", u"卡号", u"会员卡", u"卡号码", u"会员号", u"cardno", u"cardnumber",
      u"membercard", u"membercardno"}},
    {ImportField::Points,
     u"points",
     {u"points", u"积分", u"当前积分", u"可用积分", u"剩余积分", u"积分余额", u"会员积分", u"point",
      u"pointsbalance"}},
    {ImportField::StoredValue,
     u"stored_value",
     {u"storedvalue", u"储值余额", u"余额", u"预存款", u"预存余额", u"储值", u"储值金额",
      u"卡内余额", u"账户余额", u"会员余额", u"充值余额", u"balance"}},
    {ImportField::StoredBonus,
     u"stored_bonus",
     {u"storedbonus", u"赠送余额", u"赠送金额", u"赠额", u"其中赠送", u"赠送", u"bonus",
      u"bonusbalance"}},
    {ImportField::Tier,
     u"tier",
     {u"tier", u"等级", u"会员等级", u"会员级别", u"级别", u"tiername", u"level", u"memberlevel"}},
    {ImportField::Tags, u"tags", {u"tags", u"标签", u"会员标签", u"tag"}},
    {ImportField::Note,
     u"note",
     {u"note", u"备注", u"说明", u"备注信息", u"notes", u"remark", u"remarks", u"comment"}},
    {ImportField::Status, u"status", {u"status", u"状态", u"会员状态"}},
    {ImportField::Joined,
     u"joined",
     {u"joined", u"注册时间", u"入会日期", u"入会时间", u"注册日期", u"开卡日期", u"开卡时间",
      u"办卡日期", u"办卡时间", u"加入时间", u"创建时间", u"joinedat", u"joindate", u"registered",
      u"registrationdate", u"created", u"createdat"}},
    {ImportField::LastVisit,
     u"last_visit",
     {u"lastvisit", u"最后消费时间", u"最近消费时间", u"最后消费", u"最近消费", u"最后消费日期",
      u"上次消费时间", u"最后到店时间", u"lastsale", u"lastsaleat", u"lastpurchase"}},
}};

/// A header as compared: lower case, without spaces, marks like * and _ (a required-column
/// star, snake_case) and a unit in brackets at the end ("余额（元）", "积分(分)").
QString normalized(const QString &header)
{
    QString h = header.trimmed().toLower();
    static const std::array<std::pair<char16_t, char16_t>, 4> kBrackets{
        {{u'(', u')'}, {u'（', u'）'}, {u'[', u']'}, {u'【', u'】'}}};
    for (const auto &[open, close] : kBrackets) {
        const qsizetype at = h.indexOf(QChar(open));
        if (at > 0 && h.endsWith(QChar(close)))
            h.truncate(at);
    }
    QString out;
    out.reserve(h.size());
    for (QChar c : h) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'*' || c == u'#' || c == u'.' ||
            c == u':' || c == u'：')
            continue;
        out += c;
    }
    return out;
}

const FieldNames &namesOf(ImportField field)
{
    for (const FieldNames &f : kFields) {
        if (f.field == field)
            return f;
    }
    return kFields.front();
}

} // namespace

QList<ImportField> importFields()
{
    QList<ImportField> out;
    for (const FieldNames &f : kFields)
        out.append(f.field);
    return out;
}

QString importFieldCode(ImportField field)
{
    return QString::fromUtf16(namesOf(field).code);
}

std::optional<ImportField> importFieldFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    for (const FieldNames &f : kFields) {
        if (c == QStringView(f.code))
            return f.field;
    }
    return std::nullopt;
}

QString importFieldName(ImportField field)
{
    switch (field) {
    case ImportField::Phone:
        return ImportMapping::tr("Phone");
    case ImportField::Name:
        return ImportMapping::tr("Name");
    case ImportField::Gender:
        return ImportMapping::tr("Gender");
    case ImportField::Birthday:
        return ImportMapping::tr("Birthday");
    case ImportField::Card:
        return ImportMapping::tr("Card number");
    case ImportField::Points:
        return ImportMapping::tr("Points");
    case ImportField::StoredValue:
        return ImportMapping::tr("Stored value");
    case ImportField::StoredBonus:
        return ImportMapping::tr("Bonus part of the stored value");
    case ImportField::Tier:
        return ImportMapping::tr("Tier");
    case ImportField::Tags:
        return ImportMapping::tr("Tags");
    case ImportField::Note:
        return ImportMapping::tr("Note");
    case ImportField::Status:
        return ImportMapping::tr("Status");
    case ImportField::Joined:
        return ImportMapping::tr("Joined");
    case ImportField::LastVisit:
        return ImportMapping::tr("Last visit");
    }
    return {};
}

ImportMapping ImportMapping::detect(const QStringList &headers)
{
    ImportMapping mapping;
    mapping.m_headers = headers;
    mapping.m_fields.resize(headers.size());
    QStringList normal;
    for (const QString &h : headers)
        normal.append(normalized(h));
    for (const FieldNames &f : kFields) {
        for (const char16_t *name : f.headers) {
            const auto column = normal.indexOf(QStringView(name));
            if (column >= 0 && !mapping.m_fields[column]) {
                mapping.m_fields[column] = f.field;
                break;
            }
        }
    }
    return mapping;
}

std::optional<ImportField> ImportMapping::fieldOf(int column) const
{
    return column >= 0 && column < m_fields.size() ? m_fields[column] : std::nullopt;
}

int ImportMapping::columnOf(ImportField field) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i] == field)
            return i;
    }
    return -1;
}

void ImportMapping::assign(int column, std::optional<ImportField> field)
{
    if (column < 0 || column >= m_fields.size())
        return;
    if (field) {
        const int before = columnOf(*field);
        if (before >= 0)
            m_fields[before].reset();
    }
    m_fields[column] = field;
}

void ImportMapping::assign(ImportField field, const QString &header)
{
    const QString wanted = header.trimmed();
    if (wanted.isEmpty()) {
        const int before = columnOf(field);
        if (before >= 0)
            m_fields[before].reset();
        return;
    }
    // The header as written first; failing that, as compared when detecting.
    int column = int(m_headers.indexOf(wanted));
    for (int i = 0; column < 0 && i < m_headers.size(); ++i) {
        if (m_headers[i].trimmed() == wanted ||
            (!normalized(wanted).isEmpty() && normalized(m_headers[i]) == normalized(wanted)))
            column = i;
    }
    if (column < 0) {
        throw Error(ErrorCode::UnknownColumn,
                    tr("The file has no column “%1”; its columns are %2.")
                        .arg(wanted, m_headers.join(QStringLiteral(", "))),
                    importFieldCode(field));
    }
    assign(column, field);
}

void ImportMapping::assign(const QString &fieldEqualsHeader)
{
    const qsizetype eq = fieldEqualsHeader.indexOf(u'=');
    const std::optional<ImportField> field =
        importFieldFromCode(eq < 0 ? fieldEqualsHeader : fieldEqualsHeader.left(eq));
    if (eq < 0 || !field) {
        QStringList codes;
        for (ImportField f : importFields())
            codes.append(importFieldCode(f));
        throw Error(ErrorCode::InvalidArgument,
                    tr("“%1” does not say which column fills which detail: write FIELD=Header, "
                       "FIELD being one of %2.")
                        .arg(fieldEqualsHeader, codes.join(QStringLiteral(", "))),
                    QStringLiteral("map"));
    }
    assign(*field, fieldEqualsHeader.mid(eq + 1));
}

QStringList ImportMapping::unknownColumns() const
{
    QStringList out;
    for (int i = 0; i < m_headers.size(); ++i) {
        if (!m_fields[i] && !m_headers[i].trimmed().isEmpty())
            out.append(m_headers[i].trimmed());
    }
    return out;
}

QString ImportMapping::columnName(int column) const
{
    const QString header = m_headers.value(column).trimmed();
    return header.isEmpty() ? tr("column %1").arg(column + 1) : header;
}

} // namespace storedesk::core
