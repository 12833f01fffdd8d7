"""The encrypted local store: SQLCipher database per profile, key handling, migrations,
repositories and the audit log. Only this room (and the central service's own adapters) speaks SQL."""

from app.store.keys import KdfParams, WrongPassphrase
from app.store.profiles import ProfileError, ProfileInfo, ProfileManager, TooManyAttempts
from app.store.store import Store

__all__ = [
    "KdfParams",
    "ProfileError",
    "ProfileInfo",
    "ProfileManager",
    "Store",
    "TooManyAttempts",
    "WrongPassphrase",
]
