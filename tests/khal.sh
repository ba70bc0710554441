#!/bin/sh
# khal (Debian) imports tempora calendars into a throw-away configuration
# and lists every event on the day the timeline says, with the right last
# day; on a given day it lists exactly the events that cover that day
# (coarse periods as one-day markers do not flood it; --ics-spans does).
# Usage: khal.sh TEMPORA SOURCE_DIR
set -u
T=$1
SRC=$2
PY=/usr/bin/python3
if ! "$T" --version | grep -q "^formats:.* ics"; then
  echo "SKIP: this build has no -f ics (libical-dev missing)"; exit 77
fi
if ! command -v khal > /dev/null 2>&1; then
  echo "SKIP: khal is not installed (make deps installs it)"; exit 77
fi
if ! "$PY" -c 'import icalendar' 2>/dev/null; then
  echo "SKIP: python3-icalendar is not installed (make deps installs it)"; exit 77
fi
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
export HOME="$W" XDG_CONFIG_HOME="$W/config" XDG_DATA_HOME="$W/data" XDG_CACHE_HOME="$W/cache"
mkdir -p "$W/demo" "$W/hand" "$W/spans"
cat > "$W/khal.conf" <<CONF
[calendars]
[[demo]]
path = $W/demo
type = calendar
[[hand]]
path = $W/hand
type = calendar
[[spans]]
path = $W/spans
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = UTC
default_timezone = UTC
[default]
default_calendar = demo
CONF
"$T" extract -q "$SRC"/samples/*.txt -f json -o "$W/demo.json" || exit 1
"$T" render -q "$W/demo.json" -f ics -o "$W/demo.ics" || exit 1
"$T" render -q "$SRC/tests/data/precisions.json" -f ics -o "$W/hand.ics" || exit 1
"$T" render -q "$SRC/tests/data/precisions.json" -f ics --ics-spans -o "$W/spans.ics" || exit 1
fails=0
for cal in demo hand spans; do
  khal -c "$W/khal.conf" import --batch -a "$cal" "$W/$cal.ics" > "$W/$cal.out" 2>&1
  rc=$?
  if [ $rc -ne 0 ] || grep -qi "warning\|error\|skipping" "$W/$cal.out"; then
    echo "FAIL: khal import of the $cal calendar (exit $rc):"; head -5 "$W/$cal.out"
    fails=$((fails + 1))
  fi
done
"$PY" - "$W" "$SRC" <<'PY' || fails=$((fails + 1))
import datetime as dt, json, subprocess, sys
W, SRC = sys.argv[1], sys.argv[2]
sys.path.insert(0, SRC + '/tests')
from ics_check import expected_dates

def khal_list(cal, start, end, once=True):
    cmd = ['khal', '-c', W + '/khal.conf', 'list', '-a', cal, '--day-format', '',
           '--format', '{start}|{end}|{uid}', start, end]
    if once:
        cmd.insert(4, '--once')
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return [l.split('|') for l in out.splitlines() if l.count('|') == 2]

bad = 0
for cal, path, spans in (('demo', W + '/demo.json', False),
                         ('hand', SRC + '/tests/data/precisions.json', False),
                         ('spans', SRC + '/tests/data/precisions.json', True)):
    tl = json.load(open(path))
    want = {}
    for ev in tl['events']:
        e = expected_dates(ev, spans)
        if e is None:
            continue
        kind, a, b = e
        if kind == 'time':
            want[ev['id'] + '@tempora'] = (a.strftime('%Y-%m-%d %H:%M'),
                                           (b or a).strftime('%Y-%m-%d %H:%M'), a.date(), a.date())
        else:
            last = a + dt.timedelta(days=b - 1)
            want[ev['id'] + '@tempora'] = (a.isoformat(), last.isoformat(), a, last)
    # khal walks day by day: list clusters of nearby start days, not
    # 1900..5000 in one go
    days = sorted({w[2] for w in want.values()})
    got = {}
    i = 0
    while i < len(days):
        j = i
        while j + 1 < len(days) and (days[j + 1] - days[i]).days < 40 * 366:
            j += 1
        for s, e, uid in khal_list(cal, days[i].isoformat(), (days[j] + dt.timedelta(days=1)).isoformat()):
            got.setdefault(uid, (s, e))
        i = j + 1
    for uid, (s, e, _, _) in sorted(want.items()):
        if got.get(uid) != (s, e):
            print(f'FAIL: {cal}: {uid}: khal lists {got.get(uid)}, want {(s, e)}')
            bad += 1
    # one day: exactly the events that cover it
    day = dt.date(2026, 11, 24)
    covering = {u for u, (_, _, a, last) in want.items() if a <= day <= last}
    listed = {uid for _, _, uid in khal_list(cal, day.isoformat(), '1d', once=False)}
    if listed != covering:
        print(f'FAIL: {cal}: on {day} khal lists {sorted(listed)}, want {sorted(covering)}')
        bad += 1
    print(f'{cal}: {len(want)} events on their days, {len(listed)} on {day}')
sys.exit(1 if bad else 0)
PY
echo "khal: $fails failure(s)"
[ "$fails" -eq 0 ]
