#include "stockdialog.h"

#include "catalog/catalog.h"
#include "domain/error.h"
#include "style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace storedesk::ui {

StockDialog::StockDialog(core::Catalog &catalog, const core::Product &product, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_product(product)
{
    setObjectName(QStringLiteral("stockDialog"));
    setWindowTitle(tr("Stock of %1").arg(product.name));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Goods received"), int(Kind::Received));
    m_kind->addItem(tr("Stocktake: the count is"), int(Kind::Count));
    m_kind->addItem(tr("Breakage or loss"), int(Kind::Loss));
    m_qty = new QSpinBox(this);
    m_qty->setObjectName(QStringLiteral("qty"));
    m_qty->setRange(0, 1'000'000);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setMaxLength(200);
    m_after = new QLabel(this);
    m_after->setObjectName(QStringLiteral("after"));
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("In stock now"), new QLabel(QLocale().toString(product.stock), this));
    form->addRow(tr("&What happened"), m_kind);
    form->addRow(tr("&Units"), m_qty);
    form->addRow(tr("&Note"), m_note);
    form->addRow(QString(), m_after);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Save);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &StockDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StockDialog::reject);

    // Each kind suggests its note; a note the user typed stays.
    const auto suggest = [this] {
        static const QStringList defaults{tr("Goods received"), tr("Stocktake"),
                                          tr("Breakage or loss")};
        if (m_note->text().isEmpty() || defaults.contains(m_note->text()))
            m_note->setText(defaults.value(m_kind->currentIndex()));
        if (Kind(m_kind->currentData().toInt()) == Kind::Count)
            m_qty->setValue(int(std::clamp<qint64>(m_product.stock, 0, 1000000)));
        preview();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, suggest);
    connect(m_qty, &QSpinBox::valueChanged, this, &StockDialog::preview);
    connect(m_note, &QLineEdit::textChanged, this, &StockDialog::preview);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    suggest();
    m_qty->setFocus();
    m_qty->selectAll();
}

qint64 StockDialog::delta() const
{
    switch (Kind(m_kind->currentData().toInt())) {
    case Kind::Received:
        return m_qty->value();
    case Kind::Count:
        return m_qty->value() - m_product.stock;
    case Kind::Loss:
        return -m_qty->value();
    }
    return 0;
}

void StockDialog::preview()
{
    const qint64 change = delta();
    m_ok->setEnabled(change != 0 && !m_note->text().trimmed().isEmpty());
    m_after->setText(change == 0 ? tr("Nothing changes.")
                                 : tr("%1 → %2 in stock")
                                       .arg(QLocale().toString(m_product.stock),
                                            QLocale().toString(m_product.stock + change)));
    setRole(m_after,
            m_product.stock + change < 0 ? QStringLiteral("error") : QStringLiteral("hint"));
}

void StockDialog::accept()
{
    if (tryShowingError(m_error, [this] {
            m_product = m_catalog.adjustStock(m_product.id, delta(), m_note->text());
        }))
        QDialog::accept();
}

} // namespace storedesk::ui
