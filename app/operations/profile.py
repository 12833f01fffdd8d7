"""What the audit trail records about the profile itself (never a passphrase or key)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.audit import Action

if TYPE_CHECKING:
    from app.store.store import Store


def record_passphrase_changed(store: Store) -> None:
    with store.transaction():
        store.audit.append(Action.PASSPHRASE_CHANGED)
