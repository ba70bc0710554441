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
#include <strings.h>

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

void text_sanitize(tbuf *b, const char *s, size_t n, int fold) {
  int space = 1; /* folding drops leading white space */
  size_t start = b->len;
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    if (fold && (c < 0x20 || c == 0x7f || c == ' ')) {
      if (!space)
        tbuf_putc(b, ' ');
      space = 1;
      i++;
      continue;
    }
    if (!fold && c == '\r') { /* CR and CRLF become LF */
      tbuf_putc(b, '\n');
      i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (!fold && ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)) {
      tbuf_putc(b, ' ');
      i++;
      continue;
    }
    size_t k = c < 0x80 ? 1 : seq_len(s, n, i);
    if (k == 0 || (k >= 3 && is_nonchar(s, n, i))) {
      tbuf_puts(b, REPLACEMENT);
      i += k ? k : 1;
    } else {
      tbuf_put(b, s + i, k);
      i += k;
    }
    space = 0;
  }
  if (fold)
    while (b->len > start && b->ptr[b->len - 1] == ' ')
      tbuf_truncate(b, b->len - 1);
}

void text_put_clean(tbuf *b, const char *s) {
  if (s)
    text_sanitize(b, s, strlen(s), 0);
}

char *text_clean(arena *a, const char *s, size_t n) {
  tbuf b = TBUF_INIT;
  text_sanitize(&b, s, n, 1);
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
    snprintf(buf, n, "%d %s %s %02d:%02d", d, month_name_short(m), ys, hh, mi);
    break;
  case TEMPORA_PREC_WEEK:
    snprintf(buf, n, "week of %d %s %s", d, month_name_short(m), ys);
    break;
  case TEMPORA_PREC_MONTH:
    snprintf(buf, n, "%s %s", month_name_short(m), ys);
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
    snprintf(buf, n, "%d %s %s", d, month_name_short(m), ys);
  }
}

int is_web_url(const char *u) {
  return u && (!strncasecmp(u, "http://", 7) || !strncasecmp(u, "https://", 8));
}

void html_doc_link(tbuf *b, const tempora_document *d, const char *id) {
  const char *text = d && d->title && *d->title     ? d->title
                     : d && d->source && *d->source ? d->source
                                                    : id;
  if (d && is_web_url(d->url)) {
    tbuf_puts(b, "<a href=\"");
    markup_escape_str(b, d->url);
    tbuf_puts(b, "\" rel=\"noopener noreferrer\">");
    markup_escape_str(b, text);
    tbuf_puts(b, "</a>");
  } else
    markup_escape_str(b, text);
}
