// The loyalty rules editor: points earning and redemption, the birthday bonus, expiry, tiers
// and top-up bonuses as a form, checked by the core as it is filled in, with a preview of what a
// sale earns under the rules on screen. Saving stores a new version; sales keep the version that
// priced them.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace storedesk::core {
class RuleBook;
struct Rules;
} // namespace storedesk::core

namespace storedesk::ui {

class RulesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RulesPage(core::RuleBook &rules, QWidget *parent = nullptr);

    /// The rules document the form describes now (checked only by validate()).
    QJsonObject document() const;
    /// Whether the form holds valid rules that differ from the saved ones.
    bool canSave() const;

public slots:
    void save();
    void addPromotion();
    void editPromotion();
    void removePromotion();
    void revert();
    void loadDefaults();

signals:
    void message(const QString &text);

private:
    void load(const core::Rules &rules);
    void validate();
    void showProblem(const QString &field, const QString &message);
    void updatePreview(const core::Rules &rules);
    QString fieldLabel(const QString &path) const;
    void showPromotions();

    core::RuleBook &m_rules;
    bool m_loading = false;
    QLineEdit *m_perAmount = nullptr;
    QSpinBox *m_earnPoints = nullptr;
    QCheckBox *m_onStoredValue = nullptr;
    QComboBox *m_birthdayScope = nullptr;
    QLineEdit *m_birthdayMultiplier = nullptr;
    QSpinBox *m_redeemPoints = nullptr;
    QLineEdit *m_redeemValue = nullptr;
    QSpinBox *m_minPoints = nullptr;
    QLineEdit *m_maxShare = nullptr;
    QComboBox *m_expiryMode = nullptr;
    QSpinBox *m_expiryMonths = nullptr;
    QSpinBox *m_yearsAfter = nullptr;
    QSpinBox *m_window = nullptr;
    QTableWidget *m_tiers = nullptr;
    QTableWidget *m_bonus = nullptr;
    QTableWidget *m_promotionTable = nullptr;
    QList<QJsonObject> m_promotions; ///< as the document holds them
    qint64 m_referralPoints = 0;     ///< kept as it is: no field for it yet
    QLineEdit *m_previewAmount = nullptr;
    QComboBox *m_previewTier = nullptr;
    QCheckBox *m_previewBirthday = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QWidget *m_problemWidget = nullptr;
    bool m_valid = false;
    bool m_changed = false;
};

} // namespace storedesk::ui
