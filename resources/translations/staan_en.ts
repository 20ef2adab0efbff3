<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AmbitionPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/ambition.py" line="31"/>
        <source>Uitspraak toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/ambition.py" line="32"/>
        <source>Uitspraak wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/ambition.py" line="33"/>
        <source>Uitspraak verplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/ambition.py" line="34"/>
        <source>Uitspraak verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/ambition.py" line="35"/>
        <source>Nieuwe uitspraak — Enter voegt toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/ambition.py" line="41"/>
        <source>Het gedeeld beeld van de samenwerking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/ambition.py" line="42"/>
        <source>Wat de gemeenten samen zien, in hun eigen woorden: één uitspraak per regel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../staan_desktop/gui/banner.py" line="27"/>
        <source>Melding</source>
        <extracomment>(background, text) for a light and a dark palette.</extracomment>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/banner.py" line="47"/>
        <source>Alleen-lezen: {0}. Wijzigingen worden niet bewaard.</source>
        <translation>Read-only: {0}. Changes are not saved.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/banner.py" line="57"/>
        <source>&amp;Opnieuw proberen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/banner.py" line="58"/>
        <source>Opnieuw openen om te bewerken, als het document inmiddels vrij is</source>
        <translation>Open again for editing, if the document has become free</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../staan_desktop/gui/documents.py" line="123"/>
        <source>Document openen</source>
        <extracomment>Why the document is read-only (empty when it is writable). True when waiting may make it writable (someone else holds it).</extracomment>
        <translation>Opening document</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/documents.py" line="126"/>
        <source>Nieuw document maken</source>
        <translation>Creating new document</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/documents.py" line="129"/>
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
        <location filename="../../staan_desktop/gui/errors.py" line="68"/>
        <source>STAAN Desktop</source>
        <translation>STAAN Desktop</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/errors.py" line="96"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/errors.py" line="97"/>
        <source>Er ging iets onverwachts mis: {0}</source>
        <translation>Something unexpected went wrong: {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/errors.py" line="98"/>
        <source>het logbestand</source>
        <translation>the log file</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/errors.py" line="99"/>
        <source>Uw werk is veilig: elke wijziging was al bewaard in het document voordat u die zag. U kunt doorwerken. Als het opnieuw gebeurt, stuur dan het logbestand mee: {0}</source>
        <translation>Your work is safe: every change was saved in the document before you saw it. You can carry on. If it happens again, please send the log file: {0}</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../staan_desktop/gui/exporters.py" line="57"/>
        <source>Als &amp;JSON-bestand…</source>
        <extracomment>Dutch menu text, marked with QT_TRANSLATE_NOOP(&quot;Exporter&quot;, …). Runs on a worker thread; writes ``target`` completely or not at all.</extracomment>
        <translation>As &amp;JSON file…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/exporters.py" line="60"/>
        <source>JSON-bestanden (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="90"/>
        <source>&amp;Nieuw…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="91"/>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="92"/>
        <source>&amp;Kopie opslaan als…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="93"/>
        <source>Een kopie van dit document bewaren; u blijft in het origineel werken</source>
        <translation>Save a copy of this document; you keep working in the original</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="94"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="95"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="99"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="100"/>
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="101"/>
        <source>&amp;Exporteren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="116"/>
        <source>STAAN-documenten (*{0})</source>
        <translation>STAAN documents (*{0})</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="129"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="132"/>
        <source>Lijst &amp;wissen</source>
        <translation>C&amp;lear list</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="141"/>
        <source>Nieuw document bewaren als</source>
        <translation>Save new document as</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="154"/>
        <source>Document openen</source>
        <translation>Open document</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="165"/>
        <source>Kopie opslaan als</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="171"/>
        <source>Een kopie moet een andere naam hebben dan het document zelf.</source>
        <translation>A copy needs a different name from the document itself.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="175"/>
        <source>{0} is in gebruik: {1}.</source>
        <translation>{0} is in use: {1}.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="180"/>
        <source>Kopie opslaan</source>
        <translation>Saving copy</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="182"/>
        <source>Kopie bewaard als {0}</source>
        <translation>Copy saved as {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="201"/>
        <source>Exporteren</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/file_actions.py" line="203"/>
        <source>Geëxporteerd naar {0}</source>
        <translation>Exported to {0}</translation>
    </message>
</context>
<context>
    <name>InterestsModel</name>
    <message>
        <location filename="../../staan_desktop/gui/models/interests_model.py" line="84"/>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/interests_model.py" line="132"/>
        <source>Categorie hernoemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/interests_model.py" line="141"/>
        <source>Belangen van {0} bij ‘{1}’ wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/interests_model.py" line="160"/>
        <source>Categorie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterestsPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/interests.py" line="47"/>
        <source>Nieuwe categorie — Enter voegt toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/interests.py" line="53"/>
        <source>Belangen per gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/interests.py" line="59"/>
        <source>Typ in een cel: elke regel is één belang · Enter begint het volgende · Tab bewaart en gaat naar de volgende gemeente · Esc annuleert · op de categorienaam: Alt+↑/↓ verplaatst, Delete verwijdert de categorie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/interests.py" line="109"/>
        <source>Categorie verplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/interests.py" line="115"/>
        <source>Categorie ‘{0}’ verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../staan_desktop/gui/main_window.py" line="166"/>
        <source>{0} is al geopend.</source>
        <translation>{0} is already open.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/main_window.py" line="130"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/main_window.py" line="231"/>
        <source>Voorbeelddocument opnieuw beginnen</source>
        <translation>Start the example document afresh</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/main_window.py" line="232"/>
        <source>Alles wat in het voorbeelddocument is ingevoerd, gaat verloren. Doorgaan?</source>
        <translation>Everything entered in the example document will be lost. Continue?</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/main_window.py" line="288"/>
        <source>STAAN Desktop</source>
        <translation>STAAN Desktop</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/main_window.py" line="291"/>
        <source>(alleen-lezen)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/main_window.py" line="325"/>
        <source>Over STAAN Desktop</source>
        <translation>About STAAN Desktop</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/main_window.py" line="327"/>
        <source>&lt;h3&gt;STAAN Desktop {0}&lt;/h3&gt;&lt;p&gt;Werkconferenties tussen gemeenten faciliteren en het startdocument maken. Werkt volledig offline; elke wijziging wordt direct bewaard.&lt;/p&gt;&lt;p&gt;Logbestanden: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;STAAN Desktop {0}&lt;/h3&gt;&lt;p&gt;Facilitate work conferences between municipalities and write the start document. Works fully offline; every change is saved at once.&lt;/p&gt;&lt;p&gt;Log files: {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/main_window.py" line="363"/>
        <source>Even wachten: er loopt nog een taak.</source>
        <translation>Please wait: a task is still running.</translation>
    </message>
</context>
<context>
    <name>MotivesPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="36"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="36"/>
        <source>Letter van een motief wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="37"/>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="40"/>
        <source>Motief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="37"/>
        <source>Motief hernoemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="38"/>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="38"/>
        <source>Toelichting wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="47"/>
        <source>Nieuw motief — Enter voegt toe (de letter is de eerste letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="53"/>
        <source>De grondmotieven van de samenwerking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="57"/>
        <source>Typen of F2 wijzigt een cel · Tab naar de volgende · Alt+↑/↓ verplaatst · Delete verwijdert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="68"/>
        <source>Motief toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MunicipalitiesPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="36"/>
        <source>Gemeente toevoegen</source>
        <extracomment>Asks the user (title, text) → yes; replaced in tests.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="37"/>
        <source>Gemeente hernoemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="38"/>
        <source>Gemeente verplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="39"/>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="75"/>
        <source>Gemeente verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="40"/>
        <source>Nieuwe gemeente — Enter voegt toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="46"/>
        <source>Gemeenten in dit traject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="48"/>
        <source>De volgorde hier is de volgorde van de kolommen in de tabellen en het startdocument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="57"/>
        <source>{0} belang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="57"/>
        <source>{0} belangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="58"/>
        <source>{0} score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="58"/>
        <source>{0} scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="59"/>
        <source>{0} eigenaar of projectleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="59"/>
        <source>{0} eigenaren of projectleiders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="60"/>
        <source>{0} deelnemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="60"/>
        <source>{0} deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="61"/>
        <source>{0} lid van een rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="61"/>
        <source>{0} leden van rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="64"/>
        <source>Gemeente ‘{0}’ verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="65"/>
        <source>Daarmee verdwijnen ook: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="67"/>
        <source>Personen blijven staan, maar zonder gemeente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="68"/>
        <source>U kunt dit ongedaan maken met Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="80"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="81"/>
        <source>Behouden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../staan_desktop/gui/navigation.py" line="45"/>
        <source>Hoofdstukken</source>
        <extracomment>The user asked to go into the current page (Enter or →).</extracomment>
        <translation>Chapters</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <location filename="../../staan_desktop/gui/new_document_dialog.py" line="24"/>
        <source>Nieuw startdocument</source>
        <extracomment>template key of services.interchange.TEMPLATES, in the order offered.</extracomment>
        <translation>New start document</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/new_document_dialog.py" line="25"/>
        <source>Startdocument samenwerking</source>
        <translation>Startdocument samenwerking</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/new_document_dialog.py" line="27"/>
        <source>&amp;Titel van het traject:</source>
        <translation>&amp;Title of the trajectory:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/new_document_dialog.py" line="35"/>
        <source>&amp;STAAN-werkwijze</source>
        <translation>&amp;STAAN method</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/new_document_dialog.py" line="36"/>
        <source>Alle hoofdstukken, de 5 K&apos;s en de criteria van de werkwijze, klaar om in te vullen.</source>
        <translation>All chapters, the 5 K&apos;s and the criteria of the method, ready to fill in.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/new_document_dialog.py" line="38"/>
        <source>&amp;Leeg</source>
        <translation>&amp;Empty</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/new_document_dialog.py" line="38"/>
        <source>Alleen een titel; u bouwt het document zelf op.</source>
        <translation>Only a title; you build the document yourself.</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/new_document_dialog.py" line="42"/>
        <source>Beginnen met:</source>
        <translation>Start with:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/new_document_dialog.py" line="55"/>
        <source>&amp;Verder…</source>
        <translation>&amp;Next…</translation>
    </message>
</context>
<context>
    <name>OrderedListEditor</name>
    <message>
        <location filename="../../staan_desktop/gui/widgets/ordered_list.py" line="77"/>
        <source>Omhoog</source>
        <extracomment>The current row changed: the item, or ``None``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/ordered_list.py" line="78"/>
        <source>Omlaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/ordered_list.py" line="79"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/ordered_list.py" line="92"/>
        <source>Enter voegt toe · F2 wijzigt · Alt+↑/↓ verplaatst · Delete verwijdert · Insert gaat naar het invoerveld · Ctrl+Z maakt ongedaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../staan_desktop/gui/widgets/override_dialog.py" line="42"/>
        <source>Indeling aanpassen</source>
        <extracomment>What the facilitator chose: &quot;set&quot; (with :attr:`class_key` and :attr:`reason`), &quot;clear&quot; (back to the computed class) or &quot;&quot; (cancelled).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/override_dialog.py" line="50"/>
        <source>De scores zeggen: nog niet gescoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/override_dialog.py" line="52"/>
        <source>De scores zeggen: {0} % van de maximale score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/override_dialog.py" line="57"/>
        <source>niet geselecteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/override_dialog.py" line="66"/>
        <source>Waarom wijkt de indeling af van de scores?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/override_dialog.py" line="71"/>
        <source>&amp;Indeling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/override_dialog.py" line="72"/>
        <source>&amp;Reden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/override_dialog.py" line="75"/>
        <source>Vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/widgets/override_dialog.py" line="80"/>
        <source>Berekende indeling gebruiken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="19"/>
        <source>&amp;Titel:</source>
        <extracomment>(field of TrajectoryInfo, label, undo text); the title may not be empty.</extracomment>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="19"/>
        <source>Titel wijzigen</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="20"/>
        <source>&amp;Ondertitel:</source>
        <translation>&amp;Subtitle:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="20"/>
        <source>Ondertitel wijzigen</source>
        <translation>Change subtitle</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="21"/>
        <source>&amp;Korte naam:</source>
        <translation>Short &amp;name:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="21"/>
        <source>Korte naam wijzigen</source>
        <translation>Change short name</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="22"/>
        <source>&amp;Procesmanager:</source>
        <translation>&amp;Process manager:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="22"/>
        <source>Procesmanager wijzigen</source>
        <translation>Change process manager</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="23"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="23"/>
        <source>Datum wijzigen</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="24"/>
        <source>&amp;Versie:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="24"/>
        <source>Versie wijzigen</source>
        <translation>Change version</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="29"/>
        <source>Gemeenten</source>
        <extracomment>What the content summary counts: (label, how to count it in the tree).</extracomment>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="30"/>
        <source>Werkconferenties</source>
        <translation>Work conferences</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="31"/>
        <source>Uitspraken gedeeld beeld</source>
        <translation>Statements of the shared picture</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="32"/>
        <source>Motieven</source>
        <translation>Motives</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="33"/>
        <source>Taakvelden (groslijst)</source>
        <translation>Task fields (long list)</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="34"/>
        <source>Preferente taakvelden</source>
        <translation>Preferred task fields</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="35"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="105"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="106"/>
        <source>Traject</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="107"/>
        <source>Inhoud van het startdocument</source>
        <translation>Contents of the start document</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="110"/>
        <source>verplicht</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="111"/>
        <source>bijvoorbeeld: 14 maart 2025</source>
        <translation>for example: 14 March 2025</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="128"/>
        <source>Vastgesteld</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="128"/>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>OwnersPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="44"/>
        <source>eigenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="44"/>
        <source>projectleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="46"/>
        <source>Taakveld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="47"/>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="47"/>
        <source>Naam van eigenaar wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="48"/>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="48"/>
        <source>Gemeente van eigenaar wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="49"/>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="49"/>
        <source>Rol van eigenaar wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="50"/>
        <source>Vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="50"/>
        <source>Datum van eigenaar wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="54"/>
        <source>Eigenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="64"/>
        <source>Naam — Enter voegt toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="70"/>
        <source>bijv. juli 2013</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="71"/>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="79"/>
        <source>&amp;Taakveld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="80"/>
        <source>&amp;Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="81"/>
        <source>&amp;Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="82"/>
        <source>&amp;Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="83"/>
        <source>&amp;Vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="97"/>
        <source>Eigenaren en projectleiders per taakveld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="103"/>
        <source>Enter in Persoon of Vanaf voegt toe en gaat door met de volgende persoon · in de tabel: typen of F2 wijzigt, Alt+↑/↓ verplaatst binnen het taakveld, Delete verwijdert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="144"/>
        <source>Eigenaar toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/ambition.py" line="20"/>
        <source>Gedeelde ambitie</source>
        <translation>Shared ambition</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/overview.py" line="46"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/rules.py" line="19"/>
        <source>Spelregels</source>
        <translation>Rules of play</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="28"/>
        <source>Scoren</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/interests.py" line="24"/>
        <source>Belangen</source>
        <extracomment>Up to this many municipalities share the width; more get fixed columns and a scroll bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/motives.py" line="29"/>
        <source>De 5 K&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/municipalities.py" line="23"/>
        <source>Gemeenten</source>
        <translation type="unfinished">Municipalities</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/owners.py" line="36"/>
        <source>Eigenaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/task_fields.py" line="20"/>
        <source>Taakvelden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../staan_desktop/gui/models/record_table_model.py" line="163"/>
        <source>{0} verplaatsen</source>
        <extracomment>For a column with choices: a list of (label, value) for the editor&apos;s drop-down. (document, record, new value) → the change; ``None``: read-only column. The choices of a drop-down column, as (label, value); the label is what the cell shows. Tables whose changes redraw this one (its own, and e.g. municipality for names).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/record_table_model.py" line="175"/>
        <source>{0} verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/rules.py" line="30"/>
        <source>Spelregel toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/rules.py" line="31"/>
        <source>Spelregel wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/rules.py" line="32"/>
        <source>Spelregel verplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/rules.py" line="33"/>
        <source>Spelregel verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/rules.py" line="34"/>
        <source>Nieuwe spelregel — Enter voegt toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/rules.py" line="40"/>
        <source>Spelregels van de samenwerking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/rules.py" line="42"/>
        <source>Afspraken over hoe de gemeenten met elkaar omgaan, bijvoorbeeld over het delen van informatie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreTableView</name>
    <message>
        <location filename="../../staan_desktop/gui/widgets/score_table.py" line="86"/>
        <source>{0} valt buiten de schaal {1}–{2}.</source>
        <extracomment>A key was refused; the text says why (shown next to the grid).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringModel</name>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="235"/>
        <source>Taakveld</source>
        <extracomment>(scale_min, scale_max) of a criterion cell, for the view&apos;s digit keys. Backgrounds of the classes from the highest down; strong enough to tell apart on a beamer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="239"/>
        <source>Indeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="241"/>
        <source>Verschil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="244"/>
        <source>{0}: schaal {1}–{2}, gewicht {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="272"/>
        <source>⚠ verschil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="278"/>
        <source>De scores van de gemeenten liggen op een criterium ver uit elkaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="311"/>
        <source>Afgesproken: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="314"/>
        <source>{0} gemeente(n): {1}–{2}, gemiddeld {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="324"/>
        <source> (besluit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="338"/>
        <source>Berekend: {0} % van de maximale score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="340"/>
        <source>Besloten: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="354"/>
        <source>afgesproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="356"/>
        <source>Score van {0} op ‘{1}’ wissen ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/scoring_model.py" line="358"/>
        <source>Score {0} voor {1} op ‘{2}’ ({3})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="45"/>
        <source>&amp;Invoer voor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="48"/>
        <source>Indeling aanpassen… (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="50"/>
        <source>Volgorde van het document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="76"/>
        <source>Scoren van de preferente taakvelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="83"/>
        <source>Typ een cijfer: de score staat vast en de cursor gaat door naar het volgende criterium. Delete wist · Enter gaat omlaag · Ctrl+PgDn / Ctrl+PgUp: volgende / vorige gemeente · Ctrl+K: indeling aanpassen · klik op een kolomkop om te sorteren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="126"/>
        <source>Afgesproken score (de hele zaal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="202"/>
        <source>Indeling van {0} aanpassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/scoring.py" line="207"/>
        <source>Berekende indeling van {0} gebruiken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../staan_desktop/gui/settings_dialog.py" line="40"/>
        <source>Zoals het systeem</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/settings_dialog.py" line="40"/>
        <source>Licht</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/settings_dialog.py" line="40"/>
        <source>Donker</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/settings_dialog.py" line="51"/>
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
        <location filename="../../ui/settings_dialog.ui" line="114"/>
        <source>Taal, kleuren en tekstgrootte gaan direct in.</source>
        <translation>Language, colours and text size apply at once.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../staan_desktop/gui/shortcuts_dialog.py" line="15"/>
        <location filename="../../staan_desktop/gui/shortcuts_dialog.py" line="26"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/shortcuts_dialog.py" line="20"/>
        <source> of </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/shortcuts_dialog.py" line="22"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/shortcuts_dialog.py" line="22"/>
        <source>Toetsen</source>
        <translation>Keys</translation>
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
    <name>Task</name>
    <message>
        <location filename="../../staan_desktop/gui/tasks.py" line="94"/>
        <source>Annuleren</source>
        <extracomment>Milliseconds before the progress dialog shows itself.</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TaskFieldsModel</name>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="81"/>
        <source>Preferent</source>
        <extracomment>The field of TaskField and the service keyword behind each text column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="82"/>
        <source>Taakveld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="83"/>
        <source>Voetnoot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="84"/>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="98"/>
        <source>Spatie: op de shortlist zetten of eraf halen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="129"/>
        <source>{0} preferent maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="129"/>
        <source>{0} van de shortlist halen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="142"/>
        <source>Taakveld hernoemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="143"/>
        <source>Voetnoot van {0} wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="144"/>
        <source>Omschrijving van {0} wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="154"/>
        <source>Taakveld toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="154"/>
        <source>{0} taakvelden toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="163"/>
        <source>Taakveld verplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/models/task_fields_model.py" line="174"/>
        <source>Taakveld ‘{0}’ verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskFieldsPage</name>
    <message>
        <location filename="../../staan_desktop/gui/pages/task_fields.py" line="33"/>
        <source>Nieuw taakveld — Enter voegt toe; een geplakte lijst voegt elke regel toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/task_fields.py" line="36"/>
        <source>Alleen &amp;preferente taakvelden tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/task_fields.py" line="67"/>
        <source>Groslijst en preferente taakvelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/task_fields.py" line="74"/>
        <source>Spatie in de kolom Preferent zet een taakveld op de shortlist of haalt het eraf · typen of F2 wijzigt naam, voetnoot of omschrijving · Alt+↑/↓ verplaatst · Delete verwijdert (Ctrl+Z maakt ongedaan) · Insert gaat naar het invoerveld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/pages/task_fields.py" line="90"/>
        <source>{0} van {1} taakvelden preferent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="148"/>
        <source>&amp;Ongedaan maken: {0}</source>
        <translation>&amp;Undo: {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="148"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="149"/>
        <source>Opnieu&amp;w: {0}</source>
        <translation>&amp;Redo: {0}</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="149"/>
        <source>Opnieu&amp;w</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="153"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="154"/>
        <source>&amp;Volgende pagina</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="155"/>
        <source>Vo&amp;rige pagina</source>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="156"/>
        <source>Wisselen tussen &amp;hoofdstukken en pagina</source>
        <translation>Switch between &amp;chapters and page</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="157"/>
        <source>Tekst gr&amp;oter</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="160"/>
        <source>Volledig &amp;scherm</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="163"/>
        <source>Voorbeelddocument opnieuw &amp;beginnen</source>
        <translation>Start the example document &amp;afresh</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="158"/>
        <source>Tekst &amp;kleiner</source>
        <translation>S&amp;maller text</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="159"/>
        <source>&amp;Normale tekstgrootte</source>
        <translation>Normal te&amp;xt size</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="161"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="162"/>
        <source>&amp;Voorbeelddocument openen</source>
        <translation>Open the &amp;example document</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="164"/>
        <source>&amp;Logbestanden tonen</source>
        <translation>Show &amp;log files</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="165"/>
        <source>&amp;Over STAAN Desktop</source>
        <translation>A&amp;bout STAAN Desktop</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="166"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="166"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="166"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../staan_desktop/gui/window_actions.py" line="170"/>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../staan_desktop/gui/workspace.py" line="94"/>
        <source>Deze pagina kon niet worden getoond; zie het logbestand.</source>
        <extracomment>The built pages, in navigation order; a page that failed to build is a QLabel.</extracomment>
        <translation>This page could not be shown; see the log file.</translation>
    </message>
</context>
</TS>
