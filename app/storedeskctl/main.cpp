// storedeskctl: wiring only — the application, its language, and the command line.
#include "cli.h"
#include "store/store.h"
#include "store/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    storedesk::core::Store::setApplicationIdentity();
    storedesk::core::installTranslations(QLocale::system());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return storedesk::cli::run(QCoreApplication::arguments(), out, err);
}
