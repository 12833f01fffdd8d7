"""Build a release of the desktop app: PyInstaller bundle, archive, SHA256SUMS, signature.

    python installer/build.py [--key KEY] [--dist dist]     (what `make bundle` runs)
    python installer/build.py sign RELEASE_FOLDER --key KEY   (checksum and sign only)

Output: ``dist/asa/`` (the one-folder bundle) and ``dist/release/`` with
``asa-<version>-<platform>.tar.gz``, ``SHA256SUMS`` and, when a key is given,
``SHA256SUMS.minisig`` — a minisign signature that Debian's `minisign -Vm SHA256SUMS -p
KEY.pub` and `asa admin verify-bundle` check. The key is a minisign secret key file kept off
the repository (``ASA_SIGNING_KEY``); its password comes from ``ASA_SIGNING_PASSWORD`` or is
asked for. See docs/deployment.md.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "asa.spec"
CHECKSUMS = "SHA256SUMS"


class BuildError(Exception):
    pass


def platform_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, "other")
    return f"{system}-{platform.machine().lower() or 'unknown'}"


def build_bundle(dist: Path, work: Path, env: dict[str, str] | None = None) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder."""
    if not list((ROOT / "resources" / "translations").glob("*.qm")):
        raise BuildError("no compiled translations (.qm): run `make translations` first")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError("PyInstaller failed:\n" + result.stderr[-4000:])
    bundle = dist / (env or os.environ).get("ASA_BUNDLE_NAME", "asa")
    # Beside the executable, for IT on the laptop: installs the libraries Qt's xcb plugin needs.
    shutil.copy2(ROOT / "installer" / "system-deps.sh", bundle / "system-deps.sh")
    return bundle


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def make_archive(bundle: Path, release: Path, version: str) -> Path:
    """A .tar.gz of the bundle folder, entries sorted and owned by root (same input, same
    listing), so IT can compare two builds' contents."""
    release.mkdir(parents=True, exist_ok=True)
    archive = release / f"asa-{version}-{platform_tag()}.tar.gz"

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    tmp = archive.with_suffix(".partial")
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        for path in sorted(bundle.rglob("*")):
            tar.add(path, arcname=str(path.relative_to(bundle.parent)), recursive=False,
                    filter=normalise)  # fmt: skip
    tmp.replace(archive)
    return archive


def write_checksums(release: Path) -> Path:
    """SHA256SUMS over every file of the release folder, in `sha256sum` format."""
    lines = []
    for path in sorted(release.iterdir()):
        if path.is_file() and not path.name.startswith((CHECKSUMS, ".")):
            digest = hashlib.sha256()
            with path.open("rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    digest.update(block)
            lines.append(f"{digest.hexdigest()}  {path.name}\n")
    if not lines:
        raise BuildError(f"{release}: nothing to checksum")
    target = release / CHECKSUMS
    target.write_text("".join(lines))
    return target


def sign_checksums(release: Path, key_path: Path, password: str | None, comment: str) -> Path:
    """Write SHA256SUMS.minisig (prehashed Ed25519, as minisign 0.10+ makes by default)."""
    import minisign

    try:
        secret_key = minisign.SecretKey.from_file(key_path)
    except OSError as exc:
        raise BuildError(f"{key_path}: cannot read the signing key ({exc.strerror})") from None
    except (minisign.Error, ValueError) as exc:
        raise BuildError(f"{key_path}: not a minisign secret key ({exc})") from None
    with secret_key:
        if secret_key.is_encrypted():
            if password is None:
                password = getpass.getpass(f"Password of {key_path}: ")
            try:
                secret_key.decrypt(password)
            except (minisign.Error, ValueError):
                raise BuildError(f"{key_path}: wrong password") from None
        sums = release / CHECKSUMS
        signature = secret_key.sign(
            sums.read_bytes(),
            prehash=True,
            untrusted_comment="signature of the ASA release (verify: docs/deployment.md)",
            trusted_comment=comment,
        )
    target = release / (CHECKSUMS + ".minisig")
    target.write_bytes(bytes(signature) + b"\n")
    return target


def _git_commit() -> str:
    result = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return result.stdout.strip() or "unknown"


def _trusted_comment(version: str, info: dict) -> str:
    commit = str(info.get("commit", "unknown"))[:12]
    return (
        f"timestamp:{int(time.time())}\tfile:{CHECKSUMS}\tasa {version} {platform_tag()} "
        f"commit {commit}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", nargs="?", choices=["build", "sign"], default="build")
    parser.add_argument("release", nargs="?", help="(sign) the release folder")
    parser.add_argument("--dist", default=str(ROOT / "dist"))
    parser.add_argument("--work", default=str(ROOT / "build" / "pyinstaller"))
    parser.add_argument("--key", default=os.environ.get("ASA_SIGNING_KEY"))
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from app import __version__

    password = os.environ.get("ASA_SIGNING_PASSWORD")
    try:
        if args.action == "sign":
            if not args.release or not args.key:
                raise BuildError("sign needs the release folder and --key")
            release = Path(args.release)
            write_checksums(release)
            info = {"commit": _git_commit()}
            sign_checksums(release, Path(args.key), password, _trusted_comment(__version__, info))
            print(f"signed: {release / (CHECKSUMS + '.minisig')}")
            return 0
        dist = Path(args.dist)
        started = time.monotonic()
        bundle = build_bundle(dist, Path(args.work))
        built = time.monotonic() - started
        info = json.loads((bundle / "_internal" / "build-info.json").read_text())
        release = dist / "release"
        if release.exists():
            for old in release.iterdir():
                old.unlink()
        archive = make_archive(bundle, release, __version__)
        write_checksums(release)
        print(f"bundle:  {bundle} ({folder_size(bundle) / 1e6:.0f} MB, built in {built:.0f} s)")
        print(f"archive: {archive} ({archive.stat().st_size / 1e6:.0f} MB)")
        print(f"sums:    {release / CHECKSUMS}")
        if args.key:
            sig = sign_checksums(
                release, Path(args.key), password, _trusted_comment(__version__, info)
            )
            print(f"signed:  {sig}")
        else:
            print("NOT SIGNED: set ASA_SIGNING_KEY to a minisign secret key (docs/deployment.md)")
    except BuildError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
