"""YAML loading that keeps line numbers, and pydantic validation that reports them.

The files are written by hand and (rule packs) arrive through sync, so the loader assumes
nothing: a file larger than MAX_FILE_BYTES is refused before it is parsed; the values of the
composed node graph are counted with aliases expanded, stopping at MAX_VALUES, and a document
that would expand beyond it is refused before a single value is built ("billion laughs"); a
value that parses but cannot be built (``2025-13-45``, ``!!int abc``, a 5,000-digit number)
is a problem at its line like any other. Every problem found is reported, not only the first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import yaml

from app.datafiles.errors import DataFileError, Problem

if TYPE_CHECKING:
    from pydantic import BaseModel

# pydantic is imported by ``validate`` only: the deployment file is parsed here at start-up
# and checked without it (app/deployment_file.py).
ModelT = TypeVar("ModelT", bound="BaseModel")
PathKey = tuple[str | int, ...]
MAX_FILE_BYTES = 4 * 1024 * 1024  # the largest shipped file is ~23 KB; a big gazetteer fits
MAX_VALUES = 1_000_000  # values (keys included) after alias expansion; 4 MB hold ~500,000


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


_UNBUILT = object()  # a scalar that could not be built (the problem is recorded)


class _Walker:
    """Turns a composed YAML node tree into plain data, recording the line of every value."""

    def __init__(self, path: Path):
        self.path = path
        self.lines: dict[PathKey, int] = {}
        self.problems: list[Problem] = []
        self._scalars = _UniqueKeyLoader("")  # constructs scalars exactly as SafeLoader would

    def walk(self, node: yaml.Node, key_path: PathKey = ()) -> Any:
        self.lines[key_path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, key_path)
        if isinstance(node, yaml.SequenceNode):
            return [self.walk(item, (*key_path, i)) for i, item in enumerate(node.value)]
        return self._scalar(node)

    def _scalar(self, node: yaml.Node) -> Any:
        """The value of a scalar; a problem at its line if it cannot be built."""
        try:
            return self._scalars.construct_object(node)
        except yaml.constructor.ConstructorError as exc:
            reason = exc.problem
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError):
            reason = _unbuildable(node)
        self.problems.append(Problem(self.path, node.start_mark.line + 1, reason))
        return _UNBUILT

    def _mapping(self, node: yaml.MappingNode, key_path: PathKey) -> dict[Any, Any]:
        path = self.path
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise DataFileError.single(
                    path, key_node.start_mark.line + 1, "keys must be plain text"
                )
            key = self._scalar(key_node)
            if key is _UNBUILT:
                continue  # reported
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


_KINDS = {
    "tag:yaml.org,2002:int": "a whole number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:bool": "yes/no (true or false)",
    "tag:yaml.org,2002:timestamp": "a date (YYYY-MM-DD) or date and time",
}


def _unbuildable(node: yaml.Node) -> str:
    shown = node.value if len(node.value) <= 40 else f"{node.value[:20]}…({len(node.value)} chars)"
    kind = _KINDS.get(node.tag)
    if node.tag == "tag:yaml.org,2002:int" and len(node.value) > 100:
        return f"the number {shown} has too many digits; quote it if it is text"
    if kind:
        return f"'{shown}' is not valid as {kind}; quote it if it is text"
    return f"'{shown}' cannot be read as {node.tag}"


def _read_limited(path: Path) -> str:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise DataFileError.single(path, None, "file not found") from None
    except OSError as exc:
        raise DataFileError.single(path, None, f"cannot be read ({exc.strerror})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise DataFileError.single(
            path, None, f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB: not read (split it)"
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise DataFileError.single(path, line, f"not UTF-8 text ({exc.reason})") from None


def _count_values(root: yaml.Node, path: Path) -> None:
    """Refuse a document that would expand to more than MAX_VALUES values before anything is
    built: aliases of aliases ("billion laughs") and an alias inside the value it names both
    end here. Counting stops at the limit, so this costs at most MAX_VALUES steps."""
    count, stack = 0, [root]
    mapping, sequence = yaml.MappingNode, yaml.SequenceNode
    while stack:
        node = stack.pop()
        count += 1
        if count > MAX_VALUES:
            raise DataFileError.single(
                path,
                node.start_mark.line + 1,
                f"expands to more than {MAX_VALUES:,} values (aliases of aliases, or an alias "
                "inside the value it names?)",
            )
        if isinstance(node, mapping):
            for key, value in node.value:
                stack.append(key)
                stack.append(value)
        elif isinstance(node, sequence):
            stack.extend(node.value)


def load_yaml(path: Path | str) -> Located:
    """Parse a YAML file, keeping the line of every value. Raises DataFileError."""
    path = Path(path)
    text = _read_limited(path)
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
    _count_values(node, path)
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
    if walker.problems:
        raise DataFileError(walker.problems)
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
    import pydantic.types  # noqa: F401  (loads pydantic whole: a partial import clashes with PySide6)
    from pydantic import ValidationError

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
