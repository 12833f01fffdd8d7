"""What can go wrong talking to the service, sorted by what the client should do about it."""

from __future__ import annotations


class SyncError(Exception):
    """Base class; the message is meant for the interviewer or IT (in English). ``code`` is
    stable: the desktop shows the reason in the interviewer's language by it."""

    code = "sync_failed"


class TransientError(SyncError):
    """Worth trying again later: timeouts, cut connections, service errors (5xx)."""

    code = "service_trouble"


class ServiceUnreachable(TransientError):
    """No connection to the service at all: stop this round, nothing is anybody's fault."""

    code = "service_unreachable"


class InvalidReceipt(TransientError):
    """The reply did not prove that the service holds the transcript: keep it, send it again."""

    code = "invalid_receipt"


class UntrustedService(SyncError):
    """The service is not the one deployment configured (certificate or key): stop."""

    code = "untrusted_service"


class Refused(SyncError):
    """The service understood the request and refused it (4xx); sending it again as it is will
    not help."""

    DEVICE_LEVEL = frozenset(
        {
            "device_revoked",
            "unknown_device",
            "bad_signature",
            "clock_skew",
            "unsigned_request",
            # the two sides cannot talk until one of them is updated
            "client_too_old",
            "service_too_old",
            "bad_protocol_version",
        }
    )

    def __init__(self, status: int, code: str, message: str, details: list[str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message  # code: the service's
        self.details = details or []

    @property
    def concerns_device(self) -> bool:
        """True when every request of this device will be refused, not just this one."""
        return self.code in self.DEVICE_LEVEL
