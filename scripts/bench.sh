#!/bin/sh
# Throughput and peak memory of `tempora extract`, against `wc -w` on the
# same bytes in the same run.  Usage: bench.sh [TEMPORA] [MB]
#
# Corpus: a JSON Lines file of about MB megabytes (default 20) of article
# text, made of the bundled samples and, when ../shared is present, the
# TempEval-3 training texts and the VOA dev stories, repeated with distinct
# ids.  Reported: MB/s of text for the whole-timeline run (-f json, merges
# across documents) and the streaming run (-f jsonl), each one's peak
# resident memory, and each one's time as a multiple of `wc -w`.
set -eu
exe=${1:-build/tempora}
mb=${2:-20}
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
python3 - "$W/corpus.jsonl" "$mb" <<'PY'
import glob, html, json, os, re, sys
out, mb = sys.argv[1], float(sys.argv[2])
docs = []
for f in sorted(glob.glob('samples/*.txt')):
    t = open(f, encoding='utf-8').read()
    if re.match(r'^[A-Za-z]+: ', t) and '\n\n' in t:
        t = t.split('\n\n', 1)[1]
    docs.append(('2026-11-26', t))
sh = '../shared/data'
for f in sorted(glob.glob(sh + '/te3-train/*.tml')):
    x = open(f, encoding='utf-8').read()
    m = re.search(r'<TEXT>(.*)</TEXT>', x, re.S)
    d = re.search(r'<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})', x)
    if m:
        docs.append((d.group(1) if d else '2026-11-26', html.unescape(re.sub(r'<[^>]+>', '', m.group(1)))))
if os.path.exists(sh + '/voa-dev/voa_dev.jsonl'):
    for l in open(sh + '/voa-dev/voa_dev.jsonl', encoding='utf-8'):
        j = json.loads(l)
        docs.append((j['published'], j['text']))
size, i = 0, 0
with open(out, 'w', encoding='utf-8') as f:
    while size < mb * 1e6:
        dct, text = docs[i % len(docs)]
        f.write(json.dumps({'id': 'd%d' % i, 'text': text, 'published': dct}) + '\n')
        size += len(text.encode())
        i += 1
print('documents %d' % i, file=sys.stderr)
PY
python3 -c "import json,sys; sys.stdout.write(''.join(json.loads(l)['text'] + '\n' for l in open(sys.argv[1])))" \
  "$W/corpus.jsonl" > "$W/text.txt"
bytes=$(wc -c < "$W/text.txt")
now() { date +%s.%N; }
# peak RSS (KiB) of a command, read from /proc while it runs
peak() {
  "$@" > /dev/null &
  pid=$!
  max=0
  while kill -0 $pid 2>/dev/null; do
    r=$(awk '/VmHWM/ {print $2}' /proc/$pid/status 2>/dev/null || true)
    [ -n "$r" ] && [ "$r" -gt "$max" ] && max=$r
    sleep 0.01
  done
  wait $pid
  echo $max
}
t0=$(now); wc -w "$W/text.txt" > /dev/null; t1=$(now)
"$exe" extract -q "$W/corpus.jsonl" -f json -o "$W/out.json"; t2=$(now)
"$exe" extract -q "$W/corpus.jsonl" -f jsonl -o "$W/out.jsonl"; t3=$(now)
kj=$(peak "$exe" extract -q "$W/corpus.jsonl" -f json -o "$W/o2.json")
kl=$(peak "$exe" extract -q "$W/corpus.jsonl" -f jsonl -o "$W/o2.jsonl")
events=$(wc -l < "$W/out.jsonl")
awk -v b="$bytes" -v a="$t0" -v x="$t1" -v y="$t2" -v z="$t3" -v kj="$kj" -v kl="$kl" -v ev="$events" 'BEGIN {
  wc = x - a; tj = y - x; tl = z - y;
  printf "text             %.1f MB (%d events streamed)\n", b / 1e6, ev;
  printf "wc -w            %6.3f s  %7.1f MB/s\n", wc, b / 1e6 / wc;
  printf "extract -f json  %6.3f s  %7.1f MB/s  %5.1fx wc -w  peak %6.1f MB\n", tj, b / 1e6 / tj, tj / wc, kj / 1024;
  printf "extract -f jsonl %6.3f s  %7.1f MB/s  %5.1fx wc -w  peak %6.1f MB\n", tl, b / 1e6 / tl, tl / wc, kl / 1024;
}'
