#include "issuecouponsdialog.h"

#include "domain/error.h"
#include "format.h"
#include "io/csvfield.h"
#include "printersettings.h"
#include "receiptlayout.h"
#include "store/store.h"
#include "style.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTextStream>
#include <QVBoxLayout>

namespace storedesk::ui {

IssueCouponsDialog::IssueCouponsDialog(core::Store &store, const core::CouponTemplate &coupon,
                                       const core::MemberListFilter &listed, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_coupon(coupon)
    , m_listed(listed)
{
    setObjectName(QStringLiteral("issueCouponsDialog"));
    setWindowTitle(tr("Issue %1").arg(coupon.name));
    const qint64 listedCount = store.directory().count(listed);
    m_toMember = new QRadioButton(tr("To one member"), this);
    m_toMember->setObjectName(QStringLiteral("toMember"));
    m_toMember->setChecked(true);
    m_member = new QLineEdit(this);
    m_member->setObjectName(QStringLiteral("member"));
    m_member->setPlaceholderText(tr("Phone, last 4 digits, card or name"));
    m_toListed = new QRadioButton(
        tr("To every member the member screen lists now: %Ln", nullptr, int(listedCount)), this);
    m_toListed->setObjectName(QStringLiteral("toListed"));
    m_toListed->setEnabled(listedCount > 0);
    m_toAnonymous = new QRadioButton(tr("Anonymous coupons to print and hand out"), this);
    m_toAnonymous->setObjectName(QStringLiteral("toAnonymous"));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(1, 1000);
    m_count->setValue(10);
    m_codes = new QPlainTextEdit(this);
    m_codes->setObjectName(QStringLiteral("codes"));
    m_codes->setReadOnly(true);
    m_codes->setPlaceholderText(tr("The codes issued appear here."));
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(m_toMember, m_member);
    form->addRow(m_toListed);
    form->addRow(m_toAnonymous, m_count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_issue = buttons->addButton(tr("Issue"), QDialogButtonBox::ActionRole);
    m_issue->setObjectName(QStringLiteral("issue"));
    m_issue->setDefault(true);
    m_print = buttons->addButton(tr("Print slips"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printSlips"));
    m_save = buttons->addButton(tr("Save CSV…"), QDialogButtonBox::ActionRole);
    m_print->setEnabled(false);
    m_save->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &IssueCouponsDialog::reject);
    connect(m_issue, &QPushButton::clicked, this, &IssueCouponsDialog::issue);
    connect(m_print, &QPushButton::clicked, this, [this] { emit printSlips(slips()); });
    connect(m_save, &QPushButton::clicked, this, &IssueCouponsDialog::saveCsv);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_codes, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 420);
    m_member->setFocus();
}

void IssueCouponsDialog::issue()
{
    m_error->hide();
    QList<core::MemberId> who;
    try {
        if (m_toMember->isChecked()) {
            // The member box takes what the member search takes, as long as it names one.
            const QList<core::Member> found = m_store.members().find(m_member->text(), 2);
            if (found.size() != 1) {
                throw core::Error(
                    core::ErrorCode::NotFound,
                    found.isEmpty() ? tr("No member matches “%1”.").arg(m_member->text().trimmed())
                                    : tr("Several members match “%1”: type the whole phone "
                                         "number.")
                                          .arg(m_member->text().trimmed()),
                    QStringLiteral("member"));
            }
            who.append(found.first().id);
        } else if (m_toAnonymous->isChecked()) {
            who = QList<core::MemberId>(m_count->value(), 0);
        } else {
            core::MemberId after = 0;
            for (;;) {
                const QList<core::MemberSummary> page =
                    m_store.directory().page(m_listed, after, 1000);
                for (const core::MemberSummary &row : page)
                    who.append(row.member.id);
                if (page.size() < 1000)
                    break;
                after = page.last().member.id;
            }
        }
        m_issued = m_store.coupons().issueToMembers(m_coupon.id, who);
    } catch (const core::Error &error) {
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    QStringList lines;
    for (const core::Coupon &c : m_issued)
        lines.append(c.code);
    m_codes->setPlainText(lines.join(u'\n'));
    m_issue->setEnabled(false);
    m_save->setEnabled(!m_issued.isEmpty());
    m_print->setEnabled(m_toAnonymous->isChecked() && !m_issued.isEmpty());
}

QList<devices::ReceiptDocument> IssueCouponsDialog::slips() const
{
    const devices::PrinterSettings printer(m_store.database(), m_store.settings());
    const devices::ReceiptLayout layout(printer.options(), printer.logo());
    QString giftName;
    if (m_coupon.kind == core::CouponKind::Gift) {
        if (auto p = m_store.catalog().byBarcode(core::Barcode::fromNormalized(m_coupon.gift)))
            giftName = p->name;
    }
    QList<devices::ReceiptDocument> out;
    for (const core::Coupon &c : m_issued) {
        out.append(layout.couponSlip({m_store.settings().storeName(), m_coupon, giftName, c.code,
                                      c.validFrom, c.validUntil, QString()}));
    }
    return out;
}

void IssueCouponsDialog::saveCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the codes"), m_coupon.name + QStringLiteral(".csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error->setText(tr("%1 could not be written: %2").arg(path, file.errorString()));
        m_error->show();
        return;
    }
    QTextStream out(&file);
    out << QChar(0xFEFF); // a byte-order mark, so spreadsheets read the Chinese as UTF-8
    out << "code,template,member,valid_from,valid_until\r\n";
    for (const core::Coupon &c : m_issued) {
        const QString member =
            c.member > 0 ? m_store.members().get(c.member).phone.masked() : QString();
        out << core::csvField(c.code) << ',' << core::csvField(m_coupon.name) << ','
            << core::csvField(member) << ',' << c.validFrom.toString(Qt::ISODate) << ','
            << c.validUntil.toString(Qt::ISODate) << "\r\n";
    }
}

} // namespace storedesk::ui
