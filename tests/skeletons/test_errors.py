"""Broken skeleton files: each problem names the file and the line to fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.datafiles import DataFileError
from app.skeletons import load_skeleton, load_skeletons
from tests.skeletons.conftest import VALID, problems, replace_line


def _only_problem(path: Path) -> tuple[int | None, str]:
    with pytest.raises(DataFileError) as exc:
        load_skeleton(path)
    found = problems(exc)
    assert len(found) == 1, found
    (where, line, message) = found[0]
    assert where == path
    return line, message


def test_the_sample_itself_is_valid(write):
    skeleton = load_skeleton(write(VALID))
    assert skeleton.question_ids == ("first", "second")
    assert skeleton.question("first").field("when").kind == "date"


def test_invalid_yaml(write):
    path = write(replace_line(14, "      en: First: question?"))
    line, message = _only_problem(path)
    assert line == 14
    assert message.startswith("not valid YAML")


def test_unknown_key(write):
    path = write(replace_line(18, "    hinweis: Bitte behutsam fragen.\n    fields:"))
    assert _only_problem(path) == (18, "questions.0.hinweis: unknown field (check the spelling)")


def test_misspelt_key_names_both_sides(write):
    path = write(replace_line(15, "    hepl:"))
    with pytest.raises(DataFileError) as exc:
        load_skeleton(path)
    assert [(line, message) for _, line, message in problems(exc)] == [
        (11, "questions.0.help: Field required"),
        (16, "questions.0.hepl: unknown field (check the spelling)"),
    ]


def test_unknown_top_level_key(write):
    path = write(VALID + "autor: jemand\n")
    assert _only_problem(path) == (26, "autor: unknown field (check the spelling)")


def test_missing_german_text(write):
    path = write(replace_line(13, ""))
    line, message = _only_problem(path)
    assert line == 13  # where the text block (now only "en:") starts
    assert message == "questions.0.text.de: Field required"


def test_missing_german_title(write):
    path = write(replace_line(4, ""))
    assert _only_problem(path) == (4, "title.de: Field required")


def test_blank_english_label(write):
    path = write(replace_line(21, "        label: {de: Wann, en: '  '}"))
    line, message = _only_problem(path)
    assert line == 21
    assert message.startswith("questions.0.fields.0.label.en:")
    assert "must not be empty" in message


def test_duplicate_question_id(write):
    path = write(replace_line(23, "  - id: first"))
    assert _only_problem(path) == (23, "duplicate question id 'first' (first used on line 11)")


def test_duplicate_field_id(write):
    extra = "      - id: when\n        kind: place\n        label: {de: Ort, en: Place}\n"
    path = write(replace_line(21, "        label: {de: Wann, en: When}\n" + extra))
    line, message = _only_problem(path)
    assert line == 22
    assert message == "duplicate field id 'when' in question 'first' (first used on line 19)"


def test_bad_field_kind(write):
    path = write(replace_line(20, "        kind: datum"))
    line, message = _only_problem(path)
    assert line == 20
    assert message.startswith("questions.0.fields.0.kind: Input should be 'place', 'date'")


def test_bad_id_format(write):
    path = write(replace_line(11, "  - id: First Question"))
    line, message = _only_problem(path)
    assert line == 11
    assert message.startswith("questions.0.id: String should match pattern")


def test_question_count_mismatch(write):
    path = write(replace_line(9, "question_count: 3"))
    assert _only_problem(path) == (9, "question_count says 3 but the file has 2 questions")


def test_version_must_be_a_whole_number(write):
    path = write(replace_line(2, "version: '1'"))
    line, message = _only_problem(path)
    assert line == 2
    assert message.startswith("version: Input should be a valid integer")


def test_duplicate_yaml_key(write):
    path = write(replace_line(5, "  en: Sample\n  de: Noch einmal"))
    assert _only_problem(path) == (6, "duplicate key 'de'")


def test_duplicate_topic(write):
    path = write(replace_line(22, "    topics: [identity, identity]"))
    assert _only_problem(path) == (
        22,
        "topic 'identity' is listed twice in question 'first'",
    )


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_empty_file(write, text):
    assert _only_problem(write(text)) == (1, "the file is empty")


def test_top_level_must_be_a_mapping(write):
    line, message = _only_problem(write("- just\n- a list\n"))
    assert line == 1
    assert "valid dictionary" in message


def test_several_problems_are_reported_together(write):
    text = replace_line(20, "        kind: datum", replace_line(4, "  de: ''"))
    with pytest.raises(DataFileError) as exc:
        load_skeleton(write(text))
    assert [line for _, line, _ in problems(exc)] == [4, 20]


def test_missing_file_folder_and_non_utf8(tmp_path: Path, write):
    assert _only_problem(tmp_path / "nope.yaml") == (None, "file not found")
    assert _only_problem(tmp_path) == (None, "is a folder, not a skeleton file (*.yaml)")
    line, message = _only_problem(write(b"id: pr\xfcfung\n"))
    assert line == 1  # the line of the first byte that is not UTF-8
    assert message.startswith("not UTF-8 text")


def test_folder_loading_sorts_by_question_count_and_refuses_duplicate_ids(tmp_path: Path):
    one_question = VALID.replace("question_count: 2", "question_count: 1")
    one_question = one_question[: one_question.index("  - id: second")]
    (tmp_path / "b.yaml").write_text(VALID.replace("id: sample", "id: two"), encoding="utf-8")
    (tmp_path / "a.yaml").write_text(one_question.replace("id: sample", "id: one"), "utf-8")
    assert [s.id for s in load_skeletons(tmp_path)] == ["one", "two"]

    (tmp_path / "c.yaml").write_text(VALID.replace("id: sample", "id: two"), encoding="utf-8")
    with pytest.raises(DataFileError) as exc:
        load_skeletons(tmp_path)
    assert problems(exc) == [
        (tmp_path / "c.yaml", 1, f"skeleton id 'two' is also used by {tmp_path / 'b.yaml'}")
    ]
