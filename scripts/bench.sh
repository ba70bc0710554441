#!/bin/sh
# Throughput and peak memory of `tempora extract` against `wc -w` on the
# same text.  Usage: bench.sh [TEMPORA] [MB]
# The corpus is the bundled samples repeated to about MB megabytes (default
# 20), plus the TempEval-3 training texts when ../shared is present.  Prints
# MB/s, peak resident memory, and the time ratio to wc -w.
set -eu
exe=${1:-build/tempora}
mb=${2:-20}
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
src=$W/src.txt
for f in samples/*.txt; do sed '1,/^$/d' "$f"; echo; done > "$src"
if [ -d ../shared/data/te3-train ]; then
  for f in ../shared/data/te3-train/*.tml; do
    sed -n '/<TEXT>/,/<\/TEXT>/p' "$f" | sed 's/<[^>]*>//g'
  done >> "$src"
fi
corpus=$W/corpus.txt
: > "$corpus"
while [ "$(wc -c < "$corpus")" -lt $((mb * 1000000)) ]; do cat "$src" >> "$corpus"; done
bytes=$(wc -c < "$corpus")
now() { date +%s.%N; }
peak() { # peak RSS in KiB of a command, from /proc (no GNU time needed)
  "$@" > /dev/null &
  pid=$!
  max=0
  while kill -0 $pid 2>/dev/null; do
    r=$(awk '/VmHWM/ {print $2}' /proc/$pid/status 2>/dev/null || echo 0)
    [ -n "$r" ] && [ "$r" -gt "$max" ] && max=$r
    sleep 0.02
  done
  wait $pid
  echo $max
}
t0=$(now); wc -w "$corpus" > /dev/null; t1=$(now)
"$exe" extract -q --dct 2026-11-26 "$corpus" -f json -o "$W/out.json"; t2=$(now)
kib=$(peak "$exe" extract -q --dct 2026-11-26 "$corpus" -f json -o "$W/out2.json")
awk -v b="$bytes" -v w="$t0" -v x="$t1" -v y="$t2" -v k="$kib" 'BEGIN {
  wc = x - w; tp = y - x;
  printf "corpus        %.1f MB\n", b / 1e6;
  printf "wc -w         %.3f s  (%.1f MB/s)\n", wc, b / 1e6 / wc;
  printf "tempora json  %.3f s  (%.1f MB/s)\n", tp, b / 1e6 / tp;
  printf "ratio         %.1fx the time of wc -w\n", tp / wc;
  printf "peak memory   %.1f MB\n", k / 1024;
}'
