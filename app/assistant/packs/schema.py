"""JSON Schemas of the pack files, generated from the pydantic models (rules/schema/).

Editors with YAML support (VS Code's YAML extension, IntelliJ) use them for completion and
inline checks. Regenerate after changing a model: ``python -m app.assistant.packs.schema``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from app.assistant.packs.conditions import KNOWN
from app.assistant.packs.models import (
    ChecklistFile,
    Example,
    GazetteerFile,
    PackMeta,
    RulesFile,
    StatementsFile,
    VocabularyFile,
)

FILES = {
    "pack.schema.json": PackMeta,
    "gazetteer.schema.json": GazetteerFile,
    "vocabulary.schema.json": VocabularyFile,
    "statements.schema.json": StatementsFile,
    "rules.schema.json": RulesFile,
    "checklist.schema.json": ChecklistFile,
    "example.schema.json": Example,
}
CONDITION_FIELDS = ("when", "covered_when", "unless")


def condition_schema() -> dict[str, Any]:
    """Conditions are checked by the compiler; the schema gives their outline for editors."""
    one_of = [{"type": "object", "required": [name], "additionalProperties": False,
               "properties": {name: {}}} for name in KNOWN]  # fmt: skip
    return {"description": "A condition: one key of " + ", ".join(KNOWN) + " (see "
            "docs/guideline-editors.md)", "anyOf": [{"type": "array"}, *one_of]}  # fmt: skip


def _patch(node: Any) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties":
                for field in CONDITION_FIELDS:
                    if field in value:
                        value[field] = {"$ref": "#/$defs/Condition"}
            _patch(value)
    elif isinstance(node, list):
        for item in node:
            _patch(item)


def schemas() -> dict[str, dict[str, Any]]:
    result = {}
    for name, model in FILES.items():
        schema = model.model_json_schema(by_alias=True)
        _patch(schema)
        schema.setdefault("$defs", {})["Condition"] = condition_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        result[name] = schema
    return result


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parents[3] / "rules" / "schema"
    out.mkdir(parents=True, exist_ok=True)
    for name, schema in schemas().items():
        (out / name).write_text(render(schema), encoding="utf-8")
    print(f"wrote {len(FILES)} schemas to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
