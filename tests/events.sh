#!/bin/sh
# Events of the seed article (DCT 2026-11-26) as issue 4 lists them, the
# timeline filters, merging across documents and stable ids.
# Usage: events.sh TEMPORA SOURCE_DIR
set -u
T=$1
SRC=$2
. "$SRC/tests/lib.sh"
SEED=$SRC/samples/canada-korea-defense.txt
"$T" extract "$SEED" -f json -o "$W/seed.json"
"$T" extract --undated "$SEED" -f json -o "$W/undated.json"

# One event per line: TYPE START END SOURCES>TARGETS LOCATION NSOURCES | headline
cat > "$W/show.py" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for e in d['events']:
    src = ','.join(sorted({a['code'] for a in e['actors'] if a['role'] == 'source'})) or '-'
    tgt = ','.join(sorted({a['code'] for a in e['actors'] if a['role'] == 'target'})) or '-'
    loc = e['location']['name'] + '/' + (e['location']['code'] or '') if e['location'] else '-'
    print(e['type'], e['when']['start'], e['when']['end'], e['when']['value'] or '-',
          src + '>' + tgt, loc, len(e['sources']), '|', e['headline'])
PY
python3 "$W/show.py" "$W/seed.json" > "$W/seed.txt"
python3 "$W/show.py" "$W/undated.json" > "$W/undated.txt"
has() { grep -q -- "$2" "$W/$1.txt" || { echo "  missing in $1: $2"; return 1; }; }
# Extracts the JSON Lines documents given on stdin into $W/NAME.json.
extract_docs() { cat > "$W/$1.jsonl" && "$T" extract "$W/$1.jsonl" -f json -o "$W/$1.json"; }
check "SUPPORT CAN,KOR on Tuesday in Seoul, merged with 'the one signed Tuesday'" \
  has seed "^SUPPORT 2026-11-24 2026-11-25 2026-11-24 CAN,KOR>- Seoul/KOR 3 | Canada and South Korea signed a comprehensive defense agreement$"
check "MOBILIZE PRK over the past 18 months" has seed "^MOBILIZE 2025-05-26 2026-11-26 P18M PRK>- "
check "CAN took office last year" has seed "^OTHER 2025-01-01 2026-01-01 2025 CAN>- .*took office"
check "KOR industry matured over the past decade" has seed " KOR>- .*matured"
check "PAST_REF SUPPORT KOR -> AUS, POL" has seed "^SUPPORT .* PAST_REF KOR>AUS,POL "
check "without --undated no undated event" test "$(grep -c ' 2026-11-26 2026-11-27 2026-11-26 ' "$W/seed.txt")" -eq 0
check "undated: JPN SUPPORT at the DCT" has undated "^SUPPORT 2026-11-26 2026-11-27 2026-11-26 JPN>"
check "undated: CHN ACCUSE at the DCT" has undated "^ACCUSE 2026-11-26 2026-11-27 2026-11-26 CHN>"
check "undated: PRK ACCUSE at the DCT" has undated "^ACCUSE 2026-11-26 2026-11-27 2026-11-26 PRK>"
check "undated: PRK THREATEN at the DCT" has undated "^THREATEN 2026-11-26 2026-11-27 2026-11-26 PRK>"
check "undated events are precision reported" python3 -c "
import json
evs = json.load(open('$W/undated.json'))['events']
assert all(e['when']['precision'] == 'reported' for e in evs if e['when']['text'] is None), evs
assert any(e['when']['precision'] == 'reported' for e in evs)"
check "every source is traceable: sentence, trigger and timex spans in the text" python3 -c "
import json
body = open('$SEED', encoding='utf-8').read().split('\n\n', 1)[1].encode()
d = json.load(open('$W/undated.json'))
for e in d['events']:
    for s in e['sources']:
        assert s['start'] <= s['trigger_start'] < s['trigger_end'] <= s['end'], s
        assert s['start'] <= s['timex_start'] <= s['timex_end'] <= s['end'], s
        assert e['trigger'] is None or body[s['trigger_start']:s['trigger_end']].decode().split()[0] in e['trigger'] or s is not e['sources'][0], (e['trigger'], s)"

# filters
"$T" extract --undated "$SEED" --actor PRK -f json | python3 -c "
import json, sys
evs = json.load(sys.stdin)['events']
assert evs and all(any(a['code'] == 'PRK' for a in e['actors']) for e in evs), evs"
check "--actor keeps only that actor's events" test $? -eq 0
"$T" extract --undated "$SEED" --type accuse -f json | python3 -c "
import json, sys
evs = json.load(sys.stdin)['events']
assert len(evs) >= 2 and all(e['type'] == 'ACCUSE' for e in evs), evs"
check "--type is case-insensitive and exact" test $? -eq 0
"$T" extract "$SEED" --from 2026-11-24 --to 2026-11-24 -f json | python3 -c "
import json, sys
evs = json.load(sys.stdin)['events']
assert evs and all(e['when']['start'] <= '2026-11-24' < e['when']['end'] for e in evs), evs"
check "--from/--to keep events overlapping the day" test $? -eq 0

# the same story from two outlets: one event, two sources
cat > "$W/two.jsonl" <<'J'
{"id": "wire-a", "published": "2026-03-10", "text": "Chile and Peru signed a fisheries agreement on Monday in Lima. Officials called it a milestone."}
{"id": "wire-b", "published": "2026-03-11", "text": "Peru and Chile signed a new fisheries agreement in Lima on Monday, the foreign ministry said."}
J
"$T" extract "$W/two.jsonl" -f json -o "$W/two.json"
check "the same event in two documents merges" python3 -c "
import json
evs = [e for e in json.load(open('$W/two.json'))['events'] if e['type'] == 'SUPPORT']
assert len(evs) == 1, evs
e = evs[0]
assert sorted(s['doc'] for s in e['sources']) == ['wire-a', 'wire-b'], e['sources']
assert e['when']['start'] == '2026-03-09' and e['location']['name'] == 'Lima', e"
"$T" extract "$W/two.jsonl" -f json -o "$W/two2.json"
check "event ids are stable across runs" cmp -s "$W/two.json" "$W/two2.json"
# an undated telling in one story joins the dated telling of another; a
# story that is only undated adds nothing without --undated
extract_docs three <<'J'
{"id": "wire-c", "published": "2026-05-14", "text": "Ghana closed its border with Togo on Tuesday after clashes near Aflao."}
{"id": "wire-d", "published": "2026-05-15", "text": "Ghana has closed its border with Togo, officials in Accra said."}
{"id": "wire-e", "published": "2026-05-15", "text": "Ghana has recalled its ambassador from Lome, officials said."}
J
check "an undated telling from another story joins the dated one" python3 -c "
import json
evs = json.load(open('$W/three.json'))['events']
closed = [e for e in evs if e['type'] == 'SANCTION' and 'border' in e['headline']]
assert len(closed) == 1, evs
e = closed[0]
assert sorted(s['doc'] for s in e['sources']) == ['wire-c', 'wire-d'], e['sources']
assert e['when']['start'] == '2026-05-12' and e['when']['precision'] == 'day', e['when']
assert not any(s['doc'] == 'wire-e' for x in evs for s in x['sources']), evs"

# different events stay apart: other figures, another status, other targets
extract_docs apart <<'J'
{"id": "a1", "published": "2026-03-10", "text": "Japan gave Ukraine $50 million in aid on Monday."}
{"id": "a2", "published": "2026-03-10", "text": "Japan gave Ukraine $80 million in aid on Monday."}
{"id": "b1", "published": "2026-03-10", "text": "Egypt did not sign the agreement with Sudan on Monday."}
{"id": "b2", "published": "2026-03-10", "text": "Egypt signed the agreement with Sudan on Monday."}
{"id": "c1", "published": "2026-03-10", "text": "Russia attacked Ukraine on Monday."}
{"id": "c2", "published": "2026-03-10", "text": "Russia attacked Georgia on Monday."}
J
check "events with other figures, status or targets are not merged" python3 -c "
import json
evs = json.load(open('$W/apart.json'))['events']
assert all(len(e['sources']) == 1 for e in evs), [(e['headline'], [s['doc'] for s in e['sources']]) for e in evs]
assert len(evs) >= 6, evs"

# killings with no agent: the victim named in full tells two apart, the
# same victim joins two stories (a shared surname is not the same person)
extract_docs victims <<'J'
{"id": "v1", "published": "2026-04-05", "text": "Haitian police said gang leader Marcel Duverne was killed in a shootout in Port-au-Prince on Friday."}
{"id": "v2", "published": "2026-04-05", "text": "Marcel Duverne was killed on Friday in a shootout with Haitian police, officials said."}
{"id": "v3", "published": "2026-04-04", "text": "Jean-Claude Duverne was killed on Friday in a shootout with Haitian police, officials said."}
J
check "passive killings merge by their victim, not by type, country and day" python3 -c "
import json
evs = [e for e in json.load(open('$W/victims.json'))['events'] if e['type'] == 'ASSAULT']
docs = sorted(sorted(s['doc'] for s in e['sources']) for e in evs)
assert docs == [['v1', 'v2'], ['v3']], [(e['headline'], [s['doc'] for s in e['sources']]) for e in evs]"

# the title tells the story's country: a body named without one takes it
# when the sentences name two states as often
extract_docs title <<'J'
{"id": "t1", "published": "2026-03-10", "title": "Kenya's parliament backs border deal", "text": "Kenya and Somalia signed a border pact on Monday. The government approved the budget on Tuesday."}
{"id": "t2", "published": "2026-03-10", "title": "A border deal", "text": "Kenya and Somalia signed a border pact on Monday. The government approved the budget on Tuesday."}
J
check "a title naming Kenya makes 'the government' Kenya's" python3 -c "
import json
evs = [e for e in json.load(open('$W/title.json'))['events'] if e['trigger'] == 'approved']
src = sorted((e['sources'][0]['doc'], a['code']) for e in evs for a in e['actors'])
assert src == [('t1', 'KEN')], src"

"$T" render "$W/undated.json" -f json -o "$W/re.json"
check "render -f json of a saved timeline is byte-identical" cmp -s "$W/undated.json" "$W/re.json"

finish
