#!/bin/sh
# Installs the Debian packages a target needs, only where they are missing.
#   run:  on a Linux desktop, libxcb-cursor0 (Qt 6.5+ needs it for its xcb platform plugin)
#   test: PostgreSQL server binaries (initdb, pg_ctl) for the central service's tests,
#         poppler-utils (pdftotext) to read exported PDFs back
set -e
need=""
case "${1:-test}" in
  run)
    if [ -n "${DISPLAY:-}" ] && ! ldconfig -p 2>/dev/null | grep -q libxcb-cursor.so.0; then
      need="$need libxcb-cursor0"
    fi
    ;;
  test)
    command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
      || need="$need postgresql"
    command -v pdftotext >/dev/null 2>&1 || need="$need poppler-utils"
    ;;
  *) echo "usage: system-deps.sh run|test" >&2; exit 2 ;;
esac
[ -n "$need" ] || exit 0
if [ "$(id -u)" != "0" ]; then
  echo "system-deps: please install:$need (needs root, e.g. sudo apt-get install$need)" >&2
  exit 1
fi
echo "system-deps: installing$need"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends $need >/dev/null
