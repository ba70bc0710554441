/*
 * timeline.c — the timeline object: creation, accessors, warnings and
 * errors, and finishing (merge duplicate events, sort, filter, stable ids).
 *
 * Event ids are a 64-bit FNV-1a hash of what the event says — type,
 * interval, actor codes, lowercased headline — so the same text gives the
 * same ids on every run and iCalendar re-imports update instead of
 * duplicating.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "model.h"

/* ---- small public helpers ----------------------------------------------------------- */

void tempora_options_init(tempora_options *opts) {
  memset(opts, 0, sizeof *opts);
  opts->version = TEMPORA_OPTIONS_VERSION;
}

const char *tempora_strerror(int code) {
  switch (code) {
  case TEMPORA_OK: return "success";
  case TEMPORA_ENOMEM: return "out of memory";
  case TEMPORA_EIO: return "input/output error";
  case TEMPORA_EINPUT: return "unusable input text";
  case TEMPORA_EDATE: return "invalid date";
  case TEMPORA_EFORMAT: return "unknown output format";
  case TEMPORA_EJSON: return "malformed JSON";
  case TEMPORA_EARG: return "invalid argument";
  case TEMPORA_ERENDER: return "rendering failed";
  }
  return "unknown error";
}

void tempora_free(void *ptr) { free(ptr); }

const char *tempora_timex_type_name(tempora_timex_type t) {
  static const char *const n[] = {"DATE", "TIME", "DURATION", "SET"};
  return (unsigned)t < 4 ? n[t] : "DATE";
}

const char *tempora_precision_name(tempora_precision p) {
  static const char *const n[] = {"none", "second", "minute", "hour", "part_of_day", "day",
                                  "week", "month", "quarter", "season", "half", "year",
                                  "decade", "century", "millennium", "reported"};
  return (unsigned)p <= TEMPORA_PREC_REPORTED ? n[p] : "none";
}

const char *tempora_status_name(tempora_status s) {
  static const char *const n[] = {"occurred", "ongoing", "planned", "hypothetical", "negated"};
  return (unsigned)s <= TEMPORA_STATUS_NEGATED ? n[s] : "occurred";
}

const char *tempora_role_name(tempora_role r) {
  static const char *const n[] = {"source", "target", "other"};
  return (unsigned)r <= TEMPORA_ROLE_OTHER ? n[r] : "other";
}

const char *tempora_dct_source_name(tempora_dct_source s) {
  static const char *const n[] = {"none", "flag", "metadata", "dateline"};
  return (unsigned)s <= TEMPORA_DCT_DATELINE ? n[s] : "none";
}

int set_error(tempora_error *err, int code, const char *file, long line, long col,
              const char *fmt, ...) {
  if (!err)
    return code;
  err->code = code;
  snprintf(err->file, sizeof err->file, "%s", file ? file : "");
  err->line = line;
  err->col = col;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->message, sizeof err->message, fmt, ap);
  va_end(ap);
  return code;
}

/* ---- the object ----------------------------------------------------------------------- */

tempora_timeline *tempora_timeline_new(const tempora_options *opts) {
  tempora_timeline *tl = calloc(1, sizeof *tl);
  if (!tl)
    return NULL;
  if (opts && opts->version == TEMPORA_OPTIONS_VERSION)
    tl->opts = *opts;
  else
    tempora_options_init(&tl->opts);
  return tl;
}

void tempora_timeline_free(tempora_timeline *tl) {
  if (!tl)
    return;
  arena_free(&tl->ar);
  free(tl->docs);
  free(tl->events);
  free(tl->warnings);
  free(tl->idtab);
  free(tl);
}

void tl_warn(tempora_timeline *tl, const char *fmt, ...) {
  char buf[600];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (tl->nwarn == tl->capwarn) {
    size_t cap = tl->capwarn ? tl->capwarn * 2 : 8;
    char **p = realloc(tl->warnings, cap * sizeof *p);
    if (!p)
      return;
    tl->warnings = p;
    tl->capwarn = cap;
  }
  char *w = arena_strdup(&tl->ar, buf);
  if (w)
    tl->warnings[tl->nwarn++] = w;
}

tempora_event *tl_new_event(tempora_timeline *tl) {
  if (tl->nev == tl->capev) {
    size_t cap = tl->capev ? tl->capev * 2 : 32;
    tempora_event *p = realloc(tl->events, cap * sizeof *p);
    if (!p)
      return NULL;
    tl->events = p;
    tl->capev = cap;
  }
  tempora_event *ev = &tl->events[tl->nev++];
  memset(ev, 0, sizeof *ev);
  return ev;
}

size_t tempora_timeline_document_count(const tempora_timeline *tl) { return tl ? tl->ndocs : 0; }

const tempora_document *tempora_timeline_document(const tempora_timeline *tl, size_t i) {
  return tl && i < tl->ndocs ? &tl->docs[i].pub : NULL;
}

size_t tempora_timeline_event_count(const tempora_timeline *tl) { return tl ? tl->nev : 0; }

const tempora_event *tempora_timeline_event(const tempora_timeline *tl, size_t i) {
  return tl && i < tl->nev ? &tl->events[i] : NULL;
}

size_t tempora_timeline_warning_count(const tempora_timeline *tl) { return tl ? tl->nwarn : 0; }

const char *tempora_timeline_warning(const tempora_timeline *tl, size_t i) {
  return tl && i < tl->nwarn ? tl->warnings[i] : NULL;
}

/* ---- finishing ------------------------------------------------------------------------ */

static uint64_t fnv_add(uint64_t h, const char *s) {
  for (; s && *s; s++) {
    h ^= (unsigned char)tolower((unsigned char)*s);
    h *= 1099511628211ULL;
  }
  h ^= 0x1f; /* field separator */
  h *= 1099511628211ULL;
  return h;
}

static uint64_t event_hash(const tempora_event *ev) {
  char buf[64];
  uint64_t h = 1469598103934665603ULL;
  h = fnv_add(h, ev->type);
  if (ev->when.interval.valid) {
    snprintf(buf, sizeof buf, "%lld/%lld", (long long)ev->when.interval.start,
             (long long)ev->when.interval.end);
    h = fnv_add(h, buf);
  } else
    h = fnv_add(h, ev->when.value);
  for (size_t i = 0; i < ev->n_actors; i++)
    h = fnv_add(h, ev->actors[i].code);
  h = fnv_add(h, ev->headline);
  return h;
}

static int cmp_events(const void *a, const void *b) {
  const tempora_event *x = a, *y = b;
  if (x->when.interval.valid != y->when.interval.valid)
    return x->when.interval.valid ? -1 : 1;
  if (x->when.interval.valid) {
    if (x->when.interval.start != y->when.interval.start)
      return x->when.interval.start < y->when.interval.start ? -1 : 1;
    if (x->when.interval.end != y->when.interval.end)
      return x->when.interval.end < y->when.interval.end ? -1 : 1;
  }
  const tempora_source *sx = x->n_sources ? &x->sources[0] : NULL;
  const tempora_source *sy = y->n_sources ? &y->sources[0] : NULL;
  if (sx && sy) {
    int c = strcmp(sx->doc, sy->doc);
    if (c)
      return c;
    if (sx->start != sy->start)
      return sx->start < sy->start ? -1 : 1;
  }
  return strcmp(x->id ? x->id : "", y->id ? y->id : "");
}

/* Same event twice: same type, same interval, same actors, same words. */
static int same_event(const tempora_event *a, const tempora_event *b) {
  if (strcmp(a->type, b->type) || a->when.interval.valid != b->when.interval.valid)
    return 0;
  if (a->when.interval.valid && (a->when.interval.start != b->when.interval.start ||
                                 a->when.interval.end != b->when.interval.end))
    return 0;
  if (a->n_actors != b->n_actors)
    return 0;
  for (size_t i = 0; i < a->n_actors; i++)
    if (strcmp(a->actors[i].code, b->actors[i].code))
      return 0;
  return !strcasecmp(a->headline, b->headline);
}

/* Appends the sources of every event marked as a duplicate of `rep[i]`
 * to that representative, allocating each merged array once (linear in the
 * number of sources, however many reports an event has). */
static int merge_marked(tempora_timeline *tl, const size_t *rep) {
  size_t *count = calloc(tl->nev ? tl->nev : 1, sizeof *count);
  if (!count)
    return -1;
  for (size_t i = 0; i < tl->nev; i++)
    count[rep[i]] += tl->events[i].n_sources;
  for (size_t i = 0; i < tl->nev; i++) {
    if (rep[i] != i || count[i] == tl->events[i].n_sources)
      continue;
    tempora_source *s = arena_alloc(&tl->ar, count[i] * sizeof *s);
    if (!s) {
      free(count);
      return -1;
    }
    memcpy(s, tl->events[i].sources, tl->events[i].n_sources * sizeof *s);
    tl->events[i].sources = s;
  }
  for (size_t i = 0; i < tl->nev; i++) {
    tempora_event *into = &tl->events[rep[i]];
    if (rep[i] == i)
      continue;
    memcpy((tempora_source *)into->sources + into->n_sources, tl->events[i].sources,
           tl->events[i].n_sources * sizeof *into->sources);
    into->n_sources += tl->events[i].n_sources;
  }
  free(count);
  return 0;
}

static int filter_range(const tempora_timeline *tl, int64_t *from, int64_t *to) {
  tempora_interval iv;
  tempora_precision p;
  *from = INT64_MIN;
  *to = INT64_MAX;
  if (tl->opts.from && *tl->opts.from) {
    if (date_value_interval(tl->opts.from, 0, 0, &iv, &p))
      return -1;
    *from = iv.start;
  }
  if (tl->opts.to && *tl->opts.to) {
    if (date_value_interval(tl->opts.to, 0, 0, &iv, &p))
      return -1;
    *to = iv.end;
  }
  return 0;
}

static int keep_event(const tempora_timeline *tl, const tempora_event *ev, int64_t from,
                      int64_t to) {
  if (tl->opts.type && *tl->opts.type && strcasecmp(ev->type, tl->opts.type))
    return 0;
  if (tl->opts.actor && *tl->opts.actor) {
    int hit = 0;
    for (size_t i = 0; i < ev->n_actors && !hit; i++)
      hit = !strcasecmp(ev->actors[i].code, tl->opts.actor);
    if (!hit)
      return 0;
  }
  if (from != INT64_MIN || to != INT64_MAX) {
    if (!ev->when.interval.valid)
      return 0;
    if (ev->when.interval.end <= from || ev->when.interval.start >= to)
      return 0;
  }
  return 1;
}

typedef struct {
  uint64_t h;
  size_t i;
} hash_idx;

static int cmp_hash_idx(const void *a, const void *b) {
  const hash_idx *x = a, *y = b;
  if (x->h != y->h)
    return x->h < y->h ? -1 : 1;
  return x->i < y->i ? -1 : x->i > y->i;
}

/* Stable ids; a repeated hash (two different events saying the same
 * thing) gets a suffix "-2", "-3" in timeline order. */
static int assign_ids(tempora_timeline *tl) {
  hash_idx *v = malloc((tl->nev ? tl->nev : 1) * sizeof *v);
  if (!v)
    return -1;
  for (size_t i = 0; i < tl->nev; i++)
    v[i] = (hash_idx){event_hash(&tl->events[i]), i};
  qsort(v, tl->nev, sizeof *v, cmp_hash_idx);
  for (size_t i = 0; i < tl->nev; i++) {
    int dup = 0;
    while (i > (size_t)dup && v[i - 1 - dup].h == v[i].h)
      dup++;
    char id[48];
    int n = snprintf(id, sizeof id, "ev-%016llx", (unsigned long long)v[i].h);
    if (dup)
      snprintf(id + n, sizeof id - (size_t)n, "-%d", dup + 1);
    tl->events[v[i].i].id = arena_strdup(&tl->ar, id);
  }
  free(v);
  return tl->ar.oom ? -1 : 0;
}

int tempora_timeline_finish(tempora_timeline *tl, tempora_error *err) {
  if (!tl)
    return set_error(err, TEMPORA_EARG, NULL, 0, 0, "invalid argument");
  if (tl->finished)
    return 0;
  int64_t from, to;
  if (filter_range(tl, &from, &to))
    return set_error(err, TEMPORA_EDATE, NULL, 0, 0, "invalid --from/--to date (want YYYY[-MM[-DD]])");
  /* Filter, then merge duplicates (quadratic only within equal intervals
   * after sorting). */
  size_t k = 0;
  for (size_t i = 0; i < tl->nev; i++)
    if (keep_event(tl, &tl->events[i], from, to))
      tl->events[k++] = tl->events[i];
  tl->nev = k;
  if (!tl->loaded) {
    if (tl->nev)
      qsort(tl->events, tl->nev, sizeof *tl->events, cmp_events);
    /* Mark each event that repeats an earlier one: group by content hash
     * (sorting, so n log n however many reports there are), confirm with
     * same_event, and point every repeat at the group's first report. */
    size_t *rep = malloc((tl->nev ? tl->nev : 1) * sizeof *rep);
    hash_idx *hv = malloc((tl->nev ? tl->nev : 1) * sizeof *hv);
    if (!rep || !hv) {
      free(rep);
      free(hv);
      return set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < tl->nev; i++) {
      rep[i] = i;
      hv[i] = (hash_idx){event_hash(&tl->events[i]), i};
    }
    if (tl->nev)
      qsort(hv, tl->nev, sizeof *hv, cmp_hash_idx);
    size_t first = 0; /* start of the current hash run; hv is sorted by
                         index within a run, so hv[first].i is the earliest */
    for (size_t i = 1; i < tl->nev; i++) {
      if (hv[i].h != hv[i - 1].h) {
        first = i;
        continue;
      }
      if (same_event(&tl->events[hv[first].i], &tl->events[hv[i].i]))
        rep[hv[i].i] = hv[first].i;
    }
    free(hv);
    if (merge_marked(tl, rep)) {
      free(rep);
      return set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
    }
    k = 0;
    for (size_t i = 0; i < tl->nev; i++)
      if (rep[i] == i)
        tl->events[k++] = tl->events[i];
    tl->nev = k;
    free(rep);
    if (assign_ids(tl))
      return set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
    if (tl->nev)
      qsort(tl->events, tl->nev, sizeof *tl->events, cmp_events);
  }
  if (tl->ar.oom)
    return set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  tl->finished = 1;
  return 0;
}
