<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AddCommentDialog</name>
    <message>
        <source>&amp;Opmerking:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>de gemeente waarvoor u spreekt (mag leeg)</source>
        <translation>the municipality you speak for (may be empty)</translation>
    </message>
    <message>
        <source>&amp;Namens:</source>
        <translation>On &amp;behalf of:</translation>
    </message>
    <message>
        <source>Van:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/comments_panel.py" line="150"/>
        <source>Opmerking plaatsen</source>
        <translation>Place a comment</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/comments_panel.py" line="157"/>
        <source>Bij: %1</source>
        <translation>On: %1</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/comments_panel.py" line="166"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="79"/>
        <source>Tijd van de huidige stap</source>
        <extracomment>The facilitator planned other minutes for a step: (step key, minutes). Double click on a step: go there (its index). A task field&apos;s tick in the reveal list was changed (its id).</extracomment>
        <translation>Time of the current step</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="133"/>
        <source>◀ Vorige</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="134"/>
        <source>Pauze</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="135"/>
        <source>Volgende ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="136"/>
        <source>Projector (F5)</source>
        <translation>Projector (F5)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="137"/>
        <source>Ander scherm</source>
        <translation>Other screen</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="138"/>
        <source>Alles onthullen</source>
        <translation>Reveal all</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="139"/>
        <source>Dit taakveld</source>
        <translation>This task field</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="143"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="144"/>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="145"/>
        <source>Scores op de projector</source>
        <translation>Scores on the projector</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="146"/>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="146"/>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="148"/>
        <source>Zolang een taakveld niet is onthuld, ziet de zaal alleen welke gemeenten hebben gescoord.</source>
        <translation>Until a task field is revealed, the room only sees which municipalities have scored.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="163"/>
        <source>Dubbelklik om naar deze stap te gaan</source>
        <translation>Double-click to go to this step</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="169"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="177"/>
        <source>Geplande minuten voor {0}</source>
        <translation>Planned minutes for {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="181"/>
        <source>Totaal gepland: {0}:{1:02d} uur</source>
        <translation>Total planned: {0}:{1:02d} hours</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="189"/>
        <source>Nog niet begonnen — F8 start de eerste stap.</source>
        <translation>Not started yet — F8 starts the first step.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="195"/>
        <source>⚠ +{0} over tijd</source>
        <translation>⚠ +{0} over time</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="197"/>
        <source>{0} · nog {1}</source>
        <translation>{0} · {1} left</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_panel.py" line="199"/>
        <source> (gepauzeerd)</source>
        <translation> (paused)</translation>
    </message>
</context>
<context>
    <name>AgendaStep</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_clock.py" line="23"/>
        <source>Terugblik acties</source>
        <extracomment>The domain keeps the Dutch titles of the steps; they are translated where they are shown.</extracomment>
        <translation>Review of actions</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_clock.py" line="24"/>
        <source>Kennismaking</source>
        <translation>Introductions</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_clock.py" line="25"/>
        <source>Gedeelde ambitie</source>
        <translation>Shared ambition</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_clock.py" line="26"/>
        <source>De 5 K&apos;s</source>
        <translation>The 5 K&apos;s</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_clock.py" line="27"/>
        <source>Belangen</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_clock.py" line="28"/>
        <source>Groslijst van taakvelden</source>
        <translation>Long list of task fields</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_clock.py" line="29"/>
        <source>Indikken tot preferente taakvelden</source>
        <translation>Narrowing down to short-listed task fields</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_clock.py" line="30"/>
        <source>Scoren</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_clock.py" line="31"/>
        <source>Eigenaren en projectleiders</source>
        <translation>Owners and project leaders</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_clock.py" line="32"/>
        <source>Opties en SWOT</source>
        <translation>Options and SWOT</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_clock.py" line="33"/>
        <source>Toetsingskader</source>
        <translation>Assessment framework</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_clock.py" line="34"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_clock.py" line="35"/>
        <source>Opties scoren</source>
        <translation>Scoring the options</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_clock.py" line="39"/>
        <source>Groslijst van {0}</source>
        <translation>Long list of {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_clock.py" line="40"/>
        <source>Indikken tot preferente {0}</source>
        <translation>Narrowing down to short-listed {0}</translation>
    </message>
</context>
<context>
    <name>MethodTerm</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_clock.py" line="45"/>
        <source>onderwerpen</source>
        <translation>topics</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/agenda_clock.py" line="45"/>
        <source>taakvelden</source>
        <translation>task fields</translation>
    </message>
</context>
<context>
    <name>AmbitionPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/ambition.py" line="29"/>
        <source>Uitspraak toevoegen</source>
        <translation>Add statement</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/ambition.py" line="30"/>
        <source>Uitspraak wijzigen</source>
        <translation>Edit statement</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/ambition.py" line="31"/>
        <source>Uitspraak verplaatsen</source>
        <translation>Move statement</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/ambition.py" line="32"/>
        <source>Uitspraak verwijderen</source>
        <translation>Delete statement</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/ambition.py" line="33"/>
        <source>Nieuwe uitspraak — Enter voegt toe</source>
        <translation>New statement — Enter adds it</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/ambition.py" line="39"/>
        <source>Het gedeeld beeld van de samenwerking</source>
        <translation>The shared picture of the collaboration</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/ambition.py" line="40"/>
        <source>Wat de gemeenten samen zien, in hun eigen woorden: één uitspraak per regel.</source>
        <translation>What the municipalities see together, in their own words: one statement per line.</translation>
    </message>
</context>
<context>
    <name>AmbitionView</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/list_views.py" line="37"/>
        <source>Het gedeeld beeld van de samenwerking</source>
        <translation>The shared picture of the collaboration</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/list_views.py" line="43"/>
        <source>Nog geen uitspraken. Wat zien de gemeenten samen?</source>
        <translation>No statements yet. What do the municipalities see together?</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="181"/>
        <source>De reservekopie bij het sluiten duurt te lang: de schijf reageert niet. Het document wordt gesloten zonder die kopie; het document zelf is onveranderd.</source>
        <extracomment>How often the timer looks whether a backup is due; the interval itself is in minutes. The longest a close waits for a backup: a disk that stops answering must not keep the window (or the next document) from closing. Set while no automatic backup runs on a worker (waited for on close). Results of tasks started for an earlier document are ignored.</extracomment>
        <translation>The backup on closing takes too long: the disk does not respond. The document is closed without that backup; the document itself is unchanged.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="191"/>
        <source>Reservekopie bij het sluiten</source>
        <translation>Backup on closing</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="230"/>
        <source>Reservekopie maken</source>
        <translation>Making a backup</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="256"/>
        <source>De reservekopie kon niet worden gemaakt.</source>
        <translation>The backup could not be made.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="258"/>
        <source>Geen reservekopie</source>
        <translation>No backup</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="259"/>
        <source>Uw werk zelf is bewaard; de volgende poging volgt vanzelf.</source>
        <translation>Your work itself is saved; the next attempt follows by itself.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="274"/>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="291"/>
        <source>‘{0}’ is in gebruik en wordt niet overschreven: {1}.</source>
        <translation>‘{0}’ is in use and is not overwritten: {1}.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="312"/>
        <source>Reservekopie terugzetten als</source>
        <translation>Restore backup as</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="313"/>
        <source>STAAN-documenten (*{0})</source>
        <translation>STAAN documents (*{0})</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="320"/>
        <source>Kies een andere naam; ‘Dit document vervangen door deze kopie…’ zet de kopie over dit document terug.</source>
        <translation>Choose another name; ‘Replace this document with this backup…’ restores the backup over this document.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="323"/>
        <source>Reservekopie terugzetten</source>
        <translation>Restoring a backup</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="330"/>
        <source>Reservekopie teruggezet als {0}</source>
        <translation>Backup restored as {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="332"/>
        <source>Reservekopie teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="333"/>
        <source>De reservekopie is teruggezet als ‘{0}’. Wilt u dat document nu openen?</source>
        <translation>The backup was restored as ‘{0}’. Do you want to open that document now?</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="343"/>
        <source>Dit document vervangen</source>
        <translation>Replace this document</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="347"/>
        <source>‘{0}’ wordt vervangen door de reservekopie van {1}.

De huidige stand wordt eerst zelf als reservekopie bewaard, zodat die niet verloren gaat. Doorgaan?</source>
        <translation>‘{0}’ will be replaced by the backup of {1}.

The current state is first saved as a backup itself, so that it is not lost. Continue?</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="362"/>
        <source>De reservekopie van {0} is teruggezet.</source>
        <translation>The backup of {0} was restored.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="373"/>
        <source>Reser&amp;vekopieën…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backup_actions.py" line="374"/>
        <source>Automatische reservekopieën van dit document bekijken en terugzetten</source>
        <translation>View and restore the automatic backups of this document</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../staan_desktop/gui/backups_dialog.py" line="70"/>
        <source>handmatig gemaakt</source>
        <extracomment>What the user chose, once the dialog is accepted.</extracomment>
        <translation>made by hand</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backups_dialog.py" line="71"/>
        <source>bij het openen</source>
        <translation>on opening</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backups_dialog.py" line="72"/>
        <source>automatisch tijdens het werk</source>
        <translation>automatically while working</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backups_dialog.py" line="73"/>
        <source>bij het sluiten</source>
        <translation>on closing</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backups_dialog.py" line="74"/>
        <source>vóór het terugzetten van een reservekopie</source>
        <translation>before restoring a backup</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backups_dialog.py" line="75"/>
        <source>vóór het bijwerken naar een nieuwe versie</source>
        <translation>before updating to a new version</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backups_dialog.py" line="76"/>
        <source>vóór het exporteren</source>
        <translation>before exporting</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backups_dialog.py" line="77"/>
        <source>vóór het vaststellen</source>
        <translation>before the sign-off</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backups_dialog.py" line="88"/>
        <source>vandaag {0}</source>
        <translation>today {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backups_dialog.py" line="90"/>
        <source>gisteren {0}</source>
        <translation>yesterday {0}</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="14"/>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backups_dialog.py" line="96"/>
        <source>elke minuut</source>
        <translation>every minute</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backups_dialog.py" line="96"/>
        <source>elke {0} minuten</source>
        <translation>every {0} minutes</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backups_dialog.py" line="98"/>
        <source>Reservekopieën van ‘{0}’. Ze worden vanzelf gemaakt bij het openen, {1} terwijl u werkt en bij het sluiten; de laatste {2} blijven bewaard.</source>
        <translation>Backups of ‘{0}’. They are made automatically on opening, {1} while you work, and on closing; the last {2} are kept.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/backups_dialog.py" line="103"/>
        <source>Dit document is alleen-lezen geopend: u kunt een kopie als nieuw document terugzetten, niet over dit document.</source>
        <translation>This document is open read-only: you can restore a backup as a new document, not over this document.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="49"/>
        <source>Gemaakt op</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="54"/>
        <source>Aanleiding</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="59"/>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="30"/>
        <source>Reservekopieën, nieuwste eerst</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="70"/>
        <source>Er zijn nog geen reservekopieën van dit document.</source>
        <translation>There are no backups of this document yet.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="85"/>
        <source>Terugzetten als &amp;nieuw document…</source>
        <translation>Restore as &amp;new document…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="92"/>
        <source>Dit document &amp;vervangen door deze kopie…</source>
        <translation>&amp;Replace this document with this backup…</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../staan_desktop/gui/banner.py" line="32"/>
        <source>Melding</source>
        <extracomment>(background, text) for a light and a dark palette.</extracomment>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/banner.py" line="58"/>
        <source>Alleen-lezen: {0}. Wijzigingen worden niet bewaard.</source>
        <translation>Read-only: {0}. Changes are not saved.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/banner.py" line="83"/>
        <source>&amp;Opnieuw proberen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/banner.py" line="84"/>
        <source>Opnieuw openen om te bewerken, als het document inmiddels vrij is</source>
        <translation>Open again for editing, if the document has become free</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/banner.py" line="85"/>
        <source>&amp;Toch bewerken…</source>
        <translation>&amp;Edit anyway…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/banner.py" line="86"/>
        <source>Het document overnemen, als het op de andere computer niet meer open is</source>
        <translation>Take the document over, if it is no longer open on the other computer</translation>
    </message>
</context>
<context>
    <name>BlockWidget</name>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="77"/>
        <source>Blok omhoog (Alt+↑)</source>
        <translation>Move block up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="78"/>
        <source>Blok omlaag (Alt+↓)</source>
        <translation>Move block down (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="79"/>
        <source>Blok verwijderen</source>
        <translation>Remove block</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="90"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="98"/>
        <source>Tekst wijzigen</source>
        <translation>Change text</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="120"/>
        <source>Dit deel wordt ingevuld op de pagina ‘{0}’.</source>
        <translation>This part is filled in on the page ‘{0}’.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="123"/>
        <source>Naar ‘{0}’</source>
        <translation>To ‘{0}’</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="162"/>
        <source>Verschillen tussen de gemeenten wijzigen</source>
        <translation>Change differences between the municipalities</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="28"/>
        <source>Uitspraken van het gedeeld beeld</source>
        <extracomment>kind → (what the placeholder says, the key of the page that makes it). Translated when shown.</extracomment>
        <translation>Statements of the shared picture</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="29"/>
        <source>De motieven (de 5 K&apos;s)</source>
        <translation>The motives (the 5 K&apos;s)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="30"/>
        <source>Tabellen met de belangen per gemeente</source>
        <translation>Tables of the interests per municipality</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="31"/>
        <source>Verschillen tussen de gemeenten</source>
        <translation>Differences between the municipalities</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="32"/>
        <source>De criteria waarop is gescoord</source>
        <translation>The criteria used for scoring</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="33"/>
        <source>De indeling: zeer kansrijk, kansrijk, kansrijk op termijn</source>
        <translation>The classification: very promising, promising, promising in the longer term</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="34"/>
        <source>De scoretabel</source>
        <translation>The score table</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="35"/>
        <source>Eigenaren en projectleiders per taakveld</source>
        <translation>Owners and project leaders per task field</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="36"/>
        <source>De rollen: stuurgroep, eigenaar, projectleider, procesmanager</source>
        <translation>The roles: steering group, owner, project leader, process manager</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="37"/>
        <source>Spelregels</source>
        <translation>Rules of the game</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="39"/>
        <source>De opties met hun SWOT en de vergelijking</source>
        <translation>The options with their SWOT and the comparison</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="40"/>
        <source>Het toetsingskader met de knock-outs per optie</source>
        <translation>The assessment framework with the knock-outs per option</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="41"/>
        <source>Het besluit over de opties</source>
        <translation>The decision on the options</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="43"/>
        <source>De partijen aan tafel</source>
        <translation>The parties at the table</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="44"/>
        <source>Resultaten en acties</source>
        <translation>Results and actions</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="45"/>
        <source>Kerngetallen per gemeente</source>
        <translation>Key figures per municipality</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="46"/>
        <source>Kostenverdeelsleutels naast elkaar</source>
        <translation>Cost allocation keys side by side</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="47"/>
        <source>Kaders en vragen van de raden: waar beantwoord</source>
        <translation>The councils&apos; frameworks and questions: where answered</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="48"/>
        <source>Uitdagingen en open vragen</source>
        <translation>Challenges and open questions</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="49"/>
        <source>Kennisagenda</source>
        <translation>Knowledge agenda</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/block_widgets.py" line="50"/>
        <source>Bestaande samenwerkingen</source>
        <translation>Existing cooperations</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/scoring_table.py" line="37"/>
        <source>Taakveld</source>
        <extracomment>The data behind a cell&apos;s look (never a hidden value: the model has none). The criterion heads as the view wrapped them for its column width (None: by characters).</extracomment>
        <translation>Task field</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/scoring_table.py" line="38"/>
        <source>Indeling</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/scoring_table.py" line="39"/>
        <source>verborgen</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/scoring_table.py" line="40"/>
        <source>besluit</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/scoring_table.py" line="41"/>
        <source>≠ scores lopen uiteen</source>
        <translation>≠ scores diverge</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/scoring_table.py" line="42"/>
        <source>nog niet gescoord</source>
        <translation>not scored yet</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/scoring_table.py" line="82"/>
        <source>{0} van de {1} gemeenten hebben gescoord</source>
        <translation>{0} of the {1} municipalities have scored</translation>
    </message>
</context>
<context>
    <name>ChaptersPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="76"/>
        <source>Hoofdstuk</source>
        <extracomment>What visiting a chapter makes and hands to the visits of its paragraphs (its tree item, or nothing). A structured block asks for the page that makes it (the page&apos;s key).</extracomment>
        <translation>Chapter</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="77"/>
        <source>Hoofdstuk toevoegen na het huidige (Insert)</source>
        <translation>Add a chapter after the current one (Insert)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="79"/>
        <source>Paragraaf</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="80"/>
        <source>Paragraaf toevoegen in het huidige hoofdstuk (Shift+Insert)</source>
        <translation>Add a section to the current chapter (Shift+Insert)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="92"/>
        <source>Hoofdstuk hernoemen</source>
        <translation>Rename chapter</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="98"/>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="337"/>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="346"/>
        <source>Tekstblok toevoegen</source>
        <translation>Add text block</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="100"/>
        <source>&amp;Voorbeeld tonen</source>
        <translation>Show &amp;preview</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="109"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="128"/>
        <source>Hoofdstukken van het startdocument</source>
        <translation>Chapters of the start document</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="133"/>
        <source>Overzicht: Insert voegt een hoofdstuk toe, Shift+Insert een paragraaf, Alt+↑/↓ verplaatst, Delete verwijdert, F2 naar de titel · Tekst: Ctrl+B vet, Ctrl+I cursief, ‘- ’ opsomming, lege regel nieuwe alinea, Alt+↑/↓ verplaatst het blok.</source>
        <translation>Outline: Insert adds a chapter, Shift+Insert a section, Alt+↑/↓ moves, Delete deletes, F2 goes to the title · Text: Ctrl+B bold, Ctrl+I italic, ‘- ’ bullet list, blank line new paragraph, Alt+↑/↓ moves the block.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="331"/>
        <source>Nieuwe paragraaf</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="331"/>
        <source>Nieuw hoofdstuk</source>
        <translation>New chapter</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="332"/>
        <source>Paragraaf toevoegen</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="332"/>
        <source>Hoofdstuk toevoegen</source>
        <translation>Add chapter</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="355"/>
        <source>Blok verplaatsen</source>
        <translation>Move block</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="361"/>
        <source>Blok verwijderen</source>
        <translation>Delete block</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="371"/>
        <source>Hoofdstuk verplaatsen</source>
        <translation>Move chapter</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="381"/>
        <source>Hoofdstuk ‘{0}’ verwijderen</source>
        <translation>Delete chapter ‘{0}’</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/chapters.py" line="217"/>
        <source>Gecontroleerd door {0}</source>
        <translation>Checked by {0}</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../staan_desktop/gui/review/comments_panel.py" line="47"/>
        <source>Ook afgehandelde opmerkingen tonen</source>
        <extracomment>(table, id) of the item a comment is about: the workspace shows that page and item. A service refused (message, details); the workspace shows it like any refusal. The facilitator&apos;s name for &quot;afgehandeld door&quot;; reviewers have theirs on the document.</extracomment>
        <translation>Also show resolved comments</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/comments_panel.py" line="50"/>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/comments_panel.py" line="50"/>
        <source>Opmerking</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/comments_panel.py" line="50"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/comments_panel.py" line="50"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/comments_panel.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/comments_panel.py" line="52"/>
        <source> (bestaat niet meer)</source>
        <translation> (no longer exists)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/comments_panel.py" line="56"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/comments_panel.py" line="56"/>
        <source>afgehandeld door %1</source>
        <translation>resolved by %1</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/comments_panel.py" line="83"/>
        <source>Hoe is het afgehandeld? (mag leeg blijven)</source>
        <translation>How was it resolved? (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/comments_panel.py" line="84"/>
        <source>Ga naar onderdeel</source>
        <translation>Go to item</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/comments_panel.py" line="86"/>
        <source>Afhandelen</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/comments_panel.py" line="88"/>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message numerus="yes">
        <location filename="../../staan_desktop/gui/review/comments_panel.py" line="110"/>
        <source>%n openstaande opmerking(en)</source>
        <translation>
            <numerusform>%n open comment</numerusform>
            <numerusform>%n open comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="209"/>
        <source>Vergelijking van de opties</source>
        <translation>Comparison of the options</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="216"/>
        <source>Nog geen opties om te vergelijken.</source>
        <translation>No options to compare yet.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="221"/>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="251"/>
        <source>Gewogen score</source>
        <translation>Weighted score</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="252"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="253"/>
        <source>Gevoeligheid</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="255"/>
        <source>Knock-outs</source>
        <translation>Knock-outs</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="264"/>
        <source>uitgesloten</source>
        <translation>excluded</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="273"/>
        <source>plaats: {0}</source>
        <translation>place: {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="273"/>
        <source>robuust</source>
        <translation>robust</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="269"/>
        <source>{0}{1} op {2}</source>
        <translation>{0}{1} on {2}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="274"/>
        <source>fragiel · {0}</source>
        <translation>fragile · {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="282"/>
        <source>✕ uitgesloten: voldoet niet aan een knock-outvoorwaarde en telt niet mee in de rangorde.</source>
        <translation>✕ excluded: fails a knock-out condition and does not count in the ranking.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="285"/>
        <source>Gevoeligheid: de kleinste verandering van één score die de plaats verandert (‘−1 op 3’: één punt minder op criterium 3).</source>
        <translation>Sensitivity: the smallest change of one score that changes the place (‘−1 on 3’: one point less on criterion 3).</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="1"/>
        <source>Spreiding per gemeente</source>
        <translation>Spread per municipality</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="1"/>
        <source>telt mee</source>
        <translation>counts</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="223"/>
        <source>Optie</source>
        <translation>Option</translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="60"/>
        <source>Nieuwe werkconferentie</source>
        <translation>New work conference</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="62"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="68"/>
        <source>Datum van de werkconferentie wijzigen</source>
        <translation>Change date of the work conference</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="69"/>
        <source>Plaats van de werkconferentie wijzigen</source>
        <translation>Change venue of the work conference</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="70"/>
        <source>Thema van de werkconferentie wijzigen</source>
        <translation>Change theme of the work conference</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="73"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="73"/>
        <source>&amp;Plaats:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="73"/>
        <source>&amp;Thema:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="81"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="81"/>
        <source>Naam van deelnemer wijzigen</source>
        <translation>Change participant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="82"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="82"/>
        <source>Gemeente van deelnemer wijzigen</source>
        <translation>Change participant&apos;s municipality</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="83"/>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="83"/>
        <source>Functie van deelnemer wijzigen</source>
        <translation>Change participant&apos;s position</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="87"/>
        <source>Deelnemer</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="91"/>
        <source>Deelnemer: ‘Naam, Gemeente’ — Enter voegt toe</source>
        <translation>Participant: ‘Name, Municipality’ — Enter adds</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="103"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="106"/>
        <source>Voorbereidende vragen</source>
        <translation>Preparatory questions</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="115"/>
        <source>Werkconferenties</source>
        <translation>Work conferences</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="122"/>
        <source>Enter voegt toe · typen of F2 wijzigt · Alt+↑/↓ verplaatst · Delete verwijdert · Insert gaat naar het invoerveld · Ctrl+Z maakt ongedaan</source>
        <translation>Enter adds · type or F2 edits · Alt+↑/↓ moves · Delete deletes · Insert goes to the entry field · Ctrl+Z undoes</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="143"/>
        <source>Vraag toevoegen</source>
        <translation>Add question</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="144"/>
        <source>Vraag wijzigen</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="145"/>
        <source>Vraag verplaatsen</source>
        <translation>Move question</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="146"/>
        <source>Vraag verwijderen</source>
        <translation>Delete question</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="147"/>
        <source>Nieuwe vraag — Enter voegt toe</source>
        <translation>New question — Enter adds it</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="169"/>
        <source>Werkconferentie {0}</source>
        <translation>Work conference {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="201"/>
        <source>Werkconferentie toevoegen</source>
        <translation>Add work conference</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="208"/>
        <source>Werkconferentie verwijderen</source>
        <translation>Delete work conference</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/conferences.py" line="220"/>
        <source>Deelnemer toevoegen</source>
        <translation>Add participant</translation>
    </message>
</context>
<context>
    <name>CostKeysPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/cost_keys.py" line="45"/>
        <source>bijv. inwoners — Enter voegt toe</source>
        <translation>e.g. inhabitants — Enter adds</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/cost_keys.py" line="48"/>
        <source>bijv. Inwoneraantal — Enter voegt toe</source>
        <translation>e.g. Number of inhabitants — Enter adds</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/cost_keys.py" line="53"/>
        <source>Kerngetal in sleutel</source>
        <translation>Figure into key</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/cost_keys.py" line="56"/>
        <source>waarom deze sleutel</source>
        <translation>why this key</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/cost_keys.py" line="57"/>
        <source>Als gekozen vastleggen</source>
        <translation>Record as chosen</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/cost_keys.py" line="62"/>
        <source>Nieuw &amp;kerngetal</source>
        <translation>New key &amp;figure</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/cost_keys.py" line="62"/>
        <source>Nieuwe &amp;verdeelsleutel</source>
        <translation>New cost &amp;key</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/cost_keys.py" line="63"/>
        <source>&amp;Sleutel</source>
        <translation>&amp;Key</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/cost_keys.py" line="63"/>
        <source>&amp;Kerngetal</source>
        <translation>&amp;Figure</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/cost_keys.py" line="63"/>
        <source>&amp;Gewicht</source>
        <translation>&amp;Weight</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/cost_keys.py" line="64"/>
        <source>&amp;Motivering</source>
        <translation>&amp;Reasons</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/cost_keys.py" line="78"/>
        <source>Kerngetallen per gemeente</source>
        <translation>Key figures per municipality</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/cost_keys.py" line="80"/>
        <source>Verdeelsleutels naast elkaar</source>
        <translation>Cost keys side by side</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/cost_keys.py" line="84"/>
        <source>Getallen zoals u ze schrijft: 26.300 of 180,5 · elke kolom telt op tot 100 % · ★ is de gekozen sleutel; een sleutel die niet te berekenen is, zegt in zijn tooltip waarom.</source>
        <translation>Numbers as written in Dutch: 26.300 or 180,5 · every column adds up to 100 % · ★ marks the chosen key; a key that cannot be computed says why in its tooltip.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/cost_keys.py" line="107"/>
        <source>Kerngetal toevoegen</source>
        <translation>Add key figure</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/cost_keys.py" line="112"/>
        <source>Verdeelsleutel toevoegen</source>
        <translation>Add cost key</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/cost_keys.py" line="131"/>
        <source>Kerngetal aan sleutel toevoegen</source>
        <translation>Add figure to key</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/cost_keys.py" line="136"/>
        <source>Verdeelsleutel kiezen</source>
        <translation>Choose cost key</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="117"/>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="124"/>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="117"/>
        <source>Criterium hernoemen</source>
        <translation>Rename criterion</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="118"/>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="118"/>
        <source>Gewicht wijzigen</source>
        <translation>Change weight</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="119"/>
        <source>Schaal van</source>
        <translation>Scale from</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="119"/>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="120"/>
        <source>Schaal wijzigen</source>
        <translation>Change scale</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="120"/>
        <source>Schaal tot</source>
        <translation>Scale to</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="129"/>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="134"/>
        <source>Klasse</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="129"/>
        <source>Klasse hernoemen</source>
        <translation>Rename class</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="130"/>
        <source>Ondergrens (0–1)</source>
        <translation>Lower bound (0–1)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="130"/>
        <source>Ondergrens wijzigen</source>
        <translation>Change lower bound</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="131"/>
        <source>Voetnoot</source>
        <translation>Footnote</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="131"/>
        <source>Voetnoot wijzigen</source>
        <translation>Change footnote</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="140"/>
        <source>Nieuw criterium — Enter voegt toe</source>
        <translation>New criterion — Enter adds it</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="151"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="160"/>
        <source>&amp;Nieuw criterium</source>
        <translation>&amp;New criterion</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="161"/>
        <source>&amp;Gewicht</source>
        <translation>&amp;Weight</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="162"/>
        <source>Schaal &amp;van</source>
        <translation>Scale fro&amp;m</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="163"/>
        <source>Schaal &amp;tot</source>
        <translation>Scale &amp;to</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="178"/>
        <source>Criteria en indeling</source>
        <translation>Criteria and classification</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="180"/>
        <source>Criteria waarop de taakvelden worden gescoord</source>
        <translation>Criteria on which the task fields are scored</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="186"/>
        <source>Enter voegt het criterium toe · in de tabel: typen of F2 wijzigt, Insert gaat naar een nieuw criterium, Alt+↑/↓ verplaatst, Delete verwijdert (met de scores erop; Ctrl+Z herstelt).</source>
        <translation>Enter adds the criterion · in the table: type or F2 edits, Insert goes to a new criterion, Alt+↑/↓ moves, Delete deletes (with its scores; Ctrl+Z restores).</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="192"/>
        <source>Indeling in klassen</source>
        <translation>Classification into classes</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="195"/>
        <source>Typen of F2 wijzigt naam, ondergrens of voetnoot; de klassen zelf liggen vast.</source>
        <translation>Type or F2 edits name, lower bound or footnote; the classes themselves are fixed.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="201"/>
        <source>Zo wordt ingedeeld: per criterium telt de afgesproken score, en anders het gemiddelde van de gemeenten; een criterium zonder scores telt niet mee. Elke score wordt omgerekend naar 0 tot 1 over de schaal van het criterium, en die uitkomsten worden gemiddeld naar gewicht. Een taakveld komt in de klasse met de hoogste ondergrens die dat gemiddelde haalt; haalt het geen enkele, dan is het niet geselecteerd. Een besluit van de procesmanager (Ctrl+K bij Scoren) gaat voor.</source>
        <translation>How classification works: per criterion the agreed score counts, otherwise the municipalities&apos; average; a criterion without scores does not count. Each score is converted to 0 to 1 over the criterion&apos;s scale, and those results are averaged by weight. A task field goes into the class with the highest lower bound that this average reaches; if it reaches none, it is not selected. A decision by the process manager (Ctrl+K on Scoring) takes precedence.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="228"/>
        <source>Criterium toevoegen</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="239"/>
        <source>Criterium ‘{0}’ verwijderen?</source>
        <translation>Delete criterion ‘{0}’?</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="240"/>
        <source>{0} score</source>
        <translation>{0} score</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="240"/>
        <source>{0} scores</source>
        <translation>{0} scores</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="241"/>
        <source>Daarmee verdwijnen ook: {0}.</source>
        <translation>This also removes: {0}.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="242"/>
        <source>U kunt dit ongedaan maken met Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="249"/>
        <source>Criterium verwijderen</source>
        <translation>Delete criterion</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="254"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="255"/>
        <source>Behouden</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="205"/>
        <source>Zo worden de opties gewogen: per criterium telt de afgesproken score, en anders het gemiddelde van de gemeenten; elke score wordt omgerekend naar 0 tot 1 over de schaal van het criterium, en die uitkomsten worden gemiddeld naar gewicht. Een optie die een knock-outvoorwaarde niet haalt, telt niet mee in de rangorde.</source>
        <translation>How the options are weighed: per criterion the agreed score counts, otherwise the mean of the municipalities; each score is converted to 0 to 1 over the criterion&apos;s scale, and those results are averaged by weight. An option that fails a knock-out condition does not count in the ranking.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/criteria.py" line="222"/>
        <source>Criteria waarop de opties worden gewogen</source>
        <translation>Criteria the options are weighed on</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="35"/>
        <source>gekozen (basisrichting)</source>
        <translation>chosen (basic direction)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="36"/>
        <source>niet gekozen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="37"/>
        <source>later</source>
        <translation>later</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="38"/>
        <source>uitgesloten</source>
        <translation>excluded</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="43"/>
        <source>bijv. 12 maart 2025, stuurgroep</source>
        <translation>e.g. 12 March 2025, steering group</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="45"/>
        <source>Datum van het besluit wijzigen</source>
        <translation>Change the date of the decision</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="49"/>
        <source>Waarom deze basisrichtingen? Deze tekst komt in het document.</source>
        <translation>Why these basic directions? This text goes into the document.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="51"/>
        <source>Overwegingen van het besluit wijzigen</source>
        <translation>Change the reasons of the decision</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="56"/>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="62"/>
        <source>Optie</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="57"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="57"/>
        <source>Besluit over optie wijzigen</source>
        <translation>Change the decision on an option</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="59"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="59"/>
        <source>Reden van het besluit wijzigen</source>
        <translation>Change the reason of the decision</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="67"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="71"/>
        <source>Het besluit over de opties</source>
        <translation>The decision on the options</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="73"/>
        <source>Overwegingen</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="75"/>
        <source>Per optie</source>
        <translation>Per option</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/decision.py" line="78"/>
        <source>Kies per optie: gekozen (een basisrichting), niet gekozen, later of uitgesloten — typen of F2 opent de keuze · een reden staat alleen bij een optie met een besluit · Ctrl+Z maakt ongedaan</source>
        <translation>Choose per option: chosen (a basic direction), not chosen, later or excluded — typing or F2 opens the choice · a reason goes only with an option that has a decision · Ctrl+Z undoes</translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="298"/>
        <source>Toetsing en besluit</source>
        <translation>Assessment and decision</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="306"/>
        <source>Nog geen opties.</source>
        <translation>No options yet.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="314"/>
        <source>Basisrichting</source>
        <translation>Basic direction</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="315"/>
        <source>Niet gekozen</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="316"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="317"/>
        <source>Uitgesloten</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="324"/>
        <source>Nog geen besluit.</source>
        <translation>No decision yet.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="330"/>
        <source>Knock-outvoorwaarde</source>
        <translation>Knock-out condition</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../staan_desktop/gui/documents.py" line="171"/>
        <source>Document openen</source>
        <extracomment>Why the document is read-only (empty when it is writable). True when waiting may make it writable (someone else holds it). Who holds it, as the user is shown (what &quot;Toch bewerken&quot; takes over). The path that could not be opened (``None`` for the demo or a new document).</extracomment>
        <translation>Opening document</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/documents.py" line="175"/>
        <source>Nieuw document maken</source>
        <translation>Creating new document</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/documents.py" line="178"/>
        <location filename="../../staan_desktop/gui/documents.py" line="181"/>
        <source>Voorbeelddocument openen</source>
        <translation>Opening example document</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../staan_desktop/gui/empty_state.py" line="40"/>
        <source>Geen document geopend</source>
        <translation>No document open</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/empty_state.py" line="41"/>
        <source>Begin een nieuw startdocument, open een bestaand, of oefen met het voorbeeld.</source>
        <translation>Start a new start document, open an existing one, or practise with the example.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../staan_desktop/gui/errors.py" line="84"/>
        <source>STAAN Desktop</source>
        <extracomment>Where :func:`setup_logging` writes; shown in the error dialog.</extracomment>
        <translation>STAAN Desktop</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/errors.py" line="90"/>
        <source>Redden…</source>
        <translation>Rescue…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/errors.py" line="135"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/errors.py" line="136"/>
        <source>Er ging iets onverwachts mis: {0}</source>
        <translation>Something unexpected went wrong: {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/errors.py" line="137"/>
        <source>het logbestand</source>
        <translation>the log file</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/errors.py" line="138"/>
        <source>Uw werk is veilig: elke wijziging was al bewaard in het document voordat u die zag. U kunt doorwerken. Als het opnieuw gebeurt, stuur dan het logbestand mee: {0}</source>
        <translation>Your work is safe: every change was saved in the document before you saw it. You can carry on. If it happens again, please send the log file: {0}</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../staan_desktop/gui/exporters.py" line="96"/>
        <source>Als &amp;JSON-bestand…</source>
        <translation>As &amp;JSON file…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/exporters.py" line="99"/>
        <source>JSON-bestanden (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/exporters.py" line="85"/>
        <source>Startdocument als &amp;PDF…</source>
        <extracomment>Dutch menu text, marked with QT_TRANSLATE_NOOP(&quot;Exporter&quot;, …). Runs on a worker thread; writes ``target`` completely or not at all. Asked on the GUI thread after the file name: keywords for ``run``, or ``None`` to cancel. ``run`` reports progress often and writes nothing until it is done, so the user may stop it: the progress dialog then has a Cancel button.</extracomment>
        <translation>Start document as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/exporters.py" line="88"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/exporters.py" line="132"/>
        <source>Startdocument als &amp;Word-bestand…</source>
        <translation>Startdocument as &amp;Word file…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/exporters.py" line="135"/>
        <source>Word-bestanden (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/exporters.py" line="141"/>
        <source>&amp;Openbare versie als PDF…</source>
        <translation>&amp;Public version as PDF…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/exporters.py" line="149"/>
        <source>&amp;Publicatiebundel (ZIP)…</source>
        <translation>&amp;Publication bundle (ZIP)…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/exporters.py" line="152"/>
        <source>ZIP-bestanden (*.zip)</source>
        <translation>ZIP files (*.zip)</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../staan_desktop/gui/models/figures_model.py" line="51"/>
        <source>Kerngetal</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/figures_model.py" line="51"/>
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/figures_model.py" line="51"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/figures_model.py" line="82"/>
        <source>Kerngetal wijzigen</source>
        <translation>Change key figure</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/figures_model.py" line="96"/>
        <source>Kerngetal invullen</source>
        <translation>Enter key figure</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="108"/>
        <source>&amp;Nieuw…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="109"/>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="110"/>
        <source>&amp;Kopie opslaan als…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="111"/>
        <source>Een kopie van dit document bewaren; u blijft in het origineel werken</source>
        <translation>Save a copy of this document; you keep working in the original</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="112"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="113"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="117"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="118"/>
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="119"/>
        <source>&amp;Exporteren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="134"/>
        <source>STAAN-documenten (*{0})</source>
        <translation>STAAN documents (*{0})</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="147"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="150"/>
        <source>Lijst &amp;wissen</source>
        <translation>C&amp;lear list</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="161"/>
        <source>Nieuw document bewaren als</source>
        <translation>Save new document as</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="173"/>
        <source>Document openen</source>
        <translation>Open document</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="182"/>
        <source>Kopie opslaan als</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="187"/>
        <source>Een kopie moet een andere naam hebben dan het document zelf.</source>
        <translation>A copy needs a different name from the document itself.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="193"/>
        <source>{0} is in gebruik: {1}.</source>
        <translation>{0} is in use: {1}.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="200"/>
        <source>Kopie opslaan</source>
        <translation>Saving copy</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="202"/>
        <source>Kopie bewaard als {0}</source>
        <translation>Copy saved as {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="224"/>
        <source>Exporteren</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="226"/>
        <source>Geëxporteerd naar {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="230"/>
        <source>Exporteren gestopt; {0} is niet geschreven.</source>
        <translation>Export stopped; {0} was not written.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="115"/>
        <source>Opbouw bewaren als &amp;methode…</source>
        <translation>Save structure as &amp;method…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="117"/>
        <source>De hoofdstukken, onderdelen en woorden van dit traject bewaren als methode voor een nieuw traject</source>
        <translation>Keep the chapters, parts and words of this trajectory as a method for a new trajectory</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="191"/>
        <location filename="../../staan_desktop/gui/file_actions.py" line="198"/>
        <source>Opbouw bewaren als methode</source>
        <translation>Save structure as method</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="192"/>
        <source>Naam van de nieuwe methode:</source>
        <translation>Name of the new method:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="200"/>
        <source>Methode ‘{0}’ bewaard; kies haar bij Bestand ▸ Nieuw.</source>
        <translation>Method ‘{0}’ saved; choose it under File ▸ New.</translation>
    </message>
</context>
<context>
    <name>FramePage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="42"/>
        <source>voldoet</source>
        <translation>passes</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="43"/>
        <source>voldoet niet</source>
        <translation>fails</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="44"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="50"/>
        <source>Wat vraagt deze stap?</source>
        <translation>What does this step ask?</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="51"/>
        <source>Toelichting van de stap wijzigen</source>
        <translation>Change the explanation of the step</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="62"/>
        <source>Optie</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="63"/>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="69"/>
        <source>Oordeel</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="63"/>
        <source>Oordeel wijzigen</source>
        <translation>Change the verdict</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="65"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="65"/>
        <source>Reden van het oordeel wijzigen</source>
        <translation>Change the reason of the verdict</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="72"/>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="234"/>
        <source>Oordelen per optie</source>
        <translation>Verdicts per option</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="76"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="78"/>
        <source>Criteria die deze stap weegt</source>
        <translation>Criteria this step weighs</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="81"/>
        <source>Knock-outvoorwaarden</source>
        <translation>Knock-out conditions</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="91"/>
        <source>Stappen</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="100"/>
        <source>Het toetsingskader</source>
        <translation>The assessment framework</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="103"/>
        <source> · in de oordelen: typen of F2 kiest voldoet / voldoet niet / onbekend</source>
        <translation> · in the verdicts: typing or F2 chooses passes / fails / unknown</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="114"/>
        <source>Stap toevoegen</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="115"/>
        <source>Stap hernoemen</source>
        <translation>Rename step</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="116"/>
        <source>Stap verplaatsen</source>
        <translation>Move step</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="117"/>
        <source>Stap verwijderen</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="118"/>
        <source>Nieuwe stap — Enter</source>
        <translation>New step — Enter</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="140"/>
        <source>Knock-out toevoegen</source>
        <translation>Add knock-out</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="141"/>
        <source>Knock-out wijzigen</source>
        <translation>Change knock-out</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="142"/>
        <source>Knock-out verplaatsen</source>
        <translation>Move knock-out</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="143"/>
        <source>Knock-out verwijderen</source>
        <translation>Remove knock-out</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="144"/>
        <source>Nieuwe voorwaarde — Enter</source>
        <translation>New condition — Enter</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="161"/>
        <source>Criterium aan de stap toevoegen</source>
        <translation>Add criterion to the step</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="163"/>
        <source>Criterium van de stap verplaatsen</source>
        <translation>Move criterion of the step</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="164"/>
        <source>Criterium van de stap halen</source>
        <translation>Take criterion off the step</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="165"/>
        <source>Criterium — Enter voegt toe</source>
        <translation>Criterion — Enter adds</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/frame.py" line="234"/>
        <source>Oordelen per optie: {0}</source>
        <translation>Verdicts per option: {0}</translation>
    </message>
</context>
<context>
    <name>InterestsModel</name>
    <message>
        <location filename="../../staan_desktop/gui/models/interests_model.py" line="85"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/interests_model.py" line="133"/>
        <source>Categorie hernoemen</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/interests_model.py" line="142"/>
        <source>Belangen van {0} bij ‘{1}’ wijzigen</source>
        <translation>Change interests of {0} under ‘{1}’</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/interests_model.py" line="161"/>
        <source>Categorie toevoegen</source>
        <translation>Add category</translation>
    </message>
</context>
<context>
    <name>InterestsPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/interests.py" line="66"/>
        <source>Nieuwe categorie — Enter voegt toe</source>
        <extracomment>Up to this many municipalities share the width; more get fixed columns and a scroll bar.</extracomment>
        <translation>New category — Enter adds it</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/interests.py" line="73"/>
        <source>Belangen per gemeente</source>
        <translation>Interests per municipality</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/interests.py" line="79"/>
        <source>Typ in een cel: elke regel is één belang · Enter begint het volgende · Tab bewaart en gaat naar de volgende gemeente · Esc annuleert · op de categorienaam: Alt+↑/↓ verplaatst, Delete verwijdert de categorie.</source>
        <translation>Type in a cell: each line is one interest · Enter starts the next · Tab saves and goes to the next municipality · Esc cancels · on the category name: Alt+↑/↓ moves, Delete deletes the category.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/interests.py" line="172"/>
        <source>Categorie verplaatsen</source>
        <translation>Move category</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/interests.py" line="178"/>
        <source>Categorie ‘{0}’ verwijderen</source>
        <translation>Delete category ‘{0}’</translation>
    </message>
</context>
<context>
    <name>InterestsView</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/grid_views.py" line="37"/>
        <source>Belangen per gemeente</source>
        <extracomment>Grids grow less than lists: a column of four words must not break a name in two.</extracomment>
        <translation>Interests per municipality</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/grid_views.py" line="43"/>
        <source>Nog geen belangen. Wat is voor elke gemeente belangrijk?</source>
        <translation>No interests yet. What matters to each municipality?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../staan_desktop/gui/main_window.py" line="171"/>
        <source>{0} is al geopend.</source>
        <extracomment>The modules of the document tools and the first page, imported one per step (each takes 5-30 ms once the document layer is loaded), in an order in which each finds most of what it imports already there. The steps that build the document tools, shared by complete() and a sliced start. A document being shown in steps (showing_steps), until it is :attr:`current`.</extracomment>
        <translation>{0} is already open.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/main_window.py" line="211"/>
        <source>Toch bewerken</source>
        <translation>Edit anyway</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/main_window.py" line="212"/>
        <source>{0}. Neem het document alleen over als het daar niet meer open is, bijvoorbeeld omdat die computer is vastgelopen of uitgezet. Wordt er daar nog in gewerkt, dan overschrijven jullie elkaars wijzigingen.

Het document overnemen?</source>
        <translation>{0}. Only take the document over if it is no longer open there, for instance because that computer crashed or was switched off. If someone still works in it there, you will overwrite each other&apos;s changes.

Take the document over?</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/main_window.py" line="334"/>
        <source>Voorbeelddocument opnieuw beginnen</source>
        <translation>Start the example document afresh</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/main_window.py" line="335"/>
        <source>Alles wat in het voorbeelddocument is ingevoerd, gaat verloren. Doorgaan?</source>
        <translation>Everything entered in the example document will be lost. Continue?</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/main_window.py" line="391"/>
        <source>Even wachten: er loopt nog een taak.</source>
        <translation>Please wait: a task is still running.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/main_window.py" line="187"/>
        <source>{0} wordt geopend…</source>
        <translation>Opening {0}…</translation>
    </message>
</context>
<context>
    <name>MarkupEditor</name>
    <message>
        <location filename="../../staan_desktop/gui/widgets/markup_editor.py" line="39"/>
        <source>Typ hier de tekst. Een lege regel begint een nieuwe alinea; ‘- ’ aan het begin maakt een opsomming.</source>
        <translation>Type the text here. A blank line starts a new paragraph; ‘- ’ at the start makes a bullet list.</translation>
    </message>
</context>
<context>
    <name>MotivesPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="40"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="40"/>
        <source>Letter van een motief wijzigen</source>
        <translation>Change letter of a motive</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="41"/>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="44"/>
        <source>Motief</source>
        <translation>Motive</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="41"/>
        <source>Motief hernoemen</source>
        <translation>Rename motive</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="42"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="42"/>
        <source>Toelichting wijzigen</source>
        <translation>Change explanation</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="49"/>
        <source>Nieuw motief — Enter voegt toe (de letter is de eerste letter)</source>
        <translation>New motive — Enter adds it (the letter is its first letter)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="56"/>
        <source>De grondmotieven van de samenwerking</source>
        <translation>The core motives of the collaboration</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="60"/>
        <source>Typen of F2 wijzigt een cel · Tab naar de volgende · Alt+↑/↓ verplaatst · Delete verwijdert.</source>
        <translation>Type or F2 edits a cell · Tab to the next · Alt+↑/↓ moves · Delete deletes.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="78"/>
        <source>Motief toevoegen</source>
        <translation>Add motive</translation>
    </message>
</context>
<context>
    <name>MotivesView</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/list_views.py" line="71"/>
        <source>Waarom samenwerken: de 5 K&apos;s</source>
        <translation>Why cooperate: the 5 K&apos;s</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/list_views.py" line="77"/>
        <source>Nog geen motieven.</source>
        <translation>No motives yet.</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="35"/>
        <source>Gemeente toevoegen</source>
        <extracomment>Asks the user (title, text) → yes; replaced in tests.</extracomment>
        <translation>Add municipality</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="36"/>
        <source>Gemeente hernoemen</source>
        <translation>Rename municipality</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="37"/>
        <source>Gemeente verplaatsen</source>
        <translation>Move municipality</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="38"/>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="79"/>
        <source>Gemeente verwijderen</source>
        <translation>Delete municipality</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="39"/>
        <source>Nieuwe gemeente — Enter voegt toe</source>
        <translation>New municipality — Enter adds it</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="45"/>
        <source>Gemeenten in dit traject</source>
        <translation>Municipalities in this trajectory</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="47"/>
        <source>De volgorde hier is de volgorde van de kolommen in de tabellen en het startdocument.</source>
        <translation>The order here is the order of the columns in the tables and the start document.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="61"/>
        <source>{0} belang</source>
        <translation>{0} interest</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="61"/>
        <source>{0} belangen</source>
        <translation>{0} interests</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="62"/>
        <source>{0} score</source>
        <translation>{0} score</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="62"/>
        <source>{0} scores</source>
        <translation>{0} scores</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="63"/>
        <source>{0} eigenaar of projectleider</source>
        <translation>{0} owner or project leader</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="63"/>
        <source>{0} eigenaren of projectleiders</source>
        <translation>{0} owners or project leaders</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="64"/>
        <source>{0} deelnemer</source>
        <translation>{0} participant</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="64"/>
        <source>{0} deelnemers</source>
        <translation>{0} participants</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="65"/>
        <source>{0} lid van een rol</source>
        <translation>{0} role member</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="65"/>
        <source>{0} leden van rollen</source>
        <translation>{0} role members</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="68"/>
        <source>Gemeente ‘{0}’ verwijderen?</source>
        <translation>Delete municipality ‘{0}’?</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="69"/>
        <source>Daarmee verdwijnen ook: {0}.</source>
        <translation>This also removes: {0}.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="71"/>
        <source>Personen blijven staan, maar zonder gemeente.</source>
        <translation>People stay, but without a municipality.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="72"/>
        <source>U kunt dit ongedaan maken met Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="84"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="85"/>
        <source>Behouden</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../staan_desktop/gui/navigation.py" line="54"/>
        <source>Hoofdstukken</source>
        <extracomment>The user asked to go into the current page (Enter or →).</extracomment>
        <translation>Chapters</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <location filename="../../ui/new_document_dialog.ui" line="14"/>
        <source>Nieuw startdocument</source>
        <translation>New start document</translation>
    </message>
    <message>
        <location filename="../../ui/new_document_dialog.ui" line="32"/>
        <source>Startdocument samenwerking</source>
        <translation>Startdocument samenwerking</translation>
    </message>
    <message>
        <location filename="../../ui/new_document_dialog.ui" line="22"/>
        <source>&amp;Titel van het traject:</source>
        <translation>&amp;Title of the trajectory:</translation>
    </message>
    <message>
        <location filename="../../ui/new_document_dialog.ui" line="51"/>
        <source>&amp;STAAN-werkwijze</source>
        <translation>&amp;STAAN method</translation>
    </message>
    <message>
        <location filename="../../ui/new_document_dialog.ui" line="48"/>
        <location filename="../../ui/new_document_dialog.ui" line="61"/>
        <source>Alle hoofdstukken, de 5 K&apos;s en de criteria van de werkwijze, klaar om in te vullen.</source>
        <translation>All chapters, the 5 K&apos;s and the criteria of the method, ready to fill in.</translation>
    </message>
    <message>
        <location filename="../../ui/new_document_dialog.ui" line="80"/>
        <source>&amp;Leeg</source>
        <translation>&amp;Empty</translation>
    </message>
    <message>
        <location filename="../../ui/new_document_dialog.ui" line="77"/>
        <location filename="../../ui/new_document_dialog.ui" line="87"/>
        <source>Alleen een titel; u bouwt het document zelf op.</source>
        <translation>Only a title; you build the document yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/new_document_dialog.ui" line="41"/>
        <source>Beginnen met:</source>
        <translation>Start with:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/new_document_dialog.py" line="27"/>
        <source>&amp;Verder…</source>
        <extracomment>template key of services.interchange.TEMPLATES, in the order offered.</extracomment>
        <translation>&amp;Next…</translation>
    </message>
</context>
<context>
    <name>NewDraft</name>
    <message>
        <location filename="../../staan_desktop/gui/review/signoff_dialog.py" line="80"/>
        <source>Nieuwe conceptversie</source>
        <translation>New draft version</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/signoff_dialog.py" line="81"/>
        <source>Versie %1 blijft vastgesteld zoals die is. Wilt u verder werken in een nieuwe conceptversie %2?</source>
        <translation>Version %1 stays signed off as it is. Do you want to continue working in a new draft version %2?</translation>
    </message>
</context>
<context>
    <name>OptionScoresModel</name>
    <message>
        <location filename="../../staan_desktop/gui/models/option_scores_model.py" line="69"/>
        <source>Optie</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/option_scores_model.py" line="69"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/option_scores_model.py" line="69"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/option_scores_model.py" line="94"/>
        <source>uitgesloten</source>
        <translation>excluded</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/option_scores_model.py" line="121"/>
        <source>Score van {0} op ‘{1}’ wissen</source>
        <translation>Clear the score of {0} on ‘{1}’</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/option_scores_model.py" line="123"/>
        <source>Score {0} voor {1} op ‘{2}’</source>
        <translation>Score {0} for {1} on ‘{2}’</translation>
    </message>
</context>
<context>
    <name>OptionScoresPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/option_scores.py" line="36"/>
        <source>De opties scoren</source>
        <translation>Scoring the options</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/option_scores.py" line="38"/>
        <source>De afgesproken score per criterium (de kolommen zijn genummerd; de namen staan onder de tabel). Een cijfer scoort en gaat door naar het volgende criterium · Delete wist · Ctrl+Z maakt ongedaan.</source>
        <translation>The agreed score per criterion (the columns are numbered; their names are below the table). A digit scores and moves on to the next criterion · Delete clears · Ctrl+Z undoes.</translation>
    </message>
</context>
<context>
    <name>OptionSlides</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="38"/>
        <source>voldoet</source>
        <translation>passes</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="39"/>
        <source>voldoet niet</source>
        <translation>fails</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="40"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="29"/>
        <source>Sterkten</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="30"/>
        <source>Zwakten</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="31"/>
        <source>Kansen</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="32"/>
        <source>Bedreigingen</source>
        <translation>Threats</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="58"/>
        <source>Wat houdt deze vorm in? Deze tekst komt in het document.</source>
        <translation>What does this form involve? This text goes into the document.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="59"/>
        <source>Omschrijving van de optie wijzigen</source>
        <translation>Change the description of the option</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="73"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="77"/>
        <source>Referenties (‘Naam: omschrijving’)</source>
        <translation>Reference cases (‘Name: description’)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="94"/>
        <source>Opties</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="103"/>
        <source>Opties en hun SWOT</source>
        <translation>Options and their SWOT</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="105"/>
        <source> · Tab gaat naar de volgende lijst</source>
        <translation> · Tab goes to the next list</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="115"/>
        <source>Optie toevoegen</source>
        <translation>Add option</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="116"/>
        <source>Optie hernoemen</source>
        <translation>Rename option</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="117"/>
        <source>Optie verplaatsen</source>
        <translation>Move option</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="118"/>
        <source>Optie verwijderen</source>
        <translation>Remove option</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="119"/>
        <source>Nieuwe optie — Enter voegt toe</source>
        <translation>New option — Enter adds</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="138"/>
        <source>Punt toevoegen aan {0}</source>
        <translation>Add point to {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="139"/>
        <source>SWOT-punt wijzigen</source>
        <translation>Change SWOT point</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="140"/>
        <source>SWOT-punt verplaatsen</source>
        <translation>Move SWOT point</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="141"/>
        <source>SWOT-punt verwijderen</source>
        <translation>Remove SWOT point</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="142"/>
        <source>Nieuw punt — Enter</source>
        <translation>New point — Enter</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="164"/>
        <source>Referentie toevoegen</source>
        <translation>Add reference case</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="165"/>
        <source>Referentie wijzigen</source>
        <translation>Change reference case</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="166"/>
        <source>Referentie verplaatsen</source>
        <translation>Move reference case</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="167"/>
        <source>Referentie verwijderen</source>
        <translation>Remove reference case</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/options.py" line="168"/>
        <source>Naam: omschrijving — Enter</source>
        <translation>Name: description — Enter</translation>
    </message>
</context>
<context>
    <name>OrderedListEditor</name>
    <message>
        <location filename="../../staan_desktop/gui/widgets/ordered_list.py" line="85"/>
        <source>Omhoog</source>
        <extracomment>The current row changed: the item, or ``None``.</extracomment>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/ordered_list.py" line="86"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/ordered_list.py" line="87"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/ordered_list.py" line="106"/>
        <source>Enter voegt toe · F2 wijzigt · Alt+↑/↓ verplaatst · Delete verwijdert · Insert gaat naar het invoerveld · Ctrl+Z maakt ongedaan</source>
        <translation>Enter adds · F2 edits · Alt+↑/↓ moves · Delete deletes · Insert goes to the entry field · Ctrl+Z undoes</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/override_dialog.ui" line="12"/>
        <source>Indeling aanpassen</source>
        <translation>Adjust classification</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/override_dialog.py" line="39"/>
        <source>De scores zeggen: nog niet gescoord.</source>
        <extracomment>What the facilitator chose: &quot;set&quot; (with :attr:`class_key` and :attr:`reason`), &quot;clear&quot; (back to the computed class) or &quot;&quot; (cancelled).</extracomment>
        <translation>The scores say: not scored yet.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/override_dialog.py" line="42"/>
        <source>De scores zeggen: {0} % van de maximale score.</source>
        <translation>The scores say: {0}% of the maximum score.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/override_dialog.py" line="48"/>
        <source>niet geselecteerd</source>
        <translation>not selected</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/override_dialog.py" line="66"/>
        <source>&amp;Berekende indeling gebruiken</source>
        <translation>&amp;Use calculated classification</translation>
    </message>
    <message>
        <location filename="../../ui/override_dialog.ui" line="53"/>
        <source>Waarom wijkt de indeling af van de scores?</source>
        <translation>Why does the classification differ from the scores?</translation>
    </message>
    <message>
        <location filename="../../ui/override_dialog.ui" line="30"/>
        <source>&amp;Indeling:</source>
        <translation>&amp;Classification:</translation>
    </message>
    <message>
        <location filename="../../ui/override_dialog.ui" line="43"/>
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/override_dialog.py" line="61"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="28"/>
        <source>&amp;Titel:</source>
        <extracomment>(field of TrajectoryInfo, label, undo text); the title may not be empty.</extracomment>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="28"/>
        <source>Titel wijzigen</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="29"/>
        <source>&amp;Ondertitel:</source>
        <translation>&amp;Subtitle:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="29"/>
        <source>Ondertitel wijzigen</source>
        <translation>Change subtitle</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="30"/>
        <source>&amp;Korte naam:</source>
        <translation>Short &amp;name:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="30"/>
        <source>Korte naam wijzigen</source>
        <translation>Change short name</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="31"/>
        <source>&amp;Procesmanager:</source>
        <translation>&amp;Process manager:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="31"/>
        <source>Procesmanager wijzigen</source>
        <translation>Change process manager</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="32"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="32"/>
        <source>Datum wijzigen</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="33"/>
        <source>&amp;Versie:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="33"/>
        <source>Versie wijzigen</source>
        <translation>Change version</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="38"/>
        <source>Gemeenten</source>
        <extracomment>What the content summary counts: (label, field of :class:`~staan_desktop.services.queries.ContentCounts`).</extracomment>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="39"/>
        <source>Werkconferenties</source>
        <translation>Work conferences</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="40"/>
        <source>Uitspraken gedeeld beeld</source>
        <translation>Statements of the shared picture</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="41"/>
        <source>Motieven</source>
        <translation>Motives</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="42"/>
        <source>Taakvelden (groslijst)</source>
        <translation>Task fields (long list)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="43"/>
        <source>Preferente taakvelden</source>
        <translation>Short-listed task fields</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="44"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="45"/>
        <source>Opties</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="46"/>
        <source>SWOT-punten</source>
        <translation>SWOT points</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="47"/>
        <source>Stappen toetsingskader</source>
        <translation>Assessment framework steps</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="48"/>
        <source>Knock-outvoorwaarden</source>
        <translation>Knock-out conditions</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="49"/>
        <source>Gekozen opties</source>
        <translation>Chosen options</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="50"/>
        <source>Resultaten en acties</source>
        <translation>Results and actions</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="51"/>
        <source>Kerngetallen</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="47"/>
        <source>Overzicht van het traject</source>
        <translation>Overview of the trajectory</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="48"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="49"/>
        <source>Traject</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="50"/>
        <source>Inhoud van het startdocument</source>
        <translation>Contents of the start document</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="51"/>
        <source>verplicht</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="52"/>
        <source>bijvoorbeeld: 14 maart 2025</source>
        <translation>for example: 14 March 2025</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="53"/>
        <source>Vastgesteld</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="54"/>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview_form.py" line="56"/>
        <source>Naam procesmanager p&amp;ubliceren:</source>
        <translation>P&amp;ublish procesmanager&apos;s name:</translation>
    </message>
</context>
<context>
    <name>OwnersPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="48"/>
        <source>eigenaar</source>
        <translation>owner</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="48"/>
        <source>projectleider</source>
        <translation>project leader</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="50"/>
        <source>Taakveld</source>
        <translation>Task field</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="51"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="51"/>
        <source>Naam van eigenaar wijzigen</source>
        <translation>Change owner&apos;s name</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="52"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="52"/>
        <source>Gemeente van eigenaar wijzigen</source>
        <translation>Change owner&apos;s municipality</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="53"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="53"/>
        <source>Rol van eigenaar wijzigen</source>
        <translation>Change owner&apos;s role</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="54"/>
        <source>Vanaf</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="54"/>
        <source>Datum van eigenaar wijzigen</source>
        <translation>Change owner&apos;s start date</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="58"/>
        <source>Eigenaar</source>
        <translation>owner</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="65"/>
        <source>Naam — Enter voegt toe</source>
        <translation>Name — Enter adds</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="71"/>
        <source>bijv. juli 2013</source>
        <translation>e.g. July 2013</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="72"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="80"/>
        <source>&amp;Taakveld</source>
        <translation>&amp;Task field</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="81"/>
        <source>&amp;Persoon</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="82"/>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="83"/>
        <source>&amp;Rol</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="84"/>
        <source>&amp;Vanaf</source>
        <translation>Si&amp;nce</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="98"/>
        <source>Eigenaren en projectleiders per taakveld</source>
        <translation>Owners and project leaders per task field</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="104"/>
        <source>Enter in Persoon of Vanaf voegt toe en gaat door met de volgende persoon · in de tabel: typen of F2 wijzigt, Alt+↑/↓ verplaatst binnen het taakveld, Delete verwijdert.</source>
        <translation>Enter in Person or Since adds and moves on to the next person · in the table: type or F2 edits, Alt+↑/↓ moves within the task field, Delete deletes.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="149"/>
        <source>Eigenaar toevoegen</source>
        <translation>Add owner</translation>
    </message>
</context>
<context>
    <name>OwnersView</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/grid_views.py" line="90"/>
        <source>Eigenaren en projectleiders</source>
        <translation>Owners and project leaders</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/grid_views.py" line="102"/>
        <source>Nog geen preferente taakvelden.</source>
        <translation>No short-listed task fields yet.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/grid_views.py" line="104"/>
        <source>Taakveld</source>
        <translation>Task field</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/grid_views.py" line="104"/>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/grid_views.py" line="104"/>
        <source>Projectleider</source>
        <translation>Project leader</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="100"/>
        <source>Gedeelde ambitie</source>
        <translation>Shared ambition</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="90"/>
        <source>Overzicht</source>
        <extracomment>The translation context of every page title. The pages&apos; base class reads this registry, so it is imported here only for its type: the two modules never import each other. How other code names the page (the projector, review comments, the tests). Dutch; translated in the context &quot;Page&quot;. A name from gui/icons.py. The tables whose changes the page shows: after an edit, undo or redo that touches one of them it redraws. ``&quot;module:Class&quot;`` in this package, imported when the page is first shown; or the class. The tables this page is the place to edit (undo shows it); ``None`` means all of ``tables``. Its own key; empty for Ctrl+&lt;position in PAGES&gt;.</extracomment>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="118"/>
        <source>Spelregels</source>
        <translation>Rules of the game</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="119"/>
        <source>Resultaten en acties</source>
        <translation>Results and actions</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="122"/>
        <source>Kerngetallen en verdeelsleutels</source>
        <translation>Key figures and cost keys</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="108"/>
        <source>Scoren</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="103"/>
        <source>Belangen</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="102"/>
        <source>De 5 K&apos;s</source>
        <translation>The 5 K&apos;s</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="93"/>
        <source>Gemeenten</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="111"/>
        <source>Criteria en indeling</source>
        <translation>Criteria and classification</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="113"/>
        <source>Eigenaren</source>
        <translation>Owners</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="106"/>
        <source>Taakvelden</source>
        <translation>Task fields</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="98"/>
        <source>Hoofdstukken</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="95"/>
        <source>Werkconferenties</source>
        <translation>Work conferences</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="115"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="121"/>
        <source>Opties en SWOT</source>
        <translation>Options and SWOT</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="123"/>
        <source>Toetsingskader</source>
        <translation>Assessment framework</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="126"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/__init__.py" line="123"/>
        <source>Opties scoren</source>
        <translation>Score options</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../../ui/pdf_export_dialog.ui" line="12"/>
        <source>Startdocument als PDF</source>
        <translation>Start document as PDF</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pdf_options.py" line="66"/>
        <location filename="../../staan_desktop/gui/pdf_options.py" line="68"/>
        <source>De PDF toont versie {0} zoals de stuurgroep die heeft vastgesteld.</source>
        <translation>The PDF shows version {0} as the steering group signed it off.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pdf_options.py" line="70"/>
        <source>De PDF toont het concept van versie {0}, gemarkeerd als CONCEPT.</source>
        <translation>The PDF shows the draft of version {0}, marked CONCEPT.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../staan_desktop/gui/pdf_options.py" line="48"/>
        <source>&amp;Openstaande opmerkingen als bijlage (%n)</source>
        <translation>
            <numerusform>&amp;Open comment as an annex (%n)</numerusform>
            <numerusform>&amp;Open comments as an annex (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pdf_options.py" line="35"/>
        <source>Versie {0}, vastgesteld op {1}</source>
        <translation>Version {0}, signed off on {1}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pdf_options.py" line="38"/>
        <source>Versie {0} (concept)</source>
        <translation>Version {0} (draft)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export_dialog.ui" line="20"/>
        <source>&amp;Versie:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export_dialog.ui" line="45"/>
        <source>Onder&amp;tekenen met certificaat (PKCS#12)…</source>
        <translation>&amp;Sign with a certificate (PKCS#12)…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export_dialog.ui" line="73"/>
        <source>&amp;Ander certificaat…</source>
        <translation>Ot&amp;her certificate…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pdf_options.py" line="56"/>
        <source>&amp;Exporteren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pdf_options.py" line="89"/>
        <source>Certificaat kiezen</source>
        <translation>Choose a certificate</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pdf_options.py" line="90"/>
        <source>PKCS#12-certificaten (*.p12 *.pfx)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pdf_options.py" line="104"/>
        <source>Wachtwoord van het certificaat</source>
        <translation>Passphrase of the certificate</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pdf_options.py" line="105"/>
        <source>Wachtwoord van {0}:</source>
        <translation>Passphrase of {0}:</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export_dialog.ui" line="43"/>
        <source>O&amp;penbare versie: namen zonder publieke functie vervangen door rol en organisatie</source>
        <translation>&amp;Public version: replace names without a public function by role and organisation</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pdf_options.py" line="96"/>
        <source>Een redactielog met de vervangen namen komt naast de PDF; publiceer dat log niet.</source>
        <translation>A redaction log with the replaced names is written beside the PDF; do not publish that log.</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/view_base.py" line="136"/>
        <source>Deel {0} van {1}</source>
        <extracomment>Room between blocks of a view, in body-text heights. Keys of the workspace pages this view shows on the projector (gui/pages/__init__.py). The change that made the view load last (a view may mark what just changed).</extracomment>
        <translation>Part {0} of {1}</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/window.py" line="50"/>
        <location filename="../../staan_desktop/gui/projector/window.py" line="213"/>
        <source>STAAN — projectorweergave</source>
        <extracomment>Workspace page class name → projector view key. Projector view key → the workspace page that edits what it shows. The facilitator closed the window (Esc on it, or the window manager&apos;s close).</extracomment>
        <translation>STAAN — projector view</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/window.py" line="168"/>
        <source>Stap {0} van {1} · {2}</source>
        <translation>Step {0} of {1} · {2}</translation>
    </message>
</context>
<context>
    <name>PublicFunction</name>
    <message>
        <location filename="../../staan_desktop/gui/public_function.py" line="20"/>
        <source>volgens rol</source>
        <translation>by role</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/public_function.py" line="20"/>
        <source>ja, publieke functie</source>
        <translation>yes, public function</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/public_function.py" line="20"/>
        <source>nee, niet publiceren</source>
        <translation>no, do not publish</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/public_function.py" line="20"/>
        <source>Publieke functie</source>
        <translation>Public function</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/public_function.py" line="20"/>
        <source>Publieke functie wijzigen</source>
        <translation>Change public function</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../staan_desktop/gui/models/record_table_model.py" line="177"/>
        <source>{0} verplaatsen</source>
        <extracomment>For a column with choices: a list of (label, value) for the editor&apos;s drop-down. (document, record, new value) → the change; ``None``: read-only column. The choices of a drop-down column, as (label, value); the label is what the cell shows. Show the value only where it changes from the row above (the task field of a run of owners), as the tables of the startdocument do. How the cell shows its value (e.g. a number the Dutch way); default: ``str(value)``. Tables whose changes redraw this one (its own, and e.g. municipality for names).</extracomment>
        <translation>Move {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/record_table_model.py" line="189"/>
        <source>{0} verwijderen</source>
        <translation>Delete {0}</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source> (en nog {count} fouten)</source>
        <translation> (and {count} more errors)</translation>
    </message>
    <message>
        <source>(het geheel)</source>
        <translation>(the whole)</translation>
    </message>
    <message>
        <source>(nog geen criteria)</source>
        <translation>(no criteria yet)</translation>
    </message>
    <message>
        <source>, en nog {count} verschil(len)</source>
        <translation>, and {count} more difference(s)</translation>
    </message>
    <message>
        <source>Actie ‘{name}’</source>
        <translation>Action ‘{name}’</translation>
    </message>
    <message>
        <source>Alleen de procesmanager handelt opmerkingen af.</source>
        <translation>Only the process manager resolves comments.</translation>
    </message>
    <message>
        <source>Alleen de procesmanager legt de vaststelling vast, niet wie het document beoordeelt.</source>
        <translation>Only the process manager records the sign-off, not a reviewer.</translation>
    </message>
    <message>
        <source>Alleen deelnemers, eigenaren en leden hebben een publieke functie.</source>
        <translation>Only participants, owners and members have a public function.</translation>
    </message>
    <message>
        <source>Alleen een gemeente geeft scores.</source>
        <translation>Only a municipality gives scores.</translation>
    </message>
    <message>
        <source>Alleen een gemeente heeft eigen gewichten; een andere partij scoort niet.</source>
        <translation>Only a municipality has its own weights; another party does not score.</translation>
    </message>
    <message>
        <source>Alleen een gemeente heeft kerngetallen; een andere partij deelt niet in de kosten.</source>
        <translation>Only a municipality has key figures; another party does not share in the costs.</translation>
    </message>
    <message>
        <source>Alleen een organisatie werkt namens gemeenten.</source>
        <translation>Only an organisation acts on behalf of municipalities.</translation>
    </message>
    <message>
        <source>Bij samenwerking ‘{name}’ de optie</source>
        <translation>For cooperation ‘{name}’, the option</translation>
    </message>
    <message>
        <source>Bij samenwerking ‘{name}’ het taakveld</source>
        <translation>For cooperation ‘{name}’, the task field</translation>
    </message>
    <message>
        <source>Bij ‘{name}’ de gemeente</source>
        <translation>For ‘{name}’, the municipality</translation>
    </message>
    <message>
        <source>Daarna was het bestand beschadigd.</source>
        <translation>Afterwards the file was damaged.</translation>
    </message>
    <message>
        <source>Daarna was het een ander document.</source>
        <translation>Afterwards it was another document.</translation>
    </message>
    <message>
        <source>Daarna was het geen gezond STAAN-document.</source>
        <translation>Afterwards it was not a sound STAAN document.</translation>
    </message>
    <message>
        <source>Daarna week het af van een STAAN-document: {problem}.</source>
        <translation>Afterwards it differed from a STAAN document: {problem}.</translation>
    </message>
    <message>
        <source>De PDF heeft meer dan {maximum} pagina's; de tekst is niet vergeleken.</source>
        <translation>The PDF has more than {maximum} pages; the text was not compared.</translation>
    </message>
    <message>
        <source>De PDF is geschreven maar niet ondertekend; deze versie kan nog niet ondertekenen.</source>
        <translation>The PDF was written but not signed; this version cannot sign yet.</translation>
    </message>
    <message>
        <source>De PDF is te diep genest om te vergelijken.</source>
        <translation>The PDF is nested too deeply to compare.</translation>
    </message>
    <message>
        <source>De PDF kan niet worden gelezen; ze is beschadigd.</source>
        <translation>The PDF cannot be read; it is damaged.</translation>
    </message>
    <message>
        <source>De PDF kon niet worden ondertekend.</source>
        <translation>The PDF could not be signed.</translation>
    </message>
    <message>
        <source>De PDF ‘{name}’ kan niet worden gelezen.</source>
        <translation>The PDF ‘{name}’ cannot be read.</translation>
    </message>
    <message>
        <source>De aanmeldkaarten kunnen niet worden bewaard in ‘{name}’.</source>
        <translation>The join cards cannot be saved in ‘{name}’.</translation>
    </message>
    <message>
        <source>De agenda kent geen stap ‘{key}’.</source>
        <translation>The agenda has no step ‘{key}’.</translation>
    </message>
    <message>
        <source>De beschrijving</source>
        <translation>The description</translation>
    </message>
    <message>
        <source>De bron</source>
        <translation>The source</translation>
    </message>
    <message>
        <source>De categorie</source>
        <translation>The category</translation>
    </message>
    <message>
        <source>De categorie ‘{name}’</source>
        <translation>The category ‘{name}’</translation>
    </message>
    <message>
        <source>De datum</source>
        <translation>The date</translation>
    </message>
    <message>
        <source>De datum van het besluit</source>
        <translation>The date of the decision</translation>
    </message>
    <message>
        <source>De deelnemer</source>
        <translation>The participant</translation>
    </message>
    <message>
        <source>De deelnemers</source>
        <translation>The participants</translation>
    </message>
    <message>
        <source>De eenheid</source>
        <translation>The unit</translation>
    </message>
    <message>
        <source>De eigenaar</source>
        <translation>The owner</translation>
    </message>
    <message>
        <source>De functie</source>
        <translation>The function</translation>
    </message>
    <message>
        <source>De gemeente</source>
        <translation>The municipality</translation>
    </message>
    <message>
        <source>De gemeente van de schrijver</source>
        <translation>The writer's municipality</translation>
    </message>
    <message>
        <source>De gemeente van dit belang bestaat niet meer.</source>
        <translation>The municipality of this interest no longer exists.</translation>
    </message>
    <message>
        <source>De gemeente van wie beoordeelt</source>
        <translation>The reviewer's municipality</translation>
    </message>
    <message>
        <source>De gemeente ‘{name}’ heeft twee gewichtensets.</source>
        <translation>The municipality ‘{name}’ has two weight sets.</translation>
    </message>
    <message>
        <source>De gemeenten waarvoor een partij werkt, zijn een lijst.</source>
        <translation>The municipalities a party works for must be a list.</translation>
    </message>
    <message>
        <source>De geplande duur is een heel aantal minuten.</source>
        <translation>The planned duration is a whole number of minutes.</translation>
    </message>
    <message>
        <source>De geplande duur ligt tussen {low} en {high} minuten.</source>
        <translation>The planned duration lies between {low} and {high} minutes.</translation>
    </message>
    <message>
        <source>De gewichten van ‘{name}’ noemen het onbekende criterium ‘{criterion}’.</source>
        <translation>The weights of ‘{name}’ name the unknown criterion ‘{criterion}’.</translation>
    </message>
    <message>
        <source>De gewichten van ‘{name}’ noemen ‘{criterion}’ twee keer.</source>
        <translation>The weights of ‘{name}’ name ‘{criterion}’ twice.</translation>
    </message>
    <message>
        <source>De inzending heeft geen geldig kenmerk.</source>
        <translation>The submission has no valid identifier.</translation>
    </message>
    <message>
        <source>De kernwoorden moeten een lijst zijn.</source>
        <translation>The keywords must be a list.</translation>
    </message>
    <message>
        <source>De klasse</source>
        <translation>The class</translation>
    </message>
    <message>
        <source>De klasse ‘{key}’ bestaat niet.</source>
        <translation>The class ‘{key}’ does not exist.</translation>
    </message>
    <message>
        <source>De knock-outvoorwaarde</source>
        <translation>The knock-out condition</translation>
    </message>
    <message>
        <source>De kop</source>
        <translation>The heading</translation>
    </message>
    <message>
        <source>De kopie is niet in orde en is niet bewaard.</source>
        <translation>The copy is not sound and was not kept.</translation>
    </message>
    <message>
        <source>De kopie ‘{name}’ kan niet worden geschreven: {reason}.</source>
        <translation>The copy ‘{name}’ cannot be written: {reason}.</translation>
    </message>
    <message>
        <source>De korte naam</source>
        <translation>The short name</translation>
    </message>
    <message>
        <source>De letter</source>
        <translation>The letter</translation>
    </message>
    <message>
        <source>De letter van een motief is ten hoogste 8 tekens.</source>
        <translation>The letter of a motive is at most 8 characters.</translation>
    </message>
    <message>
        <source>De map ‘{directory}’ bestaat niet.</source>
        <translation>The folder ‘{directory}’ does not exist.</translation>
    </message>
    <message>
        <source>De methode ‘{key}’ bestaat niet. Kies uit: {names}.</source>
        <translation>The method ‘{key}’ does not exist. Choose from: {names}.</translation>
    </message>
    <message>
        <source>De motivering</source>
        <translation>The motivation</translation>
    </message>
    <message>
        <source>De naam</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>De naam en het wachtwoord van het wifi-netwerk zijn één regel gewone tekens.</source>
        <translation>The name and the password of the Wi-Fi network are one line of plain characters.</translation>
    </message>
    <message>
        <source>De naam op regel {line} is langer dan {maximum} tekens.</source>
        <translation>The name on line {line} is longer than {maximum} characters.</translation>
    </message>
    <message>
        <source>De naam van de categorie</source>
        <translation>The name of the category</translation>
    </message>
    <message>
        <source>De naam van de deelnemer</source>
        <translation>The name of the participant</translation>
    </message>
    <message>
        <source>De naam van de eigenaar</source>
        <translation>The name of the owner</translation>
    </message>
    <message>
        <source>De naam van de gemeente</source>
        <translation>The name of the municipality</translation>
    </message>
    <message>
        <source>De naam van de klasse</source>
        <translation>The name of the class</translation>
    </message>
    <message>
        <source>De naam van de optie</source>
        <translation>The name of the option</translation>
    </message>
    <message>
        <source>De naam van de partij</source>
        <translation>The name of the party</translation>
    </message>
    <message>
        <source>De naam van de referentie</source>
        <translation>The name of the reference</translation>
    </message>
    <message>
        <source>De naam van de rol</source>
        <translation>The name of the role</translation>
    </message>
    <message>
        <source>De naam van de verdeelsleutel</source>
        <translation>The name of the cost key</translation>
    </message>
    <message>
        <source>De naam van een lid van de stuurgroep moet tekst zijn.</source>
        <translation>The name of a member of the steering group must be text.</translation>
    </message>
    <message>
        <source>De naam van een wifi-netwerk is ten hoogste {maximum} bytes.</source>
        <translation>The name of a Wi-Fi network is at most {maximum} bytes.</translation>
    </message>
    <message>
        <source>De naam van het criterium</source>
        <translation>The name of the criterion</translation>
    </message>
    <message>
        <source>De naam van het kerngetal</source>
        <translation>The name of the key figure</translation>
    </message>
    <message>
        <source>De naam van het lid</source>
        <translation>The name of the member</translation>
    </message>
    <message>
        <source>De naam van het motief</source>
        <translation>The name of the motive</translation>
    </message>
    <message>
        <source>De naam van het taakveld</source>
        <translation>The name of the task field</translation>
    </message>
    <message>
        <source>De naam van wie beoordeelt</source>
        <translation>The reviewer's name</translation>
    </message>
    <message>
        <source>De naam van wie de opmerking afhandelt</source>
        <translation>The name of whoever resolves the comment</translation>
    </message>
    <message>
        <source>De naam ‘{name}…’ is te lang.</source>
        <translation>The name ‘{name}…’ is too long.</translation>
    </message>
    <message>
        <source>De namenlijst ‘{name}’ is te groot voor een lijst met namen.</source>
        <translation>The name list ‘{name}’ is too large for a list of names.</translation>
    </message>
    <message>
        <source>De namenlijst ‘{name}’ kan niet worden gelezen.</source>
        <translation>The name list ‘{name}’ cannot be read.</translation>
    </message>
    <message>
        <source>De omschrijving</source>
        <translation>The description</translation>
    </message>
    <message>
        <source>De omschrijving van de referentie</source>
        <translation>The description of the reference</translation>
    </message>
    <message>
        <source>De omschrijving van de vergadering is te lang.</source>
        <translation>The description of the meeting is too long.</translation>
    </message>
    <message>
        <source>De onderbroken wijziging in ‘{name}’ kon niet veilig worden teruggedraaid.</source>
        <translation>The interrupted change in ‘{name}’ could not be safely rolled back.</translation>
    </message>
    <message>
        <source>De ondergrens van een klasse ligt tussen 0 en 1.</source>
        <translation>The lower bound of a class lies between 0 and 1.</translation>
    </message>
    <message>
        <source>De ondertekeningsvelden konden niet aan de PDF worden toegevoegd.</source>
        <translation>The signature fields could not be added to the PDF.</translation>
    </message>
    <message>
        <source>De openbare versie wordt niet ondertekend; laat --sign weg.</source>
        <translation>The public version is not signed; leave out --sign.</translation>
    </message>
    <message>
        <source>De opgeslagen inhoud van versie {number} klopt niet meer met haar vingerafdruk; het bestand is beschadigd of buiten STAAN bewerkt.</source>
        <translation>The stored content of version {number} no longer matches its fingerprint; the file is damaged or was edited outside STAAN.</translation>
    </message>
    <message>
        <source>De opmerking</source>
        <translation>The comment</translation>
    </message>
    <message>
        <source>De optie</source>
        <translation>The option</translation>
    </message>
    <message>
        <source>De optie of categorie van deze ronde bestaat niet meer.</source>
        <translation>The option or category of this round no longer exists.</translation>
    </message>
    <message>
        <source>De optie ‘{name}’ komt twee keer voor.</source>
        <translation>The option ‘{name}’ appears twice.</translation>
    </message>
    <message>
        <source>De opties</source>
        <translation>The options</translation>
    </message>
    <message>
        <source>De overwegingen van het besluit</source>
        <translation>The considerations of the decision</translation>
    </message>
    <message>
        <source>De partij</source>
        <translation>The party</translation>
    </message>
    <message>
        <source>De peildatum ‘{value}’ is geen geldige datum (schrijf jjjj-mm-dd).</source>
        <translation>The reference date ‘{value}’ is not a valid date (write yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>De producten</source>
        <translation>The products</translation>
    </message>
    <message>
        <source>De rechtsvorm</source>
        <translation>The legal form</translation>
    </message>
    <message>
        <source>De reden</source>
        <translation>The reason</translation>
    </message>
    <message>
        <source>De regel ‘{rule}’ bestaat niet; kies gemiddelde of mediaan.</source>
        <translation>The rule ‘{rule}’ does not exist; choose gemiddelde or mediaan.</translation>
    </message>
    <message>
        <source>De reservekopie is niet in orde en is niet bewaard.</source>
        <translation>The backup is not sound and was not kept.</translation>
    </message>
    <message>
        <source>De reservekopie van ‘{name}’ kon niet worden gemaakt: het document bestaat niet (meer).</source>
        <translation>The backup of ‘{name}’ could not be made: the document no longer exists.</translation>
    </message>
    <message>
        <source>De reservekopie van ‘{name}’ kon niet worden gemaakt: {reason:lower}</source>
        <translation>The backup of ‘{name}’ could not be made: {reason:lower}</translation>
    </message>
    <message>
        <source>De reservekopie van ‘{name}’ kon niet worden gemaakt: {reason}. Het document zelf is onveranderd.</source>
        <translation>The backup of ‘{name}’ could not be made: {reason}. The document itself is unchanged.</translation>
    </message>
    <message>
        <source>De reservekopie ‘{name}’ is niet in orde en kan niet worden teruggezet.</source>
        <translation>The backup ‘{name}’ is not sound and cannot be restored.</translation>
    </message>
    <message>
        <source>De reservekopieën kunnen niet worden gelezen.</source>
        <translation>The backups cannot be read.</translation>
    </message>
    <message>
        <source>De rol</source>
        <translation>The role</translation>
    </message>
    <message>
        <source>De rol ‘{role}’ bestaat niet; kies eigenaar of projectleider.</source>
        <translation>The role ‘{role}’ does not exist; choose owner or project leader.</translation>
    </message>
    <message>
        <source>De rubriek</source>
        <translation>The rubric</translation>
    </message>
    <message>
        <source>De samenwerking</source>
        <translation>The cooperation</translation>
    </message>
    <message>
        <source>De schaal moet uit hele getallen van -1000 tot en met 1000 bestaan.</source>
        <translation>The scale must consist of whole numbers from -1000 up to and including 1000.</translation>
    </message>
    <message>
        <source>De schaal moet van laag naar hoog lopen.</source>
        <translation>The scale must run from low to high.</translation>
    </message>
    <message>
        <source>De schaal van criterium ‘{name}’ loopt niet van laag naar hoog.</source>
        <translation>The scale of criterion ‘{name}’ does not run from low to high.</translation>
    </message>
    <message>
        <source>De schrijver van de opmerking</source>
        <translation>The writer of the comment</translation>
    </message>
    <message>
        <source>De score</source>
        <translation>The score</translation>
    </message>
    <message>
        <source>De score {value} van optie ‘{name}’ valt buiten de schaal {low}–{high} van ‘{criterion}’.</source>
        <translation>The score {value} of option ‘{name}’ lies outside the scale {low}–{high} of ‘{criterion}’.</translation>
    </message>
    <message>
        <source>De score {value} van taakveld ‘{name}’ valt buiten de schaal {low}–{high} van ‘{criterion}’.</source>
        <translation>The score {value} of task field ‘{name}’ lies outside the scale {low}–{high} of ‘{criterion}’.</translation>
    </message>
    <message>
        <source>De scores horen niet bij deze ronde.</source>
        <translation>The scores do not belong to this round.</translation>
    </message>
    <message>
        <source>De scores zijn niet leesbaar.</source>
        <translation>The scores cannot be read.</translation>
    </message>
    <message>
        <source>De sleutel van de klasse</source>
        <translation>The key of the class</translation>
    </message>
    <message>
        <source>De soort</source>
        <translation>The kind</translation>
    </message>
    <message>
        <source>De spelregel</source>
        <translation>The ground rule</translation>
    </message>
    <message>
        <source>De stap weegt ‘{name}’ al.</source>
        <translation>The step already weighs ‘{name}’.</translation>
    </message>
    <message>
        <source>De status</source>
        <translation>The status</translation>
    </message>
    <message>
        <source>De status van een optie is ‘gekozen’, ‘niet gekozen’, ‘later’ of ‘uitgesloten’.</source>
        <translation>The status of an option is ‘chosen’, ‘not chosen’, ‘later’ or ‘excluded’.</translation>
    </message>
    <message>
        <source>De status ‘{value}’ bestaat niet.</source>
        <translation>The status ‘{value}’ does not exist.</translation>
    </message>
    <message>
        <source>De streefdatum is een dag, geen tijdstip.</source>
        <translation>The target date is a day, not a moment.</translation>
    </message>
    <message>
        <source>De streefdatum ‘{value}’ is geen geldige datum (schrijf jjjj-mm-dd, bijvoorbeeld 2008-01-01).</source>
        <translation>The target date ‘{value}’ is not a valid date (write yyyy-mm-dd, for example 2008-01-01).</translation>
    </message>
    <message>
        <source>De taakvelden</source>
        <translation>The task fields</translation>
    </message>
    <message>
        <source>De tekst</source>
        <translation>The text</translation>
    </message>
    <message>
        <source>De tekst bevat een ongeldig teken (een half teken, bijvoorbeeld uit een geplakte tekst). Er is niets veranderd; typ of plak de tekst opnieuw.</source>
        <translation>The text contains an invalid character (half a character, for example from pasted text). Nothing was changed; type or paste the text again.</translation>
    </message>
    <message>
        <source>De tekst van de PDF kan niet worden gelezen; de PDF is beschadigd.</source>
        <translation>The text of the PDF cannot be read; the PDF is damaged.</translation>
    </message>
    <message>
        <source>De titel</source>
        <translation>The title</translation>
    </message>
    <message>
        <source>De titel van de stap</source>
        <translation>The title of the step</translation>
    </message>
    <message>
        <source>De titel van het hoofdstuk</source>
        <translation>The title of the chapter</translation>
    </message>
    <message>
        <source>De toelichting</source>
        <translation>The explanation</translation>
    </message>
    <message>
        <source>De toelichting van de stap</source>
        <translation>The explanation of the step</translation>
    </message>
    <message>
        <source>De uitspraak</source>
        <translation>The statement</translation>
    </message>
    <message>
        <source>De vastlegging van de vaststelling van versie {number} ({mismatch}) klopt niet met de vastgestelde versie; het bestand is buiten STAAN bewerkt.</source>
        <translation>The record of the sign-off of version {number} ({mismatch}) does not match the signed-off version; the file was edited outside STAAN.</translation>
    </message>
    <message>
        <source>De vastlegging van de vaststelling van versie {number} ontbreekt; het bestand is buiten STAAN bewerkt.</source>
        <translation>The record of the sign-off of version {number} is missing; the file was edited outside STAAN.</translation>
    </message>
    <message>
        <source>De verantwoordelijkheid</source>
        <translation>The responsibility</translation>
    </message>
    <message>
        <source>De verdeelsleutel</source>
        <translation>The cost key</translation>
    </message>
    <message>
        <source>De verdeelsleutel ‘{name}’ gebruikt het onbekende kerngetal ‘{figure}’.</source>
        <translation>The cost key ‘{name}’ uses the unknown key figure ‘{figure}’.</translation>
    </message>
    <message>
        <source>De verdeelsleutel ‘{name}’ gebruikt nog geen kerngetal.</source>
        <translation>The cost key ‘{name}’ uses no key figure yet.</translation>
    </message>
    <message>
        <source>De verdeelsleutel ‘{name}’ gebruikt ‘{figure}’ al.</source>
        <translation>The cost key ‘{name}’ already uses ‘{figure}’.</translation>
    </message>
    <message>
        <source>De voetnoot</source>
        <translation>The footnote</translation>
    </message>
    <message>
        <source>De vraag</source>
        <translation>The question</translation>
    </message>
    <message>
        <source>De vraag is ten hoogste {maximum} tekens.</source>
        <translation>The question is at most {maximum} characters.</translation>
    </message>
    <message>
        <source>De werkconferentie</source>
        <translation>The work conference</translation>
    </message>
    <message>
        <source>De zaal is bereikbaar op {host}:{port}.</source>
        <translation>The room can be reached on {host}:{port}.</translation>
    </message>
    <message>
        <source>De zaal is gesloten.</source>
        <translation>The room is closed.</translation>
    </message>
    <message>
        <source>De zaal is gesloten; er wordt niets meer bewaard.</source>
        <translation>The room is closed; nothing more is saved.</translation>
    </message>
    <message>
        <source>De zaal is vol.</source>
        <translation>The room is full.</translation>
    </message>
    <message>
        <source>De zaal kan niet worden geopend op {host}:{port}: {reason}.</source>
        <translation>The room cannot be opened on {host}:{port}: {reason}.</translation>
    </message>
    <message>
        <source>De zaal kon niet op tijd worden geopend.</source>
        <translation>The room could not be opened in time.</translation>
    </message>
    <message>
        <source>De zaal kon niet worden geopend.</source>
        <translation>The room could not be opened.</translation>
    </message>
    <message>
        <source>Deelnemer ‘{name}’</source>
        <translation>Participant ‘{name}’</translation>
    </message>
    <message>
        <source>Deze inzending hoort bij een ander toestel.</source>
        <translation>This submission belongs to another device.</translation>
    </message>
    <message>
        <source>Deze inzending is al behandeld of bestaat niet.</source>
        <translation>This submission has already been handled or does not exist.</translation>
    </message>
    <message>
        <source>Deze inzending is al gebruikt.</source>
        <translation>This submission has already been used.</translation>
    </message>
    <message>
        <source>Deze kaart hoort niet bij deze zaal of is verlopen.</source>
        <translation>This card does not belong to this room or has expired.</translation>
    </message>
    <message>
        <source>Deze kaart is al gebruikt op een ander toestel.</source>
        <translation>This card has already been used on another device.</translation>
    </message>
    <message>
        <source>Deze opmerking is al afgehandeld.</source>
        <translation>This comment has already been resolved.</translation>
    </message>
    <message>
        <source>Deze ronde is gesloten; kijk naar de nieuwe ronde.</source>
        <translation>This round is closed; look at the new round.</translation>
    </message>
    <message>
        <source>Deze ronde is gesloten; uw inzending is niet bewaard.</source>
        <translation>This round is closed; your submission was not kept.</translation>
    </message>
    <message>
        <source>Deze wijziging kon niet worden bewaard</source>
        <translation>This change could not be saved</translation>
    </message>
    <message>
        <source>Deze zaal werkt met aanmeldkaarten: scan de QR-code op uw kaart.</source>
        <translation>This room works with join cards: scan the QR code on your card.</translation>
    </message>
    <message>
        <source>Die opmerking bestaat niet (meer).</source>
        <translation>That comment no longer exists.</translation>
    </message>
    <message>
        <source>Die plaats in de lijst bestaat niet.</source>
        <translation>That place in the list does not exist.</translation>
    </message>
    <message>
        <source>Dit bestand is geen leesbare PDF.</source>
        <translation>This file is not a readable PDF.</translation>
    </message>
    <message>
        <source>Dit document is alleen-lezen geopend.</source>
        <translation>This document is open read-only.</translation>
    </message>
    <message>
        <source>Dit verzoek is niet leesbaar.</source>
        <translation>This request cannot be read.</translation>
    </message>
    <message>
        <source>Een SWOT-punt hoort bij sterkten, zwakten, kansen of bedreigingen.</source>
        <translation>A SWOT point belongs to strengths, weaknesses, opportunities or threats.</translation>
    </message>
    <message>
        <source>Een actie heeft geen gegeven ‘{field}’.</source>
        <translation>An action has no field ‘{field}’.</translation>
    </message>
    <message>
        <source>Een afgehandelde opmerking kan niet meer worden ingetrokken.</source>
        <translation>A resolved comment can no longer be withdrawn.</translation>
    </message>
    <message>
        <source>Een blok van de soort ‘{kind}’ bestaat niet.</source>
        <translation>A block of the kind ‘{kind}’ does not exist.</translation>
    </message>
    <message>
        <source>Een gemeente is geen partij van een andere soort; voeg de partij apart toe.</source>
        <translation>A municipality is not a party of another kind; add the party separately.</translation>
    </message>
    <message>
        <source>Een gewicht is een getal van 0 tot en met {maximum}.</source>
        <translation>A weight is a number from 0 up to and including {maximum}.</translation>
    </message>
    <message>
        <source>Een gewicht is een getal.</source>
        <translation>A weight is a number.</translation>
    </message>
    <message>
        <source>Een gewichtenset hoort bij ‘{name}’, die geen gemeente van dit traject is.</source>
        <translation>A weight set belongs to ‘{name}’, which is not a municipality of this trajectory.</translation>
    </message>
    <message>
        <source>Een handstemming geeft scores; open eerst een scoreronde.</source>
        <translation>A show of hands gives scores; open a scoring round first.</translation>
    </message>
    <message>
        <source>Een kader of vraag</source>
        <translation>A mandate or question</translation>
    </message>
    <message>
        <source>Een kennisvraag</source>
        <translation>A knowledge question</translation>
    </message>
    <message>
        <source>Een kerngetal</source>
        <translation>A key figure</translation>
    </message>
    <message>
        <source>Een kerngetal heeft geen gegeven ‘{field}’.</source>
        <translation>A key figure has no field ‘{field}’.</translation>
    </message>
    <message>
        <source>Een kernwoord</source>
        <translation>A keyword</translation>
    </message>
    <message>
        <source>Een keuze is ten hoogste {maximum} tekens.</source>
        <translation>A choice is at most {maximum} characters.</translation>
    </message>
    <message>
        <source>Een knock-out van stap ‘{title}’ beoordeelt een optie twee keer.</source>
        <translation>A knock-out of step ‘{title}’ judges an option twice.</translation>
    </message>
    <message>
        <source>Een knock-out van stap ‘{title}’ verwijst naar de onbekende optie ‘{name}’.</source>
        <translation>A knock-out of step ‘{title}’ refers to the unknown option ‘{name}’.</translation>
    </message>
    <message>
        <source>Een koppeling van een actie wijst naar een onderdeel van dit traject.</source>
        <translation>A link of an action points to a part of this trajectory.</translation>
    </message>
    <message>
        <source>Een namenlijst heeft 1 tot {maximum} namen.</source>
        <translation>A name list has 1 to {maximum} names.</translation>
    </message>
    <message>
        <source>Een oordeel is ‘voldoet’, ‘voldoet niet’ of ‘onbekend’.</source>
        <translation>A verdict is ‘passes’, ‘fails’ or ‘unknown’.</translation>
    </message>
    <message>
        <source>Een open vraag</source>
        <translation>An open question</translation>
    </message>
    <message>
        <source>Een opmerking is ten hoogste {maximum} tekens.</source>
        <translation>A comment is at most {maximum} characters.</translation>
    </message>
    <message>
        <source>Een organisatie kan alleen namens een gemeente van dit traject werken.</source>
        <translation>An organisation can only act on behalf of a municipality of this trajectory.</translation>
    </message>
    <message>
        <source>Een partij heeft geen gegeven ‘{field}’.</source>
        <translation>A party has no field ‘{field}’.</translation>
    </message>
    <message>
        <source>Een partij is {choices} of {last}.</source>
        <translation>A party is {choices} or {last}.</translation>
    </message>
    <message>
        <source>Een peiling heeft 2 tot {maximum} keuzes.</source>
        <translation>A poll has 2 to {maximum} choices.</translation>
    </message>
    <message>
        <source>Een peiling heeft een vraag.</source>
        <translation>A poll has a question.</translation>
    </message>
    <message>
        <source>Een ronde ‘{kind}’ bestaat niet.</source>
        <translation>A round ‘{kind}’ does not exist.</translation>
    </message>
    <message>
        <source>Een rubriek</source>
        <translation>A rubric</translation>
    </message>
    <message>
        <source>Een samenwerking</source>
        <translation>A cooperation</translation>
    </message>
    <message>
        <source>Een score is een heel getal.</source>
        <translation>A score is a whole number.</translation>
    </message>
    <message>
        <source>Een score op ‘{name}’ ligt tussen {low} en {high}.</source>
        <translation>A score on ‘{name}’ lies between {low} and {high}.</translation>
    </message>
    <message>
        <source>Een score van optie ‘{name}’ verwijst naar de onbekende gemeente ‘{municipality}’.</source>
        <translation>A score of option ‘{name}’ refers to the unknown municipality ‘{municipality}’.</translation>
    </message>
    <message>
        <source>Een score van taakveld ‘{name}’ verwijst naar ‘{municipality}’, die geen gemeente is.</source>
        <translation>A score of task field ‘{name}’ refers to ‘{municipality}’, which is not a municipality.</translation>
    </message>
    <message>
        <source>Een sjabloon (--template) hoort bij --docx of --bundle.</source>
        <translation>A template (--template) goes with --docx or --bundle.</translation>
    </message>
    <message>
        <source>Een taakveld heeft geen gegeven ‘{field}’.</source>
        <translation>A task field has no field ‘{field}’.</translation>
    </message>
    <message>
        <source>Een tekst is ten hoogste {maximum} tekens.</source>
        <translation>A text is at most {maximum} characters.</translation>
    </message>
    <message>
        <source>Een traject heeft ten hoogste {maximum} gemeenten.</source>
        <translation>A trajectory has at most {maximum} municipalities.</translation>
    </message>
    <message>
        <source>Een verdeelsleutel heeft geen gegeven ‘{field}’.</source>
        <translation>A cost key has no field ‘{field}’.</translation>
    </message>
    <message>
        <source>Een werkconferentie heeft geen gegeven ‘{field}’.</source>
        <translation>A work conference has no field ‘{field}’.</translation>
    </message>
    <message>
        <source>Een wifi-wachtwoord (WPA) heeft 8 tot 63 tekens.</source>
        <translation>A Wi-Fi password (WPA) has 8 to 63 characters.</translation>
    </message>
    <message>
        <source>Eigenaar ‘{name}’</source>
        <translation>Owner ‘{name}’</translation>
    </message>
    <message>
        <source>Er is al een methode ‘{name}’; kies een andere naam.</source>
        <translation>There is already a method ‘{name}’; choose another name.</translation>
    </message>
    <message>
        <source>Er is al een ronde open; sluit die eerst.</source>
        <translation>A round is already open; close it first.</translation>
    </message>
    <message>
        <source>Er is geen open ronde.</source>
        <translation>There is no open round.</translation>
    </message>
    <message>
        <source>Er is nog geen ronde.</source>
        <translation>There is no round yet.</translation>
    </message>
    <message>
        <source>Er is nu geen open ronde.</source>
        <translation>There is no open round now.</translation>
    </message>
    <message>
        <source>Er is ten hoogste één gekozen verdeelsleutel.</source>
        <translation>There is at most one chosen cost key.</translation>
    </message>
    <message>
        <source>Er kon geen naam voor de reservekopie worden gevonden.</source>
        <translation>No name could be found for the backup.</translation>
    </message>
    <message>
        <source>Er wordt al aan een conceptversie gewerkt (versie {number} (concept)).</source>
        <translation>A draft version is already being worked on (version {number}, a draft).</translation>
    </message>
    <message>
        <source>Er zijn al scores die buiten de nieuwe schaal vallen; pas die eerst aan.</source>
        <translation>There are already scores outside the new scale; change those first.</translation>
    </message>
    <message>
        <source>Er zijn geen gemeenten om de kosten over te verdelen.</source>
        <translation>There are no municipalities to divide the costs among.</translation>
    </message>
    <message>
        <source>Er zijn geen {what} of geen criteria om te scoren.</source>
        <translation>There are no {what} or no criteria to score.</translation>
    </message>
    <message>
        <source>Gebruik: comments BESTAND.staan (of comments add …, comments import …)</source>
        <translation>Usage: comments FILE.staan (or comments add …, comments import …)</translation>
    </message>
    <message>
        <source>Gebruik: comments add BESTAND.staan --text TEKST --author NAAM</source>
        <translation>Usage: comments add FILE.staan --text TEXT --author NAME</translation>
    </message>
    <message>
        <source>Gebruik: comments import KOPIE.staan BESTAND.staan</source>
        <translation>Usage: comments import COPY.staan FILE.staan</translation>
    </message>
    <message>
        <source>Geef aan waarheen de openbare versie moet: --json, --pdf en/of --docx.</source>
        <translation>Say where the public version should go: --json, --pdf and/or --docx.</translation>
    </message>
    <message>
        <source>Geef aan waarheen: --json UIT.json, --pdf UIT.pdf, --docx UIT.docx en/of --bundle UIT.zip.</source>
        <translation>Say where to: --json OUT.json, --pdf OUT.pdf, --docx OUT.docx and/or --bundle OUT.zip.</translation>
    </message>
    <message>
        <source>Geef de nieuwe methode een naam.</source>
        <translation>Give the new method a name.</translation>
    </message>
    <message>
        <source>Geef de opmerking met --text en de schrijver met --author.</source>
        <translation>Give the comment with --text and the writer with --author.</translation>
    </message>
    <message>
        <source>Geen netwerk gevonden waarop telefoons deze computer kunnen bereiken: verbind met een wifi-netwerk of zet een hotspot aan (of geef --host 127.0.0.1 om het alleen op deze computer te proberen).</source>
        <translation>No network found on which phones can reach this computer: connect to a Wi-Fi network or turn on a hotspot (or give --host 127.0.0.1 to try it on this computer only).</translation>
    </message>
    <message>
        <source>Geopend door {user} op {host} sinds {when}</source>
        <translation>Opened by {user} on {host} since {when}</translation>
    </message>
    <message>
        <source>Het JSON-bestand begint met een bytevolgordeteken (BOM) of is niet als UTF-8 bewaard; bewaar het als UTF-8 zonder BOM.</source>
        <translation>The JSON file starts with a byte order mark (BOM) or was not saved as UTF-8; save it as UTF-8 without a BOM.</translation>
    </message>
    <message>
        <source>Het JSON-bestand bevat een getal met te veel cijfers.</source>
        <translation>The JSON file contains a number with too many digits.</translation>
    </message>
    <message>
        <source>Het JSON-bestand bevat geen traject (verwacht een object).</source>
        <translation>The JSON file contains no trajectory (an object was expected).</translation>
    </message>
    <message>
        <source>Het JSON-bestand heeft opmaakversie {found}; deze versie leest versie {supported}.</source>
        <translation>The JSON file has format version {found}; this version reads version {supported}.</translation>
    </message>
    <message>
        <source>Het JSON-bestand is geen STAAN-traject (het veld ‘format’ ontbreekt of klopt niet).</source>
        <translation>The JSON file is not a STAAN trajectory (the field ‘format’ is missing or wrong).</translation>
    </message>
    <message>
        <source>Het JSON-bestand is te diep genest.</source>
        <translation>The JSON file is nested too deeply.</translation>
    </message>
    <message>
        <source>Het JSON-bestand is te groot voor een traject.</source>
        <translation>The JSON file is too large for a trajectory.</translation>
    </message>
    <message>
        <source>Het JSON-bestand klopt niet bij ‘{where}’: {reason}{more}</source>
        <translation>The JSON file is not right at ‘{where}’: {reason}{more}</translation>
    </message>
    <message>
        <source>Het JSON-bestand klopt niet: {reason}</source>
        <translation>The JSON file is not right: {reason}</translation>
    </message>
    <message>
        <source>Het JSON-bestand noemt het gegeven ‘{key}’ twee keer in hetzelfde object; welke waarde bedoeld is, is niet te zeggen.</source>
        <translation>The JSON file names the field ‘{key}’ twice in the same object; which value is meant cannot be told.</translation>
    </message>
    <message>
        <source>Het SWOT-punt</source>
        <translation>The SWOT point</translation>
    </message>
    <message>
        <source>Het agendabestand ‘{name}’ kon niet worden geschreven ({reason}).</source>
        <translation>The calendar file ‘{name}’ could not be written ({reason}).</translation>
    </message>
    <message>
        <source>Het belang</source>
        <translation>The interest</translation>
    </message>
    <message>
        <source>Het beschadigde bestand ‘{name}’ kon niet opzij worden gezet.</source>
        <translation>The damaged file ‘{name}’ could not be moved aside.</translation>
    </message>
    <message>
        <source>Het besluit noemt een optie twee keer.</source>
        <translation>The decision names an option twice.</translation>
    </message>
    <message>
        <source>Het besluit verwijst naar de onbekende optie ‘{name}’.</source>
        <translation>The decision refers to the unknown option ‘{name}’.</translation>
    </message>
    <message>
        <source>Het bestand is geen geldige JSON (geen leesbare UTF-8-tekst).</source>
        <translation>The file is not valid JSON (no readable UTF-8 text).</translation>
    </message>
    <message>
        <source>Het bestand is geen geldige JSON (regel {line}, kolom {column}).</source>
        <translation>The file is not valid JSON (line {line}, column {column}).</translation>
    </message>
    <message>
        <source>Het bestand is niet veranderd; met ‘Redden’ maakt u een nieuw document van wat wel klopt.</source>
        <translation>The file was not changed; ‘Rescue’ makes a new document of what is right.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ bestaat al.</source>
        <translation>The file ‘{name}’ already exists.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ bestaat al; kies een nieuwe naam voor het geredde document.</source>
        <translation>The file ‘{name}’ already exists; choose a new name for the rescued document.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ bestaat niet.</source>
        <translation>The file ‘{name}’ does not exist.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ bevat meer dan {maximum} tabellen en andere onderdelen; het is geen STAAN-document en is niet geopend of veranderd.</source>
        <translation>The file ‘{name}’ contains more than {maximum} tables and other objects; it is not a STAAN document and was not opened or changed.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ heeft een oudere opmaak en kan alleen-lezen niet worden bijgewerkt.</source>
        <translation>The file ‘{name}’ has an older format and cannot be updated while read-only.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ is afgekapt: het is onvolledig gekopieerd of opgeslagen.</source>
        <translation>The file ‘{name}’ is truncated: it was copied or saved incompletely.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ is beschadigd of onvolledig.</source>
        <translation>The file ‘{name}’ is damaged or incomplete.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ is beschadigd of onvolledig: de schemaversie ontbreekt.</source>
        <translation>The file ‘{name}’ is damaged or incomplete: the schema version is missing.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ is beschadigd.</source>
        <translation>The file ‘{name}’ is damaged.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ is beschadigd: het schema is onleesbaar.</source>
        <translation>The file ‘{name}’ is damaged: its schema cannot be read.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ is door een ander programma in WAL-modus gezet en kan zo niet gelezen worden zonder bestanden ernaast te schrijven. Open het om te bewerken: dan wordt het omgezet, met eerst een reservekopie.</source>
        <translation>The file ‘{name}’ was put in WAL mode by another program and cannot be read like that without writing files beside it. Open it for editing: it is then converted, after a backup first.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ is een database van een andere toepassing, geen STAAN-document.</source>
        <translation>The file ‘{name}’ is a database of another application, not a STAAN document.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ is geen STAAN-document (geen SQLite-database).</source>
        <translation>The file ‘{name}’ is not a STAAN document (not an SQLite database).</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ is gemaakt met een nieuwere versie van STAAN Desktop. Werk de toepassing bij om het te openen.</source>
        <translation>The file ‘{name}’ was made with a newer version of STAAN Desktop. Update the application to open it.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ is groter dan 1 GB; zo groot wordt een STAAN-document niet. Het is niet geopend en niet veranderd.</source>
        <translation>The file ‘{name}’ is larger than 1 GB; a STAAN document does not grow that large. It was not opened and not changed.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ is leeg; het is geen STAAN-document.</source>
        <translation>The file ‘{name}’ is empty; it is not a STAAN document.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ is niet gelezen: het lezen duurde te lang (meer dan {seconds:.0f} seconden). Het is niet veranderd.</source>
        <translation>The file ‘{name}’ was not read: reading took too long (more than {seconds:.0f} seconds). It was not changed.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ is niet geopend: het wijkt af van een STAAN-document — {problem}{more}. {rescue_hint}</source>
        <translation>The file ‘{name}’ was not opened: it differs from a STAAN document — {problem}{more}. {rescue_hint}</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ kan niet worden gelezen.</source>
        <translation>The file ‘{name}’ cannot be read.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ kan niet worden geopend.</source>
        <translation>The file ‘{name}’ cannot be opened.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ kon niet opzij worden gezet.</source>
        <translation>The file ‘{name}’ could not be moved aside.</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ verwijst naar een bestand dat niet bestaat.</source>
        <translation>The file ‘{name}’ refers to a file that does not exist.</translation>
    </message>
    <message>
        <source>Het certificaat ‘{name}’ bevat geen sleutel om mee te ondertekenen.</source>
        <translation>The certificate ‘{name}’ contains no key to sign with.</translation>
    </message>
    <message>
        <source>Het certificaat ‘{name}’ kan niet worden geopend: {reason}.</source>
        <translation>The certificate ‘{name}’ cannot be opened: {reason}.</translation>
    </message>
    <message>
        <source>Het certificaatbestand ‘{name}’ kan niet worden gelezen.</source>
        <translation>The certificate file ‘{name}’ cannot be read.</translation>
    </message>
    <message>
        <source>Het criterium</source>
        <translation>The criterion</translation>
    </message>
    <message>
        <source>Het criterium ‘{name}’ bestaat niet; kies uit {names}.</source>
        <translation>The criterion ‘{name}’ does not exist; choose from {names}.</translation>
    </message>
    <message>
        <source>Het document heeft geen hoofdstuk ‘{wanted}’.</source>
        <translation>The document has no chapter ‘{wanted}’.</translation>
    </message>
    <message>
        <source>Het document heeft geen criterium ‘{wanted}’.</source>
        <translation>The document has no criterion ‘{wanted}’.</translation>
    </message>
    <message>
        <source>Het document heeft geen gemeente ‘{wanted}’; alleen gemeenten hebben eigen gewichten.</source>
        <translation>The document has no municipality ‘{wanted}’; only municipalities have weights of their own.</translation>
    </message>
    <message>
        <source>Gebruik: weights clear BESTAND.staan --municipality NAAM [--criterion NAAM]</source>
        <translation>Usage: weights clear FILE.staan --municipality NAME [--criterion NAME]</translation>
    </message>
    <message>
        <source>Gebruik: weights set BESTAND.staan --criterion NAAM --municipality NAAM --weight GETAL</source>
        <translation>Usage: weights set FILE.staan --criterion NAME --municipality NAME --weight NUMBER</translation>
    </message>
    <message>
        <source>Gebruik: weights BESTAND.staan (of weights set …, weights clear …)</source>
        <translation>Usage: weights FILE.staan (or weights set …, weights clear …)</translation>
    </message>
    <message>
        <source>Het document kon niet worden gelezen</source>
        <translation>The document could not be read</translation>
    </message>
    <message>
        <source>Het document {name}deed bij het bewaren niet wat werd verwacht (een rij werd niet bijgewerkt); het is mogelijk buiten STAAN Desktop bewerkt. Er is niets veranderd.</source>
        <translation>The document {name}did not do what was expected when saving (a row was not updated); it may have been edited outside STAAN Desktop. Nothing was changed.</translation>
    </message>
    <message>
        <source>Het document {name}{what}. {rescue_hint}</source>
        <translation>The document {name}{what}. {rescue_hint}</translation>
    </message>
    <message>
        <source>Het document ‘{name}’ bevat een vastgestelde versie ({number}) die niet te lezen is. Het bestand is niet veranderd; met ‘Redden’ maakt u een nieuw document van wat wel klopt.</source>
        <translation>The document ‘{name}’ contains a signed-off version ({number}) that cannot be read. The file was not changed; ‘Rescue’ makes a new document of what is right.</translation>
    </message>
    <message>
        <source>Het document ‘{name}’ is verplaatst of verwijderd sinds het werd geopend. Er is niets gewijzigd; open het document opnieuw.</source>
        <translation>The document ‘{name}’ was moved or deleted since it was opened. Nothing was changed; open the document again.</translation>
    </message>
    <message>
        <source>Het document ‘{name}’ kan niet worden gemaakt.</source>
        <translation>The document ‘{name}’ cannot be created.</translation>
    </message>
    <message>
        <source>Het domein</source>
        <translation>The domain</translation>
    </message>
    <message>
        <source>Het gewicht</source>
        <translation>The weight</translation>
    </message>
    <message>
        <source>Het gewicht is groter dan 0 en ten hoogste 1000.</source>
        <translation>The weight is greater than 0 and at most 1000.</translation>
    </message>
    <message>
        <source>Het gewicht moet een getal van 0 tot en met 1000 zijn.</source>
        <translation>The weight must be a number from 0 up to and including 1000.</translation>
    </message>
    <message>
        <source>Het herstel van ‘{name}’ is mislukt en het origineel kon niet worden teruggezet; een kopie staat in {folder}.</source>
        <translation>Recovering ‘{name}’ failed and the original could not be put back; a copy is in {folder}.</translation>
    </message>
    <message>
        <source>Het hoofdstuk</source>
        <translation>The chapter</translation>
    </message>
    <message>
        <source>Het kerngetal</source>
        <translation>The key figure</translation>
    </message>
    <message>
        <source>Het kerngetal ‘{name}’ is voor alle gemeenten 0; daarover valt niets te verdelen.</source>
        <translation>The key figure ‘{name}’ is 0 for every municipality; there is nothing to divide by it.</translation>
    </message>
    <message>
        <source>Het kerngetal ‘{name}’ ontbreekt voor {missing}; zonder dat getal is ‘{key}’ niet te berekenen.</source>
        <translation>The key figure ‘{name}’ is missing for {missing}; without it ‘{key}’ cannot be calculated.</translation>
    </message>
    <message>
        <source>Het lid</source>
        <translation>The member</translation>
    </message>
    <message>
        <source>Het logboek naast ‘{name}’ is onvolledig ({incomplete}): de onderbroken wijziging kan niet worden teruggedraaid. Er is niets veranderd; zet een reservekopie terug.</source>
        <translation>The journal beside ‘{name}’ is incomplete ({incomplete}): the interrupted change cannot be rolled back. Nothing was changed; restore a backup.</translation>
    </message>
    <message>
        <source>Het motief</source>
        <translation>The motive</translation>
    </message>
    <message>
        <source>Het onderdeel</source>
        <translation>The item</translation>
    </message>
    <message>
        <source>Het oude slot op dit document kan niet worden opgeruimd; het is alleen-lezen geopend.</source>
        <translation>The old lock on this document cannot be cleared; it is open read-only.</translation>
    </message>
    <message>
        <source>Het punt bij bedreigingen</source>
        <translation>The point under threats</translation>
    </message>
    <message>
        <source>Het punt bij kansen</source>
        <translation>The point under opportunities</translation>
    </message>
    <message>
        <source>Het punt bij sterkten</source>
        <translation>The point under strengths</translation>
    </message>
    <message>
        <source>Het punt bij zwakten</source>
        <translation>The point under weaknesses</translation>
    </message>
    <message>
        <source>Het sjabloon ‘{name}’ bestaat niet. Kies uit: {choices}.</source>
        <translation>The template ‘{name}’ does not exist. Choose from: {choices}.</translation>
    </message>
    <message>
        <source>Het sjabloon ‘{name}’ bevat een te groot onderdeel.</source>
        <translation>The template ‘{name}’ contains a part that is too large.</translation>
    </message>
    <message>
        <source>Het sjabloon ‘{name}’ is te groot (meer dan 20 MB).</source>
        <translation>The template ‘{name}’ is too large (more than 20 MB).</translation>
    </message>
    <message>
        <source>Het sjabloon ‘{name}’ kan niet worden gelezen.</source>
        <translation>The template ‘{name}’ cannot be read.</translation>
    </message>
    <message>
        <source>Het taakveld</source>
        <translation>The task field</translation>
    </message>
    <message>
        <source>Het tekstblok</source>
        <translation>The text block</translation>
    </message>
    <message>
        <source>Het thema</source>
        <translation>The theme</translation>
    </message>
    <message>
        <source>Het traject</source>
        <translation>The trajectory</translation>
    </message>
    <message>
        <source>Het traject heeft geen gegeven ‘{field}’.</source>
        <translation>The trajectory has no field ‘{field}’.</translation>
    </message>
    <message>
        <source>Het voorbeeld ‘{name}’ bestaat niet. Kies uit: {choices}.</source>
        <translation>The example ‘{name}’ does not exist. Choose from: {choices}.</translation>
    </message>
    <message>
        <source>Het wachtwoordbestand ‘{name}’ kan niet worden gelezen.</source>
        <translation>The password file ‘{name}’ cannot be read.</translation>
    </message>
    <message>
        <source>Het {kind} ‘{text}’ komt van ‘{municipality}’, die geen gemeente is.</source>
        <translation>The {kind} ‘{text}’ comes from ‘{municipality}’, which is not a municipality.</translation>
    </message>
    <message>
        <source>In de map van dit document kan niet worden geschreven; het is alleen-lezen geopend.</source>
        <translation>This document's folder cannot be written to; it is open read-only.</translation>
    </message>
    <message>
        <source>In de map ‘{directory}’ kan geen document worden gemaakt.</source>
        <translation>No document can be created in the folder ‘{directory}’.</translation>
    </message>
    <message>
        <source>In de map ‘{directory}’ kan niet worden geschreven.</source>
        <translation>The folder ‘{directory}’ cannot be written to.</translation>
    </message>
    <message>
        <source>In deze ronde worden geen teksten verzameld.</source>
        <translation>This round does not collect texts.</translation>
    </message>
    <message>
        <source>In deze ronde wordt niet gepeild.</source>
        <translation>This round is not a poll.</translation>
    </message>
    <message>
        <source>In deze ronde wordt niet gescoord.</source>
        <translation>This round does not score.</translation>
    </message>
    <message>
        <source>In het bestand ‘{name}’ is een wijziging onderbroken (bijvoorbeeld door een stroomstoring); het is niet gelezen en niet veranderd. Open het om te bewerken: dan wordt de wijziging teruggedraaid, met eerst een reservekopie.</source>
        <translation>A change to the file ‘{name}’ was interrupted (for example by a power cut); it was not read and not changed. Open it for editing: the change is then rolled back, after a backup first.</translation>
    </message>
    <message>
        <source>In kerngetal ‘{name}’ de gemeente</source>
        <translation>In key figure ‘{name}’, the municipality</translation>
    </message>
    <message>
        <source>In verdeelsleutel ‘{name}’ het kerngetal</source>
        <translation>In cost key ‘{name}’, the key figure</translation>
    </message>
    <message>
        <source>In ‘{name}’ de gemeente</source>
        <translation>In ‘{name}’, the municipality</translation>
    </message>
    <message>
        <source>Kaders en vragen komen van de raad van een gemeente, of van de raden waarvoor een organisatie werkt.</source>
        <translation>Mandates and questions come from the council of a municipality, or from the councils an organisation works for.</translation>
    </message>
    <message>
        <source>Kerngetal ‘{name}’ heeft een waarde voor ‘{municipality}’, die geen gemeente is.</source>
        <translation>Key figure ‘{name}’ has a value for ‘{municipality}’, which is not a municipality.</translation>
    </message>
    <message>
        <source>Kies anoniem, per gemeente of op naam.</source>
        <translation>Choose anonymous, per municipality or by name.</translation>
    </message>
    <message>
        <source>Kies de categorie van de belangen.</source>
        <translation>Choose the category of the interests.</translation>
    </message>
    <message>
        <source>Kies de optie voor de SWOT.</source>
        <translation>Choose the option for the SWOT.</translation>
    </message>
    <message>
        <source>Kies een teruggestuurde kopie, niet het document zelf. Er is niets overgenomen.</source>
        <translation>Choose a returned copy, not the document itself. Nothing was taken over.</translation>
    </message>
    <message>
        <source>Kies een van de antwoorden.</source>
        <translation>Choose one of the answers.</translation>
    </message>
    <message>
        <source>Kies een van de gemeenten.</source>
        <translation>Choose one of the municipalities.</translation>
    </message>
    <message>
        <source>Kies eerst wat het besluit over deze optie zegt; een reden hoort bij een besluit.</source>
        <translation>First choose what the decision says about this option; a reason belongs with a decision.</translation>
    </message>
    <message>
        <source>Kies ja, nee of de standaard voor de rol.</source>
        <translation>Choose yes, no or the default for the role.</translation>
    </message>
    <message>
        <source>Kies sterkte, zwakte, kans of bedreiging.</source>
        <translation>Choose strength, weakness, opportunity or threat.</translation>
    </message>
    <message>
        <source>Lid ‘{name}’ van ‘{role}’</source>
        <translation>Member ‘{name}’ of ‘{role}’</translation>
    </message>
    <message>
        <source>Maak 1 tot {maximum} aanmeldkaarten.</source>
        <translation>Make 1 to {maximum} join cards.</translation>
    </message>
    <message>
        <source>Naast dit document staat ‘{name}’, dat geen slotbestand van STAAN Desktop is; daarom wordt er niet in het document geschreven. Verwijder dat bestand om te kunnen bewerken.</source>
        <translation>Beside this document is ‘{name}’, which is not a lock file of STAAN Desktop; so nothing is written to the document. Delete that file to be able to edit.</translation>
    </message>
    <message>
        <source>Naast ‘{name}’ staat ‘{side}’, dat geen gewoon bestand is; het document is niet geopend en niet veranderd. Verplaats of verwijder ‘{side}’ en probeer het opnieuw.</source>
        <translation>Beside ‘{name}’ is ‘{side}’, which is not a regular file; the document was not opened and not changed. Move or delete ‘{side}’ and try again.</translation>
    </message>
    <message>
        <source>Noem ten minste één lid van de stuurgroep dat heeft ingestemd.</source>
        <translation>Name at least one member of the steering group who agreed.</translation>
    </message>
    <message>
        <source>Op {host}:{port} antwoordt een ander programma; kies een andere poort.</source>
        <translation>Another program answers on {host}:{port}; choose another port.</translation>
    </message>
    <message>
        <source>Op ‘{table}’ kan geen opmerking worden geplaatst.</source>
        <translation>No comment can be placed on ‘{table}’.</translation>
    </message>
    <message>
        <source>Optie ‘{name}’ heeft een score op het onbekende criterium ‘{criterion}’.</source>
        <translation>Option ‘{name}’ has a score on the unknown criterion ‘{criterion}’.</translation>
    </message>
    <message>
        <source>Optie ‘{name}’ heeft twee scores voor hetzelfde criterium en dezelfde gemeente.</source>
        <translation>Option ‘{name}’ has two scores for the same criterion and the same municipality.</translation>
    </message>
    <message>
        <source>Partij ‘{name}’ is een gemeente: zet haar bij de gemeenten.</source>
        <translation>Party ‘{name}’ is a municipality: put it with the municipalities.</translation>
    </message>
    <message>
        <source>Partij ‘{name}’ is geen organisatie en werkt dus niet namens gemeenten.</source>
        <translation>Party ‘{name}’ is not an organisation and so does not act on behalf of municipalities.</translation>
    </message>
    <message>
        <source>Partij ‘{name}’ werkt voor de onbekende gemeente ‘{municipality}’.</source>
        <translation>Party ‘{name}’ works for the unknown municipality ‘{municipality}’.</translation>
    </message>
    <message>
        <source>kolom ‘{column}’: {why}</source>
        <translation>column ‘{column}’: {why}</translation>
    </message>
    <message>
        <source>kolom ‘{column}’: {why}; de standaardwaarde is genomen</source>
        <translation>column ‘{column}’: {why}; the default value was taken</translation>
    </message>
    <message>
        <source>tabel ‘{table}’, rij {row}: {reason}</source>
        <translation>table ‘{table}’, row {row}: {reason}</translation>
    </message>
    <message>
        <source>tabel ‘{table}’: {reason}</source>
        <translation>table ‘{table}’: {reason}</translation>
    </message>
    <message>
        <source>verwijst naar iets dat ontbreekt</source>
        <translation>refers to something that is missing</translation>
    </message>
    <message>
        <source>de tabel heeft geen kolom ‘id’</source>
        <translation>the table has no column ‘id’</translation>
    </message>
    <message>
        <source>de tabel ontbreekt of is geen tabel</source>
        <translation>the table is missing or is not a table</translation>
    </message>
    <message>
        <source>geen traject gevonden; de titel wordt ‘{title}’</source>
        <translation>no trajectory found; the title becomes ‘{title}’</translation>
    </message>
    <message>
        <source>vastgestelde versies, ondertekeningen, opmerkingen en de agenda gaan niet mee</source>
        <translation>signed-off versions, sign-offs, comments and the agenda are not carried over</translation>
    </message>
    <message>
        <source>geen geldige JSON</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <source>tekst die geen geldige UTF-8 is</source>
        <translation>text that is not valid UTF-8</translation>
    </message>
    <message>
        <source>{more} rijen na de eerste {limit}: meer kan een traject niet bevatten</source>
        <translation>{more} rows after the first {limit}: a trajectory cannot hold more</translation>
    </message>
    <message>
        <source>de eigen indeling verwijst naar een klasse die niet bestaat</source>
        <translation>the own classification refers to a class that does not exist</translation>
    </message>
    <message>
        <source>de eigen indeling heeft geen reden</source>
        <translation>the own classification has no reason</translation>
    </message>
    <message>
        <source>de schaal loopt niet van laag naar hoog</source>
        <translation>the scale does not run from low to high</translation>
    </message>
    <message>
        <source>de score {value} valt buiten de schaal {low}–{high}</source>
        <translation>the score {value} is outside the scale {low}–{high}</translation>
    </message>
    <message>
        <source>een document heeft één traject; alleen het eerste is genomen</source>
        <translation>a document has one trajectory; only the first was taken</translation>
    </message>
    <message>
        <source>de tabel kan niet worden gelezen (beschadigd)</source>
        <translation>the table cannot be read (damaged)</translation>
    </message>
    <message>
        <source>komt twee keer voor</source>
        <translation>occurs twice</translation>
    </message>
    <message>
        <source>Redden lukte niet: {reason}</source>
        <translation>Rescuing failed: {reason}</translation>
    </message>
    <message>
        <source>Regel {line} van de namenlijst is geen ‘naam; gemeente’.</source>
        <translation>Line {line} of the name list is not ‘name; municipality’.</translation>
    </message>
    <message>
        <source>Rubriek ‘{name}’</source>
        <translation>Rubric ‘{name}’</translation>
    </message>
    <message>
        <source>Samenwerking ‘{name}’</source>
        <translation>Cooperation ‘{name}’</translation>
    </message>
    <message>
        <source>Scores en belangen tellen voor een gemeente: kies per gemeente of op naam.</source>
        <translation>Scores and interests count for a municipality: choose per municipality or by name.</translation>
    </message>
    <message>
        <source>Stap ‘{title}’ noemt een criterium twee keer.</source>
        <translation>Step ‘{title}’ names a criterion twice.</translation>
    </message>
    <message>
        <source>Stap ‘{title}’ verwijst naar het onbekende criterium ‘{name}’.</source>
        <translation>Step ‘{title}’ refers to the unknown criterion ‘{name}’.</translation>
    </message>
    <message>
        <source>Taakveld ‘{name}’ heeft een score op het onbekende criterium ‘{criterion}’.</source>
        <translation>Task field ‘{name}’ has a score on the unknown criterion ‘{criterion}’.</translation>
    </message>
    <message>
        <source>Taakveld ‘{name}’ heeft twee scores voor hetzelfde criterium en dezelfde gemeente.</source>
        <translation>Task field ‘{name}’ has two scores for the same criterion and the same municipality.</translation>
    </message>
    <message>
        <source>Taakveld ‘{name}’ is ingedeeld in de onbekende klasse ‘{key}’.</source>
        <translation>Task field ‘{name}’ is classified in the unknown class ‘{key}’.</translation>
    </message>
    <message>
        <source>Telefoons kunnen de zaal op {host}:{port} niet bereiken (geweigerd of geen route); controleer de firewall van deze computer en of de telefoons op hetzelfde netwerk zitten.</source>
        <translation>Phones cannot reach the room on {host}:{port} (refused or no route); check this computer&apos;s firewall and that the phones are on the same network.</translation>
    </message>
    <message>
        <source>Telefoons kunnen de zaal op {host}:{port} niet bereiken; controleer de firewall en of de telefoons op hetzelfde netwerk of de hotspot van deze laptop zitten.</source>
        <translation>Phones cannot reach the room on {host}:{port}; check the firewall and that the phones are on the same network or on this laptop&apos;s hotspot.</translation>
    </message>
    <message>
        <source>Telefoons kunnen de zaal {where} waarschijnlijk niet bereiken: Windows Defender Firewall laat ze niet binnen. Vraag de beheerder STAAN Desktop toe te staan (Windows-beveiliging › Firewall › Een app toestaan), of de installatie met beheerdersrechten uit te voeren: die voegt de regel toe.</source>
        <translation>Phones probably cannot reach the room {where}: Windows Defender Firewall does not let them in. Ask the administrator to allow STAAN Desktop (Windows Security › Firewall › Allow an app), or to run the installation with administrator rights: it adds the rule.</translation>
    </message>
    <message>
        <source>Ten hoogste {maximum} leden van de stuurgroep.</source>
        <translation>At most {maximum} members of the steering group.</translation>
    </message>
    <message>
        <source>Twee keuzes van de peiling zijn gelijk.</source>
        <translation>Two choices of the poll are the same.</translation>
    </message>
    <message>
        <source>Typ eerst een tekst.</source>
        <translation>Type a text first.</translation>
    </message>
    <message>
        <source>U beoordeelt dit document als {author}: de inhoud is alleen-lezen. Plaats een opmerking of vink een hoofdstuk af als gecontroleerd.</source>
        <translation>You are reviewing this document as {author}: its content is read-only. Place a comment or tick a chapter off as checked.</translation>
    </message>
    <message>
        <source>U hebt in deze ronde al genoeg teksten ingestuurd.</source>
        <translation>You have already sent enough texts in this round.</translation>
    </message>
    <message>
        <source>U kunt alleen uw eigen opmerkingen intrekken.</source>
        <translation>You can only withdraw your own comments.</translation>
    </message>
    <message>
        <source>Uit ‘{name}’ valt niets te redden: het is onleesbaar.</source>
        <translation>Nothing can be rescued from ‘{name}’: it is unreadable.</translation>
    </message>
    <message>
        <source>Van ‘{name}’ kon geen reservekopie worden gemaakt; de onderbroken wijziging is niet teruggedraaid en het bestand is onveranderd.</source>
        <translation>No backup could be made of ‘{name}’; the interrupted change was not rolled back and the file is unchanged.</translation>
    </message>
    <message>
        <source>Verdeelsleutel ‘{name}’ gebruikt het onbekende kerngetal ‘{figure}’.</source>
        <translation>Cost key ‘{name}’ uses the unknown key figure ‘{figure}’.</translation>
    </message>
    <message>
        <source>Versie {number} bestaat niet; {known}.</source>
        <translation>Version {number} does not exist; {known}.</translation>
    </message>
    <message>
        <source>Versie {number} is nog niet vastgesteld; {known}.</source>
        <translation>Version {number} has not been signed off yet; {known}.</translation>
    </message>
    <message>
        <source>Versie {number} is vastgesteld door de stuurgroep en kan niet meer worden gewijzigd. Begin een nieuwe conceptversie om verder te werken.</source>
        <translation>Version {number} was signed off by the steering group and can no longer be changed. Start a new draft version to continue working.</translation>
    </message>
    <message>
        <source>Versie {version} is al vastgesteld. Begin eerst een nieuwe conceptversie.</source>
        <translation>Version {version} has already been signed off. Start a new draft version first.</translation>
    </message>
    <message>
        <source>Vul de naam van het wifi-netwerk in.</source>
        <translation>Enter the name of the Wi-Fi network.</translation>
    </message>
    <message>
        <source>Vul eerst uw naam in.</source>
        <translation>Enter your name first.</translation>
    </message>
    <message>
        <source>Vul uw naam in (ten hoogste {maximum} tekens).</source>
        <translation>Enter your name (at most {maximum} characters).</translation>
    </message>
    <message>
        <source>Waar beantwoord</source>
        <translation>Where answered</translation>
    </message>
    <message>
        <source>Wie het hoofdstuk controleert</source>
        <translation>Who checks the chapter</translation>
    </message>
    <message>
        <source>actie</source>
        <translation>action</translation>
    </message>
    <message>
        <source>beantwoord</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>bevat een gegeven dat niet klopt ({reason})</source>
        <translation>contains a value that is not right ({reason})</translation>
    </message>
    <message>
        <source>bevat een gegeven dat niet klopt ({where}: {reason})</source>
        <translation>contains a value that is not right ({where}: {reason})</translation>
    </message>
    <message>
        <source>bevat een opgeslagen waarde die geen geldige JSON is</source>
        <translation>contains a stored value that is not valid JSON</translation>
    </message>
    <message>
        <source>bevat een waarde die deze versie van STAAN Desktop niet kent</source>
        <translation>contains a value this version of STAAN Desktop does not know</translation>
    </message>
    <message>
        <source>bevat gegevens die te diep genest zijn om te lezen</source>
        <translation>contains data nested too deeply to read</translation>
    </message>
    <message>
        <source>bevat tekst die geen geldige UTF-8 is</source>
        <translation>contains text that is not valid UTF-8</translation>
    </message>
    <message>
        <source>beveiliging van een vastgestelde versie is veranderd: {label}</source>
        <translation>protection of a signed-off version was changed: {label}</translation>
    </message>
    <message>
        <source>beveiliging van een vastgestelde versie ontbreekt: {label}</source>
        <translation>protection of a signed-off version missing: {label}</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>de map bestaat niet (meer)</source>
        <translation>the folder no longer exists</translation>
    </message>
    <message>
        <source>de map is alleen-lezen of er mag niet in worden geschreven</source>
        <translation>the folder is read-only or may not be written to</translation>
    </message>
    <message>
        <source>de naam is te lang</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>de poort is al in gebruik; kies een andere poort</source>
        <translation>the port is already in use; choose another port</translation>
    </message>
    <message>
        <source>de schijf gaf een fout</source>
        <translation>the disk reported an error</translation>
    </message>
    <message>
        <source>de schijf gaf een fout (is ze vol?)</source>
        <translation>the disk reported an error (is it full?)</translation>
    </message>
    <message>
        <source>de schijf is vol</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>deze lijst is te lang</source>
        <translation>this list is too long</translation>
    </message>
    <message>
        <source>deze tekst is te lang</source>
        <translation>this text is too long</translation>
    </message>
    <message>
        <source>deze waarde bestaat niet</source>
        <translation>this value does not exist</translation>
    </message>
    <message>
        <source>deze waarde is ongeldig</source>
        <translation>this value is invalid</translation>
    </message>
    <message>
        <source>dit adres hoort niet bij deze computer</source>
        <translation>this address does not belong to this computer</translation>
    </message>
    <message>
        <source>dit document heeft versie {numbers}</source>
        <translation>this document has version {numbers}</translation>
    </message>
    <message>
        <source>dit document is nog niet vastgesteld</source>
        <translation>this document has not been signed off yet</translation>
    </message>
    <message>
        <source>dit duurde te lang (meer dan {seconds:.0f} seconden)</source>
        <translation>it took too long (more than {seconds:.0f} seconds)</translation>
    </message>
    <message>
        <source>dit gegeven kent een STAAN-traject niet</source>
        <translation>a STAAN trajectory does not know this field</translation>
    </message>
    <message>
        <source>dit gegeven ontbreekt</source>
        <translation>this field is missing</translation>
    </message>
    <message>
        <source>dit getal is te groot</source>
        <translation>this number is too large</translation>
    </message>
    <message>
        <source>dit getal is te klein</source>
        <translation>this number is too small</translation>
    </message>
    <message>
        <source>dit is te diep genest</source>
        <translation>this is nested too deeply</translation>
    </message>
    <message>
        <source>dit mag niet leeg zijn</source>
        <translation>this must not be empty</translation>
    </message>
    <message>
        <source>een ander programma houdt het bestand bezet</source>
        <translation>another program is holding the file</translation>
    </message>
    <message>
        <source>een extern</source>
        <translation>an external party</translation>
    </message>
    <message>
        <source>een naam mag niet met een spatie beginnen of eindigen en geen regeleinde bevatten</source>
        <translation>a name must not begin or end with a space or contain a line break</translation>
    </message>
    <message>
        <source>een organisatie</source>
        <translation>an organisation</translation>
    </message>
    <message>
        <source>een toekomstig</source>
        <translation>a prospective partner</translation>
    </message>
    <message>
        <source>een traject heeft ten hoogste {maximum} van deze rijen</source>
        <translation>a trajectory has at most {maximum} of these rows</translation>
    </message>
    <message>
        <source>geen toestemming voor deze poort; kies een poort boven 1024</source>
        <translation>no permission for this port; choose a port above 1024</translation>
    </message>
    <message>
        <source>gereed</source>
        <translation>done</translation>
    </message>
    <message>
        <source>hangt onder geen hoofdstuk (een kring of een ontbrekend hoofdstuk)</source>
        <translation>hangs under no chapter (a loop or a missing chapter)</translation>
    </message>
    <message>
        <source>het bestand is beschadigd</source>
        <translation>the file is damaged</translation>
    </message>
    <message>
        <source>het bestand kon niet worden geschreven</source>
        <translation>the file could not be written</translation>
    </message>
    <message>
        <source>het bestand of de schijf is alleen-lezen</source>
        <translation>the file or the disk is read-only</translation>
    </message>
    <message>
        <source>het document heeft geen traject</source>
        <translation>the document has no trajectory</translation>
    </message>
    <message>
        <source>het document heeft {count} trajecten in plaats van één</source>
        <translation>the document has {count} trajectories instead of one</translation>
    </message>
    <message>
        <source>het netwerk weigert het</source>
        <translation>the network refuses it</translation>
    </message>
    <message>
        <source>het wachtwoord klopt niet of het is geen PKCS#12-bestand (.p12/.pfx)</source>
        <translation>the password is wrong or it is not a PKCS#12 file (.p12/.pfx)</translation>
    </message>
    <message>
        <source>hier hoort een eindig getal</source>
        <translation>a finite number belongs here</translation>
    </message>
    <message>
        <source>hier hoort een getal</source>
        <translation>a number belongs here</translation>
    </message>
    <message>
        <source>hier hoort een heel getal</source>
        <translation>a whole number belongs here</translation>
    </message>
    <message>
        <source>hier hoort een lijst</source>
        <translation>a list belongs here</translation>
    </message>
    <message>
        <source>hier hoort een object</source>
        <translation>an object belongs here</translation>
    </message>
    <message>
        <source>hier hoort null</source>
        <translation>null belongs here</translation>
    </message>
    <message>
        <source>hier hoort tekst</source>
        <translation>text belongs here</translation>
    </message>
    <message>
        <source>hier hoort true of false</source>
        <translation>true or false belongs here</translation>
    </message>
    <message>
        <source>hier staat een ongeldig teken</source>
        <translation>there is an invalid character here</translation>
    </message>
    <message>
        <source>hoort bij een hoofdstuk dat niet bestaat</source>
        <translation>belongs to a chapter that does not exist</translation>
    </message>
    <message>
        <source>in behandeling</source>
        <translation>being handled</translation>
    </message>
    <message>
        <source>in uitvoering</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>is geen geldige methode</source>
        <translation>is not a valid method</translation>
    </message>
    <message>
        <source>is onvolledig of tegenstrijdig: een rij die er moet zijn ontbreekt of staat er dubbel</source>
        <translation>is incomplete or contradictory: a row that must be there is missing or appears twice</translation>
    </message>
    <message>
        <source>kader</source>
        <translation>frame</translation>
    </message>
    <message>
        <source>leden</source>
        <translation>members</translation>
    </message>
    <message>
        <source>noemt een andere methode dan de rij</source>
        <translation>names another method than its row</translation>
    </message>
    <message>
        <source>onbekende gegevens</source>
        <translation>unknown data</translation>
    </message>
    <message>
        <source>onbekende tijd</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>onderdeel is veranderd: {label}</source>
        <translation>part was changed: {label}</translation>
    </message>
    <message>
        <source>onderdeel ontbreekt: {label}</source>
        <translation>part missing: {label}</translation>
    </message>
    <message>
        <source>op poort {port}</source>
        <translation>on port {port}</translation>
    </message>
    <message>
        <source>op {host}:{port}</source>
        <translation>on {host}:{port}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>opties</source>
        <translation>options</translation>
    </message>
    <message>
        <source>preferente taakvelden</source>
        <translation>short-listed task fields</translation>
    </message>
    <message>
        <source>resultaat</source>
        <translation>result</translation>
    </message>
    <message>
        <source>tabel</source>
        <translation>table</translation>
    </message>
    <message>
        <source>tabel ‘{table}’ heeft meer dan {count} rijen</source>
        <translation>table ‘{table}’ has more than {count} rows</translation>
    </message>
    <message>
        <source>tabel ‘{table}’, rij {row}</source>
        <translation>table ‘{table}’, row {row}</translation>
    </message>
    <message>
        <source>tabel ‘{table}’, rij {row}, kolom ‘{column}’</source>
        <translation>table ‘{table}’, row {row}, column ‘{column}’</translation>
    </message>
    <message>
        <source>te diep genest</source>
        <translation>nested too deeply</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>vergadering</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>versienummer</source>
        <translation>version number</translation>
    </message>
    <message>
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>verwijst naar een criterium of gemeente die niet bestaat</source>
        <translation>refers to a criterion or municipality that does not exist</translation>
    </message>
    <message>
        <source>verwijst naar iets dat niet bestaat</source>
        <translation>refers to something that does not exist</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>vraag</source>
        <translation>question</translation>
    </message>
    <message>
        <source>vreemd onderdeel: {label}</source>
        <translation>foreign part: {label}</translation>
    </message>
    <message>
        <source>{failure} Het bestand is teruggezet zoals het was en niet geopend.</source>
        <translation>{failure} The file was put back as it was and not opened.</translation>
    </message>
    <message>
        <source>{failure} {reason} Het bestand is teruggezet zoals het was en niet geopend.</source>
        <translation>{failure} {reason} The file was put back as it was and not opened.</translation>
    </message>
    <message>
        <source>{first} en verder</source>
        <translation>{first} onwards</translation>
    </message>
    <message>
        <source>{first} tot en met {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>{found} onbekende waarde(n) in ‘{column}’ (toegestaan: {allowed})</source>
        <translation>{found} unknown value(s) in ‘{column}’ (allowed: {allowed})</translation>
    </message>
    <message>
        <source>{found} tekst(en) langer dan {limit} tekens in ‘{column}’</source>
        <translation>{found} text(s) longer than {limit} characters in ‘{column}’</translation>
    </message>
    <message>
        <source>{found} waarde(n) in ‘{column}’ die geen datum (jjjj-mm-dd) zijn</source>
        <translation>{found} value(s) in ‘{column}’ that are not a date (yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>{found} waarde(n) in ‘{column}’ die geen lijst van nummers zijn</source>
        <translation>{found} value(s) in ‘{column}’ that are not a list of numbers</translation>
    </message>
    <message>
        <source>{found} waarde(n) in ‘{column}’ die geen lijst van teksten zijn</source>
        <translation>{found} value(s) in ‘{column}’ that are not a list of texts</translation>
    </message>
    <message>
        <source>{found} waarde(n) van het verkeerde soort in ‘{column}’ (verwacht: {expected})</source>
        <translation>{found} value(s) of the wrong kind in ‘{column}’ (expected: {expected})</translation>
    </message>
    <message>
        <source>{items} en {last}</source>
        <translation>{items} and {last}</translation>
    </message>
    <message>
        <source>{kind} ‘{name}’</source>
        <translation>{kind} ‘{name}’</translation>
    </message>
    <message>
        <source>{kind} ‘{name}’ op ‘{table}’</source>
        <translation>{kind} ‘{name}’ on ‘{table}’</translation>
    </message>
    <message>
        <source>{label} bestaat niet (meer).</source>
        <translation>{label} no longer exists.</translation>
    </message>
    <message>
        <source>{parts}</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <source>{problem} (meer dan {bound})</source>
        <translation>{problem} (more than {bound})</translation>
    </message>
    <message>
        <source>{problem} (minder dan {bound})</source>
        <translation>{problem} (less than {bound})</translation>
    </message>
    <message>
        <source>{problem} (minstens {bound})</source>
        <translation>{problem} (at least {bound})</translation>
    </message>
    <message>
        <source>{problem} (ten hoogste {bound})</source>
        <translation>{problem} (at most {bound})</translation>
    </message>
    <message>
        <source>{problem} (verwacht {bound})</source>
        <translation>{problem} (expected {bound})</translation>
    </message>
    <message>
        <source>{problem} (verwacht {choices} of {last})</source>
        <translation>{problem} (expected {choices} or {last})</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>{what} bevat een ongeldig teken.</source>
        <translation>{what} contains an invalid character.</translation>
    </message>
    <message>
        <source>{what} heeft geen gegeven ‘{field}’.</source>
        <translation>{what} has no field ‘{field}’.</translation>
    </message>
    <message>
        <source>{what} is een getal van 0 tot en met {maximum:.0e}.</source>
        <translation>{what} is a number from 0 up to and including {maximum:.0e}.</translation>
    </message>
    <message>
        <source>{what} is een getal.</source>
        <translation>{what} is a number.</translation>
    </message>
    <message>
        <source>{what} is te lang (ten hoogste {maximum} tekens).</source>
        <translation>{what} is too long (at most {maximum} characters).</translation>
    </message>
    <message>
        <source>{what} is {choices} of {last}.</source>
        <translation>{what} is {choices} or {last}.</translation>
    </message>
    <message>
        <source>{what} mag geen regeleinden bevatten.</source>
        <translation>{what} must not contain line breaks.</translation>
    </message>
    <message>
        <source>{what} mag niet leeg zijn.</source>
        <translation>{what} must not be empty.</translation>
    </message>
    <message>
        <source>{what} moet een naam hebben.</source>
        <translation>{what} must have a name.</translation>
    </message>
    <message>
        <source>{what} moet tekst zijn.</source>
        <translation>{what} must be text.</translation>
    </message>
    <message>
        <source>{what} zijn een lijst.</source>
        <translation>{what} must be a list.</translation>
    </message>
    <message>
        <source>{what} ‘{value}’ bestaat al.</source>
        <translation>{what} ‘{value}’ already exists.</translation>
    </message>
    <message>
        <source>{what} ‘{value}’ komt twee keer voor.</source>
        <translation>{what} ‘{value}’ appears twice.</translation>
    </message>
    <message>
        <source>{what}: een naam staat er twee keer in.</source>
        <translation>{what}: a name appears twice.</translation>
    </message>
    <message>
        <source>{what}: {reason}. Het document is onveranderd.</source>
        <translation>{what}: {reason}. The document is unchanged.</translation>
    </message>
    <message>
        <source>{where} hoort bij de onbekende optie ‘{option}’.</source>
        <translation>{where} belongs to the unknown option ‘{option}’.</translation>
    </message>
    <message>
        <source>{where} hoort bij het onbekende hoofdstuk ‘{chapter}’.</source>
        <translation>{where} belongs to the unknown chapter ‘{chapter}’.</translation>
    </message>
    <message>
        <source>{where} hoort bij het onbekende taakveld ‘{task_field}’.</source>
        <translation>{where} belongs to the unknown task field ‘{task_field}’.</translation>
    </message>
    <message>
        <source>{where} verwijst naar de onbekende gemeente ‘{name}’.</source>
        <translation>{where} refers to the unknown municipality ‘{name}’.</translation>
    </message>
    <message>
        <source>{where} verwijst naar de onbekende optie ‘{name}’.</source>
        <translation>{where} refers to the unknown option ‘{name}’.</translation>
    </message>
    <message>
        <source>{where} verwijst naar het onbekende taakveld ‘{name}’.</source>
        <translation>{where} refers to the unknown task field ‘{name}’.</translation>
    </message>
    <message>
        <source>‘{name}’ is een kopie van een ander document (‘{title}’), niet van ‘{own_title}’. Er is niets overgenomen.</source>
        <translation>‘{name}’ is a copy of another document (‘{title}’), not of ‘{own_title}’. Nothing was taken over.</translation>
    </message>
    <message>
        <source>‘{name}’ is een kopie van versie {version}; dit document is nu versie {own_version}. Alleen opmerkingen op dezelfde versie worden overgenomen; er is niets overgenomen.</source>
        <translation>‘{name}’ is a copy of version {version}; this document is now version {own_version}. Only comments on the same version are taken over; nothing was taken over.</translation>
    </message>
    <message>
        <source>‘{name}’ is een map, geen JSON-bestand.</source>
        <translation>‘{name}’ is a folder, not a JSON file.</translation>
    </message>
    <message>
        <source>‘{name}’ is een map, geen STAAN-document.</source>
        <translation>‘{name}’ is a folder, not a STAAN document.</translation>
    </message>
    <message>
        <source>‘{name}’ is een map; kies een bestandsnaam.</source>
        <translation>‘{name}’ is a folder; choose a file name.</translation>
    </message>
    <message>
        <source>‘{name}’ is geen STAAN-document en wordt niet overschreven; kies een andere naam.</source>
        <translation>‘{name}’ is not a STAAN document and is not overwritten; choose another name.</translation>
    </message>
    <message>
        <source>‘{name}’ is geen bruikbaar Word-sjabloon (.dotx of .docx).</source>
        <translation>‘{name}’ is not a usable Word template (.dotx or .docx).</translation>
    </message>
    <message>
        <source>‘{name}’ is geen geldige methode.</source>
        <translation>‘{name}’ is not a valid method.</translation>
    </message>
    <message>
        <source>‘{name}’ is geen gemeente van dit document.</source>
        <translation>‘{name}’ is not a municipality of this document.</translation>
    </message>
    <message>
        <source>‘{name}’ is geen gewoon bestand.</source>
        <translation>‘{name}’ is not a regular file.</translation>
    </message>
    <message>
        <source>‘{name}’ kan niet worden gelezen.</source>
        <translation>‘{name}’ cannot be read.</translation>
    </message>
    <message>
        <source>‘{name}’ kon niet veilig uit de WAL-modus worden omgezet.</source>
        <translation>‘{name}’ could not be safely converted out of WAL mode.</translation>
    </message>
    <message>
        <source>‘{name}’ kon niet worden geschreven: {reason}.</source>
        <translation>‘{name}’ could not be written: {reason}.</translation>
    </message>
    <message>
        <source>‘{name}’ staat twee keer bij de leden van de stuurgroep.</source>
        <translation>‘{name}’ appears twice among the members of the steering group.</translation>
    </message>
    <message>
        <source>‘{text}’ is geen getal (schrijf bijvoorbeeld 26.300 of 180,5).</source>
        <translation>‘{text}’ is not a number (write for example 26.300 or 180,5).</translation>
    </message>
    <message>
        <source>‘{value}’ is geen geldige datum; schrijf jjjj-mm-dd, bijvoorbeeld 2026-12-01.</source>
        <translation>‘{value}’ is not a valid date; write yyyy-mm-dd, for example 2026-12-01.</translation>
    </message>
    <message>
        <source>‘{value}’ is geen versienummer; geef een nummer of ‘concept’.</source>
        <translation>‘{value}’ is not a version number; give a number or ‘concept’.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="51"/>
        <source>resultaat</source>
        <translation>result</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="51"/>
        <source>actie</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="54"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="54"/>
        <source>Soort wijzigen</source>
        <translation>Change kind</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="55"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="55"/>
        <source>Omschrijving wijzigen</source>
        <translation>Change description</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="56"/>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="56"/>
        <source>Eigenaar wijzigen</source>
        <translation>Change owner</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="57"/>
        <source>Partij</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="57"/>
        <source>Partij wijzigen</source>
        <translation>Change party</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="58"/>
        <source>Streefdatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="58"/>
        <source>Streefdatum wijzigen</source>
        <translation>Change target date</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="60"/>
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="61"/>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="61"/>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="62"/>
        <source>Taakveld</source>
        <translation>Task field</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="62"/>
        <source>Taakveld wijzigen</source>
        <translation>Change task field</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="63"/>
        <source>Optie</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="63"/>
        <source>Optie wijzigen</source>
        <translation>Change option</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="67"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="76"/>
        <source>Wat moet er gebeuren — Enter voegt toe</source>
        <translation>What needs doing — Enter adds</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="78"/>
        <source>jjjj-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="79"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="84"/>
        <source>&amp;Resultaat of actie</source>
        <translation>&amp;Result or action</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="85"/>
        <source>&amp;Streefdatum</source>
        <translation>&amp;Target date</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="96"/>
        <source>Resultaten en acties na de sessie</source>
        <translation>Results and actions after the session</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="100"/>
        <source>Een streefdatum is een echte datum (jjjj-mm-dd); wat na die dag nog open is, staat als te laat gemarkeerd · in de tabel: typen of F2 wijzigt, Alt+↑/↓ verplaatst, Delete verwijdert.</source>
        <translation>A target date is a real date (yyyy-mm-dd); what is still open after that day is marked overdue · in the table: typing or F2 edits, Alt+↑/↓ moves, Delete removes.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/register.py" line="123"/>
        <source>Actie toevoegen</source>
        <translation>Add action</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/register_view.py" line="28"/>
        <source>Terugblik acties</source>
        <translation>Review of actions</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/register_view.py" line="35"/>
        <source>Geen openstaande resultaten of acties.</source>
        <translation>No open results or actions.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/register_view.py" line="38"/>
        <source>{0} open · {1} te laat</source>
        <translation>{0} open · {1} overdue</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/register_view.py" line="51"/>
        <source>{0} (te laat)</source>
        <translation>{0} (overdue)</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <location filename="../../staan_desktop/gui/rescue_dialog.py" line="36"/>
        <source>Gered document bewaren als</source>
        <translation>Save rescued document as</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/rescue_dialog.py" line="36"/>
        <source>STAAN-documenten (*{0})</source>
        <translation>STAAN documents (*{0})</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/rescue_dialog.py" line="50"/>
        <location filename="../../staan_desktop/gui/rescue_dialog.py" line="58"/>
        <source>Redden</source>
        <translation>Rescue</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/rescue_dialog.py" line="60"/>
        <source>Gered in {0}: {1} rijen overgenomen, {2} weggelaten. Het oorspronkelijke bestand is niet veranderd.</source>
        <translation>Rescued into {0}: {1} rows taken over, {2} left out. The original file has not been changed.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/rescue_dialog.py" line="67"/>
        <source>weggelaten</source>
        <translation>left out</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="142"/>
        <source>Geen document geopend.</source>
        <translation>No document open.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="184"/>
        <location filename="../../staan_desktop/gui/review_actions.py" line="406"/>
        <source>&amp;Nieuwe conceptversie</source>
        <translation>&amp;New draft version</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="234"/>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="235"/>
        <source>Onder welke naam plaatst u opmerkingen en legt u besluiten vast?
U kunt die later wijzigen bij Instellingen.</source>
        <translation>Under which name do you place comments and record decisions?
You can change it later in Settings.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="269"/>
        <source>Het hele document</source>
        <translation>The whole document</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="281"/>
        <source>Opmerking plaatsen</source>
        <translation>Place a comment</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="284"/>
        <source>Opmerking geplaatst.</source>
        <translation>Comment placed.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="336"/>
        <source>Dit onderdeel staat op geen van de pagina&apos;s.</source>
        <translation>This item is on none of the pages.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="355"/>
        <source>Versie {0} is vastgesteld.</source>
        <translation>Version {0} has been signed off.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="365"/>
        <source>U werkt nu in conceptversie {0}.</source>
        <translation>You are now working in draft version {0}.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="377"/>
        <location filename="../../staan_desktop/gui/review_actions.py" line="389"/>
        <source>Openen ter beoordeling</source>
        <translation>Open for review</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="322"/>
        <location filename="../../staan_desktop/gui/review_actions.py" line="377"/>
        <source>STAAN-documenten (*{0})</source>
        <translation>STAAN documents (*{0})</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="401"/>
        <source>Opmerkingen</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="402"/>
        <source>&amp;Opmerkingen</source>
        <translation>&amp;Comments</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="403"/>
        <source>Opmerking &amp;toevoegen…</source>
        <translation>&amp;Add comment…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="404"/>
        <source>&amp;Vaststellen…</source>
        <translation>&amp;Sign off…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="405"/>
        <source>Het besluit van de stuurgroep vastleggen; de versie wordt bevroren</source>
        <translation>Record the steering group&apos;s decision; the version is frozen</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="407"/>
        <source>Versie&amp;geschiedenis…</source>
        <translation>Version &amp;history…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="408"/>
        <source>Openen ter &amp;beoordeling…</source>
        <translation>Open for re&amp;view…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="409"/>
        <source>Opmerkingen plaatsen zonder de inhoud te kunnen wijzigen</source>
        <translation>Place comments without being able to change the content</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="296"/>
        <source>Kies eerst een hoofdstuk in de lijst van Hoofdstukken.</source>
        <translation>First choose a chapter in the list of Chapters.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="306"/>
        <source>Hoofdstuk controleren</source>
        <translation>Check chapter</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="310"/>
        <source>‘{0}’ is niet meer als gecontroleerd gemarkeerd.</source>
        <translation>‘{0}’ is no longer marked as checked.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="310"/>
        <source>‘{0}’ is gecontroleerd.</source>
        <translation>‘{0}’ is checked.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="321"/>
        <location filename="../../staan_desktop/gui/review_actions.py" line="329"/>
        <source>Opmerkingen ophalen uit kopie</source>
        <translation>Fetch comments from a copy</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="410"/>
        <source>Hoofdstuk &amp;gecontroleerd</source>
        <translation>Chapter &amp;checked</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="411"/>
        <source>Het hoofdstuk dat in de lijst is gekozen als gelezen en in orde markeren, of niet meer</source>
        <translation>Mark the chapter chosen in the list as read and in order, or no longer</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="412"/>
        <source>Opmerkingen op&amp;halen uit kopie…</source>
        <translation>Fetc&amp;h comments from a copy…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review_actions.py" line="413"/>
        <source>De opmerkingen uit een teruggestuurde kopie van dit document overnemen</source>
        <translation>Take in the comments from a returned copy of this document</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="48"/>
        <source>Beschrijving van de rol wijzigen</source>
        <translation>Change description of the role</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="50"/>
        <source>Kop van de verantwoordelijkheden wijzigen</source>
        <translation>Change heading of the responsibilities</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="54"/>
        <source>Voetnoot bij de gekozen verantwoordelijkheid</source>
        <translation>Footnote to the selected responsibility</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="55"/>
        <source>Voetnoot wijzigen</source>
        <translation>Change footnote</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="59"/>
        <source>&amp;Beschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="60"/>
        <source>&amp;Kop:</source>
        <translation>Head&amp;ing:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="63"/>
        <source>Verantwoordelijkheden</source>
        <translation>Responsibilities</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="66"/>
        <source>&amp;Voetnoot:</source>
        <translation>Foot&amp;note:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="68"/>
        <source>Leden (‘Naam, Gemeente’)</source>
        <translation>Members (‘Name, Municipality’)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="72"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="81"/>
        <source>Rollen in de samenwerking</source>
        <translation>Roles in the collaboration</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="92"/>
        <source>Rol toevoegen</source>
        <translation>Add role</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="93"/>
        <source>Rol hernoemen</source>
        <translation>Rename role</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="94"/>
        <source>Rol verplaatsen</source>
        <translation>Move role</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="95"/>
        <source>Rol verwijderen</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="96"/>
        <source>Nieuwe rol — Enter voegt toe</source>
        <translation>New role — Enter adds it</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="117"/>
        <source>Verantwoordelijkheid toevoegen</source>
        <translation>Add responsibility</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="118"/>
        <source>Verantwoordelijkheid wijzigen</source>
        <translation>Edit responsibility</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="119"/>
        <source>Verantwoordelijkheid verplaatsen</source>
        <translation>Move responsibility</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="120"/>
        <source>Verantwoordelijkheid verwijderen</source>
        <translation>Delete responsibility</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="121"/>
        <source>Nieuwe verantwoordelijkheid — Enter voegt toe</source>
        <translation>New responsibility — Enter adds it</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="146"/>
        <source>Lid toevoegen</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="148"/>
        <source>Lid verplaatsen</source>
        <translation>Move member</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="149"/>
        <source>Lid verwijderen</source>
        <translation>Delete member</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="150"/>
        <source>Nieuw lid: ‘Naam, Gemeente’ — Enter voegt toe</source>
        <translation>New member: ‘Name, Municipality’ — Enter adds</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/roles.py" line="76"/>
        <source>&amp;Publieke functie van het lid:</source>
        <translation>&amp;Public function of the member:</translation>
    </message>
</context>
<context>
    <name>RoomControls</name>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="343"/>
        <source>Geen netwerk gevonden: alleen deze computer kan de zaal bereiken. Verbind met wifi of zet een hotspot aan en open de zaal opnieuw.</source>
        <translation>No network found: only this computer can reach the room. Connect to Wi-Fi or turn on a hotspot and open the room again.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="349"/>
        <location filename="../../staan_desktop/gui/room_panel.py" line="377"/>
        <source>Zaal openen</source>
        <translation>Open the room</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="392"/>
        <location filename="../../staan_desktop/gui/room_panel.py" line="393"/>
        <source>Zaal sluiten</source>
        <translation>Close the room</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="419"/>
        <location filename="../../staan_desktop/gui/room_panel.py" line="428"/>
        <location filename="../../staan_desktop/gui/room_panel.py" line="553"/>
        <source>Zaal</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="451"/>
        <source>Scores uit de zaal</source>
        <translation>Scores from the room</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="462"/>
        <source>Uitspraak uit de zaal</source>
        <translation>Statement from the room</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="524"/>
        <source>Aanwezig: {0}</source>
        <translation>Present: {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="528"/>
        <source>Nog geen ronde.</source>
        <translation>No round yet.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="530"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="530"/>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="531"/>
        <source>, uitkomst getoond</source>
        <translation>, outcome shown</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="533"/>
        <source>Ronde {0} {1}: {2} telefoons deden mee{3}.</source>
        <translation>Round {0} {1}: {2} phones took part{3}.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="547"/>
        <source>Doe mee met uw telefoon: scan de code</source>
        <translation>Take part with your phone: scan the code</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="552"/>
        <source>&amp;Zaal open voor telefoons</source>
        <translation>&amp;Room open for phones</translation>
    </message>
    <message>
        <source>SWOT van een optie</source>
        <translation>SWOT of an option</translation>
    </message>
    <message>
        <source>Er zijn nog geen opties.</source>
        <translation>There are no options yet.</translation>
    </message>
    <message>
        <source>Belangen verzamelen</source>
        <translation>Collect interests</translation>
    </message>
    <message>
        <source>Er zijn nog geen categorieën van belangen.</source>
        <translation>There are no interest categories yet.</translation>
    </message>
    <message>
        <source>Optie</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Aanmeldkaarten</source>
        <translation>Join cards</translation>
    </message>
    <message>
        <source>Aanmeldkaarten bewaren</source>
        <translation>Save join cards</translation>
    </message>
    <message>
        <source>aanmeldkaarten.pdf</source>
        <translation>join-cards.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{0} kaarten in ‘{1}’; voortaan doet alleen mee wie een kaart heeft.</source>
        <translation>{0} cards in ‘{1}’; from now on only card holders take part.</translation>
    </message>
    <message>
        <source>Belang uit de zaal</source>
        <translation>Interest from the room</translation>
    </message>
    <message>
        <source>SWOT-punt uit de zaal</source>
        <translation>SWOT point from the room</translation>
    </message>
    <message>
        <source>Belang</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Sterkte</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Zwakte</source>
        <translation>Weakness</translation>
    </message>
    <message>
        <source>Kans</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Bedreiging</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>anoniem</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>Kaarten: {0} van {1} gebruikt</source>
        <translation>Cards: {0} of {1} used</translation>
    </message>
    <message>
        <source>kaarten: {0} van {1} gebruikt</source>
        <translation>cards: {0} of {1} used</translation>
    </message>
    <message>
        <source>Eerst de wifi: {0}</source>
        <translation>First the Wi-Fi: {0}</translation>
    </message>
    <message>
        <source>Taakveld uit de zaal</source>
        <translation>Task field from the room</translation>
    </message>
    <message>
        <source>Idee</source>
        <translation>Idea</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="221"/>
        <source>QR-code op de projector</source>
        <translation>QR code on the projector</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="222"/>
        <source>Het netwerk waarop telefoons de zaal bereiken</source>
        <translation>The network on which phones reach the room</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="223"/>
        <source>Ronde</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="226"/>
        <source>Gemeentescore: gemiddelde</source>
        <translation>Municipality&apos;s score: mean</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="227"/>
        <source>Gemeentescore: mediaan</source>
        <translation>Municipality&apos;s score: median</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="229"/>
        <source>Scoren: preferente taakvelden</source>
        <translation>Score: short-listed task fields</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="230"/>
        <source>Scoren: opties</source>
        <translation>Score: options</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="231"/>
        <source>Uitspraken verzamelen</source>
        <translation>Collect statements</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="232"/>
        <source>Ronde sluiten</source>
        <translation>Close round</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="233"/>
        <source>Uitkomst tonen</source>
        <translation>Show outcome</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="234"/>
        <source>Ingestuurde teksten</source>
        <translation>Texts sent in</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="235"/>
        <source>Opnemen</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="236"/>
        <source>Weigeren</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="237"/>
        <source>Handstemming</source>
        <translation>Hand vote</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="238"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="238"/>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="238"/>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="238"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/room_panel.py" line="242"/>
        <source>Handstem toevoegen</source>
        <translation>Add hand vote</translation>
    </message>
    <message>
        <source>Per gemeente</source>
        <translation>By municipality</translation>
    </message>
    <message>
        <source>Anoniem</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Op naam</source>
        <translation>Named</translation>
    </message>
    <message>
        <source>Wat er bewaard en getoond wordt van wie wat inzond; de telefoons tonen het</source>
        <translation>What is kept and shown of who sent what; the phones show it</translation>
    </message>
    <message>
        <source>Peiling…</source>
        <translation>Poll…</translation>
    </message>
    <message>
        <source>Belangen verzamelen…</source>
        <translation>Collect interests…</translation>
    </message>
    <message>
        <source>SWOT van een optie…</source>
        <translation>SWOT of an option…</translation>
    </message>
    <message>
        <source>Wifi voor de telefoons (niet in het document)</source>
        <translation>Wi-Fi for the phones (not in the document)</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Aanmeldkaarten afdrukken…</source>
        <translation>Print join cards…</translation>
    </message>
    <message>
        <source>Ideeën voor taakvelden verzamelen</source>
        <translation>Collect ideas for task fields</translation>
    </message>
    <message>
        <source>Opgenomen ideeën komen als taakveld op de lange lijst, niet preferent</source>
        <translation>Accepted ideas become task fields on the long list, not short-listed</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/rules.py" line="28"/>
        <source>Spelregel toevoegen</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/rules.py" line="29"/>
        <source>Spelregel wijzigen</source>
        <translation>Edit rule</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/rules.py" line="30"/>
        <source>Spelregel verplaatsen</source>
        <translation>Move rule</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/rules.py" line="31"/>
        <source>Spelregel verwijderen</source>
        <translation>Delete rule</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/rules.py" line="32"/>
        <source>Nieuwe spelregel — Enter voegt toe</source>
        <translation>New rule — Enter adds it</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/rules.py" line="38"/>
        <source>Spelregels van de samenwerking</source>
        <translation>Rules of the game for the collaboration</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/rules.py" line="40"/>
        <source>Afspraken over hoe de gemeenten met elkaar omgaan, bijvoorbeeld over het delen van informatie.</source>
        <translation>Agreements on how the municipalities work with each other, for example on sharing information.</translation>
    </message>
</context>
<context>
    <name>ScoreTableView</name>
    <message>
        <location filename="../../staan_desktop/gui/widgets/score_table.py" line="99"/>
        <source>{0} valt buiten de schaal {1}–{2}.</source>
        <extracomment>A key was refused; the text says why (shown next to the grid).</extracomment>
        <translation>{0} is outside the scale {1}–{2}.</translation>
    </message>
</context>
<context>
    <name>ScoringModel</name>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="245"/>
        <source>Taakveld</source>
        <translation>Task field</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="249"/>
        <source>Indeling</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="251"/>
        <source>Verschil</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="255"/>
        <source>{0}: schaal {1}–{2}, gewicht {3}</source>
        <translation>{0}: scale {1}–{2}, weight {3}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="294"/>
        <source>De scores van de gemeenten liggen op een criterium ver uit elkaar.</source>
        <translation>The municipalities&apos; scores on a criterion are far apart.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="329"/>
        <source>Afgesproken: {0}</source>
        <translation>Agreed: {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="332"/>
        <source>{0} gemeente(n): {1}–{2}, gemiddeld {3}</source>
        <translation>{0} municipality(-ies): {1}–{2}, average {3}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="344"/>
        <source> (besluit)</source>
        <translation> (decision)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="362"/>
        <source>Berekend: {0} % van de maximale score</source>
        <translation>Calculated: {0}% of the maximum score</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="364"/>
        <source>Besloten: {0}</source>
        <translation>Decided: {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="214"/>
        <source> · fragiel</source>
        <extracomment>(scale_min, scale_max) of a criterion cell, for the view&apos;s digit keys. The symbol of a row&apos;s class (●●● for the highest of three), ``None`` when it has none: the view shows it beside the name, so the class is not told by colour alone. Backgrounds of the classes from the highest down: the colours of the projector and the PDF. Text on the dissent colour, in light and dark schemes alike. Per row, filled with its outcome: the smallest score change that moves the class.</extracomment>
        <translation> · fragile</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="367"/>
        <source>De klasse verandert als één score op {0} {1:+d} verschuift</source>
        <translation>The class changes when one score on {0} moves by {1:+d}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="381"/>
        <source>afgesproken</source>
        <translation>agreed</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="383"/>
        <source>Score van {0} op ‘{1}’ wissen ({2})</source>
        <translation>Clear score of {0} on ‘{1}’ ({2})</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="385"/>
        <source>Score {0} voor {1} op ‘{2}’ ({3})</source>
        <translation>Score {0} for {1} on ‘{2}’ ({3})</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="48"/>
        <source>&amp;Invoer voor:</source>
        <extracomment>Narrow header margins: the criteria&apos;s names decide the width of the columns of digits.</extracomment>
        <translation>&amp;Input for:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="51"/>
        <source>Indeling aanpassen…</source>
        <translation>Adjust classification…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="62"/>
        <source>De klasse van het gekozen taakveld met een reden vastleggen (Ctrl+K)</source>
        <translation>Set the class of the selected task field, with a reason (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="55"/>
        <source>Voor wie de getypte cijfers gelden (Ctrl+PgDn / Ctrl+PgUp: volgende / vorige)</source>
        <translation>Whom the typed digits are for (Ctrl+PgDn / Ctrl+PgUp: next / previous)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="53"/>
        <source>Volgorde van het document</source>
        <translation>Document order</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="80"/>
        <source>Scoren van de preferente taakvelden</source>
        <translation>Scoring the short-listed task fields</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="87"/>
        <source>Typ een cijfer: de score staat vast en de cursor gaat door naar het volgende criterium. Delete wist · Enter gaat omlaag · Ctrl+PgDn / Ctrl+PgUp: volgende / vorige gemeente · Ctrl+K: indeling aanpassen · klik op een kolomkop om te sorteren.</source>
        <translation>Type a digit: the score is recorded and the cursor moves on to the next criterion. Delete clears · Enter moves down · Ctrl+PgDn / Ctrl+PgUp: next / previous municipality · Ctrl+K: adjust classification · click a column header to sort.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="137"/>
        <source>Afgesproken score (de hele zaal)</source>
        <translation>Agreed score (the whole room)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="164"/>
        <source>niet gescoord</source>
        <translation>not scored</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="165"/>
        <source> (besluit)</source>
        <translation> (decision)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="244"/>
        <source>Indeling van {0} aanpassen</source>
        <translation>Adjust classification of {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="249"/>
        <source>Berekende indeling van {0} gebruiken</source>
        <translation>Use calculated classification of {0}</translation>
    </message>
</context>
<context>
    <name>ScoringView</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/scoring_view.py" line="62"/>
        <source>Scoren van de preferente taakvelden</source>
        <extracomment>Height of a row and of a header line, in body-text sizes (a row holds a score and its spread). Header text relative to the cells, and how far the cells may grow beyond body text. The horizontal padding of a column head (style.header_sheet).</extracomment>
        <translation>Scoring the short-listed task fields</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/scoring_view.py" line="83"/>
        <source>Nog geen preferente taakvelden: zet taakvelden op de korte lijst.</source>
        <translation>No short-listed task fields yet: put task fields on the short list.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/scoring_view.py" line="86"/>
        <source>Scores blijven verborgen tot ze worden onthuld.   {0} gescoord   {1} bezig   {2} nog niet</source>
        <translation>Scores stay hidden until they are revealed.   {0} scored   {1} busy   {2} not yet</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/scoring_view.py" line="91"/>
        <source>Kleur: licht = lage score, donker = hoge score.</source>
        <translation>Colour: light = low score, dark = high score.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/scoring_view.py" line="205"/>
        <source>Deel {0} van {1}</source>
        <translation>Part {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/scoring_view.py" line="1"/>
        <source>Spreiding per gemeente</source>
        <translation>Spread per municipality</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/scoring_view.py" line="1"/>
        <source>telt mee</source>
        <translation>counts</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/scoring_view.py" line="142"/>
        <source>Alleen wat de zaal al mag zien: verborgen scores tellen niet mee, de plaatsen gelden onder wat hier staat.</source>
        <translation>Only what the room may see already: hidden scores do not count, the places hold among what is shown here.</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/session_actions.py" line="73"/>
        <source>&amp;Projectorweergave</source>
        <extracomment>objectName → (keys, checkable) The window&apos;s Session menu (in its menu bar from the first frame, titled by the window).</extracomment>
        <translation>&amp;Projector view</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session_actions.py" line="74"/>
        <source>Projector naar ander sch&amp;erm</source>
        <translation>Projector to another scr&amp;een</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session_actions.py" line="75"/>
        <source>&amp;Donkere projectorweergave</source>
        <translation>&amp;Dark projector view</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session_actions.py" line="76"/>
        <source>&amp;Volgende agendastap</source>
        <translation>&amp;Next agenda step</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session_actions.py" line="77"/>
        <source>V&amp;orige agendastap</source>
        <translation>Pre&amp;vious agenda step</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session_actions.py" line="78"/>
        <source>&amp;Timer pauzeren of hervatten</source>
        <translation>Pause or resume the &amp;timer</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session_actions.py" line="79"/>
        <source>Alle scores &amp;onthullen</source>
        <translation>Reveal all &amp;scores</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session_actions.py" line="80"/>
        <source>&amp;Taakveld onthullen of verbergen</source>
        <translation>Reveal or hide the task &amp;field</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session_actions.py" line="91"/>
        <source>Projectorscher&amp;m</source>
        <translation>Projector scree&amp;n</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session_actions.py" line="81"/>
        <source>Volgend &amp;deel op de projector</source>
        <translation>Next &amp;part on the projector</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session_actions.py" line="82"/>
        <source>Vorig d&amp;eel op de projector</source>
        <translation>Previous pa&amp;rt on the projector</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session_actions.py" line="83"/>
        <source>&amp;Overschrijding van de tijd niet aan de zaal tonen</source>
        <translation>D&amp;on&apos;t show the room when time runs over</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/session.py" line="205"/>
        <source>⚠ +{0} over tijd</source>
        <extracomment>Width of the session panel when the projector first shows it, in pixels. Where the projector goes: a screen (full screen), or ``None`` for a window.</extracomment>
        <translation>⚠ +{0} over time</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session.py" line="207"/>
        <source>nog {0}</source>
        <translation>{0} left</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session.py" line="222"/>
        <source>De geplande tijd geldt nu, maar is niet bewaard: {0}</source>
        <translation>The planned time applies now, but was not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session.py" line="261"/>
        <source>Kies op de pagina Scoren het taakveld dat de zaal mag zien.</source>
        <translation>On the Scoring page, choose the task field the room may see.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session.py" line="315"/>
        <source>In een venster (één scherm, of Shift+F5 voor een ander scherm).</source>
        <translation>In a window (one screen, or Shift+F5 for another screen).</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session.py" line="317"/>
        <source>Volledig scherm op {0}</source>
        <translation>Full screen on {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session.py" line="324"/>
        <source>In een venster</source>
        <translation>In a window</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session.py" line="361"/>
        <source>Sessie</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/session.py" line="362"/>
        <source>Sessiep&amp;aneel</source>
        <translation>Session p&amp;anel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../staan_desktop/gui/settings_dialog.py" line="52"/>
        <source>Zoals het systeem</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/settings_dialog.py" line="52"/>
        <source>Licht</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/settings_dialog.py" line="52"/>
        <source>Donker</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/settings_dialog.py" line="77"/>
        <source>Map voor documenten kiezen</source>
        <translation>Choose folder for documents</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="14"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="25"/>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="38"/>
        <source>&amp;Kleuren:</source>
        <translation>&amp;Colours:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="51"/>
        <source>Tekst&amp;grootte:</source>
        <translation>Text &amp;size:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="64"/>
        <source>&amp;Map voor documenten:</source>
        <translation>&amp;Folder for documents:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="76"/>
        <source>Map Documenten</source>
        <translation>Documents folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="83"/>
        <location filename="../../ui/settings_dialog.ui" line="86"/>
        <source>Map kiezen</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="95"/>
        <source>Uw &amp;naam bij opmerkingen:</source>
        <translation>Your &amp;name on comments:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="105"/>
        <source>bijvoorbeeld: procesmanager</source>
        <translation>for example: process manager</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="140"/>
        <source>Taal, kleuren en tekstgrootte gaan direct in.</source>
        <translation>Language, colours and text size apply at once.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/settings_dialog.py" line="61"/>
        <source>elke minuut</source>
        <translation>every minute</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/settings_dialog.py" line="61"/>
        <source>elke {0} minuten</source>
        <translation>every {0} minutes</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/settings_dialog.py" line="65"/>
        <source>de laatste {0} per document</source>
        <translation>the last {0} per document</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="112"/>
        <source>&amp;Reservekopie tijdens het werk:</source>
        <translation>&amp;Backup while working:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="125"/>
        <source>Reservekopieën &amp;bewaren:</source>
        <translation>&amp;Keep backups:</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../../staan_desktop/gui/shell/window.py" line="128"/>
        <source>Werkbalk</source>
        <extracomment>The trajectory&apos;s title once a document is open, and the file shown (opening or open).</extracomment>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/shell/window.py" line="213"/>
        <source>STAAN Desktop</source>
        <extracomment>The open document, if any.</extracomment>
        <translation>STAAN Desktop</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/shell/window.py" line="216"/>
        <source>(alleen-lezen)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/shell/window.py" line="260"/>
        <source>Over STAAN Desktop</source>
        <translation>About STAAN Desktop</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/shell/window.py" line="262"/>
        <source>&lt;h3&gt;STAAN Desktop {0}&lt;/h3&gt;&lt;p&gt;Werkconferenties tussen gemeenten faciliteren en het startdocument maken. Werkt volledig offline; elke wijziging wordt direct bewaard.&lt;/p&gt;&lt;p&gt;Logbestanden: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;STAAN Desktop {0}&lt;/h3&gt;&lt;p&gt;Facilitate work conferences between municipalities and write the start document. Works fully offline; every change is saved at once.&lt;/p&gt;&lt;p&gt;Log files: {1}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.ui" line="14"/>
        <location filename="../../ui/shortcuts_dialog.ui" line="20"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/shortcuts_dialog.py" line="26"/>
        <source> of </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.ui" line="36"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.ui" line="41"/>
        <source>Toetsen</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SignoffDialog</name>
    <message>
        <location filename="../../ui/signoff_dialog.ui" line="12"/>
        <source>Vaststellen door de stuurgroep</source>
        <translation>Sign-off by the steering group</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/signoff_dialog.py" line="39"/>
        <source>Hiermee wordt versie %1 vastgesteld en bevroren. Daarna kan de inhoud alleen nog worden gewijzigd in een nieuwe conceptversie.</source>
        <translation>This signs off and freezes version %1. After that the content can only be changed in a new draft version.</translation>
    </message>
    <message>
        <location filename="../../ui/signoff_dialog.ui" line="27"/>
        <source>&amp;Datum van het besluit</source>
        <translation>&amp;Date of the decision</translation>
    </message>
    <message>
        <location filename="../../ui/signoff_dialog.ui" line="47"/>
        <source>&amp;Vergadering</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/signoff_dialog.ui" line="57"/>
        <source>bijvoorbeeld: Stuurgroep 3</source>
        <translation>for example: Steering group 3</translation>
    </message>
    <message>
        <location filename="../../ui/signoff_dialog.ui" line="64"/>
        <source>&amp;Ingestemd door</source>
        <translation>&amp;Agreed by</translation>
    </message>
    <message>
        <location filename="../../ui/signoff_dialog.ui" line="77"/>
        <source>Eén naam per regel</source>
        <translation>One name per line</translation>
    </message>
    <message numerus="yes">
        <location filename="../../staan_desktop/gui/review/signoff_dialog.py" line="51"/>
        <source>Let op: er staan nog %n opmerking(en) open.</source>
        <translation>
            <numerusform>Note: %n comment is still open.</numerusform>
            <numerusform>Note: %n comments are still open.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/signoff_dialog.py" line="55"/>
        <source>Vaststellen</source>
        <translation>Sign off</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../staan_desktop/gui/status_bar.py" line="51"/>
        <source>Alleen-lezen: wijzigingen worden niet bewaard</source>
        <translation>Read-only: changes are not saved</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/status_bar.py" line="54"/>
        <source>Elke wijziging wordt direct bewaard</source>
        <translation>Every change is saved at once</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/status_bar.py" line="57"/>
        <source>Opgeslagen {0}</source>
        <translation>Saved {0}</translation>
    </message>
</context>
<context>
    <name>SwotView</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="32"/>
        <source>Sterkten</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="33"/>
        <source>Zwakten</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="34"/>
        <source>Kansen</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="35"/>
        <source>Bedreigingen</source>
        <translation>Threats</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="76"/>
        <source>SWOT van de opties</source>
        <translation>SWOT of the options</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="104"/>
        <source>Nog geen opties. Welke vormen van samenwerking wegen we?</source>
        <translation>No options yet. Which forms of cooperation are we weighing?</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="120"/>
        <source>Referenties: {0}</source>
        <translation>Reference cases: {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/option_views.py" line="122"/>
        <source>Optie {0} van {1} · PageDown: volgende</source>
        <translation>Option {0} of {1} · PageDown: next</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../staan_desktop/gui/tasks.py" line="106"/>
        <source>Annuleren</source>
        <extracomment>Milliseconds before the progress dialog shows itself.</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TaskFieldsModel</name>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="83"/>
        <source>Preferent</source>
        <extracomment>The field of TaskField and the service keyword behind each text column.</extracomment>
        <translation>Short-listed</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="84"/>
        <source>Taakveld</source>
        <translation>Task field</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="85"/>
        <source>Voetnoot</source>
        <translation>Footnote</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="86"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="100"/>
        <source>Spatie: op de shortlist zetten of eraf halen</source>
        <translation>Space: put on the short list or take off it</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="133"/>
        <source>{0} preferent maken</source>
        <translation>Short-list {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="133"/>
        <source>{0} van de shortlist halen</source>
        <translation>Take {0} off the short list</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="146"/>
        <source>Taakveld hernoemen</source>
        <translation>Rename task field</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="147"/>
        <source>Voetnoot van {0} wijzigen</source>
        <translation>Change footnote of {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="148"/>
        <source>Omschrijving van {0} wijzigen</source>
        <translation>Change description of {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="158"/>
        <source>Taakveld toevoegen</source>
        <translation>Add task field</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="158"/>
        <source>{0} taakvelden toevoegen</source>
        <translation>Add {0} task fields</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="167"/>
        <source>Taakveld verplaatsen</source>
        <translation>Move task field</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="178"/>
        <source>Taakveld ‘{0}’ verwijderen</source>
        <translation>Delete task field ‘{0}’</translation>
    </message>
</context>
<context>
    <name>TaskFieldsPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/task_fields.py" line="43"/>
        <source>Nieuw taakveld — Enter voegt toe; een geplakte lijst voegt elke regel toe</source>
        <translation>New task field — Enter adds it; a pasted list adds every line</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/task_fields.py" line="47"/>
        <source>Alleen &amp;preferente taakvelden tonen</source>
        <translation>Show &amp;only short-listed task fields</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/task_fields.py" line="78"/>
        <source>Groslijst en preferente taakvelden</source>
        <translation>Long list and short-listed task fields</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/task_fields.py" line="85"/>
        <source>Spatie in de kolom Preferent zet een taakveld op de shortlist of haalt het eraf · typen of F2 wijzigt naam, voetnoot of omschrijving · Alt+↑/↓ verplaatst · Delete verwijdert (Ctrl+Z maakt ongedaan) · Insert gaat naar het invoerveld.</source>
        <translation>Space in the Short-listed column puts a task field on the short list or takes it off · type or F2 edits name, footnote or description · Alt+↑/↓ moves · Delete deletes (Ctrl+Z undoes) · Insert goes to the entry field.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/task_fields.py" line="104"/>
        <source>{0} van {1} taakvelden preferent</source>
        <translation>{0} of {1} task fields short-listed</translation>
    </message>
</context>
<context>
    <name>TaskFieldsView</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/list_views.py" line="109"/>
        <source>Groslijst van taakvelden</source>
        <translation>Long list of task fields</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/list_views.py" line="115"/>
        <source>Nog geen taakvelden. Welke taken komen in aanmerking?</source>
        <translation>No task fields yet. Which tasks qualify?</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/list_views.py" line="118"/>
        <source>{0} taakvelden · {1} {2} preferent (de korte lijst)</source>
        <translation>{0} task fields · {1} {2} short-listed</translation>
    </message>
</context>
<context>
    <name>TextBinding</name>
    <message>
        <location filename="../../staan_desktop/gui/text_binding.py" line="204"/>
        <source>Dit veld mag niet leeg zijn; de vorige tekst staat er weer.</source>
        <extracomment>Milliseconds after the last keystroke before the text is kept. Milliseconds after the first keystroke not yet kept before it is kept, however fast the typing goes on; with the time a durable write takes, within a second. The text last stored in the content (or, for a draft, what the field started with). The text in the draft table under ``draft_key``, if any.</extracomment>
        <translation>This field may not be empty; the previous text is back.</translation>
    </message>
</context>
<context>
    <name>TitleView</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/title_view.py" line="32"/>
        <source>Werkconferentie</source>
        <translation>Work conference</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/title_view.py" line="42"/>
        <source>Nieuw traject</source>
        <translation>New trajectory</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/title_view.py" line="50"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/title_view.py" line="70"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
</context>
<context>
    <name>TypingDrafts</name>
    <message>
        <location filename="../../staan_desktop/gui/draft_store.py" line="28"/>
        <source>Hersteld na een onderbreking: deze tekst was getypt maar nog niet bevestigd. Bevestig hem of maak het veld leeg.</source>
        <extracomment>How a field with text brought back after a crash looks until it is confirmed: a border in a colour that reads on light and dark schemes, and a tooltip that says what happened.</extracomment>
        <translation>Restored after an interruption: this text was typed but not yet confirmed. Confirm it or clear the field.</translation>
    </message>
</context>
<context>
    <name>VersionHistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.ui" line="14"/>
        <source>Versies en vergelijking</source>
        <translation>Versions and comparison</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/history_dialog.py" line="36"/>
        <source>Versie</source>
        <extracomment>The value in the version choosers that stands for the content being worked on.</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/history_dialog.py" line="36"/>
        <source>Vastgesteld op</source>
        <translation>Signed off on</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/history_dialog.py" line="36"/>
        <source>Vergadering</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/history_dialog.py" line="36"/>
        <source>Ingestemd door</source>
        <translation>Agreed by</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/history_dialog.py" line="37"/>
        <source>Vingerafdruk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/history_dialog.py" line="37"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/history_dialog.py" line="47"/>
        <source>Vingerafdruk (SHA-256): %1
Vastgelegd: %2</source>
        <translation>Fingerprint (SHA-256): %1
Recorded: %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="65"/>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="78"/>
        <source>&amp;naar</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="91"/>
        <source>Ver&amp;gelijk</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="114"/>
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="119"/>
        <source>Wijziging</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/history_dialog.py" line="69"/>
        <source>Nog geen vastgestelde versies; versie 1 is in bewerking.</source>
        <translation>No signed-off versions yet; version 1 is being worked on.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/history_dialog.py" line="71"/>
        <source>Versie %1 is vastgesteld; de inhoud kan niet meer worden gewijzigd.</source>
        <translation>Version %1 is signed off; the content can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/history_dialog.py" line="73"/>
        <source>Versie %1 is in bewerking (concept).</source>
        <translation>Version %1 is being worked on (draft).</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/history_dialog.py" line="77"/>
        <source>Versie %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/history_dialog.py" line="79"/>
        <source>Concept (huidige inhoud)</source>
        <translation>Draft (current content)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/history_dialog.py" line="104"/>
        <source>Geen verschillen.</source>
        <translation>No differences.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../staan_desktop/gui/review/history_dialog.py" line="106"/>
        <source>%n wijziging(en)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/history_dialog.py" line="108"/>
        <source>toegevoegd</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/history_dialog.py" line="108"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/history_dialog.py" line="108"/>
        <source>verwijderd</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/review/history_dialog.py" line="108"/>
        <source>verplaatst</source>
        <translation>moved</translation>
    </message>
</context>
<context>
    <name>WeightComparisonModel</name>
    <message>
        <source>Gedeelde gewichten</source>
        <translation>Shared weights</translation>
    </message>
    <message>
        <source>klasse: {0} → {1}</source>
        <translation>class: {0} → {1}</translation>
    </message>
    <message>
        <source>plaats: {0} → {1}</source>
        <translation>place: {0} → {1}</translation>
    </message>
    <message>
        <source>Onder de gewichten van {0}: {1}</source>
        <translation>Under the weights of {0}: {1}</translation>
    </message>
</context>
<context>
    <name>WeightGridModel</name>
    <message>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Gedeeld</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>{0} volgt het gedeelde gewicht van {1}; typ een getal voor een eigen gewicht.</source>
        <translation>{0} follows the shared weight of {1}; type a number for a weight of its own.</translation>
    </message>
    <message>
        <source>Eigen gewicht van {0} voor {1}; Delete zet het terug op het gedeelde gewicht.</source>
        <translation>Own weight of {0} for {1}; Delete sets it back to the shared weight.</translation>
    </message>
    <message>
        <source>Gewicht van {0} voor {1}</source>
        <translation>Weight of {0} for {1}</translation>
    </message>
</context>
<context>
    <name>WeightSetsSlide</name>
    <message>
        <location filename="../../staan_desktop/gui/projector/weight_sets_slide.py" line="81"/>
        <source>Rangorde per gewichtenset</source>
        <translation>Ranking per weight set</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/weight_sets_slide.py" line="136"/>
        <source>Plaats en klasse met de gedeelde gewichten en met die van elke gemeente.   {0} hogere plaats   {1} lagere plaats   {2} andere klasse; omlijnd en vet: verschuift</source>
        <translation>Place and class with the shared weights and with those of each municipality.   {0} higher place   {1} lower place   {2} other class; framed and bold: moves</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/weight_sets_slide.py" line="155"/>
        <source>Gedeelde gewichten</source>
        <translation>Shared weights</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/weight_sets_slide.py" line="185"/>
        <source>{0}: {1} in een andere klasse, {2} op een andere plaats</source>
        <translation>{0}: {1} in another class, {2} in another place</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/weight_sets_slide.py" line="186"/>
        <source>{0}: geen verschil</source>
        <translation>{0}: no difference</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/weight_sets_slide.py" line="191"/>
        <source>{0} {1} (gedeeld {2})</source>
        <translation>{0} {1} (shared {2})</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/weight_sets_slide.py" line="194"/>
        <source>Eigen gewichten: {0}</source>
        <translation>Own weights: {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/projector/weight_sets_slide.py" line="145"/>
        <source>De andere {0} houden onder elke gewichtenset hun klasse en plaats.</source>
        <translation>The other {0} keep their class and place under every weight set.</translation>
    </message>
</context>
<context>
    <name>WeightSetsPanel</name>
    <message>
        <source>Gewichten per gemeente</source>
        <translation>Weights per municipality</translation>
    </message>
    <message>
        <source>Rangorde per gewichtenset</source>
        <translation>Ranking per weight set</translation>
    </message>
    <message>
        <source>Alleen wat &amp;verschuift</source>
        <translation>Only what &amp;moves</translation>
    </message>
    <message>
        <source>Typ een gewicht (0 tot en met 1000) in de kolom van een gemeente, Enter legt het vast · Delete: weer het gedeelde gewicht · Ctrl+Z maakt ongedaan · de gedeelde gewichten bepalen de indeling; de sets worden ernaast gelegd. Ctrl+G sluit.</source>
        <translation>Type a weight (0 to 1000) in a municipality's column, Enter stores it · Delete: back to the shared weight · Ctrl+Z undoes · the shared weights decide the classification; the sets are laid beside them. Ctrl+G closes.</translation>
    </message>
    <message>
        <source>Optie</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Eigen gewichten vragen om criteria en gemeenten.</source>
        <translation>Weights of its own need criteria and municipalities.</translation>
    </message>
    <message>
        <source>Nog geen gemeente met eigen gewichten: de gedeelde gewichten gelden voor iedereen.</source>
        <translation>No municipality has weights of its own yet: the shared weights apply to everyone.</translation>
    </message>
    <message>
        <source>{0}: {1} in een andere klasse, {2} op een andere plaats</source>
        <translation>{0}: {1} in another class, {2} in another place</translation>
    </message>
    <message>
        <source>{0}: geen verschil</source>
        <translation>{0}: no difference</translation>
    </message>
    <message>
        <source>Per gemeente met eigen gewichten: {0}</source>
        <translation>Per municipality with weights of its own: {0}</translation>
    </message>
    <message>
        <source>Gewichten per gemeente (Ctrl+G)</source>
        <translation>Weights per municipality (Ctrl+G)</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="176"/>
        <source>&amp;Ongedaan maken: {0}</source>
        <extracomment>The widgets that would keep an undo history of their own.</extracomment>
        <translation>&amp;Undo: {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="176"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="177"/>
        <source>Opnieu&amp;w: {0}</source>
        <translation>&amp;Redo: {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="177"/>
        <source>Opnieu&amp;w</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="181"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="182"/>
        <source>&amp;Volgende pagina</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="183"/>
        <source>Vo&amp;rige pagina</source>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="184"/>
        <source>Wisselen tussen &amp;hoofdstukken en pagina</source>
        <translation>Switch between &amp;chapters and page</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="185"/>
        <source>Tekst gr&amp;oter</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="188"/>
        <source>Volledig &amp;scherm</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="191"/>
        <source>Voorbeelddocument opnieuw &amp;beginnen</source>
        <translation>Start the example document &amp;afresh</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="192"/>
        <source>Voorbeeld&amp;verkenning openen</source>
        <translation>Open the example e&amp;xploration</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="193"/>
        <source>Voorbeeld: &amp;startgesprek BEL openen</source>
        <translation>Open example: &amp;start meeting BEL</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="186"/>
        <source>Tekst &amp;kleiner</source>
        <translation>S&amp;maller text</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="187"/>
        <source>&amp;Normale tekstgrootte</source>
        <translation>Normal te&amp;xt size</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="189"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="190"/>
        <source>&amp;Voorbeelddocument openen</source>
        <translation>Open the &amp;example document</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="194"/>
        <source>&amp;Voorbeelden openen</source>
        <translation>Open e&amp;xamples</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="195"/>
        <source>&amp;Logbestanden tonen</source>
        <translation>Show &amp;log files</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="196"/>
        <source>&amp;Over STAAN Desktop</source>
        <translation>A&amp;bout STAAN Desktop</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="198"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="199"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="200"/>
        <source>Beoo&amp;rdeling</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="201"/>
        <source>&amp;Sessie</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="202"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="207"/>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
</context>
<context>
    <name>WordExportDialog</name>
    <message>
        <location filename="../../staan_desktop/gui/word_options.py" line="36"/>
        <source>&amp;Exporteren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/word_options.py" line="41"/>
        <source>(geen gekozen)</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/word_options.py" line="44"/>
        <source>Een redactielog met de vervangen namen komt naast het bestand; publiceer dat log niet.</source>
        <translation>A redaction log with the replaced names is written beside the file; do not publish that log.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/word_options.py" line="46"/>
        <source>Het Word-bestand bevat dezelfde tekst als de PDF, met de stijlen van Word of van het sjabloon.</source>
        <translation>The Word file holds the same text as the PDF, with the styles of Word or of the template.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/word_options.py" line="51"/>
        <source>Sjabloon kiezen</source>
        <translation>Choose template</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/word_options.py" line="52"/>
        <source>Word-sjablonen (*.dotx *.docx)</source>
        <translation>Word templates (*.dotx *.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/word_export_dialog.ui" line="12"/>
        <source>Startdocument als Word-bestand</source>
        <translation>Startdocument as Word file</translation>
    </message>
    <message>
        <location filename="../../ui/word_export_dialog.ui" line="20"/>
        <source>Sjabloon:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../ui/word_export_dialog.ui" line="34"/>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/word_export_dialog.ui" line="43"/>
        <source>&amp;Geen sjabloon: de standaardstijlen van Word</source>
        <translation>&amp;No template: the standard styles of Word</translation>
    </message>
    <message>
        <location filename="../../ui/word_export_dialog.ui" line="50"/>
        <source>&amp;Openbare versie: namen zonder publieke functie vervangen door rol en organisatie</source>
        <translation>&amp;Public version: replace names without a public function by role and organisation</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../staan_desktop/gui/workspace.py" line="151"/>
        <source>Deze pagina kon niet worden getoond; zie het logbestand.</source>
        <extracomment>What stands in for the first page before a document is open (see show_preview). Row → the built page; a page that failed to build is a QLabel. Every page, built on first use (see :class:`Pages`).</extracomment>
        <translation>This page could not be shown; see the log file.</translation>
    </message>
</context>
<context>
    <name>WorkspaceContext</name>
    <message>
        <location filename="../../staan_desktop/gui/context.py" line="48"/>
        <source>het document is alleen-lezen geopend</source>
        <extracomment>Emitted after every durable edit, undo and redo with what changed. Emitted when an edit was refused: (message, details). Emitted with the time of the last durable store, for the status bar. Why the content is locked apart from the file (review, signed-off version).</extracomment>
        <translation>the document was opened read-only</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/context.py" line="56"/>
        <source>Ter beoordeling geopend: u kunt opmerkingen maken, de inhoud niet wijzigen.</source>
        <translation>Opened for review: you can make comments, not change the content.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/context.py" line="60"/>
        <source>Versie {0} is vastgesteld door de stuurgroep op {1} en kan niet meer veranderen. Begin een nieuwe conceptversie om verder te werken.</source>
        <translation>Version {0} was signed off by the steering group on {1} and can no longer change. Start a new draft version to continue working.</translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <source>de gemeente waarvoor u beoordeelt (mag leeg)</source>
        <translation>the municipality you review for (may be empty)</translation>
    </message>
    <message>
        <source>&amp;Gemeente:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Uw &amp;naam:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Uw opmerkingen krijgen uw naam en de gemeente waarvoor u beoordeelt, zodat de procesmanager ze na het terugsturen kan plaatsen.</source>
        <translation>Your comments carry your name and the municipality you review for, so that the process manager can place them when the copy comes back.</translation>
    </message>
    <message>
        <source>Openen ter beoordeling</source>
        <translation>Open for review</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <source>Aanmeldkaarten</source>
        <translation>Join cards</translation>
    </message>
    <message>
        <source>&amp;Anoniem, wel geteld:</source>
        <translation>&amp;Anonymous, but counted:</translation>
    </message>
    <message>
        <source> kaarten</source>
        <translation> cards</translation>
    </message>
    <message>
        <source>&amp;Op naam, uit een lijst (naam; gemeente per regel):</source>
        <translation>&amp;Named, from a list (name; municipality per line):</translation>
    </message>
    <message>
        <source>Elke kaart laat één telefoon toe, alleen zolang de zaal open is. Daarna kan niemand meer zonder kaart meedoen.</source>
        <translation>Each card lets one phone in, only while the room is open. From then on nobody can take part without a card.</translation>
    </message>
    <message>
        <source>Namenlijst</source>
        <translation>List of names</translation>
    </message>
    <message>
        <source>Tekst (*.txt *.csv);;Alle bestanden (*)</source>
        <translation>Text (*.txt *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
</context>
<context>
    <name>PollDialog</name>
    <message>
        <source>Peiling</source>
        <translation>Poll</translation>
    </message>
    <message>
        <source>Eén keuze per regel</source>
        <translation>One choice per line</translation>
    </message>
    <message>
        <source>&amp;Vraag</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>&amp;Keuzes</source>
        <translation>&amp;Choices</translation>
    </message>
</context>
</TS>
