// product add | update | find | show
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

const QStringList kProductColumns{
    QStringLiteral("id"),    QStringLiteral("barcode"),         QStringLiteral("name"),
    QStringLiteral("price"), QStringLiteral("member_price"),    QStringLiteral("category"),
    QStringLiteral("stock"), QStringLiteral("points_eligible"), QStringLiteral("active")};

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
                               "[--category C] [--stock Q] [--no-points]");
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
        request.pointsEligible = !inv.isSet(QStringLiteral("no-points"));
        return core::toJson(inv.store().catalog().add(request));
    };
    commands.append(add);

    Command update;
    update.words = {QStringLiteral("product"), QStringLiteral("update")};
    update.usage = QStringLiteral("BARCODE [--barcode B] [--name N] [--price P] "
                                  "[--member-price P|--no-member-price] [--category C] "
                                  "[--stock Q] [--points|--no-points] [--active|--inactive]");
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

    return commands;
}

} // namespace storedesk::cli
