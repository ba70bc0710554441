/*
 * tempora.h — the one public header of libtempora.
 *
 * tempora turns news text into timelines: it finds temporal expressions,
 * normalizes them against each document's publication date (DCT), ties the
 * events of the text to those times, merges events across documents and
 * renders the timeline (JSON, JSON Lines, TimeML and the other formats listed
 * by tempora_formats()).
 *
 * Ownership, in one sentence: every object returned by a tempora_*_new or
 * tempora_*_load call is freed with its matching tempora_*_free, every
 * `const` pointer handed out by an accessor is owned by (and lives as long as)
 * the timeline it came from, and every buffer returned through a `char **out`
 * parameter is the caller's, freed with tempora_free().
 *
 * Conventions (after libgit2): functions return 0 on success and a negative
 * TEMPORA_E* code on failure; when an error struct is passed it is filled
 * with a one-line message.  Offsets are byte offsets into the document body
 * (the text after any header block), half-open [start, end).
 *
 * Time points are int64 seconds since 1970-01-01T00:00:00 on the proleptic
 * Gregorian calendar, in the document's own (unspecified) local time; years
 * before 1 and after 9999 are representable.
 */
#ifndef TEMPORA_H
#define TEMPORA_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TEMPORA_VERSION_STRING "0.1.0"
#define TEMPORA_VERSION_MAJOR 0
#define TEMPORA_VERSION_MINOR 1
#define TEMPORA_VERSION_PATCH 0

/* ---- errors ------------------------------------------------------------ */

/* Error codes.  Their numbers never change. */
enum {
  TEMPORA_OK = 0,
  TEMPORA_ENOMEM = -1,   /* out of memory */
  TEMPORA_EIO = -2,      /* a file could not be read or written */
  TEMPORA_EINPUT = -3,   /* input text is unusable (invalid UTF-8, NUL, too big) */
  TEMPORA_EDATE = -4,    /* a date string could not be parsed */
  TEMPORA_EFORMAT = -5,  /* unknown output format or one not compiled in */
  TEMPORA_EJSON = -6,    /* malformed JSON or JSON of the wrong shape */
  TEMPORA_EARG = -7,     /* invalid argument to an API call */
  TEMPORA_ERENDER = -8   /* the renderer failed (cairo, libical) */
};

/* Filled by calls that can fail.  `file`, `line` and `col` locate the problem
 * in the input when known (line and col are 1-based, 0 when unknown). */
typedef struct tempora_error {
  int code;
  char message[512];
  char file[512];
  long line;
  long col;
} tempora_error;

/* A static English description of an error code. */
const char *tempora_strerror(int code);

/* Frees a buffer returned by a tempora_* call through a `char **out`. */
void tempora_free(void *ptr);

/* ---- options ----------------------------------------------------------- */

typedef enum {
  TEMPORA_MODE_AUTO = 0,   /* news when a DCT is known, narrative otherwise */
  TEMPORA_MODE_NEWS,       /* resolve relative times against the DCT */
  TEMPORA_MODE_NARRATIVE   /* resolve against the last mentioned date */
} tempora_mode;

typedef enum {
  TEMPORA_DATES_MDY = 0,   /* 11/24/2026 is 24 November (US order) */
  TEMPORA_DATES_DMY        /* 24/11/2026 is 24 November */
} tempora_date_order;

typedef enum {
  TEMPORA_GROUP_ACTOR = 0,
  TEMPORA_GROUP_TYPE,
  TEMPORA_GROUP_NONE
} tempora_group_by;

#define TEMPORA_OPTIONS_VERSION 1

/* Options for extraction and rendering.  Initialize with
 * tempora_options_init(); every string is borrowed, not copied, and must
 * outlive the calls that use it. */
typedef struct tempora_options {
  unsigned version;            /* TEMPORA_OPTIONS_VERSION */
  /* extraction */
  tempora_mode mode;
  const char *dct;             /* "YYYY-MM-DD[THH:MM[:SS]]" overriding every document's DCT */
  tempora_date_order date_order;
  int undated;                 /* keep events without a timex, dated at the DCT */
  /* timeline filters (NULL = no filter); dates as YYYY[-MM[-DD]] */
  const char *from;
  const char *to;
  const char *actor;           /* ISO 3166-1 alpha-3 or pseudo-code */
  const char *type;            /* PLOVER type */
  /* rendering */
  const char *title;
  const char *theme;           /* theme name (default, print, dark) or a file path */
  int width, height;           /* chart size in pixels/points, 0 = automatic */
  tempora_group_by group_by;
  int ics_spans;               /* iCalendar: coarse periods as real spans */
  const char *reference_time;  /* run's reference time for DTSTAMP; NULL = latest DCT */
} tempora_options;

void tempora_options_init(tempora_options *opts);

/* ---- the model: read-only records ----------------------------------------- */

typedef enum {
  TEMPORA_TIMEX_DATE = 0,
  TEMPORA_TIMEX_TIME,
  TEMPORA_TIMEX_DURATION,
  TEMPORA_TIMEX_SET
} tempora_timex_type;

/* Precision of an interval, finest first. */
typedef enum {
  TEMPORA_PREC_NONE = 0,
  TEMPORA_PREC_SECOND,
  TEMPORA_PREC_MINUTE,
  TEMPORA_PREC_HOUR,
  TEMPORA_PREC_PART_OF_DAY,
  TEMPORA_PREC_DAY,
  TEMPORA_PREC_WEEK,
  TEMPORA_PREC_MONTH,
  TEMPORA_PREC_QUARTER,
  TEMPORA_PREC_SEASON,
  TEMPORA_PREC_HALF,
  TEMPORA_PREC_YEAR,
  TEMPORA_PREC_DECADE,
  TEMPORA_PREC_CENTURY,
  TEMPORA_PREC_MILLENNIUM,
  TEMPORA_PREC_REPORTED        /* an undated event placed at its DCT */
} tempora_precision;

/* Interval flags. */
#define TEMPORA_IV_OPEN_START 0x1u /* the true start is earlier/unknown ("until 2027") */
#define TEMPORA_IV_OPEN_END 0x2u   /* the range goes on past `end` ("since 2019": end = DCT) */
#define TEMPORA_IV_APPROX 0x4u     /* approximate ("about", "early", "late") */

/* A half-open interval [start, end) of time points.  `valid` is 0 when the
 * expression does not lie on the calendar (an unanchored duration, a set,
 * PAST_REF without a DCT). */
typedef struct tempora_interval {
  int64_t start;
  int64_t end;
  unsigned flags;
  int valid;
} tempora_interval;

typedef struct tempora_timex {
  size_t start, end;            /* byte span in the document body */
  const char *text;             /* that span, NUL-terminated */
  int tid;                      /* 1-based id within the document ("t1") */
  size_t sentence;              /* 0-based sentence index */
  tempora_timex_type type;
  const char *value;            /* TIMEX3 value: "2026-11-24", "P18M", "PRESENT_REF" */
  const char *mod;              /* TIMEX3 mod or "" */
  const char *quant;            /* SET quant or "" ("EVERY") */
  const char *freq;             /* SET freq or "" ("2X") */
  const char *anchor;           /* anchored durations: the anchor's value, else "" */
  const char *signal;           /* range signal outside the extent ("since") or "" */
  tempora_interval interval;
  tempora_precision precision;
} tempora_timex;

typedef enum {
  TEMPORA_STATUS_OCCURRED = 0,
  TEMPORA_STATUS_ONGOING,
  TEMPORA_STATUS_PLANNED,
  TEMPORA_STATUS_HYPOTHETICAL,
  TEMPORA_STATUS_NEGATED
} tempora_status;

typedef enum {
  TEMPORA_ROLE_SOURCE = 0,
  TEMPORA_ROLE_TARGET,
  TEMPORA_ROLE_OTHER
} tempora_role;

typedef struct tempora_actor {
  const char *name;             /* as written: "Seoul", "South Korean" */
  const char *code;             /* ISO 3166-1 alpha-3 or pseudo-code (IGO, NGO, IMG) */
  const char *org;              /* organisation ("NATO") or "" */
  tempora_role role;
} tempora_actor;

typedef struct tempora_location {
  const char *name;             /* NULL when the event has no location */
  const char *code;             /* country, ISO alpha-3, or "" */
  double lat, lon;
  int has_coords;
} tempora_location;

/* Where an event was read: document, sentence and the governing timex. */
typedef struct tempora_source {
  const char *doc;              /* document id */
  size_t sentence;              /* 0-based sentence index */
  size_t start, end;            /* sentence byte span */
  size_t timex_start, timex_end;/* governing timex span (equal when none) */
  const char *text;             /* the sentence */
  size_t trigger_start, trigger_end; /* the trigger's span ("signed"), equal when none */
} tempora_source;

typedef struct tempora_when {
  const char *text;             /* the timex as written ("" when undated) */
  const char *value;            /* TIMEX3 value */
  const char *mod;
  tempora_interval interval;
  tempora_precision precision;
} tempora_when;

typedef struct tempora_event {
  const char *id;               /* stable, from content: "ev-0123456789abcdef" */
  const char *headline;
  const char *trigger;          /* main predicate or "" */
  const char *type;             /* PLOVER type ("SUPPORT") or "OTHER" */
  tempora_status status;
  tempora_when when;
  const tempora_actor *actors;
  size_t n_actors;
  tempora_location location;
  const tempora_source *sources;
  size_t n_sources;
} tempora_event;

typedef enum {
  TEMPORA_DCT_NONE = 0,         /* no DCT: narrative mode */
  TEMPORA_DCT_FLAG,             /* --dct / options.dct */
  TEMPORA_DCT_METADATA,         /* header Date: or JSON published/date */
  TEMPORA_DCT_DATELINE          /* "SEOUL, Nov. 24 (Reuters) -" */
} tempora_dct_source;

typedef struct tempora_document {
  const char *id;
  const char *title;            /* "" when unknown */
  const char *url;
  const char *source;
  const char *text;             /* the body, NUL-terminated (may be NULL for loaded timelines) */
  size_t length;                /* body length in bytes */
  const char *dct;              /* "2026-11-26" or "2026-11-26T09:30:00"; "" when none */
  tempora_dct_source dct_source;
  tempora_mode mode;            /* the mode actually used */
  size_t n_sentences;
  const tempora_timex *timexes;
  size_t n_timexes;
} tempora_document;

/* Names used in outputs ("DATE", "day", "occurred", "source", "metadata"). */
const char *tempora_timex_type_name(tempora_timex_type t);
const char *tempora_precision_name(tempora_precision p);
const char *tempora_status_name(tempora_status s);
const char *tempora_role_name(tempora_role r);
const char *tempora_dct_source_name(tempora_dct_source s);

/* Formats an interval bound: "2026-11-24" for day precision and coarser,
 * "2026-11-24T10:00:00" for finer; ISO 8601 expanded years ("-0044", "+10000")
 * outside 0000..9999.  Writes at most `size` bytes including the NUL. */
size_t tempora_format_time(int64_t t, tempora_precision p, char *buf, size_t size);

/* Parses "YYYY[-MM[-DD[THH:MM[:SS]]]]" (optionally ending in Z or an offset,
 * which is ignored) into a time point.  0 on success, TEMPORA_EDATE if the
 * string is not a valid calendar date. */
int tempora_parse_time(const char *s, int64_t *out, tempora_precision *prec);

/* ---- the timeline ------------------------------------------------------------ */

typedef struct tempora_timeline tempora_timeline;

/* Where a document came from and what is known of it.  All fields may be
 * NULL.  `published` accepts ISO 8601 with or without time. */
typedef struct tempora_doc_meta {
  const char *id;
  const char *title;
  const char *url;
  const char *source;
  const char *published;
} tempora_doc_meta;

/* A new, empty timeline.  `opts` is copied (its strings are borrowed). */
tempora_timeline *tempora_timeline_new(const tempora_options *opts);
void tempora_timeline_free(tempora_timeline *tl);

/* Adds one document whose body is `text` (copied).  The text must be valid
 * UTF-8 without NUL bytes.  The document is segmented and tagged at once;
 * its events are collected for tempora_timeline_finish(). */
int tempora_timeline_add_text(tempora_timeline *tl, const char *text, size_t len,
                              const tempora_doc_meta *meta, tempora_error *err);

/* Adds every document of one input: a plain text file, a text file with a
 * header block (Title:/Date:/Source:/URL: lines then a blank line), or a
 * JSON Lines corpus (one {id, text, title, url, source, published|date}
 * object per line).  `name` names the input in messages and document ids
 * ("-" for stdin).  `data` is the whole input. */
int tempora_timeline_add_input(tempora_timeline *tl, const char *name,
                               const char *data, size_t len, tempora_error *err);

/* Adds the documents of JSON Lines data whose first line is line number
 * `first_line` of input `name` (for callers that stream a corpus a line at
 * a time).  Malformed lines are errors with their line and column. */
int tempora_timeline_add_jsonl(tempora_timeline *tl, const char *name, long first_line,
                               const char *data, size_t len, tempora_error *err);

/* Sorts, merges duplicate events, assigns ids and applies the filters.
 * Call once after the last add; rendering an unfinished timeline finishes it. */
int tempora_timeline_finish(tempora_timeline *tl, tempora_error *err);

/* Loads a native JSON timeline (as written by -f json) for re-rendering. */
tempora_timeline *tempora_timeline_load_json(const char *json, size_t len,
                                             const tempora_options *opts,
                                             tempora_error *err);

size_t tempora_timeline_document_count(const tempora_timeline *tl);
const tempora_document *tempora_timeline_document(const tempora_timeline *tl, size_t i);
size_t tempora_timeline_event_count(const tempora_timeline *tl);
const tempora_event *tempora_timeline_event(const tempora_timeline *tl, size_t i);

/* Warnings collected while adding documents (no DCT, clipped values...),
 * one line each, in order. */
size_t tempora_timeline_warning_count(const tempora_timeline *tl);
const char *tempora_timeline_warning(const tempora_timeline *tl, size_t i);

/* ---- rendering --------------------------------------------------------------- */

/* NULL-terminated list of the output formats compiled into this library. */
const char *const *tempora_formats(void);

/* Renders the timeline in `format` into a new buffer (*out, *outlen), which
 * the caller frees with tempora_free().  The buffer is NUL-terminated (the
 * NUL is not counted in *outlen) even for binary formats. */
int tempora_render(tempora_timeline *tl, const char *format,
                   char **out, size_t *outlen, tempora_error *err);

/* ---- evaluation ------------------------------------------------------------- */

/* TempEval-3 Task A figures of the temporal tagger against a TimeML corpus
 * (strict and relaxed extent match, value and type accuracy over relaxed
 * matches; P = matched / system, R = matched / gold). */
typedef struct tempora_eval_scores {
  size_t docs;                  /* .tml files scored */
  size_t failed_docs;           /* no DCT, or the text could not be tagged */
  size_t misaligned;            /* the tagger saw a different text (header taken off) */
  size_t gold, system;          /* timexes in the gold annotation / found by the tagger */
  size_t strict, relaxed;       /* same-span pairs; one-to-one overlapping pairs */
  size_t value, type;           /* relaxed pairs with the same value / type */
  double strict_p, strict_r, strict_f1;
  double relaxed_p, relaxed_r, relaxed_f1;
  double value_f1, type_f1;
} tempora_eval_scores;

/* Tags every *.tml file of `gold_dir` (raw text = the TEXT element's text
 * with tags removed and entities decoded; DCT = its <DCT><TIMEX3 value>,
 * overriding opts->dct) exactly as `tempora extract --dct DCT` would, and
 * scores the timexes against the file's TIMEX3 annotation the way the
 * TempEval-3 scorer does.  `opts` may be NULL (defaults).  When `report` is
 * not NULL it receives a text report, freed with tempora_free(): up to
 * `max_errors` examples of each error kind (missed, spurious, wrong value,
 * wrong type, other extent) with their context, then the two summary lines
 * of the scorer.  Returns 0, or a negative code (unreadable directory or
 * file, XML that is not well-formed, out of memory). */
int tempora_eval(const char *gold_dir, const tempora_options *opts, int max_errors,
                 tempora_eval_scores *scores, char **report, tempora_error *err);

#ifdef __cplusplus
}
#endif

#endif
