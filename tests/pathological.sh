#!/bin/sh
# Pathological inputs: each must finish (the timeout only detects hangs; it
# is not a speed test) with status 0, or 1 and a one-line error -- never a
# crash.  Usage: pathological.sh TEMPORA
set -u
T=$1
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
fails=0
n=0
gen() { python3 -c "import sys; sys.stdout.buffer.write($1)" > "$W/$2"; }
gen "b'a' * 3000000" one-long-word.txt
gen "b'9' * 3000000" one-long-number.txt
gen "b'.' * 2000000" dots.txt
gen "b'\\n' * 2000000" newlines.txt
gen "b'Monday ' * 300000" weekdays.txt
gen "b'the past ' * 300000 + b'18 months'" repeated-prefix.txt
gen "b'12/' * 500000" slashes.txt
gen "b'in 2019, ' * 200000" years.txt
gen "b'one hundred and ' * 200000 + b'ten days'" number-words.txt
gen "b'  Monday    9:00 - 17:00\\n' * 100000" hours-table.txt
gen "b'Oct. ' * 400000" abbrevs.txt
gen "b'\"' * 1000000" quotes.txt
gen "('\u2014' * 500000).encode()" dashes.txt
gen "('\uc11c\uc6b8 ' * 300000).encode()" hangul.txt
gen "b'{\"text\": \"' + b'x' * 2000000 + b'\"}\\n'" long-line.jsonl
gen "b''.join(b'{\"id\": \"%d\", \"text\": \"Talks ended on Monday.\"}\\n' % i for i in range(20000))" many-docs.jsonl
gen "b'[' * 100000" deep.jsonl
gen "bytes(range(256)) * 4000" binary.txt
for f in "$W"/*; do
  case $f in *.out|*.err) continue ;; esac
  n=$((n + 1))
  timeout 120 "$T" extract -q --dct 2026-11-26 "$f" -f json -o "$f.out" 2> "$f.err"
  rc=$?
  name=$(basename "$f")
  if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
    fails=$((fails + 1)); echo "FAIL: $name: exit $rc $(head -c 300 "$f.err")"
  elif [ $rc -eq 1 ] && [ "$(wc -l < "$f.err")" -ne 1 ]; then
    fails=$((fails + 1)); echo "FAIL: $name: error is not one line"
  elif [ $rc -eq 0 ] && ! python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$f.out"; then
    fails=$((fails + 1)); echo "FAIL: $name: output is not JSON"
  else
    echo "ok: $name (exit $rc)"
  fi
  rm -f "$f.out"
done
echo "pathological: $n inputs, $fails failed"
[ $fails -eq 0 ]
