/*
 * timeml.c — TimeML output (-f timeml): each document's body byte-exact
 * between inline <TIMEX3> tags, its DCT in <DCT>.  One document gives a
 * <TimeML> root; several are wrapped in <TimeMLCorpus>.
 *
 * Escaping: & < > as entities (and " in attributes), CR as &#13; so that
 * an XML parser returns the original bytes.  XML 1.0 cannot carry C0
 * control characters other than tab, LF and CR: those are written as
 * U+FFFD, the one place where the text is not byte-exact.
 */
#include <string.h>

#include "render.h"

static void xml_text(tbuf *b, const char *s, size_t n, int attr) {
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    const char *rep = NULL;
    if (c == '&')
      rep = "&amp;";
    else if (c == '<')
      rep = "&lt;";
    else if (c == '>')
      rep = "&gt;";
    else if (c == '"' && attr)
      rep = "&quot;";
    else if (c == '\r')
      rep = "&#13;";
    else if (c == '\t' && attr)
      rep = "&#9;";
    else if (c == '\n' && attr)
      rep = "&#10;";
    else if (c < 0x20 && c != '\t' && c != '\n')
      rep = "\xEF\xBF\xBD";
    if (rep) {
      tbuf_put(b, s + run, i - run);
      tbuf_puts(b, rep);
      run = i + 1;
    }
  }
  tbuf_put(b, s + run, n - run);
}

static void attr(tbuf *b, const char *name, const char *v) {
  if (!v || !*v)
    return;
  tbuf_printf(b, " %s=\"", name);
  xml_text(b, v, strlen(v), 1);
  tbuf_putc(b, '"');
}

static void timeml_doc(tbuf *b, const tempora_document *d) {
  tbuf_puts(b, "<TimeML>\n<DOCID>");
  xml_text(b, d->id, strlen(d->id), 0);
  tbuf_puts(b, "</DOCID>\n");
  if (d->dct && *d->dct) {
    tbuf_puts(b, "<DCT><TIMEX3 tid=\"t0\"");
    attr(b, "type", strchr(d->dct, 'T') ? "TIME" : "DATE");
    attr(b, "value", d->dct);
    tbuf_puts(b, " temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">");
    xml_text(b, d->dct, strlen(d->dct), 0);
    tbuf_puts(b, "</TIMEX3></DCT>\n");
  }
  if (d->title && *d->title) {
    tbuf_puts(b, "<TITLE>");
    xml_text(b, d->title, strlen(d->title), 0);
    tbuf_puts(b, "</TITLE>\n");
  }
  tbuf_puts(b, "<TEXT>");
  size_t pos = 0;
  for (size_t i = 0; i < d->n_timexes; i++) {
    const tempora_timex *t = &d->timexes[i];
    if (t->start < pos || t->end > d->length)
      continue; /* never overlap or overrun (cannot happen with the tagger) */
    xml_text(b, d->text + pos, t->start - pos, 0);
    char tid[32];
    snprintf(tid, sizeof tid, "t%d", t->tid);
    tbuf_puts(b, "<TIMEX3");
    attr(b, "tid", tid);
    attr(b, "type", tempora_timex_type_name(t->type));
    attr(b, "value", t->value);
    attr(b, "mod", t->mod);
    attr(b, "quant", t->quant);
    attr(b, "freq", t->freq);
    if (t->anchor && *t->anchor && d->dct && *d->dct)
      attr(b, "anchorTimeID", "t0");
    tbuf_putc(b, '>');
    xml_text(b, d->text + t->start, t->end - t->start, 0);
    tbuf_puts(b, "</TIMEX3>");
    pos = t->end;
  }
  xml_text(b, d->text + pos, d->length - pos, 0);
  tbuf_puts(b, "</TEXT>\n</TimeML>\n");
}

int render_timeml(tempora_timeline *tl, tbuf *out, tempora_error *err) {
  if (tl->loaded)
    return set_error(err, TEMPORA_EFORMAT, NULL, 0, 0,
                     "timeml needs the document text, which a saved JSON timeline does not hold; "
                     "run extract -f timeml on the articles");
  tbuf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  int corpus = tl->ndocs != 1;
  if (corpus)
    tbuf_puts(out, "<TimeMLCorpus>\n");
  for (size_t i = 0; i < tl->ndocs; i++)
    timeml_doc(out, &tl->docs[i].pub);
  if (corpus)
    tbuf_puts(out, "</TimeMLCorpus>\n");
  return out->oom ? set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory") : 0;
}
