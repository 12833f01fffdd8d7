"""The shipped sample packs: valid, marked as samples, and every example case passes."""

from __future__ import annotations

from app.assistant import cli
from app.assistant.examples import run_pack_examples
from app.paths import rules_dir


class Args:
    path = rules_dir()


def test_sample_packs_check_clean(capsys):
    assert cli.check_command(Args()) == 0
    *warnings, last = capsys.readouterr().out.strip().splitlines()
    assert last.startswith("OK:")
    # Only published, superseded versions may carry a warning (they cannot be changed).
    assert all(w.startswith("warning (superseded by ") for w in warnings)


def test_every_example_passes():
    results = run_pack_examples(rules_dir())
    assert len(results) >= 10
    failed = {r.name: r.failures for r in results if not r.passed}
    assert failed == {}


def test_test_command_prints_a_line_per_case(capsys):
    assert cli.test_command(Args()) == 0
    lines = capsys.readouterr().out.splitlines()
    assert sum(line.startswith("PASS ") for line in lines) == len(run_pack_examples(rules_dir()))


def test_every_pack_is_marked_sample_data(assistant):
    for meta in assistant.packs:
        assert meta.sample
        assert "sample data" in meta.notice.en.lower() and "not" in meta.notice.en.lower()
        assert meta.sources


def test_country_packs_present(assistant):
    assert {"iraq", "common", "checklist"} <= set(assistant.pack_versions)


def test_json_schemas_are_up_to_date():
    from app.assistant.packs.schema import render, schemas

    for name, schema in schemas().items():
        path = rules_dir() / "schema" / name
        assert path.read_text(encoding="utf-8") == render(schema), (
            f"{name} is stale: run python -m app.assistant.packs.schema"
        )
