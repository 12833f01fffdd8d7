"""The domain's refusals in the user's language.

The domain names each refusal by a stable code with parameters (``app/domain/errors.py``) and
knows no Qt; the wording per code is registered here once (QT_TRANSLATE_NOOP) so that lupdate
collects it for translators. Parameters are filled in after translation.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.errors import DomainError
from app.domain.notices import NOTICES_BY_ID, notice_title

CONTEXT = "DomainText"

MESSAGES: dict[str, str] = {
    "no_entry": QT_TRANSLATE_NOOP("DomainText", "There is no entry {number}."),
    "sealed": QT_TRANSLATE_NOOP("DomainText", "The transcript is sealed; add an addendum instead."),
    "wrong_kind": QT_TRANSLATE_NOOP("DomainText", "This entry cannot be changed that way."),
    "unknown_notice": QT_TRANSLATE_NOOP("DomainText", "Unknown notice."),
    "already_on_break": QT_TRANSLATE_NOOP("DomainText", "The hearing is already interrupted."),
    "not_on_break": QT_TRANSLATE_NOOP("DomainText", "The hearing is not interrupted."),
    "nothing_to_read_back": QT_TRANSLATE_NOOP("DomainText", "There is nothing to read back yet."),
    "not_correctable": QT_TRANSLATE_NOOP(
        "DomainText", "Only questions, answers and remarks can be corrected."
    ),
    "correction_empty": QT_TRANSLATE_NOOP(
        "DomainText", "A correction needs the corrected wording."
    ),
    "no_section": QT_TRANSLATE_NOOP("DomainText", "There is no section starting at entry {start}."),
    "not_read_back": QT_TRANSLATE_NOOP("DomainText", "Entry {number} is not read back."),
    "no_new_addendum": QT_TRANSLATE_NOOP("DomainText", "There is no new addendum to seal."),
    "addendum_empty": QT_TRANSLATE_NOOP("DomainText", "An addendum needs a text."),
    "pack_versions_recorded": QT_TRANSLATE_NOOP(
        "DomainText", "The guideline versions of this hearing are already recorded."
    ),
    "cannot_seal": QT_TRANSLATE_NOOP("DomainText", "The transcript cannot be sealed yet."),
    "unsaved_changes": QT_TRANSLATE_NOOP(
        "DomainText", "Not everything is saved yet ({kind}); please wait or retry first."
    ),
    "readback_not_started": QT_TRANSLATE_NOOP("DomainText", "the read-back has not been started"),
    "sections_pending": QT_TRANSLATE_NOOP(
        "DomainText", "sections not read back yet (entries {sections})"
    ),
    "sections_changed": QT_TRANSLATE_NOOP(
        "DomainText", "to be read back again, changed since (entries {sections})"
    ),
    "notice_missing": QT_TRANSLATE_NOOP("DomainText", "notice missing: {notice}"),
    "still_on_break": QT_TRANSLATE_NOOP("DomainText", "the hearing is still interrupted"),
    "already_sealed": QT_TRANSLATE_NOOP("DomainText", "the transcript is already sealed"),
}

# "not_allowed" says what the state forbids; the wording depends on the state.
NOT_ALLOWED: dict[str, str] = {
    "in_progress": QT_TRANSLATE_NOOP("DomainText", "This is done during the read-back."),
    "readback": QT_TRANSLATE_NOOP(
        "DomainText",
        "During the read-back the wording is only changed by a correction; resume the hearing "
        "to add or edit entries.",
    ),
}

# What a write stores (app.operations.write_queue.WriteKind), for "not saved" messages.
WRITE_KINDS: dict[str, str] = {
    "entry": QT_TRANSLATE_NOOP("DomainText", "a new entry"),
    "text": QT_TRANSLATE_NOOP("DomainText", "typed text"),
    "speaker": QT_TRANSLATE_NOOP("DomainText", "a speaker"),
    "header": QT_TRANSLATE_NOOP("DomainText", "participants"),
    "notice": QT_TRANSLATE_NOOP("DomainText", "a notice"),
    "break": QT_TRANSLATE_NOOP("DomainText", "a break"),
    "readback": QT_TRANSLATE_NOOP("DomainText", "the read-back"),
    "correction": QT_TRANSLATE_NOOP("DomainText", "a correction"),
    "seal": QT_TRANSLATE_NOOP("DomainText", "the seal"),
    "addendum": QT_TRANSLATE_NOOP("DomainText", "an addendum"),
    "notes": QT_TRANSLATE_NOOP("DomainText", "my notes"),
    "assistant": QT_TRANSLATE_NOOP("DomainText", "assistant decisions"),
    "export": QT_TRANSLATE_NOOP("DomainText", "the export record"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _parameter(name: str, value, language: str) -> str:
    if name == "notice" and value in NOTICES_BY_ID:
        return notice_title(value, language)
    if name == "kind" and value in WRITE_KINDS:
        return _tr(WRITE_KINDS[value])
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def translated(error: DomainError, language: str) -> str:
    """A refusal of the domain, in the UI language."""
    if error.code == "not_allowed":
        state = error.params.get("state", "")
        if state in NOT_ALLOWED:
            return _tr(NOT_ALLOWED[state])
    template = MESSAGES.get(error.code)
    if template is None:  # a code this UI does not know yet: say so plainly, not nothing
        return _tr("This is not possible now.")
    params = {k: _parameter(k, v, language) for k, v in error.params.items()}
    text = _tr(template)
    for name, value in params.items():
        text = text.replace("{" + name + "}", value)
    return text


def unsaved_text(failure) -> str:
    """What a failed write stores, and why it failed (the database's words, e.g. "database
    or disk is full": they never hold transcript text)."""
    what = _tr(WRITE_KINDS.get(failure.kind.value, failure.kind.value))
    return f"{what} – {str(failure.error) or type(failure.error).__name__}"


QT_TRANSLATE_NOOP("DomainText", "This is not possible now.")
