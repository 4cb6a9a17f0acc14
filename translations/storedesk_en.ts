<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
<context>
    <name>storedesk::ui::MembersPage</name>
    <message numerus="yes">
        <source>%n member(s) found.</source>
        <translation>
            <numerusform>%n member found.</numerusform>
            <numerusform>%n members found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in the store; the newest are listed.</source>
        <translation>
            <numerusform>%n member in the store; the newest are listed.</numerusform>
            <numerusform>%n members in the store; the newest are listed.</numerusform>
        </translation>
    </message>
</context>
</TS>
