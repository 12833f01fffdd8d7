"""The one home of the database connection: a single background thread.

SQLite connections must not cross threads, and the UI thread must never wait for the disk.
Every database job runs here, in order of submission, and returns a Future. The Qt layer turns
the futures into signals (``app.ui.tasks``); tests and scripts can simply wait on them.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from app.store.keys import wipe
from app.store.store import Store

T = TypeVar("T")


class StoreClosed(Exception):
    """The profile is locked or closed; the job was not run."""


class DbWorker:
    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="asa-db")
        self._store: Store | None = None  # touched only on the worker thread

    def open(self, path: str, key: bytearray, actor: str) -> Future[bool]:
        """Open the profile database; the future's result says whether the previous session
        ended abnormally. The key is wiped once SQLCipher has it."""

        def job() -> bool:
            try:
                self._store = Store.open(path, key, actor)
            finally:
                wipe(key)
            return self._store.mark_in_use()

        return self._executor.submit(job)

    def submit(self, fn: Callable[[Store], T]) -> Future[T]:
        def job() -> T:
            if self._store is None:
                raise StoreClosed("The profile is locked.")
            return fn(self._store)

        try:
            return self._executor.submit(job)
        except RuntimeError:  # shut down: a late callback after locking gets a clear answer
            failed: Future[T] = Future()
            failed.set_exception(StoreClosed("The profile is locked."))
            return failed

    def close(self, clean: bool = True) -> Future[None]:
        """Close the database (after every queued job); ``clean`` records a normal end."""

        def job() -> None:
            store, self._store = self._store, None
            if store is not None:
                if clean:
                    store.mark_closed()
                store.close()

        return self._executor.submit(job)

    def shutdown(self) -> None:
        self.close().result()
        self._executor.shutdown(wait=True)
