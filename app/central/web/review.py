"""A transcript's review page (issue 12.6) and its actions: comment, approve, return, download.

Every route loads the transcript through ``review.transcript_for`` (access by office: another
office's transcript is "not found"), every POST carries the session's CSRF token (the router's
``csrf_guard``), and every action is written to ``review_events`` by
``repository.review_actions``.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import threading
from collections import OrderedDict, defaultdict
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.central.models import AuditAnchor, Device, Transcript, User
from app.central.repository import review, review_actions
from app.central.repository.devices import stored_hashes
from app.central.repository.ratings import RATING_EVENTS
from app.central.repository.review_actions import ReviewRefused
from app.central.web.diff import diff_versions
from app.central.web.event_labels import event_labels
from app.central.web.pages import Pages, Viewer
from app.central.web.security import WEB_PREFIX
from app.domain.clock import utcnow
from app.domain.notices import NOTICES
from app.export.from_bundle import FORMATS, NotExportable
from app.sync.bundle import verify_bundle
from app.sync.keys import public_key_from_hex
from app.sync.messages import Bundle

MEDIA_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def refusal_text(_, exc: ReviewRefused) -> str:
    """The refusal in the reader's language (literal msgids, for the catalogue)."""
    p = exc.params
    if exc.code == "superseded":
        return _("Version %(version)s was superseded by version %(newest)s; review the newest.") % p
    if exc.code == "empty":
        return _("The comment is empty: write what should be looked at.")
    if exc.code == "too_long":
        return _("The comment is longer than %(limit)s characters.") % p
    if exc.code == "no_entry":
        return _("The transcript has no entry %(number)s.") % p
    if exc.code == "no_comments":
        return _("Return a transcript with at least one comment saying what to revise.")
    state = {
        "received": _("received"),
        "in_review": _("in review"),
        "returned": _("returned and not yet resent"),
        "resent": _("resent"),
        "approved": _("approved"),
    }.get(p.get("state"), p.get("state"))
    if p.get("action") == "approve":
        return _("A transcript that is %(state)s cannot be approved.") % {"state": state}
    if p.get("action") == "return":
        return _("A transcript that is %(state)s cannot be returned.") % {"state": state}
    return _("A transcript that is %(state)s cannot be commented on.") % {"state": state}


# --- the page's content ------------------------------------------------------------------


def _payload(transcript: Transcript) -> dict[str, Any]:
    return json.loads(transcript.bundle_json)["payload"]


def versions_of(session: Session, user: User, transcript: Transcript) -> list[Transcript]:
    return list(
        session.scalars(
            review.visible_transcripts(user)
            .where(Transcript.hearing_id == transcript.hearing_id)
            .order_by(Transcript.seal_version)
        )
    )


def audit_state(session: Session, transcript: Transcript, bundle_json: str) -> dict[str, Any]:
    """The hearing's audit trail as sent, and whether it verifies: the bundle's own checks
    (device signature, content hash, chain of the segment, hearing events unchanged — the
    upload's ``verify_bundle``) and the events against the chain anchored here."""
    device = session.get(Device, transcript.device_id)
    problems, events = _verified(bundle_json, device.public_key)
    stored = stored_hashes(session, device.id, [e.seq for e in events])
    differs = [e.seq for e in events if e.seq in stored and stored[e.seq] != e.hash]
    unanchored = [e.seq for e in events if e.seq not in stored]
    anchor = session.scalar(
        select(AuditAnchor)
        .where(AuditAnchor.device_id == device.id)
        .order_by(AuditAnchor.seq.desc())
        .limit(1)
    )
    return {
        "events": events,
        "problems": problems,
        "differs": differs,
        "unanchored": unanchored,
        "intact": not problems and not differs,
        "anchored": bool(events) and not unanchored and not differs,
        "anchor": anchor,
    }


_VERIFIED: OrderedDict[tuple[str, str], tuple[list[str], list]] = OrderedDict()
_VERIFIED_KEEP = 256
_VERIFIED_LOCK = threading.Lock()


def _verified(bundle_json: str, public_key: str) -> tuple[list[str], list]:
    """(problems, hearing events) of the stored bundle by ``verify_bundle``, remembered by
    the bundle's SHA-256 and the device key: canonical JSON and the signature cost ~60 ms for
    400 entries, a stored bundle never changes, and one that was changed has another digest,
    so it is checked afresh."""
    key = (hashlib.sha256(bundle_json.encode("utf-8")).hexdigest(), public_key)
    with _VERIFIED_LOCK:
        if key in _VERIFIED:
            _VERIFIED.move_to_end(key)
            return _VERIFIED[key]
    bundle = Bundle.model_validate_json(bundle_json)
    result = (verify_bundle(bundle, public_key_from_hex(public_key)), bundle.payload.hearing_events)
    with _VERIFIED_LOCK:
        _VERIFIED[key] = result
        while len(_VERIFIED) > _VERIFIED_KEEP:
            _VERIFIED.popitem(last=False)
    return result


# A checklist item settled by a notice names it as the desktop does, in the reader's language.
NOTICE_TITLES = {k.id: {"de": k.title_de, "en": k.title_en} for k in NOTICES}


def page_values(session: Session, viewer: Viewer, transcript: Transcript, _) -> dict[str, Any]:
    versions = versions_of(session, viewer.user, transcript)
    payloads = {v.seal_version: (_payload(v) if v.id != transcript.id else None) for v in versions}
    payload = _payload(transcript)
    payloads[transcript.seal_version] = payload
    content = payload["content"]
    earlier = [v for v in versions if v.seal_version < transcript.seal_version]
    previous = payloads[earlier[-1].seal_version] if earlier else None
    covered_before = previous["seal"]["covers_up_to"] if previous else None
    record = payload.get("assistant_record") or {}
    hints_by_entry: dict[int, list] = defaultdict(list)
    general_hints = []
    for hint in record.get("hints", []):
        numbers = [int(e) for e in hint.get("entry_ids", []) if str(e).isdigit()]
        for number in numbers:
            hints_by_entry[number].append(hint)
        if not numbers:
            general_hints.append(hint)
    corrections: dict[int, list] = defaultdict(list)
    for c in content.get("corrections", []):
        corrections[c["entry_number"]].append(c)
    comments = review_actions.comments_of(session, transcript.id)
    comments_by_entry: dict[int | None, list] = defaultdict(list)
    for comment, author in comments:
        key = int(comment.entry_id) if comment.entry_id else None
        comments_by_entry[key].append((comment, author))
    diff = None
    if previous is not None:
        diff = diff_versions(
            previous["content"],
            content,
            previous["seal"]["version"],
            transcript.seal_version,
            _("removed:"),
            _("added:"),
        )
    newest = versions[-1].seal_version if versions else transcript.seal_version
    # What the earlier versions were returned with, to check version N against it.
    earlier_by_entry: dict[int | None, list] = defaultdict(list)
    earlier_comments = [
        (v.seal_version, comment, author)
        for v in earlier
        for comment, author in review_actions.comments_of(session, v.id)
    ]
    for version, comment, author in earlier_comments:  # shown beside the entry they concern
        key = int(comment.entry_id) if str(comment.entry_id or "").isdigit() else None
        earlier_by_entry[key].append((version, comment, author))
    return {
        "payload": payload,
        "content": content,
        "seal": payload["seal"],
        "entries": content.get("entries", []),
        "corrections": corrections,
        "covered_before": covered_before,
        "record": record,
        "hints_by_entry": hints_by_entry,
        "general_hints": general_hints,
        "checklist": record.get("checklist", []),
        "pack_versions": record.get("pack_versions")
        or content.get("hearing", {}).get("pack_versions", {}),
        "comments_by_entry": comments_by_entry,
        "versions": versions,
        "newest_version": newest,
        "is_newest": transcript.seal_version == newest,
        "diff": diff,
        "audit": audit_state(session, transcript, transcript.bundle_json),
        "review_history": review_history(
            review_actions.events_of(session, [v.id for v in versions]), _
        ),
        "event_labels": event_labels(_),
        "version_of": {v.id: v.seal_version for v in versions},
        "earlier_comments": earlier_comments,
        "earlier_by_entry": earlier_by_entry,
        "formats": FORMATS,
        "notice_titles": NOTICE_TITLES,
    }


def review_history(events: list, _) -> list[dict[str, Any]]:
    """The review history's rows in words: one row per action, and one per rating save (a
    save records an event for each area it set, all at the same moment)."""
    labels = event_labels(_)
    rows: list[dict[str, Any]] = []
    for event, user in events:
        last = rows[-1] if rows else None
        if (
            event.action in RATING_EVENTS
            and last is not None
            and last["rating_key"] == (event.transcript_id, event.user_id, event.at)
        ):
            last["areas"] += 1
            last["changed"] |= event.action == "rating_changed"
            continue
        rows.append(
            {
                "at": event.at,
                "transcript_id": event.transcript_id,
                "who": user.display_name if user else "–",
                "action": event.action,
                "rating_key": (event.transcript_id, event.user_id, event.at)
                if event.action in RATING_EVENTS
                else None,
                "areas": 1,
                "changed": event.action == "rating_changed",
            }
        )
    for row in rows:
        if row["rating_key"] is not None:
            label = labels["rating_changed" if row["changed"] else "rated"]
            row["label"] = label + " " + _("(%(count)s areas)") % {"count": row["areas"]}
        else:
            row["label"] = labels.get(row["action"], row["action"])
    return rows


def export(payload: dict, earlier: list[dict], fmt: str, language: str) -> bytes:
    """The desktop's export of the bundle (``export_bundle``). The PDF is laid out by Qt,
    which wants its application on a main thread: it is made in a short-lived child process
    (offscreen), never inside the service's worker threads."""
    with tempfile.TemporaryDirectory(prefix="asa-export-") as tmp:
        source, target = Path(tmp) / "payload.json", Path(tmp) / f"transcript.{fmt}"
        if fmt == "docx":
            from app.export.from_bundle import export_bundle

            export_bundle(payload, fmt, target, language, earlier)
            return target.read_bytes()
        source.write_text(json.dumps({"payload": payload, "earlier": earlier}), encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "app.central.web.export_child",
                str(source),
                str(target),
                language,
            ],
            env=env,
            capture_output=True,
            timeout=120,
        )
        if done.returncode != 0 or not target.exists():
            raise NotExportable(done.stderr.decode("utf-8", "replace")[-500:])
        return target.read_bytes()


# --- routes ------------------------------------------------------------------------------


def add_routes(router: APIRouter, pages: Pages) -> None:
    sessions = pages.ctx.sessions

    def render_page(request: Request, transcript_id: int, problem: str | None = None):
        _ = pages.gettext(request)
        with sessions.begin() as session:
            viewer = pages.signed_in(request, session)
            found = review.transcript_for(session, viewer.user, transcript_id)
            if found is None:
                return pages.error_page(request, 404)
            review_actions.opened(session, viewer.user, found, utcnow())
            return pages.render(
                request,
                "review.html",
                viewer,
                status=409 if problem else 200,
                transcript=found,
                problem=problem,
                **page_values(session, viewer, found, _),
            )

    @router.get("/transcripts/{transcript_id}")
    def transcript(request: Request, transcript_id: int) -> Response:
        return render_page(request, transcript_id)

    def act(request: Request, transcript_id: int, action, anchor: str = "") -> Response:
        try:
            with sessions.begin() as session:
                viewer = pages.signed_in(request, session)
                found = review.transcript_for(session, viewer.user, transcript_id)
                if found is None:
                    return pages.error_page(request, 404)
                action(session, viewer.user, found, utcnow())
        except ReviewRefused as exc:
            return render_page(request, transcript_id, refusal_text(pages.gettext(request), exc))
        return RedirectResponse(
            f"{WEB_PREFIX}/transcripts/{transcript_id}{anchor}", status_code=303
        )

    @router.post("/transcripts/{transcript_id}/comments")
    def comment(
        request: Request,
        transcript_id: int,
        text: Annotated[str, Form()] = "",
        entry: Annotated[str, Form()] = "",
    ) -> Response:
        number = int(entry) if entry.strip().isdigit() else None
        if entry.strip() and number is None:
            return pages.error_page(request, 400)
        return act(
            request,
            transcript_id,
            lambda s, u, t, now: review_actions.add_comment(s, u, t, number, text, now),
            f"#entry-{number}" if number is not None else "#comments",
        )

    @router.post("/transcripts/{transcript_id}/approve")
    def approve(
        request: Request, transcript_id: int, checked: Annotated[str, Form()] = ""
    ) -> Response:
        if checked != "yes":  # the confirmation: approving is final
            _ = pages.gettext(request)
            message = _("Confirm that you have checked the transcript, then approve it.")
            return render_page(request, transcript_id, message)
        return act(request, transcript_id, review_actions.approve, "#decision")

    @router.post("/transcripts/{transcript_id}/return")
    def return_(
        request: Request, transcript_id: int, text: Annotated[str, Form()] = ""
    ) -> Response:
        return act(
            request,
            transcript_id,
            lambda s, u, t, now: review_actions.return_for_revision(s, u, t, text, now),
            "#decision",
        )

    @router.get("/transcripts/{transcript_id}/download/{fmt}")
    def download(request: Request, transcript_id: int, fmt: str) -> Response:
        if fmt not in FORMATS:
            return pages.error_page(request, 404)
        with sessions.begin() as session:
            viewer = pages.signed_in(request, session)
            found = review.transcript_for(session, viewer.user, transcript_id)
            if found is None:
                return pages.error_page(request, 404)
            earlier = [
                _payload(v)
                for v in versions_of(session, viewer.user, found)
                if v.seal_version < found.seal_version
            ]
            payload, reference = _payload(found), found.reference or found.hearing_id
            version, user_id = found.seal_version, viewer.user.id
        try:
            data = export(payload, earlier, fmt, pages.language(request))
        except NotExportable:
            return pages.error_page(request, 422)
        with sessions.begin() as session:  # recorded once the document exists
            user = session.get(User, user_id)
            details = {"format": fmt, "version": version}
            review.record_event(session, user, "downloaded", utcnow(), transcript_id, details)
        name = f"Niederschrift-{reference}-v{version}.{fmt}".replace("/", "-")
        return Response(
            data,
            media_type=MEDIA_TYPES[fmt],
            headers={"Content-Disposition": f'attachment; filename="{_ascii(name)}"'},
        )


def _ascii(name: str) -> str:
    return "".join(c if c.isascii() and c not in '"\\' else "_" for c in name)
