#include "exportdialog.h"

#include "format.h"
#include "io/memberexport.h"
#include "io/salesexport.h"
#include "store/store.h"
#include "style.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace storedesk::ui {

ExportDialog::ExportDialog(core::Store &store, What what, const core::MemberListFilter &filter,
                           QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_what(what)
    , m_filter(filter)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(what == What::Members ? tr("Export members") : tr("Export sales"));
    auto *form = new QFormLayout;
    if (what == What::Members) {
        const qint64 count = store.directory().count(filter);
        auto *which = new QLabel(tr("The %1 members the member list shows now, with their "
                                    "points and stored value.")
                                     .arg(count),
                                 this);
        which->setWordWrap(true);
        form->addRow(which);
    } else {
        const QDate today = localDate(store.clock().now());
        m_from = new QDateEdit(QDate(today.year(), today.month(), 1), this);
        m_from->setObjectName(QStringLiteral("from"));
        m_to = new QDateEdit(today, this);
        m_to->setObjectName(QStringLiteral("to"));
        for (QDateEdit *day : {m_from, m_to}) {
            day->setCalendarPopup(true);
            day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        }
        form->addRow(tr("From"), m_from);
        form->addRow(tr("To"), m_to);
    }
    m_wholePhones = new QCheckBox(tr("Whole phone numbers (keep the file safe)"), this);
    m_wholePhones->setObjectName(QStringLiteral("wholePhones"));
    form->addRow(m_wholePhones);
    m_error = makeErrorLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->addButton(tr("Save CSV…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("save"));
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(save, &QPushButton::clicked, this, &ExportDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ExportDialog::save()
{
    const QString name = m_what == What::Members ? tr("members.csv") : tr("sales.csv");
    const QString path =
        QFileDialog::getSaveFileName(this, windowTitle(), name, tr("CSV files (*.csv)"));
    if (!path.isEmpty() && saveTo(path) >= 0)
        accept();
}

qint64 ExportDialog::saveTo(const QString &path)
{
    const core::PhoneDisplay phones =
        m_wholePhones->isChecked() ? core::PhoneDisplay::Whole : core::PhoneDisplay::Masked;
    qint64 rows = -1;
    tryShowingError(m_error, [&] {
        rows = m_what == What::Members
                   ? core::MemberExport(m_store).write(m_filter, path, phones)
                   : core::SalesExport(m_store).write(m_from->date(), m_to->date(), path, phones);
    });
    return rows;
}

} // namespace storedesk::ui
