"""The `asa` command: starts the desktop app, or runs a subcommand for scripting and support.

Each room that has commands keeps them in its own ``cli.py`` with ``register(subparsers)``;
this module only assembles them. Every command returns an exit code and prints problems as
plain lines (file:line where there is one), never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from app import __version__
from app.deployment import LANGUAGES

# Rooms with subcommands, in the order they appear in `asa --help`.
COMMAND_MODULES = (
    "app.skeletons.cli",
    "app.profiles_cli",
    "app.assistant.cli",
    "app.central.cli",
    "app.sync.cli",
    "app.admin",
)

# Commands that live in an optional part of the installation: module -> (command, extra,
# the top-level modules that extra brings). A laptop install (and the desktop bundle) has no
# central service; asking for it there says how to get it instead of failing on an import.
# tests/deployment/test_two_installs.py keeps the module list equal to pyproject's extra.
OPTIONAL_COMMANDS = {
    "app.central.cli": (
        "central",
        "central",
        ("fastapi", "uvicorn", "sqlalchemy", "alembic", "psycopg", "python_multipart", "babel"),
    ),
}


def _global_parser(add_help: bool) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="asa",
        description="ASA - offline-first assistant for asylum hearings.",
        add_help=add_help,
    )
    parser.add_argument("--version", action="version", version=f"asa {__version__}")
    parser.add_argument("--profile-dir", help="folder of the interviewer profiles (for support)")
    parser.add_argument("--lang", choices=LANGUAGES, help="user interface language")
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every room's subcommands (imports them all)."""
    parser = _global_parser(add_help=True)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if _missing_extra(name, exc):
                _register_not_installed(subparsers, name, exc.name)
                continue
            if exc.name and (name == exc.name or name.startswith(exc.name + ".")):
                # a room that has not grown commands yet
                continue
            raise
        module.register(subparsers)
    return parser


def _missing_extra(module: str, exc: ModuleNotFoundError) -> bool:
    """Whether ``module`` failed only because its optional part is not installed."""
    if module not in OPTIONAL_COMMANDS or not exc.name:
        return False
    _command, _extra, packages = OPTIONAL_COMMANDS[module]
    missing = exc.name.split(".")[0]
    return missing in packages or module == exc.name or module.startswith(exc.name + ".")


def _register_not_installed(subparsers, module: str, missing: str) -> None:
    command, extra, _packages = OPTIONAL_COMMANDS[module]

    def refuse(_args: argparse.Namespace) -> int:
        print(
            f"asa: `asa {command}` is not part of this installation (the module {missing!r} "
            f"is missing). It is the optional '{extra}' part: install it on the server with "
            f"pip install 'asa[{extra}]' (from a checkout: pip install '.[{extra}]').",
            file=sys.stderr,
        )
        return 2

    parser = subparsers.add_parser(command, help=f"(not installed: the '{extra}' extra)")
    parser.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    parser.set_defaults(handler=refuse)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:  # plain `asa`: the GUI, without even argparse
        from app.ui.main import run_gui

        return run_gui()
    # Starting the GUI needs only the global options: the subcommands (the central service
    # with SQLAlchemy and Alembic among them) are imported only when one is asked for.
    known, rest = _global_parser(add_help=False).parse_known_args(argv)
    if not rest and not {"-h", "--help"} & set(argv):
        from app.ui.main import run_gui

        return run_gui(profile_dir=known.profile_dir, language=known.lang)
    args = build_parser().parse_args(argv)
    if args.command is None:
        from app.ui.main import run_gui

        return run_gui(profile_dir=args.profile_dir, language=args.lang)
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
