/*
 * ics.c — the timeline as an iCalendar file (RFC 5545), -f ics, via libical.
 *
 * One VEVENT per event, for calendar apps (Google, Apple, Outlook,
 * Thunderbird, khal).  The rules, and the traps they avoid:
 *
 * - UID is the event's stable id ("ev-...@tempora"), so a re-import updates
 *   events instead of duplicating them; DTSTAMP is the run's reference time
 *   in UTC (options.reference_time, else the latest DCT, else 1970-01-01),
 *   never the clock, so two runs give the same bytes.
 * - Day, week and report-date events are all-day (VALUE=DATE) with the
 *   exclusive DTEND Outlook needs; clock times are DATE-TIMEs in UTC (the
 *   model's times carry no zone; no TZID is written).
 * - Coarse periods (a month or coarser, longer than a week, or open-ended)
 *   would flood every day of a calendar view, so by default they become a
 *   one-day marker on their first day with the whole period in the
 *   DESCRIPTION; options.ics_spans (--ics-spans) writes the real span.
 * - No METHOD (it turns a file into an invitation) and no VALARM.
 * - Values a calendar cannot hold (years before 1 or after 9999, open
 *   intervals) are handled here: such events are left out or reduced to a
 *   marker, and each case is a warning (tl_warn; the CLI prints them).
 * - libical builds and escapes the TEXT properties (SUMMARY, DESCRIPTION,
 *   LOCATION, NAME, UID, URL) and the fixed ones.  What libical 3.0 gets
 *   wrong is written here instead: it does not escape commas or
 *   semicolons in CATEGORIES and X- values; it formats GEO with the C
 *   library's locale-dependent decimal point; and its date writer
 *   accepts Feb 29 of a common year yet prints "00000000T000000" for
 *   years after 3000 (3.0.16) and for 0001-01-01.  So DATE and DATE-TIME
 *   values are formatted here from the model's always-valid calendar
 *   arithmetic (date.c), each checked with date_valid() first.
 * - Every line is then (re)folded at 75 octets without splitting a UTF-8
 *   sequence, with CRLF endings.
 */
#include <libical/ical.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../date.h"
#include "../render.h"

/* RFC 5545 3.1: lines longer than 75 octets are folded. */
#define ICS_FOLD 75
/* Warnings spelled out one by one before they are only counted. */
#define ICS_WARN_MAX 20

typedef struct ics {
  tempora_timeline *tl;
  tbuf *out;
  tbuf tmp;         /* scratch for cleaned text */
  doc_index docs;
  char stamp[32];    /* DTSTAMP value */
  int nwarn;        /* warnings issued, shown or not */
} ics;

static void ics_warn(ics *c, const char *id, const char *what) {
  if (c->nwarn++ < ICS_WARN_MAX)
    tl_warn(c->tl, "ics: %s: %s", id ? id : "(no id)", what);
}

/* ---- lines ----------------------------------------------------------------------------- */

/* Writes one unfolded content line folded at 75 octets: the first segment
 * holds up to 75 octets, each continuation a space and up to 74; a cut
 * never falls inside a UTF-8 sequence. */
static void put_line(tbuf *out, const char *s, size_t len) {
  size_t room = ICS_FOLD;
  while (len > room) {
    size_t cut = room;
    while (cut > 1 && ((unsigned char)s[cut] & 0xC0) == 0x80)
      cut--;
    tbuf_put(out, s, cut);
    tbuf_puts(out, "\r\n ");
    s += cut;
    len -= cut;
    room = ICS_FOLD - 1;
  }
  tbuf_put(out, s, len);
  tbuf_puts(out, "\r\n");
}

/* Writes a libical property: its serialization unfolded (libical folds on
 * its own), then folded by put_line.  Frees the property. */
static int put_prop(ics *c, icalproperty *p) {
  if (!p)
    return -1;
  char *s = icalproperty_as_ical_string_r(p);
  icalproperty_free(p);
  if (!s)
    return -1;
  size_t n = 0;
  for (size_t i = 0; s[i]; i++) {
    if (s[i] == '\r' && s[i + 1] == '\n') {
      if (s[i + 2] == ' ' || s[i + 2] == '\t') {
        i += 2; /* a fold: drop CRLF and the space */
        continue;
      }
      i++;
      continue; /* the line's own end */
    }
    if (s[i] == '\n')
      continue;
    s[n++] = s[i];
  }
  put_line(c->out, s, n);
  icalmemory_free_buffer(s);
  return 0;
}

/* Appends `s` as an escaped TEXT value (RFC 5545 3.3.11). */
static void put_escaped(tbuf *b, const char *s) {
  for (; *s; s++) {
    if (*s == '\\' || *s == ';' || *s == ',')
      tbuf_putc(b, '\\');
    if (*s == '\n') {
      tbuf_puts(b, "\\n");
      continue;
    }
    tbuf_putc(b, *s);
  }
}

/* Cleans `s` into c->tmp and returns it (valid until the next call). */
static const char *clean(ics *c, const char *s) {
  tbuf_truncate(&c->tmp, 0);
  text_put_clean(&c->tmp, s);
  tbuf_putc(&c->tmp, '\0');
  return c->tmp.ptr ? c->tmp.ptr : "";
}

/* NAME:value with the value escaped here (for the properties libical
 * 3.0 leaves unescaped). */
static void put_text_line(ics *c, const char *name, const char *value) {
  tbuf line = TBUF_INIT;
  tbuf_puts(&line, name);
  tbuf_putc(&line, ':');
  put_escaped(&line, clean(c, value));
  if (line.oom)
    c->out->oom = 1;
  else
    put_line(c->out, line.ptr, line.len);
  tbuf_free(&line);
}

/* ---- dates ----------------------------------------------------------------------------- */

/* The years iCalendar's DATE and DATE-TIME can hold (4 digits; libical
 * treats year 0 as "no date"). */
static int year_ok(int64_t y) { return y >= 1 && y <= 9999; }

static int day_ok(int64_t days) {
  int64_t y;
  int m, d;
  date_civil(days, &y, &m, &d);
  return year_ok(y);
}

/* "NAME;VALUE=DATE:YYYYMMDD" for day `days`; -1 when iCalendar cannot
 * hold it. */
static int put_date(tbuf *out, const char *name, int64_t days) {
  int64_t y;
  int m, d;
  date_civil(days, &y, &m, &d);
  if (!year_ok(y) || !date_valid(y, m, d))
    return -1;
  char line[64];
  int n = snprintf(line, sizeof line, "%s;VALUE=DATE:%04d%02d%02d", name, (int)y, m, d);
  put_line(out, line, (size_t)n);
  return 0;
}

/* "NAME:YYYYMMDDTHHMMSSZ" for time point `tp` read as UTC. */
static int fmt_utc(int64_t tp, char *buf, size_t size) {
  int64_t y;
  int m, d, hh, mi, ss;
  tp_split(tp, &y, &m, &d, &hh, &mi, &ss);
  if (!year_ok(y) || !date_valid(y, m, d))
    return -1;
  snprintf(buf, size, "%04d%02d%02dT%02d%02d%02dZ", (int)y, m, d, hh, mi, ss);
  return 0;
}

static int put_utc(tbuf *out, const char *name, int64_t tp) {
  char v[32], line[64];
  if (fmt_utc(tp, v, sizeof v))
    return -1;
  int n = snprintf(line, sizeof line, "%s:%s", name, v);
  put_line(out, line, (size_t)n);
  return 0;
}

/* DTSTAMP: the reference time, else the latest DCT, else the epoch. */
static int pick_stamp(ics *c, tempora_error *err) {
  int64_t t = 0;
  tempora_precision p;
  const char *ref = c->tl->opts.reference_time;
  if (ref && *ref) {
    if (tempora_parse_time(ref, &t, &p))
      return set_error(err, TEMPORA_EARG, NULL, 0, 0,
                       "invalid reference time '%.60s' (want YYYY-MM-DD[THH:MM[:SS]])", ref);
  } else {
    int found = 0;
    for (size_t i = 0; i < c->tl->ndocs; i++) {
      int64_t d;
      const char *dct = c->tl->docs[i].pub.dct;
      if (dct && *dct && !tempora_parse_time(dct, &d, &p) && (!found || d > t)) {
        t = d;
        found = 1;
      }
    }
  }
  if (fmt_utc(t, c->stamp, sizeof c->stamp)) {
    tl_warn(c->tl, "ics: reference time outside years 1-9999; DTSTAMP is 1970-01-01");
    fmt_utc(0, c->stamp, sizeof c->stamp);
  }
  return 0;
}

/* ---- one event ------------------------------------------------------------------------- */

static int is_clock(tempora_precision p) { return prec_resolution(p) == RES_TIME; }

/* http(s) URLs made of characters that need no escaping in a URI value. */
static int safe_url(const char *u) {
  if (!u || (strncmp(u, "http://", 7) && strncmp(u, "https://", 8)))
    return 0;
  for (const unsigned char *p = (const unsigned char *)u; *p; p++)
    if (*p <= 0x20 || *p >= 0x7f || *p == '"' || *p == '<' || *p == '>' || *p == '\\')
      return 0;
  return 1;
}

static void describe(ics *c, const tempora_event *ev, const char *marker_note, tbuf *d) {
  const char *first = ev->n_sources ? ev->sources[0].text : NULL;
  if (first && *first) {
    text_put_clean(d, first);
    tbuf_puts(d, "\n\n");
  }
  char when[512];
  fmt_when_human(&ev->when, when, sizeof when);
  tbuf_printf(d, "When: %s", when);
  if (ev->when.text && *ev->when.text) {
    tbuf_puts(d, " (\"");
    text_put_clean(d, ev->when.text);
    tbuf_puts(d, "\")");
  }
  tbuf_printf(d, ", %s precision.", tempora_precision_name(ev->when.precision));
  if (marker_note)
    tbuf_printf(d, " %s", marker_note);
  tbuf_printf(d, "\nType: %s.", ev->type ? ev->type : "OTHER");
  if (ev->status != TEMPORA_STATUS_OCCURRED)
    tbuf_printf(d, " Status: %s.", tempora_status_name(ev->status));
  if (ev->n_actors) {
    tbuf_puts(d, "\nActors: ");
    for (size_t i = 0; i < ev->n_actors; i++) {
      const tempora_actor *a = &ev->actors[i];
      if (i)
        tbuf_puts(d, "; ");
      text_put_clean(d, a->name && *a->name ? a->name : a->code);
      tbuf_puts(d, " (");
      if (a->code && *a->code && a->name && *a->name && strcmp(a->code, a->name)) {
        text_put_clean(d, a->code);
        tbuf_puts(d, ", ");
      }
      tbuf_printf(d, "%s)", tempora_role_name(a->role));
    }
    tbuf_putc(d, '.');
  }
  tbuf_printf(d, "\nSource%s:", ev->n_sources == 1 ? "" : "s");
  for (size_t i = 0; i < ev->n_sources; i++) {
    const tempora_source *s = &ev->sources[i];
    const tempora_document *doc = doc_index_find(&c->docs, s->doc);
    tbuf_puts(d, "\n- ");
    text_put_clean(d, doc && doc->title && *doc->title ? doc->title : s->doc);
    if (doc && doc->source && *doc->source) {
      tbuf_puts(d, ", ");
      text_put_clean(d, doc->source);
    }
    if (doc && doc->dct && *doc->dct)
      tbuf_printf(d, ", %s", doc->dct);
    if (doc && doc->url && *doc->url) {
      tbuf_puts(d, ": ");
      text_put_clean(d, doc->url);
    }
    if (i && s->text && *s->text && (!first || strcmp(s->text, first))) {
      tbuf_puts(d, "\n  \"");
      text_put_clean(d, s->text);
      tbuf_putc(d, '"');
    }
  }
}

/* Writes DTSTART and DTEND and returns the marker note for the
 * description ("" for none), or NULL when the event cannot be written. */
static const char *put_dates(ics *c, const tempora_event *ev, char *note, size_t nn) {
  const tempora_interval *iv = &ev->when.interval;
  note[0] = '\0';
  if (!iv->valid) {
    ics_warn(c, ev->id, "no calendar date (left out)");
    return NULL;
  }
  int64_t y0;
  int m, d, hh, mi, ss;
  tp_split(iv->start, &y0, &m, &d, &hh, &mi, &ss);
  if (!year_ok(y0)) {
    char w[160];
    snprintf(w, sizeof w, "starts in year %lld%s, which iCalendar cannot hold (years 1-9999; left out)",
             (long long)(y0 <= 0 ? 1 - y0 : y0), y0 <= 0 ? " BCE" : "");
    ics_warn(c, ev->id, w);
    return NULL;
  }
  if (is_clock(ev->when.precision)) {
    if (put_utc(c->out, "DTSTART", iv->start) ||
        (iv->end > iv->start && put_utc(c->out, "DTEND", iv->end)))
      goto invalid;
    if (iv->flags & (TEMPORA_IV_OPEN_START | TEMPORA_IV_OPEN_END))
      ics_warn(c, ev->id, "open interval: only its known part is written");
    return note;
  }
  int64_t d0 = tp_days(iv->start);
  int64_t d1 = tp_days(iv->end) + (iv->end % DAY_SECS != 0); /* exclusive, whole days */
  if (d1 <= d0)
    d1 = d0 + 1;
  int coarse = ev->when.precision >= TEMPORA_PREC_MONTH &&
               ev->when.precision != TEMPORA_PREC_REPORTED;
  if (d1 - d0 > 7) /* longer than a week floods a calendar view */
    coarse = 1;
  int open_end = (iv->flags & TEMPORA_IV_OPEN_END) != 0;
  int marker = (coarse || open_end) && !c->tl->opts.ics_spans;
  /* DTEND is exclusive: the day after the last one must be writable too. */
  if (!day_ok(d0 + 1)) {
    ics_warn(c, ev->id, "its exclusive end, after 9999-12-31, cannot be written (left out)");
    return NULL;
  }
  if (!marker && !day_ok(d1)) {
    ics_warn(c, ev->id, "ends after 9999-12-31: written as a one-day marker on its first day");
    marker = 1;
  }
  if (marker && d1 - d0 > 1) {
    char first[64];
    tempora_when one = ev->when;
    one.interval.start = tp_from_days(d0);
    one.interval.end = tp_from_days(d0 + 1);
    one.interval.flags = 0;
    one.precision = TEMPORA_PREC_DAY;
    one.value = "";
    fmt_when_human(&one, first, sizeof first);
    snprintf(note, nn, "Shown on %s only, the first day of the period%s.", first,
             open_end ? ", which has no known end" : "");
    d1 = d0 + 1;
  } else if (marker && open_end)
    snprintf(note, nn, "The period has no known end.");
  if (iv->flags & TEMPORA_IV_OPEN_END)
    ics_warn(c, ev->id,
             marker ? "open-ended interval: written as a one-day marker on its first day"
                    : "open-ended interval: written up to the last known day");
  else if (iv->flags & TEMPORA_IV_OPEN_START)
    ics_warn(c, ev->id, "interval with an unknown start (\"until ...\"): only its recorded bound is written");
  if (put_date(c->out, "DTSTART", d0))
    goto invalid;
  if (put_date(c->out, "DTEND", d1))
    goto invalid;
  return note;
invalid:
  ics_warn(c, ev->id, "date iCalendar cannot hold (left out)");
  return NULL;
}

/* Writes one VEVENT into a scratch buffer, appended to the output only
 * when the event could be written. */
static int put_event(ics *c, const tempora_event *ev, const char *uid) {
  tbuf *final = c->out, ev_out = TBUF_INIT, desc = TBUF_INIT;
  char note[512];
  int rc = 0;
  c->out = &ev_out;
  put_line(c->out, "BEGIN:VEVENT", 12);
  rc |= put_prop(c, icalproperty_new_uid(uid));
  char stamp[48];
  int n = snprintf(stamp, sizeof stamp, "DTSTAMP:%s", c->stamp);
  put_line(c->out, stamp, (size_t)n);
  const char *marker = put_dates(c, ev, note, sizeof note);
  if (!marker) {
    c->out = final;
    tbuf_free(&ev_out);
    return rc;
  }
  const char *headline = ev->headline && *ev->headline ? ev->headline : "(no headline)";
  rc |= put_prop(c, icalproperty_new_summary(clean(c, headline)));
  describe(c, ev, marker[0] ? marker : NULL, &desc);
  tbuf_putc(&desc, '\0');
  if (desc.oom)
    rc = -1;
  else
    rc |= put_prop(c, icalproperty_new_description(desc.ptr));
  tbuf_free(&desc);
  /* CATEGORIES: the type, then each actor's code (its name when it has
   * none), once each; values escaped here (libical 3.0 does not). */
  tbuf cat = TBUF_INIT;
  tbuf_puts(&cat, "CATEGORIES:");
  put_escaped(&cat, clean(c, ev->type && *ev->type ? ev->type : "OTHER"));
  for (size_t i = 0; i < ev->n_actors; i++) {
    const char *v = ev->actors[i].code && *ev->actors[i].code ? ev->actors[i].code
                                                              : ev->actors[i].name;
    int seen = !v || !*v || (ev->type && !strcmp(v, ev->type));
    for (size_t k = 0; k < i && !seen; k++) {
      const char *u = ev->actors[k].code && *ev->actors[k].code ? ev->actors[k].code
                                                                : ev->actors[k].name;
      seen = u && !strcmp(u, v);
    }
    if (!seen) {
      tbuf_putc(&cat, ',');
      put_escaped(&cat, clean(c, v));
    }
  }
  if (cat.oom)
    rc = -1;
  else
    put_line(c->out, cat.ptr, cat.len);
  tbuf_free(&cat);
  const tempora_location *loc = &ev->location;
  if (loc->name && *loc->name)
    rc |= put_prop(c, icalproperty_new_location(clean(c, loc->name)));
  if (loc->name && loc->has_coords) {
    if (isfinite(loc->lat) && isfinite(loc->lon) && fabs(loc->lat) <= 90 && fabs(loc->lon) <= 180) {
      char la[32], lo[32], line[80];
      fmt_coord(loc->lat, la, sizeof la);
      fmt_coord(loc->lon, lo, sizeof lo);
      int n = snprintf(line, sizeof line, "GEO:%s;%s", la, lo);
      put_line(c->out, line, (size_t)n);
    } else
      ics_warn(c, ev->id, "coordinates out of range (GEO left out)");
  }
  const tempora_document *doc =
      ev->n_sources ? doc_index_find(&c->docs, ev->sources[0].doc) : NULL;
  if (doc && safe_url(doc->url))
    rc |= put_prop(c, icalproperty_new_url(doc->url));
  /* News events are not the reader's appointments: they never block time. */
  rc |= put_prop(c, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
  put_text_line(c, "X-TEMPORA-PRECISION;VALUE=TEXT", tempora_precision_name(ev->when.precision));
  if (ev->when.value && *ev->when.value)
    put_text_line(c, "X-TEMPORA-TIMEX;VALUE=TEXT", ev->when.value);
  char edtf[128];
  fmt_edtf(&ev->when, edtf, sizeof edtf);
  if (edtf[0])
    put_text_line(c, "X-TEMPORA-EDTF;VALUE=TEXT", edtf);
  put_line(c->out, "END:VEVENT", 10);
  c->out = final;
  if (ev_out.oom)
    rc = -1;
  else
    tbuf_put(final, ev_out.ptr, ev_out.len);
  tbuf_free(&ev_out);
  return rc;
}

/* ---- the calendar ---------------------------------------------------------------------- */

int render_ics(tempora_timeline *tl, tbuf *out, tempora_error *err) {
  ics c = {tl, out, TBUF_INIT, {NULL, 0}, "", 0};
  int rc = pick_stamp(&c, err);
  if (rc)
    return rc;
  if (doc_index_build(&c.docs, tl))
    return set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  /* Ids repeated in a hand-edited timeline would make one UID stand for
   * two events: the repeats get a suffix. */
  id_index ids;
  if (id_index_build(&ids, tl)) {
    doc_index_free(&c.docs);
    return set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  }
  const char *title = render_title(tl);
  put_line(out, "BEGIN:VCALENDAR", 15);
  rc |= put_prop(&c, icalproperty_new_prodid("-//tempora//tempora " TEMPORA_VERSION_STRING "//EN"));
  rc |= put_prop(&c, icalproperty_new_version("2.0"));
  rc |= put_prop(&c, icalproperty_new_calscale("GREGORIAN"));
  rc |= put_prop(&c, icalproperty_new_name(clean(&c, title ? title : "tempora timeline")));
  put_text_line(&c, "X-WR-CALNAME", title ? title : "tempora timeline");
  for (size_t i = 0; i < tl->nev && !rc; i++) {
    const tempora_event *ev = &tl->events[i];
    const char *id = ev->id && *ev->id ? ev->id : "ev-unnamed";
    char uid[160];
    const char *cid = clean(&c, id);
    int cut = utf8_prefix(cid, 100);
    int dup = id_index_repeat(&ids, tl, i);
    if (dup) {
      snprintf(uid, sizeof uid, "%.*s-dup%d@tempora", cut, cid, dup + 1);
      ics_warn(&c, id, "id used by an earlier event: UID suffixed");
    } else
      snprintf(uid, sizeof uid, "%.*s@tempora", cut, cid);
    rc |= put_event(&c, ev, uid);
  }
  put_line(out, "END:VCALENDAR", 13);
  id_index_free(&ids);
  doc_index_free(&c.docs);
  tbuf_free(&c.tmp);
  if (c.nwarn > ICS_WARN_MAX)
    tl_warn(tl, "ics: %d more events adjusted or left out (see their X-TEMPORA-EDTF)",
            c.nwarn - ICS_WARN_MAX);
  if (out->oom || rc)
    return set_error(err, out->oom ? TEMPORA_ENOMEM : TEMPORA_ERENDER, NULL, 0, 0,
                     out->oom ? "out of memory" : "libical could not build a property");
  return 0;
}
