#!/bin/sh
# Chart layout tests (no cairo needed): golden layout dumps of the
# timelines in tests/data, the layout's promises (no overlapping labels, no
# stem through another label) on those, on synthetic timelines of 500 and
# 2000 events and on the samples' extract output, themes (built-in, user
# file, errors), and determinism.
#   Usage: charts.sh TEMPORA SOURCE_DIR
#   UPDATE_GOLDEN=1 charts.sh ...   rewrites tests/data/*.layout
set -u
. "$(dirname "$0")/lib.sh"
T=$1
SRC=$2
D=$SRC/tests/data
CHECK="python3 $SRC/tests/chart_check.py"

# ---- golden layouts: NAME ARGS... (the timeline is the part of NAME before a dot)
while read -r name args; do
  [ -z "$name" ] && continue
  json=$D/${name%%.*}.json
  # shellcheck disable=SC2086
  "$T" render "$json" -f layout $args -o "$W/$name.layout" 2> "$W/err"
  check "$name: renders (exit 0, quiet)" test $? -eq 0 -a ! -s "$W/err"
  if [ -n "${UPDATE_GOLDEN:-}" ]; then
    cp "$W/$name.layout" "$D/$name.layout"
    echo "updated $D/$name.layout"
  fi
  if cmp -s "$W/$name.layout" "$D/$name.layout"; then ok; else
    bad "$name: layout differs from tests/data/$name.layout"
    diff "$D/$name.layout" "$W/$name.layout" | head -20
  fi
  check "$name: layout promises" $CHECK "$W/$name.layout"
done <<EOF
seed-events
seed-events.type --group-by type
seed-events.none --group-by none --title Seed,_one_lane
seed-events.small --width 640 --height 600 --theme print
decades-days
hours
ancient
report-hostile
empty
EOF

# what the goldens show: spot checks that fail if the layout loses a feature
L=$W/seed-events.layout
check "seed: every label shown" grep -q "labels=10 hidden=0" "$L"
check "seed: lanes by actor, Canada first" grep -q '^lane 0 .* "CAN"' "$L"
check "seed: the anchored 18 months is a bar" grep -q '^mark .* bar .*when="26 May 2025 – 25 Nov 2026"' "$L"
check "seed: Tuesday is a point" grep -q '^mark .* point .*when="24 Nov 2026"' "$L"
check "seed: planned event is hollow" grep -q '^mark .*flags=approx,hollow' "$L"
check "seed: open start" grep -q '^mark .*flags=approx,open_start' "$L"
check "seed: legend shows types" grep -q '^style 0 circle "Agree"' "$L"
check "seed: year ticks" grep -q '^text tick .* "2020"' "$L"
L=$W/decades-days.layout
check "decades-days: one axis break" test "$(grep -c '^break ' "$L")" -eq 1
check "decades-days: two segments" test "$(grep -c '^segment ' "$L")" -eq 2
check "decades-days: the war is a bar" grep -q '^mark .* bar .*when="25 Jun 1950 – 27 Jul 1953"' "$L"
check "decades-days: open end" grep -q 'flags=open_end when="since 2019"' "$L"
check "decades-days: Hangul label" grep -q '^label .*"남북 정상회담 개최"' "$L"
check "decades-days: 2018 where time resumes" grep -q '^text tick .* "2018"' "$L"
L=$W/hours.layout
check "hours: hour ticks" grep -q '^text tick .* "12:00"' "$L"
check "hours: the day in the second tier" grep -q '^text major .* bold "24 Nov 2026"' "$L"
L=$W/ancient.layout
check "ancient: BCE ticks" grep -q '^text tick .* "50 BCE"' "$L"
check "ancient: BCE dates" grep -q 'when="15 Mar 44 BCE"' "$L"
L=$W/seed-events.type.layout
check "group-by type: a lane per type" test "$(grep -c '^lane ' "$L")" -eq 7
L=$W/seed-events.none.layout
check "group-by none: one lane" test "$(grep -c '^lane ' "$L")" -eq 1
check "--title" grep -q '^text title .*"Seed,_one_lane"' "$L"
L=$W/seed-events.small.layout
check "--width/--height" grep -q '^chart 640.0 600.0 theme=print' "$L"
"$T" render "$D/seed-events.json" -f layout --height 100 > "$W/tiny.layout"
check "a height too small for the lanes grows to fit" grep -q '^chart 1200.0 [3-9][0-9][0-9]\.' "$W/tiny.layout"
check "empty: a note" grep -q '^text note .*"No dated events to show."' "$W/empty.layout"

# ---- the checker itself catches broken layouts
cat > "$W/broken.layout" <<'EOF'
chart 400.0 300.0 theme=default events=3 undated=0 labels=3 hidden=0
mark ev-a point lane=0 style=0 50.0 50.0 solid=50.0..50.0 y=200.0 h=10.0
mark ev-b point lane=0 style=0 60.0 60.0 solid=60.0..60.0 y=200.0 h=10.0
mark ev-c point lane=0 style=0 120.0 120.0 solid=120.0..120.0 y=200.0 h=10.0
label ev-a 54.0 100.0 100.0 15.0 stem=50.0,115.0,195.0 level=1 "A"
label ev-b 64.0 105.0 100.0 15.0 stem=60.0,120.0,195.0 level=0 "B overlaps A"
label ev-c 124.0 60.0 50.0 15.0 stem=120.0,75.0,195.0 level=2 "C rises through A"
EOF
$CHECK "$W/broken.layout" > "$W/out"
check "checker rejects overlapping labels" grep -q "labels overlap" "$W/out"
check "checker rejects a stem through a label" grep -q "stem of line .* crosses label" "$W/out"

# ---- many events: synthetic timelines and the samples
for spec in "500 1" "500 7" "2000 3"; do
  # shellcheck disable=SC2086
  set -- $spec
  python3 "$SRC/tests/gen_timeline.py" synthetic "$1" "$2" > "$W/syn.json"
  for args in "" "--group-by type" "--group-by none" "--width 700 --height 500"; do
    # shellcheck disable=SC2086
    "$T" render "$W/syn.json" -f layout $args -o "$W/syn.layout"
    check "synthetic $spec $args: renders" test $? -eq 0
    # a crowded chart still labels a fair number of its events (a 700x500
    # chart has room for fewer)
    min=30
    [ -n "$args" ] && [ -z "${args##*height*}" ] && min=15
    check "synthetic $spec $args: promises" $CHECK "$W/syn.layout" --min-labels $min
  done
done
"$T" extract -q "$SRC"/samples/*.txt -f layout -o "$W/samples.layout"
check "samples: extract -f layout" test $? -eq 0
check "samples: promises" $CHECK "$W/samples.layout"

# ---- themes
"$T" render "$D/seed-events.json" -f layout --theme dark > "$W/dark.layout"
check "--theme dark" grep -q "theme=dark" "$W/dark.layout"
printf '# mine\nname = mine\nlabel-size = 20   # bigger\npalette = #112233 #445566\n' > "$W/mine.theme"
"$T" render "$D/seed-events.json" -f layout --theme "$W/mine.theme" > "$W/mine.layout"
check "user theme: loads" grep -q "theme=mine" "$W/mine.layout"
check "user theme: label-size applies" grep -q '^label .* 26\.0 ' "$W/mine.layout"
check "user theme: the rest from default" grep -q '^text title .*size=22.0' "$W/mine.layout"
check "user theme: still keeps the promises" $CHECK "$W/mine.layout"
for t in "nosuch" "$W/missing.theme"; do
  "$T" render "$D/seed-events.json" -f layout --theme "$t" > "$W/o" 2> "$W/e"
  check "bad theme $t: exit 1" test $? -eq 1
  check "bad theme $t: one line" test "$(wc -l < "$W/e")" -eq 1
  check "bad theme $t: no output" test ! -s "$W/o"
done
printf 'name = x\nbackground = #12\n' > "$W/bad1.theme"
printf 'name = x\n\ncolour = #123456\n' > "$W/bad2.theme"
printf 'label-size = 500\n' > "$W/bad3.theme"
printf 'shapes = circle star\n' > "$W/bad4.theme"
i=0
for want in ":2:14: theme: a colour is" ":3:1: theme: unknown key 'colour'" ":1:14: theme: value out of range" \
            ":1:17: theme: unknown shape"; do
  i=$((i + 1))
  "$T" render "$D/seed-events.json" -f layout --theme "$W/bad$i.theme" -o "$W/o$i" 2> "$W/e"
  check "bad theme file $i: exit 1" test $? -eq 1
  check "bad theme file $i: says '$want'" grep -qF -- "bad$i.theme$want" "$W/e"
  check "bad theme file $i: no partial output" test ! -e "$W/o$i"
done

# ---- deterministic
"$T" render "$D/decades-days.json" -f layout -o "$W/a"
"$T" render "$D/decades-days.json" -f layout -o "$W/b"
check "layout is deterministic" cmp -s "$W/a" "$W/b"

finish
