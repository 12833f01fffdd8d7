"""Refusals with a stable code and a message meant for people; sent to clients as JSON."""

from __future__ import annotations


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, details: list[str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details or []


def bad_request(code: str, message: str, details: list[str] | None = None) -> ApiError:
    return ApiError(400, code, message, details)


def unauthorised(code: str, message: str) -> ApiError:
    return ApiError(401, code, message)


def forbidden(code: str, message: str) -> ApiError:
    return ApiError(403, code, message)


def not_found(code: str, message: str) -> ApiError:
    return ApiError(404, code, message)


def conflict(code: str, message: str, details: list[str] | None = None) -> ApiError:
    return ApiError(409, code, message, details)


class AdminError(Exception):
    """An operator command that cannot be done as asked; the message says why."""
