/*
 * html.c — the HTML report (-f html): templates/report.html (compiled in)
 * filled with the inline SVG chart and a table of every event: date,
 * headline, type, actors, location, source links and the sentence.
 *
 * Rules: every value from the timeline is escaped (markup_escape), so text
 * such as "<script>" in an article shows as text; links are made only from
 * http(s) URLs; colours and the font list come from the theme, which is
 * parsed (colours) or filtered (font names) before it reaches the CSS.  The
 * page loads nothing from outside.  Without cairo the chart is replaced by
 * a note and the table is still written.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "layout.h"
#include "render.h"
#include "templates.h"

typedef struct report {
  tempora_timeline *tl;
  chart_theme th;
  chart_layout *L; /* for the title, subtitle and event styles */
  tbuf chart, rows, footer;
} report;


/* The theme's font list as CSS: names quoted, generic families bare, and
 * nothing that could end the declaration or the style element. */
static void font_css(tbuf *out, const char *list) {
  static const char *const generic[] = {"serif", "sans-serif", "monospace", "cursive",
                                        "fantasy", "system-ui"};
  int any = 0;
  const char *p = list;
  while (*p) {
    while (*p == ' ' || *p == ',')
      p++;
    const char *e = p;
    while (*e && *e != ',')
      e++;
    const char *q = e;
    while (q > p && q[-1] == ' ')
      q--;
    if (q > p) {
      int gen = 0;
      for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++)
        if (strlen(generic[i]) == (size_t)(q - p) && !strncmp(generic[i], p, (size_t)(q - p)))
          gen = 1;
      tbuf_puts(out, any ? ", " : "");
      if (!gen)
        tbuf_putc(out, '"');
      for (const char *c = p; c < q; c++)
        if ((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') ||
            *c == ' ' || *c == '-' || *c == '_')
          tbuf_putc(out, *c);
      if (!gen)
        tbuf_putc(out, '"');
      any = 1;
    }
    p = e;
  }
  if (!any)
    tbuf_puts(out, "sans-serif");
}

static int name_is(const char *name, size_t n, const char *want) {
  return strlen(want) == n && !memcmp(name, want, n);
}

static int value(void *ctx, const char *name, size_t n, tbuf *out) {
  report *r = ctx;
  char hex[8];
  static const struct {
    const char *name;
    size_t off;
  } colors[] = {
      {"color-background", offsetof(chart_theme, background)},
      {"color-text", offsetof(chart_theme, text)},
      {"color-muted", offsetof(chart_theme, muted)},
      {"color-grid", offsetof(chart_theme, grid)},
      {"color-lane-fill", offsetof(chart_theme, lane_fill)},
      {"color-link", offsetof(chart_theme, link)},
  };
  for (size_t i = 0; i < sizeof colors / sizeof colors[0]; i++)
    if (name_is(name, n, colors[i].name)) {
      theme_color_hex(*(const theme_color *)(const void *)((const char *)&r->th + colors[i].off),
                      hex);
      tbuf_puts(out, hex);
      return 0;
    }
  if (name_is(name, n, "title"))
    markup_escape_str(out, r->L->title);
  else if (name_is(name, n, "subtitle"))
    markup_escape_str(out, r->L->subtitle);
  else if (name_is(name, n, "generator"))
    tbuf_puts(out, "tempora " TEMPORA_VERSION_STRING);
  else if (name_is(name, n, "font-css"))
    font_css(out, r->th.font);
  else if (name_is(name, n, "chart"))
    tbuf_put(out, r->chart.ptr ? r->chart.ptr : "", r->chart.len);
  else if (name_is(name, n, "rows"))
    tbuf_put(out, r->rows.ptr ? r->rows.ptr : "", r->rows.len);
  else if (name_is(name, n, "footer"))
    tbuf_put(out, r->footer.ptr ? r->footer.ptr : "", r->footer.len);
  else
    return -1;
  return 0;
}

static const tempora_document *find_doc(tempora_timeline *tl, const char *id) {
  size_t nd = tempora_timeline_document_count(tl);
  for (size_t i = 0; i < nd; i++) {
    const tempora_document *d = tempora_timeline_document(tl, i);
    if (d->id && id && !strcmp(d->id, id))
      return d;
  }
  return NULL;
}


static void event_row(report *r, const tempora_event *ev, int style) {
  tbuf *b = &r->rows;
  char date[96];
  fmt_when_short(&ev->when, date, sizeof date);
  tbuf_puts(b, "<tr id=\"");
  markup_escape_str(b, ev->id);
  tbuf_puts(b, "\"><td class=\"date\">");
  markup_escape_str(b, date[0] ? date : "undated");
  char edtf[128];
  fmt_edtf(&ev->when, edtf, sizeof edtf);
  if (edtf[0]) {
    tbuf_puts(b, "<br><span class=\"code\">");
    markup_escape_str(b, edtf);
    tbuf_puts(b, "</span>");
  }
  tbuf_puts(b, "</td><td class=\"headline\">");
  markup_escape_str(b, ev->headline);
  tbuf_puts(b, "</td><td class=\"type\">");
  if (style >= 0 && r->th.npalette > 0) {
    char hex[8];
    theme_color_hex(r->th.palette[style % r->th.npalette], hex);
    tbuf_printf(b, "<span class=\"sw\" style=\"background:%s\"></span>", hex);
  }
  markup_escape_str(b, ev->type);
  if (ev->status != TEMPORA_STATUS_OCCURRED) {
    tbuf_puts(b, " <span class=\"code\">");
    markup_escape_str(b, tempora_status_name(ev->status));
    tbuf_puts(b, "</span>");
  }
  tbuf_puts(b, "</td><td class=\"actors\">");
  if (ev->n_actors) {
    tbuf_puts(b, "<ul class=\"plain\">");
    for (size_t i = 0; i < ev->n_actors; i++) {
      const tempora_actor *a = &ev->actors[i];
      tbuf_puts(b, "<li>");
      markup_escape_str(b, a->name);
      tbuf_puts(b, " <span class=\"code\">");
      markup_escape_str(b, a->code);
      if (a->org && *a->org) {
        tbuf_puts(b, " ");
        markup_escape_str(b, a->org);
      }
      tbuf_puts(b, " \xC2\xB7 ");
      markup_escape_str(b, tempora_role_name(a->role));
      tbuf_puts(b, "</span></li>");
    }
    tbuf_puts(b, "</ul>");
  }
  tbuf_puts(b, "</td><td class=\"location\">");
  if (ev->location.name && *ev->location.name) {
    markup_escape_str(b, ev->location.name);
    if (ev->location.code && *ev->location.code) {
      tbuf_puts(b, " <span class=\"code\">");
      markup_escape_str(b, ev->location.code);
      tbuf_puts(b, "</span>");
    }
    if (ev->location.has_coords)
      tbuf_printf(b, "<br><span class=\"code\">%.4f, %.4f</span>", ev->location.lat,
                  ev->location.lon);
  }
  tbuf_puts(b, "</td><td class=\"sources\"><ul class=\"plain\">");
  for (size_t i = 0; i < ev->n_sources; i++) {
    tbuf_puts(b, "<li>");
    html_doc_link(b, find_doc(r->tl, ev->sources[i].doc), ev->sources[i].doc);
    tbuf_printf(b, " <span class=\"code\">sentence %zu</span></li>", ev->sources[i].sentence + 1);
  }
  tbuf_puts(b, "</ul></td><td class=\"sentence\">");
  for (size_t i = 0; i < ev->n_sources; i++) {
    if (i)
      tbuf_puts(b, "<br>");
    markup_escape_str(b, ev->sources[i].text);
  }
  tbuf_puts(b, "</td></tr>\n");
}

static void footer(report *r) {
  tbuf *b = &r->footer;
  size_t nd = tempora_timeline_document_count(r->tl);
  tbuf_printf(b, "<p>%zu event%s from %zu article%s", tempora_timeline_event_count(r->tl),
              tempora_timeline_event_count(r->tl) == 1 ? "" : "s", nd, nd == 1 ? "" : "s");
  tbuf_puts(b, ". Made with tempora " TEMPORA_VERSION_STRING ".</p>\n<ul class=\"plain\">\n");
  for (size_t i = 0; i < nd; i++) {
    const tempora_document *d = tempora_timeline_document(r->tl, i);
    tbuf_puts(b, "<li>");
    html_doc_link(b, d, d->id);
    if (d->source && *d->source && d->title && *d->title) {
      tbuf_puts(b, " \xE2\x80\x94 ");
      markup_escape_str(b, d->source);
    }
    if (d->dct && *d->dct) {
      tbuf_puts(b, ", ");
      markup_escape_str(b, d->dct);
    }
    tbuf_puts(b, "</li>\n");
  }
  tbuf_puts(b, "</ul>");
}

/* The table is chronological whatever the timeline's order (a loaded or
 * hand-edited timeline keeps its own): by start, then end, then original
 * place; undated events last. */
typedef struct row_ref {
  const tempora_event *ev;
  size_t index;
  int style;
} row_ref;

static int cmp_rows(const void *a, const void *b) {
  const row_ref *x = a, *y = b;
  const tempora_interval *p = &x->ev->when.interval, *q = &y->ev->when.interval;
  if (p->valid != q->valid)
    return p->valid ? -1 : 1;
  if (p->valid && p->start != q->start)
    return p->start < q->start ? -1 : 1;
  if (p->valid && p->end != q->end)
    return p->end < q->end ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

int render_html(tempora_timeline *tl, tbuf *out, tempora_error *err) {
  report r;
  memset(&r, 0, sizeof r);
  r.tl = tl;
  int rc = theme_load(tl->opts.theme, &r.th, err);
  if (rc)
    return rc;
  chart_measure m = {layout_measure_approx, NULL};
  rc = layout_build(tl, &r.th, &m, LAYOUT_NO_HEADING, &r.L, err);
  if (rc)
    return rc;
#ifdef TEMPORA_HAVE_CAIRO
  rc = render_svg_inline(tl, &r.chart, err);
#else
  tbuf_puts(&r.chart, "<p class=\"nochart\">This build of tempora has no chart renderer "
                      "(it needs cairo and pango); the events are listed below.</p>");
#endif
  size_t n = tempora_timeline_event_count(tl);
  row_ref *order = calloc(n + 1, sizeof *order);
  if (!order && !rc)
    rc = set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  if (!rc) {
    size_t k = 0; /* L->events holds the dated events, in timeline order */
    for (size_t i = 0; i < n; i++) {
      order[i].ev = tempora_timeline_event(tl, i);
      order[i].index = i;
      order[i].style = -1;
      if (k < r.L->nevents && r.L->events[k].ev == order[i].ev)
        order[i].style = r.L->events[k++].style;
    }
    qsort(order, n, sizeof *order, cmp_rows);
    for (size_t i = 0; i < n; i++)
      event_row(&r, order[i].ev, order[i].style);
    if (n == 0)
      tbuf_puts(&r.rows, "<tr><td colspan=\"7\">No events.</td></tr>\n");
    footer(&r);
    size_t len;
    const char *tpl = tpl_get("report.html", &len);
    char bad[80] = "";
    if (!tpl)
      rc = set_error(err, TEMPORA_ERENDER, NULL, 0, 0, "report template missing");
    else if (tpl_fill(tpl, len, value, &r, out, bad, sizeof bad))
      rc = set_error(err, TEMPORA_ERENDER, "report.html", 0, 0,
                     "unknown placeholder {{%s}} in the report template", bad);
  }
  if (!rc && (r.rows.oom || r.chart.oom || r.footer.oom || out->oom))
    rc = set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  free(order);
  tbuf_free(&r.chart);
  tbuf_free(&r.rows);
  tbuf_free(&r.footer);
  layout_free(r.L);
  return rc;
}
