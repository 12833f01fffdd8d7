"""Rule packs taken only as a whole, signed, fresh snapshot (The Update Framework's idea, on
the publisher's Ed25519 keys; docs/deployment.md, "Updates").

Each pack is signed on its own (``app.sync.packs``), which stops a forged or an older pack.
It does not stop three attacks on the *set* of packs a laptop holds:

- **rollback** of the set: an old, genuinely signed snapshot offered again;
- **freeze**: a mirror or a man in the middle withholds new updates and keeps serving the
  last ones, so a laptop works for months under superseded guidelines without noticing;
- **mix-and-match**: packs from different publications combined into a set the publisher
  never released (Iraq's pack of March with Syria's of January).

So the publisher also signs a snapshot: a number that only grows, an expiry, and the exact
version and SHA-256 of every pack in force. The client takes packs only through a snapshot
that verifies, is not older than the one it holds, and has not expired, and takes all of the
snapshot's packs or none. Not yet wired into sync and publishing (see the guide).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.domain.clock import parse_instant, utcnow
from app.sync.keys import key_id, sign_hex
from app.sync.messages import Message, PackEnvelope, Signed, signed_bytes
from app.sync.packs import PackRefused, require_publisher_signature, verify_pack

SNAPSHOT_FORMAT = "asa-pack-snapshot/1"
DEFAULT_VALIDITY = timedelta(days=30)  # a laptop offline longer must sync before new packs


class SnapshotEntry(Signed):
    version: str
    sha256: str


class SnapshotPayload(Signed):
    format: str = SNAPSHOT_FORMAT
    number: int  # grows with every snapshot the publisher signs
    published_at: str
    expires: str
    packs: dict[str, SnapshotEntry]  # pack id -> the version in force and its checksum


class SnapshotEnvelope(Message):
    payload: SnapshotPayload
    signature: str
    publisher_key_id: str


def sign_snapshot(
    packs: list[PackEnvelope],
    number: int,
    publisher_key: Ed25519PrivateKey,
    *,
    now: datetime | None = None,
    valid_for: timedelta = DEFAULT_VALIDITY,
) -> SnapshotEnvelope:
    now = now or utcnow()
    payload = SnapshotPayload(
        number=number,
        published_at=now.isoformat(timespec="seconds"),
        expires=(now + valid_for).isoformat(timespec="seconds"),
        packs={
            e.payload.pack_id: SnapshotEntry(version=e.payload.version, sha256=e.payload.sha256)
            for e in packs
        },
    )
    return SnapshotEnvelope(
        payload=payload,
        signature=sign_hex(publisher_key, signed_bytes(payload)),
        publisher_key_id=key_id(publisher_key),
    )


def verify_snapshot(
    snapshot: SnapshotEnvelope,
    publisher_keys: list[Ed25519PublicKey],
    installed_number: int | None,
    now: datetime | None = None,
) -> SnapshotPayload:
    """The snapshot when it is genuine, not older than the installed one and not expired."""
    p = snapshot.payload
    name = f"rule-pack snapshot {p.number}"
    if p.format != SNAPSHOT_FORMAT:
        raise PackRefused(f"{name}: unknown snapshot format {p.format!r}")
    require_publisher_signature(name, p, snapshot.signature, publisher_keys)
    if installed_number is not None and p.number < installed_number:
        raise PackRefused(
            f"{name}: older than the installed snapshot {installed_number} (refused rollback)"
        )
    try:
        expires = parse_instant(p.expires)
    except ValueError:
        raise PackRefused(f"{name}: the expiry {p.expires!r} is not a date and time") from None
    if expires <= (now or utcnow()):
        raise PackRefused(
            f"{name}: expired on {p.expires}; updates may be withheld from this laptop "
            "(refused freeze). Sync with the central service, or ask IT."
        )
    return p


def packs_to_install(
    snapshot: SnapshotEnvelope,
    offered: list[PackEnvelope],
    publisher_keys: list[Ed25519PublicKey],
    installed: dict[str, str],
    installed_number: int | None,
    now: datetime | None = None,
) -> dict[str, bytes]:
    """{pack id: content} of every pack to install from this snapshot — all of them, or
    PackRefused and none. ``installed`` maps pack id to the version installed now."""
    p = verify_snapshot(snapshot, publisher_keys, installed_number, now)
    by_id: dict[str, PackEnvelope] = {}
    for envelope in offered:
        pack = envelope.payload
        listed = p.packs.get(pack.pack_id)
        if listed is None or (listed.version, listed.sha256) != (pack.version, pack.sha256):
            raise PackRefused(
                f"rule pack {pack.pack_id} {pack.version} is not the one snapshot {p.number} "
                "lists (refused mix-and-match); no pack of this update was installed"
            )
        by_id[pack.pack_id] = envelope
    contents: dict[str, bytes] = {}
    for pack_id, listed in sorted(p.packs.items()):
        if pack_id not in by_id:
            if installed.get(pack_id) == listed.version:
                continue  # already in force
            raise PackRefused(
                f"snapshot {p.number} lists rule pack {pack_id} {listed.version}, which was "
                "not sent; no pack of this update was installed (a snapshot is taken whole)"
            )
        envelope = by_id[pack_id]
        content = verify_pack(envelope, publisher_keys, installed.get(pack_id))
        if hashlib.sha256(content).hexdigest() != listed.sha256:  # verify_pack checked it too
            raise PackRefused(f"rule pack {pack_id}: content differs from the snapshot")
        contents[pack_id] = content
    return contents
