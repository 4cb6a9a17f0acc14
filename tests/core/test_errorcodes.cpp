// Error codes are a contract with other programs: each has its own stable word, and the README
// lists every one, so a program's author can rely on the list being whole.
#include "catchqt.h"
#include "domain/error.h"

#include <QFile>
#include <QSet>

using namespace storedesk::core;

namespace {

/// Every code the program can answer with, in declaration order.
QStringList allCodeNames()
{
    QStringList names;
    for (int i = 0;; ++i) {
        const QString name = errorCodeName(ErrorCode(i));
        if (name == u"unknown_error")
            break;
        names.append(name);
    }
    return names;
}

} // namespace

TEST_CASE("Every error code has its own word and the README lists it", "[errors]")
{
    const QStringList names = allCodeNames();
    REQUIRE(names.size() > 40);
    CHECK(QSet<QString>(names.begin(), names.end()).size() == names.size());

    QFile readme(QStringLiteral(STOREDESK_README));
    REQUIRE(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK(text.contains(u'`' + name + u'`'));
    }
}
