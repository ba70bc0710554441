#!/bin/sh
# The HTML report in a real browser: headless Debian Chromium driven by
# playwright-core (npm, installed by this test into a cache under the build
# dir).  The report must load with no console errors and no request
# leaving the file; screenshots must show the chart and the table; an
# article's "<script>" must appear as text; text drawn in the chart must
# be found by the browser's search.  Skips (77) without npm, network,
# node or chromium.
#   Usage: report_browser.sh TEMPORA SOURCE_DIR CACHE_DIR
set -u
. "$(dirname "$0")/lib.sh"
T=$1
SRC=$2
CACHE=$3
D=$SRC/tests/data
for c in node npm; do
  command -v $c > /dev/null || { echo "SKIP: $c is not installed"; exit 77; }
done
[ -x /usr/bin/chromium ] || { echo "SKIP: /usr/bin/chromium is not installed"; exit 77; }
mod=$CACHE/node_modules/playwright-core
if [ ! -f "$mod/package.json" ]; then
  mkdir -p "$CACHE"
  # playwright-core brings no browser of its own: Debian's chromium runs
  if ! (cd "$CACHE" && timeout 300 npm install --no-audit --no-fund --no-package-lock \
          --loglevel=error playwright-core@1 > "$W/npm.log" 2>&1); then
    echo "SKIP: npm could not install playwright-core (offline?)"
    tail -3 "$W/npm.log"
    exit 77
  fi
fi
cairo=0
"$T" --version | grep -q '^formats:.* svg ' && cairo=1

run() { # run NAME TIMELINE CHART_ONLY_TEXT
  "$T" render "$2" -f html -o "$W/$1.html" || return 1
  NODE_PATH=$CACHE/node_modules timeout 120 node "$SRC/tests/report_browser.js" \
    "$W/$1.html" "$W/$1" "$3" > "$W/$1.json" 2> "$W/$1.err"
}
run seed "$D/seed-events.json" "South Korea"
check "seed: the browser ran" test $? -eq 0
[ -s "$W/seed.err" ] && cat "$W/seed.err"
check "seed: no console errors, nothing fetched, rows, search" python3 -c "
import json
r = json.load(open('$W/seed.json'))
assert r['errors'] == [], r['errors']
assert r['requests'] == [], r['requests']
assert r['title'] == 'Canada and South Korea sign defense agreement', r['title']
assert r['rows'] == 10, r['rows']
assert r['scripts'] == 0
assert r['table']['h'] > 300
if $cairo:
    assert r['svg'] and r['svg']['w'] > 600 and r['svg']['h'] > 200, r['svg']
    assert r['found'] is True, 'window.find() does not find the chart text'
"
for part in chart table; do
  [ $part = chart ] && [ $cairo = 0 ] && continue
  info=$(python3 "$SRC/tests/png_info.py" "$W/seed/$part.png")
  check "seed screenshot shows the $part ($info)" python3 -c "
i = '$info'.split()
assert int(i[0]) > 400 and int(i[1]) > 150, i
assert int(i[2]) > 20, 'too few colours: blank?'
assert 0.01 < float(i[3]) < 0.9, 'ink share'
"
done
cp "$W/seed/page.png" "$CACHE/report-screenshot.png" 2> /dev/null

run hostile "$D/report-hostile.json" ""
check "hostile: the browser ran" test $? -eq 0
check "hostile: <script> shows as text and nothing runs" python3 -c "
import json
r = json.load(open('$W/hostile.json'))
assert r['errors'] == [], r['errors']
assert r['requests'] == [], r['requests']
assert r['scripts'] == 0
assert '<script>alert(\"x\")</script>' in r['text'], 'script text not shown'
assert 'Sentence with <script>alert(2)</script> in it.' in r['text']
assert '<b>bold</b>' in r['text']
"

finish
