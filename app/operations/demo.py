"""A demo profile with a realistic, entirely invented case, so a newcomer sees a hearing at once.

Every name, date and statement here is synthetic.
"""

from __future__ import annotations

from datetime import date

from app.domain.case import Applicant
from app.operations.cases import create_case
from app.operations.demo_profile import DEMO_NAME
from app.operations.hearing_session import HearingSession
from app.operations.hearings import load_for_editing, start_hearing
from app.skeletons import get_skeleton
from app.store.store import Store

_ANSWERS = {
    "identity": "Mein Name ist Karwan Demo. Ich bin am 03.04.1994 in Hawler geboren.",
    "nationality": "Ich bin irakischer Staatsangehöriger, Kurde, sunnitischer Muslim.",
    "languages": "Ich spreche Sorani und etwas Arabisch. Ich verstehe den Sprachmittler gut.",
}

# What the file holds from the registration before the hearing (app/domain/case_file.py).
DEMO_CASE_FILE = {
    "children_count": 2,
    "place_of_origin": "Erbil",
    "departure_date": "2015-09-01",
    "family_members": [
        {"relation": "Ehefrau", "name": "Shilan Demo", "date_of_birth": "1996-05-14"},
        {"relation": "Sohn", "name": "Aram", "date_of_birth": "2016-02-11"},
        {"relation": "Tochter", "name": "Lana", "date_of_birth": "2018-07-30"},
        {"relation": "Bruder", "name": "Hiwa", "note": "in Erbil geblieben"},
    ],
    "route": [
        {"place": "Türkei", "date": "2015-09", "note": "mit dem Bus über Zakho"},
        {"place": "Griechenland", "date": "2015-10"},
        {"place": "Deutschland", "date": "2015-10-20"},
    ],
    "registration_statements": [
        {
            "subject": "Fluchtgrund",
            "text": "Bedrohung durch den IS in Erbil, der Bruder wurde entführt.",
            "date": "2015-10-22",
        },
    ],
    "documents": [
        {"kind": "Personalausweis", "number": "A0000000", "note": "im Original vorgelegt"},
        {"kind": "Reisepass", "note": "nach eigenen Angaben auf der Flucht verloren"},
    ],
}


def create_demo_content(store: Store) -> str:
    """A demo case with a hearing in progress; returns the hearing id."""
    applicant = Applicant(
        family_name="Demo",
        given_names="Karwan",
        family_name_original="دێمۆ",
        given_names_original="کاروان",
        date_of_birth=date(1994, 4, 3),
        place_of_birth="Erbil",
        nationality="IRQ",
        sex="m",
        languages=("Sorani", "Arabic"),
    )
    case = create_case(
        store,
        "DEMO-0000001-438",
        applicant,
        DEMO_CASE_FILE,
    )
    create_case(
        store,
        "DEMO-0000002-423",
        Applicant(
            family_name="Beispiel",
            given_names="Amina",
            family_name_original="بيسبيل",
            given_names_original="أمينة",
            date_of_birth=date(1999, 11, 20),
            nationality="SYR",
            sex="f",
            languages=("Arabic",),
        ),
    )
    hearing = start_hearing(
        store,
        case.id,
        "anhoerung-13",
        DEMO_NAME,
        "Herr Sprachmittler (Demo)",
        "Sorani",
        "Außenstelle Demo",
    )
    c, h, _notes, key, key_id = load_for_editing(store, hearing.id)
    session = HearingSession(c, h, _run_now(store), key, key_id)
    skeleton = get_skeleton("anhoerung-13")
    for qid, answer in _ANSWERS.items():
        entry, _ = session.add_entry(
            question=skeleton.question(qid).text_in("de"), question_ref=qid
        )
        session.type(entry.number, entry.question, answer)
        session.leave(entry.number)
    follow, _ = session.add_entry(question="Welche Stadtteile von Hawler kennen Sie?")
    session.type(follow.number, follow.question, "Ich habe in Ankawa gewohnt, nahe der Zitadelle.")
    session.leave(follow.number)
    return hearing.id


def _run_now(store: Store):
    """Runs jobs at once on this thread (the demo is made before the UI takes over)."""
    from concurrent.futures import Future

    def submit(job):
        future: Future = Future()
        try:
            future.set_result(job(store))
        except Exception as exc:  # pragma: no cover - handed to the caller as for the worker
            future.set_exception(exc)
        return future

    return submit
