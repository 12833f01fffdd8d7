"""`asa central demo-transcripts` (issue 12): one command gives a newcomer offices, users,
enrolled devices and sealed transcripts with assistant records to review, sent through the
running service's real upload path into the real PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from app.central.cli import main as central
from app.sync.bundle import verify_bundle
from app.sync.keys import public_key_from_hex
from app.sync.messages import Bundle

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_one_command_fills_the_service_with_signed_reviewable_transcripts(
    admin, service, database_url, service_key_path, capsys
):
    args = ["--database-url", database_url, "--service-key", str(service_key_path)]
    code = central(
        [
            "central",
            "demo-transcripts",
            "--offices",
            "2",
            "--count",
            "6",
            "--url",
            service.url,
            *args,
        ]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    assert "transcripts sent: 6" in out and "Demo-Außenstelle Bonn" in out
    with admin.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT t.bundle_json, t.device_id, d.public_key, o.name FROM transcripts t"
                " JOIN devices d ON d.id = t.device_id JOIN offices o ON o.id = t.office_id"
            )
        ).all()
    assert len(rows) == 6
    countries, offices, open_items, dismissed = set(), set(), set(), set()
    for bundle_json, _device, public_key, office in rows:
        bundle = Bundle.model_validate_json(bundle_json)
        assert verify_bundle(bundle, public_key_from_hex(public_key)) == []  # really signed
        payload = json.loads(bundle_json)["payload"]
        record = payload["assistant_record"]
        countries.add(payload["content"]["case"]["applicant"]["nationality"])
        offices.add(office)
        open_items.add(sum(i["state"] == "open" for i in record["checklist"]))
        dismissed.add(
            sum(
                h["kind"] == "contradiction" and h["outcome"] == "dismissed"
                for h in record["hints"]
            )
        )
        still_open = any(i["state"] == "open" for i in record["checklist"])
        assert (record["open_items_reason"] is not None) == still_open
    assert len(countries) >= 4 and len(offices) == 2
    assert len(open_items) > 1 and dismissed == {0, 1}
    assert admin.scalar("SELECT count(DISTINCT device_id) FROM transcripts") == 4
    # Once more: the offices and users are reused, new devices enrolled, more transcripts.
    assert (
        central(["central", "demo-transcripts", "--count", "1", "--url", service.url, *args]) == 0
    )
    assert admin.scalar("SELECT count(*) FROM transcripts") == 7
    assert admin.scalar("SELECT count(*) FROM offices WHERE name LIKE 'Demo-%'") == 2


def test_a_demo_without_a_service_key_says_what_to_do(database_url, tmp_path, capsys):
    code = central(
        ["central", "demo-transcripts", "--database-url", database_url, "--home", str(tmp_path)]
    )
    assert code == 2
    assert "start the service first" in capsys.readouterr().err
