#!/bin/sh
# CSV output (-f csv): parses back with Python's csv module into one row per
# event with the documented columns; values round-trip (hostile strings
# included); cells that a spreadsheet would evaluate (= + - @ TAB CR) are
# neutralized; output is byte-identical across runs.
# Usage: csv.sh TEMPORA SOURCE_DIR
set -u
T=$1
SRC=$2
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
"$T" extract -q "$SRC"/samples/*.txt -f json -o "$W/demo.json" || exit 1
"$T" extract -q "$SRC"/samples/*.txt -f csv -o "$W/demo.csv" || exit 1
"$T" extract -q "$SRC"/samples/*.txt -f csv -o "$W/demo2.csv" || exit 1
cmp -s "$W/demo.csv" "$W/demo2.csv" || { echo "FAIL: csv differs between runs"; exit 1; }
"$T" render -q "$SRC/tests/data/precisions.json" -f csv -o "$W/p.csv" || exit 1
"$T" render -q "$SRC/tests/data/hostile.json" -f csv -o "$W/h.csv" || exit 1
python3 - "$SRC" "$W/demo.json" "$W/demo.csv" "$SRC/tests/data/precisions.json" "$W/p.csv" \
  "$SRC/tests/data/hostile.json" "$W/h.csv" <<'PY'
import csv, json, re, sys
SRC = sys.argv[1]
COLUMNS = ('id start end precision edtf approximate open_start open_end when_text when_value type '
           'status headline trigger source_actors target_actors other_actors actor_names location '
           'location_code lat lon n_sources documents urls sentence').split()
NUMERIC = {'lat', 'lon', 'n_sources'}
doc = open(SRC + '/docs/formats.md', encoding='utf-8').read()
bad = 0
def fail(m):
    global bad
    bad += 1
    print('FAIL:', m)
for c in COLUMNS:
    if '`%s`' % c not in doc:
        fail(f'column {c} is not documented in docs/formats.md')
def clean(s):
    s = (s or '').replace('\r\n', '\n').replace('\r', '\n')
    return ''.join(' ' if (ord(c) < 32 and c not in '\n\t') or c == '\x7f' else c for c in s)
def cell(s):  # what a text cell must hold: cleaned, neutralized
    s = clean(s)
    return "'" + s if s[:1] in ('=', '+', '-', '@', '\t', '\r') else s
for jpath, cpath in zip(sys.argv[2::2], sys.argv[3::2]):
    tl = json.load(open(jpath, encoding='utf-8'))
    raw = open(cpath, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        fail(f'{cpath}: byte order mark')
    raw.decode('utf-8')
    if not raw.endswith(b'\r\n'):
        fail(f'{cpath}: last record not ended by CRLF')
    rows = list(csv.reader(open(cpath, newline='', encoding='utf-8')))
    if tuple(rows[0]) != tuple(COLUMNS):
        fail(f'{cpath}: header {rows[0]}')
    rows = rows[1:]
    if len(rows) != len(tl['events']):
        fail(f'{cpath}: {len(rows)} rows for {len(tl["events"])} events')
    for ev, row in zip(tl['events'], rows):
        if len(row) != len(COLUMNS):
            fail(f'{cpath}: {ev["id"]}: {len(row)} columns')
            continue
        r = dict(zip(COLUMNS, row))
        for k, v in r.items():
            if k not in NUMERIC and v[:1] in ('=', '+', '-', '@', '\t', '\r'):
                fail(f'{ev["id"]}: {k} cell {v!r} is not neutralized')
        w = ev['when']
        want = {'id': ev['id'], 'headline': ev['headline'], 'type': ev['type'], 'status': ev['status'],
                'precision': w['precision'], 'start': w['start'] or '', 'end': w['end'] or '',
                'when_text': w['text'] or '', 'when_value': w['value'] or '', 'trigger': ev['trigger'] or '',
                'edtf': w['edtf'] or '', 'approximate': str(w['approximate']).lower(),
                'open_start': str(w['open_start']).lower(), 'open_end': str(w['open_end']).lower(),
                'n_sources': str(len(ev['sources'])),
                'sentence': ev['sources'][0]['text'] if ev['sources'] else '',
                'documents': ';'.join(s['doc'] for s in ev['sources'])}
        for role, col in (('source', 'source_actors'), ('target', 'target_actors'), ('other', 'other_actors')):
            want[col] = ';'.join(a['code'] or a['name'] for a in ev['actors'] if a['role'] == role)
        loc = ev['location']
        want['location'] = loc['name'] if loc else ''
        want['location_code'] = (loc['code'] or '') if loc else ''
        for k, v in want.items():
            exp = v if k in NUMERIC else cell(v)
            if r[k] != exp:
                fail(f'{ev["id"]}: {k} = {r[k]!r}, want {exp!r}')
        for k in ('lat', 'lon'):
            if loc and loc[k] is not None:
                if not re.fullmatch(r'-?\d+\.\d{6}', r[k]) or abs(float(r[k]) - loc[k]) > 1e-6:
                    fail(f'{ev["id"]}: {k} {r[k]!r}')
            elif r[k]:
                fail(f'{ev["id"]}: {k} without coordinates')
    print(f'{cpath}: {len(rows)} rows x {len(COLUMNS)} columns')
# the hostile file really contains formula cells to neutralize
h = open(sys.argv[7], encoding='utf-8').read()
for s in ("'=HYPERLINK", "'+1+2", "'-2+3", "'@SUM", "'\tleading", "'-sum", "'@X", "'=cmd", "'-Minus Town"):
    if s not in h:
        fail(f'hostile csv lacks neutralized cell {s!r}')
if ',-1.679200,' not in h:
    fail('negative coordinate was neutralized or misformatted')
print(f'csv: {bad} failure(s)')
sys.exit(1 if bad else 0)
PY
