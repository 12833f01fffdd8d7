"""Loading and validating packs: every problem in every file, each with file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.assistant.checks import CHECKS
from app.assistant.packs.compiled import (
    CompiledItem,
    CompiledQuestion,
    CompiledRule,
    Knowledge,
    LoadedPack,
)
from app.assistant.packs.conditions import Compiler, ConditionError
from app.assistant.packs.discovery import PACK_FILE
from app.assistant.packs.models import (
    ChecklistFile,
    Example,
    GazetteerFile,
    Localized,
    PackMeta,
    RulesFile,
    StatementsFile,
    VocabularyFile,
)
from app.assistant.templating import LocalizedTemplate, TemplateProblem
from app.datafiles import DataFileError, Located, Problem, load_yaml, validate

OPTIONAL_FILES = {
    "gazetteer.yaml": GazetteerFile,
    "vocabulary.yaml": VocabularyFile,
    "statements.yaml": StatementsFile,
    "rules.yaml": RulesFile,
    "checklist.yaml": ChecklistFile,
}


LIST_FIELDS = {
    GazetteerFile: "places",
    StatementsFile: "statements",
    RulesFile: "rules",
    ChecklistFile: "items",
}


class _Collector:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def load(self, path: Path, model: type) -> tuple[Any, Located | None]:
        try:
            located = load_yaml(path)
        except DataFileError as exc:
            self.problems.extend(exc.problems)
            return None, None
        try:
            return validate(located, model), located
        except DataFileError as exc:
            self.problems.extend(exc.problems)
            return self._salvage(located, model), located

    def _salvage(self, located: Located, model: type) -> Any:
        """Keep the valid items of a list file, so the rest is still checked (and reported).

        An invalid item becomes None in its place: indices, and so line numbers, stay right.
        """
        list_field = LIST_FIELDS.get(model)
        data = located.data
        if list_field is None or not isinstance(data, dict):
            return None
        items = data.get(list_field)
        if not isinstance(items, list) or set(data) - {list_field}:
            return None
        item_model = model.model_fields[list_field].annotation.__args__[0]
        kept = []
        for item in items:
            try:
                kept.append(item_model.model_validate(item))
            except ValidationError:
                kept.append(None)  # already reported above
        return model.model_construct(**{list_field: tuple(kept)})

    def add(self, located: Located, key_path: tuple, message: str) -> None:
        self.problems.append(Problem(located.path, located.line_of(key_path), message))


def load_packs(pack_dirs: list[Path], with_examples: bool = False) -> Knowledge:
    """Load one version of each pack; raise DataFileError listing every problem found."""
    c = _Collector()
    packs: dict[str, LoadedPack] = {}
    files: list[tuple[LoadedPack, str, Any, Located]] = []
    for folder in pack_dirs:
        meta, located = c.load(folder / PACK_FILE, PackMeta)
        if meta is None:
            continue
        if meta.id in packs:
            c.add(located, ("id",), f"pack '{meta.id}' is loaded twice (one version per pack)")
            continue
        if folder.name != meta.version or folder.parent.name != meta.id:
            c.add(
                located,
                ("version",),
                f"the folder must be {meta.id}/{meta.version}/ "
                f"(pack id / version), not {folder.parent.name}/{folder.name}/",
            )
        if not meta.sample:
            c.add(located, ("sample",), "only sample packs ship with ASA: set 'sample: true'")
        pack = packs[meta.id] = LoadedPack(meta, folder)
        for name, model in OPTIONAL_FILES.items():
            if (folder / name).is_file():
                data, file_located = c.load(folder / name, model)
                if data is not None:
                    files.append((pack, name, data, file_located))
        if meta.kind == "checklist" and not (folder / "checklist.yaml").is_file():
            c.add(located, ("kind",), "a checklist pack needs a checklist.yaml")
        if with_examples:
            for path in sorted((folder / "examples").glob("*.yaml")):
                example, _ = c.load(path, Example)
                if example is not None:
                    pack.examples.append((path, example))
        for required in meta.requires:
            if not any(p.parent.name == required for p in pack_dirs):
                c.add(located, ("requires",), f"required pack '{required}' is not installed")
    knowledge = _merge(c, packs, files)
    if c.problems:
        raise DataFileError(c.problems)
    return knowledge


def _merge(c: _Collector, packs: dict[str, LoadedPack], files: list) -> Knowledge:
    k = Knowledge(packs, {}, {}, {}, {}, [], [])
    seen: dict[tuple[str, str], str] = {}

    def unique(kind: str, item_id: str, located: Located, key_path: tuple) -> bool:
        where = f"{located.path}:{located.line_of(key_path)}"
        if (kind, item_id) in seen:
            c.add(
                located, key_path, f"{kind} id '{item_id}' is already used at {seen[kind, item_id]}"
            )
            return False
        seen[kind, item_id] = where
        return True

    by_name = {
        name: [(p, d, loc) for p, n, d, loc in files if n == name] for name in OPTIONAL_FILES
    }
    for pack, data, loc in by_name["gazetteer.yaml"]:
        for i, place in _valid(data.places):
            if unique("place", place.id, loc, ("places", i, "id")):
                k.places[place.id] = place
                k.place_pack[place.id] = pack.meta.id
    for _pack, data, loc in by_name["vocabulary.yaml"]:
        for group, target in (("actors", k.actors), ("topics", k.topics)):
            for i, term in enumerate(getattr(data, group)):
                if unique(group[:-1], term.id, loc, (group, i, "id")):
                    target[term.id] = term
    for _pack, data, loc in by_name["gazetteer.yaml"]:
        for i, place in _valid(data.places):
            if place.parent and place.parent not in k.places:
                c.add(loc, ("places", i, "parent"), f"unknown parent place '{place.parent}'")
    for pack, data, loc in by_name["statements.yaml"]:
        for i, st in _valid(data.statements):
            if unique("statement", st.id, loc, ("statements", i, "id")):
                k.statements[st.id] = (st, pack.meta)
            if st.source not in pack.source_by_id:
                c.add(
                    loc,
                    ("statements", i, "source"),
                    f"unknown source '{st.source}' (list it under sources in pack.yaml)",
                )
            else:
                problem = _source_predates_period(st, pack.source_by_id[st.source])
                if problem:
                    line = loc.line_of(("statements", i, "period"))
                    k.citation_problems.append(Problem(loc.path, line, problem))
            for field, known in (("places", k.places), ("actors", k.actors), ("topics", k.topics)):
                for j, ref in enumerate(getattr(st.about, field)):
                    if ref not in known:
                        c.add(
                            loc,
                            ("statements", i, "about", field, j),
                            f"unknown {field[:-1]} '{ref}'",
                        )
    compiler = Compiler({"place": set(k.places), "actor": set(k.actors), "topic": set(k.topics)})
    for pack, data, loc in by_name["rules.yaml"]:
        for i, rule in _valid(data.rules):
            if unique("rule", rule.id, loc, ("rules", i, "id")):
                compiled = _compile_rule(c, compiler, k, pack, rule, loc, ("rules", i))
                if compiled:
                    k.rules.append(compiled)
    for pack, data, loc in by_name["checklist.yaml"]:
        for i, item in _valid(data.items):
            if unique("checklist item", item.id, loc, ("items", i, "id")):
                compiled = _compile_item(c, compiler, pack, item, loc, ("items", i))
                if compiled:
                    k.checklist.append(compiled)
    return k


def _valid(items: tuple) -> list[tuple[int, Any]]:
    return [(i, item) for i, item in enumerate(items) if item is not None]


def _templates(
    c: _Collector, loc: Located, path: tuple, text: Localized
) -> LocalizedTemplate | None:
    try:
        return LocalizedTemplate(text.de, text.en)
    except TemplateProblem as exc:
        c.add(loc, path, str(exc))
        return None


def _condition(c: _Collector, compiler: Compiler, loc: Located, raw: Any, path: tuple):
    try:
        return compiler.compile(raw, path), True
    except ConditionError as exc:
        c.add(loc, exc.path, exc.message)
        return None, False


def _compile_rule(c, compiler, k: Knowledge, pack, rule, loc: Located, path) -> CompiledRule | None:
    ok = True
    condition = None
    if rule.when is not None:
        condition, ok = _condition(c, compiler, loc, rule.when, (*path, "when"))
    elif rule.check is None:
        c.add(loc, path, "a rule needs 'when' (a condition) or 'check' (a built-in check)")
        ok = False
    if rule.kind == "contradiction" and rule.against is None:
        c.add(
            loc,
            (*path, "kind"),
            "a contradiction rule needs 'against': internal, case_file or guideline",
        )
        ok = False
    if rule.check is not None and rule.check not in CHECKS:
        c.add(
            loc,
            (*path, "check"),
            f"unknown check '{rule.check}' (known: {', '.join(sorted(CHECKS))})",
        )
        ok = False
    for j, st in enumerate(rule.statements):
        if st not in k.statements:
            c.add(loc, (*path, "statements", j), f"unknown statement '{st}'")
            ok = False
    title = _templates(c, loc, (*path, "title"), rule.title)
    body = _templates(c, loc, (*path, "body"), rule.body)
    questions = [
        _templates(c, loc, (*path, "questions", j), q) for j, q in enumerate(rule.questions)
    ]
    if not ok or title is None or body is None or None in questions:
        return None
    keys = set(condition.keys) if condition else set()
    gate = condition.gate if condition else None
    if rule.check:
        keys |= CHECKS[rule.check].keys
        gate = None if condition is None else gate
    return CompiledRule(
        rule, pack.meta, condition, title, body, questions, frozenset(keys), gate, rule.check
    )


def _compile_item(c, compiler, pack, item, loc: Located, path) -> CompiledItem | None:
    condition, ok = _condition(c, compiler, loc, item.covered_when, (*path, "covered_when"))
    questions = []
    for j, q in enumerate(item.questions):
        text = _templates(c, loc, (*path, "questions", j, "text"), q.text)
        unless = None
        if q.unless is not None:
            unless, good = _condition(c, compiler, loc, q.unless, (*path, "questions", j, "unless"))
            ok = ok and good
        if text is None:
            ok = False
        questions.append(CompiledQuestion(text, unless))
    title = _templates(c, loc, (*path, "title"), item.title)
    if not ok or title is None:
        return None
    keys = set(condition.keys)
    for q in questions:
        keys |= q.unless.keys if q.unless else set()
    return CompiledItem(item, pack.meta, condition, questions, frozenset(keys))


def _source_predates_period(statement: Any, source: Any) -> str | None:
    """A source cannot report what happened after it was published: a statement whose period
    reaches past its source's date cites the wrong source (or claims too much)."""
    period, published = statement.period, source.date
    if period is None or published is None:
        return None
    for edge, day in (("starts", period.from_), ("ends", period.to)):
        if day is not None and day > published:
            return (
                f"statement '{statement.id}' describes a period that {edge} {day.isoformat()}, "
                f"but its source '{source.id}' was published {published.isoformat()}; cite a "
                f"later source or end the period by then"
            )
    return None
