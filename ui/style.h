// The one look of StoreDesk: the stylesheet and the application icon from resources/.
#pragma once

class QApplication;

namespace storedesk::ui {

void applyStyle(QApplication &app);

} // namespace storedesk::ui
