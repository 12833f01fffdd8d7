"""The encrypted local store: SQLCipher database per profile, key handling, migrations,
repositories and the audit log. Only this room (and the central service's adapters) speaks SQL.

Names are loaded on first use: the unlock window needs the profile list long before SQLCipher
or the key derivation, and start-up time is measured (bench/bench_startup.py).
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "KdfParams": "app.store.keys",
    "WrongPassphrase": "app.store.keys",
    "ProfileError": "app.store.profiles",
    "ProfileInfo": "app.store.profiles",
    "ProfileManager": "app.store.profiles",
    "TooManyAttempts": "app.store.profiles",
    "Store": "app.store.store",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'app.store' has no attribute {name!r}")
