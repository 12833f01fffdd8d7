"""Helpers for skeleton tests: a small valid skeleton whose line numbers the tests rely on."""

from __future__ import annotations

from pathlib import Path

import pytest

# Import all of pydantic now, before pytest-qt loads PySide6: PySide6's import hook inspects
# each newly imported module, and with pydantic only partly imported beforehand (as
# app.datafiles does) the later import of pydantic's validators fails as a circular import.
import app.skeletons  # noqa: F401
from app.datafiles import DataFileError

# Line numbers matter: tests break this file on purpose and expect the problem on a known line.
VALID = """\
id: sample
version: 1
title:
  de: Probe
  en: Sample
note:
  de: Beispielinhalt, keine amtliche Vorgabe.
  en: Sample content, not official guidance.
question_count: 2
questions:
  - id: first
    text:
      de: Erste Frage?
      en: First question?
    help:
      de: Was zu erfragen ist.
      en: What to cover.
    fields:
      - id: when
        kind: date
        label: {de: Wann, en: When}
    topics: [identity]
  - id: second
    text: {de: "Zweite Frage?", en: "Second question?"}
    help: {de: Hilfe, en: Help}
"""


def lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def replace_line(number: int, new: str, text: str = VALID) -> str:
    """The sample with line ``number`` (1-based) replaced; ``new`` may hold several lines."""
    result = lines(text)
    result[number - 1] = new if new.endswith("\n") or not new else new + "\n"
    return "".join(result)


@pytest.fixture
def write(tmp_path: Path):
    def _write(text: str | bytes, name: str = "sample.yaml") -> Path:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return _write


def problems(exc: pytest.ExceptionInfo[DataFileError]) -> list[tuple[Path, int | None, str]]:
    return [(p.path, p.line, p.message) for p in exc.value.problems]
