#include "receiptdialog.h"

#include "devices/receiptrenderer.h"
#include "domain/error.h"
#include "printersettings.h"
#include "receiptlayout.h"
#include "sales/receiptsource.h"
#include "store/store.h"
#include "style.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace storedesk::ui {

ReceiptDialog::ReceiptDialog(core::Store &store, qint64 saleId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("receiptDialog"));
    const core::ReceiptData receipt =
        core::ReceiptSource(store.database(), store.checkout(), store.settings()).forSale(saleId);
    m_receiptNo = receipt.receiptNo;
    const devices::PrinterSettings printer(store.database(), store.settings());
    const devices::ReceiptDocument document =
        devices::ReceiptLayout(printer.options(), printer.logo()).receipt(receipt);
    const ReceiptRenderer renderer(document);
    m_image = renderer.toImage();
    setWindowTitle(tr("Receipt %1").arg(m_receiptNo));

    auto *picture = new QLabel(this);
    picture->setObjectName(QStringLiteral("receiptImage"));
    picture->setPixmap(QPixmap::fromImage(m_image));
    picture->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(picture);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(m_image.width() + 40);
    m_message = new QLabel(this);
    m_message->setProperty("role", QStringLiteral("hint"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("Print again"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printAgain"));
    QPushButton *save = buttons->addButton(tr("Save as PDF or PNG…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveReceipt"));
    connect(buttons, &QDialogButtonBox::rejected, this, &ReceiptDialog::reject);
    connect(print, &QPushButton::clicked, this, &ReceiptDialog::printAgain);
    connect(save, &QPushButton::clicked, this, &ReceiptDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(m_image.width() + 80, 700);
}

void ReceiptDialog::printAgain()
{
    try {
        m_store.checkout().reprint(m_receiptNo);
        emit printRequested();
        m_message->setText(tr("Receipt %1 sent to the printer again.").arg(m_receiptNo));
    } catch (const core::Error &error) {
        m_message->setText(error.message());
    }
}

void ReceiptDialog::save()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save receipt"), m_receiptNo + QStringLiteral(".pdf"),
                                     tr("PDF (*.pdf);;PNG picture (*.png)"));
    if (path.isEmpty())
        return;
    const devices::PrinterSettings printer(m_store.database(), m_store.settings());
    const ReceiptRenderer renderer(
        devices::ReceiptLayout(printer.options(), printer.logo())
            .receipt(core::ReceiptSource(m_store.database(), m_store.checkout(), m_store.settings())
                         .forReceipt(m_receiptNo)));
    const bool ok = path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive)
                        ? renderer.savePng(path)
                        : renderer.savePdf(path);
    m_message->setText(ok ? tr("Saved to %1.").arg(path)
                          : tr("%1 could not be written.").arg(path));
}

} // namespace storedesk::ui
