"""A case: the file reference (Az.) and the applicant as recorded before the hearing."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.domain.clock import utcnow


@dataclass(frozen=True)
class Applicant:
    family_name: str
    given_names: str
    family_name_original: str = ""  # in the original script, e.g. Arabic
    given_names_original: str = ""
    date_of_birth: date | None = None
    place_of_birth: str = ""
    nationality: str = ""  # ISO 3166-1 alpha-3, e.g. IRQ
    sex: str = ""  # as recorded: "f", "m", "x" or empty
    languages: tuple[str, ...] = ()

    @property
    def display_name(self) -> str:
        return f"{self.family_name.upper()}, {self.given_names}".strip(", ")

    @property
    def original_name(self) -> str:
        return f"{self.given_names_original} {self.family_name_original}".strip()


@dataclass
class Case:
    reference: str  # Aktenzeichen
    applicant: Applicant
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    created_at: datetime = field(default_factory=utcnow)
    # Data recorded before the hearing (registration interview, written submissions), which the
    # assistant holds the hearing against: e.g. {"children_count": 2, "departure_date": ...}.
    case_file: dict[str, Any] = field(default_factory=dict)
    assigned: bool = False  # came down from the central service as an assignment

    def matches(self, text: str) -> bool:
        """Case-insensitive search over reference and names, in any script."""
        needle = text.casefold().strip()
        if not needle:
            return True
        a = self.applicant
        haystack = " ".join(
            [
                self.reference,
                a.family_name,
                a.given_names,
                a.family_name_original,
                a.given_names_original,
                a.nationality,
            ]
        ).casefold()
        return all(part in haystack for part in needle.split())
