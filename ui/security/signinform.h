// Who is at the till: a list of names and a PIN field, for signing in on the lock screen and
// for a manager approving one action on the spot. It checks nothing itself; the core does.
#pragma once

#include "security/security.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace storedesk::ui {

class SignInForm final : public QWidget
{
    Q_OBJECT

public:
    /// \a attempt gets the chosen name and the PIN and throws core::Error when they do not do.
    using Attempt = std::function<void(const QString &name, const QString &pin)>;

    SignInForm(const QString &buttonText, Attempt attempt, QWidget *parent = nullptr);

    /// The names to offer; \a preferred is chosen when it is one of them.
    void setNames(const QStringList &names, const QString &preferred = {});
    QComboBox *nameBox() const { return m_name; }
    QLineEdit *pinField() const { return m_pin; }
    /// Empties the PIN and the message and puts the cursor in the PIN field.
    void reset();

signals:
    void succeeded(const QString &name);

private:
    void submit();

    Attempt m_attempt;
    QComboBox *m_name = nullptr;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_button = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace storedesk::ui
