// Parses tempora calendars with ical.js (npm, the parser of many web
// calendar clients) and checks each VEVENT against the JSON timeline it
// came from: UID, SUMMARY, CATEGORIES (an RFC-exact list split), LOCATION,
// GEO, all-day vs UTC times, DTSTART on the event's first day, DTEND after
// it, X-TEMPORA-* values.  Usage: node icaljs_check.mjs TIMELINE.json CAL.ics ...
import ICAL from 'ical.js';
import fs from 'fs';

const CLOCK = new Set(['second', 'minute', 'hour', 'part_of_day']);
const clean = (s) => (s || '').replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, ' ');
let fails = 0;
const fail = (m) => { fails++; if (fails <= 40) console.log('FAIL: ' + m); };

for (let i = 2; i + 1 < process.argv.length; i += 2) {
  const tl = JSON.parse(fs.readFileSync(process.argv[i], 'utf8'));
  const name = process.argv[i + 1];
  const comp = new ICAL.Component(ICAL.parse(fs.readFileSync(name, 'utf8')));
  if (comp.name !== 'vcalendar') fail(`${name}: not a VCALENDAR`);
  for (const p of ['prodid', 'version', 'name', 'x-wr-calname'])
    if (!comp.hasProperty(p)) fail(`${name}: no ${p}`);
  if (comp.hasProperty('method')) fail(`${name}: METHOD present`);
  const byId = new Map();
  for (const ev of tl.events) if (!byId.has(ev.id)) byId.set(ev.id, ev);
  const vevents = comp.getAllSubcomponents('vevent');
  const uids = new Set();
  for (const v of vevents) {
    const uid = v.getFirstPropertyValue('uid');
    if (uids.has(uid)) fail(`${uid}: repeated`);
    uids.add(uid);
    const ev = byId.get(uid.replace(/(-dup\d+)?@tempora$/, ''));
    if (!ev) { fail(`${uid}: no such event`); continue; }
    if (v.getAllSubcomponents('valarm').length) fail(`${uid}: VALARM`);
    if (!/-dup\d+@/.test(uid)) {
      const headline = clean(ev.headline) || '(no headline)';
      if (v.getFirstPropertyValue('summary') !== headline)
        fail(`${uid}: summary ${JSON.stringify(v.getFirstPropertyValue('summary'))}`);
    }
    const cats = v.getAllProperties('categories').flatMap((p) => p.getValues());
    const want = [clean(ev.type)];
    for (const a of ev.actors) { const c = clean(a.code || a.name); if (c && !want.includes(c)) want.push(c); }
    if (JSON.stringify(cats) !== JSON.stringify(want))
      fail(`${uid}: categories ${JSON.stringify(cats)} != ${JSON.stringify(want)}`);
    if (ev.location) {
      if (v.getFirstPropertyValue('location') !== clean(ev.location.name)) fail(`${uid}: location`);
      const geo = v.getFirstPropertyValue('geo');
      if (ev.location.lat !== null) {
        if (!geo || Math.abs(geo[0] - ev.location.lat) > 1e-6 || Math.abs(geo[1] - ev.location.lon) > 1e-6)
          fail(`${uid}: geo ${JSON.stringify(geo)}`);
      } else if (geo) fail(`${uid}: geo without coordinates`);
    } else if (v.hasProperty('location')) fail(`${uid}: location for an event without one`);
    const start = v.getFirstPropertyValue('dtstart');
    const end = v.getFirstPropertyValue('dtend');
    const clock = CLOCK.has(ev.when.precision);
    if (start.isDate === clock) fail(`${uid}: isDate ${start.isDate} for ${ev.when.precision}`);
    if (clock && start.zone !== ICAL.Timezone.utcTimezone) fail(`${uid}: clock time not UTC`);
    const first = ev.when.start.slice(0, 10);
    if (start.toString().slice(0, 10) !== first) fail(`${uid}: dtstart ${start} for ${ev.when.start}`);
    if (clock && start.toString().slice(11, 19) !== ev.when.start.slice(11, 19))
      fail(`${uid}: dtstart time ${start} for ${ev.when.start}`);
    if (end && end.compare(start) <= 0) fail(`${uid}: dtend not after dtstart`);
    if (!end && !clock) fail(`${uid}: all-day event without DTEND`);
    if (v.getFirstPropertyValue('x-tempora-precision') !== ev.when.precision) fail(`${uid}: x-tempora-precision`);
    if (ev.when.value && v.getFirstPropertyValue('x-tempora-timex') !== clean(ev.when.value))
      fail(`${uid}: x-tempora-timex ${JSON.stringify(v.getFirstPropertyValue('x-tempora-timex'))}`);
  }
  // every event of an ordinary year is there
  for (const ev of tl.events) {
    const y = ev.when.start ? parseInt(ev.when.start, 10) : NaN;
    if (y >= 1000 && y <= 9000 && !uids.has(ev.id + '@tempora')) fail(`${ev.id}: missing`);
  }
  console.log(`${name}: ${vevents.length} VEVENTs parsed`);
}
console.log(`ical.js: ${fails} failure(s)`);
process.exit(fails ? 1 : 0);
