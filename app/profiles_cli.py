"""`asa profiles ...`: list interviewer profiles and check one for support.

`list` names damaged profiles too (a profile.json that cannot be read), with what support can
do. `check` asks for the passphrase (never takes it as an argument: it would land in the shell
history), then checks the database read-only (app/store/health.py): every page against its
authentication code, SQLite's and SQLCipher's integrity checks, the audit chain. Damage is
named (which file, which pages, what it means) with what support can do; never a traceback.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser("profiles", help="list and check interviewer profiles")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the profiles in the profile folder")
    listing.set_defaults(handler=_list)
    check = actions.add_parser("check", help="integrity of a profile's database and audit trail")
    check.add_argument("name", help="profile name or id")
    check.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from standard input (for scripts)",
    )
    check.set_defaults(handler=_check)


def _manager(args):
    from app.store.profiles import ProfileManager

    return ProfileManager(Path(args.profile_dir) if args.profile_dir else None)


def _list(args) -> int:
    manager = _manager(args)
    profiles, damaged = manager.list(), manager.damaged()
    if not profiles and not damaged:
        print("no profiles")
    for p in profiles:
        print(f"{p.id}  {p.name}  (created {p.created_at})  {p.folder}")
    for d in damaged:
        print(f"DAMAGED  {d.folder.name}  {d.meta_path}: {d.problem}")
        print(f"  What support can do: {d.advice}")
    return 1 if damaged else 0


def _check(args) -> int:
    from app.store import ProfileError, TooManyAttempts, WrongPassphrase
    from app.store.health import check_database

    manager = _manager(args)
    matches = [p for p in manager.list() if args.name in (p.id, p.name)]
    if not matches:
        return _check_damaged(manager, args.name)
    profile = matches[0]
    if args.passphrase_stdin:
        passphrase = sys.stdin.readline().rstrip("\n")
    else:
        passphrase = getpass.getpass(f"Passphrase for {profile.name}: ")
    try:
        key = manager.unlock(profile, passphrase)
    except WrongPassphrase:
        print("asa: wrong passphrase; nothing was changed", file=sys.stderr)
        return 1
    except (TooManyAttempts, ProfileError) as exc:
        print(f"asa: {exc}", file=sys.stderr)
        return 1
    try:
        report = check_database(profile.database, key)
    finally:
        from app.store.keys import wipe

        wipe(key)
    for problem in report.problems:
        print(problem)
    print(_recovery_state(profile.folder))
    if not report.ok:
        _print_advice(report.advice())
        return 1
    print(f"{profile.name}: ok ({report.cases} cases; database and audit trail intact)")
    return 0


def _recovery_state(folder: Path) -> str:
    """Whether IT could recover this profile with the organisation's key (for support)."""
    from app.store.recovery import RecoveryError, read_wrapping

    try:
        wrapping = read_wrapping(folder)
    except RecoveryError as exc:
        return f"recovery: not possible, {exc} (it is rewritten at the next unlock)"
    if wrapping is None:
        return "recovery: not possible, no recovery wrapping (no recovery key is configured)"
    return f"recovery: possible with the organisation's recovery key {wrapping.recipient}"


def _check_damaged(manager, name: str) -> int:
    damaged = [d for d in manager.damaged() if name in (d.folder.name, str(d.folder))]
    if not damaged:
        print(f"asa: no profile named {name!r}", file=sys.stderr)
        return 2
    print(f"{damaged[0].meta_path}: {damaged[0].problem}")
    _print_advice([damaged[0].advice])
    return 1


def _print_advice(lines: list[str]) -> None:
    print("What support can do:")
    for line in lines:
        print(f"- {line}")
