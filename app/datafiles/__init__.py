"""Readable data files (forms, rule packs, deployment settings) with errors that name file and line.

Domain experts edit these files by hand, so every problem must point at the place to fix:
``load_model(path, Model)`` parses YAML while remembering where each value stood, validates it
with a pydantic model and raises :class:`DataFileError` carrying ``file:line: message`` entries.

The loader (pydantic, YAML) is imported on first use, so that the start-up path can catch
``DataFileError`` without paying for it.
"""

from app.datafiles.errors import DataFileError, Problem

__all__ = ["DataFileError", "Located", "Problem", "load_model", "load_yaml", "validate"]


def __getattr__(name: str):
    if name in ("Located", "load_model", "load_yaml", "validate"):
        from app.datafiles import loader

        return getattr(loader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
