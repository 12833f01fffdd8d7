"""Example cases kept beside a pack's rules (``examples/*.yaml``), run by ``asa rules test``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.assistant.engine import Assistant
from app.assistant.packs.discovery import PACK_FILE, find_pack_dirs
from app.assistant.packs.models import Example
from app.domain.case import Applicant, Case


@dataclass
class ExampleResult:
    path: Path
    name: str
    failures: list[str]

    @property
    def passed(self) -> bool:
        return not self.failures


def rules_root(path: Path) -> Path:
    """The folder holding all packs, whether ``path`` is that folder, a pack, or a version."""
    path = Path(path).resolve()
    if (path / PACK_FILE).is_file():
        return path.parent.parent
    if any(path.glob(f"*/{PACK_FILE}")):
        return path.parent
    return path


def run_pack_examples(path: Path) -> list[ExampleResult]:
    """Run the examples of every pack version at or below ``path``, each under its own version."""
    root = rules_root(path)
    results = []
    for pack_dir in find_pack_dirs(Path(path).resolve()):
        pinned = {pack_dir.parent.name: pack_dir.name}
        assistant = Assistant.load(root, pinned=pinned, with_examples=True)
        pack = assistant.knowledge.packs[pack_dir.parent.name]
        results.extend(run_example(assistant, p, ex) for p, ex in pack.examples)
    return results


def run_example(assistant: Assistant, path: Path, example: Example) -> ExampleResult:
    a = example.applicant
    case = Case(
        "example",
        Applicant(
            "Example", "", date_of_birth=a.date_of_birth, sex=a.sex, nationality=a.nationality
        ),
        case_file=dict(example.case_file),
    )
    session = assistant.start_analysis(case, example.hearing_date, example.language)
    for number, entry in enumerate(example.entries, start=1):
        session.update_entry(
            number,
            entry.question,
            entry.answer,
            question_ref=entry.question_ref,
            notice_id=entry.notice,
        )
    fired = {h.explanation.rule_id for h in session.hints}
    cited = {s.id for h in session.hints for s in h.explanation.statements}
    places = {f.value for f in session.facts if f.kind == "place"}
    covered = {i.id for i in session.checklist.items if i.covered}
    items = {i.id for i in session.checklist.items}
    e = example.expect
    failures = [f"expected rule {r} to fire" for r in e.rules if r not in fired]
    failures += [f"rule {r} fired but should not" for r in e.not_rules if r in fired]
    failures += [f"expected statement {s} to be cited" for s in e.statements if s not in cited]
    failures += [f"statement {s} cited but should not" for s in e.not_statements if s in cited]
    failures += [f"expected place {p} to be detected" for p in e.places if p not in places]
    failures += [f"expected checklist item {i} covered" for i in e.covered if i not in covered]
    failures += [
        f"expected checklist item {i} open" for i in e.open if i in covered or i not in items
    ]
    return ExampleResult(path, example.name, failures)
