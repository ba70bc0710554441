/*
 * render.h — what the renderers share: the renderer table entry and small
 * formatting helpers (interval bounds, EDTF, dates in words, text
 * cleaning, document lookup).  Renderers read the
 * timeline model only; each writes into a tbuf.
 */
#ifndef TEMPORA_RENDER_H
#define TEMPORA_RENDER_H

#include <cJSON.h>

#include "../buf.h"
#include "../model.h"

typedef int (*render_fn)(tempora_timeline *tl, tbuf *out, tempora_error *err);

/* Interval bound as the outputs write it ("2026-11-24" or with time). */
void fmt_bound(int64_t t, tempora_precision p, char *buf, size_t n);

/* EDTF (ISO 8601-2) for an event's time: "2026-11-24", "2025", "202X",
 * "2024-21" (spring), "2025-05-26/2026-11-25", "2019/.."; "" when none. */
void fmt_edtf(const tempora_when *w, char *buf, size_t n);

/* The timeline's title: options.title, else the title of its only
 * document, else NULL. */
const char *render_title(const tempora_timeline *tl);


/* The length of the longest prefix of `s` of at most `max` bytes that
 * ends on a UTF-8 character boundary (for truncating ids). */
int utf8_prefix(const char *s, int max);

/* A coordinate with six decimals ("37.566500", "-0.127600"), written
 * without the C library's locale-dependent decimal point. */
void fmt_coord(double v, char *buf, size_t n);

/* The event's time in English words for readers: "24 November 2026",
 * "November 2026", "spring 2024", "the 2010s", "26 May 2025 to 25 November
 * 2026", "since 2019 (open-ended)", "until 4 December 2026 (start
 * unknown)", "about 2025"; years before 1 as "44 BCE".  "" when the event
 * has no calendar time. */
void fmt_when_human(const tempora_when *w, char *buf, size_t n);
/* The same, short, for labels and tables: "24 Nov 2026", "c. 2025",
 * "since 2019", "26 May 2025 – 25 Nov 2026". */
void fmt_when_short(const tempora_when *w, char *buf, size_t n);

/* The calendar unit an event's dates are shown in: a precision of hours
 * or finer shows clock times, day and week show days, month to half show
 * months, year and coarser show years. */
typedef enum { RES_TIME, RES_DAY, RES_MONTH, RES_YEAR } resolution;
resolution prec_resolution(tempora_precision p);

/* Event ids that must be unique in a format (iCalendar UIDs, TimelineJS
 * unique_id) although a hand-edited timeline may repeat one. */
typedef struct id_index {
  const char **v; /* sorted */
  size_t n;
} id_index;
int id_index_build(id_index *ix, const tempora_timeline *tl); /* 0 or -1 (no memory) */
/* How many events before event `i` carry its id (0 for the first). */
int id_index_repeat(const id_index *ix, const tempora_timeline *tl, size_t i);
void id_index_free(id_index *ix);


/* ---- json.c ---- */
/* The native JSON object of one event (a cJSON tree the caller deletes). */
cJSON *json_event(const tempora_event *ev);
/* Prints the tree (formatted or on one line) and a newline into `out`,
 * then deletes it. */
int json_emit(cJSON *root, int formatted, tbuf *out, tempora_error *err);

/* ---- text.c: helpers for the formats people read ---- */
/* Appends n bytes of `s` made safe for any text output: invalid UTF-8 and
 * noncharacters become U+FFFD.  With `fold`, control characters and runs
 * of white space become one space and the result is trimmed; without it,
 * CR and CRLF become LF and other C0 controls and DEL (except LF and TAB)
 * become spaces. */
void text_sanitize(tbuf *b, const char *s, size_t n, int fold);
/* text_sanitize of a NUL-terminated string, lines kept; NULL appends nothing. */
void text_put_clean(tbuf *b, const char *s);
/* A folded display copy of `s` (text_sanitize with fold) in arena `a`. */
char *text_clean(arena *a, const char *s, size_t n);
/* XML/HTML escaping of text and attribute values (& < > " '), with what
 * XML 1.0 cannot carry (controls, invalid UTF-8) replaced by U+FFFD. */
void markup_escape(tbuf *b, const char *s, size_t n);
void markup_escape_str(tbuf *b, const char *s);
/* Is `u` an http(s) URL (the only links the outputs make)? */
int is_web_url(const char *u);
/* A link to a document named by its title, else source, else `id`; plain
 * escaped text when it has no web URL. */
void html_doc_link(tbuf *b, const tempora_document *d, const char *id);
/* One time point at precision p as a chart tick says it: "24 Nov 2026",
 * "Nov 2026", "Q3 2025", "2025", "2010s", "24 Nov 2026 10:00". */
void fmt_time_human(int64_t t, tempora_precision p, char *buf, size_t n);
/* "2026", "44 BCE" (astronomical year 0 is 1 BCE). */
void fmt_year(int64_t y, char *buf, size_t n);
const char *month_name_short(int m); /* 1..12 -> "Jan".."Dec" */

int render_json(tempora_timeline *tl, tbuf *out, tempora_error *err);
int render_jsonl(tempora_timeline *tl, tbuf *out, tempora_error *err);
int render_timeml(tempora_timeline *tl, tbuf *out, tempora_error *err);

/* ---- timelinejs.c, csv.c, ical/ics.c ---- */
int render_timelinejs(tempora_timeline *tl, tbuf *out, tempora_error *err);
int render_csv(tempora_timeline *tl, tbuf *out, tempora_error *err);
#ifdef TEMPORA_HAVE_ICAL
int render_ics(tempora_timeline *tl, tbuf *out, tempora_error *err);
#endif

/* ---- charts and the report ---- */
int render_layout(tempora_timeline *tl, tbuf *out, tempora_error *err); /* layout.c */
int render_html(tempora_timeline *tl, tbuf *out, tempora_error *err);   /* html.c */
#ifdef TEMPORA_HAVE_CAIRO
int render_svg(tempora_timeline *tl, tbuf *out, tempora_error *err);    /* cairo/chart.c */
int render_png(tempora_timeline *tl, tbuf *out, tempora_error *err);
int render_pdf(tempora_timeline *tl, tbuf *out, tempora_error *err);
/* The SVG chart for inlining in HTML: no XML declaration. */
int render_svg_inline(tempora_timeline *tl, tbuf *out, tempora_error *err);
#endif

#endif
