#!/usr/bin/python3
"""Checks a tempora iCalendar file against the native JSON timeline it was
rendered from, with Debian's python3-icalendar plus a few wire-level checks
of its own.  What the calendar must hold is computed here from the JSON,
independently of the C code (the rules of docs/formats.md):

  ics_check.py TIMELINE.json CALENDAR.ics [--spans] [--stamp 20261126T000000Z]

Exit 1 with one line per failure."""
import datetime as dt
import json
import re
import sys

import icalendar

CLOCK = {'second', 'minute', 'hour', 'part_of_day'}
COARSE = {'month', 'quarter', 'season', 'half', 'year', 'decade', 'century', 'millennium'}
fails = []


def fail(msg):
    fails.append(msg)


def clean(s):
    """What the renderer does to text: CR/CRLF -> LF, other controls -> space."""
    s = (s or '').replace('\r\n', '\n').replace('\r', '\n')
    return ''.join(' ' if (ord(c) < 32 and c not in '\n\t') or c == '\x7f' else c for c in s)


def bound(s):
    m = re.match(r'^([+-]?\d{4,})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d):(\d\d))?$', s)
    assert m, s
    return int(m[1]), int(m[2]), int(m[3]), int(m[4] or 0), int(m[5] or 0), int(m[6] or 0)


def unescape_list(raw):
    """RFC 5545 3.1.1 / 3.3.11: split a TEXT list on unescaped commas."""
    out, cur, i = [], '', 0
    while i < len(raw):
        c = raw[i]
        if c == '\\' and i + 1 < len(raw):
            n = raw[i + 1]
            cur += '\n' if n in 'nN' else n
            i += 2
            continue
        if c == ',':
            out.append(cur)
            cur = ''
        else:
            cur += c
        i += 1
    out.append(cur)
    return out


MAXORD = dt.date(9999, 12, 31).toordinal()  # the last day a DATE can hold


def expected_dates(ev, spans):
    """('date', first day, days) / ('time', start, end or None) / None (left out)."""
    w = ev['when']
    if not w['start']:
        return None
    y0, m0, d0, h0, i0, s0 = bound(w['start'])
    y1, m1, d1, h1, i1, s1 = bound(w['end'])
    if not 1 <= y0 <= 9999:
        return None
    if w['precision'] in CLOCK:
        start = dt.datetime(y0, m0, d0, h0, i0, s0, tzinfo=dt.timezone.utc)
        end = None
        if (y1, m1, d1, h1, i1, s1) > (y0, m0, d0, h0, i0, s0):
            end = dt.datetime(y1, m1, d1, h1, i1, s1, tzinfo=dt.timezone.utc)
        return ('time', start, end)
    a = dt.date(y0, m0, d0)
    if y1 > 10000 or (y1 == 10000 and (m1, d1) != (1, 1)):
        end = MAXORD + 2  # well past the last writable day
    elif y1 == 10000:
        end = MAXORD + 1
    else:
        end = dt.date(y1, m1, d1).toordinal() + (1 if (h1, i1, s1) != (0, 0, 0) else 0)
    days = max(end - a.toordinal(), 1)
    coarse = w['precision'] in COARSE or days > 7
    marker = (coarse or w['open_end']) and not spans
    if a.toordinal() + days > MAXORD:  # the exclusive DTEND must be writable
        marker = True
    if marker:
        days = 1
    if a.toordinal() + days > MAXORD:
        return None
    return ('date', a, days)


def wire_checks(raw, name):
    if b'\n' in raw.replace(b'\r\n', b''):
        fail(f'{name}: bare LF')
    if raw.startswith(b'\xef\xbb\xbf'):
        fail(f'{name}: byte order mark')
    for n, line in enumerate(raw.split(b'\r\n')[:-1], 1):
        if len(line) > 75:
            fail(f'{name}:{n}: {len(line)} octets')
        try:
            line.decode('utf-8')
        except UnicodeDecodeError:
            fail(f'{name}:{n}: line is not UTF-8 on its own (fold inside a sequence)')
    text = raw.decode('utf-8')
    unfolded = re.sub(r'\r\n[ \t]', '', text)
    for bad in ('METHOD:', 'BEGIN:VALARM', 'TZID'):
        if re.search(r'^' + bad if bad.endswith(':') else bad, unfolded, re.M):
            fail(f'{name}: contains {bad}')
    if not raw.endswith(b'END:VCALENDAR\r\n'):
        fail(f'{name}: does not end with END:VCALENDAR CRLF')
    # raw CATEGORIES lines, by UID, for an RFC-exact split (python3-icalendar
    # 4.0 splits on escaped commas too)
    cats, uid = {}, None
    for line in unfolded.split('\r\n'):
        if line.startswith('UID:'):
            uid = unescape_list(line[4:])[0]
        elif line.startswith('CATEGORIES:'):
            cats[uid] = unescape_list(line[len('CATEGORIES:'):])
    return cats


def main():
    args = sys.argv[1:]
    spans = '--spans' in args
    stamp = None
    if '--stamp' in args:
        stamp = args[args.index('--stamp') + 1]
    tl = json.load(open(args[0], encoding='utf-8'))
    raw = open(args[1], 'rb').read()
    name = args[1]
    cats = wire_checks(raw, name)
    cal = icalendar.Calendar.from_ical(raw)
    for p in ('PRODID', 'VERSION', 'NAME', 'X-WR-CALNAME'):
        if p not in cal:
            fail(f'{name}: VCALENDAR lacks {p}')
    if str(cal.get('VERSION')) != '2.0':
        fail(f'{name}: VERSION is not 2.0')
    if stamp is None:  # the latest DCT, at midnight UTC
        dcts = sorted(bound(d['dct'])[:3] for d in tl['documents'] if d['dct'])
        stamp = '%04d%02d%02dT000000Z' % dcts[-1] if dcts else '19700101T000000Z'
    vevents = {str(v['UID']): v for v in cal.walk('VEVENT')}
    if len(vevents) != len(cal.walk('VEVENT')):
        fail(f'{name}: repeated UIDs')
    seen_ids = {}
    written = 0
    for ev in tl['events']:
        n = seen_ids.get(ev['id'], 0) + 1
        seen_ids[ev['id']] = n
        uid = ev['id'] + ('-dup%d' % n if n > 1 else '') + '@tempora'
        want = expected_dates(ev, spans)
        v = vevents.get(uid)
        if want is None:
            if v is not None:
                fail(f'{uid}: written although iCalendar cannot hold it')
            continue
        if v is None:
            fail(f'{uid}: missing')
            continue
        written += 1
        got_stamp = v.decoded('DTSTAMP')
        if got_stamp.utcoffset() != dt.timedelta(0) or got_stamp.strftime('%Y%m%dT%H%M%SZ') != stamp:
            fail(f'{uid}: DTSTAMP {got_stamp} is not {stamp}')
        kind, a, b = want
        start = v.decoded('DTSTART')
        if kind == 'time':
            if not isinstance(start, dt.datetime) or start != a:
                fail(f'{uid}: DTSTART {start!r}, want {a}')
            end = v.decoded('DTEND') if 'DTEND' in v else None
            if end != b:
                fail(f'{uid}: DTEND {end!r}, want {b}')
        else:
            if isinstance(start, dt.datetime) or start != a:
                fail(f'{uid}: DTSTART {start!r}, want the date {a}')
            end = v.decoded('DTEND') if 'DTEND' in v else None
            days = None if end is None or isinstance(end, dt.datetime) else (end - a).days
            if days != b:
                fail(f'{uid}: lasts {days} days, want {b} (exclusive DTEND)')
            if 'VALUE=DATE' not in v['DTSTART'].to_ical().decode() and \
                    'VALUE' not in v['DTSTART'].params:
                fail(f'{uid}: DTSTART lacks VALUE=DATE')
            if b == 1 and (ev['when']['precision'] in COARSE or
                                                  ev['when']['open_end']) and not spans:
                if 'Shown on' not in str(v['DESCRIPTION']):
                    fail(f'{uid}: marker without its period in the description')
        headline = clean(ev['headline']) or '(no headline)'
        if str(v['SUMMARY']) != headline:
            fail(f'{uid}: SUMMARY {str(v["SUMMARY"])!r} != {headline!r}')
        desc = str(v.get('DESCRIPTION', ''))
        if ev['sources'] and clean(ev['sources'][0]['text']) not in desc:
            fail(f'{uid}: DESCRIPTION lacks the sentence')
        for s in ev['sources']:
            doc = next((d for d in tl['documents'] if d['id'] == s['doc']), None)
            label = clean(doc['title'] if doc and doc['title'] else s['doc'])
            if label not in desc:
                fail(f'{uid}: DESCRIPTION lacks source {label!r}')
        want_cats = [clean(ev['type'])]
        for act in ev['actors']:
            c = clean(act['code'] or act['name'])
            if c and c not in want_cats:
                want_cats.append(c)
        if cats.get(uid) != want_cats:
            fail(f'{uid}: CATEGORIES {cats.get(uid)} != {want_cats}')
        loc = ev['location']
        if loc:
            if str(v.get('LOCATION')) != clean(loc['name']):
                fail(f'{uid}: LOCATION {v.get("LOCATION")!r}')
            if loc['lat'] is not None:
                g = v.get('GEO')
                if g is None or abs(g.latitude - loc['lat']) > 1e-6 or abs(g.longitude - loc['lon']) > 1e-6:
                    fail(f'{uid}: GEO wrong or missing')
                raw_geo = g.to_ical() if g is not None else ''
                if ',' in raw_geo:
                    fail(f'{uid}: GEO with a comma')
            elif 'GEO' in v:
                fail(f'{uid}: GEO without coordinates')
        elif 'LOCATION' in v or 'GEO' in v:
            fail(f'{uid}: LOCATION for an event without one')
        if str(v.get('X-TEMPORA-PRECISION')) != ev['when']['precision']:
            fail(f'{uid}: X-TEMPORA-PRECISION')
        if ev['when']['value'] and str(v.get('X-TEMPORA-TIMEX')) != clean(ev['when']['value']):
            fail(f'{uid}: X-TEMPORA-TIMEX {v.get("X-TEMPORA-TIMEX")!r}')
        if str(v.get('TRANSP')) != 'TRANSPARENT':
            fail(f'{uid}: not TRANSPARENT')
    if written != len(vevents):
        fail(f'{name}: {len(vevents)} VEVENTs, {written} expected')
    for f in fails[:40]:
        print('FAIL:', f)
    print(f'{name}: {written} events checked, {len(fails)} failure(s)')
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
