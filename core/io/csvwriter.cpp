#include "csvwriter.h"

#include "csvfield.h"
#include "domain/error.h"
#include "domain/phonenumber.h"
#include "store/store.h"

namespace storedesk::core {

namespace {

[[noreturn]] void cannotWrite(const QString &path, const QString &why)
{
    throw Error(ErrorCode::FileError, CsvWriter::tr("%1 could not be written: %2").arg(path, why),
                QStringLiteral("file"));
}

} // namespace

QString exportedPhone(const PhoneNumber &phone, PhoneDisplay display)
{
    return display == PhoneDisplay::Whole ? phone.digits() : phone.masked();
}

CsvWriter::CsvWriter(const QString &path)
    : m_path(path)
    , m_file(path)
{
    if (!m_file.open(QIODevice::WriteOnly))
        cannotWrite(path, m_file.errorString());
    m_out.setDevice(&m_file);
    m_out.setEncoding(QStringConverter::Utf8);
    m_out << QChar(0xFEFF);
}

void CsvWriter::row(const QStringList &fields)
{
    bool first = true;
    for (const QString &f : fields) {
        if (!first)
            m_out << ',';
        first = false;
        m_out << csvField(f);
    }
    m_out << "\r\n";
    ++m_rows;
}

void CsvWriter::commit()
{
    m_out.flush();
    if (m_out.status() != QTextStream::Ok || !m_file.commit())
        cannotWrite(m_path, m_file.errorString());
}

QString CsvWriter::text(const QString &value)
{
    if (!value.isEmpty() && (value.front() == u'=' || value.front() == u'+' ||
                             value.front() == u'-' || value.front() == u'@'))
        return u'\'' + value;
    return value;
}

void guardWholePhones(Store &store, PhoneDisplay display, const QString &what)
{
    if (display != PhoneDisplay::Whole)
        return;
    const Actor by = store.security().require(Permission::FullPhone);
    store.security().audit().record(by, QStringLiteral("export_full_phones"), what);
}

} // namespace storedesk::core
