"""The inbox's facts of a bundle (ASSISTANT_RECORD.md): one function, forgiving of old and
odd bundles."""

from __future__ import annotations

from app.central.review_facts import facts_of_bundle


def _payload(record=None) -> dict:
    payload = {
        "content": {
            "case": {"reference": "1234567-438", "applicant": {"nationality": "SYR"}},
            "hearing": {"interviewer": "Jonas Weber", "started_at": "2026-05-06T07:00:00Z"},
        }
    }
    if record is not None:
        payload["assistant_record"] = record
    return payload


def test_counts_open_checklist_items_and_dismissed_contradiction_hints():
    record = {
        "format": "asa-assistant-record/1",
        "checklist": [
            {"item_id": "a", "state": "open"},
            {"item_id": "b", "state": "settled"},
        ],
        "hints": [
            {"id": "1", "kind": "contradiction", "outcome": "dismissed"},
            {"id": "2", "kind": "contradiction", "outcome": "dismissed"},
            {"id": "3", "kind": "contradiction", "outcome": "asked"},
            {"id": "4", "kind": "follow_up", "outcome": "dismissed"},
        ],
    }
    facts = facts_of_bundle(_payload(record))
    assert (facts.open_items, facts.dismissed_contradictions) == (1, 2)
    assert (facts.country_of_origin, facts.hearing_date) == ("SYR", "2026-05-06")
    assert (facts.reference, facts.interviewer) == ("1234567-438", "Jonas Weber")


def test_bundles_without_a_record_count_zero():
    facts = facts_of_bundle(_payload())
    assert (facts.open_items, facts.dismissed_contradictions) == (0, 0)
    assert facts.reference == "1234567-438"


def test_malformed_parts_read_as_empty_rather_than_failing():
    odd = {"content": {"case": "x", "hearing": {"started_at": "soon"}}, "assistant_record": []}
    facts = facts_of_bundle(odd)
    assert facts.as_columns() == {
        "country_of_origin": "",
        "hearing_date": "",
        "reference": "",
        "interviewer": "",
        "open_items": 0,
        "dismissed_contradictions": 0,
    }
    assert facts_of_bundle({}).open_items == 0
