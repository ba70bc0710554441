/*
 * evdata.c — parses the event data compiled into the library (see
 * evdata.h) into lookup tables, once per process.
 *
 * Rules it follows:
 * - Words are lowercase ASCII keys in one open-addressing hash table; a
 *   verb's inflected forms are generated from its lemma (regular rules,
 *   doubled and undoubled final consonants both kept, since an extra form
 *   that never occurs costs nothing) unless an "I" line gives them.
 * - Gazetteer names are cut into words exactly as text is (ev_split_words
 *   over the segmenter), so a name matches the way it is written.  A name
 *   written capitalized in the data only matches capitalized text ("US" is
 *   not "us"); acronyms only match acronyms.
 * - Precedence: the first entry for a key wins, and entries are loaded in
 *   the order ISO names, the project's country names, demonyms, capitals,
 *   organisations and leaders, cities, leaders' last names — so a capital
 *   beats a city of the same name and a leader's last name never hides a
 *   place.  A last name shared by leaders of two countries is dropped; an
 *   "al-"/"el-" last name also stands without it ("Assad").
 * - Malformed data lines are skipped (the data is ours and tested; a bad
 *   line must not stop the library).
 */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "evdata.h"
#include "hash.h"
#include "strlist.h"

extern const char evdata_iso3166[];
extern const char evdata_countries[];
extern const char evdata_actors[];
extern const char evdata_events[];

static const char *const type_names[EV_NTYPES] = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    "OTHER", "FRAME", "STATE", "LIGHT", "OCCUR", "TRY", "PLAN", "EVAL"};

const char *ev_type_name(int type) {
  return type >= 0 && type < EV_OTHER ? type_names[type] : "OTHER";
}

int ev_type_coop(int t) { return t >= EV_AGREE && t <= EV_RETREAT; }

int ev_type_hostile(int t) {
  return t == EV_SANCTION || t == EV_MOBILIZE || t == EV_COERCE || t == EV_ASSAULT ||
         t == EV_PROTEST || t == EV_THREATEN;
}

static int type_by_name(const char *s) {
  for (int i = 0; i < EV_NTYPES; i++)
    if (!strcmp(s, type_names[i]))
      return i;
  return EV_NONE;
}

/* ---- a string -> int hash map ------------------------------------------------------ */

/* A slot keeps its key's hash beside the key: a probe past other keys
 * (every miss passes a few: most words of a text are in no table)
 * compares two integers in one cache line, not two strings. */
typedef struct smap_slot {
  uint64_t h;
  char *key; /* NULL: empty */
  int val;
} smap_slot;

typedef struct smap {
  smap_slot *v;
  size_t cap, n;
} smap;

static int smap_get_h(const smap *m, const char *k, uint64_t h) {
  if (!m->cap)
    return -1;
  for (size_t i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
    const smap_slot *e = &m->v[i];
    if (!e->key)
      return -1;
    if (e->h == h && !strcmp(e->key, k))
      return e->val;
  }
}

static int smap_get(const smap *m, const char *k) { return smap_get_h(m, k, fnv1a_str(k)); }

static int smap_grow(smap *m) {
  size_t cap = m->cap ? m->cap * 2 : 1024;
  smap_slot *v = calloc(cap, sizeof *v);
  if (!v)
    return -1;
  for (size_t i = 0; i < m->cap; i++)
    if (m->v[i].key) {
      size_t j = m->v[i].h & (cap - 1);
      while (v[j].key)
        j = (j + 1) & (cap - 1);
      v[j] = m->v[i];
    }
  free(m->v);
  m->v = v;
  m->cap = cap;
  return 0;
}

/* Inserts k -> v unless k is present; returns the value now stored, or -2
 * when out of memory. */
static int smap_put(smap *m, const char *k, int v) {
  int old = smap_get(m, k);
  if (old >= 0)
    return old;
  if ((m->n + 1) * 2 > m->cap && smap_grow(m))
    return -2;
  uint64_t h = fnv1a_str(k);
  size_t i = h & (m->cap - 1);
  while (m->v[i].key)
    i = (i + 1) & (m->cap - 1);
  m->v[i].key = strdup(k);
  if (!m->v[i].key)
    return -2;
  m->v[i].h = h;
  m->v[i].val = v;
  m->n++;
  return v;
}

/* Stores k -> v, or raises the value stored to v; -2 when out of memory. */
static int smap_set_max(smap *m, const char *k, int v) {
  int old = smap_get(m, k);
  if (old < 0)
    return smap_put(m, k, v);
  if (old < v)
    for (size_t i = fnv1a_str(k) & (m->cap - 1);; i = (i + 1) & (m->cap - 1))
      if (!strcmp(m->v[i].key, k)) {
        m->v[i].val = v;
        break;
      }
  return v > old ? v : old;
}

/* ---- growable arrays ---------------------------------------------------------------- */

#define VEC(T) struct { T *v; size_t n, cap; }
#define VEC_PUSH(vec, x)                                                                  \
  do {                                                                                    \
    if ((vec).n == (vec).cap) {                                                           \
      size_t c_ = (vec).cap ? (vec).cap * 2 : 64;                                         \
      void *p_ = realloc((vec).v, c_ * sizeof *(vec).v);                                  \
      if (!p_) {                                                                          \
        oom = 1;                                                                          \
        break;                                                                            \
      }                                                                                   \
      (vec).v = p_;                                                                       \
      (vec).cap = c_;                                                                     \
    }                                                                                     \
    (vec).v[(vec).n++] = (x);                                                             \
  } while (0)

static int oom;
static smap words;                 /* word -> word id */
static VEC(ev_wordinfo) winfo;
static VEC(char *) wtext;
static smap lemmas;                /* lemma -> lemma id */
static VEC(char *) lemma_names;
static VEC(ev_rule) rules;
static VEC(const ev_rule **) lemma_rules; /* per lemma: NULL-terminated list */
static VEC(size_t) lemma_nrules;
static VEC(ev_noun) nouns;
static VEC(ev_noun) adjs;
static smap classes;
static int nclasses;
static smap names;                 /* gazetteer key -> entry id */
static VEC(gz_entry) gz;
static smap maxlen_by_first;       /* first word -> longest name in words */
static smap mw_prefix;             /* "hunger" -> 1: a multiword key ("hunger_strike")
                                    * goes on for at most this many words after it */
static smap display_names;         /* alpha-3 -> index into display_text */
static VEC(char *) display_text;   /* the name a reader expects ("South Korea") */

static char *xstrdup(const char *s) {
  char *d = strdup(s);
  if (!d)
    oom = 1;
  return d;
}

static int smap_set_max(smap *m, const char *k, int v);

/* Records that the multiword key w ("show_of_force") starts with each of
 * its prefixes that end before a "_", followed by as many words at most as
 * "_" remain. */
static void note_multiword(const char *w) {
  char pre[128];
  size_t n = strlen(w);
  if (n >= sizeof pre)
    return;
  for (size_t i = 0; i < n; i++) {
    if (w[i] != '_')
      continue;
    int rest = 0;
    for (size_t j = i; j < n; j++)
      rest += w[j] == '_';
    memcpy(pre, w, i);
    pre[i] = '\0';
    if (smap_set_max(&mw_prefix, pre, rest) < 0)
      oom = 1;
  }
}

static int word_id_add(const char *w) {
  int id = smap_get(&words, w);
  if (id >= 0)
    return id;
  if (strchr(w, '_'))
    note_multiword(w);
  ev_wordinfo wi;
  memset(&wi, 0, sizeof wi);
  wi.lemma[0] = wi.lemma[1] = -1;
  wi.noun = wi.adj = -1;
  id = (int)winfo.n;
  VEC_PUSH(winfo, wi);
  VEC_PUSH(wtext, xstrdup(w));
  if (oom || smap_put(&words, w, id) < 0) {
    oom = 1;
    return -1;
  }
  return id;
}

int ev_word_id(const char *w) { return smap_get(&words, w); }
uint64_t ev_hash(const char *w) { return fnv1a_str(w); }
int ev_word_id_h(const char *w, uint64_t h) { return smap_get_h(&words, w, h); }
int ev_multiword_after_h(const char *w, uint64_t h) {
  int n = smap_get_h(&mw_prefix, w, h);
  return n > 0 ? n : 0;
}
const ev_wordinfo *ev_word_info(int id) {
  return id >= 0 && (size_t)id < winfo.n ? &winfo.v[id] : NULL;
}
const char *ev_word_text(int id) { return id >= 0 && (size_t)id < wtext.n ? wtext.v[id] : ""; }
int ev_class_id(const char *name) { return smap_get(&classes, name); }
int ev_word_in_class(int word, int cls) {
  const ev_wordinfo *wi = ev_word_info(word);
  return wi && cls >= 0 && cls < 64 && (wi->classes >> cls) & 1;
}
const char *ev_lemma_name(int lemma) {
  return lemma >= 0 && (size_t)lemma < lemma_names.n ? lemma_names.v[lemma] : "";
}
size_t ev_rules(int lemma, const ev_rule *const **out) {
  if (lemma < 0 || (size_t)lemma >= lemma_rules.n) {
    *out = NULL;
    return 0;
  }
  *out = (const ev_rule *const *)lemma_rules.v[lemma];
  return lemma_nrules.v[lemma];
}
const ev_noun *ev_noun_get(int id) { return id >= 0 && (size_t)id < nouns.n ? &nouns.v[id] : NULL; }
const ev_noun *ev_adj_get(int id) { return id >= 0 && (size_t)id < adjs.n ? &adjs.v[id] : NULL; }

/* ---- verbs -------------------------------------------------------------------------- */

static int lemma_add(const char *l) {
  int id = smap_get(&lemmas, l);
  if (id >= 0)
    return id;
  id = (int)lemma_names.n;
  VEC_PUSH(lemma_names, xstrdup(l));
  if (oom || smap_put(&lemmas, l, id) < 0)
    return oom = 1, -1;
  return id;
}

static void add_form(const char *w, int lemma, unsigned form) {
  int id = word_id_add(w);
  if (id < 0)
    return;
  ev_wordinfo *wi = &winfo.v[id];
  for (int k = 0; k < 2; k++) {
    if (wi->lemma[k] == lemma) {
      wi->form[k] |= (uint8_t)form;
      return;
    }
    if (wi->lemma[k] < 0) {
      wi->lemma[k] = lemma;
      wi->form[k] = (uint8_t)form;
      return;
    }
  }
}

static int is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/* Regular inflections of a one-word verb (the head of a multiword verb is
 * inflected by the caller). */
static void inflect(const char *b, int lemma, int irregular) {
  char w[64];
  size_t n = strlen(b);
  if (n < 2 || n > 50)
    return;
  char last = b[n - 1], prev = b[n - 2];
  add_form(b, lemma, VF_BASE);
  /* third person */
  if (last == 'y' && !is_vowel(prev))
    snprintf(w, sizeof w, "%.*sies", (int)(n - 1), b);
  else if (last == 's' || last == 'x' || last == 'z' || last == 'o' ||
           (last == 'h' && (prev == 'c' || prev == 's')))
    snprintf(w, sizeof w, "%ses", b);
  else
    snprintf(w, sizeof w, "%ss", b);
  add_form(w, lemma, VF_S);
  /* -ing */
  if (last == 'e' && prev != 'e' && prev != 'y' && prev != 'o')
    snprintf(w, sizeof w, "%.*sing", (int)(n - 1), b);
  else if (last == 'e' && prev == 'i')
    snprintf(w, sizeof w, "%.*sying", (int)(n - 2), b);
  else
    snprintf(w, sizeof w, "%sing", b);
  add_form(w, lemma, VF_ING);
  int cvc = n >= 3 && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
            is_vowel(prev) && !is_vowel(b[n - 3]);
  if (cvc) {
    snprintf(w, sizeof w, "%s%cing", b, last);
    add_form(w, lemma, VF_ING);
  }
  if (irregular)
    return;
  if (last == 'e')
    snprintf(w, sizeof w, "%sd", b);
  else if (last == 'y' && !is_vowel(prev))
    snprintf(w, sizeof w, "%.*sied", (int)(n - 1), b);
  else
    snprintf(w, sizeof w, "%sed", b);
  add_form(w, lemma, VF_PAST | VF_PART);
  if (cvc) {
    snprintf(w, sizeof w, "%s%ced", b, last);
    add_form(w, lemma, VF_PAST | VF_PART);
  }
}

/* ---- parsing helpers ---------------------------------------------------------------- */

/* Next line of a NUL-terminated blob into buf; returns 0 at the end. */
static int next_line(const char **p, char *buf, size_t size) {
  if (!**p)
    return 0;
  const char *e = strchr(*p, '\n');
  size_t n = e ? (size_t)(e - *p) : strlen(*p);
  if (n >= size)
    n = size - 1;
  memcpy(buf, *p, n);
  buf[n] = '\0';
  *p = e ? e + 1 : *p + strlen(*p);
  return 1;
}

static char *trim(char *s) {
  while (*s == ' ' || *s == '\t')
    s++;
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
    s[--n] = '\0';
  return s;
}

/* Splits s at sep (in place); returns the number of fields. */
static int split(char *s, const char *sep, char **f, int maxf) {
  int n = 0;
  size_t sl = strlen(sep);
  while (n < maxf) {
    char *e = strstr(s, sep);
    if (e)
      *e = '\0';
    f[n++] = trim(s);
    if (!e)
      break;
    s = e + sl;
  }
  return n;
}

static void lower(char *s) {
  for (; *s; s++)
    *s = (char)tolower((unsigned char)*s);
}

static void parse_targets(const char *spec, ev_targets *t) {
  char buf[128];
  snprintf(buf, sizeof buf, "%s", spec);
  char *f[EV_MAX_TGT];
  int n = split(buf, ",", f, EV_MAX_TGT);
  t->n = 0;
  for (int i = 0; i < n; i++) {
    if (!*f[i])
      continue;
    t->word[t->n++] = (int16_t)(strcmp(f[i], "obj") ? word_id_add(f[i]) : -1);
  }
}

/* Regular plural of a noun ("agreement" -> "agreements"); -1 for words
 * that already end in s. */
static int plural_of(const char *w, char *out, size_t n) {
  size_t l = strlen(w);
  if (l < 2 || w[l - 1] == 's')
    return -1;
  if (w[l - 1] == 'y' && !is_vowel(w[l - 2]))
    snprintf(out, n, "%.*sies", (int)(l - 1), w);
  else if (w[l - 1] == 'h' || w[l - 1] == 'x')
    snprintf(out, n, "%ses", w);
  else
    snprintf(out, n, "%ss", w);
  return 0;
}

/* ---- the event lexicon ---------------------------------------------------------------- */

static void load_class(char *line) {
  char *colon = strchr(line, ':');
  if (!colon)
    return;
  *colon = '\0';
  char *name = trim(line + 5);
  if (nclasses >= 64)
    return;
  int cls = smap_put(&classes, name, nclasses);
  if (cls == nclasses)
    nclasses++;
  char *f[128];
  int n = split(colon + 1, ",", f, 128);
  for (int i = 0; i < n; i++) {
    if (!*f[i])
      continue;
    int id = word_id_add(f[i]);
    if (id >= 0)
      winfo.v[id].classes |= 1ULL << cls;
    char pl[96];
    if (!plural_of(f[i], pl, sizeof pl) && (id = word_id_add(pl)) >= 0)
      winfo.v[id].classes |= 1ULL << cls;
  }
}

/* Options common to V, N and A lines. */
static void parse_options(char **f, int n, int from, ev_rule *r, ev_noun *nn) {
  for (int i = from; i < n; i++) {
    char *o = f[i];
    if (!strncmp(o, "tgt=", 4))
      parse_targets(o + 4, r ? &r->tgt : &nn->tgt);
    else if (!strncmp(o, "ctl=", 4) && r)
      r->ctl = !strcmp(o + 4, "keep") ? EV_TRY : type_by_name(o + 4);
    else if (!strncmp(o, "hostile=", 8)) {
      if (r)
        r->hostile = type_by_name(o + 8);
      else
        nn->hostile = type_by_name(o + 8);
    } else if (!strcmp(o, "objctl") && r)
      r->flags |= RF_OBJCTL;
    else if (!strcmp(o, "that") && r)
      r->flags |= RF_THAT;
    else if (!strcmp(o, "coop") && r)
      r->flags |= RF_COOP;
    else if (!strcmp(o, "clause") && r)
      r->flags |= RF_CLAUSE;
    else if (!strcmp(o, "says") && r)
      r->flags |= RF_SAYS;
    else if (!strcmp(o, "subjtgt") && r)
      r->flags |= RF_SUBJTGT;
    else if (!strcmp(o, "noun") && r)
      r->flags |= RF_NOUN;
    else if (!strncmp(o, "ctx=", 4) && nn) {
      char buf[512];
      snprintf(buf, sizeof buf, "%s", o + 4);
      char *c[48];
      int k = split(buf, ",", c, 48);
      int *ids = calloc((size_t)k, sizeof *ids);
      if (!ids) {
        oom = 1;
        return;
      }
      for (int j = 0; j < k; j++)
        ids[j] = word_id_add(c[j]);
      nn->ctx = ids;
      nn->nctx = k;
    }
  }
}

static void load_verb(char **f, int n) {
  if (n < 3)
    return;
  ev_rule r;
  memset(&r, 0, sizeof r);
  r.particle = r.objclass = r.objword = -1;
  r.ctl = r.hostile = EV_NONE;
  char lemma[64];
  snprintf(lemma, sizeof lemma, "%s", f[1]);
  char *us = strchr(lemma, '_');
  if (us) {
    *us = '\0';
    r.particle = word_id_add(us + 1);
    if (r.particle >= 0)
      winfo.v[r.particle].particle_of = 1;
  }
  int k = 2;
  if (!strcmp(f[k], "+obj")) {
    r.flags |= RF_OBJ;
    k++;
  } else if (f[k][0] == '+') {
    r.objclass = smap_get(&classes, f[k] + 1);
    if (r.objclass < 0)
      r.objword = word_id_add(f[k] + 1);
    k++;
  }
  if (k >= n)
    return;
  r.type = type_by_name(f[k]);
  if (r.type == EV_NONE)
    return;
  r.lemma = lemma_add(lemma);
  if (r.lemma < 0)
    return;
  parse_options(f, n, k + 1, &r, NULL);
  VEC_PUSH(rules, r);
  inflect(lemma, r.lemma, 0);
}

static void load_irregular(char **f, int n) {
  if (n < 4)
    return;
  int l = lemma_add(f[1]);
  if (l < 0)
    return;
  inflect(f[1], l, 1);
  add_form(f[2], l, VF_PAST);
  add_form(f[3], l, VF_PART);
}

static void load_noun(char **f, int n, int adj) {
  if (n < 3)
    return;
  ev_noun nn;
  memset(&nn, 0, sizeof nn);
  nn.hostile = EV_NONE;
  nn.type = type_by_name(f[2]);
  if (nn.type == EV_NONE)
    return;
  parse_options(f, n, 3, NULL, &nn);
  int id = word_id_add(f[1]);
  if (id < 0)
    return;
  if (adj) {
    if (winfo.v[id].adj < 0)
      winfo.v[id].adj = (int)adjs.n;
    VEC_PUSH(adjs, nn);
    return;
  }
  if (winfo.v[id].noun < 0)
    winfo.v[id].noun = (int)nouns.n;
  /* the plural of a singular noun shares the entry */
  char pl[80];
  if (!plural_of(f[1], pl, sizeof pl)) {
    int pid = word_id_add(pl);
    if (pid >= 0 && winfo.v[pid].noun < 0)
      winfo.v[pid].noun = (int)nouns.n;
  }
  VEC_PUSH(nouns, nn);
}

static void load_polarity(char **f, int n, int pol) {
  for (int i = 1; i < n; i++) {
    int id = word_id_add(f[i]);
    if (id >= 0)
      winfo.v[id].polarity = pol;
  }
}

static void load_events(void) {
  const char *p = evdata_events;
  char line[1024];
  while (next_line(&p, line, sizeof line)) {
    char *s = trim(line);
    if (!*s || *s == '#')
      continue;
    if (!strncmp(s, "class ", 6)) {
      load_class(s);
      continue;
    }
    lower(s);
    char *f[64];
    int n = 0;
    for (char *t = strtok(s, " \t"); t && n < 64; t = strtok(NULL, " \t"))
      f[n++] = t;
    if (!n)
      continue;
    /* types are uppercase in the file */
    for (int i = 2; i < n && i < 4; i++)
      if (type_by_name(f[i]) == EV_NONE) {
        char up[32];
        snprintf(up, sizeof up, "%s", f[i]);
        for (char *c = up; *c; c++)
          *c = (char)toupper((unsigned char)*c);
        if (type_by_name(up) != EV_NONE)
          strcpy(f[i], up);
      }
    for (int i = 3; i < n; i++) {
      char *eq = strchr(f[i], '=');
      if (eq && (!strncmp(f[i], "ctl=", 4) || !strncmp(f[i], "hostile=", 8)))
        for (char *c = eq + 1; *c; c++)
          *c = (char)toupper((unsigned char)*c);
    }
    if (!strcmp(f[0], "v"))
      load_verb(f, n);
    else if (!strcmp(f[0], "n"))
      load_noun(f, n, 0);
    else if (!strcmp(f[0], "a"))
      load_noun(f, n, 1);
    else if (!strcmp(f[0], "i"))
      load_irregular(f, n);
    else if (!strcmp(f[0], "neg"))
      load_polarity(f, n, -1);
    else if (!strcmp(f[0], "pos"))
      load_polarity(f, n, 1);
  }
  /* index the rules by lemma */
  for (size_t l = 0; l < lemma_names.n; l++) {
    size_t cnt = 0;
    for (size_t i = 0; i < rules.n; i++)
      cnt += rules.v[i].lemma == (int)l;
    const ev_rule **lst = calloc(cnt + 1, sizeof *lst);
    if (!lst) {
      oom = 1;
      return;
    }
    size_t k = 0;
    for (size_t i = 0; i < rules.n; i++)
      if (rules.v[i].lemma == (int)l)
        lst[k++] = &rules.v[i];
    VEC_PUSH(lemma_rules, lst);
    VEC_PUSH(lemma_nrules, cnt);
  }
}

/* ---- words from tokens ---------------------------------------------------------------- */

/* "we've", "they’re", "don't", "won't": the tokenizer keeps a contraction
 * whole; the clause reader wants the auxiliary or "not" as a word of its
 * own, spelled out ("have", "are", "not").  Splits w into w and *c (the
 * contraction's bytes), returning 1, or returns 0. */
static int split_clitic(ev_word *w, ev_word *c) {
  static const struct {
    const char *suf, *full;
  } cl[] = {{"ve", "have"}, {"re", "are"}, {"ll", "will"}, {"m", "am"}, {"d", "would"}};
  size_t l = strlen(w->low);
  const char *ap = NULL;
  size_t al = 0;
  for (size_t i = 1; i < l && !ap; i++)
    if (w->low[i] == '\'')
      ap = w->low + i, al = 1;
    else if (i + 2 < l && !memcmp(w->low + i, "\xe2\x80\x99", 3))
      ap = w->low + i, al = 3;
  if (!ap)
    return 0;
  size_t stem = (size_t)(ap - w->low);
  const char *suf = ap + al, *full = NULL;
  if (!strcmp(suf, "t") && stem > 1 && w->low[stem - 1] == 'n') {
    full = "not"; /* "don't": "do" + "not"; "won't", "can't": "will", "can" */
    stem--;
  } else
    for (size_t k = 0; k < sizeof cl / sizeof *cl && !full; k++)
      if (!strcmp(suf, cl[k].suf))
        full = cl[k].full;
  if (!full || !stem)
    return 0;
  *c = *w;
  c->start = w->start + (uint32_t)stem;
  c->cap = 0;
  c->upper = 0;
  c->space = 0;
  snprintf(c->low, sizeof c->low, "%s", full);
  w->end = c->start;
  w->low[stem] = '\0';
  if (!strcmp(w->low, "wo"))
    strcpy(w->low, "will");
  else if (!strcmp(w->low, "ca"))
    strcpy(w->low, "can");
  return 1;
}

size_t ev_split_words(const char *text, const segmentation *seg, size_t tok0, size_t tok1,
                      ev_word *out, size_t cap) {
  size_t n = 0;
  for (size_t i = tok0; i < tok1 && n < cap; i++) {
    const token *t = &seg->toks[i];
    int punct = t->kind == TOK_PUNCT;
    if (punct && (t->flags & TF_ABBR) && n && !out[n - 1].punct) {
      out[n - 1].end = t->end; /* "U.S." */
      continue;
    }
    /* a hyphen between two words with no space: one word */
    if (punct && t->end - t->start == 1 && text[t->start] == '-' && n && !out[n - 1].punct &&
        !(t->flags & TF_SPACE) && i + 1 < tok1 && seg->toks[i + 1].kind != TOK_PUNCT &&
        !(seg->toks[i + 1].flags & TF_SPACE)) {
      const token *u = &seg->toks[i + 1];
      ev_word *w = &out[n - 1];
      size_t l = strlen(w->low);
      char nb[EV_WORD_MAX];
      size_t ul = token_lower(text, u, nb, sizeof nb);
      if (l && ul && l + 1 + ul < EV_WORD_MAX) {
        w->low[l] = '-';
        memcpy(w->low + l + 1, nb, ul + 1);
      } else
        w->low[0] = '\0';
      w->end = u->end;
      w->upper = w->upper && (u->flags & TF_UPPER);
      i++;
      continue;
    }
    ev_word *w = &out[n++];
    w->start = t->start;
    w->end = t->end;
    if (!token_lower(text, t, w->low, sizeof w->low))
      w->low[0] = '\0';
    w->cap = (t->flags & TF_CAP) != 0;
    w->upper = (t->flags & TF_UPPER) || ((t->flags & TF_DOTTED) && (t->flags & TF_CAP));
    w->punct = (uint8_t)punct;
    w->space = (t->flags & TF_SPACE) != 0;
    /* typographic apostrophes: "’s" is "'s" */
    if (str_is(w->low, "\xe2\x80\x99s"))
      strcpy(w->low, "'s");
    else if (!punct && n < cap)
      n += split_clitic(w, &out[n]);
  }
  return n;
}

/* ---- the gazetteer -------------------------------------------------------------------- */

#define GZ_MAXW 12

/* Cuts a name into words; builds its key ("united states"). */
static int name_words(const char *name, ev_word *w, size_t *nw, char *key, size_t keysize) {
  segmentation seg;
  if (segment_text(name, strlen(name), &seg))
    return oom = 1, -1;
  *nw = 0;
  if (seg.ntok)
    *nw = ev_split_words(name, &seg, 0, seg.ntok, w, GZ_MAXW);
  segmentation_free(&seg);
  /* "U.S." at the end of a name: the dot is the abbreviation's */
  if (*nw > 1 && !strcmp(w[*nw - 1].low, "."))
    (*nw)--;
  size_t k = 0;
  key[0] = '\0';
  for (size_t i = 0; i < *nw; i++) {
    if (!w[i].low[0])
      return -1;
    int m = snprintf(key + k, keysize - k, "%s%s", i ? " " : "", w[i].low);
    if (m < 0 || (size_t)m >= keysize - k)
      return -1;
    k += (size_t)m;
  }
  return *nw ? 0 : -1;
}

static void gz_add(const char *name, const char *code, const char *org, int kind, double lat,
                   double lon, int has_coords) {
  while (!strncmp(name, "the ", 4) || !strncmp(name, "The ", 4))
    name += 4;
  ev_word w[GZ_MAXW];
  size_t nw;
  char key[256];
  if (name_words(name, w, &nw, key, sizeof key))
    return;
  if (smap_get(&names, key) >= 0)
    return;
  gz_entry e;
  memset(&e, 0, sizeof e);
  e.code = xstrdup(code);
  e.org = xstrdup(org ? org : "");
  e.name = xstrdup(name);
  e.kind = kind;
  e.lat = lat;
  e.lon = lon;
  e.has_coords = has_coords;
  e.nwords = (int)nw;
  for (size_t i = 0; i < nw && i < 32; i++) {
    if (w[i].cap)
      e.capmask |= 1u << i;
    if (w[i].upper && strlen(w[i].low) <= 6)
      e.uppmask |= 1u << i;
  }
  int id = (int)gz.n;
  VEC_PUSH(gz, e);
  if (oom || smap_put(&names, key, id) < 0) {
    oom = 1;
    return;
  }
  if (smap_set_max(&maxlen_by_first, w[0].low, (int)nw) < 0)
    oom = 1;
}

/* "Korea, Republic of" -> "Republic of Korea" and "Korea". */
static void add_iso_name(const char *name, const char *code) {
  if (!*name)
    return;
  const char *comma = strstr(name, ", ");
  if (!comma) {
    gz_add(name, code, NULL, GZ_COUNTRY, 0, 0, 0);
    return;
  }
  char head[128], inv[256];
  snprintf(head, sizeof head, "%.*s", (int)(comma - name), name);
  const char *tail = comma + 2;
  size_t tl = strlen(tail);
  if ((tl > 3 && !strcmp(tail + tl - 3, " of")) || (tl > 7 && !strcmp(tail + tl - 7, " of the"))) {
    snprintf(inv, sizeof inv, "%s %s", tail, head);
    gz_add(inv, code, NULL, GZ_COUNTRY, 0, 0, 0);
  }
  /* the part before the comma alone is left to the project's data, which
   * knows that "Korea" is ambiguous and "Iran" is not */
}

/* Records the display name of a country.  `final` names win over
 * later candidates; a non-final one is kept only until a better one comes
 * (the project data's first name, or a name it marks with "="). */
static VEC(char) display_final;
static void set_display(const char *code, const char *name, int final) {
  int id = smap_get(&display_names, code);
  if (id >= 0 && display_final.v[id] && final < 2)
    return;
  char *copy = xstrdup(name);
  if (!copy)
    return;
  if (id < 0) {
    id = (int)display_text.n;
    VEC_PUSH(display_text, copy);
    VEC_PUSH(display_final, 0);
    if (oom || display_final.n != display_text.n || smap_put(&display_names, code, id) < 0) {
      oom = 1;
      return;
    }
  } else {
    free(display_text.v[id]);
    display_text.v[id] = copy;
  }
  display_final.v[id] = (char)(final != 0);
}

static void load_iso(void) {
  const char *p = evdata_iso3166;
  char line[1024];
  while (next_line(&p, line, sizeof line)) {
    char *f[4];
    int n = split(line, "\t", f, 4);
    if (n < 2 || strlen(f[0]) != 3)
      continue;
    add_iso_name(f[1], f[0]);
    if (n > 3 && *f[3])
      add_iso_name(f[3], f[0]);
    if (n > 2 && *f[2])
      add_iso_name(f[2], f[0]);
    /* the common name ("South Korea"), else the ISO name; inverted ISO
     * names ("Palestine, State of") wait for the project's data */
    if (n > 3 && *f[3])
      set_display(f[0], f[3], 1);
    else
      set_display(f[0], f[1], !strstr(f[1], ", "));
  }
}

/* "Seoul 37.57 126.98" -> name, lat, lon. */
static int parse_place(char *s, char **name, double *lat, double *lon) {
  s = trim(s);
  char *b = strrchr(s, ' ');
  if (!b)
    return -1;
  *lon = strtod(b + 1, NULL);
  *b = '\0';
  char *a = strrchr(s, ' ');
  if (!a)
    return -1;
  *lat = strtod(a + 1, NULL);
  *a = '\0';
  *name = trim(s);
  return **name && *lat >= -90 && *lat <= 90 && *lon >= -180 && *lon <= 180 ? 0 : -1;
}

static int plural_of_demonym(const char *d, char *out, size_t n) {
  size_t l = strlen(d);
  if (l < 3)
    return -1;
  if ((l > 3 && !strcmp(d + l - 3, "ese")) || d[l - 1] == 's' ||
      (l > 2 && (!strcmp(d + l - 2, "sh") || !strcmp(d + l - 2, "ch"))))
    return -1;
  if (l > 3 && !strcmp(d + l - 3, "man")) {
    snprintf(out, n, "%.*smen", (int)(l - 3), d);
    return 0;
  }
  snprintf(out, n, "%ss", d);
  return 0;
}

/* The project's country lines, in passes so that precedence holds. */
static void load_countries(int pass) {
  const char *p = evdata_countries;
  char line[2048];
  while (next_line(&p, line, sizeof line)) {
    if (line[0] == '#' || !line[0])
      continue;
    char *f[5] = {0};
    int n = split(line, "|", f, 5);
    if (n < 2 || strlen(f[0]) != 3)
      continue;
    char *items[64];
    int k;
    if (pass == 0 && n > 1) { /* other names; "=Russia" is the display name */
      k = split(f[1], ",", items, 64);
      for (int i = 0; i < k; i++) {
        char *name = items[i][0] == '=' ? items[i] + 1 : items[i];
        if (name != items[i] && *name)
          set_display(f[0], name, 2);
        else if (i == 0 && *name)
          set_display(f[0], name, 0);
        if (*name)
          gz_add(name, f[0], NULL, GZ_COUNTRY, 0, 0, 0);
      }
    } else if (pass == 1 && n > 2) { /* demonyms */
      k = split(f[2], ",", items, 64);
      for (int i = 0; i < k; i++) {
        if (!*items[i])
          continue;
        gz_add(items[i], f[0], NULL, GZ_DEMONYM, 0, 0, 0);
        char pl[128];
        if (!plural_of_demonym(items[i], pl, sizeof pl))
          gz_add(pl, f[0], NULL, GZ_DEMONYM, 0, 0, 0);
      }
    } else if (pass == 2 && n > 3 && *f[3]) { /* capital */
      char *name;
      double lat, lon;
      if (!parse_place(f[3], &name, &lat, &lon))
        gz_add(name, f[0], NULL, GZ_CAPITAL, lat, lon, 1);
    } else if (pass == 3 && n > 4) { /* cities */
      k = split(f[4], ",", items, 64);
      for (int i = 0; i < k; i++) {
        char *name;
        double lat, lon;
        if (*items[i] && !parse_place(items[i], &name, &lat, &lon))
          gz_add(name, f[0], NULL, GZ_CITY, lat, lon, 1);
      }
    }
  }
}

/* Words that are leaders' last names but also ordinary words or months. */
static int bad_short_name(const char *s) {
  static const char *const stop[] = {
      "may", "major", "brown", "baker", "rice", "fox", "henry", "moon", "park", "store",
      "marin", "costa", "michel", "lam", "wong", "amin", "dan", "faye", "pavel", "doe",
      "salam", "hassan", "mustafa", "ali", "ahmed", "omar", "bio", "dar", "kan", "mori",
      "banda", "gul", "jr", "ii", "lee", "kim", "singh", "khan", "king", "queen", "charles",
      "elizabeth", "sisi", "haftar", "mohamud", "hussein", "abdullah", "salman", "faisal",
      "tamim", "ramos", "wade", "sall", "taylor", "temer", "cook", "straw", "perry", "powell",
      "austin", "harris", "kerry", "waltz", "healey", "cooper", "truss", "chamorro", "murillo",
      "martelly", NULL};
  for (int i = 0; stop[i]; i++)
    if (!strcasecmp(s, stop[i]))
      return 1;
  return strlen(s) < 4;
}

/* A leader's last name alone, unless it is an ordinary word; one of two
 * countries is dropped. */
static void add_short_name(const char *last, const char *code, const char *org) {
  if (bad_short_name(last))
    return;
  char key[64];
  snprintf(key, sizeof key, "%s", last);
  lower(key);
  int id = smap_get(&names, key);
  if (id >= 0) {
    if (gz.v[id].kind == GZ_SHORT && strcmp(gz.v[id].code, code))
      gz.v[id].ambiguous = 1;
    return;
  }
  gz_add(last, code, org, GZ_SHORT, 0, 0, 0);
}

/* KIND 0: organisations, groups, bodies and full leader names; 1: last names. */
static void load_actors(int pass) {
  const char *p = evdata_actors;
  char line[4096];
  /* last names: count the codes each one would stand for */
  while (next_line(&p, line, sizeof line)) {
    if (line[0] == '#' || !line[0])
      continue;
    char *f[4];
    int n = split(line, "|", f, 4);
    if (n < 4)
      continue;
    int kind = !strcmp(f[2], "leader") ? GZ_LEADER : GZ_ORG;
    char *items[128];
    int k = split(f[3], ",", items, 128);
    for (int i = 0; i < k; i++) {
      if (!*items[i])
        continue;
      if (pass == 0) {
        gz_add(items[i], f[0], f[1], kind, 0, 0, 0);
        continue;
      }
      if (kind != GZ_LEADER)
        continue;
      const char *sp = strrchr(items[i], ' ');
      if (!sp)
        continue;
      add_short_name(sp + 1, f[0], f[1]);
      /* "al-Assad" is also written "Assad", "el-Sisi" "Sisi" */
      if ((!strncasecmp(sp + 1, "al-", 3) || !strncasecmp(sp + 1, "el-", 3)) && sp[4])
        add_short_name(sp + 4, f[0], f[1]);
    }
  }
}

static void build(void) {
  load_events();
  load_iso();
  load_countries(0);
  load_countries(1);
  load_countries(2);
  load_actors(0);
  load_countries(3);
  load_actors(1);
}

static pthread_once_t once = PTHREAD_ONCE_INIT;

int evdata_init(void) {
  pthread_once(&once, build);
  return oom ? -1 : 0;
}

const gz_entry *gz_match(const gz_word *w, size_t n, size_t *len) {
  if (!n || !w[0].low[0])
    return NULL;
  int maxl = smap_get_h(&maxlen_by_first, w[0].low, w[0].h);
  if (maxl <= 0)
    return NULL;
  if ((size_t)maxl > n)
    maxl = (int)n;
  /* the key of the longest candidate is built once ("united states of
   * america"); a shorter one is its prefix, cut at a word's end */
  char key[256];
  size_t ends[GZ_MAXW + 1];
  int built = 0;
  size_t k = 0;
  for (; built < maxl; built++) {
    size_t m = strlen(w[built].low);
    if (!m || k + (built ? 1 : 0) + m >= sizeof key)
      break;
    if (built)
      key[k++] = ' ';
    memcpy(key + k, w[built].low, m);
    k += m;
    ends[built + 1] = k;
  }
  for (int l = maxl; l >= 1; l--) {
    int ok = 1;
    if (l > built)
      continue;
    key[ends[l]] = '\0';
    /* (a one-word key is the first word, whose hash the caller has) */
    int id = l == 1 ? smap_get_h(&names, key, w[0].h) : smap_get(&names, key);
    if (id < 0)
      continue;
    const gz_entry *e = &gz.v[id];
    if (e->ambiguous)
      continue;
    for (int i = 0; i < l && ok; i++) {
      if (((e->capmask >> i) & 1) && !w[i].cap)
        ok = 0;
      if (((e->uppmask >> i) & 1) && !w[i].upper)
        ok = 0;
    }
    /* a last name alone: not when the next word is a capitalized name too */
    if (ok && e->kind == GZ_SHORT && (size_t)l < n && w[l].cap)
      ok = 0;
    if (ok) {
      *len = (size_t)l;
      return e;
    }
  }
  return NULL;
}

const char *gz_country_display(const char *code) {
  int id = code ? smap_get(&display_names, code) : -1;
  return id >= 0 ? display_text.v[id] : NULL;
}

