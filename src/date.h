/*
 * date.h — calendar arithmetic on the proleptic Gregorian calendar.
 *
 * Representation: a day is an int64 count of days since 1970-01-01 (day 0);
 * a time point is int64 seconds since 1970-01-01T00:00:00, local to the
 * document (no zone).  Years are astronomical (year 0 = 1 BCE), unbounded in
 * practice (|year| < 2^40).  Weeks follow ISO 8601: Monday is day 1, week 1
 * is the week with the year's first Thursday.
 */
#ifndef TEMPORA_DATE_H
#define TEMPORA_DATE_H

#include <stdint.h>

#include "tempora.h"

#define DAY_SECS 86400

int date_is_leap(int64_t y);
int date_days_in_month(int64_t y, int m);
int date_valid(int64_t y, int m, int d);
int64_t date_days(int64_t y, int m, int d);
void date_civil(int64_t days, int64_t *y, int *m, int *d);
int date_weekday(int64_t days);                 /* 1 = Monday .. 7 = Sunday */
void date_iso_week(int64_t days, int64_t *wy, int *wn);
int64_t date_iso_week_monday(int64_t wy, int wn); /* day of that week's Monday */
int date_iso_weeks_in_year(int64_t wy);
/* Day of Easter Sunday (Gregorian computus) in year y. */
int64_t date_easter(int64_t y);
/* Day of the n-th (n >= 1; -1 = last) weekday wd (1 = Monday) of a month. */
int64_t date_nth_weekday(int64_t y, int m, int n, int wd);
/* Day of a date of the tabular (arithmetic) Islamic calendar: within a day
 * or two of the observed calendar, which depends on moon sighting. */
int64_t date_islamic_days(int64_t hy, int hm, int hd);
/* Day (in the time zone utc_min minutes east of UTC) of the first new
 * moon on or after day `from`, from the mean lunation with the main
 * periodic terms of the lunar theory (within a few minutes of the true
 * conjunction for the centuries around now). */
int64_t date_new_moon_on_or_after(int64_t from, int utc_min);
/* Adds months, clamping the day to the target month's length. */
void date_add_months(int64_t *y, int *m, int *d, int64_t months);

int64_t tp_from_days(int64_t days);
int64_t tp_days(int64_t tp);                    /* floor(tp / DAY_SECS) */
int64_t tp_make(int64_t y, int m, int d, int hh, int mm, int ss);
void tp_split(int64_t tp, int64_t *y, int *m, int *d, int *hh, int *mm, int *ss);

/* The interval and precision a TIMEX3 value denotes on the calendar:
 * "2026-11-24", "2025", "201", "19", "2025-W12", "2025-W12-WE", "2024-SP",
 * "2025-Q3", "2025-H2", "2026-11-24T10:00", "2026-11-24TMO".  References
 * (PRESENT_REF, PAST_REF, FUTURE_REF) need the DCT (`has_dct`).  Returns 0
 * and fills iv/prec, or -1 when the value is not a calendar position
 * (durations, sets, values with X). */
int date_value_interval(const char *value, int64_t dct, int has_dct,
                        tempora_interval *iv, tempora_precision *prec);

#endif
