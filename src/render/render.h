/*
 * render.h — what the renderers share: the renderer table entry and small
 * formatting helpers (interval bounds, EDTF, escaping).  Renderers read the
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

/* ---- json.c ---- */
/* The native JSON object of one event / document / timex (cJSON trees;
 * the caller deletes them). */
cJSON *json_event(const tempora_event *ev);
cJSON *json_interval(const tempora_interval *iv, tempora_precision p);

/* ---- text.c: helpers for the formats people read ---- */
/* A display copy of `s` in arena `a`: valid UTF-8 (invalid bytes become
 * U+FFFD), control characters as spaces, white space runs folded, trimmed. */
char *text_clean(arena *a, const char *s, size_t n);
/* XML/HTML escaping of text and attribute values (& < > " '), with what
 * XML 1.0 cannot carry (controls, invalid UTF-8) replaced by U+FFFD. */
void markup_escape(tbuf *b, const char *s, size_t n);
void markup_escape_str(tbuf *b, const char *s);
/* The event's time as a reader says it: "24 Nov 2026", "c. 2025",
 * "since 2019", "26 May 2025 – 25 Nov 2026"; "" when undated. */
void fmt_when_human(const tempora_when *w, char *buf, size_t n);
/* One time point at precision p as a reader says it: "24 Nov 2026",
 * "Nov 2026", "Q3 2025", "2025", "2010s", "24 Nov 2026 10:00". */
void fmt_time_human(int64_t t, tempora_precision p, char *buf, size_t n);
/* "2026", "44 BCE" (astronomical year 0 is 1 BCE). */
void fmt_year(int64_t y, char *buf, size_t n);
const char *month_name_short(int m); /* 1..12 -> "Jan".."Dec" */

int render_json(tempora_timeline *tl, tbuf *out, tempora_error *err);
int render_jsonl(tempora_timeline *tl, tbuf *out, tempora_error *err);
int render_timeml(tempora_timeline *tl, tbuf *out, tempora_error *err);

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
