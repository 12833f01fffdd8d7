"""Benchmark of the assistant engine: one edited answer, incremental against from scratch.

Generates a synthetic rule base (5,000 rules, 20,000 place names), loads it through the normal
pack loader (timed), types a 300-entry transcript, then edits random answers one at a time:

* incremental: ``session.update_entry`` - extract the one entry, re-run only the rules and
  checklist items whose fact keys changed;
* from scratch: extract every entry again and evaluate every rule and item.

Prints both medians, the ratio (target >= 20x), the incremental per-edit median and p95, and the
pack load time. Standalone: ``.venv/bin/python bench/bench_assistant.py [--edits N]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.assistant import Assistant
from app.domain.case import Applicant, Case
from app.paths import rules_dir

SYLLABLES = [
    "ba",
    "ra",
    "ki",
    "mo",
    "sul",
    "da",
    "ma",
    "har",
    "bil",
    "ze",
    "na",
    "lo",
    "qa",
    "ti",
    "fe",
    "ru",
    "go",
    "an",
    "el",
    "is",
    "or",
    "um",
    "ya",
    "we",
]
FILLER = [
    "und",
    "dann",
    "sind",
    "wir",
    "zu",
    "meinem",
    "Onkel",
    "gegangen",
    "weil",
    "es",
    "dort",
    "ruhiger",
    "war",
    "aber",
    "nach",
    "einigen",
    "Wochen",
    "kamen",
    "sie",
    "wieder",
    "und",
    "wir",
    "mussten",
    "erneut",
    "fliehen",
    "mit",
    "den",
    "Kindern",
]


def name(rng: random.Random, used: set[str]) -> str:
    while True:
        candidate = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize()
        if candidate not in used:
            used.add(candidate)
            return candidate


def write_pack(root: Path, rng: random.Random, places: int, rules: int) -> dict:
    pack = root / "synthetic" / "1.0"
    pack.mkdir(parents=True)
    (pack / "pack.yaml").write_text(
        "id: synthetic\nversion: '1.0'\nkind: country\ntitle: {de: Synthetisch, en: Synthetic}\n"
        "effective: 2025-01-01\nsample: true\nnotice: {de: Beispieldaten, en: Sample data}\n"
        "requires: [common]\nsources: [{id: src, title: Synthetic source}]\n",
        "utf-8",
    )
    used: set[str] = set()
    ids, lines = [], ["places:"]
    countries = [f"c{i}" for i in range(20)]
    regions = [f"r{i}" for i in range(400)]
    for c in countries:
        lines.append(f"  - {{id: {c}, kind: country, names: [{name(rng, used)}]}}")
    for i, r in enumerate(regions):
        lines.append(
            f"  - {{id: {r}, kind: region, parent: c{i % 20}, names: [{name(rng, used)}]}}"
        )
    names_by_id = {}
    for i in range(places - len(countries) - len(regions)):
        pid, n1, n2 = f"p{i}", name(rng, used), name(rng, used)
        kind = "city" if i % 10 == 0 else "town"
        lines.append(f"  - {{id: {pid}, kind: {kind}, parent: r{i % 400}, names: [{n1}, {n2}]}}")
        ids.append(pid)
        names_by_id[pid] = n1
    (pack / "gazetteer.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    actors = [f"a{i}" for i in range(50)]
    topics = [f"t{i}" for i in range(100)]
    actor_words = {a: name(rng, used) + "miliz" for a in actors}
    topic_words = {t: name(rng, used).lower() + "ung" for t in topics}
    vocab = ["actors:"] + [
        f"  - {{id: {a}, display: {{de: {w}, en: {w}}}, words: [{w}]}}"
        for a, w in actor_words.items()
    ]
    vocab += ["topics:"] + [
        f"  - {{id: {t}, display: {{de: {w}, en: {w}}}, words: [{w}]}}"
        for t, w in topic_words.items()
    ]
    (pack / "vocabulary.yaml").write_text("\n".join(vocab) + "\n", "utf-8")
    statements = ["statements:"] + [
        f"  - {{id: s{i}, text: {{de: Aussage {i}, en: Statement {i}}}, source: src, paragraph: '{i}',"
        f" period: {{from: {2010 + i % 10}-01-01, to: {2012 + i % 10}-12-31}}}}"
        for i in range(500)
    ]
    (pack / "statements.yaml").write_text("\n".join(statements) + "\n", "utf-8")
    rule_lines = ["rules:"]
    for i in range(rules):
        shape = i % 10
        if shape < 6:  # a place (or region) and an actor: the Erbil/IS shape
            target = rng.choice(ids) if shape < 4 else rng.choice(regions)
            when = f"{{all: [{{place: {target}}}, {{actor: {rng.choice(actors)}}}]}}"
            extra = f", statements: [s{i % 500}]"
        elif shape < 8:  # a topic
            when, extra = f"{{topic: {rng.choice(topics)}}}", ""
        elif shape == 8:  # local knowledge per city of a country
            when, extra = (
                f"{{all: [{{place: {{kind: city}}}}, {{place: {rng.choice(countries)}}}]}}",
                ", per: place",
            )
        else:  # a topic in a period
            when = f"{{all: [{{topic: {rng.choice(topics)}}}, {{period: {{from: 2014-01-01, to: 2016-12-31}}}}]}}"
            extra = ""
        rule_lines.append(
            f"  - {{id: syn.r{i}, kind: info, when: {when}{extra}, title: {{de: 'Regel {i} {{{{ place }}}}',"
            f" en: 'Rule {i}'}}, body: {{de: '{{{{ statements|join(\" \") }}}}', en: b}},"
            f" questions: [{{de: 'Wann in {{{{ place }}}}?', en: 'When?'}}]}}"
        )
    (pack / "rules.yaml").write_text("\n".join(rule_lines) + "\n", "utf-8")
    return {
        "names": names_by_id,
        "actors": list(actor_words.values()),
        "topics": list(topic_words.values()),
    }


def answer(rng: random.Random, vocab: dict) -> str:
    names = list(vocab["names"].values())
    words = rng.sample(FILLER, 12)
    words.insert(rng.randint(0, len(words)), f"in {rng.choice(names)}")
    words.insert(rng.randint(0, len(words)), f"nach {rng.choice(names)}")
    if rng.random() < 0.5:
        words.insert(rng.randint(0, len(words)), rng.choice(vocab["actors"]))
    if rng.random() < 0.5:
        words.insert(rng.randint(0, len(words)), rng.choice(vocab["topics"]))
    if rng.random() < 0.4:
        words.append(f"im {rng.choice(['März', 'August', 'Sommer'])} {rng.randint(2010, 2020)}")
    return " ".join(words) + "."


def from_scratch(assistant, case, hearing, entries) -> None:
    """Everything again: extract all entries, evaluate every rule and checklist item."""
    session = assistant.start_analysis(case, hearing)
    for n, (q, a) in entries.items():
        facts = assistant.extractor.entry_facts(n, q, a, hearing)
        session.store.replace_entry(n, facts)
    session.reevaluate()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--scratch-runs", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(2025)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        import shutil

        for pack in ("common", "checklist"):
            shutil.copytree(rules_dir() / pack, root / pack)
        vocab = write_pack(root, rng, places=20_000, rules=5_000)
        start = time.perf_counter()
        assistant = Assistant.load(root)
        load_time = time.perf_counter() - start
    k = assistant.knowledge
    print(
        f"rule base: {len(k.rules)} rules, {len(k.places)} places "
        f"({sum(len(p.names) for p in k.places.values())} names), {len(k.checklist)} checklist items"
    )
    print(f"pack load (parse, validate, compile, index): {load_time:.2f} s")
    case = Case("bench", Applicant("Bench", "Mark"))
    hearing = date(2024, 3, 1)
    session = assistant.start_analysis(case, hearing)
    entries = {n: ("Frage", answer(rng, vocab)) for n in range(1, 301)}
    start = time.perf_counter()
    for n, (q, a) in entries.items():
        session.update_entry(n, q, a)
    print(
        f"typing 300 entries one by one: {time.perf_counter() - start:.2f} s, "
        f"{len(session.facts)} facts, {len(session.hints)} hints"
    )
    incremental, evaluated = [], []
    for _ in range(args.edits):
        n = rng.randint(1, 300)
        entries[n] = ("Frage", answer(rng, vocab))
        start = time.perf_counter()
        delta = session.update_entry(n, *entries[n])
        incremental.append(time.perf_counter() - start)
        evaluated.append(delta.rules_evaluated)
    scratch = []
    for _ in range(args.scratch_runs):
        start = time.perf_counter()
        from_scratch(assistant, case, hearing, entries)
        scratch.append(time.perf_counter() - start)
    inc_median, scratch_median = statistics.median(incremental), statistics.median(scratch)
    print(
        f"incremental edit: median {inc_median * 1000:.2f} ms, p95 "
        f"{percentile(incremental, 0.95) * 1000:.2f} ms, max {max(incremental) * 1000:.2f} ms "
        f"(rules re-evaluated per edit: median {statistics.median(evaluated):.0f} of {len(k.rules)})"
    )
    print(f"from scratch: median {scratch_median * 1000:.1f} ms over {args.scratch_runs} runs")
    ratio = scratch_median / inc_median
    print(
        f"ratio from-scratch / incremental: {ratio:.0f}x (target >= 20x) "
        f"{'OK' if ratio >= 20 else 'BELOW TARGET'}"
    )
    return 0 if ratio >= 20 else 1


if __name__ == "__main__":
    sys.exit(main())
