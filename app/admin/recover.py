"""`asa admin recover` and `asa admin recovery-keygen`: a lost passphrase without lost data.

IT makes one recovery key pair for the organisation (``recovery-keygen``), keeps the private
key offline and puts the public key in the deployment file (``recovery_public_key``); every
profile's database key is then also wrapped for it (app/store/recovery.py). When an
interviewer has lost the passphrase, IT runs ``recover`` on the laptop with the private key:
the interviewer types a new passphrase, the database stays as it was, and the profile's audit
trail records ``profile.recovered`` with the recovery key's id. Passphrases are typed (or
read from standard input for scripts), never taken as arguments.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path


def register(actions) -> None:
    recover = actions.add_parser(
        "recover", help="set a new passphrase for a profile with the organisation's recovery key"
    )
    recover.add_argument("profile", help="profile name or id, or its folder (also if damaged)")
    recover.add_argument(
        "--recovery-key", required=True, type=Path, help="the recovery private key (PEM file)"
    )
    recover.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read from standard input: the key file's passphrase (if it has one), then the new "
        "passphrase",
    )
    recover.set_defaults(handler=recover_command)
    keygen = actions.add_parser(
        "recovery-keygen", help="make the organisation's recovery key pair (once, offline)"
    )
    keygen.add_argument("--out", required=True, type=Path, help="where to write the private key")
    keygen.add_argument(
        "--no-passphrase", action="store_true", help="do not protect the key file (tests only)"
    )
    keygen.add_argument(
        "--passphrase-stdin", action="store_true", help="read the key file's passphrase from stdin"
    )
    keygen.set_defaults(handler=keygen_command)


def _secret(args, prompt: str, repeat: bool = False) -> str:
    if args.passphrase_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(prompt)
    if repeat and getpass.getpass("Repeat: ") != first:
        raise ValueError("the two entries differ")
    return first


def recover_command(args) -> int:
    from app.store import ProfileError, Store
    from app.store.keys import wipe
    from app.store.profiles import ProfileManager
    from app.store.recovery import (
        RECOVERED,
        RecoveryError,
        is_encrypted_pem,
        key_id,
        load_private_key,
    )

    manager = ProfileManager(Path(args.profile_dir) if args.profile_dir else None)
    folder = _find_folder(manager, args.profile)
    if folder is None:
        print(f"asa: no profile named {args.profile!r}", file=sys.stderr)
        return 2
    try:
        password = None
        if is_encrypted_pem(args.recovery_key):
            password = _secret(args, "Passphrase of the recovery key file: ").encode("utf-8")
        private = load_private_key(args.recovery_key, password)
        new = _secret(args, "New passphrase for the profile: ", repeat=True)
        info, key = manager.recover(folder, private, new)
    except (RecoveryError, ProfileError, ValueError) as exc:
        print(f"asa: {exc}; nothing was changed", file=sys.stderr)
        return 1
    try:
        store = Store.open(str(info.database), key, "IT (recovery)")
        try:
            with store.transaction():
                store.audit.append(RECOVERED, recovery_key=key_id(private.public_key()))
            cases = len(store.cases.all())
        finally:
            store.close()
    finally:
        wipe(key)
    print(
        f"{info.name}: new passphrase set with the recovery key (id {key_id(private.public_key())});"
        f" the data is as it was ({cases} cases); recorded in the profile's audit trail"
    )
    return 0


def _find_folder(manager, name: str) -> Path | None:
    for p in manager.list():
        if name in (p.id, p.name, p.folder.name):
            return p.folder
    for d in manager.damaged():
        if name in (d.folder.name, str(d.folder)):
            return d.folder
    path = Path(name)
    return path if (path / "recovery.json").is_file() else None


def keygen_command(args) -> int:
    from app.store.recovery import key_id, new_private_key_pem, public_key_hex

    if args.out.exists():
        print(f"asa: {args.out} exists; not overwritten", file=sys.stderr)
        return 1
    password = None
    if not args.no_passphrase:
        try:
            password = _secret(args, "Passphrase for the key file: ", repeat=True)
        except ValueError as exc:
            print(f"asa: {exc}", file=sys.stderr)
            return 1
        if len(password) < 12:
            print("asa: the key file's passphrase needs at least 12 characters", file=sys.stderr)
            return 1
    pem, public = new_private_key_pem(password.encode("utf-8") if password else None)
    fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    print(f"private key written to {args.out} (keep it offline; id {key_id(public)})")
    print("put this line in the deployment file:")
    print(f"recovery_public_key: {public_key_hex(public)}")
    return 0
