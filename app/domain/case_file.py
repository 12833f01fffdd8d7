"""What the case file holds before the hearing, read as typed values.

``Case.case_file`` is stored as JSON (it comes down from the central case system in any shape
the registration produced), so a new field needs no store migration; this module is the one
place that says which fields ASA knows and reads them leniently: a value of the wrong shape is
left out, never an error in front of the interviewer.

Known fields (all optional)::

    place_of_origin: "Erbil"              place_of_birth: "Erbil" (else the applicant's)
    departure_date: "2015-09-01"          children_count / sons_count / ... : 2
    family_members: [{relation: "Sohn", name: "Aram", date_of_birth: "2016-02-11"}, ...]
    route: [{place: "Türkei", date: "2015-09", note: "zu Fuß über die Grenze"}, ...]
    registration_statements: [{subject: "Fluchtgrund", text: "...", date: "2015-10-12"}, ...]
    documents: [{kind: "Personalausweis", number: "A123", note: "im Original vorgelegt"}, ...]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FamilyMember:
    relation: str  # as recorded: "Sohn", "Ehefrau", "Bruder" ...
    name: str = ""
    date_of_birth: str = ""  # as recorded (ISO or as typed)
    note: str = ""


@dataclass(frozen=True)
class RouteStop:
    place: str
    date: str = ""  # as recorded: "2015-09-01", "09.2015", "Sommer 2015"
    note: str = ""


@dataclass(frozen=True)
class EarlierStatement:
    """What the applicant said at registration (or wrote) before the hearing."""

    subject: str  # "Fluchtgrund", "Wohnorte" ...
    text: str
    date: str = ""


@dataclass(frozen=True)
class Document:
    kind: str  # "Reisepass", "Personalausweis", "Heiratsurkunde" ...
    number: str = ""
    note: str = ""  # "im Original vorgelegt", "Kopie"


@dataclass(frozen=True)
class CaseFile:
    place_of_origin: str = ""
    place_of_birth: str = ""
    departure_date: str = ""
    counts: tuple[tuple[str, int], ...] = ()  # (relation, number) as recorded: children 2
    family: tuple[FamilyMember, ...] = ()
    route: tuple[RouteStop, ...] = ()
    statements: tuple[EarlierStatement, ...] = ()
    documents: tuple[Document, ...] = ()

    @classmethod
    def from_plain(cls, plain: dict[str, Any] | None) -> CaseFile:
        plain = plain or {}
        counts = tuple(
            (name.removesuffix("_count"), value)
            for name, value in sorted(plain.items())
            if name.endswith("_count") and isinstance(value, int) and not isinstance(value, bool)
        )
        return cls(
            place_of_origin=_text(plain.get("place_of_origin")),
            place_of_birth=_text(plain.get("place_of_birth")),
            departure_date=_text(plain.get("departure_date")),
            counts=counts,
            family=_rows(plain.get("family_members"), FamilyMember, "relation"),
            route=_rows(plain.get("route"), RouteStop, "place"),
            statements=_rows(plain.get("registration_statements"), EarlierStatement, "text"),
            documents=_rows(plain.get("documents"), Document, "kind"),
        )


def _text(value: Any) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value).strip()


def _rows(value: Any, kind: type, required: str) -> tuple:
    """A list of records; a plain string is the required field alone ("Sohn")."""
    if not isinstance(value, (list, tuple)):
        return ()
    names = kind.__dataclass_fields__
    rows = []
    for item in value:
        if isinstance(item, str):
            item = {required: item}
        if not isinstance(item, dict):
            continue
        values = {name: _text(item.get(name)) for name in names}
        if required == "text" and not values.get("subject"):
            values["subject"] = ""
        if values[required]:
            rows.append(kind(**values))
    return tuple(rows)
