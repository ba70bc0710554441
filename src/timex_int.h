/*
 * timex_int.h — what the tagger engine (timex.c) and its rule tables
 * (timex_rules.c) share: the capture record a pattern fills, the
 * per-document state, and the helpers normalizers use.
 *
 * Pattern syntax (one rule = one pattern string, elements separated by
 * spaces):
 *   word|word      a literal word (lowercase; punctuation is a word too)
 *   <CLASS>        a word class: MONTH WEEKDAY UNIT NUM YEAR DAY ORD SEASON
 *                  POD INT CLOCK DECADE AMPM (see class_match in timex.c)
 *   name=...       record which literal matched in slot `name`
 *                  (rel, mod, dir, x, y)
 *   ...?           the element is optional
 *   ~...           the element's token touches the previous one (no space)
 * Example: "the? rel=past|last|previous <NUM> <UNIT>"
 */
#ifndef TEMPORA_TIMEX_INT_H
#define TEMPORA_TIMEX_INT_H

#include "lexicon.h"
#include "timex.h"

enum { SLOT_REL, SLOT_MOD, SLOT_DIR, SLOT_X, SLOT_Y, NSLOTS };

typedef struct capture {
  int month, day, weekday, unit, plural, season, pod, ord;
  int hour, minute, second, ampm; /* ampm: 0 none, 1 a.m., 2 p.m. */
  int has_clock;
  int64_t year;                   /* YEAR */
  int has_year;
  int decade;                     /* DECADE: 199 for "1990s" */
  double num;                     /* NUM */
  int has_num, vague;             /* vague: "several", "few" */
  long slot[NSLOTS];              /* token index of a named literal, -1 */
  size_t t0, t1;                  /* matched tokens [t0, t1) */
} capture;

enum { TENSE_UNKNOWN = 0, TENSE_PAST, TENSE_PRESENT, TENSE_FUTURE };

typedef struct tstate {
  const timex_doc *doc;
  const lex_entry **lex;          /* per token, NULL when not a lexicon word */
  size_t sent;                    /* sentence being tagged */
  size_t s_tok0, s_tok1;          /* its token range */
  int has_ref;                    /* narrative reference date known */
  int64_t ref;                    /* narrative reference (time point) */
  tempora_precision ref_prec;
} tstate;

/* A normalizer fills out->value (and mod, type changes, interval for
 * anchored durations) from the capture; returns 0, or -1 to refuse the
 * match (the tagger then tries shorter matches / moves on). */
typedef int (*norm_fn)(tstate *st, const capture *c, int arg, timex_out *out);

typedef struct timex_rule {
  const char *pattern;
  tempora_timex_type type;
  norm_fn fn;
  int arg;
} timex_rule;

extern const timex_rule timex_rules[];
extern const size_t timex_nrules;

/* ---- helpers for normalizers (timex.c) ---- */

/* The lowercase word of token i, or "" when it is not a lexicon word. */
const char *tok_word(const tstate *st, size_t i);
/* The word recorded in a slot, or "" when the slot is empty. */
const char *slot_word(const tstate *st, const capture *c, int slot);
/* Is token i (case-insensitively) the word w? */
int tok_is(const tstate *st, size_t i, const char *w);
/* Tense of the clause around tokens [t0, t1): the nearest tense cue. */
int clause_tense(const tstate *st, size_t t0, size_t t1);
/* The date relative expressions resolve against: the DCT in news mode,
 * the last mentioned date in narrative mode.  0 when there is none. */
int anchor_point(const tstate *st, int64_t *tp);

#endif
