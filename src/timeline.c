/*
 * timeline.c — the timeline object: creation, accessors, warnings and
 * errors, and finishing (filter, sort, merge duplicate events, stable ids).
 *
 * Merging (docs/events.md): two events are one when they have the same
 * type, times that can be the same, evidence of the same happening (the
 * same coded sources, with targets meeting where both name them, or, when
 * no source is coded, the same trigger done to the same victim or object;
 * never two different people named in full in one role) and similar
 * words (a quarter of the headline's content words, crudely stemmed, in
 * common, or the same trigger verb; 60% when neither names an actor).
 * Candidates are earlier events of the same type sharing an actor code (a
 * hash bucket), so merging stays linear in the corpus.
 *
 * Event ids are a 64-bit FNV-1a hash of what the event says — type,
 * interval, actor codes, lowercased headline — so the same text gives the
 * same ids on every run and iCalendar re-imports update instead of
 * duplicating.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "model.h"
#include "strlist.h"

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

/* ---- documents by id ------------------------------------------------------------------ */

static int cmp_doc_ptr(const void *a, const void *b) {
  const tempora_document *x = *(const tempora_document *const *)a;
  const tempora_document *y = *(const tempora_document *const *)b;
  return strcmp(x->id ? x->id : "", y->id ? y->id : "");
}

int doc_index_build(doc_index *ix, const tempora_timeline *tl) {
  ix->n = tl->ndocs;
  ix->v = malloc((tl->ndocs ? tl->ndocs : 1) * sizeof *ix->v);
  if (!ix->v)
    return -1;
  for (size_t i = 0; i < tl->ndocs; i++)
    ix->v[i] = &tl->docs[i].pub;
  if (ix->n)
    qsort(ix->v, ix->n, sizeof *ix->v, cmp_doc_ptr);
  return 0;
}

const tempora_document *doc_index_find(const doc_index *ix, const char *id) {
  size_t lo = 0, hi = ix->n;
  if (!id)
    return NULL;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(ix->v[mid]->id ? ix->v[mid]->id : "", id);
    if (!c)
      return ix->v[mid];
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

void doc_index_free(doc_index *ix) {
  free(ix->v);
  ix->v = NULL;
  ix->n = 0;
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
    if (sx->trigger_start != sy->trigger_start)
      return sx->trigger_start < sy->trigger_start ? -1 : 1;
  }
  return strcmp(x->id ? x->id : "", y->id ? y->id : "");
}

/* ---- merging ------------------------------------------------------------------------- */

/* What a headline says, for the "same happening" test, computed once per
 * event: its content words crudely stemmed ("signed" -> "sign") as 32-bit
 * hashes; the trigger's stem; and, split at the trigger, the words of the
 * agent (the subject of an active clause, the "by" phrase of a passive)
 * and of the patient (the object of an active clause, the subject of a
 * passive: "Arnel Joseph was killed"), each with the people or places it
 * names in full ("Arnel Joseph": surname and given name). */
#define MAX_STEMS 32
#define MAX_PART 16
#define MAX_NAMES 4
typedef struct pname {
  uint32_t last, given; /* given 0: none written ("President Trump") */
} pname;
typedef struct hpart {
  uint32_t h[MAX_PART]; /* content words, without auxiliaries and pronouns */
  int n;
  pname nm[MAX_NAMES];
  int nn;
} hpart;
typedef struct evwords {
  uint32_t h[MAX_STEMS];
  int n;
  uint32_t trig;      /* the trigger's first stem, 0 when none */
  char tw[16];        /* the trigger's first word, lowercased */
  int split;          /* the trigger was found in the headline: agent and patient are known */
  hpart agent, patient;
} evwords;

/* Function words left out of the comparison, by length (only those of
 * the word's length are compared). */
static int is_stop(const char *w, size_t k) {
  static const char *const s3[] = {"the", "and", "for", "its", "his", "her", "has",
                                   "had", "was", "are", "not", NULL};
  static const char *const s4[] = {"with", "from", "that", "this", "have", "were",
                                   "will", "been", "into", "over", NULL};
  static const char *const s5[] = {"their", "would", "after", "about", NULL};
  static const char *const s7[] = {"against", NULL};
  const char *const *l = k == 3 ? s3 : k == 4 ? s4 : k == 5 ? s5 : k == 7 ? s7 : NULL;
  for (int i = 0; l && l[i]; i++)
    if (!memcmp(w, l[i], k))
      return 1;
  return 0;
}

/* Words that say nothing about who took part: modals, pronouns (a
 * resolved pronoun is replaced by its antecedent's words), quantifiers. */
static const char *const WEAK[] = {
    "may", "must", "can", "could", "should", "might", "shall", "cannot", "being", "also",
    "still", "then", "now", "just", "yet", "did", "does", "you", "him", "them", "they",
    "she", "our", "yourself", "himself", "herself", "themselves", "itself", "who", "whom",
    "which", "what", "one", "all", "some", "any", "each", "other", "more", "most", "such",
    "these", "those", "there", "later", "allegedly", "reportedly", NULL};
/* Words before a passive participle ("was killed", "got arrested"). */
static const char *const BE[] = {"was", "were", "been", "being", "be", "is", "are", "am",
                                 "get", "gets", "got", "getting", NULL};
/* Adverbs between "was" and the participle ("was also killed"). */
static const char *const BE_ADV[] = {"also", "still", "reportedly", "allegedly", "later",
                                     "then", "already", "just", "never", "not", "n", NULL};
/* Titles written with a capital before a surname: no given name. */
static const char *const TITLES[] = {
    "president", "minister", "prime", "secretary", "general", "gen", "col", "mr", "mrs", "ms",
    "dr", "sen", "rep", "gov", "governor", "senator", "king", "queen", "prince", "pope",
    "chief", "commander", "leader", "spokesman", "spokeswoman", "spokesperson", "ambassador",
    "envoy", "judge", "justice", "mayor", "director", "chancellor", "premier", "lt", "maj",
    "capt", "sgt", "adm", "sheikh", "emir", "imam", "vice", "deputy", "foreign", "defense",
    "defence", "interior", "sir", "lord", "st", NULL};
/* Determiners and possessives opening a capitalized run ("The Hague"). */
static const char *const NAME_DET[] = {"the", "a", "an", "this", "that", "these", "those",
                                       "its", "his", "her", "their", NULL};

/* ASCII letters only, as isalpha() in the C locale */
#define ST_ALPHA(c) (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z'))

/* One word of a headline: a run of ASCII letters and hyphens, lowercased
 * and cut at 15 bytes. */
typedef struct hword {
  char w[16];
  size_t k;
  int cap;    /* written with a capital */
  int joined; /* only spaces, periods or letters beyond ASCII since the word before
                 ("U.S. State", "Cité Soleil"): one name may go on */
} hword;

static const char *next_word(const char *h, hword *x) {
  x->joined = 1;
  while (*h && !ST_ALPHA(*h)) {
    unsigned char c = (unsigned char)*h++;
    /* why 0xe2: the lead byte of the quotes and dashes of general punctuation */
    if (c != ' ' && c != '.' && (c < 0x80 || c == 0xe2))
      x->joined = 0;
  }
  x->k = 0;
  x->cap = *h >= 'A' && *h <= 'Z';
  while (*h && (ST_ALPHA(*h) || *h == '-')) {
    if (x->k < sizeof x->w - 1)
      x->w[x->k++] = (char)(*h >= 'A' && *h <= 'Z' ? *h - 'A' + 'a' : *h);
    h++;
  }
  x->w[x->k] = '\0';
  return h;
}

static uint32_t str_hash(const char *w, size_t k) {
  uint32_t x = 2166136261u;
  for (size_t i = 0; i < k; i++) {
    x ^= (unsigned char)w[i];
    x *= 16777619u;
  }
  return x | 1; /* never 0: 0 is "none" */
}

/* The stem of a content word as a hash, 0 for a function word. */
static uint32_t stem_hash(const hword *x) {
  char w[16];
  size_t k = x->k;
  memcpy(w, x->w, k + 1);
  if (k < 3 || is_stop(w, k))
    return 0;
  /* why these suffixes: inflection only, so "signed"/"signs"/"signing" meet */
  if (k > 5 && !strcmp(w + k - 3, "ing"))
    w[k -= 3] = '\0';
  else if (k > 4 && !strcmp(w + k - 2, "ed"))
    w[k -= 2] = '\0';
  else if (k > 3 && w[k - 1] == 's' && w[k - 2] != 's')
    w[--k] = '\0';
  if (k > 4 && w[k - 1] == 'e')
    w[--k] = '\0';
  return str_hash(w, k);
}

static int add_hash(uint32_t *v, int *n, int max, uint32_t x) {
  for (int i = 0; i < *n; i++)
    if (v[i] == x)
      return 0;
  if (*n < max)
    v[(*n)++] = x;
  return 1;
}

/* The full names of words [b, e): runs of two or more capitalized words
 * with nothing but spaces between them, a leading determiner left out. */
#define MAX_HWORDS 64
static void part_names(const hword *x, int b, int e, hpart *p) {
  for (int i = b; i < e;) {
    if (!x[i].cap || str_in_list(x[i].w, NAME_DET)) {
      i++;
      continue;
    }
    int j = i + 1;
    while (j < e && x[j].cap && x[j].joined)
      j++;
    if (j - i >= 2 && p->nn < MAX_NAMES) {
      pname *nm = &p->nm[p->nn++];
      nm->last = str_hash(x[j - 1].w, x[j - 1].k);
      const hword *g = &x[j - 2]; /* an initial ("Donald J. Trump") is no given name */
      nm->given = g->k < 2 || str_in_list(g->w, TITLES) ? 0 : str_hash(g->w, g->k);
    }
    i = j;
  }
}

/* The content words of words [b, e) that can tell who took part: no
 * weak word, no adverb in "-ly" written in lowercase ("consistently"). */
static void part_words(const hword *x, const uint32_t *st, int b, int e, hpart *p) {
  for (int i = b; i < e; i++)
    if (st[i] && !str_in_list(x[i].w, WEAK) &&
        !(!x[i].cap && x[i].k > 4 && !strcmp(x[i].w + x[i].k - 2, "ly")))
      add_hash(p->h, &p->n, MAX_PART, st[i]);
}

static void event_words(const tempora_event *ev, evwords *w) {
  hword x[MAX_HWORDS];
  uint32_t st[MAX_HWORDS];
  int n = 0;
  memset(w, 0, sizeof *w);
  for (const char *h = ev->headline; h && *h;) {
    hword y;
    h = next_word(h, &y);
    if (!y.k)
      continue;
    uint32_t s = stem_hash(&y);
    if (s)
      add_hash(w->h, &w->n, MAX_STEMS, s);
    if (n < MAX_HWORDS) {
      x[n] = y;
      st[n++] = s;
    }
  }
  hword t = {.k = 0};
  for (const char *h = ev->trigger; h && *h && !w->trig;) {
    hword y;
    h = next_word(h, &y);
    if (y.k && !t.k)
      t = y;
    w->trig = y.k ? stem_hash(&y) : 0;
  }
  memcpy(w->tw, t.w, t.k + 1);
  int at = -1;
  for (int i = 0; t.k && i < n && at < 0; i++)
    if (!strcmp(x[i].w, t.w))
      at = i;
  if (at < 0)
    return;
  w->split = 1;
  int b = at - 1;
  while (b >= 0 && str_in_list(x[b].w, BE_ADV))
    b--;
  int passive = b >= 0 && str_in_list(x[b].w, BE);
  if (!passive) {
    part_words(x, st, 0, at, &w->agent);
    part_names(x, 0, at, &w->agent);
    part_words(x, st, at + 1, n, &w->patient);
    part_names(x, at + 1, n, &w->patient);
    return;
  }
  /* a passive: the subject is the patient, a "by" phrase the agent */
  part_words(x, st, 0, at, &w->patient);
  part_names(x, 0, at, &w->patient);
  int by = at + 1;
  while (by < n && strcmp(x[by].w, "by"))
    by++;
  part_words(x, st, by + 1, n, &w->agent);
  part_names(x, by + 1, n, &w->agent);
}

/* Words two headlines share. */
static int word_overlap(const evwords *x, const evwords *y) {
  int common = 0;
  for (int i = 0; i < x->n; i++)
    for (int j = 0; j < y->n; j++)
      if (x->h[i] == y->h[j]) {
        common++;
        break;
      }
  return common;
}

/* Two parts both written and with no word in common: other participants. */
static int parts_disjoint(const hpart *x, const hpart *y) {
  if (!x->n || !y->n)
    return 0;
  for (int i = 0; i < x->n; i++)
    for (int j = 0; j < y->n; j++)
      if (x->h[i] == y->h[j])
        return 0;
  return 1;
}

/* Two parts naming people (or places) in full, none of whom can be the
 * same: a pair may be when it has the same surname and the same given
 * name or none on one side ("President Trump"). */
static int names_differ(const hpart *x, const hpart *y) {
  if (!x->nn || !y->nn)
    return 0;
  for (int i = 0; i < x->nn; i++)
    for (int j = 0; j < y->nn; j++)
      if (x->nm[i].last == y->nm[j].last &&
          (!x->nm[i].given || !y->nm[j].given || x->nm[i].given == y->nm[j].given))
        return 0;
  return 1;
}

/* Distinct codes of one role, sorted; returns how many (at most max). */
static size_t role_set(const tempora_event *ev, tempora_role role, const char **c, size_t max) {
  size_t k = 0;
  for (size_t i = 0; i < ev->n_actors && k < max; i++) {
    if (ev->actors[i].role != role)
      continue;
    int dup = 0;
    for (size_t j = 0; j < k && !dup; j++)
      dup = !strcmp(c[j], ev->actors[i].code);
    if (!dup)
      c[k++] = ev->actors[i].code;
  }
  for (size_t i = 1; i < k; i++)
    for (size_t j = i; j > 0 && strcmp(c[j - 1], c[j]) > 0; j--) {
      const char *t = c[j];
      c[j] = c[j - 1];
      c[j - 1] = t;
    }
  return k;
}

static int sets_equal(const char **x, size_t nx, const char **y, size_t ny) {
  if (nx != ny)
    return 0;
  for (size_t i = 0; i < nx; i++)
    if (strcmp(x[i], y[i]))
      return 0;
  return 1;
}

static int sets_meet(const char **x, size_t nx, const char **y, size_t ny) {
  for (size_t i = 0; i < nx; i++)
    for (size_t j = 0; j < ny; j++)
      if (!strcmp(x[i], y[j]))
        return 1;
  return 0;
}

/* Whether both headlines give numbers and none of them agree ("received
 * $33 million" and "received $94 million" are two facts). */
static int numbers_differ(const char *a, const char *b) {
  int na = 0, nb = 0;
  for (const char *p = a; *p; p++)
    if (isdigit((unsigned char)*p) && (p == a || !isdigit((unsigned char)p[-1]))) {
      na++;
      size_t l = strspn(p, "0123456789.,");
      for (const char *q = b; *q; q++)
        if (isdigit((unsigned char)*q) && (q == b || !isdigit((unsigned char)q[-1]))) {
          nb++;
          if (strspn(q, "0123456789.,") == l && !strncmp(p, q, l))
            return 0;
        }
    }
  if (!nb)
    for (const char *q = b; *q; q++)
      nb += isdigit((unsigned char)*q) && (q == b || !isdigit((unsigned char)q[-1]));
  return na && nb;
}

/* A headline that gives a sum of money or a share. */
static int money(const char *h) {
  return strchr(h, '$') || strstr(h, "\xe2\x82\xac") || strstr(h, "\xc2\xa3") || strchr(h, '%') ||
         strstr(h, "million") || strstr(h, "billion") || strstr(h, "percent");
}

#define REPORT_LAG (14 * 86400) /* why: news reports an act within about two weeks */

/* Could the two events' times be the same?  Dated events must overlap.  An
 * undated event is only known to have been reported on its publication
 * day: it meets a dated event of the two weeks before (or of that day), and
 * an undated one reported within a week of it. */
static int times_meet(const tempora_event *a, const tempora_event *b, int cross) {
  const tempora_interval *x = &a->when.interval, *y = &b->when.interval;
  int ra = a->when.precision == TEMPORA_PREC_REPORTED, rb = b->when.precision == TEMPORA_PREC_REPORTED;
  /* within one document an undated act told twice is joined by the
   * document's own reading ("the one signed Tuesday") */
  if ((!ra && !rb) || !cross)
    return !(x->end <= y->start || y->end <= x->start);
  if (ra && rb)
    return llabs((long long)(x->start - y->start)) <= 7 * 86400LL;
  const tempora_interval *r = ra ? x : y, *d = ra ? y : x;
  return d->start < r->end && d->end > r->start - REPORT_LAG;
}

/* Whether the headline has the word w (lowercased), as written. */
static int has_word(const char *h, const char *w) {
  while (h && *h && *w) {
    hword y;
    h = next_word(h, &y);
    if (!strcmp(y.w, w))
      return 1;
  }
  return 0;
}

/* Two events read from one clause of one sentence (a control verb and the
 * verb it governs: "began to shell"): two trigger words, each headline
 * holding the other's.  (One word twice is two clauses: "17 rifles were
 * recovered and ... were recovered".) */
static int one_clause(const tempora_event *a, const evwords *wa, const tempora_event *b,
                      const evwords *wb) {
  if (!a->n_sources || !b->n_sources)
    return 0;
  const tempora_source *x = &a->sources[0], *y = &b->sources[0];
  return !strcmp(x->doc, y->doc) && x->start == y->start && strcmp(wa->tw, wb->tw) &&
         has_word(a->headline, wb->tw) &&
         has_word(b->headline, wa->tw);
}

/* The same event told twice (DESIGN.md §4): same type, times that can be
 * the same, the same status where one did not or may not happen, evidence
 * that the participants are the same, similar words, and no two different
 * figures.
 *
 * Participants: the same coded sources (targets must meet where both name
 * them), or a passive telling on one side whose targets meet the other's;
 * when neither side names a source, the codes say nothing (a country shared
 * by every act of a story) and the words must: the same trigger verb with
 * the same victim or object ("Arnel Joseph was killed" and "the inspector
 * general was killed" are two killings).  On every path, two different
 * people named in full in one role ("Arnel Joseph", "Hector Paul Joseph")
 * are two events, and so are two agents and two objects that share no word.
 * Words: the share of content words in common (of the shorter headline, so
 * a longer telling of the same act still matches) or the same trigger
 * verb; more is asked across documents when a time is only the publication
 * day, and of events with no actors or no PLOVER type.  Two readings of
 * one clause are one event whatever their words. */
static int same_event(const tempora_event *a, const evwords *wa, const tempora_event *b,
                      const evwords *wb) {
  if (strcmp(a->type, b->type) || !a->when.interval.valid || !b->when.interval.valid)
    return 0;
  int cross = a->n_sources && b->n_sources && strcmp(a->sources[0].doc, b->sources[0].doc);
  if (!times_meet(a, b, cross))
    return 0;
  /* what did not happen, or may, is not what happened */
  int ma = a->status == TEMPORA_STATUS_NEGATED || a->status == TEMPORA_STATUS_HYPOTHETICAL;
  int mb = b->status == TEMPORA_STATUS_NEGATED || b->status == TEMPORA_STATUS_HYPOTHETICAL;
  if ((ma || mb) && a->status != b->status)
    return 0;
  const char *sa[16], *sb[16], *ta[16], *tb[16];
  size_t nsa = role_set(a, TEMPORA_ROLE_SOURCE, sa, 16), nsb = role_set(b, TEMPORA_ROLE_SOURCE, sb, 16);
  size_t nta = role_set(a, TEMPORA_ROLE_TARGET, ta, 16), ntb = role_set(b, TEMPORA_ROLE_TARGET, tb, 16);
  if (nta && ntb && !sets_meet(ta, nta, tb, ntb))
    return 0;
  if (one_clause(a, wa, b, wb))
    return 1;
  int same_src = sets_equal(sa, nsa, sb, nsb);
  int one_src = (!nsa) != (!nsb) && nta && ntb; /* a passive telling: targets met above */
  if (!same_src && !one_src)
    return 0;
  int same_trigger = wa->trig && wa->trig == wb->trig;
  if (wa->split && wb->split) {
    /* other people, or other agents doing it to other things */
    if (names_differ(&wa->agent, &wb->agent) || names_differ(&wa->patient, &wb->patient))
      return 0;
    int other_patient = parts_disjoint(&wa->patient, &wb->patient);
    int other_agent = parts_disjoint(&wa->agent, &wb->agent);
    if (!nsa && !nsb) {
      /* no coded participant: the same verb done to the same one */
      if (!same_trigger || other_patient || other_agent)
        return 0;
      int shared = 0;
      for (int i = 0; i < wa->patient.n + wa->agent.n && !shared; i++) {
        uint32_t h = i < wa->patient.n ? wa->patient.h[i] : wa->agent.h[i - wa->patient.n];
        for (int j = 0; j < wb->patient.n + wb->agent.n && !shared; j++)
          shared = h == (j < wb->patient.n ? wb->patient.h[j] : wb->agent.h[j - wb->patient.n]);
      }
      if (!shared)
        return 0;
    } else if (other_patient && !(nta && ntb)) {
      /* the same doer, but to other things and nobody named as target */
      return 0;
    } else if (!same_trigger && (!wa->patient.n || !wb->patient.n)) {
      /* two verbs and nothing they were done to in common ("South China
       * Sea claims", "South China Sea forecast") */
      return 0;
    }
  } else if (!nsa && !nsb && !same_trigger)
    return 0;
  int nx = wa->n, ny = wb->n, common = word_overlap(wa, wb);
  if (!nx || !ny)
    return 0;
  double jac = (double)common / (double)(nx + ny - common);
  double cov = (double)common / (double)(nx < ny ? nx : ny);
  int reported = a->when.precision == TEMPORA_PREC_REPORTED ||
                 b->when.precision == TEMPORA_PREC_REPORTED;
  /* why these shares: without actors only near-identical wording is safe;
   * an untyped or a publication-day event needs most of the shorter
   * headline's words (three at least); with the same actors, type and
   * time, a quarter of the words (or the same verb, or most of the shorter
   * headline) is the same story told by another writer; in the stricter
   * cases most of the shorter headline must come with the same verb */
  /* different sums are different acts; a death toll may differ between
   * two tellings of one attack */
  if (numbers_differ(a->headline, b->headline) &&
      (jac < 0.5 || !strcmp(a->type, "OTHER") || money(a->headline) || money(b->headline)))
    return 0;
  if (!nsa && !nsb && !nta && !ntb)
    return jac >= 0.6;
  if ((cross && reported) || !strcmp(a->type, "OTHER") || one_src)
    return jac >= 0.5 || (cov >= 0.6 && common >= 3 && same_trigger);
  return jac >= 0.25 || same_trigger || (cov >= 0.6 && common >= 2);
}

static int interval_width_less(const tempora_event *a, const tempora_event *b) {
  if (a->when.precision == TEMPORA_PREC_REPORTED)
    return 0;
  if (b->when.precision == TEMPORA_PREC_REPORTED)
    return 1;
  return a->when.interval.end - a->when.interval.start < b->when.interval.end - b->when.interval.start;
}

/* `*cap` is the capacity of into->sources (0: not yet owned by the merge).
 * It grows geometrically, so an event reported n times costs O(n) memory
 * in the arena, not O(n^2). */
static int merge_into(tempora_timeline *tl, tempora_event *into, size_t *cap,
                      const tempora_event *from) {
  size_t n = into->n_sources + from->n_sources;
  if (n > *cap) {
    size_t c = *cap ? *cap : 4;
    while (c < n)
      c *= 2;
    tempora_source *s = arena_alloc(&tl->ar, c * sizeof *s);
    if (!s)
      return -1;
    memcpy(s, into->sources, into->n_sources * sizeof *s);
    into->sources = s;
    *cap = c;
  }
  memcpy((tempora_source *)into->sources + into->n_sources, from->sources,
         from->n_sources * sizeof *from->sources);
  into->n_sources = n;
  /* the more precise time, the first place, every actor */
  if (interval_width_less(from, into))
    into->when = from->when;
  if (!into->location.name && from->location.name)
    into->location = from->location;
  size_t extra = 0;
  for (size_t i = 0; i < from->n_actors; i++) {
    int have = 0;
    for (size_t j = 0; j < into->n_actors && !have; j++)
      have = into->actors[j].role == from->actors[i].role &&
             !strcmp(into->actors[j].code, from->actors[i].code);
    extra += !have;
  }
  if (extra) {
    tempora_actor *a = arena_alloc(&tl->ar, (into->n_actors + extra) * sizeof *a);
    if (!a)
      return -1;
    memcpy(a, into->actors, into->n_actors * sizeof *a);
    size_t k = into->n_actors;
    for (size_t i = 0; i < from->n_actors; i++) {
      int have = 0;
      for (size_t j = 0; j < k && !have; j++)
        have = a[j].role == from->actors[i].role && !strcmp(a[j].code, from->actors[i].code);
      if (!have)
        a[k++] = from->actors[i];
    }
    into->actors = a;
    into->n_actors = k;
  }
  return 0;
}

/* Hash keys under which an event is filed for merging: one per actor code
 * with its type (two events can only be one if they share an actor), or the
 * type alone when it names no actor.  Returns how many (at most max). */
static size_t merge_keys(const tempora_event *ev, uint64_t *keys, size_t max) {
  const char *c[32];
  size_t k = role_set(ev, TEMPORA_ROLE_SOURCE, c, 16);
  k += role_set(ev, TEMPORA_ROLE_TARGET, c + k, 16);
  uint64_t base = fnv_add(1469598103934665603ULL, ev->type);
  size_t n = 0;
  for (size_t i = 0; i < k && n < max; i++) {
    uint64_t h = fnv_add(base, c[i]);
    int dup = 0;
    for (size_t j = 0; j < n && !dup; j++)
      dup = keys[j] == h;
    if (!dup)
      keys[n++] = h;
  }
  if (!n)
    keys[n++] = base;
  return n;
}

/* Merges duplicates of the sorted events in place.  Candidates are earlier
 * events filed under one of the event's keys (merge_keys), the last
 * MERGE_WINDOW of each: linear in the corpus. */
#define MERGE_WINDOW 64
#define MERGE_MAXKEYS 32
typedef struct merge_node {
  size_t ev;   /* index among the kept events */
  size_t next; /* next node of the bucket, or SIZE_MAX */
} merge_node;

static int merge_events(tempora_timeline *tl) {
  size_t nb = 1;
  while (nb < tl->nev * 4)
    nb <<= 1;
  size_t *head = malloc(nb * sizeof *head);
  size_t *cap = calloc(tl->nev ? tl->nev : 1, sizeof *cap);
  size_t nn = 0, capn = tl->nev * 2 + 16;
  merge_node *node = malloc(capn * sizeof *node);
  evwords *kw = malloc((tl->nev ? tl->nev : 1) * sizeof *kw); /* of the kept events */
  int rc = -1;
  if (!head || !cap || !node || !kw)
    goto done;
  for (size_t i = 0; i < nb; i++)
    head[i] = SIZE_MAX;
  size_t k = 0;
  for (size_t i = 0; i < tl->nev; i++) {
    tempora_event *ev = &tl->events[i];
    uint64_t keys[MERGE_MAXKEYS];
    size_t nk = merge_keys(ev, keys, MERGE_MAXKEYS);
    evwords w;
    event_words(ev, &w);
    size_t into = SIZE_MAX;
    for (size_t q = 0; q < nk && into == SIZE_MAX; q++) {
      int seen = 0;
      for (size_t j = head[keys[q] & (nb - 1)]; j != SIZE_MAX && seen < MERGE_WINDOW;
           j = node[j].next, seen++)
        if (same_event(&tl->events[node[j].ev], &kw[node[j].ev], ev, &w)) {
          into = node[j].ev;
          break;
        }
    }
    if (into != SIZE_MAX) {
      if (merge_into(tl, &tl->events[into], &cap[into], ev))
        goto done;
    } else {
      tl->events[k] = *ev;
      kw[k] = w;
      into = k++;
    }
    /* file it (again, after a merge: it may have gained actors) */
    for (size_t q = 0; q < nk; q++) {
      if (nn == capn) {
        size_t c2 = capn * 2;
        merge_node *p = realloc(node, c2 * sizeof *node);
        if (!p)
          goto done;
        node = p;
        capn = c2;
      }
      size_t b = keys[q] & (nb - 1);
      node[nn] = (merge_node){into, head[b]};
      head[b] = nn++;
    }
  }
  tl->nev = k;
  rc = 0;
done:
  free(head);
  free(cap);
  free(node);
  free(kw);
  return rc;
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
  /* Filter, sort, merge duplicates, give ids, sort again (a merge may
   * sharpen an event's time). */
  size_t k = 0;
  for (size_t i = 0; i < tl->nev; i++)
    if (keep_event(tl, &tl->events[i], from, to))
      tl->events[k++] = tl->events[i];
  tl->nev = k;
  if (!tl->loaded) {
    if (tl->nev)
      qsort(tl->events, tl->nev, sizeof *tl->events, cmp_events);
    if (merge_events(tl))
      return set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
    /* without --undated, an undated telling stays only as a source of a
     * dated telling it merged with */
    if (!tl->opts.undated) {
      size_t k2 = 0;
      for (size_t i = 0; i < tl->nev; i++)
        if (tl->events[i].when.precision != TEMPORA_PREC_REPORTED)
          tl->events[k2++] = tl->events[i];
      tl->nev = k2;
    }
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
