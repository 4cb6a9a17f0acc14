#include "categoriesdialog.h"

#include "catalog/catalog.h"
#include "domain/error.h"
#include "style.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace storedesk::ui {

CategoriesDialog::CategoriesDialog(core::Catalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("categoriesDialog"));
    setWindowTitle(tr("Categories"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("categories"));
    m_error = makeErrorLabel(this);
    auto *add = new QPushButton(tr("Add…"), this);
    add->setObjectName(QStringLiteral("addCategory"));
    auto *rename = new QPushButton(tr("Rename…"), this);
    rename->setObjectName(QStringLiteral("renameCategory"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeCategory"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &CategoriesDialog::reject);
    connect(add, &QPushButton::clicked, this, &CategoriesDialog::addCategory);
    connect(rename, &QPushButton::clicked, this, &CategoriesDialog::renameCategory);
    connect(remove, &QPushButton::clicked, this, &CategoriesDialog::removeCategory);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &CategoriesDialog::renameCategory);

    auto *side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(rename);
    side->addWidget(remove);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumSize(420, 380);
    reload();
}

void CategoriesDialog::reload(const QString &select)
{
    m_list->clear();
    for (const core::CategoryInfo &c : m_catalog.categoryList()) {
        auto *item = new QListWidgetItem(
            tr("%1 · %Ln product(s)", nullptr, int(c.products)).arg(c.name), m_list);
        item->setData(Qt::UserRole, c.name);
        if (c.name == select)
            m_list->setCurrentItem(item);
    }
}

QString CategoriesDialog::current() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void CategoriesDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void CategoriesDialog::addCategory()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New category"), tr("Name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    try {
        m_catalog.addCategory(name);
        showError({});
        reload(name.simplified());
    } catch (const core::Error &error) {
        showError(error.message());
    }
}

void CategoriesDialog::renameCategory()
{
    const QString from = current();
    if (from.isEmpty())
        return;
    bool ok = false;
    const QString to =
        QInputDialog::getText(this, tr("Rename category"), tr("New name for %1:").arg(from),
                              QLineEdit::Normal, from, &ok);
    if (!ok)
        return;
    try {
        m_catalog.renameCategory(from, to);
        showError({});
        reload(to.simplified());
    } catch (const core::Error &error) {
        showError(error.message());
    }
}

void CategoriesDialog::removeCategory()
{
    const QString name = current();
    if (name.isEmpty())
        return;
    try {
        m_catalog.removeCategory(name);
        showError({});
        reload();
    } catch (const core::Error &error) {
        showError(error.message());
    }
}

} // namespace storedesk::ui
