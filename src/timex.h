/*
 * timex.h — the temporal tagger: recognizes temporal expressions in a
 * segmented document and normalizes them to TIMEX3 values and intervals.
 *
 * Recognition is one left-to-right pass over the tokens.  At each token
 * that can start a rule (looked up once in the lexicon), the rules indexed
 * under that word or class are tried and the longest match wins; its
 * normalizer turns the captured parts into a value, or refuses.  Rules are
 * data (timex_rules.c): a pattern string and a normalizer.
 */
#ifndef TEMPORA_TIMEX_H
#define TEMPORA_TIMEX_H

#include <stddef.h>
#include <stdint.h>

#include "segment.h"
#include "tempora.h"

typedef struct timex_out {
  size_t start, end;   /* byte span */
  size_t sentence;
  tempora_timex_type type;
  char value[80];
  char mod[24];
  char quant[16];
  char freq[16];
  char anchor[80];     /* anchored durations: the anchor's value */
  char signal[16];     /* "since", "until", "through", "from" ... or "" */
  tempora_interval iv;
  tempora_precision prec;
  unsigned flags;      /* TXF_* (timex_int.h), internal to the tagger */
  unsigned keeps;      /* TXK_* (timex_int.h): what the timex leaves in the
                        * tagger's state if it wins, applied by update_refs */
  int64_t keep_day;    /* TXK_ENTRY: the entry's day; TXK_WEEK_BASE: the
                        * first day of week one */
  int keep_hour;       /* TXK_ENTRY: the entry's hour */
  size_t t0, t1;       /* token span, internal to the tagger */
} timex_out;

typedef struct timex_doc {
  const char *text;
  size_t len;
  const segmentation *seg;
  int has_dct;
  int64_t dct;               /* time point */
  tempora_precision dct_prec;/* DAY or finer */
  int narrative;             /* resolve against the last mentioned date */
  tempora_date_order order;
} timex_doc;

/* Tags a document.  *out is a malloc'd array of *n timexes in text order
 * (free with free()).  Returns 0, or -1 when out of memory. */
int timex_tag(const timex_doc *doc, timex_out **out, size_t *n);

/* Initializes the rule tables (also done lazily by timex_tag). */
int timex_init(void);

#endif
