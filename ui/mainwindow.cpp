#include "mainwindow.h"

#include "catalog/productspage.h"
#include "domain/error.h"
#include "format.h"
#include "loyalty/rulespage.h"
#include "marketing/marketingpage.h"
#include "members/memberspage.h"
#include "reports/reportspage.h"
#include "sales/cashierpage.h"
#include "security/peoplepage.h"
#include "security/signinform.h"
#include "store/backupsection.h"
#include "store/exportdialog.h"
#include "store/settingspage.h"
#include "store/store.h"
#include "style.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace storedesk::ui {

MainWindow::MainWindow(core::Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("screens"));
    m_cashier = new CashierPage(store, m_tabs);
    m_members = new MembersPage(store, m_tabs);
    m_products = new ProductsPage(store, m_tabs);
    m_marketing = new MarketingPage(store, m_tabs);
    m_marketing->setListedMembers([this] { return m_members->filter(); });
    m_reports = new ReportsPage(store, m_printers, m_tabs);
    m_rules = new RulesPage(store.rules(), m_tabs);
    m_settings = new SettingsPage(store.settings(), m_tabs);
    m_people = new PeoplePage(store.security(), m_tabs);
    m_tabs->addTab(m_cashier, icon("checkout"), tr("Checkout"));
    m_tabs->addTab(m_members, icon("members"), tr("Members"));
    m_tabs->addTab(m_products, icon("products"), tr("Products"));
    m_tabs->addTab(m_marketing, icon("marketing"), tr("Marketing"));
    m_tabs->addTab(m_reports, icon("reports"), tr("Reports"));
    m_tabs->addTab(m_rules, icon("rules"), tr("Loyalty rules"));
    m_tabs->addTab(m_settings, icon("settings"), tr("Settings"));
    m_tabs->addTab(m_people, icon("people"), tr("People"));
    m_tabs->setIconSize(QSize(20, 20));
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_tabs);
    m_lockScreen = makeLockScreen();
    m_stack->addWidget(m_lockScreen);
    setCentralWidget(m_stack);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == int(Screen::Checkout))
            m_cashier->scanField()->setFocus();
        else if (index == int(Screen::Members))
            m_members->searchField()->setFocus();
        else if (index == int(Screen::Products))
            m_products->searchField()->setFocus();
    });

    QMenu *file = menuBar()->addMenu(tr("&Store"));
    file->addAction(m_members->newMemberAction());
    file->addSeparator();
    file->addAction(tr("&Import members…"), m_members, &MembersPage::importMembers);
    file->addAction(tr("Export &members…"), this, [this] {
        ExportDialog(m_store, ExportDialog::What::Members, m_members->filter(), this).exec();
    });
    file->addAction(tr("Export &sales…"), this,
                    [this] { ExportDialog(m_store, ExportDialog::What::Sales, {}, this).exec(); });
    file->addSeparator();
    QAction *lockAction = file->addAction(tr("&Lock or switch user"), this, &MainWindow::lock);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setShortcutContext(Qt::ApplicationShortcut);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<QString, Screen>> screens{
        {tr("&Checkout"), Screen::Checkout}, {tr("&Members"), Screen::Members},
        {tr("&Products"), Screen::Products}, {tr("M&arketing"), Screen::Marketing},
        {tr("&Reports"), Screen::Reports},   {tr("&Loyalty rules"), Screen::Rules},
        {tr("S&ettings"), Screen::Settings}, {tr("Pe&ople"), Screen::People}};
    for (int i = 0; i < screens.size(); ++i) {
        const Screen screen = screens[i].second;
        QAction *action =
            view->addAction(screens[i].first, this, [this, screen] { showScreen(screen); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About StoreDesk"), this, &MainWindow::showAbout);

    connect(m_members, &MembersPage::message, this, &MainWindow::showMessage);
    connect(m_products, &ProductsPage::message, this, &MainWindow::showMessage);
    connect(m_rules, &RulesPage::message, this, &MainWindow::showMessage);
    connect(m_marketing, &MarketingPage::message, this, &MainWindow::showMessage);
    connect(m_reports, &ReportsPage::message, this, &MainWindow::showMessage);
    connect(m_marketing, &MarketingPage::printSlips, this, &MainWindow::printDocumentsRequested);
    connect(m_settings, &SettingsPage::message, this, &MainWindow::showMessage);
    connect(m_people, &PeoplePage::message, this, &MainWindow::showMessage);
    connect(m_settings, &SettingsPage::restartRequested, this, &MainWindow::restartRequested);
    auto *backups = new BackupSection(store, m_settings);
    m_settings->addSection(backups);
    connect(backups, &BackupSection::message, this, &MainWindow::showMessage);
    connect(backups, &BackupSection::restartRequested, this, &MainWindow::restartRequested);
    connect(m_cashier, &CashierPage::printRequested, this, &MainWindow::printRequested);
    connect(m_members, &MembersPage::printRequested, this, &MainWindow::printRequested);
    m_user = new QLabel(this);
    m_user->setObjectName(QStringLiteral("signedIn"));
    statusBar()->addPermanentWidget(m_user);
    m_printerState = new QLabel(this);
    m_printerState->setObjectName(QStringLiteral("printerState"));
    m_printerState->hide();
    statusBar()->addPermanentWidget(m_printerState);
    auto *location = new QLabel(store.database().path(), this);
    location->setProperty("role", QStringLiteral("hint"));
    statusBar()->addPermanentWidget(location);

    connect(&store.settings(), &core::StoreSettings::changed, this, &MainWindow::updateTitle);
    // Times on screen are the store's, whatever zone this computer is set to.
    setDisplayTimeZone(store.settings().timeZone());
    connect(&store.settings(), &core::StoreSettings::changed, this, [this](const QString &key) {
        if (key == u"store.time_zone")
            setDisplayTimeZone(m_store.settings().timeZone());
    });
    connect(&store.members(), &core::MemberRegistry::memberAdded, this, &MainWindow::updateCounts);
    connect(&store.catalog(), &core::Catalog::productAdded, this, &MainWindow::updateCounts);
    updateTitle();
    updateCounts();
    resize(1366, 768);

    // A till stays open for days: post points expiry and tier reviews as they fall due. It is
    // idempotent, so running it often only costs an index lookup when nothing is due.
    auto *daily = new QTimer(this);
    daily->setInterval(30 * 60 * 1000);
    connect(daily, &QTimer::timeout, this, [this] {
        try {
            m_store.runDaily();
        } catch (const core::Error &error) {
            statusBar()->showMessage(error.message());
        }
    });
    daily->start();

    // The till locks itself after a while without a key press or a click, and opens locked
    // once the store has people to sign in.
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &MainWindow::lock);
    qApp->installEventFilter(this);
    connect(&store.security(), &core::Security::sessionChanged, this, &MainWindow::applySession);
    connect(&store.security(), &core::Security::usersChanged, this, &MainWindow::applySession);
    connect(&store.settings(), &core::StoreSettings::changed, this, [this](const QString &key) {
        if (key.startsWith(u"security."))
            restartIdleTimer();
    });
    if (store.security().hasUsers())
        lock();
    else
        applySession();
}

QWidget *MainWindow::makeLockScreen()
{
    auto *screen = new QWidget(this);
    screen->setObjectName(QStringLiteral("lockScreen"));
    auto *title = new QLabel(screen);
    title->setObjectName(QStringLiteral("lockTitle"));
    title->setAlignment(Qt::AlignCenter);
    setRole(title, QStringLiteral("title"));
    connect(this, &QWidget::windowTitleChanged, title, [this, title] {
        title->setText(m_store.settings().storeName().isEmpty() ? tr("StoreDesk")
                                                                : m_store.settings().storeName());
    });
    auto *hint = new QLabel(tr("Sign in to use the till. Ctrl+L locks it again."), screen);
    hint->setAlignment(Qt::AlignCenter);
    setRole(hint, QStringLiteral("hint"));
    m_signIn = new SignInForm(
        tr("&Sign in"),
        [this](const QString &name, const QString &pin) { m_store.security().signIn(name, pin); },
        screen);
    auto *quit = new QPushButton(tr("&Quit StoreDesk"), screen);
    quit->setObjectName(QStringLiteral("quit"));
    connect(quit, &QPushButton::clicked, qApp, &QApplication::closeAllWindows);

    auto *box = new QWidget(screen);
    box->setMaximumWidth(420);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(title);
    boxLayout->addWidget(hint);
    boxLayout->addSpacing(16);
    boxLayout->addWidget(m_signIn);
    boxLayout->addSpacing(24);
    boxLayout->addWidget(quit, 0, Qt::AlignLeft);
    auto *layout = new QVBoxLayout(screen);
    layout->addStretch(1);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return screen;
}

bool MainWindow::isLocked() const
{
    return m_stack->currentWidget() == m_lockScreen;
}

void MainWindow::lock()
{
    core::Security &security = m_store.security();
    if (!security.hasUsers()) {
        showMessage(tr("Add the owner under People to lock the till."));
        return;
    }
    const QString last = security.current() ? security.current()->name : QString();
    if (security.current())
        security.signOut();
    QStringList names;
    for (const core::User &u : security.users()) {
        if (u.active)
            names << u.name;
    }
    m_signIn->setNames(names, last);
    m_stack->setCurrentWidget(m_lockScreen);
    m_idle->stop();
    applySession();
    m_signIn->reset();
}

void MainWindow::applySession()
{
    core::Security &security = m_store.security();
    const auto &user = security.current();
    if (user && isLocked())
        m_stack->setCurrentWidget(m_tabs);
    if (security.hasUsers() && !user && !isLocked()) {
        lock();
        return;
    }
    const bool open = !security.hasUsers();
    const auto may = [&](core::Permission p) {
        return open || security.allows(p);
    };
    m_tabs->setTabVisible(int(Screen::Products), may(core::Permission::ProductsEdit));
    m_tabs->setTabVisible(int(Screen::Marketing), may(core::Permission::Marketing));
    m_tabs->setTabVisible(int(Screen::Reports), may(core::Permission::Reports));
    m_tabs->setTabVisible(int(Screen::Rules), may(core::Permission::RulesEdit));
    m_tabs->setTabVisible(int(Screen::Settings), may(core::Permission::SettingsEdit));
    m_tabs->setTabVisible(int(Screen::People),
                          may(core::Permission::UsersManage) || may(core::Permission::AuditView));
    if (!m_tabs->isTabVisible(m_tabs->currentIndex()))
        showScreen(Screen::Checkout);
    m_user->setText(user ? tr("%1 · %2").arg(user->name, core::Roles::name(user->role))
                         : QString());
    m_user->setVisible(user.has_value());
    if (user) {
        restartIdleTimer();
        if (m_tabs->currentIndex() == int(Screen::Checkout))
            m_cashier->scanField()->setFocus();
    }
}

void MainWindow::restartIdleTimer()
{
    const int minutes = m_store.settings().idleLockMinutes();
    if (minutes <= 0 || !m_store.security().current() || isLocked()) {
        m_idle->stop();
        return;
    }
    m_idle->start(minutes * 60 * 1000);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (m_idle->isActive())
            m_idle->start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showMembers(bool members)
{
    showScreen(members ? Screen::Members : Screen::Checkout);
}

void MainWindow::showScreen(Screen screen)
{
    m_tabs->setCurrentIndex(int(screen));
}

void MainWindow::deliverScan(const QString &code)
{
    if (isLocked())
        return; // a scan is no way past the lock screen
    switch (Screen(m_tabs->currentIndex())) {
    case Screen::Members:
        m_members->searchField()->setText(code);
        m_members->search();
        break;
    case Screen::Products:
        m_products->searchField()->setText(code);
        m_products->search();
        break;
    default:
        // At the till, and on screens that take no scans, it belongs to the sale.
        showScreen(Screen::Checkout);
        m_cashier->scanFromDevice(code);
        break;
    }
}

void MainWindow::setPrinterState(const QString &text, bool problem)
{
    m_printerState->setText(tr("Printer: %1").arg(text));
    setRole(m_printerState, problem ? QStringLiteral("error") : QStringLiteral("hint"));
    m_printerState->show();
}

void MainWindow::showDeviceProblem(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

void MainWindow::updateTitle()
{
    const QString name = m_store.settings().storeName();
    setWindowTitle(name.isEmpty() ? tr("StoreDesk") : tr("%1 — StoreDesk").arg(name));
}

void MainWindow::updateCounts()
{
    statusBar()->showMessage(tr("%1 members · %2 products")
                                 .arg(QLocale().toString(m_store.members().count()),
                                      QLocale().toString(m_store.catalog().count())));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About StoreDesk"),
        tr("<h3>StoreDesk %1</h3><p>Point of sale and membership for one store. "
           "Everything stays in one file on this computer:</p><p>%2</p>")
            .arg(QStringLiteral(STOREDESK_VERSION), m_store.database().path().toHtmlEscaped()));
}

} // namespace storedesk::ui
