"""The case file held against the hearing (app/assistant/case_file_check.py), with the real
sample packs: everyday German answers, not only the phrases the comparison was written for."""

from __future__ import annotations

from datetime import date

import pytest

from app.assistant.analysis import EntryInput
from app.assistant.case_file_check import HearingWords, compare
from app.domain.case import Applicant, Case
from app.domain.case_file import CaseFile
from app.operations.demo import DEMO_CASE_FILE

HEARING_DAY = date(2024, 5, 6)


def statuses(assistant, *answers: str, file=DEMO_CASE_FILE, nationality_entry=None):
    case = Case(
        "T-1",
        Applicant(
            "Demo",
            "Karwan",
            date_of_birth=date(1994, 4, 3),
            place_of_birth="Erbil",
            nationality="IRQ",
        ),
        case_file=file,
    )
    session = assistant.start_analysis(case, HEARING_DAY)
    texts = {}
    for number, answer in enumerate(answers, start=1):
        ref = "nationality" if number == nationality_entry else None
        session.update(EntryInput(number, "", answer, ref))
        texts[number] = answer
    facts = tuple(f for f in session.facts if f.id not in session.store.rejected)
    rows = compare(
        case,
        HearingWords(facts, texts, frozenset({nationality_entry} - {None})),
        assistant,
        HEARING_DAY,
    )
    return {r.key: (r.status, r.entry) for r in rows}


def test_nothing_said_leaves_every_value_untouched(assistant):
    found = statuses(assistant)
    assert found and set(found.values()) == {("untouched", None)}


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("Ich wurde am 03.04.1994 geboren.", "agrees"),
        ("Geboren bin ich im April 1994.", "agrees"),
        ("Ich bin 1994 auf die Welt gekommen, geboren am 3. April.", "agrees"),
        ("Ich bin am 4. März 1995 geboren.", "differs"),
        ("Ich komme aus Erbil und habe dort gearbeitet.", "untouched"),
    ],
)
def test_date_of_birth(assistant, answer, status):
    assert statuses(assistant, answer)["identity:dob"][0] == status


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("Mein Name ist Karwan Demo.", "agrees"),
        ("Ich heiße Karwan.", "agrees"),
        ("Mein vollständiger Name lautet Rebwar Hassan.", "differs"),
        ("Mein Bruder heißt Hiwa.", "untouched"),
    ],
)
def test_name(assistant, answer, status):
    assert statuses(assistant, answer)["identity:name"][0] == status


def test_family_counts_members_route_documents_and_statements(assistant):
    found = statuses(
        assistant,
        "Ich habe zwei Kinder, einen Sohn und eine Tochter. Meine Frau Shilan ist noch in Erbil.",
        "Im September 2015 bin ich über Zakho in die Türkei. Nach Griechenland kam ich 2017.",
        "Einen Reisepass hatte ich nie. Den Personalausweis habe ich abgegeben.",
        "Ich wurde von Milizen des IS bedroht.",
    )
    assert found["family:count:children"] == ("agrees", 1)
    assert found["family:member:0"] == ("agrees", 1)  # Shilan
    assert found["family:member:3"] == ("untouched", None)  # Hiwa, the brother
    assert found["route:0"] == ("agrees", 2)  # Türkei 09.2015
    assert found["route:1"] == ("differs", 2)  # Griechenland: file 10.2015, said 2017
    assert found["documents:0"] == ("agrees", 3)  # Personalausweis
    assert found["documents:1"] == ("differs", 3)  # file: lost on the way; said: never had one
    assert found["statements:0"] == ("agrees", 4)


def test_a_differing_count_and_nationality_point_to_their_entries(assistant):
    found = statuses(
        assistant,
        "Ich bin syrischer Staatsangehöriger.",
        "Wir haben drei Kinder.",
        nationality_entry=1,
    )
    assert found["identity:nationality"] == ("differs", 1)
    assert found["family:count:children"] == ("differs", 2)


def test_a_case_file_of_odd_shape_is_read_leniently():
    file = CaseFile.from_plain(
        {
            "family_members": ["Sohn", {"relation": "Tochter", "name": "Lana"}, 7, {"name": "x"}],
            "route": "Türkei",  # not a list: left out
            "documents": [{"kind": "Reisepass", "number": 12345}],
            "children_count": True,  # not a number
            "sons_count": 1,
        }
    )
    assert [m.relation for m in file.family] == ["Sohn", "Tochter"]
    assert file.route == () and file.documents[0].number == "12345"
    assert file.counts == (("sons", 1),)
