"""What changed between two seal versions of a transcript, per entry, word by word.

Server-rendered: each changed text becomes HTML with removed words in ``<del>`` and added
words in ``<ins>``, each starting with a visually hidden "removed:"/"added:" so a screen
reader says what the strike-through shows. Whitespace is kept as a token of its own, so the
marked words read back exactly as the two versions wrote them.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

_TOKENS = re.compile(r"\s+|[^\s]+")


def word_diff(old: str, new: str, removed: str, added: str) -> Markup:
    """``new`` as HTML, with what ``old`` had instead marked; ``removed``/``added`` are the
    (translated) words read out before each marked stretch."""
    a, b = _TOKENS.findall(old or ""), _TOKENS.findall(new or "")
    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(escape("".join(b[j1:j2])))
            continue
        if op in ("replace", "delete"):
            out.append(_mark("del", removed, "".join(a[i1:i2])))
        if op in ("replace", "insert"):
            out.append(_mark("ins", added, "".join(b[j1:j2])))
    return Markup("".join(out))


def _mark(tag: str, label: str, text: str) -> str:
    return f'<{tag}><span class="visually-hidden">{escape(label)} </span>{escape(text)}</{tag}>'


@dataclass
class EntryChange:
    number: int
    status: str  # added | removed | changed
    question: Markup | None = None
    answer: Markup | None = None
    kind: str = ""


@dataclass
class VersionDiff:
    old_version: int
    new_version: int
    entries: list[EntryChange] = field(default_factory=list)
    corrections: list[dict[str, Any]] = field(default_factory=list)  # new in the new version

    @property
    def empty(self) -> bool:
        return not self.entries and not self.corrections


def _texts(entry: dict[str, Any]) -> tuple[str, str]:
    fields = entry.get("fields") or {}
    answer = entry.get("answer", "") or ""
    if fields:  # typed fields are part of what the entry says
        answer += "".join(f"\n{k}: {v}" for k, v in sorted(fields.items()))
    return entry.get("question", "") or "", answer


def diff_versions(
    old: dict[str, Any],
    new: dict[str, Any],
    old_version: int,
    new_version: int,
    removed: str,
    added: str,
) -> VersionDiff:
    """Per entry (by number) of two sealed contents (``niederschrift_content``)."""
    result = VersionDiff(old_version, new_version)
    before = {e["number"]: e for e in old.get("entries", [])}
    after = {e["number"]: e for e in new.get("entries", [])}
    for number in sorted(before.keys() | after.keys()):
        was, now = before.get(number), after.get(number)
        if was is None:
            q, a = _texts(now)
            result.entries.append(
                EntryChange(
                    number,
                    "added",
                    word_diff("", q, removed, added),
                    word_diff("", a, removed, added),
                    now.get("kind", ""),
                )
            )
        elif now is None:
            q, a = _texts(was)
            result.entries.append(
                EntryChange(
                    number,
                    "removed",
                    word_diff(q, "", removed, added),
                    word_diff(a, "", removed, added),
                    was.get("kind", ""),
                )
            )
        elif _texts(was) != _texts(now) or was.get("kind") != now.get("kind"):
            (q0, a0), (q1, a1) = _texts(was), _texts(now)
            result.entries.append(
                EntryChange(
                    number,
                    "changed",
                    word_diff(q0, q1, removed, added) if q0 != q1 else None,
                    word_diff(a0, a1, removed, added) if a0 != a1 else None,
                    now.get("kind", ""),
                )
            )
    seen = {_correction_key(c) for c in old.get("corrections", [])}
    result.corrections = [c for c in new.get("corrections", []) if _correction_key(c) not in seen]
    return result


def _correction_key(c: dict[str, Any]) -> tuple:
    return (c.get("entry_number"), c.get("original"), c.get("corrected"), c.get("at"))
