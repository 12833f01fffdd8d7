"""Mandatory notices and closing statements recorded in the Niederschrift with their time.

The German wording names the applicant and the interpreter in the form that fits them
(persons.py); it is fixed into the entry when the notice is recorded, so a sealed record never
changes wording afterwards.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from app.domain.persons import german_forms


@dataclass(frozen=True)
class NoticeKind:
    id: str
    title_de: str
    title_en: str
    text_de: str
    text_en: str
    mandatory: bool


NOTICES: tuple[NoticeKind, ...] = (
    NoticeKind(
        "s25_3",
        "Hinweis nach § 25 Abs. 3 AsylG",
        "Notice under section 25(3) Asylum Act",
        "{applicant} wurde darauf hingewiesen, dass späteres Vorbringen unberücksichtigt "
        "bleiben kann, wenn andernfalls die Entscheidung verzögert würde.",
        "The applicant was informed that later submissions may be disregarded if they would "
        "otherwise delay the decision.",
        True,
    ),
    NoticeKind(
        "interpreter_understood",
        "Verständigung über die Sprachmittlung",
        "Understanding with the interpreter",
        "{applicant} erklärt, {interpreter_accusative} während der gesamten Anhörung gut "
        "verstanden zu haben.",
        "The applicant states that they understood the interpreter well throughout the hearing.",
        True,
    ),
    NoticeKind(
        "nothing_to_add",
        "Abschlusserklärung",
        "Closing statement",
        "{applicant} erklärt, alles vorgetragen zu haben, was {applicant_pronoun_dative} wichtig "
        "ist.",
        "The applicant states that they have said everything that is important to them.",
        False,
    ),
    NoticeKind(
        "readback_done",
        "Rückübersetzung",
        "Read-back",
        "Die Niederschrift wurde {applicant_dative} durch {interpreter_accusative} rückübersetzt.",
        "The transcript was read back to the applicant by the interpreter.",
        True,
    ),
)

NOTICES_BY_ID = {n.id: n for n in NOTICES}


def notice_text(
    notice_id: str, language: str = "de", applicant_sex: str = "", interpreter: str = ""
) -> str:
    """The notice's wording for this applicant (sex as recorded with the case) and this
    interpreter (as typed in the header, e.g. "Frau …")."""
    notice = NOTICES_BY_ID[notice_id]
    if language != "de":
        return notice.text_en
    return notice.text_de.format(**asdict(german_forms(applicant_sex, interpreter)))


def notice_title(notice_id: str, language: str = "de") -> str:
    notice = NOTICES_BY_ID[notice_id]
    return notice.title_de if language == "de" else notice.title_en
