"""Child process for the export crash test: exports the sample transcript again and again,
DOCX and PDF in turn, into one folder. The parent kills it with SIGKILL at a random moment.

With ``--report-temp`` it prints ``TEMP`` as soon as a temporary export file exists and waits
there for a line on standard input, so that the parent can kill it exactly inside that window
(or let it go on to a later export), however slow the machine.

Usage: python -m tests.export.export_child FOLDER [--report-temp]
(XDG_DATA_HOME names the data folder that holds the export journal)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.export import export_docx, export_pdf, files
from tests.export.sample import make_case, make_hearing


def _reporting_temp_files() -> None:
    create = files.create_owner_only

    def create_and_report(path: Path) -> int:
        fd = create(path)
        if path.name.startswith(files.TEMP_PREFIX):
            print("TEMP", flush=True)
            sys.stdin.readline()
        return fd

    files.create_owner_only = create_and_report


def main() -> None:
    folder = Path(sys.argv[1])
    if "--report-temp" in sys.argv:
        _reporting_temp_files()
    os.umask(0o022)  # the usual default: files Qt or python-docx made would be 0644
    case = make_case()
    hearing = make_hearing(case)
    print("READY", flush=True)
    for n in range(10_000):
        writer, fmt = (export_docx, "docx") if n % 2 else (export_pdf, "pdf")
        writer(case, hearing, folder / f"Niederschrift-{n % 3}.{fmt}")
        print("EXPORTED", flush=True)


if __name__ == "__main__":
    main()
