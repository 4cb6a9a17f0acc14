// The store's settings: what the receipt says about the store (name, address, telephone, header
// and footer), the store's time zone and low-stock level, and this computer's language.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace storedesk::core {
class StoreSettings;
}

namespace storedesk::ui {

class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(core::StoreSettings &settings, QWidget *parent = nullptr);

    /// Adds a section (the hardware settings) below the store's own.
    void addSection(QWidget *section);

public slots:
    void save();
    void revert();

signals:
    void message(const QString &text);
    /// The user chose another language and asked to restart now.
    void restartRequested();

private:
    void markChanged();

    core::StoreSettings &m_settings;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_header = nullptr;
    QPlainTextEdit *m_footer = nullptr;
    QComboBox *m_zone = nullptr;
    QSpinBox *m_reorder = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageHint = nullptr;
    QPushButton *m_restart = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QVBoxLayout *m_sections = nullptr;
    bool m_loading = false;
};

} // namespace storedesk::ui
