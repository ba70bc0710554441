/*
 * render.c — the table of output formats and tempora_render().  A format
 * is compiled in when its library is (see CMakeLists.txt); the table is
 * what --version lists.
 */
#include <string.h>
#include <strings.h>

#include "render.h"

typedef struct renderer {
  const char *name;
  render_fn fn;
} renderer;

static const renderer renderers[] = {
    {"json", render_json},
    {"jsonl", render_jsonl},
    {"timeml", render_timeml},
    {"timelinejs", render_timelinejs},
    {"csv", render_csv},
#ifdef TEMPORA_HAVE_ICAL
    {"ics", render_ics},
#endif
#ifdef TEMPORA_HAVE_CAIRO
    {"svg", render_svg},
    {"png", render_png},
    {"pdf", render_pdf},
#endif
    {"html", render_html},
    {"layout", render_layout},
};

#define NRENDERERS (sizeof renderers / sizeof renderers[0])

/* The same names as the table above, in the same order. */
static const char *const names[] = {
    "json",
    "jsonl",
    "timeml",
    "timelinejs",
    "csv",
#ifdef TEMPORA_HAVE_ICAL
    "ics",
#endif
#ifdef TEMPORA_HAVE_CAIRO
    "svg",
    "png",
    "pdf",
#endif
    "html",
    "layout",
    NULL,
};

const char *const *tempora_formats(void) { return names; }

int tempora_render(tempora_timeline *tl, const char *format, char **out, size_t *outlen,
                   tempora_error *err) {
  if (!tl || !format || !out)
    return set_error(err, TEMPORA_EARG, NULL, 0, 0, "invalid argument");
  *out = NULL;
  if (outlen)
    *outlen = 0;
  const renderer *r = NULL;
  for (size_t i = 0; i < NRENDERERS; i++)
    if (!strcasecmp(format, renderers[i].name))
      r = &renderers[i];
  if (!r)
    return set_error(err, TEMPORA_EFORMAT, NULL, 0, 0, "unknown output format '%s'", format);
  int rc = tempora_timeline_finish(tl, err);
  if (rc)
    return rc;
  tbuf b = TBUF_INIT;
  rc = r->fn(tl, &b, err);
  if (rc) {
    tbuf_free(&b);
    return rc;
  }
  *out = tbuf_detach(&b, outlen);
  if (!*out)
    return set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  return 0;
}
