// The translation context of storedeskctl's own messages.
#pragma once

#include <QCoreApplication>

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};
