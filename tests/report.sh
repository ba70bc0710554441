#!/bin/sh
# The HTML report (-f html) without a browser: parses as HTML, one table
# row per event, every column filled from the model, hostile text escaped
# (an article's "<script>" is text), links only to http(s) URLs, nothing
# loaded from outside, the chart inlined when cairo is compiled in.
#   Usage: report.sh TEMPORA SOURCE_DIR
set -u
. "$(dirname "$0")/lib.sh"
T=$1
SRC=$2
D=$SRC/tests/data
cairo=0
"$T" --version | grep -q '^formats:.* svg ' && cairo=1

for f in seed-events report-hostile empty decades-days; do
  "$T" render "$D/$f.json" -f html -o "$W/$f.html" 2> "$W/err"
  check "$f -f html: exit 0, quiet" test $? -eq 0 -a ! -s "$W/err"
done
"$T" extract -q "$SRC"/samples/*.txt -f html -o "$W/samples.html"
check "samples: extract -f html" test $? -eq 0

cat > "$W/check.py" <<'PY'
import html.parser, json, sys
path, timeline, cairo = sys.argv[1], sys.argv[2], sys.argv[3] == "1"

class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.rows, self.cells, self.text = [], 0, [], []
        self.in_tbody = False
        self.row = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "tbody":
            self.in_tbody = True
        if tag == "tr" and self.in_tbody:
            self.rows += 1
            self.row = []
        if tag == "td" and self.row is not None:
            self.row.append("")
    def handle_endtag(self, tag):
        if tag == "tbody":
            self.in_tbody = False
        if tag == "tr" and self.row is not None:
            self.cells.append(self.row)
            self.row = None
    def handle_data(self, d):
        self.text.append(d)
        if self.row:
            self.row[-1] += d

src = open(path, encoding="utf-8").read()
p = P()
p.feed(src)
p.close()
tl = json.load(open(timeline, encoding="utf-8"))
tags = [t for t, _ in p.tags]
assert tags[0] == "html", tags[:3]
assert "script" not in tags, "a <script> element in the report"
assert not any(t in ("link", "iframe", "object", "embed", "img", "base") for t in tags), tags
csp = [a for t, a in p.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
assert csp and "default-src 'none'" in csp[0]["content"], "no CSP"
for t, a in p.tags:
    for k, v in a.items():
        assert not k.startswith("on"), "event handler attribute %s" % k
        if k in ("src", "href", "xlink:href") and v and not v.startswith("#"):
            assert t == "a" and k == "href" and v.startswith(("http://", "https://")), (t, k, v)
def start(e):  # chronological, undated last (the report's order)
    return (e["when"]["start"] is None, e["when"]["start"] or "", e["when"]["end"] or "")
events = sorted(tl["events"], key=start)
if events:
    assert p.rows == len(events), (p.rows, len(events))
    for row, ev in zip(p.cells, events):
        assert len(row) == 7, row
        assert ev["headline"].split("\x01")[0][:20].strip() in row[1] or ev["headline"] == "", (row[1], ev["headline"])
        assert ev["type"] in row[2], row
        for a in ev["actors"]:
            assert a["code"] in row[3], (row[3], a)
        if ev["location"]:
            assert ev["location"]["name"][:5] in row[4], row
        assert row[6].strip(), "sentence column empty"
else:
    assert p.rows == 1 and "No events" in "".join(p.text)
svg = [t for t in tags if t == "svg"]
assert (len(svg) == 1) == cairo, ("inline svg", len(svg), cairo)
if not cairo:
    assert "no chart renderer" in src

PY
for f in seed-events report-hostile empty decades-days; do
  check "$f.html: structure, rows, escaping, no external loads" python3 "$W/check.py" "$W/$f.html" "$D/$f.json" $cairo
done
H=$W/report-hostile.html
check "hostile: <script> in an article is text" grep -qF '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;' "$H"
check "hostile: the sentence's <script> too" grep -qF 'Sentence with &lt;script&gt;alert(2)&lt;/script&gt; in it.' "$H"
check "hostile: no live <script> or <b>" python3 -c "
s = open('$H', encoding='utf-8').read().lower()
assert '<script' not in s and '<b>' not in s and '<i>' not in s
"
check "hostile: javascript: URL is not a link" python3 -c "
s = open('$H', encoding='utf-8').read()
assert 'href=\"javascript' not in s.lower()
assert 'href=\"https://example.org/a?b=1&amp;c=&lt;2&gt;\"' in s
"
check "hostile: control characters replaced" python3 -c "
s = open('$H', encoding='utf-8').read()
assert '\x01' not in s and '\x7f' not in s and '\ufffe' not in s
"
S=$W/seed-events.html
check "seed: dates as people say them" grep -q '26 May 2025 – 25 Nov 2026' "$S"
check "seed: EDTF beside them" grep -q '2025-05-26/2026-11-25' "$S"
check "seed: coordinates" grep -q '37.5665, 126.9780' "$S"
check "seed: planned status shown" grep -q 'planned' "$S"
check "seed: the theme's colours in the CSS" grep -q -- '--bg: #ffffff' "$S"
"$T" render "$D/seed-events.json" -f html --theme dark -o "$W/dark.html"
check "dark theme report" grep -q -- '--bg: #15181d' "$W/dark.html"
"$T" render "$D/seed-events.json" -f html --title 'Mine <&>' -o "$W/t.html"
check "--title, escaped" grep -q '<h1>Mine &lt;&amp;&gt;</h1>' "$W/t.html"
# the page header carries the title; the chart does not draw it again (only
# its accessible <title>): page <title>, <h1>, chart <title>
check "title shown once, not repeated in the chart" \
  test "$(grep -o 'Mine &lt;&amp;&gt;' "$W/t.html" | wc -l)" -eq 3
"$T" render "$D/seed-events.json" -f html -o "$W/again.html"
check "deterministic" cmp -s "$S" "$W/again.html"

finish
