// The store's rules document, versioned: every change is a new version, and a sale records the
// version that priced it, so an old receipt can always be explained.
#pragma once

#include "loyalty/rules.h"

#include <QObject>

namespace storedesk::core {

class Clock;
class Database;
class Security;

struct VersionedRules
{
    int version = 0;
    Rules rules;
};

class RuleBook final : public QObject
{
    Q_OBJECT

public:
    RuleBook(Database &db, const Clock &clock, Security &security, QObject *parent = nullptr);

    /// The newest version; a store without one gets the defaults as version 1.
    VersionedRules current();
    /// Checks \a document and stores it as the next version (rules_edit). Throws invalid_rules
    /// naming the field; nothing is stored then.
    VersionedRules set(const QJsonObject &document);
    /// An earlier version. Throws not_found.
    Rules at(int version) const;

signals:
    void changed(int version);

private:
    Database &m_db;
    const Clock &m_clock;
    Security &m_security;
    VersionedRules m_cached;
};

} // namespace storedesk::core
