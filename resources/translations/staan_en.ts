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
        <source>Nieuw punt bij {0} — Enter</source>
        <translation>New point under {0} — Enter</translation>
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
        <source>Indeling aanpassen… (Ctrl+K)</source>
        <translation>Adjust classification… (Ctrl+K)</translation>
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
    <name>TypingDrafts</name>
    <message>
        <location filename="../../staan_desktop/gui/typing_drafts.py" line="70"/>
        <source>Hersteld na een onderbreking: deze tekst was getypt maar nog niet bevestigd. Bevestig hem of maak het veld leeg.</source>
        <translation>Restored after an interruption: this text was typed but not yet confirmed. Confirm it or clear the field.</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <source>Deel {0} van {1}</source>
        <translation>Part {0} of {1}</translation>
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
