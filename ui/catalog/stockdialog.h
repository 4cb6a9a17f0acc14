// Corrects a product's stock with a note that stays in its history: goods received, a
// stocktake count, or breakage and loss.
#pragma once

#include "domain/product.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace storedesk::core {
class Catalog;
}

namespace storedesk::ui {

class StockDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Received,
        Count,
        Loss
    };

    StockDialog(core::Catalog &catalog, const core::Product &product, QWidget *parent = nullptr);

    const core::Product &product() const { return m_product; }

    void accept() override;

private:
    qint64 delta() const;
    void preview();

    core::Catalog &m_catalog;
    core::Product m_product;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_qty = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_after = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace storedesk::ui
