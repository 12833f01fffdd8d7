"""Two service processes on one PostgreSQL; HTTPS with the deployment's CA pinned."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import trustme

from app.sync.errors import UntrustedService
from app.sync.runner import enrol_device, run_sync
from tests.central.conftest import make_client
from tests.central.harness import ServiceProcess
from tests.central.test_upload_exactly_once import bundle_for
from tests.sync.json_store import JsonFileSource

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def second_service(database_url, service_key_path, tmp_path_factory):
    process = ServiceProcess(database_url, service_key_path, tmp_path_factory.mktemp("log2"))
    yield process.start()
    process.stop()


def test_same_bundles_sent_at_once_to_two_processes_are_stored_once(
    enrolled, second_service, service, service_public_key, admin
):
    source, _ = enrolled
    creds = source.device_credentials()
    clients = [
        make_client(url, service_public_key, device=creds)
        for url in (service.url, second_service.url)
    ]
    bundles = [bundle_for(source, source.seal_new(answers=2)) for _ in range(12)]
    with ThreadPoolExecutor(8) as pool:
        futures = [(b, pool.submit(c.upload, b)) for b in bundles for c in clients]
        receipts: dict[str, set[str]] = {}
        for bundle, future in futures:
            receipts.setdefault(bundle.payload.hearing_id, set()).add(
                future.result().model_dump_json()
            )
    for bundle in bundles:
        assert admin.copies(bundle.payload.hearing_id) == 1
        assert len(receipts[bundle.payload.hearing_id]) == 1  # both got the identical receipt
    for client in clients:
        client.close()


def test_openapi_is_published(service):
    schema = httpx.get(service.url + "/openapi.json").json()
    assert "/v1/transcripts" in schema["paths"] and "Bundle" in schema["components"]["schemas"]


@pytest.fixture(scope="module")
def tls(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    cert.private_key_and_cert_chain_pem.write_to_path(folder / "server.pem")
    cert.private_key_pem.write_to_path(folder / "server.key")
    ca.cert_pem.write_to_path(folder / "ca.pem")
    trustme.CA().cert_pem.write_to_path(folder / "other-ca.pem")
    return folder


@pytest.fixture(scope="module")
def https_service(database_url, service_key_path, tls, tmp_path_factory):
    process = ServiceProcess(
        database_url,
        service_key_path,
        tmp_path_factory.mktemp("log3"),
        cert=tls / "server.pem",
        key=tls / "server.key",
    )
    yield process.start()
    process.stop()


def test_https_with_pinned_ca_syncs(https_service, tls, admin, service_public_key, tmp_path):
    source = JsonFileSource(tmp_path / "store.json")
    client = make_client(https_service.url, service_public_key, ca_bundle=tls / "ca.pem")
    enrol_device(source, client, admin.interviewer("tls_user"))
    transcript = source.seal_new()
    assert run_sync(source, client).sent == 1
    assert admin.copies(transcript.hearing_id) == 1


def test_https_with_another_ca_is_refused_and_nothing_sent(
    https_service, tls, admin, service_public_key, tmp_path
):
    client = make_client(https_service.url, service_public_key, ca_bundle=tls / "other-ca.pem")
    with pytest.raises(UntrustedService, match="certificate"):
        client.enrol(admin.interviewer("mitm_victim"), "00" * 32)
