"""The central service as IT runs it (installer/central/): the systemd unit is valid, and two
service processes behind the shipped nginx configuration (TLS at the proxy, the CA pinned by
the client) take a signed upload exactly once — also with one of the processes down.
"""

from __future__ import annotations

import shutil
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import trustme

from app.central.devtools.pgserver import free_port
from app.sync.runner import enrol_device, run_sync
from tests.central.conftest import (  # noqa: F401 - fixtures: PostgreSQL, keys, admin
    admin,
    database_url,
    make_client,
    postgres,
    service_key_path,
    service_public_key,
)
from tests.central.harness import ServiceProcess, wait_for_health
from tests.sync.json_store import JsonFileSource

ROOT = Path(__file__).resolve().parents[2]
CENTRAL = ROOT / "installer" / "central"


def test_the_systemd_unit_is_valid(tmp_path):
    unit = (CENTRAL / "asa-central@.service").read_text()
    asa = Path(sys.executable).with_name("asa")
    assert "/opt/asa-central/bin/asa central serve" in unit
    # The instance (port) is part of the name; the venv's `asa` stands in for /opt/asa-central.
    target = tmp_path / "asa-central@8401.service"
    target.write_text(unit.replace("/opt/asa-central/bin/asa", str(asa)))
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", str(target)], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr


@pytest.fixture(scope="module")
def tls(tmp_path_factory):
    folder = tmp_path_factory.mktemp("proxy-tls")
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    cert.cert_chain_pems[0].write_to_path(folder / "chain.pem")
    for extra in cert.cert_chain_pems[1:]:
        extra.write_to_path(folder / "chain.pem", append=True)
    cert.private_key_pem.write_to_path(folder / "key.pem")
    ca.cert_pem.write_to_path(folder / "ca.pem")
    return folder


@pytest.fixture(scope="module")
def services(database_url, service_key_path, tmp_path_factory):  # noqa: F811
    log = tmp_path_factory.mktemp("service-logs")
    processes = [ServiceProcess(database_url, service_key_path, log).start() for _ in range(2)]
    yield processes
    for process in processes:
        process.stop()


@pytest.fixture(scope="module")
def proxy(services, tls, tmp_path_factory):
    """nginx with installer/central/nginx.conf, only its addresses and paths changed."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        pytest.fail("nginx is missing: `make system-deps` installs it")
    folder = tmp_path_factory.mktemp("nginx")
    port = free_port()
    conf = (CENTRAL / "nginx.conf").read_text()
    for name, service in zip(("central-1", "central-2"), services, strict=True):
        conf = conf.replace(f"server {name}:8443", f"server 127.0.0.1:{service.port}")
    conf = conf.replace("listen 8443 ssl", f"listen 127.0.0.1:{port} ssl")
    conf = conf.replace("/etc/nginx/tls/", f"{tls}/")
    conf = conf.replace("/dev/stdout", str(folder / "access.log"))
    conf = conf.replace("/dev/stderr", str(folder / "error.log"))
    (folder / "nginx.conf").write_text(conf)
    command = [nginx, "-p", str(folder), "-c", str(folder / "nginx.conf")]
    command += ["-e", str(folder / "e.log"), "-g", f"daemon off; pid {folder}/nginx.pid;"]
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"https://127.0.0.1:{port}"
    try:
        wait_for_health(url, verify=ssl.create_default_context(cafile=tls / "ca.pem"))
    except RuntimeError:
        process.kill()
        pytest.fail("nginx did not come up: " + process.stderr.read().decode()[-2000:])
    yield url
    process.terminate()
    process.wait(timeout=10)


def test_two_processes_behind_the_proxy_store_each_upload_once(
    proxy,
    services,
    tls,
    admin,  # noqa: F811
    service_public_key,  # noqa: F811
    tmp_path,
):
    pinned = ssl.create_default_context(cafile=tls / "ca.pem")
    health = httpx.get(proxy + "/v1/health", verify=pinned).json()
    assert health["status"] == "ok"

    source = JsonFileSource(tmp_path / "store.json")
    client = make_client(proxy, service_public_key, ca_bundle=tls / "ca.pem")
    enrol_device(source, client, admin.interviewer("proxied_user"), "laptop behind nginx")
    first = source.seal_new()
    assert run_sync(source, client).sent == 1  # signed requests pass the proxy unchanged
    assert run_sync(source, client).sent == 0
    assert admin.copies(first.hearing_id) == 1

    services[0].stop()  # one process down: the proxy sends the next upload to the other
    time.sleep(0.2)
    try:
        second = source.seal_new()
        assert run_sync(source, client).sent == 1
        assert admin.copies(second.hearing_id) == 1
    finally:
        services[0].start()
    client.close()
