#!/bin/sh
# Installs what a fresh Debian machine lacks for CryoStudio's build and tests:
#   - a JDK 21+ (only when none is found: openjdk-21-jdk, else Debian's default JDK),
#   - an X server and GTK for the UI tests and the desktop (xvfb, xauth, libgtk-3-0, libxtst6, fonts),
#   - poppler-utils (pdftoppm: the report tests render PDF pages to PNG).
# Idempotent: installs only what is missing. Needs root (or sudo) for apt-get.
set -eu
HERE=$(cd "$(dirname "$0")/.." && pwd)
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

missing=""
need() { dpkg -s "$1" >/dev/null 2>&1 || missing="$missing $1"; }
for p in xvfb xauth x11-utils libgtk-3-0 libxtst6 fonts-dejavu-core poppler-utils; do need "$p"; done

. "$HERE/tools/jdk.sh"
if ! cryo_find_jdk 2>/dev/null; then
  if apt-cache show openjdk-21-jdk-headless >/dev/null 2>&1; then
    missing="$missing openjdk-21-jdk-headless"
  else
    missing="$missing default-jdk-headless"
  fi
fi

if [ -n "$missing" ]; then
  echo "setup: installing$missing" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
cryo_find_jdk
echo "setup: JDK $JAVA_HOME; UI-test packages present" >&2
