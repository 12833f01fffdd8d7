"""The DOCX Niederschrift, read back with python-docx: content, order, marks, direction."""

from __future__ import annotations

import pytest
from docx import Document

from app.domain.transcript import EntryKind
from app.export import export_docx
from tests.export import sample
from tests.export.helpers import (
    berlin,
    has_bidi,
    index_after,
    index_of_prefix,
    run_is_rtl,
)


def test_head_has_reference_date_place_times_and_breaks(texts, sealed):
    assert texts[0] == "Niederschrift über die Anhörung gemäß § 25 AsylG"
    assert "Az.:\t9876543-438" in texts
    assert "Datum:\t12.03.2025" in texts
    assert "Ort:\tAußenstelle Bonn" in texts
    assert "Beginn:\t09:30 Uhr" in texts  # 08:30 UTC is 09:30 in Berlin in March (CET)
    assert f"Ende:\t{berlin(sealed.ended_at, '%H:%M')} Uhr" in texts
    brk = sealed.breaks[0]
    expected = f"{berlin(brk.started_at, '%H:%M')}–{berlin(brk.ended_at, '%H:%M')} Uhr (Pause)"
    assert f"Unterbrechungen:\t{expected}" in texts
    # Sealed: no draft marker.
    assert not any(t.startswith("ENTWURF") for t in texts)


def test_participants_and_applicant(texts):
    assert "Entscheider/Anhörer:\tMiriam Beispiel" in texts
    assert "Sprachmittler:\tHerr Samir Mustermann (Sprache: Sorani)" in texts
    assert f"Weitere Anwesende:\t{sample.LAWYER}" in texts
    assert "Name, Vorname(n):\tRAHIMI, Karwan" in texts
    assert "Name in Originalschrift:\tكاروان رحيمي" in texts
    assert "Geburtsdatum:\t17.05.1994" in texts
    assert "Staatsangehörigkeit:\tirakisch" in texts  # not the code the case keeps (IRQ)


def test_every_question_and_answer_in_order_with_its_number(texts, sealed):
    position = index_after(texts, "Verlauf der Anhörung")
    qa = [e for e in sealed.entries if e.kind == EntryKind.QA]
    assert len(qa) == len(sample.CORE_QA)
    for entry in qa:
        position = index_after(texts, f"Frage {entry.number}:", position)
        for line in entry.question.splitlines():
            position = index_after(texts, line, position + 1)
        position = index_after(texts, "Antwort:", position + 1)
        for line in entry.answer.splitlines():  # multi-line answers: one paragraph per line
            position = index_after(texts, line, position + 1)


def test_long_transcript_keeps_every_entry(tmp_path, case):
    hearing = sample.make_hearing(case, filler=60)
    texts = [
        p.text for p in Document(str(export_docx(case, hearing, tmp_path / "n.docx"))).paragraphs
    ]
    numbers = [e.number for e in hearing.entries if e.kind == EntryKind.QA]
    positions = [texts.index(f"Frage {n}:") for n in numbers]
    assert positions == sorted(positions)
    assert len(numbers) == len(sample.CORE_QA) + 60


def test_correction_is_shown_beside_the_entry_with_the_original_kept(texts, sealed):
    correction = sealed.corrections[0]
    assert correction.entry_number == 3
    question = index_after(texts, "Frage 3:")
    original = index_after(texts, sample.ORIGINAL_ANSWER, question)
    label = index_of_prefix(texts, "Korrektur bei der Rückübersetzung", original)
    corrected = index_after(texts, sample.CORRECTED_ANSWER, label)
    # Right after the corrected entry: before the next question.
    assert original < label < corrected < index_after(texts, "Frage 4:")
    assert berlin(correction.at, "am %d.%m.%Y um %H:%M Uhr") in texts[label]
    # The original wording is still there, exactly once, and not replaced.
    assert texts.count(sample.ORIGINAL_ANSWER) == 1


def test_labels_and_headings_stay_with_the_next_paragraph(paragraphs):
    # Word moves "Frage 13:" to the next page with its question instead of leaving it alone
    # at the bottom of a page.
    for p in paragraphs:
        if p.text.startswith(("Frage ", "Antwort:", "Korrektur")) or p.text == "Unterschriften":
            assert p.style.paragraph_format.keep_with_next, p.text


def test_free_entry_with_its_speaker(texts):
    label = index_after(texts, "Anmerkung 7 (Sprachmittler):")
    assert texts[label + 1] == sample.FREE_REMARK


def test_notices_with_their_time(texts, sealed):
    notices = [e for e in sealed.entries if e.kind == EntryKind.NOTICE]
    assert [e.notice_id for e in notices] == ["s25_3", "interpreter_understood", "readback_done"]
    first = notices[0]
    label = index_of_prefix(texts, f"Hinweis {first.number} – Hinweis nach § 25 Abs. 3 AsylG")
    assert berlin(first.created_at, "(erteilt am %d.%m.%Y um %H:%M Uhr):") in texts[label]
    assert texts[label + 1] == first.answer
    for notice in notices[1:]:
        index_of_prefix(texts, f"Hinweis {notice.number} – ")


def test_readback_note(texts):
    start = index_after(texts, "Rückübersetzung")
    note = " ".join(texts[start + 1 : start + 4])
    assert "in der Sprache Sorani abschnittsweise rückübersetzt" in note
    assert "(Sprachmittlung: Herr Samir Mustermann)" in note  # no case ending to get wrong
    assert "4 ohne Änderung bestätigt, 1 mit Korrekturen" in note
    assert "Es wurde eine Korrektur erfasst; sie steht beim korrigierten Eintrag" in note


def test_seal_info(texts, sealed):
    seal = sealed.seals[0]
    start = index_after(texts, "Abschluss und Versiegelung")
    assert texts[start + 1] == "Versiegelt am:\t" + berlin(seal.sealed_at, "%d.%m.%Y, %H:%M Uhr")
    hash_line = texts[index_of_prefix(texts, "Prüfsumme (SHA-256):", start)]
    assert hash_line.split("\t")[1].replace(" ", "") == seal.content_hash
    assert f"Umfang:\tEinträge 1 bis {seal.covers_up_to}" in texts
    assert not any(t.startswith("ACHTUNG") for t in texts)


def test_addendum_is_marked_and_after_the_seal(texts, sealed):
    addendum = sealed.entries[-1]
    assert addendum.kind == EntryKind.ADDENDUM
    seal = index_after(texts, "Abschluss und Versiegelung")
    heading = index_after(texts, "Nachträge nach der Versiegelung", seal)
    label = index_of_prefix(texts, f"Nachtrag {addendum.number} (Entscheider/Anhörer, am ", heading)
    assert texts[label + 1] == sample.ADDENDUM_TEXT
    assert "nicht Teil der rückübersetzten und versiegelten Niederschrift" in texts[heading + 1]


def test_signature_lines(texts):
    start = index_after(texts, "Unterschriften")
    tail = texts[start + 1 :]
    assert tail == [
        "_" * 45,
        "Ort, Datum",
        "_" * 45,
        "Antragsteller: RAHIMI, Karwan",
        "_" * 45,
        "Sprachmittler: Herr Samir Mustermann",
        "_" * 45,
        "Entscheider/Anhörer: Miriam Beispiel",
    ]


def test_arabic_answer_runs_right_to_left(paragraphs):
    arabic = [p for p in paragraphs if p.text == sample.ARABIC_ANSWER]
    assert len(arabic) == 1
    assert has_bidi(arabic[0])
    assert arabic[0].runs and all(run_is_rtl(r) for r in arabic[0].runs)


def test_german_paragraphs_stay_left_to_right(paragraphs):
    german = next(p for p in paragraphs if p.text == sample.ORIGINAL_ANSWER)
    assert not has_bidi(german)
    assert not any(run_is_rtl(r) for r in german.runs)
    # No German or English paragraph anywhere is marked right to left.
    for p in paragraphs:
        if has_bidi(p):
            assert p.text in (sample.ARABIC_ANSWER, sample.ARABIC_ANSWER_2)


def test_mixed_line_keeps_ltr_but_marks_the_arabic_run(paragraphs):
    name = next(p for p in paragraphs if p.text.startswith("Name in Originalschrift:"))
    assert not has_bidi(name)
    label, value = name.runs
    assert not run_is_rtl(label)
    assert run_is_rtl(value) and value.text == "كاروان رحيمي"


def test_text_is_written_literally(texts):
    # Markup characters in testimony are text, not markup.
    assert "Dass die Leute, die meinen Bruder & mich bedroht haben, <uns> finden." in texts


def test_page_setup_header_footer_and_properties(docx_path):
    doc = Document(str(docx_path))
    section = doc.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert section.header.paragraphs[0].text == "Az.: 9876543-438"
    footer_xml = section.footer.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in footer_xml and 'w:instr="NUMPAGES"' in footer_xml
    assert doc.core_properties.author == "ASA"
    assert "9876543-438" in doc.core_properties.title


def test_draft_before_sealing(tmp_path, case):
    hearing = sample.make_hearing(case, readback=False, seal=False)
    texts = [
        p.text for p in Document(str(export_docx(case, hearing, tmp_path / "d.docx"))).paragraphs
    ]
    assert texts[1].startswith("ENTWURF")
    assert "Die Niederschrift ist noch nicht rückübersetzt worden." in texts
    assert "Abschluss und Versiegelung" not in texts
    assert "Nachträge nach der Versiegelung" not in texts
    assert "Ende:\t– (noch nicht beendet)" in texts
    assert "Antwort:" in texts


def test_content_changed_after_sealing_is_flagged(tmp_path, case, sealed):
    # Nothing in the app may do this; if the data were altered behind its back anyway, the
    # printout must not present the seal as covering it.
    sealed.entries[0].answer = "Etwas ganz anderes."
    texts = [
        p.text for p in Document(str(export_docx(case, sealed, tmp_path / "x.docx"))).paragraphs
    ]
    assert "ACHTUNG: Der Inhalt stimmt nicht mehr mit Siegel 1 überein." in texts


def test_english_wording_and_skeleton_title(tmp_path, case, sealed):
    path = export_docx(case, sealed, tmp_path / "en.docx", language="en",
                       skeleton_title="13 standard questions")  # fmt: skip
    texts = [p.text for p in Document(str(path)).paragraphs]
    assert texts[0] == "Record of the personal interview under section 25 of the Asylum Act"
    assert texts[1] == "Question set: 13 standard questions"
    assert "Date:\t2025-03-12" in texts
    assert "Question 1:" in texts and "Answer:" in texts
    assert any(t.startswith("Correction at read-back") for t in texts)
    assert any(t.startswith("Addendum ") for t in texts)


def test_unknown_language_is_refused(tmp_path, case, sealed):
    with pytest.raises(ValueError, match="available: de, en"):
        export_docx(case, sealed, tmp_path / "x.docx", language="fr")
    assert not (tmp_path / "x.docx").exists()


def test_control_characters_do_not_break_the_export(tmp_path, case):
    hearing = sample.make_hearing(case, readback=False, seal=False)
    entry = hearing.add_entry()
    hearing.write_entry(entry.number, "Frage mit\x00 NUL?", "Zeile eins\x0bZeile zwei\x07")
    texts = [
        p.text for p in Document(str(export_docx(case, hearing, tmp_path / "c.docx"))).paragraphs
    ]
    assert "Frage mit NUL?" in texts
    assert texts[texts.index("Zeile eins") + 1] == "Zeile zwei"


def test_export_replaces_the_file_and_leaves_no_temporary(tmp_path, case, sealed):
    target = tmp_path / "out" / "n.docx"
    target.parent.mkdir()
    target.write_bytes(b"old")
    assert export_docx(case, sealed, target) == target
    assert target.read_bytes()[:2] == b"PK"
    assert [p.name for p in target.parent.iterdir()] == ["n.docx"]
