"""Question skeletons of the hearing (13 or 17 standard questions), loaded from ``forms/``.

No Qt and no SQL here: the UI and the assistant read these models, the files are data that
domain experts edit and check with ``asa forms check``.
"""

from app.skeletons.loading import builtin_skeletons, get_skeleton, load_skeleton, load_skeletons
from app.skeletons.model import (
    LANGUAGES,
    AnswerField,
    FieldKind,
    Lang,
    LocalizedText,
    Question,
    Skeleton,
)

__all__ = [
    "LANGUAGES",
    "AnswerField",
    "FieldKind",
    "Lang",
    "LocalizedText",
    "Question",
    "Skeleton",
    "builtin_skeletons",
    "get_skeleton",
    "load_skeleton",
    "load_skeletons",
]
