<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BulkCaptureDialog</name>
    <message numerus="yes">
        <source>Capture %n transaction(s)…</source>
        <translation>
            <numerusform>Capture %n transaction…</numerusform>
            <numerusform>Capture %n transactions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s), each in full</source>
        <translation>
            <numerusform>%n transaction, in full</numerusform>
            <numerusform>%n transactions, each in full</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>Status: %n chosen</source>
        <translation>
            <numerusform>Status: %n chosen</numerusform>
            <numerusform>Status: %n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message numerus="yes">
        <source>%n loaded{sort_note} · loading…</source>
        <translation>
            <numerusform>%n loaded{sort_note} · loading…</numerusform>
            <numerusform>%n loaded{sort_note} · loading…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loaded{sort_note} · more as you scroll</source>
        <translation>
            <numerusform>%n loaded{sort_note} · more as you scroll</numerusform>
            <numerusform>%n loaded{sort_note} · more as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n transaction</numerusform>
            <numerusform>%n transactions</numerusform>
        </translation>
    </message>
</context>
</TS>
