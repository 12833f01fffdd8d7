"""Loading rule packs off the UI thread, once per set of pack versions.

A hearing is evaluated under the pack versions it was started with (recorded in the hearing),
so a pack update never changes the hints of an earlier transcript. New hearings get the newest
version, built in or installed by sync.
"""

from __future__ import annotations

import gc
import threading

from app.assistant import Assistant
from app.paths import rules_dir
from app.store.sync_packs import default_packs_dir  # verified updates that came down by sync

_cache: dict[tuple, Assistant] = {}
_lock = threading.Lock()


def load_assistant(pinned: dict[str, str] | None = None) -> Assistant:
    """The engine with the newest packs, or with exactly the ``pinned`` versions. Blocking:
    call it through ``tasks.in_background``."""
    key = tuple(sorted((pinned or {}).items()))
    with _lock:
        if key not in _cache:
            _cache[key] = Assistant.load(
                rules_dir(), pinned=pinned or None, extra_roots=(default_packs_dir(),)
            )
            # The packs stay for the life of the process: keep them (and what lives now) out
            # of the cyclic collector's full passes. Such a pass holds the interpreter for as
            # long as it walks every object - 50-85 ms with the packs, on whichever thread it
            # falls, the UI thread included (bench/bench_typing.py, 20,000 words).
            gc.collect()
            gc.freeze()
        return _cache[key]
