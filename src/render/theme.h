/*
 * theme.h — chart themes: colours, fonts, sizes and limits read from the
 * "key = value" files of templates/ (default, print, dark are compiled in)
 * or from a user's file (--theme FILE).  docs/charts.md lists the keys.
 */
#ifndef TEMPORA_THEME_H
#define TEMPORA_THEME_H

#include "tempora.h"

#define THEME_MAX_PALETTE 16
#define THEME_MAX_SHAPES 8

typedef struct theme_color {
  double r, g, b, a; /* 0..1 */
} theme_color;

typedef enum {
  SHAPE_CIRCLE = 0,
  SHAPE_SQUARE,
  SHAPE_DIAMOND,
  SHAPE_TRIANGLE,
  SHAPE_TRIANGLE_DOWN,
  SHAPE_HEXAGON,
  SHAPE_COUNT
} theme_shape;

typedef struct chart_theme {
  char name[64];
  char font[256];                /* Pango family list: "Noto Sans, DejaVu Sans" */
  theme_color background, text, muted, grid, axis, stem, lane_fill, lane_fill_alt, brk, link;
  theme_color palette[THEME_MAX_PALETTE];
  int npalette;
  theme_shape shapes[THEME_MAX_SHAPES];
  int nshapes;
  double title_size, subtitle_size, lane_size, label_size, tick_size, legend_size, source_size;
  double width, margin, mark_size, bar_height, label_max_width, lane_name_max_width;
  int max_lanes, max_levels;
} chart_theme;

/* Loads a theme: NULL or "" is "default"; "default", "print", "dark" are
 * the compiled-in themes; anything else is a file path, read over the
 * default theme (a user file needs only the keys it changes).  Errors name
 * the file, line and column. */
int theme_load(const char *name_or_path, chart_theme *th, tempora_error *err);

/* "#rrggbb" (alpha dropped) for CSS and SVG. */
void theme_color_hex(theme_color c, char buf[8]);

const char *theme_shape_name(theme_shape s);

#endif
