"""Readable data files (forms, rule packs, deployment settings) with errors that name file and line.

Domain experts edit these files by hand, so every problem must point at the place to fix:
``load_model(path, Model)`` parses YAML while remembering where each value stood, validates it
with a pydantic model and raises :class:`DataFileError` carrying ``file:line: message`` entries.
"""

from app.datafiles.errors import DataFileError, Problem
from app.datafiles.loader import Located, load_model, load_yaml, validate

__all__ = ["DataFileError", "Located", "Problem", "load_model", "load_yaml", "validate"]
