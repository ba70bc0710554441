#!/bin/sh
# Chart benchmark (not a test): renders a synthetic timeline of N events
# (default 10000; tests/gen_timeline.py, deterministic) as PNG, SVG and the
# layout dump, and prints the wall time of each, best of 3.  Target: the
# 10,000-event PNG in under 2 seconds.
#   Usage: bench_chart.sh [TEMPORA] [N]
set -eu
exe=${1:-build/tempora}
n=${2:-10000}
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
python3 tests/gen_timeline.py synthetic "$n" 1 > "$W/big.json"
now() { date +%s.%N; }
best() { # best of 3 runs of: tempora render big.json -f FORMAT
  b=""
  for _ in 1 2 3; do
    t0=$(now)
    "$exe" render "$W/big.json" -f "$1" -o "$W/out.$1"
    t1=$(now)
    b=$(awk -v a="$t0" -v z="$t1" -v b="$b" 'BEGIN { d = z - a; print (b == "" || d < b) ? d : b }')
  done
  echo "$b"
}
for f in json layout png svg pdf; do
  if "$exe" --version | grep -q "^formats:.* $f\b"; then
    s=$(best $f)
    printf '%-7s %6d events  %.3f s  %s bytes\n' "$f" "$n" "$s" "$(wc -c < "$W/out.$f")"
  fi
done
grep '^chart' "$W/out.layout" | sed 's/^/layout: /'
