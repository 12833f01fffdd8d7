"""The PDF export of a bundle, in a child process of its own (Qt lays it out on its main
thread): ``python -m app.central.web.export_child PAYLOAD.json TARGET LANGUAGE``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.export.from_bundle import export_bundle


def main(argv: list[str]) -> int:
    source, target, language = argv
    data = json.loads(Path(source).read_text(encoding="utf-8"))
    fmt = Path(target).suffix.lstrip(".")
    export_bundle(data["payload"], fmt, target, language, data.get("earlier", []))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
