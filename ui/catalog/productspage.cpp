#include "productspage.h"

#include "categoriesdialog.h"
#include "domain/error.h"
#include "format.h"
#include "productdialog.h"
#include "productlistmodel.h"
#include "recordtablemodel.h"
#include "stockdialog.h"
#include "store/store.h"
#include "style.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace storedesk::ui {

namespace {

QString moveText(const core::StockMove &m)
{
    if (m.reason == u"sale")
        return ProductsPage::tr("Sold (%1)").arg(m.receiptNo);
    if (m.reason == u"refund")
        return ProductsPage::tr("Returned (%1)").arg(m.receiptNo);
    if (m.reason == u"opening")
        return ProductsPage::tr("Opening stock");
    return m.note.isEmpty() ? ProductsPage::tr("Stock count") : m.note;
}

} // namespace

ProductsPage::ProductsPage(core::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new ProductListModel(store.catalog(), store.checkout(), this))
{
    setObjectName(QStringLiteral("productsPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setProperty("role", QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Scan a barcode or type the start of a name — then Enter"));
    m_search->setClearButtonEnabled(true);
    auto *add = new QPushButton(tr("New product (F2)"), this);
    add->setObjectName(QStringLiteral("newProduct"));
    add->setProperty("role", QStringLiteral("primary"));

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setMinimumContentsLength(8);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("On sale and off sale"), int(core::ProductListFilter::State::Any));
    m_state->addItem(tr("On sale"), int(core::ProductListFilter::State::Active));
    m_state->addItem(tr("Off sale"), int(core::ProductListFilter::State::Inactive));
    m_lowStock = new QCheckBox(tr("Low stock only"), this);
    m_lowStock->setObjectName(QStringLiteral("lowStock"));
    auto *categories = new QPushButton(tr("Categories…"), this);
    categories->setObjectName(QStringLiteral("categories"));
    fillCategories();

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("productCount"));
    m_count->setProperty("role", QStringLiteral("hint"));
    m_table = makeListView(this, "productTable", m_model);
    fitColumns(m_table, {{ProductListModel::Name, 200},
                         {ProductListModel::Barcode, 130},
                         {ProductListModel::Category, 80},
                         {ProductListModel::Price, 80},
                         {ProductListModel::MemberPrice, 80},
                         {ProductListModel::ReorderLevel, 80}});

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("productTitle"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("productDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editProduct"));
    m_stock = new QPushButton(tr("Correct stock…"), this);
    m_stock->setObjectName(QStringLiteral("correctStock"));
    m_moves = new RecordTableModel(
        {{tr("When")}, {tr("What")}, {tr("Units"), Qt::AlignRight | Qt::AlignVCenter}}, this);
    QTableView *moves = makeListView(this, "stockMoves", m_moves);
    moves->horizontalHeader()->setStretchLastSection(false);
    moves->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    moves->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("productPanel"));
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(m_title);
    panelLayout->addWidget(m_details);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_stock);
    panelLayout->addLayout(actions);
    auto *history = new QLabel(tr("Stock history"), panel);
    history->setProperty("role", QStringLiteral("hint"));
    panelLayout->addWidget(history);
    panelLayout->addWidget(moves, 1);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(add);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_category);
    filterRow->addWidget(m_state);
    filterRow->addWidget(m_lowStock);
    filterRow->addStretch(1);
    filterRow->addWidget(categories);
    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_count);
    listLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::returnPressed, this, &ProductsPage::search);
    connect(m_category, &QComboBox::activated, this, &ProductsPage::search);
    connect(m_state, &QComboBox::activated, this, &ProductsPage::search);
    connect(m_lowStock, &QCheckBox::toggled, this, &ProductsPage::search);
    connect(add, &QPushButton::clicked, this, &ProductsPage::addProduct);
    connect(categories, &QPushButton::clicked, this, &ProductsPage::editCategories);
    connect(m_edit, &QPushButton::clicked, this, &ProductsPage::editProduct);
    connect(m_stock, &QPushButton::clicked, this, &ProductsPage::correctStock);
    connect(m_table, &QTableView::doubleClicked, this, &ProductsPage::editProduct);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showProduct(current.isValid() ? current.row() : -1);
            });
    connect(m_model, &ProductListModel::totalChanged, this, &ProductsPage::showCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this] { showProduct(m_table->currentIndex().row()); });
    connect(&store.catalog(), &core::Catalog::categoriesChanged, this,
            &ProductsPage::fillCategories);

    auto *newProduct = new QAction(this);
    newProduct->setShortcut(QKeySequence(Qt::Key_F2));
    newProduct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newProduct);
    connect(newProduct, &QAction::triggered, this, &ProductsPage::addProduct);

    search();
}

void ProductsPage::fillCategories()
{
    const QVariant current = m_category->currentData();
    m_category->clear();
    m_category->addItem(tr("All categories"), QVariant());
    m_category->addItem(tr("Uncategorised"), QString());
    for (const QString &name : m_store.catalog().categories())
        m_category->addItem(name, name);
    const int index = current.isValid() ? m_category->findData(current) : 0;
    m_category->setCurrentIndex(qMax(0, index));
}

core::ProductListFilter ProductsPage::filter() const
{
    core::ProductListFilter f;
    f.text = m_search->text();
    const QVariant category = m_category->currentData();
    if (category.isValid())
        f.category = category.toString();
    f.state = core::ProductListFilter::State(m_state->currentData().toInt());
    f.lowStock = m_lowStock->isChecked();
    return f;
}

void ProductsPage::search()
{
    try {
        m_model->setFilter(filter());
    } catch (const core::Error &error) {
        m_count->setText(error.message());
        return;
    }
    if (m_model->rowCount() > 0 && !m_search->text().trimmed().isEmpty())
        m_table->selectRow(0);
    else
        showProduct(-1);
    m_search->selectAll();
    m_search->setFocus();
}

void ProductsPage::showCount(qint64 total)
{
    const core::ProductListFilter f = m_model->filter();
    if (f.lowStock)
        m_count->setText(
            tr("%Ln product(s) at or below their reorder level.", nullptr, int(total)));
    else if (total == 0 && !f.text.trimmed().isEmpty())
        m_count->setText(tr("No product matches “%1”. Press F2 to add it.").arg(f.text.trimmed()));
    else
        m_count->setText(tr("%Ln product(s).", nullptr, int(total)));
}

std::optional<core::Product> ProductsPage::selected() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || index.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->product(index.row());
}

void ProductsPage::showProduct(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_title->setText(tr("No product selected"));
        m_details->setText(tr("Scan or search above; F2 adds a product."));
        m_edit->setEnabled(false);
        m_stock->setEnabled(false);
        m_moves->clear();
        return;
    }
    const core::Product &p = m_model->product(row);
    m_title->setText(p.name);
    const auto line = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='color:#6b7280;padding-right:12px'>%1</td>"
                              "<td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing='2'>");
    html += line(tr("Barcode"), p.barcode.code());
    html += line(tr("Price"), formatMoney(p.price));
    if (p.memberPrice)
        html += line(tr("Member price"), formatMoney(*p.memberPrice));
    html += line(tr("Category"), p.category.isEmpty() ? tr("none") : p.category);
    html += line(tr("In stock"), tr("%1 (reorder at %2)")
                                     .arg(QLocale().toString(p.stock))
                                     .arg(m_store.catalog().reorderLevel(p)));
    html += line(tr("Points"), p.pointsEligible ? tr("earns points") : tr("earns no points"));
    html += line(tr("Status"), p.active ? tr("on sale") : tr("off sale"));
    html += QStringLiteral("</table>");
    m_details->setText(html);
    m_edit->setEnabled(true);
    m_stock->setEnabled(true);
    const core::ProductId id = p.id;
    m_moves->reset([this, id](const RecordTableModel::Record *last) {
        QList<RecordTableModel::Record> out;
        if (last)
            return out; // the latest moves are one page
        for (const core::StockMove &m : m_store.catalog().stockMoves(id, 300)) {
            RecordTableModel::Record r;
            r.cells = {formatDateTime(m.at), moveText(m), formatPointsChange(m.qty)};
            r.tone = m.qty > 0 ? RecordTableModel::Tone::Gain : RecordTableModel::Tone::Loss;
            out.append(r);
        }
        return out;
    });
}

void ProductsPage::addProduct()
{
    // A scanned code in the search box that no product has is the new product's barcode.
    const QString typed = m_search->text().trimmed();
    const auto barcode = core::Barcode::parse(typed);
    ProductDialog dialog(m_store.catalog(),
                         barcode && !m_store.catalog().byBarcode(*barcode) ? typed : QString(),
                         this);
    if (dialog.exec() == QDialog::Accepted) {
        m_search->setText(dialog.product().barcode.code());
        m_category->setCurrentIndex(0);
        m_state->setCurrentIndex(0);
        m_lowStock->setChecked(false);
        search();
        emit message(tr("%1 added.").arg(dialog.product().name));
    }
}

void ProductsPage::editProduct()
{
    const auto product = selected();
    if (!product)
        return;
    ProductDialog dialog(m_store.catalog(), *product, this);
    if (dialog.exec() == QDialog::Accepted)
        emit message(tr("%1 saved.").arg(dialog.product().name));
}

void ProductsPage::correctStock()
{
    const auto product = selected();
    if (!product)
        return;
    StockDialog dialog(m_store.catalog(), *product, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit message(tr("%1: %2 in stock.")
                         .arg(dialog.product().name, QLocale().toString(dialog.product().stock)));
    }
}

void ProductsPage::editCategories()
{
    CategoriesDialog dialog(m_store.catalog(), this);
    dialog.exec();
    search();
}

} // namespace storedesk::ui
