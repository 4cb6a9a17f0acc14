// A receipt on screen, exactly as the printer prints it (the same layout, paper width and
// logo), with printing it again and saving it as a PDF or PNG for a customer who asks.
#pragma once

#include <QDialog>
#include <QImage>

class QLabel;

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class ReceiptDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Throws core::Error (not_found) for a sale the store does not have.
    ReceiptDialog(core::Store &store, qint64 saleId, QWidget *parent = nullptr);

    const QImage &image() const { return m_image; }

signals:
    /// Printed again: the print queue should look now.
    void printRequested();

private:
    void printAgain();
    void save();

    core::Store &m_store;
    QString m_receiptNo;
    QImage m_image;
    QLabel *m_message = nullptr;
};

} // namespace storedesk::ui
