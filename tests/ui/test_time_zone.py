"""One time zone for what the interviewer sees and what is exported: the office's.

The machine here runs in UTC; the office is in Berlin (the default) or wherever deployment
says. The transcript list on screen and the exported Niederschrift show the same clock time.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from app.datafiles import DataFileError
from app.deployment import load_deployment
from app.domain import clock
from app.domain.hearing import Hearing
from app.export.view import build_view
from app.ui.hearing.transcript_model import TranscriptModel
from tests.export import sample


@pytest.fixture
def office_zone():
    yield clock.set_office_zone
    clock.set_office_zone(clock.DEFAULT_ZONE)


def notice_row(qtbot, hearing) -> str:
    model = TranscriptModel(hearing)
    return model.data(model.index(len(hearing.entries) - 1))


@pytest.mark.parametrize(
    ("zone", "shown"), [("Europe/Berlin", "08:05"), ("Asia/Kabul", "10:35"), ("UTC", "06:05")]
)
def test_screen_and_export_show_the_office_time(qtbot, office_zone, zone, shown):
    office_zone(zone)
    case = sample.make_case()
    hearing = Hearing(case_id=case.id, skeleton_id="anhoerung-13", interviewer="Anna Beispiel")
    hearing.started_at = datetime(2025, 7, 1, 6, 5, tzinfo=UTC)
    hearing.record_notice("s25_3", at=datetime(2025, 7, 1, 6, 5, tzinfo=UTC))
    assert re.search(rf"\[\w+ {shown}\]", notice_row(qtbot, hearing))  # [Hinweis 08:05]
    view = build_view(case, hearing)
    assert ("Beginn", f"{shown} Uhr") in [(f.label, f.value) for f in view.head]


def test_the_deployment_file_names_the_office_zone(tmp_path):
    path = tmp_path / "deployment.yaml"
    path.write_text("language: de\ntime_zone: Asia/Kabul\n")
    assert load_deployment(path).time_zone == "Asia/Kabul"
    path.write_text("language: de\n")
    assert load_deployment(path).time_zone == "Europe/Berlin"
    path.write_text("language: de\ntime_zone: Mars/Olympus\n")
    with pytest.raises(DataFileError, match=r":2: time_zone.*unknown time zone 'Mars/Olympus'"):
        load_deployment(path)
