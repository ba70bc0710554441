#!/bin/sh
# ical.js (npm) parses the demo calendar, the every-precision calendar and
# the hostile-strings calendar, and each VEVENT matches its JSON event
# (tests/icaljs_check.mjs).  Usage: icaljs.sh TEMPORA SOURCE_DIR CACHE_DIR
set -u
T=$1
SRC=$2
CACHE=$3/icaljs
if ! "$T" --version | grep -q "^formats:.* ics"; then
  echo "SKIP: this build has no -f ics (libical-dev missing)"; exit 77
fi
. "$SRC/tests/npm_cache.sh"
npm_cache "$CACHE" ical.js@2.2.1
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
D=$SRC/tests/data
"$T" extract -q "$SRC"/samples/*.txt -f json -o "$W/demo.json" || exit 1
"$T" render -q "$W/demo.json" -f ics -o "$W/demo.ics" || exit 1
"$T" render -q "$D/precisions.json" -f ics -o "$W/p.ics" || exit 1
"$T" render -q "$D/precisions.json" -f ics --ics-spans -o "$W/ps.ics" || exit 1
"$T" render -q "$D/hostile.json" -f ics -o "$W/h.ics" || exit 1
# the script imports ical.js by name, so it runs from the cache
cp "$SRC/tests/icaljs_check.mjs" "$CACHE/check.mjs" || exit 1
node "$CACHE/check.mjs" "$W/demo.json" "$W/demo.ics" "$D/precisions.json" "$W/p.ics" \
  "$D/precisions.json" "$W/ps.ics" "$D/hostile.json" "$W/h.ics"
