#!/usr/bin/env python3
"""Writes native JSON timelines (docs/timeline.schema.json) for chart tests
and benchmarks.

    gen_timeline.py synthetic N SEED     N events, deterministic for SEED:
                                         actors, PLOVER types, points and
                                         ranges, open and approximate
                                         intervals, spans from days to
                                         decades, CJK headlines
    gen_timeline.py hostile              markup, quotes, controls and
                                         javascript: URLs in every string

The same helpers (event(), document(), timeline()) built the hand-made
files in tests/data/.  Output goes to stdout.
"""
import hashlib
import json
import random
import sys
from datetime import date, datetime, timedelta

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
         "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
         "MOBILIZE", "COERCE", "ASSAULT", "OTHER"]


def iso(d):
    """ISO 8601 as the schema writes dates (expanded years outside 0..9999)."""
    if isinstance(d, datetime) and (d.hour or d.minute or d.second):
        return d.strftime("%Y-%m-%dT%H:%M:%S")
    return "%04d-%02d-%02d" % (d.year, d.month, d.day)


def event(headline, start, end, precision, *, typ="OTHER", actors=(), location=None,
          doc="doc", sentence=0, text=None, value=None, when_text="", status="occurred",
          open_start=False, open_end=False, approximate=False, start_s=None, end_s=None):
    """One event object.  start/end are date/datetime (end exclusive) or,
    for years outside Python's range, ISO strings in start_s/end_s."""
    s = start_s or iso(start)
    e = end_s or iso(end)
    key = "|".join([typ, s, e, headline] + [a[1] for a in actors])
    eid = "ev-" + hashlib.sha256(key.encode()).hexdigest()[:16]
    edtf = s[:4] if precision == "year" else s[:7] if precision == "month" else s[:10]
    if open_start or open_end or (value or "").startswith("P"):
        edtf = "%s/%s" % (".." if open_start else s[:10], ".." if open_end else e[:10])
    return {
        "id": eid, "headline": headline, "trigger": None, "type": typ, "status": status,
        "when": {"text": when_text, "value": value or s[:10], "mod": None, "start": s,
                 "end": e, "precision": precision, "open_start": open_start,
                 "open_end": open_end, "approximate": approximate, "edtf": edtf},
        "actors": [{"name": n, "code": c, "org": (o if o else None), "role": r}
                   for (n, c, r, *rest) in actors for o in [rest[0] if rest else None]],
        "location": location,
        "sources": [{"doc": doc, "sentence": sentence, "start": 0, "end": len((text or headline).encode()),
                     "timex_start": 0, "timex_end": 0, "text": text or headline}],
    }


def document(did, title, dct, source=None, url=None, sentences=1):
    return {"id": did, "title": title, "url": url, "source": source, "dct": dct,
            "dct_source": "metadata", "mode": "news", "length": 0, "sentences": sentences}


def timeline(docs, events):
    return {"$schema": "https://tempora.dev/schema/timeline-1.json",
            "generator": "tests/gen_timeline.py", "documents": docs, "timexes": [],
            "events": events}


ACTORS = [("Canada", "CAN"), ("South Korea", "KOR"), ("North Korea", "PRK"), ("China", "CHN"),
          ("Japan", "JPN"), ("United States", "USA"), ("Russia", "RUS"), ("Ukraine", "UKR"),
          ("Philippines", "PHL"), ("Mali", "MLI"), ("Niger", "NER"), ("Poland", "POL"),
          ("Estonia", "EST"), ("Australia", "AUS"), ("France", "FRA"), ("Germany", "DEU")]
WORDS = ("talks ceasefire agreement sanctions missile exercise summit aid convoy protest "
         "election border strike delegation visit treaty patrol drill statement envoy "
         "minister parliament vote pact").split()
CJK = ["남북 정상회담 개최", "국방 협정 서명", "해상 합동 훈련", "中日外相会談", "防衛協力の強化"]


def synthetic(n, seed):
    rnd = random.Random(seed)
    docs = [document("story-%d" % i, "Story %d" % i, "2026-11-%02d" % (1 + i % 28),
                     source="Wire %d" % (i % 3), url="https://example.org/story/%d" % i)
            for i in range(max(1, n // 10))]
    events = []
    base = date(2026, 11, 26)
    for i in range(n):
        r = rnd.random()
        kind = rnd.random()
        if r < 0.55:    # recent days
            d0 = base - timedelta(days=rnd.randrange(0, 400))
            start, end, prec = d0, d0 + timedelta(days=1), "day"
        elif r < 0.7:   # months
            d0 = date(rnd.randrange(2015, 2027), rnd.randrange(1, 13), 1)
            end = date(d0.year + (d0.month == 12), d0.month % 12 + 1, 1)
            start, prec = d0, "month"
        elif r < 0.85:  # years
            y = rnd.randrange(1990, 2027)
            start, end, prec = date(y, 1, 1), date(y + 1, 1, 1), "year"
        elif r < 0.93:  # anchored durations ("the past 18 months")
            months = rnd.choice([6, 12, 18, 24, 60])
            start, end, prec = base - timedelta(days=30 * months), base, "month"
        else:           # decades and history
            y = rnd.randrange(1940, 2020) // 10 * 10
            start, end, prec = date(y, 1, 1), date(y + 10, 1, 1), "decade"
        who = rnd.sample(ACTORS, rnd.choice([0, 1, 1, 2, 2, 3]))
        actors = [(nm, code, "source" if k == 0 else "target") for k, (nm, code) in enumerate(who)]
        words = rnd.sample(WORDS, rnd.randrange(2, 7))
        head = " ".join(words).capitalize()
        if who:
            head = who[0][0] + " " + head
        if rnd.random() < 0.05:
            head = rnd.choice(CJK) + " " + head
        events.append(event(
            head, start, end, prec, typ=rnd.choice(TYPES), actors=actors,
            doc=docs[i % len(docs)]["id"], sentence=i % 40,
            value="P18M" if prec == "month" and end == base else None,
            open_end=kind < 0.05, open_start=0.05 <= kind < 0.08,
            approximate=0.08 <= kind < 0.15,
            status="planned" if kind > 0.95 else "occurred"))
    return timeline(docs, events)


def hostile():
    bad = '<script>alert("x")</script> & <b>bold</b> \'q\' \u0001\u007f \ufffe'
    docs = [document("doc<1>", "Title " + bad, "2026-11-26", source="Src " + bad,
                     url="javascript:alert(1)"),
            document("doc&2", "Second & \"quoted\"", "2026-11-20",
                     url="https://example.org/a?b=1&c=<2>")]
    events = [
        event("Headline " + bad, date(2026, 11, 24), date(2026, 11, 25), "day", typ="ACCUSE",
              actors=[("Name " + bad, "XXX", "source", "Org <i>")],
              location={"name": "Place " + bad, "code": "K&R", "lat": 1.5, "lon": 2.5},
              doc="doc<1>", text="Sentence with <script>alert(2)</script> in it."),
        event("]]> --> <!-- \"", date(2026, 11, 20), date(2026, 11, 21), "day", doc="doc&2"),
    ]
    return timeline(docs, events)


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "synthetic":
        n = int(sys.argv[2]) if len(sys.argv) > 2 else 500
        seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
        out = synthetic(n, seed)
    elif len(sys.argv) == 2 and sys.argv[1] == "hostile":
        out = hostile()
    else:
        sys.exit(__doc__)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
