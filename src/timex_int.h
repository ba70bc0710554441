/*
 * timex_int.h — what the tagger engine (timex.c) and its rule tables
 * (timex_rules.c) share: the capture record a pattern fills, the
 * per-document state, and the helpers normalizers use.
 *
 * Pattern syntax (one rule = one pattern string, elements separated by
 * spaces):
 *   word|word      a literal word (lowercase; punctuation is a word too)
 *   <CLASS>        a word class: MONTH WEEKDAY UNIT NUM YEAR DAY ORD SEASON
 *                  POD INT CLOCK DECADE AMPM ZONE QTR DECWORD FRAC
 *                  (see class_match in timex.c)
 *   {MACRO}        one of the alternatives of a named sub-pattern
 *                  (timex_macros in timex_rules.c), e.g. {DAYREF}
 *   name=...       record which token matched in slot `name`
 *                  (rel, mod, dir, x, y, day, yrel, pre)
 *   ...?           the element is optional
 *   ~...           the element's token touches the previous one (no space)
 * Example: "the? rel=past|last|previous <NUM> <UNIT>"
 *
 * Modifiers ("early", "nearly", "or so") are a separate table
 * (timex_mods) that wraps any rule's match, so rules stay bare.
 */
#ifndef TEMPORA_TIMEX_INT_H
#define TEMPORA_TIMEX_INT_H

#include "lexicon.h"
#include "timex.h"

enum { SLOT_REL, SLOT_MOD, SLOT_DIR, SLOT_X, SLOT_Y, SLOT_DAY, SLOT_YREL, SLOT_PRE, NSLOTS };

typedef struct capture {
  int month, day, weekday, unit, plural, season, pod, ord;
  int quarter, half;              /* QTR: 1..4 quarters, 1..2 halves */
  int hour, minute, second, ampm; /* ampm: 0 none, 1 a.m., 2 p.m. */
  int has_clock;
  int zone;                       /* ZONE: 1 + index, 0 none */
  int64_t year;                   /* YEAR */
  int has_year;
  int year_words;                 /* the year was written in words */
  int decade;                     /* DECADE: 199 for "1990s"; century*10 for "1800s" */
  int century_s;                  /* "1800s": the decade field holds a century */
  double num, num2;               /* NUM (num2: second NUM of "two to three") */
  int has_num, has_num2, vague;   /* vague: "several", "few" */
  double frac;                    /* FRAC: "1/2" */
  long slot[NSLOTS];              /* token index of a named literal, -1 */
  size_t t0, t1;                  /* matched tokens [t0, t1) */
} capture;

enum { TENSE_UNKNOWN = 0, TENSE_PAST, TENSE_PRESENT, TENSE_FUTURE };

/* Flags a normalizer sets on its output (timex_out.flags). */
#define TXF_QUANT 0x01   /* a quantity ("three years", "two years ago"): takes
                          * "nearly", "more than", "at least" */
#define TXF_NOMOD 0x02   /* takes no modifier at all */
#define TXF_ANAPHOR 0x04 /* refers back to a mentioned time ("that day") */
#define TXF_QUARTER 0x08 /* a fiscal quarter or half: becomes the quarter reference */
#define TXF_NOREF 0x10   /* never becomes a reference for later expressions */
#define TXF_SPAN 0x20    /* an anchored span ("the past 18 months") */
#define TXF_RANGE_END 0x80 /* the bare second end of a range ("the 26 of Nov. 24-26") */
#define TXF_FISCAL 0x100  /* a fiscal period ("fiscal first quarter", or "the quarter"
                           * and "a year earlier" said of one): its calendar
                           * placement comes from the text or is approximate */
#define TXF_LOOKBACK 0x200 /* counted back from a mentioned time ("three hours
                            * earlier"): the clock reference stays */
#define TXF_MOVABLE 0x400 /* a feast whose date moves from year to year (Easter,
                           * Memorial Day): "each year" makes no XXXX-MM-DD of it */
#define TXF_AHEAD 0x800  /* put ahead of the publication date by a clear cue of its
                          * clause ("will resume June 15 through Sept. 8") */
#define TXF_BARECLOCK 0x40 /* a clock time placed on the anchor's day for want of
                            * a day: a day named in its sentence wins */

/* What a timex leaves in the tagger's state once it wins (timex_out.keeps).
 * A normalizer runs for every candidate, losing ones too, so it only asks
 * for these; update_refs makes them so for the winner. */
#define TXK_LAST_SENT 0x01   /* the retold day stays the last one named */
#define TXK_RETOLD_SENT 0x02 /* the retelling goes on in this sentence */
#define TXK_ENTRY 0x04       /* a live blog's entry: keep_day, keep_hour */
#define TXK_WEEK_BASE 0x08   /* a story's week one starts on keep_day */
#define TXK_WEEK_NUMBERS 0x10 /* the text numbers its weeks ("week 26") */

struct cand_cache;  /* timex.c */
struct macro_memo;  /* timex.c */

/* A time the text named, remembered for the sentences that follow: whether
 * there is one, its value (a day number, a year or a time point, as the
 * field says) and the sentence that named it.  mention_near() and
 * mention_before() ask whether it is still in reach. */
typedef struct mention {
  int on;
  int64_t at;
  size_t sent;
} mention;

typedef struct tstate {
  const timex_doc *doc;
  const lex_entry **lex;          /* per token, NULL when not a lexicon word */
  size_t sent;                    /* sentence being tagged */
  size_t s_tok0, s_tok1;          /* its token range */
  size_t gap_lim;                 /* where a timex from the token tried must end: the next
                                   * column gap (TF_GAP) or the sentence's end */
  int has_ref;                    /* narrative reference date known */
  int64_t ref;                    /* narrative reference (time point) */
  tempora_precision ref_prec;
  /* The last mentioned calendar time (either mode): what "that day",
   * "the following year" and "two years later" count from. */
  int has_last;
  int64_t last;
  tempora_precision last_prec;
  size_t last_sent;
  int last_dated_wd;              /* it was written with its weekday ("Friday, Oct. 3") */
  int last_bound;                 /* it ended a span ("until Monday, March 18") */
  int split_years;                /* the text writes years as "2025-26" (0 not yet
                                   * looked, 1 no, 2 yes) */
  mention entry;                  /* a live blog's entry time ("22:15" first on its
                                   * line): its day, rolled over midnight, */
  int entry_hour;                 /* and its hour */
  mention week_base;              /* a story's first week ("The first week passed
                                   * quietly"): a day in it; its sentence is the
                                   * last that counted from it */
  int dotted_clocks;              /* the text writes "9.40 p.m." (see class_match) */
  int dotted24;                   /* ... or "09.00", "18.30" (24-hour, with a dot) */
  int ampm_clocks;                /* ... or any clock with am or pm ("10 p.m.") */
  int clock24;                    /* the text writes 24-hour clocks ("16:00"): 0
                                   * not yet looked, 1 no, 2 yes */
  mention heading_week;           /* a heading that names a week ahead ("What to
                                   * watch next week"): its first day, for the
                                   * section's bare weekdays */
  int forecast_label;             /* the first line has a label "Forecast",
                                   * "Outlook": the text talks of days ahead */
  mention forecast_head;          /* a short heading in capitals naming one
                                   * ("FORECAST BY DAY") */
  mention hours_head;             /* a heading of hours ("Standard opening hours"):
                                   * its lines' weekdays recur */
  mention event_day;              /* a day ahead the lead names ("will be switched on
                                   * on Saturday 23 November"): a programme's day */
  mention heading_day;            /* a day that is a line of its own ("Sunday 3
                                   * May", "TUESDAY, Nov. 9"): the day of the
                                   * section's clocks */
  int heading_days;               /* how many different days have headed sections */
  mention list_day;               /* the last day or month first in its line or cell
                                   * ("Sep 17   ...", "Half-term: 12-16 February") */
  int list_dir;                   /* +1, -1: the list's days so far run forward, back */
  mention front_year;             /* a year heading its sentence ("2015 - A truce
                                   * takes effect on 15 February", "In 2015, ...") */
  mention decade;                 /* the last decade named ("the 1870s"): its start */
  int decade_after_last;          /* and nothing finer named since */
  int64_t month_year[13];         /* the year each month was last written with */
  unsigned char month_known[13];  /* ("in February 2019 ... That February") */
  mention dated;                  /* the last heading written with its weekday
                                   * ("Tuesday 28 April" first on its line): its day */
  int last_lookback;              /* it was a story's look back (the reference stayed) */
  int last_retold;                /* news: it can anchor a retold past (see retold_ymd) */
  int retold_quote;               /* news: the candidate is in a quotation that speaks
                                   * from the retold day just named (the anchor) */
  int numbers_weeks;              /* the text numbers weeks ("epidemiological week 2") */
  char sent_season[8];            /* a season its sentence named with its year ("next */
  size_t sent_season_sent;        /* spring"): 2026-SP, and that sentence */
  int ref_from_text;              /* the reference is a time the story named */
  int ref_heading;                /* ... named in a heading (a title's year) */
  size_t ref_sent;                /* the sentence that set it */
  mention flash;                  /* a story's look back in the past perfect (only
                                   * its sentence counts) */
  int last_week;                  /* it was a week or a weekend (2: "that week") */
  /* The last day mentioned (a date, or a time's day), for "the same day"
   * said after a coarser time ("... on Sept. 19 ... fiscal 2026.  The
   * Senate rejected it the same day"). */
  mention last_day;               /* its time point */
  /* The last few days mentioned (day numbers, newest at
   * recent_day[(n_recent - 1) % 8]), look-backs included: the day "it
   * struck on a Saturday" means is one of them. */
  int64_t recent_day[8];
  size_t recent_sent[8];          /* the sentence each was named in */
  int recent_hour[8];             /* a clock's hour on it, -1 for a day named */
  int cur_hour;                   /* the hour of the clock being placed, or -1 */
  unsigned n_recent;
  /* The last clock time mentioned ("at 6 a.m."), to the minute: what
   * "three hours later" counts from. */
  mention clock;                  /* its time point */
  /* The last fiscal quarter or half mentioned ("the third quarter"):
   * what "the quarter" and "a year earlier" refer to in earnings text. */
  int has_qref;
  int64_t qref_year;
  int qref_q;                     /* 1..4, or 0 for "QX" (unknown) */
  int qref_half;                  /* a half rather than a quarter */
  size_t qref_sent;
  int qref_fiscal;                /* that quarter was a fiscal one */
  /* A heading that names a calendar quarter or half with its year
   * ("Milestones for Q3 2025"): its year, for the months of it below */
  mention quarter_head;
  /* News: the last day years back the text retold (a day's precision), and
   * the sentence that last went on with it.  The writer's present said in
   * between ("he reads aloud on a gray Monday afternoon", "next month")
   * does not end the story; another past year does. */
  mention retold;
  int weekly_grid;                /* 0 not looked at, 1 no, 2 yes: see weekly_grid() */
  /* A story: the time of a participle's aside that moved nothing ("A
   * reservoir, begun in the spring of 1872, was finished three years
   * later"), and its precision: "N later" in its sentence counts from it */
  mention aside;
  int aside_prec;
  mention uclock; /* the last undated clock (XXXX-XX-XXThh), at its hour */
  mention daily_head;             /* a heading that names a recurrence ("DAILY
                                   * SCHEDULE"): its section's clocks recur */
  /* The last date a clear cue of its clause put ahead (TXF_AHEAD), and its
   * end token: later months of its sentence's plan follow it */
  mention ahead;
  size_t ahead_t1;
  int quarter_head_q, quarter_head_half;
  /* News mode: the day each weekday (1..7) named bare ("Tuesday") was
   * taken to be, and whether a clear cue decided it (2) or not (1).  One
   * article means one Tuesday: a later mention with no clear cue of its
   * own ("ahead of Tuesday's hearing") keeps the day the first one had. */
  struct weekday_memo {
    int64_t day[8];
    unsigned char how[8];
    size_t range_sent[8]; /* how 3: a day inside a dated range, of this sentence */
  } *wk;
  /* The order of numeric dates (03/04/2026) in this document: its own
   * unambiguous ones (24/11/2026) decide, else the option.  0 until
   * worked out, else 1 + tempora_date_order. */
  int num_order;
  /* Days a weekday the text writes next to a full date of before 1923
   * lies off the Gregorian one ("Sunday, 2 September 1666", an Old Style
   * date): later weekdays of the story count in the text's calendar. */
  int wd_shift;
  /* The timex accepted before this one: range ends ("Nov. 24-26") take
   * their month and year from it. */
  int has_prev;
  timex_out prev;
  /* candidate bookkeeping of the engine (timex.c) */
  unsigned *seen_rules, *seen_mods;
  unsigned stamp;
  unsigned *tcls;                 /* per token: the classes it can start (CL_* bits) */
  struct cand_cache *cc;          /* candidate lists by context (the thread's, timex.c) */
  struct macro_memo *mm;          /* per macro: its matches at one token */
  unsigned mm_gen;                /* which best_rule call the memos belong to */
  const capture *fresh;           /* the empty capture of that call */
  unsigned char *tense_memo;      /* per token: 1 + its tense cue, 0 not yet known */
  double *numv;                   /* per numeric token: its value, once parsed */
  unsigned char *num_memo;        /* per token: 0 not parsed, 1 a number, 2 not one */
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

/* At most this many alternatives in a macro (and a NULL after them). */
#define MACRO_ALTS 19

/* A named sub-pattern: any one of its alternatives (NULL-terminated). */
typedef struct timex_macro {
  const char *name;
  const char *alt[MACRO_ALTS + 1];
} timex_macro;

/* Modifier kinds: what a modifier may attach to. */
enum {
  MODK_POINT = 1, /* a date or time on the calendar ("early", "the end of") */
  MODK_QUANT = 2, /* a quantity: duration or "N units ago" ("nearly", "more than") */
  MODK_ANY = 3
};

/* A modifier phrase before ("early", "the end of") or after ("or so") a
 * timex: its TIMEX3 mod for points and for quantities ("" = leave the
 * extent but set no mod), and whether it joins the extent. */
typedef struct timex_mod {
  const char *pattern;
  int after;              /* 0 before the timex, 1 after it */
  int kinds;              /* MODK_* it attaches to */
  const char *point_mod;  /* mod on a date/time */
  const char *quant_mod;  /* mod on a quantity */
  int in_extent;          /* 0: a signal outside the TIMEX3 */
  int on_span;            /* may attach to "the past N units" ("at least") */
  int counted;            /* only before a count: "over a week", not "over the weekend",
                           * "over several years" */
} timex_mod;

extern const timex_rule timex_rules[];
extern const size_t timex_nrules;
extern const timex_macro timex_macros[];
extern const size_t timex_nmacros;
extern const timex_mod timex_mods[];
extern const size_t timex_nmods;

/* ---- helpers for normalizers (timex.c) ---- */

/* Does sentence sent talk of the US federal budget (its fiscal year runs
 * October to September)? */
int us_federal_context(const timex_doc *doc, size_t sent);

/* Is the clause before token t0 in the past perfect ("had signed in
 * March")? */
int past_perfect(const tstate *st, size_t t0);
/* The weekend of the single day o names ("Easter weekend"); -1 when o is
 * no day (timex_rules.c). */
int day_weekend(timex_out *o);
/* The value of a token of digits (commas allowed); *ok 0 when it is none
 * (timex.c). */
int64_t tok_int(const tstate *st, size_t i, int *ok);
/* Is token i a clock written with a dot, "09.30", "18.00" (timex.c)? */
int dotted_hm(const tstate *st, size_t i);
/* Is byte offset at inside a quotation opened in its sentence? */
int in_quotes(const timex_doc *doc, size_t sent, size_t at);
int in_para_quotes(const timex_doc *doc, size_t sent, size_t at);
int ends_with(const char *w, const char *suf);
/* Does a participle phrase set off by a comma lead up to token t0 within
 * span tokens ("the record, set by a German crew in April")? */
int participle_aside(const tstate *st, size_t t0, size_t span);
/* Verbs of saying, whose day is not the day of what they report. */
extern const char *const reporting_verbs[];
/* Word lists more than one rule looks at: "every"/"each"; the days and
 * parts of the day they make recur ("every night"); the links of a range
 * ("Monday to Friday") and of a span's ends ("9-12", "until"); the
 * conjunctions that start a clause; an auxiliary or a subject before a
 * participle ("was set", "he set"); the dashes and colon that part an
 * entry from its text. */
extern const char *const every_words[], *const recur_day_words[], *const range_to_words[],
    *const range_links[], *const clause_conj[], *const subject_aux[], *const entry_seps[];
/* Is the sentence a line of its own without end punctuation (a heading,
 * an agenda's or a listing's line)? */
int own_line(const tstate *st);
/* Does the timex's text write a year out ("1939", "March 1629")? */
int writes_year(const timex_doc *doc, const timex_out *o);

/* The lowercase word of token i, or "" when it is not a lexicon word. */
const char *tok_word(const tstate *st, size_t i);
/* The word recorded in a slot, or "" when the slot is empty. */
const char *slot_word(const tstate *st, const capture *c, int slot);
/* Is token i (case-insensitively) the word w?  0 when i is outside the
 * sentence. */
int tok_is(const tstate *st, size_t i, const char *w);
/* Is token i one of the words (NULL-terminated list)? */
int tok_in(const tstate *st, size_t i, const char *const *words);
/* The token's flags (TF_*), 0 outside the sentence. */
unsigned tok_flags(const tstate *st, size_t i);
/* The token's kind (TOK_*), 0 outside the sentence. */
int tok_type(const tstate *st, size_t i);
/* Does token i start the sentence (possibly after opening quotes)? */
int tok_sentence_initial(const tstate *st, size_t i);
/* Tense of the clause around tokens [t0, t1): the nearest tense cue.
 * clause_tense_ex also says whether the cue is strong (a verb of the
 * clause's own, not a reporting verb or the present tense). */
int clause_tense(const tstate *st, size_t t0, size_t t1);
int clause_tense_ex(const tstate *st, size_t t0, size_t t1, int *strong);
/* The tense token i marks by itself (TENSE_UNKNOWN for most words). */
int tok_tense(const tstate *st, size_t i);
int will_word(const tstate *st, size_t k);
/* Moves a time point by n units (calendar-aware for months and up). */
int64_t tp_shift(int64_t tp, int unit, int64_t n);
/* The date relative expressions resolve against: the DCT in news mode,
 * the last mentioned date in narrative mode.  0 when there is none. */
int anchor_point(const tstate *st, int64_t *tp);
/* The time anaphoric expressions ("that day", "two years later") count
 * from: the last mentioned calendar time, else the anchor.  Fills its
 * precision (DAY when it is the DCT). */
int anaphor_point(const tstate *st, int64_t *tp, tempora_precision *prec);
int next_sentence_tense(const tstate *st);
/* Does the clause of tokens [t0, t1) place what it dates ahead: a clear
 * future, the present, or a schedule's verb right before ("runs from")? */
int clause_looks_ahead(const tstate *st, size_t t0, size_t t1);
/* Is a fiscal quarter the topic here (mentioned in this or the last two
 * sentences, or the word "quarter" in this one)? */
int quarter_context(const tstate *st);
/* Is mention m named in the sentence being tagged or in one of the
 * `back` sentences before it? */
static inline int mention_near(const tstate *st, const mention *m, size_t back) {
  return m->on && m->sent + back >= st->sent;
}
/* Is the last time named one retold years back (news: last_retold), in
 * the sentence being tagged or one of the `back` before it? */
static inline int last_retold_near(const tstate *st, size_t back) {
  return st->has_last && st->last_retold && st->last_sent + back >= st->sent;
}
/* ... in one of the `back` sentences before it, not in it? */
static inline int mention_before(const tstate *st, const mention *m, size_t back) {
  return m->on && m->sent < st->sent && m->sent + back >= st->sent;
}
/* Is token i a lowercase word in -ing ("spent the 18th falling back")? */
static inline int ing_form(const tstate *st, size_t i) {
  if (tok_type(st, i) != TOK_WORD)
    return 0;
  const token *t = &st->doc->seg->toks[i];
  return t->end - t->start > 4 && !(t->flags & TF_CAP) &&
         !memcmp(st->doc->text + t->end - 3, "ing", 3);
}
/* Does the line from byte i write a clock ("1:50 PM", "6pm")? (timex.c) */
int line_has_clock(const char *s, size_t len, size_t i);
/* Is one of the words, then "to", among the reach tokens before t0 in its
 * clause? (timex.c) */
int intent_before(const tstate *st, size_t t0, const char *const *words, size_t reach);
/* The weekday of a day in the text's calendar (1 Monday .. 7; an Old
 * Style story's weekdays run wd_shift days off the Gregorian ones). */
static inline int text_weekday(const tstate *st, int64_t day) {
  return (date_weekday(day) - 1 + st->wd_shift) % 7 + 1;
}

/* Days forward from `from` to the first weekday wd (0 when from is one). */
static inline int64_t days_to_weekday(const tstate *st, int64_t from, int wd) {
  return (wd - text_weekday(st, from) + 7) % 7;
}

/* The last day before `day` (not it) that falls on weekday wd. */
static inline int64_t weekday_before(const tstate *st, int64_t day, int wd) {
  int64_t back = (text_weekday(st, day) - wd + 7) % 7;
  return day - (back ? back : 7);
}

/* Does token t follow a list item's bullet that opens its line ("- Monday
 * 13 May", "* Closed", "\xE2\x80\xA2 Extended hours")? */
static inline int after_bullet(const tstate *st, size_t t) {
  return t > 0 && (st->doc->seg->toks[t - 1].flags & (TF_NEWLINE | TF_PARA)) &&
         (tok_is(st, t - 1, "-") || tok_is(st, t - 1, "*") || tok_is(st, t - 1, "\xE2\x80\xA2"));
}
/* Does token t open a line, a table cell or a list item ("Sep 17   ...",
 * "Half-term: 12-16 February")? */
static inline int list_cell_head(const tstate *st, size_t t) {
  const token *k = st->doc->seg->toks;
  if (t == 0 || (k[t].flags & (TF_NEWLINE | TF_PARA | TF_GAP)))
    return 1;
  if (t > st->s_tok0 && tok_is(st, t - 1, ":"))
    return 1;
  return after_bullet(st, t);
}
/* (or the second end of a day range that opens one: "Half-term: 12-16
 * February") */
static inline int list_cell(const tstate *st, size_t t) {
  if (list_cell_head(st, t))
    return 1;
  return t >= st->s_tok0 + 2 && st->doc->seg->toks[t - 2].kind == TOK_NUM &&
         (tok_is(st, t - 1, "-") || tok_is(st, t - 1, "\xE2\x80\x93") || tok_is(st, t - 1, "to")) &&
         list_cell_head(st, t - 2);
}
/* Remember `at` as named in the sentence being tagged. */
static inline void mention_set(const tstate *st, mention *m, int64_t at) {
  m->on = 1;
  m->at = at;
  m->sent = st->sent;
}
/* Has quarter q (half when `half`) of year y ended before month am of
 * year ay? */
static inline int quarter_ended(int64_t y, int q, int half, int64_t ay, int am) {
  return y * 12 + (int64_t)q * (half ? 6 : 3) <= ay * 12 + am - 1;
}

#endif
