"""Building blocks shared by the hand-edited file formats (question skeletons, rule packs)."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict

LANGUAGES = ("de", "en")


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


Text = Annotated[str, AfterValidator(_not_blank)]


class StrictModel(BaseModel):
    # A misspelt key in a hand-edited file must be reported, not silently ignored.
    model_config = ConfigDict(extra="forbid", frozen=True)


class LocalizedText(StrictModel):
    """A text in German and English; both are required."""

    de: Text
    en: Text

    def get(self, lang: str) -> str:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language '{lang}' (use one of: {', '.join(LANGUAGES)})")
        return getattr(self, lang)
