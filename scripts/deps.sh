#!/bin/sh
# Installs the Debian packages tempora needs to build and test, if any are
# missing.  Runs apt-get only when something is missing; needs root then.
set -eu
PKGS="cmake make gcc clang pkg-config libcjson-dev libxml2-dev libical-dev libcairo2-dev \
libpango1.0-dev fonts-noto-core fonts-noto-cjk fonts-dejavu-core iso-codes \
python3 python3-jsonschema python3-icalendar khal chromium"
missing=""
for p in $PKGS; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
# Node.js and npm run the ical.js and TimelineJS widget tests; machines that
# already have a node (NodeSource's package bundles npm) keep theirs.
if ! command -v node > /dev/null 2>&1 || ! command -v npm > /dev/null 2>&1; then
  missing="$missing nodejs npm"
fi
[ -z "$missing" ] && exit 0
echo "deps: installing:$missing"
if [ "$(id -u)" != 0 ]; then
  echo "deps: not root; install these packages with: sudo apt-get install -y$missing" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
