"""A realistic, wholly invented hearing for the export tests and the export benchmark.

Built through the domain API only (add_entry, write_entry, read-back, correct, notices, seal,
addendum), so the export sees what the application would give it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.domain.case import Applicant, Case
from app.domain.hearing import Hearing
from app.domain.readback import sections
from app.domain.sealing import seal_hash
from app.domain.transcript import EntryKind, Speaker

START = datetime(2025, 3, 12, 8, 30, tzinfo=UTC)  # 09:30 in Berlin (CET)

REFERENCE = "9876543-438"
INTERVIEWER = "Miriam Beispiel"
INTERPRETER = "Herr Samir Mustermann"
LAWYER = "Dr. Lena Probe (Rechtsanwältin)"

ARABIC_ANSWER = "غادرت أربيل في شهر آب لأن الجماعة هددت عائلتي."
ARABIC_ANSWER_2 = "كنت أعمل في متجر والدي في حي عنكاوا."
ORIGINAL_ANSWER = "Ich bin im Sommer 2014 aus Erbil geflohen."
CORRECTED_ANSWER = "Ich bin im August 2014 aus Erbil geflohen, nicht im Juli."
ADDENDUM_TEXT = "Der Bevollmächtigte reicht nachträglich eine Geburtsurkunde in Kopie ein."
FREE_REMARK = (
    "Der Sprachmittler weist darauf hin, dass der Antragsteller Sorani mit Dialekt spricht."
)

# (question, answer, skeleton question id or None)
CORE_QA: list[tuple[str, str, str | None]] = [
    ("Wie heißen Sie, und haben Sie andere Namen benutzt?",
     "Ich heiße Karwan Rahimi. Andere Namen habe ich nicht benutzt.", "identity"),
    ("Verstehen Sie den Sprachmittler gut?", "Ja, ich verstehe ihn gut.", "languages"),
    ("Wann haben Sie Ihr Heimatland verlassen?", ORIGINAL_ANSWER, "departure"),
    ("Warum haben Sie Erbil verlassen? Bitte erzählen Sie.", ARABIC_ANSWER, "reasons"),
    ("Wo haben Sie zuletzt gearbeitet?", ARABIC_ANSWER_2, None),
    ("Was befürchten Sie bei einer Rückkehr?",
     "Dass die Leute, die meinen Bruder & mich bedroht haben, <uns> finden.\n"
     "Meine Familie lebt noch dort.", "return"),
]  # fmt: skip


class _Clock:
    """Hands out increasing times, a minute apart, so the transcript's times are realistic."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __next__(self) -> datetime:
        return self.advance(minutes=1)

    def advance(self, minutes: int) -> datetime:
        self.now += timedelta(minutes=minutes)
        return self.now


def make_case() -> Case:
    applicant = Applicant(
        family_name="Rahimi",
        given_names="Karwan",
        family_name_original="رحيمي",
        given_names_original="كاروان",
        date_of_birth=date(1994, 5, 17),
        place_of_birth="Erbil",
        nationality="IRQ",
        sex="m",
        languages=("Sorani", "Arabisch"),
    )
    return Case(REFERENCE, applicant, created_at=START - timedelta(days=30))


def make_hearing(
    case: Case,
    filler: int = 0,
    readback: bool = True,
    seal: bool = True,
    addendum: bool = True,
) -> Hearing:
    """The hearing of ``case``: the core entries plus ``filler`` further Q/A pairs."""
    hearing = Hearing(
        case_id=case.id,
        skeleton_id="standard-13",
        interviewer=INTERVIEWER,
        interpreter=INTERPRETER,
        language="Sorani",
        place="Außenstelle Bonn",
        started_at=START,
        participants=[LAWYER],
    )
    clock = _Clock(START)

    for question, answer, ref in CORE_QA:
        e = hearing.add_entry(question_ref=ref, at=next(clock))
        hearing.write_entry(e.number, question, answer, at=next(clock))
    remark = hearing.add_entry(EntryKind.FREE, speaker=Speaker.INTERPRETER, at=next(clock))
    hearing.write_entry(remark.number, "", FREE_REMARK, at=next(clock))
    hearing.start_break("Pause", at=next(clock))
    hearing.end_break(at=clock.advance(minutes=20))
    for i in range(filler):
        e = hearing.add_entry(at=next(clock))
        # Mixed lengths, as in a real hearing: short clarifications and longer narratives.
        answer = f"Antwort {i}: " + "Das war in meinem Dorf, am Markt bei der Moschee. " * (
            1 + i % 5
        )
        if i % 10 == 3:
            answer = ARABIC_ANSWER_2 + f" ({i})"
        hearing.write_entry(e.number, f"Nachfrage {i}: Was geschah danach genau?", answer,
                            at=next(clock))  # fmt: skip
    hearing.record_notice("s25_3", at=next(clock))
    if readback:
        hearing.start_readback()
        hearing.correct(3, CORRECTED_ANSWER, at=next(clock))
        hearing.record_notice("interpreter_understood", at=next(clock))
        hearing.record_notice("readback_done", at=next(clock))
        for s in sections(hearing):
            hearing.confirm_section(s.start)
    if seal:
        covers = hearing.next_number - 1
        digest = seal_hash(case, hearing, covers)
        hearing.seal(digest, covers, device_key_id="dev-7f3a", at=next(clock))
        if addendum:
            hearing.add_addendum(ADDENDUM_TEXT, at=next(clock) + timedelta(days=1))
    return hearing
