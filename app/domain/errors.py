"""Errors the domain raises when an action does not fit the state of a hearing."""


class DomainError(Exception):
    """An action that the hearing's rules do not allow; the message is meant for the user."""


class SealedError(DomainError):
    """The transcript is sealed: only a marked addendum may be added."""
