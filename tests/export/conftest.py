"""Fixtures for the export tests: the invented sample hearing in its typical states."""

from __future__ import annotations

import os

# Before anything imports Qt: the PDF tests must run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from docx import Document

from app.export import export_docx
from tests.export.sample import make_case, make_hearing


@pytest.fixture
def case():
    return make_case()


@pytest.fixture
def sealed(case):
    """Read back with one correction, sealed, with one addendum afterwards."""
    return make_hearing(case)


@pytest.fixture
def docx_path(tmp_path, case, sealed):
    return export_docx(case, sealed, tmp_path / "niederschrift.docx")


@pytest.fixture
def paragraphs(docx_path):
    """The body paragraphs of the exported DOCX, read back with python-docx."""
    return Document(str(docx_path)).paragraphs


@pytest.fixture
def texts(paragraphs):
    return [p.text for p in paragraphs]


@pytest.fixture(autouse=True)
def _data_home(tmp_path_factory, monkeypatch):
    """The export journal lives in the user's data folder: a temporary one in tests (apart
    from tmp_path, where tests look at what an export left)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
