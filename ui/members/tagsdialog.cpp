#include "tagsdialog.h"

#include "domain/error.h"
#include "members/memberdirectory.h"
#include "members/memberregistry.h"
#include "style.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace storedesk::ui {

TagsDialog::TagsDialog(core::MemberRegistry &registry, const core::MemberDirectory &directory,
                       const core::Member &member, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_member(member)
{
    setObjectName(QStringLiteral("tagsDialog"));
    setWindowTitle(tr("Tags of %1").arg(member.name));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("tags"));
    QStringList known;
    for (const auto &[tag, count] : directory.tags())
        known.append(tag);
    for (const QString &tag : member.tags) {
        if (!known.contains(tag))
            known.append(tag);
    }
    for (const QString &tag : known) {
        auto *item = new QListWidgetItem(tag, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(member.tags.contains(tag) ? Qt::Checked : Qt::Unchecked);
    }
    m_new = new QLineEdit(this);
    m_new->setObjectName(QStringLiteral("newTag"));
    m_new->setMaxLength(20);
    m_new->setPlaceholderText(tr("A new tag, then Enter"));
    auto *add = new QPushButton(tr("Add"), this);
    add->setAutoDefault(false);
    m_error = makeErrorLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TagsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TagsDialog::reject);
    connect(add, &QPushButton::clicked, this, &TagsDialog::addTyped);

    auto *row = new QHBoxLayout;
    row->addWidget(m_new, 1);
    row->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tick the tags this member has:"), this));
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumSize(360, 380);
}

void TagsDialog::addTyped()
{
    const QString tag = m_new->text().simplified();
    if (tag.isEmpty())
        return;
    const QList<QListWidgetItem *> same = m_list->findItems(tag, Qt::MatchExactly);
    QListWidgetItem *item = same.isEmpty() ? new QListWidgetItem(tag, m_list) : same.first();
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    m_list->scrollToItem(item);
    m_new->clear();
}

void TagsDialog::accept()
{
    if (!m_new->text().trimmed().isEmpty()) {
        addTyped(); // Enter after typing a tag adds it, ticked; the next Enter saves
        return;
    }
    QStringList add;
    QStringList remove;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        const bool had = m_member.tags.contains(item->text());
        if (item->checkState() == Qt::Checked && !had)
            add.append(item->text());
        else if (item->checkState() != Qt::Checked && had)
            remove.append(item->text());
    }
    try {
        if (!add.isEmpty() || !remove.isEmpty())
            m_member = m_registry.changeTags(m_member.id, add, remove);
    } catch (const core::Error &error) {
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace storedesk::ui
