/*
 * csv.c — one row per event as CSV (-f csv), for spreadsheets and
 * dataframes.
 *
 * Rules: RFC 4180 — a header row, CRLF between records, every field that
 * holds a comma, a double quote, CR or LF is quoted, with inner quotes
 * doubled.  UTF-8 without a byte order mark.  The columns and their order
 * are stable (docs/formats.md lists them); lists inside a cell are joined
 * with ";".  Against formula injection (a cell that a spreadsheet would
 * evaluate), every text cell that begins with = + - @ TAB or CR gets a
 * leading apostrophe, which spreadsheets read as "this is text"; only the
 * numeric columns written here from numbers (lat, lon, n_sources) are left
 * as they are, so "-0.1276" stays a number.
 */
#include <stdio.h>
#include <string.h>

#include "render.h"

static const char *const columns[] = {
    "id",         "start",         "end",           "precision",    "edtf",
    "approximate", "open_start",   "open_end",      "when_text",    "when_value",
    "type",       "status",        "headline",      "trigger",      "source_actors",
    "target_actors", "other_actors", "actor_names", "location",     "location_code",
    "lat",        "lon",           "n_sources",     "documents",    "urls",
    "sentence",
};
#define NCOLUMNS (sizeof columns / sizeof columns[0])

/* Writes one field.  `numeric` fields are trusted numbers written by this
 * file and are not neutralized. */
static void field(tbuf *out, const char *s, int numeric, int first) {
  if (!first)
    tbuf_putc(out, ',');
  tbuf cell = TBUF_INIT;
  text_put_clean(&cell, s);
  const char *v = cell.ptr ? cell.ptr : "";
  size_t n = cell.len;
  int neutralize = !numeric && n && strchr("=+-@\t\r", v[0]);
  int quote = 0;
  for (size_t i = 0; i < n && !quote; i++)
    quote = v[i] == ',' || v[i] == '"' || v[i] == '\n' || v[i] == '\r';
  if (quote)
    tbuf_putc(out, '"');
  if (neutralize)
    tbuf_putc(out, '\'');
  for (size_t i = 0; i < n; i++) {
    if (v[i] == '"')
      tbuf_putc(out, '"');
    tbuf_putc(out, v[i]);
  }
  if (quote)
    tbuf_putc(out, '"');
  if (cell.oom)
    out->oom = 1;
  tbuf_free(&cell);
}

/* Actor codes of one role joined with ";" (names when a code is empty). */
static void actors_of(tbuf *b, const tempora_event *ev, int role) {
  for (size_t i = 0; i < ev->n_actors; i++) {
    const tempora_actor *a = &ev->actors[i];
    if (role >= 0 && (int)a->role != role)
      continue;
    if (b->len)
      tbuf_putc(b, ';');
    if (role < 0)
      tbuf_puts(b, a->name && *a->name ? a->name : a->code ? a->code : "");
    else
      tbuf_puts(b, a->code && *a->code ? a->code : a->name ? a->name : "");
  }
  tbuf_putc(b, '\0');
}

int render_csv(tempora_timeline *tl, tbuf *out, tempora_error *err) {
  doc_index docs;
  if (doc_index_build(&docs, tl))
    return set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  for (size_t i = 0; i < NCOLUMNS; i++)
    field(out, columns[i], 0, i == 0);
  tbuf_puts(out, "\r\n");
  tbuf t = TBUF_INIT;
  for (size_t e = 0; e < tl->nev; e++) {
    const tempora_event *ev = &tl->events[e];
    const tempora_interval *iv = &ev->when.interval;
    char start[64] = "", end[64] = "", edtf[128], lat[32] = "", lon[32] = "", ns[24];
    if (iv->valid) {
      fmt_bound(iv->start, ev->when.precision, start, sizeof start);
      fmt_bound(iv->end, ev->when.precision, end, sizeof end);
    }
    fmt_edtf(&ev->when, edtf, sizeof edtf);
    field(out, ev->id, 0, 1);
    field(out, start, 0, 0);
    field(out, end, 0, 0);
    field(out, tempora_precision_name(ev->when.precision), 0, 0);
    field(out, edtf, 0, 0);
    field(out, (iv->flags & TEMPORA_IV_APPROX) ? "true" : "false", 0, 0);
    field(out, (iv->flags & TEMPORA_IV_OPEN_START) ? "true" : "false", 0, 0);
    field(out, (iv->flags & TEMPORA_IV_OPEN_END) ? "true" : "false", 0, 0);
    field(out, ev->when.text, 0, 0);
    field(out, ev->when.value, 0, 0);
    field(out, ev->type ? ev->type : "OTHER", 0, 0);
    field(out, tempora_status_name(ev->status), 0, 0);
    field(out, ev->headline, 0, 0);
    field(out, ev->trigger, 0, 0);
    static const int roles[] = {TEMPORA_ROLE_SOURCE, TEMPORA_ROLE_TARGET, TEMPORA_ROLE_OTHER, -1};
    for (size_t r = 0; r < sizeof roles / sizeof roles[0]; r++) {
      tbuf_truncate(&t, 0);
      actors_of(&t, ev, roles[r]);
      field(out, t.ptr, 0, 0);
    }
    const tempora_location *loc = &ev->location;
    if (loc->name && loc->has_coords) {
      fmt_coord(loc->lat, lat, sizeof lat);
      fmt_coord(loc->lon, lon, sizeof lon);
    }
    field(out, loc->name, 0, 0);
    field(out, loc->name ? loc->code : "", 0, 0);
    field(out, lat, 1, 0);
    field(out, lon, 1, 0);
    snprintf(ns, sizeof ns, "%zu", ev->n_sources);
    field(out, ns, 1, 0);
    /* documents and urls: one entry per source, in order. */
    for (int pass = 0; pass < 2; pass++) {
      tbuf_truncate(&t, 0);
      for (size_t i = 0; i < ev->n_sources; i++) {
        const tempora_document *d = doc_index_find(&docs, ev->sources[i].doc);
        if (i)
          tbuf_putc(&t, ';');
        if (pass == 0)
          tbuf_puts(&t, ev->sources[i].doc ? ev->sources[i].doc : "");
        else if (d && d->url)
          tbuf_puts(&t, d->url);
      }
      tbuf_putc(&t, '\0');
      field(out, t.ptr, 0, 0);
    }
    field(out, ev->n_sources ? ev->sources[0].text : "", 0, 0);
    tbuf_puts(out, "\r\n");
  }
  int oom = out->oom || t.oom;
  tbuf_free(&t);
  doc_index_free(&docs);
  return oom ? set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory") : 0;
}
