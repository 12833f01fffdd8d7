"""Mandatory notices and closing statements recorded in the Niederschrift with their time."""

from __future__ import annotations

from dataclasses import dataclass


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
        "Der Antragsteller wurde darauf hingewiesen, dass späteres Vorbringen unberücksichtigt "
        "bleiben kann, wenn andernfalls die Entscheidung verzögert würde.",
        "The applicant was informed that later submissions may be disregarded if they would "
        "otherwise delay the decision.",
        True,
    ),
    NoticeKind(
        "interpreter_understood",
        "Verständigung mit dem Sprachmittler",
        "Understanding with the interpreter",
        "Der Antragsteller erklärt, den Sprachmittler während der gesamten Anhörung gut "
        "verstanden zu haben.",
        "The applicant states that they understood the interpreter well throughout the hearing.",
        True,
    ),
    NoticeKind(
        "nothing_to_add",
        "Abschlusserklärung",
        "Closing statement",
        "Der Antragsteller erklärt, alles vorgetragen zu haben, was ihm wichtig ist.",
        "The applicant states that they have said everything that is important to them.",
        False,
    ),
    NoticeKind(
        "readback_done",
        "Rückübersetzung",
        "Read-back",
        "Die Niederschrift wurde dem Antragsteller durch den Sprachmittler rückübersetzt.",
        "The transcript was read back to the applicant by the interpreter.",
        True,
    ),
)

NOTICES_BY_ID = {n.id: n for n in NOTICES}


def notice_text(notice_id: str, language: str = "de") -> str:
    notice = NOTICES_BY_ID[notice_id]
    return notice.text_de if language == "de" else notice.text_en


def notice_title(notice_id: str, language: str = "de") -> str:
    notice = NOTICES_BY_ID[notice_id]
    return notice.title_de if language == "de" else notice.title_en
