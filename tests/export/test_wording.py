"""Wording from the templates, and local times."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from docx import Document

from app.domain import clock
from app.export import export_docx, wording
from app.export.view import build_view
from app.paths import templates_dir
from tests.export import sample


@pytest.fixture
def custom_templates(tmp_path, monkeypatch):
    """A copy of the templates folder, used instead of the shipped one."""
    folder = tmp_path / "templates"
    shutil.copytree(templates_dir() / wording.TEMPLATE_FOLDER, folder / wording.TEMPLATE_FOLDER)
    monkeypatch.setattr(wording, "templates_dir", lambda: folder)
    wording.text_environment.cache_clear()
    wording.html_environment.cache_clear()
    yield folder / wording.TEMPLATE_FOLDER
    wording.text_environment.cache_clear()
    wording.html_environment.cache_clear()


def test_changing_the_template_changes_the_document(tmp_path, custom_templates, case, sealed):
    de = custom_templates / "de.j2"
    de.write_text(
        de.read_text(encoding="utf-8").replace(
            "{% block question_label %}Frage {{ number }}:{% endblock %}",
            "{% block question_label %}F. {{ number }}){% endblock %}",
        ),
        encoding="utf-8",
    )
    texts = [
        p.text for p in Document(str(export_docx(case, sealed, tmp_path / "n.docx"))).paragraphs
    ]
    assert "F. 1)" in texts and "Frage 1:" not in texts


def test_a_misspelt_variable_fails_loudly(custom_templates, case, sealed):
    de = custom_templates / "de.j2"
    de.write_text(
        de.read_text(encoding="utf-8").replace("Frage {{ number }}:", "Frage {{ nummer }}:"),
        encoding="utf-8",
    )
    with pytest.raises(Exception, match="nummer"):
        build_view(case, sealed)


def test_a_missing_block_is_named(custom_templates, case, sealed):
    de = custom_templates / "de.j2"
    text = de.read_text(encoding="utf-8")
    de.write_text(text.replace("{% block answer_label %}Antwort:{% endblock %}", ""), "utf-8")
    with pytest.raises(ValueError, match="answer_label"):
        build_view(case, sealed)


def test_every_language_defines_the_same_blocks():
    env = wording.text_environment()
    blocks = {
        lang: set(env.get_template(f"niederschrift/{lang}.j2").blocks)
        for lang in wording.available_languages()
    }
    assert set(blocks) == {"de", "en"}
    assert blocks["de"] == blocks["en"]


def test_times_are_berlin_local_time_in_summer_and_winter(case):
    summer = sample.make_hearing(case, readback=False, seal=False)
    summer.started_at = datetime(2025, 7, 1, 6, 5, tzinfo=UTC)
    view = build_view(case, summer)
    assert ("Beginn", "08:05 Uhr") in [(f.label, f.value) for f in view.head]
    winter = sample.make_hearing(case, readback=False, seal=False)
    view = build_view(case, winter)
    assert ("Beginn", "09:30 Uhr") in [(f.label, f.value) for f in view.head]


def test_fallback_rule_matches_the_time_zone_database():
    # Used where no tz database exists (Windows without tzdata): must agree with the real one.
    zone = ZoneInfo("Europe/Berlin")
    moment = datetime(2019, 1, 1, tzinfo=UTC)
    while moment < datetime(2031, 1, 1, tzinfo=UTC):
        assert clock._central_european_offset(moment) == moment.astimezone(zone).utcoffset(), moment
        moment += timedelta(hours=7)  # hits every hour of the day over the years
    # Right at the switches (2025: 30 March and 26 October, 01:00 UTC).
    for switch in (datetime(2025, 3, 30, 1, tzinfo=UTC), datetime(2025, 10, 26, 1, tzinfo=UTC)):
        for delta in (timedelta(seconds=-1), timedelta(0)):
            at = switch + delta
            assert clock._central_european_offset(at) == at.astimezone(zone).utcoffset(), at


def test_to_local_without_the_tz_database(monkeypatch):
    monkeypatch.setattr(clock, "_zone", lambda name: None)
    local = clock.office_time(datetime(2025, 7, 1, 6, 5, tzinfo=UTC))
    assert local.strftime("%H:%M %z") == "08:05 +0200"


def test_the_record_names_a_female_applicant_and_interpreter_in_the_feminine(case):
    from dataclasses import replace

    woman = replace(case, applicant=replace(case.applicant, sex="f"))
    hearing = sample.make_hearing(woman)
    hearing.interpreter = "Frau Sprachmittlerin"
    view = build_view(woman, hearing)
    assert [f.label for f in view.participants][1] == "Sprachmittlerin"
    assert [s.role for s in view.signatures][1:3] == ["Antragstellerin", "Sprachmittlerin"]
    assert any("der Antragstellerin" in line.text for line in view.readback)


def test_an_unknown_sex_is_named_neutrally_in_the_record(case):
    from dataclasses import replace

    unknown = replace(case, applicant=replace(case.applicant, sex=""))
    hearing = sample.make_hearing(unknown)
    hearing.interpreter = "S. Mustermann"  # no form of address
    view = build_view(unknown, hearing)
    assert [s.role for s in view.signatures][1:3] == ["Antragstellende Person", "Sprachmittlung"]
    assert any("der antragstellenden Person" in line.text for line in view.readback)
    assert view.applicant_heading == "Antragstellende Person"


def test_a_code_not_in_the_template_is_printed_as_recorded(case):
    from dataclasses import replace

    other = replace(case, applicant=replace(case.applicant, nationality="lby"))
    view = build_view(other, sample.make_hearing(other))
    assert ("Staatsangehörigkeit", "LBY") in [(f.label, f.value) for f in view.applicant]
