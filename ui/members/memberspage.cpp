#include "memberspage.h"

#include "domain/error.h"
#include "format.h"
#include "importmembersdialog.h"
#include "memberdialog.h"
#include "memberlistmodel.h"
#include "memberpanel.h"
#include "store/store.h"
#include "style.h"
#include "winbackdialog.h"

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

QComboBox *filterBox(QWidget *parent, const char *name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    // They share the row: wide screens show every choice whole, and at 1024 pixels across they
    // shrink (eliding their text) rather than push the window wider.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(5);
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return box;
}

} // namespace

MembersPage::MembersPage(core::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new MemberListModel(store, this))
{
    setObjectName(QStringLiteral("membersPage"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setProperty("role", QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Phone, last 4 digits, card or name — then Enter"));
    m_search->setClearButtonEnabled(true);
    auto *find = new QPushButton(tr("Search"), this);
    auto *add = new QPushButton(tr("New member (F2)"), this);
    add->setObjectName(QStringLiteral("newMember"));
    add->setProperty("role", QStringLiteral("primary"));

    m_tier = filterBox(this, "tierFilter");
    m_tag = filterBox(this, "tagFilter");
    m_sleeping = filterBox(this, "sleepingFilter");
    m_sleeping->addItem(tr("Any activity"), 0);
    for (int days : {30, 60, 90, 180})
        m_sleeping->addItem(tr("No purchase for %1 days").arg(days), days);
    m_birthday = filterBox(this, "birthdayFilter");
    m_birthday->addItem(tr("Any birthday"), int(core::BirthdayWindow::Any));
    m_birthday->addItem(tr("Birthday this week"), int(core::BirthdayWindow::ThisWeek));
    m_birthday->addItem(tr("Birthday this month"), int(core::BirthdayWindow::ThisMonth));
    m_expiring = filterBox(this, "expiringFilter");
    m_expiring->addItem(tr("Any points"), 0);
    for (int days : {30, 60, 90})
        m_expiring->addItem(tr("Points expiring in %1 days").arg(days), days);
    m_status = filterBox(this, "statusFilter");
    m_status->addItem(tr("Active and frozen"), QString());
    m_status->addItem(tr("Active only"), QStringLiteral("active"));
    m_status->addItem(tr("Frozen only"), QStringLiteral("frozen"));
    m_nearTier = new QCheckBox(tr("Near the next tier"), this);
    m_nearTier->setObjectName(QStringLiteral("nearTierFilter"));
    auto *clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    auto *exportList = new QPushButton(tr("Export list…"), this);
    exportList->setObjectName(QStringLiteral("exportList"));
    exportList->setToolTip(tr("The members listed, with why and a message for each, as CSV"));
    auto *importMembers = new QPushButton(tr("Import members…"), this);
    importMembers->setObjectName(QStringLiteral("importMembers"));
    importMembers->setToolTip(tr("Members with their points and stored value from another "
                                 "system's CSV export"));
    fillTiersAndTags();

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("searchStatus"));
    m_count->setProperty("role", QStringLiteral("hint"));

    m_table = makeListView(this, "memberTable", m_model);
    // Fixed widths: sizing to contents would read every row of a million-member list.
    fitColumns(m_table, {{MemberListModel::Name, 90},
                         {MemberListModel::Phone, 130},
                         {MemberListModel::Tier, 90},
                         {MemberListModel::StoredValue, 100},
                         {MemberListModel::LastVisit, 100},
                         {MemberListModel::Joined, 100}});

    m_panel = new MemberPanel(store, this);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(find);
    searchRow->addWidget(exportList);
    searchRow->addWidget(importMembers);
    searchRow->addWidget(add);
    auto *filterRow = new QHBoxLayout;
    for (QComboBox *box : {m_tier, m_tag, m_sleeping, m_birthday, m_expiring, m_status})
        filterRow->addWidget(box, 1);
    filterRow->addWidget(m_nearTier);
    filterRow->addWidget(clear);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_count);
    listLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::returnPressed, this, &MembersPage::search);
    connect(find, &QPushButton::clicked, this, &MembersPage::search);
    connect(add, &QPushButton::clicked, this, [this] { m_newMember->trigger(); });
    connect(clear, &QPushButton::clicked, this, &MembersPage::clearFilters);
    connect(exportList, &QPushButton::clicked, this, &MembersPage::exportList);
    connect(importMembers, &QPushButton::clicked, this, &MembersPage::importMembers);
    connect(m_nearTier, &QCheckBox::toggled, this, &MembersPage::search);
    for (QComboBox *box : {m_tier, m_tag, m_sleeping, m_birthday, m_expiring, m_status})
        connect(box, &QComboBox::activated, this, &MembersPage::search);
    connect(m_table, &QTableView::doubleClicked, m_panel, &MemberPanel::edit);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_panel->showMember(current.isValid() ? m_model->summary(current.row()).member.id
                                                      : 0);
            });
    connect(m_model, &MemberListModel::totalChanged, this, &MembersPage::showCount);
    connect(m_panel, &MemberPanel::message, this, &MembersPage::message);
    connect(m_panel, &MemberPanel::printRequested, this, &MembersPage::printRequested);
    // New tiers or tags appear in the filters.
    connect(&store.rules(), &core::RuleBook::changed, this, &MembersPage::fillTiersAndTags);
    connect(&store.members(), &core::MemberRegistry::memberChanged, this,
            &MembersPage::fillTiersAndTags);

    m_newMember = new QAction(tr("&New member"), this);
    m_newMember->setShortcut(QKeySequence(Qt::Key_F2));
    m_newMember->setShortcutContext(Qt::WidgetWithChildrenShortcut); // F2 is "member" at the till
    addAction(m_newMember);
    connect(m_newMember, &QAction::triggered, this, &MembersPage::registerMember);

    search(); // opens on the newest members
}

void MembersPage::fillTiersAndTags()
{
    const QVariant tier = m_tier->currentData();
    m_tier->clear();
    m_tier->addItem(tr("All tiers"), -1);
    const QList<core::TierLevel> tiers = m_store.rules().current().rules.tiers;
    for (int i = 0; i < tiers.size(); ++i)
        m_tier->addItem(tiers[i].name, i);
    m_tier->setCurrentIndex(qMax(0, m_tier->findData(tier)));

    const QString tag = m_tag->currentData().toString();
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const auto &[name, count] : m_store.directory().tags())
        m_tag->addItem(tr("%1 (%2)").arg(name, QLocale().toString(count)), name);
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(tag)));
}

core::MemberListFilter MembersPage::filter() const
{
    core::MemberListFilter f;
    f.text = m_search->text();
    if (const int tier = m_tier->currentData().toInt(); tier >= 0)
        f.tier = tier;
    f.tag = m_tag->currentData().toString();
    f.sleepingDays = m_sleeping->currentData().toInt();
    f.birthday = core::BirthdayWindow(m_birthday->currentData().toInt());
    f.expiringWithinDays = m_expiring->currentData().toInt();
    f.nearTier = m_nearTier->isChecked();
    const QString status = m_status->currentData().toString();
    if (status == u"active")
        f.status = core::MemberStatus::Active;
    else if (status == u"frozen")
        f.status = core::MemberStatus::Frozen;
    return f;
}

void MembersPage::search()
{
    try {
        m_model->setFilter(filter());
    } catch (const core::Error &error) {
        m_count->setText(error.message());
        return;
    }
    // A search shows its first match straight away; a plain list waits for a pick.
    selectRow(m_model->rowCount() > 0 && !m_search->text().trimmed().isEmpty() ? 0 : -1);
    m_search->selectAll();
    m_search->setFocus();
}

void MembersPage::selectRow(int row)
{
    if (row >= 0) {
        m_table->selectRow(row);
    } else {
        m_table->clearSelection();
        m_table->setCurrentIndex({});
        m_panel->showMember(0);
    }
}

void MembersPage::showCount(qint64 total)
{
    const core::MemberListFilter f = m_model->filter();
    const bool filtered = !f.text.trimmed().isEmpty() || f.tier || !f.tag.isEmpty() ||
                          f.sleepingDays > 0 || f.birthday != core::BirthdayWindow::Any ||
                          f.expiringWithinDays > 0 || f.status || f.nearTier;
    if (!filtered)
        m_count->setText(tr("%Ln member(s) in the store, newest first.", nullptr, int(total)));
    else if (total == 0 && !f.text.trimmed().isEmpty())
        m_count->setText(
            tr("No member matches “%1”. Press F2 to register one.").arg(f.text.trimmed()));
    else
        m_count->setText(tr("%Ln member(s) match.", nullptr, int(total)));
}

void MembersPage::clearFilters()
{
    m_search->clear();
    for (QComboBox *box : {m_tier, m_tag, m_sleeping, m_birthday, m_expiring, m_status})
        box->setCurrentIndex(0);
    {
        const QSignalBlocker quiet(m_nearTier);
        m_nearTier->setChecked(false);
    }
    search();
}

void MembersPage::exportList()
{
    WinBackDialog dialog(m_store, filter(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit message(tr("List saved."));
}

void MembersPage::importMembers()
{
    ImportMembersDialog dialog(m_store, this);
    connect(&dialog, &ImportMembersDialog::imported, this, [this](qint64 members) {
        fillTiersAndTags();
        search();
        emit message(tr("%1 members imported.").arg(members));
    });
    dialog.exec();
}

void MembersPage::registerMember()
{
    // What the cashier typed in the search box is usually the new member's phone.
    const QString typed = m_search->text();
    MemberDialog dialog(m_store.members(), core::PhoneNumber::parse(typed) ? typed : QString(),
                        this);
    if (dialog.exec() == QDialog::Accepted) {
        // Show the new member on their own, whatever the filters said.
        clearFilters();
        m_search->setText(dialog.member().phone.digits());
        search();
        emit message(tr("%1 is now a member.").arg(dialog.member().name));
        m_search->clear();
    }
    m_search->setFocus();
}

} // namespace storedesk::ui
