/*
 * timelinejs.c — the timeline as Knight Lab TimelineJS3 JSON
 * (-f timelinejs), built with cJSON, for the TimelineJS widget.
 *
 * Rules:
 * - Date parts only as precise as the event: a year event has only
 *   "year", a month event "year" and "month", a day event adds "day", a
 *   clock time adds "hour" and "minute" (and "second" when it has one).
 * - "end_date" when the event covers more than one unit at that precision
 *   (a week, a quarter, a decade, "the past 18 months", an open range up
 *   to the last known date).
 * - "display_date" in words where the parts alone would mislead: periods
 *   the widget cannot name (week, quarter, season, half, decade, century),
 *   approximate and open-ended times, years before 1 (BCE) and undated
 *   events placed at their report date.
 * - headline, text, display dates and group labels are HTML for the
 *   widget, so every value is HTML-escaped here; links are written only
 *   for http(s) URLs.
 * - "group" follows options.group_by: the first actor's code (a source
 *   actor first; default), the PLOVER type, or none.  When no event has
 *   an actor, no groups are written.
 * - A title slide when a title is known (--title, else the only
 *   document's title).  Events without a calendar time are left out, with
 *   a warning.
 */
#include <stdio.h>
#include <string.h>

#include "../date.h"
#include "render.h"

static int add_html(cJSON *o, const char *key, const char *s) {
  tbuf b = TBUF_INIT;
  markup_escape_str(&b, s);
  tbuf_putc(&b, '\0');
  int ok = !b.oom && cJSON_AddStringToObject(o, key, b.ptr) != NULL;
  tbuf_free(&b);
  return ok ? 0 : -1;
}

/* A TimelineJS date object for time point `t` at resolution `r`. */
static cJSON *date_obj(int64_t t, resolution r) {
  int64_t y;
  int m, d, hh, mi, ss;
  tp_split(t, &y, &m, &d, &hh, &mi, &ss);
  cJSON *o = cJSON_CreateObject();
  cJSON_AddNumberToObject(o, "year", (double)y);
  if (r <= RES_MONTH)
    cJSON_AddNumberToObject(o, "month", m);
  if (r <= RES_DAY)
    cJSON_AddNumberToObject(o, "day", d);
  if (r == RES_TIME) {
    cJSON_AddNumberToObject(o, "hour", hh);
    cJSON_AddNumberToObject(o, "minute", mi);
    if (ss)
      cJSON_AddNumberToObject(o, "second", ss);
  }
  return o;
}

/* Whether the event needs its date in words (see the rules above). */
static int needs_words(const tempora_when *w) {
  int64_t y;
  int m, d, hh, mi, ss;
  tp_split(w->interval.start, &y, &m, &d, &hh, &mi, &ss);
  switch (w->precision) {
  case TEMPORA_PREC_WEEK:
  case TEMPORA_PREC_QUARTER:
  case TEMPORA_PREC_SEASON:
  case TEMPORA_PREC_HALF:
  case TEMPORA_PREC_DECADE:
  case TEMPORA_PREC_CENTURY:
  case TEMPORA_PREC_MILLENNIUM:
  case TEMPORA_PREC_REPORTED:
    return 1;
  default:
    return y < 1 || (w->interval.flags & (TEMPORA_IV_APPROX | TEMPORA_IV_OPEN_START |
                                          TEMPORA_IV_OPEN_END)) != 0;
  }
}

static const char *group_of(const tempora_timeline *tl, const tempora_event *ev) {
  if (tl->opts.group_by == TEMPORA_GROUP_TYPE)
    return ev->type && *ev->type ? ev->type : "OTHER";
  const tempora_actor *a = NULL;
  for (size_t i = 0; i < ev->n_actors && !a; i++)
    if (ev->actors[i].role == TEMPORA_ROLE_SOURCE)
      a = &ev->actors[i];
  if (!a && ev->n_actors)
    a = &ev->actors[0];
  if (!a)
    return "(no actor)";
  return a->code && *a->code ? a->code : a->name && *a->name ? a->name : "(no actor)";
}


/* The slide text: the sentence, what and who, then each source. */
static void slide_text(const tempora_event *ev, const doc_index *docs, tbuf *b) {
  const char *first = ev->n_sources ? ev->sources[0].text : NULL;
  if (first && *first) {
    tbuf_puts(b, "<p>");
    markup_escape_str(b, first);
    tbuf_puts(b, "</p>");
  }
  tbuf_puts(b, "<p class=\"tempora-what\">");
  markup_escape_str(b, ev->type && *ev->type ? ev->type : "OTHER");
  if (ev->status != TEMPORA_STATUS_OCCURRED) {
    tbuf_puts(b, " (");
    markup_escape_str(b, tempora_status_name(ev->status));
    tbuf_putc(b, ')');
  }
  for (size_t i = 0; i < ev->n_actors; i++) {
    const tempora_actor *a = &ev->actors[i];
    tbuf_puts(b, i ? ", " : " &middot; ");
    markup_escape_str(b, a->name && *a->name ? a->name : a->code);
    if (a->code && *a->code && a->name && *a->name && strcmp(a->code, a->name)) {
      tbuf_puts(b, " (");
      markup_escape_str(b, a->code);
      tbuf_putc(b, ')');
    }
  }
  if (ev->location.name && *ev->location.name) {
    tbuf_puts(b, " &middot; ");
    markup_escape_str(b, ev->location.name);
  }
  tbuf_puts(b, "</p>");
  for (size_t i = 0; i < ev->n_sources; i++) {
    const tempora_source *s = &ev->sources[i];
    const tempora_document *d = doc_index_find(docs, s->doc);
    tbuf_puts(b, "<p class=\"tempora-source\">Source: ");
    html_doc_link(b, d, s->doc);
    if (d && d->source && *d->source) {
      tbuf_puts(b, ", ");
      markup_escape_str(b, d->source);
    }
    if (d && d->dct && *d->dct) {
      tbuf_puts(b, ", ");
      markup_escape_str(b, d->dct);
    }
    if (i && s->text && *s->text && (!first || strcmp(first, s->text))) {
      tbuf_puts(b, ": &ldquo;");
      markup_escape_str(b, s->text);
      tbuf_puts(b, "&rdquo;");
    }
    tbuf_puts(b, "</p>");
  }
}

static cJSON *slide(const tempora_timeline *tl, const tempora_event *ev, const doc_index *docs,
                    int groups, int dup) {
  const tempora_interval *iv = &ev->when.interval;
  resolution r = prec_resolution(ev->when.precision);
  cJSON *o = cJSON_CreateObject();
  if (!o)
    return NULL;
  /* the widget needs unique ids; a hand-edited timeline may repeat one */
  char uid[160];
  const char *id = ev->id ? ev->id : "";
  int n = utf8_prefix(id, 100);
  if (dup)
    snprintf(uid, sizeof uid, "%.*s-dup%d", n, id, dup + 1);
  else
    snprintf(uid, sizeof uid, "%.*s", n, id);
  cJSON_AddStringToObject(o, "unique_id", uid);
  cJSON *start = date_obj(iv->start, r);
  cJSON_AddItemToObject(o, "start_date", start);
  int64_t last = r == RES_TIME ? iv->end : iv->end - 1;
  if (iv->end > iv->start) {
    cJSON *end = date_obj(last, r);
    if (!cJSON_Compare(start, end, 1))
      cJSON_AddItemToObject(o, "end_date", end);
    else
      cJSON_Delete(end);
  }
  int rc = 0;
  if (needs_words(&ev->when)) {
    char words[400];
    fmt_when_human(&ev->when, words, sizeof words);
    rc |= add_html(o, "display_date", words);
  }
  cJSON *text = cJSON_AddObjectToObject(o, "text");
  if (!text)
    rc = -1;
  else {
    rc |= add_html(text, "headline", ev->headline && *ev->headline ? ev->headline : "(no headline)");
    tbuf b = TBUF_INIT;
    slide_text(ev, docs, &b);
    tbuf_putc(&b, '\0');
    rc |= b.oom || !cJSON_AddStringToObject(text, "text", b.ptr);
    tbuf_free(&b);
  }
  if (groups)
    rc |= add_html(o, "group", group_of(tl, ev));
  if (rc) {
    cJSON_Delete(o);
    return NULL;
  }
  return o;
}

int render_timelinejs(tempora_timeline *tl, tbuf *out, tempora_error *err) {
  doc_index docs;
  id_index ids;
  if (doc_index_build(&docs, tl))
    return set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  if (id_index_build(&ids, tl)) {
    doc_index_free(&docs);
    return set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  }
  int groups = tl->opts.group_by == TEMPORA_GROUP_TYPE;
  for (size_t i = 0; i < tl->nev && tl->opts.group_by == TEMPORA_GROUP_ACTOR && !groups; i++)
    groups = tl->events[i].n_actors > 0;
  cJSON *root = cJSON_CreateObject();
  int rc = root ? 0 : -1;
  const char *title = render_title(tl);
  if (root && title) {
    cJSON *t = cJSON_AddObjectToObject(root, "title");
    cJSON *tt = t ? cJSON_AddObjectToObject(t, "text") : NULL;
    char sub[96];
    snprintf(sub, sizeof sub, "%zu event%s from %zu document%s", tl->nev, tl->nev == 1 ? "" : "s",
             tl->ndocs, tl->ndocs == 1 ? "" : "s");
    if (!tt || add_html(tt, "headline", title) || add_html(tt, "text", sub))
      rc = -1;
  }
  cJSON *evs = root ? cJSON_AddArrayToObject(root, "events") : NULL;
  if (!evs)
    rc = -1;
  size_t left_out = 0;
  for (size_t i = 0; i < tl->nev && !rc; i++) {
    const tempora_event *ev = &tl->events[i];
    if (!ev->when.interval.valid) {
      if (left_out++ < 20) /* spelled out up to 20, then counted */
        tl_warn(tl, "timelinejs: %s: no calendar date (left out)", ev->id ? ev->id : "?");
      continue;
    }
    cJSON *s = slide(tl, ev, &docs, groups, id_index_repeat(&ids, tl, i));
    if (!s)
      rc = -1;
    else
      cJSON_AddItemToArray(evs, s);
  }
  if (left_out > 20)
    tl_warn(tl, "timelinejs: %zu more events without a calendar date left out", left_out - 20);
  doc_index_free(&docs);
  id_index_free(&ids);
  if (rc) {
    cJSON_Delete(root);
    return set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  }
  return json_emit(root, 1, out, err);
}
