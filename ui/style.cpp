#include "style.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QStyle>

namespace storedesk::ui {

void applyStyle(QApplication &app)
{
    app.setStyle(QStringLiteral("Fusion"));
    QFile sheet(QStringLiteral(":/storedesk/storedesk.qss"));
    if (sheet.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(sheet.readAll()));
    app.setWindowIcon(QIcon(QStringLiteral(":/storedesk/icons/storedesk.png")));
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error"));
    label->setProperty("role", QStringLiteral("error"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void setRole(QWidget *widget, const QString &role)
{
    widget->setProperty("role", role);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace storedesk::ui
