"""The deployment file: found where IT puts it, validated with file:line errors, optional."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from app.datafiles import DataFileError
from app.deployment import ENV_VAR, NOT_CONFIGURED, load_deployment

EXAMPLE = Path(__file__).resolve().parents[2] / "installer" / "deployment.example.yaml"


@pytest.fixture
def example(tmp_path) -> Path:
    path = tmp_path / "deployment.yaml"
    shutil.copy(EXAMPLE, path)
    (tmp_path / "asa-ca.pem").write_text("-----BEGIN CERTIFICATE-----\n")
    return path


def test_the_example_file_is_valid_and_paths_are_relative_to_it(example):
    d = load_deployment(example)
    assert d.sync_configured and d.central_url.startswith("https://")
    assert d.ca_bundle == example.parent / "asa-ca.pem"
    assert d.retention == timedelta(days=30) and len(d.publisher_key_list()) == 1
    assert (d.language, d.auto_lock_minutes) == ("de", 10)
    d.service_key()  # a usable Ed25519 key


def test_the_environment_variable_names_the_file(example, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(example))
    assert load_deployment().source == example
    monkeypatch.setenv(ENV_VAR, str(example.parent / "missing.yaml"))
    with pytest.raises(DataFileError, match="file not found"):
        load_deployment()  # IT named a file: its absence is reported, not taken as "offline"


def test_no_file_means_no_central_service(monkeypatch, tmp_path):
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "site"))
    deployment = load_deployment()
    assert deployment == NOT_CONFIGURED and not deployment.sync_configured


def test_every_mistake_is_named_with_file_and_line(tmp_path):
    path = tmp_path / "deployment.yaml"
    path.write_text(
        "central:\n"
        "  url: ftp://central\n"
        "  service_public_key: abc\n"
        "  ca_bundle: nowhere.pem\n"
        "retention_days: -1\n"
        "languag: de\n"
    )
    with pytest.raises(DataFileError) as caught:
        load_deployment(path)
    text = str(caught.value)
    assert f"{path}:2: central.url" in text
    assert f"{path}:3: central.service_public_key" in text
    assert f"{path}:5: retention_days" in text
    assert f"{path}:6: languag: unknown field" in text
    path.write_text(
        "central:\n  url: https://c\n  service_public_key: " + "a" * 64 + "\n"
        "  ca_bundle: nowhere.pem\n"
    )
    with pytest.raises(DataFileError, match=r":4: central.ca_bundle: CA bundle not found"):
        load_deployment(path)


KEY = "a" * 64


@pytest.mark.parametrize(
    ("central", "complaint"),
    [
        ("  url: https://asa.example.org\n", "https needs central.ca_bundle"),
        ("  url: http://asa.example.org\n  demo: true\n", "only for a demo on this machine"),
        ("  url: http://10.1.2.3:8443\n  demo: true\n", "only for a demo on this machine"),
        ("  url: http://127.0.0.1:8443\n", "needs 'demo: true'"),
    ],
)
def test_production_is_https_with_a_pinned_ca_and_http_only_a_demo_on_loopback(
    tmp_path, central, complaint
):
    """Issue 11.13: without a CA the system trust store was used, and http:// was accepted for
    any host."""
    path = tmp_path / "deployment.yaml"
    path.write_text("central:\n" + central + f"  service_public_key: {KEY}\n")
    with pytest.raises(DataFileError) as caught:
        load_deployment(path)
    assert f"{path}:2: central.url" in str(caught.value) and complaint in str(caught.value)


def test_a_demo_may_use_plain_http_on_this_machine(tmp_path):
    path = tmp_path / "deployment.yaml"
    for host in ("127.0.0.1:8443", "localhost:8443", "[::1]:8443"):
        path.write_text(
            f"central:\n  demo: true\n  url: http://{host}\n  service_public_key: {KEY}\n"
        )
        assert load_deployment(path).central_url == f"http://{host}"


def test_the_client_itself_refuses_https_without_a_pinned_ca_and_http_elsewhere():
    from app.sync.client import SyncClient
    from app.sync.keys import generate_private_key

    key = generate_private_key().public_key()
    with pytest.raises(ValueError, match="ca_bundle"):
        SyncClient("https://asa.example.org", key)
    with pytest.raises(ValueError, match="loopback"):
        SyncClient("http://asa.example.org", key)
    SyncClient("http://127.0.0.1:9", key).close()
