"""What the assistant offers the interviewer: hints with their explanation, and decisions on them."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

KIND_ORDER = {"vulnerability": 0, "contradiction": 1, "question": 2, "info": 3}


@dataclass(frozen=True)
class StatementRef:
    """A guideline statement a hint rests on, with where it comes from."""

    id: str
    text: str
    source_id: str
    source_title: str
    source_url: str
    paragraph: str


@dataclass(frozen=True)
class Explanation:
    rule_id: str
    pack_id: str
    pack_version: str
    entries: tuple[int, ...]  # transcript entries whose statements the hint used
    fact_ids: tuple[str, ...]
    statements: tuple[StatementRef, ...] = ()
    check: str | None = None


@dataclass(frozen=True)
class Hint:
    id: str  # stable: rule id, plus the place or finding it is about
    kind: str  # info | question | contradiction | vulnerability
    title: str
    body: str
    questions: tuple[str, ...]  # suggested questions, ready to insert into the transcript
    explanation: Explanation
    against: str | None = None  # for contradictions: internal | case_file | guideline
    sample: bool = True  # made from sample packs, not official guidance

    @property
    def question(self) -> str:
        """The first suggested question (for contradictions: the neutral one to put)."""
        return self.questions[0] if self.questions else ""

    @property
    def prominent(self) -> bool:
        """Vulnerability cues are shown prominently: a special officer may be needed."""
        return self.kind == "vulnerability"

    def to_plain(self) -> dict[str, Any]:
        return asdict(self)


def hint_order(hint: Hint) -> tuple[int, int, str]:
    first_entry = hint.explanation.entries[0] if hint.explanation.entries else 0
    return (KIND_ORDER.get(hint.kind, 9), first_entry, hint.id)


@dataclass(frozen=True)
class HintDecision:
    """What the interviewer did with a hint; recorded for review, never in the Niederschrift."""

    status: str  # asked | dismissed
    answer_entry: int | None = None  # the entry holding the applicant's answer (when asked)
    reason: str = ""  # required when dismissed
    at: str = ""  # ISO time, set by the session's clock
