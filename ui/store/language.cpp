#include "language.h"

#include <QSettings>

namespace storedesk::ui {

namespace {

const QString kKey = QStringLiteral("ui/language");

} // namespace

QString chosenLanguage()
{
    const QString code = QSettings().value(kKey).toString();
    return code == u"zh_CN" || code == u"en" ? code : QString();
}

void setChosenLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, code);
}

QLocale effectiveLocale()
{
    const QString code = chosenLanguage();
    if (code == u"zh_CN")
        return QLocale(QLocale::Chinese, QLocale::China);
    if (code == u"en")
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale::system();
}

} // namespace storedesk::ui
