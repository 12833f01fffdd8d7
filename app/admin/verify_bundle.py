"""`asa admin verify-bundle`: is this release what the organisation's build signed?

A release folder holds the archives, ``SHA256SUMS`` (one ``<sha256>  <file name>`` line each,
as `sha256sum` writes it) and ``SHA256SUMS.minisig``, a detached minisign signature of it.
Debian's `minisign -Vm SHA256SUMS -p KEY.pub` followed by `sha256sum -c SHA256SUMS` checks the
same, with standard tools; this command needs neither (py-minisign, pure Python).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

CHECKSUMS = "SHA256SUMS"
SIGNATURE = CHECKSUMS + ".minisig"
_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")


class BundleRefused(Exception):
    """The release is not to be trusted; the message says which file and why."""


@dataclass(frozen=True)
class VerifiedRelease:
    key_id: str
    trusted_comment: str
    files: tuple[str, ...]  # the files whose SHA-256 was checked


def key_id_text(key_id: bytes) -> str:
    """A key id as `minisign` prints it (hex of the little-endian number)."""
    return key_id[::-1].hex().upper()


def load_public_key(path: Path):
    import minisign

    try:
        return minisign.PublicKey.from_bytes(Path(path).read_bytes())
    except OSError as exc:
        raise BundleRefused(f"{path}: cannot read the public key ({exc.strerror})") from None
    except (minisign.Error, ValueError) as exc:
        raise BundleRefused(f"{path}: not a minisign public key ({exc})") from None


def verify_release(target: Path, public_key_path: Path) -> VerifiedRelease:
    """Check the signature of SHA256SUMS, then the SHA-256 of the files it lists.

    ``target`` is the release folder (every listed file must be there) or one archive in it
    (only that one is checked; it must be listed).
    """
    import minisign

    target = Path(target)
    folder, only = (target, None) if target.is_dir() else (target.parent, target.name)
    if only is not None and not target.exists():
        raise BundleRefused(f"{target}: no such file")
    public_key = load_public_key(public_key_path)
    sums_path, sig_path = folder / CHECKSUMS, folder / SIGNATURE
    for path in (sums_path, sig_path):
        if not path.is_file():
            raise BundleRefused(f"{path}: missing; a release has {CHECKSUMS} and {SIGNATURE}")
    sums = sums_path.read_bytes()
    try:
        signature = minisign.Signature.from_bytes(sig_path.read_bytes())
    except (minisign.Error, ValueError) as exc:
        raise BundleRefused(f"{sig_path}: not a minisign signature ({exc})") from None
    expected_id = public_key._keynum_pk.key_id  # py-minisign exposes no public accessor
    if signature._key_id != expected_id:
        raise BundleRefused(
            f"{sig_path}: signed by key {key_id_text(signature._key_id)}, not by the trusted "
            f"key {key_id_text(expected_id)} ({public_key_path})"
        )
    try:
        public_key.verify(sums, signature)
    except minisign.VerifyError:
        raise BundleRefused(
            f"{sums_path}: the signature does not match: {CHECKSUMS} or {SIGNATURE} was changed "
            "after signing. Do not install this release."
        ) from None
    listed = _parse_sums(sums_path, sums)
    if only is not None and only not in listed:
        raise BundleRefused(f"{target}: not listed in {CHECKSUMS}, so not covered by the signature")
    checked = []
    for name, digest in listed.items():
        if only is not None and name != only:
            continue
        path = folder / name
        if not path.is_file():
            raise BundleRefused(f"{path}: listed in {CHECKSUMS} but missing")
        if _sha256(path) != digest:
            raise BundleRefused(
                f"{path}: its SHA-256 differs from the signed {CHECKSUMS}: the file was changed "
                "or damaged. Do not install it."
            )
        checked.append(name)
    return VerifiedRelease(key_id_text(expected_id), signature.trusted_comment, tuple(checked))


def _parse_sums(path: Path, data: bytes) -> dict[str, str]:
    listed: dict[str, str] = {}
    for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), start=1):
        if not line.strip():
            continue
        match = _LINE.match(line)
        name = match.group(2) if match else ""
        if not match or "/" in name or "\\" in name or name.startswith("."):
            raise BundleRefused(f"{path}:{number}: not a '<sha256>  <file name>' line")
        listed[name] = match.group(1)
    if not listed:
        raise BundleRefused(f"{path}: lists no files")
    return listed


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def register(actions) -> None:
    parser = actions.add_parser(
        "verify-bundle",
        help="check a release's signature and checksums before installing it",
        description="Check SHA256SUMS.minisig against the organisation's public key, then the "
        "SHA-256 of the archive(s). Exit code 0: trusted; 1: refused.",
    )
    parser.add_argument("release", help="the release folder, or one archive in it")
    parser.add_argument(
        "--public-key",
        required=True,
        help="the organisation's minisign public key file (e.g. asa-release.pub)",
    )
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    try:
        result = verify_release(Path(args.release), Path(args.public_key))
    except BundleRefused as exc:
        print(f"asa: refused: {exc}", file=sys.stderr)
        return 1
    print(f"signature ok: key {result.key_id}, {result.trusted_comment}")
    for name in result.files:
        print(f"checksum ok: {name}")
    return 0
