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
