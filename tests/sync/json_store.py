"""A JSON-file-backed ``SyncSource``: the test double of the desktop store's side of the seam.

It keeps exactly what the protocol asks the real store to keep (device key, audit chain,
sealed versions with their state, receipts, down-synced data) and writes the file atomically
on every change, so a test can "crash" by dropping the object and reopening the file.
"""

from __future__ import annotations

import json
import os
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain.audit import AuditEvent, next_event
from app.domain.canonical import content_hash, to_plain
from app.domain.case import Applicant, Case
from app.domain.clock import parse_instant, utcnow
from app.domain.hearing import Hearing, Seal
from app.domain.sealing import niederschrift_content
from app.domain.transcript import EntryKind
from app.sync.audit_chain import data_to_event, event_to_data
from app.sync.bundle import SealedTranscript
from app.sync.client import DeviceCredentials
from app.sync.keys import private_key_from_pem, private_key_to_pem
from app.sync.messages import (
    Assignment,
    AuditEventData,
    AuditHead,
    EnrolResponse,
    Receipt,
    ReturnForRevision,
)


class JsonFileSource:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        if self.path.exists():
            self.state = json.loads(self.path.read_text(encoding="utf-8"))
        else:
            self.state = {
                "device": None,
                "events": [],
                "anchored_head": None,
                "transcripts": {},
                "assignments": {},
                "returns": {},
                "packs": {},
                "purge_log": [],
            }
            self._save()

    def _save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.state, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)

    # --- helpers for tests: the desktop's side of making transcripts ------------------------

    def log(self, action: str, hearing_id: str | None, detail: dict[str, Any] | None = None):
        with self._lock:
            last = (
                data_to_event(AuditEventData(**self.state["events"][-1]))
                if self.state["events"]
                else None
            )
            event = next_event(last, utcnow(), "anna", action, hearing_id, detail or {})
            self.state["events"].append(event_to_data(event).model_dump(mode="json"))
            self._save()
            return event

    def seal_new(self, answers: int = 3, reference: str = "1234567-438") -> SealedTranscript:
        case = Case(reference, Applicant("Hamad", "Karwan", nationality="IRQ"))
        hearing = Hearing(case.id, "hearing-13", "anna", language="Kurmanci")
        self.log("hearing.created", hearing.id)
        for i in range(answers):
            hearing.add_entry(EntryKind.QA, f"Question {i}?", f"Answer {i} from Erbil.")
            self.log("entry.added", hearing.id, {"number": i + 1})
        return self._seal(case.id, hearing.id, niederschrift_content(case, hearing), 1)

    def reseal(self, hearing_id: str, addendum: str) -> SealedTranscript:
        """A new seal version after a return: the old content plus an addendum entry."""
        versions = [t for t in self.state["transcripts"].values() if t["hearing_id"] == hearing_id]
        latest = max(versions, key=lambda t: t["seal"]["version"])
        content = json.loads(json.dumps(latest["content"]))
        number = len(content["entries"]) + 1
        content["entries"].append(
            {
                "number": number,
                "kind": "addendum",
                "speaker": "interviewer",
                "question_ref": None,
                "notice_id": None,
                "question": "",
                "answer": addendum,
                "created_at": to_plain(utcnow()),
            }
        )
        self.log("addendum.added", hearing_id, {"number": number})
        return self._seal(latest["case_id"], hearing_id, content, latest["seal"]["version"] + 1)

    def _seal(self, case_id: str, hearing_id: str, content: dict, version: int):
        content = to_plain(content)
        digest = content_hash(content)
        seal = Seal(version, utcnow(), digest, len(content["entries"]))
        self.log("hearing.sealed", hearing_id, {"version": version, "content_hash": digest})
        with self._lock:
            self.state["transcripts"][f"{hearing_id}:{version}"] = {
                "hearing_id": hearing_id,
                "case_id": case_id,
                "content": content,
                "seal": to_plain(seal),
                "state": "pending",
                "failures": 0,
                "reasons": [],
                "receipt": None,
            }
            self._save()
        return self._transcript(self.state["transcripts"][f"{hearing_id}:{version}"])

    def _transcript(self, row: dict) -> SealedTranscript:
        s = row["seal"]
        seal = Seal(
            s["version"],
            parse_instant(s["sealed_at"]),
            s["content_hash"],
            s["covers_up_to"],
            s["signature"],
            s["device_key_id"],
            s["open_items_reason"],
        )
        events = [
            data_to_event(AuditEventData(**e))
            for e in self.state["events"]
            if e["hearing_id"] == row["hearing_id"]
        ]
        return SealedTranscript(
            row["hearing_id"], row["case_id"], seal, row["content"], events, row["failures"]
        )

    def purge_log_keys(self) -> list[str]:
        return [item["purged"] for item in self.state["purge_log"]]

    def row(self, hearing_id: str, version: int) -> dict:
        return self.state["transcripts"][f"{hearing_id}:{version}"]

    # --- SyncSource ---------------------------------------------------------------------

    def device_credentials(self) -> DeviceCredentials | None:
        device = self.state["device"]
        if device is None:
            return None
        return DeviceCredentials(
            device["device_id"], private_key_from_pem(device["key_pem"].encode())
        )

    def save_device_credentials(
        self, credentials: DeviceCredentials, enrolment: EnrolResponse
    ) -> None:
        with self._lock:
            self.state["device"] = {
                "device_id": credentials.device_id,
                "key_pem": private_key_to_pem(credentials.private_key).decode(),
                "enrolment": enrolment.model_dump(),
            }
            self._save()

    def pending_transcripts(self) -> list[SealedTranscript]:
        rows = [r for r in self.state["transcripts"].values() if r["state"] == "pending"]
        return [self._transcript(r) for r in rows]

    def anchored_head(self) -> AuditHead | None:
        head = self.state["anchored_head"]
        return AuditHead(**head) if head else None

    def audit_events_after(self, seq: int) -> list[AuditEvent]:
        return [data_to_event(AuditEventData(**e)) for e in self.state["events"] if e["seq"] > seq]

    def mark_synced(self, hearing_id: str, seal_version: int, receipt: Receipt) -> None:
        with self._lock:
            row = self.row(hearing_id, seal_version)
            row["state"], row["receipt"] = "synced", receipt.model_dump(mode="json")
            head = receipt.payload.audit_head
            current = self.state["anchored_head"]
            if current is None or head.seq >= current["seq"]:
                self.state["anchored_head"] = head.model_dump()
            self._save()

    def record_failure(
        self, hearing_id: str, seal_version: int, reason: str, permanent: bool, code: str = ""
    ) -> None:
        with self._lock:
            row = self.row(hearing_id, seal_version)
            row["failures"] += 1
            row["reasons"].append(reason)
            if permanent:
                row["state"] = "set_aside"
            self._save()

    def save_assignment(self, assignment: Assignment) -> None:
        with self._lock:
            self.state["assignments"][assignment.case.id] = assignment.model_dump(mode="json")
            self._save()

    def save_return(self, returned: ReturnForRevision) -> None:
        with self._lock:
            self.state["returns"][returned.return_id] = returned.model_dump(mode="json")
            self._save()

    def installed_pack_versions(self) -> dict[str, str]:
        from app.versions import version_key

        return {
            pack: max(versions, key=version_key)
            for pack, versions in self.state["packs"].items()
            if versions
        }

    def install_pack(self, pack_id: str, version: str, filename: str, content: bytes) -> None:
        with self._lock:  # older versions stay: hearings started under them keep using them
            self.state["packs"].setdefault(pack_id, {})[version] = content.decode("utf-8")
            self._save()

    def purge_synced_before(self, cutoff: datetime) -> int:
        with self._lock:
            doomed = [
                key
                for key, row in self.state["transcripts"].items()
                if row["state"] == "synced"
                and row["receipt"]
                and parse_instant(row["receipt"]["payload"]["received_at"]) < cutoff
            ]
            for key in doomed:
                del self.state["transcripts"][key]
                self.state["purge_log"].append({"purged": key, "at": to_plain(utcnow())})
            self._save()
        if doomed:
            self.log("transcripts.purged", None, {"count": len(doomed)})
        return len(doomed)
