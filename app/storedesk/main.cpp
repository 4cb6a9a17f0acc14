// storedesk: wiring only — open the store, load the language and the look, show the window.
#include "devices/hardware.h"
#include "domain/error.h"
#include "io/demostore.h"
#include "mainwindow.h"
#include "store/autobackup.h"
#include "store/language.h"
#include "store/store.h"
#include "store/translations.h"
#include "style.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>

int main(int argc, char *argv[])
{
    using namespace storedesk;
    QApplication app(argc, argv);
    core::Store::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("StoreDesk"));
    // The language chosen in the settings, else the system's; numbers and money follow it.
    const QLocale locale = ui::effectiveLocale();
    QLocale::setDefault(locale);
    core::installTranslations(locale);
    ui::applyStyle(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("storedesk", "Point of sale and membership for one store."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("storedesk", "The store file to open."),
                                QStringLiteral("PATH"), core::Store::defaultPath());
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("storedesk",
                                    "Fill an empty store with a sample shop to try StoreDesk."));
    parser.addOption(db);
    parser.addOption(demo);
    parser.process(app);

    try {
        core::Store store(parser.value(db), core::Clock::fromEnvironment(),
                          core::Store::OpenMode::CreateOrUpgrade);
        if (parser.isSet(demo) && store.members().count() == 0 && store.catalog().count() == 0) {
            if (store.settings().storeName().isEmpty()) {
                store.settings().setStoreName(
                    QCoreApplication::translate("storedesk", "StoreDesk Demo Store"));
            }
            core::DemoStore::fill(store, core::DemoOptions{});
        }
        // Points that fell due while the program was closed expire before the first sale.
        store.runDaily();
        ui::MainWindow window(store);
        ui::Hardware hardware(store, window);
        QObject::connect(&window, &ui::MainWindow::restartRequested, &app, [&app] {
            // The same program with the same arguments, after this one has let go of the store.
            QObject::connect(&app, &QCoreApplication::aboutToQuit, [] {
                QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                        QCoreApplication::arguments().mid(1));
            });
            QApplication::closeAllWindows();
        });
        // Today's backup, taken off the window's thread; again whenever the day turns.
        ui::AutoBackup autoBackup(store);
        QObject::connect(
            &autoBackup, &ui::AutoBackup::finished, &window,
            [&window](const QString &text, bool) { window.statusBar()->showMessage(text, 15000); });
        autoBackup.start();
        window.show();
        return app.exec();
    } catch (const core::Error &error) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("storedesk", "StoreDesk"),
                              error.message());
        return 1;
    }
}
