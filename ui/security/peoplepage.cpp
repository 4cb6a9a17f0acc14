#include "peoplepage.h"

#include "domain/error.h"
#include "format.h"
#include "recordtablemodel.h"
#include "style.h"
#include "userdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace storedesk::ui {

namespace {

/// The detail of an entry on one line: "points: 5 · reason: 补录", before → after for changes.
QString detailText(const QJsonObject &detail)
{
    const auto plain = [](const QJsonValue &v) {
        if (v.isString())
            return v.toString();
        if (v.isObject() || v.isArray()) {
            return QString::fromUtf8(
                (v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray()))
                    .toJson(QJsonDocument::Compact));
        }
        return v.toVariant().toString();
    };
    const QJsonObject before = detail.value(QStringLiteral("before")).toObject();
    const QJsonObject after = detail.value(QStringLiteral("after")).toObject();
    QStringList parts;
    if (!before.isEmpty() || !after.isEmpty()) {
        QStringList keys = before.keys() + after.keys();
        keys.removeDuplicates();
        for (const QString &key : keys) {
            parts << QStringLiteral("%1: %2 → %3")
                         .arg(key, plain(before.value(key)), plain(after.value(key)));
        }
    }
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        if (it.key() != u"before" && it.key() != u"after")
            parts << QStringLiteral("%1: %2").arg(it.key(), plain(it.value()));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

PeoplePage::PeoplePage(core::Security &security, QWidget *parent)
    : QWidget(parent)
    , m_security(security)
{
    setObjectName(QStringLiteral("peoplePage"));
    m_sheets = new QTabWidget(this);
    m_sheets->setObjectName(QStringLiteral("peopleSheets"));
    m_sheets->addTab(makeUsersSheet(), tr("Users"));
    m_sheets->addTab(makeAuditSheet(), tr("Audit trail"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sheets);

    connect(&m_security, &core::Security::usersChanged, this, &PeoplePage::refreshUsers);
    // The trail is read when its sheet is in front, not while the window starts.
    connect(&m_security, &core::Security::sessionChanged, this, [this] {
        refreshUsers();
        if (m_sheets->currentIndex() == 1)
            refreshAudit();
        else
            showAuditAllowed();
    });
    refreshUsers();
    showAuditAllowed();
}

QWidget *PeoplePage::makeUsersSheet()
{
    auto *sheet = new QWidget(this);
    m_users =
        new RecordTableModel({{tr("Name")}, {tr("Role")}, {tr("Sign-in")}, {tr("Since")}}, sheet);
    m_usersView = makeListView(sheet, "users", m_users);
    m_add = new QPushButton(tr("&New user…"), sheet);
    m_role = new QPushButton(tr("Change &role…"), sheet);
    m_pin = new QPushButton(tr("Reset &PIN…"), sheet);
    m_unlock = new QPushButton(tr("&Unlock"), sheet);
    m_active = new QPushButton(tr("&Stop sign-in"), sheet);
    for (auto [button, name] : {std::pair{m_add, "addUser"},
                                {m_role, "changeRole"},
                                {m_pin, "resetPin"},
                                {m_unlock, "unlockUser"},
                                {m_active, "toggleActive"}}) {
        button->setObjectName(QString::fromLatin1(name));
    }
    auto *hint = new QLabel(tr("Cashiers sell, register members, top up and hand out gifts. "
                               "Managers also take returns, change prices, adjust points and "
                               "stored value, and edit products, marketing, rules and settings. "
                               "The owner also manages people, deletes members and restores "
                               "backups. Anyone can be approved for one action by someone who "
                               "may do it."),
                            sheet);
    hint->setWordWrap(true);
    setRole(hint, QStringLiteral("hint"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_role, m_pin, m_unlock, m_active})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(sheet);
    layout->addLayout(buttons);
    layout->addWidget(m_usersView, 1);
    layout->addWidget(hint);

    connect(m_add, &QPushButton::clicked, this, &PeoplePage::addUser);
    connect(m_role, &QPushButton::clicked, this, &PeoplePage::changeRole);
    connect(m_pin, &QPushButton::clicked, this, &PeoplePage::resetPin);
    connect(m_unlock, &QPushButton::clicked, this, &PeoplePage::unlockUser);
    connect(m_active, &QPushButton::clicked, this, &PeoplePage::toggleActive);
    connect(m_usersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PeoplePage::updateButtons);
    return sheet;
}

QWidget *PeoplePage::makeAuditSheet()
{
    auto *sheet = new QWidget(this);
    m_action = new QComboBox(sheet);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_user = new QLineEdit(sheet);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setPlaceholderText(tr("Who"));
    m_user->setMaximumWidth(140);
    m_search = new QLineEdit(sheet);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Receipt, member, product…"));
    m_search->setClearButtonEnabled(true);
    m_from = new QDateEdit(sheet);
    m_to = new QDateEdit(sheet);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(shortDateFormat());
    }
    m_from->setDate(localDate(QDateTime::currentDateTimeUtc()).addDays(-30));
    m_to->setDate(localDate(QDateTime::currentDateTimeUtc()));
    auto *verify = new QPushButton(tr("&Check the trail"), sheet);
    verify->setObjectName(QStringLiteral("verifyTrail"));
    m_verified = new QLabel(sheet);
    m_verified->setObjectName(QStringLiteral("verifyResult"));
    m_verified->setWordWrap(true);
    m_denied = new QLabel(tr("Only a manager or the owner may read the audit trail."), sheet);
    setRole(m_denied, QStringLiteral("hint"));

    m_audit = new RecordTableModel({{tr("When")},
                                    {tr("Who")},
                                    {tr("Approved by")},
                                    {tr("What")},
                                    {tr("About")},
                                    {tr("Details")}},
                                   sheet);
    m_auditView = makeListView(sheet, "auditTrail", m_audit);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_action);
    filters->addWidget(m_user);
    filters->addWidget(m_search, 1);
    filters->addWidget(new QLabel(tr("From"), sheet));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), sheet));
    filters->addWidget(m_to);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(verify);
    checkRow->addWidget(m_verified, 1);
    auto *layout = new QVBoxLayout(sheet);
    layout->addLayout(filters);
    layout->addWidget(m_denied);
    layout->addWidget(m_auditView, 1);
    layout->addLayout(checkRow);

    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, &PeoplePage::refreshAudit);
    for (QLineEdit *e : {m_user, m_search})
        connect(e, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_action, &QComboBox::activated, this, &PeoplePage::refreshAudit);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &PeoplePage::refreshAudit);
    connect(verify, &QPushButton::clicked, this, &PeoplePage::verifyTrail);
    connect(m_sheets, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            refreshAudit();
    });
    return sheet;
}

void PeoplePage::refresh()
{
    refreshUsers();
    refreshAudit();
}

void PeoplePage::refreshUsers()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<RecordTableModel::Record> records;
    for (const core::User &u : m_security.users()) {
        QString state = tr("Allowed");
        auto tone = RecordTableModel::Tone::Normal;
        if (!u.active) {
            state = tr("Stopped");
            tone = RecordTableModel::Tone::Muted;
        } else if (u.lockedAt(now)) {
            state = tr("Locked until %1").arg(formatTime(u.lockedUntil));
            tone = RecordTableModel::Tone::Loss;
        }
        records.append(
            {{u.name, core::Roles::name(u.role), state, formatDate(localDate(u.createdAt))},
             u.id,
             tone,
             {}});
    }
    m_users->reset([records](const RecordTableModel::Record *last) {
        return last ? QList<RecordTableModel::Record>() : records;
    });
    fitColumns(m_usersView, {{0, 200}, {1, 120}, {2, 220}});
    updateButtons();
}

bool PeoplePage::showAuditAllowed()
{
    const bool allowed = m_security.allows(core::Permission::AuditView);
    m_denied->setVisible(!allowed);
    m_auditView->setVisible(allowed);
    return allowed;
}

void PeoplePage::refreshAudit()
{
    if (!showAuditAllowed()) {
        m_audit->clear();
        return;
    }
    const QString chosen = m_action->currentData().toString();
    m_action->clear();
    m_action->addItem(tr("Every action"), QString());
    for (const QString &a : m_security.audit().actions())
        m_action->addItem(core::AuditLog::actionName(a), a);
    m_action->setCurrentIndex(std::max(0, m_action->findData(chosen)));

    core::AuditFilter filter;
    filter.from = localDayStart(m_from->date());
    filter.until = localDayStart(m_to->date().addDays(1));
    filter.user = m_user->text().trimmed();
    filter.action = m_action->currentData().toString();
    filter.text = m_search->text().trimmed();
    filter.limit = 200;
    try {
        m_audit->reset([this, filter](const RecordTableModel::Record *last) mutable {
            filter.beforeId = last ? last->key.toLongLong() : 0;
            QList<RecordTableModel::Record> page;
            for (const core::AuditEntry &e : m_security.auditEntries(filter)) {
                const bool failed = e.action == u"sign_in_failed" || e.action == u"user_locked";
                page.append(
                    {{formatDateTime(e.at), e.actor.name, e.actor.approverName,
                      core::AuditLog::actionName(e.action), e.subject, detailText(e.detail)},
                     e.id,
                     failed ? RecordTableModel::Tone::Loss : RecordTableModel::Tone::Normal,
                     e.program});
            }
            return page;
        });
    } catch (const core::Error &error) {
        emit message(error.message());
    }
    fitColumns(m_auditView, {{0, 180}, {1, 90}, {2, 90}, {3, 160}, {4, 200}});
}

void PeoplePage::verifyTrail()
{
    try {
        const core::AuditCheck check = m_security.verifyAudit();
        m_verified->setText(check.intact
                                ? tr("The trail is whole: %n entries, none changed or removed.",
                                     nullptr, int(check.entries))
                                : check.problem);
        setRole(m_verified, check.intact ? QStringLiteral("ok") : QStringLiteral("error"));
    } catch (const core::Error &error) {
        m_verified->setText(error.message());
        setRole(m_verified, QStringLiteral("error"));
    }
}

std::optional<core::User> PeoplePage::selectedUser() const
{
    const QModelIndex index = m_usersView->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    const qint64 id = m_users->record(index.row()).key.toLongLong();
    for (const core::User &u : m_security.users()) {
        if (u.id == id)
            return u;
    }
    return std::nullopt;
}

void PeoplePage::updateButtons()
{
    const bool manage = !m_security.hasUsers() || m_security.allows(core::Permission::UsersManage);
    const std::optional<core::User> user = selectedUser();
    m_add->setEnabled(manage);
    for (QPushButton *b : {m_role, m_pin, m_unlock, m_active})
        b->setEnabled(manage && user.has_value());
    if (user) {
        m_unlock->setEnabled(manage && user->lockedAt(QDateTime::currentDateTimeUtc()));
        m_active->setText(user->active ? tr("&Stop sign-in") : tr("&Allow sign-in"));
    }
}

bool PeoplePage::attempt(const std::function<void()> &work)
{
    try {
        work();
        return true;
    } catch (const core::Error &error) {
        QMessageBox::warning(this, tr("People"), error.message());
        return false;
    }
}

void PeoplePage::addUser()
{
    UserDialog dialog(m_security, this);
    if (dialog.exec() == QDialog::Accepted)
        emit message(tr("%1 may sign in now.").arg(dialog.user().name));
}

void PeoplePage::changeRole()
{
    const auto user = selectedUser();
    if (!user)
        return;
    QStringList names;
    for (const core::Role role : core::Roles::all())
        names << core::Roles::name(role);
    bool ok = false;
    const QString picked =
        QInputDialog::getItem(this, tr("Change role"), tr("%1's role:").arg(user->name), names,
                              int(core::Roles::all().indexOf(user->role)), false, &ok);
    if (!ok)
        return;
    core::UserChange change;
    change.role = core::Roles::all().value(int(names.indexOf(picked)));
    attempt([&] { m_security.changeUser(user->id, change); });
}

void PeoplePage::resetPin()
{
    const auto user = selectedUser();
    if (!user)
        return;
    bool ok = false;
    const QString pin = QInputDialog::getText(this, tr("Reset PIN"),
                                              tr("New PIN or password for %1:").arg(user->name),
                                              QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const QString again = QInputDialog::getText(this, tr("Reset PIN"), tr("The same again:"),
                                                QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    if (pin != again) {
        QMessageBox::warning(this, tr("Reset PIN"),
                             tr("The two PINs differ; %1's PIN was not changed.").arg(user->name));
        return;
    }
    if (attempt([&] { m_security.resetSecret(user->id, pin); }))
        emit message(tr("%1 has a new PIN.").arg(user->name));
}

void PeoplePage::unlockUser()
{
    if (const auto user = selectedUser())
        attempt([&] { m_security.unlock(user->id); });
}

void PeoplePage::toggleActive()
{
    const auto user = selectedUser();
    if (!user)
        return;
    core::UserChange change;
    change.active = !user->active;
    attempt([&] { m_security.changeUser(user->id, change); });
}

} // namespace storedesk::ui
