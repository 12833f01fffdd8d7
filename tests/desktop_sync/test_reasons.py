"""Every reason the sync or the central service can give reaches the interviewer in German."""

from __future__ import annotations

import re
from pathlib import Path

from app.sync import errors, protocol
from app.sync.runner import NOT_ENROLLED
from app.ui import i18n
from app.ui.sync.reasons import known_codes, reason_text
from tests.ui import conftest as ui_conftest

compiled_translations = ui_conftest.compiled_translations  # the German .qm, built when stale
ROOT = Path(__file__).resolve().parents[2]

# How the service names its refusals: bad_request("code", ...), ApiError(409, "code", ...),
# ErrorBody(error="code", ...).
# Also the tuples of the limits and framework refusals: (413, "code", ...), 404: ("code", ...).
_SERVICE_CODE = re.compile(
    r"(?:(?:bad_request|unauthorised|forbidden|not_found|conflict)\(\s*"
    r'|ApiError\(\s*\d+,\s*|error=|\(\d{3},\s*|\d{3}: \()"([a-z_]+)"'
)


def service_codes() -> set[str]:
    found = set()
    for path in (ROOT / "app" / "central").rglob("*.py"):
        found.update(_SERVICE_CODE.findall(path.read_text(encoding="utf-8")))
    return found


def desktop_codes() -> set[str]:
    classes = [errors.SyncError, *errors.SyncError.__subclasses__()]
    classes += [sub for cls in classes for sub in cls.__subclasses__()]
    return {cls.code for cls in classes if isinstance(cls.__dict__.get("code"), str)} | {
        NOT_ENROLLED,
        protocol.CLIENT_TOO_OLD,
        protocol.SERVICE_TOO_OLD,
    }


def test_every_code_has_words_here(qapp):
    assert len(service_codes()) >= 20  # the pattern still finds the service's refusals
    missing = (service_codes() | desktop_codes()) - known_codes()
    assert missing == set()


def test_the_reason_is_german_with_the_german_interface_and_unknown_codes_keep_their_words(
    qapp,
):
    i18n.set_language("de")
    try:
        revoked = reason_text("device_revoked", "This device was revoked on 2026-11-20.")
        assert revoked.startswith("Dieses Gerät wurde beim zentralen Dienst gesperrt")
        assert reason_text("client_too_old", "").startswith("Bitte ASA aktualisieren")
        assert reason_text("a_newer_code", "Words of a newer service.") == (
            "Words of a newer service."
        )
        i18n.set_language("en")
        assert reason_text("device_revoked", "").startswith("This device was revoked")
    finally:
        i18n.set_language("de")
