"""Quality ratings (issue 12.7) on the real service and PostgreSQL, with transcripts synced
by real devices: the form, its errors, changes kept with who and when, the summaries per
office and per interviewer over a period, and their CSV export."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

import pytest

from app.central.models import RATING_AREAS
from app.central.repository.downsync import return_for_revision
from app.central.web.csv_cells import csv_text
from app.domain.clock import utcnow
from app.sync.runner import run_sync
from tests.central.web.conftest import create_supervisor, csrf_of, execute, sign_in
from tests.central.web.test_access import offices_id

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def all_correct(**changes: tuple[str, str]) -> dict[str, str]:
    form = {}
    for area in RATING_AREAS:
        value, reason = changes.get(area, ("correct", ""))
        form[f"{area}-value"], form[f"{area}-reason"] = value, reason
    return form


def rate(client, transcript: int, form: dict[str, str]):
    page = client.get(f"/web/transcripts/{transcript}/rating")
    assert page.status_code == 200
    return client.post(
        f"/web/transcripts/{transcript}/rating", data={**form, "csrf_token": csrf_of(page.text)}
    )


def test_a_rating_is_saved_and_each_change_kept_with_who_and_when(web_service, offices, admin):
    transcript = offices.transcripts["Bonn"][0]
    client = sign_in(web_service.url, offices.supervisors["Bonn"])
    client.cookies.set("asa_lang", "en", path="/web")
    first = all_correct(credibility=("minor", "Contradiction on the date not put."))
    response = rate(client, transcript, first)
    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    assert "Saved: 7 areas changed." in page
    assert 'id="credibility-minor" name="credibility-value" value="minor" checked' in page
    assert "Contradiction on the date not put." in page

    changed = all_correct(
        credibility=("significant", "Two contradictions never put to the applicant."),
        record=("not_applicable", ""),
    )
    page = client.get(rate(client, transcript, changed).headers["location"]).text
    assert "Saved: 2 areas changed." in page
    assert 'id="credibility-significant" name="credibility-value" value="significant" checked' in (
        page
    )
    # The history: the first rating and the change, who and what it was before.
    history = page.split("Changes of the rating")[1]
    assert history.count("<td>Credibility: contradictions put to the applicant</td>") == 2
    assert "<td>Significant error</td>\n      <td>Minor error</td>" in history
    supervisor_name = offices.supervisors["Bonn"].title()
    assert supervisor_name in history

    # Saving the same again changes nothing and records nothing.
    page = client.get(rate(client, transcript, changed).headers["location"]).text
    assert "Saved: nothing had changed." in page

    rows = admin.scalar(
        "SELECT string_agg(area || '=' || value, ',' ORDER BY area) FROM quality_ratings "
        "WHERE transcript_id = :t",
        t=transcript,
    )
    assert "credibility=significant" in rows and "record=not_applicable" in rows
    assert rows.count("=correct") == 5
    events = admin.scalar(
        "SELECT json_agg(json_build_object('action', e.action, 'user', u.username, "
        "'details', e.details_json, 'at', e.at) ORDER BY e.id) FROM review_events e "
        "JOIN users u ON u.id = e.user_id WHERE e.transcript_id = :t",
        t=transcript,
    )
    actions = [(e["action"], e["user"]) for e in events]
    who = offices.supervisors["Bonn"]
    assert actions == [("rated", who)] * 7 + [("rating_changed", who)] * 2
    # The review page's history: one row per save, in words.
    history = client.get(f"/web/transcripts/{transcript}").text.split('id="review-events"')[1]
    assert history.count("<td>quality rated (7 areas)</td>") == 1
    assert history.count("<td>quality rating changed (2 areas)</td>") == 1
    assert "<td>rated</td>" not in history and "rating_changed" not in history
    change = json.loads(events[7]["details"])
    assert change["previous_value"] == "minor" and change["value"] == "significant"
    assert all(e["at"] for e in events)
    client.close()


def test_problems_are_named_per_field_and_nothing_is_saved(web_service, offices, admin):
    transcript = offices.transcripts["Bonn"][1]
    client = sign_in(web_service.url, offices.supervisors["Bonn"])
    form = all_correct(substance=("minor", "   "), closing=("excellent", ""))
    del form["opening-value"]
    form["record-reason"] = "x" * 1001
    response = rate(client, transcript, form)
    assert response.status_code == 400
    page = response.text
    assert "Die Bewertung wurde nicht gespeichert" in page
    for field_id, message in (
        ("opening-correct", "Eröffnung: Wählen Sie eine Bewertung."),
        ("substance-reason", "Sachverhalt: wesentliche Tatsachen: Geben Sie für einen"),
        ("closing-correct", "Abschluss: Wählen Sie eine der vier Bewertungen."),
        ("record-reason", "Niederschrift: Die Begründung ist länger als 1000 Zeichen."),
    ):
        assert f'<a href="#{field_id}">{message}' in page
    # Each field carries its message; what was entered stays.
    assert 'aria-invalid="true" aria-describedby="substance-problem"' in page
    assert 'id="substance-minor" name="substance-value" value="minor" checked' in page
    assert 'id="preparation-correct" name="preparation-value" value="correct" checked' in page
    count = admin.scalar(
        "SELECT count(*) FROM quality_ratings WHERE transcript_id = :t", t=transcript
    )
    assert count == 0
    client.close()


def test_a_rating_without_the_forms_token_is_refused(web_service, offices, admin):
    transcript = offices.transcripts["Bonn"][2]
    client = sign_in(web_service.url, offices.supervisors["Bonn"])
    response = client.post(f"/web/transcripts/{transcript}/rating", data=all_correct())
    assert response.status_code == 403
    count = admin.scalar(
        "SELECT count(*) FROM quality_ratings WHERE transcript_id = :t", t=transcript
    )
    assert count == 0
    client.close()


def test_another_offices_transcript_cannot_be_rated(web_service, offices, admin):
    client = sign_in(web_service.url, offices.supervisors["Bonn"])
    csrf = csrf_of(client.get("/web/ratings").text)
    for foreign in offices.transcripts["Köln"]:
        before = admin.scalar(
            "SELECT count(*) FROM quality_ratings WHERE transcript_id = :t", t=foreign
        )
        response = client.post(
            f"/web/transcripts/{foreign}/rating",
            data={**all_correct(record=("minor", "Bonn-was-here")), "csrf_token": csrf},
        )
        assert response.status_code == 404
        assert (
            admin.scalar("SELECT count(*) FROM quality_ratings WHERE transcript_id = :t", t=foreign)
            == before
        )
    assert (
        admin.scalar("SELECT count(*) FROM review_events WHERE details_json LIKE '%Bonn-was%'") == 0
    )
    client.close()


def _table_row(page: str, label: str) -> list[str]:
    row = page.split(f'<th scope="row">{label}</th>', 1)[1].split("</tr>", 1)[0]
    return [cell.split(">", 1)[1] for cell in row.split("</td>")[:-1]]


def test_summaries_per_office_and_interviewer_over_a_period(web_service, offices, admin):
    bonn, koeln = offices.transcripts["Bonn"], offices.transcripts["Köln"]
    bonn_client = sign_in(web_service.url, offices.supervisors["Bonn"])
    bonn_client.cookies.set("asa_lang", "en", path="/web")
    for transcript in bonn[1:]:
        assert (
            rate(
                bonn_client, transcript, all_correct(opening=("minor", "Rights brief."))
            ).status_code
            == 303
        )
    koeln_client = sign_in(web_service.url, offices.supervisors["Köln"])
    rate(koeln_client, koeln[0], all_correct(substance=("significant", "Flight route not asked.")))

    hearing = admin.scalar("SELECT hearing_date FROM transcripts WHERE id = :t", t=bonn[1])
    assert hearing, "the bundle's hearing date reached the service"
    day = date.fromisoformat(hearing)
    around = {"date_from": str(day - timedelta(days=1)), "date_to": str(day + timedelta(days=1))}

    # A supervisor of both offices sees both, per office.
    both = "sboth" + offices.supervisors["Bonn"]
    create_supervisor(admin, both, "Bonn")
    execute(
        admin,
        "INSERT INTO user_offices (user_id, office_id) SELECT u.id, o.id FROM users u, offices o "
        "WHERE u.username = :u AND o.name = 'Köln'",
        u=both,
    )
    client = sign_in(web_service.url, both)
    client.cookies.set("asa_lang", "en", path="/web")
    page = client.get("/web/ratings", params={"by": "office", **around}).text
    # Bonn: whatever test_a_rating... left on transcript 0, plus the two rated here.
    bonn_row = _table_row(page, "Bonn")
    assert int(bonn_row[0]) >= 2 and int(bonn_row[2]) >= 2  # versions, minor errors
    assert _table_row(page, "Köln")[:5] == ["1", "6", "0", "1", "0"]
    assert '<svg role="img" aria-labelledby="chart-title chart-desc"' in page
    assert "<title>Significant error: 1</title>" in page
    areas = page.split("Ratings per area")[1]
    assert int(_table_row(areas, "Substance: material facts")[2]) >= 1

    # The period excludes hearings outside it.
    before = {"date_from": str(day - timedelta(days=30)), "date_to": str(day - timedelta(days=1))}
    page = client.get("/web/ratings", params=before).text
    assert "No ratings of hearings in this period." in page

    # Per interviewer: each interviewer with their office.
    page = client.get("/web/ratings", params={"by": "interviewer", **around}).text
    koeln_interviewer = admin.scalar(
        "SELECT display_name FROM users u JOIN transcripts t ON t.user_id = u.id WHERE t.id = :t",
        t=koeln[0],
    )
    assert _table_row(page, koeln_interviewer)[:3] == ["Köln", "1", "6"]

    # The Bonn supervisor sees Bonn only, and asking for Köln by its id is "not found".
    page = bonn_client.get("/web/ratings", params=around).text
    assert '<th scope="row">Bonn</th>' in page and "Köln" not in page.split("<table")[1]
    koeln_id = offices_id(web_service, offices, "Köln")
    for path in ("/web/ratings", "/web/ratings.csv"):
        response = bonn_client.get(path, params={"office": koeln_id})
        assert response.status_code == 404
        assert "Flight route" not in response.text and "Köln" not in response.text.split("<main")[1]

    # A bad period is named.
    response = client.get("/web/ratings", params={"date_from": "last week"})
    assert response.status_code == 400
    assert "Hearing from: not a date (YYYY-MM-DD)." in response.text
    response = client.get(
        "/web/ratings", params={"date_from": "2026-05-02", "date_to": "2026-05-01"}
    )
    assert response.status_code == 400 and "before the start of the period" in response.text
    for c in (client, bonn_client, koeln_client):
        c.close()


def test_the_summary_as_csv_neutralises_formulas(web_service, offices, admin):
    koeln = offices.transcripts["Köln"]
    client = sign_in(web_service.url, offices.supervisors["Köln"])
    rate(client, koeln[1], all_correct(closing=("minor", "No question about additions.")))
    execute(
        admin,
        "UPDATE users SET display_name = :n WHERE id = (SELECT user_id FROM transcripts "
        "WHERE id = :t)",
        n='=HYPERLINK("http://evil.example","x")',
        t=koeln[1],
    )
    response = client.get("/web/ratings.csv", params={"by": "interviewer"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["Anhörer/in", "Außenstelle", "Bereich", "Bewertete Versionen"]
    ours = [row for row in rows[1:] if row[1] == "Köln"]
    assert ours and all(row[0] == '\'=HYPERLINK("http://evil.example","x")' for row in ours)
    everything = next(row for row in ours if row[2] == "Alle Bereiche")
    versions = admin.scalar(
        "SELECT count(DISTINCT r.transcript_id) FROM quality_ratings r "
        "JOIN transcripts t ON t.id = r.transcript_id JOIN offices o ON o.id = t.office_id "
        "WHERE o.name = 'Köln'"
    )
    assert everything[3] == str(versions) and int(everything[5]) >= 1
    closing = next(row for row in ours if row[2] == "Abschluss")
    assert closing[5] == "1"
    client.close()


def test_every_rating_with_its_reason_as_csv(web_service, offices, admin):
    bonn = offices.transcripts["Bonn"][2]
    client = sign_in(web_service.url, offices.supervisors["Bonn"])
    client.cookies.set("asa_lang", "en", path="/web")
    reason = '=cmd|" /C calc"!A0, then "quoted"'
    assert rate(client, bonn, all_correct(record=("minor", reason))).status_code == 303
    response = client.get("/web/ratings/details.csv")
    assert response.status_code == 200
    assert response.headers["content-disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == [
        "Office",
        "Interviewer",
        "Reference",
        "Version",
        "Hearing date",
        "Area",
        "Rating",
        "Reason",
        "Rated by",
        "Rated at",
    ]
    ours = [row for row in rows[1:] if row[2] == offices.references["Bonn"][2]]
    assert [row[5] for row in ours][:2] == ["Preparation", "Opening"]  # the form's order
    record = next(row for row in ours if row[5] == "Record")
    assert record[6] == "Minor error" and record[7] == "'" + reason
    assert record[8] == offices.supervisors["Bonn"].title() and record[3] == "1"
    assert all(row[0] == "Bonn" for row in rows[1:])  # never another office's
    client.close()


def test_csv_cells_are_quoted_and_never_formulas():
    text = csv_text(
        [["=1+2", "+SUM(A1)", "-3", "@cmd", "\tx", "a,b", 'say "hi"', "two\nlines", 7, "ok"]]
    )
    assert text.startswith("\ufeff")
    (row,) = list(csv.reader(io.StringIO(text[1:])))
    assert row == [
        "'=1+2",
        "'+SUM(A1)",
        "'-3",
        "'@cmd",
        "'\tx",
        "a,b",
        'say "hi"',
        "two\nlines",
        "7",
        "ok",
    ]


def test_each_version_of_a_resent_transcript_is_rated_on_its_own(web_service, offices, admin):
    """Last in this module: it adds a version 2 to Köln."""
    source, device_client = offices.devices["Köln"]
    first = offices.transcripts["Köln"][0]
    hearing = admin.scalar("SELECT hearing_id FROM transcripts WHERE id = :t", t=first)
    client = sign_in(web_service.url, offices.supervisors["Köln"])
    client.cookies.set("asa_lang", "en", path="/web")
    rate(client, first, all_correct(substance=("significant", "Flight route not asked.")))
    with admin.sessions.begin() as s:
        return_for_revision(s, hearing, 1, [], "sv", utcnow())
    run_sync(source, device_client)
    source.reseal(hearing, "The route went through Turkey.")
    assert run_sync(source, device_client).sent == 1
    second = admin.scalar(
        "SELECT id FROM transcripts WHERE hearing_id = :h AND seal_version = 2", h=hearing
    )
    page = client.get(f"/web/transcripts/{second}/rating").text
    assert "version 2" in page and "Not rated yet." in page and " checked" not in page
    rate(client, second, all_correct())
    page = client.get(f"/web/transcripts/{first}/rating").text
    assert 'id="substance-significant" name="substance-value" value="significant" checked' in page
    page = client.get(f"/web/transcripts/{second}/rating").text
    assert 'id="substance-correct" name="substance-value" value="correct" checked' in page
    client.close()
