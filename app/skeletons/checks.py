"""Rules a skeleton must follow beyond its shape, reported with the line to fix.

These run after pydantic validation, so list positions in the model are the same as in the
file and ``Located.line_of`` finds the line of each offending value.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from app.datafiles import Located, Problem
from app.skeletons.model import Skeleton


def check_skeleton(skeleton: Skeleton, located: Located) -> list[Problem]:
    return list(_problems(skeleton, located))


def _problems(skeleton: Skeleton, located: Located) -> Iterator[Problem]:
    def at(key_path: tuple[str | int, ...], message: str) -> Problem:
        return Problem(located.path, located.line_of(key_path), message)

    declared = skeleton.question_count
    if declared is not None and declared != len(skeleton.questions):
        yield at(
            ("question_count",),
            f"question_count says {declared} but the file has {len(skeleton.questions)} questions",
        )

    # Question ids are what transcripts store (question_ref), so a duplicate would make two
    # questions indistinguishable in every saved hearing.
    for index, first in _duplicates(q.id for q in skeleton.questions):
        yield at(
            ("questions", index, "id"),
            f"duplicate question id '{skeleton.questions[index].id}' "
            f"(first used on line {located.line_of(('questions', first, 'id'))})",
        )

    for qi, question in enumerate(skeleton.questions):
        for index, first in _duplicates(f.id for f in question.fields):
            yield at(
                ("questions", qi, "fields", index, "id"),
                f"duplicate field id '{question.fields[index].id}' in question '{question.id}' "
                f"(first used on line {located.line_of(('questions', qi, 'fields', first, 'id'))})",
            )
        for index, _first in _duplicates(question.topics):
            yield at(
                ("questions", qi, "topics", index),
                f"topic '{question.topics[index]}' is listed twice in question '{question.id}'",
            )


def _duplicates(values: Iterable[str]) -> Iterator[tuple[int, int]]:
    """Yield (index of a repeat, index of its first occurrence) for each repeated value."""
    seen: dict[str, int] = {}
    for index, value in enumerate(values):
        if value in seen:
            yield index, seen[value]
        else:
            seen[value] = index
