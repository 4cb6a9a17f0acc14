#include "demostore.h"

#include "bulkindexes.h"
#include "db/transaction.h"
#include "demorandom.h"
#include "domain/barcode.h"
#include "domain/error.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <array>
#include <optional>

namespace storedesk::core {

namespace {

struct Category
{
    const char16_t *name;
    std::array<const char16_t *, 6> items;
    std::array<const char16_t *, 3> sizes;
    int minYuan;
    int maxYuan;
};

const std::array<Category, 10> kCategories{{
    {u"饮料",
     {u"矿泉水", u"绿茶", u"冰红茶", u"橙汁", u"可乐", u"苏打水"},
     {u"550ml", u"1L", u"24瓶装"},
     2,
     60},
    {u"零食",
     {u"薯片", u"牛肉干", u"瓜子", u"饼干", u"巧克力", u"坚果"},
     {u"70g", u"150g", u"500g"},
     4,
     80},
    {u"乳制品",
     {u"纯牛奶", u"酸奶", u"奶酪", u"豆奶", u"牛奶片", u"乳酸菌"},
     {u"250ml", u"1L", u"12盒装"},
     3,
     90},
    {u"粮油",
     {u"大米", u"面粉", u"花生油", u"挂面", u"小米", u"菜籽油"},
     {u"1kg", u"5kg", u"5L"},
     6,
     150},
    {u"调味品",
     {u"生抽", u"老陈醋", u"食盐", u"白砂糖", u"蚝油", u"鸡精"},
     {u"400g", u"500ml", u"1kg"},
     3,
     40},
    {u"日用品",
     {u"抽纸", u"洗衣液", u"垃圾袋", u"洗洁精", u"保鲜膜", u"湿巾"},
     {u"3包", u"2kg", u"大号"},
     5,
     90},
    {u"个人护理",
     {u"牙膏", u"洗发水", u"沐浴露", u"牙刷", u"面霜", u"洗面奶"},
     {u"120g", u"400ml", u"家庭装"},
     6,
     160},
    {u"酒水",
     {u"啤酒", u"白酒", u"红葡萄酒", u"黄酒", u"米酒", u"果酒"},
     {u"330ml", u"500ml", u"750ml"},
     4,
     300},
    {u"冷冻食品",
     {u"水饺", u"汤圆", u"速冻包子", u"鸡翅", u"冰淇淋", u"馄饨"},
     {u"400g", u"1kg", u"家庭装"},
     8,
     70},
    {u"文具",
     {u"中性笔", u"笔记本", u"胶带", u"橡皮", u"铅笔", u"便利贴"},
     {u"单支", u"5本装", u"10支装"},
     1,
     30},
}};

const std::array<const char16_t *, 12> kBrands{u"康师傅", u"统一",     u"农夫", u"伊利",
                                               u"蒙牛",   u"金龙鱼",   u"海天", u"心相印",
                                               u"蓝月亮", u"云南白药", u"青岛", u"晨光"};

const std::array<const char16_t *, 40> kSurnames{
    u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周",
    u"徐", u"孙", u"马", u"朱", u"胡", u"郭", u"何", u"林", u"罗", u"高",
    u"郑", u"梁", u"谢", u"宋", u"唐", u"许", u"韩", u"冯", u"邓", u"曹",
    u"彭", u"曾", u"肖", u"田", u"董", u"潘", u"袁", u"蔡", u"蒋", u"欧阳"};

const std::array<const char16_t *, 48> kGiven{
    u"伟", u"芳", u"娜", u"敏", u"静", u"丽", u"强", u"磊", u"军", u"洋", u"勇", u"艳",
    u"杰", u"娟", u"涛", u"明", u"超", u"秀", u"霞", u"平", u"刚", u"桂", u"英", u"华",
    u"玉", u"兰", u"婷", u"宇", u"浩", u"欣", u"怡", u"佳", u"子", u"轩", u"梓", u"涵",
    u"晨", u"雨", u"思", u"嘉", u"博", u"文", u"一", u"诺", u"琳", u"建", u"国", u"红"};

const std::array<const char16_t *, 6> kTags{u"VIP",  u"老顾客",   u"宝妈",
                                            u"学生", u"附近小区", u"企业客户"};

// Mobile prefixes in use on the mainland.
const std::array<int, 24> kPhonePrefixes{130, 131, 132, 133, 135, 136, 137, 138,
                                         139, 150, 151, 152, 155, 156, 157, 158,
                                         159, 166, 177, 180, 186, 187, 188, 199};

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

QString ean13(DemoRandom &random)
{
    QString digits = QStringLiteral("69") + QString::number(random.below(10));
    for (int i = 0; i < 9; ++i)
        digits += QChar(u'0' + int(random.below(10)));
    return digits + QChar(u'0' + Barcode::gs1CheckDigit(digits));
}

QString phone(DemoRandom &random)
{
    QString digits = QString::number(random.pick(kPhonePrefixes));
    for (int i = 0; i < 8; ++i)
        digits += QChar(u'0' + int(random.below(10)));
    return digits;
}

QString memberName(DemoRandom &random)
{
    QString name = text(random.pick(kSurnames)) + text(random.pick(kGiven));
    if (random.chance(60))
        name += text(random.pick(kGiven));
    return name;
}

[[noreturn]] void throwBadCount(const char *what)
{
    throw Error(ErrorCode::InvalidArgument,
                QCoreApplication::translate("storedesk::core::DemoStore",
                                            "The number of %1 must be between 0 and 20000000.")
                    .arg(QLatin1StringView(what)));
}

/// Everything fill() adds, in one transaction.
DemoSummary fillRows(Store &store, const DemoOptions &options)
{
    DemoRandom random(options.seed);
    Database &db = store.database();
    const QDateTime now = store.clock().now();
    const QString stamp = storedTimestamp(now);
    DemoSummary summary;

    Transaction tx(db);
    QSet<QString> usedBarcodes;
    {
        QSqlQuery existing = db.exec(QStringLiteral("SELECT barcode FROM products"));
        while (existing.next())
            usedBarcodes.insert(existing.value(0).toString());
    }
    QHash<int, qint64> categoryIds;
    QSqlQuery category = db.prepare(QStringLiteral(
        "INSERT INTO categories (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name "
        "RETURNING id"));
    QSqlQuery product = db.prepare(QStringLiteral(
        "INSERT INTO products (barcode, name, price_fen, member_price_fen, category_id, stock, "
        "points_eligible, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"));
    QSqlQuery opening = db.prepare(QStringLiteral(
        "INSERT INTO stock_moves (product_id, at, qty, reason) VALUES (?, ?, ?, 'opening')"));
    for (int i = 0; i < options.products; ++i) {
        const int c = int(random.below(kCategories.size()));
        if (!categoryIds.contains(c)) {
            category.bindValue(0, text(kCategories[c].name));
            db.exec(category);
            category.next();
            categoryIds.insert(c, category.value(0).toLongLong());
            category.finish();
        }
        QString barcode;
        do {
            barcode = ean13(random);
        } while (usedBarcodes.contains(barcode));
        usedBarcodes.insert(barcode);
        const Category &cat = kCategories[c];
        const QString name = text(random.pick(kBrands)) + text(random.pick(cat.items)) + u' ' +
                             text(random.pick(cat.sizes));
        // Prices end in .50, .80, .90 or .00 as shelf prices do.
        static constexpr std::array<int, 4> kCents{0, 50, 80, 90};
        const qint64 yuan = cat.minYuan + qint64(random.below(quint64(cat.maxYuan - cat.minYuan)));
        const qint64 price = yuan * 100 + random.pick(kCents);
        const QVariant memberPrice =
            random.chance(30) ? QVariant(price * 95 / 100 / 10 * 10) : QVariant();
        product.bindValue(0, barcode);
        product.bindValue(1, name);
        product.bindValue(2, price);
        product.bindValue(3, memberPrice);
        product.bindValue(4, categoryIds.value(c));
        const qint64 stock = qint64(random.below(200));
        product.bindValue(5, stock);
        product.bindValue(6, random.chance(92) ? 1 : 0);
        product.bindValue(7, stamp);
        product.bindValue(8, stamp);
        db.exec(product);
        if (stock != 0) {
            opening.bindValue(0, db.lastInsertId());
            opening.bindValue(1, stamp);
            opening.bindValue(2, stock);
            db.exec(opening);
        }
        ++summary.products;
    }

    // A store filled from empty gets its member indexes built once, after the rows.
    std::optional<BulkIndexes> memberIndexes;
    if (options.members > 0 && store.members().count() == 0)
        memberIndexes.emplace(
            db, QStringList{QStringLiteral("members"), QStringLiteral("member_tags")});
    QSet<QString> usedPhones;
    {
        QSqlQuery existing = db.exec(QStringLiteral("SELECT phone FROM members"));
        while (existing.next())
            usedPhones.insert(existing.value(0).toString());
    }
    QSqlQuery member = db.prepare(QStringLiteral(
        "INSERT INTO members (phone, name, gender, birthday, card_no, note, status, joined_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, '', ?, ?, ?)"));
    QSqlQuery tag = db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO member_tags (member_id, tag) VALUES (?, ?)"));
    for (int i = 0; i < options.members; ++i) {
        QString digits;
        do {
            digits = phone(random);
        } while (usedPhones.contains(digits));
        usedPhones.insert(digits);
        const bool female = random.chance(58);
        const QDate birthday = now.date()
                                   .addYears(-(16 + qint64(random.below(60))))
                                   .addDays(-qint64(random.below(365)));
        const QDateTime joined = now.addSecs(-qint64(random.below(3 * 365 * 86400)));
        member.bindValue(0, digits);
        member.bindValue(1, memberName(random));
        member.bindValue(2, female ? QStringLiteral("f") : QStringLiteral("m"));
        member.bindValue(3,
                         random.chance(85) ? QVariant(birthday.toString(Qt::ISODate)) : QVariant());
        // Cards are the phone's digits rearranged: unique because the phones are.
        member.bindValue(4, random.chance(35)
                                ? QVariant(QStringLiteral("SD") + digits.mid(3) + digits.left(3))
                                : QVariant());
        member.bindValue(5, random.chance(2) ? QStringLiteral("frozen") : QStringLiteral("active"));
        member.bindValue(6, storedTimestamp(joined));
        member.bindValue(7, storedTimestamp(joined));
        db.exec(member);
        if (random.chance(25)) {
            tag.bindValue(0, db.lastInsertId());
            tag.bindValue(1, text(random.pick(kTags)));
            db.exec(tag);
        }
        ++summary.members;
    }
    if (memberIndexes)
        memberIndexes->rebuild();
    summary.categories = categoryIds.size();
    if (options.sales > 0)
        summary.trading = DemoSales::fill(store, options.sales, options.days, options.seed);
    tx.commit();
    return summary;
}

} // namespace

DemoSummary DemoStore::fill(Store &store, const DemoOptions &options)
{
    constexpr int kMaxCount = 20'000'000;
    if (options.members < 0 || options.members > kMaxCount)
        throwBadCount("members");
    if (options.products < 0 || options.products > kMaxCount)
        throwBadCount("products");
    if (options.sales == 0)
        return fillRows(store, options);

    // A trading history is tens of millions of rows written in one go. It wants more of the
    // file in memory than a till does, and no foreign-key lookup per row: the generator only
    // writes references to rows it has just written (the tests check them with
    // foreign_key_check). These settings are the connection's and come back afterwards.
    Database &db = store.database();
    QSqlQuery cache = db.exec(QStringLiteral("PRAGMA cache_size"));
    const qint64 cacheSize = cache.next() ? cache.value(0).toLongLong() : -2000;
    const auto restore = [&] {
        db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
        db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        db.exec(QStringLiteral("PRAGMA threads = 0"));
        db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    };
    // Pages new to the file need no journal, while write-ahead logging would write all of them
    // twice: the store is journalled by rollback while it fills (when no other program has it
    // open; otherwise it keeps its log), then goes back to write-ahead logging.
    db.exec(QStringLiteral("PRAGMA journal_mode = TRUNCATE"));
    db.exec(QStringLiteral("PRAGMA cache_size = -1048576"));
    db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    db.exec(QStringLiteral("PRAGMA threads = 2")); // sorting for the indexes
    DemoSummary summary;
    try {
        summary = fillRows(store, options);
    } catch (...) {
        restore();
        throw;
    }
    restore();
    return summary;
}

} // namespace storedesk::core
