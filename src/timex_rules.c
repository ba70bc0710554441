/*
 * timex_rules.c — the temporal rules: pattern strings (syntax in
 * timex_int.h) and the normalizers that turn a match into a TIMEX3 value.
 *
 * Conventions follow TimeML as the TempEval-3 gold applies them: extents
 * exclude prepositions and range signals ("since"), include determiners
 * and modifiers ("the past 18 months", "late 2025"); "last year" is a DATE
 * (2025) while "the past year" is a DURATION (P1Y) anchored at the DCT;
 * "N units ago" is a DATE at the unit's granularity.
 *
 * Direction of underspecified dates ("Friday", "June", "Nov. 24") comes
 * from the clause's tense: past -> the latest such date not after the
 * anchor, future -> the earliest not before it, unknown -> the nearest.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "date.h"
#include "timex_int.h"

/* ---- value writers -------------------------------------------------------------- */

static void fmt_year(char *b, size_t n, int64_t y) {
  if (y >= 0 && y <= 9999)
    snprintf(b, n, "%04lld", (long long)y);
  else if (y < 0 && y > -9999)
    snprintf(b, n, "BC%04lld", (long long)(1 - y)); /* TimeML BCE: astronomical -43 = BC0044 */
  else
    snprintf(b, n, "%lld", (long long)y);
}

static void val_year(timex_out *o, int64_t y) { fmt_year(o->value, sizeof o->value, y); }

static void val_month(timex_out *o, int64_t y, int m) {
  char ys[24];
  fmt_year(ys, sizeof ys, y);
  snprintf(o->value, sizeof o->value, "%s-%02d", ys, m);
}

static void val_day(timex_out *o, int64_t y, int m, int d) {
  char ys[24];
  fmt_year(ys, sizeof ys, y);
  snprintf(o->value, sizeof o->value, "%s-%02d-%02d", ys, m, d);
}

static void val_days(timex_out *o, int64_t days) {
  int64_t y;
  int m, d;
  date_civil(days, &y, &m, &d);
  val_day(o, y, m, d);
}

static void val_week(timex_out *o, int64_t days) {
  int64_t wy;
  int wn;
  date_iso_week(days, &wy, &wn);
  char ys[24];
  fmt_year(ys, sizeof ys, wy);
  snprintf(o->value, sizeof o->value, "%s-W%02d", ys, wn);
}

static void fmt_num(char *b, size_t n, double v) {
  if (v < 0)
    snprintf(b, n, "X");
  else if (fabs(v - floor(v)) < 1e-9)
    snprintf(b, n, "%.0f", v);
  else
    snprintf(b, n, "%g", v);
}

/* Duration value for n units ("P18M", "PT2H", "P10Y" for a decade). */
static void val_duration(timex_out *o, double n, int unit) {
  char num[32];
  double k = n;
  const char *pre = "P", *code = "D";
  switch (unit) {
  case UNIT_SECOND: pre = "PT"; code = "S"; break;
  case UNIT_MINUTE: pre = "PT"; code = "M"; break;
  case UNIT_HOUR: pre = "PT"; code = "H"; break;
  case UNIT_DAY: code = "D"; break;
  case UNIT_WEEKEND: k = n < 0 ? n : n * 2; code = "D"; break;
  case UNIT_WEEK: code = "W"; break;
  case UNIT_FORTNIGHT: k = n < 0 ? n : n * 2; code = "W"; break;
  case UNIT_MONTH: code = "M"; break;
  case UNIT_QUARTER: k = n < 0 ? n : n * 3; code = "M"; break;
  case UNIT_YEAR: code = "Y"; break;
  case UNIT_DECADE: if (n < 0) code = "DE"; else { k = n * 10; code = "Y"; } break;
  case UNIT_CENTURY: if (n < 0) code = "CE"; else { k = n * 100; code = "Y"; } break;
  case UNIT_MILLENNIUM: if (n < 0) code = "ML"; else { k = n * 1000; code = "Y"; } break;
  }
  fmt_num(num, sizeof num, k);
  snprintf(o->value, sizeof o->value, "%s%s%s", pre, num, code);
}

static tempora_precision unit_precision(int unit) {
  switch (unit) {
  case UNIT_SECOND: return TEMPORA_PREC_SECOND;
  case UNIT_MINUTE: return TEMPORA_PREC_MINUTE;
  case UNIT_HOUR: return TEMPORA_PREC_HOUR;
  case UNIT_DAY: case UNIT_WEEKEND: return TEMPORA_PREC_DAY;
  case UNIT_WEEK: case UNIT_FORTNIGHT: return TEMPORA_PREC_WEEK;
  case UNIT_MONTH: return TEMPORA_PREC_MONTH;
  case UNIT_QUARTER: return TEMPORA_PREC_QUARTER;
  case UNIT_YEAR: return TEMPORA_PREC_YEAR;
  case UNIT_DECADE: return TEMPORA_PREC_DECADE;
  case UNIT_CENTURY: return TEMPORA_PREC_CENTURY;
  default: return TEMPORA_PREC_MILLENNIUM;
  }
}

/* Moves a time point by n units (calendar-aware for months and up). */
static int64_t shift(int64_t tp, int unit, int64_t n) {
  int64_t y;
  int m, d, hh, mm, ss;
  switch (unit) {
  case UNIT_SECOND: return tp + n;
  case UNIT_MINUTE: return tp + n * 60;
  case UNIT_HOUR: return tp + n * 3600;
  case UNIT_DAY: return tp + n * DAY_SECS;
  case UNIT_WEEKEND: case UNIT_WEEK: return tp + n * 7 * DAY_SECS;
  case UNIT_FORTNIGHT: return tp + n * 14 * DAY_SECS;
  default: break;
  }
  int64_t months = unit == UNIT_MONTH ? n : unit == UNIT_QUARTER ? 3 * n
                 : unit == UNIT_YEAR ? 12 * n : unit == UNIT_DECADE ? 120 * n
                 : unit == UNIT_CENTURY ? 1200 * n : 12000 * n;
  tp_split(tp, &y, &m, &d, &hh, &mm, &ss);
  date_add_months(&y, &m, &d, months);
  return tp_make(y, m, d, hh, mm, ss);
}

/* Writes the DATE/TIME value of the unit-sized period containing tp. */
static void val_period(timex_out *o, int64_t tp, int unit) {
  int64_t y;
  int m, d, hh, mm, ss;
  tp_split(tp, &y, &m, &d, &hh, &mm, &ss);
  char ys[24];
  fmt_year(ys, sizeof ys, y);
  switch (unit) {
  case UNIT_SECOND: case UNIT_MINUTE:
    o->type = TEMPORA_TIMEX_TIME;
    snprintf(o->value, sizeof o->value, "%s-%02d-%02dT%02d:%02d", ys, m, d, hh, mm);
    break;
  case UNIT_HOUR:
    o->type = TEMPORA_TIMEX_TIME;
    snprintf(o->value, sizeof o->value, "%s-%02d-%02dT%02d", ys, m, d, hh);
    break;
  case UNIT_DAY: val_day(o, y, m, d); break;
  case UNIT_WEEKEND: {
    int64_t wy;
    int wn;
    date_iso_week(tp_days(tp), &wy, &wn);
    fmt_year(ys, sizeof ys, wy);
    snprintf(o->value, sizeof o->value, "%s-W%02d-WE", ys, wn);
    break;
  }
  case UNIT_WEEK: case UNIT_FORTNIGHT: val_week(o, tp_days(tp)); break;
  case UNIT_MONTH: val_month(o, y, m); break;
  case UNIT_QUARTER: snprintf(o->value, sizeof o->value, "%s-Q%d", ys, (m - 1) / 3 + 1); break;
  case UNIT_YEAR: val_year(o, y); break;
  case UNIT_DECADE: snprintf(o->value, sizeof o->value, "%lld", (long long)(y / 10)); break;
  case UNIT_CENTURY: snprintf(o->value, sizeof o->value, "%02lld", (long long)(y / 100)); break;
  default: snprintf(o->value, sizeof o->value, "%lld", (long long)(y / 1000)); break;
  }
}

static int anchor_ymd(const tstate *st, int64_t *y, int *m, int *d) {
  int64_t tp;
  int hh, mm, ss;
  if (!anchor_point(st, &tp))
    return 0;
  tp_split(tp, y, m, d, &hh, &mm, &ss);
  return 1;
}

/* ---- normalizers ----------------------------------------------------------------- */

static int n_full_date(tstate *st, const capture *c, int arg, timex_out *o) {
  (void)st;
  (void)arg;
  if (!date_valid(c->year, c->month, c->day))
    return -1;
  val_day(o, c->year, c->month, c->day);
  return 0;
}

/* Picks the year for a month (and day) given without one. */
static int64_t pick_year(const tstate *st, const capture *c, int m, int d) {
  int64_t ay;
  int am, ad;
  if (!anchor_ymd(st, &ay, &am, &ad))
    return INT64_MIN;
  int tense = clause_tense(st, c->t0, c->t1);
  int64_t a = date_days(ay, am, ad);
  int64_t best = ay;
  int64_t bestdist = INT64_MAX;
  for (int64_t y = ay - 1; y <= ay + 1; y++) {
    int dd = d ? d : 1;
    if (!date_valid(y, m, dd))
      continue;
    int64_t s = date_days(y, m, dd);
    int64_t e = d ? s : date_days(y, m, date_days_in_month(y, m));
    if (tense == TENSE_PAST && s > a)
      continue;
    if (tense == TENSE_FUTURE && e < a)
      continue;
    int64_t dist = s > a ? s - a : (e < a ? a - e : 0);
    if (dist < bestdist) {
      bestdist = dist;
      best = y;
    }
  }
  return best;
}

static int n_month_day(tstate *st, const capture *c, int arg, timex_out *o) {
  (void)arg;
  int64_t y = pick_year(st, c, c->month, c->day);
  if (y == INT64_MIN) {
    snprintf(o->value, sizeof o->value, "XXXX-%02d-%02d", c->month, c->day);
    return c->day <= date_days_in_month(2000, c->month) ? 0 : -1;
  }
  if (!date_valid(y, c->month, c->day))
    return -1;
  val_day(o, y, c->month, c->day);
  return 0;
}

static int n_month_year(tstate *st, const capture *c, int arg, timex_out *o) {
  (void)st;
  (void)arg;
  val_month(o, c->year, c->month);
  return 0;
}

static int n_month(tstate *st, const capture *c, int arg, timex_out *o) {
  (void)arg;
  /* A bare month must be written as a name ("June"), capitalized. */
  if (!(st->doc->seg->toks[c->t0].flags & TF_CAP))
    return -1;
  int64_t y = pick_year(st, c, c->month, 0);
  if (y == INT64_MIN) {
    snprintf(o->value, sizeof o->value, "XXXX-%02d", c->month);
    return 0;
  }
  val_month(o, y, c->month);
  return 0;
}

/* Is the word a plural noun or measure that shows a number is a count? */
static int count_noun_follows(const tstate *st, size_t i) {
  if (i >= st->s_tok1)
    return 0;
  const token *t = &st->doc->seg->toks[i];
  if (tok_is(st, i, "%") || tok_is(st, i, "percent") || tok_is(st, i, "per"))
    return 1;
  if (t->kind != TOK_WORD || (t->flags & TF_CAP))
    return 0;
  char w[32];
  size_t n = token_lower(st->doc->text, t, w, sizeof w);
  static const char *const not_plural[] = {"was", "has", "is", "as", "this", "his", "its",
                                           "thus", "plus", "across", "always", "perhaps",
                                           "towards", "afterwards", "whereas", "does", NULL};
  if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's') {
    for (int k = 0; not_plural[k]; k++)
      if (!strcmp(w, not_plural[k]))
        return 0;
    return 1;
  }
  return 0;
}

static int n_year(tstate *st, const capture *c, int arg, timex_out *o) {
  (void)arg;
  size_t i = c->t0;
  if (i > st->s_tok0) {
    static const char *const bad_prev[] = {"$", "\xE2\x82\xAC", "\xC2\xA3", "#", "no", "number",
                                           "nos", "route", "flight", "room", "page", "a", NULL};
    for (int k = 0; bad_prev[k]; k++)
      if (tok_is(st, i - 1, bad_prev[k]))
        return -1;
  }
  if (count_noun_follows(st, c->t1))
    return -1;
  if (st->doc->has_dct) {
    int64_t y;
    int m, d, hh, mm, ss;
    tp_split(st->doc->dct, &y, &m, &d, &hh, &mm, &ss);
    if (c->year > y + 100)
      return -1;
  }
  val_year(o, c->year);
  return 0;
}

static int n_decade(tstate *st, const capture *c, int arg, timex_out *o) {
  (void)st;
  (void)arg;
  snprintf(o->value, sizeof o->value, "%03d", c->decade);
  return 0;
}

/* Weekday, with an optional last/this/next/coming/past in slot rel. */
static int n_weekday(tstate *st, const capture *c, int arg, timex_out *o) {
  (void)arg;
  int64_t ay;
  int am, ad;
  if (!anchor_ymd(st, &ay, &am, &ad)) {
    snprintf(o->value, sizeof o->value, "XXXX-WXX-%d", c->weekday);
    return 0;
  }
  int64_t a = date_days(ay, am, ad);
  int wa = date_weekday(a);
  const char *rel = slot_word(st, c, SLOT_REL);
  int64_t back = (wa - c->weekday + 7) % 7; /* days back to the latest such weekday */
  int64_t fwd = (c->weekday - wa + 7) % 7;  /* days forward to the next one */
  int64_t day;
  if (!strcmp(rel, "last") || !strcmp(rel, "past") || !strcmp(rel, "previous"))
    day = a - (back ? back : 7);
  else if (!strcmp(rel, "next") || !strcmp(rel, "coming") || !strcmp(rel, "following"))
    day = a + (fwd ? fwd : 7);
  else if (!strcmp(rel, "this"))
    day = a - (wa - 1) + (c->weekday - 1);
  else {
    int tense = clause_tense(st, c->t0, c->t1);
    if (tense == TENSE_FUTURE)
      day = a + fwd;
    else if (tense == TENSE_PAST || back <= 3 || tense == TENSE_UNKNOWN)
      day = a - back;
    else
      day = a + fwd;
  }
  val_days(o, day);
  return 0;
}

/* today / yesterday / tomorrow and friends: arg is the day offset. */
static int n_deictic(tstate *st, const capture *c, int arg, timex_out *o) {
  (void)c;
  int64_t tp;
  if (!anchor_point(st, &tp))
    return -1;
  val_days(o, tp_days(tp) + arg);
  return 0;
}

static int n_tonight(tstate *st, const capture *c, int arg, timex_out *o) {
  (void)c;
  int64_t tp;
  if (!anchor_point(st, &tp))
    return -1;
  val_days(o, tp_days(tp) + arg);
  strncat(o->value, "TNI", sizeof o->value - strlen(o->value) - 1);
  o->type = TEMPORA_TIMEX_TIME;
  return 0;
}

/* PRESENT_REF (0), PAST_REF (1), FUTURE_REF (2). */
static int n_ref(tstate *st, const capture *c, int arg, timex_out *o) {
  (void)st;
  (void)c;
  static const char *const v[] = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"};
  snprintf(o->value, sizeof o->value, "%s", v[arg]);
  return 0;
}

static int rel_direction(const char *rel) {
  if (!strcmp(rel, "last") || !strcmp(rel, "past") || !strcmp(rel, "previous") ||
      !strcmp(rel, "preceding"))
    return -1;
  if (!strcmp(rel, "next") || !strcmp(rel, "coming") || !strcmp(rel, "following") ||
      !strcmp(rel, "upcoming"))
    return 1;
  return 0;
}

/* last/this/next <unit>: the unit-sized period before, at or after the anchor. */
static int n_rel_unit(tstate *st, const capture *c, int arg, timex_out *o) {
  (void)arg;
  if (c->plural)
    return -1;
  int64_t tp;
  if (!anchor_point(st, &tp))
    return -1;
  int dir = rel_direction(slot_word(st, c, SLOT_REL));
  if (c->unit == UNIT_DAY || c->unit <= UNIT_HOUR)
    return -1; /* "last day", "this hour": not calendar references */
  val_period(o, shift(tp, c->unit, dir), c->unit);
  return 0;
}

/* "the past 18 months", "the next two weeks": a duration anchored at the
 * DCT, with its interval.  arg: -1 back from the anchor, +1 forward; 0
 * takes the direction from slot rel. */
static int n_span(tstate *st, const capture *c, int arg, timex_out *o) {
  double n = c->has_num ? c->num : 1;
  if (c->has_num && c->num == 0)
    return -1;
  if (c->vague && !c->has_num)
    n = -1;
  o->type = TEMPORA_TIMEX_DURATION;
  val_duration(o, c->vague ? -1 : n, c->unit);
  int dir = arg ? arg : rel_direction(slot_word(st, c, SLOT_REL));
  int64_t tp;
  if (!dir || !anchor_point(st, &tp) || c->vague || n != floor(n))
    return 0;
  int64_t day0 = tp_from_days(tp_days(tp));
  char av[24];
  int64_t y;
  int m, d, hh, mm, ss;
  tp_split(day0, &y, &m, &d, &hh, &mm, &ss);
  fmt_year(av, sizeof av, y);
  snprintf(o->anchor, sizeof o->anchor, "%s-%02d-%02d", av, m, d);
  int64_t other = shift(day0, c->unit, dir * (int64_t)n);
  o->iv.valid = 1;
  o->iv.start = dir < 0 ? other : day0;
  o->iv.end = dir < 0 ? day0 : other;
  o->prec = unit_precision(c->unit);
  return 0;
}

/* A plain duration: "three years", "18-month". */
static int n_duration(tstate *st, const capture *c, int arg, timex_out *o) {
  (void)st;
  (void)arg;
  if (c->has_num && c->num == 0)
    return -1;
  if (c->has_num && c->num > 10000)
    return -1;
  val_duration(o, c->vague ? -1 : c->num, c->unit);
  return 0;
}

/* "a year", "an hour": one unit. */
static int n_one_unit(tstate *st, const capture *c, int arg, timex_out *o) {
  (void)st;
  (void)arg;
  if (c->plural)
    return -1;
  val_duration(o, 1, c->unit);
  return 0;
}

/* Vague plural: "years", "months" (only with a cue, see rules). */
static int n_vague(tstate *st, const capture *c, int arg, timex_out *o) {
  (void)st;
  (void)arg;
  if (!c->plural)
    return -1;
  val_duration(o, -1, c->unit);
  return 0;
}

/* "N units ago" (arg -1) / "N units from now" (+1): a date at the unit's
 * granularity. */
static int n_ago(tstate *st, const capture *c, int arg, timex_out *o) {
  int64_t tp;
  double n = c->has_num ? c->num : 1;
  if (!anchor_point(st, &tp))
    return -1;
  if (c->vague || n != floor(n) || n > 100000) {
    /* "several years ago": PAST_REF-like; keep a coarse value. */
    snprintf(o->value, sizeof o->value, arg < 0 ? "PAST_REF" : "FUTURE_REF");
    return 0;
  }
  val_period(o, shift(tp, c->unit, arg * (int64_t)n), c->unit);
  return 0;
}

/* YYYY-MM-DD written as one run of tokens. */
static int n_iso_tokens(tstate *st, const capture *c, int arg, timex_out *o) {
  (void)arg;
  if (c->t1 - c->t0 != 5)
    return -1;
  const char *text = st->doc->text;
  const token *t = st->doc->seg->toks;
  int y = 0, m = 0, d = 0;
  char buf[16];
  size_t n = t[c->t1 - 1].end - t[c->t0].start;
  if (n >= sizeof buf)
    return -1;
  memcpy(buf, text + t[c->t0].start, n);
  buf[n] = '\0';
  if (sscanf(buf, "%4d-%2d-%2d", &y, &m, &d) != 3 || !date_valid(y, m, d))
    return -1;
  val_day(o, y, m, d);
  return 0;
}

/* 11/24/2026 (US order) or 24/11/2026 (with the DMY option). */
static int n_slash_date(tstate *st, const capture *c, int arg, timex_out *o) {
  (void)arg;
  const char *text = st->doc->text;
  const token *t = st->doc->seg->toks;
  int a = 0, b = 0, y = 0;
  char buf[24];
  size_t n = t[c->t1 - 1].end - t[c->t0].start;
  if (n >= sizeof buf)
    return -1;
  memcpy(buf, text + t[c->t0].start, n);
  buf[n] = '\0';
  if (sscanf(buf, "%d/%d/%d", &a, &b, &y) != 3)
    return -1;
  if (y < 100)
    y += y < 50 ? 2000 : 1900;
  int m = a, d = b;
  if (st->doc->order == TEMPORA_DATES_DMY) {
    m = b;
    d = a;
  }
  if (m > 12 && d <= 12) { /* only one reading is a date */
    int tmp = m;
    m = d;
    d = tmp;
  }
  if (!date_valid(y, m, d))
    return -1;
  val_day(o, y, m, d);
  return 0;
}

/* Season, optionally with a year or last/this/next. */
static int n_season(tstate *st, const capture *c, int arg, timex_out *o) {
  (void)arg;
  int64_t y;
  if (c->has_year)
    y = c->year;
  else {
    int64_t ay;
    int am, ad;
    if (!anchor_ymd(st, &ay, &am, &ad)) {
      snprintf(o->value, sizeof o->value, "XXXX-%s", lex_season_codes[c->season]);
      return 0;
    }
    int dir = rel_direction(slot_word(st, c, SLOT_REL));
    y = ay + dir;
    if (c->season == 3 && am <= 2)
      y -= 1; /* January's "this winter" began in December */
  }
  char ys[24];
  fmt_year(ys, sizeof ys, y);
  snprintf(o->value, sizeof o->value, "%s-%s", ys, lex_season_codes[c->season]);
  return 0;
}

/* Part of day with a deictic or weekday: "this morning", "yesterday
 * afternoon", "Tuesday night".  arg = day offset for deictics; when a
 * weekday was captured it decides the day. */
static int n_pod(tstate *st, const capture *c, int arg, timex_out *o) {
  int64_t tp;
  if (c->weekday) {
    if (n_weekday(st, c, 0, o))
      return -1;
  } else {
    if (!anchor_point(st, &tp))
      return -1;
    val_days(o, tp_days(tp) + arg);
  }
  o->type = TEMPORA_TIMEX_TIME;
  size_t l = strlen(o->value);
  snprintf(o->value + l, sizeof o->value - l, "T%s", lex_pod_codes[c->pod]);
  return 0;
}

/* Clock time: "10 a.m.", "10:30 p.m.", "14:00", "noon", "midnight". arg:
 * 12 for noon, 24 for midnight, 0 for captured digits. */
static int n_clock(tstate *st, const capture *c, int arg, timex_out *o) {
  int h, m = 0;
  if (arg) {
    h = arg == 24 ? 0 : arg;
  } else if (c->has_clock) {
    h = c->hour;
    m = c->minute;
  } else {
    if (!c->has_num || c->num != floor(c->num))
      return -1;
    h = (int)c->num;
  }
  if (c->ampm) {
    if (h < 1 || h > 12)
      return -1;
    if (c->ampm == 2 && h < 12)
      h += 12;
    if (c->ampm == 1 && h == 12)
      h = 0;
  } else if (!arg && !c->has_clock)
    return -1;
  if (h > 23 || m > 59)
    return -1;
  int64_t tp;
  if (!anchor_point(st, &tp)) {
    snprintf(o->value, sizeof o->value, "T%02d:%02d", h, m);
    return 0;
  }
  int64_t day = tp_days(tp) + (arg == 24 ? 1 : 0);
  if (c->weekday) {
    timex_out w;
    memset(&w, 0, sizeof w);
    if (n_weekday(st, c, 0, &w))
      return -1;
    snprintf(o->value, sizeof o->value, "%.10sT%02d:%02d", w.value, h, m);
    return 0;
  }
  int64_t y;
  int mo, d;
  date_civil(day, &y, &mo, &d);
  char ys[24];
  fmt_year(ys, sizeof ys, y);
  snprintf(o->value, sizeof o->value, "%s-%02d-%02dT%02d:%02d", ys, mo, d, h, m);
  return 0;
}

/* "the 24th": a day of the anchor's month. */
static int n_day_of_month(tstate *st, const capture *c, int arg, timex_out *o) {
  (void)arg;
  int64_t ay;
  int am, ad;
  if (c->ord < 1 || c->ord > 31 || !anchor_ymd(st, &ay, &am, &ad))
    return -1;
  if (!date_valid(ay, am, c->ord))
    return -1;
  val_day(o, ay, am, c->ord);
  return 0;
}

/* ---- the rules ---------------------------------------------------------------------- */

#define DATE TEMPORA_TIMEX_DATE
#define TIME TEMPORA_TIMEX_TIME
#define DUR TEMPORA_TIMEX_DURATION

const timex_rule timex_rules[] = {
    /* absolute dates */
    {"<WEEKDAY>? ,? <MONTH> <DAY> ,? <YEAR>", DATE, n_full_date, 0},
    {"<WEEKDAY>? ,? the? <DAY> of? <MONTH> ,? <YEAR>", DATE, n_full_date, 0},
    {"<WEEKDAY>? ,? <MONTH> <DAY>", DATE, n_month_day, 0},
    {"<WEEKDAY>? ,? the? <DAY> of? <MONTH>", DATE, n_month_day, 0},
    {"<MONTH> ,? <YEAR>", DATE, n_month_year, 0},
    {"<MONTH> of <YEAR>", DATE, n_month_year, 0},
    {"<MONTH>", DATE, n_month, 0},
    {"<YEAR>", DATE, n_year, 0},
    {"<INT> ~- ~<INT> ~- ~<INT>", DATE, n_iso_tokens, 0},
    {"<INT> ~/ ~<INT> ~/ ~<INT>", DATE, n_slash_date, 0},
    {"the? <DECADE>", DATE, n_decade, 0},
    {"the? <SEASON> of? <YEAR>", DATE, n_season, 0},
    {"rel=this|last|next|past|coming <SEASON>", DATE, n_season, 0},
    {"the <ORD>", DATE, n_day_of_month, 0},

    /* weekdays and deictic days */
    {"rel=last|this|next|coming|past|previous|following? <WEEKDAY>", DATE, n_weekday, 0},
    {"today", DATE, n_deictic, 0},
    {"yesterday", DATE, n_deictic, -1},
    {"tomorrow", DATE, n_deictic, 1},
    {"the day before yesterday", DATE, n_deictic, -2},
    {"the day after tomorrow", DATE, n_deictic, 2},
    {"tonight", TIME, n_tonight, 0},
    {"this <POD>", TIME, n_pod, 0},
    {"yesterday <POD>", TIME, n_pod, -1},
    {"tomorrow <POD>", TIME, n_pod, 1},
    {"last night", TIME, n_pod, -1},
    {"<WEEKDAY> <POD>", TIME, n_pod, 0},

    /* clock times */
    {"<CLOCK> <AMPM>?", TIME, n_clock, 0},
    {"<INT> <AMPM>", TIME, n_clock, 0},
    {"<WEEKDAY> ,? at? <CLOCK> <AMPM>?", TIME, n_clock, 0},
    {"noon", TIME, n_clock, 12},
    {"midnight", TIME, n_clock, 24},

    /* references */
    {"now", DATE, n_ref, 0},
    {"currently", DATE, n_ref, 0},
    {"the present", DATE, n_ref, 0},
    {"recently", DATE, n_ref, 1},
    {"the past", DATE, n_ref, 1},
    {"the future", DATE, n_ref, 2},

    /* relative units */
    {"rel=last|this|next|coming|previous|following|current <UNIT>", DATE, n_rel_unit, 0},
    {"the rel=past|last|previous|next|coming|following <NUM>? <UNIT>", DUR, n_span, 0},
    {"rel=past|next|coming <NUM>? <UNIT>", DUR, n_span, 0},
    {"the rel=past|last|next|coming few|several <UNIT>", DUR, n_span, 0},
    {"<NUM> <UNIT> ago", DATE, n_ago, -1},
    {"a|an <UNIT> ago", DATE, n_ago, -1},
    {"<NUM> <UNIT> from now", DATE, n_ago, 1},
    {"a|an <UNIT> from now", DATE, n_ago, 1},

    /* durations */
    {"<NUM> <UNIT>", DUR, n_duration, 0},
    {"<NUM> ~- ~<UNIT>", DUR, n_duration, 0},
    {"a|an <UNIT>", DUR, n_one_unit, 0},
    {"a couple of <UNIT>", DUR, n_vague, 0},
};

const size_t timex_nrules = sizeof timex_rules / sizeof timex_rules[0];

