#!/bin/sh
# The chart of every VOA dev story (../shared, real input, hundreds of
# events): the layout keeps its promises (no overlapping labels, no stem
# through another label) grouped by actor, by type and in one lane, and
# the PNG renders.  Skips (77) when ../shared is absent.
#   Usage: charts_voa.sh TEMPORA SHARED_DIR
set -u
. "$(dirname "$0")/lib.sh"
T=$1
VOA=$2/data/voa-dev/voa_dev.jsonl
if [ ! -f "$VOA" ]; then
  echo "SKIP: $VOA not found (../shared is absent)"
  exit 77
fi
SRC=$(cd "$(dirname "$0")/.." && pwd)

"$T" extract -q "$VOA" -f json -o "$W/voa.json"
check "VOA: extract" test $? -eq 0
events=$(python3 -c "import json; print(len(json.load(open('$W/voa.json'))['events']))")
echo "VOA dev: $events events"
check "VOA: a big timeline (over 200 events)" test "$events" -gt 200
for args in "" "--group-by type" "--group-by none" "--width 800"; do
  # At least 30 labels on the default 1200 px chart, and the same density
  # of labels per pixel of width on a narrower one (20 at 800 px): label
  # room grows with the width, not with the number of events.
  min=30
  [ "$args" = "--width 800" ] && min=$((30 * 800 / 1200))
  # shellcheck disable=SC2086
  "$T" render "$W/voa.json" -f layout $args -o "$W/voa.layout"
  check "VOA $args: layout" test $? -eq 0
  check "VOA $args: no overlapping labels, no stem through a label" \
    python3 "$SRC/tests/chart_check.py" "$W/voa.layout" --min-labels $min
done
if "$T" --version | grep -q '^formats:.* png '; then
  "$T" render "$W/voa.json" -f png -o "$W/voa.png"
  check "VOA: PNG" test $? -eq 0 -a -s "$W/voa.png"
fi
finish
