/*
 * load.c — reads a native JSON timeline (as -f json writes it) back into
 * the model, so that `tempora render` can draw a saved or hand-edited
 * timeline.  Rendering the loaded timeline as JSON gives the same bytes.
 * Documents come back without their text (the JSON does not hold it).
 *
 * Errors: malformed JSON is reported with line and column; JSON of the
 * wrong shape with the path of the offending value ("events[3].when").
 */
#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "model.h"

typedef struct loader {
  tempora_timeline *tl;
  tempora_error *err;
  char path[128];
} loader;

static int shape_error(loader *ld, const char *what) {
  return set_error(ld->err, TEMPORA_EJSON, NULL, 0, 0, "%s: %s", ld->path, what);
}

/* A string member (NULL/absent -> "" or NULL when `nullable`). */
static int get_str(loader *ld, const cJSON *o, const char *key, int required, const char **out) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  if (!v || cJSON_IsNull(v)) {
    if (required) {
      char m[96];
      snprintf(m, sizeof m, "missing \"%s\"", key);
      return shape_error(ld, m);
    }
    *out = "";
    return 0;
  }
  if (!cJSON_IsString(v)) {
    char m[96];
    snprintf(m, sizeof m, "\"%s\" must be a string", key);
    return shape_error(ld, m);
  }
  *out = arena_strdup(&ld->tl->ar, v->valuestring);
  return *out ? 0 : set_error(ld->err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
}

static int get_num(loader *ld, const cJSON *o, const char *key, size_t *out) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  if (!v || cJSON_IsNull(v)) {
    *out = 0;
    return 0;
  }
  if (!cJSON_IsNumber(v) || v->valuedouble < 0 || v->valuedouble > 1e15) {
    char m[96];
    snprintf(m, sizeof m, "\"%s\" must be a non-negative number", key);
    return shape_error(ld, m);
  }
  *out = (size_t)v->valuedouble;
  return 0;
}

static int get_bool(const cJSON *o, const char *key) {
  return cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, key));
}

static int name_index(const char *s, const char *(*namer)(int), int n) {
  for (int i = 0; i < n; i++)
    if (!strcmp(s, namer(i)))
      return i;
  return -1;
}

static const char *prec_namer(int i) { return tempora_precision_name((tempora_precision)i); }
static const char *type_namer(int i) { return tempora_timex_type_name((tempora_timex_type)i); }
static const char *status_namer(int i) { return tempora_status_name((tempora_status)i); }
static const char *role_namer(int i) { return tempora_role_name((tempora_role)i); }
static const char *dcts_namer(int i) { return tempora_dct_source_name((tempora_dct_source)i); }

static int enum_member(loader *ld, const cJSON *o, const char *key, const char *(*namer)(int),
                       int n, int dflt, int *out) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  if (!v || cJSON_IsNull(v)) {
    *out = dflt;
    return 0;
  }
  int k = cJSON_IsString(v) ? name_index(v->valuestring, namer, n) : -1;
  if (k < 0) {
    char m[96];
    snprintf(m, sizeof m, "unknown \"%s\" value", key);
    return shape_error(ld, m);
  }
  *out = k;
  return 0;
}

/* Interval from {start, end, open_start, open_end, approximate} or the
 * same keys on a `when` object. */
static int get_interval(loader *ld, const cJSON *o, tempora_interval *iv) {
  memset(iv, 0, sizeof *iv);
  if (!o || cJSON_IsNull(o))
    return 0;
  const cJSON *s = cJSON_GetObjectItemCaseSensitive(o, "start");
  const cJSON *e = cJSON_GetObjectItemCaseSensitive(o, "end");
  if ((!s || cJSON_IsNull(s)) && (!e || cJSON_IsNull(e)))
    return 0;
  tempora_precision p;
  if (!cJSON_IsString(s) || !cJSON_IsString(e) ||
      tempora_parse_time(s->valuestring, &iv->start, &p) ||
      tempora_parse_time(e->valuestring, &iv->end, &p))
    return shape_error(ld, "interval start/end must be dates (YYYY-MM-DD[THH:MM:SS])");
  if (iv->end < iv->start)
    return shape_error(ld, "interval ends before it starts");
  iv->valid = 1;
  iv->flags = (get_bool(o, "open_start") ? TEMPORA_IV_OPEN_START : 0) |
              (get_bool(o, "open_end") ? TEMPORA_IV_OPEN_END : 0) |
              (get_bool(o, "approximate") ? TEMPORA_IV_APPROX : 0);
  return 0;
}

/* The document a timex names; doc_rec begins with its public view, so
 * the index's document pointer is the record's. */
static doc_rec *find_doc(const doc_index *ix, const char *id) {
  return (doc_rec *)doc_index_find(ix, id);
}

static int load_documents(loader *ld, const cJSON *arr) {
  tempora_timeline *tl = ld->tl;
  int n = cJSON_GetArraySize(arr);
  tl->docs = calloc((size_t)(n ? n : 1), sizeof *tl->docs);
  if (!tl->docs)
    return set_error(ld->err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  tl->capdocs = (size_t)(n ? n : 1);
  int i = 0;
  const cJSON *o;
  cJSON_ArrayForEach(o, arr) {
    snprintf(ld->path, sizeof ld->path, "documents[%d]", i++);
    if (!cJSON_IsObject(o))
      return shape_error(ld, "must be an object");
    doc_rec *d = &tl->docs[tl->ndocs];
    int k = 0, rc;
    size_t num;
    if ((rc = get_str(ld, o, "id", 1, &d->pub.id)) || (rc = get_str(ld, o, "title", 0, &d->pub.title)) ||
        (rc = get_str(ld, o, "url", 0, &d->pub.url)) ||
        (rc = get_str(ld, o, "source", 0, &d->pub.source)) ||
        (rc = get_str(ld, o, "dct", 0, &d->pub.dct)))
      return rc;
    if ((rc = enum_member(ld, o, "dct_source", dcts_namer, TEMPORA_DCT_DATELINE + 1, 0, &k)))
      return rc;
    d->pub.dct_source = (tempora_dct_source)k;
    const cJSON *mode = cJSON_GetObjectItemCaseSensitive(o, "mode");
    d->pub.mode = cJSON_IsString(mode) && !strcmp(mode->valuestring, "narrative")
                      ? TEMPORA_MODE_NARRATIVE
                      : TEMPORA_MODE_NEWS;
    if ((rc = get_num(ld, o, "length", &num)))
      return rc;
    d->pub.length = num;
    if ((rc = get_num(ld, o, "sentences", &num)))
      return rc;
    d->pub.n_sentences = num;
    tempora_precision p;
    if (*d->pub.dct && !tempora_parse_time(d->pub.dct, &d->dct, &p)) {
      d->has_dct = 1;
      d->dct_prec = p;
    }
    tl->ndocs++;
  }
  return 0;
}

static int load_timexes_indexed(loader *ld, const cJSON *arr, const doc_index *ix);

static int load_timexes(loader *ld, const cJSON *arr) {
  tempora_timeline *tl = ld->tl;
  doc_index ix;
  if (doc_index_build(&ix, tl))
    return set_error(ld->err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  int rc = load_timexes_indexed(ld, arr, &ix);
  doc_index_free(&ix);
  return rc;
}

/* Timexes go to their documents: counted per document first, then filled. */
static int load_timexes_indexed(loader *ld, const cJSON *arr, const doc_index *ix) {
  tempora_timeline *tl = ld->tl;
  size_t *count = calloc(tl->ndocs ? tl->ndocs : 1, sizeof *count);
  if (!count)
    return set_error(ld->err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  const cJSON *o;
  int i = 0;
  cJSON_ArrayForEach(o, arr) {
    snprintf(ld->path, sizeof ld->path, "timexes[%d]", i++);
    const cJSON *doc = cJSON_GetObjectItemCaseSensitive(o, "doc");
    doc_rec *d = cJSON_IsString(doc) ? find_doc(ix, doc->valuestring) : NULL;
    if (!d) {
      free(count);
      return shape_error(ld, "\"doc\" names no document");
    }
    count[d - tl->docs]++;
  }
  for (size_t k = 0; k < tl->ndocs; k++) {
    tl->docs[k].timexes = arena_alloc(&tl->ar, (count[k] ? count[k] : 1) * sizeof(tempora_timex));
    tl->docs[k].pub.timexes = tl->docs[k].timexes;
    tl->docs[k].pub.n_timexes = 0;
  }
  free(count);
  if (tl->ar.oom)
    return set_error(ld->err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
  i = 0;
  cJSON_ArrayForEach(o, arr) {
    snprintf(ld->path, sizeof ld->path, "timexes[%d]", i++);
    doc_rec *d = find_doc(ix, cJSON_GetObjectItemCaseSensitive(o, "doc")->valuestring);
    tempora_timex *t = &d->timexes[d->pub.n_timexes++];
    int rc, k = 0;
    size_t num;
    const char *tid;
    if ((rc = get_str(ld, o, "tid", 0, &tid)))
      return rc;
    t->tid = tid[0] == 't' ? atoi(tid + 1) : 0;
    if ((rc = get_num(ld, o, "sentence", &num)))
      return rc;
    t->sentence = num;
    if ((rc = get_num(ld, o, "start", &t->start)) || (rc = get_num(ld, o, "end", &t->end)) ||
        (rc = get_str(ld, o, "text", 0, &t->text)) || (rc = get_str(ld, o, "value", 1, &t->value)) ||
        (rc = get_str(ld, o, "mod", 0, &t->mod)) || (rc = get_str(ld, o, "quant", 0, &t->quant)) ||
        (rc = get_str(ld, o, "freq", 0, &t->freq)) || (rc = get_str(ld, o, "anchor", 0, &t->anchor)) ||
        (rc = get_str(ld, o, "signal", 0, &t->signal)))
      return rc;
    if ((rc = enum_member(ld, o, "type", type_namer, 4, 0, &k)))
      return rc;
    t->type = (tempora_timex_type)k;
    if ((rc = enum_member(ld, o, "precision", prec_namer, TEMPORA_PREC_REPORTED + 1, 0, &k)))
      return rc;
    t->precision = (tempora_precision)k;
    if ((rc = get_interval(ld, cJSON_GetObjectItemCaseSensitive(o, "interval"), &t->interval)))
      return rc;
  }
  return 0;
}

static int load_event(loader *ld, const cJSON *o, tempora_event *ev) {
  tempora_timeline *tl = ld->tl;
  int rc, k = 0;
  if (!cJSON_IsObject(o))
    return shape_error(ld, "must be an object");
  if ((rc = get_str(ld, o, "id", 1, &ev->id)) || (rc = get_str(ld, o, "headline", 1, &ev->headline)) ||
      (rc = get_str(ld, o, "trigger", 0, &ev->trigger)) || (rc = get_str(ld, o, "type", 1, &ev->type)))
    return rc;
  if ((rc = enum_member(ld, o, "status", status_namer, TEMPORA_STATUS_NEGATED + 1, 0, &k)))
    return rc;
  ev->status = (tempora_status)k;
  const cJSON *w = cJSON_GetObjectItemCaseSensitive(o, "when");
  if (!cJSON_IsObject(w))
    return shape_error(ld, "missing object \"when\"");
  if ((rc = get_str(ld, w, "text", 0, &ev->when.text)) ||
      (rc = get_str(ld, w, "value", 0, &ev->when.value)) ||
      (rc = get_str(ld, w, "mod", 0, &ev->when.mod)) || (rc = get_interval(ld, w, &ev->when.interval)))
    return rc;
  if ((rc = enum_member(ld, w, "precision", prec_namer, TEMPORA_PREC_REPORTED + 1, 0, &k)))
    return rc;
  ev->when.precision = (tempora_precision)k;
  const cJSON *acts = cJSON_GetObjectItemCaseSensitive(o, "actors");
  if (acts && !cJSON_IsArray(acts))
    return shape_error(ld, "\"actors\" must be an array");
  int na = acts ? cJSON_GetArraySize(acts) : 0;
  if (na) {
    tempora_actor *a = arena_alloc(&tl->ar, (size_t)na * sizeof *a);
    if (!a)
      return set_error(ld->err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
    const cJSON *x;
    int i = 0;
    cJSON_ArrayForEach(x, acts) {
      if (!cJSON_IsObject(x))
        return shape_error(ld, "actors must be objects");
      if ((rc = get_str(ld, x, "name", 0, &a[i].name)) || (rc = get_str(ld, x, "code", 1, &a[i].code)) ||
          (rc = get_str(ld, x, "org", 0, &a[i].org)) ||
          (rc = enum_member(ld, x, "role", role_namer, TEMPORA_ROLE_OTHER + 1, 0, &k)))
        return rc;
      a[i].role = (tempora_role)k;
      i++;
    }
    ev->actors = a;
    ev->n_actors = (size_t)na;
  }
  const cJSON *loc = cJSON_GetObjectItemCaseSensitive(o, "location");
  ev->location.code = "";
  if (cJSON_IsObject(loc)) {
    if ((rc = get_str(ld, loc, "name", 1, &ev->location.name)) ||
        (rc = get_str(ld, loc, "code", 0, &ev->location.code)))
      return rc;
    const cJSON *lat = cJSON_GetObjectItemCaseSensitive(loc, "lat");
    const cJSON *lon = cJSON_GetObjectItemCaseSensitive(loc, "lon");
    if (cJSON_IsNumber(lat) && cJSON_IsNumber(lon)) {
      if (lat->valuedouble < -90 || lat->valuedouble > 90 || lon->valuedouble < -180 ||
          lon->valuedouble > 180)
        return shape_error(ld, "location lat/lon out of range");
      ev->location.lat = lat->valuedouble;
      ev->location.lon = lon->valuedouble;
      ev->location.has_coords = 1;
    }
  } else if (loc && !cJSON_IsNull(loc))
    return shape_error(ld, "\"location\" must be an object or null");
  const cJSON *srcs = cJSON_GetObjectItemCaseSensitive(o, "sources");
  if (srcs && !cJSON_IsArray(srcs))
    return shape_error(ld, "\"sources\" must be an array");
  int ns = srcs ? cJSON_GetArraySize(srcs) : 0;
  if (ns) {
    tempora_source *s = arena_alloc(&tl->ar, (size_t)ns * sizeof *s);
    if (!s)
      return set_error(ld->err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
    const cJSON *x;
    int i = 0;
    cJSON_ArrayForEach(x, srcs) {
      if (!cJSON_IsObject(x))
        return shape_error(ld, "sources must be objects");
      if ((rc = get_str(ld, x, "doc", 1, &s[i].doc)) || (rc = get_num(ld, x, "sentence", &s[i].sentence)) ||
          (rc = get_num(ld, x, "start", &s[i].start)) || (rc = get_num(ld, x, "end", &s[i].end)) ||
          (rc = get_num(ld, x, "timex_start", &s[i].timex_start)) ||
          (rc = get_num(ld, x, "timex_end", &s[i].timex_end)) || (rc = get_str(ld, x, "text", 0, &s[i].text)) ||
          (rc = get_num(ld, x, "trigger_start", &s[i].trigger_start)) ||
          (rc = get_num(ld, x, "trigger_end", &s[i].trigger_end)))
        return rc;
      i++;
    }
    ev->sources = s;
    ev->n_sources = (size_t)ns;
  }
  return 0;
}

tempora_timeline *tempora_timeline_load_json(const char *json, size_t len,
                                             const tempora_options *opts, tempora_error *err) {
  if (!json)
    return set_error(err, TEMPORA_EARG, NULL, 0, 0, "invalid argument"), NULL;
  const char *endp = NULL;
  cJSON *root = cJSON_ParseWithLengthOpts(json, len, &endp, 0);
  if (!root) {
    const char *ep = cJSON_GetErrorPtr();
    long line = 1, col = 1;
    if (ep && ep >= json && ep <= json + len)
      for (const char *p = json; p < ep; p++) {
        if (*p == '\n') {
          line++;
          col = 1;
        } else if (((unsigned char)*p & 0xC0) != 0x80)
          col++;
      }
    set_error(err, TEMPORA_EJSON, NULL, line, col, "malformed JSON");
    return NULL;
  }
  tempora_timeline *tl = tempora_timeline_new(opts);
  if (!tl) {
    cJSON_Delete(root);
    set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
    return NULL;
  }
  tl->loaded = 1;
  loader ld = {tl, err, "timeline"};
  int rc = 0;
  const cJSON *docs = cJSON_GetObjectItemCaseSensitive(root, "documents");
  const cJSON *txs = cJSON_GetObjectItemCaseSensitive(root, "timexes");
  const cJSON *evs = cJSON_GetObjectItemCaseSensitive(root, "events");
  if (!cJSON_IsObject(root))
    rc = shape_error(&ld, "the top level must be an object");
  else if (!cJSON_IsArray(evs))
    rc = shape_error(&ld, "missing array \"events\"");
  else if (docs && !cJSON_IsArray(docs))
    rc = shape_error(&ld, "\"documents\" must be an array");
  else if (txs && !cJSON_IsArray(txs))
    rc = shape_error(&ld, "\"timexes\" must be an array");
  if (!rc && docs)
    rc = load_documents(&ld, docs);
  if (!rc && txs)
    rc = load_timexes(&ld, txs);
  if (!rc) {
    const cJSON *o;
    int i = 0;
    cJSON_ArrayForEach(o, evs) {
      snprintf(ld.path, sizeof ld.path, "events[%d]", i++);
      tempora_event *ev = tl_new_event(tl);
      if (!ev) {
        rc = set_error(err, TEMPORA_ENOMEM, NULL, 0, 0, "out of memory");
        break;
      }
      if ((rc = load_event(&ld, o, ev)))
        break;
    }
  }
  cJSON_Delete(root);
  if (rc) {
    tempora_timeline_free(tl);
    return NULL;
  }
  return tl;
}
