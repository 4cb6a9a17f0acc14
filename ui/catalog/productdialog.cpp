#include "productdialog.h"

#include "domain/error.h"
#include "format.h"
#include "style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace storedesk::ui {

ProductDialog::ProductDialog(core::Catalog &catalog, const QString &barcode, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
{
    build();
    setWindowTitle(tr("New product"));
    m_barcode->setText(barcode.trimmed());
    checkBarcode();
    (m_barcodeOk ? m_name : m_barcode)->setFocus();
}

ProductDialog::ProductDialog(core::Catalog &catalog, const core::Product &product, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_product(product)
    , m_editing(true)
{
    build();
    setWindowTitle(tr("Edit %1").arg(product.name));
    m_barcode->setText(product.barcode.code());
    m_name->setText(product.name);
    m_price->setText(product.price.toString());
    m_memberPrice->setText(product.memberPrice ? product.memberPrice->toString() : QString());
    m_category->setCurrentText(product.category);
    m_reorder->setText(product.reorderLevel ? QString::number(*product.reorderLevel) : QString());
    m_giftPoints->setText(product.giftPoints ? QString::number(*product.giftPoints) : QString());
    m_points->setChecked(product.pointsEligible);
    m_active->setChecked(product.active);
    checkBarcode();
    m_name->setFocus();
}

void ProductDialog::build()
{
    setObjectName(QStringLiteral("productDialog"));
    m_barcode = new QLineEdit(this);
    m_barcode->setObjectName(QStringLiteral("barcode"));
    m_barcode->setMaxLength(40);
    m_barcode->setPlaceholderText(tr("Scan it, or type the code"));
    m_barcodeHint = new QLabel(this);
    m_barcodeHint->setObjectName(QStringLiteral("barcodeHint"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(60);
    m_price = new QLineEdit(this);
    m_price->setObjectName(QStringLiteral("price"));
    m_price->setPlaceholderText(tr("Shelf price, like 12.50"));
    m_memberPrice = new QLineEdit(this);
    m_memberPrice->setObjectName(QStringLiteral("memberPrice"));
    m_memberPrice->setPlaceholderText(tr("Optional"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setEditable(true);
    m_category->addItem(QString());
    m_category->addItems(m_catalog.categories());
    m_stock = new QSpinBox(this);
    m_stock->setObjectName(QStringLiteral("stock"));
    m_stock->setRange(0, 1'000'000);
    m_reorder = new QLineEdit(this);
    m_reorder->setObjectName(QStringLiteral("reorderLevel"));
    m_reorder->setPlaceholderText(tr("Empty: the store's default"));
    m_giftPoints = new QLineEdit(this);
    m_giftPoints->setObjectName(QStringLiteral("giftPoints"));
    m_giftPoints->setPlaceholderText(tr("Empty: not a gift for points"));
    m_points = new QCheckBox(tr("Sales of it earn points and get the tier discount"), this);
    m_points->setObjectName(QStringLiteral("points"));
    m_points->setChecked(true);
    m_active = new QCheckBox(tr("On sale"), this);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(true);
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Barcode"), m_barcode);
    form->addRow(QString(), m_barcodeHint);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Price"), m_price);
    form->addRow(tr("&Member price"), m_memberPrice);
    form->addRow(tr("&Category"), m_category);
    if (!m_editing)
        form->addRow(tr("&Stock on arrival"), m_stock);
    else
        m_stock->hide(); // stock changes go through a correction with a note
    form->addRow(tr("&Reorder at"), m_reorder);
    form->addRow(tr("&Gift for points"), m_giftPoints);
    form->addRow(QString(), m_points);
    if (m_editing)
        form->addRow(QString(), m_active);
    else
        m_active->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);
    connect(m_barcode, &QLineEdit::textChanged, this, &ProductDialog::checkBarcode);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

void ProductDialog::checkBarcode()
{
    const QString text = m_barcode->text().trimmed();
    const auto barcode = core::Barcode::parse(text);
    QString hint;
    m_barcodeOk = false;
    if (text.isEmpty()) {
        hint = tr("Scan the product, or type its code.");
    } else if (!barcode) {
        hint = tr("Not a barcode: a GS1 code's check digit is wrong, or a store code has "
                  "characters other than letters, digits and - _ . /");
    } else if (auto other = m_catalog.byBarcode(*barcode); other && other->id != m_product.id) {
        hint = tr("Already used by %1.").arg(other->name);
    } else {
        using Kind = core::Barcode::Kind;
        const QString kind = barcode->kind() == Kind::Ean13  ? QStringLiteral("EAN-13")
                             : barcode->kind() == Kind::Ean8 ? QStringLiteral("EAN-8")
                             : barcode->kind() == Kind::UpcA ? QStringLiteral("UPC-A")
                                                             : tr("store code");
        hint = QStringLiteral("✓ %1 %2").arg(kind, barcode->code());
        m_barcodeOk = true;
    }
    m_barcodeHint->setText(hint);
    setRole(m_barcodeHint, m_barcodeOk ? QStringLiteral("ok") : QStringLiteral("hint"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_barcodeOk);
}

void ProductDialog::accept()
{
    try {
        if (m_editing) {
            core::ProductChange change;
            change.barcode = m_barcode->text();
            change.name = m_name->text();
            change.price = m_price->text();
            change.memberPrice = m_memberPrice->text();
            change.category = m_category->currentText();
            change.reorderLevel = m_reorder->text();
            change.giftPoints = m_giftPoints->text();
            change.pointsEligible = m_points->isChecked();
            change.active = m_active->isChecked();
            m_product = m_catalog.update(m_product.id, change);
        } else {
            core::NewProduct request;
            request.barcode = m_barcode->text();
            request.name = m_name->text();
            request.price = m_price->text();
            request.memberPrice = m_memberPrice->text();
            request.category = m_category->currentText();
            request.stock = m_stock->value();
            request.reorderLevel = m_reorder->text();
            request.giftPoints = m_giftPoints->text();
            request.pointsEligible = m_points->isChecked();
            m_product = m_catalog.add(request);
        }
    } catch (const core::Error &error) {
        m_error->setText(error.message());
        m_error->show();
        const QHash<QString, QWidget *> fields{{QStringLiteral("barcode"), m_barcode},
                                               {QStringLiteral("name"), m_name},
                                               {QStringLiteral("price"), m_price},
                                               {QStringLiteral("member_price"), m_memberPrice},
                                               {QStringLiteral("category"), m_category},
                                               {QStringLiteral("stock"), m_stock},
                                               {QStringLiteral("reorder_level"), m_reorder},
                                               {QStringLiteral("gift_points"), m_giftPoints}};
        if (QWidget *w = fields.value(error.field()))
            w->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace storedesk::ui
