"""Canonical serialisation: the same content always gives the same bytes, hence the same hash.

Used for sealing, the audit chain and sync bundles. The form is RFC 8785, the JSON
Canonicalization Scheme (the ``rfc8785`` package), so that any other system can recompute a
seal's or receipt's bytes for years without our code. Before it is serialised, content is made
plain: dataclasses become objects, enums their values, dates and times ISO 8601 text. Floats
are refused in our data (nothing we seal is a measurement; their text form is easy to get
wrong elsewhere).

The form used up to protocol 1.0 (``json.dumps`` with sorted keys, no white space, UTF-8) gives
the same bytes as RFC 8785 for all our data, so seals made before are verified unchanged:
``tests/sync/test_canonical_form.py`` shows it for any such content (Hypothesis). The two differ
only for integers beyond 2**53 (refused here) and for object keys that mix characters above
U+FFFF with ones in U+E000..U+FFFF (sort order; our keys are identifiers from code and forms).
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
from datetime import date, datetime
from typing import Any

import orjson
import rfc8785


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical data")
    return value


def to_plain(value: Any) -> Any:
    """Dataclasses, enums, dates -> JSON-compatible plain data."""
    return _plain(value)


class NotCanonical(ValueError):
    """The value has no canonical form (a float, an integer beyond 2**53, broken text)."""


def canonical_json(value: Any) -> bytes:
    """RFC 8785 bytes of the plain form of ``value``; ``NotCanonical`` when it has none."""
    try:
        plain = _plain(value)
    except TypeError as exc:
        raise NotCanonical(str(exc)) from exc
    return jcs(plain)


def jcs(data: Any) -> bytes:
    """RFC 8785 bytes of JSON data (dicts, lists, str, int, float, bool, None).

    ``rfc8785`` is pure Python, about six times slower than ``json.dumps`` and eighty times
    slower than ``orjson``; the service canonicalises every bundle, so data for which sorted
    ``orjson`` (or ``json.dumps``) provably gives the very same bytes takes that path
    (``tests/sync/test_canonical_form.py`` checks the two agree on any JSON, Hypothesis).
    Everything else goes to ``rfc8785``.
    """
    try:
        if _dumps_is_rfc8785(data):
            return _sorted_dumps(data)
        return rfc8785.dumps(data)
    except (TypeError, ValueError) as exc:  # rfc8785.CanonicalizationError is a ValueError
        raise NotCanonical(str(exc)) from exc


def jcs_with_member(data: dict[str, Any], key: str) -> tuple[bytes, bytes]:
    """RFC 8785 bytes of ``data`` and of its member ``data[key]``, with ``data`` checked once
    for the fast path and the member serialised once (a bundle's content is most of it and
    needs its own hash)."""
    try:
        if _dumps_is_rfc8785(data):
            member = _sorted_dumps(data[key])
            return _with_member(data, key, member), member
    except (TypeError, ValueError) as exc:
        raise NotCanonical(str(exc)) from exc
    return jcs(data), jcs(data[key])


def _with_member(data: dict[str, Any], key: str, member: bytes) -> bytes:
    """``_sorted_dumps(data)``, given the bytes of ``data[key]``: an object's form is
    ``{"name":value,...}`` in key order, so it is the members before ``key`` (an object's
    form without its closing brace), ``key``'s own, and the members after it (without the
    opening brace), each part with the very bytes it has in the whole."""
    before = _sorted_dumps({name: v for name, v in data.items() if name < key})
    after = _sorted_dumps({name: v for name, v in data.items() if name > key})
    own = _sorted_dumps(key) + b":" + member
    return (
        before[:-1]
        + (b"," if len(before) > 2 else b"")
        + own
        + (b"," if len(after) > 2 else b"")
        + after[1:]
    )


def _sorted_dumps(data: Any) -> bytes:
    """Sorted keys, no white space, UTF-8. ``orjson`` writes what ``json.dumps`` writes here, in
    a twelfth of the time (a bundle: 6 against 74 µs); it stops at 255 levels of nesting and
    at text that is not UTF-8, which ``json.dumps`` then takes (and refuses such text)."""
    try:
        return orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


_JS_SAFE = 2**53 - 1


def _dumps_is_rfc8785(data: Any) -> bool:
    """Sorted ``json.dumps`` escapes strings as RFC 8785 does; it differs only for floats,
    integers beyond 2**53 and the order of object keys with characters from U+D800 on (code
    points against UTF-16 units). True when ``data`` has none of these."""
    stack = [data]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is str or kind is bool or item is None:
            continue
        if kind is dict:
            for key in item:
                if type(key) is not str or not (key.isascii() or max(key) < "\ud800"):
                    return False
            stack.extend(item.values())
        elif kind is list:
            stack.extend(item)
        elif kind is int:
            if not -_JS_SAFE <= item <= _JS_SAFE:
                return False
        else:
            return False
    return True


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_hash(value: Any) -> str:
    return sha256_hex(canonical_json(value))
