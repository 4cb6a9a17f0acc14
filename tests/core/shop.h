// A demo store with sales of every kind in its books — members earning and redeeming points,
// stored value topped up and spent, walk-ins, cash with change, a refund — for the tests that
// copy, check and restore whole stores.
#pragma once

#include "io/demostore.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QStringList>

#include <catch2/catch.hpp>

namespace storedesk::test {

/// Fills \a store with 20 members and 12 products in stock, then commits \a sales sales and
/// refunds the first. Answers the receipt numbers.
inline QStringList sellSome(core::Store &store, int sales = 12)
{
    using namespace core;
    if (store.members().count() == 0) {
        DemoStore::fill(store, DemoOptions{20, 12, 7});
        store.database().exec(QStringLiteral("UPDATE products SET active = 1"));
        store.database().exec(QStringLiteral("UPDATE members SET status = 'active'"));
        for (const Product &p : store.catalog().find(QString(), 100))
            store.catalog().adjustStock(p.id, 500 - p.stock, QStringLiteral("stocktake"));
    }
    QStringList phones;
    QSqlQuery m = store.database().exec(QStringLiteral("SELECT phone FROM members ORDER BY id"));
    while (m.next())
        phones.append(m.value(0).toString());
    QStringList barcodes;
    QSqlQuery p = store.database().exec(QStringLiteral("SELECT barcode FROM products ORDER BY id"));
    while (p.next())
        barcodes.append(p.value(0).toString());
    REQUIRE(phones.size() >= 4);
    REQUIRE(barcodes.size() >= 4);

    QStringList receipts;
    for (int i = 0; i < sales; ++i) {
        SaleRequest r;
        const bool member = i % 4 != 3;
        if (member) {
            r.member = phones[i % phones.size()];
            if (i % 3 == 0) {
                store.loyalty().topUp(store.members().resolve(r.member).id, Money::fromFen(20000),
                                      PaymentMethod::WeChat);
            }
        }
        r.lines.append({barcodes[i % barcodes.size()], 1 + i % 3});
        r.lines.append({barcodes[(i + 5) % barcodes.size()], 1});
        Quote q = store.checkout().quote(r);
        if (member && q.cart.maxRedeemablePoints > 0) {
            r.redeemPoints = q.cart.maxRedeemablePoints;
            q = store.checkout().quote(r);
        }
        Money due = q.cart.totalDue;
        if (member && i % 3 == 0) {
            const Money sv = std::min(due, q.storedValue.total());
            r.payments.append({PaymentMethod::StoredValue, sv, Money()});
            due -= sv;
        }
        if (due.fen() > 0)
            r.payments.append({PaymentMethod::Cash, due, due + Money::fromFen(500)});
        receipts.append(store.checkout().commit(r).receiptNo);
    }
    if (!receipts.isEmpty())
        store.checkout().refund(receipts.first(), {});
    return receipts;
}

} // namespace storedesk::test
