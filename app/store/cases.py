"""Cases in the profile database."""

from __future__ import annotations

import json
from datetime import date

from app.domain.canonical import to_plain
from app.domain.case import Applicant, Case
from app.domain.clock import parse_instant


def applicant_from_plain(data: dict) -> Applicant:
    dob = data.get("date_of_birth")
    return Applicant(
        family_name=data["family_name"],
        given_names=data["given_names"],
        family_name_original=data.get("family_name_original", ""),
        given_names_original=data.get("given_names_original", ""),
        date_of_birth=date.fromisoformat(dob) if dob else None,
        place_of_birth=data.get("place_of_birth", ""),
        nationality=data.get("nationality", ""),
        sex=data.get("sex", ""),
        languages=tuple(data.get("languages", ())),
    )


class CaseRepository:
    def __init__(self, conn):
        self._conn = conn

    _INSERT = (
        "INSERT INTO cases (id, reference, applicant, case_file, assigned, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"
    )

    def add(self, case: Case) -> None:
        self._conn.execute(self._INSERT, _row(case))

    def upsert(self, case: Case) -> None:
        """Insert or refresh a case (assignments that come down again update the case file)."""
        self._conn.execute(
            self._INSERT + " ON CONFLICT(id) DO UPDATE SET reference=excluded.reference,"
            " applicant=excluded.applicant, case_file=excluded.case_file,"
            " assigned=excluded.assigned",
            _row(case),
        )

    def get(self, case_id: str) -> Case:
        row = self._conn.execute(
            "SELECT id, reference, applicant, case_file, assigned, created_at FROM cases "
            "WHERE id = ?",
            (case_id,),
        ).fetchone()
        if row is None:
            raise LookupError("The case does not exist in this profile.")
        return _case(row)

    def all(self) -> list[Case]:
        rows = self._conn.execute(
            "SELECT id, reference, applicant, case_file, assigned, created_at FROM cases "
            "ORDER BY created_at DESC"
        ).fetchall()
        return [_case(r) for r in rows]


def _case(row) -> Case:
    return Case(
        id=row[0],
        reference=row[1],
        applicant=applicant_from_plain(json.loads(row[2])),
        case_file=json.loads(row[3]),
        assigned=bool(row[4]),
        created_at=parse_instant(row[5]),
    )


def _row(case: Case) -> tuple:
    return (
        case.id,
        case.reference,
        _dumps(to_plain(case.applicant)),
        _dumps(to_plain(case.case_file)),
        int(case.assigned),
        case.created_at.isoformat(),
    )


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
