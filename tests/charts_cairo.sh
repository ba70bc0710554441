#!/bin/sh
# Smoke tests of the drawn charts (cairo + pango): SVG (well-formed XML,
# <title>, <desc>, the searchable text layer, hostile text escaped), PNG
# (signature, size, ink, theme background), PDF (header, one page, fonts
# embedded, Hangul drawn with a CJK font), byte-identical reruns.  Skips
# when this build has no cairo (the formats are then not listed).
#   Usage: charts_cairo.sh TEMPORA SOURCE_DIR
set -u
. "$(dirname "$0")/lib.sh"
T=$1
SRC=$2
D=$SRC/tests/data
if ! "$T" --version | grep -q '^formats:.* svg .*png .*pdf'; then
  echo "SKIP: this build has no cairo/pango chart renderer"
  exit 77
fi
py() { python3 -c "$@"; }

for f in seed-events decades-days report-hostile empty; do
  for fmt in svg png pdf; do
    "$T" render "$D/$f.json" -f $fmt -o "$W/$f.$fmt" 2> "$W/err"
    check "$f -f $fmt: exit 0, quiet" test $? -eq 0 -a ! -s "$W/err"
  done
done

# ---- SVG
for f in seed-events decades-days report-hostile empty; do
  check "$f.svg: well-formed XML with <title>, <desc> and a text layer" py "
import xml.etree.ElementTree as ET
ns = '{http://www.w3.org/2000/svg}'
root = ET.parse('$W/$f.svg').getroot()
assert root.tag == ns + 'svg', root.tag
kids = list(root)
assert kids[0].tag == ns + 'title' and kids[0].text, 'title first'
assert kids[1].tag == ns + 'desc' and kids[1].text, 'desc second'
layer = root.find(ns + 'g[@id=\"tempora-text\"]')
assert layer is not None and layer.get('fill-opacity') == '0'
texts = [''.join(t.itertext()) for t in layer.iter(ns + 'text')]
assert texts, 'no text in the layer'
"
done
check "seed svg: labels, lanes, ticks and title are searchable" py "
import xml.etree.ElementTree as ET
ns = '{http://www.w3.org/2000/svg}'
root = ET.parse('$W/seed-events.svg').getroot()
layer = root.find(ns + 'g[@id=\"tempora-text\"]')
# the text of each <text> without its <title> tooltip
own = [(t.text or '') for t in layer.iter(ns + 'text')]
for want in ['Canada and South Korea sign defense agreement', 'Canada', '2020',
             'Japan welcomes the agreement', 'Agree']:
    assert any(want in s for s in own), want
tips = [t.text for t in layer.iter(ns + 'title')]
assert any(s.startswith('24 Nov 2026: Canada and South Korea sign a comprehensive') for s in tips), tips[:3]
assert 'North Korea' in root.find(ns + 'desc').text
"
check "decades-days svg: Hangul in the text layer" grep -q '남북 정상회담 개최' "$W/decades-days.svg"
check "hostile svg: markup is escaped, never live" py "
s = open('$W/report-hostile.svg', encoding='utf-8').read()
assert '<script' not in s.lower() and '<b>' not in s and '<i>' not in s
assert '&lt;script&gt;' in s and '&amp;' in s
assert 'javascript:' not in s
import xml.etree.ElementTree as ET
ET.fromstring(s)  # controls and U+FFFE were replaced, so the XML parses
"

# ---- PNG
check "PNG signature" py "assert open('$W/seed-events.png','rb').read(8) == b'\x89PNG\r\n\x1a\n'"
size=$("$T" render "$D/seed-events.json" -f layout | sed -n 's/^chart \([0-9.]*\) \([0-9.]*\) .*/\1 \2/p')
info=$(python3 "$SRC/tests/png_info.py" "$W/seed-events.png")
check "PNG size is the layout's ($size vs $info)" py "
import math
w, h = '$size'.split(); i = '$info'.split()
assert (int(i[0]), int(i[1])) == (math.ceil(float(w)), math.ceil(float(h)))
assert int(i[2]) > 50, 'few colours: text and marks missing?'
assert 0.03 < float(i[3]) < 0.8, 'ink share'
assert i[4] == '#ffffff', 'default background'
"
"$T" render "$D/seed-events.json" -f png --theme dark --width 900 --height 600 -o "$W/dark.png"
info=$(python3 "$SRC/tests/png_info.py" "$W/dark.png")
check "PNG with --theme dark --width 900 --height 600 ($info)" py "
i = '$info'.split()
assert (i[0], i[1]) == ('900', '600') and i[4] == '#15181d', i
"
"$T" render "$D/seed-events.json" -f png --width 20000 --height 20000 -o "$W/huge.png" 2> "$W/e"
check "a PNG beyond 64 Mpx is refused" test $? -eq 1 -a ! -e "$W/huge.png"
check "... with a clear message" grep -q "too large for PNG" "$W/e"

# ---- PDF
check "PDF: header, one page, fonts embedded, dates from the timeline" py "
d = open('$W/seed-events.pdf', 'rb').read()
assert d.startswith(b'%PDF-1.'), d[:8]
import re
assert len(re.findall(rb'/Type\s*/Page\b', d)) == 1
assert re.search(rb'/Count\s+1\b', d)
assert re.search(rb'/FontFile', d), 'fonts not embedded'
assert re.search(rb'/CreationDate \((D:)?20261126', d), 'CreationDate is the DCT, not the clock'
assert d.rstrip().endswith(b'%%EOF')
"
check "PDF: Hangul is set in a CJK font (pango fallback)" py "
import re
d = open('$W/decades-days.pdf', 'rb').read()
fonts = set(re.findall(rb'/BaseFont\s*/[A-Z]{6}\+([A-Za-z0-9-]+)', d))
assert any(b'CJK' in f for f in fonts), fonts
"

# ---- deterministic
for fmt in svg png pdf; do
  "$T" render "$D/decades-days.json" -f $fmt -o "$W/a.$fmt"
  "$T" render "$D/decades-days.json" -f $fmt -o "$W/b.$fmt"
  check "$fmt is byte-identical on a rerun" cmp -s "$W/a.$fmt" "$W/b.$fmt"
done

# ---- the samples through extract, and the seed article itself
for fmt in svg png pdf; do
  "$T" extract -q "$SRC/samples/canada-korea-defense.txt" -f $fmt -o "$W/seed.$fmt"
  check "seed article -f $fmt" test $? -eq 0 -a -s "$W/seed.$fmt"
done

finish
