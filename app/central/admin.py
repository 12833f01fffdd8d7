"""The operator commands behind `asa central ...` (argument parsing lives in cli.py)."""

from __future__ import annotations

import argparse
import json
import os
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import yaml
from pydantic import ValidationError

from app.central import migrate as migrations
from app.central.db import make_engine, session_factory
from app.central.errors import AdminError
from app.central.limits import ServerLimits
from app.central.models import Device
from app.central.repository import accounts, downsync
from app.central.repository.devices import list_devices as query_devices
from app.central.server import uvicorn_options
from app.central.settings import ServiceSettings
from app.domain.clock import utcnow
from app.sync.keys import (
    generate_private_key,
    key_id,
    load_private_key,
    public_key_hex,
    write_private_key,
)
from app.sync.packs import sign_pack


def settings_of(args: argparse.Namespace) -> ServiceSettings:
    extra = {}
    if hasattr(args, "max_connections"):  # only `serve` takes limits as arguments
        extra["limits"] = limits_of(args)
        extra["oldest_client_protocol"] = args.oldest_client_protocol
    try:
        return ServiceSettings.from_values(
            database_url=args.database_url,
            service_key=getattr(args, "service_key", None),
            home=Path(args.home) if args.home else None,
            **extra,
        )
    except ValidationError as exc:
        problems = "; ".join(f"{e['loc'][0]}: {e['msg']}" for e in exc.errors())
        raise AdminError(f"invalid setting: {problems}") from None


def limits_of(args: argparse.Namespace) -> ServerLimits:
    given = {name: getattr(args, name, None) for name in ServerLimits.model_fields}
    base = ServerLimits.from_env().model_dump()
    try:
        return ServerLimits.model_validate(
            {**base, **{k: v for k, v in given.items() if v is not None}}
        )
    except ValidationError as exc:
        problems = "; ".join(f"{e['loc'][0]}: {e['msg']}" for e in exc.errors())
        raise AdminError(f"invalid limit: {problems}") from None


@contextmanager
def transaction(args: argparse.Namespace):
    settings = settings_of(args)
    migrations.upgrade(settings.database_url)  # admin on a fresh database just works
    engine = make_engine(settings.database_url)
    try:
        with session_factory(engine).begin() as session:
            yield session
    finally:
        engine.dispose()


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    settings = settings_of(args)
    if not settings.service_key_path.exists():
        write_private_key(settings.service_key_path, generate_private_key())
        print(f"made a new service key: {settings.service_key_path}")
    key = load_private_key(settings.service_key_path)
    print(f"service key id {key_id(key)}; public key for deployment: {public_key_hex(key)}")
    if not args.no_migrate:
        migrations.upgrade(settings.database_url)
    if bool(args.cert) != bool(args.key):
        raise AdminError("HTTPS needs both --cert and --key.")
    tls = {"ssl_certfile": args.cert, "ssl_keyfile": args.key} if args.cert else {}
    limits = settings.limits
    # Worker processes and the connection guard read the limits from the environment.
    os.environ.update(limits.to_env())
    common = dict(
        host=args.host, port=args.port, log_level=args.log_level, **tls, **uvicorn_options(limits)
    )
    if args.workers > 1:  # workers import the app by name, so pass settings by environment
        os.environ["ASA_CENTRAL_DATABASE_URL"] = settings.database_url
        os.environ["ASA_CENTRAL_SERVICE_KEY"] = str(settings.service_key_path)
        os.environ["ASA_CENTRAL_ECHO"] = "1" if args.enable_echo else "0"
        os.environ["ASA_CENTRAL_OLDEST_CLIENT_PROTOCOL"] = settings.oldest_client_protocol
        uvicorn.run(
            "app.central.asgi:create_from_env", factory=True, workers=args.workers, **common
        )
        return 0
    from app.central.api import create_app

    uvicorn.run(create_app(settings, enable_echo=args.enable_echo), **common)
    return 0


def migrate(args: argparse.Namespace) -> int:
    settings = settings_of(args)
    migrations.upgrade(settings.database_url)
    print(f"schema at revision {migrations.current_revision(settings.database_url)}")
    return 0


def verify_store(args: argparse.Namespace) -> int:
    """Exit code 0 when every stored transcript verifies, 1 when any does not (each named)."""
    from app.central.verify_store import report
    from app.central.verify_store import verify_store as check

    settings = settings_of(args)
    if not settings.service_key_path.exists():
        raise AdminError(f"service key not found: {settings.service_key_path} (--service-key)")
    key = load_private_key(settings.service_key_path).public_key()
    engine = make_engine(settings.database_url)
    try:
        with session_factory(engine)() as session:
            summary = check(session, key)
    finally:
        engine.dispose()
    for line in report(summary):
        print(line)
    return 1 if summary.failures else 0


def keygen(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if path.exists() and not args.force:
        raise AdminError(
            f"{path} exists; use --force to replace it (old signatures then "
            "no longer verify against the new key)."
        )
    key = generate_private_key()
    write_private_key(path, key)
    print(f"private key: {path}")
    print(f"public key: {public_key_hex(key)}")
    print(f"key id: {key_id(key)}")
    return 0


def create_office(args: argparse.Namespace) -> int:
    with transaction(args) as s:
        office = accounts.create_office(s, args.name, utcnow())
        print(f"office {office.name} ({office.id})")
    return 0


def create_user(args: argparse.Namespace) -> int:
    signs_in = args.role in accounts.WEB_ROLES
    if args.also_office and not signs_in:
        raise AdminError("Only supervisors and administrators review further offices.")
    password = None
    if signs_in and not args.no_password:
        with transaction(args) as s:  # refusals first, before anyone types a password
            for name in [args.office, *args.also_office]:
                accounts.office_by_name(s, name)
            accounts.check_username_free(s, args.username)
        password = read_password(args.password_stdin)
        if problem := accounts.password_problem(password):
            raise AdminError(problem)
    with transaction(args) as s:
        user = accounts.create_user(s, args.office, args.username, args.name, args.role, utcnow())
        if args.also_office:
            accounts.assign_offices(s, args.username, args.also_office)
        if password is not None:
            s.flush()
            accounts.set_password(s, args.username, password)
        offices = ", ".join([args.office, *args.also_office])
        print(f"{user.role} {user.username} in {offices}")
    return 0


def assign_offices(args: argparse.Namespace) -> int:
    with transaction(args) as s:
        accounts.assign_offices(s, args.username, args.offices)
    print(f"{args.username} reviews {', '.join(args.offices)} as well")
    return 0


def set_password(args: argparse.Namespace) -> int:
    password = read_password(args.stdin)
    with transaction(args) as s:
        accounts.set_password(s, args.username, password)
    print(f"password of {args.username} set")
    return 0


def read_password(from_stdin: bool) -> str:
    """From standard input (one line) or a prompt asked twice; never from the command line,
    where other users of the machine and the shell history would see it."""
    import getpass
    import sys

    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        try:
            password = getpass.getpass("Password: ")
            again = getpass.getpass("Password again: ")
        except (EOFError, KeyboardInterrupt):
            raise AdminError("No password given; nothing was changed.") from None
        if password != again:
            raise AdminError("The two passwords differ; nothing was changed.")
    if not password:
        raise AdminError("No password given; nothing was changed.")
    return password


def enrolment_code(args: argparse.Namespace) -> int:
    with transaction(args) as s:
        code, expires = accounts.create_enrolment_code(
            s, args.username, utcnow(), timedelta(hours=args.hours)
        )
    print(code)
    print(f"valid once, until {expires:%Y-%m-%d %H:%M} UTC, for {args.username}")
    return 0


def list_devices(args: argparse.Namespace) -> int:
    with transaction(args) as s:
        for device, user in query_devices(s, args.user):
            state = f"revoked {device.revoked_at:%Y-%m-%d}" if device.revoked_at else "active"
            print(f"{device.id}  {user.username:<16} {device.key_id}  {state}  {device.name}")
    return 0


def revoke_device(args: argparse.Namespace) -> int:
    with transaction(args) as s:
        device = s.get(Device, args.device_id)
        if device is None:
            raise AdminError(f"There is no device {args.device_id}; see list-devices.")
        if device.revoked_at is None:
            device.revoked_at, device.revoked_reason = utcnow(), args.reason[:500]
        print(f"device {device.id} revoked")
    return 0


def assign_case(args: argparse.Namespace) -> int:
    case = _read_json(args.case_file)
    with transaction(args) as s:
        row = downsync.assign_case(s, args.username, case, args.note, args.by, utcnow())
        print(f"case {row.reference} assigned to {args.username}")
    return 0


def return_transcript(args: argparse.Namespace) -> int:
    now = utcnow().isoformat(timespec="seconds")
    comments = []
    for text in args.comment:
        number, _, rest = text.partition(":")
        entry = int(number) if rest and number.strip().isdigit() else None
        comments.append(
            {"entry_number": entry, "text": rest if entry else text, "author": args.by, "at": now}
        )
    with transaction(args) as s:
        downsync.return_for_revision(
            s, args.hearing_id, args.seal_version, comments, args.by, utcnow()
        )
    print(f"transcript {args.hearing_id} v{args.seal_version} returned for revision")
    return 0


def publish_pack(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise AdminError(f"cannot read {path}: {exc.strerror}") from exc
    meta = _pack_metadata(content)
    pack_id = args.pack_id or meta.get("id") or path.stem
    version = args.pack_version or meta.get("version")
    if not version:
        raise AdminError("The pack has no 'version'; give one with --version.")
    envelope = sign_pack(str(pack_id), str(version), path.name, content, load_private_key(args.key))
    with transaction(args) as s:
        downsync.publish_pack(s, envelope, utcnow())
    print(f"published rule pack {pack_id} {version} (publisher key {envelope.publisher_key_id})")
    return 0


def _pack_metadata(content: bytes) -> dict:
    try:
        data = yaml.safe_load(content.decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def _read_json(path: str) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise AdminError(f"cannot read the case file {path}: {exc}") from exc


def demo_transcripts(args: argparse.Namespace) -> int:
    """Demo offices, users and devices, and sealed transcripts sent through the running
    service's real upload path (app/central/devtools/demo_transcripts.py)."""
    from app.central.devtools.demo_transcripts import create_demo
    from app.sync.errors import SyncError

    settings = settings_of(args)
    if not settings.service_key_path.exists():
        raise AdminError(
            f"no service key at {settings.service_key_path}: start the service first "
            "(asa central serve), with the same --home or --service-key"
        )
    public = load_private_key(settings.service_key_path).public_key()
    migrations.upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    try:
        report = create_demo(
            session_factory(engine), args.url, public, args.offices, args.count, utcnow(), print
        )
    except ValueError as exc:
        raise AdminError(str(exc)) from None
    except SyncError as exc:
        raise AdminError(f"the service at {args.url} did not take the demo: {exc}") from None
    finally:
        engine.dispose()
    print(f"offices: {', '.join(report.offices)}")
    print(f"interviewers: {', '.join(report.interviewers)}")
    print(f"supervisors: {', '.join(report.supervisors)}")
    print(f"devices enrolled: {len(report.devices)}")
    print(f"transcripts sent: {len(report.sent)}")
    for sent in report.sent:
        print(
            f"  {sent.reference}  {sent.office}  {sent.interviewer}  {sent.country}  "
            f"{sent.hearing_date:%d.%m.%Y}  open items {sent.open_items}  "
            f"dismissed contradictions {sent.dismissed_contradictions}"
        )
    return 0
