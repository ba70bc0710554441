/*
 * date.c — proleptic Gregorian calendar arithmetic (see date.h) and the
 * mapping from TIMEX3 values to intervals.
 *
 * days_from_civil / civil_from_days follow the well-known era-based
 * algorithm (400-year eras of 146097 days, years starting in March so the
 * leap day is last); they are exact for every int64 year we accept.
 */
#include "date.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int64_t floordiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0)))
    q--;
  return q;
}

int date_is_leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int date_days_in_month(int64_t y, int m) {
  static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12)
    return 0;
  return m == 2 && date_is_leap(y) ? 29 : dm[m - 1];
}

int date_valid(int64_t y, int m, int d) {
  return y > -1000000 && y < 1000000 && m >= 1 && m <= 12 && d >= 1 &&
         d <= date_days_in_month(y, m);
}

int64_t date_days(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = floordiv(y, 400);
  int64_t yoe = y - era * 400;                                   /* [0, 399] */
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;  /* [0, 365] */
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           /* [0, 146096] */
  return era * 146097 + doe - 719468;
}

void date_civil(int64_t z, int64_t *y, int *m, int *d) {
  z += 719468;
  int64_t era = floordiv(z, 146097);
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = yoe + era * 400 + (*m <= 2);
}

int date_weekday(int64_t days) {
  /* 1970-01-01 was a Thursday (4). */
  int64_t w = floordiv(days + 3, 7);
  return (int)(days + 3 - w * 7) + 1;
}

int64_t date_iso_week_monday(int64_t wy, int wn) {
  int64_t jan4 = date_days(wy, 1, 4);
  int64_t week1 = jan4 - (date_weekday(jan4) - 1);
  return week1 + (int64_t)(wn - 1) * 7;
}

void date_iso_week(int64_t days, int64_t *wy, int *wn) {
  int64_t y;
  int m, d;
  /* The ISO year is the year of this week's Thursday. */
  int64_t thu = days - (date_weekday(days) - 1) + 3;
  date_civil(thu, &y, &m, &d);
  *wy = y;
  *wn = (int)((thu - date_days(y, 1, 1)) / 7 + 1);
}

int date_iso_weeks_in_year(int64_t wy) {
  int64_t y;
  int wn;
  date_iso_week(date_days(wy, 12, 28), &y, &wn);
  return wn;
}

void date_add_months(int64_t *y, int *m, int *d, int64_t months) {
  int64_t idx = *y * 12 + (*m - 1) + months;
  *y = floordiv(idx, 12);
  *m = (int)(idx - *y * 12) + 1;
  int dim = date_days_in_month(*y, *m);
  if (*d > dim)
    *d = dim;
}

int64_t date_easter(int64_t y) {
  if (y < 1583 && y > 0) {
    /* Before the Gregorian reform the Julian computus (Meeus), its day
     * written as the Julian calendar writes it, as histories of the time
     * write their dates ("Easter, which fell on 17 April" 1373) */
    int64_t a = y % 4, b = y % 7, c = y % 19;
    int64_t d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
    return date_days(y, (int)((d + e + 114) / 31), (int)((d + e + 114) % 31 + 1));
  }
  /* The anonymous Gregorian computus (Meeus, "Astronomical Algorithms"):
   * a = golden number - 1, b/c century split, the epact in h, the
   * weekday correction in l. */
  int64_t a = y % 19, b = floordiv(y, 100), c = y - b * 100;
  int64_t d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int64_t h = (19 * a + b - d - g + 15) % 30;
  int64_t i = c / 4, k = c % 4;
  int64_t l = (32 + 2 * e + 2 * i - h - k) % 7;
  int64_t m = (a + 11 * h + 22 * l) / 451;
  int64_t month = (h + l - 7 * m + 114) / 31;
  int64_t day = (h + l - 7 * m + 114) % 31 + 1;
  return date_days(y, (int)month, (int)day);
}

int64_t date_nth_weekday(int64_t y, int m, int n, int wd) {
  if (n < 0) {
    int64_t last = date_days(y, m, date_days_in_month(y, m));
    return last - (date_weekday(last) - wd + 7) % 7;
  }
  int64_t first = date_days(y, m, 1);
  return first + (wd - date_weekday(first) + 7) % 7 + (int64_t)(n - 1) * 7;
}

int64_t date_islamic_days(int64_t hy, int hm, int hd) {
  /* Tabular calendar: 30-year cycle with 11 leap years, months of 30 and
   * 29 days alternating; 1 Muharram 1 AH = 16 July 622 (Julian) =
   * 19 July 622 on the proleptic Gregorian calendar. */
  int64_t epoch = date_days(622, 7, 19);
  return epoch + (hd - 1) + (int64_t)((59 * (hm - 1) + 1) / 2) + (hy - 1) * 354 +
         floordiv(3 + 11 * hy, 30);
}

/* Julian Ephemeris Day of new moon number k (k = 0 on 6 January 2000),
 * after the mean-phase formula and the largest periodic terms of the
 * published lunar theory (Chapront's ELP, as tabulated for almanacs). */
static double new_moon_jde(double k) {
  const double rad = 3.14159265358979323846 / 180.0;
  double t = k / 1236.85, t2 = t * t, t3 = t2 * t;
  double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3;
  double e = 1.0 - 0.002516 * t - 0.0000074 * t2;
  double m = (2.5534 + 29.10535670 * k - 0.0000014 * t2) * rad;         /* Sun's anomaly */
  double mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2) * rad;     /* Moon's anomaly */
  double f = (160.7108 + 390.67050284 * k - 0.0016118 * t2) * rad;      /* latitude arg. */
  double om = (124.7746 - 1.56375588 * k + 0.0020672 * t2) * rad;       /* node */
  jde += -0.40720 * sin(mp) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mp) +
         0.01039 * sin(2 * f) + 0.00739 * e * sin(mp - m) - 0.00514 * e * sin(mp + m) +
         0.00208 * e * e * sin(2 * m) - 0.00111 * sin(mp - 2 * f) - 0.00057 * sin(mp + 2 * f) +
         0.00056 * e * sin(2 * mp + m) - 0.00042 * sin(3 * mp) + 0.00042 * e * sin(m + 2 * f) +
         0.00038 * e * sin(m - 2 * f) - 0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(om);
  return jde;
}

int64_t date_new_moon_on_or_after(int64_t from, int utc_min) {
  /* day numbers count from 1970-01-01 = JD 2440587.5 */
  double jd_from = (double)from + 2440587.5;
  double k = floor((jd_from - 2451550.09766) / 29.530588861) - 1;
  for (int i = 0; i < 4; i++, k += 1) {
    double local = new_moon_jde(k) + utc_min / 1440.0 - 2440587.5; /* days since 1970, local */
    int64_t day = (int64_t)floor(local);
    if (day >= from)
      return day;
  }
  return from;
}

int64_t tp_from_days(int64_t days) { return days * DAY_SECS; }

int64_t tp_days(int64_t tp) { return floordiv(tp, DAY_SECS); }

int64_t tp_make(int64_t y, int m, int d, int hh, int mm, int ss) {
  return tp_from_days(date_days(y, m, d)) + hh * 3600 + mm * 60 + ss;
}

void tp_split(int64_t tp, int64_t *y, int *m, int *d, int *hh, int *mm, int *ss) {
  int64_t days = tp_days(tp);
  int64_t rem = tp - days * DAY_SECS;
  date_civil(days, y, m, d);
  *hh = (int)(rem / 3600);
  *mm = (int)(rem / 60 % 60);
  *ss = (int)(rem % 60);
}

/* ---- TIMEX3 value -> interval ------------------------------------------------ */

/* Reads exactly n digits at *p; -1 if they are not there. */
static int64_t digits(const char **p, int n) {
  int64_t v = 0;
  for (int i = 0; i < n; i++) {
    if (!isdigit((unsigned char)(*p)[i]))
      return -1;
    v = v * 10 + ((*p)[i] - '0');
  }
  *p += n;
  return v;
}

static void set_iv(tempora_interval *iv, int64_t s, int64_t e) {
  iv->start = s;
  iv->end = e;
  iv->flags = 0;
  iv->valid = 1;
}

static void set_days(tempora_interval *iv, int64_t d0, int64_t d1) {
  set_iv(iv, tp_from_days(d0), tp_from_days(d1));
}

/* Parts of the day as TimeML names them, with the hours we give them. */
static const struct {
  const char *code;
  int from, to; /* hours; `to` may pass 24 */
} parts_of_day[] = {
    {"MO", 6, 12}, {"MI", 11, 13}, {"AF", 12, 18}, {"EV", 18, 22},
    {"NI", 21, 30}, {"DT", 8, 18},
};

int date_value_interval(const char *value, int64_t dct, int has_dct,
                        tempora_interval *iv, tempora_precision *prec) {
  memset(iv, 0, sizeof *iv);
  *prec = TEMPORA_PREC_NONE;
  if (!value || !*value)
    return -1;
  if (!strcmp(value, "PRESENT_REF")) {
    if (!has_dct)
      return -1;
    int64_t d = tp_days(dct);
    set_days(iv, d, d + 1);
    iv->flags = TEMPORA_IV_APPROX;
    *prec = TEMPORA_PREC_DAY;
    return 0;
  }
  if (!strcmp(value, "PAST_REF") || !strcmp(value, "FUTURE_REF")) {
    if (!has_dct)
      return -1;
    int64_t y;
    int m, d;
    date_civil(tp_days(dct), &y, &m, &d);
    int64_t today = tp_days(dct);
    if (value[0] == 'P') {
      int64_t y0 = y;
      int m0 = m, d0 = d;
      date_add_months(&y0, &m0, &d0, -12);
      set_days(iv, date_days(y0, m0, d0), today);
      iv->flags = TEMPORA_IV_OPEN_START | TEMPORA_IV_APPROX;
    } else {
      int64_t y1 = y;
      int m1 = m, d1 = d;
      date_add_months(&y1, &m1, &d1, 12);
      set_days(iv, today + 1, date_days(y1, m1, d1));
      iv->flags = TEMPORA_IV_OPEN_END | TEMPORA_IV_APPROX;
    }
    *prec = TEMPORA_PREC_YEAR;
    return 0;
  }
  const char *p = value;
  int neg = 0;
  if (!strncmp(p, "BC", 2)) { /* TimeML writes 44 BCE as BC0044 (astronomical -43) */
    neg = 1;
    p += 2;
  }
  size_t nd = strspn(p, "0123456789");
  if (nd == 0)
    return -1;
  if (nd == 1 || nd == 2 || nd == 3) {
    if (p[nd] != '\0')
      return -1;
    int64_t v = strtoll(p, NULL, 10);
    int64_t span = nd == 1 ? 1000 : nd == 2 ? 100 : 10;
    int64_t y0 = v * span;
    if (neg)
      y0 = 1 - (y0 + span);
    set_days(iv, date_days(y0, 1, 1), date_days(y0 + span, 1, 1));
    *prec = nd == 1 ? TEMPORA_PREC_MILLENNIUM : nd == 2 ? TEMPORA_PREC_CENTURY : TEMPORA_PREC_DECADE;
    return 0;
  }
  if (nd != 4)
    return -1;
  int64_t y = digits(&p, 4);
  if (neg)
    y = 1 - y;
  if (*p == '\0') {
    set_days(iv, date_days(y, 1, 1), date_days(y + 1, 1, 1));
    *prec = TEMPORA_PREC_YEAR;
    return 0;
  }
  if (*p++ != '-')
    return -1;
  if (*p == 'W' && isdigit((unsigned char)p[1])) {
    p++;
    int64_t wn = digits(&p, 2);
    if (wn < 1 || wn > date_iso_weeks_in_year(y))
      return -1;
    int64_t mon = date_iso_week_monday(y, (int)wn);
    if (*p == '\0') {
      set_days(iv, mon, mon + 7);
      *prec = TEMPORA_PREC_WEEK;
      return 0;
    }
    if (!strcmp(p, "-WE")) {
      set_days(iv, mon + 5, mon + 7);
      *prec = TEMPORA_PREC_DAY;
      return 0;
    }
    if (p[0] == '-' && p[1] >= '1' && p[1] <= '7' && p[2] == '\0') {
      set_days(iv, mon + (p[1] - '1'), mon + (p[1] - '1') + 1);
      *prec = TEMPORA_PREC_DAY;
      return 0;
    }
    return -1;
  }
  if (*p == 'Q' || *p == 'H') {
    char k = *p++;
    int64_t n = digits(&p, 1);
    int parts = k == 'Q' ? 4 : 2;
    if (n < 1 || n > parts || *p)
      return -1;
    int len = 12 / parts;
    int m0 = (int)(n - 1) * len + 1;
    int64_t ye = y;
    int me = m0, de = 1;
    date_add_months(&ye, &me, &de, len);
    set_days(iv, date_days(y, m0, 1), date_days(ye, me, 1));
    *prec = k == 'Q' ? TEMPORA_PREC_QUARTER : TEMPORA_PREC_HALF;
    return 0;
  }
  if (isalpha((unsigned char)p[0]) && isalpha((unsigned char)p[1]) && !p[2]) {
    /* Seasons, northern hemisphere, by meteorological months; winter
     * starts in December of the named year. */
    static const struct { const char *c; int m; } seasons[] = {
        {"SP", 3}, {"SU", 6}, {"FA", 9}, {"WI", 12}};
    for (size_t i = 0; i < 4; i++)
      if (!strcmp(p, seasons[i].c)) {
        int64_t ye = y;
        int me = seasons[i].m, de = 1;
        date_add_months(&ye, &me, &de, 3);
        set_days(iv, date_days(y, seasons[i].m, 1), date_days(ye, me, 1));
        *prec = TEMPORA_PREC_SEASON;
        return 0;
      }
    return -1;
  }
  /* "1990-XX-XX", "1990-02-XXTMO": a day the text does not give, within
   * its year or month (the interval that surely holds it) */
  if (!strncmp(p, "XX-XX", 5) && (p[5] == '\0' || p[5] == 'T')) {
    set_days(iv, date_days(y, 1, 1), date_days(y + 1, 1, 1));
    *prec = TEMPORA_PREC_YEAR;
    return 0;
  }
  int64_t m = digits(&p, 2);
  if (m < 1 || m > 12)
    return -1;
  if (*p == '\0' || (!strncmp(p, "-XX", 3) && (p[3] == '\0' || p[3] == 'T'))) {
    int64_t ye = y;
    int me = (int)m, de = 1;
    date_add_months(&ye, &me, &de, 1);
    set_days(iv, date_days(y, (int)m, 1), date_days(ye, me, 1));
    *prec = TEMPORA_PREC_MONTH;
    return 0;
  }
  if (*p++ != '-')
    return -1;
  int64_t d = digits(&p, 2);
  if (d < 1 || !date_valid(y, (int)m, (int)d))
    return -1;
  int64_t day = date_days(y, (int)m, (int)d);
  if (*p == '\0') {
    set_days(iv, day, day + 1);
    *prec = TEMPORA_PREC_DAY;
    return 0;
  }
  if (*p++ != 'T')
    return -1;
  for (size_t i = 0; i < sizeof parts_of_day / sizeof parts_of_day[0]; i++)
    if (!strcmp(p, parts_of_day[i].code)) {
      set_iv(iv, tp_from_days(day) + parts_of_day[i].from * 3600,
             tp_from_days(day) + parts_of_day[i].to * 3600);
      *prec = TEMPORA_PREC_PART_OF_DAY;
      return 0;
    }
  int64_t hh = digits(&p, 2);
  if (hh < 0 || hh > 24)
    return -1;
  int64_t mi = 0, ss = 0;
  tempora_precision pr = TEMPORA_PREC_HOUR;
  if (*p == ':') {
    p++;
    mi = digits(&p, 2);
    if (mi < 0 || mi > 59)
      return -1;
    pr = TEMPORA_PREC_MINUTE;
    if (*p == ':') {
      p++;
      ss = digits(&p, 2);
      if (ss < 0 || ss > 60)
        return -1;
      pr = TEMPORA_PREC_SECOND;
    }
  }
  /* A zone designator (Z, +05, -05:00) may follow; times stay local. */
  if (*p && *p != 'Z' && *p != '+' && *p != '-')
    return -1;
  int64_t t = tp_from_days(day) + hh * 3600 + mi * 60 + ss;
  int64_t len = pr == TEMPORA_PREC_HOUR ? 3600 : pr == TEMPORA_PREC_MINUTE ? 60 : 1;
  set_iv(iv, t, t + len);
  *prec = pr;
  return 0;
}

/* ---- public helpers ------------------------------------------------------------ */

/* Writes v (>= 0) in decimal, zero-padded to `width` digits, at p, as
 * printf's "%0*llu"; returns the end. */
static char *put_digits(char *p, unsigned long long v, int width) {
  char d[24];
  int n = 0;
  do {
    d[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  while (n < width)
    d[n++] = '0';
  while (n)
    *p++ = d[--n];
  return p;
}

/* (written digit by digit rather than by snprintf: every timex and event
 * bound of a JSON timeline passes here, and the format parsing cost more
 * than the rest of the rendering of a bound; same bytes, same return) */
size_t tempora_format_time(int64_t t, tempora_precision p, char *buf, size_t size) {
  int64_t y;
  int m, d, hh, mm, ss;
  tp_split(t, &y, &m, &d, &hh, &mm, &ss);
  char s[64], *e = s;
  if (y < 0 || y > 9999) /* ISO 8601 expanded years: "-0044", "+10000" */
    *e++ = y < 0 ? '-' : '+';
  e = put_digits(e, y < 0 ? 0 - (unsigned long long)y : (unsigned long long)y, 4);
  *e++ = '-';
  e = put_digits(e, (unsigned)m, 2);
  *e++ = '-';
  e = put_digits(e, (unsigned)d, 2);
  if (p == TEMPORA_PREC_SECOND || p == TEMPORA_PREC_MINUTE || p == TEMPORA_PREC_HOUR ||
      p == TEMPORA_PREC_PART_OF_DAY || hh || mm || ss) {
    *e++ = 'T';
    e = put_digits(e, (unsigned)hh, 2);
    *e++ = ':';
    e = put_digits(e, (unsigned)mm, 2);
    *e++ = ':';
    e = put_digits(e, (unsigned)ss, 2);
  }
  size_t n = (size_t)(e - s);
  if (size) { /* as snprintf: cut to size - 1 bytes, always terminated */
    size_t k = n < size - 1 ? n : size - 1;
    memcpy(buf, s, k);
    buf[k] = '\0';
  }
  return n;
}

int tempora_parse_time(const char *s, int64_t *out, tempora_precision *prec) {
  if (!s)
    return TEMPORA_EDATE;
  while (isspace((unsigned char)*s))
    s++;
  const char *p = s;
  int neg = 0;
  if (*p == '-' || *p == '+') {
    neg = *p == '-';
    p++;
  }
  size_t nd = strspn(p, "0123456789");
  if (nd < 4 || nd > 6)
    return TEMPORA_EDATE;
  int64_t y = strtoll(p, NULL, 10);
  if (neg)
    y = -y;
  p += nd;
  int64_t m = 1, d = 1, hh = 0, mi = 0, ss = 0;
  tempora_precision pr = TEMPORA_PREC_YEAR;
  if (*p == '-') {
    p++;
    m = digits(&p, 2);
    if (m < 1 || m > 12)
      return TEMPORA_EDATE;
    pr = TEMPORA_PREC_MONTH;
    if (*p == '-') {
      p++;
      d = digits(&p, 2);
      if (d < 1 || !date_valid(y, (int)m, (int)d))
        return TEMPORA_EDATE;
      pr = TEMPORA_PREC_DAY;
      if (*p == 'T' || *p == ' ' || *p == 't') {
        p++;
        hh = digits(&p, 2);
        if (hh < 0 || hh > 23 || *p++ != ':')
          return TEMPORA_EDATE;
        mi = digits(&p, 2);
        if (mi < 0 || mi > 59)
          return TEMPORA_EDATE;
        pr = TEMPORA_PREC_MINUTE;
        if (*p == ':') {
          p++;
          ss = digits(&p, 2);
          if (ss < 0 || ss > 60)
            return TEMPORA_EDATE;
          if (ss == 60)
            ss = 59;
          pr = TEMPORA_PREC_SECOND;
          if (*p == '.') { /* fractions of a second are dropped */
            p++;
            while (isdigit((unsigned char)*p))
              p++;
          }
        }
        if (*p == 'Z' || *p == 'z')
          p++;
        else if (*p == '+' || *p == '-') {
          p++;
          if (digits(&p, 2) < 0)
            return TEMPORA_EDATE;
          if (*p == ':')
            p++;
          if (isdigit((unsigned char)*p) && digits(&p, 2) < 0)
            return TEMPORA_EDATE;
        }
      }
    }
  }
  while (isspace((unsigned char)*p))
    p++;
  if (*p)
    return TEMPORA_EDATE;
  *out = tp_make(y, (int)m, (int)d, (int)hh, (int)mi, (int)ss);
  if (prec)
    *prec = pr;
  return 0;
}
