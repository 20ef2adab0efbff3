<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Dutch for texts of Qt's own dialogs that qtbase_nl.qm leaves in English (their source texts
     changed, e.g. gained a mnemonic, after Qt's Dutch was last updated). Loaded after
     qtbase_nl.qm by staan_desktop/gui/i18n.py; not touched by lupdate. -->
<TS version="2.1" language="nl_NL">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Map</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <source>Previous Month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Next Month</source>
        <translation>Volgende maand</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Reset</source>
        <translation>Opnieuw instellen</translation>
    </message>
</context>
</TS>
