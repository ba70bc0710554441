#!/bin/sh
# ../shared/tools/ics_lint.py (run with /usr/bin/python3) reports 0 errors
# and 0 warnings on the demo calendar, the calendar of all VOA dev stories,
# and the hand-written every-precision and hostile-strings calendars.
# Usage: ics_lint.sh TEMPORA SOURCE_DIR SHARED_DIR
set -u
T=$1
SRC=$2
SHARED=$3
LINT=$SHARED/tools/ics_lint.py
VOA=$SHARED/data/voa-dev/voa_dev.jsonl
if [ ! -f "$LINT" ] || [ ! -f "$VOA" ]; then
  echo "SKIP: ../shared (ics_lint.py, voa-dev) is not available"; exit 77
fi
if ! "$T" --version | grep -q "^formats:.* ics"; then
  echo "SKIP: this build has no -f ics (libical-dev missing)"; exit 77
fi
if ! /usr/bin/python3 -c 'import icalendar' 2>/dev/null; then
  echo "SKIP: python3-icalendar is not installed (make deps installs it)"; exit 77
fi
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
"$T" extract -q "$SRC"/samples/*.txt -f ics -o "$W/demo.ics" || exit 1
"$T" extract -q "$VOA" -f ics -o "$W/voa.ics" || exit 1
"$T" extract -q --undated "$VOA" -f ics -o "$W/voa-undated.ics" || exit 1
"$T" render -q "$SRC/tests/data/precisions.json" -f ics -o "$W/precisions.ics" || exit 1
"$T" render -q "$SRC/tests/data/precisions.json" -f ics --ics-spans -o "$W/spans.ics" || exit 1
"$T" render -q "$SRC/tests/data/hostile.json" -f ics -o "$W/hostile.ics" || exit 1
fails=0
for f in demo voa voa-undated precisions spans hostile; do
  /usr/bin/python3 "$LINT" "$W/$f.ics" > "$W/$f.lint" 2>&1
  tail -1 "$W/$f.lint" | sed "s|$W/||"
  if ! tail -1 "$W/$f.lint" | grep -q ": 0 error(s), 0 warning(s)$"; then
    fails=$((fails + 1)); head -5 "$W/$f.lint"
  fi
done
n=$(grep -c '^BEGIN:VEVENT' "$W/voa.ics")
echo "voa: $n events"
[ "$n" -gt 100 ] || { echo "FAIL: only $n VOA events in the calendar"; fails=$((fails + 1)); }
[ "$fails" -eq 0 ]
