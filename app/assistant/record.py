"""The assistant's record of a sealed version, for the supervisor's review.

It travels in the signed bundle beside the Niederschrift (``BundlePayload.assistant_record``,
shape agreed in docs/sync-protocol.md, "The assistant's record"): every hint shown (rule, pack
version, entries, wording) and what the interviewer did with it (asked - with the entry -,
dismissed with a reason, or ignored), every checklist item and how it was settled or why it
stayed open, the seal's open-items reason and the pack versions.

Entries are named by their number in the Niederschrift (``content.entries[].number``) written as
a string: the only name an entry has in the bundle. Plain data in, plain data out; no Qt, no SQL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.assistant.checklist import ChecklistItemState
from app.assistant.hints import Hint, HintDecision

if TYPE_CHECKING:
    from app.assistant.analysis import Analysis

RECORD_FORMAT = "asa-assistant-record/1"

# The engine's hint kinds as the record names them (others are passed on as they are).
_KINDS = {"question": "follow_up", "info": "country_info"}


def shown_hint(hint: Hint) -> dict[str, Any]:
    """A hint as the panel showed it: enough to tell the supervisor what was offered."""
    wording = hint.title if not hint.body else f"{hint.title}\n{hint.body}"
    ex = hint.explanation
    return {
        "kind": _KINDS.get(hint.kind, hint.kind),
        "rule_id": ex.rule_id or None,
        "pack_id": ex.pack_id or None,
        "pack_version": ex.pack_version or None,
        "entries": list(ex.entries),
        "wording": wording,
    }


def _entry_ids(numbers) -> list[str]:
    return [str(n) for n in sorted({int(n) for n in numbers})]


def _hint_record(hint_id: str, shown: dict[str, Any], decision: HintDecision | None) -> dict:
    outcome, asked_entry, reason = "ignored", None, None
    if decision is not None and decision.status == "asked":
        outcome = "asked"
        asked_entry = str(decision.answer_entry) if decision.answer_entry is not None else None
    elif decision is not None and decision.status == "dismissed":
        outcome, reason = "dismissed", decision.reason or None
    return {
        "id": hint_id,
        "kind": shown["kind"],
        "rule_id": shown.get("rule_id"),
        "pack_id": shown.get("pack_id"),
        "pack_version": shown.get("pack_version"),
        "entry_ids": _entry_ids(shown.get("entries", ())),
        "wording": shown["wording"],
        "outcome": outcome,
        "asked_entry_id": asked_entry,
        "dismiss_reason": reason,
    }


def _item_record(item: ChecklistItemState) -> dict[str, Any]:
    by_hand = item.by_hand and item.reason
    settled_by = None
    if item.covered:
        settled_by = {
            "entry_ids": _entry_ids(item.entries),
            "notice": item.notices[0] if item.notices else None,
            "by_hand_reason": item.reason if item.by_hand == "covered" else None,
        }
    return {
        "item_id": item.id,
        "label": item.title,
        "state": "settled" if item.covered else "open",
        "settled_by": settled_by,
        "open_reason": item.reason if (by_hand and item.by_hand == "open") else None,
    }


def seal_snapshot(session: Analysis) -> dict[str, Any]:
    """Hints and checklist as they stand when a version is sealed (kept in the assistant state;
    ``record_of_seal`` turns it into the bundle's record)."""
    return {
        "hints": [
            _hint_record(hint_id, shown, session.decisions.get(hint_id))
            for hint_id, shown in sorted(session.shown_hints.items())
        ],
        "checklist": [_item_record(item) for item in session.checklist.items],
    }


def record_of_seal(
    state: dict[str, Any] | None,
    seal_version: int,
    open_items_reason: str,
    pack_versions: dict[str, str],
) -> dict[str, Any] | None:
    """The record for the bundle of ``seal_version``, from the stored assistant state; None
    when the assistant kept none for that version (it was not available while sealing)."""
    snapshot = (state or {}).get("seal_snapshots", {}).get(str(seal_version))
    if snapshot is None:
        return None
    return {
        "format": RECORD_FORMAT,
        "pack_versions": dict(sorted(pack_versions.items())),
        "hints": list(snapshot.get("hints", [])),
        "checklist": list(snapshot.get("checklist", [])),
        "open_items_reason": open_items_reason or None,
    }
