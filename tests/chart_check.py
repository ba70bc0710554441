#!/usr/bin/env python3
"""Checks the promises of a chart layout dump (tempora -f layout):

  - no two labels overlap;
  - no event's stem passes through another event's label;
  - every label, text and mark lies inside the chart;
  - every event has a mark; a label belongs to a marked event;
  - the header counts agree with the items.

Usage: chart_check.py LAYOUT [--min-labels N]   (exit 1 and one line per
problem when a promise is broken; prints a summary line otherwise)
"""
import shlex
import sys

EPS = 0.05  # the dump rounds to 0.1 px


def parse(path):
    chart, labels, texts, marks = None, [], [], []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if line.startswith("#") or not line.strip():
            continue
        f = shlex.split(line)
        kind = f[0]
        if kind == "chart":
            kv = dict(x.split("=", 1) for x in f[3:])
            chart = {"w": float(f[1]), "h": float(f[2]), **{k: kv[k] for k in kv}}
        elif kind == "label":
            lb = {"id": f[1], "x": float(f[2]), "y": float(f[3]), "w": float(f[4]),
                  "h": float(f[5]), "text": f[-1], "line": n, "stem": None}
            for x in f[6:-1]:
                if x.startswith("stem="):
                    sx, y0, y1 = map(float, x[5:].split(","))
                    lb["stem"] = (sx, y0, y1)
            labels.append(lb)
        elif kind == "text":
            texts.append({"role": f[1], "x": float(f[2]), "y": float(f[3]), "w": float(f[4]),
                          "h": float(f[5]), "line": n})
        elif kind == "mark":
            marks.append({"id": f[1], "x0": float(f[5]), "x1": float(f[6]), "line": n})
    return chart, labels, texts, marks


def main():
    path = sys.argv[1]
    min_labels = int(sys.argv[sys.argv.index("--min-labels") + 1]) if "--min-labels" in sys.argv else 0
    chart, labels, texts, marks = parse(path)
    bad = []
    if chart is None:
        print("%s: no chart line" % path)
        return 1
    W, H = chart["w"], chart["h"]
    # overlapping labels: sweep by x
    order = sorted(range(len(labels)), key=lambda i: labels[i]["x"])
    active = []
    for i in order:
        a = labels[i]
        active = [j for j in active if labels[j]["x"] + labels[j]["w"] > a["x"] + EPS]
        for j in active:
            b = labels[j]
            if a["y"] < b["y"] + b["h"] - EPS and b["y"] < a["y"] + a["h"] - EPS:
                bad.append("labels overlap: line %d and line %d (%r / %r)" %
                           (b["line"], a["line"], b["text"], a["text"]))
        active.append(i)
    # stems through other labels
    for s in labels:
        if not s["stem"]:
            continue
        sx, y0, y1 = s["stem"]
        for b in labels:
            if b is s or b["id"] == s["id"]:
                continue
            if b["x"] + EPS < sx < b["x"] + b["w"] - EPS and y0 < b["y"] + b["h"] - EPS and \
                    b["y"] + EPS < y1:
                bad.append("stem of line %d crosses label of line %d (%r)" %
                           (s["line"], b["line"], b["text"]))
    # inside the chart
    for t in labels + texts:
        if t["x"] < -EPS or t["y"] < -EPS or t["x"] + t["w"] > W + EPS or t["y"] + t["h"] > H + EPS:
            bad.append("line %d lies outside the %gx%g chart" % (t["line"], W, H))
    for m in marks:
        if m["x0"] < -EPS or m["x1"] > W + EPS:
            bad.append("mark of line %d lies outside the chart" % m["line"])
    ids = {m["id"] for m in marks}
    for b in labels:
        if b["id"] not in ids:
            bad.append("label of line %d has no mark" % b["line"])
    if int(chart["events"]) != len(marks):
        bad.append("chart says %s events, %d marks" % (chart["events"], len(marks)))
    if int(chart["labels"]) != len(labels):
        bad.append("chart says %s labels, %d label lines" % (chart["labels"], len(labels)))
    if int(chart["labels"]) + int(chart["hidden"]) != int(chart["events"]):
        bad.append("labels + hidden != events")
    if len(labels) < min_labels:
        bad.append("only %d labels shown, want at least %d" % (len(labels), min_labels))
    for b in bad[:50]:
        print("%s: %s" % (path, b))
    if bad:
        return 1
    print("%s: %d events, %d labels, %d hidden: no overlaps, no crossings" %
          (path, len(marks), len(labels), int(chart["hidden"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
