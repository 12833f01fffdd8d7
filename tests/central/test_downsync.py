"""Assignments, returns for revision (answered by a new seal version) and signed rule packs."""

from __future__ import annotations

import pytest

from app.central.cli import main as central
from app.central.repository.downsync import assign_case, return_for_revision
from app.domain.clock import utcnow
from app.sync.keys import generate_private_key, write_private_key
from app.sync.messages import PackEnvelope
from app.sync.packs import PackRefused, sign_pack, verify_pack
from app.sync.runner import run_sync

pytestmark = pytest.mark.postgres

CASE = {
    "id": "c0ffee00-0000-4000-8000-000000000001",
    "reference": "7654321-438",
    "applicant": {"family_name": "Hamad", "given_names": "Karwan", "nationality": "IRQ"},
    "case_file": {"children_count": 2, "departure_date": "2023-05-01"},
}


def test_assignments_and_returns_come_down_and_a_new_version_resolves_the_return(enrolled, admin):
    source, client = enrolled
    user = source.state["device"]["enrolment"]["user"]
    with admin.sessions.begin() as s:
        assign_case(s, user, CASE, "before the field trip", "admin", utcnow())
    transcript = source.seal_new()
    assert run_sync(source, client).assignments == 1
    assert source.state["assignments"][CASE["id"]]["case"]["case_file"]["children_count"] == 2
    with admin.sessions.begin() as s:
        return_for_revision(
            s,
            transcript.hearing_id,
            1,
            [
                {
                    "entry_number": 2,
                    "text": "Ask when exactly the attack was.",
                    "author": "sv",
                    "at": "2024-03-01T10:00:00+00:00",
                }
            ],
            "sv",
            utcnow(),
        )
    report = run_sync(source, client)
    assert report.returns == 1
    (returned,) = source.state["returns"].values()
    assert returned["hearing_id"] == transcript.hearing_id
    assert returned["comments"][0]["text"].startswith("Ask when")
    source.reseal(transcript.hearing_id, "The attack was in August 2014, in Ankawa.")
    report = run_sync(source, client)
    assert report.sent == 1 and report.returns == 0  # answered by version 2
    assert admin.copies(transcript.hearing_id, 2) == 1
    assert admin.copies(transcript.hearing_id, 1) == 1


def test_signed_packs_are_verified_and_rollbacks_or_tampering_refused(
    enrolled, database_url, tmp_path, capsys
):
    source, client = enrolled
    publisher = generate_private_key()
    key_file = tmp_path / "publisher.pem"
    write_private_key(key_file, publisher)
    pack = tmp_path / "irq.yaml"
    pack.write_text("id: irq\nversion: '2024.3'\nplaces: [Erbil, Arbil, Hewlêr]\n")
    assert (
        central(
            [
                "central",
                "publish-pack",
                str(pack),
                "--key",
                str(key_file),
                "--database-url",
                database_url,
            ]
        )
        == 0
    )
    report = run_sync(source, client, publisher_keys=[publisher.public_key()])
    assert report.packs_installed == ["irq 2024.3"]
    assert "Hewlêr" in source.state["packs"]["irq"]["2024.3"]
    # Publishing an older version is refused at the service already.
    older = tmp_path / "old.yaml"
    older.write_text("id: irq\nversion: '2023.9'\n")
    assert (
        central(
            [
                "central",
                "publish-pack",
                str(older),
                "--key",
                str(key_file),
                "--database-url",
                database_url,
            ]
        )
        == 2
    )
    assert "not newer" in capsys.readouterr().err
    # A newer one, signed by a key deployment does not trust: refused on the device.
    stranger = tmp_path / "stranger.pem"
    write_private_key(stranger, generate_private_key())
    pack.write_text("id: irq\nversion: '2024.4'\n")
    assert (
        central(
            [
                "central",
                "publish-pack",
                str(pack),
                "--key",
                str(stranger),
                "--database-url",
                database_url,
            ]
        )
        == 0
    )
    report = run_sync(source, client, publisher_keys=[publisher.public_key()])
    assert report.packs_installed == [] and "publisher key" in report.packs_refused[0]
    assert list(source.state["packs"]["irq"]) == ["2024.3"]  # the old one still there


def test_pack_verification_refuses_tampering_and_rollback():
    publisher = generate_private_key()
    envelope = sign_pack("syr", "2024.10", "syr.yaml", b"id: syr\n", publisher)
    keys = [publisher.public_key()]
    assert verify_pack(envelope, keys, installed_version="2024.9") == b"id: syr\n"
    with pytest.raises(PackRefused, match="not newer"):
        verify_pack(envelope, keys, installed_version="2024.10")
    data = envelope.model_dump()
    data["payload"]["version"] = "2099.1"
    with pytest.raises(PackRefused, match="signature"):
        verify_pack(PackEnvelope.model_validate(data), keys)
