#include "memberexport.h"

#include "io/importmapping.h"
#include "members/memberfields.h"
#include "store/store.h"

namespace storedesk::core {

namespace {

constexpr int kPage = 1000;

QString localTime(const QDateTime &moment, const QTimeZone &zone)
{
    return moment.isValid()
               ? moment.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
               : QString();
}

} // namespace

MemberExport::MemberExport(Store &store)
    : m_store(store)
{}

QStringList MemberExport::columns()
{
    QStringList out;
    for (ImportField f : importFields())
        out.append(importFieldCode(f));
    return out;
}

qint64 MemberExport::write(const MemberListFilter &filter, const QString &path, PhoneDisplay phones,
                           const Progress &progress)
{
    guardWholePhones(m_store, phones, QStringLiteral("members"));
    const MemberDirectory &directory = m_store.directory();
    const qint64 total = directory.count(filter);
    const QList<TierLevel> tiers = m_store.rules().current().rules.tiers;
    const QTimeZone zone = m_store.loyalty().zone();
    CsvWriter csv(path);
    csv.row(columns());
    MemberId after = 0;
    qint64 written = 0;
    for (;;) {
        const QList<MemberSummary> page = directory.page(filter, after, kPage);
        for (const MemberSummary &s : page) {
            const Member &m = s.member;
            // In the order of importFields().
            csv.row({exportedPhone(m.phone, phones), CsvWriter::text(m.name), genderCode(m.gender),
                     m.birthday.isValid() ? m.birthday.toString(Qt::ISODate) : QString(), m.cardNo,
                     QString::number(s.points), s.storedValue.toString(), s.storedBonus.toString(),
                     tiers.value(s.tier).name, CsvWriter::text(m.tags.join(u';')),
                     CsvWriter::text(m.note), statusCode(m.status), localTime(m.joinedAt, zone),
                     localTime(s.lastSaleAt, zone)});
        }
        written += page.size();
        if (progress)
            progress(written, total);
        if (page.size() < kPage)
            break;
        after = page.last().member.id;
    }
    csv.commit();
    return written;
}

} // namespace storedesk::core
