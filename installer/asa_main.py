"""Entry point of the bundled app (installer/asa.spec): the same `asa` as `pip install`."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
