"""`asa central demo-transcripts`: something for a newcomer to review on a demo service.

Creates offices, interviewers (and a supervisor per office), enrols one new device per
interviewer and sends M sealed transcripts through the real upload path: each hearing is made
with the domain API, read by the real assistant (hints, a contradiction dismissed or ignored,
a follow-up asked, checklist items settled by content, by a notice, by hand, or left open),
sealed and signed with the device key, bundled with its assistant record and audit trail, and
uploaded over HTTP to the running service, which verifies and stores it and signs a receipt.
Nothing is written to the transcripts table directly. Synthetic names and stories only.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.central.models import Office, User
from app.central.repository import accounts
from app.domain.audit import AuditEvent, next_event
from app.domain.case import Applicant, Case
from app.domain.hearing import Hearing
from app.domain.readback import sections
from app.domain.sealing import niederschrift_content, seal_hash
from app.sync.bundle import SealedTranscript, build_bundle
from app.sync.client import DeviceCredentials, SyncClient
from app.sync.keys import generate_private_key, key_id, public_key_hex, sign_content_hash
from app.sync.messages import AuditHead, Bundle

CITIES = ("Bonn", "Berlin", "Nürnberg", "Dortmund", "Leipzig", "Karlsruhe", "Bremen", "Kiel")
FAMILY = ("Probe", "Beispiel", "Muster", "Testfeld", "Demo", "Platzhalter", "Fiktiv", "Modell")
GIVEN = ("Dilan", "Karwan", "Amira", "Samir", "Leyla", "Omid", "Zahra", "Rami", "Nour", "Farid")


@dataclass(frozen=True)
class Country:
    iso: str
    language: str
    origin: str
    story: str


COUNTRIES = (
    Country("IRQ", "Sorani", "Hawler", "Im August 2014 kam der IS in unser Dorf bei Erbil."),
    Country("SYR", "Arabisch", "Aleppo", "Im Jahr 2016 wurde unser Viertel in Aleppo bombardiert."),
    Country("AFG", "Dari", "Kabul", "Im Jahr 2021 haben die Taliban Kabul eingenommen."),
    Country("IRN", "Farsi", "Teheran", "Im Jahr 2022 war ich bei den Protesten in Teheran."),
    Country("TUR", "Kurmanci", "Diyarbakır", "Im Jahr 2019 wurde ich in Diyarbakır verhaftet."),
)


@dataclass
class Sent:
    reference: str
    office: str
    interviewer: str
    country: str
    hearing_date: date
    open_items: int
    dismissed_contradictions: int


@dataclass
class DemoReport:
    offices: list[str] = field(default_factory=list)
    interviewers: list[str] = field(default_factory=list)
    supervisors: list[str] = field(default_factory=list)
    devices: list[str] = field(default_factory=list)
    sent: list[Sent] = field(default_factory=list)


@dataclass
class _Device:
    username: str
    display_name: str
    office: str
    credentials: DeviceCredentials
    events: list[AuditEvent] = field(default_factory=list)
    anchored: AuditHead | None = None

    def log(self, at: datetime, action: str, hearing_id: str | None, **detail) -> None:
        last = self.events[-1] if self.events else None
        self.events.append(next_event(last, at, self.username, action, hearing_id, detail))

    def unanchored(self) -> list[AuditEvent]:
        seq = self.anchored.seq if self.anchored else 0
        return [e for e in self.events if e.seq > seq]


def _get_or_create_office(s: Session, name: str, now: datetime) -> None:
    if s.scalar(select(Office).where(Office.name == name)) is None:
        accounts.create_office(s, name, now)


def _get_or_create_user(s: Session, office: str, username: str, name: str, role: str, now):
    if s.scalar(select(User).where(User.username == username)) is None:
        accounts.create_user(s, office, username, name, role, now)


def create_accounts(
    sessions: Callable[[], Session], offices: int, now: datetime, report: DemoReport
) -> list[tuple[str, str, str, str]]:
    """Offices, two interviewers and one supervisor each (reused when they exist); returns
    (username, display name, office, fresh enrolment code) per interviewer."""
    codes = []
    with sessions() as s, s.begin():
        for city in CITIES[:offices]:
            office = f"Demo-Außenstelle {city}"
            _get_or_create_office(s, office, now)
            report.offices.append(office)
            slug = city.lower().replace("ü", "ue").replace("ö", "oe")
            supervisor = f"demo-leitung-{slug}"
            _get_or_create_user(s, office, supervisor, f"Leitung {city}", "supervisor", now)
            report.supervisors.append(supervisor)
            for k in (1, 2):
                username = f"demo-{slug}-{k}"
                display = f"{GIVEN[k]} {FAMILY[(k + len(slug)) % len(FAMILY)]} ({city})"
                _get_or_create_user(s, office, username, display, "interviewer", now)
                code, _ = accounts.create_enrolment_code(s, username, now, timedelta(hours=1))
                codes.append((username, display, office, code))
                report.interviewers.append(username)
    return codes


def enrol_devices(
    url: str, service_key: Ed25519PublicKey, codes, now: datetime, report: DemoReport
) -> list[_Device]:
    devices = []
    for username, display, office, code in codes:
        key = generate_private_key()
        with SyncClient(url, service_key) as client:
            response = client.enrol(code, public_key_hex(key), f"Demo-Laptop {username}")
        device = _Device(username, display, office, DeviceCredentials(response.device_id, key))
        device.log(now, "device.enrolled", None, device=response.device_id)
        devices.append(device)
        report.devices.append(response.device_id)
    return devices


def _hearing(
    rng: random.Random, i: int, country: Country, device: _Device, started: datetime, packs
) -> tuple[Case, Hearing, dict]:
    applicant = Applicant(
        FAMILY[rng.randrange(len(FAMILY))],
        GIVEN[rng.randrange(len(GIVEN))],
        date_of_birth=date(1975 + rng.randrange(30), 1 + rng.randrange(12), 1 + rng.randrange(28)),
        nationality=country.iso,
        sex=rng.choice(("f", "m")),
    )
    case = Case(f"{8000000 + i * 7919 % 999983}-{475 + i % 20}", applicant)
    hearing = Hearing(
        case.id,
        "anhoerung-13",
        device.display_name,
        "Sprachmittler Demo",
        country.language,
        device.office,
        started_at=started,
        pack_versions=dict(packs),
    )
    children = 3 if i % 2 == 0 else 2  # every other hearing contradicts itself
    minute = [0]

    def at() -> datetime:
        minute[0] += 2
        return started + timedelta(minutes=minute[0])

    def ask(question: str, answer: str) -> int:
        entry = hearing.add_entry(question=question, at=at())
        hearing.write_entry(entry.number, question, answer, at=at())
        return entry.number

    ask("Woher stammen Sie?", f"Ich komme aus {country.origin}.")
    ask("Haben Sie Kinder?", "Ich habe drei Kinder.")
    ask("Wo ist Ihre Familie?", f"Meine {'drei' if children == 3 else 'zwei'} Kinder sind bei "
        "meiner Mutter.")  # fmt: skip
    ask("Warum haben Sie Ihr Land verlassen?", country.story)
    return case, hearing, {"ask": ask, "at": at}


def make_transcript(
    assistant, i: int, device: _Device, now: datetime, padding: int = 0
) -> tuple[Sent, Bundle]:
    """One sealed, signed bundle; ``padding`` more questions and answers make a long hearing
    (bench/bench_review.py: the review page of a 400-entry transcript)."""
    from app.assistant import EntryInput
    from app.assistant.checklist import items_still_open
    from app.assistant.record import record_of_seal

    rng = random.Random(i)
    country = COUNTRIES[i % len(COUNTRIES)]
    started = (now - timedelta(days=1 + rng.randrange(120))).replace(
        hour=7 + rng.randrange(4), minute=0, second=0, microsecond=0
    )
    case, hearing, tools = _hearing(rng, i, country, device, started, assistant.pack_versions)
    for k in range(padding):
        tools["ask"](
            f"Was geschah danach ({k + 1})?",
            f"Danach bin ich mit meinem Bruder nach {CITIES[k % len(CITIES)]} gegangen, "
            f"wir haben dort {k % 9 + 2} Wochen bei Bekannten gewohnt und gearbeitet.",
        )
    analysis = assistant.start_analysis(case, started.date())

    def read_all() -> None:
        for e in hearing.entries:
            analysis.update(EntryInput(e.number, e.question, e.answer, e.question_ref, e.notice_id))

    read_all()
    dismissed = 0
    for hint in analysis.hints:
        if hint.kind == "contradiction" and i % 3 != 2:
            analysis.mark_hint(hint.id, "dismissed", reason="Im Gespräch aufgeklärt (Demo)")
            dismissed += 1
        elif hint.kind == "question" and hint.question and i % 2 == 0:
            number = tools["ask"](hint.question, "Das kann ich genau beschreiben (Demo).")
            analysis.mark_hint(hint.id, "asked", number)
    at = tools["at"]
    hearing.record_notice("s25_3", at=at())
    hearing.start_readback()
    hearing.record_notice("interpreter_understood", at=at())
    hearing.record_notice("readback_done", at=at())
    for section in sections(hearing):
        hearing.confirm_section(section.start)
    read_all()
    if i % 4 == 1:
        analysis.mark_item("evidence", "covered", "Keine Beweismittel vorhanden (Demo)")
    still_open = items_still_open(analysis.checklist)
    reason = "Offene Punkte in einer weiteren Anhörung (Demo)" if still_open else ""
    analysis.note_seal(1, reason)
    covers = hearing.next_number - 1
    digest = seal_hash(case, hearing, covers)
    key = device.credentials.private_key
    sealed_at = at()
    signature = sign_content_hash(key, digest)
    seal = hearing.seal(digest, covers, signature, key_id(key), reason, at=sealed_at)
    device.log(started, "hearing.created", hearing.id)
    device.log(sealed_at, "hearing.sealed", hearing.id, version=1, content_hash=digest)
    transcript = SealedTranscript(
        hearing.id,
        case.id,
        seal,
        niederschrift_content(case, hearing, covers),
        [e for e in device.events if e.hearing_id == hearing.id],
        assistant_record=record_of_seal(
            analysis.state_to_plain(), 1, reason, hearing.pack_versions
        ),
    )
    bundle = build_bundle(
        transcript, device.credentials.device_id, key, device.anchored, device.unanchored()
    )
    sent = Sent(
        case.reference,
        device.office,
        device.username,
        country.iso,
        started.date(),
        len(still_open),
        dismissed,
    )
    return sent, bundle


def create_demo(
    sessions: Callable[[], Session],
    url: str,
    service_key: Ed25519PublicKey,
    offices: int,
    count: int,
    now: datetime,
    progress: Callable[[str], None] = lambda line: None,
) -> DemoReport:
    from app.assistant import Assistant
    from app.paths import rules_dir

    if not 1 <= offices <= len(CITIES):
        raise ValueError(f"--offices must be from 1 to {len(CITIES)}")
    if count < 0:
        raise ValueError("--count must not be negative")
    report = DemoReport()
    codes = create_accounts(sessions, offices, now, report)
    devices = enrol_devices(url, service_key, codes, now, report)
    assistant = Assistant.load(rules_dir())
    clients = {d.username: SyncClient(url, service_key, device=d.credentials) for d in devices}
    try:
        for i in range(count):
            device = devices[i % len(devices)]
            sent, bundle = make_transcript(assistant, i, device, now)
            receipt = clients[device.username].upload(bundle)  # verified against the key
            device.anchored = receipt.payload.audit_head
            report.sent.append(sent)
            progress(f"sent {sent.reference} ({sent.country}, {sent.hearing_date})")
    finally:
        for client in clients.values():
            client.close()
    return report
