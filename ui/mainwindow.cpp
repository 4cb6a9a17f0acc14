#include "mainwindow.h"

#include "catalog/productspage.h"
#include "domain/error.h"
#include "format.h"
#include "loyalty/rulespage.h"
#include "marketing/marketingpage.h"
#include "members/memberspage.h"
#include "sales/cashierpage.h"
#include "store/backupsection.h"
#include "store/settingspage.h"
#include "store/store.h"
#include "style.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

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
    m_rules = new RulesPage(store.rules(), m_tabs);
    m_settings = new SettingsPage(store.settings(), m_tabs);
    m_tabs->addTab(m_cashier, icon("checkout"), tr("Checkout"));
    m_tabs->addTab(m_members, icon("members"), tr("Members"));
    m_tabs->addTab(m_products, icon("products"), tr("Products"));
    m_tabs->addTab(m_marketing, icon("marketing"), tr("Marketing"));
    m_tabs->addTab(m_rules, icon("rules"), tr("Loyalty rules"));
    m_tabs->addTab(m_settings, icon("settings"), tr("Settings"));
    m_tabs->setIconSize(QSize(20, 20));
    m_tabs->setFocusPolicy(Qt::NoFocus);
    setCentralWidget(m_tabs);
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
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<QString, Screen>> screens{{tr("&Checkout"), Screen::Checkout},
                                                    {tr("&Members"), Screen::Members},
                                                    {tr("&Products"), Screen::Products},
                                                    {tr("&Loyalty rules"), Screen::Rules},
                                                    {tr("S&ettings"), Screen::Settings}};
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
    connect(m_marketing, &MarketingPage::printSlips, this, &MainWindow::printDocumentsRequested);
    connect(m_settings, &SettingsPage::message, this, &MainWindow::showMessage);
    connect(m_settings, &SettingsPage::restartRequested, this, &MainWindow::restartRequested);
    auto *backups = new BackupSection(store, m_settings);
    m_settings->addSection(backups);
    connect(backups, &BackupSection::message, this, &MainWindow::showMessage);
    connect(backups, &BackupSection::restartRequested, this, &MainWindow::restartRequested);
    connect(m_cashier, &CashierPage::printRequested, this, &MainWindow::printRequested);
    connect(m_members, &MembersPage::printRequested, this, &MainWindow::printRequested);
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
