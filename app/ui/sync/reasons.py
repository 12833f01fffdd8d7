"""Why sync failed, in the interviewer's language, by the failure's stable code.

The sync and the central service word their reasons in English, for logs and IT; each comes
with a code (``app.sync.errors`` and the service's refusals, docs/sync-protocol.md). Here each
known code has a sentence that says what happened and what to do. A code not listed (a newer
service) shows the service's own words, so nothing is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "SyncReasons"
_MALFORMED = QT_TRANSLATE_NOOP(
    "SyncReasons", "The service refused the request as malformed. Please contact IT."
)
_AUDIT = QT_TRANSLATE_NOOP(
    "SyncReasons",
    "The service found this device's record of actions changed or incomplete; nothing was "
    "stored. Please contact IT.",
)
_SIGNATURE = QT_TRANSLATE_NOOP(
    "SyncReasons", "The service did not accept this device's signature. Please contact IT."
)

_TROUBLE = QT_TRANSLATE_NOOP(
    "SyncReasons", "The central service did not answer properly; ASA tries again later."
)

_REASONS = {
    # the desktop's own (app.sync.errors, app.sync.runner)
    "not_enrolled": QT_TRANSLATE_NOOP(
        "SyncReasons", "This device is not enrolled at the central service yet."
    ),
    "sync_failed": QT_TRANSLATE_NOOP("SyncReasons", "Sync failed."),
    "service_trouble": _TROUBLE,
    "service_unreachable": QT_TRANSLATE_NOOP(
        "SyncReasons", "The central service cannot be reached (no network?); ASA tries again."
    ),
    "invalid_receipt": QT_TRANSLATE_NOOP(
        "SyncReasons",
        "The service's reply is not a valid receipt; the transcript is kept and sent again.",
    ),
    # (the service's own trouble: 5xx replies are retried, then reported as this)
    "database_unavailable": _TROUBLE,
    "internal_error": _TROUBLE,
    "untrusted_service": QT_TRANSLATE_NOOP(
        "SyncReasons",
        "The service is not the one IT configured (certificate or key); nothing is sent. "
        "Please contact IT.",
    ),
    # the service's refusals of a device
    "device_revoked": QT_TRANSLATE_NOOP(
        "SyncReasons",
        "This device was revoked at the central service; nothing is sent. Please contact IT.",
    ),
    "unknown_device": QT_TRANSLATE_NOOP(
        "SyncReasons",
        "The central service does not know this device; enrol it again with a code from IT.",
    ),
    "clock_skew": QT_TRANSLATE_NOOP(
        "SyncReasons",
        "The laptop's clock differs too much from the service's; please correct date and time.",
    ),
    "bad_signature": _SIGNATURE,
    "unsigned_request": _SIGNATURE,
    "bad_timestamp": _MALFORMED,
    "bad_nonce": _MALFORMED,
    "raw_path": _MALFORMED,
    "query_string": _MALFORMED,
    "invalid_request": _MALFORMED,
    "bad_protocol_version": _MALFORMED,
    "not_found": _MALFORMED,
    "method_not_allowed": _MALFORMED,
    "request_timeout": QT_TRANSLATE_NOOP(
        "SyncReasons", "The connection was too slow for the service; ASA tries again later."
    ),
    # the two sides speak protocol versions that do not fit (app.sync.protocol)
    "client_too_old": QT_TRANSLATE_NOOP(
        "SyncReasons",
        "Please update ASA: this version is too old for the central service. The transcripts "
        "stay on this laptop until then.",
    ),
    "service_too_old": QT_TRANSLATE_NOOP(
        "SyncReasons",
        "The central service is older than this ASA supports; nothing is sent. Please contact IT.",
    ),
    "replayed_request": QT_TRANSLATE_NOOP(
        "SyncReasons", "The service had seen this exact request before; ASA sends a new one."
    ),
    # the service's refusals of a transcript
    "invalid_bundle": QT_TRANSLATE_NOOP(
        "SyncReasons",
        "The service could not verify the transcript and did not store it. Please contact IT.",
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "SyncReasons", "The transcript is larger than the service accepts. Please contact IT."
    ),
    "conflicting_version": QT_TRANSLATE_NOOP(
        "SyncReasons",
        "The service already holds this version with different content; a changed transcript "
        "must be sealed again as a new version.",
    ),
    "sent_by_another_device": QT_TRANSLATE_NOOP(
        "SyncReasons",
        "Another device already sent this transcript; this copy was not stored.",
    ),
    "wrong_device": QT_TRANSLATE_NOOP(
        "SyncReasons",
        "The transcript was sealed on another device; each device sends only its own.",
    ),
    "audit_trail_rewritten": _AUDIT,
    "audit_base_unknown": _AUDIT,
    # the service's answers to an enrolment
    "invalid_code": QT_TRANSLATE_NOOP(
        "SyncReasons", "This enrolment code is not valid; please ask IT for a new one."
    ),
    "code_used": QT_TRANSLATE_NOOP(
        "SyncReasons", "This enrolment code was already used; please ask IT for a new one."
    ),
    "code_expired": QT_TRANSLATE_NOOP(
        "SyncReasons", "This enrolment code has expired; please ask IT for a new one."
    ),
    "key_in_use": QT_TRANSLATE_NOOP("SyncReasons", "This device key is already enrolled."),
    "bad_public_key": QT_TRANSLATE_NOOP(
        "SyncReasons", "The service refused the device key. Please contact IT."
    ),
}


def reason_text(code: str, fallback: str) -> str:
    """The reason for ``code`` in the current language; ``fallback`` (the English words of the
    sync or the service) when the code is not known here or empty."""
    source = _REASONS.get(code)
    if source is None:
        return fallback
    return QCoreApplication.translate(_CONTEXT, source)


def known_codes() -> frozenset[str]:
    return frozenset(_REASONS)
