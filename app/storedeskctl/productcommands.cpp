// product add | update | find | show | list | stock | moves, category list | add | rename | remove
#include "clitext.h"
#include "command.h"
#include "invocation.h"
#include "io/jsoncodec.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace storedesk::cli {

namespace {

const QStringList kProductColumns{QStringLiteral("id"),           QStringLiteral("barcode"),
                                  QStringLiteral("name"),         QStringLiteral("price"),
                                  QStringLiteral("member_price"), QStringLiteral("category"),
                                  QStringLiteral("stock"),        QStringLiteral("reorder_level"),
                                  QStringLiteral("gift_points"),  QStringLiteral("points_eligible"),
                                  QStringLiteral("active")};

constexpr qint64 kMaxStock = 1'000'000'000;

void declareDetails(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("barcode"), CliText::tr("EAN-13, EAN-8, UPC-A or a store code."),
                 QStringLiteral("B")});
    p.addOption({QStringLiteral("name"), CliText::tr("The product's name."), QStringLiteral("N")});
    p.addOption({QStringLiteral("price"), CliText::tr("Shelf price, like 12.50."),
                 QStringLiteral("PRICE")});
    p.addOption({QStringLiteral("member-price"), CliText::tr("Price for members, like 11.00."),
                 QStringLiteral("PRICE")});
    p.addOption({QStringLiteral("category"), CliText::tr("Category name (created when new)."),
                 QStringLiteral("C")});
    p.addOption({QStringLiteral("stock"), CliText::tr("Units in stock."), QStringLiteral("Q")});
    p.addOption({QStringLiteral("reorder-level"),
                 CliText::tr("Low stock at or below this (empty: the store's default)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("gift-points"),
                 CliText::tr("Members may take it for this many points (empty: they may not)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("no-points"), CliText::tr("Sales of it earn no points.")});
}

core::Product resolveProduct(Invocation &inv)
{
    const QString code = inv.positional(0, CliText::tr("The product's barcode"));
    inv.expectPositionals(1);
    return inv.store().catalog().resolveBarcode(code, core::ErrorCode::NotFound);
}

} // namespace

QList<Command> productCommands()
{
    QList<Command> commands;

    Command add;
    add.words = {QStringLiteral("product"), QStringLiteral("add")};
    add.usage = QStringLiteral("--barcode B --name N --price 12.50 [--member-price 11.00] "
                               "[--category C] [--stock Q] [--reorder-level N] [--no-points]");
    add.summary = CliText::tr("Adds a product and answers with it.");
    add.csvColumns = kProductColumns;
    add.declare = declareDetails;
    add.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        core::NewProduct request;
        request.barcode = inv.required(QStringLiteral("barcode"));
        request.name = inv.required(QStringLiteral("name"));
        request.price = inv.required(QStringLiteral("price"));
        request.memberPrice = inv.value(QStringLiteral("member-price")).value_or(QString());
        request.category = inv.value(QStringLiteral("category")).value_or(QString());
        request.stock = inv.integer(QStringLiteral("stock"), 0, -kMaxStock, kMaxStock,
                                    core::ErrorCode::InvalidQuantity);
        request.reorderLevel = inv.value(QStringLiteral("reorder-level")).value_or(QString());
        request.giftPoints = inv.value(QStringLiteral("gift-points")).value_or(QString());
        request.pointsEligible = !inv.isSet(QStringLiteral("no-points"));
        return core::toJson(inv.store().catalog().add(request));
    };
    commands.append(add);

    Command update;
    update.words = {QStringLiteral("product"), QStringLiteral("update")};
    update.usage = QStringLiteral("BARCODE [--barcode B] [--name N] [--price P] "
                                  "[--member-price P|--no-member-price] [--category C] "
                                  "[--stock Q] [--reorder-level N] [--points|--no-points] "
                                  "[--active|--inactive]");
    update.summary =
        CliText::tr("Changes a product; --inactive takes it off sale without deleting it.");
    update.csvColumns = kProductColumns;
    update.declare = [](QCommandLineParser &p) {
        declareDetails(p);
        p.addOption({QStringLiteral("no-member-price"), CliText::tr("Removes the member price.")});
        p.addOption({QStringLiteral("points"), CliText::tr("Sales of it earn points.")});
        p.addOption({QStringLiteral("active"), CliText::tr("Puts it on sale.")});
        p.addOption({QStringLiteral("inactive"), CliText::tr("Takes it off sale.")});
    };
    update.run = [](Invocation &inv) -> QJsonValue {
        const core::Product product = resolveProduct(inv);
        const auto conflict = [&](const char *a, const char *b) {
            if (inv.isSet(QLatin1StringView(a)) && inv.isSet(QLatin1StringView(b))) {
                throw core::Error(core::ErrorCode::InvalidArgument,
                                  CliText::tr("--%1 and --%2 cannot be used together.")
                                      .arg(QLatin1StringView(a), QLatin1StringView(b)));
            }
        };
        conflict("points", "no-points");
        conflict("active", "inactive");
        conflict("member-price", "no-member-price");
        core::ProductChange change;
        change.barcode = inv.value(QStringLiteral("barcode"));
        change.name = inv.value(QStringLiteral("name"));
        change.price = inv.value(QStringLiteral("price"));
        change.memberPrice = inv.value(QStringLiteral("member-price"));
        if (inv.isSet(QStringLiteral("no-member-price")))
            change.memberPrice = QString();
        change.category = inv.value(QStringLiteral("category"));
        if (inv.isSet(QStringLiteral("stock"))) {
            change.stock = inv.integer(QStringLiteral("stock"), 0, -kMaxStock, kMaxStock,
                                       core::ErrorCode::InvalidQuantity);
        }
        change.reorderLevel = inv.value(QStringLiteral("reorder-level"));
        change.giftPoints = inv.value(QStringLiteral("gift-points"));
        if (inv.isSet(QStringLiteral("points")) || inv.isSet(QStringLiteral("no-points")))
            change.pointsEligible = inv.isSet(QStringLiteral("points"));
        if (inv.isSet(QStringLiteral("active")) || inv.isSet(QStringLiteral("inactive")))
            change.active = inv.isSet(QStringLiteral("active"));
        return core::toJson(inv.store().catalog().update(product.id, change));
    };
    commands.append(update);

    Command find;
    find.words = {QStringLiteral("product"), QStringLiteral("find")};
    find.usage = QStringLiteral("[QUERY] [--limit N]");
    find.summary = CliText::tr("Finds products by barcode or name prefix (all products without a "
                               "query); answers an array.");
    find.csvColumns = kProductColumns;
    find.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("limit"), CliText::tr("At most this many (default 100)."),
                     QStringLiteral("N")});
    };
    find.run = [](Invocation &inv) -> QJsonValue {
        const QStringList args = inv.parser().positionalArguments();
        inv.expectPositionals(1);
        const int limit = int(inv.integer(QStringLiteral("limit"), 100, 1, 100000));
        QJsonArray out;
        for (const core::Product &p : inv.store().catalog().find(args.value(0), limit))
            out.append(core::toJson(p));
        return out;
    };
    commands.append(find);

    Command show;
    show.words = {QStringLiteral("product"), QStringLiteral("show")};
    show.usage = QStringLiteral("BARCODE");
    show.summary = CliText::tr("Shows one product.");
    show.csvColumns = kProductColumns;
    show.run = [](Invocation &inv) -> QJsonValue {
        return core::toJson(resolveProduct(inv));
    };
    commands.append(show);

    Command list;
    list.words = {QStringLiteral("product"), QStringLiteral("list")};
    list.usage = QStringLiteral("[--search TEXT] [--category C] [--active|--inactive] "
                                "[--low-stock] [--gifts] [--limit N]");
    list.summary = CliText::tr("Lists products by name; every filter given must hold. "
                               "--low-stock lists what to reorder.");
    list.csvColumns = kProductColumns;
    list.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("search"), CliText::tr("A barcode or the start of a name."),
                     QStringLiteral("TEXT")});
        p.addOption({QStringLiteral("category"),
                     CliText::tr("Only this category (empty: uncategorised)."),
                     QStringLiteral("C")});
        p.addOption({QStringLiteral("active"), CliText::tr("Only products on sale.")});
        p.addOption({QStringLiteral("inactive"), CliText::tr("Only products off sale.")});
        p.addOption({QStringLiteral("low-stock"),
                     CliText::tr("Only products on sale at or below their reorder level.")});
        p.addOption(
            {QStringLiteral("gifts"), CliText::tr("Only products members may take for points.")});
        p.addOption({QStringLiteral("limit"), CliText::tr("At most this many (default 1000)."),
                     QStringLiteral("N")});
    };
    list.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        if (inv.isSet(QStringLiteral("active")) && inv.isSet(QStringLiteral("inactive"))) {
            throw core::Error(core::ErrorCode::InvalidArgument,
                              CliText::tr("--%1 and --%2 cannot be used together.")
                                  .arg(QStringLiteral("active"), QStringLiteral("inactive")));
        }
        core::ProductListFilter f;
        f.text = inv.value(QStringLiteral("search")).value_or(QString());
        f.category = inv.value(QStringLiteral("category"));
        if (inv.isSet(QStringLiteral("active")))
            f.state = core::ProductListFilter::State::Active;
        if (inv.isSet(QStringLiteral("inactive")))
            f.state = core::ProductListFilter::State::Inactive;
        f.lowStock = inv.isSet(QStringLiteral("low-stock"));
        f.giftsOnly = inv.isSet(QStringLiteral("gifts"));
        const int limit = int(inv.integer(QStringLiteral("limit"), 1000, 1, 10000));
        QJsonArray out;
        for (const core::Product &p : inv.store().catalog().page(f, {}, limit))
            out.append(core::toJson(p));
        return out;
    };
    commands.append(list);

    Command stock;
    stock.words = {QStringLiteral("product"), QStringLiteral("stock")};
    stock.usage = QStringLiteral("BARCODE --add N|--remove N --note TEXT");
    stock.summary = CliText::tr("Corrects a product's stock (goods received, a stocktake, "
                                "breakage); the note stays in its stock history.");
    stock.csvColumns = kProductColumns;
    stock.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("add"), CliText::tr("Units to add."), QStringLiteral("N")});
        p.addOption(
            {QStringLiteral("remove"), CliText::tr("Units to take away."), QStringLiteral("N")});
        p.addOption(
            {QStringLiteral("note"), CliText::tr("Why (required)."), QStringLiteral("TEXT")});
    };
    stock.run = [](Invocation &inv) -> QJsonValue {
        const core::Product product = resolveProduct(inv);
        const bool adding = inv.isSet(QStringLiteral("add"));
        if (adding == inv.isSet(QStringLiteral("remove"))) {
            throw core::Error(core::ErrorCode::InvalidArgument,
                              CliText::tr("Give either --add or --remove."));
        }
        const qint64 units = inv.integer(adding ? QStringLiteral("add") : QStringLiteral("remove"),
                                         0, 1, kMaxStock, core::ErrorCode::InvalidQuantity);
        return core::toJson(inv.store().catalog().adjustStock(
            product.id, adding ? units : -units,
            inv.value(QStringLiteral("note")).value_or(QString())));
    };
    commands.append(stock);

    Command moves;
    moves.words = {QStringLiteral("product"), QStringLiteral("moves")};
    moves.usage = QStringLiteral("BARCODE [--limit N]");
    moves.summary = CliText::tr("Shows a product's stock history, newest first: opening stock, "
                                "sales, refunds and corrections.");
    moves.csvColumns = {QStringLiteral("at"), QStringLiteral("qty"), QStringLiteral("reason"),
                        QStringLiteral("note"), QStringLiteral("receipt_no")};
    moves.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("limit"), CliText::tr("At most this many (default 100)."),
                     QStringLiteral("N")});
    };
    moves.run = [](Invocation &inv) -> QJsonValue {
        const core::Product product = resolveProduct(inv);
        const int limit = int(inv.integer(QStringLiteral("limit"), 100, 1, 10000));
        QJsonArray out;
        for (const core::StockMove &m : inv.store().catalog().stockMoves(product.id, limit))
            out.append(core::toJson(m));
        return out;
    };
    commands.append(moves);

    Command categories;
    categories.words = {QStringLiteral("category"), QStringLiteral("list")};
    categories.summary = CliText::tr("Lists the categories with how many products each holds.");
    categories.csvColumns = {QStringLiteral("name"), QStringLiteral("products")};
    categories.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        QJsonArray out;
        for (const core::CategoryInfo &c : inv.store().catalog().categoryList()) {
            out.append(QJsonObject{{QStringLiteral("name"), c.name},
                                   {QStringLiteral("products"), c.products}});
        }
        return out;
    };
    commands.append(categories);

    Command addCategory;
    addCategory.words = {QStringLiteral("category"), QStringLiteral("add")};
    addCategory.usage = QStringLiteral("NAME");
    addCategory.summary = CliText::tr("Adds a category.");
    addCategory.run = [](Invocation &inv) -> QJsonValue {
        const QString name = inv.positional(0, CliText::tr("The category's name"));
        inv.expectPositionals(1);
        inv.store().catalog().addCategory(name);
        return QJsonObject{{QStringLiteral("name"), name.simplified()}};
    };
    commands.append(addCategory);

    Command rename;
    rename.words = {QStringLiteral("category"), QStringLiteral("rename")};
    rename.usage = QStringLiteral("NAME NEW_NAME");
    rename.summary = CliText::tr("Renames a category; its products follow.");
    rename.run = [](Invocation &inv) -> QJsonValue {
        const QString from = inv.positional(0, CliText::tr("The category's name"));
        const QString to = inv.positional(1, CliText::tr("The new name"));
        inv.expectPositionals(2);
        inv.store().catalog().renameCategory(from, to);
        return QJsonObject{{QStringLiteral("name"), to.simplified()}};
    };
    commands.append(rename);

    Command remove;
    remove.words = {QStringLiteral("category"), QStringLiteral("remove")};
    remove.usage = QStringLiteral("NAME");
    remove.summary = CliText::tr("Removes a category that no product uses.");
    remove.run = [](Invocation &inv) -> QJsonValue {
        const QString name = inv.positional(0, CliText::tr("The category's name"));
        inv.expectPositionals(1);
        inv.store().catalog().removeCategory(name);
        return QJsonObject{{QStringLiteral("removed"), name.simplified()}};
    };
    commands.append(remove);

    return commands;
}

} // namespace storedesk::cli
