#!/bin/sh
# tempora eval: exact figures on a small TimeML corpus written for this test
# (tests/data/eval: a value error, a type error, an extent difference, a
# miss, a spurious timex, a document without DCT, non-ASCII text and an
# entity), then agreement with the shared TempEval-3 scorer on the training
# corpus when ../shared is there (the summary lines must be identical).
exe=$1
src=$2
shared=$3
fail() { echo "FAIL: $*"; exit 1; }

out=$("$exe" eval "$src/tests/data/eval" --errors 5) || fail "eval exited $?"
echo "$out" | tail -2
want='gold 7 system 6 | strict P 0.667 R 0.571 F1 0.615 | relaxed P 0.833 R 0.714 F1 0.769 | value F1 0.462 | type F1 0.615 | failed docs 1 misaligned 0'
[ "$(echo "$out" | tail -2 | head -1)" = "$want" ] || fail "fixture figures differ"
echo "$out" | grep -q '^missed: 2$' || fail "missed count"
echo "$out" | grep -q '^spurious: 1$' || fail "spurious count"
echo "$out" | grep -q '^wrong value: 2$' || fail "wrong value count"
echo "$out" | grep -q '^wrong type: 1$' || fail "wrong type count"
echo "$out" | grep -q "cafe.tml: 'yesterday' gold=2026-11-24 system=2026-11-25" || fail "value error line"
echo "$out" | grep -q "reopened \[yesterday\] — after" || fail "context with non-ASCII text"
echo "$out" | grep -q "undated.tml: no DCT" || fail "failed document listed"
echo "$out" | grep -q "^by type: DATE gold 4 system 4 found 2 value 1 | TIME gold 0 system 0 found 0 value 0 | DURATION gold 3 system 2 found 3 value 2" || fail "by-type line"
# without --errors: only the two summary lines
[ "$("$exe" eval "$src/tests/data/eval" | wc -l)" -eq 2 ] || fail "summary only"
# errors are reported, not crashed on
"$exe" eval "$src/tests/data/nonexistent-dir" 2>/dev/null && fail "missing directory accepted"
"$exe" eval 2>/dev/null; [ $? -eq 2 ] || fail "eval without a directory is a usage error"

if [ ! -f "$shared/tools/te3score.py" ] || [ ! -d "$shared/data/te3-train" ]; then
  echo "SKIP: $shared/data/te3-train not found (agreement with te3score.py needs ../shared)"
  exit 77
fi
ours=$("$exe" eval "$shared/data/te3-train" | tail -2) || fail "eval on te3-train"
theirs=$(python3 "$shared/tools/te3score.py" --gold "$shared/data/te3-train" \
  --cmd "$exe extract -q -f timeml --dct {dct} {in} -o {out}" | tail -2) || fail "te3score"
echo "$ours"
a=$(echo "$ours" | head -1)
b=$(echo "$theirs" | head -1)
[ "$a" = "$b" ] || fail "tempora eval and te3score.py disagree:
  tempora eval: $a
  te3score.py:  $b"
[ "$(echo "$ours" | tail -1)" = "$(echo "$theirs" | tail -1 | sed 's/ sec [0-9.]*$//')" ] ||
  fail "summary lines differ"
