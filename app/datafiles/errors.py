"""Errors of hand-edited data files, each naming the file and line to fix."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class Problem(NamedTuple):  # not a dataclass: the start-up path catches DataFileError
    """One thing wrong in a data file."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.message}"


class DataFileError(Exception):
    """A data file could not be read or does not follow its format; carries every problem."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, path: Path, line: int | None, message: str) -> DataFileError:
        return cls([Problem(Path(path), line, message)])
