/*
 * dct.c — the document creation time (publication date), resolved in the
 * order DESIGN.md §3 gives: the --dct option, the document's metadata
 * (header Date: / JSON published or date), a dateline in the first lines
 * of the body, else none (narrative mode, with a warning).
 *
 * Written dates understood here: "Nov. 24", "November 24, 2026",
 * "24 November 2026", "Tue, 24 Nov 2026 10:00:00 +0000", optionally after
 * a city ("SEOUL, Nov. 24 (Reuters) -").  A dateline without a year takes
 * the latest year from 1900 to 2199 written in the body (datelines omit
 * the year because it is the current one); without any, it is unusable.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "lexicon.h"
#include "model.h"
#include "timex.h"

static const char *skip_space(const char *p, const char *end) {
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  return p;
}

/* A month name or abbreviation (with optional period) at p. */
static int read_month(const char **pp, const char *end) {
  const char *p = *pp;
  char w[16];
  size_t n = 0;
  while (p < end && isalpha((unsigned char)*p) && n + 1 < sizeof w)
    w[n++] = (char)tolower((unsigned char)*p++);
  w[n] = '\0';
  if (n < 3 || (p < end && isalpha((unsigned char)*p)))
    return 0;
  const lex_entry *e = lex_lookup(w, n);
  if (!e || !(e->classes & LC_MONTH))
    return 0;
  if (p < end && *p == '.')
    p++;
  *pp = p;
  return e->month;
}

static int read_int(const char **pp, const char *end, int maxdigits, long *v) {
  const char *p = *pp;
  int n = 0;
  long x = 0;
  while (p < end && isdigit((unsigned char)*p) && n < maxdigits) {
    x = x * 10 + (*p++ - '0');
    n++;
  }
  if (n == 0 || (p < end && isdigit((unsigned char)*p)))
    return 0;
  *v = x;
  *pp = p;
  return n;
}

/* Skips an ordinal suffix after a day number ("24th"). */
static const char *skip_ordinal(const char *p, const char *end) {
  if (end - p >= 2 && isalpha((unsigned char)p[0]) && isalpha((unsigned char)p[1]) &&
      (end - p == 2 || !isalpha((unsigned char)p[2])))
    return p + 2;
  return p;
}

/* Parses "Month D[, YYYY]" or "D Month[ YYYY]" at *pp; year 0 = absent. */
static int read_written_date(const char **pp, const char *end, long *y, int *m, long *d) {
  const char *p = *pp;
  long day = 0, year = 0;
  int mon = read_month(&p, end);
  if (mon) { /* Month D */
    p = skip_space(p, end);
    if (!read_int(&p, end, 2, &day))
      return 0;
    p = skip_ordinal(p, end);
  } else { /* D Month */
    if (!read_int(&p, end, 2, &day))
      return 0;
    p = skip_space(skip_ordinal(p, end), end);
    mon = read_month(&p, end);
    if (!mon)
      return 0;
  }
  /* [,] YYYY */
  const char *q = p;
  if (q < end && *q == ',')
    q++;
  q = skip_space(q, end);
  long yy;
  if (read_int(&q, end, 4, &yy) == 4) {
    year = yy;
    p = q;
  }
  if (day < 1 || day > 31)
    return 0;
  *y = year;
  *m = mon;
  *d = day;
  *pp = p;
  return 1;
}

/* A numeric date with slashes or dots: "2026/11/24", "24/11/2026" or
 * "11/24/2026" (day first when the day is over 12 or `order` says so),
 * "24.11.2026" (always day first).  1 and the parts, or 0. */
static int read_numeric_date(const char **pp, const char *end, tempora_date_order order,
                             long *y, int *m, long *d) {
  const char *p = *pp;
  long a, b, c;
  if (!read_int(&p, end, 4, &a) || p >= end || (*p != '/' && *p != '.'))
    return 0;
  char sep = *p++;
  if (!read_int(&p, end, 2, &b) || p >= end || *p != sep)
    return 0;
  p++;
  const char *q = p; /* the last part: a year of four digits, or a day */
  if (!read_int(&p, end, 4, &c))
    return 0;
  if (a >= 1000 && p - q <= 2) { /* YYYY/MM/DD */
    *y = a, *m = (int)b, *d = c;
  } else if (p - q == 4) { /* DD/MM/YYYY or MM/DD/YYYY */
    int day_first = sep == '.' || a > 12 || (order == TEMPORA_DATES_DMY && b <= 12);
    *y = c;
    *m = (int)(day_first ? b : a);
    *d = day_first ? a : b;
  } else
    return 0;
  if (*m < 1 || *m > 12)
    return 0;
  *pp = p;
  return 1;
}

int published_parse(const char *s, tempora_date_order order, int64_t *tp,
                    tempora_precision *prec) {
  if (!tempora_parse_time(s, tp, prec))
    return 0;
  if (timex_init())
    return TEMPORA_ENOMEM;
  const char *p = s, *end = s + strlen(s);
  p = skip_space(p, end);
  /* optional weekday name and comma */
  const char *q = p;
  while (q < end && isalpha((unsigned char)*q))
    q++;
  if (q > p && q < end && (*q == ',')) {
    char w[16];
    size_t n = 0;
    for (const char *r = p; r < q && n + 1 < sizeof w; r++)
      w[n++] = (char)tolower((unsigned char)*r);
    w[n] = '\0';
    const lex_entry *e = lex_lookup(w, n);
    if (e && (e->classes & LC_WEEKDAY))
      p = skip_space(q + 1, end);
  }
  long y, d;
  int m;
  if ((!read_numeric_date(&p, end, order, &y, &m, &d) &&
       !read_written_date(&p, end, &y, &m, &d)) ||
      y == 0 || !date_valid(y, m, (int)d))
    return TEMPORA_EDATE;
  p = skip_space(p, end);
  long hh = 0, mi = 0, ss = 0;
  tempora_precision pr = TEMPORA_PREC_DAY;
  if (read_int(&p, end, 2, &hh) && p < end && *p == ':') {
    p++;
    if (!read_int(&p, end, 2, &mi) || hh > 23 || mi > 59)
      return TEMPORA_EDATE;
    pr = TEMPORA_PREC_MINUTE;
    if (p < end && *p == ':') {
      p++;
      if (!read_int(&p, end, 2, &ss) || ss > 59)
        return TEMPORA_EDATE;
      pr = TEMPORA_PREC_SECOND;
    }
  }
  *tp = tp_make(y, m, (int)d, (int)hh, (int)mi, (int)ss);
  if (prec)
    *prec = pr;
  return 0;
}

/* Latest plausible year written in the text (for year-less datelines). */
static long latest_year(const char *text, size_t len) {
  long best = 0;
  for (size_t i = 0; i + 4 <= len; i++) {
    if ((i > 0 && isalnum((unsigned char)text[i - 1])) || !isdigit((unsigned char)text[i]))
      continue;
    size_t k = i;
    while (k < len && isdigit((unsigned char)text[k]))
      k++;
    if (k - i == 4 && (k == len || !isalnum((unsigned char)text[k]))) {
      long y = strtol(text + i, NULL, 10);
      if (y >= 1900 && y <= 2199 && y > best)
        best = y;
    }
    i = k;
  }
  return best;
}

int dateline_parse(const char *text, size_t len, int64_t *tp) {
  if (timex_init())
    return 0;
  const char *p = text, *end = text + (len < 600 ? len : 600);
  for (int line = 0; line < 3 && p < end; line++) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol)
      eol = end;
    const char *q = skip_space(p, eol);
    if (q == eol) { /* blank lines do not count */
      p = eol + 1;
      line--;
      continue;
    }
    /* Optional place: words, then a comma, up to 60 bytes ("SEOUL,",
     * "CANBERRA, Australia,", "WASHINGTON —" is not a dated dateline). */
    const char *r = q;
    for (int commas = 0; commas < 2; commas++) {
      const char *c = r;
      while (c < eol && c - r < 40 && *c != ',' && *c != '(' && !isdigit((unsigned char)*c))
        c++;
      if (c < eol && *c == ',' && c > r && isupper((unsigned char)*r)) {
        const char *save = r;
        r = skip_space(c + 1, eol);
        long y0, d0;
        int m0;
        const char *t = r;
        if (read_written_date(&t, eol, &y0, &m0, &d0))
          break;
        if (commas == 1)
          r = save;
      } else
        break;
    }
    long y, d;
    int m;
    const char *t = r;
    if (read_written_date(&t, eol, &y, &m, &d)) {
      t = skip_space(t, eol);
      if (t < eol && *t == '(') { /* agency: "(Reuters)" */
        const char *close = memchr(t, ')', (size_t)(eol - t));
        if (close && close - t < 40)
          t = skip_space(close + 1, eol);
      }
      int dash = t == eol || *t == '-' || *t == '/' || *t == ':' ||
                 (eol - t >= 3 && (unsigned char)t[0] == 0xE2 && (unsigned char)t[1] == 0x80 &&
                  ((unsigned char)t[2] == 0x94 || (unsigned char)t[2] == 0x93));
      if (dash) {
        if (y == 0)
          y = latest_year(text, len);
        if (y && date_valid(y, m, (int)d)) {
          *tp = tp_make(y, m, (int)d, 0, 0, 0);
          return 1;
        }
        return 0;
      }
    }
    p = eol + 1;
  }
  return 0;
}

int doc_resolve_dct(tempora_timeline *tl, doc_rec *d, const char *published,
                    tempora_error *err) {
  int64_t tp;
  tempora_precision pr = TEMPORA_PREC_DAY;
  d->pub.dct_source = TEMPORA_DCT_NONE;
  if (tl->opts.dct && *tl->opts.dct) {
    if (tempora_parse_time(tl->opts.dct, &tp, &pr) || pr > TEMPORA_PREC_DAY)
      return set_error(err, TEMPORA_EDATE, NULL, 0, 0,
                       "invalid --dct '%s' (want YYYY-MM-DD[THH:MM[:SS]])", tl->opts.dct);
    d->pub.dct_source = TEMPORA_DCT_FLAG;
  } else if (published && *published) {
    if (published_parse(published, tl->opts.date_order, &tp, &pr) == 0 &&
        pr <= TEMPORA_PREC_DAY)
      d->pub.dct_source = TEMPORA_DCT_METADATA;
    else
      tl_warn(tl, "%s: unreadable publication date '%.60s'; looking for a dateline",
              d->pub.id, published);
  }
  if (d->pub.dct_source == TEMPORA_DCT_NONE && dateline_parse(d->pub.text, d->pub.length, &tp)) {
    d->pub.dct_source = TEMPORA_DCT_DATELINE;
    pr = TEMPORA_PREC_DAY;
  }
  if (d->pub.dct_source == TEMPORA_DCT_NONE) {
    d->has_dct = 0;
    d->pub.dct = "";
    tl_warn(tl, "%s: no publication date (no --dct, Date: or dateline); "
                "relative dates resolve in narrative mode",
            d->pub.id);
    return 0;
  }
  d->has_dct = 1;
  d->dct = tp;
  d->dct_prec = pr;
  char buf[40];
  tempora_format_time(tp, pr, buf, sizeof buf);
  d->pub.dct = arena_strdup(&tl->ar, buf);
  return d->pub.dct ? 0 : set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
}
