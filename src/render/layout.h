/*
 * layout.h — the chart's pure layout: events -> lanes, marks (points and
 * bars), label boxes with their stems, time axis segments, breaks and
 * ticks, legend, title, subtitle and source line, all in CSS pixels with
 * the origin at the top left.  No cairo here: text is measured through a
 * callback, so drawing gets real Pango metrics while `-f layout` (the
 * text dump used by golden tests) gets a deterministic approximation.
 *
 * Invariants the layout guarantees (tests/chart_check.py asserts them on
 * the dump): no two label boxes overlap; no event's stem passes through
 * another event's label box; every box lies inside the chart.
 */
#ifndef TEMPORA_LAYOUT_H
#define TEMPORA_LAYOUT_H

#include "../arena.h"
#include "../buf.h"
#include "theme.h"

/* Measures `text` (valid UTF-8, `len` bytes) set at `size` px; returns
 * the advance width in px. */
typedef double (*measure_fn)(void *ctx, const char *text, size_t len, double size, int bold);

typedef struct chart_measure {
  measure_fn width;
  void *ctx;
} chart_measure;

/* The deterministic approximate metric of `-f layout`. */
double layout_measure_approx(void *ctx, const char *text, size_t len, double size, int bold);

/* Line height of text set at `size` px (fixed, so boxes do not depend on
 * the font's own ascent and descent). */
#define LAYOUT_LINE(size) ((size) * 1.3)

typedef enum {
  TXT_TITLE = 0,
  TXT_SUBTITLE,
  TXT_LANE,
  TXT_TICK,       /* minor tick label */
  TXT_TICK_MAJOR, /* second tier: month under days, year under months... */
  TXT_LABEL,      /* an event's label */
  TXT_LEGEND,
  TXT_SOURCE,
  TXT_NOTE        /* "no dated events" */
} text_role;

typedef struct chart_text {
  text_role role;
  double x, y, w, h;    /* box; text starts at x, centred vertically */
  double size;
  int bold;
  int muted;
  int event;            /* TXT_LABEL: index into chart_layout.events */
  const char *text;     /* valid UTF-8, no control characters */
} chart_text;

typedef enum { MARK_POINT = 0, MARK_BAR } mark_kind;

/* Mark flags (from the event's interval and status). */
#define MARK_APPROX 0x1u     /* faded ends (bars) or a faded fill (points) */
#define MARK_OPEN_START 0x2u /* a fading tail before the start */
#define MARK_OPEN_END 0x4u   /* a fading tail after the end */
#define MARK_HOLLOW 0x8u     /* planned or hypothetical: outline only */

typedef struct chart_mark {
  int event;            /* index into chart_layout.events */
  int lane;
  mark_kind kind;
  double x0, x1;        /* drawn extent (points: x0 == x1 == centre) */
  double s0, s1;        /* fully opaque part of a bar (s0 >= x0, s1 <= x1) */
  double y, h;          /* centre line and height */
  int style;            /* legend entry: colour palette[style % n], shape shapes[style % n] */
  unsigned flags;
} chart_mark;

typedef struct chart_label {
  int event;
  int text;             /* index into chart_layout.texts */
  double stem_x, stem_y0, stem_y1; /* vertical stem, y0 < y1 (y1 touches the mark) */
  int flipped;          /* box to the left of the stem */
  int level;            /* point labels: level above the marks; bar labels: the bar's row */
  int has_stem;         /* 0: a bar's label, on the line above its bar */
} chart_label;

typedef struct chart_lane {
  const char *key;      /* actor code, type name, "" */
  int text;             /* its name in texts, -1 when none */
  double y, h;          /* band */
  double marks_y;       /* top of the mark rows; labels sit above */
  int nlevels, nrows;   /* point label levels, bar rows */
  int has_points;
  int count;            /* events in the lane */
} chart_lane;

typedef struct chart_segment {
  int64_t t0, t1;       /* time points mapped to [x0, x1] */
  double x0, x1;
} chart_segment;

typedef struct chart_tick {
  double x;
  int major;            /* 1: a period of the second tier starts here */
  int text;             /* its label in texts, -1 when unlabelled */
} chart_tick;

typedef struct chart_legend {
  int style;            /* >= 0: an event style; -1 approximate; -2 open; -3 planned */
  double x, y, w, h;    /* swatch box */
  int text;
} chart_legend;

typedef struct chart_event {
  const tempora_event *ev;
  int style;
  int lane;
  int mark;
  int label;            /* -1 when its label was left out for room */
  char date[64];        /* the event's time as the chart's tooltips write it */
} chart_event;

typedef struct chart_layout {
  arena ar;
  double width, height;
  double plot_x0, plot_x1, plot_y0, plot_y1; /* the lanes' area */
  double axis_y;                             /* the axis line */
  int group_by;
  const char *title, *subtitle, *summary;    /* summary: the SVG <desc> */
  chart_event *events;  size_t nevents;
  chart_lane *lanes;    size_t nlanes;
  chart_mark *marks;    size_t nmarks;
  chart_label *labels;  size_t nlabels;
  chart_text *texts;    size_t ntexts, captexts;
  chart_segment *segs;  size_t nsegs;
  double *breaks;       size_t nbreaks;      /* x of each axis break */
  chart_tick *ticks;    size_t nticks, capticks;
  chart_legend *legend; size_t nlegend;
  const char **style_names; size_t nstyles;  /* event styles: type names */
  size_t undated;       /* events left out: no place on the calendar */
  size_t hidden;        /* labels left out for room */
} chart_layout;

/* layout_build flags: LAYOUT_NO_HEADING leaves the title and subtitle
 * out of the drawing (the HTML report prints them above the chart);
 * L->title and L->subtitle are still set. */
#define LAYOUT_NO_HEADING 1u

/* Lays out the timeline's events.  width/height 0 = automatic. */
int layout_build(tempora_timeline *tl, const chart_theme *th, const chart_measure *m,
                 unsigned flags, chart_layout **out, tempora_error *err);
void layout_free(chart_layout *L);

/* The text dump (`-f layout`): one item per line, numbers to 0.1 px. */
void layout_dump(const chart_layout *L, const chart_theme *th, tbuf *out);

/* Maps a time point to x (piecewise over the segments). */
double layout_x(const chart_layout *L, int64_t t);

#endif
