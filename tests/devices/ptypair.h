// Test side: a pseudo-terminal pair made by socat, standing in for a serial printer or scanner
// and its cable. Fails the test loudly when socat is missing (the README's setup installs it).
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

namespace storedesk::test {

class PtyPair final
{
public:
    PtyPair()
    {
        const QString socat = QStandardPaths::findExecutable(QStringLiteral("socat"));
        INFO("socat is needed for the serial tests: run installer/install-deps.sh");
        REQUIRE(!socat.isEmpty());
        m_socat = socat;
        start();
    }
    ~PtyPair() { stop(); }

    /// The end the code under test opens.
    QString device() const { return m_dir.filePath(QStringLiteral("device")); }
    /// The far end: the fake printer or the test typing as a scanner.
    QString peer() const { return m_dir.filePath(QStringLiteral("peer")); }

    void start()
    {
        m_process.start(m_socat, {QStringLiteral("pty,raw,echo=0,link=") + device(),
                                  QStringLiteral("pty,raw,echo=0,link=") + peer()});
        REQUIRE(m_process.waitForStarted(10000));
        const auto ready = [this] {
            return QFileInfo::exists(device()) && QFileInfo::exists(peer());
        };
        REQUIRE(QTest::qWaitFor(ready, 10000));
    }

    /// The cable is pulled: both ends go away.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(10000);
        QFile::remove(device());
        QFile::remove(peer());
    }

private:
    QTemporaryDir m_dir;
    QString m_socat;
    QProcess m_process;
};

} // namespace storedesk::test
