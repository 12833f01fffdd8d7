"""Where an exactly-once upload spends its time in the service: N uploads through the ASGI app
in this process (the code a request's worker thread runs, on a PostgreSQL of its own), under
pyinstrument.

    .venv/bin/python bench/profile_upload.py [--uploads 300] [--html profile.html]

Prints the profile as text (the main costs; docs/benchmarks.md keeps the figures).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.central.api import create_app
from app.central.db import make_engine, session_factory
from app.central.devtools.pgserver import PostgresServer
from app.central.migrate import upgrade
from app.central.repository import accounts
from app.central.settings import ServiceSettings
from app.central.uploads import receive_upload
from app.domain.clock import utcnow
from app.sync.bundle import build_bundle
from app.sync.keys import generate_private_key, public_key_hex, write_private_key
from app.sync.request_signing import signed_headers
from bench.bench_sync_load import make_transcript


def upload_all(app, bundles, device_id, key) -> float:
    """What a request's worker thread does (the upload route's ``run``), minus HTTP: the HTTP
    stack is the same for the plain POST the benchmark compares with."""
    ctx = app.state.ctx
    t0 = time.perf_counter()
    for body in bundles:
        headers = signed_headers(device_id, key, "POST", "/v1/transcripts", body)
        with ctx.uploads() as db:
            stored, _receipt = receive_upload(
                db, headers, "/v1/transcripts", body, utcnow(), 300, ctx.service_key
            )
            assert stored
    return time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uploads", type=int, default=300)
    parser.add_argument("--html", help="also write the profile as HTML here")
    parser.add_argument("--all", action="store_true", help="show library frames too")
    parser.add_argument(
        "--no-profiler", action="store_true", help="time only (e.g. under py-spy or callgrind)"
    )
    args = parser.parse_args()
    from pyinstrument import Profiler

    with tempfile.TemporaryDirectory(prefix="asa-profile-") as tmp_name:
        tmp = Path(tmp_name)
        with PostgresServer(tmp / "pg") as pg:
            url = pg.create_database("profile")
            upgrade(url)
            key_path = tmp / "service.pem"
            write_private_key(key_path, generate_private_key())
            app = create_app(ServiceSettings(database_url=url, service_key_path=key_path))
            sessions = session_factory(make_engine(url))
            with sessions.begin() as s:
                accounts.create_office(s, "Bench", utcnow())
            with sessions.begin() as s:
                accounts.create_user(s, "Bench", "dev", "Device", "interviewer", utcnow())
                code = accounts.create_enrolment_code(s, "dev", utcnow(), timedelta(hours=1))[0]
            device_key = generate_private_key()
            device_id = asyncio.run(_enrol(app, code, public_key_hex(device_key)))
            events: list = []
            bundles = []
            anchored = None
            for n in range(args.uploads):
                transcript = make_transcript(1, n, events)
                # As the desktop does: only the events after the last anchored head.
                new = [e for e in events if anchored is None or e.seq > anchored.seq]
                bundle = build_bundle(transcript, device_id, device_key, anchored, new)
                anchored = bundle.payload.audit_head
                bundles.append(bundle.model_dump_json().encode())
            profiler = Profiler(interval=0.0005)
            cpu = time.process_time()
            if not args.no_profiler:
                profiler.start()
            seconds = upload_all(app, bundles, device_id, device_key)
            cpu = time.process_time() - cpu
            if not args.no_profiler:
                profiler.stop()
            print(
                f"{args.uploads} uploads of {len(bundles[0]) / 1024:.1f} KiB in {seconds:.2f} s:"
                f" {seconds / args.uploads * 1000:.2f} ms each (one client, one process);"
                f" CPU {cpu / args.uploads * 1000:.2f} ms each (client signing included)"
            )
            if not args.no_profiler:
                print(profiler.output_text(unicode=False, color=False, show_all=args.all))
            if args.html:
                Path(args.html).write_text(profiler.output_html(), encoding="utf-8")
    return 0


async def _enrol(app, code: str, public_key: str) -> str:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        reply = await client.post("/v1/enrol", json={"code": code, "public_key": public_key})
        return reply.json()["device_id"]


if __name__ == "__main__":
    sys.exit(main())
