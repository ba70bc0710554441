/*
 * lexicon.h — the tagger's word table: every word the temporal rules care
 * about, with its classes and values ("oct" is a month abbreviation, 10;
 * "second" is both an ordinal, 2, and a unit).  Rule literals are interned
 * into the same table so that a token is looked up once and then compared
 * by id.  The table is built once per process (thread-safe) and read-only
 * after that.
 */
#ifndef TEMPORA_LEXICON_H
#define TEMPORA_LEXICON_H

#include <stddef.h>

enum lex_class {
  LC_MONTH = 1u << 0,        /* january .. december */
  LC_MONTH_ABBR = 1u << 1,   /* jan, feb, sept ... (also LC_MONTH) */
  LC_WEEKDAY = 1u << 2,      /* monday .. sunday */
  LC_WEEKDAY_ABBR = 1u << 3, /* mon, tues ... */
  LC_UNIT = 1u << 4,         /* second .. century (singular or plural) */
  LC_NUMWORD = 1u << 5,      /* one .. ninety, dozen */
  LC_TENS = 1u << 6,         /* twenty .. ninety: may take a unit digit word */
  LC_MULT = 1u << 7,         /* hundred, thousand */
  LC_ORDWORD = 1u << 8,      /* first .. thirty-first (single words) */
  LC_SEASON = 1u << 9,       /* spring, summer, fall, autumn, winter */
  LC_POD = 1u << 10,         /* morning, afternoon, evening, night */
  LC_VAGUE = 1u << 11,       /* several, few, couple: an unknown quantity */
  LC_ZONE = 1u << 12,        /* gmt, utc, est, edt ...: a time zone */
  LC_DECWORD = 1u << 13      /* twenties .. nineties: a decade in words */
};

/* Units, finest first. */
enum lex_unit {
  UNIT_NONE = 0,
  UNIT_SECOND,
  UNIT_MINUTE,
  UNIT_HOUR,
  UNIT_DAY,
  UNIT_WEEKEND,
  UNIT_WEEK,
  UNIT_FORTNIGHT,
  UNIT_MONTH,
  UNIT_QUARTER,
  UNIT_YEAR,
  UNIT_DECADE,
  UNIT_CENTURY,
  UNIT_MILLENNIUM
};

typedef struct lex_entry {
  const char *word;   /* lowercase */
  size_t len;         /* strlen(word): every token is looked up, most probes miss */
  unsigned classes;   /* enum lex_class bits */
  int id;             /* unique, > 0 */
  short month;        /* 1..12 */
  short weekday;      /* 1 = Monday .. 7 */
  short unit;         /* enum lex_unit */
  short plural;       /* unit given in the plural */
  short season;       /* 0 SP, 1 SU, 2 FA, 3 WI */
  short pod;          /* index into lex_pod_codes */
  int num;            /* LC_NUMWORD value, -1 for vague quantities */
  int ord;            /* LC_ORDWORD value */
  short decade;       /* LC_DECWORD: 2 .. 9 */
  short zone;         /* LC_ZONE: UTC offset in minutes + 1440 (so 0 = none) */
} lex_entry;

extern const char *const lex_season_codes[4]; /* "SP", "SU", "FA", "WI" */
extern const char *const lex_pod_codes[];     /* "MO", "AF", "EV", "NI", ... */

/* Builds the table (idempotent, thread-safe).  `extra` words (the rules'
 * literals) are interned as well.  Returns 0, or -1 when out of memory. */
int lex_init(const char *const *extra, size_t n_extra);

/* Looks up a lowercase word; NULL when unknown. */
const lex_entry *lex_lookup(const char *w, size_t n);

#endif
