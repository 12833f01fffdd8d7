"""The domain's messages in the user's language.

The domain core speaks English and knows no Qt; the messages it can raise or list are
registered here once (QT_TRANSLATE_NOOP) so that lupdate collects them for translators.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.notices import NOTICES, notice_title

CONTEXT = "DomainText"
NOTICE_MISSING = "notice missing: "

MESSAGES = (
    QT_TRANSLATE_NOOP("DomainText", "The transcript is sealed; add an addendum instead."),
    QT_TRANSLATE_NOOP("DomainText", "The hearing is already interrupted."),
    QT_TRANSLATE_NOOP("DomainText", "The hearing is not interrupted."),
    QT_TRANSLATE_NOOP("DomainText", "There is nothing to read back yet."),
    QT_TRANSLATE_NOOP("DomainText", "Corrections are recorded during read-back."),
    QT_TRANSLATE_NOOP("DomainText", "Only questions, answers and remarks can be corrected."),
    QT_TRANSLATE_NOOP("DomainText", "A correction needs the corrected wording."),
    QT_TRANSLATE_NOOP("DomainText", "Start the read-back first."),
    QT_TRANSLATE_NOOP("DomainText", "the read-back has not been started"),
    QT_TRANSLATE_NOOP("DomainText", "some sections have not been read back yet"),
    QT_TRANSLATE_NOOP("DomainText", "the hearing is still interrupted"),
    QT_TRANSLATE_NOOP("DomainText", "the transcript is already sealed"),
    QT_TRANSLATE_NOOP("DomainText", "notice missing: %1"),
)


def translated(message: str, language: str) -> str:
    """``message`` from the domain, in the UI language (unknown messages pass unchanged)."""
    if message.startswith(NOTICE_MISSING):
        title_en = message[len(NOTICE_MISSING) :]
        title = next(
            (notice_title(n.id, language) for n in NOTICES if n.title_en == title_en), title_en
        )
        return QCoreApplication.translate(CONTEXT, "notice missing: %1").replace("%1", title)
    return QCoreApplication.translate(CONTEXT, message)
