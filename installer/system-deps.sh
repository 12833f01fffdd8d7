#!/bin/sh
# Installs the Debian packages the test suite needs, only where they are missing:
# PostgreSQL server binaries (initdb, pg_ctl) for the central service's tests, poppler-utils
# (pdftotext) to read exported PDFs back. Chromium joins when the supervisor pages arrive.
set -e
need=""
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need="$need postgresql"
command -v pdftotext >/dev/null 2>&1 || need="$need poppler-utils"
# On a Linux desktop, Qt 6.5+ needs libxcb-cursor0 for its xcb platform plugin (`make run`).
if [ -n "${DISPLAY:-}" ] && ! ldconfig -p 2>/dev/null | grep -q libxcb-cursor.so.0; then
  need="$need libxcb-cursor0"
fi
[ -n "$need" ] || exit 0
if [ "$(id -u)" != "0" ]; then
  echo "system-deps: please install:$need (needs root)" >&2
  exit 1
fi
echo "system-deps: installing$need"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends $need >/dev/null
