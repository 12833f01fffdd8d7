"""Shared fixtures: the real sample packs from rules/, loaded once."""

from __future__ import annotations

from datetime import date

import pytest

from app.assistant import Assistant
from app.domain.case import Applicant, Case
from app.paths import rules_dir

HEARING = date(2024, 3, 1)


@pytest.fixture(scope="session")
def assistant() -> Assistant:
    return Assistant.load(rules_dir())


def make_case(sex: str = "", birth: date | None = None, **case_file) -> Case:
    return Case(
        "1234567-438",
        Applicant("Example", "Test", sex=sex, date_of_birth=birth),
        case_file=dict(case_file),
    )


@pytest.fixture
def session(assistant):
    return assistant.start_analysis(make_case(), HEARING)
