// The store's product categories with how many products each holds: add, rename, and remove
// the empty ones.
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;

namespace storedesk::core {
class Catalog;
}

namespace storedesk::ui {

class CategoriesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CategoriesDialog(core::Catalog &catalog, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

public slots:
    void addCategory();
    void renameCategory();
    void removeCategory();

private:
    void reload(const QString &select = {});
    QString current() const;
    void showError(const QString &message);

    core::Catalog &m_catalog;
    QListWidget *m_list = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace storedesk::ui
