// Adds a product or edits one: the barcode (scanned or typed, checked as it comes in), name,
// prices, category, stock on arrival, reorder level, whether it earns points and is on sale.
#pragma once

#include "catalog/catalog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace storedesk::ui {

class ProductDialog final : public QDialog
{
    Q_OBJECT

public:
    /// A new product; \a barcode prefills the barcode (what was just scanned).
    ProductDialog(core::Catalog &catalog, const QString &barcode, QWidget *parent = nullptr);
    /// Editing \a product.
    ProductDialog(core::Catalog &catalog, const core::Product &product, QWidget *parent = nullptr);

    const core::Product &product() const { return m_product; }

    void accept() override;

private:
    void build();
    void checkBarcode();

    core::Catalog &m_catalog;
    core::Product m_product;
    bool m_editing = false;
    bool m_barcodeOk = false;
    QLineEdit *m_barcode = nullptr;
    QLabel *m_barcodeHint = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_price = nullptr;
    QLineEdit *m_memberPrice = nullptr;
    QComboBox *m_category = nullptr;
    QSpinBox *m_stock = nullptr;
    QLineEdit *m_reorder = nullptr;
    QLineEdit *m_giftPoints = nullptr;
    QCheckBox *m_points = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace storedesk::ui
