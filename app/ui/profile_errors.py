"""What went wrong with a profile (unlock, create, change passphrase), in the user's language.

The profile store words its errors in English, for logs and IT; each has a stable code
(``ProfileError.code``) or type, worded here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def profile_error_text(error: BaseException) -> str | None:
    """The message for ``error``, or None when it is not a known profile error."""
    from app.store.keys import WrongPassphrase
    from app.store.profiles import MIN_PASSPHRASE, ProfileError, TooManyAttempts

    if isinstance(error, WrongPassphrase):
        return QCoreApplication.translate("ProfileErrors", "Wrong passphrase. Nothing was changed.")
    if isinstance(error, TooManyAttempts):
        return QCoreApplication.translate(
            "ProfileErrors", "Too many wrong passphrases. Please wait %1 seconds."
        ).replace("%1", f"{error.wait_seconds:.0f}")
    if not isinstance(error, ProfileError):
        return None
    texts = {
        "profile_missing": QCoreApplication.translate(
            "ProfileErrors", "This profile no longer exists."
        ),
        "name_missing": QCoreApplication.translate(
            "ProfileErrors", "Please enter the interviewer's name."
        ),
        "passphrase_too_short": QCoreApplication.translate(
            "ProfileErrors", "The passphrase needs at least %1 characters."
        ).replace("%1", str(MIN_PASSPHRASE)),
        "profile_damaged": QCoreApplication.translate(
            "ProfileErrors",
            "The profile's key file is damaged. Please contact IT; the database is untouched.",
        ),
    }
    return texts.get(error.code, str(error))
