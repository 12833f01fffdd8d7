"""Loading skeleton files: one file, a folder of them, or the ones shipped in ``forms/``."""

from __future__ import annotations

from pathlib import Path

from app.datafiles import DataFileError, Located, Problem, load_yaml, validate
from app.paths import forms_dir
from app.skeletons.checks import check_skeleton
from app.skeletons.model import Skeleton

SUFFIX = ".yaml"


def load_skeleton(path: Path | str) -> Skeleton:
    """Read, validate and check one skeleton file. Raises DataFileError (file:line problems)."""
    return _load(Path(path))[0]


def _load(path: Path) -> tuple[Skeleton, Located]:
    # Checked here because reading a folder fails differently per platform (on Windows as
    # "permission denied"), which would send the user looking in the wrong place.
    if path.is_dir():
        raise DataFileError.single(path, None, "is a folder, not a skeleton file (*.yaml)")
    located = load_yaml(path)
    skeleton = validate(located, Skeleton)
    problems = check_skeleton(skeleton, located)
    if problems:
        raise DataFileError(problems)
    return skeleton, located


def load_skeletons(folder: Path | str) -> list[Skeleton]:
    """All ``*.yaml`` skeletons in ``folder``, fewest questions first.

    Problems of every file are collected into one DataFileError, so a single run shows all
    that needs fixing.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise DataFileError.single(folder, None, "folder of question skeletons not found")
    skeletons: list[Skeleton] = []
    problems: list[Problem] = []
    first_file: dict[str, Path] = {}
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            skeleton, located = _load(path)
        except DataFileError as exc:
            problems.extend(exc.problems)
            continue
        if skeleton.id in first_file:
            # Hearings store only the id, so two files with one id would be indistinguishable.
            message = f"skeleton id '{skeleton.id}' is also used by {first_file[skeleton.id]}"
            problems.append(Problem(path, located.line_of(("id",)), message))
            continue
        first_file[skeleton.id] = path
        skeletons.append(skeleton)
    if problems:
        raise DataFileError(problems)
    return sorted(skeletons, key=lambda s: (len(s.questions), s.id))


def builtin_skeletons() -> list[Skeleton]:
    """The skeletons shipped with the app (``forms/*.yaml``), fewest questions first."""
    return load_skeletons(forms_dir())


def get_skeleton(skeleton_id: str) -> Skeleton:
    """The shipped skeleton with this id; LookupError (not KeyError) names the known ids."""
    skeletons = builtin_skeletons()
    for skeleton in skeletons:
        if skeleton.id == skeleton_id:
            return skeleton
    known = ", ".join(s.id for s in skeletons) or "none"
    raise LookupError(f"no question skeleton with id '{skeleton_id}' (known: {known})")
