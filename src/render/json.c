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

/* Members go in under their key as it is, a string constant
 * (cJSON_AddItemToObjectCS): cJSON's other adders copy the key, and a
 * timeline's records have hundreds of thousands of keys to copy and free.
 * The item is freed when it cannot be added. */
static cJSON *put(cJSON *o, const char *key, cJSON *item) {
  if (item && !cJSON_AddItemToObjectCS(o, key, item)) {
    cJSON_Delete(item);
    return NULL;
  }
  return item;
}

static void put_str(cJSON *o, const char *key, const char *s) { put(o, key, cJSON_CreateString(s)); }
static void put_num(cJSON *o, const char *key, double v) { put(o, key, cJSON_CreateNumber(v)); }

/* A count or offset, written here in decimal and added raw: the cJSON of
 * Debian 12 prints every number with sprintf("%1.15g") and reads it back
 * with sscanf to check it, a few thousand instructions a number, and the
 * offsets of an event's sources were a third of its rendering.  Below
 * 10^15 "%1.15g" of an integer is its plain decimal digits, so the bytes
 * are the same; larger ones (none in practice) go through cJSON. */
static void put_count(cJSON *o, const char *key, size_t v) {
  if (v >= 1000000000000000u) {
    put_num(o, key, (double)v);
    return;
  }
  char d[24], *p = d + sizeof d;
  *--p = '\0';
  do {
    *--p = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  put(o, key, cJSON_CreateRaw(p));
}
static void put_bool(cJSON *o, const char *key, int b) { put(o, key, cJSON_CreateBool(b)); }
static void put_null(cJSON *o, const char *key) { put(o, key, cJSON_CreateNull()); }

static cJSON *str_or_null(const char *s) {
  return s && *s ? cJSON_CreateString(s) : cJSON_CreateNull();
}

static cJSON *json_interval(const tempora_interval *iv, tempora_precision p) {
  if (!iv->valid)
    return cJSON_CreateNull();
  cJSON *o = cJSON_CreateObject();
  char b[64];
  fmt_bound(iv->start, p, b, sizeof b);
  put_str(o, "start", b);
  fmt_bound(iv->end, p, b, sizeof b);
  put_str(o, "end", b);
  put_bool(o, "open_start", (iv->flags & TEMPORA_IV_OPEN_START) != 0);
  put_bool(o, "open_end", (iv->flags & TEMPORA_IV_OPEN_END) != 0);
  put_bool(o, "approximate", (iv->flags & TEMPORA_IV_APPROX) != 0);
  return o;
}

static cJSON *json_document(const tempora_document *d) {
  cJSON *o = cJSON_CreateObject();
  put_str(o, "id", d->id);
  put(o, "title", str_or_null(d->title));
  put(o, "url", str_or_null(d->url));
  put(o, "source", str_or_null(d->source));
  put(o, "dct", str_or_null(d->dct));
  put_str(o, "dct_source", tempora_dct_source_name(d->dct_source));
  put_str(o, "mode", d->mode == TEMPORA_MODE_NARRATIVE ? "narrative" : "news");
  put_count(o, "length", d->length);
  put_count(o, "sentences", d->n_sentences);
  return o;
}

static cJSON *json_timex(const tempora_document *d, const tempora_timex *t) {
  cJSON *o = cJSON_CreateObject();
  char tid[32];
  snprintf(tid, sizeof tid, "t%d", t->tid);
  put_str(o, "doc", d->id);
  put_str(o, "tid", tid);
  put_count(o, "sentence", t->sentence);
  put_count(o, "start", t->start);
  put_count(o, "end", t->end);
  put_str(o, "text", t->text);
  put_str(o, "type", tempora_timex_type_name(t->type));
  put_str(o, "value", t->value);
  put(o, "mod", str_or_null(t->mod));
  if (t->type == TEMPORA_TIMEX_SET) {
    put(o, "quant", str_or_null(t->quant));
    put(o, "freq", str_or_null(t->freq));
  }
  put(o, "anchor", str_or_null(t->anchor));
  put(o, "signal", str_or_null(t->signal));
  put(o, "interval", json_interval(&t->interval, t->precision));
  put_str(o, "precision", tempora_precision_name(t->precision));
  return o;
}

cJSON *json_event(const tempora_event *ev) {
  cJSON *o = cJSON_CreateObject();
  char b[128];
  put_str(o, "id", ev->id ? ev->id : "");
  put_str(o, "headline", ev->headline ? ev->headline : "");
  put(o, "trigger", str_or_null(ev->trigger));
  put_str(o, "type", ev->type ? ev->type : "OTHER");
  put_str(o, "status", tempora_status_name(ev->status));
  cJSON *w = put(o, "when", cJSON_CreateObject());
  put(w, "text", str_or_null(ev->when.text));
  put(w, "value", str_or_null(ev->when.value));
  put(w, "mod", str_or_null(ev->when.mod));
  if (ev->when.interval.valid) {
    fmt_bound(ev->when.interval.start, ev->when.precision, b, sizeof b);
    put_str(w, "start", b);
    fmt_bound(ev->when.interval.end, ev->when.precision, b, sizeof b);
    put_str(w, "end", b);
  } else {
    put_null(w, "start");
    put_null(w, "end");
  }
  put_str(w, "precision", tempora_precision_name(ev->when.precision));
  put_bool(w, "open_start", (ev->when.interval.flags & TEMPORA_IV_OPEN_START) != 0);
  put_bool(w, "open_end", (ev->when.interval.flags & TEMPORA_IV_OPEN_END) != 0);
  put_bool(w, "approximate", (ev->when.interval.flags & TEMPORA_IV_APPROX) != 0);
  fmt_edtf(&ev->when, b, sizeof b);
  put(w, "edtf", str_or_null(b));
  cJSON *acts = put(o, "actors", cJSON_CreateArray());
  for (size_t i = 0; i < ev->n_actors; i++) {
    const tempora_actor *a = &ev->actors[i];
    cJSON *x = cJSON_CreateObject();
    put_str(x, "name", a->name ? a->name : "");
    put_str(x, "code", a->code ? a->code : "");
    put(x, "org", str_or_null(a->org));
    put_str(x, "role", tempora_role_name(a->role));
    cJSON_AddItemToArray(acts, x);
  }
  if (ev->location.name) {
    cJSON *l = put(o, "location", cJSON_CreateObject());
    put_str(l, "name", ev->location.name);
    put(l, "code", str_or_null(ev->location.code));
    if (ev->location.has_coords) {
      put_num(l, "lat", ev->location.lat);
      put_num(l, "lon", ev->location.lon);
    } else {
      put_null(l, "lat");
      put_null(l, "lon");
    }
  } else
    put_null(o, "location");
  cJSON *srcs = put(o, "sources", cJSON_CreateArray());
  for (size_t i = 0; i < ev->n_sources; i++) {
    const tempora_source *s = &ev->sources[i];
    cJSON *x = cJSON_CreateObject();
    put_str(x, "doc", s->doc ? s->doc : "");
    put_count(x, "sentence", s->sentence);
    put_count(x, "start", s->start);
    put_count(x, "end", s->end);
    put_count(x, "timex_start", s->timex_start);
    put_count(x, "timex_end", s->timex_end);
    put_str(x, "text", s->text ? s->text : "");
    put_count(x, "trigger_start", s->trigger_start);
    put_count(x, "trigger_end", s->trigger_end);
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
  put_str(root, "$schema", SCHEMA_ID);
  put_str(root, "generator", "tempora " TEMPORA_VERSION_STRING);
  cJSON *docs = put(root, "documents", cJSON_CreateArray());
  cJSON *txs = put(root, "timexes", cJSON_CreateArray());
  for (size_t i = 0; i < tl->ndocs; i++) {
    const tempora_document *d = &tl->docs[i].pub;
    cJSON_AddItemToArray(docs, json_document(d));
    for (size_t k = 0; k < d->n_timexes; k++)
      cJSON_AddItemToArray(txs, json_timex(d, &d->timexes[k]));
  }
  cJSON *evs = put(root, "events", cJSON_CreateArray());
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
