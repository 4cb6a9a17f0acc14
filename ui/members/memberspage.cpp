#include "memberspage.h"

#include "domain/error.h"
#include "format.h"
#include "memberdialog.h"
#include "members/memberregistry.h"
#include "membersearchmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace storedesk::ui {

MembersPage::MembersPage(core::MemberRegistry &registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_model(new MemberSearchModel(registry, this))
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

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setProperty("role", QStringLiteral("hint"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("memberTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_detailTitle = new QLabel(this);
    m_detailTitle->setObjectName(QStringLiteral("memberTitle"));
    m_detailTitle->setProperty("role", QStringLiteral("title"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("memberDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setWordWrap(true);
    m_edit = new QPushButton(tr("Edit member…"), this);
    m_edit->setObjectName(QStringLiteral("editMember"));

    auto *detail = new QWidget(this);
    detail->setObjectName(QStringLiteral("memberPanel"));
    detail->setMinimumWidth(300);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_details, 1);
    detailLayout->addWidget(m_edit);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(find);
    searchRow->addWidget(add);

    auto *left = new QVBoxLayout;
    left->addLayout(searchRow);
    left->addWidget(m_status);
    left->addWidget(m_table, 1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(detail, 1);

    connect(m_search, &QLineEdit::returnPressed, this, &MembersPage::search);
    connect(find, &QPushButton::clicked, this, &MembersPage::search);
    connect(add, &QPushButton::clicked, this, [this] { m_newMember->trigger(); });
    connect(m_edit, &QPushButton::clicked, this, &MembersPage::editMember);
    connect(m_table, &QTableView::doubleClicked, this, &MembersPage::editMember);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showMember(current); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this] { showMember(m_table->currentIndex()); });
    m_newMember = new QAction(tr("&New member"), this);
    m_newMember->setShortcut(QKeySequence(Qt::Key_F2));
    m_newMember->setShortcutContext(Qt::WidgetWithChildrenShortcut); // F2 is "member" at the till
    addAction(m_newMember);
    connect(m_newMember, &QAction::triggered, this, &MembersPage::registerMember);

    search(); // opens on the members who joined last
}

void MembersPage::search()
{
    const QString query = m_search->text();
    try {
        m_model->search(query);
    } catch (const core::Error &error) {
        m_status->setText(error.message());
        return;
    }
    const int rows = m_model->rowCount();
    if (query.trimmed().isEmpty())
        m_status->setText(tr("%n member(s) in the store; the newest are listed.", nullptr,
                             int(m_registry.count())));
    else if (rows == 0)
        m_status->setText(
            tr("No member matches “%1”. Press F2 to register one.").arg(query.trimmed()));
    else if (rows >= MemberSearchModel::kLimit)
        m_status->setText(tr("The first %1 matches; type more to narrow the search.").arg(rows));
    else
        m_status->setText(tr("%n member(s) found.", nullptr, rows));
    if (rows > 0 && !query.trimmed().isEmpty())
        m_table->selectRow(0);
    else
        clearDetails();
    m_search->selectAll();
    m_search->setFocus();
}

void MembersPage::registerMember()
{
    // What the cashier typed in the search box is usually the new member's phone.
    const QString typed = m_search->text();
    MemberDialog dialog(m_registry, core::PhoneNumber::parse(typed) ? typed : QString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_model->showOnly(dialog.member());
        m_table->selectRow(0);
        m_status->setText(tr("%1 is now a member.").arg(dialog.member().name));
        m_search->clear();
    }
    m_search->setFocus();
}

void MembersPage::editMember()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    MemberDialog dialog(m_registry, m_model->member(index.row()), this);
    dialog.exec();
    m_search->setFocus();
}

void MembersPage::clearDetails()
{
    m_shown = 0;
    m_detailTitle->setText(tr("No member selected"));
    m_details->setText(tr("Search above, or press F2 to register a new member."));
    m_edit->setEnabled(false);
}

void MembersPage::showMember(const QModelIndex &index)
{
    if (!index.isValid() || index.row() >= m_model->rowCount()) {
        clearDetails();
        return;
    }
    const core::Member &m = m_model->member(index.row());
    m_shown = m.id;
    m_detailTitle->setText(m.name);
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='color:#6b7280;padding-right:12px'>%1</td>"
                              "<td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing='4'>");
    html += row(tr("Phone"), formatPhone(m.phone));
    html += row(tr("Card"), m.cardNo.isEmpty() ? tr("none") : m.cardNo);
    html += row(tr("Gender"), genderText(m.gender));
    html += row(tr("Birthday"), m.birthday.isValid() ? formatDate(m.birthday) : tr("not given"));
    html += row(tr("Tags"), m.tags.join(QStringLiteral(", ")));
    html += row(tr("Status"), m.status == core::MemberStatus::Frozen ? tr("Frozen") : tr("Active"));
    html += row(tr("Joined"), formatDate(m.joinedAt.toLocalTime().date()));
    if (!m.note.isEmpty())
        html += row(tr("Note"), m.note);
    html += QStringLiteral("</table>");
    m_details->setText(html);
    m_edit->setEnabled(true);
}

} // namespace storedesk::ui
