#include "memberpanel.h"

#include "format.h"
#include "memberdialog.h"
#include "pointsadjustdialog.h"
#include "recordtablemodel.h"
#include "sales/receiptdialog.h"
#include "security/approvaldialog.h"
#include "store/store.h"
#include "style.h"
#include "tagsdialog.h"
#include "topupdialog.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace storedesk::ui {

namespace {

using Record = RecordTableModel::Record;
using Tone = RecordTableModel::Tone;

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

QTableView *ledgerView(RecordTableModel *model, QWidget *parent, const char *name)
{
    QTableView *view = makeListView(parent, name, model);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

Tone toneOf(qint64 signedAmount)
{
    return signedAmount > 0 ? Tone::Gain : signedAmount < 0 ? Tone::Loss : Tone::Normal;
}

QString figure(const QString &label, const QString &value, const QString &note = {})
{
    return QStringLiteral("<td style='padding:4px 14px 4px 0'><div style='color:#6b7280'>%1</div>"
                          "<div style='font-size:20px;font-weight:bold'>%2</div>"
                          "<div style='color:#6b7280'>%3</div></td>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped(), note.toHtmlEscaped());
}

} // namespace

MemberPanel::MemberPanel(core::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("memberPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("memberTitle"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("memberSubtitle"));
    m_subtitle->setProperty("role", QStringLiteral("hint"));
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("memberFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("memberDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *actions = new QGridLayout;
    struct Action
    {
        QString text;
        const char *name;
        void (MemberPanel::*slot)();
    };
    const QList<Action> list{
        {tr("Edit…"), "editMember", &MemberPanel::edit},
        {tr("Tags…"), "editTags", &MemberPanel::editTags},
        {tr("Top up…"), "topUp", &MemberPanel::topUp},
        {tr("Adjust points…"), "adjustPoints", &MemberPanel::adjustPoints},
        {tr("Refund balance…"), "refundBalance", &MemberPanel::refundBalance},
        {tr("Give a coupon…"), "issueCoupon", &MemberPanel::issueCoupon},
        {tr("Delete member…"), "deleteMember", &MemberPanel::deleteMember},
    };
    for (int i = 0; i < list.size(); ++i) {
        auto *button = new QPushButton(list[i].text, this);
        button->setObjectName(QString::fromLatin1(list[i].name));
        connect(button, &QPushButton::clicked, this, list[i].slot);
        actions->addWidget(button, i / 4, i % 4);
        m_actions.append(button);
    }

    m_purchases = new RecordTableModel({{tr("When")},
                                        {tr("Receipt")},
                                        {tr("Items"), kRight},
                                        {tr("Total"), kRight},
                                        {tr("Points"), kRight}},
                                       this);
    m_points = new RecordTableModel(
        {{tr("When")}, {tr("What")}, {tr("Points"), kRight}, {tr("Expires")}, {tr("Reason")}},
        this);
    m_stored = new RecordTableModel({{tr("When")},
                                     {tr("What")},
                                     {tr("Paid-in"), kRight},
                                     {tr("Bonus"), kRight},
                                     {tr("Method")},
                                     {tr("Reason")}},
                                    this);
    m_coupons = new RecordTableModel(
        {{tr("Coupon")}, {tr("Code")}, {tr("Valid until")}, {tr("State")}}, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("memberTabs"));
    QTableView *purchases = ledgerView(m_purchases, m_tabs, "purchases");
    purchases->setToolTip(tr("Double-click a sale to see its receipt."));
    connect(purchases, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        showReceipt(m_purchases->record(index.row()).key.toLongLong());
    });
    m_tabs->addTab(purchases, tr("Purchases"));
    m_tabs->addTab(ledgerView(m_points, m_tabs, "pointsLedger"), tr("Points"));
    m_tabs->addTab(ledgerView(m_stored, m_tabs, "storedValueLedger"), tr("Stored value"));
    m_tabs->addTab(ledgerView(m_coupons, m_tabs, "memberCoupons"), tr("Coupons"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_figures);
    layout->addWidget(m_details);
    layout->addLayout(actions);
    layout->addWidget(m_tabs, 1);

    const auto follow = [this](core::MemberId id) {
        if (id == m_id)
            refresh();
    };
    connect(&store.members(), &core::MemberRegistry::memberChanged, this, follow);
    connect(&store.loyalty(), &core::LoyaltyService::standingChanged, this, follow);
    connect(&store.coupons(), &core::CouponBook::couponsChanged, this, follow);
    connect(&store.checkout(), &core::Checkout::saleCommitted, this, [this](qint64 saleId) {
        if (m_id == 0)
            return;
        const core::SaleRecord sale = m_store.checkout().load(saleId);
        if (sale.member && sale.member->id == m_id)
            refresh();
    });
    showNobody();
}

void MemberPanel::showMember(core::MemberId id)
{
    m_id = id;
    if (id == 0)
        showNobody();
    else
        refresh();
}

void MemberPanel::showNobody()
{
    m_id = 0;
    m_title->setText(tr("No member selected"));
    m_subtitle->setText(tr("Pick a member in the list, or press F2 to register one."));
    m_figures->clear();
    m_details->clear();
    for (QPushButton *b : m_actions)
        b->setEnabled(false);
    m_purchases->clear();
    m_points->clear();
    m_stored->clear();
    m_coupons->clear();
    m_tabs->setEnabled(false);
}

void MemberPanel::refresh()
{
    try {
        m_member = m_store.members().get(m_id);
    } catch (const core::Error &) {
        showNobody();
        return;
    }
    const core::Member &m = m_member;
    const core::MemberStanding s = m_store.loyalty().standing(m.id);
    const core::MemberSalesTotals totals = m_store.history().totalsFor(m.id);
    const QLocale locale;

    m_title->setText(m.name);
    QStringList sub{formatPhone(m.phone), s.tierName};
    if (m.status == core::MemberStatus::Frozen)
        sub.append(tr("Frozen"));
    m_subtitle->setText(sub.join(QStringLiteral(" · ")));

    // Points that lapse within 30 days, from the member's open lots.
    const QDateTime now = m_store.clock().now();
    qint64 expiring = 0;
    QDateTime firstExpiry;
    for (const core::PointsLot &lot : m_store.loyalty().points().openLots(m.id)) {
        if (lot.expiresAt.isValid() && lot.expiresAt > now && lot.expiresAt <= now.addDays(30)) {
            expiring += lot.remaining;
            if (!firstExpiry.isValid() || lot.expiresAt < firstExpiry)
                firstExpiry = lot.expiresAt;
        }
    }
    QString html = QStringLiteral("<table><tr>");
    html += figure(tr("Points"), locale.toString(s.points),
                   expiring > 0
                       ? tr("%1 expire by %2")
                             .arg(locale.toString(expiring), formatDate(localDate(firstExpiry)))
                       : QString());
    html += figure(tr("Stored value"), formatMoney(s.storedValue.total()),
                   s.storedValue.bonus.isZero()
                       ? QString()
                       : tr("incl. bonus %1").arg(formatMoney(s.storedValue.bonus)));
    html += figure(tr("Spent (tier window)"), formatMoney(s.qualifyingSpend),
                   s.nextTier ? tr("%1 more to %2").arg(formatMoney(s.toNextTier), s.nextTierName)
                              : tr("top tier"));
    html += figure(tr("Visits"), locale.toString(totals.visits),
                   totals.visits > 0 ? tr("average %1").arg(formatMoney(totals.averageTicket()))
                                     : QString());
    html += QStringLiteral("</tr></table>");
    m_figures->setText(html);

    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='color:#6b7280;padding-right:12px'>%1</td>"
                              "<td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString details = QStringLiteral("<table cellspacing='2'>");
    details += row(tr("Card"), m.cardNo.isEmpty() ? tr("none") : m.cardNo);
    details += row(tr("Birthday"), m.birthday.isValid() ? formatDate(m.birthday) : tr("not given"));
    if (m.gender != core::Gender::Unspecified)
        details += row(tr("Gender"), genderText(m.gender));
    details += row(tr("Tags"), m.tags.isEmpty() ? tr("none") : m.tags.join(QStringLiteral(", ")));
    details += row(tr("Last visit"),
                   totals.lastSaleAt.isValid() ? formatDateTime(totals.lastSaleAt) : tr("never"));
    details += row(tr("Joined"), formatDate(localDate(m.joinedAt)));
    if (!m.note.isEmpty())
        details += row(tr("Note"), m.note);
    details += QStringLiteral("</table>");
    m_details->setText(details);

    for (QPushButton *b : m_actions)
        b->setEnabled(true);
    m_tabs->setEnabled(true);

    const core::MemberId id = m.id;
    m_purchases->reset([this, id](const Record *last) {
        QList<Record> out;
        const qint64 before = last ? last->key.toLongLong() : 0;
        for (const core::SaleSummary &sale : m_store.history().forMember(id, before, 100)) {
            Record r;
            r.key = sale.id;
            r.cells = {formatDateTime(sale.createdAt), sale.receiptNo,
                       QLocale().toString(sale.items), formatMoney(sale.total),
                       formatPointsChange(sale.pointsEarned - sale.pointsRedeemed)};
            r.tone = sale.refund ? Tone::Loss : Tone::Normal;
            if (sale.refund)
                r.toolTip = tr("A return of %1").arg(sale.originalReceiptNo);
            out.append(r);
        }
        return out;
    });
    m_points->reset([this, id](const Record *last) {
        QList<Record> out;
        if (last)
            return out; // the ledger's latest entries are one page
        for (const core::PointsEntry &e : m_store.loyalty().points().entries(id, 500)) {
            Record r;
            r.key = e.id;
            r.cells = {formatDateTime(e.at), pointsKindText(e.kind), formatPointsChange(e.points),
                       e.expiresAt.isValid() ? formatDate(localDate(e.expiresAt)) : QString(),
                       e.reason};
            r.tone = toneOf(e.points);
            out.append(r);
        }
        return out;
    });
    m_coupons->reset([this, id](const Record *last) {
        QList<Record> out;
        if (last)
            return out;
        const QDate today = localDate(m_store.clock().now());
        for (const core::Coupon &c : m_store.coupons().forMember(id, false)) {
            Record r;
            r.key = c.id;
            QString state;
            bool usable = false;
            if (c.status == core::Coupon::Status::Used)
                state = tr("used");
            else if (c.status == core::Coupon::Status::Void)
                state = tr("cancelled");
            else if (c.validUntil < today)
                state = tr("expired");
            else if (c.validFrom > today)
                state = tr("from %1").arg(formatDate(c.validFrom));
            else
                state = tr("usable"), usable = true;
            r.cells = {c.templateName, c.code, formatDate(c.validUntil), state};
            r.tone = usable ? Tone::Gain : Tone::Muted;
            out.append(r);
        }
        return out;
    });
    m_stored->reset([this, id](const Record *last) {
        QList<Record> out;
        if (last)
            return out;
        for (const core::StoredValueEntry &e : m_store.loyalty().storedValue().entries(id, 500)) {
            Record r;
            r.key = e.id;
            const auto method = core::parsePaymentMethod(e.method);
            r.cells = {formatDateTime(e.at),
                       storedValueKindText(e.kind),
                       formatMoney(e.paid),
                       formatMoney(e.bonus),
                       method ? core::paymentMethodName(*method) : QString(),
                       e.reason};
            r.tone = toneOf((e.paid + e.bonus).fen());
            out.append(r);
        }
        return out;
    });
}

void MemberPanel::issueCoupon()
{
    if (m_id == 0)
        return;
    QList<core::CouponTemplate> templates;
    QStringList names;
    for (const core::CouponTemplate &t : m_store.coupons().templates()) {
        if (t.active) {
            templates.append(t);
            names.append(t.name);
        }
    }
    if (templates.isEmpty()) {
        QMessageBox::information(this, tr("Give a coupon"),
                                 tr("There is no coupon template yet: add one on the marketing "
                                    "screen."));
        return;
    }
    bool ok = false;
    const QString pick =
        QInputDialog::getItem(this, tr("Give a coupon"),
                              tr("Which coupon for %1?").arg(m_member.name), names, 0, false, &ok);
    if (!ok)
        return;
    try {
        const core::Coupon c =
            m_store.coupons().issue(templates[int(names.indexOf(pick))].id, m_id);
        emit message(tr("%1 has coupon %2 (%3), valid until %4.")
                         .arg(m_member.name, c.templateName, c.code, formatDate(c.validUntil)));
    } catch (const core::Error &error) {
        QMessageBox::warning(this, tr("Give a coupon"), error.message());
    }
}

void MemberPanel::showReceipt(qint64 saleId)
{
    try {
        ReceiptDialog dialog(m_store, saleId, this);
        connect(&dialog, &ReceiptDialog::printRequested, this, &MemberPanel::printRequested);
        dialog.exec();
    } catch (const core::Error &error) {
        emit message(error.message());
    }
}

void MemberPanel::edit()
{
    if (m_id == 0)
        return;
    MemberDialog dialog(m_store.members(), m_member, this);
    dialog.exec();
}

void MemberPanel::editTags()
{
    if (m_id == 0)
        return;
    TagsDialog dialog(m_store.members(), m_store.directory(), m_member, this);
    dialog.exec();
}

void MemberPanel::topUp()
{
    if (m_id == 0)
        return;
    TopUpDialog dialog(m_store.loyalty(), m_store.rules(), m_member, this);
    if (dialog.exec() == QDialog::Accepted) {
        const core::TopUpResult &r = dialog.result();
        emit message(r.bonus.isZero()
                         ? tr("Topped up %1. Balance: %2")
                               .arg(formatMoney(r.amount), formatMoney(r.balance.total()))
                         : tr("Topped up %1 with a bonus of %2. Balance: %3")
                               .arg(formatMoney(r.amount), formatMoney(r.bonus),
                                    formatMoney(r.balance.total())));
    }
}

void MemberPanel::adjustPoints()
{
    if (m_id == 0)
        return;
    PointsAdjustDialog dialog(m_store.loyalty(), m_store.security(), m_member, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit message(tr("Points adjusted by %1; %2 now has %3.")
                         .arg(formatPointsChange(dialog.result().points), m_member.name,
                              QLocale().toString(dialog.result().balance)));
    }
}

void MemberPanel::deleteMember()
{
    const QString name = m_member.name;
    const auto answer = QMessageBox::question(
        this, tr("Delete member"),
        tr("Delete %1 for good? Their name, phone, card, birthday and tags are erased and their "
           "points forfeited; their sales stay in the books without a name. This cannot be "
           "undone.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QLabel problem;
    if (tryWithApproval(this, m_store.security(), &problem,
                        [&] { m_store.housekeeping().forget(m_id); })) {
        emit message(tr("%1 was deleted.").arg(name));
        showNobody();
    } else {
        QMessageBox::warning(this, tr("Delete member"), problem.text());
    }
}

void MemberPanel::refundBalance()
{
    if (m_id == 0)
        return;
    const core::StoredValueBalance balance = m_store.loyalty().storedValue().balance(m_id);
    if (balance.total().fen() <= 0) {
        QMessageBox::information(this, tr("Refund balance"),
                                 tr("%1 has no stored value to refund.").arg(m_member.name));
        return;
    }
    QStringList methods;
    const QList<core::PaymentMethod> order{core::PaymentMethod::Cash, core::PaymentMethod::WeChat,
                                           core::PaymentMethod::Alipay, core::PaymentMethod::Card};
    for (core::PaymentMethod m : order)
        methods.append(core::paymentMethodName(m));
    bool ok = false;
    const QString label =
        balance.bonus.isZero()
            ? tr("Hand back %1 to %2 by:").arg(formatMoney(balance.paid), m_member.name)
            : tr("Hand back the paid-in %1 to %2; the bonus %3 is forfeited. Refund by:")
                  .arg(formatMoney(balance.paid), m_member.name, formatMoney(balance.bonus));
    const QString pick =
        QInputDialog::getItem(this, tr("Refund balance"), label, methods, 0, false, &ok);
    if (!ok)
        return;
    QLabel problem;
    core::WithdrawResult r;
    if (tryWithApproval(this, m_store.security(), &problem, [&] {
            r = m_store.loyalty().withdraw(m_id, order.value(int(methods.indexOf(pick))));
        })) {
        emit message(tr("Refunded %1 to %2.").arg(formatMoney(r.returned), m_member.name));
    } else {
        QMessageBox::warning(this, tr("Refund balance"), problem.text());
    }
}

} // namespace storedesk::ui
