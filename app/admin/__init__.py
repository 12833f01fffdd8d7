"""`asa admin ...`: what IT runs on a laptop or a build machine.

Each action lives in its own module of this package with ``register(actions)``; this module
only assembles them, as app/cli.py does for the rooms. Add a new action by adding its module
to ``ACTIONS``. The modules import their heavy parts (Qt, signatures) only when run.
"""

from __future__ import annotations

import importlib

ACTIONS = (
    "app.admin.recover",
    "app.admin.verify_bundle",
    "app.admin.self_test",
)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "admin",
        help="IT: recover a profile whose passphrase was lost, verify a signed bundle, check "
        "that this installation works",
    )
    actions = parser.add_subparsers(dest="admin_action", metavar="ACTION", required=True)
    for name in ACTIONS:
        importlib.import_module(name).register(actions)
