// StoreDesk's main window: the open store's name and its screens — the cashier's checkout, and
// the back office's members, products, marketing, reports, rules and settings.
#pragma once

#include "devices/guiprinterfactory.h"
#include "receiptdocument.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class CashierPage;
class MarketingPage;
class MembersPage;
class PeoplePage;
class ProductsPage;
class ReportsPage;
class SignInForm;
class RulesPage;
class SettingsPage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Screen
    {
        Checkout,
        Members,
        Products,
        Marketing,
        Reports,
        Rules,
        Settings,
        People
    };

    explicit MainWindow(core::Store &store, QWidget *parent = nullptr);

    CashierPage *cashierPage() const { return m_cashier; }
    MembersPage *membersPage() const { return m_members; }
    ProductsPage *productsPage() const { return m_products; }
    MarketingPage *marketingPage() const { return m_marketing; }
    ReportsPage *reportsPage() const { return m_reports; }
    RulesPage *rulesPage() const { return m_rules; }
    SettingsPage *settingsPage() const { return m_settings; }
    PeoplePage *peoplePage() const { return m_people; }
    /// The sign-in form of the lock screen.
    SignInForm *signInForm() const { return m_signIn; }
    bool isLocked() const;
    /// Brings the member screen (or, with false, the cashier screen) to the front.
    void showMembers(bool members = true);
    void showScreen(Screen screen);

public slots:
    /// Signs the user out and shows the lock screen, where anyone can sign in (switching
    /// cashier). Does nothing in a store without users.
    void lock();
    /// A code from a scanner: to the cart at the checkout, to the search box on the member and
    /// product screens.
    void deliverScan(const QString &code);
    /// The receipt printer's state, always in view ("Out of paper"); \a problem marks it.
    void setPrinterState(const QString &text, bool problem);
    /// Something a device could not do, for the cashier to see.
    void showDeviceProblem(const QString &text);

signals:
    /// The user asked to start again (after choosing another language).
    void restartRequested();
    /// A receipt was queued outside a sale (printed again): the printer should look now.
    void printRequested();
    /// Slips to print on the store's printer now (coupons to hand out).
    void printDocumentsRequested(const QList<storedesk::devices::ReceiptDocument> &documents);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeLockScreen();
    /// Shows the screens the signed-in user may use and who they are.
    void applySession();
    void restartIdleTimer();
    void updateTitle();
    void updateCounts();
    void showAbout();
    void showMessage(const QString &text);

    core::Store &m_store;
    /// Opens the store's printer for the close reports when one is printed; nothing before.
    GuiPrinterFactory m_printers;
    CashierPage *m_cashier = nullptr;
    MembersPage *m_members = nullptr;
    ProductsPage *m_products = nullptr;
    MarketingPage *m_marketing = nullptr;
    ReportsPage *m_reports = nullptr;
    RulesPage *m_rules = nullptr;
    SettingsPage *m_settings = nullptr;
    PeoplePage *m_people = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_lockScreen = nullptr;
    SignInForm *m_signIn = nullptr;
    QLabel *m_user = nullptr;
    QTimer *m_idle = nullptr;
    QLabel *m_printerState = nullptr;
};

} // namespace storedesk::ui
