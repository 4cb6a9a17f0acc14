// The marketing side of the back office driven as a manager drives it: a coupon template made
// on a form, coupons issued to a member and as slips to print, a promotion added to the rules,
// and a win-back list saved with a message for each member.
#include "../core/teststore.h"
#include "catchqt.h"
#include "loyalty/promotiondialog.h"
#include "loyalty/rulespage.h"
#include "marketing/coupontemplatedialog.h"
#include "marketing/issuecouponsdialog.h"
#include "marketing/marketingpage.h"
#include "members/memberpanel.h"
#include "members/winbackdialog.h"
#include "recordtablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace storedesk;
using storedesk::test::TestStore;

namespace {

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

core::Member join(core::Store &store, const char *phone, const char *name)
{
    core::NewMember m;
    m.phone = QString::fromLatin1(phone);
    m.name = QString::fromUtf8(name);
    return store.members().add(m);
}

} // namespace

TEST_CASE("A coupon template made on the form issues coupons to a member and as slips",
          "[ui][marketing]")
{
    TestStore store;
    const core::Member zhang = join(*store, "13800138000", "张三");
    ui::MarketingPage page(*store);
    QSignalSpy slips(&page, &ui::MarketingPage::printSlips);

    ui::CouponTemplateDialog form(store->coupons(), store->catalog());
    child<QLineEdit>(form, "name")->setText(QStringLiteral("满100减10"));
    child<QLineEdit>(form, "amount")->setText(QStringLiteral("10"));
    child<QLineEdit>(form, "minSpend")->setText(QStringLiteral("100"));
    form.accept();
    REQUIRE(form.result() == QDialog::Accepted);
    REQUIRE(page.templates()->rowCount() == 1);
    CHECK(page.templates()->item(0, 0)->text() == QStringLiteral("满100减10"));

    // A bad one says why and stays open.
    ui::CouponTemplateDialog bad(store->coupons(), store->catalog());
    child<QLineEdit>(bad, "name")->setText(QStringLiteral("满100减10"));
    child<QLineEdit>(bad, "amount")->setText(QStringLiteral("5"));
    bad.accept();
    CHECK(bad.result() != QDialog::Accepted);
    CHECK_FALSE(child<QLabel>(bad, "error")->isHidden());

    const core::CouponTemplate t = store->coupons().findTemplate(QStringLiteral("满100减10"));
    ui::IssueCouponsDialog toMember(*store, t, {});
    toMember.memberField()->setText(QStringLiteral("8000"));
    child<QPushButton>(toMember, "issue")->click();
    CHECK(child<QLabel>(toMember, "error")->isHidden());
    REQUIRE(toMember.issued().size() == 1);
    CHECK(store->coupons().forMember(zhang.id, true).size() == 1);
    CHECK(page.templates()->item(0, 5)->text() == QStringLiteral("1 / 0"));

    ui::IssueCouponsDialog slipsDialog(*store, t, {});
    QObject::connect(&slipsDialog, &ui::IssueCouponsDialog::printSlips, &page,
                     &ui::MarketingPage::printSlips);
    slipsDialog.anonymousChoice()->setChecked(true);
    slipsDialog.countField()->setValue(3);
    child<QPushButton>(slipsDialog, "issue")->click();
    REQUIRE(slipsDialog.issued().size() == 3);
    CHECK(slipsDialog.issued()[0].member == 0);
    child<QPushButton>(slipsDialog, "printSlips")->click();
    REQUIRE(slips.size() == 1);
    CHECK(slips[0][0].value<QList<devices::ReceiptDocument>>().size() == 3);
}

TEST_CASE("A promotion added on the rules screen is saved with the rules", "[ui][marketing]")
{
    TestStore store;
    ui::RulesPage page(store->rules());
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::PromotionDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        child<QLineEdit>(*dialog, "name")->setText(QStringLiteral("满200减30"));
        child<QLineEdit>(*dialog, "minSpend")->setText(QStringLiteral("200"));
        child<QLineEdit>(*dialog, "off")->setText(QStringLiteral("300"));
        dialog->accept(); // more off than spent: refused
        CHECK(child<QLabel>(*dialog, "error")->text().contains(QStringLiteral("off")));
        child<QLineEdit>(*dialog, "off")->setText(QStringLiteral("30"));
        dialog->accept();
    });
    page.addPromotion();
    REQUIRE(child<QTableWidget>(page, "promotions")->rowCount() == 1);
    REQUIRE(page.canSave());
    page.save();
    const core::Rules saved = store->rules().current().rules;
    REQUIRE(saved.promotions.size() == 1);
    CHECK(saved.promotions[0].name == QStringLiteral("满200减30"));
    CHECK(saved.promotions[0].off == core::Money::fromFen(3000));
    CHECK(store->rules().current().version == 2);
}

TEST_CASE("A win-back list is saved with masked phones and a message each", "[ui][marketing]")
{
    TestStore store;
    store->settings().setStoreName(QStringLiteral("老街便利店"));
    join(*store, "13800138000", "张三");
    join(*store, "13900139000", "李四");
    store.clock().advanceDays(90);
    core::MemberListFilter sleeping;
    sleeping.sleepingDays = 60;
    ui::WinBackDialog dialog(*store, sleeping);
    CHECK(dialog.preview()->rowCount() == 2);
    dialog.messageField()->setPlainText(QStringLiteral("{name}您好，{store}想您了"));
    CHECK(dialog.preview()->item(0, 3)->text() == QStringLiteral("李四您好，老街便利店想您了"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    REQUIRE(dialog.saveTo(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // a byte-order mark for spreadsheets
    const QString csv = QString::fromUtf8(bytes);
    CHECK(csv.contains(QStringLiteral("138****8000")));
    CHECK_FALSE(csv.contains(QStringLiteral("13800138000")));
    CHECK(csv.contains(QStringLiteral("张三您好，老街便利店想您了")));
    CHECK(csv.contains(QStringLiteral("No purchase")) == false); // never bought: joined …
    CHECK(csv.contains(QStringLiteral("90")));
}

TEST_CASE("A coupon given from the member panel shows in the member's coupons", "[ui][marketing]")
{
    TestStore store;
    const core::Member zhang = join(*store, "13800138000", "张三");
    store->coupons().addTemplate(QJsonObject{{QStringLiteral("name"), QStringLiteral("感谢券")},
                                             {QStringLiteral("kind"), QStringLiteral("amount_off")},
                                             {QStringLiteral("amount"), QStringLiteral("5.00")},
                                             {QStringLiteral("valid_days"), 7}});
    ui::MemberPanel panel(*store);
    panel.showMember(zhang.id);
    CHECK(panel.coupons()->rowCount() == 0);
    QTimer::singleShot(0, [&] {
        QWidget *pick = QApplication::activeModalWidget();
        REQUIRE(pick != nullptr);
        QTest::keyClick(pick, Qt::Key_Return);
    });
    child<QPushButton>(panel, "issueCoupon")->click();
    REQUIRE(panel.coupons()->rowCount() == 1);
    CHECK(panel.coupons()->record(0).cells[0] == QStringLiteral("感谢券"));
}
