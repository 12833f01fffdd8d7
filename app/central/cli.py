"""`asa central ...`: run the service and administer offices, users, devices, cases, packs.

Each command prints plain lines and returns an exit code; a refusal is one line that says what
to do, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from app.central import admin
from app.central.errors import AdminError
from app.sync.keys import KeyFileError


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url",
        help="SQLAlchemy URL, e.g. postgresql+psycopg://"
        "user:pw@host/db (default: SQLite file in the service's data folder; "
        "or ASA_CENTRAL_DATABASE_URL)",
    )
    parser.add_argument("--home", help="data folder for the default SQLite file and key")


def _add(sub, name: str, func: Callable, help_text: str) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_text, description=help_text)
    _common(parser)
    parser.set_defaults(handler=_guarded(func))
    return parser


def _guarded(func: Callable) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return int(func(args) or 0)
        except (AdminError, KeyFileError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2

    return run


def register(subparsers) -> None:
    central = subparsers.add_parser("central", help="the central case-system service")
    sub = central.add_subparsers(dest="central_command", metavar="COMMAND", required=True)

    p = _add(sub, "serve", admin.serve, "run the service (HTTP, or HTTPS with --cert/--key)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8443)
    p.add_argument("--service-key", help="service signing key (PEM); made when missing")
    p.add_argument("--cert", help="TLS certificate chain (PEM) for HTTPS")
    p.add_argument("--key", help="TLS private key (PEM) for HTTPS")
    p.add_argument("--workers", type=int, default=1, help="service processes on this port")
    p.add_argument("--no-migrate", action="store_true", help="do not migrate at start")
    p.add_argument("--log-level", default="info")
    p.add_argument("--enable-echo", action="store_true", help=argparse.SUPPRESS)
    p.add_argument(
        "--oldest-client-protocol",
        help="refuse desktops speaking an older sync protocol (default: the oldest supported)",
    )
    limits = p.add_argument_group("limits (defaults in docs/central-service.md)")
    limits.add_argument("--max-upload-bytes", type=int, help="largest transcript upload")
    limits.add_argument("--max-small-body-bytes", type=int, help="largest body elsewhere")
    limits.add_argument("--max-header-bytes", type=int, help="largest request head")
    limits.add_argument("--header-timeout", type=float, help="seconds for the request head")
    limits.add_argument("--body-idle-timeout", type=float, help="seconds without a body byte")
    limits.add_argument("--body-timeout", type=float, help="seconds for a whole body")
    limits.add_argument("--keep-alive-timeout", type=int, help="idle seconds between requests")
    limits.add_argument("--max-connections", type=int, help="open connections per process")

    _add(sub, "migrate", admin.migrate, "create or upgrade the service's database schema")

    p = _add(sub, "keygen", admin.keygen, "make an Ed25519 key (service or publisher key)")
    p.add_argument("path", help="where to write the private key (PEM, mode 600)")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")

    p = _add(sub, "create-office", admin.create_office, "create an office (Außenstelle)")
    p.add_argument("name")

    p = _add(
        sub, "create-user", admin.create_user, "create an interviewer, supervisor or administrator"
    )
    p.add_argument("role", choices=["interviewer", "supervisor", "admin"])
    p.add_argument("username")
    p.add_argument("--office", required=True, help="the user's office")
    p.add_argument(
        "--also-office",
        action="append",
        default=[],
        help="further office a supervisor reviews; repeatable",
    )
    p.add_argument("--name", default="", help="display name")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="supervisor/admin: read the password from standard input (else a prompt asks)",
    )
    p.add_argument(
        "--no-password", action="store_true", help="supervisor/admin: set the password later"
    )

    p = _add(sub, "assign-offices", admin.assign_offices, "let a supervisor review further offices")
    p.add_argument("username")
    p.add_argument("offices", nargs="+", metavar="OFFICE")

    p = _add(
        sub,
        "set-password",
        admin.set_password,
        "set the sign-in password of a supervisor or administrator (never on the command line)",
    )
    p.add_argument("username")
    p.add_argument(
        "--stdin", action="store_true", help="read it from standard input (else a prompt asks)"
    )

    p = _add(sub, "enrolment-code", admin.enrolment_code, "one-time code to enrol a device")
    p.add_argument("username")
    p.add_argument("--hours", type=int, default=72, help="validity (default 72)")

    p = _add(sub, "list-devices", admin.list_devices, "list enrolled devices")
    p.add_argument("--user")

    p = _add(sub, "revoke-device", admin.revoke_device, "refuse a device from now on")
    p.add_argument("device_id")
    p.add_argument("--reason", default="")

    p = _add(sub, "assign-case", admin.assign_case, "assign a case (JSON case file) to a user")
    p.add_argument("username")
    p.add_argument("case_file", help="JSON: {id, reference, applicant, case_file}")
    p.add_argument("--note", default="")
    p.add_argument("--by", default="admin")

    p = _add(
        sub,
        "return-transcript",
        admin.return_transcript,
        "return a received transcript for revision, with comments",
    )
    p.add_argument("hearing_id")
    p.add_argument("seal_version", type=int)
    p.add_argument(
        "--comment",
        action="append",
        default=[],
        required=True,
        help="'TEXT' or 'ENTRY:TEXT'; repeatable",
    )
    p.add_argument("--by", required=True, help="supervisor username")

    p = _add(
        sub,
        "verify-store",
        admin.verify_store,
        "check every stored transcript: signatures, content hash, receipt, audit trail",
    )
    p.add_argument(
        "--service-key", help="the service's signing key (PEM) its receipts are checked with"
    )

    p = _add(sub, "publish-pack", admin.publish_pack, "sign and publish a rule-pack update")
    p.add_argument("file")
    p.add_argument("--key", required=True, help="publisher private key (PEM)")
    p.add_argument("--pack-id", help="default: 'id' in the file, else the file name")
    p.add_argument("--version", dest="pack_version", help="default: 'version' in the file")

    p = _add(
        sub,
        "demo-transcripts",
        admin.demo_transcripts,
        "demo offices, users, devices and sealed transcripts, sent to the running service",
    )
    p.add_argument("--offices", type=int, default=2, help="offices to fill (default 2)")
    p.add_argument("--count", type=int, default=10, help="transcripts to send (default 10)")
    p.add_argument("--url", default="http://127.0.0.1:8443", help="the running service")
    p.add_argument("--service-key", help="the service's key (PEM), to trust its receipts")

    p = sub.add_parser(
        "demo",
        help="a demo service to try the supervisor pages: PostgreSQL, the service, demo data",
        description="Starts a throwaway PostgreSQL and the service on 127.0.0.1 (plain http), "
        "sends demo transcripts through it, prints the pages' address, a supervisor's user "
        "name and a password made for this run; Ctrl+C stops it and throws the data away.",
    )
    p.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (default 8765)")
    p.add_argument("--offices", type=int, default=2, help="demo offices (default 2)")
    p.add_argument("--count", type=int, default=10, help="demo transcripts (default 10)")
    p.set_defaults(handler=_guarded(_demo))


def _demo(args: argparse.Namespace) -> int:
    from app.central.devtools.demo_service import run

    return run(args.port, args.offices, args.count)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="asa")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
