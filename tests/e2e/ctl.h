// Runs storedeskctl as another program would, on a store of its own, and reads its answer.
#pragma once

#include "catchqt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

namespace storedesk::test {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    QString errorCode() const
    {
        return QJsonDocument::fromJson(err)
            .object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QString errorMessage() const
    {
        return QJsonDocument::fromJson(err)
            .object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    }
};

class Ctl
{
public:
    Ctl()
        : m_db(m_dir.filePath(QStringLiteral("store.sqlite")))
    {}

    Run operator()(QStringList args, const QByteArray &lang = "C.UTF-8",
                   const QByteArray &input = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
        env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(lang));
        env.insert(QStringLiteral("LANGUAGE"), QString());
        env.insert(QStringLiteral("STOREDESK_NOW"), QStringLiteral("2026-11-22T10:00:00+08:00"));
        for (auto it = m_env.cbegin(); it != m_env.cend(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        p.start(QStringLiteral(STOREDESKCTL), args);
        p.write(input);
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(30000));
        return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    const QString &db() const { return m_db; }
    /// Sets an environment variable for the commands run from now on (empty: unset).
    void setEnv(const QString &name, const QString &value)
    {
        if (value.isNull())
            m_env.remove(name);
        else
            m_env.insert(name, value);
    }

private:
    QMap<QString, QString> m_env;
    QTemporaryDir m_dir;
    QString m_db;
};

inline QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

} // namespace storedesk::test
