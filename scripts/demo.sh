#!/bin/sh
# Runs the main job on the bundled samples and writes the timeline in every
# compiled-in format to OUTDIR (timeline.<ext>).
set -eu
exe=${1:-build/tempora}
outdir=${2:-out}
mkdir -p "$outdir"
formats=$("$exe" --version | sed -n 's/^formats: //p')
for f in $formats; do
  case $f in
    timeml) ext=tml ;;
    timelinejs) ext=timelinejs.json ;;
    layout) ext=layout.txt ;;
    *) ext=$f ;;
  esac
  "$exe" extract samples/*.txt -f "$f" -o "$outdir/timeline.$ext" -q
  echo "wrote $outdir/timeline.$ext"
done
