"""YAML loading that keeps line numbers, and pydantic validation that reports them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pydantic.types  # noqa: F401  (loads pydantic whole: a partial import clashes with PySide6)
import yaml
from pydantic import BaseModel, ValidationError

from app.datafiles.errors import DataFileError, Problem

ModelT = TypeVar("ModelT", bound=BaseModel)
PathKey = tuple[str | int, ...]
MAX_VALUES = 2_000_000


@dataclass
class Located:
    """Parsed YAML data plus the line on which each value (by its key path) starts."""

    path: Path
    data: Any
    lines: dict[PathKey, int] = field(default_factory=dict)

    def line_of(self, key_path: PathKey) -> int | None:
        """Line of the value at ``key_path``, or of its nearest enclosing value."""
        key_path = tuple(key_path)
        while key_path:
            if key_path in self.lines:
                return self.lines[key_path]
            key_path = key_path[:-1]
        return self.lines.get((), 1)


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses duplicate keys: a silent last-one-wins hides editing slips."""


# libyaml parses many times faster than the pure-Python parser and gives the same marks; the
# walker below builds the values either way (so duplicate keys are caught either way).
_Composer = getattr(yaml, "CSafeLoader", _UniqueKeyLoader)


class _Walker:
    """Turns a composed YAML node tree into plain data, recording the line of every value."""

    def __init__(self, path: Path):
        self.path = path
        self.lines: dict[PathKey, int] = {}
        self._visited = 0
        self._scalars = _UniqueKeyLoader("")  # constructs scalars exactly as SafeLoader would

    def walk(self, node: yaml.Node, key_path: PathKey = ()) -> Any:
        self._visited += 1
        if self._visited > MAX_VALUES:  # aliases of aliases can expand exponentially
            raise DataFileError.single(
                self.path, node.start_mark.line + 1, f"more than {MAX_VALUES} values (aliases?)"
            )
        self.lines[key_path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, key_path)
        if isinstance(node, yaml.SequenceNode):
            return [self.walk(item, (*key_path, i)) for i, item in enumerate(node.value)]
        return self._scalars.construct_object(node)

    def _mapping(self, node: yaml.MappingNode, key_path: PathKey) -> dict[Any, Any]:
        path = self.path
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise DataFileError.single(
                    path, key_node.start_mark.line + 1, "keys must be plain text"
                )
            key = self._scalars.construct_object(key_node)
            if not isinstance(key, (str, int)):
                raise DataFileError.single(
                    path, key_node.start_mark.line + 1, "keys must be plain text"
                )
            if key in result:
                raise DataFileError.single(
                    path, key_node.start_mark.line + 1, f"duplicate key '{key}'"
                )
            result[key] = self.walk(value_node, (*key_path, key))
        return result


def load_yaml(path: Path | str) -> Located:
    """Parse a YAML file, keeping the line of every value. Raises DataFileError."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError.single(path, None, "file not found") from None
    except UnicodeDecodeError as exc:
        raise DataFileError.single(path, None, f"not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise DataFileError.single(path, None, f"cannot be read ({exc.strerror})") from None
    try:
        node = yaml.compose(text, Loader=_Composer)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise DataFileError.single(path, line, f"not valid YAML: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise DataFileError.single(path, None, f"not valid YAML: {exc}") from None
    if node is None:
        raise DataFileError.single(path, 1, "the file is empty")
    walker = _Walker(path)
    try:
        data = walker.walk(node)
    except RecursionError:
        raise DataFileError.single(
            path, None, "an alias refers to itself or nests too deeply"
        ) from None
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        raise DataFileError.single(
            path, mark.line + 1 if mark else None, f"unsupported value: {exc.problem}"
        ) from None
    return Located(path, data, walker.lines)


def _describe(error: dict[str, Any]) -> str:
    loc = ".".join(str(p) for p in error["loc"] if not str(p).startswith("function-"))
    message = error["msg"]
    if error["type"] == "extra_forbidden":
        message = "unknown field (check the spelling)"
    return f"{loc}: {message}" if loc else message


def validate(
    located: Located, model: type[ModelT], context: dict[str, Any] | None = None
) -> ModelT:
    """Validate parsed data against ``model``; every pydantic error becomes a file:line problem."""
    try:
        return model.model_validate(located.data, context=context)
    except ValidationError as exc:
        problems = [
            Problem(located.path, located.line_of(_data_path(err["loc"])), _describe(err))
            for err in exc.errors()
        ]
        raise DataFileError(problems) from None


def _data_path(loc: tuple[Any, ...]) -> PathKey:
    # pydantic inserts union/validator tags into loc; keep only keys and indices present in data.
    return tuple(p for p in loc if isinstance(p, (str, int)) and not str(p).startswith("function-"))


def load_model(
    path: Path | str, model: type[ModelT], context: dict[str, Any] | None = None
) -> ModelT:
    """Load a YAML file and validate it in one step."""
    return validate(load_yaml(path), model, context)
