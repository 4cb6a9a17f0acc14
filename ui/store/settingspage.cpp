#include "settingspage.h"

#include "domain/error.h"
#include "language.h"
#include "store/storesettings.h"
#include "style.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace storedesk::ui {

namespace {

QPlainTextEdit *lines(QWidget *parent, const char *name)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 14);
    return edit;
}

} // namespace

SettingsPage::SettingsPage(core::StoreSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *content = new QWidget(this);

    m_name = new QLineEdit(content);
    m_name->setObjectName(QStringLiteral("storeName"));
    m_name->setMaxLength(60);
    m_address = new QLineEdit(content);
    m_address->setObjectName(QStringLiteral("storeAddress"));
    m_address->setMaxLength(80);
    m_phone = new QLineEdit(content);
    m_phone->setObjectName(QStringLiteral("storePhone"));
    m_phone->setMaxLength(30);
    m_header = lines(content, "receiptHeader");
    m_header->setPlaceholderText(tr("Up to 4 lines under the store's name, like 欢迎光临"));
    m_footer = lines(content, "receiptFooter");
    m_footer->setPlaceholderText(tr("Up to 4 lines at the end, like 谢谢惠顾 欢迎再来"));
    auto *store = new QGroupBox(tr("The store, as its receipts show it"), content);
    auto *storeForm = new QFormLayout(store);
    storeForm->addRow(tr("&Name"), m_name);
    storeForm->addRow(tr("&Address"), m_address);
    storeForm->addRow(tr("&Telephone"), m_phone);
    storeForm->addRow(tr("Receipt &header"), m_header);
    storeForm->addRow(tr("Receipt &footer"), m_footer);

    m_zone = new QComboBox(content);
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->addItem(
        tr("This computer's (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
        QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_reorder = new QSpinBox(content);
    m_reorder->setObjectName(QStringLiteral("defaultReorderLevel"));
    m_reorder->setRange(0, 1'000'000);
    auto *running = new QGroupBox(tr("Running the store"), content);
    auto *runningForm = new QFormLayout(running);
    runningForm->addRow(tr("Time &zone (decides a business day)"), m_zone);
    runningForm->addRow(tr("Low stock at or below (unless a product says otherwise)"), m_reorder);

    m_language = new QComboBox(content);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(chosenLanguage())));
    m_languageHint = new QLabel(content);
    m_languageHint->setProperty("role", QStringLiteral("hint"));
    m_languageHint->setWordWrap(true);
    m_restart = new QPushButton(tr("Restart StoreDesk now"), content);
    m_restart->setObjectName(QStringLiteral("restart"));
    m_restart->hide();
    auto *computer = new QGroupBox(tr("This computer"), content);
    auto *computerForm = new QFormLayout(computer);
    computerForm->addRow(tr("&Language"), m_language);
    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(m_languageHint, 1);
    restartRow->addWidget(m_restart);
    computerForm->addRow(QString(), restartRow);

    m_error = makeErrorLabel(content);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_save->setProperty("role", QStringLiteral("primary"));
    m_revert = new QPushButton(tr("Undo changes"), this);
    m_revert->setObjectName(QStringLiteral("revertSettings"));

    m_sections = new QVBoxLayout(content);
    m_sections->addWidget(store);
    m_sections->addWidget(running);
    m_sections->addWidget(computer);
    m_sections->addWidget(m_error);
    m_sections->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_revert);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(bar);

    for (QLineEdit *e : {m_name, m_address, m_phone})
        connect(e, &QLineEdit::textChanged, this, &SettingsPage::markChanged);
    for (QPlainTextEdit *e : {m_header, m_footer})
        connect(e, &QPlainTextEdit::textChanged, this, &SettingsPage::markChanged);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &SettingsPage::markChanged);
    connect(m_reorder, &QSpinBox::valueChanged, this, &SettingsPage::markChanged);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);
    connect(m_language, &QComboBox::activated, this, [this] {
        const QString code = m_language->currentData().toString();
        if (code == chosenLanguage())
            return;
        setChosenLanguage(code);
        m_languageHint->setText(tr("StoreDesk speaks the new language from its next start."));
        m_restart->show();
    });
    connect(m_restart, &QPushButton::clicked, this, &SettingsPage::restartRequested);
    connect(&settings, &core::StoreSettings::changed, this, [this] {
        if (!m_save->isEnabled())
            revert(); // changed elsewhere (storedeskctl): show it unless there are edits here
    });
    revert();
}

void SettingsPage::addSection(QWidget *section)
{
    m_sections->insertWidget(m_sections->count() - 2, section);
}

void SettingsPage::markChanged()
{
    if (m_loading)
        return;
    m_save->setEnabled(true);
    m_revert->setEnabled(true);
}

void SettingsPage::revert()
{
    m_loading = true;
    const core::StoreProfile p = m_settings.profile();
    m_name->setText(p.name);
    m_address->setText(p.address);
    m_phone->setText(p.phone);
    m_header->setPlainText(p.receiptHeader);
    m_footer->setPlainText(p.receiptFooter);
    const QString zone = m_settings.value(QStringLiteral("store.time_zone"));
    m_zone->setCurrentIndex(qMax(0, m_zone->findData(zone)));
    m_reorder->setValue(int(m_settings.defaultReorderLevel()));
    m_loading = false;
    m_error->hide();
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
}

void SettingsPage::save()
{
    // The time zone may be typed: a name the list has, or nothing (this computer's).
    QString zone = m_zone->currentData().toString();
    if (m_zone->currentText() != m_zone->itemText(m_zone->currentIndex()))
        zone = m_zone->currentText().trimmed();
    try {
        const core::StoreProfile p{m_name->text(), m_address->text(), m_phone->text(),
                                   m_header->toPlainText(), m_footer->toPlainText()};
        m_settings.save(p, zone, m_reorder->value());
    } catch (const core::Error &error) {
        m_error->setText(error.message());
        m_error->show();
        const QHash<QString, QWidget *> fields{{QStringLiteral("store_name"), m_name},
                                               {QStringLiteral("address"), m_address},
                                               {QStringLiteral("phone"), m_phone},
                                               {QStringLiteral("receipt_header"), m_header},
                                               {QStringLiteral("receipt_footer"), m_footer},
                                               {QStringLiteral("time_zone"), m_zone},
                                               {QStringLiteral("reorder_level"), m_reorder}};
        if (QWidget *w = fields.value(error.field()))
            w->setFocus();
        return;
    }
    revert();
    emit message(tr("Settings saved."));
}

} // namespace storedesk::ui
