"""``asa rules check|test|list``: for guideline editors; problems as file:line, no tracebacks."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.assistant.engine import Assistant
from app.assistant.examples import rules_root, run_pack_examples
from app.assistant.packs.discovery import find_pack_dirs
from app.datafiles import DataFileError


def register(subparsers: argparse._SubParsersAction) -> None:
    rules = subparsers.add_parser("rules", help="check, test and list guideline rule packs")
    commands = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    check = commands.add_parser("check", help="validate packs; every problem as file:line")
    check.add_argument("path", type=Path, help="a rules folder, a pack folder or one version")
    check.set_defaults(handler=check_command)
    test = commands.add_parser(
        "test",
        help="run the example cases kept beside the rules, and the corpus sentences that touch "
        "each pack against its previous version",
    )
    test.add_argument("path", type=Path, help="a rules folder, a pack folder or one version")
    test.add_argument(
        "--corpus",
        type=Path,
        help="annotated sentences (default: tests/corpus beside the rules folder, if present)",
    )
    test.set_defaults(handler=test_command)
    listing = commands.add_parser("list", help="installed packs and versions")
    listing.add_argument("path", type=Path, nargs="?", help="rules folder (default: built in)")
    listing.set_defaults(handler=list_command)


def check_command(args: argparse.Namespace) -> int:
    pack_dirs = find_pack_dirs(args.path)
    if not pack_dirs:
        print(f"{args.path}: no pack found (a pack folder holds pack.yaml)")
        return 2
    root = rules_root(args.path)
    problems: list[str] = []
    warnings: list[str] = []
    newest = {pack: versions[-1] for pack, versions in Assistant.available(root).items()}
    for pack_dir in pack_dirs:
        try:
            loaded = Assistant.load(
                root, pinned={pack_dir.parent.name: pack_dir.name}, with_examples=True
            )
        except DataFileError as exc:
            problems.extend(str(p) for p in exc.problems if str(p) not in problems)
            continue
        for problem in loaded.knowledge.citation_problems:
            if Path(problem.path).resolve().parent != pack_dir.resolve():
                continue  # another pack's: reported when that pack is checked
            if newest.get(pack_dir.parent.name) == pack_dir.name:
                problems.append(str(problem))
            else:
                # A published, superseded version cannot be changed (sealed transcripts keep
                # it); the fix belongs in the newer version.
                warnings.append(
                    f"warning (superseded by {newest[pack_dir.parent.name]}): {problem}"
                )
    for line in warnings:
        print(line)
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} problem(s) found")
        return 1
    print(f"OK: {len(pack_dirs)} pack version(s) checked")
    return 0


def test_command(args: argparse.Namespace) -> int:
    try:
        results = run_pack_examples(args.path)
    except DataFileError as exc:
        for problem in exc.problems:
            print(problem)
        print("the packs have problems; run 'asa rules check' first")
        return 1
    for result in results:
        status = "PASS" if result.passed else "FAIL"
        print(f"{status} {result.path}: {result.name}")
        for failure in result.failures:
            print(f"     - {failure}")
    failed = sum(1 for r in results if not r.passed)
    _print_corpus_diffs(args)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed or not results else 0


def _print_corpus_diffs(args: argparse.Namespace) -> None:
    """Which hints a pack version makes appear or disappear on the corpus: information for the
    editor, never a failure (a new card appearing is often the point of the change)."""
    from app.assistant.packdiff import default_corpus, pack_diff
    from app.assistant.understanding import CorpusError

    root = rules_root(args.path)
    corpus = getattr(args, "corpus", None) or default_corpus(root)
    if corpus is None:
        return
    newest = {pack: versions[-1] for pack, versions in Assistant.available(root).items()}
    for pack_dir in find_pack_dirs(Path(args.path).resolve()):
        if newest.get(pack_dir.parent.name) != pack_dir.name:
            continue  # only the version being prepared is compared with the one before it
        try:
            diff = pack_diff(root, pack_dir, corpus)
        except CorpusError as exc:
            print(f"corpus: {exc}")
            return
        for line in diff.lines():
            print(line)


def list_command(args: argparse.Namespace) -> int:
    from app.paths import rules_dir

    try:
        available = Assistant.available(args.path or rules_dir())
    except DataFileError as exc:
        print(exc)
        return 1
    for pack_id, versions in available.items():
        print(f"{pack_id}: {', '.join(versions)}")
    return 0
