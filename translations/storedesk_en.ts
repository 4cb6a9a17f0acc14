<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>storedesk::core::Catalog</name>
    <message numerus="yes">
        <source>%n product(s) still belong to %1; move them first.</source>
        <translation>
            <numerusform>%n product still belongs to %1; move it first.</numerusform>
            <numerusform>%n products still belong to %1; move them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storedesk::core::Security</name>
    <message numerus="yes">
        <source>Wrong PIN for %1. %n more tries before it locks.</source>
        <translation>
            <numerusform>Wrong PIN for %1. %n more try before it locks.</numerusform>
            <numerusform>Wrong PIN for %1. %n more tries before it locks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storedesk::core::WinBack</name>
    <message numerus="yes">
        <source>No purchase for %n day(s)</source>
        <translation>
            <numerusform>No purchase for %n day</numerusform>
            <numerusform>No purchase for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Joined %n day(s) ago, no purchase yet</source>
        <translation>
            <numerusform>Joined %n day ago, no purchase yet</numerusform>
            <numerusform>Joined %n days ago, no purchase yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storedesk::devices::PrintJobs</name>
    <message numerus="yes">
        <source>Not printed within %n hour(s); reprint it if it is still wanted.</source>
        <translation>
            <numerusform>Not printed within %n hour; reprint it if it is still wanted.</numerusform>
            <numerusform>Not printed within %n hours; reprint it if it is still wanted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storedesk::devices::ReceiptLayout</name>
    <message numerus="yes">
        <source>Points redeemed (%n)</source>
        <translation>
            <numerusform>Points redeemed (%n)</numerusform>
            <numerusform>Points redeemed (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points given back (%n)</source>
        <translation>
            <numerusform>Points given back (%n)</numerusform>
            <numerusform>Points given back (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storedesk::ui::CashierPage</name>
    <message numerus="yes">
        <source>Order %1 · %2 · %n line(s)</source>
        <translation>
            <numerusform>Order %1 · %2 · %n line</numerusform>
            <numerusform>Order %1 · %2 · %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) to use (F7): %1</source>
        <translation>
            <numerusform>%n coupon to use (F7): %1</numerusform>
            <numerusform>%n coupons to use (F7): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storedesk::ui::CategoriesDialog</name>
    <message numerus="yes">
        <source>%1 · %Ln product(s)</source>
        <translation>
            <numerusform>%1 · %Ln product</numerusform>
            <numerusform>%1 · %Ln products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storedesk::ui::Hardware</name>
    <message numerus="yes">
        <source>%n slip(s) printed.</source>
        <translation>
            <numerusform>%n slip printed.</numerusform>
            <numerusform>%n slips printed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storedesk::ui::IssueCouponsDialog</name>
    <message numerus="yes">
        <source>To every member the member screen lists now: %Ln</source>
        <translation>
            <numerusform>To every member the member screen lists now: %Ln</numerusform>
            <numerusform>To every member the member screen lists now: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storedesk::ui::MarketingPage</name>
    <message numerus="yes">
        <source>%n day(s) from issue</source>
        <translation>
            <numerusform>%n day from issue</numerusform>
            <numerusform>%n days from issue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) issued.</source>
        <translation>
            <numerusform>%n coupon issued.</numerusform>
            <numerusform>%n coupons issued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storedesk::ui::MembersPage</name>
    <message numerus="yes">
        <source>%Ln member(s) in the store, newest first.</source>
        <translation>
            <numerusform>%Ln member in the store, newest first.</numerusform>
            <numerusform>%Ln members in the store, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) match.</source>
        <translation>
            <numerusform>%Ln member matches.</numerusform>
            <numerusform>%Ln members match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storedesk::ui::PeoplePage</name>
    <message numerus="yes">
        <source>The trail is whole: %n entries, none changed or removed.</source>
        <translation>
            <numerusform>The trail is whole: %n entry, not changed or removed.</numerusform>
            <numerusform>The trail is whole: %n entries, none changed or removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storedesk::ui::ProductsPage</name>
    <message numerus="yes">
        <source>%Ln product(s) at or below their reorder level.</source>
        <translation>
            <numerusform>%Ln product at or below its reorder level.</numerusform>
            <numerusform>%Ln products at or below their reorder level.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s).</source>
        <translation>
            <numerusform>%Ln product.</numerusform>
            <numerusform>%Ln products.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storedesk::ui::SalesReportView</name>
    <message numerus="yes">
        <source>Best %n seller(s)</source>
        <translation>
            <numerusform>Best seller</numerusform>
            <numerusform>Best %n sellers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storedesk::ui::ShiftCloseDialog</name>
    <message numerus="yes">
        <source>%n receipt(s), %1 taken</source>
        <translation>
            <numerusform>%n receipt, %1 taken</numerusform>
            <numerusform>%n receipts, %1 taken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storedesk::ui::WinBackDialog</name>
    <message numerus="yes">
        <source>The first %1 of %Ln members; the file holds them all.</source>
        <translation>
            <numerusform>The first %1 of %Ln member; the file holds them all.</numerusform>
            <numerusform>The first %1 of %Ln members; the file holds them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s).</source>
        <translation>
            <numerusform>%Ln member.</numerusform>
            <numerusform>%Ln members.</numerusform>
        </translation>
    </message>
</context>
</TS>
