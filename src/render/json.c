/*
 * json.c — the native JSON timeline (-f json) and JSON Lines (-f jsonl),
 * built with cJSON.  Schema: docs/timeline.schema.json.  Keys are written
 * in a fixed order, dates as strings, intervals half-open; nothing depends
 * on the clock, so the same input gives the same bytes.
 */
#include <stdio.h>
#include <string.h>

#include "render.h"

#define SCHEMA_ID "https://tempora.dev/schema/timeline-1.json"

static cJSON *str_or_null(const char *s) {
  return s && *s ? cJSON_CreateString(s) : cJSON_CreateNull();
}

static cJSON *json_interval(const tempora_interval *iv, tempora_precision p) {
  if (!iv->valid)
    return cJSON_CreateNull();
  cJSON *o = cJSON_CreateObject();
  char b[64];
  fmt_bound(iv->start, p, b, sizeof b);
  cJSON_AddStringToObject(o, "start", b);
  fmt_bound(iv->end, p, b, sizeof b);
  cJSON_AddStringToObject(o, "end", b);
  cJSON_AddBoolToObject(o, "open_start", (iv->flags & TEMPORA_IV_OPEN_START) != 0);
  cJSON_AddBoolToObject(o, "open_end", (iv->flags & TEMPORA_IV_OPEN_END) != 0);
  cJSON_AddBoolToObject(o, "approximate", (iv->flags & TEMPORA_IV_APPROX) != 0);
  return o;
}

static cJSON *json_document(const tempora_document *d) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "id", d->id);
  cJSON_AddItemToObject(o, "title", str_or_null(d->title));
  cJSON_AddItemToObject(o, "url", str_or_null(d->url));
  cJSON_AddItemToObject(o, "source", str_or_null(d->source));
  cJSON_AddItemToObject(o, "dct", str_or_null(d->dct));
  cJSON_AddStringToObject(o, "dct_source", tempora_dct_source_name(d->dct_source));
  cJSON_AddStringToObject(o, "mode", d->mode == TEMPORA_MODE_NARRATIVE ? "narrative" : "news");
  cJSON_AddNumberToObject(o, "length", (double)d->length);
  cJSON_AddNumberToObject(o, "sentences", (double)d->n_sentences);
  return o;
}

static cJSON *json_timex(const tempora_document *d, const tempora_timex *t) {
  cJSON *o = cJSON_CreateObject();
  char tid[32];
  snprintf(tid, sizeof tid, "t%d", t->tid);
  cJSON_AddStringToObject(o, "doc", d->id);
  cJSON_AddStringToObject(o, "tid", tid);
  cJSON_AddNumberToObject(o, "sentence", (double)t->sentence);
  cJSON_AddNumberToObject(o, "start", (double)t->start);
  cJSON_AddNumberToObject(o, "end", (double)t->end);
  cJSON_AddStringToObject(o, "text", t->text);
  cJSON_AddStringToObject(o, "type", tempora_timex_type_name(t->type));
  cJSON_AddStringToObject(o, "value", t->value);
  cJSON_AddItemToObject(o, "mod", str_or_null(t->mod));
  if (t->type == TEMPORA_TIMEX_SET) {
    cJSON_AddItemToObject(o, "quant", str_or_null(t->quant));
    cJSON_AddItemToObject(o, "freq", str_or_null(t->freq));
  }
  cJSON_AddItemToObject(o, "anchor", str_or_null(t->anchor));
  cJSON_AddItemToObject(o, "signal", str_or_null(t->signal));
  cJSON_AddItemToObject(o, "interval", json_interval(&t->interval, t->precision));
  cJSON_AddStringToObject(o, "precision", tempora_precision_name(t->precision));
  return o;
}

cJSON *json_event(const tempora_event *ev) {
  cJSON *o = cJSON_CreateObject();
  char b[128];
  cJSON_AddStringToObject(o, "id", ev->id ? ev->id : "");
  cJSON_AddStringToObject(o, "headline", ev->headline ? ev->headline : "");
  cJSON_AddItemToObject(o, "trigger", str_or_null(ev->trigger));
  cJSON_AddStringToObject(o, "type", ev->type ? ev->type : "OTHER");
  cJSON_AddStringToObject(o, "status", tempora_status_name(ev->status));
  cJSON *w = cJSON_AddObjectToObject(o, "when");
  cJSON_AddItemToObject(w, "text", str_or_null(ev->when.text));
  cJSON_AddItemToObject(w, "value", str_or_null(ev->when.value));
  cJSON_AddItemToObject(w, "mod", str_or_null(ev->when.mod));
  if (ev->when.interval.valid) {
    fmt_bound(ev->when.interval.start, ev->when.precision, b, sizeof b);
    cJSON_AddStringToObject(w, "start", b);
    fmt_bound(ev->when.interval.end, ev->when.precision, b, sizeof b);
    cJSON_AddStringToObject(w, "end", b);
  } else {
    cJSON_AddNullToObject(w, "start");
    cJSON_AddNullToObject(w, "end");
  }
  cJSON_AddStringToObject(w, "precision", tempora_precision_name(ev->when.precision));
  cJSON_AddBoolToObject(w, "open_start", (ev->when.interval.flags & TEMPORA_IV_OPEN_START) != 0);
  cJSON_AddBoolToObject(w, "open_end", (ev->when.interval.flags & TEMPORA_IV_OPEN_END) != 0);
  cJSON_AddBoolToObject(w, "approximate", (ev->when.interval.flags & TEMPORA_IV_APPROX) != 0);
  fmt_edtf(&ev->when, b, sizeof b);
  cJSON_AddItemToObject(w, "edtf", str_or_null(b));
  cJSON *acts = cJSON_AddArrayToObject(o, "actors");
  for (size_t i = 0; i < ev->n_actors; i++) {
    const tempora_actor *a = &ev->actors[i];
    cJSON *x = cJSON_CreateObject();
    cJSON_AddStringToObject(x, "name", a->name ? a->name : "");
    cJSON_AddStringToObject(x, "code", a->code ? a->code : "");
    cJSON_AddItemToObject(x, "org", str_or_null(a->org));
    cJSON_AddStringToObject(x, "role", tempora_role_name(a->role));
    cJSON_AddItemToArray(acts, x);
  }
  if (ev->location.name) {
    cJSON *l = cJSON_AddObjectToObject(o, "location");
    cJSON_AddStringToObject(l, "name", ev->location.name);
    cJSON_AddItemToObject(l, "code", str_or_null(ev->location.code));
    if (ev->location.has_coords) {
      cJSON_AddNumberToObject(l, "lat", ev->location.lat);
      cJSON_AddNumberToObject(l, "lon", ev->location.lon);
    } else {
      cJSON_AddNullToObject(l, "lat");
      cJSON_AddNullToObject(l, "lon");
    }
  } else
    cJSON_AddNullToObject(o, "location");
  cJSON *srcs = cJSON_AddArrayToObject(o, "sources");
  for (size_t i = 0; i < ev->n_sources; i++) {
    const tempora_source *s = &ev->sources[i];
    cJSON *x = cJSON_CreateObject();
    cJSON_AddStringToObject(x, "doc", s->doc ? s->doc : "");
    cJSON_AddNumberToObject(x, "sentence", (double)s->sentence);
    cJSON_AddNumberToObject(x, "start", (double)s->start);
    cJSON_AddNumberToObject(x, "end", (double)s->end);
    cJSON_AddNumberToObject(x, "timex_start", (double)s->timex_start);
    cJSON_AddNumberToObject(x, "timex_end", (double)s->timex_end);
    cJSON_AddStringToObject(x, "text", s->text ? s->text : "");
    cJSON_AddNumberToObject(x, "trigger_start", (double)s->trigger_start);
    cJSON_AddNumberToObject(x, "trigger_end", (double)s->trigger_end);
    cJSON_AddItemToArray(srcs, x);
  }
  return o;
}

int json_emit(cJSON *root, int formatted, tbuf *out, tempora_error *err) {
  char *s = formatted ? cJSON_Print(root) : cJSON_PrintUnformatted(root);
  cJSON_Delete(root);
  if (!s)
    return set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  tbuf_puts(out, s);
  tbuf_putc(out, '\n');
  cJSON_free(s);
  return out->oom ? set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory") : 0;
}

int render_json(tempora_timeline *tl, tbuf *out, tempora_error *err) {
  cJSON *root = cJSON_CreateObject();
  if (!root)
    return set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  cJSON_AddStringToObject(root, "$schema", SCHEMA_ID);
  cJSON_AddStringToObject(root, "generator", "tempora " TEMPORA_VERSION_STRING);
  cJSON *docs = cJSON_AddArrayToObject(root, "documents");
  cJSON *txs = cJSON_AddArrayToObject(root, "timexes");
  for (size_t i = 0; i < tl->ndocs; i++) {
    const tempora_document *d = &tl->docs[i].pub;
    cJSON_AddItemToArray(docs, json_document(d));
    for (size_t k = 0; k < d->n_timexes; k++)
      cJSON_AddItemToArray(txs, json_timex(d, &d->timexes[k]));
  }
  cJSON *evs = cJSON_AddArrayToObject(root, "events");
  for (size_t i = 0; i < tl->nev; i++)
    cJSON_AddItemToArray(evs, json_event(&tl->events[i]));
  return json_emit(root, 1, out, err);
}

int render_jsonl(tempora_timeline *tl, tbuf *out, tempora_error *err) {
  for (size_t i = 0; i < tl->nev; i++) {
    cJSON *o = json_event(&tl->events[i]);
    if (!o)
      return set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
    int rc = json_emit(o, 0, out, err);
    if (rc)
      return rc;
  }
  return 0;
}
