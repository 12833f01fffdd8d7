"""Child process for the crash test: types into a hearing through the real autosave path and
prints an acknowledgement after each write is committed. The parent kills it with SIGKILL at a
random moment, reopens the profile and checks that every acknowledged edit is there.

Usage: python -m tests.store.crash_child PROFILE_ROOT PROFILE_ID HEARING_ID SEED
(passphrase on standard input)
"""

from __future__ import annotations

import random
import sys

from app.operations.hearing_session import HearingSession
from app.operations.hearings import load_for_editing
from app.store import ProfileManager
from app.store.worker import DbWorker


def main() -> None:
    root, profile_id, hearing_id, seed = sys.argv[1:5]
    passphrase = sys.stdin.readline().rstrip("\n")
    profiles = ProfileManager(root)
    profile = profiles.get(profile_id)
    worker = DbWorker()
    worker.open(str(profile.database), profiles.unlock(profile, passphrase), profile.name).result()
    case, hearing, _n, key, key_id = worker.submit(
        lambda s: load_for_editing(s, hearing_id)
    ).result()
    session = HearingSession(case, hearing, worker.submit, key, key_id)
    rng = random.Random(int(seed))
    print("READY", flush=True)
    while True:
        if not session.hearing.entries or rng.random() < 0.15:
            entry, _ = session.add_entry(question=f"Frage {seed}-{session.hearing.next_number}")
        else:
            entry = rng.choice(session.hearing.entries)
        answer = entry.answer + rng.choice(["a", "b", "ü", "ش", " "]) * rng.randint(1, 4)
        future = session.type(entry.number, entry.question, answer)
        if rng.random() < 0.2:
            session.leave(entry.number)
        if future is not None:
            future.result()
            print(f"ACK {entry.number} {len(answer)} {answer!r}", flush=True)


if __name__ == "__main__":
    main()
