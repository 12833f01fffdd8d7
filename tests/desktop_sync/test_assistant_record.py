"""The assistant's record travels with the transcript (issue 12.1): what the interviewer did
with the hints and the checklist, sealed and synced from a real profile to the real service,
signed with the rest; a bundle of protocol 1.1 without it is still accepted."""

from __future__ import annotations

import json

import httpx
import pytest

from app.assistant import Assistant, EntryInput
from app.domain import readback
from app.domain.canonical import jcs
from app.domain.transcript import EntryKind
from app.operations.cases import create_case
from app.operations.hearings import start_hearing
from app.paths import rules_dir
from app.sync import protocol
from app.sync.bundle import build_bundle
from app.sync.keys import sign_hex
from app.sync.request_signing import signed_headers
from app.sync.runner import run_sync
from tests.conftest import sample_applicant
from tests.desktop_sync.helpers import open_session, sealed_hearing

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
READ = (EntryKind.QA, EntryKind.FREE, EntryKind.NOTICE)


def _read_all(analysis, session) -> None:
    """What the hearing screen hands the assistant: every entry, notices included."""
    for e in session.hearing.entries:
        if e.kind in READ:
            analysis.update(EntryInput(e.number, e.question, e.answer, e.question_ref, e.notice_id))


def _hearing_with_decisions(worker):
    """A hearing with a contradiction dismissed (with a reason), a follow-up asked, one item
    settled by hand, one by a notice, others open; sealed with an open-items reason."""
    case = worker.submit(lambda s: create_case(s, "7123456-475", sample_applicant())).result()
    hearing = worker.submit(
        lambda s: start_hearing(s, case.id, "anhoerung-13", "Anna Beispiel", "Herr D", "Sorani")
    ).result()
    session = open_session(worker, hearing.id)
    assistant = Assistant.load(rules_dir())
    session.record_pack_versions(assistant.pack_versions).result()
    analysis = assistant.start_analysis(session.case, session.hearing.started_at.date())
    for question, answer in (
        ("Haben Sie Kinder?", "Ich habe drei Kinder."),
        (
            "Wo ist Ihre Familie?",
            "Meine zwei Kinder sind bei meiner Mutter. Ich komme aus Hawler. Im August 2014 kam der IS.",
        ),
    ):
        entry, _ = session.add_entry(question=question)
        session.type(entry.number, question, answer)
    _read_all(analysis, session)
    hints = {h.kind: h for h in analysis.hints}
    contradiction, follow_up = hints["contradiction"], hints["question"]
    analysis.mark_hint(contradiction.id, "dismissed", reason="Zwei Kinder leben bei der Mutter")
    asked, _ = session.add_entry(question=follow_up.question)  # inserted from the panel
    analysis.mark_hint(follow_up.id, "asked", asked.number)
    session.type(asked.number, follow_up.question, "Die Zitadelle liegt im Zentrum.")
    session.start_readback()
    for section in readback.sections(session.hearing):
        session.confirm_section(section.start)
    for notice in ("s25_3", "interpreter_understood", "readback_done"):
        session.record_notice(notice)
    _read_all(analysis, session)
    analysis.mark_item("evidence", "covered", "Keine Beweismittel, laut Akte")
    reason = "Reiseweg in der Folgeanhörung"
    analysis.note_seal(1, reason)
    session.save_assistant_state(analysis.state_to_plain()).result()
    _seal, future = session.seal(reason)
    future.result()
    return session, contradiction, follow_up, asked.number


def test_the_stored_bundle_says_what_the_interviewer_did_with_hints_and_checklist(
    enrolled, worker, admin
):
    source, client, _user = enrolled
    session, contradiction, follow_up, asked_number = _hearing_with_decisions(worker)
    assert run_sync(source, client).sent == 1
    stored = admin.scalar(
        "SELECT bundle_json FROM transcripts WHERE hearing_id = :h", h=session.hearing.id
    )
    record = json.loads(stored)["payload"]["assistant_record"]
    assert record["format"] == "asa-assistant-record/1"
    assert record["pack_versions"] == session.hearing.pack_versions
    assert record["open_items_reason"] == "Reiseweg in der Folgeanhörung"
    hints = {h["id"]: h for h in record["hints"]}
    dismissed = hints[contradiction.id]
    assert (dismissed["kind"], dismissed["outcome"]) == ("contradiction", "dismissed")
    assert dismissed["dismiss_reason"] == "Zwei Kinder leben bei der Mutter"
    assert dismissed["entry_ids"] == ["1", "2"] and dismissed["asked_entry_id"] is None
    assert dismissed["rule_id"] == contradiction.explanation.rule_id
    assert dismissed["pack_version"] == session.hearing.pack_versions["common"]
    assert contradiction.title in dismissed["wording"]
    asked = hints[follow_up.id]
    assert (asked["kind"], asked["outcome"]) == ("follow_up", "asked")
    assert asked["asked_entry_id"] == str(asked_number) and asked["dismiss_reason"] is None
    others = [h for h in record["hints"] if h["id"] not in (contradiction.id, follow_up.id)]
    assert others and {h["outcome"] for h in others} == {"ignored"}
    items = {i["item_id"]: i for i in record["checklist"]}
    by_hand = items["evidence"]
    assert by_hand["state"] == "settled"
    assert by_hand["settled_by"]["by_hand_reason"] == "Keine Beweismittel, laut Akte"
    by_notice = items["notice_25_3"]
    assert by_notice["state"] == "settled" and by_notice["settled_by"]["notice"] == "s25_3"
    assert by_notice["settled_by"]["by_hand_reason"] is None
    by_content = items["family"]
    assert by_content["settled_by"]["entry_ids"] == ["1", "2"]
    assert items["travel_route"]["state"] == "open"
    assert items["travel_route"]["settled_by"] is None
    assert items["travel_route"]["label"]


def _post(url: str, creds, envelope: dict, version: str) -> httpx.Response:
    body = json.dumps(envelope, ensure_ascii=False).encode()
    headers = signed_headers(creds.device_id, creds.private_key, "POST", "/v1/transcripts", body)
    headers |= {"Content-Type": "application/json", protocol.PROTOCOL_HEADER: version}
    return httpx.post(url + "/v1/transcripts", content=body, headers=headers)


def test_a_changed_record_fails_the_signature_and_a_1_1_bundle_without_it_is_accepted(
    enrolled, worker, admin, service
):
    source, _client, _user = enrolled
    creds = source.device_credentials()
    _hearing_with_decisions(worker)
    (transcript,) = source.pending_transcripts()
    bundle = build_bundle(
        transcript, creds.device_id, creds.private_key, None, source.audit_events_after(0)
    )
    envelope = bundle.model_dump(mode="json")
    hint = next(h for h in envelope["payload"]["assistant_record"]["hints"] if h["dismiss_reason"])
    hint["dismiss_reason"] = "Vom Antragsteller bestätigt"  # changed after signing
    tampered = _post(service.url, creds, envelope, "1.2")
    assert tampered.status_code == 422 and "signature" in tampered.json()["message"]
    # A record not in the agreed shape is refused by name, even when properly signed.
    odd = bundle.model_dump(mode="json")
    odd["payload"]["assistant_record"]["hints"][0]["outcome"] = "vielleicht"
    odd["signature"] = sign_hex(creds.private_key, jcs(odd["payload"]))
    refused = _post(service.url, creds, odd, "1.2")
    assert refused.status_code == 400 and refused.json()["error"] == "invalid_bundle"
    assert any("assistant_record.hints.0.outcome" in d for d in refused.json()["details"])
    # The same transcript as signed: accepted, record and all.
    assert _post(service.url, creds, bundle.model_dump(mode="json"), "1.2").status_code == 201

    # A 1.1 laptop's bundle: no record (not even a null), and still valid.
    plain = sealed_hearing(worker, "2-475")
    old = next(t for t in source.pending_transcripts() if t.hearing_id == plain.hearing.id)
    assert old.assistant_record is None
    events = source.audit_events_after(0)
    old_bundle = build_bundle(old, creds.device_id, creds.private_key, None, events)
    old_envelope = old_bundle.model_dump(mode="json")
    assert "assistant_record" not in old_envelope["payload"]
    reply = _post(service.url, creds, old_envelope, "1.1")
    assert reply.status_code == 201, reply.text
    assert admin.copies(plain.hearing.id) == 1
