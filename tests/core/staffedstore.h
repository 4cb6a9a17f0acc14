// A store with its people: an owner (王老板, PIN 2580), a manager (李经理, 3690) and a cashier
// (小张, 1357), no one signed in, for tests of who may do what.
#pragma once

#include "teststore.h"

namespace storedesk::test {

struct StaffedStore
{
    TestStore store;
    core::User owner;
    core::User manager;
    core::User cashier;

    StaffedStore()
    {
        core::Security &s = store->security();
        owner = s.addUser(QStringLiteral("王老板"), core::Role::Owner, QStringLiteral("2580"));
        s.signIn(QStringLiteral("王老板"), QStringLiteral("2580"));
        manager = s.addUser(QStringLiteral("李经理"), core::Role::Manager, QStringLiteral("3690"));
        cashier = s.addUser(QStringLiteral("小张"), core::Role::Cashier, QStringLiteral("1357"));
        s.signOut();
    }

    void signInOwner() { store->security().signIn(owner.name, QStringLiteral("2580")); }
    void signInManager() { store->security().signIn(manager.name, QStringLiteral("3690")); }
    void signInCashier() { store->security().signIn(cashier.name, QStringLiteral("1357")); }
};

} // namespace storedesk::test
