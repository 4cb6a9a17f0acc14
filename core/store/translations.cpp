#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace storedesk::core {

bool installTranslations(const QLocale &locale)
{
    static std::unique_ptr<QTranslator> own;
    static std::unique_ptr<QTranslator> qt;
    for (auto *old : {own.get(), qt.get()}) {
        if (old)
            QCoreApplication::removeTranslator(old);
    }
    own = std::make_unique<QTranslator>();
    qt = std::make_unique<QTranslator>();
    const bool found = own->load(locale, QStringLiteral("storedesk"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(own.get());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
    return found;
}

} // namespace storedesk::core
