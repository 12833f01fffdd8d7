"""`asa forms list` and `asa forms check`: exit codes, output, and never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.paths import forms_dir, install_root
from tests.skeletons.conftest import VALID, replace_line


def test_list_shows_id_count_and_title(capsys):
    assert main(["forms", "list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2
    assert out[0].split()[:3] == ["anhoerung-13", "13", "questions"]
    assert out[0].endswith("Anhörung – 13 Standardfragen")
    assert out[1].split()[:3] == ["anhoerung-17", "17", "questions"]


def test_list_in_english(capsys):
    assert main(["--lang", "en", "forms", "list"]) == 0
    assert capsys.readouterr().out.splitlines()[1].endswith("Hearing – 17 standard questions")


def test_forms_without_action_is_a_usage_error(capsys):
    assert main(["forms"]) == 2
    assert "choose an action" in capsys.readouterr().err


def test_check_valid_files(capsys):
    paths = [str(p) for p in sorted(forms_dir().glob("*.yaml"))]
    assert main(["forms", "check", *paths]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out.splitlines() == [
        f"{paths[0]}: ok (anhoerung-13 v1, 13 questions)",
        f"{paths[1]}: ok (anhoerung-17 v1, 17 questions)",
    ]


def test_check_reports_one_line_per_problem(write, capsys):
    bad = write(replace_line(20, "        kind: datum", replace_line(4, "  de: ''")), "bad.yaml")
    good = write(VALID, "good.yaml")
    assert main(["forms", "check", str(bad), str(good)]) == 1
    captured = capsys.readouterr()
    errors = captured.err.splitlines()
    assert [e.split(": ", 1)[0] for e in errors] == [f"{bad}:4", f"{bad}:20"]
    assert captured.out.splitlines() == [f"{good}: ok (sample v1, 2 questions)"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "file not found"),
        ("folder", "is a folder"),
        (b"id: pr\xfcfung\n", "not UTF-8 text"),
        ("id: [unclosed\n", "not valid YAML"),
        ("", "the file is empty"),
    ],
    ids=["missing", "folder", "non-utf8", "bad-yaml", "empty"],
)
def test_check_never_ends_in_a_traceback(tmp_path: Path, capsys, content, expected):
    path = tmp_path / "x.yaml"
    if content == "folder":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["forms", "check", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{path}")
    assert expected in err
    assert "Traceback" not in err


def test_check_as_a_subprocess(write):
    bad = write(replace_line(23, "  - id: first"), "bad.yaml")
    result = subprocess.run(
        [sys.executable, "-m", "app", "forms", "check", str(bad)],
        cwd=install_root(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == f"{bad}:23: duplicate question id 'first' (first used on line 11)\n"
