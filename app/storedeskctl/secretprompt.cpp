#include "secretprompt.h"

#include "clitext.h"
#include "domain/error.h"

#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace storedesk::cli {

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

/// Turns the terminal's echo off for its lifetime.
class EchoOff final
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_ok = GetConsoleMode(m_handle, &m_mode) != 0;
        if (m_ok)
            SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        m_ok = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_ok) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_WIN
        if (m_ok)
            SetConsoleMode(m_handle, m_mode);
#else
        if (m_ok)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_ok = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

QString typed(const QString &prompt)
{
    QTextStream err(stderr);
    err << prompt;
    err.flush();
    std::string line;
    {
        EchoOff quiet;
        std::getline(std::cin, line);
    }
    err << '\n';
    err.flush();
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

} // namespace

QString readSecret(const char *envName, const QString &prompt)
{
    if (qEnvironmentVariableIsSet(envName))
        return qEnvironmentVariable(envName);
    if (!stdinIsTerminal()) {
        throw core::Error(core::ErrorCode::SignInRequired,
                          CliText::tr("Give the PIN in %1, or run the command at a terminal to "
                                      "type it.")
                              .arg(QString::fromLatin1(envName)));
    }
    return typed(prompt);
}

QString readNewSecret(const char *envName, const QString &prompt)
{
    if (qEnvironmentVariableIsSet(envName))
        return qEnvironmentVariable(envName);
    const QString first = readSecret(envName, prompt);
    const QString again = typed(CliText::tr("Again: "));
    if (first != again) {
        throw core::Error(core::ErrorCode::WeakPin,
                          CliText::tr("The two PINs typed differ; nothing was changed."));
    }
    return first;
}

} // namespace storedesk::cli
