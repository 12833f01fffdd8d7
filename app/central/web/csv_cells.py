"""CSV for spreadsheets: RFC 4180 quoting by the csv module, and no formula injection.

A cell that starts with = + - @ (or a tab or carriage return, which some spreadsheets
strip before looking) would be run as a formula when the file is opened; such text cells
get a leading apostrophe, which spreadsheets show as plain text (OWASP "CSV Injection").
Numbers stay numbers."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"  # so that spreadsheets read the file as UTF-8 (Köln, not KÃ¶ln)


def neutralised(cell: object) -> object:
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def csv_text(rows: Iterable[Iterable[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralised(cell) for cell in row])
    return BOM + out.getvalue()
