/*
 * document.c — from input bytes to tagged documents: input formats (plain
 * text, text with a header block, JSON Lines), validation, and the
 * per-document pipeline (DCT, segmenter, tagger, events).
 *
 * A header block is one or more "Key: value" lines at the very top, at
 * least one of them a known key (Title, Date, Published, Source, URL, Id,
 * Author), ended by a blank line.  When every key is a known one the body
 * starts after that blank line and every offset refers to the body; a
 * block with other keys too (an e-mail's From, To, Subject) gives its
 * metadata and stays part of the text.  A UTF-8 byte order mark is not
 * part of the body.
 */
#define _GNU_SOURCE /* memmem */
#include <cJSON.h>
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "hash.h"
#include "model.h"
#include "segment.h"
#include "timex.h"
#include "utf8.h"

/* Documents larger than this are refused: the tagger holds a document's
 * tokens in memory (16 bytes a token). */
#define MAX_DOC_BYTES ((size_t)256 << 20)

static char *dup_or_empty(tempora_timeline *tl, const char *s) {
  return arena_strdup(&tl->ar, s ? s : "");
}

/* The id set's slot for `id`: where it is, or the empty slot for it. */
static const char **id_slot(tempora_timeline *tl, const char *id) {
  size_t mask = tl->idcap - 1;
  for (size_t i = fnv1a_str(id) & mask;; i = (i + 1) & mask)
    if (!tl->idtab[i] || !strcmp(tl->idtab[i], id))
      return &tl->idtab[i];
}

static int id_set_grow(tempora_timeline *tl) {
  size_t oldcap = tl->idcap;
  const char **old = tl->idtab;
  size_t cap = oldcap ? oldcap * 2 : 64;
  tl->idtab = calloc(cap, sizeof *tl->idtab);
  if (!tl->idtab) {
    tl->idtab = old;
    return -1;
  }
  tl->idcap = cap;
  for (size_t i = 0; i < oldcap; i++)
    if (old[i])
      *id_slot(tl, old[i]) = old[i];
  free(old);
  return 0;
}

/* A unique, readable id: the given one, or the input's base name, with
 * "#2", "#3"... when it is taken.  Ids live in a hash set so a corpus of
 * many documents costs O(1) a document. */
static const char *make_id(tempora_timeline *tl, const char *want) {
  char base[256];
  snprintf(base, sizeof base, "%s", want && *want ? want : "doc");
  if ((tl->ndocs + 1) * 2 > tl->idcap && id_set_grow(tl))
    return NULL;
  for (int k = 1;; k++) {
    char cand[300];
    if (k == 1)
      snprintf(cand, sizeof cand, "%s", base);
    else
      snprintf(cand, sizeof cand, "%s#%d", base, k);
    const char **slot = id_slot(tl, cand);
    if (!*slot) {
      *slot = arena_strdup(&tl->ar, cand);
      return *slot;
    }
  }
}

static int copy_timexes(tempora_timeline *tl, doc_rec *d, const timex_out *tx, size_t n) {
  if (!n)
    return 0;
  d->timexes = arena_alloc(&tl->ar, n * sizeof *d->timexes);
  if (!d->timexes)
    return -1;
  for (size_t i = 0; i < n; i++) {
    tempora_timex *t = &d->timexes[i];
    const timex_out *o = &tx[i];
    t->start = o->start;
    t->end = o->end;
    t->text = arena_strndup(&tl->ar, d->pub.text + o->start, o->end - o->start);
    t->tid = (int)i + 1;
    t->sentence = o->sentence;
    t->type = o->type;
    t->value = arena_strdup(&tl->ar, o->value);
    t->mod = arena_strdup(&tl->ar, o->mod);
    t->quant = arena_strdup(&tl->ar, o->quant);
    t->freq = arena_strdup(&tl->ar, o->freq);
    t->anchor = arena_strdup(&tl->ar, o->anchor);
    t->signal = arena_strdup(&tl->ar, o->signal);
    t->interval = o->iv;
    t->precision = o->iv.valid ? o->prec : TEMPORA_PREC_NONE;
  }
  d->pub.timexes = d->timexes;
  d->pub.n_timexes = n;
  return tl->ar.oom ? -1 : 0;
}

static int add_doc(tempora_timeline *tl, const char *name, long line, const char *text,
                   size_t len, const tempora_doc_meta *meta, tempora_error *err) {
  if (len > MAX_DOC_BYTES)
    return set_error(err, TEMPORA_EINPUT, name, line, 0,
                     "document of %zu bytes is larger than the %zu MiB limit", len,
                     MAX_DOC_BYTES >> 20);
  size_t bad = utf8_check(text, len);
  if (bad < len) {
    long l, c;
    utf8_line_col(text, len, bad, &l, &c);
    if (line)
      l = line; /* JSONL: report the corpus line */
    return set_error(err, TEMPORA_EINPUT, name, l, line ? 0 : c, "%s at byte %zu",
                     text[bad] ? "invalid UTF-8" : "NUL byte", bad);
  }
  if (tl->ndocs == tl->capdocs) {
    size_t cap = tl->capdocs ? tl->capdocs * 2 : 8;
    doc_rec *p = realloc(tl->docs, cap * sizeof *p);
    if (!p)
      return set_error(err, TEMPORA_ENOMEM, name, 0, 0, "out of memory");
    tl->docs = p;
    tl->capdocs = cap;
  }
  doc_rec *d = &tl->docs[tl->ndocs];
  memset(d, 0, sizeof *d);
  d->pub.id = make_id(tl, meta && meta->id ? meta->id : name);
  if (!d->pub.id)
    return set_error(err, TEMPORA_ENOMEM, name, 0, 0, "out of memory");
  d->pub.title = dup_or_empty(tl, meta ? meta->title : NULL);
  d->pub.url = dup_or_empty(tl, meta ? meta->url : NULL);
  d->pub.source = dup_or_empty(tl, meta ? meta->source : NULL);
  d->pub.text = arena_strndup(&tl->ar, text, len);
  d->pub.length = len;
  if (tl->ar.oom)
    return set_error(err, TEMPORA_ENOMEM, name, 0, 0, "out of memory");
  tl->ndocs++;
  int rc = doc_resolve_dct(tl, d, meta ? meta->published : NULL, err);
  if (rc) {
    tl->ndocs--;
    if (err && !err->file[0])
      snprintf(err->file, sizeof err->file, "%s", name);
    return rc;
  }
  tempora_mode mode = tl->opts.mode;
  if (mode == TEMPORA_MODE_AUTO || (mode == TEMPORA_MODE_NEWS && !d->has_dct))
    mode = d->has_dct ? TEMPORA_MODE_NEWS : TEMPORA_MODE_NARRATIVE;
  d->pub.mode = mode;

  segmentation seg;
  if (segment_text(d->pub.text, len, &seg))
    return set_error(err, TEMPORA_ENOMEM, name, 0, 0, "out of memory");
  d->nsent = seg.nsent;
  d->pub.n_sentences = seg.nsent;
  d->sents = arena_alloc(&tl->ar, (seg.nsent ? seg.nsent : 1) * sizeof *d->sents);
  if (d->sents && seg.nsent)
    memcpy(d->sents, seg.sents, seg.nsent * sizeof *d->sents);
  timex_doc td = {d->pub.text, len, &seg, d->has_dct, d->dct, d->dct_prec,
                  mode == TEMPORA_MODE_NARRATIVE, tl->opts.date_order};
  timex_out *tx = NULL;
  size_t ntx = 0;
  rc = timex_tag(&td, &tx, &ntx);
  if (!rc)
    rc = copy_timexes(tl, d, tx, ntx);
  free(tx);
  if (!rc && d->sents && events_extract(tl, d, &seg))
    rc = -1;
  segmentation_free(&seg);
  if (rc || !d->sents)
    return set_error(err, TEMPORA_ENOMEM, name, 0, 0, "out of memory");
  tl->finished = 0;
  return 0;
}

int tempora_timeline_add_text(tempora_timeline *tl, const char *text, size_t len,
                              const tempora_doc_meta *meta, tempora_error *err) {
  if (!tl || (!text && len))
    return set_error(err, TEMPORA_EARG, NULL, 0, 0, "invalid argument");
  if (tl->loaded)
    return set_error(err, TEMPORA_EARG, NULL, 0, 0, "cannot add text to a loaded timeline");
  const char *name = meta && meta->id ? meta->id : "text";
  return add_doc(tl, name, 0, text ? text : "", len, meta, err);
}

/* ---- header block ---------------------------------------------------------------- */

static int known_key(const char *k, size_t n) {
  static const char *const keys[] = {"title", "date", "published", "source", "url", "id",
                                     "author", NULL};
  for (int i = 0; keys[i]; i++)
    if (strlen(keys[i]) == n && !strncasecmp(k, keys[i], n))
      return 1;
  return 0;
}

/* If data starts with a header block, fills meta (strings in the arena)
 * and returns the body offset; otherwise returns 0.  A block with keys of
 * its own beside the known ones (an e-mail's "From:", "To:", "Subject:")
 * is the message's own header: it gives its Date, and stays in the text
 * (the offset returned is 0). */
static size_t parse_header(tempora_timeline *tl, const char *data, size_t len,
                           tempora_doc_meta *meta) {
  size_t p = 0;
  int known = 0, lines = 0;
  while (p < len) {
    const char *eol = memchr(data + p, '\n', len - p);
    size_t e = eol ? (size_t)(eol - data) : len;
    size_t le = e;
    if (le > p && data[le - 1] == '\r')
      le--;
    if (le == p) { /* blank line ends the block */
      if (!lines || !known || known < lines)
        return 0;
      return e < len ? e + 1 : len;
    }
    size_t k = p;
    while (k < le && (isalnum((unsigned char)data[k]) || data[k] == '-' || data[k] == '_'))
      k++;
    if (k == p || k - p > 30 || k >= le || data[k] != ':')
      return 0;
    lines++;
    if (known_key(data + p, k - p)) {
      known++;
      size_t v = k + 1;
      while (v < le && (data[v] == ' ' || data[v] == '\t'))
        v++;
      size_t ve = le;
      while (ve > v && (data[ve - 1] == ' ' || data[ve - 1] == '\t'))
        ve--;
      char *val = arena_strndup(&tl->ar, data + v, ve - v);
      size_t kl = k - p;
      if (!strncasecmp(data + p, "title", kl))
        meta->title = val;
      else if (!strncasecmp(data + p, "date", kl) || !strncasecmp(data + p, "published", kl))
        meta->published = val;
      else if (!strncasecmp(data + p, "source", kl))
        meta->source = val;
      else if (!strncasecmp(data + p, "url", kl))
        meta->url = val;
      else if (!strncasecmp(data + p, "id", kl))
        meta->id = val;
    }
    if (lines > 40)
      return 0;
    p = e + 1;
  }
  return 0;
}

/* ---- JSON Lines -------------------------------------------------------------------- */

static const char *json_str(const cJSON *o, const char *key, char *numbuf, size_t n) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  if (cJSON_IsString(v))
    return v->valuestring;
  if (cJSON_IsNumber(v)) {
    snprintf(numbuf, n, "%.0f", v->valuedouble);
    return numbuf;
  }
  return NULL;
}

int tempora_timeline_add_jsonl(tempora_timeline *tl, const char *name, long first_line,
                               const char *data, size_t len, tempora_error *err) {
  long line = first_line;
  size_t p = 0;
  while (p < len) {
    const char *eol = memchr(data + p, '\n', len - p);
    size_t e = eol ? (size_t)(eol - data) : len;
    size_t s = p;
    while (s < e && isspace((unsigned char)data[s]))
      s++;
    if (s < e) {
      if (memmem(data + s, e - s, "\\u0000", 6))
        return set_error(err, TEMPORA_EINPUT, name, line, 0, "NUL character (\\u0000) in a JSON string");
      const char *endp = NULL;
      cJSON *o = cJSON_ParseWithLengthOpts(data + s, e - s, &endp, 0);
      if (!o) {
        const char *ep = cJSON_GetErrorPtr();
        long col = ep && ep >= data + s && ep <= data + e ? (long)(ep - (data + p)) + 1 : 0;
        return set_error(err, TEMPORA_EJSON, name, line, col, "malformed JSON");
      }
      size_t rest = (size_t)(endp - data);
      while (rest < e && isspace((unsigned char)data[rest]))
        rest++;
      if (rest < e) {
        cJSON_Delete(o);
        return set_error(err, TEMPORA_EJSON, name, line, (long)(rest - p) + 1,
                         "unexpected text after the JSON object");
      }
      if (!cJSON_IsObject(o)) {
        cJSON_Delete(o);
        return set_error(err, TEMPORA_EJSON, name, line, 0, "a JSON Lines document must be an object");
      }
      const cJSON *text = cJSON_GetObjectItemCaseSensitive(o, "text");
      if (!cJSON_IsString(text)) {
        cJSON_Delete(o);
        return set_error(err, TEMPORA_EJSON, name, line, 0, "missing string field \"text\"");
      }
      char idbuf[64], lineid[300];
      tempora_doc_meta meta = {0};
      meta.id = json_str(o, "id", idbuf, sizeof idbuf);
      if (!meta.id) {
        snprintf(lineid, sizeof lineid, "%s:%ld", name, line);
        meta.id = lineid;
      }
      meta.title = json_str(o, "title", NULL, 0);
      meta.url = json_str(o, "url", NULL, 0);
      meta.source = json_str(o, "source", NULL, 0);
      meta.published = json_str(o, "published", NULL, 0);
      if (!meta.published)
        meta.published = json_str(o, "date", NULL, 0);
      /* cJSON stops a string at an escaped NUL: compare with the raw length. */
      int rc = add_doc(tl, name, line, text->valuestring, strlen(text->valuestring), &meta, err);
      cJSON_Delete(o);
      if (rc)
        return rc;
    }
    line++;
    p = e + 1;
  }
  return 0;
}

static int ends_with(const char *s, const char *suf) {
  size_t a = strlen(s), b = strlen(suf);
  return a >= b && !strcmp(s + a - b, suf);
}

int tempora_timeline_add_input(tempora_timeline *tl, const char *name, const char *data,
                               size_t len, tempora_error *err) {
  if (!tl || !name || (!data && len))
    return set_error(err, TEMPORA_EARG, NULL, 0, 0, "invalid argument");
  if (tl->loaded)
    return set_error(err, TEMPORA_EARG, name, 0, 0, "cannot add input to a loaded timeline");
  if (!data)
    data = "";
  size_t s = 0;
  while (s < len && isspace((unsigned char)data[s]))
    s++;
  if (ends_with(name, ".jsonl") || ends_with(name, ".ndjson") || (s < len && data[s] == '{'))
    return tempora_timeline_add_jsonl(tl, name, 1, data, len, err);
  size_t bad = utf8_check(data, len);
  if (bad < len) {
    long l, c;
    utf8_line_col(data, len, bad, &l, &c);
    return set_error(err, TEMPORA_EINPUT, name, l, c, "%s at byte %zu",
                     data[bad] ? "invalid UTF-8" : "NUL byte", bad);
  }
  if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) {
    data += 3;
    len -= 3;
  }
  tempora_doc_meta meta = {0};
  size_t body = parse_header(tl, data, len, &meta);
  /* Default id: the base name without directory and extension. */
  char idbuf[256];
  const char *base = strrchr(name, '/');
  base = base ? base + 1 : name;
  snprintf(idbuf, sizeof idbuf, "%s", strcmp(name, "-") ? base : "stdin");
  char *dot = strrchr(idbuf, '.');
  if (dot && dot != idbuf)
    *dot = '\0';
  if (!meta.id)
    meta.id = idbuf;
  return add_doc(tl, name, 0, data + body, len - body, &meta, err);
}
