#include "catchmain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    return runCatch<QCoreApplication>(argc, argv);
}
