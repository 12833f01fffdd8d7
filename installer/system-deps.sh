#!/bin/sh
# Installs the Debian packages a target needs, only where they are missing.
#   run [PYTHON|BUNDLE]:  every library Qt's xcb platform plugin (in PYTHON's PySide6, or in
#                  an unpacked bundle folder such as /opt/asa) cannot find.
#                  Found from the plugin itself (ldd), so the list cannot drift from Qt's:
#                  Qt's own error names only libxcb-cursor0 and is misleading.
#                  And spell checking: libenchant-2-2 (Enchant with its hunspell provider)
#                  and hunspell-de-de (the German dictionary); without them ASA runs and says
#                  that spelling is off.
#   test:          PostgreSQL server binaries (initdb, pg_ctl) for the central service's
#                  tests, poppler-utils (pdftotext) to read exported PDFs back, minisign to
#                  check release signatures with the standard tool, xvfb to start the app on
#                  a real X server, nginx as the service's reverse proxy, chromium for the
#                  browser tests of the supervisor pages (Playwright drives it), plus what
#                  `run` installs.
#   package-for LIB...: the Debian package that ships each library (what `run` would install)
# Where it cannot install (not root, no apt), it says what to install and exits 1.
set -e

as_root() {
  [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1
}

pkgnames=""
load_pkgnames() {  # the names of the archive's packages, from apt's local lists, once
  [ -n "$pkgnames" ] && return 0
  if as_root && ! apt-cache show libc6 >/dev/null 2>&1; then
    apt-get update -qq >/dev/null  # package lists are needed by apt-cache too
  fi
  pkgnames=$(mktemp)
  trap 'rm -f "$pkgnames"' EXIT
  apt-cache pkgnames 2>/dev/null | sort -u >"$pkgnames"
}

# The SONAME rule of Debian's library packaging: libfoo-bar.so.4 is in libfoo-bar4, and
# libfoo2.so.0 in libfoo2-0 (a hyphen when the name ends in a digit); lower case, _ as -.
# Checked against the archive; where the rule does not hold (libglib-2.0.so.0 is in
# libglib2.0-0) apt-file, which knows every file of every package, answers.
package_for() {
  lib=$1
  stem=${lib%%.so.*}
  version=${lib##*.so.}
  version=${version%%.*}
  case "$stem" in
    *[0-9]) candidate="$stem-$version" ;;
    *) candidate="$stem$version" ;;
  esac
  candidate=$(printf '%s' "$candidate" | tr 'A-Z_' 'a-z-')
  if grep -qx -- "$candidate" "$pkgnames"; then
    echo "$candidate"
    return 0
  fi
  if ! command -v apt-file >/dev/null 2>&1 && as_root; then
    apt-get install -y -qq --no-install-recommends apt-file >/dev/null && apt-file update >/dev/null
  fi
  if command -v apt-file >/dev/null 2>&1; then
    apt-file search -l -x "/$(printf '%s' "$lib" | sed 's/[.]/[.]/g')\$" 2>/dev/null | head -n 1
  fi
}

qt_xcb_plugin() {  # $1: a Python with PySide6, or an unpacked bundle folder (dist/asa)
  if [ -d "$1" ]; then
    echo "$1/_internal/PySide6/Qt/plugins/platforms/libqxcb.so"
    return 0
  fi
  "$1" -c 'import pathlib, PySide6
print(pathlib.Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so")' \
    2>/dev/null || true
}

need=""
unmapped=""
add_packages_for() {
  load_pkgnames
  for lib in "$@"; do
    package=$(package_for "$lib")
    if [ -n "$package" ]; then
      need="$need $package"
    else
      unmapped="$unmapped $lib"
    fi
  done
}

spelling_needs() {  # Enchant and the German hunspell dictionary (app/assistant/spelling.py)
  ldconfig -p 2>/dev/null | grep -q 'libenchant-2[.]so[.]2' || need="$need libenchant-2-2"
  [ -f /usr/share/hunspell/de_DE.dic ] || need="$need hunspell-de-de"
}

qt_xcb_needs() {
  plugin=$(qt_xcb_plugin "$1")
  [ -n "$plugin" ] && [ -f "$plugin" ] || return 0
  # `ldd` lists the whole tree below the plugin (libQt6XcbQpa and what it links).
  missing=$(ldd "$plugin" 2>/dev/null | awk '/=> not found/ {print $1}' | sort -u)
  [ -n "$missing" ] || return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: Qt's xcb plugin cannot find:" $missing >&2
    echo "system-deps: install them with your distribution's package manager." >&2
    exit 1
  fi
  add_packages_for $missing
}

case "${1:-test}" in
  run)
    qt_xcb_needs "${2:-python3}"
    spelling_needs
    ;;
  test)
    command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
      || need="$need postgresql"
    command -v pdftotext >/dev/null 2>&1 || need="$need poppler-utils"
    command -v minisign >/dev/null 2>&1 || need="$need minisign"
    command -v Xvfb >/dev/null 2>&1 || need="$need xvfb"
    command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need="$need nginx-light"
    [ -x /usr/bin/chromium ] || need="$need chromium"
    qt_xcb_needs "${2:-python3}"
    spelling_needs
    ;;
  package-for)
    shift
    load_pkgnames
    for lib in "$@"; do
      package=$(package_for "$lib")
      echo "$lib ${package:-?}"
    done
    exit 0
    ;;
  *) echo "usage: system-deps.sh run|test [PYTHON] | package-for LIB..." >&2; exit 2 ;;
esac

if [ -n "$unmapped" ]; then
  echo "system-deps: no Debian package found for:$unmapped (install what provides them)" >&2
fi
if [ -z "$need" ]; then
  [ -z "$unmapped" ] || exit 1
  exit 0
fi
if ! as_root; then
  echo "system-deps: ASA needs these Debian packages:$need" >&2
  echo "system-deps: install them as root: sudo apt-get install$need" >&2
  exit 1
fi
echo "system-deps: installing$need"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends $need >/dev/null
