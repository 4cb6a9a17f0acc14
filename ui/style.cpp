#include "style.h"

#include "domain/error.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QTableView>

namespace storedesk::ui {

void applyStyle(QApplication &app)
{
    app.setStyle(QStringLiteral("Fusion"));
    QFile sheet(QStringLiteral(":/storedesk/storedesk.qss"));
    if (sheet.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(sheet.readAll()));
    app.setWindowIcon(QIcon(QStringLiteral(":/storedesk/icons/storedesk.png")));
}

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/storedesk/icons/%1.svg").arg(QLatin1String(name)));
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

QTableView *makeListView(QWidget *parent, const char *name, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

bool tryShowingError(QLabel *error, const std::function<void()> &work)
{
    try {
        work();
    } catch (const core::Error &e) {
        error->setText(e.message());
        error->show();
        return false;
    }
    error->hide();
    return true;
}

void setRole(QWidget *widget, const QString &role)
{
    widget->setProperty("role", role);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace storedesk::ui
