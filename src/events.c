/*
 * events.c — events of one document: for now, one event per sentence that
 * holds a timex on the calendar, with the sentence as its headline.  (The
 * events issue replaces this with clause-level detection, PLOVER types,
 * actors and locations; the interface — append tempora_event records to
 * the timeline — stays.)
 */
#include <string.h>

#include "date.h"
#include "model.h"

/* Copies the sentence with runs of whitespace collapsed to one space. */
static char *clean_sentence(tempora_timeline *tl, const char *s, size_t n) {
  char *out = arena_alloc(&tl->ar, n + 1);
  if (!out)
    return NULL;
  size_t k = 0;
  int sp = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      sp = k > 0;
      continue;
    }
    if (sp)
      out[k++] = ' ';
    sp = 0;
    out[k++] = (char)c;
  }
  out[k] = '\0';
  return out;
}

static int governs(const tempora_timex *t) {
  return t->interval.valid &&
         (t->type == TEMPORA_TIMEX_DATE || t->type == TEMPORA_TIMEX_TIME ||
          t->type == TEMPORA_TIMEX_DURATION);
}

int events_extract(tempora_timeline *tl, doc_rec *d) {
  size_t ti = 0;
  for (size_t s = 0; s < d->nsent; s++) {
    const sentence *se = &d->sents[s];
    const tempora_timex *when = NULL;
    while (ti < d->pub.n_timexes && d->timexes[ti].sentence < s)
      ti++;
    for (size_t k = ti; k < d->pub.n_timexes && d->timexes[k].sentence == s; k++)
      if (governs(&d->timexes[k])) {
        when = &d->timexes[k];
        break;
      }
    if (!when && !(tl->opts.undated && d->has_dct))
      continue;
    tempora_event *ev = tl_new_event(tl);
    if (!ev)
      return -1;
    char *text = clean_sentence(tl, d->pub.text + se->start, se->end - se->start);
    tempora_source *src = arena_alloc(&tl->ar, sizeof *src);
    if (!text || !src)
      return -1;
    ev->headline = text;
    ev->trigger = "";
    ev->type = "OTHER";
    ev->status = TEMPORA_STATUS_OCCURRED;
    src->doc = d->pub.id;
    src->sentence = s;
    src->start = se->start;
    src->end = se->end;
    src->text = text;
    if (when) {
      ev->when.text = when->text;
      ev->when.value = when->value;
      ev->when.mod = when->mod;
      ev->when.interval = when->interval;
      ev->when.precision = when->precision;
      src->timex_start = when->start;
      src->timex_end = when->end;
    } else {
      ev->when.text = "";
      ev->when.value = d->pub.dct;
      ev->when.mod = "";
      ev->when.interval.valid = 1;
      ev->when.interval.start = tp_from_days(tp_days(d->dct));
      ev->when.interval.end = ev->when.interval.start + DAY_SECS;
      ev->when.precision = TEMPORA_PREC_REPORTED;
      src->timex_start = src->timex_end = se->start;
    }
    ev->location.name = NULL;
    ev->location.code = "";
    ev->sources = src;
    ev->n_sources = 1;
  }
  return 0;
}
