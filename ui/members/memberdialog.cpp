#include "memberdialog.h"

#include "domain/error.h"
#include "format.h"
#include "members/memberregistry.h"
#include "style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace storedesk::ui {

MemberDialog::MemberDialog(core::MemberRegistry &registry, const QString &phone, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    build();
    setWindowTitle(tr("New member"));
    m_referrer = new QLineEdit(this);
    m_referrer->setObjectName(QStringLiteral("referredBy"));
    m_referrer->setPlaceholderText(tr("Optional: the phone or card of who brought them"));
    m_form->addRow(tr("&Referred by"), m_referrer);
    m_phone->setText(phone.trimmed());
    checkPhone();
    if (m_phoneOk)
        m_name->setFocus();
}

MemberDialog::MemberDialog(core::MemberRegistry &registry, const core::Member &member,
                           QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_member(member)
    , m_editing(true)
{
    build();
    setWindowTitle(tr("Edit member %1").arg(member.name));
    m_phone->setText(member.phone.digits());
    m_name->setText(member.name);
    m_gender->setCurrentIndex(m_gender->findData(core::genderCode(member.gender)));
    m_birthday->setText(member.birthday.isValid() ? member.birthday.toString(Qt::ISODate)
                                                  : QString());
    m_card->setText(member.cardNo);
    m_note->setPlainText(member.note);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Frozen: cannot buy as a member or top up"), QStringLiteral("frozen"));
    m_status->setCurrentIndex(member.status == core::MemberStatus::Frozen ? 1 : 0);
    m_form->addRow(tr("&Status"), m_status);
    checkPhone();
    m_name->setFocus();
}

void MemberDialog::build()
{
    setObjectName(QStringLiteral("memberDialog"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("11-digit mobile number"));
    m_phone->setMaxLength(24);
    m_phoneHint = new QLabel(this);
    m_phoneHint->setObjectName(QStringLiteral("phoneHint"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(40);
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("gender"));
    m_gender->addItem(tr("Not given"), QString());
    m_gender->addItem(tr("Female"), QStringLiteral("f"));
    m_gender->addItem(tr("Male"), QStringLiteral("m"));
    m_birthday = new QLineEdit(this);
    m_birthday->setObjectName(QStringLiteral("birthday"));
    m_birthday->setPlaceholderText(tr("YYYY-MM-DD, optional"));
    m_card = new QLineEdit(this);
    m_card->setObjectName(QStringLiteral("card"));
    m_card->setPlaceholderText(tr("Scan the member card, optional"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_error = makeErrorLabel(this);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Phone"), m_phone);
    m_form->addRow(QString(), m_phoneHint);
    m_form->addRow(tr("&Name"), m_name);
    m_form->addRow(tr("&Gender"), m_gender);
    m_form->addRow(tr("&Birthday"), m_birthday);
    m_form->addRow(tr("&Card"), m_card);
    m_form->addRow(tr("N&ote"), m_note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_phone, &QLineEdit::textChanged, this, &MemberDialog::checkPhone);
    connect(m_name, &QLineEdit::textChanged, this, &MemberDialog::checkForm);
    setMinimumWidth(420);
}

void MemberDialog::checkPhone()
{
    const auto phone = core::PhoneNumber::parse(m_phone->text());
    QString hint;
    m_phoneOk = false;
    if (m_phone->text().trimmed().isEmpty()) {
        hint = tr("Enter the member's mobile number.");
    } else if (!phone) {
        hint = tr("Not a mobile number yet: 11 digits starting with 13–19.");
    } else if (auto other = m_registry.byPhone(*phone); other && other->id != m_member.id) {
        hint = tr("Already a member: %1.").arg(other->name);
    } else {
        hint = QStringLiteral("✓ ") + formatPhone(*phone);
        m_phoneOk = true;
    }
    m_phoneHint->setText(hint);
    setRole(m_phoneHint, m_phoneOk ? QStringLiteral("ok") : QStringLiteral("hint"));
    checkForm();
}

void MemberDialog::checkForm()
{
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(m_phoneOk && !m_name->text().trimmed().isEmpty());
}

void MemberDialog::showError(const QString &field, const QString &message)
{
    m_error->setText(message);
    m_error->show();
    const QHash<QString, QWidget *> widgets{
        {QStringLiteral("phone"), m_phone},   {QStringLiteral("name"), m_name},
        {QStringLiteral("gender"), m_gender}, {QStringLiteral("birthday"), m_birthday},
        {QStringLiteral("card"), m_card},     {QStringLiteral("note"), m_note},
        {QStringLiteral("status"), m_status}, {QStringLiteral("referred_by"), m_referrer}};
    if (QWidget *w = widgets.value(field))
        w->setFocus();
}

void MemberDialog::accept()
{
    try {
        if (m_editing) {
            core::MemberChange change;
            change.phone = m_phone->text();
            change.name = m_name->text();
            change.gender = m_gender->currentData().toString();
            change.birthday = m_birthday->text();
            change.cardNo = m_card->text();
            change.note = m_note->toPlainText();
            change.status = m_status->currentData().toString();
            m_member = m_registry.update(m_member.id, change);
        } else {
            core::NewMember request;
            request.phone = m_phone->text();
            request.name = m_name->text();
            request.gender = m_gender->currentData().toString();
            request.birthday = m_birthday->text();
            request.cardNo = m_card->text();
            request.note = m_note->toPlainText();
            request.referredBy = m_referrer->text();
            m_member = m_registry.add(request);
        }
    } catch (const core::Error &error) {
        showError(error.field(), error.message());
        return;
    }
    QDialog::accept();
}

} // namespace storedesk::ui
