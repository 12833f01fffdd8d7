"""What a pack change does to real sentences: the corpus cases that touch a pack, run under the
pack's previous version and under the new one, and the hints that appear or disappear.

``asa rules test`` prints this after the pack's own examples, so a guideline editor sees before
publishing that, say, "Sicherheitslage im Irak" now appears for eleven sentences and
"Ortskenntnis: Mossul" disappears for two.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.assistant.engine import Assistant
from app.assistant.understanding import Case, load_corpus, session_for


@dataclass
class HintChange:
    hint_id: str
    title: str
    cases: list[Case] = field(default_factory=list)


@dataclass
class PackDiff:
    pack_id: str
    version: str
    previous: str | None
    cases: int = 0
    appeared: dict[str, HintChange] = field(default_factory=dict)
    disappeared: dict[str, HintChange] = field(default_factory=dict)

    def lines(self, examples_per_hint: int = 2) -> list[str]:
        if self.previous is None:
            return [
                f"corpus: {self.pack_id} {self.version} is the first version: nothing to compare"
            ]
        head = (
            f"corpus: {self.cases} sentence(s) touch {self.pack_id}; "
            f"hints under {self.version} compared with {self.previous}:"
        )
        if not (self.appeared or self.disappeared):
            return [head, "  no hint appears or disappears"]
        lines = [head]
        for sign, changes in (("+", self.appeared), ("-", self.disappeared)):
            for change in sorted(changes.values(), key=lambda c: (-len(c.cases), c.hint_id)):
                lines.append(
                    f'  {sign} {change.hint_id} "{change.title}" in {len(change.cases)} sentence(s)'
                )
                for case in change.cases[:examples_per_hint]:
                    lines.append(f"      {case.id}: {case.text}")
        return lines


def default_corpus(rules_root: Path) -> Path | None:
    """tests/corpus beside the rules folder of a checkout, if there is one."""
    candidate = Path(rules_root).resolve().parent / "tests" / "corpus"
    return candidate if candidate.is_dir() else None


def pack_diff(rules_root: Path, pack_dir: Path, corpus: Path) -> PackDiff:
    pack_id, version = pack_dir.parent.name, pack_dir.name
    versions = Assistant.available(rules_root).get(pack_id, [])
    older = versions[: versions.index(version)] if version in versions else []
    diff = PackDiff(pack_id, version, older[-1] if older else None)
    if diff.previous is None:
        return diff
    new = Assistant.load(rules_root, pinned={pack_id: version})
    old = Assistant.load(rules_root, pinned={pack_id: diff.previous})
    ids = _ids_from_files(pack_dir) | _ids_from_files(pack_dir.parent / diff.previous)
    cases = [c for c in load_corpus(corpus) if c.touches(ids)]
    diff.cases = len(cases)
    for case in cases:
        before = {h.id: h for h in session_for(old, case)[0].hints}
        after = {h.id: h for h in session_for(new, case)[0].hints}
        for hint_id in after.keys() - before.keys():
            change = diff.appeared.setdefault(hint_id, HintChange(hint_id, after[hint_id].title))
            change.cases.append(case)
        for hint_id in before.keys() - after.keys():
            change = diff.disappeared.setdefault(
                hint_id, HintChange(hint_id, before[hint_id].title)
            )
            change.cases.append(case)
    return diff


def _ids_from_files(folder: Path) -> set[str]:
    """The place, actor and topic ids a pack version defines: a case naming one touches it."""
    import yaml

    ids: set[str] = set()
    for name, keys in (("gazetteer.yaml", ("places",)), ("vocabulary.yaml", ("actors", "topics"))):
        path = Path(folder) / name
        if path.is_file():
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for key in keys:
                ids |= {item["id"] for item in data.get(key) or () if "id" in item}
    return ids
