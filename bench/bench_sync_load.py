"""Load: N simulated devices upload sealed transcripts concurrently to two service processes
on one PostgreSQL, through a network that loses connections before the request and replies
after the commit. Verifies no loss and no duplicate; prints throughput, p50/p99 latency and the
ratio against plain uploads of the same bytes to a minimal endpoint on the same stack: pooled
(all threads sharing two clients' connections, as first measured) and as the devices connect
(one client per device, its uploads in a row; measured before and after the uploads, the mean;
with --rounds, also before, between and after rounds of uploads, each round's ratio against the
baseline around it). --database-delay-ms puts PostgreSQL behind a delay (bench/_delay.py).

    .venv/bin/python bench/bench_sync_load.py [--devices 200] [--transcripts 3] [--fault-rate 0.05]
        [--rounds 1] [--database-delay-ms 0]

Loopback only; bounded by --max-seconds.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.central.db import make_engine, session_factory
from app.central.devtools.pgserver import PostgresServer
from app.central.devtools.serviceproc import ServiceProcess
from app.central.migrate import upgrade
from app.central.repository import accounts
from app.domain.audit import next_event
from app.domain.canonical import content_hash
from app.domain.clock import utcnow
from app.domain.hearing import Seal
from app.sync.bundle import SealedTranscript, build_bundle
from app.sync.client import DeviceCredentials, SyncClient
from app.sync.errors import TransientError
from app.sync.keys import (
    generate_private_key,
    load_private_key,
    public_key_hex,
    write_private_key,
)
from app.sync.retry import RetryPolicy
from bench import _delay


class FaultyTransport(httpx.HTTPTransport):
    """Drops a share of requests before they leave, and loses a share of replies after the
    service has answered (it has committed): the two faults that test exactly-once."""

    def __init__(self, rate: float, rng: random.Random, counts: dict[str, int]) -> None:
        super().__init__()
        self.rate, self.rng, self.counts = rate, rng, counts

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        roll = self.rng.random()
        if roll < self.rate / 2:
            self.counts["cut_before_send"] += 1
            raise httpx.ConnectError("injected: connection cut before sending", request=request)
        response = super().handle_request(request)
        if roll < self.rate:
            response.read()
            response.close()
            self.counts["reply_lost"] += 1
            raise httpx.ReadError("injected: reply lost after commit", request=request)
        return response


def make_transcript(device_index: int, number: int, events: list) -> SealedTranscript:
    hearing_id = f"{device_index:05d}-{number:03d}-" + random.Random().randbytes(8).hex()
    case_id = f"case-{device_index}-{number}"
    content = {
        "format": "asa.niederschrift/1",
        "case": {"id": case_id, "reference": f"{device_index}-{number}-438", "applicant": {}},
        "hearing": {"id": hearing_id, "language": "Kurmanci"},
        "entries": [
            {
                "number": i,
                "question": f"Question {i}?",
                "answer": "Answer about Erbil and the attack in August. " * 8,
            }
            for i in range(1, 41)
        ],
        "corrections": [],
    }
    for action in ("hearing.created", "entry.added", "hearing.sealed"):
        last = events[-1] if events else None
        events.append(next_event(last, utcnow(), "bench", action, hearing_id, {}))
    seal = Seal(1, utcnow(), content_hash(content), 40)
    mine = [e for e in events if e.hearing_id == hearing_id]
    return SealedTranscript(hearing_id, case_id, seal, content, mine)


class CpuMeter:
    """CPU seconds used by this process (the clients), the service processes and PostgreSQL
    (postmaster, its live backends and those it has reaped). Unlike throughput, CPU per request
    does not depend on what else the machine is running."""

    def __init__(self, services, pg: PostgresServer, proxy: int | None = None) -> None:
        self.services, self.pg, self.proxy = services, pg, proxy

    def sample(self) -> dict[str, float]:
        own = resource.getrusage(resource.RUSAGE_SELF)
        postmaster = int((self.pg.data / "postmaster.pid").read_text().split()[0])
        sample = {
            "client": own.ru_utime + own.ru_stime,
            "service": sum(_cpu_of(s.pid) for s in self.services),
            "database": _cpu_of(postmaster, children=True)
            + sum(_cpu_of(pid) for pid in _children_of(postmaster)),
        }
        if self.proxy is not None:  # shown, but not in the totals: no deployment has it
            sample["delay proxy"] = _cpu_of(self.proxy)
        return sample


def _cpu_of(pid: int, children: bool = False) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    ticks = int(fields[11]) + int(fields[12])  # utime, stime
    if children:
        ticks += int(fields[13]) + int(fields[14])  # of reaped children
    return ticks / os.sysconf("SC_CLK_TCK")


def _children_of(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == parent:
                found.append(int(entry.name))
    return found


def _round_trip_ms(url: str) -> float:
    import psycopg

    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as conn:
        times = []
        for _ in range(50):
            t0 = time.perf_counter()
            conn.execute("SELECT 1").fetchone()
            times.append(time.perf_counter() - t0)
    return percentile(times, 0.5) * 1000


def cpu_per_request(before: dict, after: dict, count: int) -> dict[str, float]:
    return {k: (after[k] - before[k]) / count * 1000 for k in before}


def _total(cpu: dict[str, float]) -> float:
    return sum(v for k, v in cpu.items() if k != "delay proxy")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--transcripts", type=int, default=3, help="per device")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--fault-rate", type=float, default=0.05)
    parser.add_argument("--threads", type=int, default=64, help="concurrent client threads")
    parser.add_argument("--max-seconds", type=float, default=240)
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="upload the devices' transcripts in this many rounds, the plain baseline measured "
        "before, between and after them (use with more --devices: each round has devices/rounds)",
    )
    parser.add_argument(
        "--database-delay-ms",
        type=float,
        default=0,
        help="hold each chunk between the services and PostgreSQL this long, each way "
        "(a database on another host; bench/_delay.py)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="asa-bench-") as tmp:
        return run(args, Path(tmp))


def run(args, tmp: Path) -> int:
    started = time.monotonic()
    with PostgresServer(tmp / "pg") as pg:
        url = pg.create_database("bench")
        upgrade(url)
        key_path = tmp / "service.pem"
        write_private_key(key_path, generate_private_key())
        service_key = load_private_key(key_path).public_key()
        proxy, service_url = None, url
        if args.database_delay_ms > 0:
            proxy, port = _delay.start("127.0.0.1", pg.port, args.database_delay_ms)
            service_url = url.replace(f":{pg.port}/", f":{port}/")
            print(
                f"database behind a delay of {args.database_delay_ms} ms each way: round trip "
                f"{_round_trip_ms(service_url):.2f} ms (SELECT 1, median), direct "
                f"{_round_trip_ms(url):.2f} ms"
            )
        services = [
            ServiceProcess(service_url, key_path, tmp, echo=True).start()
            for _ in range(args.processes)
        ]
        try:
            meter = CpuMeter(services, pg, proxy.pid if proxy is not None else None)
            return measure(args, url, services, service_key, started, meter)
        finally:
            for service in services:
                service.stop()
            if proxy is not None:
                proxy.kill()


def measure(args, url, services, service_key, started, meter: CpuMeter) -> int:
    engine = make_engine(url)
    sessions = session_factory(engine)
    codes = []
    with sessions.begin() as s:
        accounts.create_office(s, "Bench", utcnow())
    with sessions.begin() as s:
        for i in range(args.devices):
            accounts.create_user(s, "Bench", f"dev{i}", f"Device {i}", "interviewer", utcnow())
            codes.append(
                accounts.create_enrolment_code(s, f"dev{i}", utcnow(), timedelta(hours=1))[0]
            )
    counts = {"cut_before_send": 0, "reply_lost": 0}
    counts_lock = threading.Lock()
    retry = RetryPolicy(attempts=6, base_delay=0.05, max_delay=1.0)

    def enrol(i: int):
        key = generate_private_key()
        transport = FaultyTransport(0.0, random.Random(i), dict.fromkeys(counts, 0))
        client = SyncClient(
            services[i % len(services)].url,
            service_key,
            retry=retry,
            timeout=30,
            transport=transport,
        )
        device_id = client.enrol(codes[i], public_key_hex(key)).device_id
        client.device = DeviceCredentials(device_id, key)
        return client, transport

    def prepare(i: int, client: SyncClient) -> list:
        """The laptop's part, done before the clock starts: sealing and signing bundles. (The
        plain POST baseline gets its bytes ready-made too; the timed phase is the wire and the
        central service.)"""
        events: list = []
        bundles = []
        for n in range(args.transcripts):
            transcript = make_transcript(i, n, events)
            bundles.append(
                (
                    transcript.hearing_id,
                    build_bundle(
                        transcript,
                        client.device.device_id,
                        client.device.private_key,
                        None,
                        list(events),
                    ),
                )
            )
        return bundles

    def device(i: int, client: SyncClient, transport: FaultyTransport, bundles: list):
        transport.rate = args.fault_rate
        latencies, receipts = [], []
        for n, (hearing_id, bundle) in enumerate(bundles):
            t0 = time.perf_counter()
            for _round in range(5):  # further sync rounds, as the desktop would run them
                try:
                    receipt = client.upload(bundle)
                    break
                except TransientError:
                    continue
            else:
                raise RuntimeError(f"device {i}: transcript {n} not sent after 5 rounds")
            latencies.append(time.perf_counter() - t0)
            receipts.append((hearing_id, receipt.payload.receipt_id))
        client.close()
        with counts_lock:
            for k, v in transport.counts.items():
                counts[k] += v
        return latencies, receipts, bundle.model_dump_json().encode()

    with ThreadPoolExecutor(args.threads) as pool:
        enrolled = list(pool.map(enrol, range(args.devices)))
    clients, transports = zip(*enrolled, strict=True)
    with ThreadPoolExecutor(args.threads) as pool:
        prepared = list(pool.map(prepare, range(args.devices), clients))
    ready = prepared[0][0][1].model_dump_json().encode()  # bytes of the size uploaded
    # The uploads in rounds, each between two runs of the plain baseline with as many devices:
    # the machine's other load changes within seconds, and each round's ratio is taken against
    # the baseline measured right around it.
    size = args.devices // args.rounds  # consecutive devices: both services get their share
    groups = [
        range(r * size, args.devices if r == args.rounds - 1 else (r + 1) * size)
        for r in range(args.rounds)
    ]
    plains = [plain_per_device(services, ready, len(groups[0]), args.transcripts, args.threads)]
    results, sync_seconds, round_ratios, round_rates = [], 0.0, [], []
    sync_cpu = dict.fromkeys(meter.sample(), 0.0)
    for group in groups:
        settle()
        cpu0 = meter.sample()
        t0 = time.perf_counter()
        with ThreadPoolExecutor(args.threads) as pool:
            done = list(
                pool.map(
                    device,
                    group,
                    [clients[i] for i in group],
                    [transports[i] for i in group],
                    [prepared[i] for i in group],
                )
            )
        seconds = time.perf_counter() - t0
        cpu = cpu_per_request(cpu0, meter.sample(), 1)
        sync_cpu = {k: sync_cpu[k] + cpu[k] for k in sync_cpu}
        results += done
        sync_seconds += seconds
        plains.append(plain_per_device(services, ready, len(group), args.transcripts, args.threads))
        rate = len(group) * args.transcripts / seconds
        round_rates.append(rate)
        round_ratios.append(rate / ((plains[-2] + plains[-1]) / 2))
    sync_cpu = {k: v / (args.devices * args.transcripts) for k, v in sync_cpu.items()}
    latencies = [x for r in results for x in r[0]]
    receipts = [x for r in results for x in r[1]]
    expected = args.devices * args.transcripts

    from sqlalchemy import text

    with engine.connect() as conn:
        stored = conn.execute(text("SELECT count(*) FROM transcripts")).scalar()
        distinct = conn.execute(
            text("SELECT count(DISTINCT (hearing_id, seal_version)) FROM transcripts")
        ).scalar()
        stored_receipts = dict(
            conn.execute(
                text(
                    "SELECT hearing_id, receipt_json::json->'payload'->>'receipt_id' FROM transcripts"
                )
            ).all()
        )
    lost = [h for h, _ in receipts if h not in stored_receipts]
    mismatched = [h for h, r in receipts if stored_receipts.get(h) != r]

    sample = results[0][2]  # a real bundle's bytes for the baseline
    cpu0 = meter.sample()
    baseline = plain_uploads(services, sample, expected, args.threads)
    plain_cpu = cpu_per_request(cpu0, meter.sample(), expected)

    throughput = expected / sync_seconds
    print(
        f"devices {args.devices}, transcripts {expected} ({len(sample) / 1024:.1f} KiB each), "
        f"service processes {len(services)}, client threads {args.threads}"
    )
    print(
        f"injected faults: {counts['cut_before_send']} cut before sending, "
        f"{counts['reply_lost']} replies lost after commit"
    )
    print(
        f"stored {stored}, distinct {distinct}, lost {len(lost)}, duplicates "
        f"{stored - distinct}, receipts differing from stored {len(mismatched)}"
    )
    print(
        f"sync upload: {throughput:.1f} transcripts/s, p50 {percentile(latencies, 0.5) * 1000:.0f}"
        f" ms, p99 {percentile(latencies, 0.99) * 1000:.0f} ms (including retries)"
    )
    b_tp, b_lat = baseline
    print(
        f"plain POST of the same bytes to /v1/echo: {b_tp:.1f}/s, "
        f"p50 {percentile(b_lat, 0.5) * 1000:.0f} ms, p99 {percentile(b_lat, 0.99) * 1000:.0f} ms"
    )
    print(
        f"ratio sync/plain: throughput {throughput / b_tp:.2f}x, p50 latency "
        f"{percentile(latencies, 0.5) / percentile(b_lat, 0.5):.1f}x"
    )
    per_device = sum(plains) / len(plains)
    print(
        f"plain POST as the devices connect (one client per device, {args.transcripts} posts "
        f"each), before, between and after the rounds of uploads: "
        f"{', '.join(f'{p:.1f}' for p in plains)}/s; "
        f"ratio sync/plain: throughput {throughput / per_device:.2f}x"
    )
    if args.rounds > 1:
        print(
            f"sync upload per round: {', '.join(f'{r:.1f}' for r in round_rates)}/s; "
            f"ratio sync/plain per round, against the baseline around it: "
            f"{', '.join(f'{r:.2f}' for r in round_ratios)}; "
            f"median {statistics.median(round_ratios):.2f}x"
        )
    for name, cpu in (("sync upload", sync_cpu), ("plain POST", plain_cpu)):
        parts = ", ".join(f"{k} {v:.1f}" for k, v in cpu.items())
        print(f"CPU ms per request, {name}: {parts}; total {_total(cpu):.1f}")
    print(
        f"ratio of CPU per request plain/sync (load-independent): "
        f"{_total(plain_cpu) / _total(sync_cpu):.2f}x"
    )
    print(f"total bench time {time.monotonic() - started:.0f} s")
    engine.dispose()
    ok = stored == distinct == expected and not lost and not mismatched
    print("RESULT: " + ("no loss, no duplicate" if ok else "FAILED"))
    return 0 if ok else 1


def settle() -> None:
    """Before each timed phase: a full collection in this process (the simulated laptops and
    their results), so that it does not land in whichever phase comes next. Without it, the
    plain baseline measured right after the uploads ran 25-30 % slower than before them,
    with no more CPU in the services or PostgreSQL."""
    gc.collect()


def plain_per_device(services, body: bytes, devices: int, posts: int, threads: int) -> float:
    """Throughput of plain POSTs made as the devices make their uploads: each device its own
    client and connection to its service, ``posts`` posts in a row. (The pooled baseline
    shares two clients' connections among all threads; the devices cannot.) The clients are
    made before the clock starts, as the devices' are (at enrolment)."""
    clients = [
        httpx.Client(base_url=services[i % len(services)].url, timeout=30) for i in range(devices)
    ]

    def device(client: httpx.Client) -> None:
        for _ in range(posts):
            reply = client.post(
                "/v1/echo", content=body, headers={"Content-Type": "application/json"}
            )
            reply.raise_for_status()

    settle()
    t0 = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(device, clients))
    elapsed = time.perf_counter() - t0
    for client in clients:
        client.close()
    return devices * posts / elapsed


def plain_uploads(services, body: bytes, count: int, threads: int):
    clients = [httpx.Client(base_url=s.url, timeout=30) for s in services]
    latencies: list[float] = []

    def one(i: int) -> None:
        t0 = time.perf_counter()
        reply = clients[i % len(clients)].post(
            "/v1/echo", content=body, headers={"Content-Type": "application/json"}
        )
        reply.raise_for_status()
        latencies.append(time.perf_counter() - t0)

    settle()
    t0 = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(one, range(count)))
    elapsed = time.perf_counter() - t0
    for c in clients:
        c.close()
    return count / elapsed, latencies


if __name__ == "__main__":
    sys.exit(main())
