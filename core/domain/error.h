// The one error type the core throws: a stable code for programs and a translated message
// for people. Every service leaves the store as it was when it throws.
#pragma once

#include <QString>

#include <exception>

namespace storedesk::core {

enum class ErrorCode
{
    InvalidArgument,
    InvalidAmount,
    AmountOverflow,
    InvalidPhone,
    DuplicatePhone,
    InvalidBarcode,
    DuplicateBarcode,
    InvalidCard,
    DuplicateCard,
    InvalidName,
    InvalidDate,
    InvalidGender,
    InvalidQuantity,
    NotFound,
    UnknownMember,
    UnknownBarcode,
    NotInitialized,
    SchemaTooNew,
    DatabaseError,
    InvalidRules,
    InvalidPoints,
    InsufficientPoints,
    BelowMinPoints,
    RedeemExceedsShare,
    InsufficientBalance,
    InvalidPayment,
    PaymentsDoNotMatch,
    EmptySale,
    MemberFrozen,
    ProductInactive,
    DuplicateRequest,
    AlreadyRefunded,
    InvalidRequest,
    InvalidSetting,
    ReasonRequired,
    CouponNotApplicable,
    CouponsDoNotStack,
    InvalidCouponTemplate,
    UnknownCoupon,
    CouponUsed,
    CouponExpired,
    CouponNotStarted,
    CouponNotYours,
    NotAGift,
    // shifts
    ShiftAlreadyOpen,
    ShiftAlreadyClosed,
    // devices
    InvalidDeviceUri,
    UnsupportedPrinter,
    PrinterNotConfigured,
    PrinterUnreachable,
    PrinterNotReady,
    GarbledScan,
    // the store file itself and its check
    DiskFull,
    StoreReadOnly,
    StoreBusy,
    CheckFailed,
    // backups, restores and the backup key
    BackupFailed,
    NotABackup,
    BackupDamaged,
    BackupWrongKey,
    BackupKeyMissing,
    InvalidRecoveryPhrase,
    KeychainUnavailable,
    // people, permissions and the audit trail
    PermissionDenied,
    SignInRequired,
    UnknownUser,
    WrongPin,
    UserLocked,
    WeakPin,
    DuplicateUser,
    LastOwner,
    AuditBroken,
    MemberHasBalance,
    // moving in and out: CSV imports and exports
    FileError,
    InvalidEncoding,
    InvalidCsv,
    UnknownColumn,
    MissingColumn,
    UnknownTier,
    RowsRejected,
};

/// The stable snake_case word for a code, as printed by storedeskctl ("invalid_phone").
QString errorCodeName(ErrorCode code);

class Error final : public std::exception
{
public:
    Error(ErrorCode code, QString message, QString field = {});

    ErrorCode code() const noexcept { return m_code; }
    QString codeName() const { return errorCodeName(m_code); }
    /// Translated, for people.
    const QString &message() const noexcept { return m_message; }
    /// The input field the error is about, when there is one ("phone", "price").
    const QString &field() const noexcept { return m_field; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    ErrorCode m_code;
    QString m_message;
    QString m_field;
    QByteArray m_what;
};

} // namespace storedesk::core
