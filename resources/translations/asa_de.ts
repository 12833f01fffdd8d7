<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AssistantGlue</name>
    <message>
        <location filename="../../app/ui/hearing/assistant_glue.py" line="79"/>
        <source>Loading guideline rule packs…</source>
        <translation>Leitsatz-Regelpakete werden geladen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/assistant_glue.py" line="293"/>
        <source>Dismiss hint</source>
        <translation>Hinweis verwerfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/assistant_glue.py" line="295"/>
        <source>Why is this hint not followed? The reason is kept for the review, not in the transcript.</source>
        <translation>Warum wird dieser Hinweis nicht aufgegriffen? Die Begründung wird für die Prüfung festgehalten, nicht in der Niederschrift.</translation>
    </message>
</context>
<context>
    <name>AssistantModels</name>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="26"/>
        <source>Special officer?</source>
        <translation>Sonderbeauftragte/r?</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="27"/>
        <source>To clarify</source>
        <translation>Zu klären</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="28"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="29"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="37"/>
        <source>asked</source>
        <translation>gestellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="38"/>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="39"/>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="40"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="41"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="44"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="45"/>
        <source>Place of origin</source>
        <translation>Herkunftsort</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="46"/>
        <source>Place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="47"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="48"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="49"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="50"/>
        <source>Departure</source>
        <translation>Ausreise</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="51"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="52"/>
        <source>Number</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="53"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="291"/>
        <location filename="../../app/ui/assistant/panel.py" line="335"/>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="347"/>
        <source>settled by hand: %1</source>
        <translation>von Hand erledigt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="351"/>
        <source>kept open by hand: %1</source>
        <translation>von Hand offen gehalten: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="356"/>
        <source>notice recorded</source>
        <translation>Hinweis erfasst</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="361"/>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="363"/>
        <source>entries %1</source>
        <translation>Einträge %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="366"/>
        <source>from the case file</source>
        <translation>aus der Akte</translation>
    </message>
</context>
<context>
    <name>AssistantPanel</name>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="170"/>
        <source>Hints</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="171"/>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="172"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="173"/>
        <source>Insert question (Ctrl+I)</source>
        <translation>Frage einfügen (Strg+I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="174"/>
        <source>Ctrl+Shift+I inserts the second suggested question</source>
        <translation>Strg+Umschalt+I fügt die zweite vorgeschlagene Frage ein</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="175"/>
        <source>Mark settled or open by hand…</source>
        <translation>Von Hand als erledigt oder offen markieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="176"/>
        <source>Mark as asked</source>
        <translation>Als gestellt markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="177"/>
        <source>Dismiss…</source>
        <translation>Verwerfen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="178"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="179"/>
        <source>Wrong – reject</source>
        <translation>Falsch – ablehnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="181"/>
        <source>Still open – questions that would settle it (Enter inserts):</source>
        <translation>Noch offen – Fragen, die es klären würden (Eingabetaste fügt ein):</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="257"/>
        <source>The assistant is not available: %1</source>
        <translation>Der Assistent ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="309"/>
        <source>Why: from entry %4 (pack %2, version %3).</source>
        <translation>Warum: aus Eintrag %4 (Paket %2, Version %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="362"/>
        <source>This hint&apos;s suggested questions are already in the transcript.</source>
        <translation>Die vorgeschlagenen Fragen dieses Hinweises stehen bereits in der Niederschrift.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="216"/>
        <source>%1 of %2 elements covered</source>
        <translation>%1 von %2 Merkmalen abgedeckt</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="266"/>
        <source>Sample rule packs, not official guidance: %1</source>
        <translation>Beispiel-Regelpakete, keine amtlichen Leitsätze: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="247"/>
        <source>Possible need for a special officer: %1</source>
        <translation>Möglicherweise Sonderbeauftragte/r nötig: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="306"/>
        <source>Suggested questions:</source>
        <translation>Vorgeschlagene Fragen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="311"/>
        <source>Why: from entries %4 (pack %2, version %3).</source>
        <translation>Warum: aus den Einträgen %4 (Paket %2, Version %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="323"/>
        <source>Guideline:</source>
        <translation>Leitsatz:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="324"/>
        <source>Sample data, not official guidance.</source>
        <translation>Beispieldaten, keine amtlichen Leitsätze.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="239"/>
        <source>Not fit for the hearing (entry %1): interrupt or postpone the hearing, and record why.</source>
        <translation>Nicht anhörungsfähig (Eintrag %1): Anhörung unterbrechen oder vertagen und den Grund festhalten.</translation>
    </message>
</context>
<context>
    <name>AutoLockDialog</name>
    <message>
        <location filename="../../app/ui/auto_lock_dialog.py" line="13"/>
        <source>Automatic lock</source>
        <translation>Automatische Sperre</translation>
    </message>
    <message>
        <location filename="../../app/ui/auto_lock_dialog.py" line="17"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/auto_lock_dialog.py" line="20"/>
        <source>ASA locks itself when nobody has typed or moved the mouse for this long: the key is dropped and the screen cleared. Every change is saved first.</source>
        <translation>ASA sperrt sich, wenn so lange niemand getippt oder die Maus bewegt hat: Der Schlüssel wird verworfen und der Bildschirm geleert. Alle Änderungen werden vorher gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/auto_lock_dialog.py" line="25"/>
        <source>At most %1 minutes.</source>
        <translation>Höchstens %1 Minuten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/auto_lock_dialog.py" line="28"/>
        <source>Lock after</source>
        <translation>Sperren nach</translation>
    </message>
</context>
<context>
    <name>CaseFileModel</name>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="22"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="23"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="24"/>
        <source>Route</source>
        <translation>Reiseweg</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="25"/>
        <source>Earlier statements (registration)</source>
        <translation>Frühere Angaben (Registrierung)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="26"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="30"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="31"/>
        <source>Place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="32"/>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="33"/>
        <source>Place of origin</source>
        <translation>Herkunftsort</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="34"/>
        <source>Departure</source>
        <translation>Ausreise</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="35"/>
        <source>Number of children</source>
        <translation>Anzahl der Kinder</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="36"/>
        <source>Number of sons</source>
        <translation>Anzahl der Söhne</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="37"/>
        <source>Number of daughters</source>
        <translation>Anzahl der Töchter</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="38"/>
        <source>Number of siblings</source>
        <translation>Anzahl der Geschwister</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="39"/>
        <source>Number of brothers</source>
        <translation>Anzahl der Brüder</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="40"/>
        <source>Number of sisters</source>
        <translation>Anzahl der Schwestern</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="43"/>
        <source>agrees</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="44"/>
        <source>DIFFERS</source>
        <translation>WEICHT AB</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="45"/>
        <source>not touched yet</source>
        <translation>noch nicht angesprochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/model.py" line="72"/>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
</context>
<context>
    <name>CaseFilePanel</name>
    <message>
        <location filename="../../app/ui/case_file/panel.py" line="62"/>
        <source>Waiting for the assistant…</source>
        <translation>Wartet auf den Assistenten …</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/panel.py" line="66"/>
        <source>1 differs</source>
        <translation>1 weicht ab</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/panel.py" line="68"/>
        <source>%1 differ</source>
        <translation>%1 weichen ab</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/panel.py" line="69"/>
        <source>1 agrees</source>
        <translation>1 stimmt überein</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/panel.py" line="69"/>
        <source>%1 agree</source>
        <translation>%1 stimmen überein</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/panel.py" line="70"/>
        <source>%1 not touched yet</source>
        <translation>%1 noch nicht angesprochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/panel.py" line="71"/>
        <source>Enter: show the entry</source>
        <translation>Eingabetaste: Eintrag zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/panel.py" line="84"/>
        <source>No comparison with the case file: the guideline rule packs could not be loaded, so the hearing is not read. The transcript is not affected. Details: %1</source>
        <translation>Kein Abgleich mit der Akte möglich: Die Regelpakete der Leitlinien konnten nicht geladen werden, daher wird die Anhörung nicht ausgewertet. Die Niederschrift ist davon nicht betroffen. Einzelheiten: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_file/panel.py" line="88"/>
        <source>The hearing cannot be compared with the file: %1</source>
        <translation>Die Anhörung kann nicht mit der Akte verglichen werden: %1</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../app/ui/cases/page.py" line="75"/>
        <source>Search by reference or name (Ctrl+F)</source>
        <translation>Suche nach Aktenzeichen oder Name (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/page.py" line="76"/>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/page.py" line="77"/>
        <source>Start / continue hearing</source>
        <translation>Anhörung beginnen / fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/page.py" line="78"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/page.py" line="93"/>
        <source>The last session did not end normally (crash or power loss). Everything that was saved has been restored; the save indicator showed what was saved.</source>
        <translation>Die letzte Sitzung wurde nicht ordnungsgemäß beendet (Absturz oder Stromausfall). Alles Gespeicherte wurde wiederhergestellt; die Speicheranzeige zeigte jeweils, was gespeichert war.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/cases/model.py" line="23"/>
        <source>Case ref.</source>
        <translation>Az.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="24"/>
        <source>Applicant</source>
        <translation>Antragsteller/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="25"/>
        <source>Name (original script)</source>
        <translation>Name (Originalschrift)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="26"/>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="27"/>
        <source>Hearing</source>
        <translation>Anhörung</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="30"/>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="31"/>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="32"/>
        <source>read-back</source>
        <translation>Rückübersetzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="33"/>
        <source>sealed</source>
        <translation>versiegelt</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="35"/>
        <source>returned for revision</source>
        <translation>zur Überarbeitung zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="101"/>
        <source>in progress (%1 entries)</source>
        <translation>läuft (%1 Einträge)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="100"/>
        <source>in progress (1 entry)</source>
        <translation>läuft (1 Eintrag)</translation>
    </message>
</context>
<context>
    <name>CompletionActions</name>
    <message>
        <location filename="../../app/ui/hearing/completion_actions.py" line="98"/>
        <source>The assistant is still loading; please seal in a moment.</source>
        <translation>Der Assistent lädt noch; bitte gleich versiegeln.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_actions.py" line="113"/>
        <source>The transcript is sealed.</source>
        <translation>Die Niederschrift ist versiegelt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_actions.py" line="117"/>
        <source>Addendum</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_actions.py" line="118"/>
        <source>The transcript is sealed. The addendum is added after it, marked as such.</source>
        <translation>Die Niederschrift ist versiegelt. Der Nachtrag wird gekennzeichnet angefügt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_actions.py" line="131"/>
        <source>The addenda are sealed as a new version.</source>
        <translation>Die Nachträge sind als neue Version versiegelt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_actions.py" line="163"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_actions.py" line="169"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_actions.py" line="140"/>
        <source>IT requires password-protected exports, and a Word file cannot be protected: please export as PDF.</source>
        <translation>Die IT verlangt passwortgeschützte Exporte, und eine Word-Datei lässt sich nicht schützen: Bitte als PDF exportieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_actions.py" line="161"/>
        <source>Exported to %1, protected with the password.</source>
        <translation>Exportiert nach %1, mit dem Passwort geschützt.</translation>
    </message>
</context>
<context>
    <name>CompletionPanel</name>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="100"/>
        <source>Start read-back (Ctrl+Shift+R)</source>
        <translation>Rückübersetzung beginnen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="101"/>
        <source>Back to questioning</source>
        <translation>Zurück zur Befragung</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="102"/>
        <source>Section confirmed (Ctrl+Shift+A)</source>
        <translation>Abschnitt bestätigt (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="103"/>
        <source>Record correction…</source>
        <translation>Korrektur erfassen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="104"/>
        <source>Notices and closing statements</source>
        <translation>Hinweise und Abschlusserklärungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="105"/>
        <source>Seal transcript…</source>
        <translation>Niederschrift versiegeln …</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="106"/>
        <source>Add addendum…</source>
        <translation>Nachtrag hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="107"/>
        <source>Seal addenda (new version)</source>
        <translation>Nachträge versiegeln (neue Version)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="108"/>
        <source>Export DOCX</source>
        <translation>Als DOCX exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="109"/>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="123"/>
        <source>Hearing in progress. Read-back: %1 of %2 sections.</source>
        <translation>Anhörung läuft. Rückübersetzung: %1 von %2 Abschnitten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="125"/>
        <source>Read-back under way: %1 of %2 sections done.</source>
        <translation>Rückübersetzung läuft: %1 von %2 Abschnitten erledigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="127"/>
        <source>Sealed (version %3). Content hash: %4</source>
        <translation>Versiegelt (Version %3). Inhalts-Hash: %4</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="27"/>
        <source>Correction at read-back</source>
        <translation>Korrektur bei der Rückübersetzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="38"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="39"/>
        <source>As recorded</source>
        <translation>Wie protokolliert</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="40"/>
        <source>Corrected wording</source>
        <translation>Korrigierter Wortlaut</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="47"/>
        <source>The original stays in the transcript; the correction is shown beside it with its time.</source>
        <translation>Der ursprüngliche Wortlaut bleibt in der Niederschrift; die Korrektur wird mit Uhrzeit daneben ausgewiesen.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../app/ui/countries.py" line="12"/>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <location filename="../../app/ui/countries.py" line="13"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location filename="../../app/ui/countries.py" line="14"/>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <location filename="../../app/ui/countries.py" line="15"/>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <location filename="../../app/ui/countries.py" line="16"/>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <location filename="../../app/ui/countries.py" line="17"/>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <location filename="../../app/ui/countries.py" line="18"/>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <location filename="../../app/ui/countries.py" line="19"/>
        <source>Syria</source>
        <translation>Syrien</translation>
    </message>
    <message>
        <location filename="../../app/ui/countries.py" line="20"/>
        <source>Türkiye</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <location filename="../../app/ui/countries.py" line="21"/>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <location filename="../../app/ui/countries.py" line="22"/>
        <source>stateless</source>
        <translation>staatenlos</translation>
    </message>
    <message>
        <location filename="../../app/ui/countries.py" line="23"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>CountryInfoPanel</name>
    <message>
        <location filename="../../app/ui/country_info/panel.py" line="121"/>
        <location filename="../../app/ui/country_info/panel.py" line="222"/>
        <source>Loading country information…</source>
        <translation>Länderinformationen werden geladen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_info/panel.py" line="128"/>
        <source>The guideline packs could not be loaded; see the assistant tab.</source>
        <translation>Die Leitlinienpakete konnten nicht geladen werden; siehe Reiter Assistent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_info/panel.py" line="145"/>
        <source>All places</source>
        <translation>Alle Orte</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_info/panel.py" line="146"/>
        <source>All topics and actors</source>
        <translation>Alle Themen und Akteure</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_info/panel.py" line="168"/>
        <source>%1 statements</source>
        <translation>%1 Aussagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_info/panel.py" line="186"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_info/panel.py" line="187"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_info/panel.py" line="188"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_info/panel.py" line="189"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_info/panel.py" line="190"/>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_info/panel.py" line="198"/>
        <source>Sample data, not official guidance.</source>
        <translation>Beispieldaten, keine amtliche Leitlinie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_info/panel.py" line="209"/>
        <source>Search: place, actor, keyword…</source>
        <translation>Suchen: Ort, Akteur, Stichwort …</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_info/panel.py" line="210"/>
        <source>every year</source>
        <translation>alle Jahre</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_info/panel.py" line="211"/>
        <source>The year the statement is about</source>
        <translation>Das Jahr, von dem die Aussage handelt</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <location filename="../../app/ui/domain_text.py" line="18"/>
        <source>There is no entry {number}.</source>
        <translation>Es gibt keinen Eintrag {number}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="19"/>
        <source>The transcript is sealed; add an addendum instead.</source>
        <translation>Die Niederschrift ist versiegelt; bitte einen Nachtrag anfügen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="20"/>
        <source>This entry cannot be changed that way.</source>
        <translation>Dieser Eintrag kann so nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="21"/>
        <source>Unknown notice.</source>
        <translation>Unbekannter Hinweis.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="22"/>
        <source>The hearing is already interrupted.</source>
        <translation>Die Anhörung ist bereits unterbrochen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="23"/>
        <source>The hearing is not interrupted.</source>
        <translation>Die Anhörung ist nicht unterbrochen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="24"/>
        <source>There is nothing to read back yet.</source>
        <translation>Es gibt noch nichts rückzuübersetzen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="31"/>
        <source>There is no section starting at entry {start}.</source>
        <translation>Es gibt keinen Abschnitt, der mit Eintrag {start} beginnt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="32"/>
        <source>Entry {number} is not read back.</source>
        <translation>Eintrag {number} wird nicht rückübersetzt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="33"/>
        <source>There is no new addendum to seal.</source>
        <translation>Es gibt keinen neuen Nachtrag zum Versiegeln.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="34"/>
        <source>An addendum needs a text.</source>
        <translation>Ein Nachtrag braucht einen Text.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="35"/>
        <source>The guideline versions of this hearing are already recorded.</source>
        <translation>Die Leitlinien-Versionen dieser Anhörung sind bereits festgehalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="38"/>
        <source>The transcript cannot be sealed yet.</source>
        <translation>Die Niederschrift kann noch nicht versiegelt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="39"/>
        <source>Not everything is saved yet ({kind}); please wait or retry first.</source>
        <translation>Noch ist nicht alles gespeichert ({kind}); bitte warten oder erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="43"/>
        <source>sections not read back yet (entries {sections})</source>
        <translation>Abschnitte noch nicht rückübersetzt (Einträge {sections})</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="46"/>
        <source>to be read back again, changed since (entries {sections})</source>
        <translation>erneut rückzuübersetzen, seitdem geändert (Einträge {sections})</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="49"/>
        <source>notice missing: {notice}</source>
        <translation>Hinweis fehlt: {notice}</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="56"/>
        <source>This is done during the read-back.</source>
        <translation>Das geschieht während der Rückübersetzung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="57"/>
        <source>During the read-back the wording is only changed by a correction; resume the hearing to add or edit entries.</source>
        <translation>Während der Rückübersetzung ändert sich der Wortlaut nur durch eine Korrektur; zum Ergänzen oder Bearbeiten die Anhörung fortsetzen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="66"/>
        <source>a new entry</source>
        <translation>ein neuer Eintrag</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="67"/>
        <source>typed text</source>
        <translation>getippter Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="68"/>
        <source>a speaker</source>
        <translation>ein Sprecher</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="69"/>
        <source>participants</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="70"/>
        <source>a notice</source>
        <translation>ein Hinweis</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="71"/>
        <source>a break</source>
        <translation>eine Unterbrechung</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="72"/>
        <source>the read-back</source>
        <translation>die Rückübersetzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="73"/>
        <source>a correction</source>
        <translation>eine Korrektur</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="74"/>
        <source>the seal</source>
        <translation>die Versiegelung</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="75"/>
        <source>an addendum</source>
        <translation>ein Nachtrag</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="76"/>
        <source>my notes</source>
        <translation>meine Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="77"/>
        <source>assistant decisions</source>
        <translation>Entscheidungen zum Assistenten</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="78"/>
        <source>the export record</source>
        <translation>der Export-Vermerk</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="119"/>
        <source>This is not possible now.</source>
        <translation>Das ist jetzt nicht möglich.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="25"/>
        <source>Only questions, answers and remarks can be corrected.</source>
        <translation>Nur Fragen, Antworten und Anmerkungen können korrigiert werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="28"/>
        <source>A correction needs the corrected wording.</source>
        <translation>Eine Korrektur braucht den korrigierten Wortlaut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="42"/>
        <source>the read-back has not been started</source>
        <translation>die Rückübersetzung wurde noch nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="50"/>
        <source>the hearing is still interrupted</source>
        <translation>die Anhörung ist noch unterbrochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="51"/>
        <source>the transcript is already sealed</source>
        <translation>die Niederschrift ist bereits versiegelt</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="35"/>
        <source>Enrol device</source>
        <translation>Gerät registrieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="38"/>
        <source>Enter the one-time enrolment code you received from IT. The device registers its key with the central service; transcripts are then sent from this profile.</source>
        <translation>Geben Sie den einmaligen Registrierungscode ein, den Sie von der IT erhalten haben. Das Gerät meldet seinen Schlüssel beim zentralen Dienst an; danach werden Niederschriften aus diesem Profil übertragen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="48"/>
        <source>Enrol</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="54"/>
        <source>Enrolment code</source>
        <translation>Registrierungscode</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="55"/>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="77"/>
        <source>Please enter the enrolment code.</source>
        <translation>Bitte geben Sie den Registrierungscode ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="80"/>
        <source>Enrolling…</source>
        <translation>Registriere …</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="86"/>
        <source>This device is enrolled. Sync starts now.</source>
        <translation>Das Gerät ist registriert. Die Synchronisation beginnt jetzt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="88"/>
        <source>Enrolment failed: %1</source>
        <translation>Registrierung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../app/ui/hearing/editor.py" line="84"/>
        <source>Remark: what was said or what happened, and by whom (choose above)</source>
        <translation>Anmerkung: was gesagt wurde oder geschah, und durch wen (oben wählen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/editor.py" line="70"/>
        <source>Applicant</source>
        <translation>Antragsteller/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/editor.py" line="71"/>
        <source>Interviewer</source>
        <translation>Anhörer/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/editor.py" line="72"/>
        <source>Interpreter</source>
        <translation>Sprachmittler/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/editor.py" line="73"/>
        <source>Other participant</source>
        <translation>Weitere Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/editor.py" line="78"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/editor.py" line="86"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/hearing/export_dialog.py" line="48"/>
        <source>Export transcript</source>
        <translation>Niederschrift exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/export_dialog.py" line="53"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/export_dialog.py" line="53"/>
        <source>Word document (*.docx)</source>
        <translation>Word-Dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/export_dialog.py" line="58"/>
        <source>The exported file is not encrypted: whoever can open it can read the transcript. Keep it in this folder, pass it on only as your office&apos;s rules allow, and delete it when it is no longer needed.</source>
        <translation>Die exportierte Datei ist nicht verschlüsselt: Wer sie öffnen kann, kann die Niederschrift lesen. Bewahren Sie sie in diesem Ordner auf, geben Sie sie nur nach den Regeln Ihrer Dienststelle weiter und löschen Sie sie, sobald sie nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/export_dialog.py" line="75"/>
        <source>PDF password (required)</source>
        <translation>PDF-Passwort (erforderlich)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/export_dialog.py" line="77"/>
        <source>PDF password (optional)</source>
        <translation>PDF-Passwort (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/export_dialog.py" line="81"/>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/export_dialog.py" line="106"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/export_dialog.py" line="110"/>
        <source>The password needs at least %1 characters.</source>
        <translation>Das Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <location filename="../../app/ui/hearing/fields_form.py" line="61"/>
        <source>dd.mm.yyyy, mm.yyyy or yyyy</source>
        <translation>TT.MM.JJJJ, MM.JJJJ oder JJJJ</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/fields_form.py" line="63"/>
        <source>names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>HearingPage</name>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="281"/>
        <source>Case list</source>
        <translation>Fallliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="282"/>
        <source>Participants…</source>
        <translation>Beteiligte …</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="283"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="288"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="289"/>
        <source>My notes: not part of the transcript</source>
        <translation>Meine Notizen: nicht Teil der Niederschrift</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="286"/>
        <source>Read-back</source>
        <translation>Rückübersetzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="287"/>
        <source>Read-back, notices, sealing and export (Ctrl+2)</source>
        <translation>Rückübersetzung, Hinweise, Versiegelung und Export (Strg+2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="290"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="291"/>
        <source>Country information from the guideline packs (Ctrl+4)</source>
        <translation>Länderinformationen aus den Leitlinienpaketen (Strg+4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="297"/>
        <source>Notes for yourself. They are never part of the transcript or its export.</source>
        <translation>Notizen nur für Sie. Sie sind nie Teil der Niederschrift oder ihres Exports.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="314"/>
        <source>Case</source>
        <translation>Az.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="314"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="323"/>
        <source>Interpreter</source>
        <translation>Sprachmittler/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="321"/>
        <source>Interpreter</source>
        <comment>female</comment>
        <translation>Sprachmittlerin</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="322"/>
        <source>Interpreter</source>
        <comment>male</comment>
        <translation>Sprachmittler</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="328"/>
        <source>INTERRUPTED since %1</source>
        <translation>UNTERBROCHEN seit %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="334"/>
        <source>Resume (Ctrl+B)</source>
        <translation>Fortsetzen (Strg+B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="334"/>
        <source>Break (Ctrl+B)</source>
        <translation>Unterbrechung (Strg+B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="343"/>
        <source>Standard questions: %1 of %2</source>
        <translation>Standardfragen: %1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="355"/>
        <source>No entry yet: Ctrl+Return starts with the first standard question.</source>
        <translation>Noch kein Eintrag: Strg+Eingabe beginnt mit der ersten Standardfrage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="397"/>
        <source>Entry %1 · standard question %2 of %3</source>
        <translation>Eintrag %1 · Standardfrage %2 von %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="404"/>
        <source>Entry %1 · remark</source>
        <translation>Eintrag %1 · Anmerkung</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="405"/>
        <source>Entry %1 · notice</source>
        <translation>Eintrag %1 · Hinweis</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="406"/>
        <source>Entry %1 · addendum</source>
        <translation>Eintrag %1 · Nachtrag</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="408"/>
        <source>Entry %1 · follow-up question</source>
        <translation>Eintrag %1 · Nachfrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="423"/>
        <source>Questions are added while the hearing is in progress.</source>
        <translation>Fragen werden während der laufenden Anhörung hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="445"/>
        <source>All standard questions have been asked.</source>
        <translation>Alle Standardfragen wurden gestellt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="581"/>
        <source>NOT SAVED: %1 – your text stays here; retrying…</source>
        <translation>NICHT GESPEICHERT: %1 – Ihr Text bleibt erhalten; neuer Versuch …</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="592"/>
        <location filename="../../app/ui/hearing/page.py" line="611"/>
        <source>Saving…</source>
        <translation>Speichert …</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="592"/>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="292"/>
        <source>Case file</source>
        <translation>Akte</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="294"/>
        <source>The case file: does the hearing agree with it so far? (Ctrl+5)</source>
        <translation>Die Akte: Stimmt die Anhörung bisher mit ihr überein? (Strg+5)</translation>
    </message>
</context>
<context>
    <name>ItemMarkDialog</name>
    <message>
        <location filename="../../app/ui/assistant/dialogs.py" line="17"/>
        <source>Checklist item</source>
        <translation>Punkt der Checkliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/dialogs.py" line="19"/>
        <source>Settled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/dialogs.py" line="20"/>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/dialogs.py" line="21"/>
        <source>As the record says</source>
        <translation>Wie die Niederschrift es ergibt</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/dialogs.py" line="25"/>
        <source>Reason (for the review, not in the transcript)</source>
        <translation>Begründung (für die Prüfung, nicht in der Niederschrift)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <location filename="../../app/ui/main_window.py" line="106"/>
        <source>Locked.</source>
        <translation>Gesperrt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="79"/>
        <source>Locked after inactivity.</source>
        <translation>Nach Inaktivität gesperrt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>The passphrase was changed.</source>
        <translation>Die Passphrase wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>ASA – Assistant for hearings</source>
        <translation>ASA – Assistenzsystem für Anhörungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186"/>
        <source>Automatic lock…</source>
        <translation>Automatische Sperre …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187"/>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="188"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="189"/>
        <source>&amp;Look up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190"/>
        <source>Country information…</source>
        <translation>Länderinformationen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="203"/>
        <source>No profile yet. Create your own profile, or a demo profile with an invented case to look around.</source>
        <translation>Noch kein Profil vorhanden. Legen Sie Ihr eigenes Profil an – oder ein Demo-Profil mit einem erfundenen Fall zum Ausprobieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218"/>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="228"/>
        <source>The profile could not be opened: %1</source>
        <translation>Das Profil konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="277"/>
        <source>Demo profile created. Its passphrase is: %1</source>
        <translation>Demo-Profil angelegt. Die Passphrase lautet: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="413"/>
        <source>Not everything is saved (%1). The hearing stays open; ASA keeps retrying.</source>
        <translation>Nicht alles ist gespeichert (%1). Die Anhörung bleibt geöffnet; ASA versucht es weiter.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="26"/>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="33"/>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="41"/>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="42"/>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="43"/>
        <source>diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="47"/>
        <source>e.g. Sorani, Arabic</source>
        <translation>z. B. Sorani, Arabisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="52"/>
        <source>Case reference (Az.)</source>
        <translation>Aktenzeichen (Az.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="53"/>
        <source>Family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="54"/>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="55"/>
        <source>Family name (original script)</source>
        <translation>Familienname (Originalschrift)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="56"/>
        <source>Given names (original script)</source>
        <translation>Vornamen (Originalschrift)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="57"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="58"/>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="59"/>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="60"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="76"/>
        <source>The date of birth is not a date like 31.12.1990.</source>
        <translation>Das Geburtsdatum ist kein Datum wie 31.12.1990.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="85"/>
        <source>Please enter the case reference.</source>
        <translation>Bitte das Aktenzeichen eingeben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="88"/>
        <source>Please enter the applicant&apos;s family name.</source>
        <translation>Bitte den Familiennamen der antragstellenden Person eingeben.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="100"/>
        <source>This text is recorded in the transcript with the time:</source>
        <translation>Dieser Text wird mit der Uhrzeit in die Niederschrift aufgenommen:</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <location filename="../../app/ui/countries.py" line="42"/>
        <source>checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/countries.py" line="43"/>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="186"/>
        <source>The transcript is sealed; its header cannot be changed.</source>
        <translation>Die Niederschrift ist versiegelt; ihre Kopfdaten können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="165"/>
        <source>Participants</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="173"/>
        <source>One per line, with the role, e.g.
Rechtsanwältin Dr. Muster (Bevollmächtigte)</source>
        <translation>Eine Person je Zeile, mit Rolle, z. B.
Rechtsanwältin Dr. Muster (Bevollmächtigte)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="177"/>
        <source>Interpreter</source>
        <translation>Sprachmittler/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="178"/>
        <source>Language of the hearing</source>
        <translation>Sprache der Anhörung</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="179"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="180"/>
        <source>Others present</source>
        <translation>Weitere Anwesende</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/passphrase_dialog.py" line="25"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/passphrase_dialog.py" line="33"/>
        <source>Current passphrase</source>
        <translation>Bisherige Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/passphrase_dialog.py" line="34"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/passphrase_dialog.py" line="35"/>
        <source>Repeat new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/passphrase_dialog.py" line="47"/>
        <source>The two new passphrases differ.</source>
        <translation>Die beiden neuen Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <location filename="../../app/ui/passphrase_dialog.py" line="50"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Die neue Passphrase ist dieselbe wie die bisherige.</translation>
    </message>
    <message>
        <location filename="../../app/ui/passphrase_dialog.py" line="54"/>
        <source>Changing the passphrase…</source>
        <translation>Passphrase wird geändert …</translation>
    </message>
    <message>
        <location filename="../../app/ui/passphrase_dialog.py" line="69"/>
        <source>The passphrase could not be changed: %1</source>
        <translation>Die Passphrase konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>ProfileErrors</name>
    <message>
        <location filename="../../app/ui/profile_errors.py" line="18"/>
        <source>Wrong passphrase. Nothing was changed.</source>
        <translation>Falsche Passphrase. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_errors.py" line="20"/>
        <source>Too many wrong passphrases. Please wait %1 seconds.</source>
        <translation>Zu viele falsche Passphrasen. Bitte %1 Sekunden warten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_errors.py" line="26"/>
        <source>This profile no longer exists.</source>
        <translation>Dieses Profil gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_errors.py" line="29"/>
        <source>Please enter the interviewer&apos;s name.</source>
        <translation>Bitte geben Sie den Namen der anhörenden Person ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_errors.py" line="32"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Die Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_errors.py" line="35"/>
        <source>The profile&apos;s key file is damaged. Please contact IT; the database is untouched.</source>
        <translation>Die Schlüsseldatei des Profils ist beschädigt. Bitte wenden Sie sich an die IT; die Datenbank ist unberührt.</translation>
    </message>
</context>
<context>
    <name>ReadbackModel</name>
    <message>
        <location filename="../../app/ui/hearing/readback_model.py" line="21"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/readback_model.py" line="22"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/readback_model.py" line="23"/>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/readback_model.py" line="24"/>
        <source>changed – read back again</source>
        <translation>geändert – erneut rückübersetzen</translation>
    </message>
</context>
<context>
    <name>ReturnBanner</name>
    <message>
        <location filename="../../app/ui/hearing/return_banner.py" line="39"/>
        <source>Answer with addenda and seal them as a new version.</source>
        <translation>Beantworten Sie die Anmerkungen mit Nachträgen und versiegeln Sie diese als neue Version.</translation>
    </message>
</context>
<context>
    <name>ReturnsDialog</name>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="99"/>
        <source>Returned transcripts</source>
        <translation>Zurückgegebene Niederschriften</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="101"/>
        <source>Returned transcript / comment</source>
        <translation>Zurückgegebene Niederschrift / Anmerkung</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="113"/>
        <source>No transcript was returned.</source>
        <translation>Es wurde keine Niederschrift zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="115"/>
        <source>Open hearing</source>
        <translation>Anhörung öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="122"/>
        <source>Open the hearing, add addenda for the comments and use “Seal addenda (new version)”; the new version is sent with the next sync.</source>
        <translation>Öffnen Sie die Anhörung, ergänzen Sie Nachträge zu den Anmerkungen und verwenden Sie „Nachträge versiegeln (neue Version)“; die neue Version wird mit der nächsten Synchronisation übertragen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="144"/>
        <source>Case %1 – version %2, returned by %3 on %4</source>
        <translation>Az. %1 – Version %2, zurückgegeben von %3 am %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="151"/>
        <source>answered by a new version</source>
        <translation>durch eine neue Version beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="158"/>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="162"/>
        <source>Whole transcript</source>
        <translation>Gesamte Niederschrift</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="117"/>
        <source>Seal transcript</source>
        <translation>Niederschrift versiegeln</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="121"/>
        <source>The transcript cannot be sealed yet:</source>
        <translation>Die Niederschrift kann noch nicht versiegelt werden:</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="124"/>
        <source>After sealing, the transcript cannot be changed; later additions are recorded as a marked addendum. Seal now?</source>
        <translation>Nach dem Versiegeln kann die Niederschrift nicht mehr geändert werden; spätere Ergänzungen werden als gekennzeichneter Nachtrag erfasst. Jetzt versiegeln?</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="135"/>
        <source>Open checklist items: %1. Please give the reason for completing anyway:</source>
        <translation>Offene Punkte der Checkliste: %1. Bitte begründen Sie, warum dennoch abgeschlossen wird:</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="148"/>
        <source>A reason is required.</source>
        <translation>Eine Begründung ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>SpellingGlue</name>
    <message>
        <location filename="../../app/ui/hearing/spelling.py" line="120"/>
        <source>Spell checking is off: no German dictionary is installed.</source>
        <translation>Rechtschreibprüfung aus: kein deutsches Wörterbuch installiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/spelling.py" line="180"/>
        <source>No spelling suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/spelling.py" line="183"/>
        <source>Ignore “%1” in this hearing</source>
        <translation>„%1“ in dieser Anhörung nicht markieren</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../app/ui/main.py" line="74"/>
        <source>ASA cannot start</source>
        <translation>ASA kann nicht starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="75"/>
        <source>The deployment settings that IT installed on this computer are not valid, so ASA does not start. Please pass this message on to IT:</source>
        <translation>Die Einstellungen, die die IT auf diesem Computer hinterlegt hat, sind fehlerhaft; ASA startet daher nicht. Bitte geben Sie diese Meldung an die IT weiter:</translation>
    </message>
</context>
<context>
    <name>StartHearingDialog</name>
    <message>
        <location filename="../../app/ui/cases/start_hearing_dialog.py" line="16"/>
        <source>Start hearing</source>
        <translation>Anhörung beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/start_hearing_dialog.py" line="26"/>
        <source>Question skeleton</source>
        <translation>Fragengerüst</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/start_hearing_dialog.py" line="27"/>
        <source>Interpreter</source>
        <translation>Sprachmittler/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/start_hearing_dialog.py" line="28"/>
        <source>Language of the hearing</source>
        <translation>Sprache der Anhörung</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/start_hearing_dialog.py" line="29"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="255"/>
        <source>content deleted here after the retention period</source>
        <translation>Inhalt hier nach Ablauf der Aufbewahrungsfrist gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="247"/>
        <source>Case %1 – version %2: received %3 · receipt %4 · content hash %5</source>
        <translation>Az. %1 – Version %2: empfangen am %3 · Empfangsbestätigung %4 · Inhalts-Hash %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="238"/>
        <source>The service has not received a transcript yet.</source>
        <translation>Der Dienst hat noch keine Niederschrift empfangen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="232"/>
        <source>Receipt %1
Content hash %2</source>
        <translation>Empfangsbestätigung %1
Inhalts-Hash %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="188"/>
        <source>Received by the service (receipts, newest first):</source>
        <translation>Vom Dienst empfangen (Empfangsbestätigungen, neueste zuerst):</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="227"/>
        <source>Nothing is waiting to be sent.</source>
        <translation>Es wartet nichts darauf, gesendet zu werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="183"/>
        <source>Sync details</source>
        <translation>Synchronisation – Einzelheiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="191"/>
        <source>Send set-aside transcript again</source>
        <translation>Zurückgestellte Niederschrift erneut senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="193"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
</context>
<context>
    <name>SyncReasons</name>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="75"/>
        <source>The connection was too slow for the service; ASA tries again later.</source>
        <translation>Die Verbindung war für den Dienst zu langsam; ASA versucht es später erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="79"/>
        <source>Please update ASA: this version is too old for the central service. The transcripts stay on this laptop until then.</source>
        <translation>Bitte ASA aktualisieren: Diese Version ist für den zentralen Dienst zu alt. Die Niederschriften bleiben bis dahin auf diesem Laptop.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="84"/>
        <source>The central service is older than this ASA supports; nothing is sent. Please contact IT.</source>
        <translation>Der zentrale Dienst ist älter, als diese ASA-Version unterstützt; es wird nichts gesendet. Bitte wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="14"/>
        <source>The service refused the request as malformed. Please contact IT.</source>
        <translation>Der Dienst hat die Anfrage als fehlerhaft abgelehnt. Bitte wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="17"/>
        <source>The service found this device&apos;s record of actions changed or incomplete; nothing was stored. Please contact IT.</source>
        <translation>Der Dienst hat das Protokoll der Bearbeitungsschritte dieses Geräts als verändert oder lückenhaft erkannt; es wurde nichts gespeichert. Bitte wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="22"/>
        <source>The service did not accept this device&apos;s signature. Please contact IT.</source>
        <translation>Der Dienst hat die Signatur dieses Geräts nicht angenommen. Bitte wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="26"/>
        <source>The central service did not answer properly; ASA tries again later.</source>
        <translation>Der zentrale Dienst hat nicht ordnungsgemäß geantwortet; ASA versucht es später erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="32"/>
        <source>This device is not enrolled at the central service yet.</source>
        <translation>Dieses Gerät ist beim zentralen Dienst noch nicht registriert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="35"/>
        <source>Sync failed.</source>
        <translation>Die Synchronisation ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="37"/>
        <source>The central service cannot be reached (no network?); ASA tries again.</source>
        <translation>Der zentrale Dienst ist nicht erreichbar (kein Netz?); ASA versucht es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="40"/>
        <source>The service&apos;s reply is not a valid receipt; the transcript is kept and sent again.</source>
        <translation>Die Antwort des Dienstes ist keine gültige Empfangsbestätigung; die Niederschrift bleibt erhalten und wird erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="47"/>
        <source>The service is not the one IT configured (certificate or key); nothing is sent. Please contact IT.</source>
        <translation>Der Dienst ist nicht der von der IT eingerichtete (Zertifikat oder Schlüssel); es wird nichts gesendet. Bitte wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="53"/>
        <source>This device was revoked at the central service; nothing is sent. Please contact IT.</source>
        <translation>Dieses Gerät wurde beim zentralen Dienst gesperrt; es wird nichts gesendet. Bitte wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="57"/>
        <source>The central service does not know this device; enrol it again with a code from IT.</source>
        <translation>Der zentrale Dienst kennt dieses Gerät nicht; bitte mit einem Code der IT neu registrieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="61"/>
        <source>The laptop&apos;s clock differs too much from the service&apos;s; please correct date and time.</source>
        <translation>Die Uhr dieses Laptops weicht zu stark von der des Dienstes ab; bitte Datum und Uhrzeit korrigieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="88"/>
        <source>The service had seen this exact request before; ASA sends a new one.</source>
        <translation>Der Dienst hatte genau diese Anfrage schon erhalten; ASA sendet eine neue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="92"/>
        <source>The service could not verify the transcript and did not store it. Please contact IT.</source>
        <translation>Der Dienst konnte die Niederschrift nicht prüfen und hat sie nicht gespeichert. Bitte wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="96"/>
        <source>The transcript is larger than the service accepts. Please contact IT.</source>
        <translation>Die Niederschrift ist größer, als der Dienst annimmt. Bitte wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="99"/>
        <source>The service already holds this version with different content; a changed transcript must be sealed again as a new version.</source>
        <translation>Der Dienst hat diese Version bereits mit anderem Inhalt erhalten; eine geänderte Niederschrift muss als neue Version versiegelt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="104"/>
        <source>Another device already sent this transcript; this copy was not stored.</source>
        <translation>Ein anderes Gerät hat diese Niederschrift bereits gesendet; diese Kopie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="108"/>
        <source>The transcript was sealed on another device; each device sends only its own.</source>
        <translation>Die Niederschrift wurde auf einem anderen Gerät versiegelt; jedes Gerät sendet nur seine eigenen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="115"/>
        <source>This enrolment code is not valid; please ask IT for a new one.</source>
        <translation>Dieser Registrierungscode ist ungültig; bitte fordern Sie bei der IT einen neuen an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="118"/>
        <source>This enrolment code was already used; please ask IT for a new one.</source>
        <translation>Dieser Registrierungscode wurde bereits verwendet; bitte fordern Sie bei der IT einen neuen an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="121"/>
        <source>This enrolment code has expired; please ask IT for a new one.</source>
        <translation>Dieser Registrierungscode ist abgelaufen; bitte fordern Sie bei der IT einen neuen an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="124"/>
        <source>This device key is already enrolled.</source>
        <translation>Dieser Geräteschlüssel ist bereits registriert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="125"/>
        <source>The service refused the device key. Please contact IT.</source>
        <translation>Der Dienst hat den Geräteschlüssel abgelehnt. Bitte wenden Sie sich an die IT.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="82"/>
        <source>%1 of %2 sent</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="97"/>
        <source>Sync off: no central service configured</source>
        <translation>Synchronisation aus: kein zentraler Dienst eingerichtet</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="98"/>
        <source>Sync: this device is not enrolled</source>
        <translation>Synchronisation: Gerät ist nicht registriert</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="99"/>
        <source>Sync: service not reachable, trying again</source>
        <translation>Synchronisation: Dienst nicht erreichbar, neuer Versuch folgt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="100"/>
        <source>Syncing…</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="101"/>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="102"/>
        <source>Sync: not everything was sent</source>
        <translation>Synchronisation: nicht alles wurde gesendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="103"/>
        <source>Sync stopped</source>
        <translation>Synchronisation angehalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="115"/>
        <source>To send: %1 · Sent: %2 · Failed: %3 · Set aside: %4</source>
        <translation>Zu senden: %1 · Gesendet: %2 · Fehlgeschlagen: %3 · Zurückgestellt: %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="127"/>
        <source>Sync stopped: %1</source>
        <translation>Synchronisation angehalten: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="143"/>
        <source>Details…</source>
        <translation>Einzelheiten …</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="152"/>
        <source>set aside</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="154"/>
        <source>failed %1 time(s), will be retried</source>
        <translation>%1-mal fehlgeschlagen, wird erneut versucht</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="158"/>
        <source>waiting to be sent</source>
        <translation>wartet auf Übertragung</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="160"/>
        <source>Case %1 – version %2: %3</source>
        <translation>Az. %1 – Version %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="170"/>
        <source>original message: %1</source>
        <translation>Originalmeldung: %1</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../../app/ui/sync/wiring.py" line="103"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/wiring.py" line="104"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/wiring.py" line="105"/>
        <source>Enrol device…</source>
        <translation>Gerät registrieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/wiring.py" line="106"/>
        <source>Returned transcripts…</source>
        <translation>Zurückgegebene Niederschriften …</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/wiring.py" line="107"/>
        <source>Sync details…</source>
        <translation>Synchronisation – Einzelheiten …</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/wiring.py" line="132"/>
        <source>The deployment file is invalid; sync is off: %1</source>
        <translation>Die Bereitstellungsdatei ist fehlerhaft; Synchronisation ist aus: %1</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <location filename="../../app/ui/hearing/transcript_model.py" line="47"/>
        <source>applicant</source>
        <translation>Antragsteller/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/transcript_model.py" line="48"/>
        <source>interviewer</source>
        <translation>Anhörer/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/transcript_model.py" line="49"/>
        <source>interpreter</source>
        <translation>Sprachmittler/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/transcript_model.py" line="50"/>
        <source>other</source>
        <translation>weitere Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/transcript_model.py" line="60"/>
        <source>Q</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/transcript_model.py" line="61"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/transcript_model.py" line="62"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/transcript_model.py" line="63"/>
        <source>Addendum</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/transcript_model.py" line="64"/>
        <source>Correction at read-back</source>
        <translation>Korrektur bei der Rückübersetzung</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <location filename="../../app/ui/unexpected.py" line="63"/>
        <source>Something went wrong that ASA did not expect. What you typed is kept; the status bar shows whether everything is saved. The error was logged without any content. If it happens again, please tell IT.</source>
        <translation>Etwas ist schiefgelaufen, womit ASA nicht gerechnet hat. Was Sie eingegeben haben, bleibt erhalten; die Statuszeile zeigt, ob alles gespeichert ist. Der Fehler wurde ohne Inhalte protokolliert. Wenn er wieder auftritt, wenden Sie sich bitte an die IT.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="146"/>
        <source>ASA – Assistant for hearings</source>
        <translation>ASA – Assistenzsystem für Anhörungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="147"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="148"/>
        <location filename="../../app/ui/unlock_page.py" line="160"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="149"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="150"/>
        <source>New profile…</source>
        <translation>Neues Profil …</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="151"/>
        <source>Create demo profile</source>
        <translation>Demo-Profil anlegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="159"/>
        <source>Interviewer name</source>
        <translation>Name der anhörenden Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="161"/>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="162"/>
        <source>Create profile</source>
        <translation>Profil anlegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="163"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="243"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="206"/>
        <source>Damaged profile (cannot be unlocked): %1. Do not delete the folder. Support can restore its profile.json from a backup or rebuild it with the organisation&apos;s recovery key; `asa profiles list` names the damage.</source>
        <translation>Beschädigtes Profil (kann nicht entsperrt werden): %1. Löschen Sie den Ordner nicht. Der Support kann seine profile.json aus einer Sicherung wiederherstellen oder mit dem Wiederherstellungsschlüssel der Organisation neu erstellen; `asa profiles list` nennt den Schaden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="154"/>
        <source>Demo profile: its passphrase is %1</source>
        <translation>Demo-Profil: Die Passphrase lautet %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="156"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../app/ui/country_info/panel.py" line="236"/>
        <source>Country information</source>
        <translation>Länderinformationen</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="399"/>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
</context>
</TS>
