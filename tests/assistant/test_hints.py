"""Hints from the sample packs: information, questions, their explanations, decisions on them."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.assistant import AssistantError
from tests.assistant.conftest import HEARING, make_case

JUDGING_WORDS = {"lüge", "unglaubwürdig", "gelogen", "unwahr", "lie", "lying", "false", "liar"}


def test_article_case_erbil_and_is_gives_information_and_questions(session):
    session.update_entry(1, "Woher kommen Sie?", "Ich komme aus Hawler.")
    delta = session.update_entry(2, "Warum sind Sie geflohen?", "Im August 2014 griff der IS an.")
    hint = session.hint("irq.erbil_is")
    assert hint in delta.hints_added and hint.kind == "info"
    assert "Erbil" in hint.title and "40 km" in hint.body and "August 2014" in hint.body
    assert hint.questions[0] == "Wann genau fanden die Angriffe statt, von denen Sie berichten?"
    assert "In welchen Teilen von Erbil" in hint.questions[1]
    ex = hint.explanation
    assert (ex.rule_id, ex.pack_id, ex.pack_version) == ("irq.erbil_is", "iraq", "2025.2")
    assert ex.entries == (1, 2)
    assert {"e1:place:erbil", "e2:actor:islamic_state"} <= set(ex.fact_ids)
    cited = {s.id: s for s in ex.statements}
    assert set(cited) == {"irq.is_erbil_front_2014", "irq.is_erbil_never_held"}  # 2014 only
    assert cited["irq.is_erbil_front_2014"].source_title.startswith("EUAA")
    assert cited["irq.is_erbil_front_2014"].paragraph
    assert hint.sample is True


def test_period_spoken_of_selects_the_statements(session):
    session.update_entry(1, "Q", "Ich komme aus Erbil. 2019 hat mich der IS bedroht.")
    cited = {s.id for s in session.hint("irq.erbil_is").explanation.statements}
    assert cited == {"irq.is_after_2017"}


def test_english_session_renders_english_texts(assistant):
    s = assistant.start_analysis(make_case(), HEARING, language="en")
    s.update_entry(1, "Where are you from?", "I am from Arbil. ISIS attacked in 2014.")
    hint = s.hint("irq.erbil_is")
    assert hint.title == "ISIL and Erbil: what the guidelines say"
    assert hint.questions[0] == "When exactly did the attacks you describe take place?"


def test_local_knowledge_question_per_city_lists_landmarks(session):
    session.update_entry(1, "Q", "Ich habe in Erbil und später in Bagdad gelebt.")
    erbil, baghdad = (
        session.hint("irq.local_knowledge@erbil"),
        session.hint("irq.local_knowledge@baghdad"),
    )
    assert "Zitadelle" in erbil.body and "Erbil" in erbil.question
    assert "Tahrir" in baghdad.body and baghdad.explanation.entries == (1,)


def test_guideline_contradiction_offers_a_neutral_question(session):
    session.update_entry(4, "Was geschah?", "2014 hat der IS Erbil eingenommen.")
    hint = session.hint("irq.erbil_is_control")
    assert hint.kind == "contradiction" and hint.against == "guideline"
    assert [s.id for s in hint.explanation.statements] == ["irq.is_erbil_never_held"]
    assert hint.question.endswith("?")
    words = set(re.findall(r"\w+", (hint.title + hint.body + hint.question).lower()))
    assert not words & JUDGING_WORDS


def test_guideline_contradiction_needs_the_period_to_overlap(session):
    session.update_entry(4, "Was geschah?", "2010 hat der IS Erbil kontrolliert.")
    assert session.hint("irq.erbil_is_control") is None


def test_eu_route_question_per_state(session):
    session.update_entry(2, "Reiseweg?", "Über Griechenland und Ungarn nach Deutschland.")
    ids = {h.id for h in session.hints}
    assert {"common.dublin_stay@greece", "common.dublin_stay@hungary"} <= ids
    assert "common.dublin_stay@germany" not in ids
    assert "Fingerabdrücke" in session.hint("common.dublin_stay@greece").questions[1]


@pytest.mark.parametrize(
    ("case", "answer", "rule"),
    [
        (make_case(birth=date(2008, 5, 1)), "Ich bin hier.", "common.minor"),
        (make_case(), "Ich bin 16 Jahre alt.", "common.minor"),
        (make_case(), "Ich wurde im Gefängnis gefoltert.", "common.torture_trauma"),
        (make_case(), "I was raped by the guards.", "common.gender_based"),
        (make_case(sex="f"), "Ich komme aus Hawler.", "irq.fgm_region"),
        (make_case(sex="f", place_of_origin="Sulaimaniya"), "Ja.", "irq.fgm_region"),
    ],
)
def test_vulnerability_cues_are_prominent(assistant, case, answer, rule):
    s = assistant.start_analysis(case, HEARING)
    s.update_entry(1, "Frage", answer)
    [hint] = [h for h in s.hints if h.explanation.rule_id == rule]
    assert hint.kind == "vulnerability" and hint.prominent
    assert s.hints[0].kind == "vulnerability"  # shown first


def test_no_fgm_cue_for_a_man_or_for_duhok(assistant):
    man = assistant.start_analysis(make_case(sex="m"), HEARING)
    man.update_entry(1, "Q", "Ich komme aus Erbil.")
    woman = assistant.start_analysis(make_case(sex="f"), HEARING)
    woman.update_entry(1, "Q", "Ich komme aus Dohuk.")
    assert man.hint("irq.fgm_region") is None and woman.hint("irq.fgm_region") is None


def test_serious_illness_asks_about_treatment_not_availability(session):
    session.update_entry(1, "Gesundheit?", "Ich habe Krebs.")
    hint = session.hint("common.illness")
    assert "behandelt" in hint.questions[0] and "Bescheinigungen" in hint.questions[1]
    assert "nicht für die Anhörung" in hint.body


def test_mark_hint_asked_and_dismissed(session):
    session.update_entry(1, "Q", "Ich komme aus Erbil, der IS griff an.")
    decision = session.mark_hint("irq.erbil_is", "asked", answer_entry=2)
    assert decision.status == "asked" and decision.answer_entry == 2 and decision.at
    with pytest.raises(AssistantError):
        session.mark_hint("irq.local_knowledge@erbil", "dismissed")
    with pytest.raises(AssistantError):
        session.mark_hint("irq.local_knowledge@erbil", "dismissed", reason="   ")
    session.mark_hint(
        "irq.local_knowledge@erbil", "dismissed", reason="Ortskenntnis bereits geprüft"
    )
    assert session.decision("irq.local_knowledge@erbil").reason == "Ortskenntnis bereits geprüft"
    with pytest.raises(AssistantError):
        session.mark_hint("no.such.hint", "asked")


def test_rejected_fact_stops_feeding_rules(session):
    session.update_entry(1, "Q", "Ich komme aus Erbil, der IS griff an.")
    delta = session.reject_fact("e1:place:erbil")
    assert "irq.erbil_is" in {h.id for h in delta.hints_removed}
    assert session.hint("irq.erbil_is") is None
    assert session.fact_status("e1:place:erbil") == "rejected"
    assert "e1:place:erbil" in {f.id for f in session.facts}  # still listed, as rejected
    delta = session.confirm_fact("e1:place:erbil")
    assert session.fact_status("e1:place:erbil") == "confirmed"
    assert session.hint("irq.erbil_is") is not None
    session.update_entry(1, "Q", "Also: Ich komme aus Erbil, der IS griff an.")
    assert session.fact_status("e1:place:erbil") == "confirmed"  # survives editing


def test_hint_texts_do_not_assume_a_male_applicant(assistant):
    from app.domain.case import Applicant, Case

    woman = Case("1234567-475", Applicant("Beispiel", "Amina", nationality="SYR", sex="f"))
    session = assistant.start_analysis(woman, HEARING)
    session.update_entry(1, "Wo haben Sie gelebt?", "In Aleppo, bis 2015. Dann in Griechenland.")
    session.update_entry(2, "Wie geht es Ihnen?", "Seit der Flucht habe ich Albträume.")
    texts = " ".join(h.title + " " + h.body + " " + " ".join(h.questions) for h in session.hints)
    assert session.hints and "Trauma" in texts
    assert not re.search(r"\b[Aa]ntragsteller(s|n)?\b", texts), texts
