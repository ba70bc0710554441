#!/bin/sh
# Runs the main job on the bundled samples and writes the timeline in every
# compiled-in format to OUTDIR (timeline.<ext>).  The articles are read
# once, into out/timeline.json; every other format is rendered from that
# file, except TimeML, which needs the articles' text.
set -eu
exe=${1:-build/tempora}
outdir=${2:-out}
mkdir -p "$outdir"
"$exe" extract samples/*.txt -f json -o "$outdir/timeline.json" -q
echo "wrote $outdir/timeline.json"
formats=$("$exe" --version | sed -n 's/^formats: //p')
for f in $formats; do
  case $f in
    json) continue ;;
    timeml) "$exe" extract samples/*.txt -f timeml -o "$outdir/timeline.tml" -q
            echo "wrote $outdir/timeline.tml"; continue ;;
    timelinejs) ext=timelinejs.json ;;
    layout) ext=layout.txt ;;
    *) ext=$f ;;
  esac
  "$exe" render "$outdir/timeline.json" -f "$f" -o "$outdir/timeline.$ext" -q
  echo "wrote $outdir/timeline.$ext"
done
