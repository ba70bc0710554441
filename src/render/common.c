/*
 * common.c — helpers every renderer uses: interval bounds and EDTF.
 */
#include <stdio.h>
#include <string.h>

#include "../date.h"
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
    snprintf(ys, sizeof ys, "%s%lld", y < 0 ? "-" : "Y", (long long)(y < 0 ? -y : y));
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
    snprintf(b, sizeof b, "%s%lld-%02d-%02d", dy < 0 ? "-" : "Y",
             (long long)(dy < 0 ? -dy : dy), dm, dd);
  snprintf(buf, n, "%s/%s", s1, b);
}
