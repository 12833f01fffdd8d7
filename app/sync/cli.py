"""`asa sync ...`: support commands around the sync protocol."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pydantic import ValidationError

from app.sync.bundle import verify_bundle
from app.sync.keys import KeyFileError, load_public_key
from app.sync.messages import Bundle


def verify_bundle_command(args: argparse.Namespace) -> int:
    try:
        bundle = Bundle.model_validate_json(Path(args.file).read_bytes())
        key = load_public_key(args.device_key)
    except (OSError, ValidationError, KeyFileError) as exc:
        print(f"error: {args.file}: {exc}", file=sys.stderr)
        return 2
    problems = verify_bundle(bundle, key)
    for problem in problems:
        print(f"{args.file}: {problem}")
    if not problems:
        p = bundle.payload
        print(
            f"{args.file}: sound - hearing {p.hearing_id} version {p.seal.version}, "
            f"content {p.seal.content_hash[:16]}, audit head {p.audit_head.seq}"
        )
    return 1 if problems else 0


def register(subparsers) -> None:
    sync = subparsers.add_parser("sync", help="sync protocol support commands")
    sub = sync.add_subparsers(dest="sync_command", metavar="COMMAND", required=True)
    p = sub.add_parser("verify-bundle", help="check a transcript bundle file offline")
    p.add_argument("file")
    p.add_argument(
        "--device-key", required=True, help="the device's public key (hex, or a key file)"
    )
    p.set_defaults(handler=verify_bundle_command)
