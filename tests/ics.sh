#!/bin/sh
# iCalendar output (-f ics) checked against the JSON it comes from, with
# Debian's python3-icalendar (tests/ics_check.py): the demo calendar (the
# samples), hand-written timelines covering every precision, open,
# approximate, BCE and year > 9999 values, and hostile strings; default
# markers and --ics-spans; DTSTAMP from the reference time; byte-identical
# reruns; warnings on stderr for what a calendar cannot hold.
# Usage: ics.sh TEMPORA SOURCE_DIR
set -u
T=$1
SRC=$2
PY=/usr/bin/python3
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
if ! "$T" --version | grep -q "^formats:.* ics"; then
  echo "SKIP: this build has no -f ics (libical-dev missing)"; exit 77
fi
if ! "$PY" -c 'import icalendar' 2>/dev/null; then
  echo "SKIP: python3-icalendar is not installed (make deps installs it)"; exit 77
fi
fails=0
bad() { fails=$((fails + 1)); echo "FAIL: $*"; }
check() { d=$1; shift; "$@" || bad "$d"; }
D=$SRC/tests/data

# the demo calendar: extract -f ics equals extract -f json | render -f ics
"$T" extract -q "$SRC"/samples/*.txt -f json -o "$W/demo.json" || bad "demo json"
"$T" extract -q "$SRC"/samples/*.txt -f ics -o "$W/demo.ics" || bad "demo ics"
"$T" render -q "$W/demo.json" -f ics -o "$W/demo2.ics" || bad "demo render"
check "extract -f ics == render of the saved JSON" cmp -s "$W/demo.ics" "$W/demo2.ics"
check "demo calendar" "$PY" "$SRC/tests/ics_check.py" "$W/demo.json" "$W/demo.ics"
"$T" extract -q "$SRC"/samples/*.txt -f ics -o "$W/demo3.ics"
check "demo calendar is byte-identical when run twice" cmp -s "$W/demo.ics" "$W/demo3.ics"

# every precision, default (markers) and --ics-spans
"$T" render "$D/precisions.json" -f ics -o "$W/p.ics" 2> "$W/p.err" || bad "precisions render"
check "precisions: markers" "$PY" "$SRC/tests/ics_check.py" "$D/precisions.json" "$W/p.ics"
"$T" render -q "$D/precisions.json" -f ics --ics-spans -o "$W/ps.ics" || bad "spans render"
check "precisions: --ics-spans" "$PY" "$SRC/tests/ics_check.py" "$D/precisions.json" "$W/ps.ics" --spans
check "--ics-spans changes the calendar" test "$(cmp -s "$W/p.ics" "$W/ps.ics"; echo $?)" -eq 1
"$T" render -q "$D/precisions.json" -f ics -o "$W/p2.ics"
check "precisions: byte-identical reruns" cmp -s "$W/p.ics" "$W/p2.ics"
# what a calendar cannot hold is said on stderr, one line per event
check "BCE event reported" grep -q "ics: ev-0000000000000010: starts in year 44 BCE" "$W/p.err"
check "year 12000 reported" grep -q "ics: ev-0000000000000011: starts in year 12000" "$W/p.err"
check "open interval reported" grep -q "ics: ev-000000000000000d: open-ended" "$W/p.err"
check "-q silences the warnings" test -z "$("$T" render -q "$D/precisions.json" -f ics 2>&1 >/dev/null)"

# DTSTAMP follows --reference-time (UTC), never the clock
"$T" render -q "$D/precisions.json" -f ics --reference-time 2030-01-02T03:04:05 -o "$W/r.ics"
check "--reference-time sets DTSTAMP" "$PY" "$SRC/tests/ics_check.py" "$D/precisions.json" "$W/r.ics" \
  --stamp 20300102T030405Z
"$T" render "$D/precisions.json" -f ics --reference-time yesterday > /dev/null 2>&1
check "bad --reference-time is a usage error" test $? -eq 2

# hostile strings: commas, semicolons, backslashes, newlines, control
# characters, long UTF-8, <script>; a repeated id
"$T" render -q "$D/hostile.json" -f ics -o "$W/h.ics" || bad "hostile render"
check "hostile strings survive" "$PY" "$SRC/tests/ics_check.py" "$D/hostile.json" "$W/h.ics"
check "hostile: <script> kept as text, not dropped" grep -q "<script>alert(1)</script>" "$W/h.ics"
check "hostile: javascript: URL not written as URL" test -z "$(grep '^URL:javascript' "$W/h.ics")"

# an empty timeline is still a valid calendar
printf '{"documents": [], "timexes": [], "events": []}' > "$W/empty.json"
"$T" render "$W/empty.json" -f ics -o "$W/empty.ics" || bad "empty render"
check "empty timeline" "$PY" "$SRC/tests/ics_check.py" "$W/empty.json" "$W/empty.ics"

# an invalid date never reaches the calendar: the load fails with a message
"$PY" -c '
import json, sys
d = json.load(open(sys.argv[1]))
d["events"][2]["when"].update(start="2025-02-29", end="2025-03-01")
json.dump(d, open(sys.argv[2], "w"))' "$D/hostile.json" "$W/feb29.json"
"$T" render "$W/feb29.json" -f ics -o "$W/feb29.ics" 2> "$W/feb29.err"
check "Feb 29 of a common year is refused" test $? -eq 1
check "no partial calendar after an error" test ! -e "$W/feb29.ics"
check "error names the event" grep -q "events\[2\]" "$W/feb29.err"

echo "ics: $fails failure(s)"
[ "$fails" -eq 0 ]
