"""Puts the data folders (forms/, rules/, resources/) into the wheel as ``app/_data/``.

They sit beside ``app/`` in the repository (domain experts edit them there; the PyInstaller
spec lists them too), so ``package-data`` cannot name them. A wheel (``pip install .``, not
``-e``) carries a copy; ``app.paths`` looks for that copy first. The compiled translations
(.qm, build output of ``make translations``) must exist before the wheel is built.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA_FOLDERS = ("forms", "rules", "resources")


class BuildWithData(build_py):
    def run(self):
        super().run()
        if self.editable_mode:  # an editable install reads the folders in place
            return
        missing = [
            ts
            for ts in (ROOT / "resources" / "translations").glob("*.ts")
            if not ts.with_suffix(".qm").exists()
        ]
        if missing:
            raise SystemExit(
                f"{missing[0].with_suffix('.qm')} is missing: run `make translations` first"
            )
        target = Path(self.build_lib) / "app" / "_data"
        for name in DATA_FOLDERS:
            shutil.rmtree(target / name, ignore_errors=True)
            shutil.copytree(
                ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.ts")
            )


setup(cmdclass={"build_py": BuildWithData})
