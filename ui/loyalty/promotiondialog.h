// One promotion as a form: its kind (满减, percent off, member day, buy N get one), its name as
// receipts show it, what it gives, which lines it looks at and when it runs. The core checks
// it; the rules editor keeps the list.
#pragma once

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace storedesk::ui {

class PromotionDialog final : public QDialog
{
    Q_OBJECT

public:
    /// A new promotion, or \a promotion to edit.
    explicit PromotionDialog(const QJsonObject &promotion = {}, QWidget *parent = nullptr);

    /// The promotion as the rules document holds it, once accepted.
    const QJsonObject &promotion() const { return m_promotion; }

    void accept() override;

private:
    QJsonObject document() const;
    void kindChanged();
    void load(const QJsonObject &promotion);

    QJsonObject m_promotion;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_minSpend = nullptr;
    QLineEdit *m_off = nullptr;
    QCheckBox *m_repeat = nullptr;
    QLineEdit *m_maxOff = nullptr;
    QLineEdit *m_percent = nullptr;
    QLineEdit *m_categories = nullptr;
    QLineEdit *m_barcodes = nullptr;
    QCheckBox *m_withTier = nullptr;
    QComboBox *m_weekday = nullptr;
    QLineEdit *m_multiplier = nullptr;
    QLineEdit *m_barcode = nullptr;
    QSpinBox *m_buy = nullptr;
    QCheckBox *m_membersOnly = nullptr;
    QCheckBox *m_dated = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_until = nullptr;
    QLabel *m_error = nullptr;
    QList<std::pair<QWidget *, QStringList>> m_rows; ///< a widget and the kinds it is for
};

} // namespace storedesk::ui
