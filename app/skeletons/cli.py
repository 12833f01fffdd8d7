"""`asa forms`: list the shipped question skeletons, check skeleton files before shipping them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.datafiles import DataFileError, Problem
from app.skeletons.loading import builtin_skeletons, load_skeleton


def register(subparsers: argparse._SubParsersAction) -> None:
    forms = subparsers.add_parser("forms", help="question skeletons of the hearing (13/17)")
    forms.set_defaults(handler=lambda args: _usage(forms))
    actions = forms.add_subparsers(dest="forms_command", metavar="ACTION")

    listing = actions.add_parser("list", help="show the shipped skeletons")
    listing.set_defaults(handler=list_command)

    check = actions.add_parser("check", help="check skeleton files; prints file:line problems")
    check.add_argument("paths", nargs="+", metavar="PATH", help="skeleton file (*.yaml)")
    check.set_defaults(handler=check_command)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    print("asa forms: choose an action: list or check", file=sys.stderr)
    return 2


def list_command(args: argparse.Namespace) -> int:
    lang = getattr(args, "lang", None) or "de"
    try:
        skeletons = builtin_skeletons()
    except DataFileError as exc:
        _print_problems(exc.problems)
        return 1
    if not skeletons:
        print("no question skeletons found (forms/*.yaml)", file=sys.stderr)
        return 1
    width = max(len(s.id) for s in skeletons)
    for s in skeletons:
        print(f"{s.id:<{width}}  {len(s.questions):>2} questions  v{s.version}  {s.title_in(lang)}")
    return 0


def check_command(args: argparse.Namespace) -> int:
    failed = False
    for name in args.paths:
        path = Path(name)
        try:
            skeleton = load_skeleton(path)
        except DataFileError as exc:
            _print_problems(exc.problems)
            failed = True
            continue
        except Exception as exc:  # a checker must never end in a traceback
            _print_problems([Problem(path, None, f"could not be checked ({exc!r})")])
            failed = True
            continue
        count = len(skeleton.questions)
        print(f"{path}: ok ({skeleton.id} v{skeleton.version}, {count} questions)")
    return 1 if failed else 0


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)
