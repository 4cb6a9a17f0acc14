// The product screen: find products by barcode or name, filter by category, on/off sale and
// low stock; add and edit them, correct stock with a note, and see each one's stock history.
#pragma once

#include "catalog/catalog.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class ProductListModel;
class RecordTableModel;

class ProductsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ProductsPage(core::Store &store, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    ProductListModel *model() const { return m_model; }
    RecordTableModel *moves() const { return m_moves; }
    QCheckBox *lowStockBox() const { return m_lowStock; }
    core::ProductListFilter filter() const;

public slots:
    void search();
    void addProduct();
    void editProduct();
    void correctStock();
    void editCategories();

signals:
    void message(const QString &text);

private:
    void fillCategories();
    void showProduct(int row);
    void showCount(qint64 total);
    /// The product on the selected row, when there is one.
    std::optional<core::Product> selected() const;

    core::Store &m_store;
    ProductListModel *m_model = nullptr;
    RecordTableModel *m_moves = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_state = nullptr;
    QCheckBox *m_lowStock = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_stock = nullptr;
};

} // namespace storedesk::ui
