/*
 * theme.c — reads chart themes ("key = value" lines, see theme.h and
 * docs/charts.md).  The compiled-in default theme is read first and a
 * named or user theme over it, so every key always has a value.
 *
 * Rules: unknown keys, malformed colours and out-of-range numbers are
 * errors with file:line:col (a typo in a theme should not silently fall
 * back); a theme file is at most 64 KiB; values are bounded so a hostile
 * theme cannot make the layout allocate without limit.
 */
#include <ctype.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model.h"
#include "templates.h"
#include "theme.h"

/* A theme is a few dozen lines; 64 KiB is far more than any needs. */
#define THEME_MAX_BYTES 65536

typedef enum { K_STR, K_FONT, K_COLOR, K_SIZE, K_INT, K_PALETTE, K_SHAPES } key_kind;

typedef struct theme_key {
  const char *name;
  key_kind kind;
  size_t off;
  double lo, hi; /* bounds for K_SIZE / K_INT */
} theme_key;

#define F(field) offsetof(chart_theme, field)
/* Bounds: type from 4 to 96 px stays legible and fits a lane; widths up to
 * 20000 px keep a PNG under ~1.5 GB of pixels at the extreme. */
static const theme_key keys[] = {
    {"name", K_STR, F(name), 0, 0},
    {"font", K_FONT, F(font), 0, 0},
    {"background", K_COLOR, F(background), 0, 0},
    {"text", K_COLOR, F(text), 0, 0},
    {"muted", K_COLOR, F(muted), 0, 0},
    {"grid", K_COLOR, F(grid), 0, 0},
    {"axis", K_COLOR, F(axis), 0, 0},
    {"stem", K_COLOR, F(stem), 0, 0},
    {"lane-fill", K_COLOR, F(lane_fill), 0, 0},
    {"lane-fill-alt", K_COLOR, F(lane_fill_alt), 0, 0},
    {"break", K_COLOR, F(brk), 0, 0},
    {"link", K_COLOR, F(link), 0, 0},
    {"palette", K_PALETTE, F(palette), 0, 0},
    {"shapes", K_SHAPES, F(shapes), 0, 0},
    {"title-size", K_SIZE, F(title_size), 4, 96},
    {"subtitle-size", K_SIZE, F(subtitle_size), 4, 96},
    {"lane-size", K_SIZE, F(lane_size), 4, 96},
    {"label-size", K_SIZE, F(label_size), 4, 96},
    {"tick-size", K_SIZE, F(tick_size), 4, 96},
    {"legend-size", K_SIZE, F(legend_size), 4, 96},
    {"source-size", K_SIZE, F(source_size), 4, 96},
    {"width", K_SIZE, F(width), 200, 20000},
    {"margin", K_SIZE, F(margin), 0, 400},
    {"mark-size", K_SIZE, F(mark_size), 2, 64},
    {"bar-height", K_SIZE, F(bar_height), 1, 64},
    {"label-max-width", K_SIZE, F(label_max_width), 40, 4000},
    {"lane-name-max-width", K_SIZE, F(lane_name_max_width), 20, 2000},
    {"max-lanes", K_INT, F(max_lanes), 1, 200},
    {"max-levels", K_INT, F(max_levels), 1, 100},
};
#undef F

static const char *const shape_names[SHAPE_COUNT] = {
    "circle", "square", "diamond", "triangle", "triangle-down", "hexagon",
};

const char *theme_shape_name(theme_shape s) {
  return s < SHAPE_COUNT ? shape_names[s] : "circle";
}

void theme_color_hex(theme_color c, char buf[8]) {
  snprintf(buf, 8, "#%02x%02x%02x", (unsigned)(c.r * 255 + 0.5) & 255u,
           (unsigned)(c.g * 255 + 0.5) & 255u, (unsigned)(c.b * 255 + 0.5) & 255u);
}

typedef struct parser {
  const char *file;
  long line;
  const char *linestart;
  tempora_error *err;
} parser;

static int perr(parser *p, const char *at, const char *fmt, const char *arg) {
  char msg[256];
  snprintf(msg, sizeof msg, fmt, arg);
  return set_error(p->err, TEMPORA_EARG, p->file, p->line, (long)(at - p->linestart) + 1,
                   "theme: %s", msg);
}

static int hexval(int c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  c = tolower(c);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* "#rrggbb" or "#rrggbbaa" at s (length n). */
static int parse_color(const char *s, size_t n, theme_color *c) {
  if ((n != 7 && n != 9) || s[0] != '#')
    return -1;
  int v[4] = {0, 0, 0, 255};
  for (size_t i = 0; i < (n - 1) / 2; i++) {
    int hi = hexval((unsigned char)s[1 + 2 * i]), lo = hexval((unsigned char)s[2 + 2 * i]);
    if (hi < 0 || lo < 0)
      return -1;
    v[i] = hi * 16 + lo;
  }
  c->r = v[0] / 255.0;
  c->g = v[1] / 255.0;
  c->b = v[2] / 255.0;
  c->a = v[3] / 255.0;
  return 0;
}

/* Splits `val` (length n) into words; calls back with each. */
static int each_word(parser *p, const char *val, size_t n, int (*fn)(parser *, const char *,
                                                                     size_t, void *, int),
                     void *ctx) {
  int count = 0;
  size_t i = 0;
  while (i < n) {
    while (i < n && (val[i] == ' ' || val[i] == '\t'))
      i++;
    size_t j = i;
    while (j < n && val[j] != ' ' && val[j] != '\t')
      j++;
    if (j > i) {
      int rc = fn(p, val + i, j - i, ctx, count++);
      if (rc)
        return rc;
    }
    i = j;
  }
  return count ? 0 : perr(p, val, "%s", "empty list");
}

static int palette_word(parser *p, const char *w, size_t n, void *ctx, int idx) {
  chart_theme *th = ctx;
  if (idx >= THEME_MAX_PALETTE)
    return perr(p, w, "more than %s palette colours", "16");
  if (parse_color(w, n, &th->palette[idx]))
    return perr(p, w, "%s", "a colour is #rrggbb or #rrggbbaa");
  th->npalette = idx + 1;
  return 0;
}

static int shape_word(parser *p, const char *w, size_t n, void *ctx, int idx) {
  chart_theme *th = ctx;
  if (idx >= THEME_MAX_SHAPES)
    return perr(p, w, "more than %s shapes", "8");
  for (int s = 0; s < SHAPE_COUNT; s++)
    if (strlen(shape_names[s]) == n && !memcmp(shape_names[s], w, n)) {
      th->shapes[idx] = (theme_shape)s;
      th->nshapes = idx + 1;
      return 0;
    }
  return perr(p, w, "%s", "unknown shape (circle square diamond triangle triangle-down hexagon)");
}

static int set_value(parser *p, chart_theme *th, const theme_key *k, const char *val, size_t n) {
  char *field = (char *)th + k->off;
  char tmp[64];
  switch (k->kind) {
  case K_STR:
  case K_FONT: {
    size_t cap = k->kind == K_STR ? sizeof th->name : sizeof th->font;
    if (n == 0 || n >= cap)
      return perr(p, val, "%s", "value empty or too long");
    for (size_t i = 0; i < n; i++)
      if ((unsigned char)val[i] < 0x20)
        return perr(p, val + i, "%s", "control character in value");
    memcpy(field, val, n);
    field[n] = '\0';
    return 0;
  }
  case K_COLOR:
    if (parse_color(val, n, (theme_color *)(void *)field))
      return perr(p, val, "%s", "a colour is #rrggbb or #rrggbbaa");
    return 0;
  case K_SIZE:
  case K_INT: {
    if (n == 0 || n >= sizeof tmp)
      return perr(p, val, "%s", "expected a number");
    memcpy(tmp, val, n);
    tmp[n] = '\0';
    char *end;
    errno = 0;
    double v = strtod(tmp, &end);
    if (*end || errno || v != v)
      return perr(p, val, "%s", "expected a number");
    if (v < k->lo || v > k->hi) {
      char range[64];
      snprintf(range, sizeof range, "%g..%g", k->lo, k->hi);
      return perr(p, val, "value out of range %s", range);
    }
    if (k->kind == K_INT) {
      if (v != (int)v)
        return perr(p, val, "%s", "expected a whole number");
      *(int *)(void *)field = (int)v;
    } else
      *(double *)(void *)field = v;
    return 0;
  }
  case K_PALETTE:
    th->npalette = 0;
    return each_word(p, val, n, palette_word, th);
  case K_SHAPES:
    th->nshapes = 0;
    return each_word(p, val, n, shape_word, th);
  }
  return 0;
}

/* Grammar: file = { line }; line = ws [ key ws "=" ws value ws ] [ comment ] NL.
 * A comment is "#" at the start of a line, or "#" after white space and
 * before white space or the line's end ("width = 900  # px"), so that
 * "#rrggbb" colours need no quoting. */
static int parse_theme(const char *file, const char *s, size_t len, chart_theme *th,
                       tempora_error *err) {
  parser p = {file, 0, s, err};
  size_t i = 0;
  while (i < len) {
    p.line++;
    p.linestart = s + i;
    size_t eol = i;
    while (eol < len && s[eol] != '\n')
      eol++;
    size_t a = i, b = eol;
    while (a < b && (s[a] == ' ' || s[a] == '\t'))
      a++;
    if (a < b && s[a] == '#')
      b = a;
    for (size_t j = a + 1; j < b; j++)
      if (s[j] == '#' && (s[j - 1] == ' ' || s[j - 1] == '\t') &&
          (j + 1 == b || s[j + 1] == ' ' || s[j + 1] == '\t' || s[j + 1] == '\r')) {
        b = j;
        break;
      }
    while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r'))
      a++;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r'))
      b--;
    i = eol + 1;
    if (a == b)
      continue;
    const char *eq = memchr(s + a, '=', b - a);
    if (!eq)
      return perr(&p, s + a, "%s", "expected \"key = value\"");
    size_t ke = (size_t)(eq - s);
    while (ke > a && (s[ke - 1] == ' ' || s[ke - 1] == '\t'))
      ke--;
    size_t vs = (size_t)(eq - s) + 1;
    while (vs < b && (s[vs] == ' ' || s[vs] == '\t'))
      vs++;
    const theme_key *k = NULL;
    for (size_t j = 0; j < sizeof keys / sizeof keys[0]; j++)
      if (strlen(keys[j].name) == ke - a && !memcmp(keys[j].name, s + a, ke - a))
        k = &keys[j];
    if (!k) {
      char name[48];
      snprintf(name, sizeof name, "%.*s", (int)(ke - a > 40 ? 40 : ke - a), s + a);
      return perr(&p, s + a, "unknown key '%s' (docs/charts.md lists the keys)", name);
    }
    int rc = set_value(&p, th, k, s + vs, b - vs);
    if (rc)
      return rc;
  }
  return 0;
}

static int load_builtin(const char *name, chart_theme *th, tempora_error *err) {
  char file[64];
  snprintf(file, sizeof file, "%s.theme", name);
  size_t len;
  const char *data = tpl_get(file, &len);
  if (!data)
    return 1;
  return parse_theme(file, data, len, th, err);
}

int theme_load(const char *name, chart_theme *th, tempora_error *err) {
  memset(th, 0, sizeof *th);
  int rc = load_builtin("default", th, err);
  if (rc)
    return rc < 0 ? rc : set_error(err, TEMPORA_ERENDER, NULL, 0, 0, "default theme missing");
  if (!name || !*name || !strcmp(name, "default"))
    return 0;
  if (!strchr(name, '/') && !strchr(name, '.')) {
    rc = load_builtin(name, th, err);
    if (rc <= 0)
      return rc;
    return set_error(err, TEMPORA_EARG, NULL, 0, 0,
                     "unknown theme '%.64s' (default, print, dark, or a file)", name);
  }
  FILE *f = fopen(name, "rb");
  if (!f)
    return set_error(err, TEMPORA_EIO, name, 0, 0, "%s", strerror(errno));
  char *buf = malloc(THEME_MAX_BYTES + 1);
  if (!buf) {
    fclose(f);
    return set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  }
  size_t n = fread(buf, 1, THEME_MAX_BYTES + 1, f);
  int bad = ferror(f);
  fclose(f);
  if (bad)
    rc = set_error(err, TEMPORA_EIO, name, 0, 0, "read error");
  else if (n > THEME_MAX_BYTES)
    rc = set_error(err, TEMPORA_EARG, name, 0, 0, "theme: file larger than 64 KiB");
  else if (memchr(buf, '\0', n))
    rc = set_error(err, TEMPORA_EARG, name, 0, 0, "theme: NUL byte in file");
  else
    rc = parse_theme(name, buf, n, th, err);
  free(buf);
  return rc;
}
