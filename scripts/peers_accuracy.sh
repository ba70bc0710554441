#!/bin/sh
# Accuracy of a peer tagger on the TempEval-3 training corpus, scored by the
# same shared scorer as tempora: chrono-node (npm, installed into
# build/peers).  chrono finds dates and times only (no durations or sets);
# its values are written at the precision it is certain of (a day, a month,
# a year, a clock time).  Needs ../shared; prints the scorer's last line.
set -eu
G=../shared/data/te3-train
S=../shared/tools/te3score.py
if [ ! -d $G ] || [ ! -f $S ]; then
  echo "peers_accuracy: ../shared is missing; nothing to score" >&2
  exit 77
fi
P=build/peers
mkdir -p $P
if ! [ -d $P/node_modules/chrono-node ]; then
  (cd $P && npm install --silent chrono-node >/dev/null 2>&1) || {
    echo "peers_accuracy: chrono-node could not be installed (npm)" >&2
    exit 77
  }
fi
cat > $P/chrono_timeml.js <<'JS'
// chrono_timeml.js DCT IN: the text of IN with chrono's dates as TIMEX3.
const chrono = require('chrono-node');
const fs = require('fs');
const [dct, inp] = process.argv.slice(2);
const text = fs.readFileSync(inp, 'utf8');
const m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?/.exec(dct || '');
const ref = m ? new Date(+m[1], m[2] - 1, +m[3], m[4] ? +m[4] : 12, m[5] ? +m[5] : 0)
              : new Date(2000, 0, 1, 12);
const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const p2 = n => String(n).padStart(2, '0');
function value(c) {
  const y = c.get('year'), mo = p2(c.get('month')), d = p2(c.get('day'));
  if (c.isCertain('hour')) return [`TIME`, `${y}-${mo}-${d}T${p2(c.get('hour'))}:${p2(c.get('minute'))}`];
  if (c.isCertain('day') || c.isCertain('weekday')) return ['DATE', `${y}-${mo}-${d}`];
  if (c.isCertain('month')) return ['DATE', `${y}-${mo}`];
  return ['DATE', `${y}`];
}
let out = '', pos = 0, n = 0;
for (const r of chrono.parse(text, ref)) {
  if (r.index < pos) continue;
  const [type, val] = value(r.start);
  out += esc(text.slice(pos, r.index)) +
         `<TIMEX3 tid="t${++n}" type="${type}" value="${val}">${esc(r.text)}</TIMEX3>`;
  pos = r.index + r.text.length;
}
out += esc(text.slice(pos));
process.stdout.write(`<?xml version="1.0" ?>\n<TimeML><TEXT>${out}</TEXT></TimeML>\n`);
JS
python3 $S --gold $G --cmd "node $P/chrono_timeml.js {dct} {in}" | tail -1
