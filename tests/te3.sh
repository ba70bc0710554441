#!/bin/sh
# Scores the tagger on the TempEval-3 training corpus with the shared scorer.
# Skips (exit 77) when ../shared is not there.  Asserts every document
# aligns and the scores stay at or above the floors below (raise them as
# the tagger improves; never lower them to make a run pass).  Lowered once,
# at stop 15, for a convention chosen on text not in shared/: rates after
# an amount ("$15 million a year") are sets, as 84 blind sets and the VOA
# gold have them; the corpus tags 2 of its 7 (relaxed 0.952 -> 0.951,
# type 0.909 -> 0.907; value unchanged).
exe=$1
shared=$2
if [ ! -f "$shared/tools/te3score.py" ] || [ ! -d "$shared/data/te3-train" ]; then
  echo "SKIP: $shared/data/te3-train not found (corpus scoring needs ../shared)"
  exit 77
fi
out=$(python3 "$shared/tools/te3score.py" --gold "$shared/data/te3-train" \
  --cmd "$exe extract -q -f timeml --dct {dct} {in} -o {out}") || { echo "$out"; exit 1; }
echo "$out" | tail -2
summary=$(echo "$out" | grep 'failed docs')
echo "$summary" | grep -q 'failed docs 0 misaligned 0' || { echo "FAIL: failed or misaligned documents"; exit 1; }
last=$(echo "$out" | tail -1)
python3 - "$last" <<'PY'
import sys
f = sys.argv[1].split()
score = {f[i] + ' ' + f[i + 1]: float(f[i + 2]) for i in (0, 3, 6, 9)}
floors = {'relaxed F1': 0.95, 'strict F1': 0.9, 'value F1': 0.832, 'type F1': 0.906}
bad = [f'{k} {score[k]:.3f} < {v}' for k, v in floors.items() if score[k] < v]
if bad:
    print('FAIL:', '; '.join(bad))
    sys.exit(1)
PY
