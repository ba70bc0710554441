/*
 * common.c — helpers the renderers share: interval bounds, EDTF, dates in
 * English words (for calendar descriptions and TimelineJS display dates),
 * locale-free coordinates, and by-id indexes of documents and events.  Nothing here reads the
 * clock or the locale.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../date.h"
#include "../utf8.h"
#include "render.h"

void fmt_bound(int64_t t, tempora_precision p, char *buf, size_t n) {
  tempora_format_time(t, p, buf, n);
}

/* EDTF sub-year codes: seasons 21-24, quarters 33-36, halves 40-41. */
void fmt_edtf(const tempora_when *w, char *buf, size_t n) {
  buf[0] = '\0';
  const tempora_interval *iv = &w->interval;
  if (!iv->valid)
    return;
  int64_t y;
  int m, d, hh, mi, ss;
  tp_split(iv->start, &y, &m, &d, &hh, &mi, &ss);
  char ys[24];
  if (y >= 0 && y <= 9999)
    snprintf(ys, sizeof ys, "%04lld", (long long)y);
  else
    snprintf(ys, sizeof ys, y < 0 ? "-%04lld" : "Y%lld", (long long)(y < 0 ? -y : y));
  const char *approx = (iv->flags & TEMPORA_IV_APPROX) ? "~" : "";
  char a[64], b[64];
  switch (w->precision) {
  case TEMPORA_PREC_YEAR:
    snprintf(a, sizeof a, "%s%s", ys, approx);
    break;
  case TEMPORA_PREC_MONTH:
    snprintf(a, sizeof a, "%s-%02d%s", ys, m, approx);
    break;
  case TEMPORA_PREC_DECADE:
    snprintf(a, sizeof a, "%.*sX%s", (int)strlen(ys) - 1, ys, approx);
    break;
  case TEMPORA_PREC_CENTURY:
    snprintf(a, sizeof a, "%.*sXX%s", (int)strlen(ys) - 2, ys, approx);
    break;
  case TEMPORA_PREC_SEASON:
    snprintf(a, sizeof a, "%s-%d%s", ys, 21 + (m == 12 ? 3 : (m - 3) / 3), approx);
    break;
  case TEMPORA_PREC_QUARTER:
    snprintf(a, sizeof a, "%s-%d%s", ys, 33 + (m - 1) / 3, approx);
    break;
  case TEMPORA_PREC_HALF:
    snprintf(a, sizeof a, "%s-%d%s", ys, 40 + (m > 6), approx);
    break;
  case TEMPORA_PREC_DAY:
  case TEMPORA_PREC_REPORTED:
    snprintf(a, sizeof a, "%s-%02d-%02d%s", ys, m, d, approx);
    break;
  default:
    a[0] = '\0';
  }
  /* A single period unless the interval is longer than its precision
   * (anchored durations) or open. */
  int64_t dy;
  int dm, dd;
  date_civil(tp_days(iv->end - 1), &dy, &dm, &dd);
  /* A year or month that does not start on the calendar's (a US federal
   * fiscal year) is written as its days. */
  if ((w->precision == TEMPORA_PREC_YEAR && (m != 1 || d != 1)) ||
      (w->precision == TEMPORA_PREC_MONTH && d != 1))
    a[0] = '\0';
  int one_period = a[0] && !(iv->flags & (TEMPORA_IV_OPEN_START | TEMPORA_IV_OPEN_END));
  if (one_period && strncmp(w->value ? w->value : "", "P", 1)) {
    snprintf(buf, n, "%s", a);
    return;
  }
  char s1[64];
  snprintf(s1, sizeof s1, "%s-%02d-%02d", ys, m, d);
  if (a[0] && w->precision >= TEMPORA_PREC_MONTH && (!w->value || w->value[0] != 'P'))
    snprintf(s1, sizeof s1, "%s", a);
  if (iv->flags & TEMPORA_IV_OPEN_START)
    snprintf(s1, sizeof s1, "..");
  if (iv->flags & TEMPORA_IV_OPEN_END)
    snprintf(b, sizeof b, "..");
  else if (dy >= 0 && dy <= 9999)
    snprintf(b, sizeof b, "%04lld-%02d-%02d", (long long)dy, dm, dd);
  else
    snprintf(b, sizeof b, dy < 0 ? "-%04lld-%02d-%02d" : "Y%lld-%02d-%02d",
             (long long)(dy < 0 ? -dy : dy), dm, dd);
  snprintf(buf, n, "%s/%s", s1, b);
}

/* ---- titles, text, coordinates --------------------------------------------------- */

const char *render_title(const tempora_timeline *tl) {
  if (tl->opts.title && *tl->opts.title)
    return tl->opts.title;
  if (tl->ndocs == 1 && tl->docs[0].pub.title && *tl->docs[0].pub.title)
    return tl->docs[0].pub.title;
  return NULL;
}

void fmt_coord(double v, char *buf, size_t n) {
  /* Micro-degrees (about 11 cm): more digits than any gazetteer holds. */
  long long x = llround(v * 1e6);
  unsigned long long a = x < 0 ? (unsigned long long)-x : (unsigned long long)x;
  snprintf(buf, n, "%s%llu.%06llu", x < 0 ? "-" : "", a / 1000000, a % 1000000);
}

/* ---- dates in words ------------------------------------------------------------------ */

static const char *const month_name[12] = {"January", "February", "March",     "April",
                                           "May",     "June",     "July",      "August",
                                           "September", "October", "November", "December"};
static const char *const month_abbr[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

const char *month_name_short(int m) { return m >= 1 && m <= 12 ? month_abbr[m - 1] : "?"; }

/* How a time is put in words: for prose (calendar descriptions, TimelineJS
 * display dates) or for tight spaces (chart labels, report table). */
typedef struct when_style {
  const char *const *months; /* month names */
  const char *about;         /* prefix of approximate times */
  const char *to;            /* between the ends of a range */
  int notes;                 /* add "(start unknown)", "(ongoing)", "(date of the report)" */
} when_style;

static const when_style style_long = {month_name, "about ", " to ", 1};
static const when_style style_short = {month_abbr, "c. ", " \xE2\x80\x93 ", 0};

resolution prec_resolution(tempora_precision p) {
  switch (p) {
  case TEMPORA_PREC_SECOND:
  case TEMPORA_PREC_MINUTE:
  case TEMPORA_PREC_HOUR:
  case TEMPORA_PREC_PART_OF_DAY:
    return RES_TIME;
  case TEMPORA_PREC_MONTH:
  case TEMPORA_PREC_QUARTER:
  case TEMPORA_PREC_SEASON:
  case TEMPORA_PREC_HALF:
    return RES_MONTH;
  case TEMPORA_PREC_YEAR:
  case TEMPORA_PREC_DECADE:
  case TEMPORA_PREC_CENTURY:
  case TEMPORA_PREC_MILLENNIUM:
    return RES_YEAR;
  default:
    return RES_DAY;
  }
}

static void point_words(const when_style *st, int64_t t, resolution r, char *b, size_t n) {
  int64_t y;
  int m, d, hh, mi, ss;
  tp_split(t, &y, &m, &d, &hh, &mi, &ss);
  char ys[32];
  fmt_year(y, ys, sizeof ys);
  switch (r) {
  case RES_YEAR:
    snprintf(b, n, "%s", ys);
    break;
  case RES_MONTH:
    snprintf(b, n, "%s %s", st->months[m - 1], ys);
    break;
  case RES_DAY:
    snprintf(b, n, "%d %s %s", d, st->months[m - 1], ys);
    break;
  case RES_TIME:
    if (ss)
      snprintf(b, n, "%d %s %s, %02d:%02d:%02d", d, st->months[m - 1], ys, hh, mi, ss);
    else
      snprintf(b, n, "%d %s %s, %02d:%02d", d, st->months[m - 1], ys, hh, mi);
    break;
  }
}

/* The end of the one period of precision `p` that begins at `start`, or
 * `start` itself for parts of the day (which have no fixed length). */
static int64_t period_end(int64_t start, tempora_precision p) {
  int64_t y;
  int m, d, hh, mi, ss;
  tp_split(start, &y, &m, &d, &hh, &mi, &ss);
  int64_t months = 0;
  switch (p) {
  case TEMPORA_PREC_SECOND:
    return start + 1;
  case TEMPORA_PREC_MINUTE:
    return start + 60;
  case TEMPORA_PREC_HOUR:
    return start + 3600;
  case TEMPORA_PREC_DAY:
  case TEMPORA_PREC_REPORTED:
    return start + DAY_SECS;
  case TEMPORA_PREC_WEEK:
    return start + 7 * (int64_t)DAY_SECS;
  case TEMPORA_PREC_MONTH:
    months = 1;
    break;
  case TEMPORA_PREC_QUARTER:
  case TEMPORA_PREC_SEASON:
    months = 3;
    break;
  case TEMPORA_PREC_HALF:
    months = 6;
    break;
  case TEMPORA_PREC_YEAR:
    months = 12;
    break;
  case TEMPORA_PREC_DECADE:
    months = 120;
    break;
  case TEMPORA_PREC_CENTURY:
    months = 1200;
    break;
  case TEMPORA_PREC_MILLENNIUM:
    months = 12000;
    break;
  default:
    return start;
  }
  date_add_months(&y, &m, &d, months);
  return tp_make(y, m, d, hh, mi, ss);
}

/* Names one whole period of precision `p` starting at `t`; 0 when the
 * precision has no name of its own (then the caller writes a range). */
static int period_words(const when_style *st, int64_t t, tempora_precision p, char *b, size_t n) {
  int64_t y;
  int m, d, hh, mi, ss;
  tp_split(t, &y, &m, &d, &hh, &mi, &ss);
  char ys[32], day[64];
  fmt_year(y, ys, sizeof ys);
  switch (p) {
  case TEMPORA_PREC_SECOND:
  case TEMPORA_PREC_MINUTE:
  case TEMPORA_PREC_HOUR: /* a clock time: "24 November 2026, 09:00" */
    point_words(st, t, RES_TIME, b, n);
    return 1;
  case TEMPORA_PREC_DAY:
    point_words(st, t, RES_DAY, b, n);
    return 1;
  case TEMPORA_PREC_REPORTED:
    point_words(st, t, RES_DAY, day, sizeof day);
    snprintf(b, n, st->notes ? "%s (date of the report)" : "%s", day);
    return 1;
  case TEMPORA_PREC_WEEK:
    point_words(st, t, RES_DAY, day, sizeof day);
    snprintf(b, n, "the week of %s", day);
    return 1;
  case TEMPORA_PREC_MONTH:
    point_words(st, t, RES_MONTH, b, n);
    return 1;
  case TEMPORA_PREC_QUARTER:
    snprintf(b, n, "Q%d %s", (m - 1) / 3 + 1, ys);
    return 1;
  case TEMPORA_PREC_SEASON:
    if (m == 12) /* winter straddles two years: "winter 2024/25" */
      snprintf(b, n, "winter %s/%02lld", ys, (long long)((y + 1) % 100 + 100) % 100);
    else
      snprintf(b, n, "%s %s", m == 3 ? "spring" : m == 6 ? "summer" : "autumn", ys);
    return 1;
  case TEMPORA_PREC_HALF:
    snprintf(b, n, "%s half of %s", m <= 6 ? "first" : "second", ys);
    return 1;
  case TEMPORA_PREC_YEAR:
    snprintf(b, n, "%s", ys);
    return 1;
  case TEMPORA_PREC_DECADE:
  case TEMPORA_PREC_CENTURY:
    if (y < 1)
      return 0;
    snprintf(b, n, "the %ss", ys);
    return 1;
  default:
    return 0;
  }
}

/* Whether time point `t` lies on a boundary of resolution `r`. */
static int aligned(int64_t t, resolution r) {
  int64_t y;
  int m, d, hh, mi, ss;
  tp_split(t, &y, &m, &d, &hh, &mi, &ss);
  if (r == RES_TIME)
    return 1;
  if (hh || mi || ss)
    return 0;
  return r == RES_DAY || (d == 1 && (r == RES_MONTH || m == 1));
}

/* The interval in words, without the open/approximate qualifiers. */
static void interval_words(const when_style *st, const tempora_when *w, char *b, size_t n) {
  const tempora_interval *iv = &w->interval;
  tempora_precision p = w->precision;
  int anchored = w->value && w->value[0] == 'P';
  if (!anchored && iv->end == period_end(iv->start, p) && period_words(st, iv->start, p, b, n))
    return;
  resolution r = prec_resolution(p);
  /* Bounds finer than the precision ("the past 18 months" starts on a
   * given day) are shown at the finer unit. */
  while (r != RES_TIME && (!aligned(iv->start, r) || !aligned(iv->end, r)))
    r = r == RES_DAY ? RES_TIME : r - 1;
  char a[96], z[96];
  point_words(st, iv->start, r, a, sizeof a);
  point_words(st, r == RES_TIME ? iv->end : iv->end - 1, r, z, sizeof z);
  if (iv->end <= iv->start || !strcmp(a, z)) {
    snprintf(b, n, "%s", a);
    return;
  }
  int64_t d1 = tp_days(iv->start), d2 = tp_days(iv->end);
  if (r == RES_TIME && d1 == d2) { /* same day: "18 November 2026, 18:00-22:00" */
    const char *hm = strrchr(z, ',');
    snprintf(b, n, "%s%s%s", a, st->to, hm ? hm + 2 : z);
    return;
  }
  snprintf(b, n, "%s%s%s", a, st->to, z);
}

static void when_words(const when_style *st, const tempora_when *w, char *buf, size_t n) {
  buf[0] = '\0';
  const tempora_interval *iv = &w->interval;
  if (!iv->valid)
    return;
  const char *about = (iv->flags & TEMPORA_IV_APPROX) ? st->about : "";
  char x[256];
  if ((iv->flags & TEMPORA_IV_OPEN_START) && !(iv->flags & TEMPORA_IV_OPEN_END)) {
    resolution r = prec_resolution(w->precision);
    if (r == RES_TIME)
      point_words(st, iv->end, RES_TIME, x, sizeof x);
    else
      point_words(st, iv->end - 1, aligned(iv->end, r) ? r : RES_DAY, x, sizeof x);
    snprintf(buf, n, "until %s%s%s", about, x, st->notes ? " (start unknown)" : "");
    return;
  }
  if (iv->flags & TEMPORA_IV_OPEN_END) {
    resolution r = prec_resolution(w->precision);
    if (!aligned(iv->start, r))
      r = RES_DAY;
    point_words(st, iv->start, r, x, sizeof x);
    snprintf(buf, n, "%s%s%s%s", (iv->flags & TEMPORA_IV_OPEN_START) ? "around " : "since ",
             about, x, st->notes ? " (ongoing)" : "");
    return;
  }
  interval_words(st, w, x, sizeof x);
  snprintf(buf, n, "%s%s", about, x);
}

void fmt_when_human(const tempora_when *w, char *buf, size_t n) { when_words(&style_long, w, buf, n); }

void fmt_when_short(const tempora_when *w, char *buf, size_t n) { when_words(&style_short, w, buf, n); }


/* ---- repeated event ids ---------------------------------------------------------------- */

static const char *ev_id(const tempora_event *ev) { return ev->id ? ev->id : ""; }

static int cmp_str_ptr(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int id_index_build(id_index *ix, const tempora_timeline *tl) {
  ix->n = tl->nev;
  ix->v = malloc((tl->nev ? tl->nev : 1) * sizeof *ix->v);
  if (!ix->v)
    return -1;
  for (size_t i = 0; i < tl->nev; i++)
    ix->v[i] = ev_id(&tl->events[i]);
  if (ix->n)
    qsort(ix->v, ix->n, sizeof *ix->v, cmp_str_ptr);
  return 0;
}

int id_index_repeat(const id_index *ix, const tempora_timeline *tl, size_t i) {
  const char *id = ev_id(&tl->events[i]);
  size_t lo = 0, hi = ix->n;
  while (lo < hi) { /* first position whose id is >= `id` */
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(ix->v[mid], id) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (!(lo + 1 < ix->n && !strcmp(ix->v[lo + 1], id)))
    return 0; /* the usual case: the id is unique */
  int k = 0;
  for (size_t j = 0; j < i; j++)
    k += !strcmp(ev_id(&tl->events[j]), id);
  return k;
}

void id_index_free(id_index *ix) {
  free(ix->v);
  ix->v = NULL;
  ix->n = 0;
}

/* The length of the longest prefix of `s` of at most `max` bytes that
 * ends on a UTF-8 character boundary. */
int utf8_prefix(const char *s, int max) {
  int n = 0;
  while (n <= max && s[n])
    n++;
  if (n <= max)
    return n;
  n = max;
  while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
    n--;
  return n;
}
