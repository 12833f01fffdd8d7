"""A transcript's review page (issue 12.6), against the real service on the real PostgreSQL,
with transcripts sent through the real upload path (demo-transcripts' assistant records, and
a test device that reseals after a return)."""

from __future__ import annotations

import io
import json
import uuid
import zipfile

import pytest

from app.central.devtools.demo_transcripts import create_demo
from app.central.repository import accounts
from app.domain.clock import utcnow
from app.sync.runner import run_sync
from tests.central.web.conftest import PASSWORD, csrf_of, execute, sign_in

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture(scope="module")
def demo(admin, web_service, service_public_key):
    """Demo transcripts with assistant records, in a demo office of their own."""
    report = create_demo(admin.sessions, web_service.url, service_public_key, 1, 2, utcnow())
    supervisor = report.supervisors[0]
    with admin.sessions.begin() as s:
        accounts.set_password(s, supervisor, PASSWORD)
    ids = [
        admin.scalar(
            "SELECT id FROM transcripts WHERE reference = :r AND seal_version = 1", r=s.reference
        )
        for s in report.sent
    ]
    return supervisor, ids


def _state(admin, transcript_id: int) -> str:
    return admin.scalar("SELECT review_state FROM transcripts WHERE id = :i", i=transcript_id)


def test_the_page_shows_the_sealed_text_the_assistants_record_and_the_audit_state(
    admin, web_service, demo
):
    supervisor, ids = demo
    tid = ids[0]
    payload = json.loads(admin.scalar("SELECT bundle_json FROM transcripts WHERE id=:i", i=tid))[
        "payload"
    ]
    assert _state(admin, tid) == "received"
    client = sign_in(web_service.url, supervisor)
    page = client.get(f"/web/transcripts/{tid}")
    assert page.status_code == 200
    html = page.text
    content, record = payload["content"], payload["assistant_record"]
    for entry in content["entries"]:
        assert f'id="entry-{entry["number"]}"' in html
    assert content["entries"][-1]["answer"].split()[0] in html
    hint = next(h for h in record["hints"] if h["entry_ids"])
    entry_html = html.split(f'id="entry-{hint["entry_ids"][0]}"')[1].split('<li id="entry-')[0]
    assert "Assistent zu Eintrag" in entry_html  # beside the entry it concerns
    for item in record["checklist"]:
        assert item["label"].replace("'", "&#39;").replace('"', "&#34;")[:20] in html
    assert html.count("<strong>offen</strong>") == sum(
        i["state"] == "open" for i in record["checklist"]
    )
    for pack, version in record["pack_versions"].items():
        assert f"<dt>{pack}</dt><dd>{version}</dd>" in html
    assert "<strong>Kette unversehrt</strong>" in html and "<strong>Verankert</strong>" in html
    # The audit trail names each event in words, never its key.
    audit = html.split('id="audit"')[1].split("</section>")[0]
    assert "<td>Anhörung angelegt</td>" in audit and "<td>Niederschrift versiegelt</td>" in audit
    assert "hearing.created" not in audit and "hearing.sealed" not in audit
    # A comment form on every entry and one on the whole, each with the session's CSRF token.
    assert html.count("Kommentar hinzufügen</button>") == len(content["entries"]) + 1
    assert 'id="comment-whole"' in html
    assert html.count('name="csrf_token"') == html.count("<form")
    assert _state(admin, tid) == "in_review"  # opening it started the review
    assert "Prüfung begonnen" in client.get(f"/web/transcripts/{tid}").text
    client.close()


def test_a_changed_stored_bundle_shows_the_chain_broken(admin, web_service, demo):
    supervisor, ids = demo
    tid = ids[1]
    original = admin.scalar("SELECT bundle_json FROM transcripts WHERE id=:i", i=tid)
    changed = json.loads(original)
    changed["payload"]["hearing_events"][0]["actor"] = "mallory"
    execute(
        admin, "UPDATE transcripts SET bundle_json=:b WHERE id=:i", b=json.dumps(changed), i=tid
    )
    try:
        client = sign_in(web_service.url, supervisor)
        html = client.get(f"/web/transcripts/{tid}").text
        assert "<strong>Kette NICHT unversehrt</strong>" in html
        client.close()
    finally:
        execute(admin, "UPDATE transcripts SET bundle_json=:b WHERE id=:i", b=original, i=tid)


def test_comment_return_resend_diff_and_approve_reach_the_device_and_the_history(
    admin, web_service, offices
):
    source, device_client = offices.devices["Bonn"]
    reference = f"R{uuid.uuid4().hex[:6]}-438"
    sealed = source.seal_new(reference=reference)
    run_sync(source, device_client)
    tid = admin.scalar(
        "SELECT id FROM transcripts WHERE reference=:r AND seal_version=1", r=reference
    )
    client = sign_in(web_service.url, offices.supervisors["Bonn"])
    first = client.get(f"/web/transcripts/{tid}").text
    csrf = csrf_of(first)
    # A bundle without the assistant's record (the test device sends none) says so.
    assert "ohne die Aufzeichnung des Assistenten gesendet" in first

    # Approving needs nothing; returning needs a comment, and says so.
    refused = client.post(f"/web/transcripts/{tid}/return", data={"csrf_token": csrf, "text": ""})
    assert refused.status_code == 409
    assert "mindestens einem Kommentar" in refused.text
    assert _state(admin, tid) == "in_review"
    # Without the CSRF token nothing happens.
    assert client.post(f"/web/transcripts/{tid}/comments", data={"text": "x"}).status_code == 403

    response = client.post(
        f"/web/transcripts/{tid}/comments",
        data={"csrf_token": csrf, "entry": "2", "text": "Wann genau war das?"},
    )
    assert response.status_code == 303
    assert (
        client.post(
            f"/web/transcripts/{tid}/comments",
            data={"csrf_token": csrf, "entry": "99", "text": "x"},
        ).status_code
        == 409
    )
    response = client.post(
        f"/web/transcripts/{tid}/return",
        data={"csrf_token": csrf, "text": "Bitte die Reiseroute ergänzen."},
    )
    assert response.status_code == 303 and _state(admin, tid) == "returned"
    # Approving a returned transcript is refused, with the reason.
    refused = client.post(
        f"/web/transcripts/{tid}/approve", data={"csrf_token": csrf, "checked": "yes"}
    )
    assert refused.status_code == 409 and "kann nicht freigegeben werden" in refused.text

    # The device gets the return on its next sync, as from `asa central return-transcript`.
    run_sync(source, device_client)
    returned = [r for r in source.state["returns"].values() if r["hearing_id"] == sealed.hearing_id]
    assert returned, source.state.get("returns")
    texts = {(c["entry_number"], c["text"]) for c in returned[-1]["comments"]}
    assert texts == {(2, "Wann genau war das?"), (None, "Bitte die Reiseroute ergänzen.")}

    # The interviewer reseals with an addendum; version 2 arrives as "resent".
    source.reseal(sealed.hearing_id, "Die Reise ging über Van nach Istanbul.")
    run_sync(source, device_client)
    tid2 = admin.scalar(
        "SELECT id FROM transcripts WHERE reference=:r AND seal_version=2", r=reference
    )
    assert _state(admin, tid2) == "resent"
    # The inbox lists the hearing once, by its newest version; the review page keeps both.
    inbox = client.get("/web/inbox").text
    assert inbox.count(f'href="/web/transcripts/{tid2}"') == 1
    assert f'href="/web/transcripts/{tid}"' not in inbox
    html = client.get(f"/web/transcripts/{tid2}").text
    assert "Was sich von Version 1 zu Version 2 geändert hat" in html
    assert '<ins><span class="visually-hidden">hinzugefügt: </span>Die Reise ging' in html
    assert 'class="entry addendum"' in html
    # What version 1 was returned with is there to check version 2 against.
    earlier = html.split('id="earlier-comments"')[1].split("</section>")[0]
    assert "Wann genau war das?" in earlier and "Bitte die Reiseroute ergänzen." in earlier
    assert f'href="/web/transcripts/{tid}"' in html  # the earlier version, one click away
    # ... and beside the entry it concerns, to check the revision against it.
    entry_2 = html.split('id="entry-2"')[1].split('<li id="entry-')[0]
    assert "Zurückgegeben mit:" in entry_2 and "Wann genau war das?" in entry_2
    # The decision offers the rating form; approving asks for the confirmation first.
    decision = html.split('id="decision"')[1].split("</section>")[0]
    assert f'href="/web/transcripts/{tid2}/rating"' in decision
    assert "Ich habe die Niederschrift geprüft" in decision
    unconfirmed = client.post(f"/web/transcripts/{tid2}/approve", data={"csrf_token": csrf})
    assert unconfirmed.status_code == 409 and "Bestätigen Sie" in unconfirmed.text
    assert _state(admin, tid2) == "resent"
    # Acting on the superseded version is refused.
    old = client.post(
        f"/web/transcripts/{tid}/approve", data={"csrf_token": csrf, "checked": "yes"}
    )
    assert old.status_code == 409 and "Version 2" in old.text

    assert (
        client.post(
            f"/web/transcripts/{tid2}/approve", data={"csrf_token": csrf, "checked": "yes"}
        ).status_code
        == 303
    )
    assert _state(admin, tid2) == "approved"
    again = client.post(
        f"/web/transcripts/{tid2}/approve", data={"csrf_token": csrf, "checked": "yes"}
    )
    assert again.status_code == 409

    history = client.get(f"/web/transcripts/{tid2}").text.split('id="review-events"')[1]
    for action in ("Prüfung begonnen", "Kommentar hinzugefügt", "zur Überarbeitung zurückgegeben"):
        assert action in history
    assert "freigegeben" in history and offices.supervisors["Bonn"].title() in history
    rows = admin.scalar(
        "SELECT string_agg(action, ',' ORDER BY id) FROM review_events"
        " WHERE transcript_id IN (:a, :b)",
        a=tid,
        b=tid2,
    )
    assert rows.split(",") == [
        "review_started",
        "comment_added",
        "comment_added",
        "returned",
        "approved",
    ]
    assert (
        admin.scalar(
            "SELECT count(*) FROM review_events WHERE transcript_id=:a AND user_id IS NULL", a=tid
        )
        == 0
    )
    client.close()


def test_the_downloads_are_the_desktop_export(web_service, offices, admin):
    client = sign_in(web_service.url, offices.supervisors["Bonn"])
    tid = offices.transcripts["Bonn"][0]
    docx = client.get(f"/web/transcripts/{tid}/download/docx")
    assert docx.status_code == 200
    assert "attachment" in docx.headers["content-disposition"]
    with zipfile.ZipFile(io.BytesIO(docx.content)) as z:
        body = z.read("word/document.xml").decode("utf-8")
    assert "Answer 0 from Erbil." in body and offices.references["Bonn"][0] in body
    pdf = client.get(f"/web/transcripts/{tid}/download/pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert client.get(f"/web/transcripts/{tid}/download/odt").status_code == 404
    assert (
        admin.scalar(
            "SELECT count(*) FROM review_events WHERE transcript_id=:i AND action='downloaded'",
            i=tid,
        )
        == 2
    )
    client.close()


def test_corrections_are_marked_and_a_changed_entry_shows_its_words(admin, web_service, offices):
    """A version sealed with a correction from the read-back, then a version 2 whose entry 2
    reads differently (made by the test device, through the real upload path)."""
    source, device_client = offices.devices["Bonn"]
    reference = f"C{uuid.uuid4().hex[:6]}-438"
    sealed = source.seal_new(reference=reference)
    row = source.row(sealed.hearing_id, 1)
    content = json.loads(json.dumps(row["content"]))
    content["entries"][0]["answer"] = "Answer 0 from <b>Mossul</b>."
    content["corrections"] = [
        {
            "entry_number": 1,
            "original": "Answer 0 from Erbil.",
            "corrected": "Answer 0 from <b>Mossul</b>.",
            "at": content["entries"][0]["created_at"],
        }
    ]
    source._seal(row["case_id"], sealed.hearing_id, content, 2)
    run_sync(source, device_client)
    tid2 = admin.scalar(
        "SELECT id FROM transcripts WHERE reference=:r AND seal_version=2", r=reference
    )
    client = sign_in(web_service.url, offices.supervisors["Bonn"])
    html = client.get(f"/web/transcripts/{tid2}").text
    entry = html.split('id="entry-1"')[1].split('<li id="entry-2"')[0]
    assert 'class="entry corrected"' in html and "Berichtigt" in entry
    assert '<del><span class="visually-hidden">entfernt: </span>Answer 0 from Erbil.</del>' in entry
    assert "&lt;b&gt;Mossul&lt;/b&gt;" in entry and "<b>Mossul" not in html  # escaped
    diff = html.split('id="versions"')[1]
    assert "geändert" in diff
    assert '<span class="visually-hidden">entfernt: </span>Erbil.</del>' in diff
    assert "Neue Berichtigung von Eintrag 1" in diff
    client.close()


def test_approve_and_return_at_once_one_wins_the_other_is_refused(admin, offices):
    """Two supervisors at the same moment: the transcript's row is locked by the first
    action; the second waits, then sees the new state and is refused."""
    import threading

    from sqlalchemy import select

    from app.central.models import Transcript, User
    from app.central.repository import review_actions
    from app.central.repository.review_actions import ReviewRefused

    source, device_client = offices.devices["Bonn"]
    reference = f"L{uuid.uuid4().hex[:6]}-438"
    source.seal_new(reference=reference)
    run_sync(source, device_client)
    tid = admin.scalar("SELECT id FROM transcripts WHERE reference=:r", r=reference)
    username = offices.supervisors["Bonn"]
    outcome: list[str] = []

    def second() -> None:
        with admin.sessions.begin() as b:
            user = b.scalar(select(User).where(User.username == username))
            try:
                review_actions.return_for_revision(
                    b, user, b.get(Transcript, tid), "Bitte ergänzen.", utcnow()
                )
                outcome.append("returned")
            except ReviewRefused as exc:
                outcome.append(exc.code)

    with admin.sessions.begin() as a:
        user = a.scalar(select(User).where(User.username == username))
        review_actions.approve(a, user, a.get(Transcript, tid), utcnow())
        other = threading.Thread(target=second)
        other.start()
        other.join(timeout=1.0)
        assert other.is_alive()  # waiting for the first action's lock
    other.join(timeout=10)
    assert outcome == ["not_now"]
    assert _state(admin, tid) == "approved"
    assert (
        admin.scalar(
            "SELECT count(*) FROM transcript_returns WHERE hearing_id ="
            " (SELECT hearing_id FROM transcripts WHERE id=:i)",
            i=tid,
        )
        == 0
    )


def test_the_record_reads_as_words_not_codes(admin, web_service, demo):
    """The walk: a hint's title ran into its text ("Ortskenntnis: Diyarbakır Falls die …"),
    a checklist item settled by one entry said "durch die Einträge 4", and one settled by a
    notice named the notice by its code ("durch den Hinweis s25_3")."""
    supervisor, ids = demo
    payload = json.loads(admin.scalar("SELECT bundle_json FROM transcripts WHERE id=:i", i=ids[0]))
    record = payload["payload"]["assistant_record"]
    client = sign_in(web_service.url, supervisor)
    html = client.get(f"/web/transcripts/{ids[0]}").text
    client.close()
    hint = next(h for h in record["hints"] if "\n" in h["wording"])
    title, body = hint["wording"].split("\n", 1)
    assert f"{title}\n{body}" not in html  # one <p> shows a newline as a space: a run-on line
    assert title in html and body[:40] in html
    settled = [i["settled_by"] for i in record["checklist"] if i.get("settled_by")]
    assert any(s.get("notice") for s in settled)
    assert "s25_3" not in html and "interpreter_understood" not in html
    assert "festgehalten: Hinweis nach § 25 Abs. 3 AsylG" in html
    one = [s["entry_ids"][0] for s in settled if len(s.get("entry_ids") or []) == 1]
    assert one, "the demo has an item settled by a single entry"
    assert f'durch Eintrag <a href="#entry-{one[0]}">' in html
    assert f'durch die Einträge <a href="#entry-{one[0]}">{one[0]}</a></td>' not in html


def test_the_country_of_origin_is_named_in_the_readers_language(admin, web_service, demo):
    """The walk: "Herkunftsland IRQ" where the desktop says "Irak"."""
    supervisor, ids = demo
    code = admin.scalar("SELECT country_of_origin FROM transcripts WHERE id=:i", i=ids[0])
    names = {"IRQ": ("Irak", "Iraq"), "SYR": ("Syrien", "Syria"), "AFG": ("Afghanistan",) * 2}
    names |= {"TUR": ("Türkei", "Türkiye"), "IRN": ("Iran", "Iran")}
    german, english = names[code]
    client = sign_in(web_service.url, supervisor)
    shown = client.get(f"/web/transcripts/{ids[0]}").text
    assert f"<dd>{german} ({code})</dd>" in shown
    client.cookies.set("asa_lang", "en")
    assert f"<dd>{english} ({code})</dd>" in client.get(f"/web/transcripts/{ids[0]}").text
    client.close()
