// The language StoreDesk shows on this computer: the system's unless the user chose one in the
// settings. A per-computer preference (QSettings), not part of the store file, since two tills
// of one store may be used by people who read different languages.
#pragma once

#include <QLocale>
#include <QString>

namespace storedesk::ui {

/// "" (follow the system), "zh_CN" or "en".
QString chosenLanguage();
void setChosenLanguage(const QString &code);
/// The locale to run with: the chosen language, else the system's.
QLocale effectiveLocale();

} // namespace storedesk::ui
