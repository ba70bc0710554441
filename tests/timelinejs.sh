#!/bin/sh
# TimelineJS output (-f timelinejs) loads in the real TimelineJS3 widget
# (npm @knight-lab/timelinejs) in headless Debian Chromium driven by
# playwright-core, with no console error (tests/timelinejs_check.mjs), for
# the samples, the every-precision timeline and the hostile strings.
# Screenshots go to CACHE_DIR/timelinejs-shots.
# Usage: timelinejs.sh TEMPORA SOURCE_DIR CACHE_DIR
set -u
T=$1
SRC=$2
CACHE=$3/timelinejs
if [ ! -x /usr/bin/chromium ]; then
  echo "SKIP: Debian chromium is not installed (make deps installs it)"; exit 77
fi
. "$SRC/tests/npm_cache.sh"
npm_cache "$CACHE" @knight-lab/timelinejs@3.9.11 playwright-core@1.65.1
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
D=$SRC/tests/data
"$T" extract -q "$SRC"/samples/*.txt -f timelinejs --title "tempora samples" -o "$W/demo.json" || exit 1
"$T" render -q "$D/precisions.json" -f timelinejs --title "Every precision" -o "$W/p.json" || exit 1
"$T" render -q "$D/precisions.json" -f timelinejs --group-by type -o "$W/types.json" || exit 1
"$T" render -q "$D/hostile.json" -f timelinejs -o "$W/h.json" || exit 1
printf 'The talks ended on Monday.' | "$T" extract -q --dct 2026-11-26 -f timelinejs -o "$W/nogroups.json" || exit 1
"$T" extract -q "$SRC"/samples/*.txt -f timelinejs --title "tempora samples" -o "$W/demo2.json"
cmp -s "$W/demo.json" "$W/demo2.json" || { echo "FAIL: timelinejs output differs between runs"; exit 1; }
# the data as the widget needs it, checked before the browser runs
python3 - "$W" <<'PY' || exit 1
import json, sys
W = sys.argv[1]
p = json.load(open(W + '/p.json'))
ev = {e['unique_id']: e for e in p['events']}
assert p['title']['text']['headline'] == 'Every precision'
assert ev['ev-0000000000000008']['start_date'] == {'year': 2025}, 'year event has only a year'
assert ev['ev-0000000000000005']['start_date'] == {'year': 2026, 'month': 10}, 'month event'
assert ev['ev-0000000000000003']['start_date'] == {'year': 2026, 'month': 11, 'day': 24}
assert ev['ev-0000000000000001']['start_date'] == {'year': 2026, 'month': 11, 'day': 24, 'hour': 10, 'minute': 30}
assert ev['ev-000000000000000c']['end_date'] == {'year': 2026, 'month': 11}, 'anchored duration range'
assert 'end_date' not in ev['ev-0000000000000008'] and 'end_date' not in ev['ev-0000000000000003']
assert ev['ev-0000000000000009']['end_date'] == {'year': 2019} and ev['ev-0000000000000009']['display_date'] == 'the 2010s'
assert ev['ev-0000000000000010']['start_date']['year'] == -43 and 'BCE' in ev['ev-0000000000000010']['display_date']
assert ev['ev-000000000000000f']['display_date'] == 'about 2020'
assert ev['ev-0000000000000003']['group'] == 'CAN' and ev['ev-0000000000000006']['group'] == '(no actor)'
assert 'example.org/news/seoul-pact' in ev['ev-0000000000000003']['text']['text']
t = json.load(open(W + '/types.json'))
assert 'title' not in t and {e['group'] for e in t['events']} >= {'SUPPORT', 'MOBILIZE', 'OTHER'}
d = json.load(open(W + '/demo.json'))
# the samples name countries: every event is in a lane, actor codes or '(no actor)'
assert all('group' in e for e in d['events']), 'events with actors get groups'
assert {'CAN', 'KOR', 'PRK'} <= {e['group'] for e in d['events']}, 'actor lanes'
n = json.load(open(W + '/nogroups.json'))
assert all('group' not in e for e in n['events']), 'no actors, no groups'
h = json.load(open(W + '/h.json'))
s = json.dumps(h)
assert '<script>' not in s and '<img' not in s and 'javascript:' not in s.replace('javascript:alert(1)</', '')
assert 'href=\\"javascript' not in s
print('timelinejs data: ok')
PY
# the checker imports playwright-core by name, so it runs from the cache
cp "$SRC/tests/timelinejs_check.mjs" "$CACHE/check.mjs" || exit 1
cd "$CACHE" && node check.mjs "$W/browser" "$CACHE/../timelinejs-shots" \
  demo="$W/demo.json" precisions="$W/p.json" types="$W/types.json" hostile="$W/h.json"
