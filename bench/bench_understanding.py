"""Benchmark of what the assistant understands: precision, recall and F1 per fact kind on the
annotated corpus (tests/corpus/), the held-out part on its own, the time per sentence, how the
time grows with the length of an answer, and what each language library costs to load.

Standalone: ``.venv/bin/python bench/bench_understanding.py``.
"""

from __future__ import annotations

import importlib.util
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.assistant import Assistant  # noqa: E402
from app.assistant.understanding import load_corpus, score  # noqa: E402
from app.paths import rules_dir  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
HEARING_TEXT = (
    "Ich komme aus Hawler, wir wohnten in der Nähe der Zitadelle. Am 15.08.2014 griff der IS "
    "an, da war ich 12 Jahre alt. Ich wurde nie verhaftet und nehme keine Medikamente. "
)

# Each library loaded and used once in a fresh process: (import + first use) time, memory.
PROBES = {
    "baseline (bare python)": "pass",
    "wordfreq (de + en 'small' lists, as app.assistant.lexicon uses them)": (
        "from wordfreq import zipf_frequency; zipf_frequency('heirat', 'de', wordlist='small'); "
        "zipf_frequency('heirat', 'en', wordlist='small')"
    ),
    "text2num": "from text_to_num import text2num; text2num('sechzehn', 'de')",
    "jdatetime": "import jdatetime; jdatetime.date(1393, 1, 1).togregorian()",
    "simplemma (German, not used)": (
        "import simplemma; simplemma.lemmatize('verhaftet', lang='de')"
    ),
}
PROBE = """
import json, sys, time
sys.path.insert(0, {root!r})
start = time.perf_counter()
{code}
seconds = time.perf_counter() - start
rss = [l for l in open("/proc/self/status") if l.startswith("VmRSS")][0].split()[1]
print(json.dumps({{"seconds": seconds, "rss_mb": int(rss) / 1024}}))
"""


def library_costs() -> dict[str, dict[str, float]]:
    costs = {}
    for name, code in PROBES.items():
        if "simplemma" in name and importlib.util.find_spec("simplemma") is None:
            continue
        out = subprocess.run(
            [sys.executable, "-c", PROBE.format(root=str(ROOT), code=code)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        costs[name] = json.loads(out)
    return costs


def per_length(assistant: Assistant) -> list[tuple[int, float]]:
    """Extraction time of answers of 1 to 300 times the same three sentences: the fastest of
    several runs (on a shared machine the fastest is the least disturbed)."""
    from datetime import date

    results = []
    for repeat in (1, 10, 100, 300):
        text = HEARING_TEXT * repeat
        times = []
        for _ in range(7 if repeat < 100 else 4):
            started = time.perf_counter()
            assistant.extractor.entry_facts(1, "", text, date(2024, 3, 1))
            times.append(time.perf_counter() - started)
        results.append((len(text), min(times)))
    return results


def main() -> int:
    started = time.perf_counter()
    assistant = Assistant.load(rules_dir())
    load_seconds = time.perf_counter() - started
    cases = load_corpus(CORPUS)
    score(assistant, cases[:20])  # warm up: wordfreq's lists, caches
    scores = score(assistant, cases)
    heldout = score(assistant, [c for c in cases if c.file.startswith("heldout")])
    print(f"corpus: {len(cases)} cases; sample packs loaded in {load_seconds:.2f} s")
    print("\nall cases")
    print(scores.table())
    print(f"negation handled in {scores.negation_handled:.3f} of negated cases")
    print(f"must-not violations: {len(scores.forbidden_found)}")
    print(f"\nheld-out cases ({len(heldout.results)})")
    print(heldout.table())
    times = sorted(r.seconds for r in scores.results)
    print(
        f"\ntime per sentence (session.update_entry, extraction and rules): "
        f"median {statistics.median(times) * 1000:.2f} ms, "
        f"p95 {times[int(len(times) * 0.95)] * 1000:.2f} ms"
    )
    lengths = per_length(assistant)
    base_chars, base_seconds = lengths[0]
    print("\nextraction time against answer length (ratio of time per character to 1x):")
    for chars, seconds in lengths:
        ratio = (seconds / chars) / (base_seconds / base_chars)
        print(f"  {chars:>6} characters: {seconds * 1000:8.2f} ms  per-character ratio {ratio:.2f}")
    print("\nlanguage libraries, loaded and used once in a fresh process:")
    costs = library_costs()
    base = costs.pop("baseline (bare python)")
    print(f"  baseline: {base['seconds'] * 1000:.0f} ms, {base['rss_mb']:.0f} MB")
    for name, cost in costs.items():
        print(
            f"  {name}: +{(cost['seconds'] - base['seconds']) * 1000:.0f} ms, "
            f"+{cost['rss_mb'] - base['rss_mb']:.0f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
