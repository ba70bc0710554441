#!/bin/sh
# Throughput of the temporal tagger alone (segmenter + tagger, in process,
# no events and no output) on the TempEval-3 training texts, or on the
# bundled samples when ../shared is missing.  Usage: bench_tagger.sh [BUILD]
set -eu
b=${1:-build}
exe=$b/tests/bench_tagger
[ -x "$exe" ] || { echo "bench_tagger: build $exe first (make build)" >&2; exit 1; }
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
python3 - "$W" <<'PY'
import glob, html, re, sys
w = sys.argv[1]
n = 0
for f in sorted(glob.glob('../shared/data/te3-train/*.tml')):
    x = open(f, encoding='utf-8').read()
    m = re.search(r'<TEXT>(.*)</TEXT>', x, re.S)
    if m:
        open('%s/%04d.txt' % (w, n), 'w', encoding='utf-8').write(
            html.unescape(re.sub(r'<[^>]+>', '', m.group(1))))
        n += 1
if not n:
    for f in sorted(glob.glob('samples/*.txt')):
        open('%s/%04d.txt' % (w, n), 'w', encoding='utf-8').write(open(f, encoding='utf-8').read())
        n += 1
PY
what="TempEval-3 training texts"
[ -d ../shared/data/te3-train ] || what="bundled samples (../shared missing)"
echo "corpus: $what, best of 3 runs of 20 passes"
for run in 1 2 3; do "$exe" 20 2026-11-26 "$W"/*.txt; done | sort -t: -k2 -n | tail -1
