#include "error.h"

namespace storedesk::core {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid_argument");
    case ErrorCode::InvalidAmount:
        return QStringLiteral("invalid_amount");
    case ErrorCode::AmountOverflow:
        return QStringLiteral("amount_overflow");
    case ErrorCode::InvalidPhone:
        return QStringLiteral("invalid_phone");
    case ErrorCode::DuplicatePhone:
        return QStringLiteral("duplicate_phone");
    case ErrorCode::InvalidBarcode:
        return QStringLiteral("invalid_barcode");
    case ErrorCode::DuplicateBarcode:
        return QStringLiteral("duplicate_barcode");
    case ErrorCode::InvalidCard:
        return QStringLiteral("invalid_card");
    case ErrorCode::DuplicateCard:
        return QStringLiteral("duplicate_card");
    case ErrorCode::InvalidName:
        return QStringLiteral("invalid_name");
    case ErrorCode::InvalidDate:
        return QStringLiteral("invalid_date");
    case ErrorCode::InvalidGender:
        return QStringLiteral("invalid_gender");
    case ErrorCode::InvalidQuantity:
        return QStringLiteral("invalid_quantity");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::UnknownMember:
        return QStringLiteral("unknown_member");
    case ErrorCode::UnknownBarcode:
        return QStringLiteral("unknown_barcode");
    case ErrorCode::NotInitialized:
        return QStringLiteral("not_initialized");
    case ErrorCode::SchemaTooNew:
        return QStringLiteral("schema_too_new");
    case ErrorCode::DatabaseError:
        return QStringLiteral("database_error");
    case ErrorCode::InvalidRules:
        return QStringLiteral("invalid_rules");
    case ErrorCode::InvalidPoints:
        return QStringLiteral("invalid_points");
    case ErrorCode::InsufficientPoints:
        return QStringLiteral("insufficient_points");
    case ErrorCode::BelowMinPoints:
        return QStringLiteral("below_min_points");
    case ErrorCode::RedeemExceedsShare:
        return QStringLiteral("redeem_exceeds_share");
    case ErrorCode::InsufficientBalance:
        return QStringLiteral("insufficient_balance");
    case ErrorCode::InvalidPayment:
        return QStringLiteral("invalid_payment");
    case ErrorCode::PaymentsDoNotMatch:
        return QStringLiteral("payments_do_not_match");
    case ErrorCode::EmptySale:
        return QStringLiteral("empty_sale");
    case ErrorCode::MemberFrozen:
        return QStringLiteral("member_frozen");
    case ErrorCode::ProductInactive:
        return QStringLiteral("product_inactive");
    case ErrorCode::DuplicateRequest:
        return QStringLiteral("duplicate_request");
    case ErrorCode::AlreadyRefunded:
        return QStringLiteral("already_refunded");
    case ErrorCode::InvalidRequest:
        return QStringLiteral("invalid_request");
    case ErrorCode::InvalidSetting:
        return QStringLiteral("invalid_setting");
    case ErrorCode::ReasonRequired:
        return QStringLiteral("reason_required");
    case ErrorCode::CouponNotApplicable:
        return QStringLiteral("coupon_not_applicable");
    case ErrorCode::CouponsDoNotStack:
        return QStringLiteral("coupons_do_not_stack");
    case ErrorCode::InvalidCouponTemplate:
        return QStringLiteral("invalid_coupon_template");
    case ErrorCode::UnknownCoupon:
        return QStringLiteral("unknown_coupon");
    case ErrorCode::CouponUsed:
        return QStringLiteral("coupon_used");
    case ErrorCode::CouponExpired:
        return QStringLiteral("coupon_expired");
    case ErrorCode::CouponNotStarted:
        return QStringLiteral("coupon_not_started");
    case ErrorCode::CouponNotYours:
        return QStringLiteral("coupon_not_yours");
    case ErrorCode::NotAGift:
        return QStringLiteral("not_a_gift");
    case ErrorCode::ShiftAlreadyOpen:
        return QStringLiteral("shift_already_open");
    case ErrorCode::ShiftAlreadyClosed:
        return QStringLiteral("shift_already_closed");
    case ErrorCode::InvalidDeviceUri:
        return QStringLiteral("invalid_device_uri");
    case ErrorCode::UnsupportedPrinter:
        return QStringLiteral("unsupported_printer");
    case ErrorCode::PrinterNotConfigured:
        return QStringLiteral("printer_not_configured");
    case ErrorCode::PrinterUnreachable:
        return QStringLiteral("printer_unreachable");
    case ErrorCode::PrinterNotReady:
        return QStringLiteral("printer_not_ready");
    case ErrorCode::GarbledScan:
        return QStringLiteral("garbled_scan");
    case ErrorCode::DiskFull:
        return QStringLiteral("disk_full");
    case ErrorCode::StoreReadOnly:
        return QStringLiteral("store_read_only");
    case ErrorCode::StoreBusy:
        return QStringLiteral("store_busy");
    case ErrorCode::CheckFailed:
        return QStringLiteral("check_failed");
    case ErrorCode::BackupFailed:
        return QStringLiteral("backup_failed");
    case ErrorCode::NotABackup:
        return QStringLiteral("not_a_backup");
    case ErrorCode::BackupDamaged:
        return QStringLiteral("backup_damaged");
    case ErrorCode::BackupWrongKey:
        return QStringLiteral("backup_wrong_key");
    case ErrorCode::BackupKeyMissing:
        return QStringLiteral("backup_key_missing");
    case ErrorCode::InvalidRecoveryPhrase:
        return QStringLiteral("invalid_recovery_phrase");
    case ErrorCode::KeychainUnavailable:
        return QStringLiteral("keychain_unavailable");
    }
    return QStringLiteral("unknown_error");
}

Error::Error(ErrorCode code, QString message, QString field)
    : m_code(code)
    , m_message(std::move(message))
    , m_field(std::move(field))
    , m_what(errorCodeName(code).toUtf8() + ": " + m_message.toUtf8())
{}

} // namespace storedesk::core
