"""SyncClient: the device's HTTP conversation with the central service (httpx, blocking).

Meant to run on a worker thread of the desktop app. Every request after enrolment is signed
(see request_signing); every reply that matters is checked against keys that deployment
configured, never against keys the service sends along.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import ValidationError

from app.sync.errors import (
    InvalidReceipt,
    Refused,
    ServiceUnreachable,
    TransientError,
    UntrustedService,
)
from app.sync.keys import key_id
from app.sync.messages import (
    Assignment,
    Bundle,
    EnrolRequest,
    EnrolResponse,
    PackEnvelope,
    Receipt,
    ReturnForRevision,
)
from app.sync.protocol import (
    CLIENT_TOO_OLD,
    OLDEST_CLIENT,
    OLDEST_CLIENT_HEADER,
    OLDEST_SERVICE,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    ProtocolVersion,
    service_version_problem,
)
from app.sync.receipts import receipt_problems
from app.sync.request_signing import signed_headers
from app.sync.retry import RetryPolicy
from app.sync.transport import transport_problem

# 408: the service stopped waiting for a body that came too slowly; the next try may be faster.
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
_OUR_VERSION = str(PROTOCOL_VERSION)


@dataclass(frozen=True)
class DeviceCredentials:
    device_id: str
    private_key: Ed25519PrivateKey


def pinned_context(ca_bundle: str | Path) -> ssl.SSLContext:
    """Trust only the deployment's CA, not the operating system's list (nor SSL_CERT_FILE)."""
    return ssl.create_default_context(cafile=str(ca_bundle))


class SyncClient:
    def __init__(
        self,
        base_url: str,
        service_key: Ed25519PublicKey,
        *,
        ca_bundle: str | Path | None = None,
        device: DeviceCredentials | None = None,
        timeout: float = 15.0,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        problem = transport_problem(base_url, has_ca=ca_bundle is not None)
        if problem:
            raise ValueError(f"{base_url}: {problem}")
        self.service_key = service_key
        self.device = device
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        verify: Any = pinned_context(ca_bundle) if ca_bundle else False  # http: nothing to verify
        # ``transport`` wraps the network, e.g. for fault injection in the load benchmark.
        self._http = httpx.Client(
            base_url=base_url.rstrip("/"),
            verify=verify,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            transport=transport,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the protocol --------------------------------------------------------------------

    def reachable(self) -> bool:
        """One quick try, no retries: for starting a sync when the network comes back."""
        try:
            return self._http.get("/v1/health", timeout=3.0).status_code == 200
        except httpx.HTTPError:
            return False

    def check_protocol(self) -> ProtocolVersion:
        """Asks ``/v1/health`` which protocol the service speaks; ``Refused`` with
        ``client_too_old`` or ``service_too_old`` when the two cannot talk. (Every reply is
        checked the same way by its headers; this is for asking before anything is sent.)"""
        health = self._call("GET", "/v1/health", signed=False)
        try:
            data = health.json()
        except ValueError:
            raise TransientError("the service's health answer is not JSON") from None
        data = data if isinstance(data, dict) else {}
        # A 1.0 service says "protocol": 1 and does not name the oldest client it serves.
        service = ProtocolVersion.parse(data.get("protocol", 1)) or OLDEST_SERVICE
        oldest = ProtocolVersion.parse(data.get("oldest_client_protocol")) or OLDEST_CLIENT
        _refuse_if_incompatible(service, oldest)
        return service

    def enrol(self, code: str, device_public_key: str, device_name: str = "") -> EnrolResponse:
        body = EnrolRequest(code=code, public_key=device_public_key, device_name=device_name)
        reply = self._call("POST", "/v1/enrol", body.model_dump_json().encode(), signed=False)
        response = self._parse(EnrolResponse, reply)
        if response.service_key_id != key_id(self.service_key):
            raise UntrustedService(
                "The service signs with another key than deployment "
                "configured; enrolment is not trusted. Contact IT."
            )
        return response

    def upload(self, bundle: Bundle) -> Receipt:
        """The service's receipt, checked; raises when there is none that can be trusted."""
        reply = self._call("POST", "/v1/transcripts", bundle.model_dump_json().encode())
        try:
            receipt = Receipt.model_validate_json(reply.content)
        except ValidationError as exc:
            raise InvalidReceipt(f"the service's reply is not a receipt: {exc}") from None
        problems = receipt_problems(receipt, self.service_key, bundle)
        if problems:
            raise InvalidReceipt("; ".join(problems))
        return receipt

    def device_status(self) -> dict[str, Any]:
        return self._call("GET", "/v1/device").json()

    def fetch_assignments(self) -> list[Assignment]:
        return [Assignment.model_validate(a) for a in self._call("GET", "/v1/assignments").json()]

    def fetch_returns(self) -> list[ReturnForRevision]:
        data = self._call("GET", "/v1/returns").json()
        return [ReturnForRevision.model_validate(r) for r in data]

    def fetch_pack_updates(self, installed_versions: dict[str, str]) -> list[PackEnvelope]:
        """Updates as sent; verify each with ``app.sync.packs.verify_pack`` before use."""
        query = "&".join(f"installed={p}@{v}" for p, v in sorted(installed_versions.items()))
        path = "/v1/packs" + ("?" + query if query else "")
        return [PackEnvelope.model_validate(e) for e in self._call("GET", path).json()]

    # --- transport -----------------------------------------------------------------------

    def _call(self, method: str, path: str, body: bytes = b"", signed: bool = True):
        last = "no attempt made"
        connected = False
        for attempt in range(1, self.retry.attempts + 1):
            if attempt > 1:
                self._sleep(self.retry.delay(attempt - 1))
            request = self._http.build_request(
                method,
                path,
                content=body or None,
                headers={"Content-Type": "application/json", PROTOCOL_HEADER: _OUR_VERSION},
            )
            if signed:
                request.headers.update(self._signature(method, request, body))
            try:
                reply = self._http.send(request)
            except httpx.ConnectError as exc:
                _raise_if_untrusted(exc)
                last = f"cannot connect to the service ({exc})"
                continue
            except httpx.TimeoutException:
                connected, last = True, "the service did not answer in time"
                continue
            except httpx.TransportError as exc:
                connected, last = True, f"the connection broke ({type(exc).__name__})"
                continue
            connected = True
            _check_versions_of(reply)
            if reply.status_code in RETRY_STATUSES:
                last = f"service error {reply.status_code}: {_message(reply)}"
                continue
            if reply.status_code >= 400:
                raise _refusal(reply)
            return reply
        tries = f"after {self.retry.attempts} attempts"
        raise (TransientError if connected else ServiceUnreachable)(f"{last} ({tries})")

    def _signature(self, method: str, request: httpx.Request, body: bytes) -> dict[str, str]:
        if self.device is None:
            raise Refused(401, "unsigned_request", "This profile is not enrolled yet.")
        path = request.url.raw_path.decode("ascii")
        return signed_headers(self.device.device_id, self.device.private_key, method, path, body)

    @staticmethod
    def _parse(model, reply: httpx.Response):
        try:
            return model.model_validate_json(reply.content)
        except ValidationError as exc:
            raise TransientError(f"unexpected reply from the service: {exc}") from None


def _check_versions_of(reply: httpx.Response) -> None:
    service = ProtocolVersion.parse(reply.headers.get(PROTOCOL_HEADER, "1.0"))
    oldest = ProtocolVersion.parse(reply.headers.get(OLDEST_CLIENT_HEADER, "1.0"))
    if service is not None and oldest is not None:  # unreadable: the status code decides
        _refuse_if_incompatible(service, oldest)


def _refuse_if_incompatible(service: ProtocolVersion, oldest: ProtocolVersion) -> None:
    problem = service_version_problem(service, oldest)
    if problem is not None:
        code, message = problem
        raise Refused(426 if code == CLIENT_TOO_OLD else 400, code, message)


def _raise_if_untrusted(exc: httpx.ConnectError) -> None:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            raise UntrustedService(
                "The service's certificate is not from the certificate authority deployment "
                f"configured; not connecting ({cause.verify_message})."
            ) from exc
        cause = cause.__cause__ or cause.__context__


def _message(reply: httpx.Response) -> str:
    try:
        return str(reply.json().get("message", reply.reason_phrase))
    except ValueError:
        return reply.reason_phrase


def _refusal(reply: httpx.Response) -> Refused:
    try:
        data = reply.json()
        return Refused(reply.status_code, data["error"], data["message"], data.get("details"))
    except (ValueError, KeyError, TypeError, AttributeError):
        return Refused(reply.status_code, "refused", f"the service refused: {reply.reason_phrase}")
