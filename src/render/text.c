/*
 * text.c — text helpers for the renderers people read (chart, report):
 * cleaning strings for display, escaping for XML and HTML, and writing an
 * event's time the way a reader says it ("24 Nov 2026", "c. 2025",
 * "since 2019", "26 May 2025 – 25 Nov 2026").
 *
 * Rules: escaped output is always well-formed XML 1.0 / HTML text: the five
 * markup characters become entities and anything XML cannot carry (C0
 * controls, invalid UTF-8, noncharacters such as U+FFFE) becomes U+FFFD.  Displayed years
 * use BCE below year 1 (astronomical year 0 is 1 BCE).
 */
#include <stdio.h>
#include <string.h>

#include "../date.h"
#include "../utf8.h"
#include "render.h"

#define REPLACEMENT "\xEF\xBF\xBD"

/* Length of the valid UTF-8 sequence at s[i], or 0 when it is invalid. */
static size_t seq_len(const char *s, size_t n, size_t i) {
  size_t k = utf8_check(s + i, n - i > 4 ? 4 : n - i);
  if (k > 0)
    return 1 + (((unsigned char)s[i] >= 0xC0) + ((unsigned char)s[i] >= 0xE0) +
                ((unsigned char)s[i] >= 0xF0));
  return 0;
}

/* Unicode noncharacters (U+FDD0..FDEF, U+xxFFFE, U+xxFFFF): XML refuses
 * U+FFFE/FFFF and cairo refuses them all in PDF metadata. */
static int is_nonchar(const char *s, size_t n, size_t i) {
  int len;
  uint32_t c = utf8_decode(s, n, i, &len);
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

char *text_clean(arena *a, const char *s, size_t n) {
  tbuf b = TBUF_INIT;
  int space = 1; /* drop leading white space */
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c == 0x7f || c == ' ') {
      if (!space)
        tbuf_putc(&b, ' ');
      space = 1;
      i++;
      continue;
    }
    size_t k = c < 0x80 ? 1 : seq_len(s, n, i);
    if (k == 0 || (k >= 3 && is_nonchar(s, n, i))) {
      tbuf_puts(&b, REPLACEMENT);
      i += k ? k : 1;
    } else {
      tbuf_put(&b, s + i, k);
      i += k;
    }
    space = 0;
  }
  while (b.len && b.ptr[b.len - 1] == ' ')
    b.len--;
  char *out = b.oom ? NULL : arena_strndup(a, b.ptr ? b.ptr : "", b.len);
  tbuf_free(&b);
  return out;
}

void markup_escape(tbuf *b, const char *s, size_t n) {
  size_t run = 0;
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    const char *rep = NULL;
    size_t k = 1;
    switch (c) {
    case '&': rep = "&amp;"; break;
    case '<': rep = "&lt;"; break;
    case '>': rep = "&gt;"; break;
    case '"': rep = "&quot;"; break;
    case '\'': rep = "&#39;"; break;
    default:
      if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f)
        rep = REPLACEMENT;
      else if (c >= 0x80) {
        k = seq_len(s, n, i);
        if (k == 0) {
          rep = REPLACEMENT;
          k = 1;
        } else if (k >= 3 && is_nonchar(s, n, i))
          rep = REPLACEMENT;
      }
    }
    if (rep) {
      tbuf_put(b, s + run, i - run);
      tbuf_puts(b, rep);
      run = i + k;
    }
    i += k;
  }
  tbuf_put(b, s + run, n - run);
}

void markup_escape_str(tbuf *b, const char *s) {
  if (s)
    markup_escape(b, s, strlen(s));
}

static const char *const month_abbr[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

const char *month_name_short(int m) { return m >= 1 && m <= 12 ? month_abbr[m - 1] : "?"; }

void fmt_year(int64_t y, char *buf, size_t n) {
  if (y <= 0)
    snprintf(buf, n, "%lld BCE", (long long)(1 - y));
  else
    snprintf(buf, n, "%lld", (long long)y);
}

void fmt_time_human(int64_t t, tempora_precision p, char *buf, size_t n) {
  int64_t y;
  int m, d, hh, mi, ss;
  tp_split(t, &y, &m, &d, &hh, &mi, &ss);
  char ys[32];
  fmt_year(y, ys, sizeof ys);
  switch (p) {
  case TEMPORA_PREC_SECOND:
  case TEMPORA_PREC_MINUTE:
  case TEMPORA_PREC_HOUR:
  case TEMPORA_PREC_PART_OF_DAY:
    snprintf(buf, n, "%d %s %s %02d:%02d", d, month_abbr[m - 1], ys, hh, mi);
    break;
  case TEMPORA_PREC_WEEK:
    snprintf(buf, n, "week of %d %s %s", d, month_abbr[m - 1], ys);
    break;
  case TEMPORA_PREC_MONTH:
    snprintf(buf, n, "%s %s", month_abbr[m - 1], ys);
    break;
  case TEMPORA_PREC_QUARTER:
    snprintf(buf, n, "Q%d %s", (m - 1) / 3 + 1, ys);
    break;
  case TEMPORA_PREC_SEASON: {
    static const char *const season[4] = {"winter", "spring", "summer", "autumn"};
    snprintf(buf, n, "%s %s", season[(m % 12) / 3], ys);
    break;
  }
  case TEMPORA_PREC_HALF:
    snprintf(buf, n, "H%d %s", m > 6 ? 2 : 1, ys);
    break;
  case TEMPORA_PREC_YEAR:
    snprintf(buf, n, "%s", ys);
    break;
  case TEMPORA_PREC_DECADE:
  case TEMPORA_PREC_CENTURY:
  case TEMPORA_PREC_MILLENNIUM:
    if (y > 0)
      snprintf(buf, n, "%llds", (long long)y);
    else
      snprintf(buf, n, "%s", ys);
    break;
  default:
    snprintf(buf, n, "%d %s %s", d, month_abbr[m - 1], ys);
  }
}

/* A TIMEX3 duration value: "P18M", "PT2H" (not PAST_REF / PRESENT_REF). */
static int is_duration(const char *v) {
  return v && v[0] == 'P' && ((v[1] >= '0' && v[1] <= '9') || v[1] == 'T' || v[1] == 'X');
}

void fmt_when_human(const tempora_when *w, char *buf, size_t n) {
  buf[0] = '\0';
  const tempora_interval *iv = &w->interval;
  if (!iv->valid)
    return;
  const char *approx = (iv->flags & TEMPORA_IV_APPROX) ? "c. " : "";
  tempora_precision p = w->precision;
  char a[64], b[64];
  /* durations ("the past 18 months") and open ranges are spans; bounds
   * are written to the day unless the precision is coarser */
  int span = is_duration(w->value) ||
             (iv->flags & (TEMPORA_IV_OPEN_START | TEMPORA_IV_OPEN_END));
  if (!span) {
    fmt_time_human(iv->start, p, a, sizeof a);
    snprintf(buf, n, "%s%s", approx, a);
    return;
  }
  /* an anchored duration ("the past 18 months") runs from day to day; an
   * open range keeps its own precision ("since 2019") */
  tempora_precision bp = TEMPORA_PREC_DAY;
  if (!is_duration(w->value) && p >= TEMPORA_PREC_MONTH && p <= TEMPORA_PREC_MILLENNIUM)
    bp = p;
  fmt_time_human(iv->start, bp, a, sizeof a);
  /* the exclusive end, shown inclusive: the last day (or period) in it */
  fmt_time_human(iv->end - 1, bp == TEMPORA_PREC_DAY ? TEMPORA_PREC_DAY : bp, b, sizeof b);
  if (iv->flags & TEMPORA_IV_OPEN_START)
    snprintf(buf, n, "%suntil %s", approx, b);
  else if (iv->flags & TEMPORA_IV_OPEN_END)
    snprintf(buf, n, "%ssince %s", approx, a);
  else
    snprintf(buf, n, "%s%s \xE2\x80\x93 %s", approx, a, b);
}
