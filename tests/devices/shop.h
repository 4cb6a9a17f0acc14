// Test side: a store with two products and a member, to make real sales whose receipts the
// devices layer prints.
#pragma once

#include "../core/teststore.h"

namespace storedesk::test {

struct Shop
{
    TestStore store;

    Shop()
    {
        core::NewMember m;
        m.phone = QStringLiteral("13800135678");
        m.name = QStringLiteral("张三");
        store->members().add(m);
        core::NewProduct water;
        water.barcode = QStringLiteral("6901234567892");
        water.name = QStringLiteral("农夫山泉 550ml");
        water.price = QStringLiteral("2.50");
        water.memberPrice = QStringLiteral("2.20");
        water.stock = 100;
        store->catalog().add(water);
        core::NewProduct noodles;
        noodles.barcode = QStringLiteral("4006381333931");
        noodles.name = QStringLiteral("康师傅红烧牛肉面");
        noodles.price = QStringLiteral("4.50");
        noodles.stock = 100;
        store->catalog().add(noodles);
        core::StoreProfile profile;
        profile.name = QStringLiteral("老街便利店");
        profile.receiptFooter = QStringLiteral("谢谢惠顾");
        store->settings().setProfile(profile);
    }

    /// A cash sale of two waters and a noodle cup; with a member when \a member is given.
    core::SaleRecord sell(const QString &member = {})
    {
        core::SaleRequest r;
        r.member = member;
        r.lines = {{QStringLiteral("6901234567892"), 2}, {QStringLiteral("4006381333931"), 1}};
        const core::Quote q = store->checkout().quote(r);
        r.payments = {{core::PaymentMethod::Cash, q.cart.totalDue, core::Money::fromFen(5000)}};
        return store->checkout().commit(r);
    }
};

} // namespace storedesk::test
