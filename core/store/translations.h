// Loads StoreDesk's own translations and Qt's for a locale, so both programs speak the user's
// language.
#pragma once

#include <QLocale>

namespace storedesk::core {

/// Installs the translators for \a locale on the running application (replacing earlier ones).
/// Answers false when StoreDesk has no translation for that language (English is then used).
bool installTranslations(const QLocale &locale);

} // namespace storedesk::core
