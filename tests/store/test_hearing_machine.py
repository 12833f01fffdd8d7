"""A property-based state machine over the hearing and its real encrypted store.

Hypothesis drives random sequences of what an interviewer does — typing, leaving an entry,
remarks, speakers, participants, breaks, notices, read-back, corrections, resuming, sealing,
addenda, reopening the hearing and killing the database connection — and checks after every
step what a court would ask of the record:

* what the domain holds is what the store holds after reopening;
* a sealed version's content hash verifies forever, and what it covers never changes;
* every refused action leaves the hearing and the store untouched.

The budget in `make test` is fixed (ASA_MACHINE_EXAMPLES, default 500 examples); a release
runs it longer, e.g. ASA_MACHINE_EXAMPLES=20000 (docs/architecture.md).
"""

from __future__ import annotations

import copy
import os

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from app.domain import readback
from app.domain.errors import DomainError
from app.domain.notices import NOTICES
from app.domain.sealing import niederschrift_content, verify_seal
from app.domain.transcript import EntryKind, Speaker
from app.operations.cases import create_case
from app.operations.hearing_session import HearingSession
from app.operations.hearings import load_for_editing, start_hearing
from app.store import ProfileManager
from app.store.worker import DbWorker
from tests.conftest import FAST_KDF, PASSPHRASE, sample_applicant

EXAMPLES = int(os.environ.get("ASA_MACHINE_EXAMPLES", "500"))

words = st.sampled_from(
    ["Ich", "bin", "im", "August", "2014", "aus", "Erbil", "geflohen.", "Mein", "Bruder",
     "blieb", "dort.", "نعم", "أربيل", ""]
)  # fmt: skip
texts = st.lists(words, max_size=6).map(" ".join)
refs = st.sampled_from([None, None, "identity", "departure", "reasons", "health"])


class Profile:
    """One profile for the whole run; each example gets a case and hearing of its own."""

    def __init__(self, folder):
        self.profiles = ProfileManager(folder)
        self.info, key = self.profiles.create("Machine", PASSPHRASE, FAST_KDF)
        key[:] = b"\0" * len(key)
        self.worker = self.open()

    def open(self) -> DbWorker:
        worker = DbWorker()
        key = self.profiles.unlock(self.info, PASSPHRASE)
        worker.open(str(self.info.database), key, self.info.name).result()
        return worker

    def kill_and_reopen(self) -> None:
        """The connection dropped without a clean end, as after SIGKILL; then a new start."""
        self.worker.close(clean=False).result()
        self.worker.stop()
        self.worker = self.open()


PROFILE: Profile | None = None


class HearingMachine(RuleBasedStateMachine):
    @initialize()
    def start(self):
        worker = PROFILE.worker
        case = worker.submit(lambda s: create_case(s, "1234567-438", sample_applicant())).result()
        hearing = worker.submit(
            lambda s: start_hearing(s, case.id, "anhoerung-13", "Anna", "Herr D", "Sorani", "Bonn")
        ).result()
        self.hearing_id = hearing.id
        self.sealed_content: dict[int, bytes] = {}  # seal version -> content it covered
        self.open_session()

    def open_session(self):
        case, hearing, _notes, key, key_id = PROFILE.worker.submit(
            lambda s: load_for_editing(s, self.hearing_id)
        ).result()
        # As the hearing screen does: writes wake the database thread at the UI's next turn
        # (the ``turn`` rule), or when someone waits for them.
        self.woken: list = []
        self.session = HearingSession(
            case, hearing, PROFILE.worker.submit, key, key_id, self.woken.append
        )

    @property
    def h(self):
        return self.session.hearing

    def stored(self):
        assert self.session.writes.wait(10), self.session.writes.failure
        return PROFILE.worker.submit(lambda s: s.hearings.get(self.hearing_id)).result()

    def attempt(self, action):
        """Run ``action``; a refusal must leave domain and store untouched."""
        before = copy.deepcopy(self.h)
        queued = self.session.pending
        try:
            return action()
        except DomainError:
            assert self.h == before, "a refused action changed the hearing"
            assert self.session.pending == queued, "a refused action queued a write"
            return None

    def numbers(self, kinds=(EntryKind.QA, EntryKind.FREE)):
        return [e.number for e in self.h.entries if e.kind in kinds]

    # --- what the interviewer does -------------------------------------------------------

    @rule(ref=refs, question=texts)
    def ask(self, ref, question):
        if ref in {e.question_ref for e in self.h.entries}:
            ref = None
        self.attempt(lambda: self.session.add_entry(EntryKind.QA, question, ref))

    @rule(data=st.data(), question=texts, answer=texts)
    def type(self, data, question, answer):
        if self.h.entries:
            number = data.draw(st.sampled_from([e.number for e in self.h.entries]))
            self.attempt(lambda: self.session.type(number, question, answer))

    @rule(data=st.data())
    def leave(self, data):
        if self.h.entries:
            number = data.draw(st.sampled_from([e.number for e in self.h.entries]))
            self.attempt(lambda: self.session.leave(number))

    @rule(text=texts)
    def remark(self, text):
        entry = self.attempt(
            lambda: self.session.add_entry(EntryKind.FREE, speaker=Speaker.INTERPRETER)
        )
        if entry is not None:
            self.attempt(lambda: self.session.type(entry[0].number, "", text))

    @rule(data=st.data(), speaker=st.sampled_from(list(Speaker)))
    def speaker(self, data, speaker):
        if self.h.entries:
            number = data.draw(st.sampled_from([e.number for e in self.h.entries]))
            self.attempt(lambda: self.session.set_speaker(number, speaker))

    @rule(interpreter=texts, others=st.lists(texts, max_size=2))
    def participants(self, interpreter, others):
        self.attempt(
            lambda: self.session.update_participants(interpreter, "Sorani", "Bonn", others)
        )

    @rule()
    def toggle_break(self):
        if self.h.on_break():
            self.attempt(self.session.end_break)
        else:
            self.attempt(lambda: self.session.start_break("Pause"))

    @rule(notice=st.sampled_from([n.id for n in NOTICES]))
    def notice(self, notice):
        self.attempt(lambda: self.session.record_notice(notice))

    @rule()
    def start_readback(self):
        self.attempt(self.session.start_readback)

    @rule()
    def resume(self):
        self.attempt(self.session.resume_hearing)

    @rule(data=st.data())
    def confirm(self, data):
        starts = [s.start for s in readback.sections(self.h)] or [1]
        start = data.draw(st.sampled_from(starts))
        self.attempt(lambda: self.session.confirm_section(start))

    @rule(data=st.data(), text=texts)
    def correct(self, data, text):
        numbers = self.numbers() or [1]
        number = data.draw(st.sampled_from(numbers))
        self.attempt(lambda: self.session.correct(number, text))

    @rule()
    def seal(self):
        if self.attempt(self.session.seal) is not None:
            self.remember_seal()

    @rule()
    def read_back_and_seal(self):
        """The whole way to a seal, so that many runs get there and go on after it."""
        if self.h.sealed:
            return
        if self.h.on_break():
            self.session.end_break()
        if not self.numbers():
            self.attempt(lambda: self.session.add_entry(EntryKind.QA, "Frage?"))
        if self.h.state.value == "in_progress":
            self.attempt(self.session.start_readback)
        for section in readback.sections(self.h):
            if not section.status.done:
                self.attempt(lambda s=section: self.session.confirm_section(s.start))
        for n in NOTICES:
            if n.mandatory and n.id not in self.h.notices_given():
                self.attempt(lambda n=n: self.session.record_notice(n.id))
        self.seal()

    @rule(text=texts)
    def addendum(self, text):
        self.attempt(lambda: self.session.add_addendum(text))

    @rule()
    def seal_addenda(self):
        if self.attempt(self.session.seal_addenda) is not None:
            self.remember_seal()

    def remember_seal(self):
        seal = self.h.seals[-1]
        self.sealed_content[seal.version] = repr(
            niederschrift_content(self.session.case, self.h, seal.covers_up_to)
        ).encode()

    @rule()
    def turn(self):
        """The UI's event loop turns: the writes put off until now start."""
        woken, self.woken[:] = list(self.woken), []
        for wake in woken:
            wake()

    @rule()
    def reopen(self):
        """Back to the case list and into the hearing again."""
        assert self.session.writes.wait(10)
        self.open_session()

    @rule()
    def kill_and_reopen(self):
        assert self.session.writes.wait(10)
        PROFILE.kill_and_reopen()
        self.open_session()

    # --- what must hold ------------------------------------------------------------------

    @invariant()
    def store_holds_what_the_domain_holds(self):
        if hasattr(self, "session"):
            assert self.stored() == self.h

    @invariant()
    def seals_verify_and_what_they_cover_never_changes(self):
        if not hasattr(self, "session"):
            return
        for seal in self.h.seals:
            assert verify_seal(self.session.case, self.h, seal)
            now = repr(niederschrift_content(self.session.case, self.h, seal.covers_up_to))
            assert now.encode() == self.sealed_content[seal.version]


@pytest.mark.slow
def test_the_record_holds_under_random_use(tmp_path_factory):
    global PROFILE
    PROFILE = Profile(tmp_path_factory.mktemp("machine"))
    try:
        HearingMachine.TestCase.settings = settings(
            max_examples=EXAMPLES,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
            database=None,
        )
        HearingMachine.TestCase().runTest()
    finally:
        PROFILE.worker.shutdown()
        PROFILE = None
