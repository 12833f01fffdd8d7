"""What `asa profiles check` finds wrong with a profile's database, named so support can act.

The check never writes: the database is opened read-only and is never created or migrated,
so a damaged file stays as it was for whoever looks at it next. Before SQLite sees the file,
every page is checked against its SQLCipher authentication code with the profile's key; that
tells a cut-off file, changed bytes (which pages) and a key that does not belong to the file
(no page authenticates) apart, which SQLite itself reports only as "file is not a database"
or "database disk image is malformed".

SQLCipher 4's page format (the defaults this app uses): 4,096-byte pages, each ending in a
16-byte IV and a 64-byte HMAC-SHA512 over the encrypted bytes, the IV and the page number
(4 bytes, little-endian); page 1 starts with the 16-byte salt, outside the HMAC. The HMAC key
is PBKDF2-HMAC-SHA512 (2 rounds) of the raw key with the salt XOR 0x3a. The -wal file is not
checked page by page; SQLite's checks cover what it adds.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
from dataclasses import dataclass, field
from pathlib import Path

PAGE_SIZE = 4096
_SALT, _IV, _HMAC = 16, 16, 64

# What support can do, by kind of damage (English: the command is for IT and support).
ADVICE = {
    "missing": "Restore the profile folder from a backup. Transcripts that were synced are "
    "safe at the central service.",
    "truncated": "The file was cut short (disk full, an interrupted copy or a failing disk). "
    "Keep a copy of the whole profile folder, then restore it from a backup; transcripts that "
    "were synced are safe at the central service.",
    "pages": "Bytes of the file were changed on disk (a failing disk, or tampering). Keep a "
    "copy of the whole profile folder, check the disk, then restore the folder from a backup; "
    "transcripts that were synced are safe at the central service.",
    "wrong_key": "No page opens with the key in profile.json: profile.json belongs to another "
    "profile or was replaced, or the whole database was overwritten. Put back this profile's "
    "own profile.json from a backup of the same folder (or recover it with the organisation's "
    "recovery key if that wrapping is intact); do not delete the database.",
    "structure": "The encryption is intact but SQLite's own structure is damaged. Keep a copy "
    "of the whole profile folder and restore it from a backup; the database may still be "
    "readable with `sqlcipher` and the key by a specialist.",
    "audit": "The audit trail does not verify: events were changed, inserted or removed. Keep "
    "a copy of the profile folder and report it to the data protection officer.",
}


@dataclass
class Report:
    """Problems found (``where: what``), the kinds of damage, and facts for the ok line."""

    problems: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    cases: int = 0

    def add(self, kind: str, where: object, what: str) -> None:
        self.problems.append(f"{where}: {what}")
        if kind not in self.kinds:
            self.kinds.append(kind)

    @property
    def ok(self) -> bool:
        return not self.problems

    def advice(self) -> list[str]:
        return [ADVICE[kind] for kind in self.kinds]


def check_database(path: Path, key: bytes | bytearray) -> Report:
    report = Report()
    path = Path(path)
    if not path.is_file():
        report.add("missing", path, "the database file is missing")
        return report
    size = path.stat().st_size
    if not size:
        report.add("truncated", path, "the database file is empty (cut to 0 bytes)")
        return report
    if size % PAGE_SIZE:
        report.add(
            "truncated",
            path,
            f"the file is cut short: {size:,} bytes is not a whole number of "
            f"{PAGE_SIZE:,}-byte pages (the last page is incomplete)",
        )
    bad = failing_pages(path, bytes(key))
    pages = size // PAGE_SIZE
    if pages and len(bad) == pages:
        report.add("wrong_key", path, f"none of the {pages} pages opens with this profile's key")
        return report
    # With frames in the -wal file the header may run ahead of the file (a checkpoint cut
    # short is completed at the next open): then SQLite's own checks judge the size.
    wal = path.with_name(path.name + "-wal")
    pending = wal.is_file() and wal.stat().st_size > 0
    expected = 0 if 1 in bad or pending else pages_in_header(path, bytes(key))
    if expected > pages:
        report.add(
            "truncated",
            path,
            f"the file is cut short: the database has {expected} pages, the file holds "
            f"{pages} (pages {pages + 1}-{expected} are missing)",
        )
    for first, last in _ranges(bad):
        which = (
            f"page {first} of {pages} fails"
            if first == last
            else (f"pages {first}-{last} of {pages} fail")
        )
        report.add(
            "pages",
            path,
            f"{which} the authentication check: bytes "
            f"{(first - 1) * PAGE_SIZE:,}-{last * PAGE_SIZE - 1:,} were changed",
        )
    if 1 in bad:
        return report  # without page 1 SQLite cannot read anything
    _sqlite_checks(path, bytes(key), report)
    return report


def failing_pages(path: Path, key: bytes) -> list[int]:
    """Numbers (1-based) of the whole pages whose HMAC does not match under ``key`` (read
    page by page: a large database is never held in memory whole)."""
    bad: list[int] = []
    with open(path, "rb") as fh:
        first = fh.read(PAGE_SIZE)
        if len(first) < PAGE_SIZE:
            return bad
        salt = first[:_SALT]
        hmac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)
        page, number = first, 1
        while len(page) == PAGE_SIZE:
            body = page[_SALT if number == 1 else 0 : PAGE_SIZE - _HMAC]
            expected = hmac.new(hmac_key, body + number.to_bytes(4, "little"), "sha512").digest()
            if not hmac.compare_digest(expected, page[PAGE_SIZE - _HMAC :]):
                bad.append(number)
            page, number = fh.read(PAGE_SIZE), number + 1
    return bad


def pages_in_header(path: Path, key: bytes) -> int:
    """The database size SQLite recorded in page 1 (0 when the header does not vouch for it)."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    with open(path, "rb") as fh:
        page = fh.read(PAGE_SIZE)
    if len(page) < PAGE_SIZE:
        return 0
    iv = page[PAGE_SIZE - _HMAC - _IV : PAGE_SIZE - _HMAC]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(page[_SALT : PAGE_SIZE - _HMAC - _IV]) + decryptor.finalize()
    # Header offsets 24 (change counter), 28 (size in pages), 92 (version-valid-for); the
    # plaintext starts at offset 16, where the salt replaces "SQLite format 3".
    counter, size, valid_for = (int.from_bytes(plain[o - 16 : o - 12], "big") for o in (24, 28, 92))
    return size if counter == valid_for else 0


def _ranges(numbers: list[int]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for n in numbers:
        if ranges and ranges[-1][1] == n - 1:
            ranges[-1] = (ranges[-1][0], n)
        else:
            ranges.append((n, n))
    return ranges


def _sqlite_checks(path: Path, key: bytes, report: Report) -> None:
    import sqlcipher3

    from app.store.audit_log import AuditLog

    try:
        conn = sqlcipher3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlcipher3.Error as exc:
        report.add("structure", path, f"SQLite cannot open the file: {exc}")
        return
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA temp_store = MEMORY")
        steps = (
            ("structure", _integrity),
            ("audit", lambda c: AuditLog(c, "support").verify()),
        )
        for kind, step in steps:
            try:
                for problem in step(conn):
                    report.add(kind, path, problem)
            except sqlcipher3.Error as exc:
                report.add(kind, path, f"SQLite stopped reading: {exc}")
                break  # what follows reads the same damaged file
            except (ValueError, KeyError, TypeError) as exc:  # a damaged row in the trail
                report.add(kind, path, f"an audit event cannot be read ({type(exc).__name__})")
        with contextlib.suppress(sqlcipher3.Error):  # already reported above
            report.cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    finally:
        conn.close()


def _integrity(conn) -> list[str]:
    problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    problems += [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    return problems
