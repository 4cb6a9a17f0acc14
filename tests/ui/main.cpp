#include "catchmain.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // Test discovery runs this program too; it must never need a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return runCatch<QApplication>(argc, argv);
}
