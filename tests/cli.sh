#!/bin/sh
# CLI contract tests: formats, stdin, many inputs, errors (one line, exit
# codes), atomic output, re-rendering.  Usage: cli.sh TEMPORA SOURCE_DIR
set -u
[ -n "${CLI_TRACE:-}" ] && set -x
T=$1
SRC=$2
. "$SRC/tests/lib.sh"
py() { python3 -c "$@"; }
SEED=$SRC/samples/canada-korea-defense.txt

# --help, --version
"$T" --help > "$W/help" 2>&1; check "--help exits 0" test $? -eq 0
check "--help documents extract" grep -q "tempora extract" "$W/help"
check "--help documents --dct" grep -q -- "--dct" "$W/help"
"$T" --version > "$W/ver"; check "--version lists formats" grep -q "^formats: .*json.*jsonl.*timeml" "$W/ver"

# usage errors: exit 2, one line on stderr
for args in "frobnicate" "extract --bogus" "extract -f nosuch $SEED" "extract --dct 2025-02-30 $SEED" \
            "extract --dct yesterday $SEED" "extract --mode poetic $SEED" "extract -o"; do
  # shellcheck disable=SC2086
  "$T" $args > "$W/o" 2> "$W/e"; rc=$?
  check "usage error exits 2: $args" test $rc -eq 2
  check "usage error is one line: $args" test "$(wc -l < "$W/e")" -eq 1
  check "usage error names tempora: $args" grep -q "^tempora: " "$W/e"
done

# the seed article: DCT from its header, the three anchor expressions
"$T" extract "$SEED" -f json -o "$W/seed.json" 2> "$W/e"; check "seed extract exits 0" test $? -eq 0
check "seed: no warnings" test ! -s "$W/e"
check "seed: Tuesday, last year, the past 18 months" py "
import json
d = json.load(open('$W/seed.json'))
doc = d['documents'][0]
assert doc['dct'] == '2026-11-26' and doc['dct_source'] == 'metadata', doc
t = {x['text']: x for x in d['timexes']}
assert t['Tuesday']['value'] == '2026-11-24'
assert t['Tuesday']['interval']['start'] == '2026-11-24' and t['Tuesday']['interval']['end'] == '2026-11-25'
assert t['Tuesday']['precision'] == 'day'
assert t['last year']['value'] == '2025' and t['last year']['interval']['start'] == '2025-01-01'
p = t['the past 18 months']
assert p['type'] == 'DURATION' and p['value'] == 'P18M' and p['anchor'] == '2026-11-26'
assert p['interval']['start'] == '2025-05-26' and p['interval']['end'] == '2026-11-26'
body = open('$SEED', encoding='utf-8').read().split('\n\n', 1)[1].encode()
for x in d['timexes']:
    assert body[x['start']:x['end']].decode() == x['text'], x
assert d['events'] and all(e['id'].startswith('ev-') for e in d['events'])
ids = [e['id'] for e in d['events']]
assert len(ids) == len(set(ids))
"

# determinism: same input, same bytes
"$T" extract "$SEED" -f json -o "$W/seed2.json"
check "json output is deterministic" cmp -s "$W/seed.json" "$W/seed2.json"

# --dct overrides the header
"$T" extract --dct 2020-01-01 "$SEED" -f json | py "
import json, sys
d = json.load(sys.stdin)
assert d['documents'][0]['dct'] == '2020-01-01' and d['documents'][0]['dct_source'] == 'flag'
assert [t['value'] for t in d['timexes'] if t['text'] == 'last year'] == ['2019']
"; check "--dct overrides metadata" test $? -eq 0

# an e-mail's own header (keys beside the known ones): its Date gives the
# DCT and its lines stay in the text, the Subject's times tagged
printf 'From: Release Management\nTo: engineering\nDate: Thu, 2 Sep 2021 16:05\nSubject: Release plan for Q4 2021\n\nThe freeze starts on Friday.\n' > "$W/mail.txt"
"$T" extract "$W/mail.txt" -f json | py "
import json, sys
d = json.load(sys.stdin)
doc = d['documents'][0]
assert doc['dct'].startswith('2021-09-02') and doc['dct_source'] == 'metadata', doc
t = {x['text']: x['value'] for x in d['timexes']}
assert t['Q4 2021'] == '2021-Q4' and t['Friday'] == '2021-09-03', t
body = open('$W/mail.txt', encoding='utf-8').read().encode()
for x in d['timexes']:
    assert body[x['start']:x['end']].decode() == x['text'], x
"; check "e-mail header: Date gives the DCT, Subject tagged" test $? -eq 0

# stdin, with and without "-"
printf 'The talks ended yesterday.' | "$T" extract --dct 2026-11-26 -f json > "$W/stdin.json"
check "stdin run exits 0" test $? -eq 0
check "stdin without -" py "
import json; d = json.load(open('$W/stdin.json'))
assert d['documents'][0]['id'] == 'stdin' and d['timexes'][0]['value'] == '2026-11-25'"
printf 'The talks ended yesterday.' | "$T" extract --dct 2026-11-26 - -f json > "$W/stdin2.json"
check "stdin with -" cmp -s "$W/stdin.json" "$W/stdin2.json"

# an event in a US federal fiscal year: EDTF gives its days, not the calendar year
printf 'The Pentagon cut its drone order in fiscal 2027.' | "$T" extract --dct 2026-11-26 -f json > "$W/fy.json"
check "federal fiscal year: interval and edtf" py "
import json; d = json.load(open('$W/fy.json'))
w = d['events'][0]['when']
assert (w['start'], w['end'], w['edtf']) == ('2026-10-01', '2027-10-01', '2026-10-01/2027-09-30'), w"

# no DCT: warning on stderr, narrative mode; -q silences it
printf 'In 1950 the war began. Two years later talks stalled.' > "$W/nodct.txt"
"$T" extract "$W/nodct.txt" -f json > "$W/nodct.json" 2> "$W/e"
check "no DCT warns" grep -q "warning: .*no publication date" "$W/e"
check "no DCT: narrative mode" py "
import json; d = json.load(open('$W/nodct.json'))
assert d['documents'][0]['mode'] == 'narrative' and d['documents'][0]['dct'] is None"
"$T" extract -q "$W/nodct.txt" -f json > /dev/null 2> "$W/e"
check "-q silences warnings" test ! -s "$W/e"

# many inputs in one run, JSON Lines corpus, jsonl output
cat > "$W/c.jsonl" <<'J'
{"id": "a1", "text": "Troops withdrew on Monday.", "published": "2026-11-26"}

{"id": "a2", "text": "The accord was signed last year.", "date": "2026-01-15T08:00:00Z", "title": "T"}
J
"$T" extract "$SEED" "$W/c.jsonl" "$SRC/samples/sahel-ceasefire.txt" -f json > "$W/many.json"
check "many inputs" py "
import json; d = json.load(open('$W/many.json'))
ids = [x['id'] for x in d['documents']]
assert ids == ['canada-korea-defense', 'a1', 'a2', 'sahel-ceasefire'], ids
assert d['documents'][2]['dct'] == '2026-01-15T08:00:00'
assert d['documents'][3]['dct_source'] == 'dateline'
v = {(t['doc'], t['text']): t['value'] for t in d['timexes']}
assert v[('a1', 'Monday')] == '2026-11-23' and v[('a2', 'last year')] == '2025'"
"$T" extract "$W/c.jsonl" -f jsonl > "$W/out.jsonl"
check "jsonl: one JSON event per line" py "
import json
lines = open('$W/out.jsonl').read().splitlines()
assert len(lines) == 2
for l in lines:
    e = json.loads(l); assert e['id'] and e['when']['start'] and e['sources'][0]['doc'] in ('a1', 'a2')"
"$T" extract "$SEED" -f jsonl | py "
import json, sys
evs = [json.loads(l) for l in sys.stdin]
full = json.load(open('$W/seed.json'))['events']
assert [e['id'] for e in evs] == [e['id'] for e in full]"; check "jsonl events equal json events" test $? -eq 0

# TimeML: well-formed, text byte-exact, DCT present
"$T" extract "$SEED" -f timeml -o "$W/seed.tml"
check "timeml is byte-exact" py "
import xml.etree.ElementTree as ET
root = ET.parse('$W/seed.tml').getroot()
assert root.tag == 'TimeML'
assert root.find('DCT/TIMEX3').get('value') == '2026-11-26'
text = ''.join(root.find('TEXT').itertext())
body = open('$SEED', encoding='utf-8').read().split('\n\n', 1)[1]
assert text == body
tx = root.findall('TEXT/TIMEX3')
assert any(t.text == 'Tuesday' and t.get('value') == '2026-11-24' for t in tx)"
printf 'a < b & c > d on\r\nMonday "quoted"' | "$T" extract --dct 2026-11-26 -f timeml > "$W/esc.tml"
check "timeml from stdin exits 0" test $? -eq 0
check "timeml escapes & < > and CR" py "
import xml.etree.ElementTree as ET
r = ET.parse('$W/esc.tml').getroot()
assert ''.join(r.find('TEXT').itertext()) == 'a < b & c > d on\r\nMonday \"quoted\"'"
"$T" extract "$SEED" "$SRC/samples/sahel-ceasefire.txt" -f timeml | py "
import sys, xml.etree.ElementTree as ET
r = ET.fromstring(sys.stdin.read())
assert r.tag == 'TimeMLCorpus' and len(r.findall('TimeML')) == 2"; check "timeml corpus for several documents" test $? -eq 0

# errors: one line, exit 1, file named
"$T" extract "$W/missing.txt" > /dev/null 2> "$W/e"; rc=$?
check "missing file exits 1" test $rc -eq 1
check "missing file message" grep -q "^tempora: $W/missing.txt: No such file" "$W/e"
printf 'Good line.\nBad \377 byte.' > "$W/bad.txt"
"$T" extract "$W/bad.txt" > /dev/null 2> "$W/e"; rc=$?
check "invalid UTF-8 exits 1" test $rc -eq 1
check "invalid UTF-8: file:line:col" grep -q "^tempora: $W/bad.txt:2:5: invalid UTF-8" "$W/e"
check "invalid UTF-8: one line" test "$(wc -l < "$W/e")" -eq 1
printf 'NUL\000byte' > "$W/nul.txt"
"$T" extract "$W/nul.txt" > /dev/null 2> "$W/e"; rc=$?
check "NUL byte exits 1" test $rc -eq 1
check "NUL byte message" grep -q "NUL byte" "$W/e"
printf '{"id": "x", "text": "ok"}\n{"id": "y", "text": }\n' > "$W/broken.jsonl"
"$T" extract "$W/broken.jsonl" > /dev/null 2> "$W/e"; rc=$?
check "malformed JSONL exits 1" test $rc -eq 1
check "malformed JSONL: line and column" grep -q "^tempora: $W/broken.jsonl:2:[0-9]*: malformed JSON" "$W/e"
printf '{"id": "x"}\n' > "$W/notext.jsonl"
"$T" extract "$W/notext.jsonl" > /dev/null 2> "$W/e"
check "JSONL without text" grep -q "missing string field \"text\"" "$W/e"
printf '{"text": "a\\u0000b"}\n' > "$W/nul.jsonl"
"$T" extract "$W/nul.jsonl" > /dev/null 2> "$W/e"; rc=$?
check "JSONL escaped NUL is refused" test $rc -eq 1
"$T" extract "$W" > /dev/null 2> "$W/e"; rc=$?
check "directory input exits 1" test $rc -eq 1

# atomic output: a failing run leaves the old file and no temporary files
echo KEEP > "$W/keep.json"
"$T" extract "$SEED" "$W/bad.txt" -o "$W/keep.json" 2> /dev/null
check "failed run keeps the old output" test "$(cat "$W/keep.json")" = KEEP
check "no temporary files left" test -z "$(ls "$W" | grep tmp)"
"$T" extract "$SEED" -o "$W/keep.json"
check "successful run replaces the output" py "import json; json.load(open('$W/keep.json'))"
check "still no temporary files" test -z "$(ls "$W" | grep tmp)"
"$T" extract "$SEED" -o "$W/nodir/x.json" 2> "$W/e"; rc=$?
check "unwritable output exits 1" test $rc -eq 1

# empty input: a valid timeline with one empty document
: > "$W/empty.txt"
"$T" extract --dct 2026-11-26 "$W/empty.txt" > "$W/empty.json"; rc=$?
check "empty file exits 0" test $rc -eq 0
check "empty file gives an empty timeline" py "
import json; d = json.load(open('$W/empty.json'))
assert len(d['documents']) == 1 and d['timexes'] == [] and d['events'] == []"

# render: JSON -> JSON is identical; bad JSON is reported with line:col
"$T" render "$W/seed.json" -f json -o "$W/re.json"
check "render json round-trips byte for byte" cmp -s "$W/seed.json" "$W/re.json"
printf '{\n  "events": [\n    {"id": 1,,}\n  ]\n}\n' > "$W/broken.json"
"$T" render "$W/broken.json" -f json > /dev/null 2> "$W/e"; rc=$?
check "render of malformed JSON exits 1" test $rc -eq 1
check "render error has line:col" grep -q "^tempora: $W/broken.json:3:[0-9]*: malformed JSON" "$W/e"
printf '{"events": [{"headline": "x"}]}' > "$W/shape.json"
"$T" render "$W/shape.json" -f json > /dev/null 2> "$W/e"
check "render of wrong shape names the path" grep -q "events\[0\]: missing \"id\"" "$W/e"
"$T" render "$W/seed.json" -f timeml > /dev/null 2> "$W/e"; rc=$?
check "render timeml without text is refused" test $rc -eq 1

# filters
"$T" extract "$SEED" --from 2026-11 -f json | py "
import json, sys
evs = json.load(sys.stdin)['events']
assert evs and all(e['when']['end'] > '2026-11' for e in evs)"; check "--from filter" test $? -eq 0
"$T" extract "$SEED" --to 2025 -f json | py "
import json, sys
evs = json.load(sys.stdin)['events']
assert evs and all(e['when']['start'] < '2026' for e in evs)"; check "--to filter" test $? -eq 0

finish
