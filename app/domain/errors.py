"""Errors the domain raises when an action does not fit the state of a hearing.

A refusal carries a stable ``code`` and its parameters, never a sentence meant for the user:
the UI words each code in the interface language (``app/ui/domain_text.py``), logs and tests
read the code. ``str(error)`` is an English sentence for logs and developers.
"""

from __future__ import annotations

# code -> English wording for logs; the parameters are named in braces.
ENGLISH: dict[str, str] = {
    "no_entry": "There is no entry {number}.",
    "sealed": "The transcript is sealed; add an addendum instead.",
    "not_allowed": "'{change}' is not possible while the hearing is {state}.",
    "wrong_kind": "An entry of kind '{kind}' does not allow '{change}'.",
    "unknown_notice": "Unknown notice '{notice}'.",
    "already_on_break": "The hearing is already interrupted.",
    "not_on_break": "The hearing is not interrupted.",
    "nothing_to_read_back": "There is nothing to read back yet.",
    "not_correctable": "Only questions, answers and remarks can be corrected.",
    "correction_empty": "A correction needs the corrected wording.",
    "no_section": "There is no section starting at entry {start}.",
    "not_read_back": "Entry {number} is not part of the read-back.",
    "no_new_addendum": "There is no new addendum to seal.",
    "addendum_empty": "An addendum needs a text.",
    "pack_versions_recorded": "The rule-pack versions of this hearing are already recorded.",
    "cannot_seal": "The transcript cannot be sealed yet.",
    "unsaved_changes": "A change ({kind}) is not stored yet; it must be saved first.",
    # Reasons listed by Hearing.missing_before_seal (each is also a DomainError):
    "readback_not_started": "the read-back has not been started",
    "sections_pending": "sections not read back yet: {sections}",
    "sections_changed": "sections changed since they were read back: {sections}",
    "notice_missing": "notice missing: {notice}",
    "still_on_break": "the hearing is still interrupted",
    "already_sealed": "the transcript is already sealed",
}


class DomainError(Exception):
    """An action that the hearing's rules do not allow, named by a stable code."""

    def __init__(self, code: str, **params) -> None:
        self.code = code
        self.params = params
        template = ENGLISH.get(code, code)
        try:
            text = template.format(**params)
        except (KeyError, IndexError):
            text = template
        super().__init__(text)

    def __eq__(self, other) -> bool:
        return isinstance(other, DomainError) and (self.code, self.params) == (
            other.code,
            other.params,
        )

    def __hash__(self) -> int:
        return hash(self.code)

    def __repr__(self) -> str:
        return f"DomainError({self.code!r}, **{self.params!r})"


class SealedError(DomainError):
    """The transcript is sealed: only a marked addendum may be added."""

    def __init__(self) -> None:
        super().__init__("sealed")
