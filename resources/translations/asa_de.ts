<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AssistantModels</name>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="15" />
        <source>Special officer?</source>
        <translation>Sonderbeauftragte/r?</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="16" />
        <source>To clarify</source>
        <translation>Zu klären</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="17" />
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="18" />
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="27" />
        <source>asked</source>
        <translation>gestellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="28" />
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="29" />
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="30" />
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/models.py" line="31" />
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>settled by hand: %1</source>
        <translation>von Hand erledigt: %1</translation>
    </message>
    <message>
        <source>kept open by hand: %1</source>
        <translation>von Hand offen gehalten: %1</translation>
    </message>
    <message>
        <source>notice recorded</source>
        <translation>Hinweis erfasst</translation>
    </message>
    <message>
        <source>entries %1</source>
        <translation>Einträge %1</translation>
    </message>
    <message>
        <source>from the case file</source>
        <translation>aus der Akte</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Place of origin</source>
        <translation>Herkunftsort</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Ausreise</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>AssistantPanel</name>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="127" />
        <source>Hints</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="128" />
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="129" />
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="130" />
        <source>Insert question (Ctrl+I)</source>
        <translation>Frage einfügen (Strg+I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="131" />
        <source>Mark as asked</source>
        <translation>Als gestellt markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="132" />
        <source>Dismiss…</source>
        <translation>Verwerfen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="133" />
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="134" />
        <source>Wrong – reject</source>
        <translation>Falsch – ablehnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="136" />
        <source>Still open – questions that would settle it (Enter inserts):</source>
        <translation>Noch offen – Fragen, die es klären würden (Eingabetaste fügt ein):</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="149" />
        <source>The assistant is not available: %1</source>
        <translation>Der Assistent ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="170" />
        <source>%1 of %2 elements covered</source>
        <translation>%1 von %2 Merkmalen abgedeckt</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="177" />
        <source>Sample rule packs, not official guidance: %1</source>
        <translation>Beispiel-Regelpakete, keine amtlichen Leitsätze: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="182" />
        <source>Possible need for a special officer: %1</source>
        <translation>Möglicherweise Sonderbeauftragte/r nötig: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="207" />
        <source>Suggested questions:</source>
        <translation>Vorgeschlagene Fragen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="209" />
        <source>Why: rule %1 (pack %2, version %3), from entries %4.</source>
        <translation>Warum: Regel %1 (Paket %2, Version %3), aus den Einträgen %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="221" />
        <source>Guideline:</source>
        <translation>Leitsatz:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistant/panel.py" line="222" />
        <source>Sample data, not official guidance.</source>
        <translation>Beispieldaten, keine amtlichen Leitsätze.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I inserts the second suggested question</source>
        <translation>Strg+Umschalt+I fügt die zweite vorgeschlagene Frage ein</translation>
    </message>
    <message>
        <source>Mark settled or open by hand…</source>
        <translation>Von Hand als erledigt oder offen markieren …</translation>
    </message>
    <message>
        <source>This hint's suggested questions are already in the transcript.</source>
        <translation>Die vorgeschlagenen Fragen dieses Hinweises stehen bereits in der Niederschrift.</translation>
    </message>
</context>
<context>
    <name>AutoLockDialog</name>
    <message>
        <location filename="../../app/ui/auto_lock_dialog.py" line="13" />
        <source>Automatic lock</source>
        <translation>Automatische Sperre</translation>
    </message>
    <message>
        <location filename="../../app/ui/auto_lock_dialog.py" line="17" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/auto_lock_dialog.py" line="20" />
        <source>ASA locks itself when nobody has typed or moved the mouse for this long: the key is dropped and the screen cleared. Every change is saved first.</source>
        <translation>ASA sperrt sich, wenn so lange niemand getippt oder die Maus bewegt hat: Der Schlüssel wird verworfen und der Bildschirm geleert. Alle Änderungen werden vorher gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/auto_lock_dialog.py" line="25" />
        <source>At most %1 minutes.</source>
        <translation>Höchstens %1 Minuten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/auto_lock_dialog.py" line="28" />
        <source>Lock after</source>
        <translation>Sperren nach</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../app/ui/cases/page.py" line="72" />
        <source>Search by reference or name (Ctrl+F)</source>
        <translation>Suche nach Aktenzeichen oder Name (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/page.py" line="73" />
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/page.py" line="74" />
        <source>Start / continue hearing</source>
        <translation>Anhörung beginnen / fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/page.py" line="75" />
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/page.py" line="90" />
        <source>The last session did not end normally (crash or power loss). Everything that was saved has been restored; the save indicator showed what was saved.</source>
        <translation>Die letzte Sitzung wurde nicht ordnungsgemäß beendet (Absturz oder Stromausfall). Alles Gespeicherte wurde wiederhergestellt; die Speicheranzeige zeigte jeweils, was gespeichert war.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/cases/model.py" line="22" />
        <source>Case ref.</source>
        <translation>Az.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="23" />
        <source>Applicant</source>
        <translation>Antragsteller/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="24" />
        <source>Name (original script)</source>
        <translation>Name (Originalschrift)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="25" />
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="26" />
        <source>Hearing</source>
        <translation>Anhörung</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="29" />
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="30" />
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="31" />
        <source>read-back</source>
        <translation>Rückübersetzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="32" />
        <source>sealed</source>
        <translation>versiegelt</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/model.py" line="95" />
        <source>in progress (%1 entries)</source>
        <translation>läuft (%1 Einträge)</translation>
    </message>
</context>
<context>
    <name>CompletionActions</name>
    <message>
        <location filename="../../app/ui/hearing/completion_actions.py" line="78" />
        <source>The assistant is still loading; please seal in a moment.</source>
        <translation>Der Assistent lädt noch; bitte gleich versiegeln.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_actions.py" line="92" />
        <source>The transcript is sealed.</source>
        <translation>Die Niederschrift ist versiegelt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_actions.py" line="96" />
        <source>Addendum</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_actions.py" line="97" />
        <source>The transcript is sealed. The addendum is added after it, marked as such.</source>
        <translation>Die Niederschrift ist versiegelt. Der Nachtrag wird gekennzeichnet angefügt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_actions.py" line="108" />
        <source>The addenda are sealed as a new version.</source>
        <translation>Die Nachträge sind als neue Version versiegelt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_actions.py" line="114" />
        <source>Export transcript</source>
        <translation>Niederschrift exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_actions.py" line="129" />
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_actions.py" line="133" />
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>CompletionPanel</name>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="94" />
        <source>Start read-back (Ctrl+Shift+R)</source>
        <translation>Rückübersetzung beginnen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="95" />
        <source>Back to questioning</source>
        <translation>Zurück zur Befragung</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="96" />
        <source>Section confirmed</source>
        <translation>Abschnitt bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="97" />
        <source>Record correction…</source>
        <translation>Korrektur erfassen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="98" />
        <source>Notices and closing statements</source>
        <translation>Hinweise und Abschlusserklärungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="99" />
        <source>Seal transcript…</source>
        <translation>Niederschrift versiegeln …</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="100" />
        <source>Add addendum…</source>
        <translation>Nachtrag hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="101" />
        <source>Seal addenda (new version)</source>
        <translation>Nachträge versiegeln (neue Version)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="102" />
        <source>Export DOCX</source>
        <translation>Als DOCX exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="103" />
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="117" />
        <source>Hearing in progress. Read-back: %1 of %2 sections.</source>
        <translation>Anhörung läuft. Rückübersetzung: %1 von %2 Abschnitten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="119" />
        <source>Read-back under way: %1 of %2 sections done.</source>
        <translation>Rückübersetzung läuft: %1 von %2 Abschnitten erledigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/completion_panel.py" line="121" />
        <source>Sealed (version %3). Content hash: %4</source>
        <translation>Versiegelt (Version %3). Inhalts-Hash: %4</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="24" />
        <source>Correction at read-back</source>
        <translation>Korrektur bei der Rückübersetzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="35" />
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="36" />
        <source>As recorded</source>
        <translation>Wie protokolliert</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="37" />
        <source>Corrected wording</source>
        <translation>Korrigierter Wortlaut</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="44" />
        <source>The original stays in the transcript; the correction is shown beside it with its time.</source>
        <translation>Der ursprüngliche Wortlaut bleibt in der Niederschrift; die Korrektur wird mit Uhrzeit daneben ausgewiesen.</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <location filename="../../app/ui/domain_text.py" line="17" />
        <source>The transcript is sealed; add an addendum instead.</source>
        <translation>Die Niederschrift ist versiegelt; bitte einen Nachtrag anfügen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="18" />
        <source>The hearing is already interrupted.</source>
        <translation>Die Anhörung ist bereits unterbrochen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="19" />
        <source>The hearing is not interrupted.</source>
        <translation>Die Anhörung ist nicht unterbrochen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="20" />
        <source>There is nothing to read back yet.</source>
        <translation>Es gibt noch nichts rückzuübersetzen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="21" />
        <source>Corrections are recorded during read-back.</source>
        <translation>Korrekturen werden während der Rückübersetzung erfasst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="22" />
        <source>Only questions, answers and remarks can be corrected.</source>
        <translation>Nur Fragen, Antworten und Anmerkungen können korrigiert werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="23" />
        <source>A correction needs the corrected wording.</source>
        <translation>Eine Korrektur braucht den korrigierten Wortlaut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="24" />
        <source>Start the read-back first.</source>
        <translation>Bitte zuerst die Rückübersetzung beginnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="25" />
        <source>the read-back has not been started</source>
        <translation>die Rückübersetzung wurde noch nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="26" />
        <source>some sections have not been read back yet</source>
        <translation>einige Abschnitte wurden noch nicht rückübersetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="27" />
        <source>the hearing is still interrupted</source>
        <translation>die Anhörung ist noch unterbrochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="28" />
        <source>the transcript is already sealed</source>
        <translation>die Niederschrift ist bereits versiegelt</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_text.py" line="29" />
        <source>notice missing: %1</source>
        <translation>Hinweis fehlt: %1</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="31" />
        <source>Enrol device</source>
        <translation>Gerät registrieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="34" />
        <source>Enter the one-time enrolment code you received from IT. The device registers its key with the central service; transcripts are then sent from this profile.</source>
        <translation>Geben Sie den einmaligen Registrierungscode ein, den Sie von der IT erhalten haben. Das Gerät meldet seinen Schlüssel beim zentralen Dienst an; danach werden Niederschriften aus diesem Profil übertragen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="44" />
        <source>Enrol</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="51" />
        <source>Enrolment code</source>
        <translation>Registrierungscode</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="52" />
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="62" />
        <source>Please enter the enrolment code.</source>
        <translation>Bitte geben Sie den Registrierungscode ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="65" />
        <source>Enrolling…</source>
        <translation>Registriere …</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="71" />
        <source>This device is enrolled. Sync starts now.</source>
        <translation>Das Gerät ist registriert. Die Synchronisation beginnt jetzt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="73" />
        <source>Enrolment failed: %1</source>
        <translation>Registrierung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../app/ui/hearing/editor.py" line="67" />
        <source>Applicant</source>
        <translation>Antragsteller/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/editor.py" line="68" />
        <source>Interviewer</source>
        <translation>Anhörer/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/editor.py" line="69" />
        <source>Interpreter</source>
        <translation>Sprachmittler/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/editor.py" line="70" />
        <source>Other participant</source>
        <translation>Weitere Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/editor.py" line="75" />
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/editor.py" line="76" />
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <location filename="../../app/ui/hearing/fields_form.py" line="60" />
        <source>dd.mm.yyyy, mm.yyyy or yyyy</source>
        <translation>TT.MM.JJJJ, MM.JJJJ oder JJJJ</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/fields_form.py" line="62" />
        <source>names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>HearingPage</name>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="184" />
        <source>Case list</source>
        <translation>Fallliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="185" />
        <source>Participants…</source>
        <translation>Beteiligte …</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="186" />
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="187" />
        <source>Read-back &amp;&amp; completion</source>
        <translation>Rückübersetzung &amp;&amp; Abschluss</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="188" />
        <source>My notes (not in transcript)</source>
        <translation>Meine Notizen (nicht in der Niederschrift)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="190" />
        <source>Notes for yourself. They are never part of the transcript or its export.</source>
        <translation>Notizen nur für Sie. Sie sind nie Teil der Niederschrift oder ihres Exports.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="205" />
        <source>Case</source>
        <translation>Az.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="205" />
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="210" />
        <source>Interpreter</source>
        <translation>Sprachmittler/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="215" />
        <source>INTERRUPTED since %1</source>
        <translation>UNTERBROCHEN seit %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="221" />
        <source>Resume (Ctrl+B)</source>
        <translation>Fortsetzen (Strg+B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="221" />
        <source>Break (Ctrl+B)</source>
        <translation>Unterbrechung (Strg+B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="230" />
        <source>Standard questions: %1 of %2</source>
        <translation>Standardfragen: %1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="241" />
        <source>No entry yet: Ctrl+Return starts with the first standard question.</source>
        <translation>Noch kein Eintrag: Strg+Eingabe beginnt mit der ersten Standardfrage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="282" />
        <source>Entry %1 · standard question %2 of %3</source>
        <translation>Eintrag %1 · Standardfrage %2 von %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="289" />
        <source>Entry %1 · remark</source>
        <translation>Eintrag %1 · Anmerkung</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="290" />
        <source>Entry %1 · follow-up question</source>
        <translation>Eintrag %1 · Nachfrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="304" />
        <source>Questions are added while the hearing is in progress.</source>
        <translation>Fragen werden während der laufenden Anhörung hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="326" />
        <source>All standard questions have been asked.</source>
        <translation>Alle Standardfragen wurden gestellt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="454" />
        <source>NOT SAVED: %1 – your text stays here; retrying…</source>
        <translation>NICHT GESPEICHERT: %1 – Ihr Text bleibt erhalten; neuer Versuch …</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="461" />
        <source>Saving…</source>
        <translation>Speichert …</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/page.py" line="463" />
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="88" />
        <location filename="../../app/ui/main_window.py" line="98" />
        <source>Locked.</source>
        <translation>Gesperrt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="71" />
        <source>Locked after inactivity.</source>
        <translation>Nach Inaktivität gesperrt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147" />
        <source>The passphrase was changed.</source>
        <translation>Die Passphrase wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162" />
        <source>ASA – Assistant for hearings</source>
        <translation>ASA – Assistenzsystem für Anhörungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163" />
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165" />
        <source>Automatic lock…</source>
        <translation>Automatische Sperre …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166" />
        <source>Change passphrase…</source>
        <translation>Passphrase ändern …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167" />
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179" />
        <source>No profile yet. Create your own profile, or a demo profile with an invented case to look around.</source>
        <translation>Noch kein Profil vorhanden. Legen Sie Ihr eigenes Profil an – oder ein Demo-Profil mit einem erfundenen Fall zum Ausprobieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194" />
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>The profile could not be opened: %1</source>
        <translation>Das Profil konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="251" />
        <source>Demo profile created. Its passphrase is: %1</source>
        <translation>Demo-Profil angelegt. Die Passphrase lautet: %1</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="25" />
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="32" />
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="39" />
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="40" />
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="41" />
        <source>diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="45" />
        <source>e.g. Sorani, Arabic</source>
        <translation>z. B. Sorani, Arabisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="50" />
        <source>Case reference (Az.)</source>
        <translation>Aktenzeichen (Az.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="51" />
        <source>Family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="52" />
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="53" />
        <source>Family name (original script)</source>
        <translation>Familienname (Originalschrift)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="54" />
        <source>Given names (original script)</source>
        <translation>Vornamen (Originalschrift)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="55" />
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="56" />
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="57" />
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="58" />
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="74" />
        <source>The date of birth is not a date like 31.12.1990.</source>
        <translation>Das Geburtsdatum ist kein Datum wie 31.12.1990.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="83" />
        <source>Please enter the case reference.</source>
        <translation>Bitte das Aktenzeichen eingeben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/new_case_dialog.py" line="86" />
        <source>Please enter the applicant's family name.</source>
        <translation>Bitte den Familiennamen der antragstellenden Person eingeben.</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="137" />
        <source>Participants</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="145" />
        <source>One per line, with the role, e.g.
Rechtsanwältin Dr. Muster (Bevollmächtigte)</source>
        <translation>Eine Person je Zeile, mit Rolle, z. B.
Rechtsanwältin Dr. Muster (Bevollmächtigte)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="149" />
        <source>Interpreter</source>
        <translation>Sprachmittler/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="150" />
        <source>Language of the hearing</source>
        <translation>Sprache der Anhörung</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="151" />
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="152" />
        <source>Others present</source>
        <translation>Weitere Anwesende</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/passphrase_dialog.py" line="25" />
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/passphrase_dialog.py" line="33" />
        <source>Current passphrase</source>
        <translation>Bisherige Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/passphrase_dialog.py" line="34" />
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/passphrase_dialog.py" line="35" />
        <source>Repeat new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/passphrase_dialog.py" line="47" />
        <source>The two new passphrases differ.</source>
        <translation>Die beiden neuen Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <location filename="../../app/ui/passphrase_dialog.py" line="50" />
        <source>The new passphrase is the same as the current one.</source>
        <translation>Die neue Passphrase ist dieselbe wie die bisherige.</translation>
    </message>
    <message>
        <location filename="../../app/ui/passphrase_dialog.py" line="54" />
        <source>Changing the passphrase…</source>
        <translation>Passphrase wird geändert …</translation>
    </message>
    <message>
        <location filename="../../app/ui/passphrase_dialog.py" line="69" />
        <source>The passphrase could not be changed: %1</source>
        <translation>Die Passphrase konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>ProfileErrors</name>
    <message>
        <location filename="../../app/ui/profile_errors.py" line="18" />
        <source>Wrong passphrase. Nothing was changed.</source>
        <translation>Falsche Passphrase. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_errors.py" line="20" />
        <source>Too many wrong passphrases. Please wait %1 seconds.</source>
        <translation>Zu viele falsche Passphrasen. Bitte %1 Sekunden warten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_errors.py" line="26" />
        <source>This profile no longer exists.</source>
        <translation>Dieses Profil gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_errors.py" line="29" />
        <source>Please enter the interviewer's name.</source>
        <translation>Bitte geben Sie den Namen der anhörenden Person ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_errors.py" line="32" />
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Die Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_errors.py" line="35" />
        <source>The profile's key file is damaged. Please contact IT; the database is untouched.</source>
        <translation>Die Schlüsseldatei des Profils ist beschädigt. Bitte wenden Sie sich an die IT; die Datenbank ist unberührt.</translation>
    </message>
</context>
<context>
    <name>ReadbackModel</name>
    <message>
        <location filename="../../app/ui/hearing/readback_model.py" line="20" />
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/readback_model.py" line="21" />
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/readback_model.py" line="22" />
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
</context>
<context>
    <name>ReturnsDialog</name>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="84" />
        <source>Returned transcripts</source>
        <translation>Zurückgegebene Niederschriften</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="86" />
        <source>Returned transcript / comment</source>
        <translation>Zurückgegebene Niederschrift / Anmerkung</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="98" />
        <source>No transcript was returned.</source>
        <translation>Es wurde keine Niederschrift zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="100" />
        <source>Open hearing</source>
        <translation>Anhörung öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="107" />
        <source>Open the hearing, add addenda for the comments and use “Seal addenda (new version)”; the new version is sent with the next sync.</source>
        <translation>Öffnen Sie die Anhörung, ergänzen Sie Nachträge zu den Anmerkungen und verwenden Sie „Nachträge versiegeln (neue Version)“; die neue Version wird mit der nächsten Synchronisation übertragen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="120" />
        <source>Case %1 – version %2, returned by %3 on %4</source>
        <translation>Az. %1 – Version %2, zurückgegeben von %3 am %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="126" />
        <source>answered by a new version</source>
        <translation>durch eine neue Version beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="130" />
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/dialogs.py" line="132" />
        <source>Whole transcript</source>
        <translation>Gesamte Niederschrift</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="89" />
        <source>Seal transcript</source>
        <translation>Niederschrift versiegeln</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="93" />
        <source>The transcript cannot be sealed yet:</source>
        <translation>Die Niederschrift kann noch nicht versiegelt werden:</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="96" />
        <source>After sealing, the transcript cannot be changed; later additions are recorded as a marked addendum. Seal now?</source>
        <translation>Nach dem Versiegeln kann die Niederschrift nicht mehr geändert werden; spätere Ergänzungen werden als gekennzeichneter Nachtrag erfasst. Jetzt versiegeln?</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="107" />
        <source>Open checklist items: %1. Please give the reason for completing anyway:</source>
        <translation>Offene Punkte der Checkliste: %1. Bitte begründen Sie, warum dennoch abgeschlossen wird:</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/dialogs.py" line="120" />
        <source>A reason is required.</source>
        <translation>Eine Begründung ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>StartHearingDialog</name>
    <message>
        <location filename="../../app/ui/cases/start_hearing_dialog.py" line="16" />
        <source>Start hearing</source>
        <translation>Anhörung beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/start_hearing_dialog.py" line="26" />
        <source>Question skeleton</source>
        <translation>Fragengerüst</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/start_hearing_dialog.py" line="27" />
        <source>Interpreter</source>
        <translation>Sprachmittler/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/start_hearing_dialog.py" line="28" />
        <source>Language of the hearing</source>
        <translation>Sprache der Anhörung</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/start_hearing_dialog.py" line="29" />
        <source>Place</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="179" />
        <source>Sync details</source>
        <translation>Synchronisation – Einzelheiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="191" />
        <source>Send set-aside transcript again</source>
        <translation>Zurückgestellte Niederschrift erneut senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="193" />
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
</context>
<context>
    <name>SyncReasons</name>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="14" />
        <source>The service refused the request as malformed. Please contact IT.</source>
        <translation>Der Dienst hat die Anfrage als fehlerhaft abgelehnt. Bitte wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="17" />
        <source>The service found this device's record of actions changed or incomplete; nothing was stored. Please contact IT.</source>
        <translation>Der Dienst hat das Protokoll der Bearbeitungsschritte dieses Geräts als verändert oder lückenhaft erkannt; es wurde nichts gespeichert. Bitte wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="22" />
        <source>The service did not accept this device's signature. Please contact IT.</source>
        <translation>Der Dienst hat die Signatur dieses Geräts nicht angenommen. Bitte wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="26" />
        <source>The central service did not answer properly; ASA tries again later.</source>
        <translation>Der zentrale Dienst hat nicht ordnungsgemäß geantwortet; ASA versucht es später erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="32" />
        <source>This device is not enrolled at the central service yet.</source>
        <translation>Dieses Gerät ist beim zentralen Dienst noch nicht registriert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="35" />
        <source>Sync failed.</source>
        <translation>Die Synchronisation ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="37" />
        <source>The central service cannot be reached (no network?); ASA tries again.</source>
        <translation>Der zentrale Dienst ist nicht erreichbar (kein Netz?); ASA versucht es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="40" />
        <source>The service's reply is not a valid receipt; the transcript is kept and sent again.</source>
        <translation>Die Antwort des Dienstes ist keine gültige Empfangsbestätigung; die Niederschrift bleibt erhalten und wird erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="47" />
        <source>The service is not the one IT configured (certificate or key); nothing is sent. Please contact IT.</source>
        <translation>Der Dienst ist nicht der von der IT eingerichtete (Zertifikat oder Schlüssel); es wird nichts gesendet. Bitte wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="53" />
        <source>This device was revoked at the central service; nothing is sent. Please contact IT.</source>
        <translation>Dieses Gerät wurde beim zentralen Dienst gesperrt; es wird nichts gesendet. Bitte wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="57" />
        <source>The central service does not know this device; enrol it again with a code from IT.</source>
        <translation>Der zentrale Dienst kennt dieses Gerät nicht; bitte mit einem Code der IT neu registrieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="61" />
        <source>The laptop's clock differs too much from the service's; please correct date and time.</source>
        <translation>Die Uhr dieses Laptops weicht zu stark von der des Dienstes ab; bitte Datum und Uhrzeit korrigieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="72" />
        <source>The service had seen this exact request before; ASA sends a new one.</source>
        <translation>Der Dienst hatte genau diese Anfrage schon erhalten; ASA sendet eine neue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="76" />
        <source>The service could not verify the transcript and did not store it. Please contact IT.</source>
        <translation>Der Dienst konnte die Niederschrift nicht prüfen und hat sie nicht gespeichert. Bitte wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="80" />
        <source>The transcript is larger than the service accepts. Please contact IT.</source>
        <translation>Die Niederschrift ist größer, als der Dienst annimmt. Bitte wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="83" />
        <source>The service already holds this version with different content; a changed transcript must be sealed again as a new version.</source>
        <translation>Der Dienst hat diese Version bereits mit anderem Inhalt erhalten; eine geänderte Niederschrift muss als neue Version versiegelt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="88" />
        <source>Another device already sent this transcript; this copy was not stored.</source>
        <translation>Ein anderes Gerät hat diese Niederschrift bereits gesendet; diese Kopie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="92" />
        <source>The transcript was sealed on another device; each device sends only its own.</source>
        <translation>Die Niederschrift wurde auf einem anderen Gerät versiegelt; jedes Gerät sendet nur seine eigenen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="99" />
        <source>This enrolment code is not valid; please ask IT for a new one.</source>
        <translation>Dieser Registrierungscode ist ungültig; bitte fordern Sie bei der IT einen neuen an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="102" />
        <source>This enrolment code was already used; please ask IT for a new one.</source>
        <translation>Dieser Registrierungscode wurde bereits verwendet; bitte fordern Sie bei der IT einen neuen an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="105" />
        <source>This enrolment code has expired; please ask IT for a new one.</source>
        <translation>Dieser Registrierungscode ist abgelaufen; bitte fordern Sie bei der IT einen neuen an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="108" />
        <source>This device key is already enrolled.</source>
        <translation>Dieser Geräteschlüssel ist bereits registriert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/reasons.py" line="109" />
        <source>The service refused the device key. Please contact IT.</source>
        <translation>Der Dienst hat den Geräteschlüssel abgelehnt. Bitte wenden Sie sich an die IT.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="82" />
        <source>%1 of %2 sent</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="97" />
        <source>Sync off: no central service configured</source>
        <translation>Synchronisation aus: kein zentraler Dienst eingerichtet</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="98" />
        <source>Sync: this device is not enrolled</source>
        <translation>Synchronisation: Gerät ist nicht registriert</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="99" />
        <source>Sync: service not reachable, trying again</source>
        <translation>Synchronisation: Dienst nicht erreichbar, neuer Versuch folgt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="100" />
        <source>Syncing…</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="101" />
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="102" />
        <source>Sync: not everything was sent</source>
        <translation>Synchronisation: nicht alles wurde gesendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="103" />
        <source>Sync stopped</source>
        <translation>Synchronisation angehalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="115" />
        <source>To send: %1 · Sent: %2 · Failed: %3 · Set aside: %4</source>
        <translation>Zu senden: %1 · Gesendet: %2 · Fehlgeschlagen: %3 · Zurückgestellt: %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="127" />
        <source>Sync stopped: %1</source>
        <translation>Synchronisation angehalten: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="141" />
        <source>Details…</source>
        <translation>Einzelheiten …</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="150" />
        <source>set aside</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="152" />
        <source>failed %1 time(s), will be retried</source>
        <translation>%1-mal fehlgeschlagen, wird erneut versucht</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="156" />
        <source>waiting to be sent</source>
        <translation>wartet auf Übertragung</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="158" />
        <source>Case %1 – version %2: %3</source>
        <translation>Az. %1 – Version %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_widget.py" line="168" />
        <source>original message: %1</source>
        <translation>Originalmeldung: %1</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../../app/ui/sync/wiring.py" line="103" />
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/wiring.py" line="104" />
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/wiring.py" line="105" />
        <source>Enrol device…</source>
        <translation>Gerät registrieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/wiring.py" line="106" />
        <source>Returned transcripts…</source>
        <translation>Zurückgegebene Niederschriften …</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/wiring.py" line="107" />
        <source>Sync details…</source>
        <translation>Synchronisation – Einzelheiten …</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/wiring.py" line="128" />
        <source>The deployment file is invalid; sync is off: %1</source>
        <translation>Die Bereitstellungsdatei ist fehlerhaft; Synchronisation ist aus: %1</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <location filename="../../app/ui/hearing/transcript_model.py" line="24" />
        <source>applicant</source>
        <translation>Antragsteller/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/transcript_model.py" line="25" />
        <source>interviewer</source>
        <translation>Anhörer/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/transcript_model.py" line="26" />
        <source>interpreter</source>
        <translation>Sprachmittler/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/transcript_model.py" line="27" />
        <source>other</source>
        <translation>weitere Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/transcript_model.py" line="37" />
        <source>Q</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/transcript_model.py" line="38" />
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/transcript_model.py" line="39" />
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/transcript_model.py" line="40" />
        <source>Addendum</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/transcript_model.py" line="41" />
        <source>Correction at read-back</source>
        <translation>Korrektur bei der Rückübersetzung</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <location filename="../../app/ui/unexpected.py" line="63" />
        <source>Something went wrong that ASA did not expect. What you typed is kept; the status bar shows whether everything is saved. The error was logged without any content. If it happens again, please tell IT.</source>
        <translation>Etwas ist schiefgelaufen, womit ASA nicht gerechnet hat. Was Sie eingegeben haben, bleibt erhalten; die Statuszeile zeigt, ob alles gespeichert ist. Der Fehler wurde ohne Inhalte protokolliert. Wenn er wieder auftritt, wenden Sie sich bitte an die IT.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="121" />
        <source>ASA – Assistant for hearings</source>
        <translation>ASA – Assistenzsystem für Anhörungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="122" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="123" />
        <location filename="../../app/ui/unlock_page.py" line="130" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="124" />
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="125" />
        <source>New profile…</source>
        <translation>Neues Profil …</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="126" />
        <source>Create demo profile</source>
        <translation>Demo-Profil anlegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="129" />
        <source>Interviewer name</source>
        <translation>Name der anhörenden Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="131" />
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="132" />
        <source>Create profile</source>
        <translation>Profil anlegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="133" />
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_page.py" line="179" />
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="353" />
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
</context>
<context>
    <name>AssistantGlue</name>
    <message>
        <location filename="../../app/ui/hearing/assistant_glue.py" line="52" />
        <source>Loading guideline rule packs…</source>
        <translation>Leitsatz-Regelpakete werden geladen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/assistant_glue.py" line="178" />
        <source>Dismiss hint</source>
        <translation>Hinweis verwerfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/hearing/assistant_glue.py" line="180" />
        <source>Why is this hint not followed? The reason is kept for the review, not in the transcript.</source>
        <translation>Warum wird dieser Hinweis nicht aufgegriffen? Die Begründung wird für die Prüfung festgehalten, nicht in der Niederschrift.</translation>
    </message>
</context>
<context>
    <name>ItemMarkDialog</name>
    <message>
        <source>Checklist item</source>
        <translation>Punkt der Checkliste</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>As the record says</source>
        <translation>Wie die Niederschrift es ergibt</translation>
    </message>
    <message>
        <source>Reason (for the review, not in the transcript)</source>
        <translation>Begründung (für die Prüfung, nicht in der Niederschrift)</translation>
    </message>
</context>
</TS>