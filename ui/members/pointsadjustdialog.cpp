#include "pointsadjustdialog.h"

#include "domain/error.h"
#include "format.h"
#include "security/approvaldialog.h"
#include "style.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace storedesk::ui {

PointsAdjustDialog::PointsAdjustDialog(core::LoyaltyService &loyalty, core::Security &security,
                                       const core::Member &member, QWidget *parent)
    : QDialog(parent)
    , m_loyalty(loyalty)
    , m_security(security)
    , m_member(member)
    , m_balance(loyalty.points().balance(member.id))
{
    setObjectName(QStringLiteral("pointsAdjustDialog"));
    setWindowTitle(tr("Adjust points of %1").arg(member.name));
    m_points = new QLineEdit(this);
    m_points->setObjectName(QStringLiteral("points"));
    m_points->setPlaceholderText(tr("+100 to give, -100 to take"));
    m_points->setValidator(new QIntValidator(-10'000'000, 10'000'000, m_points));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("Required: why the points change"));
    m_after = new QLabel(this);
    m_after->setObjectName(QStringLiteral("after"));
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("Points now"), new QLabel(QLocale().toString(m_balance), this));
    form->addRow(tr("&Change"), m_points);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(QString(), m_after);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Save);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PointsAdjustDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PointsAdjustDialog::reject);
    connect(m_points, &QLineEdit::textChanged, this, &PointsAdjustDialog::preview);
    connect(m_reason, &QLineEdit::textChanged, this, &PointsAdjustDialog::preview);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    preview();
    m_points->setFocus();
}

void PointsAdjustDialog::preview()
{
    bool ok = false;
    const qint64 change = m_points->text().trimmed().toLongLong(&ok);
    const bool hasReason = !m_reason->text().trimmed().isEmpty();
    m_ok->setEnabled(ok && change != 0 && hasReason);
    if (!ok || change == 0)
        m_after->setText(tr("Enter the points to give (or, with a minus, to take)."));
    else if (!hasReason)
        m_after->setText(tr("Say why: the reason stays in the points history."));
    else
        m_after->setText(tr("Points afterwards: %1").arg(QLocale().toString(m_balance + change)));
    setRole(m_after, ok && change != 0 && m_balance + change < 0 ? QStringLiteral("error")
                                                                 : QStringLiteral("hint"));
}

void PointsAdjustDialog::accept()
{
    QString field;
    const bool done = tryWithApproval(this, m_security, m_error, [&] {
        try {
            m_result = m_loyalty.adjustPoints(m_member.id, m_points->text().trimmed().toLongLong(),
                                              m_reason->text());
        } catch (const core::Error &error) {
            field = error.field();
            throw;
        }
    });
    if (done)
        QDialog::accept();
    else
        (field == u"reason" ? m_reason : m_points)->setFocus();
}

} // namespace storedesk::ui
