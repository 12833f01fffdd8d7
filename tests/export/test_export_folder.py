"""The default export folder comes from the deployment file; ASA makes it owner-only."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.datafiles import DataFileError
from app.deployment import NOT_CONFIGURED, load_deployment
from app.export.folder import FALLBACK_NAME, default_export_folder


def _deployment(tmp_path, text):
    path = tmp_path / "deployment.yaml"
    path.write_text(text)
    return load_deployment(path)


def test_the_folder_it_names_is_made_owner_only(tmp_path):
    target = tmp_path / "exports" / "asa"
    deployment = _deployment(tmp_path, f"export:\n  folder: {target}\n")
    folder = default_export_folder(deployment)
    assert folder == target and stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_home_relative_folders_are_each_users_own(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "anna"))
    deployment = _deployment(tmp_path, "export:\n  folder: ~/Niederschriften\n")
    assert deployment.export_folder == tmp_path / "anna" / "Niederschriften"
    relative = _deployment(tmp_path, "export:\n  folder: Exporte\n")
    assert relative.export_folder == Path.home() / "Exporte"


def test_without_a_setting_exports_go_to_a_folder_of_their_own(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "Dokumente"))
    folder = default_export_folder(NOT_CONFIGURED)
    assert folder.name == FALLBACK_NAME and folder.is_dir()


def test_a_mistyped_export_setting_is_named_with_its_line(tmp_path):
    with pytest.raises(DataFileError) as err:
        _deployment(tmp_path, "language: de\nexport:\n  pdf_password_requird: true\n")
    assert str(err.value).startswith(f"{tmp_path / 'deployment.yaml'}:3:")
