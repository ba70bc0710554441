/*
 * layout.c — the chart's pure layout (see layout.h) and its text dump,
 * `-f layout`.  No drawing library is used here; text is measured through
 * the chart_measure callback.
 *
 * The steps, in order:
 *   1. events with a place on the calendar; their style (colour + shape,
 *      one per event type present, in PLOVER order) and lane (first source
 *      actor, type, or one lane; lanes past the theme's max-lanes join
 *      "Other");
 *   2. the time axis: the events' spans merged into clusters; a gap of
 *      empty time becomes an axis break when it is at least a year long and
 *      at least 40% of what is left of the span (at most 4 breaks), so
 *      decades and days share one chart; each segment gets width in
 *      proportion to its time, but at least 90 px;
 *   3. ticks per segment, the finest step from hours to millennia whose
 *      labels fit, with a second tier (month under days, year under months,
 *      date under hours);
 *   4. marks: a point for day-or-finer events, a bar for longer ones, with
 *      fading tails for open ends and faded ends for approximate ones; bars
 *      packed into rows by first fit;
 *   5. labels: each event's headline, cut to fit, above the marks in
 *      levels, joined to its mark by a vertical stem.  Events are taken
 *      left to right; each takes the highest level whose box is free and
 *      whose stem meets no lower box, trying the box right of the stem,
 *      then cut at the chart's edge, then left of the stem; an event with
 *      no such level keeps its mark and loses its label (counted in the
 *      source line).  Unused levels are dropped afterwards.  This keeps the
 *      two promises of layout.h: boxes never overlap and no stem crosses
 *      another event's box;
 *   6. the vertical stack: title, subtitle, legend, lanes, axis, source.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../date.h"
#include "../utf8.h"
#include "../evdata.h"
#include "layout.h"
#include "render.h"

/* ---- constants (px) ---------------------------------------------------------------- */

#define BREAK_W 26.0      /* room an axis break takes: two slanted strokes and air */
#define MIN_SEG_W 90.0    /* narrowest segment: room for one or two tick labels */
#define LANE_PAD 6.0      /* air above the labels and below the bars in a lane */
#define LABEL_GAP 8.0     /* between two boxes on one level */
#define LABEL_PAD 4.0     /* between a stem and its text */
#define LABEL_MIN_W 60.0  /* a label cut shorter than this says too little */
#define TAIL_W 28.0       /* fading tail of an open interval */
#define BAR_MIN_W 4.0     /* a short bar stays visible */
#define MAX_BAR_ROWS 8    /* more overlapping bars share the least-filled row */
#define MAX_BREAKS 4      /* more breaks would fragment the axis */
#define TICK_GAP 12.0     /* air between two tick labels */
#define TICK_MIN_SPACING 64.0 /* fewer, calmer ticks: about one per 2 cm on screen */
#define YEAR_SECS 31556952.0 /* mean Gregorian year */
#define MAX_TICKS 4000    /* ticks are chosen to fit; this bounds a bad case */

static const char *const plover_types[] = {
    "AGREE",   "CONSULT", "SUPPORT",  "CONCEDE", "COOPERATE", "AID",
    "RETREAT", "REQUEST", "ACCUSE",   "REJECT",  "THREATEN",  "PROTEST",
    "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER",
};
#define NPLOVER (sizeof plover_types / sizeof plover_types[0])

typedef struct lay {
  chart_layout *L;
  const chart_theme *th;
  const chart_measure *m;
  tempora_timeline *tl;
  tempora_error *err;
  int oom;
} lay;

/* ---- the approximate metric ---------------------------------------------------------- */

/* East Asian wide and fullwidth ranges (UAX #11, the blocks that matter
 * for news text: Hangul, CJK, kana, fullwidth forms). */
static int is_wide(uint32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

/* Advance widths in em, close to a humanist sans such as Noto Sans: the
 * layout dump is compared across machines, so it must not read fonts. */
double layout_measure_approx(void *ctx, const char *s, size_t len, double size, int bold) {
  (void)ctx;
  double em = 0;
  for (size_t i = 0; i < len;) {
    int k;
    uint32_t c = utf8_decode(s, len, i, &k);
    i += (size_t)k;
    if (c >= 0x300 && c <= 0x36F)
      continue; /* combining marks take no room */
    if (is_wide(c))
      em += 1.0;
    else if (c == ' ' || c == 'i' || c == 'l' || c == 'j' || c == 'I' || c == '.' ||
             c == ',' || c == '\'' || c == ':' || c == ';' || c == '!' || c == '|')
      em += 0.28;
    else if (c == 'm' || c == 'w' || c == 'M' || c == 'W')
      em += 0.85;
    else if (c >= 'A' && c <= 'Z')
      em += 0.66;
    else
      em += 0.55;
  }
  return em * size * (bold ? 1.05 : 1.0);
}

/* ---- small helpers ------------------------------------------------------------------------- */

static double measure(lay *ly, const char *s, double size, int bold) {
  return ly->m->width(ly->m->ctx, s, strlen(s), size, bold);
}

static void *lalloc(lay *ly, size_t n, size_t size) {
  if (n && size > ((size_t)-1) / 2 / n) {
    ly->oom = 1;
    return NULL;
  }
  void *p = arena_alloc(&ly->L->ar, n * size > 0 ? n * size : 1);
  if (!p)
    ly->oom = 1;
  return p;
}

static char *lstrdup(lay *ly, const char *s) {
  char *p = arena_strdup(&ly->L->ar, s);
  if (!p)
    ly->oom = 1;
  return p;
}

/* Room for one more element in a growable array (capacity doubles);
 * 0, or -1 with ly->oom set. */
static int grow(lay *ly, void **arr, size_t *cap, size_t n, size_t elsize) {
  if (n < *cap)
    return 0;
  size_t nc = *cap ? *cap * 2 : 64;
  void *p = nc < ((size_t)-1) / elsize ? realloc(*arr, nc * elsize) : NULL;
  if (!p) {
    ly->oom = 1;
    return -1;
  }
  *arr = p;
  *cap = nc;
  return 0;
}

/* Appends a text item; returns its index or -1. */
static int add_text(lay *ly, text_role role, double x, double y, double w, double size, int bold,
                    int muted, int event, const char *text) {
  chart_layout *L = ly->L;
  void *arr = L->texts;
  int rc = grow(ly, &arr, &L->captexts, L->ntexts, sizeof *L->texts);
  L->texts = arr;
  if (rc)
    return -1;
  chart_text *t = &L->texts[L->ntexts];
  t->role = role;
  t->x = x;
  t->y = y;
  t->w = w;
  t->h = LAYOUT_LINE(size);
  t->size = size;
  t->bold = bold;
  t->muted = muted;
  t->event = event;
  t->text = text;
  return (int)L->ntexts++;
}

static int add_tick(lay *ly, double x, int major, int text) {
  chart_layout *L = ly->L;
  void *arr = L->ticks;
  int rc = grow(ly, &arr, &L->capticks, L->nticks, sizeof *L->ticks);
  L->ticks = arr;
  if (rc)
    return -1;
  L->ticks[L->nticks].x = x;
  L->ticks[L->nticks].major = major;
  L->ticks[L->nticks].text = text;
  L->nticks++;
  return 0;
}

/* `s` cut to at most `maxw` px, ending in an ellipsis when cut, at a word
 * boundary when one is near.  NULL when not even an ellipsis fits. */
static const char *fit(lay *ly, const char *s, double size, int bold, double maxw, double *wout) {
  size_t full = strlen(s), n = 0;
  /* no character is narrower than a fifth of an em, so a longer text is
   * cut before it is measured: a megabyte headline costs no more than a
   * line (combining marks, which take no room, just cut it shorter) */
  size_t most = (size_t)(maxw / (size * 0.2)) + 8;
  for (size_t cps = 0; n < full && cps < most; cps++) {
    n++;
    while (n < full && ((unsigned char)s[n] & 0xC0) == 0x80)
      n++;
  }
  double w = ly->m->width(ly->m->ctx, s, n, size, bold);
  if (w <= maxw && n == full) {
    *wout = w;
    return s;
  }
  if (w <= maxw) /* cut by length only: give it its ellipsis below */
    w = maxw + 1;
  static const char ell[] = "\xE2\x80\xA6";
  double ew = measure(ly, ell, size, bold);
  if (maxw < ew || n == 0)
    return NULL;
  size_t k = (size_t)((double)n * (maxw - ew) / w);
  char *buf = malloc(n + sizeof ell);
  if (!buf) {
    ly->oom = 1;
    return NULL;
  }
  const char *res = NULL;
  /* each round cuts further; a handful of rounds always suffices because
   * the first estimate is proportional to the measured width */
  for (int round = 0; round < 16 && k > 0; round++) {
    if (k >= n)
      k = n - 1;
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
      k--;
    size_t cut = k;
    for (size_t j = k; j > 0 && j * 10 > k * 7; j--)
      if (s[j] == ' ') {
        cut = j;
        break;
      }
    while (cut > 0 && (s[cut - 1] == ' ' || s[cut - 1] == ',' || s[cut - 1] == ';' ||
                       s[cut - 1] == ':' || s[cut - 1] == '-'))
      cut--;
    if (cut == 0)
      break;
    memcpy(buf, s, cut);
    memcpy(buf + cut, ell, sizeof ell);
    double cw = ly->m->width(ly->m->ctx, buf, cut + sizeof ell - 1, size, bold);
    if (cw <= maxw) {
      *wout = cw;
      res = lstrdup(ly, buf);
      break;
    }
    k = cut * 17 / 20 < cut - 1 ? cut * 17 / 20 : cut - 1;
  }
  if (!res && !ly->oom) {
    *wout = ew;
    res = ell;
  }
  free(buf);
  return res;
}

/* floor(a / b) for b > 0 */
static int64_t fdiv(int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

/* ---- 1. events, styles, lanes -------------------------------------------------------------- */

static int type_rank(const char *t) {
  for (size_t i = 0; i < NPLOVER; i++)
    if (!strcmp(t, plover_types[i]))
      return (int)i;
  return (int)NPLOVER;
}

/* "ASSAULT" -> "Assault" */
static const char *type_display(lay *ly, const char *t) {
  char *s = lstrdup(ly, t);
  if (!s)
    return "";
  for (char *p = s + (*s ? 1 : 0); *p; p++)
    if (*p >= 'A' && *p <= 'Z')
      *p = (char)(*p - 'A' + 'a');
  return s;
}

static const tempora_actor *lead_actor(const tempora_event *ev) {
  for (size_t i = 0; i < ev->n_actors; i++)
    if (ev->actors[i].role == TEMPORA_ROLE_SOURCE)
      return &ev->actors[i];
  return ev->n_actors ? &ev->actors[0] : NULL;
}

/* The lane key of an event: organisation for IGO/NGO actors that name one,
 * else the country code, else the name as written. */
static const char *lane_key(const tempora_event *ev, int group_by) {
  if (group_by == TEMPORA_GROUP_NONE)
    return "";
  if (group_by == TEMPORA_GROUP_TYPE)
    return ev->type && *ev->type ? ev->type : "OTHER";
  const tempora_actor *a = lead_actor(ev);
  if (!a)
    return "";
  if (a->org && *a->org && (!a->code || !*a->code || !strcmp(a->code, "IGO") ||
                            !strcmp(a->code, "NGO")))
    return a->org;
  if (a->code && *a->code)
    return a->code;
  return a->name ? a->name : "";
}

typedef struct keycount {
  const char *key;
  int count;
  int rank;       /* type order for group-by type */
  int first;      /* first event, for a stable order */
} keycount;

static int cmp_keycount(const void *a, const void *b) {
  const keycount *x = a, *y = b;
  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  int c = strcmp(x->key, y->key);
  if (c)
    return c;
  return x->first - y->first;
}

/* Index of `key` in kc[0..n), linear: lanes are few once capped, and the
 * distinct keys of a timeline number in the hundreds at most. */
static int find_key(keycount *kc, int n, const char *key) {
  for (int i = n - 1; i >= 0; i--)
    if (!strcmp(kc[i].key, key))
      return i;
  return -1;
}

/* The lane's name: a country's display name ("South Korea"), else the
 * most frequent written name of its organisation or group among all the
 * actors of the chart, with the code. */
static const char *lane_name(lay *ly, const char *key, int group_by) {
  chart_layout *L = ly->L;
  if (group_by == TEMPORA_GROUP_TYPE)
    return type_display(ly, key);
  if (!*key)
    return "No actor";
  /* A country's lane carries its display name ("South Korea", from
   * iso-codes and data/countries.txt), whatever the articles called it:
   * the same name on every chart, never a capital or a leader. */
  const char *country = evdata_init() == 0 ? gz_country_display(key) : NULL;
  if (country)
    return country;
  const char *best = NULL;
  int bestn = 0;
  /* counting by scanning is quadratic in a lane's distinct names, which
   * are few; cap the scan so a pathological lane stays linear */
  const char *names[16];
  int counts[16], nn = 0;
  for (size_t i = 0; i < L->nevents; i++) {
    const tempora_event *ev = L->events[i].ev;
    for (size_t k = 0; k < ev->n_actors; k++) {
      const tempora_actor *a = &ev->actors[k];
      /* every mention of the lane's country or organisation counts */
      if (!a->name || !*a->name || !((a->code && !strcmp(a->code, key)) ||
                                     (a->org && !strcmp(a->org, key))))
        continue;
      int j;
      for (j = 0; j < nn; j++)
        if (!strcmp(names[j], a->name))
          break;
      if (j == nn) {
        if (nn == 16)
          continue;
        names[nn] = a->name;
        counts[nn++] = 0;
      }
      if (++counts[j] > bestn) {
        bestn = counts[j];
        best = names[j];
      }
    }
  }
  if (!best || !strcmp(best, key))
    return key;
  char buf[256];
  snprintf(buf, sizeof buf, "%s (%s)", best, key);
  return lstrdup(ly, buf);
}

static int collect_events(lay *ly, int group_by, int max_lanes) {
  chart_layout *L = ly->L;
  size_t n = tempora_timeline_event_count(ly->tl);
  L->events = lalloc(ly, n, sizeof *L->events);
  if (!L->events)
    return -1;
  for (size_t i = 0; i < n; i++) {
    const tempora_event *ev = tempora_timeline_event(ly->tl, i);
    if (!ev->when.interval.valid || ev->when.interval.end <= ev->when.interval.start) {
      L->undated++;
      continue;
    }
    chart_event *ce = &L->events[L->nevents++];
    ce->ev = ev;
    ce->label = -1;
    ce->mark = -1;
    fmt_when_short(&ev->when, ce->date, sizeof ce->date);
  }
  /* styles: the types present, PLOVER order, unknown types after by name */
  keycount *kc = calloc(L->nevents + 1, sizeof *kc);
  if (!kc)
    return -1;
  int nk = 0;
  for (size_t i = 0; i < L->nevents; i++) {
    const char *t = L->events[i].ev->type && *L->events[i].ev->type ? L->events[i].ev->type
                                                                     : "OTHER";
    if (find_key(kc, nk, t) < 0)
      kc[nk++] = (keycount){t, 0, type_rank(t), (int)i};
  }
  for (int i = 0; i < nk; i++)
    kc[i].count = 0; /* order by rank then name */
  qsort(kc, (size_t)nk, sizeof *kc, cmp_keycount);
  L->style_names = lalloc(ly, (size_t)nk + 1, sizeof *L->style_names);
  if (!L->style_names) {
    free(kc);
    return -1;
  }
  L->nstyles = (size_t)nk;
  for (int i = 0; i < nk; i++)
    L->style_names[i] = type_display(ly, kc[i].key);
  for (size_t i = 0; i < L->nevents; i++) {
    const char *t = L->events[i].ev->type && *L->events[i].ev->type ? L->events[i].ev->type
                                                                     : "OTHER";
    L->events[i].style = find_key(kc, nk, t);
  }
  /* lanes: events sorted by key, one lane per run */
  keycount *ek = malloc((L->nevents + 1) * sizeof *ek);
  if (!ek) {
    free(kc);
    return -1;
  }
  for (size_t i = 0; i < L->nevents; i++)
    ek[i] = (keycount){lane_key(L->events[i].ev, group_by), 0, 0, (int)i};
  qsort(ek, L->nevents, sizeof *ek, cmp_keycount);
  nk = 0;
  for (size_t i = 0; i < L->nevents; i++) {
    if (nk == 0 || strcmp(kc[nk - 1].key, ek[i].key)) {
      int rank = group_by == TEMPORA_GROUP_TYPE ? type_rank(ek[i].key) : 0;
      if (group_by == TEMPORA_GROUP_ACTOR && !*ek[i].key)
        rank = 1; /* events without an actor come last */
      kc[nk++] = (keycount){ek[i].key, 0, rank, ek[i].first};
    }
    kc[nk - 1].count++;
  }
  free(ek);
  qsort(kc, (size_t)nk, sizeof *kc, cmp_keycount);
  int nl = nk;
  int other = 0;
  if (nk > max_lanes) {
    nl = max_lanes;
    other = 1; /* the last lane gathers the rest */
  }
  L->lanes = lalloc(ly, (size_t)nl + 1, sizeof *L->lanes);
  if (!L->lanes) {
    free(kc);
    return -1;
  }
  L->nlanes = (size_t)nl;
  for (int i = 0; i < nl; i++) {
    L->lanes[i].key = kc[i].key;
    L->lanes[i].text = -1;
  }
  if (other)
    L->lanes[nl - 1].key = "\x01other";
  for (size_t i = 0; i < L->nevents; i++) {
    const char *k = lane_key(L->events[i].ev, group_by);
    int lane = nl - 1;
    for (int j = 0; j < nl - other; j++)
      if (!strcmp(kc[j].key, k)) {
        lane = j;
        break;
      }
    L->events[i].lane = lane;
    L->lanes[lane].count++;
  }
  free(kc);
  return 0;
}

/* ---- 2. segments and breaks ----------------------------------------------------------------- */

typedef struct span {
  int64_t a, b;
} span;

static int cmp_span(const void *x, const void *y) {
  const span *p = x, *q = y;
  if (p->a != q->a)
    return p->a < q->a ? -1 : 1;
  return (p->b > q->b) - (p->b < q->b);
}

static int cmp_gap_desc(const void *x, const void *y) {
  const span *p = x, *q = y;
  int64_t gp = p->b - p->a, gq = q->b - q->a;
  if (gp != gq)
    return gp > gq ? -1 : 1;
  return (p->a > q->a) - (p->a < q->a);
}

static int build_segments(lay *ly, double x0, double x1) {
  chart_layout *L = ly->L;
  size_t n = L->nevents;
  span *sp = malloc((n ? n : 1) * sizeof *sp);
  span *gaps = malloc((n ? n : 1) * sizeof *gaps);
  if (!sp || !gaps) {
    free(sp);
    free(gaps);
    return -1;
  }
  for (size_t i = 0; i < n; i++) {
    sp[i].a = L->events[i].ev->when.interval.start;
    sp[i].b = L->events[i].ev->when.interval.end;
  }
  if (n == 0) { /* an empty chart shows a day */
    sp[0].a = 0;
    sp[0].b = DAY_SECS;
    n = 1;
  }
  qsort(sp, n, sizeof *sp, cmp_span);
  /* clusters and the gaps between them */
  size_t nc = 0, ng = 0;
  int64_t ca = sp[0].a, cb = sp[0].b;
  for (size_t i = 1; i < n; i++) {
    if (sp[i].a <= cb) {
      if (sp[i].b > cb)
        cb = sp[i].b;
      continue;
    }
    gaps[ng].a = cb;
    gaps[ng++].b = sp[i].a;
    sp[nc].a = ca;
    sp[nc++].b = cb;
    ca = sp[i].a;
    cb = sp[i].b;
  }
  sp[nc].a = ca;
  sp[nc++].b = cb;
  int64_t lo = sp[0].a, hi = sp[nc - 1].b;
  /* choose breaks: largest gaps first */
  qsort(gaps, ng, sizeof *gaps, cmp_gap_desc);
  double rest = (double)(hi - lo);
  size_t nb = 0;
  for (size_t i = 0; i < ng && nb < MAX_BREAKS; i++) {
    double g = (double)(gaps[i].b - gaps[i].a);
    if (g < YEAR_SECS || g < 0.4 * rest)
      break;
    rest -= g;
    gaps[nb++] = gaps[i];
  }
  qsort(gaps, nb, sizeof *gaps, cmp_span);
  L->nsegs = nb + 1;
  L->segs = lalloc(ly, L->nsegs, sizeof *L->segs);
  L->breaks = lalloc(ly, nb + 1, sizeof *L->breaks);
  if (!L->segs || !L->breaks) {
    free(sp);
    free(gaps);
    return -1;
  }
  L->nbreaks = nb;
  for (size_t s = 0; s <= nb; s++) {
    int64_t a = s == 0 ? lo : gaps[s - 1].b;
    int64_t b = s == nb ? hi : gaps[s].a;
    /* pad each segment by 4% of its time, at least half an hour, so marks
     * at its ends do not sit on the edge */
    int64_t pad = (b - a) / 25;
    if (pad < 1800)
      pad = 1800;
    L->segs[s].t0 = a - pad;
    L->segs[s].t1 = b + pad;
  }
  free(sp);
  free(gaps);
  /* widths: proportional to time, at least MIN_SEG_W (two passes settle it) */
  double avail = (x1 - x0) - (double)nb * BREAK_W;
  double *w = malloc(L->nsegs * sizeof *w);
  int *fixed = calloc(L->nsegs, sizeof *fixed);
  if (!w || !fixed) {
    free(w);
    free(fixed);
    return -1;
  }
  double minw = avail / (double)L->nsegs < MIN_SEG_W ? avail / (double)L->nsegs : MIN_SEG_W;
  for (int pass = 0; pass < 3; pass++) {
    double free_w = avail, free_t = 0;
    for (size_t s = 0; s < L->nsegs; s++)
      if (fixed[s])
        free_w -= minw;
      else
        free_t += (double)(L->segs[s].t1 - L->segs[s].t0);
    for (size_t s = 0; s < L->nsegs; s++)
      w[s] = fixed[s] ? minw : free_w * (double)(L->segs[s].t1 - L->segs[s].t0) / free_t;
    int changed = 0;
    for (size_t s = 0; s < L->nsegs; s++)
      if (!fixed[s] && w[s] < minw) {
        fixed[s] = 1;
        changed = 1;
      }
    if (!changed)
      break;
  }
  double x = x0;
  for (size_t s = 0; s < L->nsegs; s++) {
    L->segs[s].x0 = x;
    L->segs[s].x1 = x + w[s];
    x += w[s];
    if (s < nb) {
      L->breaks[s] = x + BREAK_W / 2;
      x += BREAK_W;
    }
  }
  free(w);
  free(fixed);
  return 0;
}

double layout_x(const chart_layout *L, int64_t t) {
  for (size_t s = 0; s < L->nsegs; s++) {
    const chart_segment *g = &L->segs[s];
    if (t < g->t0)
      return s == 0 ? g->x0 : L->breaks[s - 1];
    if (t <= g->t1)
      return g->x0 + (g->x1 - g->x0) * (double)(t - g->t0) / (double)(g->t1 - g->t0);
  }
  return L->nsegs ? L->segs[L->nsegs - 1].x1 : 0;
}

/* ---- 3. ticks ----------------------------------------------------------------------------------- */

typedef enum { U_HOUR, U_DAY, U_MONTH, U_YEAR } tick_unit;

typedef struct step {
  tick_unit unit;
  int64_t n;
} step;

static double step_secs(step s) {
  switch (s.unit) {
  case U_HOUR: return 3600.0 * (double)s.n;
  case U_DAY: return 86400.0 * (double)s.n;
  case U_MONTH: return YEAR_SECS / 12 * (double)s.n;
  default: return YEAR_SECS * (double)s.n;
  }
}

/* The tick label of time t for step s ("06:00", "24", "Nov", "2026"). */
static void tick_text(step s, int64_t t, char *buf, size_t n) {
  int64_t y;
  int m, d, hh, mi, ss;
  tp_split(t, &y, &m, &d, &hh, &mi, &ss);
  switch (s.unit) {
  case U_HOUR: snprintf(buf, n, "%02d:00", hh); break;
  case U_DAY: snprintf(buf, n, "%d", d); break;
  case U_MONTH: snprintf(buf, n, "%s", month_name_short(m)); break;
  default: fmt_year(y, buf, n);
  }
}

/* The second-tier label of the period starting at t: the day under hours,
 * the month under days, the year under months. */
static void major_text(step s, int64_t t, char *buf, size_t n) {
  fmt_time_human(t, s.unit == U_HOUR ? TEMPORA_PREC_DAY
                    : s.unit == U_DAY ? TEMPORA_PREC_MONTH
                                      : TEMPORA_PREC_YEAR,
                 buf, n);
}

/* Is t (a tick of step s) the start of a second-tier period? */
static int is_major(step s, int64_t t) {
  int64_t y;
  int m, d, hh, mi, ss;
  tp_split(t, &y, &m, &d, &hh, &mi, &ss);
  if (s.unit == U_HOUR)
    return hh == 0;
  if (s.unit == U_DAY)
    return d == 1;
  if (s.unit == U_MONTH)
    return m == 1;
  return 0;
}

/* The first tick of step s at or after t, or the next one after t when
 * `after`. */
static int64_t tick_next(step s, int64_t t, int after) {
  int64_t y;
  int m, d, hh, mi, ss;
  if (s.unit == U_HOUR) {
    int64_t u = 3600 * s.n;
    int64_t k = fdiv(t, u);
    if (k * u < t || after)
      k++;
    return k * u;
  }
  tp_split(t, &y, &m, &d, &hh, &mi, &ss);
  int exact = hh == 0 && mi == 0 && ss == 0;
  if (s.unit == U_DAY) {
    int64_t day = tp_days(t) + (exact && !after ? 0 : 1);
    for (;;) { /* days 1, 1+n, 1+2n... of each month, none past 29 */
      int64_t yy;
      int mm, dd;
      date_civil(day, &yy, &mm, &dd);
      if ((dd - 1) % s.n == 0 && (s.n == 1 || dd <= 29 - (s.n > 2 ? 6 : 0)))
        return tp_from_days(day);
      day++;
    }
  }
  if (s.unit == U_MONTH) {
    int64_t mon = y * 12 + (m - 1); /* months since year 0 */
    if (!(exact && d == 1) || after)
      mon++;
    while ((mon % 12 + 12) % 12 % s.n)
      mon++;
    int64_t yy = fdiv(mon, 12);
    return tp_make(yy, (int)(mon - yy * 12) + 1, 1, 0, 0, 0);
  }
  int64_t yy = y;
  if (!(exact && d == 1 && m == 1) || after)
    yy++;
  /* round numbers as people write them: 100 BCE (astronomical -99) before
   * year 1, 100 after it; there is no year 0 to label */
  if (yy <= 0) {
    int64_t r = (((1 - yy) % s.n) + s.n) % s.n;
    if (yy + r <= 0)
      return tp_make(yy + r, 1, 1, 0, 0, 0);
    yy = 1;
  }
  int64_t r = ((yy % s.n) + s.n) % s.n;
  if (r)
    yy += s.n - r;
  return tp_make(yy, 1, 1, 0, 0, 0);
}

/* Period-style labels sit right of their tick (the tick starts the day,
 * month or year named); others are centred on it. */
static int period_label(step s) { return s.n == 1 && s.unit != U_HOUR; }

static step choose_step(lay *ly, const chart_segment *g) {
  static const step ladder[] = {
      {U_HOUR, 1}, {U_HOUR, 3}, {U_HOUR, 6}, {U_HOUR, 12}, {U_DAY, 1},   {U_DAY, 2},
      {U_DAY, 7},  {U_MONTH, 1}, {U_MONTH, 3}, {U_MONTH, 6}, {U_YEAR, 1},
  };
  double size = ly->th->tick_size;
  double span = (double)(g->t1 - g->t0), w = g->x1 - g->x0;
  char sample[48];
  int64_t y;
  int m, d, hh, mi, ss;
  tp_split(g->t1, &y, &m, &d, &hh, &mi, &ss);
  int64_t y0;
  tp_split(g->t0, &y0, &m, &d, &hh, &mi, &ss);
  for (size_t i = 0; i < sizeof ladder / sizeof ladder[0]; i++) {
    step s = ladder[i];
    const char *smp = s.unit == U_HOUR ? "00:00" : s.unit == U_DAY ? "30" : "Sep";
    if (s.unit == U_YEAR) {
      fmt_year(llabs(y) > llabs(y0) ? y : y0, sample, sizeof sample);
      smp = sample;
    }
    double need = measure(ly, smp, size, 0) + 2 * TICK_GAP;
    if (need < TICK_MIN_SPACING)
      need = TICK_MIN_SPACING;
    if (span / step_secs(s) * need <= w)
      return s;
  }
  /* years: 2, 5, 10, 20, 25, 50, 100, ... */
  fmt_year(llabs(y) > llabs(y0) ? y : y0, sample, sizeof sample);
  double need = measure(ly, sample, size, 0) + 2 * TICK_GAP;
  if (need < TICK_MIN_SPACING)
    need = TICK_MIN_SPACING;
  static const int mult[] = {2, 5, 10, 20, 25, 50};
  for (int64_t base = 1; base <= 100000000000LL; base *= 100)
    for (size_t i = 0; i < sizeof mult / sizeof mult[0]; i++) {
      step s = {U_YEAR, mult[i] * base};
      if (span / step_secs(s) * need <= w)
        return s;
    }
  return (step){U_YEAR, 1000000000000LL};
}

static int build_ticks(lay *ly, double label_y, double major_y) {
  chart_layout *L = ly->L;
  double size = ly->th->tick_size;
  double last_minor = -1e9, last_major = -1e9; /* right edges of kept labels */
  for (size_t si = 0; si < L->nsegs; si++) {
    const chart_segment *g = &L->segs[si];
    step s = choose_step(ly, g);
    char buf[64];
    int count = 0;
    /* second tier: the period the segment starts in, unless its own
     * boundary comes first */
    if (s.unit != U_YEAR) {
      int64_t first_major = g->t1 + 1;
      for (int64_t t = tick_next(s, g->t0, 0); t <= g->t1 && count < MAX_TICKS;
           t = tick_next(s, t, 1), count++)
        if (is_major(s, t)) {
          first_major = t;
          break;
        }
      major_text(s, g->t0, buf, sizeof buf);
      double w = measure(ly, buf, size, 1);
      double fx = first_major <= g->t1 ? layout_x(L, first_major) : g->x1 + TICK_GAP;
      if (first_major != g->t0 && g->x0 + 3 + w + TICK_GAP <= fx &&
          g->x0 + 3 >= last_major + TICK_GAP) {
        const char *txt = lstrdup(ly, buf);
        if (!txt || add_text(ly, TXT_TICK_MAJOR, g->x0 + 3, major_y, w, size, 1, 0, -1, txt) < 0)
          return -1;
        last_major = g->x0 + 3 + w;
      }
    }
    /* the period the segment starts in, when its first tick is far enough
     * in to leave room (after a break this says where time resumes) */
    int64_t first = tick_next(s, g->t0, 0);
    if (s.unit != U_HOUR && first > g->t0) {
      step unit1 = {s.unit, 1};
      tick_text(unit1, g->t0, buf, sizeof buf);
      double w = measure(ly, buf, size, 0);
      double fw = 0;
      char fb[64];
      if (first <= g->t1 && !period_label(s)) {
        tick_text(s, first, fb, sizeof fb);
        fw = measure(ly, fb, size, 0) / 2;
      }
      double fx = first <= g->t1 ? layout_x(L, first) - fw : g->x1;
      if (g->x0 + 3 + w + TICK_GAP <= fx && g->x0 + 3 >= last_minor + TICK_GAP) {
        const char *txt = lstrdup(ly, buf);
        if (!txt || add_text(ly, TXT_TICK, g->x0 + 3, label_y, w, size, 0, 1, -1, txt) < 0)
          return -1;
        last_minor = g->x0 + 3 + w;
      }
    }
    count = 0;
    for (int64_t t = first; t <= g->t1 && count < MAX_TICKS;
         t = tick_next(s, t, 1), count++) {
      double x = layout_x(L, t);
      int major = is_major(s, t);
      tick_text(s, t, buf, sizeof buf);
      double w = measure(ly, buf, size, 0);
      double lx = period_label(s) ? x + 3 : x - w / 2;
      int ti = -1;
      /* a label that would run past its segment's end (into a break or the
       * next segment's labels) or over the previous one is left out */
      if (lx >= last_minor + TICK_GAP && lx + w <= g->x1 + (si + 1 == L->nsegs ? 8 : 0) &&
          lx >= g->x0 - 2) {
        const char *txt = lstrdup(ly, buf);
        if (!txt)
          return -1;
        ti = add_text(ly, TXT_TICK, lx, label_y, w, size, 0, 1, -1, txt);
        if (ti < 0)
          return -1;
        last_minor = lx + w;
      }
      if (add_tick(ly, x, major, ti))
        return -1;
      if (major) {
        major_text(s, t, buf, sizeof buf);
        double mw = measure(ly, buf, size, 1);
        if (x + 3 >= last_major + TICK_GAP && x + 3 + mw <= L->width - ly->th->margin) {
          const char *txt = lstrdup(ly, buf);
          if (!txt)
            return -1;
          if (add_text(ly, TXT_TICK_MAJOR, x + 3, major_y, mw, size, 1, 0, -1, txt) < 0)
            return -1;
          last_major = x + 3 + mw;
        }
      }
    }
  }
  return 0;
}

/* ---- 4. marks -------------------------------------------------------------------------------------- */

/* A day or less is a point; anything longer (a month, "the past 18
 * months", a war from day to day) is a bar. */
static int is_point(const tempora_when *w) {
  return w->precision == TEMPORA_PREC_REPORTED || w->interval.end - w->interval.start <= DAY_SECS;
}

static int build_marks(lay *ly) {
  chart_layout *L = ly->L;
  const chart_theme *th = ly->th;
  L->marks = lalloc(ly, L->nevents + 1, sizeof *L->marks);
  if (!L->marks)
    return -1;
  for (size_t i = 0; i < L->nevents; i++) {
    chart_event *ce = &L->events[i];
    const tempora_when *w = &ce->ev->when;
    chart_mark *mk = &L->marks[L->nmarks];
    memset(mk, 0, sizeof *mk);
    mk->event = (int)i;
    mk->lane = ce->lane;
    mk->style = ce->style;
    unsigned f = w->interval.flags;
    if (f & TEMPORA_IV_APPROX)
      mk->flags |= MARK_APPROX;
    if (ce->ev->status == TEMPORA_STATUS_PLANNED || ce->ev->status == TEMPORA_STATUS_HYPOTHETICAL)
      mk->flags |= MARK_HOLLOW;
    if (is_point(w)) {
      mk->kind = MARK_POINT;
      int64_t mid = w->interval.start + (w->interval.end - w->interval.start) / 2;
      mk->x0 = mk->x1 = mk->s0 = mk->s1 = layout_x(L, mid);
      mk->h = th->mark_size;
      L->lanes[ce->lane].has_points = 1;
    } else {
      mk->kind = MARK_BAR;
      double a = layout_x(L, w->interval.start), b = layout_x(L, w->interval.end);
      if (b - a < BAR_MIN_W) {
        double c = (a + b) / 2;
        a = c - BAR_MIN_W / 2;
        b = c + BAR_MIN_W / 2;
      }
      mk->s0 = a;
      mk->s1 = b;
      if (f & TEMPORA_IV_APPROX) { /* fade a quarter of each end, at most 16 px */
        double fade = (b - a) / 4 < 16 ? (b - a) / 4 : 16;
        mk->s0 = a + fade;
        mk->s1 = b - fade;
      }
      if (f & TEMPORA_IV_OPEN_START) {
        mk->flags |= MARK_OPEN_START;
        a = a - TAIL_W < L->plot_x0 ? L->plot_x0 : a - TAIL_W;
      }
      if (f & TEMPORA_IV_OPEN_END) {
        mk->flags |= MARK_OPEN_END;
        b = b + TAIL_W > L->plot_x1 ? L->plot_x1 : b + TAIL_W;
      }
      mk->x0 = a;
      mk->x1 = b;
      mk->h = th->bar_height;
    }
    ce->mark = (int)L->nmarks++;
  }
  return 0;
}

/* ---- 5. labels ----------------------------------------------------------------------------------- */

/* An event's label text: its headline cleaned and cut to `cap` px. */
static const char *label_text(lay *ly, const chart_event *ce, double cap, double *w) {
  const char *h = ce->ev->headline && *ce->ev->headline ? ce->ev->headline : ce->ev->type;
  if (!h)
    h = "";
  char *clean = text_clean(&ly->L->ar, h, strlen(h));
  if (!clean) {
    ly->oom = 1;
    return NULL;
  }
  return *clean ? fit(ly, clean, ly->th->label_size, 0, cap, w) : NULL;
}

static chart_label *new_label(lay *ly, int event, int text, double stem_x, int level, int flipped,
                              int has_stem) {
  chart_layout *L = ly->L;
  chart_label *lb = &L->labels[L->nlabels];
  lb->event = event;
  lb->text = text;
  lb->stem_x = stem_x;
  lb->level = level;
  lb->flipped = flipped;
  lb->has_stem = has_stem;
  L->events[event].label = (int)L->nlabels++;
  return lb;
}

/* The label width a lane can give each event: the room its levels offer,
 * shared among its events, within [2.5 * LABEL_MIN_W, label-max-width]:
 * below 150 px a label says too little to be worth its place. */
static double lane_cap(const lay *ly, int count, int levels) {
  double cap = ly->th->label_max_width;
  if (count > 0) {
    double share = (ly->L->plot_x1 - ly->L->plot_x0) * levels / count * 0.9;
    if (share < cap)
      cap = share < LABEL_MIN_W * 2.5 ? LABEL_MIN_W * 2.5 : share;
  }
  return cap;
}

static int cmp_mark_x(const void *a, const void *b) {
  const chart_mark *p = *(const chart_mark *const *)a, *q = *(const chart_mark *const *)b;
  if (p->x0 != q->x0)
    return p->x0 < q->x0 ? -1 : 1;
  return p->event - q->event;
}

/* Bars of each lane packed into rows by first fit, each with its label
 * on the line above it, starting at the bar (moved left to stay inside
 * the chart).  A row holds a bar and its label only where neither meets
 * another's; past max_rows, bars share the row that ends first and
 * keep their label only where it is free. */
static int build_bar_rows(lay *ly, int max_rows) {
  chart_layout *L = ly->L;
  double right_lim = L->width - ly->th->margin;
  chart_mark **bars = malloc((L->nmarks + 1) * sizeof *bars);
  if (!bars)
    return -1;
  for (size_t ln = 0; ln < L->nlanes && !ly->oom; ln++) {
    size_t nb = 0;
    for (size_t i = 0; i < L->nmarks; i++)
      if (L->marks[i].lane == (int)ln && L->marks[i].kind == MARK_BAR)
        bars[nb++] = &L->marks[i];
    qsort(bars, nb, sizeof *bars, cmp_mark_x);
    double cap = lane_cap(ly, (int)nb, max_rows);
    double row_end[MAX_BAR_ROWS], label_end[MAX_BAR_ROWS];
    int nrows = 0;
    for (size_t i = 0; i < nb && !ly->oom; i++) {
      chart_mark *mk = bars[i];
      double w = 0;
      const char *t = label_text(ly, &L->events[mk->event], cap, &w);
      double lx = mk->s0 < L->plot_x0 ? L->plot_x0 : mk->s0;
      if (t && lx + w > right_lim) {
        lx = right_lim - w < L->plot_x0 ? L->plot_x0 : right_lim - w;
        if (lx + w > right_lim)
          t = fit(ly, t, ly->th->label_size, 0, right_lim - lx, &w);
      }
      double el = t && lx < mk->x0 ? lx : mk->x0, er = t && lx + w > mk->x1 ? lx + w : mk->x1;
      int r;
      for (r = 0; r < nrows; r++)
        if (row_end[r] + LABEL_GAP <= el)
          break;
      if (r == nrows && nrows < max_rows) {
        row_end[nrows] = label_end[nrows] = -1e18;
        nrows++;
      } else if (r == nrows) { /* every row is taken: the one that ends first */
        r = 0;
        for (int k = 1; k < nrows; k++)
          if (row_end[k] < row_end[r])
            r = k;
        if (t && label_end[r] + LABEL_GAP > lx)
          t = NULL, er = mk->x1;
      }
      mk->y = r; /* the row for now; made absolute in place_lanes */
      if (er > row_end[r])
        row_end[r] = er;
      if (t) {
        int ti = add_text(ly, TXT_LABEL, lx, r, w, ly->th->label_size, 0, 0, mk->event, t);
        if (ti < 0)
          break;
        new_label(ly, mk->event, ti, lx, r, 0, 0);
        label_end[r] = lx + w;
      } else
        L->hidden++;
    }
    L->lanes[ln].nrows = nrows;
  }
  free(bars);
  return ly->oom ? -1 : 0;
}

/* A point label placed in a lane: its box from stem side to far side. */
typedef struct plabel {
  double l, r, stem;
  int level;
} plabel;

#define EPS 0.01

/* May a box [bl, br] at `level` with its stem at sx join the placed ones? */
static int box_free(const plabel *P, size_t np, int level, double bl, double br, double sx) {
  for (size_t i = 0; i < np; i++) {
    const plabel *p = &P[i];
    if (p->level == level) {
      if (bl < p->r + LABEL_GAP && br + LABEL_GAP > p->l)
        return 0; /* the boxes meet */
    } else if (p->level < level) {
      if (p->l < sx - EPS && p->r > sx + EPS)
        return 0; /* our stem rises through its box */
    } else if (p->stem > bl + EPS && p->stem < br - EPS)
      return 0; /* its stem rises through our box */
  }
  return 1;
}

/* The width free at `level` from stem sx to the right (dir 1) or left
 * (dir -1), up to `lim`; negative when the stem itself is blocked. */
static double room_at(const plabel *P, size_t np, int level, double sx, int dir, double lim) {
  double room = dir > 0 ? lim - sx : sx - lim;
  for (size_t i = 0; i < np; i++) {
    const plabel *p = &P[i];
    if (p->level < level) {
      if (p->l < sx - EPS && p->r > sx + EPS)
        return -1;
      continue;
    }
    /* the near edge of the obstacle on our side */
    double near, far;
    if (p->level == level) {
      near = dir > 0 ? p->l - LABEL_GAP : p->r + LABEL_GAP;
      far = dir > 0 ? p->r + LABEL_GAP : p->l - LABEL_GAP;
      if (dir > 0 ? (near <= sx && far > sx) : (near >= sx && far < sx))
        return -1; /* a box at this level covers the stem */
    } else
      near = p->stem;
    double d = dir > 0 ? near - sx : sx - near;
    if (d > EPS && d < room)
      room = d;
  }
  return room;
}

typedef struct cand {
  int event;
  double ax;        /* stem x */
  const char *text; /* cut to the lane's label width */
  double w;         /* its width */
  int left;         /* does not fit right of the stem: taken from the right edge inward */
} cand;

/* Right-edge labels first, right to left; then the rest, left to right:
 * two staircases that meet in the middle. */
static int cmp_cand(const void *a, const void *b) {
  const cand *p = a, *q = b;
  if (p->left != q->left)
    return p->left ? -1 : 1;
  if (p->ax != q->ax)
    return (p->ax < q->ax) == !p->left ? -1 : 1;
  return p->event - q->event;
}

/* Places the point labels of one lane (levels relative; made absolute
 * in place_lanes). */
static int place_point_labels(lay *ly, int lane, int maxlev, cand *cs, size_t nc) {
  chart_layout *L = ly->L;
  double size = ly->th->label_size;
  double right_lim = L->width - ly->th->margin, left_lim = L->plot_x0;
  plabel *P = malloc((nc + 1) * sizeof *P);
  int *used = calloc((size_t)maxlev, sizeof *used);
  size_t np = 0, first = L->nlabels;
  if (!P || !used) {
    free(P);
    free(used);
    return -1;
  }
  qsort(cs, nc, sizeof *cs, cmp_cand);
  for (size_t i = 0; i < nc && !ly->oom; i++) {
    cand *c = &cs[i];
    double ax = c->ax, box = LABEL_PAD + c->w;
    int level = -1, flipped = 0;
    const char *text = c->text;
    double w = c->w;
    /* the whole label, on its side first, highest level first */
    for (int side = 0; side < 2 && level < 0; side++) {
      int left = side == 0 ? c->left : !c->left;
      double bl = left ? ax - box : ax, br = left ? ax : ax + box;
      if (bl < left_lim || br > right_lim)
        continue;
      for (int l = maxlev - 1; l >= 0; l--)
        if (box_free(P, np, l, bl, br, ax)) {
          level = l;
          flipped = left;
          break;
        }
    }
    if (level < 0) { /* else cut to the widest free room */
      double best = LABEL_MIN_W + LABEL_PAD;
      for (int l = maxlev - 1; l >= 0; l--)
        for (int left = 0; left < 2; left++) {
          double room = room_at(P, np, l, ax, left ? -1 : 1, left ? left_lim : right_lim);
          if (room > best + EPS) {
            best = room;
            level = l;
            flipped = left;
          }
        }
      if (level >= 0) {
        text = fit(ly, c->text, size, 0, best - LABEL_PAD, &w);
        if (!text)
          level = -1;
      }
    }
    if (level < 0) {
      L->hidden++;
      continue;
    }
    double tx = flipped ? ax - LABEL_PAD - w : ax + LABEL_PAD;
    int ti = add_text(ly, TXT_LABEL, tx, level, w, size, 0, 0, c->event, text);
    if (ti < 0)
      break;
    new_label(ly, c->event, ti, ax, level, flipped, 1);
    P[np].l = flipped ? tx : ax;
    P[np].r = flipped ? ax : tx + w;
    P[np].stem = ax;
    P[np++].level = level;
    used[level] = 1;
  }
  /* drop unused levels: removing an empty level changes no crossing */
  int nl = 0;
  for (int l = 0; l < maxlev; l++)
    used[l] = used[l] ? nl++ : -1;
  for (size_t k = first; k < L->nlabels; k++)
    L->labels[k].level = used[L->labels[k].level];
  L->lanes[lane].nlevels = nl;
  free(P);
  free(used);
  return ly->oom ? -1 : 0;
}

static int build_point_labels(lay *ly, int maxlev) {
  chart_layout *L = ly->L;
  cand *cs = malloc((L->nevents + 1) * sizeof *cs);
  if (!cs)
    return -1;
  double right_lim = L->width - ly->th->margin;
  for (size_t ln = 0; ln < L->nlanes; ln++) {
    int npts = 0;
    for (size_t i = 0; i < L->nmarks; i++)
      npts += L->marks[i].lane == (int)ln && L->marks[i].kind == MARK_POINT;
    double cap = lane_cap(ly, npts, maxlev);
    size_t nc = 0;
    for (size_t i = 0; i < L->nevents; i++) {
      chart_event *ce = &L->events[i];
      const chart_mark *mk = &L->marks[ce->mark];
      if (ce->lane != (int)ln || mk->kind != MARK_POINT)
        continue;
      double w = 0;
      const char *t = label_text(ly, ce, cap, &w);
      if (ly->oom) {
        free(cs);
        return -1;
      }
      if (!t) {
        L->hidden++;
        continue;
      }
      cs[nc].event = (int)i;
      cs[nc].ax = mk->x0;
      cs[nc].text = t;
      cs[nc].w = w;
      cs[nc++].left = mk->x0 + LABEL_PAD + w > right_lim;
    }
    if (place_point_labels(ly, (int)ln, maxlev, cs, nc)) {
      free(cs);
      return -1;
    }
  }
  free(cs);
  return 0;
}

/* ---- 6. the vertical stack ------------------------------------------------------------------------ */

static double level_h(const chart_theme *th) { return LAYOUT_LINE(th->label_size) + 3; }
static double point_row_h(const chart_theme *th) { return th->mark_size + 6; }
/* a bar row: its label line, then the bar */
static double bar_row_h(const chart_theme *th) {
  return LAYOUT_LINE(th->label_size) + 1 + th->bar_height + 4;
}

/* Height of a lane's marks (point row and bar rows). */
static double lane_marks_h(const chart_layout *L, const chart_theme *th, int lane) {
  const chart_lane *ln = &L->lanes[lane];
  return (ln->has_points ? point_row_h(th) : 0) + ln->nrows * bar_row_h(th);
}

static double lane_height(const chart_layout *L, const chart_theme *th, int lane, int levels) {
  return LANE_PAD * 2 + (levels ? levels * level_h(th) + 4 : 0) + lane_marks_h(L, th, lane);
}

static void place_lanes(lay *ly, double y, double extra) {
  chart_layout *L = ly->L;
  const chart_theme *th = ly->th;
  double lh = level_h(th), line = LAYOUT_LINE(th->label_size);
  L->plot_y0 = y;
  for (size_t ln = 0; ln < L->nlanes; ln++) {
    chart_lane *lane = &L->lanes[ln];
    lane->y = y;
    lane->h = lane_height(L, th, (int)ln, lane->nlevels) + extra;
    lane->marks_y = y + lane->h - LANE_PAD - lane_marks_h(L, th, (int)ln);
    y += lane->h;
  }
  L->plot_y1 = y;
  for (size_t i = 0; i < L->nmarks; i++) {
    chart_mark *mk = &L->marks[i];
    const chart_lane *lane = &L->lanes[mk->lane];
    double prow = lane->has_points ? point_row_h(th) : 0;
    if (mk->kind == MARK_POINT)
      mk->y = lane->marks_y + prow / 2;
    else
      mk->y = lane->marks_y + prow + mk->y * bar_row_h(th) + line + 1 + th->bar_height / 2;
  }
  for (size_t i = 0; i < L->nlabels; i++) {
    chart_label *lb = &L->labels[i];
    const chart_mark *mk = &L->marks[L->events[lb->event].mark];
    const chart_lane *lane = &L->lanes[mk->lane];
    chart_text *t = &L->texts[lb->text];
    if (lb->has_stem) {
      t->y = lane->marks_y - 4 - (lb->level + 1) * lh + (lh - t->h) / 2;
      lb->stem_y0 = t->y + t->h;
      lb->stem_y1 = mk->y - mk->h / 2;
    } else { /* a bar's label: the line above its bar */
      t->y = mk->y - th->bar_height / 2 - 1 - line;
      lb->stem_y0 = lb->stem_y1 = t->y + t->h;
    }
  }
}

/* ---- titles, legend, source line ---------------------------------------------------------- */

static const char *default_title(lay *ly) {
  const tempora_options *o = &ly->tl->opts;
  if (o->title && *o->title)
    return o->title;
  size_t nd = tempora_timeline_document_count(ly->tl);
  if (nd == 1) {
    const tempora_document *d = tempora_timeline_document(ly->tl, 0);
    if (d->title && *d->title)
      return d->title;
  }
  return "Timeline";
}

static const char *subtitle(lay *ly) {
  chart_layout *L = ly->L;
  char buf[512], a[64] = "", b[64] = "";
  int64_t lo = 0, hi = 0;
  for (size_t i = 0; i < L->nevents; i++) {
    const tempora_interval *iv = &L->events[i].ev->when.interval;
    if (i == 0 || iv->start < lo)
      lo = iv->start;
    if (i == 0 || iv->end > hi)
      hi = iv->end;
  }
  if (L->nevents) {
    fmt_time_human(lo, TEMPORA_PREC_DAY, a, sizeof a);
    fmt_time_human(hi - 1, TEMPORA_PREC_DAY, b, sizeof b);
  }
  size_t nd = tempora_timeline_document_count(ly->tl);
  static const char *const by[] = {"lanes by actor", "lanes by event type", "one lane"};
  int g = ly->tl->opts.group_by;
  if (g < 0 || g > 2)
    g = 0;
  int n = snprintf(buf, sizeof buf, "%zu event%s", L->nevents, L->nevents == 1 ? "" : "s");
  if (L->nevents && strcmp(a, b))
    n += snprintf(buf + n, sizeof buf - (size_t)n, ", %s \xE2\x80\x93 %s", a, b);
  else if (L->nevents)
    n += snprintf(buf + n, sizeof buf - (size_t)n, ", %s", a);
  n += snprintf(buf + n, sizeof buf - (size_t)n, " \xC2\xB7 %zu article%s \xC2\xB7 %s", nd,
                nd == 1 ? "" : "s", by[g]);
  return lstrdup(ly, buf);
}

static const char *source_line(lay *ly) {
  chart_layout *L = ly->L;
  tbuf b = TBUF_INIT;
  size_t nd = tempora_timeline_document_count(ly->tl);
  int any = 0;
  for (size_t i = 0; i < nd && b.len < 600; i++) {
    const tempora_document *d = tempora_timeline_document(ly->tl, i);
    const char *s = d->source && *d->source ? d->source : NULL;
    if (!s)
      continue;
    int dup = 0; /* the same source named once */
    for (size_t j = 0; j < i && !dup; j++) {
      const tempora_document *e = tempora_timeline_document(ly->tl, j);
      dup = e->source && !strcmp(e->source, s);
    }
    if (dup)
      continue;
    tbuf_puts(&b, any ? "; " : "Source: ");
    tbuf_puts(&b, s);
    any = 1;
  }
  if (!any)
    tbuf_printf(&b, "Source: %zu article%s", nd, nd == 1 ? "" : "s");
  if (L->hidden)
    tbuf_printf(&b, " \xC2\xB7 %zu of %zu labels shown", L->nevents - L->hidden, L->nevents);
  if (L->undated)
    tbuf_printf(&b, " \xC2\xB7 %zu undated event%s not shown", L->undated,
                L->undated == 1 ? "" : "s");
  tbuf_puts(&b, " \xC2\xB7 tempora " TEMPORA_VERSION_STRING);
  char *s = b.oom ? NULL : text_clean(&L->ar, b.ptr, b.len);
  tbuf_free(&b);
  if (!s)
    ly->oom = 1;
  return s;
}

/* Legend entries in rows from the left; returns the height used. */
static double build_legend(lay *ly, double y, unsigned flags_seen) {
  chart_layout *L = ly->L;
  const chart_theme *th = ly->th;
  double size = th->legend_size, lh = LAYOUT_LINE(size);
  size_t n = L->nstyles + 3;
  L->legend = lalloc(ly, n, sizeof *L->legend);
  if (!L->legend)
    return 0;
  double x = th->margin, x_end = L->width - th->margin, y0 = y;
  for (size_t i = 0; i < n; i++) {
    int style;
    const char *name;
    double sw = th->mark_size + 2; /* swatch width */
    if (i < L->nstyles) {
      style = (int)i;
      name = L->style_names[i];
    } else if (i == L->nstyles) {
      if (!(flags_seen & MARK_APPROX))
        continue;
      style = -1, name = "approximate", sw = 26;
    } else if (i == L->nstyles + 1) {
      if (!(flags_seen & (MARK_OPEN_START | MARK_OPEN_END)))
        continue;
      style = -2, name = "open-ended", sw = 26;
    } else {
      if (!(flags_seen & MARK_HOLLOW))
        continue;
      style = -3, name = "planned", sw = th->mark_size + 2;
    }
    double tw;
    const char *t = fit(ly, name, size, 0, x_end - th->margin - sw - 6, &tw);
    if (!t)
      continue;
    double ew = sw + 6 + tw;
    if (x > th->margin && x + ew > x_end) {
      x = th->margin;
      y += lh + 4;
    }
    chart_legend *lg = &L->legend[L->nlegend++];
    lg->style = style;
    lg->x = x;
    lg->w = sw;
    lg->h = lh;
    lg->y = y;
    lg->text = add_text(ly, TXT_LEGEND, x + sw + 6, y, tw, size, 0, 0, -1, t);
    x += ew + 18;
  }
  return L->nlegend ? y - y0 + lh : 0;
}

/* ---- the whole -------------------------------------------------------------------------------------- */

static const char *summary(lay *ly) {
  chart_layout *L = ly->L;
  tbuf b = TBUF_INIT;
  tbuf_printf(&b, "Timeline chart of %zu event%s", L->nevents, L->nevents == 1 ? "" : "s");
  if (L->nlanes > 1 || (L->nlanes == 1 && L->lanes[0].text >= 0)) {
    tbuf_printf(&b, " in %zu lane%s:", L->nlanes, L->nlanes == 1 ? "" : "s");
    for (size_t i = 0; i < L->nlanes; i++)
      tbuf_printf(&b, "%s %s (%d)", i ? "," : "",
                  L->lanes[i].text >= 0 ? L->texts[L->lanes[i].text].text : "",
                  L->lanes[i].count);
  }
  tbuf_puts(&b, ".");
  /* the first events, in time order, so the description says what happened */
  size_t shown = 0;
  for (size_t i = 0; i < L->nevents && shown < 12; i++, shown++) {
    const tempora_event *ev = L->events[i].ev;
    tbuf_printf(&b, " %s: %s.", L->events[i].date, ev->headline ? ev->headline : "");
  }
  if (L->nevents > shown)
    tbuf_printf(&b, " And %zu more.", L->nevents - shown);
  char *s = b.oom ? NULL : text_clean(&L->ar, b.ptr, b.len);
  tbuf_free(&b);
  if (!s)
    ly->oom = 1;
  return s;
}

int layout_build(tempora_timeline *tl, const chart_theme *th, const chart_measure *m,
                 unsigned flags, chart_layout **out, tempora_error *err) {
  *out = NULL;
  chart_layout *L = calloc(1, sizeof *L);
  if (!L)
    return set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  lay ly = {L, th, m, tl, err, 0};
  const tempora_options *o = &tl->opts;
  L->group_by = o->group_by;
  /* the CLI allows up to 100000; a chart narrower than 320 px cannot hold
   * an axis and a lane name, and wider than 20000 px no viewer shows */
  L->width = o->width > 0 ? o->width : th->width;
  if (L->width < 320)
    L->width = 320;
  if (L->width > 20000)
    L->width = 20000;
  int max_lanes = o->group_by == TEMPORA_GROUP_NONE ? 1 : th->max_lanes;
  if (collect_events(&ly, o->group_by, max_lanes))
    goto oom;

  /* lane names and the gutter they need */
  double gutter = 0;
  /* one lane of events without actors needs no name */
  int named = o->group_by != TEMPORA_GROUP_NONE && !(L->nlanes == 1 && !*L->lanes[0].key);
  for (size_t i = 0; i < L->nlanes && named; i++) {
    const char *name = !strcmp(L->lanes[i].key, "\x01other") ? "Other"
                                                             : lane_name(&ly, L->lanes[i].key,
                                                                         o->group_by);
    char *clean = name ? text_clean(&L->ar, name, strlen(name)) : NULL;
    if (!clean)
      goto oom;
    double w;
    const char *t = fit(&ly, clean, th->lane_size, 1, th->lane_name_max_width, &w);
    if (ly.oom)
      goto oom;
    if (!t)
      continue;
    L->lanes[i].text = add_text(&ly, TXT_LANE, th->margin, 0, w, th->lane_size, 1, 0, -1, t);
    if (L->lanes[i].text < 0)
      goto oom;
    if (w + 16 > gutter)
      gutter = w + 16;
  }
  L->plot_x0 = th->margin + gutter;
  L->plot_x1 = L->width - th->margin;
  if (L->plot_x1 - L->plot_x0 < 120) /* a very narrow chart keeps 120 px of axis */
    L->plot_x0 = L->plot_x1 - 120;

  L->labels = lalloc(&ly, L->nevents + 1, sizeof *L->labels);
  if (!L->labels || build_segments(&ly, L->plot_x0, L->plot_x1) || build_marks(&ly))
    goto oom;

  /* the vertical stack above the lanes */
  double y = th->margin;
  char *title = text_clean(&L->ar, default_title(&ly), strlen(default_title(&ly)));
  const char *sub = subtitle(&ly);
  if (!title || !sub)
    goto oom;
  L->title = title;
  L->subtitle = sub;
  double w;
  if (!(flags & LAYOUT_NO_HEADING)) {
    const char *t = fit(&ly, title, th->title_size, 1, L->width - 2 * th->margin, &w);
    if (t && add_text(&ly, TXT_TITLE, th->margin, y, w, th->title_size, 1, 0, -1, t) < 0)
      goto oom;
    y += LAYOUT_LINE(th->title_size);
    t = fit(&ly, sub, th->subtitle_size, 0, L->width - 2 * th->margin, &w);
    if (t && add_text(&ly, TXT_SUBTITLE, th->margin, y, w, th->subtitle_size, 0, 1, -1, t) < 0)
      goto oom;
    y += LAYOUT_LINE(th->subtitle_size) + 8;
  }
  unsigned seen = 0;
  for (size_t i = 0; i < L->nmarks; i++)
    seen |= L->marks[i].flags;
  double lg = build_legend(&ly, y, seen);
  if (ly.oom)
    goto oom;
  y += lg + (lg > 0 ? 10 : 0);

  /* below the lanes: the axis labels (two tiers) and the source line */
  double below = 8 + 2 * LAYOUT_LINE(th->tick_size) + 2 + 12 + LAYOUT_LINE(th->source_size);
  /* The height budget: --height, or in automatic mode 1.6 times the width
   * (at least 900 px), so a big timeline gives a chart one can take in at
   * a glance rather than a scroll; bar rows get up to 45% of the lanes'
   * room, label levels what is left. */
  double budget = o->height > 0 ? o->height : (L->width * 1.6 < 900 ? 900 : L->width * 1.6);
  double room = budget - (y + below + th->margin);
  int max_rows = MAX_BAR_ROWS, maxlev = th->max_levels;
  if (L->nlanes) {
    int r = (int)(room * 0.45 / ((double)L->nlanes * bar_row_h(th)));
    max_rows = r < 1 ? 1 : r < MAX_BAR_ROWS ? r : MAX_BAR_ROWS;
  }
  if (build_bar_rows(&ly, max_rows))
    goto oom;
  if (L->nlanes) {
    double fixed_h = 0;
    for (size_t ln = 0; ln < L->nlanes; ln++)
      fixed_h += lane_height(L, th, (int)ln, 0) + 4;
    int fit_lev = (int)((room - fixed_h) / ((double)L->nlanes * level_h(th)));
    maxlev = fit_lev < 1 ? 1 : fit_lev < maxlev ? fit_lev : maxlev;
  }
  if (build_point_labels(&ly, maxlev))
    goto oom;
  double extra = 0;
  if (o->height > 0 && L->nlanes) {
    double need = y + below + th->margin;
    for (size_t ln = 0; ln < L->nlanes; ln++)
      need += lane_height(L, th, (int)ln, L->lanes[ln].nlevels);
    if (o->height > need)
      extra = (o->height - need) / (double)L->nlanes;
  }
  if (L->nlanes == 0) { /* nothing dated: a note instead of lanes */
    L->plot_y0 = y;
    const char *note = "No dated events to show.";
    double nw = measure(&ly, note, th->label_size, 0);
    if (add_text(&ly, TXT_NOTE, L->plot_x0 + 8, y + 12, nw, th->label_size, 0, 1, -1, note) < 0)
      goto oom;
    L->plot_y1 = y + 12 + LAYOUT_LINE(th->label_size) + 12;
  } else
    place_lanes(&ly, y, extra);
  for (size_t ln = 0; ln < L->nlanes; ln++)
    if (L->lanes[ln].text >= 0) { /* lane names centred on their marks */
      chart_text *lt = &L->texts[L->lanes[ln].text];
      double top = L->lanes[ln].y + LANE_PAD, bot = L->lanes[ln].y + L->lanes[ln].h - LANE_PAD;
      double c = L->lanes[ln].marks_y;
      lt->y = c - lt->h / 2 < top ? top : c - lt->h / 2;
      if (lt->y + lt->h > bot)
        lt->y = bot - lt->h;
    }
  L->axis_y = L->plot_y1;
  y = L->plot_y1 + 8;
  if (build_ticks(&ly, y, y + LAYOUT_LINE(th->tick_size) + 2))
    goto oom;
  y += 2 * LAYOUT_LINE(th->tick_size) + 2 + 12;
  const char *src = source_line(&ly);
  if (!src)
    goto oom;
  const char *t = fit(&ly, src, th->source_size, 0, L->width - 2 * th->margin, &w);
  if (t && add_text(&ly, TXT_SOURCE, th->margin, y, w, th->source_size, 0, 1, -1, t) < 0)
    goto oom;
  y += LAYOUT_LINE(th->source_size) + th->margin;
  L->height = o->height > 0 && o->height > y ? o->height : y;
  if (o->height > 0 && o->height > y) { /* the source line stays at the bottom */
    for (size_t i = 0; i < L->ntexts; i++)
      if (L->texts[i].role == TXT_SOURCE)
        L->texts[i].y += o->height - y;
  }
  L->summary = summary(&ly);
  if (ly.oom || !L->summary)
    goto oom;
  *out = L;
  return 0;
oom:
  layout_free(L);
  return set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
}

void layout_free(chart_layout *L) {
  if (!L)
    return;
  free(L->texts);
  free(L->ticks);
  arena_free(&L->ar);
  free(L);
}

/* ---- the dump ------------------------------------------------------------------------------------- */

static void dump_str(tbuf *b, const char *s) {
  tbuf_putc(b, '"');
  for (; *s; s++) {
    if (*s == '"' || *s == '\\')
      tbuf_putc(b, '\\');
    tbuf_putc(b, *s);
  }
  tbuf_putc(b, '"');
}

static const char *const role_names[] = {"title", "subtitle", "lane",   "tick",  "major",
                                         "label", "legend",   "source", "note"};

static void dump_flags(tbuf *b, unsigned f) {
  static const char *const names[] = {"approx", "open_start", "open_end", "hollow"};
  int any = 0;
  for (int i = 0; i < 4; i++)
    if (f & (1u << i)) {
      tbuf_printf(b, "%s%s", any ? "," : " flags=", names[i]);
      any = 1;
    }
}

void layout_dump(const chart_layout *L, const chart_theme *th, tbuf *b) {
  char t0[64], t1[64];
  tbuf_puts(b, "# tempora chart layout 1: one item per line, x y w h in px\n");
  tbuf_printf(b, "chart %.1f %.1f theme=%s events=%zu undated=%zu labels=%zu hidden=%zu\n",
              L->width, L->height, th->name, L->nevents, L->undated, L->nlabels, L->hidden);
  tbuf_printf(b, "plot %.1f %.1f %.1f %.1f\n", L->plot_x0, L->plot_y0, L->plot_x1, L->plot_y1);
  for (size_t i = 0; i < L->nsegs; i++) {
    tempora_format_time(L->segs[i].t0, TEMPORA_PREC_SECOND, t0, sizeof t0);
    tempora_format_time(L->segs[i].t1, TEMPORA_PREC_SECOND, t1, sizeof t1);
    tbuf_printf(b, "segment %s %s %.1f %.1f\n", t0, t1, L->segs[i].x0, L->segs[i].x1);
  }
  for (size_t i = 0; i < L->nbreaks; i++)
    tbuf_printf(b, "break %.1f\n", L->breaks[i]);
  for (size_t i = 0; i < L->nstyles; i++) {
    tbuf_printf(b, "style %zu %s ", i,
                theme_shape_name(th->shapes[i % (size_t)th->nshapes]));
    dump_str(b, L->style_names[i]);
    tbuf_putc(b, '\n');
  }
  for (size_t i = 0; i < L->nlegend; i++)
    tbuf_printf(b, "legend %d %.1f %.1f %.1f %.1f\n", L->legend[i].style, L->legend[i].x,
                L->legend[i].y, L->legend[i].w, L->legend[i].h);
  for (size_t i = 0; i < L->nlanes; i++) {
    const chart_lane *ln = &L->lanes[i];
    tbuf_printf(b, "lane %zu %.1f %.1f marks=%.1f levels=%d rows=%d events=%d ", i, ln->y, ln->h,
                ln->marks_y, ln->nlevels, ln->nrows, ln->count);
    dump_str(b, ln->key[0] == '\x01' ? "Other" : ln->key);
    tbuf_putc(b, '\n');
  }
  for (size_t i = 0; i < L->nticks; i++)
    tbuf_printf(b, "tick %.1f%s\n", L->ticks[i].x, L->ticks[i].major ? " major" : "");
  for (size_t i = 0; i < L->nmarks; i++) {
    const chart_mark *mk = &L->marks[i];
    const chart_event *ce = &L->events[mk->event];
    tbuf_printf(b, "mark %s %s lane=%d style=%d %.1f %.1f solid=%.1f..%.1f y=%.1f h=%.1f",
                ce->ev->id, mk->kind == MARK_POINT ? "point" : "bar", mk->lane, mk->style, mk->x0,
                mk->x1, mk->s0, mk->s1, mk->y, mk->h);
    dump_flags(b, mk->flags);
    tbuf_puts(b, " when=");
    dump_str(b, ce->date);
    tbuf_putc(b, '\n');
  }
  for (size_t i = 0; i < L->nlabels; i++) {
    const chart_label *lb = &L->labels[i];
    const chart_text *t = &L->texts[lb->text];
    tbuf_printf(b, "label %s %.1f %.1f %.1f %.1f", L->events[lb->event].ev->id, t->x, t->y, t->w,
                t->h);
    if (lb->has_stem)
      tbuf_printf(b, " stem=%.1f,%.1f,%.1f level=%d%s ", lb->stem_x, lb->stem_y0, lb->stem_y1,
                  lb->level, lb->flipped ? " left" : "");
    else
      tbuf_printf(b, " row=%d ", lb->level);
    dump_str(b, t->text);
    tbuf_putc(b, '\n');
  }
  for (size_t i = 0; i < L->ntexts; i++) {
    const chart_text *t = &L->texts[i];
    if (t->role == TXT_LABEL)
      continue;
    tbuf_printf(b, "text %s %.1f %.1f %.1f %.1f size=%.1f%s ", role_names[t->role], t->x, t->y,
                t->w, t->h, t->size, t->bold ? " bold" : "");
    dump_str(b, t->text);
    tbuf_putc(b, '\n');
  }
}

/* -f layout: the dump with the approximate metric. */
int render_layout(tempora_timeline *tl, tbuf *out, tempora_error *err) {
  chart_theme th;
  int rc = theme_load(tl->opts.theme, &th, err);
  if (rc)
    return rc;
  chart_measure m = {layout_measure_approx, NULL};
  chart_layout *L;
  rc = layout_build(tl, &th, &m, 0, &L, err);
  if (rc)
    return rc;
  layout_dump(L, &th, out);
  layout_free(L);
  return out->oom ? set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory") : 0;
}
