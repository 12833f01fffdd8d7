"""Errors of the assistant engine (pack files have their own: app.datafiles.DataFileError)."""

from __future__ import annotations


class AssistantError(ValueError):
    """A call the session cannot honour (unknown fact or hint, dismissal without reason ...)."""


class PackVersionMismatch(AssistantError):
    """A saved session was made under other pack versions than the ones loaded."""

    def __init__(self, recorded: dict[str, str], loaded: dict[str, str]):
        self.recorded, self.loaded = recorded, loaded
        differing = sorted(
            k for k in set(recorded) | set(loaded) if recorded.get(k) != loaded.get(k)
        )
        detail = ", ".join(
            f"{k}: recorded {recorded.get(k, '-')}, loaded {loaded.get(k, '-')}" for k in differing
        )
        super().__init__(
            f"the session was made under other pack versions ({detail}); "
            "load the assistant with pinned=<the recorded versions>"
        )
