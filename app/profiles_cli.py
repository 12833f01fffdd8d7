"""`asa profiles ...`: list interviewer profiles and check one for support.

`check` asks for the passphrase (never takes it as an argument: it would land in the shell
history) and runs SQLite's and SQLCipher's integrity checks and the audit-chain verification.
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
    profiles = _manager(args).list()
    if not profiles:
        print("no profiles")
    for p in profiles:
        print(f"{p.id}  {p.name}  (created {p.created_at})  {p.folder}")
    return 0


def _check(args) -> int:
    from app.store import ProfileError, Store, TooManyAttempts, WrongPassphrase
    from app.store.connection import StoreOpenError

    manager = _manager(args)
    matches = [p for p in manager.list() if args.name in (p.id, p.name)]
    if not matches:
        print(f"asa: no profile named {args.name!r}", file=sys.stderr)
        return 2
    profile = matches[0]
    if args.passphrase_stdin:
        passphrase = sys.stdin.readline().rstrip("\n")
    else:
        passphrase = getpass.getpass(f"Passphrase for {profile.name}: ")
    try:
        key = manager.unlock(profile, passphrase)
        store = Store.open(str(profile.database), key, "support")
    except WrongPassphrase:
        print("asa: wrong passphrase; nothing was changed", file=sys.stderr)
        return 1
    except (TooManyAttempts, ProfileError, StoreOpenError) as exc:
        print(f"asa: {exc}", file=sys.stderr)
        return 1
    try:
        problems = store.integrity_problems() + store.audit.verify()
        cases = len(store.cases.all())
    finally:
        store.close()
    for problem in problems:
        print(f"{profile.database}: {problem}")
    if problems:
        return 1
    print(f"{profile.name}: ok ({cases} cases; database and audit trail intact)")
    return 0
