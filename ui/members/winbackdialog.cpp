#include "winbackdialog.h"

#include "domain/error.h"
#include "format.h"
#include "io/csvfield.h"
#include "store/store.h"
#include "style.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>

namespace storedesk::ui {

namespace {

constexpr int kPreviewRows = 20;
constexpr int kMaxRows = 1'000'000;

QString listName(core::WinBackList list)
{
    switch (list) {
    case core::WinBackList::Sleeping:
        return WinBackDialog::tr("Members who have not been back");
    case core::WinBackList::Expiring:
        return WinBackDialog::tr("Members whose points expire soon");
    case core::WinBackList::Birthday:
        return WinBackDialog::tr("Members with a birthday");
    case core::WinBackList::NearTier:
        return WinBackDialog::tr("Members near the next tier");
    case core::WinBackList::Other:
        break;
    }
    return WinBackDialog::tr("The members listed");
}

} // namespace

WinBackDialog::WinBackDialog(core::Store &store, const core::MemberListFilter &filter,
                             QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_filter(filter)
    , m_list(core::WinBack::listFor(filter))
{
    setObjectName(QStringLiteral("winBackDialog"));
    setWindowTitle(listName(m_list));
    m_message = new QPlainTextEdit(store.winBack().messageTemplate(m_list), this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setFixedHeight(m_message->fontMetrics().lineSpacing() * 4 + 14);
    auto *placeholders =
        new QLabel(tr("It may name: %1").arg(core::WinBack::placeholders().join(u' ')), this);
    placeholders->setProperty("role", QStringLiteral("hint"));
    placeholders->setWordWrap(true);
    m_keep = new QCheckBox(tr("Keep this message for this list"), this);
    m_keep->setObjectName(QStringLiteral("keepMessage"));
    m_fullPhones = new QCheckBox(tr("Whole phone numbers (keep the file safe)"), this);
    m_fullPhones->setObjectName(QStringLiteral("fullPhones"));
    m_preview = new QTableWidget(0, 4, this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setHorizontalHeaderLabels({tr("Name"), tr("Phone"), tr("Why"), tr("Message")});
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_count = new QLabel(this);
    m_count->setProperty("role", QStringLiteral("hint"));
    m_error = makeErrorLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Save CSV…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveList"));
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &WinBackDialog::reject);
    connect(save, &QPushButton::clicked, this, &WinBackDialog::save);
    connect(m_message, &QPlainTextEdit::textChanged, this, &WinBackDialog::refresh);
    connect(m_fullPhones, &QCheckBox::toggled, this, &WinBackDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Message"), this));
    layout->addWidget(m_message);
    layout->addWidget(placeholders);
    layout->addWidget(m_keep);
    layout->addWidget(m_fullPhones);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 560);
    refresh();
}

void WinBackDialog::refresh()
{
    const QList<core::WinBackRow> rows = m_store.winBack().rows(
        m_filter, m_message->toPlainText(), m_fullPhones->isChecked(), kPreviewRows);
    m_preview->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const core::WinBackRow &r = rows[i];
        const QStringList cells{r.member.member.name, r.phone, r.reasons.join(QStringLiteral("; ")),
                                r.message};
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    const qint64 total = m_store.directory().count(m_filter);
    m_count->setText(
        total > kPreviewRows
            ? tr("The first %1 of %Ln members; the file holds them all.", nullptr, int(total))
                  .arg(kPreviewRows)
            : tr("%Ln member(s).", nullptr, int(total)));
}

bool WinBackDialog::saveTo(const QString &path)
{
    m_error->hide();
    try {
        if (m_keep->isChecked())
            m_store.winBack().setMessageTemplate(m_list, m_message->toPlainText());
        const QList<core::WinBackRow> rows = m_store.winBack().rows(
            m_filter, m_message->toPlainText(), m_fullPhones->isChecked(), kMaxRows);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            m_error->setText(tr("%1 could not be written: %2").arg(path, file.errorString()));
            m_error->show();
            return false;
        }
        QTextStream out(&file);
        out << QChar(0xFEFF); // so spreadsheets read the Chinese as UTF-8
        out << "name,phone,reason,past_value,last_visit,message\r\n";
        for (const core::WinBackRow &r : rows) {
            out << core::csvField(r.member.member.name) << ',' << core::csvField(r.phone) << ','
                << core::csvField(r.reasons.join(QStringLiteral("; "))) << ','
                << r.pastValue.toString() << ','
                << (r.member.lastSaleAt.isValid() ? formatDate(localDate(r.member.lastSaleAt))
                                                  : QString())
                << ',' << core::csvField(r.message) << "\r\n";
        }
        out.flush();
        if (!file.commit()) {
            m_error->setText(tr("%1 could not be written: %2").arg(path, file.errorString()));
            m_error->show();
            return false;
        }
    } catch (const core::Error &error) {
        m_error->setText(error.message());
        m_error->show();
        return false;
    }
    return true;
}

void WinBackDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the list"), windowTitle() + QStringLiteral(".csv"), tr("CSV (*.csv)"));
    if (!path.isEmpty() && saveTo(path))
        accept();
}

} // namespace storedesk::ui
