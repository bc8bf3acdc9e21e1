<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>warren::ContactModel</name>
    <message numerus="yes">
        <source>, %n unread message(s)</source>
        <translation>
            <numerusform>, %n unread message</numerusform>
            <numerusform>, %n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::HistorySearchDialog</name>
    <message numerus="yes">
        <source>The %n newest matching message(s); add words to narrow the search.</source>
        <translation>
            <numerusform>The %n newest matching message; add words to narrow the search.</numerusform>
            <numerusform>The %n newest matching messages; add words to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching message(s).</source>
        <translation>
            <numerusform>%n matching message.</numerusform>
            <numerusform>%n matching messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::TransfersView</name>
    <message numerus="yes">
        <source>%n transfer(s), %1 under way</source>
        <translation>
            <numerusform>%n transfer, %1 under way</numerusform>
            <numerusform>%n transfers, %1 under way</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::TrayIcon</name>
    <message numerus="yes">
        <source>Warren — %n unread</source>
        <translation>
            <numerusform>Warren — %n unread</numerusform>
            <numerusform>Warren — %n unread</numerusform>
        </translation>
    </message>
</context>
</TS>
