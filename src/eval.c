/*
 * eval.c — TempEval-3 Task A scoring of the tagger against a TimeML corpus
 * (tempora_eval in tempora.h).
 *
 * For every *.tml file of the gold directory, in byte order of the names:
 *   - the DCT is the value of the first <DCT><TIMEX3 value="..."> in the
 *     raw file;
 *   - the raw text is the text content of the first TEXT element with its
 *     tags removed and entities decoded (libxml2), and the gold timexes
 *     are its TIMEX3 elements, as character (code point) spans into it;
 *   - the text goes through the same input path as `tempora extract --dct
 *     DCT FILE` and the tagger's timexes are converted to code point spans.
 * Matching reproduces the shared scorer (te3score.py) exactly: strict
 * counts every (gold, system) pair with the same span; relaxed walks the
 * gold timexes in order and gives each the unused system timex of largest
 * overlap (the first one on ties); value and type are compared on relaxed
 * pairs; P = matched / system, R = matched / gold.  A document without a
 * DCT counts as failed, with no system timexes, as the scorer does when
 * the command it runs fails.
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "buf.h"
#include "model.h"
#include "tempora.h"

/* One timex as a code point span, with what the report prints. */
typedef struct span {
  size_t start, end;
  char type[16];
  char *value;
  char *text;
} span;

typedef struct spanvec {
  span *v;
  size_t n, cap;
  int oom;
} spanvec;

static void spans_push(spanvec *sv, size_t s, size_t e, const char *type, const char *value,
                       const char *text, size_t textlen) {
  if (sv->oom)
    return;
  if (sv->n == sv->cap) {
    size_t cap = sv->cap ? sv->cap * 2 : 32;
    span *p = realloc(sv->v, cap * sizeof *p);
    if (!p) {
      sv->oom = 1;
      return;
    }
    sv->v = p;
    sv->cap = cap;
  }
  span *sp = &sv->v[sv->n];
  sp->start = s;
  sp->end = e;
  snprintf(sp->type, sizeof sp->type, "%s", type ? type : "");
  sp->value = strdup(value ? value : "");
  sp->text = malloc(textlen + 1);
  if (!sp->value || !sp->text) {
    free(sp->value);
    free(sp->text);
    sv->oom = 1;
    return;
  }
  memcpy(sp->text, text, textlen);
  sp->text[textlen] = '\0';
  sv->n++;
}

static void spans_free(spanvec *sv) {
  for (size_t i = 0; i < sv->n; i++) {
    free(sv->v[i].value);
    free(sv->v[i].text);
  }
  free(sv->v);
  memset(sv, 0, sizeof *sv);
}

/* Code points in UTF-8 bytes (continuation bytes are not counted). */
static size_t cp_count(const char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    k += ((unsigned char)s[i] & 0xC0) != 0x80;
  return k;
}

/* ---- gold documents ------------------------------------------------------------ */

typedef struct walker {
  tbuf text;   /* the raw text so far */
  size_t ncp;  /* its length in code points */
  spanvec spans;
} walker;

static int is_named(const xmlNode *n, const char *name) {
  return n->type == XML_ELEMENT_NODE && n->name && !strcmp((const char *)n->name, name);
}

/* The text of a node's subtree, appended in document order; TIMEX3
 * elements below the TEXT element become spans when their end is reached
 * (so nested ones come first, as in the scorer). */
static void walk(walker *w, const xmlNode *node, int depth) {
  size_t start = w->ncp, bstart = w->text.len;
  for (const xmlNode *c = node->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      const char *s = (const char *)c->content;
      size_t n = s ? strlen(s) : 0;
      tbuf_put(&w->text, s, n);
      w->ncp += cp_count(s, n);
    } else if (c->type == XML_ELEMENT_NODE && depth < 64)
      walk(w, c, depth + 1);
  }
  if (depth > 0 && is_named(node, "TIMEX3")) {
    xmlChar *type = xmlGetProp(node, (const xmlChar *)"type");
    xmlChar *value = xmlGetProp(node, (const xmlChar *)"value");
    spans_push(&w->spans, start, w->ncp, (const char *)type, (const char *)value,
               w->text.ptr ? w->text.ptr + bstart : "", w->text.len - bstart);
    xmlFree(type);
    xmlFree(value);
  }
}

static const xmlNode *find_text(const xmlNode *n) {
  for (; n; n = n->next) {
    if (is_named(n, "TEXT"))
      return n;
    if (n->type == XML_ELEMENT_NODE) {
      const xmlNode *t = find_text(n->children);
      if (t)
        return t;
    }
  }
  return NULL;
}

/* The DCT: the value of the first <DCT> followed (after white space) by a
 * <TIMEX3 ...value="..."> tag. */
static int find_dct(const char *raw, char *out, size_t size) {
  for (const char *p = strstr(raw, "<DCT>"); p; p = strstr(p + 1, "<DCT>")) {
    const char *q = p + 5;
    while (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\f' || *q == '\v')
      q++;
    if (strncmp(q, "<TIMEX3", 7))
      continue;
    const char *end = strchr(q, '>');
    if (!end)
      continue;
    const char *v = NULL; /* the last value=" in the tag, as a greedy match */
    for (const char *k = q; (k = strstr(k, "value=\"")) && k < end; k++)
      v = k;
    if (!v)
      continue;
    v += 7;
    const char *e = strchr(v, '"');
    if (!e || e == v || (size_t)(e - v) >= size)
      continue;
    memcpy(out, v, (size_t)(e - v));
    out[e - v] = '\0';
    return 0;
  }
  return -1;
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  tbuf b = TBUF_INIT;
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    tbuf_put(&b, chunk, n);
  int bad = ferror(f);
  fclose(f);
  if (bad || b.oom) {
    tbuf_free(&b);
    return NULL;
  }
  if (!b.ptr)
    tbuf_puts(&b, "");
  return tbuf_detach(&b, len);
}

/* Reads a gold file: its DCT ("" when none), raw text and spans. */
static int read_gold(const char *path, char *dct, size_t dctsize, walker *w,
                     tempora_error *err) {
  size_t len;
  char *raw = read_file(path, &len);
  if (!raw)
    return set_error(err, TEMPORA_EIO, path, 0, 0, "cannot read file");
  if (find_dct(raw, dct, dctsize))
    dct[0] = '\0';
  /* no network, no DTD loading; the predefined entities are decoded */
  xmlDoc *doc = xmlReadMemory(raw, (int)(len > 0x7fffffff ? 0x7fffffff : len), path, "UTF-8",
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                  XML_PARSE_HUGE);
  free(raw);
  if (!doc)
    return set_error(err, TEMPORA_EINPUT, path, 0, 0, "not well-formed XML");
  const xmlNode *root = xmlDocGetRootElement(doc);
  const xmlNode *text = root && is_named(root, "TEXT") ? root : find_text(root);
  if (!text)
    text = root;
  if (text)
    walk(w, text, 0);
  xmlFreeDoc(doc);
  if (!w->text.ptr)
    tbuf_puts(&w->text, "");
  if (w->text.oom || w->spans.oom)
    return set_error(err, TEMPORA_ENOMEM, path, 0, 0, "out of memory");
  return 0;
}

/* ---- the tagger's side ------------------------------------------------------------ */

/* Tags the raw text as `tempora extract --dct DCT NAME.txt` would and
 * appends the timexes as code point spans.  1 when the body the tagger saw
 * is not the raw text (a header block was taken off): its spans are
 * shifted, and the document counts as misaligned. */
static int tag_text(const char *name, const char *text, size_t len, const char *dct,
                    const tempora_options *base, spanvec *out, tempora_error *err) {
  tempora_options o = *base;
  o.dct = dct;
  tempora_timeline *tl = tempora_timeline_new(&o);
  if (!tl)
    return set_error(err, TEMPORA_ENOMEM, name, 0, 0, "out of memory");
  int rc = tempora_timeline_add_input(tl, name, text, len, err);
  if (rc) {
    tempora_timeline_free(tl);
    return rc;
  }
  const tempora_document *d = tempora_timeline_document(tl, 0);
  int misaligned = 0;
  size_t off = 0;
  if (d && d->text && (d->length != len || memcmp(d->text, text, len))) {
    misaligned = 1;
    if (d->length <= len && !memcmp(text + len - d->length, d->text, d->length))
      off = len - d->length;
  }
  for (size_t i = 0; d && i < d->n_timexes; i++) {
    const tempora_timex *t = &d->timexes[i];
    size_t s = cp_count(text, off + t->start);
    size_t e = s + cp_count(text + off + t->start, t->end - t->start);
    spans_push(out, s, e, tempora_timex_type_name(t->type), t->value, t->text,
               t->end - t->start);
  }
  tempora_timeline_free(tl);
  if (out->oom)
    return set_error(err, TEMPORA_ENOMEM, name, 0, 0, "out of memory");
  return misaligned;
}

/* ---- matching and the report -------------------------------------------------------- */

/* Counts by TIMEX3 type, for the report. */
static const char *const type_names[] = {"DATE", "TIME", "DURATION", "SET"};
#define NTYPES 4

typedef struct report {
  tbuf missed, spurious, value, type, extent;
  size_t n_missed, n_spurious, n_value, n_type, n_extent;
  size_t t_gold[NTYPES + 1], t_sys[NTYPES + 1], t_rel[NTYPES + 1], t_val[NTYPES + 1];
  int max;
} report;

static int type_index(const char *t) {
  for (int k = 0; k < NTYPES; k++)
    if (!strcmp(t, type_names[k]))
      return k;
  return NTYPES; /* other */
}

/* "...context [extent] context..." on one line. */
static void context(tbuf *b, const char *text, size_t tlen, const span *sp) {
  /* walk code points to byte offsets */
  size_t bs = 0, be = 0, cp = 0;
  for (size_t i = 0; i <= tlen; i++) {
    if (i == tlen || ((unsigned char)text[i] & 0xC0) != 0x80) {
      if (cp == sp->start)
        bs = i;
      if (cp == sp->end) {
        be = i;
        break;
      }
      cp++;
    }
  }
  size_t a = bs > 60 ? bs - 60 : 0, z = be + 60 < tlen ? be + 60 : tlen;
  while (a > 0 && ((unsigned char)text[a] & 0xC0) == 0x80)
    a--;
  while (z < tlen && ((unsigned char)text[z] & 0xC0) == 0x80)
    z++;
  for (size_t i = a; i < z; i++) {
    if (i == bs)
      tbuf_putc(b, '[');
    char c = text[i];
    tbuf_putc(b, c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    if (i + 1 == be)
      tbuf_putc(b, ']');
  }
  if (be == bs)
    tbuf_puts(b, "[]");
}

static void add_error(report *r, tbuf *b, size_t *count, const char *file, const char *what,
                      const char *text, size_t tlen, const span *at) {
  (*count)++;
  if ((int)*count > r->max)
    return;
  tbuf_printf(b, "  %s: %s | ", file, what);
  context(b, text, tlen, at);
  tbuf_putc(b, '\n');
}

static void match_doc(const char *file, const char *dct, const char *text, size_t tlen,
                      const spanvec *gold, const spanvec *sys, tempora_eval_scores *sc,
                      report *r) {
  size_t strict = 0;
  for (size_t g = 0; g < gold->n; g++)
    for (size_t s = 0; s < sys->n; s++)
      strict += gold->v[g].start == sys->v[s].start && gold->v[g].end == sys->v[s].end;
  char *used = calloc(sys->n ? sys->n : 1, 1);
  size_t *pair = malloc((gold->n ? gold->n : 1) * sizeof *pair);
  if (!used || !pair) {
    free(used);
    free(pair);
    r->missed.oom = 1;
    return;
  }
  for (size_t g = 0; g < gold->n; g++) {
    size_t best = 0, bj = (size_t)-1;
    for (size_t s = 0; s < sys->n; s++) {
      if (used[s])
        continue;
      const span *a = &gold->v[g], *b = &sys->v[s];
      size_t lo = a->start > b->start ? a->start : b->start;
      size_t hi = a->end < b->end ? a->end : b->end;
      size_t ov = hi > lo ? hi - lo : 0;
      if (ov > best) {
        best = ov;
        bj = s;
      }
    }
    pair[g] = bj;
    if (bj != (size_t)-1)
      used[bj] = 1;
  }
  sc->gold += gold->n;
  sc->system += sys->n;
  sc->strict += strict;
  for (size_t g = 0; g < gold->n; g++) {
    int k = type_index(gold->v[g].type);
    r->t_gold[k]++;
    if (pair[g] != (size_t)-1) {
      r->t_rel[k]++;
      r->t_val[k] += !strcmp(gold->v[g].value, sys->v[pair[g]].value);
    }
  }
  for (size_t s = 0; s < sys->n; s++)
    r->t_sys[type_index(sys->v[s].type)]++;
  char what[512];
  for (size_t g = 0; g < gold->n; g++) {
    const span *a = &gold->v[g];
    if (pair[g] == (size_t)-1) {
      snprintf(what, sizeof what, "'%s' %s %s", a->text, a->type, a->value);
      add_error(r, &r->missed, &r->n_missed, file, what, text, tlen, a);
      continue;
    }
    const span *b = &sys->v[pair[g]];
    sc->relaxed++;
    int vok = !strcmp(a->value, b->value), tok = !strcmp(a->type, b->type);
    sc->value += vok;
    sc->type += tok;
    if (!vok) {
      snprintf(what, sizeof what, "'%s' gold=%s system=%s ('%s') dct=%s", a->text, a->value,
               b->value, b->text, dct);
      add_error(r, &r->value, &r->n_value, file, what, text, tlen, a);
    }
    if (!tok) {
      snprintf(what, sizeof what, "'%s' gold=%s system=%s", a->text, a->type, b->type);
      add_error(r, &r->type, &r->n_type, file, what, text, tlen, a);
    }
    if (a->start != b->start || a->end != b->end) {
      snprintf(what, sizeof what, "gold '%s' system '%s'", a->text, b->text);
      add_error(r, &r->extent, &r->n_extent, file, what, text, tlen, a);
    }
  }
  for (size_t s = 0; s < sys->n; s++)
    if (!used[s]) {
      const span *b = &sys->v[s];
      snprintf(what, sizeof what, "'%s' %s %s", b->text, b->type, b->value);
      add_error(r, &r->spurious, &r->n_spurious, file, what, text, tlen, b);
    }
  free(used);
  free(pair);
}

static void f1(size_t c, size_t ns, size_t ng, double *p, double *r, double *f) {
  *p = ns ? (double)c / (double)ns : 0.0;
  *r = ng ? (double)c / (double)ng : 0.0;
  *f = *p + *r ? 2 * *p * *r / (*p + *r) : 0.0;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void section(tbuf *out, const char *title, size_t count, int max, tbuf *items) {
  tbuf_printf(out, "%s: %zu%s\n", title, count,
              (int)count > max ? " (first ones shown)" : "");
  if (items->ptr)
    tbuf_put(out, items->ptr, items->len);
}

int tempora_eval(const char *gold_dir, const tempora_options *opts, int max_errors,
                 tempora_eval_scores *scores, char **report_out, tempora_error *err) {
  if (report_out)
    *report_out = NULL;
  if (!gold_dir || !scores || max_errors < 0)
    return set_error(err, TEMPORA_EARG, NULL, 0, 0, "invalid argument");
  memset(scores, 0, sizeof *scores);
  tempora_options defaults;
  tempora_options_init(&defaults);
  if (!opts)
    opts = &defaults;
  DIR *dir = opendir(gold_dir);
  if (!dir)
    return set_error(err, TEMPORA_EIO, gold_dir, 0, 0, "cannot open directory");
  char **names = NULL;
  size_t n = 0, cap = 0;
  int rc = 0;
  for (struct dirent *de; (de = readdir(dir));) {
    size_t l = strlen(de->d_name);
    if (l < 5 || strcmp(de->d_name + l - 4, ".tml"))
      continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 64;
      char **p = realloc(names, cap * sizeof *p);
      if (!p) {
        rc = set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
        break;
      }
      names = p;
    }
    if (!(names[n] = strdup(de->d_name))) {
      rc = set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
      break;
    }
    n++;
  }
  closedir(dir);
  if (!rc && n == 0)
    rc = set_error(err, TEMPORA_EINPUT, gold_dir, 0, 0, "no .tml files");
  if (names)
    qsort(names, n, sizeof *names, by_name);
  report r;
  memset(&r, 0, sizeof r);
  r.max = max_errors;
  tbuf failures = TBUF_INIT;
  for (size_t k = 0; k < n && !rc; k++) {
    size_t plen = strlen(gold_dir) + strlen(names[k]) + 2;
    char *path = malloc(plen);
    if (!path) {
      rc = set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
      break;
    }
    snprintf(path, plen, "%s/%s", gold_dir, names[k]);
    walker w;
    memset(&w, 0, sizeof w);
    char dct[64];
    spanvec sys = {0};
    rc = read_gold(path, dct, sizeof dct, &w, err);
    if (!rc) {
      scores->docs++;
      /* the input name the scorer gives the tagger: the file's stem + .txt */
      char name[512];
      snprintf(name, sizeof name, "%.*s.txt", (int)(strlen(names[k]) - 4), names[k]);
      tempora_error terr = {0};
      int trc = dct[0] ? tag_text(name, w.text.ptr, w.text.len, dct, opts, &sys, &terr)
                       : TEMPORA_EDATE;
      if (trc == TEMPORA_ENOMEM) {
        rc = set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
      } else if (trc < 0) {
        scores->failed_docs++;
        spans_free(&sys);
        tbuf_printf(&failures, "  %s: %s\n", names[k], dct[0] ? terr.message : "no DCT");
      } else {
        scores->misaligned += trc;
      }
      if (!rc)
        match_doc(names[k], dct, w.text.ptr, w.text.len, &w.spans, &sys, scores, &r);
    }
    spans_free(&sys);
    spans_free(&w.spans);
    tbuf_free(&w.text);
    free(path);
  }
  for (size_t k = 0; k < n; k++)
    free(names[k]);
  free(names);
  if (!rc && (r.missed.oom || r.spurious.oom || r.value.oom || r.type.oom || r.extent.oom))
    rc = set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  if (!rc) {
    f1(scores->strict, scores->system, scores->gold, &scores->strict_p, &scores->strict_r,
       &scores->strict_f1);
    f1(scores->relaxed, scores->system, scores->gold, &scores->relaxed_p, &scores->relaxed_r,
       &scores->relaxed_f1);
    double p, rr;
    f1(scores->value, scores->system, scores->gold, &p, &rr, &scores->value_f1);
    f1(scores->type, scores->system, scores->gold, &p, &rr, &scores->type_f1);
  }
  if (!rc && report_out) {
    tbuf out = TBUF_INIT;
    if (max_errors > 0) {
      section(&out, "missed", r.n_missed, max_errors, &r.missed);
      section(&out, "spurious", r.n_spurious, max_errors, &r.spurious);
      section(&out, "wrong value", r.n_value, max_errors, &r.value);
      section(&out, "wrong type", r.n_type, max_errors, &r.type);
      section(&out, "other extent", r.n_extent, max_errors, &r.extent);
      if (failures.len) {
        tbuf_printf(&out, "failed documents: %zu\n", scores->failed_docs);
        tbuf_put(&out, failures.ptr, failures.len);
      }
      /* by gold type: how many were found (relaxed) and with the right value */
      tbuf_puts(&out, "by type:");
      for (int k = 0; k < NTYPES; k++)
        tbuf_printf(&out, " %s gold %zu system %zu found %zu value %zu%s", type_names[k],
                    r.t_gold[k], r.t_sys[k], r.t_rel[k], r.t_val[k], k + 1 < NTYPES ? " |" : "\n");
    }
    /* the scorer's two summary lines, same figures and format */
    tbuf_printf(&out,
                "gold %zu system %zu | strict P %.3f R %.3f F1 %.3f | relaxed P %.3f R %.3f "
                "F1 %.3f | value F1 %.3f | type F1 %.3f | failed docs %zu misaligned %zu\n",
                scores->gold, scores->system, scores->strict_p, scores->strict_r,
                scores->strict_f1, scores->relaxed_p, scores->relaxed_r, scores->relaxed_f1,
                scores->value_f1, scores->type_f1, scores->failed_docs, scores->misaligned);
    tbuf_printf(&out, "relaxed F1 %.3f strict F1 %.3f value F1 %.3f type F1 %.3f docs %zu\n",
                scores->relaxed_f1, scores->strict_f1, scores->value_f1, scores->type_f1,
                scores->docs);
    if (out.oom) {
      tbuf_free(&out);
      rc = set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
    } else {
      size_t len;
      *report_out = tbuf_detach(&out, &len);
    }
  }
  tbuf_free(&failures);
  tbuf_free(&r.missed);
  tbuf_free(&r.spurious);
  tbuf_free(&r.value);
  tbuf_free(&r.type);
  tbuf_free(&r.extent);
  return rc;
}
