/*
 * chart.c — draws the chart layout (../layout.h) with cairo and pango:
 * -f svg, -f png and -f pdf share one drawing routine, draw_chart(); only
 * the surface differs.  Compiled only when pangocairo is found
 * (TEMPORA_HAVE_CAIRO).
 *
 * Rules:
 * - Text goes through pango with the theme's font list, so shaping and
 *   font fallback work (Hangul and other scripts fall back to Noto CJK);
 *   the layout measures text with the same pango context that draws it,
 *   with hinted metrics off so sizes do not depend on the surface.
 * - Colour is never alone: each event type has a colour and a shape
 *   (theme palette and shapes), and the legend shows both.
 * - SVG: cairo draws glyphs as outlines, so after it finishes we add a
 *   <title>, a <desc> and a layer of invisible <text> elements at the
 *   places the text was drawn; the chart can then be searched, selected
 *   and read by screen readers.  Every string there is escaped.
 * - Output is deterministic: the PDF's dates come from the timeline (its
 *   latest publication date), never the clock.
 * - 1 layout unit is 1 CSS px: 1 px in PNG and SVG, 0.75 pt in PDF.
 */
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>

#include "../layout.h"
#include "../render.h"

#define PI 3.14159265358979323846

/* A PNG beyond 64 Mpx (256 MiB of pixels) is a mistake, not a chart. */
#define MAX_PNG_PIXELS (64.0 * 1024 * 1024)

typedef enum { OUT_SVG, OUT_PNG, OUT_PDF } out_kind;

/* ---- text: one pango context for measuring and drawing ---------------------------------- */

typedef struct text_ctx {
  PangoFontMap *fm;
  PangoContext *pc;
  PangoLayout *pl;
  PangoFontDescription *fd;
} text_ctx;

static void text_ctx_free(text_ctx *t) {
  if (t->pl)
    g_object_unref(t->pl);
  if (t->pc)
    g_object_unref(t->pc);
  if (t->fm)
    g_object_unref(t->fm);
  if (t->fd)
    pango_font_description_free(t->fd);
}

static int text_ctx_init(text_ctx *t, const chart_theme *th) {
  memset(t, 0, sizeof *t);
  t->fm = pango_cairo_font_map_new();
  if (!t->fm)
    return -1;
  t->pc = pango_font_map_create_context(t->fm);
  t->fd = pango_font_description_from_string(th->font);
  if (!t->pc || !t->fd)
    return -1;
  cairo_font_options_t *fo = cairo_font_options_create();
  /* unhinted metrics: a string measures the same on every surface */
  cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options(t->pc, fo);
  cairo_font_options_destroy(fo);
  t->pl = pango_layout_new(t->pc);
  return t->pl ? 0 : -1;
}

static void set_font(text_ctx *t, double size, int bold) {
  pango_font_description_set_absolute_size(t->fd, size * PANGO_SCALE);
  pango_font_description_set_weight(t->fd, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description(t->pl, t->fd);
}

static double pango_measure(void *ctx, const char *s, size_t len, double size, int bold) {
  text_ctx *t = ctx;
  set_font(t, size, bold);
  pango_layout_set_text(t->pl, s, (int)len);
  PangoRectangle logical;
  pango_layout_get_extents(t->pl, NULL, &logical);
  return (double)logical.width / PANGO_SCALE;
}

/* ---- drawing ------------------------------------------------------------------------------ */

static void set_color(cairo_t *cr, theme_color c) {
  cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

static theme_color style_color(const chart_theme *th, int style) {
  return th->palette[(style < 0 ? 0 : style) % th->npalette];
}

static theme_shape style_shape(const chart_theme *th, int style) {
  return th->shapes[(style < 0 ? 0 : style) % th->nshapes];
}

/* A marker of `size` px centred on (cx, cy); shapes of equal visual
 * weight (areas within about 20% of the circle's). */
static void shape_path(cairo_t *cr, theme_shape s, double cx, double cy, double size) {
  double r = size / 2;
  switch (s) {
  case SHAPE_SQUARE:
    cairo_rectangle(cr, cx - r * 0.88, cy - r * 0.88, r * 1.76, r * 1.76);
    break;
  case SHAPE_DIAMOND:
    cairo_move_to(cr, cx, cy - r * 1.2);
    cairo_line_to(cr, cx + r * 1.2, cy);
    cairo_line_to(cr, cx, cy + r * 1.2);
    cairo_line_to(cr, cx - r * 1.2, cy);
    cairo_close_path(cr);
    break;
  case SHAPE_TRIANGLE:
  case SHAPE_TRIANGLE_DOWN: {
    double d = s == SHAPE_TRIANGLE ? 1 : -1;
    cairo_move_to(cr, cx, cy - d * r * 1.25);
    cairo_line_to(cr, cx + r * 1.15, cy + d * r * 0.85);
    cairo_line_to(cr, cx - r * 1.15, cy + d * r * 0.85);
    cairo_close_path(cr);
    break;
  }
  case SHAPE_HEXAGON:
    for (int i = 0; i < 6; i++) {
      double a = PI / 3 * i;
      double x = cx + r * 1.08 * cos(a), y = cy + r * 1.08 * sin(a);
      if (i == 0)
        cairo_move_to(cr, x, y);
      else
        cairo_line_to(cr, x, y);
    }
    cairo_close_path(cr);
    break;
  default:
    cairo_new_sub_path(cr);
    cairo_arc(cr, cx, cy, r, 0, 2 * PI);
    cairo_close_path(cr);
  }
}

/* A filled marker with a ring of the background so that markers on one
 * spot stay apart; hollow (planned) markers are an outline; approximate
 * ones a paler fill with a full outline. */
static void draw_marker(cairo_t *cr, const chart_theme *th, int style, unsigned flags, double cx,
                        double cy, double size) {
  theme_color c = style_color(th, style);
  shape_path(cr, style_shape(th, style), cx, cy, size);
  if (flags & MARK_HOLLOW) {
    set_color(cr, th->background);
    cairo_fill_preserve(cr);
    set_color(cr, c);
    cairo_set_line_width(cr, 2);
    cairo_stroke(cr);
    return;
  }
  set_color(cr, th->background);
  cairo_set_line_width(cr, 3);
  cairo_stroke_preserve(cr);
  if (flags & MARK_APPROX) {
    cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a * 0.4);
    cairo_fill_preserve(cr);
    set_color(cr, c);
    cairo_set_line_width(cr, 1.5);
    cairo_stroke(cr);
  } else {
    set_color(cr, c);
    cairo_fill_preserve(cr);
    /* a darker edge keeps pale colours (yellow, sky blue) visible on white */
    cairo_set_source_rgba(cr, c.r * 0.7, c.g * 0.7, c.b * 0.7, c.a);
    cairo_set_line_width(cr, 1);
    cairo_stroke(cr);
  }
}

/* A bar whose ends fade from transparent at x0/x1 to full at s0/s1. */
static void draw_bar(cairo_t *cr, theme_color c, double x0, double x1, double s0, double s1,
                     double y, double h, int hollow) {
  if (x1 - x0 < 0.5)
    return;
  cairo_pattern_t *p = cairo_pattern_create_linear(x0, 0, x1, 0);
  double span = x1 - x0;
  double a = hollow ? 0.35 : 1.0;
  cairo_pattern_add_color_stop_rgba(p, 0, c.r, c.g, c.b, s0 > x0 + 0.5 ? 0 : c.a * a);
  cairo_pattern_add_color_stop_rgba(p, (s0 - x0) / span, c.r, c.g, c.b, c.a * a);
  cairo_pattern_add_color_stop_rgba(p, (s1 - x0) / span, c.r, c.g, c.b, c.a * a);
  cairo_pattern_add_color_stop_rgba(p, 1, c.r, c.g, c.b, s1 < x1 - 0.5 ? 0 : c.a * a);
  double r = h / 2 < 3 ? h / 2 : 3; /* rounded ends */
  cairo_new_sub_path(cr);
  cairo_arc(cr, x1 - r, y - h / 2 + r, r, -PI / 2, 0);
  cairo_arc(cr, x1 - r, y + h / 2 - r, r, 0, PI / 2);
  cairo_arc(cr, x0 + r, y + h / 2 - r, r, PI / 2, PI);
  cairo_arc(cr, x0 + r, y - h / 2 + r, r, PI, 3 * PI / 2);
  cairo_close_path(cr);
  cairo_set_source(cr, p);
  cairo_fill(cr);
  cairo_pattern_destroy(p);
}

/* Appends one <text> of the SVG text layer. */
static void svg_text(tbuf *layer, const chart_text *t, double baseline, const char *tooltip) {
  tbuf_printf(layer, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\"%s", t->x, baseline,
              t->size, t->bold ? " font-weight=\"bold\"" : "");
  if (t->w > 1)
    tbuf_printf(layer, " textLength=\"%.1f\" lengthAdjust=\"spacingAndGlyphs\"", t->w);
  tbuf_puts(layer, ">");
  markup_escape_str(layer, t->text);
  if (tooltip) { /* the full headline and date on hover */
    tbuf_puts(layer, "<title>");
    markup_escape_str(layer, tooltip);
    tbuf_puts(layer, "</title>");
  }
  tbuf_puts(layer, "</text>\n");
}

static void draw_text(cairo_t *cr, text_ctx *tc, const chart_theme *th, const chart_layout *L,
                      const chart_text *t, tbuf *layer) {
  set_font(tc, t->size, t->bold);
  pango_layout_set_text(tc->pl, t->text, -1);
  PangoRectangle logical;
  pango_layout_get_extents(tc->pl, NULL, &logical);
  double lh = (double)logical.height / PANGO_SCALE;
  double top = t->y + (t->h - lh) / 2;
  set_color(cr, t->muted ? th->muted : th->text);
  cairo_move_to(cr, t->x, top);
  pango_cairo_show_layout(cr, tc->pl);
  if (layer) {
    double baseline = top + (double)pango_layout_get_baseline(tc->pl) / PANGO_SCALE;
    char tip[640];
    const char *tooltip = NULL;
    if (t->role == TXT_LABEL && t->event >= 0) {
      const chart_event *ce = &L->events[t->event];
      snprintf(tip, sizeof tip, "%s: %s", ce->date, ce->ev->headline ? ce->ev->headline : "");
      tooltip = tip;
    }
    svg_text(layer, t, baseline, tooltip);
  }
}

/* Two slanted strokes across the axis and a dashed line through the
 * lanes: time is left out here. */
static void draw_break(cairo_t *cr, const chart_theme *th, const chart_layout *L, double x) {
  set_color(cr, th->background);
  cairo_rectangle(cr, x - 7, L->plot_y0, 14, L->plot_y1 - L->plot_y0 + 6);
  cairo_fill(cr);
  set_color(cr, th->brk);
  cairo_set_line_width(cr, 1);
  double dash[] = {4, 4};
  cairo_set_dash(cr, dash, 2, 0);
  cairo_move_to(cr, x, L->plot_y0);
  cairo_line_to(cr, x, L->plot_y1);
  cairo_stroke(cr);
  cairo_set_dash(cr, NULL, 0, 0);
  set_color(cr, th->axis);
  cairo_set_line_width(cr, 1.5);
  for (int k = -1; k <= 1; k += 2) {
    cairo_move_to(cr, x + k * 3 - 3, L->axis_y + 6);
    cairo_line_to(cr, x + k * 3 + 3, L->axis_y - 6);
  }
  cairo_stroke(cr);
}

static void draw_legend_swatch(cairo_t *cr, const chart_theme *th, const chart_legend *lg) {
  double cy = lg->y + lg->h / 2;
  theme_color mute = th->muted;
  if (lg->style >= 0)
    draw_marker(cr, th, lg->style, 0, lg->x + lg->w / 2, cy, th->mark_size);
  else if (lg->style == -1)
    draw_bar(cr, mute, lg->x, lg->x + lg->w, lg->x + 7, lg->x + lg->w - 7, cy, th->bar_height, 0);
  else if (lg->style == -2)
    draw_bar(cr, mute, lg->x, lg->x + lg->w, lg->x, lg->x + lg->w - 12, cy, th->bar_height, 0);
  else {
    shape_path(cr, SHAPE_CIRCLE, lg->x + lg->w / 2, cy, th->mark_size);
    set_color(cr, mute);
    cairo_set_line_width(cr, 2);
    cairo_stroke(cr);
  }
}

/* The one drawing routine, for every surface. */
static void draw_chart(cairo_t *cr, text_ctx *tc, const chart_layout *L, const chart_theme *th,
                       tbuf *layer) {
  pango_cairo_update_context(cr, tc->pc);
  pango_layout_context_changed(tc->pl);
  set_color(cr, th->background);
  cairo_paint(cr);
  /* lane bands, and a hairline between lanes for themes without bands */
  for (size_t i = 0; i < L->nlanes; i++) {
    set_color(cr, i % 2 ? th->lane_fill_alt : th->lane_fill);
    cairo_rectangle(cr, th->margin, L->lanes[i].y, L->width - 2 * th->margin, L->lanes[i].h);
    cairo_fill(cr);
    if (i > 0) {
      set_color(cr, th->grid);
      cairo_set_line_width(cr, 1);
      cairo_move_to(cr, th->margin, floor(L->lanes[i].y) + 0.5);
      cairo_line_to(cr, L->width - th->margin, floor(L->lanes[i].y) + 0.5);
      cairo_stroke(cr);
    }
  }
  /* grid and ticks */
  cairo_set_line_width(cr, 1);
  for (size_t i = 0; i < L->nticks; i++) {
    double x = floor(L->ticks[i].x) + 0.5; /* crisp one-pixel lines */
    set_color(cr, th->grid);
    cairo_move_to(cr, x, L->plot_y0);
    cairo_line_to(cr, x, L->plot_y1);
    cairo_stroke(cr);
    set_color(cr, th->axis);
    cairo_move_to(cr, x, L->axis_y);
    cairo_line_to(cr, x, L->axis_y + (L->ticks[i].major ? 9 : 5));
    cairo_stroke(cr);
  }
  set_color(cr, th->axis);
  cairo_set_line_width(cr, 1.5);
  for (size_t i = 0; i < L->nsegs; i++) {
    cairo_move_to(cr, L->segs[i].x0, L->axis_y);
    cairo_line_to(cr, L->segs[i].x1, L->axis_y);
  }
  cairo_stroke(cr);
  for (size_t i = 0; i < L->nbreaks; i++)
    draw_break(cr, th, L, L->breaks[i]);
  /* stems under the marks */
  set_color(cr, th->stem);
  cairo_set_line_width(cr, 1);
  for (size_t i = 0; i < L->nlabels; i++) {
    const chart_label *lb = &L->labels[i];
    if (!lb->has_stem)
      continue;
    double x = floor(lb->stem_x) + 0.5;
    cairo_move_to(cr, x, lb->stem_y0);
    cairo_line_to(cr, x, lb->stem_y1);
  }
  cairo_stroke(cr);
  /* bars, then points on top */
  for (size_t i = 0; i < L->nmarks; i++) {
    const chart_mark *mk = &L->marks[i];
    if (mk->kind != MARK_BAR)
      continue;
    theme_color c = style_color(th, mk->style);
    draw_bar(cr, c, mk->x0, mk->x1, mk->s0, mk->s1, mk->y, mk->h, (mk->flags & MARK_HOLLOW) != 0);
    /* the type's shape at the bar's start: colour is never alone */
    double sx = mk->s0 < L->plot_x0 ? L->plot_x0 : mk->s0;
    draw_marker(cr, th, mk->style, mk->flags & MARK_HOLLOW, sx, mk->y, mk->h + 2);
  }
  for (size_t i = 0; i < L->nmarks; i++) {
    const chart_mark *mk = &L->marks[i];
    if (mk->kind == MARK_POINT)
      draw_marker(cr, th, mk->style, mk->flags, mk->x0, mk->y, mk->h);
  }
  for (size_t i = 0; i < L->nlegend; i++)
    draw_legend_swatch(cr, th, &L->legend[i]);
  for (size_t i = 0; i < L->ntexts; i++)
    draw_text(cr, tc, th, L, &L->texts[i], layer);
}

/* ---- surfaces ------------------------------------------------------------------------------ */

static cairo_status_t write_tbuf(void *closure, const unsigned char *data, unsigned int len) {
  tbuf *b = closure;
  tbuf_put(b, data, len);
  return b->oom ? CAIRO_STATUS_WRITE_ERROR : CAIRO_STATUS_SUCCESS;
}

/* The latest publication date, for the PDF's dates (never the clock). */
static void pdf_date(tempora_timeline *tl, char *buf, size_t n) {
  const char *best = NULL;
  size_t nd = tempora_timeline_document_count(tl);
  for (size_t i = 0; i < nd; i++) {
    const char *d = tempora_timeline_document(tl, i)->dct;
    if (d && *d && (!best || strcmp(d, best) > 0))
      best = d;
  }
  int64_t t = 0;
  tempora_precision p;
  if (tl->opts.reference_time && !tempora_parse_time(tl->opts.reference_time, &t, &p))
    best = tl->opts.reference_time;
  else if (!best || tempora_parse_time(best, &t, &p))
    t = 0;
  tempora_format_time(t, TEMPORA_PREC_SECOND, buf, n);
}

/* Inserts the title, description and text layer into cairo's SVG. */
static int svg_finish(const tbuf *svg, const chart_layout *L, const chart_theme *th,
                      const tbuf *layer, int inline_svg, tbuf *out) {
  const char *s = svg->ptr ? svg->ptr : "";
  const char *open = strstr(s, "<svg");
  const char *gt = open ? strchr(open, '>') : NULL;
  const char *close = gt ? strstr(gt, "</svg>") : NULL;
  if (!close)
    return -1;
  if (!inline_svg)
    tbuf_put(out, s, (size_t)(open - s));
  tbuf_put(out, open, (size_t)(gt - open));
  tbuf_puts(out, " aria-labelledby=\"tempora-chart-title\""
                 " aria-describedby=\"tempora-chart-desc\">\n<title id=\"tempora-chart-title\">");
  markup_escape_str(out, L->title);
  tbuf_puts(out, "</title>\n<desc id=\"tempora-chart-desc\">");
  markup_escape_str(out, L->subtitle);
  tbuf_puts(out, ". ");
  markup_escape_str(out, L->summary);
  tbuf_puts(out, "</desc>");
  tbuf_put(out, gt + 1, (size_t)(close - gt - 1));
  /* the text layer: invisible, on top, so it can be searched and selected */
  tbuf_puts(out, "<g id=\"tempora-text\" fill=\"#000000\" fill-opacity=\"0\" font-family=\"");
  markup_escape_str(out, th->font);
  tbuf_puts(out, "\">\n");
  tbuf_put(out, layer->ptr ? layer->ptr : "", layer->len);
  tbuf_puts(out, "</g>\n");
  tbuf_puts(out, close);
  return 0;
}

static int chart_render(tempora_timeline *tl, out_kind kind, int inline_svg, tbuf *out,
                        tempora_error *err) {
  chart_theme th;
  int rc = theme_load(tl->opts.theme, &th, err);
  if (rc)
    return rc;
  text_ctx tc;
  if (text_ctx_init(&tc, &th)) {
    text_ctx_free(&tc);
    return set_error(err, TEMPORA_ERENDER, NULL, 0, 0, "pango: cannot create a text context");
  }
  chart_measure m = {pango_measure, &tc};
  chart_layout *L;
  rc = layout_build(tl, &th, &m, inline_svg ? LAYOUT_NO_HEADING : 0, &L, err);
  if (rc) {
    text_ctx_free(&tc);
    return rc;
  }
  tbuf svg = TBUF_INIT, layer = TBUF_INIT;
  cairo_surface_t *surf = NULL;
  double w = ceil(L->width), h = ceil(L->height);
  if (kind == OUT_SVG) {
    surf = cairo_svg_surface_create_for_stream(write_tbuf, &svg, w, h);
    cairo_svg_surface_set_document_unit(surf, CAIRO_SVG_UNIT_PX);
  } else if (kind == OUT_PDF) {
    surf = cairo_pdf_surface_create_for_stream(write_tbuf, out, w * 0.75, h * 0.75);
    char date[64];
    pdf_date(tl, date, sizeof date);
    cairo_pdf_surface_set_metadata(surf, CAIRO_PDF_METADATA_TITLE, L->title);
    cairo_pdf_surface_set_metadata(surf, CAIRO_PDF_METADATA_CREATOR,
                                   "tempora " TEMPORA_VERSION_STRING);
    cairo_pdf_surface_set_metadata(surf, CAIRO_PDF_METADATA_CREATE_DATE, date);
    cairo_pdf_surface_set_metadata(surf, CAIRO_PDF_METADATA_MOD_DATE, date);
  } else if (w * h > MAX_PNG_PIXELS) {
    rc = set_error(err, TEMPORA_ERENDER, NULL, 0, 0,
                   "chart of %.0fx%.0f px is too large for PNG (at most 64 Mpx)", w, h);
  } else
    surf = cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)w, (int)h);
  if (!rc && cairo_surface_status(surf) != CAIRO_STATUS_SUCCESS)
    rc = set_error(err, TEMPORA_ERENDER, NULL, 0, 0, "cairo: %s",
                   cairo_status_to_string(cairo_surface_status(surf)));
  if (!rc) {
    cairo_t *cr = cairo_create(surf);
    if (kind == OUT_PDF)
      cairo_scale(cr, 0.75, 0.75); /* layout px to PDF points */
    draw_chart(cr, &tc, L, &th, kind == OUT_SVG ? &layer : NULL);
    cairo_status_t st = cairo_status(cr);
    cairo_destroy(cr);
    if (kind == OUT_PNG && st == CAIRO_STATUS_SUCCESS)
      st = cairo_surface_write_to_png_stream(surf, write_tbuf, out);
    cairo_surface_finish(surf);
    if (st == CAIRO_STATUS_SUCCESS)
      st = cairo_surface_status(surf);
    if (st != CAIRO_STATUS_SUCCESS)
      rc = set_error(err, st == CAIRO_STATUS_NO_MEMORY || st == CAIRO_STATUS_WRITE_ERROR
                              ? TEMPORA_ENOMEM
                              : TEMPORA_ERENDER,
                     NULL, 0, 0, "cairo: %s", cairo_status_to_string(st));
  }
  if (surf)
    cairo_surface_destroy(surf);
  if (!rc && kind == OUT_SVG && svg_finish(&svg, L, &th, &layer, inline_svg, out))
    rc = set_error(err, TEMPORA_ERENDER, NULL, 0, 0, "cairo wrote an SVG without <svg>");
  if (!rc && (out->oom || svg.oom || layer.oom))
    rc = set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  tbuf_free(&svg);
  tbuf_free(&layer);
  layout_free(L);
  text_ctx_free(&tc);
  return rc;
}

int render_svg(tempora_timeline *tl, tbuf *out, tempora_error *err) {
  return chart_render(tl, OUT_SVG, 0, out, err);
}

int render_svg_inline(tempora_timeline *tl, tbuf *out, tempora_error *err) {
  return chart_render(tl, OUT_SVG, 1, out, err);
}

int render_png(tempora_timeline *tl, tbuf *out, tempora_error *err) {
  return chart_render(tl, OUT_PNG, 0, out, err);
}

int render_pdf(tempora_timeline *tl, tbuf *out, tempora_error *err) {
  return chart_render(tl, OUT_PDF, 0, out, err);
}
