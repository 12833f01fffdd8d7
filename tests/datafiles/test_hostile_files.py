"""Hostile data files: values that parse but cannot be built, huge files, alias bombs.
`asa rules check` and `asa forms check` report each as file:line, never a traceback, and
refuse what is too large before building it."""

from __future__ import annotations

import shutil
import tracemalloc

import pytest

from app.cli import main
from app.datafiles import DataFileError, load_yaml
from app.datafiles.loader import MAX_FILE_BYTES, MAX_VALUES
from app.paths import forms_dir, rules_dir

UNBUILDABLE = [
    ("2025-13-45", "date"),
    ("9" * 5000, "too many digits"),
    ("!!int abc", "whole number"),
    ("!!float abc", "number"),
    ("!!bool maybe", "yes/no"),
    ("!!timestamp junk", "date"),
]

LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n"
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)


def _problems(path) -> list[str]:
    with pytest.raises(DataFileError) as err:
        load_yaml(path)
    return [str(p) for p in err.value.problems]


@pytest.mark.parametrize("value, named", UNBUILDABLE)
def test_a_value_that_cannot_be_built_is_named_at_its_line(tmp_path, value, named):
    path = tmp_path / "f.yaml"
    path.write_text(f"id: x\nlist:\n  - fine\n  - {value}\n", encoding="utf-8")
    (problem,) = _problems(path)
    assert problem.startswith(f"{path}:4: ") and named in problem
    assert len(problem) < 200  # a 5,000-digit number is not printed whole


def test_every_such_value_is_reported_not_only_the_first(tmp_path):
    path = tmp_path / "f.yaml"
    path.write_text("".join(f"k{i}: {v}\n" for i, (v, _) in enumerate(UNBUILDABLE)))
    assert [p.split(":")[1] for p in _problems(path)] == ["1", "2", "3", "4", "5", "6"]


def test_forms_check_reports_them_with_lines(tmp_path, capsys):
    path = tmp_path / "anhoerung.yaml"
    text = (forms_dir() / "anhoerung-13.yaml").read_text(encoding="utf-8")
    extra = "".join(f"x{i}: {v}\n" for i, (v, _) in enumerate(UNBUILDABLE))
    path.write_text(text.replace("version: 1\n", "version: 1\n" + extra, 1), encoding="utf-8")

    assert main(["forms", "check", str(path)]) == 1

    lines = capsys.readouterr().err.splitlines()
    assert [line.split(":")[1] for line in lines] == ["5", "6", "7", "8", "9", "10"]


@pytest.mark.parametrize("value, named", UNBUILDABLE)
def test_rules_check_reports_them_with_lines(tmp_path, capsys, value, named):
    root = tmp_path / "rules"
    shutil.copytree(rules_dir(), root)
    pack = root / "common" / "2025.1" / "pack.yaml"
    text = pack.read_text(encoding="utf-8")
    line = text[: text.index("effective:")].count("\n") + 1
    pack.write_text(text.replace("effective: 2025-01-15", f"effective: {value}"), "utf-8")

    assert main(["rules", "check", str(root / "common")]) == 1

    out = capsys.readouterr().out
    assert f"{pack}:{line}: " in out and named in out
    assert "Traceback" not in out


def test_billion_laughs_is_refused_before_it_is_built(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_text(LAUGHS)  # 9**9 = 387 million values from 500 bytes
    tracemalloc.start()
    try:
        (problem,) = _problems(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert f"more than {MAX_VALUES:,} values" in problem and problem.startswith(f"{path}:")
    assert peak < 20 * 1024 * 1024


def test_an_alias_that_contains_itself_is_refused(tmp_path):
    path = tmp_path / "f.yaml"
    path.write_text("a: &a [1, *a]\n")
    (problem,) = _problems(path)
    assert problem.startswith(f"{path}:1: ") and "inside the value it names" in problem


def test_a_file_too_large_is_refused_before_it_is_parsed(tmp_path, capsys):
    path = tmp_path / "anhoerung.yaml"
    path.write_bytes(b"id: x\n# " + b"x" * MAX_FILE_BYTES + b"\n")
    assert main(["forms", "check", str(path)]) == 1
    assert "larger than 4 MB" in capsys.readouterr().err


def test_shared_values_used_a_few_times_still_load(tmp_path):
    path = tmp_path / "f.yaml"
    path.write_text("base: &b {de: Hallo, en: Hello}\nx: *b\ny: *b\n")
    assert load_yaml(path).data["y"] == {"de": "Hallo", "en": "Hello"}


def test_bytes_that_are_not_utf8_are_named_with_their_line(tmp_path):
    path = tmp_path / "f.yaml"
    path.write_bytes(b"id: x\nname: \xff\xfe\n")
    (problem,) = _problems(path)
    assert problem.startswith(f"{path}:2: not UTF-8")
