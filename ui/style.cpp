#include "style.h"

#include <QApplication>
#include <QFile>
#include <QIcon>

namespace storedesk::ui {

void applyStyle(QApplication &app)
{
    app.setStyle(QStringLiteral("Fusion"));
    QFile sheet(QStringLiteral(":/storedesk/storedesk.qss"));
    if (sheet.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(sheet.readAll()));
    app.setWindowIcon(QIcon(QStringLiteral(":/storedesk/icons/storedesk.png")));
}

} // namespace storedesk::ui
