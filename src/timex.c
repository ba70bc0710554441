/*
 * timex.c — the tagger engine (see timex.h and timex_int.h).
 *
 * Start-up compiles every rule pattern, macro alternative and modifier
 * into elements and interns their literal words into the lexicon, then
 * indexes rules and modifiers by the words and classes their first
 * element (or any element reachable over optional ones) can match.
 * Tagging looks each token up once; only tokens that index some rule cost
 * more than that lookup, so text without temporal cues is skipped at the
 * price of a hash lookup per word.  Cheap tests keep the matcher off most
 * candidates: a rule opening with a literal ("the", "last") is tried only
 * where the next token can continue it (crule's filter); the surviving
 * candidate lists are cached per thread, across documents, by the two
 * tokens' words and classes; a macro opening several rules ({DAYREF}) is
 * matched once per token; numbers and tense cues are read once per token.
 *
 * At a token the engine tries (1) every rule indexed there and (2) every
 * modifier phrase ("early", "the end of", "nearly") followed by a rule
 * match; the longest match wins (ties: the earlier rule).  A modifier after
 * the match ("or so", "or more") may then extend it.  The normalizer of the
 * winning rule computes the value, or refuses, in which case shorter
 * matches get their turn.  After each accepted timex the engine updates
 * the references later expressions resolve against: the last mentioned
 * calendar time, the last fiscal quarter, and in narrative mode the story's
 * reference date.  A last pass over the timexes gives range endpoints
 * ("from 2019 to 2021", "between March and May", "1998-99") their shared
 * interval and signals.
 */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "strlist.h"
#include "timex_int.h"

/* ---- compiled patterns ------------------------------------------------------ */

enum {
  CL_NONE = 0,
  CL_MONTH,
  CL_WEEKDAY,
  CL_UNIT,
  CL_NUM,
  CL_YEAR,
  CL_DAY,
  CL_ORD,
  CL_SEASON,
  CL_POD,
  CL_INT,
  CL_CLOCK,
  CL_DECADE,
  CL_AMPM,
  CL_ZONE,
  CL_QTR,
  CL_DECWORD,
  CL_FRAC,
  CL_PLACE,
  CL_COUNT,
  CL_MACRO = 100 /* not a class: a {MACRO} reference */
};

static const char *const class_names[CL_COUNT] = {
    "", "MONTH", "WEEKDAY", "UNIT", "NUM", "YEAR", "DAY", "ORD", "SEASON", "POD",
    "INT", "CLOCK", "DECADE", "AMPM", "ZONE", "QTR", "DECWORD", "FRAC", "PLACE"};

typedef struct elem {
  int cls;          /* CL_*, CL_MACRO, or CL_NONE for literals */
  int macro;        /* CL_MACRO: index into timex_macros */
  int *ids;         /* literal word ids */
  int nids;
  char optional;
  char nospace;
  signed char slot; /* SLOT_* or -1 */
} elem;

typedef struct crule {
  elem *e;
  int n;
  int index;        /* position in its table (priority) */
  /* A cheap test before matching: a rule that opens with a one-token
   * literal ("the", "last", also optional: "the? {QORD}") can only match
   * where the token after that literal can start what follows it.
   * next_cls holds the classes (CL_* bits) and next_ids (a bit per lexicon
   * id) the words that can start the rest; filt is 0 when there is no
   * such test (the rule opens otherwise, or the rest may be empty). */
  int filt;
  unsigned next_cls;
  unsigned char *next_ids;
} crule;

/* Rule lists by first word id and by first class. */
typedef struct ilist {
  int *v;
  int n, cap;
} ilist;

typedef struct ruleset_index {
  ilist *by_word;   /* indexed by lexicon id, max_word_id + 1 entries */
  ilist by_class[CL_COUNT];
} ruleset_index;

static crule *crules;             /* timex_rules, compiled */
static crule **cmacros;           /* per macro: its alternatives */
static int *nmacro_alts;
static crule *cmods;              /* timex_mods, compiled */
static ruleset_index rule_index, mod_index;
static int max_word_id;
/* What any filter (crule) looks at in a next token: the union of their
 * words (a bit per lexicon id) and classes.  Other words and classes of
 * that token make no difference to which candidates pass. */
static unsigned char *any_next_ids;
static unsigned any_next_cls;
static const char **literals;     /* every literal word, for lex_init */
static size_t nliterals, capliterals;
static int init_failed;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int ilist_add(ilist *l, int v) {
  for (int i = 0; i < l->n; i++)
    if (l->v[i] == v)
      return 0;
  if (l->n == l->cap) {
    int cap = l->cap ? l->cap * 2 : 4;
    int *p = realloc(l->v, (size_t)cap * sizeof *p);
    if (!p)
      return -1;
    l->v = p;
    l->cap = cap;
  }
  l->v[l->n++] = v;
  return 0;
}

static const char *const slot_names[NSLOTS] = {"rel", "mod", "dir", "x", "y", "day", "yrel", "pre"};

/* Splits one pattern into element strings [a, b) and calls fn on each. */
typedef int (*elem_fn)(const char *a, const char *b, void *ctx);

static int each_elem(const char *p, elem_fn fn, void *ctx) {
  while (*p) {
    while (*p == ' ')
      p++;
    const char *q = p;
    while (*q && *q != ' ')
      q++;
    if (q == p)
      break;
    if (fn(p, q, ctx))
      return -1;
    p = q;
  }
  return 0;
}

/* The literal part of an element string: strips ~, ?, slot=. */
static void elem_core(const char **pa, const char **pb) {
  const char *a = *pa, *b = *pb;
  if (*a == '~')
    a++;
  if (b - a > 1 && b[-1] == '?')
    b--;
  const char *eq = memchr(a, '=', (size_t)(b - a));
  if (eq && eq > a && eq + 1 < b)
    a = eq + 1;
  *pa = a;
  *pb = b;
}

static int collect_elem(const char *a, const char *b, void *ctx) {
  (void)ctx;
  elem_core(&a, &b);
  if (*a == '<' || *a == '{')
    return 0;
  while (a < b) {
    const char *bar = memchr(a, '|', (size_t)(b - a));
    const char *wend = bar ? bar : b;
    if (nliterals == capliterals) {
      capliterals = capliterals ? capliterals * 2 : 512;
      const char **np = realloc(literals, capliterals * sizeof *np);
      if (!np)
        return -1;
      literals = np;
    }
    char *w = malloc((size_t)(wend - a) + 1);
    if (!w)
      return -1;
    memcpy(w, a, (size_t)(wend - a));
    w[wend - a] = '\0';
    literals[nliterals++] = w;
    a = bar ? bar + 1 : b;
  }
  return 0;
}

static int collect_literals(void) {
  for (size_t r = 0; r < timex_nrules; r++)
    if (each_elem(timex_rules[r].pattern, collect_elem, NULL))
      return -1;
  for (size_t m = 0; m < timex_nmacros; m++)
    for (int k = 0; timex_macros[m].alt[k]; k++)
      if (each_elem(timex_macros[m].alt[k], collect_elem, NULL))
        return -1;
  for (size_t m = 0; m < timex_nmods; m++)
    if (each_elem(timex_mods[m].pattern, collect_elem, NULL))
      return -1;
  return 0;
}

typedef struct compile_ctx {
  crule *cr;
  int k;
  const char *pattern;
} compile_ctx;

static int compile_elem(const char *p, const char *q, void *vctx) {
  compile_ctx *ctx = vctx;
  elem *e = &ctx->cr->e[ctx->k++];
  e->slot = -1;
  const char *a = p, *b = q;
  if (*a == '~') {
    e->nospace = 1;
    a++;
  }
  if (b - a > 1 && b[-1] == '?') {
    e->optional = 1;
    b--;
  }
  const char *eq = memchr(a, '=', (size_t)(b - a));
  if (eq && eq > a && eq + 1 < b) {
    for (int s = 0; s < NSLOTS; s++)
      if ((size_t)(eq - a) == strlen(slot_names[s]) && !memcmp(a, slot_names[s], (size_t)(eq - a)))
        e->slot = (signed char)s;
    if (e->slot < 0) {
      fprintf(stderr, "tempora: pattern '%s': unknown slot in '%.*s'\n", ctx->pattern,
              (int)(q - p), p);
      return -1;
    }
    a = eq + 1;
  }
  if (*a == '<') {
    for (int c = 1; c < CL_COUNT; c++)
      if ((size_t)(b - a) == strlen(class_names[c]) + 2 &&
          !memcmp(a + 1, class_names[c], strlen(class_names[c])))
        e->cls = c;
    if (!e->cls) {
      fprintf(stderr, "tempora: pattern '%s': unknown class '%.*s'\n", ctx->pattern,
              (int)(b - a), a);
      return -1;
    }
    return 0;
  }
  if (*a == '{') {
    for (size_t m = 0; m < timex_nmacros; m++)
      if ((size_t)(b - a) == strlen(timex_macros[m].name) + 2 &&
          !memcmp(a + 1, timex_macros[m].name, strlen(timex_macros[m].name))) {
        e->cls = CL_MACRO;
        e->macro = (int)m;
      }
    if (e->cls != CL_MACRO) {
      fprintf(stderr, "tempora: pattern '%s': unknown macro '%.*s'\n", ctx->pattern,
              (int)(b - a), a);
      return -1;
    }
    return 0;
  }
  int nalt = 1;
  for (const char *x = a; x < b; x++)
    nalt += *x == '|';
  e->ids = calloc((size_t)nalt, sizeof(int));
  if (!e->ids)
    return -1;
  while (a < b) {
    const char *bar = memchr(a, '|', (size_t)(b - a));
    const char *wend = bar ? bar : b;
    const lex_entry *le = lex_lookup(a, (size_t)(wend - a));
    if (!le)
      return -1;
    e->ids[e->nids++] = le->id;
    if (le->id > max_word_id)
      max_word_id = le->id;
    a = bar ? bar + 1 : b;
  }
  return 0;
}

static int compile_pattern(const char *p, int index, crule *cr) {
  int n = 0;
  for (const char *q = p; *q; q++)
    if (*q != ' ' && (q == p || q[-1] == ' '))
      n++;
  cr->e = calloc((size_t)(n ? n : 1), sizeof(elem));
  if (!cr->e)
    return -1;
  cr->n = n;
  cr->index = index;
  compile_ctx ctx = {cr, 0, p};
  return each_elem(p, compile_elem, &ctx);
}

/* Indexes entry `v` under every element that can start `cr` (from k on). */
static int index_first(ruleset_index *ix, const crule *cr, int k, int v, int depth) {
  if (depth > 8)
    return -1; /* macros nested too deep (or recursive) */
  for (; k < cr->n; k++) {
    const elem *e = &cr->e[k];
    if (e->cls == CL_MACRO) {
      for (int a = 0; a < nmacro_alts[e->macro]; a++)
        if (index_first(ix, &cmacros[e->macro][a], 0, v, depth + 1))
          return -1;
    } else if (e->cls) {
      if (ilist_add(&ix->by_class[e->cls], v))
        return -1;
    } else
      for (int i = 0; i < e->nids; i++)
        if (ilist_add(&ix->by_word[e->ids[i]], v))
          return -1;
    if (!e->optional)
      break;
  }
  return 0;
}

/* Adds to *cls / ids (a bitset over lexicon ids) what can start elements
 * [k, n) of cr; returns 1 when all of them are optional (the rest may be
 * empty), 0 otherwise, -1 when macros nest too deep. */
static int first_set(const crule *cr, int k, unsigned *cls, unsigned char *ids, int depth) {
  if (depth > 8)
    return -1;
  for (; k < cr->n; k++) {
    const elem *e = &cr->e[k];
    if (e->cls == CL_MACRO) {
      for (int a = 0; a < nmacro_alts[e->macro]; a++)
        if (first_set(&cmacros[e->macro][a], 0, cls, ids, depth + 1) < 0)
          return -1;
    } else if (e->cls)
      *cls |= 1u << e->cls;
    else
      for (int i = 0; i < e->nids; i++)
        ids[e->ids[i] / 8] |= (unsigned char)(1u << (e->ids[i] % 8));
    if (!e->optional)
      return 0;
  }
  return 1;
}

/* Fills the next-token filter of a rule that opens with a one-token
 * literal (see crule). */
static int make_filter(crule *cr) {
  if (cr->n < 2 || cr->e[0].cls)
    return 0;
  cr->next_ids = calloc((size_t)max_word_id / 8 + 1, 1);
  if (!cr->next_ids)
    return -1;
  int r = first_set(cr, 1, &cr->next_cls, cr->next_ids, 0);
  if (r < 0)
    return -1;
  cr->filt = r == 0;
  if (cr->filt) {
    any_next_cls |= cr->next_cls;
    for (int k = 0; k <= max_word_id / 8; k++)
      any_next_ids[k] |= cr->next_ids[k];
  }
  return 0;
}

static void build(void) {
  if (collect_literals() || lex_init(literals, nliterals)) {
    init_failed = 1;
    return;
  }
  crules = calloc(timex_nrules, sizeof *crules);
  cmacros = calloc(timex_nmacros ? timex_nmacros : 1, sizeof *cmacros);
  nmacro_alts = calloc(timex_nmacros ? timex_nmacros : 1, sizeof *nmacro_alts);
  cmods = calloc(timex_nmods ? timex_nmods : 1, sizeof *cmods);
  if (!crules || !cmacros || !nmacro_alts || !cmods) {
    init_failed = 1;
    return;
  }
  for (size_t m = 0; m < timex_nmacros; m++) {
    int n = 0;
    while (timex_macros[m].alt[n])
      n++;
    cmacros[m] = calloc((size_t)(n ? n : 1), sizeof(crule));
    if (!cmacros[m]) {
      init_failed = 1;
      return;
    }
    if (n > MACRO_ALTS) {
      init_failed = 1;
      return;
    }
    nmacro_alts[m] = n;
    for (int a = 0; a < n; a++)
      if (compile_pattern(timex_macros[m].alt[a], a, &cmacros[m][a])) {
        init_failed = 1;
        return;
      }
  }
  for (size_t r = 0; r < timex_nrules; r++)
    if (compile_pattern(timex_rules[r].pattern, (int)r, &crules[r])) {
      init_failed = 1;
      return;
    }
  for (size_t r = 0; r < timex_nmods; r++)
    if (compile_pattern(timex_mods[r].pattern, (int)r, &cmods[r])) {
      init_failed = 1;
      return;
    }
  /* filters once every pattern is compiled: they are sized by max_word_id */
  any_next_ids = calloc((size_t)max_word_id / 8 + 1, 1);
  if (!any_next_ids) {
    init_failed = 1;
    return;
  }
  for (size_t m = 0; m < timex_nmacros; m++)
    for (int a = 0; a < nmacro_alts[m]; a++)
      if (make_filter(&cmacros[m][a])) {
        init_failed = 1;
        return;
      }
  rule_index.by_word = calloc((size_t)max_word_id + 1, sizeof(ilist));
  mod_index.by_word = calloc((size_t)max_word_id + 1, sizeof(ilist));
  if (!rule_index.by_word || !mod_index.by_word) {
    init_failed = 1;
    return;
  }
  for (size_t r = 0; r < timex_nrules; r++)
    if (index_first(&rule_index, &crules[r], 0, (int)r, 0) || make_filter(&crules[r])) {
      init_failed = 1;
      return;
    }
  for (size_t r = 0; r < timex_nmods; r++)
    if (!timex_mods[r].after &&
        (index_first(&mod_index, &cmods[r], 0, (int)r, 0) || make_filter(&cmods[r]))) {
      init_failed = 1;
      return;
    }
}

int timex_init(void) {
  pthread_once(&once, build);
  return init_failed ? -1 : 0;
}

/* ---- token helpers ---------------------------------------------------------- */

static const char *tok_text(const tstate *st, size_t i, size_t *n) {
  const token *t = &st->doc->seg->toks[i];
  *n = t->end - t->start;
  return st->doc->text + t->start;
}

const char *tok_word(const tstate *st, size_t i) {
  return i < st->doc->seg->ntok && st->lex[i] ? st->lex[i]->word : "";
}

const char *slot_word(const tstate *st, const capture *c, int slot) {
  return c->slot[slot] >= 0 ? tok_word(st, (size_t)c->slot[slot]) : "";
}

/* Are the n bytes at s (no NUL among them), lowercased, the word w?
 * Compares as it goes, with no strlen of w: w ending early is a mismatch. */
static int text_is(const char *s, size_t n, const char *w) {
  for (size_t k = 0; k < n; k++) {
    unsigned char c = (unsigned char)s[k];
    if ((c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c) != (unsigned char)w[k])
      return 0;
  }
  return w[n] == '\0';
}

/* (asked a million times a megabyte: most tokens differ from w in their
 * first byte) */
int tok_is(const tstate *st, size_t i, const char *w) {
  if (i < st->s_tok0 || i >= st->s_tok1)
    return 0;
  size_t n;
  const char *s = tok_text(st, i, &n);
  return text_is(s, n, w);
}

/* (the token is fetched once for the whole list, and a word whose first
 * byte differs costs one compare) */
int tok_in(const tstate *st, size_t i, const char *const *words) {
  if (i < st->s_tok0 || i >= st->s_tok1)
    return 0;
  size_t n;
  const char *s = tok_text(st, i, &n);
  unsigned char c0 = (unsigned char)s[0];
  if (c0 >= 'A' && c0 <= 'Z')
    c0 = (unsigned char)(c0 - 'A' + 'a');
  for (int k = 0; words[k]; k++)
    if ((unsigned char)words[k][0] == c0 && text_is(s, n, words[k]))
      return 1;
  return 0;
}

unsigned tok_flags(const tstate *st, size_t i) {
  return i >= st->s_tok0 && i < st->s_tok1 ? st->doc->seg->toks[i].flags : 0;
}

int tok_type(const tstate *st, size_t i) {
  return i >= st->s_tok0 && i < st->s_tok1 ? st->doc->seg->toks[i].kind : 0;
}

int tok_sentence_initial(const tstate *st, size_t i) {
  size_t k = st->s_tok0;
  while (k < i && st->doc->seg->toks[k].kind == TOK_PUNCT)
    k++;
  return k == i;
}

int64_t tok_int(const tstate *st, size_t i, int *ok) {
  size_t n;
  const char *s = tok_text(st, i, &n);
  int64_t v = 0;
  *ok = 0;
  if (n == 0 || n > 12)
    return 0;
  for (size_t k = 0; k < n; k++) {
    if (s[k] == ',')
      continue;
    if (!isdigit((unsigned char)s[k]))
      return 0;
    v = v * 10 + (s[k] - '0');
  }
  *ok = 1;
  return v;
}

static int plain_digits(const tstate *st, size_t i) {
  size_t n;
  const char *s = tok_text(st, i, &n);
  for (size_t k = 0; k < n; k++)
    if (!isdigit((unsigned char)s[k]))
      return 0;
  return (int)n;
}

static int touches(const tstate *st, size_t i) {
  return !(st->doc->seg->toks[i].flags & TF_SPACE);
}

/* ---- classes -------------------------------------------------------------------- */

/* The tens word at token j with its unit after it, if any ("twenty-five",
 * "twenty five"): adds the unit to *v and returns the token past them. */
static size_t tens_unit(const tstate *st, size_t j, size_t lim, double *v) {
  if (j + 1 >= lim)
    return j + 1;
  size_t u = tok_is(st, j + 1, "-") && j + 2 < lim ? j + 2 : j + 1;
  const lex_entry *f = st->lex[u];
  if (!f || !(f->classes & LC_NUMWORD) || (f->classes & (LC_MULT | LC_VAGUE)) || f->num <= 0 ||
      f->num >= 10)
    return j + 1;
  *v += f->num;
  return u + 1;
}

/* After "hundred" or "thousand" at token k - 1: "and ten", "and
 * twenty-five", "fifty" (a number below a hundred, tens and units only)
 * adds to it; returns the tokens used. */
static size_t mult_rest(const tstate *st, size_t k, size_t lim, double *v) {
  size_t j = k < lim && tok_is(st, k, "and") ? k + 1 : k;
  if (j >= lim)
    return 0;
  const lex_entry *e = st->lex[j];
  if (!e || !(e->classes & LC_NUMWORD) || (e->classes & (LC_MULT | LC_VAGUE)) || e->num < 1 ||
      e->num >= 100)
    return 0;
  *v += e->num;
  size_t end = (e->classes & LC_TENS) ? tens_unit(st, j, lim, v) : j + 1;
  return end - k;
}

/* Number words: "five", "twenty-five", "twenty five", "a hundred", "two
 * hundred and fifty". */
static size_t match_numword(const tstate *st, size_t i, size_t lim, double *v, int *vague) {
  const lex_entry *e = st->lex[i];
  if (!e || !(e->classes & LC_NUMWORD))
    return 0;
  if (e->num < 0) {
    *v = -1;
    *vague = 1;
    return 1;
  }
  if (e->classes & LC_VAGUE) { /* "couple" needs "a couple (of)" */
    *v = 2;
    *vague = 1;
    return 1;
  }
  if (e->classes & LC_MULT) /* "hundred" alone is not a number word here */
    return 0;
  double val = e->num;
  size_t k = (e->classes & LC_TENS) ? tens_unit(st, i, lim, &val) : i + 1;
  if (k < lim && st->lex[k] && (st->lex[k]->classes & LC_MULT)) {
    val *= st->lex[k]->num;
    k++;
    k += mult_rest(st, k, lim, &val);
  }
  *v = val;
  return k - i;
}

/* Ordinal suffix digits: "24th", "1st", "2nd", "3rd". */
static int ordinal_digits(const tstate *st, size_t i) {
  size_t n;
  const char *s = tok_text(st, i, &n);
  size_t d = 0;
  while (d < n && isdigit((unsigned char)s[d]))
    d++;
  /* (the older "2d", "3d", "22d": "Saturday 22d January 1763") */
  if (d >= 1 && d <= 2 && n - d == 1 && s[d] == 'd') {
    int v = atoi(s);
    if ((v % 10 == 2 || v % 10 == 3) && v != 12 && v != 13)
      return v;
  }
  if (d == 0 || d > 3 || n - d != 2)
    return -1;
  char suf[3] = {(char)tolower((unsigned char)s[d]), (char)tolower((unsigned char)s[d + 1]), 0};
  if (strcmp(suf, "st") && strcmp(suf, "nd") && strcmp(suf, "rd") && strcmp(suf, "th"))
    return -1;
  return atoi(s);
}

/* Ordinal words, also compound ("twenty-first"). */
static size_t match_ordword(const tstate *st, size_t i, size_t lim, int *ord) {
  const lex_entry *e = st->lex[i];
  if (!e)
    return 0;
  if (e->classes & LC_ORDWORD) {
    *ord = e->ord;
    return 1;
  }
  if ((e->classes & LC_TENS) && i + 2 < lim && tok_is(st, i + 1, "-")) {
    const lex_entry *u = st->lex[i + 2];
    if (u && (u->classes & LC_ORDWORD) && u->ord < 10) {
      *ord = e->num + u->ord;
      return 3;
    }
  }
  return 0;
}

/* Years in words: "nineteen ninety-six", "two thousand (and) one",
 * "twenty twenty-six".  Returns tokens used. */
static size_t match_year_words(const tstate *st, size_t i, size_t lim, int64_t *year) {
  const lex_entry *e = st->lex[i];
  if (!e || !(e->classes & LC_NUMWORD) || e->num < 0 || (e->classes & LC_VAGUE))
    return 0;
  if (e->num == 2 && i + 1 < lim && tok_is(st, i + 1, "thousand")) {
    size_t k = i + 2;
    int64_t y = 2000;
    if (k < lim && tok_is(st, k, "and"))
      k++;
    double v;
    int vague = 0;
    size_t n = k < lim ? match_numword(st, k, lim, &v, &vague) : 0;
    if (n && !vague && v >= 1 && v < 100)
      return *year = y + (int64_t)v, k + n - i;
    return *year = y, i + 2 - i;
  }
  if (e->num < 10 || e->num > 20 || (e->classes & LC_TENS && e->num != 20))
    return 0;
  size_t k = i + 1;
  if (k >= lim)
    return 0;
  double v;
  int vague = 0;
  size_t n = match_numword(st, k, lim, &v, &vague);
  if (!n || vague || v < 10 || v > 99 || v != floor(v))
    return 0;
  *year = (int64_t)e->num * 100 + (int64_t)v;
  return k + n - i;
}

/* Tries class `cls` at token i (< lim); returns the number of tokens
 * consumed and fills the capture, or 0. */

/* The year of a fiscal year written as one word ("FY2025", "FY26"), 0 when
 * token i is no such word. */
static int64_t fy_word(const tstate *st, size_t i) {
  const token *t = &st->doc->seg->toks[i];
  const char *s = st->doc->text + t->start;
  size_t n = t->end - t->start;
  if (t->kind != TOK_ALNUM || (n != 4 && n != 6) || (s[0] | 0x20) != 'f' || (s[1] | 0x20) != 'y')
    return 0;
  int64_t y = 0;
  for (size_t k = 2; k < n; k++) {
    if (!isdigit((unsigned char)s[k]))
      return 0;
    y = y * 10 + (s[k] - '0');
  }
  return n == 4 ? 2000 + y : y; /* "FY26": written so only this century */
}

/* Does a clock with a dot and am/pm ("9.40 p.m.", "6.30am") start at
 * byte i? */
static int dotted_clock_at(const char *t, size_t len, size_t i) {
  size_t two = isdigit((unsigned char)t[i + 1]) ? 1 : 0; /* (isdigit is no 0/1) */
  if (i + 5 >= len || !isdigit((unsigned char)t[i]) || t[i + 1 + two] != '.')
    return 0;
  size_t k = i + 1 + two + 1; /* past the dot */
  if (k + 3 >= len || !isdigit((unsigned char)t[k]) || !isdigit((unsigned char)t[k + 1]) ||
      (i > 0 && (isdigit((unsigned char)t[i - 1]) || t[i - 1] == '.')))
    return 0;
  k += 2;
  if (t[k] == ' ')
    k++;
  return k + 1 < len && (t[k] == 'a' || t[k] == 'p') && (t[k + 1] == 'm' || t[k + 1] == '.');
}


/* Is token i a capitalized weekday abbreviation ("Mon", "Sat")? */
static int abbr_weekday_at(const tstate *st, size_t i) {
  return i < st->doc->seg->ntok && st->lex[i] && (st->lex[i]->classes & LC_WEEKDAY_ABBR) &&
         (st->doc->seg->toks[i].flags & TF_CAP);
}

/* Is the weekday abbreviation at i one of several with their periods in
 * its paragraph ("Mon. Two jackets. Tues. Snow, no customers. Wed.")? */
static int diary_weekdays(const tstate *st, size_t i) {
  const token *t = st->doc->seg->toks;
  size_t n = st->doc->seg->ntok;
  int seen = 0;
  size_t k0 = i; /* back to the paragraph's start, at most 40 tokens */
  while (k0 > 0 && k0 + 40 > i && !(t[k0].flags & TF_PARA))
    k0--;
  for (size_t k = k0; k < n && k < i + 40; k++) {
    if (k > i && (t[k].flags & TF_PARA))
      break;
    if (k != i && abbr_weekday_at(st, k) && k + 1 < n && t[k + 1].end == t[k + 1].start + 1 &&
        st->doc->text[t[k + 1].start] == '.') /* (tok_is sees its sentence only) */
      seen++;
  }
  return seen >= 2;
}

/* Is the weekday abbreviation at i one of a list of hours: an end of a
 * range or list of them ("Mon-Thu", "Sat & Sun", "Tue and Thu"), or before a clock ("Fri
 * 6-11pm", "Fri 7:30 AM") or a table's column gap at the start of a line
 * ("Fri             7:30 AM")? */
static int abbr_weekday_hours(const tstate *st, size_t i) {
  static const char *const link[] = {"-", "\xE2\x80\x93", "&", ",", "and", "or", NULL};
  const token *t = st->doc->seg->toks;
  size_t n = st->doc->seg->ntok;
  if (i >= 2 && tok_in(st, i - 1, link) && abbr_weekday_at(st, i - 2))
    return 1;
  if (i + 2 < n && tok_in(st, i + 1, link) && abbr_weekday_at(st, i + 2))
    return 1;
  if (i + 1 >= n)
    return 0;
  if ((t[i + 1].flags & TF_GAP) && (i == 0 || (t[i].flags & (TF_NEWLINE | TF_PARA))))
    return 1;
  size_t ln;
  const char *s = tok_text(st, i + 1, &ln);
  if (!ln || !isdigit((unsigned char)s[0]) || (t[i + 1].flags & TF_NEWLINE))
    return 0;
  return memchr(s, ':', ln) || dotted_hm(st, i + 1) ||
         (i + 2 < n && (tok_in(st, i + 2, link) || tok_is(st, i + 2, "am") ||
                        tok_is(st, i + 2, "pm") || tok_is(st, i + 2, "a.m") ||
                        tok_is(st, i + 2, "p.m"))) ||
         (ln > 2 && (s[ln - 1] == 'm' || s[ln - 1] == 'M'));
}

/* Is token i a clock written with a dot, hours and two digits of minutes
 * ("09.30", "18.00")? */
int dotted_hm(const tstate *st, size_t i) {
  size_t n;
  const char *s = tok_text(st, i, &n);
  if (st->doc->seg->toks[i].kind != TOK_NUM || n < 4 || n > 5 || s[n - 3] != '.' ||
      !isdigit((unsigned char)s[n - 2]) || !isdigit((unsigned char)s[n - 1]))
    return 0;
  int h = 0;
  for (size_t k = 0; k + 3 < n; k++) {
    if (!isdigit((unsigned char)s[k]))
      return 0;
    h = h * 10 + (s[k] - '0');
  }
  return h <= 23 && (s[n - 2] - '0') * 10 + (s[n - 1] - '0') <= 59;
}

/* Does the text write clock times with a dot and am/pm ("9.40 p.m.",
 * "6.30am")?  Then a bare "at 9.58" of its story is one too.  Only the
 * dots are visited: a clock's dot is one or two bytes after its first
 * digit. */
static int writes_dotted_clocks(const timex_doc *doc) {
  const char *t = doc->text, *end = t + doc->len;
  for (const char *p = memchr(t, '.', doc->len); p; p = memchr(p + 1, '.', (size_t)(end - p - 1))) {
    size_t d = (size_t)(p - t);
    if ((d >= 2 && dotted_clock_at(t, doc->len, d - 2)) || (d >= 1 && dotted_clock_at(t, doc->len, d - 1)))
      return 1;
  }
  return 0;
}

/* Does the text write a clock with am or pm ("10 p.m.", "3.40am")?  Then
 * a bare "left at 7.40" of its story is one too (see class_match). */
static int writes_ampm_clocks(const timex_doc *doc) {
  const char *t = doc->text;
  size_t n = doc->len;
  for (size_t i = 0; i + 2 < n; i++) {
    if (!isdigit((unsigned char)t[i]) || (t[i + 1] != ' ' && isdigit((unsigned char)t[i + 1])))
      continue;
    size_t j = i + 1;
    if (t[j] == ' ')
      j++;
    if (j + 1 < n && (t[j] == 'a' || t[j] == 'p' || t[j] == 'A' || t[j] == 'P')) {
      size_t k = j + 1;
      if (t[k] == '.')
        k++;
      if (k < n && (t[k] == 'm' || t[k] == 'M') &&
          (k + 1 >= n || !isalpha((unsigned char)t[k + 1])))
        return 1;
    }
  }
  return 0;
}

/* Does the text write 24-hour clocks with a dot: one with a leading zero
 * ("09.00", "06.30") or an hour past noon ("13.30", "18.00"), not after
 * a currency sign or inside a longer number? */
static int writes_dotted24(const timex_doc *doc) {
  const char *t = doc->text, *end = t + doc->len;
  for (const char *p = memchr(t, '.', doc->len); p; p = memchr(p + 1, '.', (size_t)(end - p - 1))) {
    size_t d = (size_t)(p - t);
    if (d < 2 || d + 2 >= doc->len || !isdigit((unsigned char)t[d - 2]) ||
        !isdigit((unsigned char)t[d - 1]) || !isdigit((unsigned char)t[d + 1]) ||
        !isdigit((unsigned char)t[d + 2]) || (d + 3 < doc->len && isdigit((unsigned char)t[d + 3])))
      continue;
    if (d >= 3 && (isdigit((unsigned char)t[d - 3]) || t[d - 3] == '.' || t[d - 3] == '$' ||
                   (unsigned char)t[d - 3] >= 0x80 || t[d - 3] == ','))
      continue; /* ("£10.00", "1,200.50", "3.14.15") */
    if (d >= 4 && t[d - 3] == '-' && isdigit((unsigned char)t[d - 4])) {
      size_t j = d - 4; /* (nor the second end of a price span, "£15.50-17.50") */
      while (j > 0 && (isdigit((unsigned char)t[j - 1]) || t[j - 1] == '.'))
        j--;
      if (j > 0 && (t[j - 1] == '$' || (unsigned char)t[j - 1] >= 0x80))
        continue;
    }
    int h = (t[d - 2] - '0') * 10 + (t[d - 1] - '0'), m = (t[d + 1] - '0') * 10 + (t[d + 2] - '0');
    if (m <= 59 && (t[d - 2] == '0' || (h >= 13 && h <= 23)))
      return 1;
  }
  return 0;
}

static size_t class_match(const tstate *st, int cls, size_t i, size_t lim, capture *c) {
  const token *t = &st->doc->seg->toks[i];
  const lex_entry *e = st->lex[i];
  int ok;
  switch (cls) {
  case CL_MONTH:
    if (!e || !(e->classes & LC_MONTH))
      return 0;
    /* "may" and "march" are words first; as months they are capitalized. */
    if ((!strcmp(e->word, "may") || !strcmp(e->word, "march")) && !(t->flags & TF_CAP))
      return 0;
    if ((e->classes & LC_MONTH_ABBR) && (t->flags & TF_UPPER) && t->end - t->start > 3)
      return 0;
    if ((e->classes & LC_MONTH_ABBR) && !(t->flags & TF_CAP))
      return 0; /* "dec", "mar" in lowercase are not months */
    c->month = e->month;
    if ((e->classes & LC_MONTH_ABBR) && i + 1 < lim && tok_is(st, i + 1, ".") &&
        st->doc->seg->toks[i + 1].start == t->end)
      return 2;
    return 1;
  case CL_WEEKDAY:
    if (!e || !(e->classes & LC_WEEKDAY))
      return 0;
    if (e->classes & LC_WEEKDAY_ABBR) {
      if (!(t->flags & TF_CAP))
        return 0;
      /* "Mon-Thu  7:30 AM - 6:00 PM", "Fri 6-11pm", "Sat-Sun 12-10pm", a
       * row head "Fri      7:30 AM": a list of hours */
      if (!tok_is(st, i + 1, ".") && abbr_weekday_hours(st, i)) {
        c->weekday = e->weekday;
        return 1;
      }
      if (i + 1 >= lim)
        return 0;
      /* "Sat 16 Aug", "Tue 12 May": without its period only before a day
       * and its month (not "He sat", "the Sun") */
      /* ... or a day and month in numbers ("Tue 2/7", "Wed 26/04/17"; "Mon
       * 2019-09-23" is abbr_weekday_hours's) */
      if (!tok_is(st, i + 1, ".")) {
        const token *n = &st->doc->seg->toks[i + 1];
        size_t nl = n->end - n->start;
        int slash = i + 3 < lim && n->kind == TOK_NUM && nl <= 2 && tok_is(st, i + 2, "/") &&
                    st->doc->seg->toks[i + 3].kind == TOK_NUM &&
                    (!(i + 4 < lim && tok_is(st, i + 4, "/")) ||
                     (i + 5 < lim && st->doc->seg->toks[i + 5].kind == TOK_NUM));
        /* (or a month and then a day: "Thu Oct 16") */
        int month_day = i + 2 < lim && st->lex[i + 1] && (st->lex[i + 1]->classes & LC_MONTH) &&
                        st->doc->seg->toks[i + 2].kind == TOK_NUM &&
                        st->doc->seg->toks[i + 2].end - st->doc->seg->toks[i + 2].start <= 2;
        /* (the day may be an ordinal: "Wed 18th March") */
        int ord_day = n->kind == TOK_ALNUM && nl >= 3 && nl <= 4 &&
                      isdigit((unsigned char)st->doc->text[n->start]);
        /* (or a day of the month alone, a calendar's row head before a
         * column gap, "Sun 3     Potluck") */
        if (n->kind == TOK_NUM && nl <= 2 && (i == 0 || (t->flags & (TF_NEWLINE | TF_PARA))) &&
            (i + 2 >= st->doc->seg->ntok ||
             (st->doc->seg->toks[i + 2].flags & (TF_GAP | TF_NEWLINE | TF_PARA)))) {
          c->weekday = e->weekday;
          return 1;
        }
        if (!slash && !month_day &&
            ((n->kind != TOK_NUM && !ord_day) || (n->kind == TOK_NUM && nl > 2) ||
             i + 2 >= lim || !st->lex[i + 2] || !(st->lex[i + 2]->classes & LC_MONTH)))
          return 0;
        c->weekday = e->weekday;
        return 1;
      }
      /* with its period, before a date, a clock or another weekday ("Sun.
       * 3 May", "Mon.-Fri."), or in a diary's run of them ("Mon. Two
       * jackets. Tues. Snow"), not at a sentence's end ("in the Sun.") */
      size_t nx = i + 2;
      const token *nt = nx < st->doc->seg->ntok ? &st->doc->seg->toks[nx] : NULL;
      int before = nt && (isdigit((unsigned char)st->doc->text[nt->start]) ||
                          (st->lex[nx] && (st->lex[nx]->classes & (LC_MONTH | LC_WEEKDAY))) ||
                          tok_is(st, nx, "-") || tok_is(st, nx, "\xE2\x80\x93") ||
                          tok_is(st, nx, ",") ||
                          /* (no sentence's end: "said on Wed. that") */
                          (nt->kind == TOK_WORD && !(nt->flags & TF_CAP)));
      if (!before && !diary_weekdays(st, i))
        return 0;
      c->weekday = e->weekday;
      return 2;
    }
    c->weekday = e->weekday;
    return 1;
  case CL_UNIT:
    if (!e || !(e->classes & LC_UNIT))
      return 0;
    c->unit = e->unit;
    c->plural = e->plural;
    return 1;
  case CL_NUM: {
    double v;
    size_t used = 0;
    if (t->kind == TOK_NUM) {
      if (!st->num_memo[i]) { /* parsed once, however many rules ask */
        size_t n;
        const char *s = tok_text(st, i, &n);
        char buf[32];
        size_t k = 0;
        for (size_t j = 0; j < n && k + 1 < sizeof buf; j++)
          if (s[j] != ',')
            buf[k++] = s[j];
        buf[k] = '\0';
        st->num_memo[i] = strchr(buf, ':') ? 2 : 1;
        st->numv[i] = st->num_memo[i] == 1 ? strtod(buf, NULL) : 0;
      }
      if (st->num_memo[i] == 2)
        return 0;
      v = st->numv[i];
      used = 1;
      /* "2 1/2" */
      if (i + 4 <= lim && st->doc->seg->toks[i + 1].kind == TOK_NUM &&
          tok_is(st, i + 2, "/") && touches(st, i + 2) && touches(st, i + 3) &&
          st->doc->seg->toks[i + 3].kind == TOK_NUM) {
        int ok1, ok2;
        int64_t a = tok_int(st, i + 1, &ok1), b = tok_int(st, i + 3, &ok2);
        if (ok1 && ok2 && b > 0 && a < b && b <= 16) {
          v += (double)a / (double)b;
          used = 4;
        }
      }
    } else if ((tok_is(st, i, "a") || tok_is(st, i, "an")) && i + 1 < lim && st->lex[i + 1] &&
               (st->lex[i + 1]->classes & LC_MULT || !strcmp(st->lex[i + 1]->word, "dozen"))) {
      v = st->lex[i + 1]->num; /* "a hundred years", "a dozen times" */
      used = 2;
      if (st->lex[i + 1]->classes & LC_MULT) /* "a hundred and ten days" */
        used += mult_rest(st, i + 2, lim, &v);
    } else {
      int vague = 0;
      used = match_numword(st, i, lim, &v, &vague);
      if (!used)
        return 0;
      c->vague = vague;
    }
    /* "two and a half" */
    if (!c->vague && i + used + 3 <= lim && tok_is(st, i + used, "and") &&
        tok_is(st, i + used + 1, "a") && tok_is(st, i + used + 2, "half")) {
      v += 0.5;
      used += 3;
    }
    if (c->has_num && !c->has_num2) {
      c->num2 = v;
      c->has_num2 = 1;
    } else {
      c->num = v;
      c->has_num = 1;
    }
    return used;
  }
  case CL_INT: {
    if (t->kind != TOK_NUM || !plain_digits(st, i))
      return 0;
    c->num = (double)tok_int(st, i, &ok);
    c->has_num = 1;
    return 1;
  }
  case CL_YEAR: {
    /* "FY2025", "FY26": a fiscal year written as one word */
    int64_t fy = fy_word(st, i);
    if (fy) {
      if (fy < 1000 || fy > 2999)
        return 0;
      c->year = fy;
      c->has_year = 1;
      return 1;
    }
    if (t->kind == TOK_NUM && plain_digits(st, i) == 4) {
      int64_t y = tok_int(st, i, &ok);
      if (y < 1000 || y > 2999)
        return 0;
      c->year = y;
      c->has_year = 1;
      return 1;
    }
    /* '98 */
    if ((tok_is(st, i, "'") || tok_is(st, i, "\xE2\x80\x99")) && i + 1 < lim &&
        st->doc->seg->toks[i + 1].start == t->end && plain_digits(st, i + 1) == 2) {
      int64_t yy = tok_int(st, i + 1, &ok);
      int64_t base = 1900;
      if (st->doc->has_dct) {
        int64_t dy;
        int dm, dd, h, mi, s;
        tp_split(st->doc->dct, &dy, &dm, &dd, &h, &mi, &s);
        base = (dy / 100) * 100;
        if (base + yy > dy + 20)
          base -= 100;
      }
      c->year = base + yy;
      c->has_year = 1;
      return 2;
    }
    int64_t y;
    size_t n = match_year_words(st, i, lim, &y);
    if (n) {
      c->year = y;
      c->has_year = 1;
      c->year_words = 1;
    }
    return n;
  }
  case CL_DAY: {
    int d = -1;
    if (t->kind == TOK_NUM && plain_digits(st, i) >= 1 && plain_digits(st, i) <= 2)
      d = (int)tok_int(st, i, &ok);
    else if (t->kind == TOK_ALNUM)
      d = ordinal_digits(st, i);
    if (d < 1 || d > 31)
      return 0;
    c->day = d;
    return 1;
  }
  case CL_ORD: {
    int d;
    size_t n = match_ordword(st, i, lim, &d);
    if (n) {
      c->ord = d;
      return n;
    }
    d = t->kind == TOK_ALNUM ? ordinal_digits(st, i) : -1;
    if (d < 1)
      return 0;
    c->ord = d;
    return 1;
  }
  case CL_SEASON:
    if (!e || !(e->classes & LC_SEASON))
      return 0;
    c->season = e->season;
    return 1;
  case CL_POD:
    if (!e || !(e->classes & LC_POD))
      return 0;
    c->pod = e->pod;
    c->plural = e->word[strlen(e->word) - 1] == 's';
    return 1;
  case CL_CLOCK: {
    /* "10:30", "10:30:15", also glued to am/pm ("9:30am", "5pm"); "10.30"
     * is left alone (a decimal) */
    size_t n;
    const char *s = tok_text(st, i, &n);
    char buf[16];
    if (n >= sizeof buf)
      return 0;
    memcpy(buf, s, n);
    buf[n] = '\0';
    if (t->kind == TOK_ALNUM && n >= 3) {
      char a = (char)tolower((unsigned char)buf[n - 2]), m2 = (char)tolower((unsigned char)buf[n - 1]);
      if ((a != 'a' && a != 'p') || m2 != 'm' || !isdigit((unsigned char)buf[0]))
        return 0;
      buf[n - 2] = '\0';
      char *dot = strchr(buf, '.'); /* "9.15pm" */
      if (dot && !strchr(buf, ':') && strlen(dot + 1) == 2)
        *dot = ':';
      if (strspn(buf, "0123456789:") != n - 2)
        return 0;
      int h = 0, m = 0;
      int parts = sscanf(buf, "%d:%d", &h, &m);
      if (parts < 1 || h < 1 || h > 12 || m > 59 || (parts == 1 && strchr(buf, ':')))
        return 0;
      if (parts == 2 && strspn(strchr(buf, ':') + 1, "0123456789") != 2)
        return 0;
      c->hour = h;
      c->minute = parts == 2 ? m : 0;
      c->second = 0;
      c->has_clock = 2;
      c->ampm = a == 'a' ? 1 : 2;
      return 1;
    }
    /* "10.30 a.m." (British): a decimal only before am/pm */
    if (t->kind == TOK_NUM && !memchr(s, ':', n) && n >= 4 && n <= 5 && buf[n - 3] == '.' &&
        strspn(buf, "0123456789.") == n) {
      size_t an = 0;
      const char *as = i + 1 < st->s_tok1 ? tok_text(st, i + 1, &an) : "";
      char w[8];
      size_t k = 0;
      for (size_t j = 0; j < an && k + 1 < sizeof w; j++)
        if (as[j] != '.')
          w[k++] = (char)tolower((unsigned char)as[j]);
      w[k] = '\0';
      int h = atoi(buf), m = atoi(buf + n - 2);
      /* ... or alone after "at", "by" in a text that writes its clocks so
       * ("fired the maroons at 9.58, and by 10.10 the lifeboat had gone") */
      static const char *const at[] = {"at", "by", "until", "till", "about", "around", "since",
                                       NULL};
      static const char *const units[] = {"pence", "p", "per", "percent", "cents", "dollars",
                                          "euros", "pounds", "points", "metres", "meters",
                                          "km", "miles", "million", "billion", "seconds",
                                          "minutes", "hours", "times", "kg", "tonnes", NULL};
      int ampm = !strcmp(w, "am") || !strcmp(w, "pm");
      /* (... or before "every", "each": "up at 3.30 every morning") */
      /* (... or before the part of the day it is in: "met at 3.15 in the
       * afternoon", "at 6.40 that evening") */
      int pod_after = (tok_is(st, i + 1, "in") && tok_is(st, i + 2, "the") && i + 3 < st->s_tok1 &&
                       st->lex[i + 3] && (st->lex[i + 3]->classes & LC_POD)) ||
                      ((tok_is(st, i + 1, "this") || tok_is(st, i + 1, "that")) &&
                       i + 2 < st->s_tok1 && st->lex[i + 2] && (st->lex[i + 2]->classes & LC_POD));
      /* (... or after a recurring day: "Every day at 11.15", "daily at
       * 9.45") */
      int set_before = i >= st->s_tok0 + 2 &&
                       (tok_is(st, i - 2, "daily") || tok_is(st, i - 2, "nightly") ||
                        (i >= st->s_tok0 + 3 && tok_in(st, i - 3, every_words) &&
                         tok_in(st, i - 2, recur_day_words)));
      /* (... or after "at" and a verb of what happened, in a text that
       * writes its clocks with am or pm: "she left at 7.40"; not a
       * price's or a rate's "closed at 7.40") */
      static const char *const price[] = {"traded", "trading", "trades", "trade", "closed",
                                          "closing", "close", "closes", "stood", "stands",
                                          "stand", "ended", "ends", "opened", "opens",
                                          "fixed", "priced", "valued", "pegged", "quoted",
                                          "set", "rate", "rates", "rated", "capped", "steady",
                                          "unchanged", "settled", "peaked", "bottomed",
                                          "sold", "bought", "offered", "odds", "was", "is",
                                          "are", "were", "be", "been", "started", "starts",
                                          "finished", NULL};
      int told = st->ampm_clocks && i >= st->s_tok0 + 2 &&
                 tok_is(st, i - 1, "at") && tok_type(st, i - 2) == TOK_WORD &&
                 !tok_in(st, i - 2, price);
      int bare = !ampm && i > st->s_tok0 && tok_in(st, i - 1, at) && h <= 23 && m <= 59 &&
                 (st->dotted_clocks || tok_is(st, i + 1, "every") || tok_is(st, i + 1, "each") ||
                  pod_after || set_before || told) &&
                 !tok_in(st, i + 1, units) && !tok_is(st, i + 1, "%");
      /* (... or either end of a span of two such, not a price: "09.30-10.30
       * Gentle Yoga", "between 17.00 and 18.00") */
      static const char *const link[] = {"-", "\xE2\x80\x93", "to", "and", NULL};
      size_t first = i, last = i; /* the span's ends */
      if (!bare && !ampm && h <= 23 && m <= 59) {
        int span = 0;
        if (i + 2 < st->s_tok1 && tok_in(st, i + 1, link) && dotted_hm(st, i + 2)) {
          span = 1;
          last = i + 2;
        } else if (i >= st->s_tok0 + 2 && tok_in(st, i - 1, link) && dotted_hm(st, i - 2)) {
          span = 1;
          first = i - 2;
        }
        /* ("and" only after "between") */
        if (span && tok_is(st, first + 1, "and") &&
            !(first > st->s_tok0 && tok_is(st, first - 1, "between"))) {
          span = 0;
          first = last = i;
        }
        /* (or one alone where a text of such clocks sets it in a table or
         * a list: "Mon 15/05   09.00   English", "start at either 09.00 or
         * 13.30") */
        static const char *const alone[] = {"at", "or", "and", "by", "until", "from", "since",
                                            "to", "till", NULL};
        const token *tk = st->doc->seg->toks;
        /* (or the next of a list of them: "19.00, 20.00 and 21.00") */
        if (!span && st->dotted24 && dotted_hm(st, i) &&
            ((tk[i].flags & TF_GAP) || (i + 1 < st->doc->seg->ntok &&
                                       (tk[i + 1].flags & (TF_GAP | TF_NEWLINE | TF_PARA))) ||
             (i > st->s_tok0 && tok_in(st, i - 1, alone)) ||
             (i > st->s_tok0 + 1 && tok_is(st, i - 1, ",") && dotted_hm(st, i - 2))))
          span = 1;
        static const char *const money[] = {"\xC2\xA3", "$", "\xE2\x82\xAC", "eur", "usd",
                                            "gbp", "rs", NULL};
        /* (nor a price the words before it name: "raised the fare for cars
         * from 6.50 to 9.00") */
        static const char *const priced[] = {"fare", "fares", "price", "prices", "fee", "fees",
                                             "toll", "tolls", "cost", "costs", "charge",
                                             "charges", "rent", "rate", "tariff", NULL};
        int price = 0;
        for (size_t k = first; k > st->s_tok0 && k + 6 > first && !price; k--)
          price = tok_in(st, k - 1, priced);
        bare = span && !price && !(first > st->s_tok0 && tok_in(st, first - 1, money)) &&
               !tok_in(st, last + 1, units) && !tok_in(st, i + 1, units) &&
               !tok_is(st, i + 1, "%");
      }
      if (!bare && (!ampm || an > 4 || h < 1 || h > 12 || m > 59))
        return 0;
      c->hour = h;
      c->minute = m;
      c->second = 0;
      c->has_clock = 2;
      return 1;
    }
    if (t->kind != TOK_NUM || !memchr(s, ':', n))
      return 0;
    int h = 0, m = 0, sec = 0, parts = 0;
    parts = sscanf(buf, "%d:%d:%d", &h, &m, &sec);
    if (parts < 2 || h > 24 || m > 59 || sec > 59)
      return 0;
    /* minutes are always two digits: "3:4" is a score or a ratio */
    const char *colon = strchr(buf, ':');
    if (strspn(colon + 1, "0123456789") != 2)
      return 0;
    c->hour = h;
    c->minute = m;
    c->second = parts == 3 ? sec : 0;
    c->has_clock = parts == 3 ? 3 : 2;
    return 1;
  }
  case CL_DECADE: {
    /* "1990s", "90s" (after an apostrophe handled by rules), "1800s" */
    size_t n;
    const char *s = tok_text(st, i, &n);
    if (t->kind != TOK_ALNUM || (n != 5 && n != 3) || tolower((unsigned char)s[n - 1]) != 's')
      return 0;
    for (size_t k = 0; k + 1 < n; k++)
      if (!isdigit((unsigned char)s[k]))
        return 0;
    if (s[n - 2] != '0')
      return 0;
    if (n == 5) {
      c->decade = atoi(s) / 10;
      /* "the 1800s" is a century; "the 2000s" said in 2026 the decade */
      c->century_s = s[n - 3] == '0';
      if (c->century_s && st->doc->has_dct) {
        int64_t dy;
        int dm, dd, h, mi, se;
        tp_split(st->doc->dct, &dy, &dm, &dd, &h, &mi, &se);
        if (c->decade * 10 + 100 > dy)
          c->century_s = 0;
      }
    } else {
      c->decade = 190 + (s[0] - '0');
      if (st->doc->has_dct) {
        int64_t dy;
        int dm, dd, h, mi, se;
        tp_split(st->doc->dct, &dy, &dm, &dd, &h, &mi, &se);
        if (200 + (s[0] - '0') <= dy / 10)
          c->decade = 200 + (s[0] - '0');
      }
    }
    return 1;
  }
  case CL_DECWORD:
    if (!e || !(e->classes & LC_DECWORD))
      return 0;
    c->decade = 190 + e->decade;
    return 1;
  case CL_AMPM: {
    size_t n;
    const char *s = tok_text(st, i, &n);
    char w[8];
    if (n >= sizeof w)
      return 0;
    size_t k = 0;
    for (size_t j = 0; j < n; j++)
      if (s[j] != '.')
        w[k++] = (char)tolower((unsigned char)s[j]);
    w[k] = '\0';
    if (strcmp(w, "am") && strcmp(w, "pm"))
      return 0;
    c->ampm = w[0] == 'a' ? 1 : 2;
    /* absorb the abbreviation's final period: "p.m." (also at the end of a
     * sentence, where the period is the sentence's own) */
    if (i + 1 < lim && tok_is(st, i + 1, ".") && st->doc->seg->toks[i + 1].start == t->end &&
        (st->doc->seg->toks[i + 1].flags & TF_ABBR))
      return 2;
    return 1;
  }
  case CL_ZONE:
    if (!e || !(e->classes & LC_ZONE) || !(t->flags & TF_UPPER))
      return 0;
    c->zone = e->zone;
    return 1;
  case CL_PLACE: /* a capitalized word no time word: "Houston" in "Houston time" */
    return !e && t->kind == TOK_WORD && (t->flags & TF_CAP) ? 1 : 0;
  case CL_QTR: {
    /* Q1..Q4, 1Q..4Q, H1, H2 (also "Q3" glued to a year: "Q3-2025" is
     * handled by rules) */
    size_t n;
    const char *s = tok_text(st, i, &n);
    if (t->kind != TOK_ALNUM || n != 2)
      return 0;
    char a = (char)toupper((unsigned char)s[0]), b = (char)toupper((unsigned char)s[1]);
    if (a == 'Q' && b >= '1' && b <= '4')
      c->quarter = b - '0';
    else if (b == 'Q' && a >= '1' && a <= '4')
      c->quarter = a - '0';
    else if (a == 'H' && (b == '1' || b == '2'))
      c->half = b - '0';
    else
      return 0;
    return 1;
  }
  case CL_FRAC: {
    /* "1/2" glued: three tokens */
    if (t->kind != TOK_NUM || i + 3 > lim || !tok_is(st, i + 1, "/") || !touches(st, i + 1) ||
        !touches(st, i + 2) || st->doc->seg->toks[i + 2].kind != TOK_NUM)
      return 0;
    int ok1, ok2;
    int64_t a = tok_int(st, i, &ok1), b = tok_int(st, i + 2, &ok2);
    if (!ok1 || !ok2 || b == 0 || a >= b || b > 16)
      return 0;
    c->frac = (double)a / (double)b;
    return 3;
  }
  }
  return 0;
}

/* ---- matching ------------------------------------------------------------------- */

static int has_id(const unsigned char *ids, const lex_entry *e) {
  return e && e->id <= max_word_id && ((ids[e->id / 8] >> (e->id % 8)) & 1);
}

/* Can cr match at token i, by its filter (see crule)?  A rule that opens
 * with an optional literal may also start with what follows it. */
static int next_ok(const tstate *st, const crule *cr, size_t i) {
  if (!cr->filt)
    return 1;
  if (cr->e[0].optional && ((st->tcls[i] & cr->next_cls) || has_id(cr->next_ids, st->lex[i])))
    return 1;
  if (i + 1 >= st->s_tok1)
    return 0;
  return (st->tcls[i + 1] & cr->next_cls) || has_id(cr->next_ids, st->lex[i + 1]);
}

static int elem_literal(const tstate *st, const elem *e, size_t i) {
  const lex_entry *le = st->lex[i];
  if (!le)
    return 0;
  for (int k = 0; k < e->nids; k++)
    if (e->ids[k] == le->id)
      return 1;
  return 0;
}

/* The matches of every alternative of a macro at one token, from the empty
 * capture: rules that open with the same macro ("{DAYREF} <POD>",
 * "{DAYREF} ,? at? {CLOCKT}") share them instead of each matching it
 * again.  Valid while gen equals the tagger's mm_gen (one best_rule call). */
struct macro_memo {
  unsigned gen;
  size_t pos;
  size_t end[MACRO_ALTS]; /* 0: the alternative does not match */
  capture cap[MACRO_ALTS];
};

static size_t match_at(const tstate *st, const crule *r, int k, size_t i, size_t lim,
                       const capture *c, capture *best, int depth);

/* The memo of macro m at token i (see macro_memo), filled on first use. */
static const struct macro_memo *macro_at(const tstate *st, int m, size_t i, size_t lim,
                                         const capture *c) {
  struct macro_memo *mm = &st->mm[m];
  if (mm->gen == st->mm_gen && mm->pos == i)
    return mm;
  for (int a = 0; a < nmacro_alts[m]; a++)
    mm->end[a] = next_ok(st, &cmacros[m][a], i)
                     ? match_at(st, &cmacros[m][a], 0, i, lim, c, &mm->cap[a], 1)
                     : 0;
  mm->gen = st->mm_gen;
  mm->pos = i;
  return mm;
}

/* Longest match of elements [k, n) from token i; returns the end token
 * (exclusive) or 0 for no match, with the capture of that match in *best.
 * *best is written only when there is a match, so a caller with no match
 * in hand yet passes its own result record down instead of a copy. */
static size_t match_at(const tstate *st, const crule *r, int k, size_t i, size_t lim,
                       const capture *c, capture *best, int depth) {
  if (k == r->n) {
    *best = *c;
    best->t1 = i;
    return i;
  }
  const elem *e = &r->e[k];
  size_t result = 0;
  capture tmp; /* a rival match while *best holds the longest so far */
  if (i < lim && !(e->nospace && (st->doc->seg->toks[i].flags & TF_SPACE))) {
    if (e->cls == CL_MACRO) {
      const struct macro_memo *mm =
          depth == 0 && c == st->fresh && st->mm ? macro_at(st, e->macro, i, lim, c) : NULL;
      if (depth < 8)
        for (int a = 0; a < nmacro_alts[e->macro]; a++) {
          capture ca;
          const capture *pa = &ca;
          size_t j;
          if (mm) {
            j = mm->end[a];
            pa = &mm->cap[a];
          } else {
            if (!next_ok(st, &cmacros[e->macro][a], i))
              continue;
            j = match_at(st, &cmacros[e->macro][a], 0, i, lim, c, &ca, depth + 1);
          }
          if (!j || j <= i)
            continue;
          if (e->slot >= 0) {
            if (pa != &ca)
              ca = *pa;
            ca.slot[e->slot] = (long)i;
            pa = &ca;
          }
          capture *dst = result ? &tmp : best;
          size_t end = match_at(st, r, k + 1, j, lim, pa, dst, depth);
          if (end > result) {
            result = end;
            if (dst != best)
              *best = tmp;
          }
        }
    } else if (!e->cls && e->slot < 0) {
      /* a literal without a slot changes nothing in the capture: no copy */
      if (elem_literal(st, e, i))
        result = match_at(st, r, k + 1, i + 1, lim, c, best, depth);
    } else if (e->cls ? (int)((st->tcls[i] >> e->cls) & 1) : elem_literal(st, e, i)) {
      /* (tcls holds every class that can match at i, as the rule index
       * relies on too: the copy is made only for a class that may) */
      capture c2 = *c;
      size_t used = e->cls ? class_match(st, e->cls, i, lim, &c2) : 1;
      if (used) {
        if (e->slot >= 0)
          c2.slot[e->slot] = (long)i;
        result = match_at(st, r, k + 1, i + used, lim, &c2, best, depth);
      }
    }
  }
  if (e->optional) {
    capture *dst = result ? &tmp : best;
    size_t end = match_at(st, r, k + 1, i, lim, c, dst, depth);
    if (end > result) {
      result = end;
      if (dst != best)
        *best = tmp;
    }
  }
  return result;
}

/* ---- tense ---------------------------------------------------------------------- */

int ends_with(const char *w, const char *suf) {
  size_t a = strlen(w), b = strlen(suf);
  return a > b && !strcmp(w + a - b, suf);
}

/* Words ending in -ed that are not past-tense verbs. */
static const char *const ed_exceptions[] = {
    "need", "speed", "red", "bed", "hundred", "seed", "feed", "breed", "indeed", "united",
    "shed", "proceed", "succeed", "exceed", "weed", "greed", "creed", "led", "based",
    "limited", "related", "detailed", "advanced", "concerned", "interested", "alleged",
    "unexpected", "armed", "used", "supposed", "proposed", "so-called",
    "wounded", "injured", "embattled", NULL};

/* Cues that put the clause in the future (or make it hypothetical/planned:
 * "would", "could" talk about what has not happened yet). */
static const char *const future_cues[] = {
    "will", "'ll", "shall", "won't", "wo", "would", "'d", "might", "could", "should",
    "must", "upcoming", "scheduled", "planned", "plans", "plan", "planning", "expected",
    "expects", "expect", "expecting", "due", "intends", "intend", "aims", "hopes", "hope", "wants",
    "set", "slated", "likely", "going", "tentatively", "later", "next", NULL};
static const char *const past_cues[] = {
    "was", "were", "had", "did", "said", "told", "came", "went", "took", "made", "met",
    "began", "saw", "gave", "held", "left", "won", "lost", "fell", "rose", "led", "sent",
    "ago", "got", "found", "became", "brought", "bought", "sold", "paid", "spoke", "wrote",
    "ran", "struck", "shot", "hit", "flew", "drew", "threw", "fought", "knew", "thought",
    "felt", "kept", "spent", "stood", "heard", "broke", "chose", "began", "rang", "sank",
    "swore", "tore", "woke", "wore", "hid", "arose", "forgot", "froze", "shook", "stole",
    "overtook", "underwent", "withdrew", "undertook", "caught", "taught", "sought",
    "swept", "slept", "wept", "crept", "built", "fled", "hung", "blew", "grew", "shrank",
    "sprang", "sang", "swam", "drove", "rode", "strode", "shone", "dug", "spun", "sat",
    "overran", "overthrew", "forgave", "understood", "oversaw", "awoke", "slid", "stuck",
    "earlier", "last", "previously", "already", NULL};
static const char *const present_cues[] = {"is", "are", "am", "says", "has", "have",
                                           "does", "do", "'s", "'re", "i'm", "we're",
                                           "you're", "they're", NULL};

/* Does token i start a time phrase ("for Friday", "in early March")? */
static int time_word(const tstate *st, size_t i) {
  if (i >= st->s_tok1)
    return 0;
  static const char *const w[] = {"the", "next", "this", "early", "late", "mid", "later",
                                  "tomorrow", "today", "tonight", "noon", "midnight", NULL};
  const lex_entry *e = st->lex[i];
  return st->doc->seg->toks[i].kind == TOK_NUM ||
         (e && (e->classes & (LC_MONTH | LC_WEEKDAY | LC_SEASON | LC_NUMWORD | LC_UNIT))) ||
         tok_in(st, i, w);
}

/* Is the past form at token i a participle after its noun whose clause's
 * verb comes later and looks ahead ("Any vehicle left in these bays after
 * 6am on 2 February will be removed", "Forms received after 2 February
 * will not be accepted")?  Not after a pronoun or a name ("Smith left on
 * Monday and will return"), nor past a comma, "and" or "that". */
static int reduced_relative_ahead(const tstate *st, size_t i) {
  static const char *const subj[] = {"i", "he", "she", "it", "we", "they", "you", "who",
                                     "which", "that", "and", "or", "but", "had", "has", "have",
                                     "was", "were", "then", "also", "not", "never", "just",
                                     NULL};
  static const char *const modal[] = {"will", "must", "shall", "'ll", "cannot", "can", "may",
                                      "should", "could", "might", NULL};
  if (i <= st->s_tok0 || st->doc->seg->toks[i - 1].kind != TOK_WORD || tok_in(st, i - 1, subj) ||
      ((tok_flags(st, i - 1) & TF_CAP) && i - 1 > st->s_tok0))
    return 0;
  for (size_t k = i + 1; k + 1 < st->s_tok1 && k < i + 20; k++) {
    if (tok_in(st, k, modal))
      return tok_is(st, k + 1, "be") || tok_is(st, k + 1, "not");
    /* (or the present of a rule: "Renewals received by 31 January are
     * usually processed ...") */
    if ((tok_is(st, k, "are") || tok_is(st, k, "is")) && k > i + 2 && i == st->s_tok0 + 1)
      return 1;
    /* (nor a verb of saying and what it says: "The government insisted on
     * Monday that any ceasefire must be verified") */
    /* (a list's comma or "and" between numbers goes on: "Tickets dated
     * 14, 15, 16 or 17 April are valid") */
    if ((tok_is(st, k, ",") || tok_is(st, k, "and")) && tok_type(st, k - 1) == TOK_NUM &&
        tok_type(st, k + 1) == TOK_NUM)
      continue;
    if (tok_is(st, k, ",") || tok_is(st, k, ";") || tok_is(st, k, "and") ||
        tok_is(st, k, "but") || tok_is(st, k, "that") || tok_is(st, k, "\"") ||
        (tok_is(st, k, ".") && !(tok_flags(st, k) & TF_ABBR)))
      return 0;
  }
  return 0;
}

static int tense_of_word_raw(const tstate *st, size_t i) {
  char w[24];
  const token *t = &st->doc->seg->toks[i];
  if (t->kind != TOK_WORD || !token_lower(st->doc->text, t, w, sizeof w))
    return TENSE_UNKNOWN;
  /* the second half of a compound ("open-ended", "state-owned",
   * "long-awaited") is an adjective, no verb */
  if (i > 0 && t[-1].end == t->start && st->doc->text[t[-1].start] == '-' &&
      t[-1].end - t[-1].start == 1)
    return TENSE_UNKNOWN;
  /* "may have gained access as early as February": a modal's perfect
   * tells of the past */
  if (str_is(w, "may") && !(t->flags & TF_CAP) && i + 2 < st->s_tok1 && tok_is(st, i + 1, "have")) {
    char nw[24];
    if (token_lower(st->doc->text, &t[2], nw, sizeof nw) &&
        (ends_with(nw, "ed") || !strcmp(nw, "been") || str_in_list(nw, past_cues)))
      return TENSE_PAST;
  }
  if (str_is(w, "may") && !(t->flags & TF_CAP))
    return TENSE_FUTURE;
  /* "I'll be back on Monday", "they'll": a pronoun's "will" */
  if (ends_with(w, "'ll"))
    return TENSE_FUTURE;
  /* an imperative opening its sentence or quotation ("Ask me on Monday,"
   * "Call us in the spring"): what is asked lies ahead */
  static const char *const imperative[] = {"ask", "call", "come", "give", "tell", "wait", "meet",
                                           "join", "bring", "book", "visit", "remember",
                                           "ring", "phone", "email", "contact", "register",
                                           "apply", "send", "try", "watch", "check", "expect",
                                           "look", NULL};
  if ((t->flags & TF_CAP) && str_in_list(w, imperative) && i + 1 < st->s_tok1 &&
      t[1].kind == TOK_WORD && !(t[1].flags & TF_CAP) &&
      (i == st->s_tok0 || (i == st->s_tok0 + 1 && (tok_is(st, i - 1, "\"") ||
                                                    tok_is(st, i - 1, "\xE2\x80\x9C") ||
                                                    tok_is(st, i - 1, "'")))))
    return TENSE_FUTURE;
  /* "Visitors can see them until Sunday": what can still be done lies
   * ahead */
  if (str_is(w, "can") && i + 1 < st->s_tok1 && t[1].kind == TOK_WORD)
    return TENSE_FUTURE;
  /* "10.40 am": the clock's, not the verb */
  if (str_is(w, "am") && i > 0 && t[-1].kind == TOK_NUM)
    return TENSE_UNKNOWN;
  if (str_in_list(w, future_cues)) {
    /* "rose more than expected in May", "as expected": a comparison, no
     * plan */
    if (str_is(w, "expected") && i > st->s_tok0 &&
        (tok_is(st, i - 1, "than") || tok_is(st, i - 1, "as")))
      return TENSE_UNKNOWN;
    /* "expected", "planned", "scheduled", "set", "due", "likely" look ahead
     * only when an infinitive or a time follows: "is expected to". */
    /* participles and adjectives look ahead only before an infinitive or
     * a time: "is expected to", "scheduled for" */
    static const char *const need_to[] = {"scheduled", "planned", "expected", "set", "due",
                                          "slated", "likely", "going", "wants", "plan",
                                          "plans", "hope", "hopes", NULL};
    /* "has scheduled a news conference Thursday", "planned a rally on
     * Saturday": what was planned lies ahead */
    static const char *const plan_verbs[] = {"scheduled", "planned", "plans", "plan",
                                             "planning", NULL};
    static const char *const det[] = {"a", "an", "another", NULL};
    if (str_in_list(w, plan_verbs) && tok_in(st, i + 1, det))
      return TENSE_FUTURE;
    /* ("wants the first debate on Friday": what is wanted lies ahead) */
    if (!strcmp(w, "wants") && (tok_in(st, i + 1, det) || tok_is(st, i + 1, "the")))
      return TENSE_FUTURE;
    /* "proposed the plan in mid-April", "their hopes in May": a noun */
    static const char *const noun_det[] = {"the", "a", "an", "this", "that", "his", "her",
                                           "its", "their", "our", "my", "your", "whose", NULL};
    if ((!strcmp(w, "plan") || !strcmp(w, "plans") || !strcmp(w, "hope") ||
         !strcmp(w, "hopes")) &&
        i > st->s_tok0 && tok_in(st, i - 1, noun_det))
      return TENSE_UNKNOWN;
    /* "due at 4 p.m.", "expected by Friday", "expected from Tuesday"; not
     * "planned at the university" */
    size_t at = i + 2; /* "expected at about 7 p.m.", "expected from Tuesday" */
    if (at < st->s_tok1 && (tok_is(st, at, "about") || tok_is(st, at, "around")))
      at++;
    int at_time = (tok_is(st, i + 1, "at") || tok_is(st, i + 1, "by") ||
                   tok_is(st, i + 1, "from") || tok_is(st, i + 1, "between")) &&
                  at < st->s_tok1 &&
                  (st->doc->seg->toks[at].kind == TOK_NUM ||
                   (st->lex[at] && (st->lex[at]->classes & (LC_MONTH | LC_WEEKDAY))) ||
                   tok_is(st, at, "noon") || tok_is(st, at, "midnight"));
    if (str_in_list(w, need_to) && !tok_is(st, i + 1, "to") && !at_time &&
        !((tok_is(st, i + 1, "for") || tok_is(st, i + 1, "on") || tok_is(st, i + 1, "in")) &&
          time_word(st, i + 2)))
      return TENSE_UNKNOWN; /* "slated for deportation": not about the time */
    /* "set" is as often a past participle ("the record high set on Aug.
     * 6"): only "set to", "set for" look ahead; after a subject pronoun
     * it is the past ("the target it set in July") */
    if (!strcmp(w, "set") && !tok_is(st, i + 1, "to") && !tok_is(st, i + 1, "for")) {
      static const char *const subj[] = {"it", "he", "she", "they", "we", "i", "you", NULL};
      return i > st->s_tok0 && tok_in(st, i - 1, subj) ? TENSE_PAST : TENSE_UNKNOWN;
    }
    /* "had been scheduled to expire Friday": a plan of the past */
    /* (and "was due on 26 April": a deadline of the past) */
    if (str_in_list(w, need_to) && i > st->s_tok0 &&
        (tok_is(st, i - 1, "had") || (!strcmp(w, "due") && (tok_is(st, i - 1, "was") ||
                                                          tok_is(st, i - 1, "were"))) ||
         (tok_is(st, i - 1, "been") && i - 1 > st->s_tok0 && tok_is(st, i - 2, "had")))) {
      /* (but a month it had been set for is as often still ahead: "a
       * launch, which had been set for mid-July") */
      size_t k = i + 1;
      if (!tok_is(st, i - 1, "had") && !tok_is(st, i - 1, "been"))
        return TENSE_PAST; /* ("was due in March") */
      if (k < st->s_tok1 && (tok_is(st, k, "for") || tok_is(st, k, "in")))
        k++;
      while (k < st->s_tok1 && (tok_is(st, k, "mid") || tok_is(st, k, "-") ||
                                tok_is(st, k, "early") || tok_is(st, k, "late")))
        k++;
      if (k < st->s_tok1 && st->lex[k] && (st->lex[k]->classes & LC_MONTH))
        return TENSE_FUTURE;
      return TENSE_PAST;
    }
    /* "The visit, originally planned for March, was postponed": a plan
     * that did not hold */
    if (str_in_list(w, need_to) && i > st->s_tok0 &&
        (tok_is(st, i - 1, "originally") || tok_is(st, i - 1, "initially")))
      return TENSE_PAST;
    if (!strcmp(w, "later") || !strcmp(w, "next"))
      return TENSE_UNKNOWN; /* only cues when they stand alone (see below) */
    return TENSE_FUTURE;
  }
  /* after "with" and a noun, a participle of a state, no past ("with
   * challenges heard from Dec. 15 to Dec. 18", "with the votes counted") */
  if (i >= st->s_tok0 + 2 && tok_is(st, i - 2, "with") && tok_type(st, i - 1) == TOK_WORD &&
      !(tok_flags(st, i - 1) & TF_CAP) && (ends_with(w, "ed") || str_in_list(w, past_cues)))
    return TENSE_UNKNOWN;
  if ((ends_with(w, "ed") || str_in_list(w, past_cues)) && reduced_relative_ahead(st, i))
    return TENSE_UNKNOWN;
  if (str_in_list(w, past_cues)) {
    if (!strcmp(w, "earlier") || !strcmp(w, "last") || !strcmp(w, "previously") ||
        !strcmp(w, "already"))
      return TENSE_UNKNOWN;
    /* "be paid", "been held", "is made": a participle; the auxiliary
     * before it decides */
    static const char *const aux[] = {"be", "been", "being", "is", "are", "am", "get", "gets",
                                      NULL};
    if (i > st->s_tok0 && tok_in(st, i - 1, aux))
      return TENSE_UNKNOWN;
    /* "regain the lost time", "a broken promise", "their spent fuel": an
     * adjective after a determiner */
    static const char *const det[] = {"the", "a", "an", "its", "their", "his", "her", "our",
                                      "my", "your", NULL};
    if (i > st->s_tok0 && tok_in(st, i - 1, det))
      return TENSE_UNKNOWN;
    return TENSE_PAST;
  }
  if (str_in_list(w, present_cues)) {
    /* "São Bernardo do Campo": a word of a name between capitals */
    if ((!strcmp(w, "do") || !strcmp(w, "does")) && i + 1 < st->s_tok1 &&
        (st->doc->seg->toks[i + 1].flags & TF_CAP) && i > st->s_tok0 &&
        (st->doc->seg->toks[i - 1].flags & TF_CAP))
      return TENSE_UNKNOWN;
    /* "is to resume", "are to meet": future */
    if ((!strcmp(w, "is") || !strcmp(w, "are")) && tok_is(st, i + 1, "to"))
      return TENSE_FUTURE;
    /* "has signed", "have been": the present perfect reports the past */
    if (!strcmp(w, "has") || !strcmp(w, "have") || !strcmp(w, "'s")) {
      /* "would have been harvested in October": what did not happen, its
       * modal decides */
      static const char *const modal[] = {"would", "could", "should", "might", "must", "may",
                                          "will", "'d", NULL};
      static const char *const adv[] = {"otherwise", "also", "still", "never", "not", "surely",
                                        "probably", "certainly", "likely", NULL};
      if (i > st->s_tok0 && (tok_in(st, i - 1, modal) ||
                             (i > st->s_tok0 + 1 && tok_in(st, i - 1, adv) && tok_in(st, i - 2, modal))))
        return TENSE_UNKNOWN; /* "would otherwise have been held on Oct. 25" */
      /* "If we have not restored your supply by 18:00 on 26 March": a
       * condition's perfect looks at a time ahead */
      static const char *const cond[] = {"if", "unless", "once", "until", "till", NULL};
      for (size_t k = i; k > st->s_tok0 && k + 6 > i; k--) {
        if (tok_type(st, k - 1) == TOK_PUNCT)
          break;
        if (tok_in(st, k - 1, cond))
          return TENSE_UNKNOWN;
      }
      char nw[24];
      size_t j = i + 1;
      if (tok_is(st, j, "not") || tok_is(st, j, "already") || tok_is(st, j, "also") ||
          tok_is(st, j, "just") || tok_is(st, j, "never"))
        j++;
      if (j < st->s_tok1 && token_lower(st->doc->text, &st->doc->seg->toks[j], nw, sizeof nw) &&
          (ends_with(nw, "ed") || !strcmp(nw, "been") || str_in_list(nw, past_cues) ||
           ends_with(nw, "en")))
        return TENSE_PAST;
      if (!strcmp(w, "'s"))
        return TENSE_UNKNOWN;
    }
    /* "is meeting", "are leaving": the present progressive of a verb of
     * schedules plans ahead; others go on now ("are looking at a strike
     * from late August") */
    static const char *const planned[] = {
        "meeting", "leaving", "going", "coming", "travelling", "traveling", "flying",
        "heading", "holding", "hosting", "visiting", "returning", "arriving", "launching",
        "opening", "starting", "beginning", "taking", "moving", "releasing", "publishing",
        "announcing", "unveiling", "sending", "playing", "facing", "voting", "closing",
        "reopening", "resuming", "convening", "signing", "testifying", "speaking",
        "addressing", "attending", "joining", "expecting", "planning", "preparing",
        "scheduling", "seeking", "getting", NULL};
    char nw[24];
    if ((!strcmp(w, "is") || !strcmp(w, "are") || !strcmp(w, "am")) && i + 1 < st->s_tok1 &&
        token_lower(st->doc->text, &st->doc->seg->toks[i + 1], nw, sizeof nw) &&
        ends_with(nw, "ing") && strlen(nw) > 5)
      return str_in_list(nw, planned) ? TENSE_FUTURE : TENSE_PRESENT;
    return TENSE_PRESENT;
  }
  /* "to be completed", "to be paid": what is yet to happen */
  if (str_is(w, "be") && i > st->s_tok0 && tok_is(st, i - 1, "to"))
    return TENSE_FUTURE;
  if (ends_with(w, "ed") && strlen(w) > 4 && !str_in_list(w, ed_exceptions)) {
    /* a heading in capitals ("CHANGED SESSIONS (6 June - 17 July)",
     * "REVISED TIMETABLE"): a label, no past */
    if ((t->flags & TF_UPPER) && t->end - t->start > 4)
      return TENSE_UNKNOWN;
    /* "expected to", "scheduled for" were handled above; an -ed word after
     * "be", "been", "being", "to be" is a passive: its auxiliary decides;
     * after a determiner it is an adjective ("a still unspecified date") */
    static const char *const det[] = {"be", "being", "been", "is", "are", "am", "i'm", "we're",
                                      "you're", "they're", "'re", "get", "gets", "getting",
                                      "a", "an",
                                      "the", "this", "that", "these",
                                      "those", "its", "his", "her", "their", "our", "my",
                                      "your", "still", "very", "more", "most", "less", "well",
                                      "newly", "fully", "as", "of", "not", "un", "no", "any",
                                      "some", "another", "every", "each",
                                      /* after a preposition: "on exposed headlands" */
                                      "on", "in", "at", "for", "with", "from", "into",
                                      "across", "over", "under", "among", "between",
                                      /* a state after a linking verb: "stay closed" */
                                      "stay", "stays", "stayed", "remain", "remains",
                                      "remained", "become", "becomes", "became", "seem",
                                      "seems", "seemed", NULL};
    if (i > st->s_tok0 && tok_in(st, i - 1, det))
      return TENSE_UNKNOWN;
    /* opening its sentence before a noun, an adjective ("Unused tickets for
     * flights between February and April will be refunded") */
    /* (or a notice's list item, "• Closed Thursday 11/27", "• Extended
     * hours Dec. 15-23", "Closed from December 24": a state, no past) */
    static const char *const bullets[] = {"\xE2\x80\xA2", "-", "*", "\xC2\xB7", NULL};
    static const char *const state_next[] = {"from", "until", "till", "through", "on", "for",
                                             NULL};
    if (i == st->s_tok0 && i + 1 < st->s_tok1 && tok_type(st, i + 1) == TOK_WORD &&
        !(tok_flags(st, i + 1) & TF_CAP) && !tok_in(st, i + 1, det) &&
        !tok_is(st, i + 1, "by") && !tok_is(st, i + 1, "to"))
      return TENSE_UNKNOWN;
    /* ("Closed 25 and 26 December", "open as normal on 28 December,
     * closed on 31 December": a notice's state, at its clause's start) */
    static const char *const states[] = {"closed", "shut", "extended", "reduced", NULL};
    if (tok_in(st, i, states) && i + 1 < st->s_tok1 &&
        (i == st->s_tok0 || tok_is(st, i - 1, ",") || tok_is(st, i - 1, ";") ||
         tok_is(st, i - 1, "(")) &&
        (tok_in(st, i + 1, state_next) || tok_type(st, i + 1) == TOK_NUM ||
         (st->lex[i + 1] && (st->lex[i + 1]->classes & (LC_WEEKDAY | LC_MONTH)))))
      return TENSE_UNKNOWN;
    if (i == st->s_tok0 + 1 && tok_in(st, st->s_tok0, bullets) && i + 1 < st->s_tok1 &&
        ((tok_type(st, i + 1) == TOK_WORD && !(tok_flags(st, i + 1) & TF_CAP) &&
          !tok_in(st, i + 1, det) && !tok_is(st, i + 1, "by") && !tok_is(st, i + 1, "to")) ||
         (st->lex[i + 1] && (st->lex[i + 1]->classes & (LC_WEEKDAY | LC_MONTH))) ||
         tok_in(st, i + 1, state_next)))
      return TENSE_UNKNOWN;
    /* "(unchanged)": a word alone in brackets, a note; "Christmas Day:
     * closed": a state after a list item's colon or dash */
    if (i > st->s_tok0 && tok_is(st, i - 1, "(") && tok_is(st, i + 1, ")"))
      return TENSE_UNKNOWN;
    if (i > st->s_tok0 && (tok_is(st, i - 1, ":") || tok_is(st, i - 1, "\xE2\x80\x93") ||
                           tok_is(st, i - 1, "\xE2\x80\x94")))
      return TENSE_UNKNOWN;
    /* "Good Friday: school closed", "Bank holiday - offices shut": a
     * list item's state after its colon or dash, ending the item */
    if (tok_in(st, i, states) &&
        (i + 1 >= st->s_tok1 || tok_type(st, i + 1) == TOK_PUNCT ||
         (tok_flags(st, i + 1) & (TF_NEWLINE | TF_GAP)))) {
      /* (or a table's cell of its own: "Christmas Day, Boxing Day
       * CLOSED") */
      if (tok_flags(st, i) & TF_GAP)
        return TENSE_UNKNOWN;
      for (size_t k = i >= st->s_tok0 + 3 ? i - 3 : st->s_tok0; k + 1 < i; k++)
        if (tok_is(st, k, ":") || tok_is(st, k, "-") || tok_is(st, k, "\xE2\x80\x93"))
          return TENSE_UNKNOWN;
    }
    /* "would publish revised figures": after a modal's verb, an
     * adjective of its object */
    static const char *const modal[] = {"would", "will", "could", "should", "can", "may",
                                        "might", "must", "'ll", NULL};
    char pw[24];
    if (i > st->s_tok0 + 1 && tok_in(st, i - 2, modal) &&
        st->doc->seg->toks[i - 1].kind == TOK_WORD &&
        token_lower(st->doc->text, &st->doc->seg->toks[i - 1], pw, sizeof pw) &&
        !ends_with(pw, "ed"))
      return TENSE_UNKNOWN;
    /* ", followed by a business forum", ", accompanied by": a participle
     * phrase, no verb of its own */
    if (i > st->s_tok0 && tok_is(st, i - 1, ",") && tok_is(st, i + 1, "by"))
      return TENSE_UNKNOWN;
    return TENSE_PAST;
  }
  return TENSE_UNKNOWN;
}

/* tense_of_word, worked out once per token (clause_tense asks about the
 * same words for every candidate of a sentence). */
static int tense_of_word(const tstate *st, size_t i) {
  if (!st->tense_memo[i])
    st->tense_memo[i] = (unsigned char)(1 + tense_of_word_raw(st, i));
  return st->tense_memo[i] - 1;
}

/* The tense of the next sentence's first verb: what a heading line ("Wednesday",
 * "JUNE") is followed by. */
int next_sentence_tense(const tstate *st) {
  const segmentation *seg = st->doc->seg;
  if (st->sent + 1 >= seg->nsent)
    return TENSE_UNKNOWN;
  const sentence *n = &seg->sents[st->sent + 1];
  for (size_t i = n->tok0; i < n->tok1; i++) {
    int t = tense_of_word_raw(st, i);
    if (t != TENSE_UNKNOWN)
      return t;
  }
  return TENSE_UNKNOWN;
}

int tok_tense(const tstate *st, size_t i) {
  return i >= st->s_tok0 && i < st->s_tok1 ? tense_of_word(st, i) : TENSE_UNKNOWN;
}

const char *const reporting_verbs[] = {"said", "says", "say", "told", "announced", "reported",
                                       "added", "stated", "confirmed", "warned", "denied", NULL};
const char *const every_words[] = {"every", "each", NULL};
const char *const recur_day_words[] = {"day", "night", "morning", "evening", "afternoon",
                                       "weekday", NULL};
const char *const range_to_words[] = {"to", "through", "-", "\xE2\x80\x93", NULL};
const char *const range_links[] = {"-", "\xE2\x80\x93", "to", "through", "and", "till",
                                   "until", NULL};
const char *const clause_conj[] = {"and", "or", "but", "when", "while", NULL};
const char *const subject_aux[] = {"was", "were", "is", "are", "had", "has", "have", "been",
                                   "be", "he", "she", "it", "they", "we", "i", "you", NULL};
const char *const entry_seps[] = {":", "-", "\xE2\x80\x93", "\xE2\x80\x94", NULL};

/* Weak cues: reporting verbs, since what is reported may lie ahead;
 * "could", as often the past of "can" ("could not be reached
 * Wednesday") as a possibility ahead. */
static const char *const weak_cues[] = {"said", "says", "say", "told", "tells", "added",
                                        "announced", "reported", "stated", "noted", "disclosed",
                                        "confirmed", "declared", "could", NULL};

/* Is token i a weak cue?  "could" before a verb of change looks ahead
 * as firmly as "will" ("the storm could reach the coast on Thursday");
 * it stays weak when negated, perfect or before a verb of perceiving,
 * where it is the past of "can" ("could not be reached Wednesday", "could
 * hear gunfire on Tuesday"). */
static int weak_cue(const tstate *st, size_t i) {
  if (!tok_in(st, i, weak_cues))
    return 0;
  if (!tok_is(st, i, "could"))
    return 1;
  static const char *const past_can[] = {"not", "n't", "never", "hardly", "barely", "only",
                                         "have", "see", "hear", "feel", "smell", "also",
                                         "still", "no", "do", "get", "find", "tell", "say",
                                         "understand", "remember", "recall", NULL};
  if (i + 1 >= st->s_tok1 || tok_type(st, i + 1) != TOK_WORD || tok_in(st, i + 1, past_can))
    return 1;
  /* "could be seen" is the past of "can"; "could be nearly as hot" a
   * forecast */
  if (tok_is(st, i + 1, "be")) {
    char w[24];
    size_t n = i + 2 < st->s_tok1 ? token_lower(st->doc->text, &st->doc->seg->toks[i + 2], w, sizeof w) : 0;
    return n > 2 && (ends_with(w, "ed") || ends_with(w, "en") || ends_with(w, "wn"));
  }
  return 0;
}

/* A token that ends the clause a timex belongs to, looking outward. */
static int clause_break(const tstate *st, size_t i) {
  return tok_type(st, i) == TOK_PUNCT && /* (all of them are; most tokens are words) */
         (tok_is(st, i, ";") || tok_is(st, i, ":") || tok_is(st, i, "--") ||
          tok_is(st, i, "\xE2\x80\x94") || tok_is(st, i, "_"));
}

/* Words after "to" that show it is a preposition, not an infinitive. */
static int infinitive_blocker(const tstate *st, size_t i) {
  static const char *const w[] = {"the", "a", "an", "this", "that", "these", "those", "its",
                                  "his", "her", "their", "our", "my", "your", "be", "date",
                                  "record", "levels", "level", "more", "less", "about",
                                  "around", "nearly", "almost", "some", "all", "each",
                                  "every", "no", "him", "them", "us", "me", "it",
                                  /* nouns of set phrases: "shot to death", "came to
                                   * power", "returned to office" */
                                  "death", "power", "office", "prison", "jail", "court",
                                  "trial", "hospital", "safety", "justice", "war", "bed",
                                  "town", "church", "school",
                                  /* "increase to daily", "cut to weekly" */
                                  "daily", "weekly", "monthly", "hourly", "nightly",
                                  "yearly", "annually", "zero", NULL};
  const lex_entry *e = st->lex[i];
  if (e && (e->classes & (LC_MONTH | LC_WEEKDAY | LC_NUMWORD | LC_UNIT | LC_SEASON)))
    return 1;
  if (tok_in(st, i, w))
    return 1;
  char buf[24];
  size_t n = token_lower(st->doc->text, &st->doc->seg->toks[i], buf, sizeof buf);
  return n > 3 && (buf[n - 1] == 's' || (buf[n - 2] == 'e' && buf[n - 1] == 'd'));
}

/* Words that may open a sentence before a fronted time phrase. */
static const char *const fronting[] = {"in", "on", "at", "by", "since", "until", "during",
                                       "early", "late", "and", "but", "then", "also", "so",
                                       "until", "through", "after", "before", "as", "of",
                                       NULL};

/* Is the word at i a headline's bare past participle: a line of its own
 * without end punctuation, the word in -ed with no auxiliary before it
 * ("Storm live: all sailings cancelled until Monday")? */
static int headline_participle(const tstate *st, size_t i) {
  char w[24];
  size_t n = token_lower(st->doc->text, &st->doc->seg->toks[i], w, sizeof w);
  if (n < 4 || strcmp(w + n - 2, "ed") || tok_in(st, i - 1, subject_aux))
    return 0;
  size_t last = st->s_tok1 - 1;
  if (tok_is(st, last, "\"") || !own_line(st)) /* (own_line: no end punctuation) */
    return 0;
  return st->s_tok1 - st->s_tok0 <= 16;
}

/* Verbs whose "that" clause says what is asked for ("demanded that the
 * government move them"). */
static const char *const mandative[] = {"demanded", "demand", "demands", "demanding",
                                        "insisted", "insist", "insists", "urged", "urge",
                                        "urges", "requested", "request", "requests",
                                        "recommended", "recommend", "recommends", "proposed",
                                        "propose", "proposes", "asked", NULL};

/* Conjunctions that open a clause of their own after a time. */
static const char *const fwd_subord[] = {"after", "before", "when", "because", "since",
                                         "while", "once", "although", "though", "unless",
                                         NULL};

static const char *const will_words[] = {"will", "shall", NULL};

/* Is token k "will" or "shall", or a pronoun's "'ll" ("I'll", "they'll",
 * one token)? */
int will_word(const tstate *st, size_t k) {
  if (tok_in(st, k, will_words))
    return 1;
  size_t n;
  const char *s = k >= st->s_tok0 && k < st->s_tok1 ? tok_text(st, k, &n) : NULL;
  return s && n > 3 && s[n - 1] == 'l' && s[n - 2] == 'l' &&
         (s[n - 3] == '\'' || (n > 5 && !memcmp(s + n - 5, "\xE2\x80\x99", 3)));
}

int clause_tense_ex(const tstate *st, size_t t0, size_t t1, int *strong) {
  /* The nearest cue before the timex within its clause wins (the verb a
   * time phrase modifies usually comes first in English); failing that,
   * the nearest cue after it.  Reporting verbs and the present tense are
   * weak cues. */
  size_t lo = st->s_tok0, hi = st->s_tok1;
  *strong = 0;
  /* "Please send your forms by noon on Monday": a request looks ahead */
  {
    size_t f = lo;
    while (f < hi && f < lo + 3 && tok_type(st, f) == TOK_PUNCT)
      f++;
    if (f < hi && f < t0 && tok_is(st, f, "please")) {
      *strong = 1;
      return TENSE_FUTURE;
    }
  }
  /* "could not return until Sunday at the earliest": a bound of what is
   * still to come */
  if (!st->doc->narrative && t1 + 2 < hi && tok_is(st, t1, "at") && tok_is(st, t1 + 1, "the") &&
      (tok_is(st, t1 + 2, "earliest") || tok_is(st, t1 + 2, "latest"))) {
    *strong = 1;
    return TENSE_FUTURE;
  }
  /* "payable Dec. 15", "due Friday", "scheduled Monday": a deadline */
  static const char *const ahead[] = {"payable", "due", "scheduled", "slated", "expected",
                                      "planned", "starting", "beginning", "effective", NULL};
  /* ... unless the plan itself lies back: "as previously planned Saturday
   * night", "had been scheduled Friday" */
  static const char *const plan_past[] = {"previously", "originally", "initially", "had",
                                          "been", "already", NULL};
  if (t0 > lo && tok_in(st, t0 - 1, ahead) && !(t0 > lo + 1 && tok_in(st, t0 - 2, plan_past))) {
    /* "suspended applications for three months starting July 11": a start
     * the clause's past verb set, not one ahead */
    int past_start = 0;
    /* (a weekday, "suspended the loop for four weeks starting Monday", is
     * the coming one) */
    if ((tok_is(st, t0 - 1, "starting") || tok_is(st, t0 - 1, "beginning")) &&
        !(st->lex[t0] && (st->lex[t0]->classes & LC_WEEKDAY)))
      for (size_t k = t0 - 1; k > lo && k + 16 > t0 && !past_start; k--) {
        if (clause_break(st, k - 1))
          break;
        past_start = tense_of_word(st, k - 1) == TENSE_PAST;
      }
    if (!past_start) {
      *strong = 1;
      return TENSE_FUTURE;
    }
  }
  /* ("a one-off bonus payable in September", "due on 1 July": the
   * preposition between) */
  if (t0 > lo + 1 && (tok_is(st, t0 - 1, "in") || tok_is(st, t0 - 1, "on")) &&
      (tok_is(st, t0 - 2, "payable") || tok_is(st, t0 - 2, "due")) &&
      !(t0 > lo + 2 && tok_in(st, t0 - 3, plan_past)) &&
      !(t0 > lo + 2 && (tok_is(st, t0 - 3, "was") || tok_is(st, t0 - 3, "were")))) {
    *strong = 1;
    return TENSE_FUTURE;
  }
  /* "backed a further 72-hour stoppage from Monday": a measure's start
   * on a weekday lies ahead, whatever the verb that decided it */
  if (t0 > lo + 1 && tok_is(st, t0 - 1, "from") && st->lex[t0] &&
      (st->lex[t0]->classes & LC_WEEKDAY)) {
    static const char *const measures[] = {
        "strike", "strikes", "stoppage", "stoppages", "walkout", "walkouts", "ban", "bans",
        "closure", "closures", "shutdown", "curfew", "lockdown", "boycott", "blockade",
        "suspension", "restrictions", "cuts", "rationing", "action",
        "effective", /* "cut the rate to 7%, effective from Friday" */
        NULL};
    if (tok_in(st, t0 - 2, measures)) {
      *strong = 1;
      return TENSE_FUTURE;
    }
  }
  /* "has been set for 10am on 31 March", "is scheduled for June": what
   * a plan is set for lies ahead (not "had been set for") */
  {
    static const char *const set[] = {"set", "scheduled", "planned", "slated", "fixed",
                                      "booked", "timetabled", "earmarked", "reserved", NULL};
    static const char *const before[] = {"had", "originally", "previously", "initially",
                                         NULL}; /* ("originally planned for March") */
    for (size_t k = t0; k > lo + 1 && k + 6 > t0 && !st->last_retold; k--) {
      if (tok_type(st, k - 1) == TOK_PUNCT && !(tok_flags(st, k - 1) & TF_ABBR))
        break;
      if (!tok_is(st, k - 1, "for"))
        continue;
      /* (the time right after "for", past its modifiers or a clock: "set
       * for 10am on 31 March"; not "slated for deportation in late
       * January") */
      static const char *const lead[] = {"the", "early", "mid", "late", "-", "end", "beginning",
                                         "middle", "start", "of", "on", "at", "about", "around",
                                         "a.m", "p.m", "am", "pm", ".", NULL};
      int direct = 1;
      for (size_t q = k; q < t0 && direct; q++)
        direct = tok_in(st, q, lead) || tok_type(st, q) == TOK_NUM || tok_type(st, q) == TOK_ALNUM;
      if (!direct)
        break;
      /* (the plan's verb right before "for", or a short object between:
       * "has booked a hotel near the gate for the end of September") */
      for (size_t j = k - 1; j > lo && j + 9 > k - 1; j--) {
        if (tok_type(st, j - 1) == TOK_PUNCT && !(tok_flags(st, j - 1) & TF_ABBR))
          break;
        if (tok_in(st, j - 1, set)) {
          if ((j > lo + 1 && tok_in(st, j - 2, before)) ||
              (j > lo + 2 && tok_in(st, j - 3, before)))
            break;
          /* (with an object between, a finite verb: "has booked a hotel
           * ... for", not a participle's "a service planned at the
           * university for Saturday was canceled") */
          static const char *const finite[] = {"has", "have", "'ve", "already", "is", "are",
                                               "will", "'ll", "he", "she", "they", "we", "i",
                                               "who", NULL};
          if (j < k - 1 && !(j > lo + 1 && tok_in(st, j - 2, finite)))
            break;
          *strong = 1;
          return TENSE_FUTURE;
        }
        if (tense_of_word(st, j - 1) != TENSE_UNKNOWN)
          break;
      }
      break;
    }
  }
  /* "a strike starting at 2 a.m. on Monday", "due at 7am on Friday": a
   * start or deadline whose clock comes first */
  if (t0 > lo + 3 && tok_is(st, t0 - 1, "on")) {
    for (size_t k = t0 - 1; k > lo && k + 7 > t0; k--) {
      if (clause_break(st, k - 1))
        break;
      if (tok_is(st, k - 1, "at") && k > lo + 1 && tok_in(st, k - 2, ahead) &&
          !(k > lo + 2 && tok_in(st, k - 3, plan_past))) {
        *strong = 1;
        return TENSE_FUTURE;
      }
    }
  }
  /* "since the spring", "since early March": what began back then */
  {
    static const char *const mods[] = {"the", "early", "late", "mid", "-", "last", NULL};
    size_t k = t0;
    while (k > lo && tok_in(st, k - 1, mods))
      k--;
    if (k > lo && tok_is(st, k - 1, "since")) {
      *strong = 1;
      return TENSE_PAST;
    }
  }
  /* "Forecasters said Sunday could be as hot": a time that is the subject
   * of its clause takes the verb right after it ("Monday and Tuesday are
   * expected to be the hottest": past the second time of a pair) */
  if (t1 + 2 < hi && (tok_is(st, t1, "and") || tok_is(st, t1, "or")) && st->lex[t1 + 1] &&
      (st->lex[t1 + 1]->classes & LC_WEEKDAY) && (t0 == lo || tok_in(st, t0 - 1, weak_cues)))
    t1 += 2;
  /* "Monday is expected to be the hottest day": the subject's verb looks
   * ahead */
  if (t1 + 2 < hi && (tok_is(st, t1, "is") || tok_is(st, t1, "are")) &&
      (tok_is(st, t1 + 1, "expected") || tok_is(st, t1 + 1, "forecast") ||
       tok_is(st, t1 + 1, "likely") || tok_is(st, t1 + 1, "set") || tok_is(st, t1 + 1, "due")) &&
      tok_is(st, t1 + 2, "to") && (t0 == lo || tok_in(st, t0 - 1, weak_cues) ||
                                   tok_is(st, t0 - 1, "that"))) {
    *strong = 1;
    return TENSE_FUTURE;
  }
  if (t1 < hi && (tok_is(st, t1, "will") || tok_is(st, t1, "would") || tok_is(st, t1, "could") ||
                  tok_is(st, t1, "might") || tok_is(st, t1, "should") || tok_is(st, t1, "is") ||
                  tok_is(st, t1, "was") || tok_is(st, t1, "has") || tok_is(st, t1, "had")) &&
      (t0 == lo || tok_in(st, t0 - 1, weak_cues) || tok_is(st, t0 - 1, "that"))) {
    int tn = tense_of_word(st, t1);
    if (tn) {
      *strong = tn != TENSE_PRESENT && !weak_cue(st, t1);
      return tn;
    }
  }
  /* "ahead of the weekend", "in the run-up to Christmas" */
  if (t0 > lo + 1 && ((tok_is(st, t0 - 1, "of") && tok_is(st, t0 - 2, "ahead")) ||
                      (tok_is(st, t0 - 1, "to") && tok_is(st, t0 - 2, "run-up")))) {
    *strong = 1;
    return TENSE_FUTURE;
  }
  /* ... and the time of what lies ahead ("ahead of elections in October",
   * "ahead of a recital on Friday evening"): a short noun phrase, then
   * its preposition */
  if (t0 > lo + 3 && !st->doc->narrative &&
      (tok_is(st, t0 - 1, "in") || tok_is(st, t0 - 1, "on") || tok_is(st, t0 - 1, "at"))) {
    for (size_t k = t0 - 2; k > lo && k + 6 > t0; k--) {
      if (tok_is(st, k, "of") && tok_is(st, k - 1, "ahead")) {
        *strong = 1;
        return TENSE_FUTURE;
      }
      if ((tok_type(st, k) == TOK_PUNCT && !tok_is(st, k, "'s")) || tok_tense(st, k))
        break;
    }
  }
  for (size_t d = 1; d <= 20 && t0 >= lo + d; d++) {
    size_t i = t0 - d;
    if (clause_break(st, i))
      break;
    /* "markets, which were shut on Saturday, reopen on Monday": a relative
     * clause between commas is not the clause of the time; past it */
    if (tok_is(st, i, ",") && i > lo + 2) {
      size_t j = i - 1;
      while (j > lo + 1 && j + 16 > i && !tok_is(st, j, ",") && !tok_is(st, j, "which") &&
             !tok_is(st, j, "who"))
        j--;
      if ((tok_is(st, j, "which") || tok_is(st, j, "who")) && tok_is(st, j - 1, ",") &&
          j + 1 < i) {
        d = t0 - (j - 1); /* (the loop goes on before the opening comma) */
        continue;
      }
    }
    /* "rumours spread that officers would back a coup, and on Monday the
     * leader called ...": ", and" opens a clause of its own, whose verb
     * follows */
    if ((tok_is(st, i, "and") || tok_is(st, i, "but")) && i > lo && tok_is(st, i - 1, ",") &&
        i + 3 >= t0 && t1 < hi && tok_type(st, t1) != TOK_PUNCT)
      break;
    /* "decided to admit them in March": an infinitive looks ahead */
    if (tok_is(st, i, "to") && i + 1 < t0 && st->doc->seg->toks[i + 1].kind == TOK_WORD &&
        !(st->doc->seg->toks[i + 1].flags & TF_CAP) && !infinitive_blocker(st, i + 1)) {
      /* "had to file by Feb. 28", "used to meet on Fridays": the past */
      if (i > lo && (tok_is(st, i - 1, "had") || tok_is(st, i - 1, "used"))) {
        *strong = 1;
        return TENSE_PAST;
      }
      /* "scheduled to resume", "is to report": the word before decides;
       * "will have to file", "must / need to" oblige what is to come */
      if (i > lo && (tense_of_word(st, i - 1) == TENSE_FUTURE || tok_is(st, i - 1, "have") ||
                     tok_is(st, i - 1, "has") || tok_is(st, i - 1, "need") ||
                     tok_is(st, i - 1, "needs")))
        *strong = 1;
      /* "will decide whether to resume service on Thursday": a choice
       * still to be made */
      if (!*strong && tok_is(st, i - 1, "whether"))
        for (size_t k = i - 1; k > lo && k + 8 > i && !*strong; k--) {
          if (clause_break(st, k - 1) || tok_is(st, k - 1, ","))
            break;
          *strong = will_word(st, k - 1) || tok_is(st, k - 1, "would");
        }
      return TENSE_FUTURE;
    }
    /* "demanded that the government move them before Christmas": what a
     * demand asks for, with no tense of its own, lies ahead */
    if (tok_is(st, i, "that") && i > lo && tok_in(st, i - 1, mandative)) {
      *strong = 1;
      return TENSE_FUTURE;
    }
    int tn = tense_of_word(st, i);
    /* a headline's bare participle ("All ferry sailings cancelled until
     * Monday"): a passive present, no past */
    if (tn == TENSE_PAST && i > lo && headline_participle(st, i))
      tn = TENSE_PRESENT;
    /* "could be halted if Meridia agreed by June 30": the past of a
     * condition under a modal looks ahead */
    if (tn == TENSE_PAST && i > lo + 1) {
      int cond = 0;
      for (size_t k = i; k > lo && k + 4 > i && !cond; k--) {
        if (tok_type(st, k - 1) == TOK_PUNCT)
          break;
        cond = tok_is(st, k - 1, "if") || tok_is(st, k - 1, "unless");
      }
      int modal = 0;
      for (size_t k = lo; cond && k + 1 < i && !modal; k++)
        modal = tok_is(st, k, "would") || tok_is(st, k, "could") || tok_is(st, k, "might");
      if (cond && modal)
        return TENSE_FUTURE; /* (weak: *strong is still 0) */
    }
    /* "will have his appeal heard in June": a participle under "will" */
    if (tn == TENSE_PAST) {
      for (size_t k = i; k > lo && k + 8 > i; k--) {
        if (will_word(st, k - 1)) {
          tn = TENSE_FUTURE;
          break;
        }
        if (clause_break(st, k - 1) || tok_is(st, k - 1, ","))
          break;
      }
    }
    if (tn) {
      *strong = tn != TENSE_PRESENT && !weak_cue(st, i);
      /* "announced on March 9", "said it on Friday": the time of the
       * report itself, not of what it reports */
      if (!*strong && tn == TENSE_PAST && !tok_is(st, i, "could")) {
        int own = i + 4 >= t0, on = 0;
        for (size_t k = i + 1; own && k < t0; k++) {
          own = tok_is(st, k, "on") || tok_is(st, k, "it") || tok_is(st, k, "them");
          on |= tok_is(st, k, "on");
        }
        /* (but "declared Monday a national day of mourning" names it) */
        static const char *const after[] = {"that", "and", "but", "as", "when", "in", "at",
                                            NULL};
        *strong = own && (on || t1 >= hi || tok_type(st, t1) == TOK_PUNCT || tok_in(st, t1, after));
      }
      return tn;
    }
    /* "sowing, which begins in late October": the relative clause's own
     * verb (seen above, not a cue) decides, not the main clause's */
    if (tok_is(st, i, "which") || tok_is(st, i, "who"))
      break;
    /* (so does "that" before a verb in the present: "agreed to a pause
     * that expires on Wednesday night") */
    if (tok_is(st, i, "that") && i + 2 < t0) {
      char w[24];
      size_t n = token_lower(st->doc->text, &st->doc->seg->toks[i + 1], w, sizeof w);
      const token *v = &st->doc->seg->toks[i + 1];
      if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && v->kind == TOK_WORD &&
          !(v->flags & TF_CAP) && !(st->lex[i + 1] && st->lex[i + 1]->classes))
        break;
    }
    /* "would continue for three more days after a cloudburst there on
     * Thursday afternoon swept away a camp": a clause the conjunction
     * opens, whose past verb follows the time, is its own */
    static const char *const subord[] = {"after", "before", "when", "because", "since",
                                         "while", "once", "as", "until", NULL};
    if (i + 1 < t0 && tok_in(st, i, subord))
      for (size_t k = t1; k < hi && k < t1 + 3 && tok_type(st, k) == TOK_WORD; k++)
        if (tense_of_word(st, k) == TENSE_PAST) {
          *strong = 1;
          return TENSE_PAST;
        }
  }
  /* "In January, a week after the vote, a bomb exploded": a time phrase
   * that opens the sentence before a comma modifies the main clause, whose
   * verb may come late */
  int fronted = t1 < hi && tok_is(st, t1, ",");
  /* "Tuesday: The delegations met ...": a timeline's heading */
  int heading = t1 < hi && tok_is(st, t1, ":");
  fronted |= heading;
  for (size_t k = lo; fronted && k < t0; k++)
    fronted = tok_type(st, k) == TOK_PUNCT || tok_in(st, k, fronting);
  for (size_t i = t1 + (heading && fronted); i < hi && (fronted || i < t1 + 14); i++) {
    if (fronted && i >= t1 + 14 && tense_of_word(st, i) != TENSE_PAST)
      continue; /* that far, only a past verb (modals sit in subordinate clauses) */
    if (clause_break(st, i))
      break;
    /* "faces a vote on Wednesday after three parties tabled a motion": a
     * clause the conjunction opens after the time is another's */
    if (!fronted && tok_in(st, i, fwd_subord)) {
      int verb = 0;
      for (size_t k = i + 1; k < hi && k < i + 5 && !verb && tok_type(st, k) != TOK_PUNCT; k++)
        verb = tense_of_word(st, k) != TENSE_UNKNOWN;
      if (verb)
        break;
    }
    /* "On Thursday, the minister, who will step down, signed ...": a
     * relative clause between commas is not the main clause */
    if (fronted && i > t1 && tok_is(st, i - 1, ",") && (tok_is(st, i, "who") || tok_is(st, i, "which"))) {
      size_t k = i + 1;
      while (k < hi && k < i + 16 && !tok_is(st, k, ",") && !clause_break(st, k))
        k++;
      if (k < hi && tok_is(st, k, ",")) {
        i = k;
        continue;
      }
    }
    int tn = tense_of_word(st, i);
    if (tn) {
      /* after the timex the verb may belong to another clause: strong
       * only when close ("In January, the firm hired ...") */
      *strong = (i < t1 + 6 || (fronted && tn == TENSE_PAST)) && tn != TENSE_PRESENT &&
                !weak_cue(st, i);
      /* "On Tuesday night, for the sixth time in my career, I will sit
       * through ...": the main clause's "will" past an aside, as sure as a
       * past verb there (not a relative clause's: "On Monday, the minister,
       * who will step down, said ...") */
      if (fronted && tn == TENSE_FUTURE && !*strong &&
          will_word(st, i)) {
        static const char *const rel[] = {"who", "which", "that", "whose", "whom", "when",
                                          "if", "because", "as", "after", "before", "until",
                                          NULL};
        int sub = 0;
        for (size_t k = t1; k < i && !sub; k++)
          sub = tok_in(st, k, rel);
        *strong = !sub;
      }
      return tn;
    }
  }
  return TENSE_UNKNOWN;
}

int clause_tense(const tstate *st, size_t t0, size_t t1) {
  int strong;
  return clause_tense_ex(st, t0, t1, &strong);
}

/* Sentences after the last mention of a quarter during which the text is
 * taken to still be about that quarter. */
#define QUARTER_SPAN 6

/* How many sentences a dated entry's day governs after its heading. */
#define ENTRY_SPAN 6

int anchor_point(const tstate *st, int64_t *tp) {
  if (st->doc->narrative) {
    if (st->has_ref) {
      *tp = st->ref;
      return 1;
    }
    return 0;
  }
  if (st->retold_quote) {
    *tp = st->last;
    return 1;
  }
  if (st->doc->has_dct) {
    *tp = st->doc->dct;
    /* a diary's or a log's entry, a day of its own line in the year before
     * the publication's ("Fri 13 June\n(Nothing written yesterday.)"):
     * what the entry says counts from its day */
    if (mention_near(st, &st->heading_day, ENTRY_SPAN) &&
        st->heading_day.at < tp_days(st->doc->dct) &&
        st->heading_day.at + 366 >= tp_days(st->doc->dct))
      *tp = tp_from_days(st->heading_day.at); /* (not a column's "12 November 1965") */
    return 1;
  }
  return 0;
}

int anaphor_point(const tstate *st, int64_t *tp, tempora_precision *prec) {
  /* a story's look back a few sentences behind: the story's own time
   * again ("... since December 1988 he had lived there.  [three
   * sentences]  The next morning he held a press conference") */
  if (st->has_last && st->last_lookback && st->has_ref && st->last_sent + 2 < st->sent) {
    *tp = st->ref;
    *prec = st->ref_prec;
    return 1;
  }
  if (st->has_last) {
    *tp = st->last;
    *prec = st->last_prec;
    return 1;
  }
  if (anchor_point(st, tp)) {
    *prec = st->doc->narrative ? st->ref_prec : TEMPORA_PREC_DAY;
    return 1;
  }
  return 0;
}

int quarter_context(const tstate *st) {
  /* The quarter under discussion: earnings text keeps talking about the
   * quarter it reports for a few sentences ("Revenue declined 8% from a
   * year earlier" means the quarter's revenue), and as long as its
   * sentences keep saying "quarter" ("the quarter-to-quarter
   * comparison"). */
  if (!st->has_qref)
    return 0;
  if (st->qref_sent + QUARTER_SPAN >= st->sent)
    return 1;
  const segmentation *seg = st->doc->seg;
  size_t from = seg->sents[st->sent > 0 ? st->sent - 1 : 0].tok0;
  for (size_t k = from; k < st->s_tok1; k++)
    if (st->lex[k] && st->lex[k]->unit == UNIT_QUARTER)
      return 1;
  return 0;
}

/* Which classes could start at token i: a cheap filter before matching. */
static unsigned token_classes(const tstate *st, size_t i) {
  const token *t = &st->doc->seg->toks[i];
  const lex_entry *e = st->lex[i];
  unsigned m = 0;
  if (t->kind == TOK_NUM)
    m |= 1u << CL_NUM | 1u << CL_INT | 1u << CL_YEAR | 1u << CL_DAY | 1u << CL_CLOCK |
         1u << CL_FRAC;
  else if (t->kind == TOK_ALNUM)
    m |= 1u << CL_DAY | 1u << CL_ORD | 1u << CL_DECADE | 1u << CL_AMPM | 1u << CL_QTR |
         1u << CL_CLOCK | 1u << CL_YEAR; /* "FY2025" */
  else if (t->kind == TOK_PUNCT)
    m |= 1u << CL_YEAR; /* '98 */
  else if (t->flags & TF_DOTTED || t->end - t->start == 2)
    m |= 1u << CL_AMPM; /* "a.m", "pm" */
  if (!e && t->kind == TOK_WORD && (t->flags & TF_CAP))
    m |= 1u << CL_PLACE;
  if (t->kind == TOK_WORD && i + 1 < st->s_tok1 && st->lex[i + 1] &&
      (st->lex[i + 1]->classes & LC_MULT || st->lex[i + 1]->num == 12) &&
      (tok_is(st, i, "a") || tok_is(st, i, "an")))
    m |= 1u << CL_NUM; /* "a hundred", "a dozen" */
  if (e) {
    if (e->classes & LC_MONTH)
      m |= 1u << CL_MONTH;
    if (e->classes & LC_WEEKDAY)
      m |= 1u << CL_WEEKDAY;
    if (e->classes & LC_UNIT)
      m |= 1u << CL_UNIT;
    if (e->classes & LC_NUMWORD)
      m |= 1u << CL_NUM | 1u << CL_YEAR;
    if (e->classes & (LC_ORDWORD | LC_TENS))
      m |= 1u << CL_ORD;
    if (e->classes & LC_SEASON)
      m |= 1u << CL_SEASON;
    if (e->classes & LC_POD)
      m |= 1u << CL_POD;
    if (e->classes & LC_ZONE)
      m |= 1u << CL_ZONE;
    if (e->classes & LC_DECWORD)
      m |= 1u << CL_DECWORD;
  }
  return m;
}

/* ---- the pass ------------------------------------------------------------------- */

typedef struct {
  timex_out *v;
  size_t n, cap;
} outvec;

static int push_out(outvec *o, const timex_out *t) {
  if (o->n == o->cap) {
    size_t cap = o->cap ? o->cap * 2 : 32;
    timex_out *p = realloc(o->v, cap * sizeof *p);
    if (!p)
      return -1;
    o->v = p;
    o->cap = cap;
  }
  o->v[o->n++] = *t;
  return 0;
}

static void init_capture(capture *c, size_t t0) {
  memset(c, 0, sizeof *c);
  for (int s = 0; s < NSLOTS; s++)
    c->slot[s] = -1;
  c->t0 = t0;
}

/* Candidate list for token i from an index.  `seen` has one entry per
 * entry of the index (rules or modifiers), holding the last `stamp` that
 * listed it, so that each candidate is listed once without a search. */
static int candidates(const tstate *st, const ruleset_index *ix, size_t i, int *cand, int maxc,
                      unsigned *seen, unsigned stamp) {
  int nc = 0;
  const lex_entry *le = st->lex[i];
  if (le && le->id <= max_word_id)
    for (int k = 0; k < ix->by_word[le->id].n && nc < maxc; k++) {
      int r = ix->by_word[le->id].v[k];
      if (seen[r] != stamp) {
        seen[r] = stamp;
        cand[nc++] = r;
      }
    }
  unsigned possible = st->tcls[i];
  for (int cl = 1; possible && cl < CL_COUNT; cl++)
    for (int k = 0; (possible & (1u << cl)) && k < ix->by_class[cl].n; k++) {
      int r = ix->by_class[cl].v[k];
      if (seen[r] != stamp && nc < maxc) {
        seen[r] = stamp;
        cand[nc++] = r;
      }
    }
  return nc;
}

/* Candidate lists by context.  Which rules (or modifiers) are worth trying
 * at a token depends only on that token and the next one (their lexicon
 * words and classes, through the index and the filters of crule), so each
 * combination is worked out once: "the" alone indexes dozens of rules, and
 * is mostly followed by words that start none of them.  The cache belongs
 * to the thread, not the document: news stories are short (a few KB), and
 * a cache per document spent most of its time refilling itself. */
typedef struct cc_key {
  int which;             /* 0 rules, 1 modifiers */
  int id0, id1;          /* lexicon ids of the token and the next (0 none, -1 no next) */
  unsigned cls0, cls1;   /* their classes */
} cc_key;

typedef struct cc_slot {
  cc_key key;
  int used, off, n;      /* the list is pool[off, off + n) */
} cc_slot;

struct cand_cache {
  cc_slot *slot;
  size_t cap, nused;     /* cap: a power of two, at most half full */
  int *pool;
  size_t npool, cappool;
};

/* Multiplicative mixing of the key's fields (the odd constants are the
 * golden ratio and the MurmurHash3 finalizer's, for well-spread bits). */
static size_t cc_hash(const cc_key *k) {
  uint64_t h = (uint64_t)(unsigned)k->which * 0x9E3779B97F4A7C15u;
  h = (h ^ (uint64_t)(unsigned)k->id0) * 0xFF51AFD7ED558CCDu;
  h = (h ^ (uint64_t)(unsigned)k->id1) * 0xC4CEB9FE1A85EC53u;
  h = (h ^ k->cls0) * 0x9E3779B97F4A7C15u;
  h = (h ^ k->cls1) * 0xFF51AFD7ED558CCDu;
  return (size_t)(h ^ (h >> 29));
}

static int cc_same(const cc_key *a, const cc_key *b) {
  return a->which == b->which && a->id0 == b->id0 && a->id1 == b->id1 && a->cls0 == b->cls0 &&
         a->cls1 == b->cls1;
}

static void cc_free(void *p) {
  struct cand_cache *cc = p;
  if (cc) {
    free(cc->slot);
    free(cc->pool);
    free(cc);
  }
}

/* Past this many lists the cache starts over, so a long-lived thread fed
 * odd text keeps it small (why 1 << 16: a few MB at most; the 20 MB
 * benchmark corpus fills under a tenth of it). */
#define CC_MAX_LISTS (1u << 16)

static pthread_key_t cc_tls;
static pthread_once_t cc_tls_once = PTHREAD_ONCE_INIT;
static int cc_tls_failed;

static void cc_tls_make(void) { cc_tls_failed = pthread_key_create(&cc_tls, cc_free) != 0; }

/* The calling thread's cache (freed when the thread ends), or NULL when
 * there is none to be had: the tagger then works without one, slower. */
static struct cand_cache *thread_cache(void) {
  pthread_once(&cc_tls_once, cc_tls_make);
  if (cc_tls_failed)
    return NULL;
  struct cand_cache *cc = pthread_getspecific(cc_tls);
  if (cc && cc->nused >= CC_MAX_LISTS) {
    free(cc->slot);
    free(cc->pool);
    memset(cc, 0, sizeof *cc);
  }
  if (!cc) {
    cc = calloc(1, sizeof *cc);
    if (cc && pthread_setspecific(cc_tls, cc)) {
      free(cc);
      cc = NULL;
    }
  }
  return cc;
}

/* Stores list[0, n) under key; on failure (out of memory) the list is just
 * not cached. */
static void cc_put(struct cand_cache *cc, const cc_key *key, const int *list, int n) {
  if ((cc->nused + 1) * 2 > cc->cap) {
    size_t cap = cc->cap ? cc->cap * 2 : 128;
    cc_slot *ns = calloc(cap, sizeof *ns);
    if (!ns)
      return;
    for (size_t k = 0; k < cc->cap; k++)
      if (cc->slot[k].used) {
        size_t h = cc_hash(&cc->slot[k].key) & (cap - 1);
        while (ns[h].used)
          h = (h + 1) & (cap - 1);
        ns[h] = cc->slot[k];
      }
    free(cc->slot);
    cc->slot = ns;
    cc->cap = cap;
  }
  if (cc->npool + (size_t)n > cc->cappool) {
    size_t cap = cc->cappool ? cc->cappool * 2 : 1024;
    while (cap < cc->npool + (size_t)n)
      cap *= 2;
    int *np = realloc(cc->pool, cap * sizeof *np);
    if (!np)
      return;
    cc->pool = np;
    cc->cappool = cap;
  }
  size_t h = cc_hash(key) & (cc->cap - 1);
  while (cc->slot[h].used)
    h = (h + 1) & (cc->cap - 1);
  cc->slot[h].key = *key;
  cc->slot[h].used = 1;
  cc->slot[h].off = (int)cc->npool;
  cc->slot[h].n = n;
  if (n)
    memcpy(cc->pool + cc->npool, list, (size_t)n * sizeof *list);
  cc->npool += (size_t)n;
  cc->nused++;
}

/* The rules (which 0) or modifiers (1) worth trying at token i, in index
 * order: sets *list to them (in the cache, or in cand) and returns how
 * many.  The list stays valid until the next call. */
static int cand_list(tstate *st, int which, size_t i, int *cand, const int **list) {
  if (!st->lex[i] && !st->tcls[i]) { /* most words: indexed under nothing */
    *list = NULL;
    return 0;
  }
  struct cand_cache *cc = st->cc;
  cc_key key;
  memset(&key, 0, sizeof key); /* (cls1 stays 0 when no token follows) */
  key.which = which;
  key.id0 = st->lex[i] ? st->lex[i]->id : 0;
  key.cls0 = st->tcls[i];
  if (i + 1 < st->s_tok1) {
    key.id1 = has_id(any_next_ids, st->lex[i + 1]) ? st->lex[i + 1]->id : 0;
    key.cls1 = st->tcls[i + 1] & any_next_cls;
  } else
    key.id1 = -1;
  if (cc && cc->cap) {
    size_t h = cc_hash(&key) & (cc->cap - 1);
    for (; cc->slot[h].used; h = (h + 1) & (cc->cap - 1))
      if (cc_same(&cc->slot[h].key, &key)) {
        /* empty lists take no room: the pool may not exist yet */
        *list = cc->slot[h].n ? cc->pool + cc->slot[h].off : NULL;
        return cc->slot[h].n;
      }
  }
  int n = which ? candidates(st, &mod_index, i, cand, (int)timex_nmods, st->seen_mods, ++st->stamp)
                : candidates(st, &rule_index, i, cand, (int)timex_nrules, st->seen_rules,
                             ++st->stamp);
  int m = 0;
  for (int k = 0; k < n; k++)
    if (next_ok(st, which ? &cmods[cand[k]] : &crules[cand[k]], i))
      cand[m++] = cand[k];
  if (cc)
    cc_put(cc, &key, cand, m);
  *list = cand;
  return m;
}

/* The best rule match starting at token i: 0 and *o, or -1. */
static int best_rule(tstate *st, size_t i, int *cand, timex_out *best) {
  const int *cl;
  int nc = cand_list(st, 0, i, cand, &cl);
  if (!nc)
    return -1;
  size_t best_end = 0;
  int best_rule = -1;
  capture c0; /* the empty capture every candidate starts from */
  init_capture(&c0, i);
  st->fresh = &c0;
  if (++st->mm_gen == 0) { /* wrapped: no memo may look current */
    for (size_t m = 0; st->mm && m < timex_nmacros; m++)
      st->mm[m].gen = 0;
    st->mm_gen = 1;
  }
  for (int k = 0; k < nc; k++) {
    const crule *r = &crules[cl[k]];
    capture c;
    size_t end = match_at(st, r, 0, i, st->gap_lim, &c0, &c, 0);
    if (!end || end <= i)
      continue;
    if (end < best_end || (end == best_end && r->index > best_rule))
      continue;
    c.t0 = i;
    c.t1 = end;
    timex_out o;
    memset(&o, 0, sizeof o);
    o.type = timex_rules[r->index].type;
    if (timex_rules[r->index].fn(st, &c, timex_rules[r->index].arg, &o))
      continue;
    o.t0 = i;
    o.t1 = end;
    best_end = end;
    best_rule = r->index;
    *best = o;
  }
  st->fresh = NULL;
  return best_rule < 0 ? -1 : 0;
}

/* Is the timex a calendar point (for START/MID/END, APPROX on dates)? */
static int is_point(const timex_out *o) {
  return (o->type == TEMPORA_TIMEX_DATE || o->type == TEMPORA_TIMEX_TIME) &&
         !(o->flags & TXF_QUANT);
}

/* The mod a modifier gives this timex, or NULL when it does not apply. */
static const char *mod_for(const timex_mod *m, const timex_out *o) {
  if (o->flags & TXF_NOMOD)
    return NULL;
  if ((o->flags & TXF_SPAN) && !m->on_span)
    return NULL;
  if (o->type == TEMPORA_TIMEX_SET)
    return NULL;
  if (is_point(o))
    return (m->kinds & MODK_POINT) ? m->point_mod : NULL;
  if (!(m->kinds & MODK_QUANT))
    return NULL;
  if (o->type == TEMPORA_TIMEX_DURATION)
    return m->quant_mod;
  /* "more than two years ago": a quantity that places a date */
  if (m->point_mod && (m->kinds & MODK_POINT))
    return m->point_mod;
  int ago = (o->flags & TXF_ANAPHOR) == 0; /* see n_ago: "ago" vs "later" */
  static const struct { const char *q, *ago, *later; } map[] = {
      {"MORE_THAN", "BEFORE", "AFTER"}, {"EQUAL_OR_MORE", "ON_OR_BEFORE", "ON_OR_AFTER"},
      {"LESS_THAN", "AFTER", "BEFORE"}, {"EQUAL_OR_LESS", "ON_OR_AFTER", "ON_OR_BEFORE"},
      {"APPROX", "APPROX", "APPROX"}};
  for (size_t k = 0; k < sizeof map / sizeof map[0]; k++)
    if (m->quant_mod && !strcmp(m->quant_mod, map[k].q))
      return ago ? map[k].ago : map[k].later;
  return NULL;
}

static void set_mod(timex_out *o, const char *mod) {
  if (mod && *mod && !o->mod[0])
    snprintf(o->mod, sizeof o->mod, "%s", mod);
}

static int best_match(tstate *st, size_t i, int *cand, int *mcand, timex_out *o);

/* "the Saturday before Christmas": o ("the Saturday") becomes the nearest
 * such weekday before (after) the single day the next timex names, and
 * takes its extent; left alone when no such day follows. */
static void weekday_by_day(tstate *st, timex_out *o, int *cand, int *mcand) {
  int after = tok_is(st, o->t1, "after");
  timex_out d;
  int y, m, dd;
  int wd = st->lex[o->t0 + 1]->weekday;
  if (best_match(st, o->t1 + 1, cand, mcand, &d) || d.type != TEMPORA_TIMEX_DATE ||
      strlen(d.value) != 10 || sscanf(d.value, "%4d-%2d-%2d", &y, &m, &dd) != 3 ||
      !date_valid(y, m, dd) || d.mod[0] || wd < 1 || wd > 7)
    return;
  int64_t day = date_days(y, m, dd);
  day = after ? day + 1 + days_to_weekday(st, day + 1, wd) : weekday_before(st, day, wd);
  int64_t ny;
  int nm, nd;
  date_civil(day, &ny, &nm, &nd);
  if (ny < 1 || ny > 9999)
    return;
  snprintf(o->value, sizeof o->value, "%04d-%02d-%02d", (int)ny, nm, nd);
  o->iv.valid = 0;
  o->t1 = d.t1;
}

/* Does a noun come right before token i: a name inside the sentence
 * ("Callisto"), or a word after a determiner ("a statement")? */
static int after_noun(const tstate *st, size_t i) {
  static const char *const det[] = {"a", "an", "the", "its", "his", "her", "their", "this",
                                    "that", NULL};
  if (i < st->s_tok0 + 2 || tok_type(st, i - 1) != TOK_WORD)
    return 0;
  return ((tok_flags(st, i - 1) & TF_CAP) && !tok_sentence_initial(st, i - 1)) ||
         tok_in(st, i - 2, det);
}

/* The best match at token i, modifiers included: 0 and *o, or -1. */
static int best_match(tstate *st, size_t i, int *cand, int *mcand, timex_out *o) {
  int have = best_rule(st, i, cand, o) == 0;
  /* modifiers before a timex */
  const int *ml;
  int nm = cand_list(st, 1, i, mcand, &ml);
  /* "about" as the preposition: "thinking about next year", "talk
   * about 1979" (not "in about two weeks", "remember about ten seconds");
   * every modifier here starts at "about" */
  if (nm && tok_is(st, i, "about")) {
    static const char *const topic[] = {
        "think", "thinks", "thinking", "thought", "talk", "talks", "talking", "talked",
        "worried", "worry", "heard", "hear", "learned", "wrote", "write", "writes", "care",
        "cares", "cared", "forget", "forgot", "speak", "spoke", "spoken", "dream", "dreamed",
        "joked", "complained", "stories", "story", "questions", "news", NULL};
    static const char *const rel[] = {"next", "last", "that", NULL}; /* (not "about this time") */
    if ((i > st->s_tok0 && tok_in(st, i - 1, topic)) || tok_in(st, i + 1, rel))
      nm = 0;
  }
  if (!have && !nm)
    return -1;
  if (ml != mcand && nm) /* best_rule below may move the cache's lists */
    memcpy(mcand, ml, (size_t)nm * sizeof *mcand);
  capture c0;
  init_capture(&c0, i);
  for (int k = 0; k < nm; k++) {
    const timex_mod *m = &timex_mods[mcand[k]];
    capture c;
    size_t j = match_at(st, &cmods[mcand[k]], 0, i, st->gap_lim, &c0, &c, 0);
    if (!j || j <= i || j >= st->gap_lim)
      continue;
    timex_out inner;
    if (best_rule(st, j, cand, &inner))
      continue;
    if (m->counted) {
      const lex_entry *e = st->lex[j];
      int count = st->doc->seg->toks[j].kind == TOK_NUM || tok_is(st, j, "a") ||
                  tok_is(st, j, "an") ||
                  (e && (e->classes & LC_NUMWORD) && !(e->classes & LC_VAGUE) && e->num > 0);
      if (!count)
        continue;
      /* "over" is "more than" after a preposition or a verb of length
       * ("for over a week", "took over an hour") or before "ago", "later";
       * elsewhere it is the preposition ("Over seven years, researchers
       * found", "rose over three years") and stays outside the extent */
      if (tok_is(st, i, "over")) {
        static const char *const before[] = {
            "for", "in", "within", "after", "than", "of", "took", "take", "takes", "taking",
            "lasted", "last", "lasts", "lasting", "spent", "spend", "spends", "waited", "wait",
            "served", "serve", "just", "ran", "run", "runs", "already", "now", NULL};
        static const char *const after[] = {"ago", "later", "earlier", "old", "long", NULL};
        if (!(i > st->s_tok0 && tok_in(st, i - 1, before)) && !tok_in(st, inner.t1, after) &&
            !tok_in(st, inner.t1 - 1, after))
          continue;
      }
    }
    const char *mod = mod_for(m, &inner);
    if (!mod)
      continue;
    /* "late on Friday" is one date; "late on Sunday night" leaves the
     * time of day alone; "Early on Tuesday, troops ..." fronted, but
     * "shutting early on Friday" is early shutting */
    size_t pl = strlen(m->pattern);
    /* (after a noun it is the day's: "said in a statement early on
     * Tuesday", "swept past Callisto early on Wednesday") */
    if (pl > 3 && !strcmp(m->pattern + pl - 3, " on") &&
        (inner.type == TEMPORA_TIMEX_TIME ||
         (m->pattern[0] == 'e' && i > st->s_tok0 && !tok_is(st, i - 1, ",") &&
          !after_noun(st, i))))
      continue;
    if (have && inner.t1 <= o->t1)
      continue;
    set_mod(&inner, mod);
    if (m->in_extent)
      inner.t0 = i;
    *o = inner;
    have = 1;
  }
  if (!have)
    return -1;
  /* modifiers after it: "or so", "or more" */
  init_capture(&c0, o->t1);
  for (size_t k = 0; k < timex_nmods; k++) {
    const timex_mod *m = &timex_mods[k];
    if (!m->after || o->mod[0])
      continue;
    capture c;
    size_t j = match_at(st, &cmods[k], 0, o->t1, st->gap_lim, &c0, &c, 0);
    if (!j || j <= o->t1)
      continue;
    /* "in October 1984 and later served": "later" starts a clause ("24
     * hours or more in the facility", "a week or so we" are quantities) */
    if (j < st->s_tok1 && st->doc->seg->toks[j].kind == TOK_WORD &&
        !(st->doc->seg->toks[j].flags & TF_CAP) &&
        (tok_is(st, j - 1, "later") || tok_is(st, j - 1, "earlier") ||
         tok_is(st, j - 1, "beyond")))
      continue;
    const char *mod = mod_for(m, o);
    if (!mod)
      continue;
    set_mod(o, mod);
    if (m->in_extent)
      o->t1 = j;
    break;
  }
  return 0;
}

/* Narrows a point's interval for START / MID / END ("early", "mid-",
 * "late" take a third of the period) and flags approximate and open
 * ranges. */
static void apply_mod_interval(timex_out *o) {
  if (!o->iv.valid || !o->mod[0])
    return;
  int64_t s = o->iv.start, e = o->iv.end;
  int part = !strcmp(o->mod, "START") ? 0 : !strcmp(o->mod, "MID") ? 1
           : !strcmp(o->mod, "END") ? 2 : -1;
  if (part >= 0 && e > s) {
    /* a third of the period, on the boundaries of the next finer unit:
     * early/mid/late November = days 1-10 / 11-20 / 21-30, a year in
     * months (Jan-Apr ...), a decade in years, a day in hours */
    int64_t a = s + (e - s) * part / 3, b = part == 2 ? e : s + (e - s) * (part + 1) / 3;
    int64_t y;
    int m, d, hh, mm, ss;
    switch (o->prec) {
    case TEMPORA_PREC_DAY: case TEMPORA_PREC_PART_OF_DAY:
      a -= a % 3600;
      if (part < 2)
        b -= b % 3600;
      break;
    case TEMPORA_PREC_WEEK: case TEMPORA_PREC_MONTH:
      a = tp_from_days(tp_days(a));
      if (part < 2)
        b = tp_from_days(tp_days(b));
      break;
    case TEMPORA_PREC_QUARTER: case TEMPORA_PREC_SEASON: case TEMPORA_PREC_HALF:
    case TEMPORA_PREC_YEAR:
      /* to the nearest month start ("the start of spring" = March) */
      tp_split(a + 15 * DAY_SECS, &y, &m, &d, &hh, &mm, &ss);
      a = part ? tp_make(y, m, 1, 0, 0, 0) : s;
      if (part < 2) {
        tp_split(b + 15 * DAY_SECS, &y, &m, &d, &hh, &mm, &ss);
        b = tp_make(y, m, 1, 0, 0, 0);
      }
      break;
    default: /* decades and longer: whole years */
      tp_split(a, &y, &m, &d, &hh, &mm, &ss);
      a = tp_make(y, 1, 1, 0, 0, 0);
      if (part < 2) {
        tp_split(b, &y, &m, &d, &hh, &mm, &ss);
        b = tp_make(y, 1, 1, 0, 0, 0);
      }
      break;
    }
    if (b > a) {
      o->iv.start = a;
      o->iv.end = b;
    }
    o->iv.flags |= TEMPORA_IV_APPROX;
  } else if (!strcmp(o->mod, "BEFORE") || !strcmp(o->mod, "ON_OR_BEFORE")) {
    o->iv.flags |= TEMPORA_IV_OPEN_START;
  } else if (!strcmp(o->mod, "AFTER") || !strcmp(o->mod, "ON_OR_AFTER")) {
    o->iv.flags |= TEMPORA_IV_OPEN_END;
  } else if (!strcmp(o->mod, "EQUAL_OR_MORE") || !strcmp(o->mod, "MORE_THAN")) {
    /* an anchored span that may reach further back (or on) */
    if (o->anchor[0])
      o->iv.flags |= TEMPORA_IV_OPEN_START;
  } else
    o->iv.flags |= TEMPORA_IV_APPROX;
}

/* Range signals just before a timex: they shape its interval, not its
 * extent (TimeML leaves signals outside TIMEX3). */
static void apply_signal(tstate *st, size_t t0, timex_out *o) {
  if (t0 <= st->s_tok0)
    return;
  static const char *const sigs[] = {"since", "until", "till", "through", "by", "before",
                                     "after", "from", "between", "throughout", "during",
                                     NULL};
  for (int s = 0; sigs[s]; s++)
    if (tok_is(st, t0 - 1, sigs[s])) {
      snprintf(o->signal, sizeof o->signal, "%s", sigs[s]);
      break;
    }
  if (!o->iv.valid || !o->signal[0])
    return;
  int64_t dct = st->doc->dct;
  if (!strcmp(o->signal, "since")) {
    /* [start, DCT): the range is open at its end, which we clip at the DCT. */
    int64_t now;
    if (anchor_point(st, &now) && now > o->iv.start)
      o->iv.end = tp_from_days(tp_days(now));
    else if (st->doc->has_dct && dct > o->iv.start)
      o->iv.end = tp_from_days(tp_days(dct));
    if (o->iv.end <= o->iv.start)
      o->iv.end = o->iv.start + DAY_SECS;
    o->iv.flags |= TEMPORA_IV_OPEN_END;
  } else if (!strcmp(o->signal, "until") || !strcmp(o->signal, "till") ||
             !strcmp(o->signal, "by") || !strcmp(o->signal, "through")) {
    o->iv.flags |= TEMPORA_IV_OPEN_START;
  } else if (!strcmp(o->signal, "after")) {
    o->iv.flags |= TEMPORA_IV_OPEN_END;
  } else if (!strcmp(o->signal, "before")) {
    o->iv.flags |= TEMPORA_IV_OPEN_START;
  }
}

/* Quarter values: "1989-Q3", "1989-H2", "1989-QX". */
static int parse_quarter(const char *v, int64_t *y, int *q, int *half) {
  size_t nd = strspn(v, "0123456789");
  if (nd != 4 || v[4] != '-' || (v[5] != 'Q' && v[5] != 'H'))
    return 0;
  *y = strtoll(v, NULL, 10);
  *half = v[5] == 'H';
  *q = v[6] == 'X' ? 0 : v[6] - '0';
  return v[7] == '\0';
}

/* Is the accepted timex a fiscal period?  It says "fiscal", or it is a
 * quarter taken from a fiscal quarter under discussion ("the quarter", "a
 * year earlier") without naming one of its own. */
static int is_fiscal(const tstate *st, const timex_out *o) {
  int64_t y;
  int q, half, own = 0;
  for (size_t k = o->t0; k < o->t1; k++) {
    if (tok_is(st, k, "fiscal") || tok_is(st, k, "fy") || fy_word(st, k) ||
        (tok_is(st, k, "financial") && tok_is(st, k + 1, "year")))
      return 1; /* "FY2025", "the current financial year" */
    const lex_entry *e = st->lex[k];
    own |= tok_type(st, k) == TOK_NUM || tok_type(st, k) == TOK_ALNUM ||
           (e && (e->classes & LC_ORDWORD)); /* "third", "3rd", "Q3" */
  }
  if (!parse_quarter(o->value, &y, &q, &half) || own)
    return 0;
  return st->has_qref && st->qref_fiscal && q == st->qref_q && half == st->qref_half;
}

/* The quotation marks opened from a sentence's start up to byte pos,
 * counted on as pos moves forward (in_quotes, once a sentence). */
struct quote_state {
  size_t pos;
  int straight, curly;
};

static void quote_scan(const timex_doc *doc, struct quote_state *q, size_t at) {
  for (; q->pos < at && q->pos < doc->len; q->pos++) {
    size_t i = q->pos;
    if (doc->text[i] == '"')
      q->straight ^= 1;
    else if ((unsigned char)doc->text[i] == 0xE2 && i + 2 < doc->len &&
             (unsigned char)doc->text[i + 1] == 0x80) {
      if ((unsigned char)doc->text[i + 2] == 0x9C)
        q->curly++;
      else if ((unsigned char)doc->text[i + 2] == 0x9D && q->curly > 0)
        q->curly--;
    }
  }
}

/* Is byte offset at inside a quotation opened in its sentence (straight
 * quotes: an odd number before it; curly ones: more opened than closed)? */
int in_quotes(const timex_doc *doc, size_t sent, size_t at) {
  struct quote_state q = {doc->seg->toks[doc->seg->sents[sent].tok0].start, 0, 0};
  quote_scan(doc, &q, at);
  return q.straight || q.curly > 0;
}

/* Is byte offset at inside a quotation opened in its paragraph (a log's
 * or a letter's quoted entry of several sentences)? */
int in_para_quotes(const timex_doc *doc, size_t sent, size_t at) {
  size_t s0 = sent;
  while (s0 > 0 && sent - s0 < 40 &&
         !(doc->seg->toks[doc->seg->sents[s0].tok0].flags & TF_PARA))
    s0--;
  return in_quotes(doc, s0, at);
}

/* Does the timex's text write a year out ("1939", "the 1620s", "March
 * 1629"): three digits or more in a row? */
int writes_year(const timex_doc *doc, const timex_out *o) {
  int run = 0, digits = 0;
  for (size_t i = o->start; i < o->end && i < doc->len; i++) {
    run = isdigit((unsigned char)doc->text[i]) ? run + 1 : 0;
    digits |= run > 0;
    if (run >= 3)
      return 1;
  }
  /* ... or a year with its era: "AD 64", "the summer of 44 BC" */
  if (!digits)
    return 0;
  if (!strncmp(o->value, "BC", 2))
    return 1;
  for (size_t k = o->t0; k < o->t1 && k < doc->seg->ntok; k++) {
    char w[8];
    if (token_lower(doc->text, &doc->seg->toks[k], w, sizeof w) &&
        (!strcmp(w, "ad") || !strcmp(w, "a.d") || !strcmp(w, "ce")))
      return 1;
  }
  return 0;
}

/* Can the accepted quarter y-Qq become the quarter under discussion?  One
 * that has ended (earnings text reports it): "orders in the current
 * quarter" or "fourth-quarter results" due in February do not change what
 * "the quarter" means; unless the text reports it as over: "its fourth
 * quarter ended Sept. 30", "reported a decline in fourth-quarter
 * earnings" (a fiscal year ahead of the calendar). */
static int reported_quarter(const tstate *st, const timex_out *o, int64_t y, int q, int half) {
  int64_t dy;
  int dm, dd;
  if (!st->doc->has_dct || !q)
    return 1;
  date_civil(tp_days(st->doc->dct), &dy, &dm, &dd);
  if (quarter_ended(y, q, half, dy, dm) || (o->flags & TXF_FISCAL) ||
      tok_is(st, o->t1, "ended") || tok_is(st, o->t1, "ending"))
    return 1;
  for (size_t k = o->t0; k < o->t1; k++)
    if (tok_is(st, k, "current") || tok_is(st, k, "this"))
      return 0;
  return clause_tense(st, o->t0, o->t1) == TENSE_PAST;
}

/* The hour of a time value ("2026-04-08T21:00" 21), a part of the day by
 * its middle (TMO 8, TAF 14, TEV 19, TNI 22); -1 for a day. */
static int clock_hour(const char *v) {
  const char *t = strchr(v, 'T');
  if (!t)
    return -1;
  if (isdigit((unsigned char)t[1]))
    return atoi(t + 1);
  return !strcmp(t, "TMO") ? 8 : !strcmp(t, "TAF") ? 14 : !strcmp(t, "TEV") ? 19
         : !strcmp(t, "TNI") ? 22 : -1;
}

static int in_parens(const timex_doc *doc, size_t sent, size_t t);

/* The day of a timex's interval, or for midnight ending a day (T24:00,
 * "twelve that night"), whose interval starts the next day, the day its
 * value names. */
static int64_t named_day(const timex_out *o) {
  int y, m, d;
  if (strstr(o->value, "T24") && sscanf(o->value, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
      date_valid(y, m, d))
    return date_days(y, m, d);
  return tp_days(o->iv.start);
}

/* Is o the day a reporting period ends on ("the quarter ending June 30",
 * "the three months to Sept. 30", "the year through March 31")? */
static int period_end(const tstate *st, const timex_out *o) {
  static const char *const ending[] = {"ending", "ended", NULL};
  static const char *const to[] = {"to", "through", "thru", "until", NULL};
  static const char *const period[] = {"months", "month", "quarter", "year", "weeks", "period",
                                       "half", "days", NULL};
  if (o->t0 <= st->s_tok0)
    return 0;
  if (tok_in(st, o->t0 - 1, ending))
    return 1;
  if (!tok_in(st, o->t0 - 1, to))
    return 0;
  for (size_t k = o->t0 - 1; k > st->s_tok0 && k + 5 > o->t0; k--)
    if (tok_in(st, k - 1, period))
      return 1;
  return 0;
}

/* One more of the last days named (recent_day), with its clock's hour. */
static void note_recent(tstate *st, int64_t day, int hour) {
  st->recent_sent[st->n_recent % 8] = st->sent;
  st->recent_hour[st->n_recent % 8] = hour;
  st->recent_day[st->n_recent++ % 8] = day;
}

static int64_t tp_year(int64_t tp) {
  int64_t y;
  int m, d, hh, mi, ss;
  tp_split(tp, &y, &m, &d, &hh, &mi, &ss);
  return y;
}

int own_line(const tstate *st) {
  const segmentation *seg = st->doc->seg;
  if (st->s_tok1 <= st->s_tok0 ||
      !(st->s_tok0 == 0 || (seg->toks[st->s_tok0].flags & TF_NEWLINE)) ||
      !(st->s_tok1 >= seg->ntok || (seg->toks[st->s_tok1].flags & TF_NEWLINE)))
    return 0;
  static const char *const end[] = {".", "!", "?", NULL};
  /* (the period of "6:00 p.m." ending the line is the abbreviation's) */
  size_t last = st->s_tok1 - 1;
  if (last > st->s_tok0 && abbr_period(st->doc->text, seg->toks, last))
    return 1;
  return !tok_in(st, last, end);
}

/* Is the sentence a short line of its own that heads a timetable
 * ("TIMELINE (all times UTC, 2025-06-09 unless stated)", "Order of
 * service, Sunday 9 March")? */
static int timetable_heading(const tstate *st) {
  static const char *const words[] = {"timeline", "times", "schedule", "programme", "program",
                                      "agenda", "itinerary", "timetable", NULL};
  if (st->s_tok1 - st->s_tok0 > 14 || !own_line(st))
    return 0;
  for (size_t k = st->s_tok0; k < st->s_tok1; k++)
    if (tok_in(st, k, words))
      return 1;
  return 0;
}

/* Is the timex at the end of a heading line that numbers a day of a
 * programme ("Day 1: Tuesday 13 May", "DAY TWO - Wednesday, May 14") or
 * gives the day of an event ("Meeting date: Tuesday, February 18, 2025,
 * 6:00 p.m.", "When: Saturday 3 May")?  (Not a notice's "Issued: Monday
 * 15 September": that day is no section's.) */
static int labelled_heading(const tstate *st, const timex_out *o) {
  /* (or "Meeting date:", "Date:", "When:") */
  static const char *const label[] = {"date", "day", "when", NULL};
  /* (or in brackets after "Day 1": "Day 1 (Thu 10/03/2022)") */
  return o->t0 > st->s_tok0 + 1 && o->t0 <= st->s_tok0 + 4 &&
         (tok_is(st, st->s_tok0, "day") || tok_in(st, o->t0 - 2, label)) &&
         (tok_in(st, o->t0 - 1, entry_seps) ||
          (tok_is(st, o->t0 - 1, ",") && tok_is(st, o->t0 - 2, "day") &&
           o->t1 >= st->s_tok1) || /* ("Race day, Sunday 4/2") */
          (tok_is(st, o->t0 - 1, "(") && tok_is(st, st->s_tok0, "day") &&
           o->t1 + 1 == st->s_tok1 && tok_is(st, o->t1, ")"))) &&
         own_line(st);
}

/* Is one of the words, then "to", among the `reach` tokens before t0 in
 * its clause ("who hoped to reach the coast before the end of the
 * summer")? */
int intent_before(const tstate *st, size_t t0, const char *const *words, size_t reach) {
  for (size_t k = t0; k > st->s_tok0 + 1 && k + reach > t0; k--) {
    if (tok_type(st, k - 1) == TOK_PUNCT)
      return 0;
    if (tok_is(st, k - 1, "to") && tok_in(st, k - 2, words))
      return 1;
  }
  return 0;
}

/* A day heading (m: heading_day or dated) ends the section of hours or of
 * a recurrence an earlier heading opened. */
static void set_day_heading(tstate *st, mention *m, int64_t day) {
  if (m == &st->heading_day && (!m->on || m->at != day)) {
    st->heading_days++;
    /* (the entry times under a new day heading are its own, though the
     * lines run on in one sentence: "GOOD FRIDAY (26 March)
  10:00 ...") */
    if (st->entry.on && st->entry.sent == st->sent && st->entry.at != day)
      st->entry.on = 0;
  }
  mention_set(st, m, day);
  if (st->daily_head.on && st->daily_head.sent < st->sent)
    st->daily_head.on = 0;
  if (st->hours_head.on && st->hours_head.sent < st->sent)
    st->hours_head.on = 0;
}

/* Is one of the words among the nine before token t0, with no
 * punctuation (but an apostrophe) between? */
static int word_back(const tstate *st, size_t t0, const char *const *words) {
  for (size_t k = t0 - 1; k > st->s_tok0 && k + 10 > t0; k--) {
    if (tok_type(st, k - 1) == TOK_PUNCT && !tok_is(st, k - 1, "'"))
      return 0;
    if (tok_in(st, k - 1, words))
      return 1;
  }
  return 0;
}

/* Does the line that starts at byte i write a clock ("1:50 PM", "6pm")? */
int line_has_clock(const char *s, size_t len, size_t i) {
  for (; i + 1 < len && s[i] != '\n'; i++) {
    if (!isdigit((unsigned char)s[i]))
      continue;
    if (s[i + 1] == ':' && i + 2 < len && isdigit((unsigned char)s[i + 2]))
      return 1;
    size_t k = i + 1;
    if (k < len && s[k] == ' ')
      k++;
    if (k + 1 < len && (s[k] == 'a' || s[k] == 'p' || s[k] == 'A' || s[k] == 'P') &&
        (s[k + 1] == 'm' || s[k + 1] == 'M' || s[k + 1] == '.'))
      return 1;
  }
  return 0;
}

/* A day (one day, not a weekend) that is a line of its own heads a
 * section: its clocks are on it. */
/* (or ends its line: "Fri 13 June\n(Nothing written yesterday.)" reads
 * as one sentence) */
/* Is token t written in capitals, two letters or more ("STAGE", "RIVERSIDE")? */
static int all_caps_token(const char *text, const token *t) {
  size_t letters = 0;
  for (size_t i = t->start; i < t->end; i++) {
    if (text[i] >= 'a' && text[i] <= 'z')
      return 0;
    letters += text[i] >= 'A' && text[i] <= 'Z';
  }
  return letters >= 2;
}

static int day_heads_section(const tstate *st, const timex_out *o) {
  /* (... or after a name of the day that opens the line: "Palm Sunday, 29
   * March") */
  /* (or a dash: "PALM SUNDAY - 14th April"; not a range's first end,
   * "Thu 12 - Sat 21 September") */
  int named = 1;
  for (size_t k = st->has_prev ? st->prev.t0 : 0; st->has_prev && k < st->prev.t1; k++)
    named &= st->doc->seg->toks[k].kind == TOK_WORD;
  /* (the name opening its sentence or its line, the date in brackets
   * ending the line: "MAUNDY THURSDAY (25 March)" under a long line the
   * sentence runs on from) */
  int line_start = st->has_prev && (st->prev.t0 == st->s_tok0 ||
                                    (st->doc->seg->toks[st->prev.t0].flags & (TF_NEWLINE | TF_PARA)));
  int bracketed = named && st->has_prev && tok_is(st, st->prev.t1, "(") && tok_is(st, o->t1, ")") &&
                  (o->t1 + 1 >= st->doc->seg->ntok ||
                   (st->doc->seg->toks[o->t1 + 1].flags & (TF_NEWLINE | TF_PARA)));
  int after_name = st->has_prev && st->prev.sentence == st->sent && line_start &&
                   st->prev.t1 + 1 == o->t0 &&
                   (tok_is(st, st->prev.t1, ",") || bracketed ||
                    (named && (tok_is(st, st->prev.t1, "-") ||
                               tok_is(st, st->prev.t1, "\xE2\x80\x93"))));
  /* (... or a table row's first cell, before a column gap: "Wed 26/04/17
   * 08:15    Arrive at school" and the rows under it) */
  /* (a feast's name may open the row: "Holy Saturday, 20 April   20.00",
   * "Easter Day, Sunday 21 April   06.00") */
  const token *t = st->doc->seg->toks;
  size_t h = o->t0;
  static const char *const preps[] = {"from", "until", "till", "on", "in", "at", "by", "since",
                                      "after", "before", "to", "for", NULL};
  /* (a name of the day before it: a comma, "Easter Day, Sunday 21
   * April", or a feast's word, "Holy Saturday"; not a stamp's "Posted 22
   * August") */
  static const char *const feast[] = {"holy", "good", "maundy", "palm", "ash", "low", "easter",
                                      "whit", "shrove", "boxing", "christmas", NULL};
  while (h > 0 && h + 4 > o->t0 && !(t[h].flags & (TF_NEWLINE | TF_PARA | TF_GAP)) &&
         (tok_is(st, h - 1, ",") ||
          (t[h - 1].kind == TOK_WORD && (t[h - 1].flags & TF_CAP) && !tok_in(st, h - 1, preps))))
    h--; /* (not a table's first cell, "Market Square      Sat 13 Oct 20:00", nor "From
          * Sunday 31 March      Mon-Sat  8.30am-6pm") */
  /* (the cell may end with a note in brackets: "Thu 24 Dec (Christmas
   * Eve)      Saturday timetable      around 7pm") */
  size_t cell_end = o->t1;
  if (tok_is(st, cell_end, "(")) {
    size_t k = cell_end + 1;
    while (k < st->s_tok1 && k < cell_end + 6 && !tok_is(st, k, ")") &&
           !(t[k].flags & (TF_NEWLINE | TF_GAP)))
      k++;
    if (tok_is(st, k, ")"))
      cell_end = k + 1;
  }
  if ((h == o->t0 || tok_is(st, o->t0 - 1, ",") || tok_in(st, o->t0 - 1, feast)) &&
      (h == 0 || (t[h].flags & (TF_NEWLINE | TF_PARA))) && cell_end < st->doc->seg->ntok &&
      (t[cell_end].flags & TF_GAP))
    return 1;
  /* (or a row's last cell, the indented lines under it going on with the
   * row: "Flight 2289   Chicago to Boston   11/16/2018\n      Depart 1:50
   * PM") */
  if (o->t0 > 0 && (t[o->t0].flags & TF_GAP) && cell_end < st->doc->seg->ntok &&
      (t[cell_end].flags & TF_NEWLINE) && !(t[cell_end].flags & TF_PARA) &&
      t[cell_end].start > 0 && st->doc->text[t[cell_end].start - 1] == ' ' &&
      line_has_clock(st->doc->text, st->doc->len, t[cell_end].start))
    return 1;
  int line_head = h < o->t0 && (h == 0 || (t[h].flags & (TF_NEWLINE | TF_PARA))) &&
                  (tok_is(st, o->t0 - 1, ",") || tok_in(st, o->t0 - 1, feast));
  /* (or after a label in capitals and a dash, the day ending its line:
   * "RIVERSIDE STAGE - SATURDAY 13 JUNE" over a stage's hours) */
  if (o->t0 >= 2 && o->t1 < st->doc->seg->ntok && (t[o->t1].flags & (TF_NEWLINE | TF_PARA)) &&
      (tok_is(st, o->t0 - 1, "-") || tok_is(st, o->t0 - 1, "\xE2\x80\x93")) &&
      !(t[o->t0].flags & (TF_NEWLINE | TF_PARA))) {
    size_t k = o->t0 - 1;
    int caps = 1;
    while (k > 0 && k + 6 > o->t0 && !(t[k].flags & (TF_NEWLINE | TF_PARA)) && caps) {
      k--;
      caps = t[k].kind == TOK_WORD && all_caps_token(st->doc->text, &t[k]);
    }
    if (caps && k + 1 < o->t0 - 1 && (k == 0 || (t[k].flags & (TF_NEWLINE | TF_PARA))))
      return 1;
  }
  if (o->t0 != st->s_tok0 && !labelled_heading(st, o) && !after_name && !line_head)
    return 0;
  if (o->t1 >= st->s_tok1 || (o->t1 + 1 == st->s_tok1 && tok_type(st, o->t1) == TOK_PUNCT) ||
      (st->doc->seg->toks[o->t1].flags & TF_NEWLINE))
    return 1;
  if (line_head && o->t0 != st->s_tok0)
    return 0; /* (the rest below is for a sentence's first day) */
  /* (... or its clock after a comma: "Meeting date: Tuesday, February 18,
   * 2025, 6:00 p.m.") */
  if (o->t1 + 1 < st->s_tok1 && tok_is(st, o->t1, ",") &&
      st->doc->seg->toks[o->t1 + 1].kind == TOK_NUM && st->s_tok1 <= o->t1 + 6 && own_line(st))
    return 1;
  /* (... or before a note in brackets: "MONDAY 29 AUGUST (BANK HOLIDAY)") */
  if (o->t1 + 2 < st->s_tok1 && tok_is(st, o->t1, "(") && tok_is(st, st->s_tok1 - 1, ")") &&
      st->s_tok1 - o->t1 <= 6 && own_line(st))
    return 1;
  /* (... the note ending its line, the lines under it in the same
   * sentence: "FRIDAY 16 JUNE (set-up)" over "4:00pm   Florist ...") */
  if (o->t1 + 2 < st->s_tok1 && tok_is(st, o->t1, "(") &&
      (o->t0 == 0 || (st->doc->seg->toks[o->t0].flags & (TF_NEWLINE | TF_PARA)))) {
    size_t k = o->t1 + 1;
    while (k < st->s_tok1 && k < o->t1 + 6 && !tok_is(st, k, ")") &&
           !(st->doc->seg->toks[k].flags & TF_NEWLINE))
      k++;
    if (tok_is(st, k, ")") && k + 1 < st->doc->seg->ntok &&
        (st->doc->seg->toks[k + 1].flags & TF_NEWLINE))
      return 1;
  }
  /* (... or before a dash and a place, no verb: "Monday, March 7, 2022 -
   * Council Chambers, 221 Elm Street") */
  if (o->t0 != st->s_tok0 || st->s_tok1 - o->t1 > 10 || !own_line(st) ||
      !(tok_is(st, o->t1, "-") || tok_is(st, o->t1, "\xE2\x80\x93") ||
        tok_is(st, o->t1, "\xE2\x80\x94")))
    return 0;
  for (size_t k = o->t1 + 1; k < st->s_tok1; k++)
    if (tok_tense(st, k) != TENSE_UNKNOWN)
      return 0;
  return 1;
}


/* Does the sentence quote something written ("she writes", "the entry
 * reads"), not something said? */
static int written_quote(const tstate *st) {
  static const char *const wrote[] = {"writes", "wrote", "reads", "read", "records",
                                      "recorded", "notes", "noted", NULL};
  int w = 0;
  for (size_t k = st->s_tok0; k < st->s_tok1; k++) {
    if (tok_in(st, k, reporting_verbs) || tok_is(st, k, "says") || tok_is(st, k, "recalls"))
      return 0;
    w |= tok_in(st, k, wrote);
  }
  return w;
}

/* Does the sentence quote words said back then, introduced by a past verb
 * of saying before the quotation ("He said, 'Get out tomorrow'", "I
 * promised: 'I'll be home tomorrow'"), not a report of now ("'...,' he
 * said")? */
static int spoken_then_quote(const tstate *st) {
  static const char *const said[] = {"said", "told", "promised", "asked", "shouted", "replied",
                                     "warned", "wrote", "answered", "whispered", NULL};
  static const char *const open[] = {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x98", NULL};
  for (size_t k = st->s_tok0; k + 2 < st->s_tok1; k++)
    if (tok_in(st, k, said) && (tok_is(st, k + 1, ",") || tok_is(st, k + 1, ":")) &&
        tok_in(st, k + 2, open))
      return 1;
  return 0;
}

/* Does the line break before token g end a row of a table: has the line
 * of token i (up to g) or the line g opens a column gap? */
static int table_row_break(const tstate *st, size_t i, size_t g) {
  const token *tk = st->doc->seg->toks;
  for (size_t k = i + 1; k-- > st->s_tok0;) {
    if (tk[k].flags & TF_GAP)
      return 1;
    if (tk[k].flags & (TF_NEWLINE | TF_PARA))
      break;
  }
  for (size_t k = g + 1; k < st->s_tok1 && !(tk[k].flags & (TF_NEWLINE | TF_PARA)); k++)
    if (tk[k].flags & TF_GAP)
      return 1;
  return 0;
}

/* News: is the last time named a day retold years back, in this sentence
 * or the two before it (or in a quotation carried on from an earlier
 * sentence), so that a quotation here may speak from it? */
static int retold_day_quoted(const tstate *st, int carried) {
  return !st->doc->narrative && st->has_last && st->last_retold &&
         st->last_prec == TEMPORA_PREC_DAY && (st->last_sent + 2 >= st->sent || carried);
}

/* ... and are the sentence's quotations a letter's or a diary's words
 * ("she writes", not a speaker's "he said", who speaks now)?  Then q is
 * scanned on to byte at, for which quotation is open there.  (*written is
 * -1 until asked, once a sentence.) */
static int retold_quote_scan(const tstate *st, int carried, int *written, struct quote_state *q,
                             size_t at) {
  if (!retold_day_quoted(st, carried))
    return 0;
  if (*written < 0)
    *written = written_quote(st) || spoken_then_quote(st);
  if (!*written)
    return 0;
  quote_scan(st->doc, q, at);
  return 1;
}

/* Is a day, in news, in a subordinate clause after the day the sentence's
 * main clause named ("... on Wednesday, ending a week that began when his
 * partner walked out last Thursday")? */
static int under_main_day(const tstate *st, const timex_out *o) {
  static const char *const sub[] = {"when", "after", "because", "while", "which", "who",
                                    "whom", "where", "although", "though", NULL};
  if (st->doc->narrative || !st->n_recent || st->recent_sent[(st->n_recent - 1) % 8] != st->sent ||
      !st->has_prev || st->prev.sentence != st->sent || st->prev.t1 >= o->t0)
    return 0; /* (a day of this sentence was noted: recent_sent) */
  for (size_t k = st->prev.t1; k < o->t0; k++)
    if (tok_in(st, k, sub))
      return 1;
  return 0;
}

/* Is a month named in the timex ("Monday, Nov. 8", "June 15")? */
static int names_month(const tstate *st, const timex_out *o) {
  for (size_t k = o->t0; k < o->t1; k++)
    if (st->lex[k] && (st->lex[k]->classes & LC_MONTH))
      return 1;
  return 0;
}

/* After a timex is accepted: the references later ones resolve against. */
static void update_refs(tstate *st, const timex_out *o) {
  const char *t = strchr(o->value, 'T');
  int month_named = names_month(st, o); /* (written with its month) */
  if (o->keeps & TXK_ENTRY) {
    mention_set(st, &st->entry, o->keep_day);
    st->entry_hour = o->keep_hour;
  }
  if (o->keeps & TXK_WEEK_BASE)
    mention_set(st, &st->week_base, o->keep_day);
  if (o->keeps & TXK_WEEK_NUMBERS)
    st->numbers_weeks = 1;
  if (o->keeps & TXK_LAST_SENT)
    st->last_sent = st->sent;
  if (o->keeps & TXK_RETOLD_SENT)
    st->retold.sent = st->sent;
  /* any time of the day retold years back, or of the night after it,
   * keeps the retelling going ("At 10:15 p.m. ... Around midnight ...
   * Temperatures that night dropped ... By 3 a.m. Sunday") */
  if (!st->doc->narrative && o->iv.valid && o->prec <= TEMPORA_PREC_DAY &&
      mention_near(st, &st->retold, 6)) {
    int64_t d = tp_days(o->iv.start);
    if (d == st->retold.at || d == st->retold.at + 1)
      st->retold.sent = st->sent;
  }
  /* a heading that names a recurrence ("DAILY SCHEDULE", "Every weekday"):
   * the clocks of its section recur */
  if (o->type == TEMPORA_TIMEX_SET && own_line(st) && st->s_tok1 - st->s_tok0 <= 6)
    mention_set(st, &st->daily_head, 0);
  /* "lifted off at 01:12 UTC (10:12 p.m. Saturday in Kourou)": the same
   * moment in another zone; the story goes on in the first one */
  if (o->type == TEMPORA_TIMEX_TIME && st->has_prev && st->prev.type == TEMPORA_TIMEX_TIME &&
      st->prev.t1 < o->t0 && st->prev.t1 + 4 >= o->t0 && in_parens(st->doc, o->sentence, o->t0))
    return;
  if (o->type == TEMPORA_TIMEX_TIME && o->iv.valid && t && isdigit((unsigned char)t[1]) &&
      !(o->flags & TXF_LOOKBACK)) {
    mention_set(st, &st->clock, o->iv.start);
  }
  /* (an undated clock of a routine keeps its hour: "12:15 p.m. ... Lunch
   * 1:00") */
  if (o->type == TEMPORA_TIMEX_TIME && !strncmp(o->value, "XXXX-XX-XXT", 11) &&
      isdigit((unsigned char)o->value[11]))
    mention_set(st, &st->uclock, atoi(o->value + 11));
  int64_t y;
  int q, half;
  /* a heading that names a calendar quarter or half with its year */
  if ((o->prec == TEMPORA_PREC_QUARTER || o->prec == TEMPORA_PREC_HALF) &&
      !(o->flags & TXF_FISCAL) && writes_year(st->doc, o) && own_line(st) &&
      st->s_tok1 - st->s_tok0 <= 8 && parse_quarter(o->value, &y, &q, &half) && q) {
    mention_set(st, &st->quarter_head, y);
    st->quarter_head_q = q;
    st->quarter_head_half = half;
  }
  /* a clock time with no day of its own names no day ("on Feb. 17 at
   * about 11:15 p.m.  The crew left the next morning"); see also
   * note_clock_days */
  if (o->flags & (TXF_NOREF | TXF_BARECLOCK))
    return;
  /* news retelling a past: the time of saying ("Okafor said this week",
   * "she recalled on Monday") is the writer's, and the retold story goes
   * on past it */
  if (!st->doc->narrative && st->has_last && st->last_retold && o->t0 > st->s_tok0) {
    size_t sv = tok_is(st, o->t0 - 1, "on") && o->t0 > st->s_tok0 + 1 ? o->t0 - 1 : o->t0;
    static const char *const more[] = {"recalled", "recalls", "remembers", "remembered",
                                       "explained", "wrote", NULL};
    if (tok_in(st, sv - 1, reporting_verbs) || tok_in(st, sv - 1, more))
      return;
  }
  if ((o->flags & TXF_QUARTER) && parse_quarter(o->value, &y, &q, &half) &&
      reported_quarter(st, o, y, q, half)) {
    st->has_qref = 1;
    st->qref_year = y;
    st->qref_q = q;
    st->qref_half = half;
    st->qref_sent = st->sent;
    st->qref_fiscal = (o->flags & TXF_FISCAL) != 0;
  }
  if (!o->iv.valid || (o->type != TEMPORA_TIMEX_DATE && o->type != TEMPORA_TIMEX_TIME))
    return;
  if (!isdigit((unsigned char)o->value[0]) && strncmp(o->value, "BC", 2))
    return;
  /* a decade is what "a decade later" counts from ("In the 1870s ... a
   * decade later": the 1880s), nothing else */
  if (o->prec == TEMPORA_PREC_DECADE && o->iv.valid && !o->mod[0]) {
    mention_set(st, &st->decade, o->iv.start);
    st->decade_after_last = 1;
  }
  if (o->prec > TEMPORA_PREC_YEAR || o->prec == TEMPORA_PREC_HALF || o->prec == TEMPORA_PREC_NONE)
    return;
  st->decade_after_last = 0;
  /* A story's "Sunday, 2 September 1666": an Old Style (Julian) date; the
   * text's weekdays run that many days off the Gregorian ones from here on */
  if (st->doc->narrative && o->type == TEMPORA_TIMEX_DATE && strspn(o->value, "0123456789") == 4 &&
      strlen(o->value) == 10 && atoi(o->value) < 1923)
    for (size_t k = o->t0; k < o->t1; k++)
      if (st->lex[k] && (st->lex[k]->classes & LC_WEEKDAY)) {
        int g = date_weekday(tp_days(o->iv.start));
        st->wd_shift = (st->lex[k]->weekday - g + 7) % 7;
        break;
      }
  /* the mentioned time's start; for a year "in 1939" the story stands at
   * its start, so that "that spring" and "two years later" count from it.
   * Times of day count as their day. */
  int64_t at = o->prec < TEMPORA_PREC_DAY ? tp_from_days(tp_days(o->iv.start)) : o->iv.start;
  tempora_precision prec = o->prec < TEMPORA_PREC_DAY ? TEMPORA_PREC_DAY : o->prec;
  /* "MONDAY, Nov. 8 ... Heads of state speak on Monday": a weekday the
   * text dated is the one its later bare mentions mean */
  int dated_wd = 0;
  if (prec == TEMPORA_PREC_DAY && st->wk && !st->doc->narrative) {
    int wd = 0, month = month_named;
    for (size_t k = o->t0; k < o->t1; k++)
      if (st->lex[k] && (st->lex[k]->classes & LC_WEEKDAY))
        wd = st->lex[k]->weekday;
    dated_wd = wd >= 1 && wd <= 7 && month && date_weekday(tp_days(at)) == wd;
    if (dated_wd) {
      st->wk->day[wd] = tp_days(at);
      st->wk->how[wd] = 2;
      /* (the days between the ends of such a range are its too: "from
       * Friday 24 June to Sunday 26 June ... at 10 a.m. on Saturday") */
      if (st->has_prev && st->prev.sentence == st->sent && st->prev.prec == TEMPORA_PREC_DAY &&
          st->prev.iv.valid && st->prev.t1 + 1 == o->t0 && tok_in(st, st->prev.t1, range_links) &&
          !tok_is(st, st->prev.t1, "and")) { /* (a list of two days is no range) */
        int64_t from = tp_days(st->prev.iv.start), to = tp_days(at);
        for (int64_t d = from + 1; d < to && to - from <= 6; d++)
          if (st->wk->how[date_weekday(d)] != 2) {
            st->wk->day[date_weekday(d)] = d;
            st->wk->how[date_weekday(d)] = 3;
            st->wk->range_sent[date_weekday(d)] = st->sent;
          }
      }
    }
    /* a dated heading first on its line: written with its weekday
     * ("Tuesday 28 April"), or a timeline's entry with a dash or a colon
     * after it ("July 16, 1945 -- The first atomic bomb ...") */
    /* (a list item's too: "- Monday 13 May: English Literature") */
    int line_start = o->t0 == 0 || (st->doc->seg->toks[o->t0].flags & (TF_NEWLINE | TF_PARA)) ||
                     (o->t0 == st->s_tok0 + 1 && after_bullet(st, o->t0));
    /* (or a weekday alone before a colon: a forecast's "Thursday: center
     * passing north ... in the morning") */
    /* (ahead only: a past timeline's weekdays stay as its verbs put them) */
    int entry = (month || (wd >= 1 && o->t1 == o->t0 + 1 && tok_is(st, o->t1, ":") &&
                           st->doc->has_dct && at >= st->doc->dct)) &&
                o->type == TEMPORA_TIMEX_DATE && tok_in(st, o->t1, entry_seps);
    if (line_start && (dated_wd || entry)) {
      set_day_heading(st, &st->dated, tp_days(at));
    }
  }
  /* a year heading its sentence gives its year to the bare dates after it
   * ("2015 - A second truce takes effect on 15 February") */
  /* ... and so does "Three years ago" opening it ("Three years ago we
   * thought we had seen the worst by mid-April") */
  /* ... and so does "That year," opening it, pointing back at a year the
   * text wrote ("in 2020.  That year, fires burned between mid-August and
   * early October") */
  int ago_front = o->t1 > o->t0 + 1 && tok_is(st, o->t1 - 1, "ago") &&
                  (o->t0 == st->s_tok0 ||
                   (o->t0 == st->s_tok0 + 1 && st->doc->seg->toks[st->s_tok0].kind == TOK_PUNCT));
  int that_year = o->t0 == st->s_tok0 && o->t1 == o->t0 + 2 && tok_is(st, o->t0, "that") &&
                  tok_is(st, o->t0 + 1, "year") && tok_is(st, o->t1, ",");
  if (o->prec == TEMPORA_PREC_YEAR && strlen(o->value) == 4 &&
      strspn(o->value, "0123456789") == 4 && (ago_front || that_year))
    mention_set(st, &st->front_year, strtoll(o->value, NULL, 10));
  if ((o->prec == TEMPORA_PREC_YEAR || o->prec == TEMPORA_PREC_MONTH) &&
      strspn(o->value, "0123456789") == 4 && writes_year(st->doc, o) &&
      (o->t0 == st->s_tok0 ||
       (o->t0 == st->s_tok0 + 1 && (tok_is(st, st->s_tok0, "in") || tok_is(st, st->s_tok0, "by"))) ||
       /* (or set off by commas after the subject: "The last strike, in
        * 2019, began on a Tuesday in late November") */
       (o->t0 >= st->s_tok0 + 3 && tok_is(st, o->t0 - 1, "in") && tok_is(st, o->t0 - 2, ","))) &&
      (tok_is(st, o->t1, ",") || tok_in(st, o->t1, entry_seps))) {
    mention_set(st, &st->front_year, strtoll(o->value, NULL, 10));
  }
  /* ... and so does a day written with its year opening a list line
   * ("- 06/17/2030   Second-quarter payment (moved from June 15)") */
  if (o->prec == TEMPORA_PREC_DAY && o->type == TEMPORA_TIMEX_DATE && writes_year(st->doc, o) &&
      (o->t0 == st->s_tok0 || (o->t0 == st->s_tok0 + 1 && after_bullet(st, o->t0))) &&
      o->t1 < st->s_tok1 && ((tok_flags(st, o->t1) & TF_GAP) || tok_in(st, o->t1, entry_seps))) {
    int64_t y;
    int m, d;
    date_civil(tp_days(at), &y, &m, &d);
    mention_set(st, &st->front_year, y);
  }
  /* a season named with its year or a relative word ("next spring"),
   * for the months after it in its sentence */
  if (o->prec == TEMPORA_PREC_SEASON && o->t1 >= o->t0 + 2 && strlen(o->value) == 7 &&
      strspn(o->value, "0123456789") == 4 && isupper((unsigned char)o->value[5]) &&
      !(o->t0 > st->s_tok0 && tok_is(st, o->t0 - 1, "since"))) { /* "closed since last spring" */
    memcpy(st->sent_season, o->value, 8);
    st->sent_season_sent = st->sent + 1; /* (0: none) */
  }
  /* a month written with its year, for "that February" */
  if (strspn(o->value, "0123456789") == 4 && o->value[4] == '-' &&
      isdigit((unsigned char)o->value[5]) && isdigit((unsigned char)o->value[6]) &&
      writes_year(st->doc, o)) {
    int m = (o->value[5] - '0') * 10 + (o->value[6] - '0');
    if (m >= 1 && m <= 12) {
      st->month_year[m] = strtoll(o->value, NULL, 10);
      st->month_known[m] = 1;
    }
  }
  /* a day, not a weekend (which has a day's precision but no one day) */
  int one_day = prec == TEMPORA_PREC_DAY && !ends_with(o->value, "-WE");
  /* a day or month first in its line or cell: the list's last day, and
   * which way the list runs */
  if (!st->doc->narrative && (one_day || prec == TEMPORA_PREC_MONTH) && o->type == TEMPORA_TIMEX_DATE &&
      list_cell(st, o->t0) && strspn(o->value, "0123456789") == 4 && month_named) {
    int64_t day = tp_days(at);
    if (mention_near(st, &st->list_day, 6) && day != st->list_day.at)
      st->list_dir = day > st->list_day.at ? 1 : -1;
    else if (!mention_near(st, &st->list_day, 6))
      st->list_dir = 0;
    mention_set(st, &st->list_day, day);
  }
  /* a day ahead the lead names, the event a notice or programme is about
   * ("Here is everything you need to know ahead of race day on Sunday,
   * June 15") */
  /* (written with its month, not an end: "cancelled until Monday") */
  if (one_day && !st->doc->narrative && st->doc->has_dct && !st->event_day.on && st->sent < 5 &&
      tp_days(at) > tp_days(st->doc->dct) && !(o->flags & TXF_QUANT) &&
      !(o->t0 > st->s_tok0 && (tok_is(st, o->t0 - 1, "until") || tok_is(st, o->t0 - 1, "till") ||
                               tok_is(st, o->t0 - 1, "by") || tok_is(st, o->t0 - 1, "before")))) {
    if (month_named)
      mention_set(st, &st->event_day, tp_days(at));
  }
  /* ... or a day a timetable's heading names anywhere ("TIMELINE (all times
   * UTC, 2025-06-09 unless stated)") */
  if (one_day && !st->doc->narrative && (timetable_heading(st) || day_heads_section(st, o)))
    set_day_heading(st, &st->heading_day, tp_days(at));
  /* a heading, a short line of its own without end punctuation, that
   * names a week ahead ("What to watch next week"): its section's bare
   * weekdays are that week's */
  if (!st->doc->narrative && prec == TEMPORA_PREC_WEEK && !ends_with(o->value, "-WE") &&
      st->doc->has_dct && at > st->doc->dct && own_line(st) && st->s_tok1 - st->s_tok0 <= 8) {
    mention_set(st, &st->heading_week, tp_days(at));
  }
  /* (not "since Monday": where something began is no day the next clocks
   * are on) */
  /* (nor a day in a participle's aside: "The motion, filed by the
   * opposition on February 2, was defeated ... at 11:40 p.m.") */
  /* (nor, in news, a day in a clause put under the day of the sentence's
   * main clause: "survived the vote on Wednesday, ending a week that began
   * when his partner walked out last Thursday.  The result was announced
   * at 9:47 p.m.") */
  /* (nor, in news, the end of a reporting period: "Net profit for the
   * three months to Sept. 30 rose ...  Shares closed at 4:30 p.m.") */
  if (one_day && !(o->t0 > st->s_tok0 && tok_is(st, o->t0 - 1, "since")) &&
      !(!st->doc->narrative && period_end(st, o)) &&
      !(!st->doc->narrative && o->t1 < st->s_tok1 && tok_is(st, o->t1, ",") &&
        participle_aside(st, o->t0, 10)) &&
      !under_main_day(st, o)) {
    note_recent(st, named_day(o), clock_hour(o->value));
  }
  /* Narrative mode: a date becomes the reference for what follows.  A look
   * back does not move the story, nor what "the following summer" counts
   * from: "crowned himself emperor a decade earlier", "church lands
   * secularised since 1552", "two months earlier"; a year the text writes
   * out ("In 1939, ...") moves it either way. */
  /* a year the past perfect looks back to ("Cholera had struck twice, in
   * 1832 and again in 1849 ... since July"): "eight years later" counts
   * from it, but the story stays in its own year */
  int perfect = past_perfect(st, o->t0);
  /* ... or whose clause's "had" follows it ("In August 1857 the cable had
   * snapped"; "On his coronation in August 1100, Henry I had issued") */
  /* (not a causative "had": "the glaziers had it glazed", "had no
   * money") */
  static const char *const had_obj[] = {"it", "them", "him", "her", "us", "me", "a", "an", "the",
                                        "his", "their", "no", "to", "its", "our", "my", NULL};
  for (size_t k = o->t1; !perfect && k < st->s_tok1 && k < o->t1 + 8; k++) {
    perfect = (tok_is(st, k, "had") || tok_is(st, k, "'d")) && !tok_in(st, k + 1, had_obj);
    /* not past the clause's own verb nor into a relative clause ("In April
     * 1814 Napoleon, who had crowned himself ..., abdicated") */
    if (!perfect && (tok_is(st, k, ";") || tok_is(st, k, ":") || tok_is(st, k, "who") ||
                     tok_is(st, k, "which") || tok_is(st, k, "that") ||
                     tense_of_word(st, k) != TENSE_UNKNOWN))
      break;
  }
  int64_t rd = tp_days(st->ref);
  int in_week = st->last_week && tp_days(at) >= rd - (date_weekday(rd) - 1); /* "that weekend. On Friday" */
  /* (a story whose lead names its climax, "first climbed on 6 July 1938",
   * and then starts from the beginning, "reached the mountain on 19 June",
   * goes back to it) */
  int restart = prec == TEMPORA_PREC_DAY && st->ref_sent <= 1 && st->sent >= 2 &&
                !perfect && !(o->t0 > st->s_tok0 && tok_is(st, o->t0 - 1, "since"));
  if (st->doc->narrative && st->has_ref && st->ref_from_text && at < st->ref && !in_week &&
      !restart &&
      ((o->t0 > st->s_tok0 && tok_is(st, o->t0 - 1, "since")) || !writes_year(st->doc, o))) {
    if (perfect && st->ref_from_text) { /* "had been in custody since August 1962" */
      mention_set(st, &st->flash, 0);
    }
    return;
  }
  /* the end of a span from a start ("From mid-November until April the
   * ships were locked in ice, and by February ..."): the story stays
   * inside it */
  /* ... and a range's end, written out or not, is what "the following
   * year" counts from, but the story stays at the start ("carried out
   * between November 1911 and February 1912.  ... on Monday, 20
   * November") */
  int range_end =
      st->doc->narrative && st->has_ref && at > st->ref && o->t0 > st->s_tok0 &&
      st->has_prev && st->prev.sentence == st->sent && st->prev.t1 + 1 == o->t0 &&
      st->prev.t0 > st->s_tok0 &&
      (((tok_is(st, o->t0 - 1, "until") || tok_is(st, o->t0 - 1, "till") ||
         tok_is(st, o->t0 - 1, "to") || tok_is(st, o->t0 - 1, "through")) &&
        tok_is(st, st->prev.t0 - 1, "from")) ||
       (tok_is(st, o->t0 - 1, "and") && tok_is(st, st->prev.t0 - 1, "between")));
  /* (... or after a time of its sentence: "banned on Sunday, November 4,
   * ... one each Sunday until early January") */
  if (st->doc->narrative && st->has_ref && at > st->ref &&
      (tok_is(st, o->t0 - 1, "until") || tok_is(st, o->t0 - 1, "till")) &&
      !writes_year(st->doc, o) && st->has_prev && st->prev.sentence == st->sent &&
      st->prev.type != TEMPORA_TIMEX_DURATION) /* (not "lasted eleven days ... until 1 November") */
    return;
  /* (nor a time an offer, a demand or a plan pointed to: "Ashdown offered
   * a ten-hour day from the first of October; the union wanted it at
   * once.  Agreement was reached ... on the 21st") */
  if (st->doc->narrative && st->has_ref && at > st->ref && o->t0 > st->s_tok0 + 1 &&
      (tok_is(st, o->t0 - 1, "from") || tok_is(st, o->t0 - 1, "by") ||
       tok_is(st, o->t0 - 1, "until") || tok_is(st, o->t0 - 1, "before"))) {
    static const char *const offer[] = {"offered", "proposed", "promised", "demanded",
                                        "wanted", "requested", "pledged", "planned",
                                        "intended", "hoped", "expected", "asked", NULL};
    for (size_t k = o->t0 - 1; k > st->s_tok0 && k + 10 > o->t0; k--) {
      if (tok_is(st, k - 1, ";") || tok_is(st, k - 1, ":"))
        break;
      if (tok_in(st, k - 1, offer))
        return;
    }
  }
  /* ... and the sentence after such a look back goes on with it ("Mandela
   * had been in custody since August 1962.  Sentenced in June 1964, he
   * spent ...") */
  /* (not back from a title's year: "Cholera in Kellsport, 1832\n\nNews
   * had reached the town in the last weeks of 1831" begins the story) */
  int look_back = range_end ||
                  (st->doc->narrative && st->has_ref && st->ref_from_text && at < st->ref &&
                   !st->ref_heading && (perfect || mention_near(st, &st->flash, 1)));
  if (look_back && perfect)
    mention_set(st, &st->flash, 0);
  /* nor does a year in a participle's aside ("His own account, published
   * in 1952, claims ...", "the canal, having opened in 1797,"): a note on
   * the story, not a step of it */
  /* (or a season or month of another year: "Quayle's figures, published
   * the following spring, suggest ...") */
  if (st->doc->narrative && st->has_ref && st->ref_from_text && participle_aside(st, o->t0, 16) &&
      o->prec >= TEMPORA_PREC_MONTH && tp_year(at) != tp_year(st->ref)) {
    mention_set(st, &st->aside, at);
    st->aside_prec = prec;
    return;
  }
  /* nor does an earlier year that names a thing ("claimed under a grant
   * of 1309", "the floods of 1953"): a document or an event recalled, where
   * "the summer of 1342" is a time of the story */
  /* (and a year joined to such a one: "the great floods of 1824 and 1852") */
  size_t of_at = o->t0;
  if (o->t0 >= st->s_tok0 + 4 && (tok_is(st, o->t0 - 1, "and") || tok_is(st, o->t0 - 1, "or") ||
                                  tok_is(st, o->t0 - 1, ",")) &&
      tok_type(st, o->t0 - 2) == TOK_NUM && tok_is(st, o->t0 - 3, "of"))
    of_at = o->t0 - 2;
  if (st->doc->narrative && st->has_ref && st->ref_from_text && o->prec == TEMPORA_PREC_YEAR &&
      at < st->ref && tp_year(at) != tp_year(st->ref) && of_at >= st->s_tok0 + 2 &&
      tok_is(st, of_at - 1, "of") && tok_type(st, of_at - 2) == TOK_WORD &&
      !(st->lex[of_at - 2] &&
        (st->lex[of_at - 2]->classes & (LC_SEASON | LC_MONTH | LC_UNIT | LC_POD | LC_WEEKDAY))))
    return;
  /* nor does the age of a thing ("records going back to 1538", "a charter
   * dating from 1309"): no step of the story */
  if (st->doc->narrative && st->has_ref && st->ref_from_text && at < st->ref &&
      o->t0 >= st->s_tok0 + 2 &&
      ((tok_is(st, o->t0 - 1, "to") && tok_is(st, o->t0 - 2, "back")) ||
       (tok_is(st, o->t0 - 1, "from") &&
        (tok_is(st, o->t0 - 2, "dating") || tok_is(st, o->t0 - 2, "dates") ||
         tok_is(st, o->t0 - 2, "dated")))))
    return;
  /* nor does what was expected not to happen before a time ("The lunar
   * module would not be ready before early 1969"): the story stays */
  if (st->doc->narrative && st->has_ref && st->ref_from_text && at > st->ref &&
      o->t0 > st->s_tok0 + 2 &&
      (tok_is(st, o->t0 - 1, "before") || tok_is(st, o->t0 - 1, "until") ||
       tok_is(st, o->t0 - 1, "till"))) {
    static const char *const modal[] = {"would", "could", "might", "should", NULL};
    if (word_back(st, o->t0, modal))
      return;
  }
  /* nor does a time inside a quotation of the story's people ("promising
   * money and siege engines \"before the spring\""): their words, not the
   * narration */
  /* (but a log's or a diary's dated entry opening the quotation moves
   * the story: "\"Jan. 30. Strong trades. At noon ...\"") */
  int entry_head = o->t0 > 0 && o->t1 < st->doc->seg->ntok &&
                   (tok_is(st, o->t0 - 1, "\"") || tok_is(st, o->t0 - 1, "\xE2\x80\x9C")) &&
                   (tok_is(st, o->t1, ".") || tok_is(st, o->t1, ",")) && o->prec == TEMPORA_PREC_DAY;
  if (st->doc->narrative && st->has_ref && !writes_year(st->doc, o) && !entry_head &&
      in_quotes(st->doc, st->sent, o->start))
    return;
  /* nor does a look ahead to when something did not happen before ("did
   * not return until the following February", with no date before it in
   * its sentence; after one, the story stays by the rule above): the
   * story goes on from where it was */
  if (st->doc->narrative && st->has_ref && at > st->ref && !writes_year(st->doc, o) &&
      o->t0 > st->s_tok0 + 2 && (tok_is(st, o->t0 - 1, "until") || tok_is(st, o->t0 - 1, "till"))) {
    static const char *const negation[] = {"not", "n't", "never", NULL};
    if (word_back(st, o->t0, negation))
      return;
  }
  /* nor does a plan of the story's ("expected to be back by the middle of
   * January", "was due to sail in May"): the story stays where it is */
  /* (... or a hope of theirs: "who hoped to reach the islands before the
   * end of the summer") */
  static const char *const intended[] = {"hoped", "intended", "meant", "aimed", "wanted",
                                         "wished", "promised", "vowed", "resolved", NULL};
  int strong = 0;
  if (st->doc->narrative && st->has_ref && at > st->ref && !writes_year(st->doc, o) &&
      ((clause_tense_ex(st, o->t0, o->t1, &strong) == TENSE_FUTURE && strong) ||
       intent_before(st, o->t0, intended, 10)))
    return;
  st->has_last = 1;
  st->last = at;
  st->last_prec = prec;
  st->last_week = prec == TEMPORA_PREC_WEEK || ends_with(o->value, "-WE");
  /* 2: pointed back to ("that weekend"), not a look back ("since ...") */
  if (st->last_week && tok_is(st, o->t0, "that") &&
      !(o->t0 > st->s_tok0 && tok_is(st, o->t0 - 1, "since")))
    st->last_week = 2;
  st->last_sent = st->sent;
  st->last_dated_wd = dated_wd;
  st->last_bound = o->t0 > st->s_tok0 &&
                   (tok_is(st, o->t0 - 1, "until") || tok_is(st, o->t0 - 1, "till") ||
                    tok_is(st, o->t0 - 1, "through") || tok_is(st, o->t0 - 1, "by") ||
                    tok_is(st, o->t0 - 1, "before"));
  st->last_lookback = look_back;
  /* a day written with its year, or a date the text left the year of,
   * years back: what a retold past's bare dates count from */
  {
    int64_t dy, y;
    int m, d, hh, mi, ss;
    tp_split(st->doc->dct, &dy, &m, &d, &hh, &mi, &ss);
    tp_split(at, &y, &m, &d, &hh, &mi, &ss);
    /* (a season written with its year, "In the autumn of 2015", is as
     * sure a sign of a retold past as a day) */
    /* (not "since 1 January 1971", a span to now, unless a retelling is
     * under way: "On 3 July she writes: 'in the shelter since Friday'") */
    int told = !(o->t0 > st->s_tok0 && tok_is(st, o->t0 - 1, "since")) ||
               mention_near(st, &st->retold, 6);
    if (!st->doc->narrative && y <= dy - 2 && prec == TEMPORA_PREC_DAY && told)
      mention_set(st, &st->retold, tp_days(at));
    else if (st->retold.on && writes_year(st->doc, o) && prec <= TEMPORA_PREC_YEAR &&
             y != tp_year(tp_from_days(st->retold.at)))
      st->retold.on = 0; /* (the text has gone to another year) */
    st->last_retold = told && y <= dy - 2 && (writes_year(st->doc, o) ? prec == TEMPORA_PREC_DAY ||
                                                                  prec == TEMPORA_PREC_SEASON
                                                                : prec <= TEMPORA_PREC_MONTH);
    /* (not a record's date in a reduced relative, "the previous record of
     * 46.6C set on 24 January 2019": a note, no story retold) */
    if (st->last_retold && o->t0 >= st->s_tok0 + 3 &&
        (tok_is(st, o->t0 - 1, "on") || tok_is(st, o->t0 - 1, "in"))) {
      static const char *const part[] = {"set", "reached", "recorded", "established", "posted",
                                         "seen", "hit", "registered", "measured", NULL};
      if (tok_in(st, o->t0 - 2, part) && !tok_in(st, o->t0 - 3, subject_aux))
        st->last_retold = 0;
    }
  }
  if (one_day) {
    mention_set(st, &st->last_day, at);
  } else if (!st->doc->narrative && o->type == TEMPORA_TIMEX_DATE && o->iv.valid &&
             ends_with(o->value, "-WE") && o->t1 > o->t0 + 2 && month_named) {
    /* a weekend dated with its month ("the weekend of 21 and 22
     * September"): its days are what "the Saturday" next means */
    mention_set(st, &st->last_day, o->iv.start);
  }
  if (!st->doc->narrative || look_back)
    return;
  st->has_ref = 1;
  st->ref_from_text = 1;
  st->ref_heading = own_line(st) && st->s_tok1 - st->s_tok0 <= 12;
  st->ref_sent = st->sent;
  st->ref = st->last;
  st->ref_prec = st->last_prec;
}

static const char *tok_lower_str(const timex_doc *doc, size_t i, char *buf, size_t n) {
  if (!token_lower(doc->text, &doc->seg->toks[i], buf, n))
    buf[0] = '\0';
  return buf;
}

/* Does a new clause open between tokens a and b (a comma and then "with",
 * "while", "and", "but", "as", "when", "which" ...)? */
static int clause_after(const timex_doc *doc, size_t a, size_t b) {
  static const char *const open[] = {"with", "while", "and", "but", "as", "when", "which",
                                     "who", "where", "although", "though", "after", "before",
                                     "whereas", NULL};
  static const char *const aux[] = {"is", "are", "was", "were", "will", "would", "has", "have",
                                    "had", "could", "may", "might", NULL};
  /* (a semicolon: "Sat 8 June, 10am to 10pm; Sun 9 June, 10am to 8pm") */
  for (size_t i = a; i < b && i < doc->seg->ntok; i++) {
    char w[4];
    if (!strcmp(tok_lower_str(doc, i, w, sizeof w), ";"))
      return 1;
  }
  for (size_t i = a; i + 1 < b && i + 1 < doc->seg->ntok; i++) {
    char w[16];
    /* "which began at 4 a.m. and is due to end at 4 a.m. Tuesday": a
     * second verb of its own */
    if (!strcmp(tok_lower_str(doc, i, w, sizeof w), "and")) {
      tok_lower_str(doc, i + 1, w, sizeof w);
      for (int k = 0; aux[k]; k++)
        if (!strcmp(w, aux[k]))
          return 1;
      continue;
    }
    if (strcmp(tok_lower_str(doc, i, w, sizeof w), ","))
      continue;
    tok_lower_str(doc, i + 1, w, sizeof w);
    for (int k = 0; open[k]; k++)
      if (!strcmp(w, open[k]))
        return 1;
  }
  return 0;
}

/* Tokens at most between a clock time and the day it is on ("10:35 a.m.
 * local time (0735 GMT) on Friday"). */
#define CLOCK_DAY_GAP 8

/* Tokens a day may stand before a clock time of its clause ("The worst
 * damage came on Thursday, when a cloudburst over Buner district sent a
 * wall of water through the villages at about 8:30 a.m."). */
#define CLOCK_DAY_BEFORE 24

/* Is token t inside parentheses that open in its sentence? */
static int in_parens(const timex_doc *doc, size_t sent, size_t t) {
  const segmentation *seg = doc->seg;
  for (size_t i = t; i > seg->sents[sent].tok0; i--) {
    const token *k = &seg->toks[i - 1];
    if (k->kind != TOK_PUNCT || k->end - k->start != 1)
      continue;
    if (doc->text[k->start] == ')')
      return 0;
    if (doc->text[k->start] == '(')
      return 1;
  }
  return 0;
}

/* Does a reporting verb or a clause break stand between tokens a and b
 * ("said on Monday that the blast, at 5 a.m., ...": the day of saying is
 * not the clock's)? */
static int day_clock_barrier(const timex_doc *doc, size_t a, size_t b, int semis) {
  const char *const *w = reporting_verbs;
  for (size_t i = a; i < b; i++) {
    char buf[16];
    const token *k = &doc->seg->toks[i];
    if (semis && k->kind == TOK_PUNCT && k->end - k->start == 1 &&
        (doc->text[k->start] == ';' || doc->text[k->start] == ':' ||
         (doc->text[k->start] == '-' && (k->flags & TF_SPACE)))) /* not "one-minute" */
      return 1;
    if (token_lower(doc->text, k, buf, sizeof buf) && str_in_list(buf, w))
      return 1;
  }
  return 0;
}

/* Is the day at tokens [d0, d1) in a relative clause set off by commas
 * that closes before token b ("The fire, which began on Tuesday afternoon
 * near a campground, was 12 percent contained as of 7 a.m.")? */
static int closed_relative(const timex_doc *doc, size_t d0, size_t d1, size_t b) {
  int rel = 0;
  for (size_t i = d0; i > 1 && i + 10 > d0 && !rel; i--) {
    char w[8];
    tok_lower_str(doc, i - 1, w, sizeof w);
    if (!strcmp(w, "which") || !strcmp(w, "who")) {
      char c[4];
      rel = !strcmp(tok_lower_str(doc, i - 2, c, sizeof c), ",");
      break;
    }
    if (doc->seg->toks[i - 1].kind == TOK_PUNCT)
      break;
  }
  for (size_t i = d1; rel && i < b; i++) {
    char c[4];
    if (!strcmp(tok_lower_str(doc, i, c, sizeof c), ","))
      return 1;
  }
  return 0;
}

/* The UTC offset (minutes) of a zone written in tokens [t0, t1), or
 * INT_MIN when none is. */
static int zone_offset(const timex_doc *doc, size_t t0, size_t t1) {
  for (size_t i = t0; i < t1; i++) {
    char w[16];
    const token *k = &doc->seg->toks[i];
    if (!(k->flags & TF_UPPER) || !token_lower(doc->text, k, w, sizeof w))
      continue;
    const lex_entry *e = lex_lookup(w, strlen(w));
    if (e && (e->classes & LC_ZONE) && e->zone)
      return e->zone - 1440;
  }
  return INT_MIN;
}

/* The same moment written as clock hour ho in one zone and hp in a zone of
 * offset pz (minutes, or INT_MIN when unknown): how many days the first
 * clock's date lies after the second's.  Zones lie between 12 hours behind
 * and 14 ahead of UTC. */
static int moment_day_shift(int ho, int hp, int pz) {
  if (pz == INT_MIN)
    return hp - ho > 12 ? 1 : ho - hp > 12 ? -1 : 0;
  int best = 0, found = 0;
  for (int s = 0; s >= -1 && !found; s = s == 0 ? 1 : s == 1 ? -1 : -2) {
    int oz = (ho - hp - 24 * s) * 60 + pz; /* the first zone's offset if so */
    if (oz >= -12 * 60 && oz <= 14 * 60) {
      best = -s;
      found = 1;
    }
  }
  return best;
}

/* A clock time with no day of its own ("at 10:35 a.m.") happened on the day
 * its sentence names ("... Friday"), else on the anchor's day.  v[first..n)
 * are the sentence's timexes. */
static void place_clocks(const tstate *st, const timex_doc *doc, timex_out *v, size_t first, size_t n) {
  for (size_t k = first; k < n; k++) {
    timex_out *o = &v[k];
    if (!(o->flags & TXF_BARECLOCK))
      continue;
    const timex_out *day = NULL;
    int o_par = in_parens(doc, o->sentence, o->t0);
    int shift = 0; /* days between the chosen day and the clock's */
    int day_weak = 0;  /* the day chosen is a last resort's */
    for (size_t j = first; j < n; j++) {
      const timex_out *d = &v[j];
      /* a day, or a time on a day ("4 in the morning (4 a.m. EDT
       * Thursday)") */
      int on_day = (d->type == TEMPORA_TIMEX_DATE && d->prec == TEMPORA_PREC_DAY &&
                    strlen(d->value) == 10) ||
                   (d->type == TEMPORA_TIMEX_TIME && !(d->flags & TXF_BARECLOCK) &&
                    strlen(d->value) > 11 && d->value[10] == 'T' && isdigit((unsigned char)d->value[0]));
      /* near it: "at 10:35 a.m. (0735 GMT) Friday", not a live blog's
       * "16:05 GMT - ... by Sunday evening" */
      size_t gap = d->t0 > o->t1 ? d->t0 - o->t1 : o->t0 > d->t1 ? o->t0 - d->t1 : 0;
      /* a day before the clock in its clause may stand further back */
      int near = gap <= CLOCK_DAY_GAP ||
                 (d->t1 <= o->t0 && gap <= CLOCK_DAY_BEFORE &&
                  !day_clock_barrier(doc, d->t1, o->t0, 1) &&
                  !closed_relative(doc, d->t0, d->t1, o->t0));
      /* ... however far, when it heads the sentence ("On Sunday, military
       * delegations met for nearly five hours ... and agreed to a ceasefire
       * that took effect at 6 p.m.") */
      {
        size_t s0 = doc->seg->sents[o->sentence].tok0;
        char w0[8];
        if (!near && d->sentence == o->sentence && d->t1 < o->t0 &&
            (d->t0 == s0 || (d->t0 == s0 + 1 && !strcmp(tok_lower_str(doc, s0, w0, sizeof w0), "on"))) &&
            !strcmp(tok_lower_str(doc, d->t1, w0, sizeof w0), ",") &&
            !day_clock_barrier(doc, d->t1 + 1, o->t0, 1))
          near = 1;
        /* (or a past day heading a sentence told in the past, past a
         * semicolon: "On Monday she sat with a widower for five hours; by
         * 10am she was blessing a baby") */
        if (!near && d->sentence == o->sentence && d->t1 < o->t0 &&
            (d->t0 == s0 || (d->t0 == s0 + 1 && !strcmp(tok_lower_str(doc, s0, w0, sizeof w0), "on"))) &&
            d->iv.valid && doc->has_dct && d->iv.start < doc->dct &&
            clause_tense(st, o->t0, o->t1) == TENSE_PAST &&
            clause_tense(st, d->t0, d->t1) == TENSE_PAST && !day_clock_barrier(doc, d->t1, o->t0, 0))
          near = 2; /* (the last resort: any other day near wins) */
      }
      /* ... nor the row head of a later line ("returns around 17:30\nThu 11
       * Nov   16:00   Closing session") */
      if (near && d->t0 >= o->t1 && d->t1 < doc->seg->ntok &&
          (doc->seg->toks[d->t1].flags & TF_GAP))
        for (size_t x = o->t1; x <= d->t0 && near; x++)
          if (doc->seg->toks[x].flags & (TF_NEWLINE | TF_PARA))
            near = 0;
      /* ... nor one before "according to" ("by Friday evening, according
       * to a statement issued at 11:15 a.m."): the source's own time */
      for (size_t x = d->t1; near && d->t1 <= o->t0 && x < o->t0; x++) {
        char aw[12];
        if (!strcmp(tok_lower_str(doc, x, aw, sizeof aw), "according"))
          near = 0;
      }
      /* ... nor one of a comparison after it ("stood at 5.8 metres at 9am,
       * up from 4.1 metres on Wednesday", "trading at 118.6 at 4 p.m.,
       * compared with 113.9 at the close on Thursday") */
      for (size_t x = o->t1; near && d->t0 > o->t1 && x < d->t0; x++) {
        char cw[12], pw[8];
        tok_lower_str(doc, x, cw, sizeof cw);
        if (!strcmp(cw, "compared") || !strcmp(cw, "versus") || !strcmp(cw, "against") ||
            (!strcmp(cw, "from") && x > 0 &&
             (!strcmp(tok_lower_str(doc, x - 1, pw, sizeof pw), "up") || !strcmp(pw, "down"))))
          near = 0;
      }
      /* ... and one after it in another clause is not its ("up 0.6% at
       * midday in New York, with US markets closed tomorrow") */
      if (near && d->t0 > o->t1 && clause_after(doc, o->t1, d->t0))
        near = 0;
      /* "at about 5:40 a.m. (2140 GMT Friday)": the same moment in another
       * zone, whose day may differ from the clock's by one; zones lie at
       * most 14 hours apart, so clock hours more than 12 apart cross
       * midnight.  Further off, a time in brackets keeps its day to itself. */
      int dshift = 0;
      if (d->type == TEMPORA_TIMEX_TIME && !o_par && in_parens(doc, d->sentence, d->t0)) {
        if (d->t0 < o->t1 || d->t0 > o->t1 + 4)
          near = 0;
        else if (strlen(o->value) >= 13 && strlen(d->value) >= 13 &&
                 isdigit((unsigned char)o->value[11]) && isdigit((unsigned char)d->value[11])) {
          int ho = atoi(o->value + 11), hd = atoi(d->value + 11);
          dshift = moment_day_shift(ho, hd, zone_offset(doc, d->t0, d->t1));
        }
      }
      if (j != k && on_day && near && d->iv.valid && !(d->flags & (TXF_QUANT | TXF_LOOKBACK)) &&
          (!day || (near == 1 && day_weak) ||
           ((near == 2) == day_weak &&
            (j > k ? j - k : k - j) < (day > o ? (size_t)(day - o) : (size_t)(o - day))))) {
        day = d;
        shift = dshift;
        day_weak = near == 2;
      }
      /* "starting at 2 a.m. on Monday": the day the clock is said to be
       * on wins over one named before it */
      char w[8];
      if (j != k && on_day && d->iv.valid && d->t0 == o->t1 + 1 && o->t1 < doc->seg->ntok &&
          !strcmp(tok_lower_str(doc, o->t1, w, sizeof w), "on")) {
        day = d;
        shift = 0;
        break;
      }
    }
    /* "between 02:00 and 09:00 Saturday": the first end of a range takes
     * the day of the second */
    if (k + 1 < n && o->t0 > doc->seg->sents[o->sentence].tok0 && v[k + 1].t0 == o->t1 + 1 &&
        v[k + 1].type == TEMPORA_TIMEX_TIME && !(v[k + 1].flags & TXF_BARECLOCK) &&
        v[k + 1].iv.valid && strlen(v[k + 1].value) > 11 && v[k + 1].value[10] == 'T' &&
        isdigit((unsigned char)v[k + 1].value[0])) {
      char a[16], b[16];
      tok_lower_str(doc, o->t0 - 1, a, sizeof a);
      tok_lower_str(doc, o->t1, b, sizeof b);
      if ((!strcmp(a, "between") || !strcmp(a, "from")) &&
          (!strcmp(b, "and") || !strcmp(b, "to") || !strcmp(b, "until") || !strcmp(b, "-"))) {
        day = &v[k + 1];
        shift = 0;
      }
    }
    /* ... and the second end of a span, with no day of its own right
     * after it, the day of the first, or the next one past midnight ("Sat
     * 7/14 ... 11:00 to 2:00", "on Saturday from 22:00 to 02:00") */
    if (k > first && v[k - 1].type == TEMPORA_TIMEX_TIME && v[k - 1].t1 + 1 == o->t0 &&
        v[k - 1].iv.valid && strlen(v[k - 1].value) >= 13 && v[k - 1].value[10] == 'T' &&
        isdigit((unsigned char)v[k - 1].value[0]) && isdigit((unsigned char)v[k - 1].value[11]) &&
        strlen(o->value) >= 13 && isdigit((unsigned char)o->value[11]) &&
        !(day && (day->t0 == o->t1 || day->t0 == o->t1 + 1))) {
      char b[16];
      tok_lower_str(doc, v[k - 1].t1, b, sizeof b);
      if (!strcmp(b, "and") || !strcmp(b, "to") || !strcmp(b, "until") || !strcmp(b, "till") ||
          !strcmp(b, "-") || !strcmp(b, "\xE2\x80\x93")) {
        day = &v[k - 1];
        shift = atoi(o->value + 11) < atoi(v[k - 1].value + 11);
      }
    }
    /* "at 11:35 p.m. (1435 GMT)": a bare time in brackets right after a
     * clock is the same moment; its day is that clock's (one off across
     * midnight) */
    if (o_par && k > first && v[k - 1].type == TEMPORA_TIMEX_TIME && v[k - 1].t1 < o->t0 &&
        v[k - 1].t1 + 3 >= o->t0 && v[k - 1].iv.valid && strlen(v[k - 1].value) >= 13 &&
        isdigit((unsigned char)v[k - 1].value[0]) && isdigit((unsigned char)v[k - 1].value[11]) &&
        strlen(o->value) >= 13 && isdigit((unsigned char)o->value[11])) {
      int ho = atoi(o->value + 11), hd = atoi(v[k - 1].value + 11);
      day = &v[k - 1];
      shift = -moment_day_shift(hd, ho, zone_offset(doc, o->t0, o->t1));
    }
    /* "an alarm sounded at 11.10pm on Thursday; he worked until 4 in the
     * morning": the small hours after an evening clock of the day */
    if (day && !shift && day->type == TEMPORA_TIMEX_DATE && strlen(o->value) >= 13 &&
        isdigit((unsigned char)o->value[11]) && atoi(o->value + 11) < 6 &&
        o->t0 > doc->seg->sents[o->sentence].tok0) {
      char w[8];
      tok_lower_str(doc, o->t0 - 1, w, sizeof w);
      for (size_t j = first; j < k && (!strcmp(w, "until") || !strcmp(w, "till")); j++)
        if (v[j].type == TEMPORA_TIMEX_TIME && strlen(v[j].value) >= 13 &&
            isdigit((unsigned char)v[j].value[11]) && atoi(v[j].value + 11) >= 18 &&
            !strncmp(v[j].value, day->value, 10)) {
          shift = 1;
          break;
        }
    }
    const char *t = strchr(o->value, 'T');
    if (!day || !t || strlen(t) >= 40)
      continue;
    /* (a day the text does not know, "1674-XX-XX", stays unknown across
     * midnight) */
    if (shift && !isdigit((unsigned char)day->value[8]))
      shift = 0;
    /* "evacuated overnight, officials said on Thursday": the night before
     * the day of reporting stays */
    if (!strcmp(t, "TNI") && doc->has_dct && day->iv.start == tp_from_days(tp_days(doc->dct)))
      continue;
    char tpart[40];
    snprintf(tpart, sizeof tpart, "%s", t);
    /* ("On Friday the room ... stayed full until after midnight": the
     * midnight that ends the day named before it, not its start) */
    char mw[12];
    if (!shift && !strcmp(tpart, "T00:00") && day->t1 <= o->t0 && day->type == TEMPORA_TIMEX_DATE &&
        !strcmp(tok_lower_str(doc, o->t1 - 1, mw, sizeof mw), "midnight") &&
        strcmp(tok_lower_str(doc, o->t0 - 1, mw, sizeof mw), "since")) /* (not "since midnight") */
      snprintf(tpart, sizeof tpart, "T24:00");
    if (shift) {
      int64_t y;
      int m, dd;
      /* (from the day the value names: "midnight" of 7/14, T24:00, starts
       * 7/15, and the "1:30 am" after it is of 7/15) */
      date_civil(named_day(day) + shift, &y, &m, &dd);
      if (y < 0 || y > 9999)
        continue;
      snprintf(o->value, sizeof o->value, "%04d-%02d-%02d%s", (int)y, m, dd, tpart);
    } else
      snprintf(o->value, sizeof o->value, "%.10s%s", day->value, tpart);
    date_value_interval(o->value, doc->dct, doc->has_dct, &o->iv, &o->prec);
  }
}

/* ---- fiscal periods ---------------------------------------------------------------- */

/* Fiscal quarters keep their TimeML value ("1989-Q1" for "the fiscal first
 * quarter") but are placed on the calendar where the text puts them: "the
 * quarter ended Sept. 30" said of a fiscal first quarter moves every
 * fiscal quarter and half of the document six months on.  Without such a
 * date their placement (and that of fiscal years) is flagged approximate:
 * fiscal calendars differ from one organization to the next. */
/* The United States federal government's fiscal year N runs from October 1
 * of N-1 to September 30 of N.  Its budget texts name the government in the
 * same sentence: the Pentagon, Congress, appropriations, or "federal" next
 * to the country's name.  Other fiscal calendars (companies,
 * other governments) stay approximate. */
int us_federal_context(const timex_doc *doc, size_t sent) {
  const segmentation *seg = doc->seg;
  int federal = 0, us = 0;
  if (sent < seg->nsent)
    for (size_t i = seg->sents[sent].tok0; i < seg->sents[sent].tok1; i++) {
      char w[24];
      if (!token_lower(doc->text, &seg->toks[i], w, sizeof w))
        continue;
      if (!strcmp(w, "pentagon") || !strcmp(w, "congress") || !strcmp(w, "congressional") ||
          !strcmp(w, "appropriations") || !strcmp(w, "appropriators"))
        return 1;
      /* "a full-year continuing resolution": the stopgap of US budgets */
      char nx[16];
      if (!strcmp(w, "continuing") && i + 1 < seg->sents[sent].tok1 &&
          token_lower(doc->text, &seg->toks[i + 1], nx, sizeof nx) && !strcmp(nx, "resolution"))
        return 1;
      federal |= !strcmp(w, "federal");
      us |= !strcmp(w, "u.s") || !strcmp(w, "us") || !strcmp(w, "american") ||
            (!strcmp(w, "states") && i > 0 && token_lower(doc->text, &seg->toks[i - 1], w, sizeof w) &&
             !strcmp(w, "united"));
    }
  return federal && us;
}

static void place_fiscal(const timex_doc *doc, timex_out *v, size_t n) {
  int found = 0;
  int64_t shift = 0;
  for (size_t k = 0; k + 1 < n && !found; k++) {
    int64_t qy, ey;
    int q, half, em;
    const timex_out *a = &v[k], *e = &v[k + 1];
    if (!(a->flags & TXF_FISCAL) || !parse_quarter(a->value, &qy, &q, &half) || !q)
      continue;
    size_t t = a->t1;
    char w[16];
    if (t >= doc->seg->ntok || !token_lower(doc->text, &doc->seg->toks[t], w, sizeof w) ||
        (strcmp(w, "ended") && strcmp(w, "ending")))
      continue;
    if (e->t0 != t + 1 && !(e->t0 == t + 2 && token_lower(doc->text, &doc->seg->toks[t + 1], w,
                                                           sizeof w) && !strcmp(w, "on")))
      continue;
    if (e->type != TEMPORA_TIMEX_DATE || strspn(e->value, "0123456789") != 4 ||
        e->value[4] != '-' || !isdigit((unsigned char)e->value[5]))
      continue;
    ey = strtoll(e->value, NULL, 10);
    em = atoi(e->value + 5);
    if (em < 1 || em > 12)
      continue;
    /* the period ends in month em of ey; as a calendar period it would
     * end in month q * (3 or 6) of qy */
    shift = (ey * 12 + em) - (qy * 12 + (int64_t)q * (half ? 6 : 3));
    found = shift > -12 && shift < 12;
  }
  for (size_t k = 0; k < n; k++) {
    timex_out *o = &v[k];
    int64_t y;
    int q, half;
    if (!(o->flags & TXF_FISCAL) || !o->iv.valid)
      continue;
    if (found && shift && parse_quarter(o->value, &y, &q, &half) && q) {
      o->iv.start = tp_shift(o->iv.start, UNIT_MONTH, shift);
      o->iv.end = tp_shift(o->iv.end, UNIT_MONTH, shift);
    } else if (!found && us_federal_context(doc, o->sentence)) {
      o->iv.start = tp_shift(o->iv.start, UNIT_MONTH, -3);
      o->iv.end = tp_shift(o->iv.end, UNIT_MONTH, -3);
    } else if (!found) {
      o->iv.flags |= TEMPORA_IV_APPROX;
    }
  }
}

/* ---- ranges ---------------------------------------------------------------------- */


/* How a timex whose year or week the text leaves open can move: 'Y' by
 * whole years ("March", "Dec. 5", "the summer"), 'W' by whole weeks
 * ("Friday"), 'D' by days (a clock time with no day of its own), 0 not at
 * all (a year is written, or nothing to move). */
static int open_step(const timex_doc *doc, const timex_out *o) {
  const char *v = o->value;
  if (!o->iv.valid || strspn(v, "0123456789") != 4 || v[4] != '-')
    return 0;
  int month = 0, weekday = 0;
  for (size_t i = o->t0; i < o->t1; i++) {
    const token *t = &doc->seg->toks[i];
    if (t->kind == TOK_NUM && t->end - t->start >= 3)
      return 0; /* a written year ("2025", "1,999" is no date anyway) */
    if (t->kind == TOK_PUNCT && (doc->text[t->start] == '\'' ||
                                 !strncmp(doc->text + t->start, "\xE2\x80\x99", 3)))
      return 0; /* "'25" */
    char w[24];
    size_t n = token_lower(doc->text, t, w, sizeof w);
    const lex_entry *e = n ? lex_lookup(w, n) : NULL;
    if (e && (e->classes & (LC_MONTH | LC_SEASON)))
      month = 1;
    else if (e && (e->classes & LC_WEEKDAY))
      weekday = 1;
    else if (e && (e->classes & LC_UNIT))
      return 0; /* "next week", "this year": the text fixes them */
  }
  if (month)
    return 'Y';
  if (weekday)
    return strlen(v) >= 10 && v[7] == '-' ? 'W' : 0;
  /* a clock time alone ("from 10 p.m. to 5 a.m."): the day may turn */
  return (o->flags & TXF_BARECLOCK) && strlen(v) >= 13 && v[10] == 'T' ? 'D' : 0;
}

/* Moves a timex by `k` steps of its kind (years, weeks or days), value
 * and interval together. */
static void shift_timex(timex_out *o, int kind, int k) {
  int unit = kind == 'Y' ? UNIT_YEAR : kind == 'W' ? UNIT_WEEK : UNIT_DAY;
  int64_t y = strtoll(o->value, NULL, 10), ny;
  int m = 1, d = 1;
  if (kind != 'Y' && !date_valid(y, m = atoi(o->value + 5), d = atoi(o->value + 8)))
    return;
  int64_t tp = tp_shift(tp_make(y, m, d, 0, 0, 0), unit, k);
  int hh, mi, ss;
  tp_split(tp, &ny, &m, &d, &hh, &mi, &ss);
  if (ny < 1 || ny > 9999)
    return;
  /* the value keeps its form: only the year (YYYY-...) or the date
   * (YYYY-MM-DD...) at its front changes */
  char buf[12];
  snprintf(buf, sizeof buf, "%04d-%02d-%02d", (int)ny, m, d);
  memcpy(o->value, buf, kind == 'Y' ? 4 : 10);
  o->iv.start = tp_shift(o->iv.start, unit, k);
  o->iv.end = tp_shift(o->iv.end, unit, k);
}

/* Days a range placed wholly ahead of the publication date "costs" against
 * one placed back, when nothing in the text says which (as AGAINST_UNKNOWN
 * does for a lone date in timex_rules.c). */
#define RANGE_AHEAD_DAYS 100

/* Was the open timex put ahead of the publication date though its
 * occurrence a step back lies nearer?  Then the clause said so ("will hold
 * a conference from Nov. 30 to Dec. 4" said in January): an undecided
 * date leans to the past. */
static int placed_ahead_by_text(const timex_doc *doc, const timex_out *a, int kind) {
  if (a->iv.start <= doc->dct)
    return 0;
  timex_out back = *a;
  shift_timex(&back, kind, -1);
  return back.iv.valid && doc->dct - back.iv.end < a->iv.start - doc->dct;
}

/* The ends of a range go forward in time: "from December to February" said
 * in November is this December to next February, "from October 2025 to
 * March" ends in March 2026.  The end the text leaves open follows the
 * other; when both are open, the second follows the first (whose
 * direction the clause chose). */
static void order_range(const timex_doc *doc, timex_out *a, timex_out *b) {
  int ka = open_step(doc, a), kb = open_step(doc, b);
  /* Both ends open and out of order ("from January through September"
   * said in November, the first taken ahead and the second back): the
   * placement of the whole range nearer the publication date wins, with
   * the same lean to the past as a lone date (news mostly reports what
   * is past). */
  if (ka == 'Y' && kb == 'Y' && b->iv.start < a->iv.start && doc->has_dct &&
      !placed_ahead_by_text(doc, a, ka) && !(a->flags & TXF_AHEAD)) {
    timex_out fa = *a, fb = *b;
    for (int g = 0; g < 3 && fb.iv.start < a->iv.start; g++)
      shift_timex(&fb, kb, 1);
    for (int g = 0; g < 3 && fa.iv.start > b->iv.start; g++)
      shift_timex(&fa, ka, -1);
    int64_t back = doc->dct > b->iv.end ? doc->dct - b->iv.end : 0;      /* [fa, b) */
    int64_t ahead = a->iv.start > doc->dct ? a->iv.start - doc->dct : 0; /* [a, fb) */
    if (a->iv.start > doc->dct)
      ahead += RANGE_AHEAD_DAYS * (int64_t)DAY_SECS;
    if (fa.iv.start <= b->iv.start && back <= ahead) {
      *a = fa;
      return;
    }
  }
  if (kb) {
    for (int g = 0; g < 3 && b->iv.start < a->iv.start; g++)
      shift_timex(b, kb, 1);
    int64_t span = (kb == 'Y' ? 366 : kb == 'D' ? 1 : 7) * (int64_t)DAY_SECS;
    /* a weekday comes back to the week after the first end, however far
     * ("from Friday morning to Saturday night" in a story of March) */
    for (int g = 0; g < (kb == 'W' ? 60 : 3) && (kb == 'Y' || ka == kb) &&
                    b->iv.start - span >= a->iv.start;
         g++)
      shift_timex(b, kb, -1);
  } else if (ka) {
    /* an open year takes the written end's ("between April and July 2014"),
     * the year before when its month comes later ("from November to March
     * 2015") */
    if (ka == 'Y') {
      int64_t ya, yb;
      int m, d;
      date_civil(tp_days(a->iv.start), &ya, &m, &d);
      date_civil(tp_days(b->iv.start), &yb, &m, &d);
      if (ya != yb && ya - yb < 10000 && yb - ya < 10000)
        shift_timex(a, ka, (int)(yb - ya));
    }
    for (int g = 0; g < 3 && a->iv.start > b->iv.start; g++)
      shift_timex(a, ka, -1);
    for (int g = 0; g < 3 && ka == 'Y' && a->iv.start + 366 * (int64_t)DAY_SECS <= b->iv.start;
         g++)
      shift_timex(a, ka, 1);
  }
}

/* v[k] takes in the extent of v[k + 1], which goes. */
static void absorb_next(timex_out *v, size_t *n, size_t k) {
  v[k].end = v[k + 1].end;
  v[k].t1 = v[k + 1].t1;
  memmove(&v[k + 1], &v[k + 2], (*n - k - 2) * sizeof *v);
  (*n)--;
}

/* "4 minutes and 30 seconds", "a year and three months", "5 hours 48
 * minutes": two counted durations, side by side or joined by "and", the
 * larger unit first, are one (PT4M30S). */
static void join_durations(const timex_doc *doc, timex_out *v, size_t *n) {
  static const char order[] = "YMWDHmS"; /* Y M W D, then after T: H M(m) S */
  /* (k stays after a join: the joined span may take the next part too) */
  for (size_t k = 0, next = 1; k + 1 < *n; k = next ? k + 1 : k, next = 1) {
    timex_out *a = &v[k], *b = &v[k + 1];
    char w[8];
    /* (also after a comma, in a list that ends with "and": "38 days, 6
     * hours and 52 minutes") */
    int joined = b->t0 == a->t1 + 1 && !strcmp(tok_lower_str(doc, a->t1, w, sizeof w), "and");
    if (!joined && b->t0 == a->t1 + 1 && !strcmp(tok_lower_str(doc, a->t1, w, sizeof w), ",") &&
        k + 2 < *n && v[k + 2].sentence == b->sentence && v[k + 2].t0 == b->t1 + 1 &&
        v[k + 2].type == TEMPORA_TIMEX_DURATION)
      joined = !strcmp(tok_lower_str(doc, b->t1, w, sizeof w), "and");
    if (a->type != TEMPORA_TIMEX_DURATION || b->type != TEMPORA_TIMEX_DURATION ||
        a->sentence != b->sentence || (b->t0 != a->t1 && !joined) || b->mod[0] ||
        a->anchor[0] || b->anchor[0] || strchr(a->value, 'X') || strchr(b->value, 'X'))
      continue; /* (a's mod is the whole's: "about 2 hours 20 minutes") */
    /* the last unit of a, the first of b, as positions in `order` */
    size_t la = strlen(a->value), lb = strlen(b->value);
    if (la < 3 || lb < 3)
      continue;
    int ta = strchr(a->value, 'T') != NULL, tb = strchr(b->value, 'T') != NULL;
    char ua = a->value[la - 1], ub = b->value[lb - 1];
    if (ta && ua == 'M')
      ua = 'm';
    if (tb && ub == 'M')
      ub = 'm';
    const char *pa = strchr(order, ua), *pb = strchr(order, ub);
    size_t one_b = strspn(b->value + 1 + tb, "0123456789.") + 2 + tb; /* "P3M", "PT30S" */
    if (!pa || !pb || pa >= pb || one_b != lb)
      continue;
    char val[80];
    snprintf(val, sizeof val, "%s%s%s", a->value, tb && !ta ? "T" : "", b->value + 1 + tb);
    snprintf(a->value, sizeof a->value, "%s", val);
    absorb_next(v, n, k);
    next = 0;
  }
}

/* "four years and three months earlier", "two years and six weeks ago":
 * a counted span joined by "and" to a date counted back or on from, the
 * larger unit first, is one date, counted by both. */
static void join_counted_dates(const timex_doc *doc, timex_out *v, size_t *n) {
  for (size_t k = 0; k + 1 < *n; k++) {
    timex_out *a = &v[k], *b = &v[k + 1];
    char w[16];
    if (a->type != TEMPORA_TIMEX_DURATION || b->type != TEMPORA_TIMEX_DATE ||
        a->sentence != b->sentence || b->t0 != a->t1 + 1 || a->mod[0] || !b->iv.valid ||
        strcmp(tok_lower_str(doc, a->t1, w, sizeof w), "and"))
      continue;
    tok_lower_str(doc, b->t1 - 1, w, sizeof w);
    int dir = !strcmp(w, "earlier") || !strcmp(w, "ago") || !strcmp(w, "before") ? -1
              : !strcmp(w, "later") || !strcmp(w, "after")                      ? 1
                                                                               : 0;
    size_t la = strlen(a->value), nd = strspn(a->value + 1, "0123456789");
    if (!dir || a->value[0] != 'P' || nd == 0 || nd > 4 || la != nd + 2)
      continue;
    char kind = a->value[la - 1];
    /* b's unit is finer than a's: "and three months" after years */
    char bu[8];
    tok_lower_str(doc, b->t1 - 2, bu, sizeof bu);
    int b_finer = kind == 'Y' ? strncmp(bu, "year", 4) && strncmp(bu, "decade", 6)
                  : kind == 'W' ? !strncmp(bu, "day", 3)
                                : 0;
    int is_day = strlen(b->value) >= 10 && b->value[4] == '-' && b->value[7] == '-';
    if (!b_finer || (kind == 'W' && !is_day) || strspn(b->value, "0123456789") != 4)
      continue;
    shift_timex(b, kind, dir * atoi(a->value + 1));
    b->start = a->start;
    b->t0 = a->t0;
    memmove(a, b, (*n - k - 1) * sizeof *v);
    (*n)--;
  }
}

/* "Good Friday, 13 April", "Christmas Day, 25 December": a named day and
 * its date in apposition stay two timexes (38 blind annotations of 48
 * split them); the feast takes the date's year where the text had placed
 * it in another ("Whit Monday, 2 June 1884" in a story not yet dated). */
static void date_named_days(const timex_doc *doc, timex_out *v, size_t n) {
  for (size_t k = 0; k + 1 < n; k++) {
    timex_out *a = &v[k], *b = &v[k + 1];
    char w[8];
    if (a->type != TEMPORA_TIMEX_DATE || b->type != TEMPORA_TIMEX_DATE ||
        a->sentence != b->sentence || b->t0 != a->t1 + 1 || strlen(a->value) != 10 ||
        strlen(b->value) != 10 || strcmp(tok_lower_str(doc, a->t1, w, sizeof w), ","))
      continue;
    /* (a feast placed in another year than the date written after it, "Whit
     * Monday, 2 June 1884" in a story not yet dated: the date's) */
    int other_year = strcmp(a->value, b->value) && writes_year(doc, b) && !writes_year(doc, a) &&
                     strncmp(a->value, b->value, 4);
    if (!other_year)
      continue;
    int digits = 0;
    for (size_t i = a->start; i < a->end && !digits; i++)
      digits = isdigit((unsigned char)doc->text[i]);
    char f[16];
    tok_lower_str(doc, a->t0, f, sizeof f);
    static const char *const weekdays[] = {"monday", "tuesday", "wednesday", "thursday",
                                           "friday", "saturday", "sunday", NULL};
    int weekday = 0;
    for (int h = 0; weekdays[h]; h++)
      weekday |= !strcmp(f, weekdays[h]) && a->t1 == a->t0 + 1;
    /* a name: capitalized, no relative word ("next Friday, Nov. 6" and
     * "The following day, November 11" are two) */
    static const char *const rel[] = {"the", "next", "last", "this", "that", "following",
                                      "previous", "coming", NULL};
    int name = (doc->seg->toks[a->t0].flags & TF_CAP) != 0;
    for (size_t i = a->t0; i < a->t1 && name; i++) {
      char r[16];
      tok_lower_str(doc, i, r, sizeof r);
      for (int h = 0; rel[h]; h++)
        name &= strcmp(r, rel[h]) != 0;
    }
    if (digits || weekday || !name)
      continue; /* a weekday and its date stay as the text's rules made them */
    memcpy(a->value, b->value, sizeof a->value); /* (two elements of v: no overlap) */
    a->iv = b->iv;
  }
}

/* A bulletin's header stamp: "500 PM AST Wed Sep 02 2026", "342 AM EST
 * Mon Jan 12 2026": a clock with its zone and the day right after it, no
 * word between, are one time on that day (two annotators of two). */
static void join_header_clock(const timex_doc *doc, timex_out *v, size_t *n) {
  for (size_t k = 0; k + 1 < *n; k++) {
    timex_out *a = &v[k], *b = &v[k + 1];
    const char *t = strchr(a->value, 'T');
    if (a->type != TEMPORA_TIMEX_TIME || b->type != TEMPORA_TIMEX_DATE ||
        a->sentence != b->sentence || b->t0 < a->t1 || b->t0 > a->t1 + 1 || !t || strlen(t) != 6 ||
        !isdigit((unsigned char)t[1]) || strlen(b->value) != 10 ||
        strspn(b->value, "0123456789") != 4 || b->mod[0] || a->mod[0] || !b->iv.valid)
      continue;
    if (zone_offset(doc, a->t1 - 1, a->t1) == INT_MIN)
      continue;
    if (a->t1 < doc->seg->ntok && (doc->seg->toks[a->t1].flags & TF_GAP))
      continue; /* (a table's next column: "08:00 PDT    Thu Oct 16") */
    if (b->t0 == a->t1 + 1) { /* (its weekday between: "Wed") */
      char ww[16];
      tok_lower_str(doc, a->t1, ww, sizeof ww);
      const lex_entry *we = lex_lookup(ww, strlen(ww));
      if (!we || !(we->classes & LC_WEEKDAY))
        continue;
    }
    int hh = atoi(t + 1), mm = atoi(t + 4);
    char val[sizeof a->value];
    snprintf(val, sizeof val, "%s%s", b->value, t);
    snprintf(a->value, sizeof a->value, "%s", val);
    a->iv.valid = 1;
    a->iv.start = b->iv.start + (int64_t)hh * 3600 + mm * 60;
    a->iv.end = a->iv.start + 60;
    a->prec = TEMPORA_PREC_MINUTE;
    absorb_next(v, n, k);
  }
}

/* Is the timex an end of a range ("from June to September", "between
 * March and May", "June-September"), by the signal link_ranges left? */
static int range_end(const timex_out *o) {
  static const char *const links[] = {"from", "between", "to", "and", "through", "-", NULL};
  return str_in_list(o->signal, links);
}

/* Dates that recur: "the lean season, from January 1 to May 31 each
 * year" names no year's January; TimeML writes XXXX-01-01, with no place
 * on the calendar.  A month or day whose year the text leaves open, with
 * "each year", "every year", "annually" or "yearly" a few words on in its
 * sentence. */
static void generic_dates(const timex_doc *doc, timex_out *v, size_t n) {
  for (size_t k = 0; k < n; k++) {
    timex_out *o = &v[k];
    if (o->type != TEMPORA_TIMEX_DATE || strspn(o->value, "0123456789") != 4 ||
        o->value[4] != '-' || !isdigit((unsigned char)o->value[5]) || writes_year(doc, o))
      continue;
    /* (not a month the text counts from now: "From next month the squad
     * trains on Tuesdays") */
    char w0[16];
    tok_lower_str(doc, o->t0, w0, sizeof w0);
    if (!strcmp(w0, "next") || !strcmp(w0, "last") || !strcmp(w0, "this") ||
        !strcmp(w0, "coming") || !strcmp(w0, "following") || !strcmp(w0, "previous"))
      continue;
    const sentence *sn = &doc->seg->sents[o->sentence];
    int recurs = 0;
    for (size_t i = o->t1; i < sn->tok1 && i < o->t1 + 7 && !recurs; i++) {
      char w[16], x[16];
      tok_lower_str(doc, i, w, sizeof w);
      /* (not past a clause of comparison: "will work on New Year's Eve,
       * as she has almost every year") */
      if (!strcmp(w, ".") || !strcmp(w, ";") || !strcmp(w, "as"))
        break;
      recurs = !strcmp(w, "annually") || !strcmp(w, "yearly") ||
               ((!strcmp(w, "each") || !strcmp(w, "every")) && i + 1 < sn->tok1 &&
                !strcmp(tok_lower_str(doc, i + 1, x, sizeof x), "year"));
    }
    /* "a fair each year on St Swithun's Day", "every year in March":
     * the words before it */
    /* (not "every year since May 2014", nor a feast that moves) */
    char pw[8] = "";
    if (o->t0 > sn->tok0)
      tok_lower_str(doc, o->t0 - 1, pw, sizeof pw);
    int placed = !strcmp(pw, "on") || !strcmp(pw, "in");
    for (size_t i = o->t0 > sn->tok0 + 5 ? o->t0 - 5 : sn->tok0;
         placed && !(o->flags & TXF_MOVABLE) && i + 1 < o->t0 && !recurs; i++) {
      char w[16], x[16];
      tok_lower_str(doc, i, w, sizeof w);
      recurs = (!strcmp(w, "each") || !strcmp(w, "every")) &&
               !strcmp(tok_lower_str(doc, i + 1, x, sizeof x), "year");
    }
    /* "can be visited from April to October", "is open from May to
     * September": a place's season, in the present */
    if (!recurs && strlen(o->value) == 7 && range_end(o)) {
      size_t lo = o->t0 > sn->tok0 + 8 ? o->t0 - 8 : sn->tok0;
      for (size_t i = lo + 1; i < o->t0 && !recurs; i++) {
        char w[16], p[16];
        tok_lower_str(doc, i, w, sizeof w);
        tok_lower_str(doc, i - 1, p, sizeof p);
        recurs = (!strcmp(w, "open") || !strcmp(w, "visited")) &&
                 (!strcmp(p, "is") || !strcmp(p, "are") || !strcmp(p, "be") ||
                  !strcmp(p, "remains") || !strcmp(p, "stays"));
      }
    }
    /* "cases usually peak between December and April", "the rainy
     * season, which typically lasts from June to September": a range of
     * bare months in a sentence that speaks of what usually happens */
    /* (a range opened by "from" or "between": "JANUARY TO JUNE (all
     * Saturdays)" names one half-year's market days) */
    int opened = !strcmp(o->signal, "from") || !strcmp(o->signal, "between") ||
                 (k > 0 && (!strcmp(v[k - 1].signal, "from") ||
                            !strcmp(v[k - 1].signal, "between")));
    if (!recurs && strlen(o->value) == 7 && range_end(o) && opened) {
      static const char *const habit[] = {"usually", "typically", "normally", "generally",
                                          "traditionally", "often", "tend", "tends",
                                          /* "on Sundays between June and September
                                           * visitors can pan for gold" */
                                          "mondays", "tuesdays", "wednesdays", "thursdays",
                                          "fridays", "saturdays", "sundays", "weekends", NULL};
      for (size_t i = sn->tok0; i < sn->tok1 && !recurs; i++) {
        char w[16];
        tok_lower_str(doc, i, w, sizeof w);
        for (int h = 0; habit[h] && !recurs; h++)
          recurs = !strcmp(w, habit[h]);
      }
    }
    /* "September has historically been the weakest month", "March is
     * usually the wettest": a month whose verb says what it is, usually */
    if (!recurs && strlen(o->value) == 7 && o->t1 + 3 < sn->tok1) {
      static const char *const habit[] = {"usually", "typically", "normally", "generally",
                                          "traditionally", "historically", NULL};
      static const char *const be[] = {"is", "has", "was", "tends", NULL};
      char w[16];
      int verb = 0;
      for (int h = 0; be[h]; h++)
        verb |= !strcmp(tok_lower_str(doc, o->t1, w, sizeof w), be[h]);
      for (size_t i = o->t1 + 1; verb && i < o->t1 + 3 && !recurs; i++) {
        tok_lower_str(doc, i, w, sizeof w);
        for (int h = 0; habit[h] && !recurs; h++)
          recurs = !strcmp(w, habit[h]);
      }
    }
    /* "In a normal year, transmission peaks in March": the months of a
     * kind of year, which the sentence opens with */
    if (!recurs && strlen(o->value) == 7) {
      static const char *const kind[] = {"normal", "typical", "average", "ordinary", "usual",
                                         NULL};
      for (size_t i = sn->tok0; i + 1 < sn->tok1 && i < sn->tok0 + 6 && i < o->t0 && !recurs;
           i++) {
        char w[16], x[16];
        tok_lower_str(doc, i, w, sizeof w);
        tok_lower_str(doc, i + 1, x, sizeof x);
        for (int h = 0; kind[h] && !recurs; h++)
          recurs = !strcmp(w, kind[h]) && (!strcmp(x, "year") || !strcmp(x, "years"));
      }
    }
    /* "Its financial year runs from 1 July to 30 June": the days that
     * bound a kind of year, in the present of a definition */
    if (!recurs && strlen(o->value) == 10 && o->signal[0]) { /* the ends of a range */
      static const char *const kinds[] = {"financial", "fiscal", "academic", "school", "tax",
                                          "business", NULL};
      /* (not one year's: "the current fiscal year, which ends March 31",
       * "The new fiscal year begins on Wednesday, October 1") */
      static const char *const one[] = {"current", "new", "next", "this", "last", "coming",
                                        "previous", NULL};
      int kind = 0, verb = 0;
      /* (a window around the date: a sentence may be huge) */
      size_t lo = o->t0 > sn->tok0 + 24 ? o->t0 - 24 : sn->tok0;
      size_t hi = o->t1 + 24 < sn->tok1 ? o->t1 + 24 : sn->tok1;
      for (size_t i = lo; i + 1 < hi; i++) {
        char w[16], x[16], p[16] = "";
        tok_lower_str(doc, i, w, sizeof w);
        tok_lower_str(doc, i + 1, x, sizeof x);
        if (i > sn->tok0)
          tok_lower_str(doc, i - 1, p, sizeof p);
        int one_year = 0;
        for (int h = 0; one[h]; h++)
          one_year |= !strcmp(p, one[h]);
        for (int h = 0; kinds[h]; h++)
          kind |= !strcmp(w, kinds[h]) && !strcmp(x, "year") && !one_year;
        verb |= kind && (!strcmp(w, "runs") || !strcmp(w, "run"));
      }
      recurs = kind && verb;
    }
    if (!recurs)
      continue;
    memcpy(o->value, "XXXX", 4);
    o->iv.valid = 0;
    o->prec = TEMPORA_PREC_NONE;
  }
}

/* "between 4 and 8 p.m.", "from 9 to 11.30am": the bare first end of a
 * clock range is a clock too, of the second's half of the day when it
 * fits before it (else of the other: "from 11 to 2 p.m."), on its day. */
static int clock_range_starts(const timex_doc *doc, outvec *ov) {
  for (size_t k = 0; k < ov->n; k++) {
    timex_out o = ov->v[k];
    const char *t = strchr(o.value, 'T');
    if (o.type != TEMPORA_TIMEX_TIME || !t || !isdigit((unsigned char)t[1]) || strlen(t) != 6)
      continue;
    const sentence *sn = &doc->seg->sents[o.sentence];
    if (o.t0 < sn->tok0 + 3)
      continue;
    char w[16], lo[24] = "";
    tok_lower_str(doc, o.t0 - 1, w, sizeof w);
    if (strcmp(w, "to") && strcmp(w, "and") && strcmp(w, "-") && strcmp(w, "until") &&
        strcmp(w, "till") && strcmp(w, "\xE2\x80\x93"))
      continue;
    size_t nt = o.t0 - 2;
    char p[16];
    tok_lower_str(doc, nt - 1, p, sizeof p);
    if (strcmp(p, "from") && strcmp(p, "between"))
      continue;
    if (k > 0 && ov->v[k - 1].sentence == o.sentence && ov->v[k - 1].t1 > nt)
      continue; /* already a timex */
    /* the second end says its half of the day */
    size_t n = o.end - o.start < sizeof lo - 1 ? o.end - o.start : sizeof lo - 1;
    for (size_t i = 0; i < n; i++)
      lo[i] = (char)tolower((unsigned char)doc->text[o.start + i]);
    lo[n] = '\0';
    if (!strstr(lo, "a.m") && !strstr(lo, "p.m") && !strstr(lo, "am") && !strstr(lo, "pm"))
      continue;
    const token *tk = &doc->seg->toks[nt];
    if (tk->kind != TOK_NUM)
      continue;
    char num[8];
    size_t len = tk->end - tk->start;
    if (len > 5)
      continue;
    memcpy(num, doc->text + tk->start, len);
    num[len] = '\0';
    int h = 0, m = 0;
    if (strchr(num, ':') || strchr(num, '.')) {
      if (sscanf(num, "%d%*[:.]%d", &h, &m) != 2 || m > 59)
        continue;
    } else if (len > 2 || sscanf(num, "%d", &h) != 1)
      continue;
    if (h < 1 || h > 12)
      continue;
    int h2 = atoi(t + 1), m2 = atoi(t + 4);
    if (h == 12)
      h = 0;
    if (h2 >= 12 && h + 12 <= h2 && (h + 12) * 60 + m < h2 * 60 + m2)
      h += 12; /* "4 and 8 p.m.": both in the evening */
    else if (h2 < 12 && h * 60 + m >= h2 * 60 + m2)
      continue; /* "from 9 to 5 a.m." makes no sense as written */
    timex_out a = o;
    a.t0 = nt;
    a.t1 = nt + 1;
    a.start = tk->start;
    a.end = tk->end;
    a.mod[0] = '\0';
    a.signal[0] = '\0';
    snprintf(a.value, sizeof a.value, "%.*sT%02d:%02d", (int)(t - o.value), o.value, h, m);
    if (a.iv.valid) {
      int64_t d = (int64_t)(h * 60 + m) - (h2 * 60 + m2);
      a.iv.start = tp_shift(a.iv.start, UNIT_MINUTE, d);
      a.iv.end = tp_shift(a.iv.end, UNIT_MINUTE, d);
    }
    if (push_out(ov, &a))
      return -1;
    memmove(&ov->v[k + 1], &ov->v[k], (ov->n - 1 - k) * sizeof *ov->v);
    ov->v[k] = a;
    k++;
  }
  return 0;
}

/* Endpoints of a range share one interval, [first start, last end), and
 * carry its words as signals: "from 2019 to 2021", "between March and May",
 * "2019-2021", "Nov. 24-26".  The ends of a range of no date ("runs from
 * 10 p.m. to 5 a.m.") carry the signals alone. */
static void link_ranges(const timex_doc *doc, timex_out *v, size_t n) {
  for (size_t k = 0; k + 1 < n; k++) {
    timex_out *a = &v[k], *b = &v[k + 1];
    if (a->sentence != b->sentence || a->iv.valid != b->iv.valid)
      continue;
    if (a->type != b->type || b->t0 != a->t1 + 1)
      continue;
    char w[16], p[16] = "";
    tok_lower_str(doc, a->t1, w, sizeof w);
    if (a->t0 > 0)
      tok_lower_str(doc, a->t0 - 1, p, sizeof p);
    int range = 0;
    if (!strcmp(w, "-") || !strcmp(w, "\xE2\x80\x93"))
      range = 1;
    else if (!strcmp(w, "through") && a->type == TEMPORA_TIMEX_DATE)
      range = 1; /* "January through September": a range with or without "from" */
    else if ((!strcmp(w, "to") || !strcmp(w, "through") || !strcmp(w, "until") ||
              !strcmp(w, "till")) && (!strcmp(p, "from") || (b->flags & TXF_RANGE_END)))
      range = 1;
    else if (!strcmp(w, "and") && (!strcmp(p, "between") || (b->flags & TXF_RANGE_END)))
      range = 1;
    else if (!strcmp(w, "to") && a->type == TEMPORA_TIMEX_DATE && writes_year(doc, b) &&
             !writes_year(doc, a))
      range = 1; /* "Workshop: 12 June to 14 June 2023": the year written once */
    else if (!strcmp(w, "to") && a->type == TEMPORA_TIMEX_DATE && strlen(a->value) == 7 &&
             strlen(b->value) == 7 && isdigit((unsigned char)a->value[5]) &&
             isdigit((unsigned char)b->value[5]) && !writes_year(doc, a) && !writes_year(doc, b))
      range = 1; /* "MARKET DAYS, JANUARY TO JUNE": two bare months */
    if (!range)
      continue;
    if (a->iv.valid) {
      order_range(doc, a, b);
      if (b->iv.end <= a->iv.start)
        continue;
      int64_t s = a->iv.start, e = b->iv.end;
      unsigned flags = (a->iv.flags | b->iv.flags) & TEMPORA_IV_APPROX;
      a->iv.start = b->iv.start = s;
      a->iv.end = b->iv.end = e;
      a->iv.flags = b->iv.flags = flags;
    }
    if (!strcmp(w, "\xE2\x80\x93"))
      snprintf(w, sizeof w, "-");
    if (p[0] && (!strcmp(p, "from") || !strcmp(p, "between")))
      snprintf(a->signal, sizeof a->signal, "%s", p);
    snprintf(b->signal, sizeof b->signal, "%s", w);
  }
}

/* Clocks placed on a day the text named pass that day on to the clocks of
 * the next sentences ("... before dawn Wednesday.  Shortly after noon ...
 * until 6 p.m."), with their hour: after an evening clock a morning one
 * is the next day's.  Called once the sentence's clocks are placed. */
static void note_clock_days(tstate *st, const timex_out *v, size_t first, size_t n) {
  for (size_t k = first; k < n; k++) {
    const timex_out *o = &v[k];
    if (!(o->flags & TXF_BARECLOCK) || st->doc->narrative || !st->doc->has_dct || !o->iv.valid ||
        tp_days(o->iv.start) == tp_days(st->doc->dct))
      continue;
    if (k > first && v[k - 1].type == TEMPORA_TIMEX_TIME && v[k - 1].t1 < o->t0 &&
        v[k - 1].t1 + 4 >= o->t0 && in_parens(st->doc, o->sentence, o->t0))
      continue; /* "11:35 p.m. (1435 GMT)": the same moment in another zone */
    note_recent(st, named_day(o), clock_hour(o->value));
  }
}

static void free_state(tstate *st) {
  free(st->seen_rules);
  free(st->seen_mods);
  free(st->lex);
  free(st->tcls);
  free(st->tense_memo);
  free(st->num_memo);
  free(st->numv);
  free(st->mm);
  free(st->wk);
}

int timex_tag(const timex_doc *doc, timex_out **out, size_t *n) {
  *out = NULL;
  *n = 0;
  if (timex_init())
    return -1;
  const segmentation *seg = doc->seg;
  tstate st;
  memset(&st, 0, sizeof st);
  st.cur_hour = -1;
  st.doc = doc;
  st.dotted_clocks = writes_dotted_clocks(doc);
  st.dotted24 = writes_dotted24(doc);
  st.ampm_clocks = writes_ampm_clocks(doc);
  /* a forecast's or an outlook's label in the first line (not a headline's
   * "cuts its forecast") */
  if (seg->nsent && doc->has_dct)
    for (size_t k = seg->sents[0].tok0; k < seg->sents[0].tok1 && k < seg->sents[0].tok0 + 16; k++) {
      const char *w = doc->text + seg->toks[k].start;
      size_t n = seg->toks[k].end - seg->toks[k].start;
      if ((seg->toks[k].flags & TF_CAP) && (text_is(w, n, "forecast") || text_is(w, n, "outlook")))
        st.forecast_label = 1;
    }
  size_t nt = seg->ntok ? seg->ntok : 1;
  st.lex = malloc(nt * sizeof *st.lex);
  st.tcls = malloc(nt * sizeof *st.tcls); /* filled sentence by sentence */
  st.tense_memo = calloc(nt, 1);
  st.num_memo = calloc(nt, 1);
  st.numv = malloc(nt * sizeof *st.numv); /* read only once num_memo says parsed */
  st.cc = thread_cache(); /* optional: NULL only costs speed */
  st.mm = malloc(timex_nmacros * sizeof *st.mm); /* optional too */
  st.wk = calloc(1, sizeof *st.wk);               /* optional: NULL forgets weekdays */
  for (size_t m = 0; st.mm && m < timex_nmacros; m++)
    st.mm[m].gen = 0;
  if (!st.lex || !st.tcls || !st.tense_memo || !st.num_memo || !st.numv) {
    free_state(&st);
    return -1;
  }
  for (size_t i = 0; i < seg->ntok; i++) {
    char w[40];
    size_t len = token_lower(doc->text, &seg->toks[i], w, sizeof w);
    st.lex[i] = len ? lex_lookup(w, len) : NULL;
  }
  if (doc->narrative && doc->has_dct) {
    st.has_ref = 1;
    st.ref = doc->dct;
    st.ref_prec = doc->dct_prec;
  }
  outvec ov = {0};
  int *cand = malloc((timex_nrules + 1) * sizeof *cand);
  int *mcand = malloc((timex_nmods + 1) * sizeof *mcand);
  st.seen_rules = calloc(timex_nrules + 1, sizeof *st.seen_rules);
  st.seen_mods = calloc(timex_nmods + 1, sizeof *st.seen_mods);
  if (!cand || !mcand || !st.seen_rules || !st.seen_mods) {
    free(cand);
    free(mcand);
    free_state(&st);
    return -1;
  }
  int rc = 0;
  /* a written quotation from a retold day left open at a sentence's end
   * ("An entry from April 2, 1904, reads: \"Clear. Tomorrow I try for the
   * ridge.\""): its next sentences speak from that day too */
  int carry_straight = 0, carry_curly = 0;
  for (size_t s = 0; s < seg->nsent && !rc; s++) {
    size_t first = ov.n;
    st.sent = s;
    st.s_tok0 = seg->sents[s].tok0;
    st.s_tok1 = seg->sents[s].tok1;
    for (size_t k = st.s_tok0; k < st.s_tok1; k++)
      st.tcls[k] = token_classes(&st, k);
    /* a heading "On the day" (or "Race day", "On the night") under a lead
     * that named the event's day ahead: its section is on that day */
    if (st.event_day.on && st.s_tok1 - st.s_tok0 <= 4 && own_line(&st) &&
        (tok_is(&st, st.s_tok1 - 1, "day") || tok_is(&st, st.s_tok1 - 1, "night")) &&
        (tok_is(&st, st.s_tok0, "on") || tok_is(&st, st.s_tok0, "race") ||
         tok_is(&st, st.s_tok0, "event") || tok_is(&st, st.s_tok0, "match")))
      set_day_heading(&st, &st.heading_day, st.event_day.at);
    /* a short heading in capitals that names a forecast ("FORECAST BY
     * DAY"): the weekdays of its section lie ahead */
    if (st.s_tok1 - st.s_tok0 <= 6)
      for (size_t k = st.s_tok0; k < st.s_tok1; k++)
        if ((seg->toks[k].flags & TF_UPPER) && (tok_is(&st, k, "forecast") || tok_is(&st, k, "outlook")))
          mention_set(&st, &st.forecast_head, 0);
    /* a heading of hours ("Standard opening hours", "Office hours"): the
     * days and clocks of its section recur */
    /* (another heading, with no day nor number, ends that section: "Easter
     * opening") */
    if (st.s_tok1 - st.s_tok0 <= 8 && own_line(&st)) {
      int hours = 0, plain = 1;
      for (size_t k = st.s_tok0; k < st.s_tok1; k++) {
        /* (or any heading that ends with "hours" after a noun: "LIFT
         * HOURS", "Library hours"; not "24 HOURS", "the next 48 hours") */
        if (tok_is(&st, k, "hours") && k > st.s_tok0 &&
            (tok_is(&st, k - 1, "opening") || tok_is(&st, k - 1, "office") ||
             tok_is(&st, k - 1, "visiting") || tok_is(&st, k - 1, "business") ||
             tok_is(&st, k - 1, "surgery") || tok_is(&st, k - 1, "our") ||
             (k + 1 == st.s_tok1 && seg->toks[k - 1].kind == TOK_WORD &&
              !(seg->toks[k].flags & TF_GAP) && !(seg->toks[k - 1].flags & TF_GAP) &&
              !(st.lex[k - 1] && (st.lex[k - 1]->classes & LC_NUMWORD)) &&
              !tok_is(&st, k - 1, "the") && !tok_is(&st, k - 1, "few") &&
              !tok_is(&st, k - 1, "many") && !tok_is(&st, k - 1, "several"))))
          hours |= 1;
        /* (or the day of a routine: "A TYPICAL DAY", "Daily routine") */
        if (k > st.s_tok0 && ((tok_is(&st, k, "day") && (tok_is(&st, k - 1, "typical") ||
                                                         tok_is(&st, k - 1, "usual"))) ||
                              (tok_is(&st, k, "routine") && tok_is(&st, k - 1, "daily"))))
          hours |= 2;
        /* (or a week's timetable: "WEEKLY SESSIONS", "Daily timetable
         * (Sun-Thu)") */
        static const char *const table[] = {"sessions", "timetable", "schedule", "classes",
                                            "programme", "program", "activities", "rhythm",
                                            NULL};
        /* (or a week as it usually runs: "REGULAR WEEK", "Normal
         * timetable") */
        static const char *const usual[] = {"weekly", "daily", "regular", "normal", "usual",
                                            "typical", "standard", NULL};
        if (k > st.s_tok0 && (tok_in(&st, k, table) || tok_is(&st, k, "week")) &&
            tok_in(&st, k - 1, usual) && own_line(&st))
          hours |= 1;
        /* (or the times of each such day: "TIMES FOR EACH MARKET DAY",
         * "Every race day") */
        if ((tok_is(&st, k, "each") || tok_is(&st, k, "every")) && own_line(&st) &&
            ((k + 1 < st.s_tok1 && tok_is(&st, k + 1, "day")) ||
             (k + 2 < st.s_tok1 && tok_is(&st, k + 2, "day"))))
          hours |= 1;
        /* (a table's row of column names, "Day     Session     Time", is
         * no new heading) */
        if (seg->toks[k].kind == TOK_NUM ||
            (st.lex[k] && (st.lex[k]->classes & (LC_WEEKDAY | LC_MONTH))) || tok_is(&st, k, ":") ||
            (k > st.s_tok0 && (seg->toks[k].flags & TF_GAP)))
          plain = 0;
      }
      if (hours) {
        mention_set(&st, &st.daily_head, 0);
        if (hours & 1)
          mention_set(&st, &st.hours_head, 0);
        else
          st.hours_head.on = 0; /* (a routine's day is no table of hours) */
      } else if (plain && st.daily_head.on && st.daily_head.sent < s) {
        st.daily_head.on = 0;
        st.hours_head.on = 0;
      }
      /* (a heading in capitals with no day in it, "DELIVERY OPTIONS", ends
       * the section a day heading opened: "today" is the reader's again) */
      int caps = plain;
      for (size_t k = st.s_tok0; k < st.s_tok1 && caps; k++)
        if (seg->toks[k].kind == TOK_WORD && !(seg->toks[k].flags & TF_UPPER))
          caps = 0;
      if (caps && st.heading_day.on && st.heading_day.sent < s && st.heading_days >= 2)
        st.heading_day.on = 0; /* (a log's days, not the one day of minutes) */
    }
    /* news back from a retold past to the writer's present: a sentence
     * that opens "Since then", "Today,", "Now," or "These days" ends the
     * retelling */
    if (!doc->narrative && st.retold.on && st.s_tok1 > st.s_tok0 + 2 &&
        !in_quotes(doc, s, seg->toks[st.s_tok0].start) &&
        ((tok_is(&st, st.s_tok0, "since") && tok_is(&st, st.s_tok0 + 1, "then")) ||
         ((tok_is(&st, st.s_tok0, "today") || tok_is(&st, st.s_tok0, "now")) &&
          tok_is(&st, st.s_tok0 + 1, ",")) ||
         (tok_is(&st, st.s_tok0, "these") && tok_is(&st, st.s_tok0 + 1, "days")) ||
         tok_is(&st, st.s_tok0, "nowadays"))) {
      st.retold.on = 0;
      st.last_retold = 0;
    }
    size_t i = st.s_tok0;
    st.gap_lim = i; /* (found when first needed) */
    int carried = carry_straight || carry_curly > 0;
    int written = carried ? 1 : -1;
    struct quote_state qs = {seg->toks[st.s_tok0].start, carry_straight, carry_curly};
    while (i < st.s_tok1) {
      /* A timex never starts with a comma or other separator ("the" and
       * an apostrophe year like '98 are fine). */
      if (seg->toks[i].kind == TOK_PUNCT && !tok_is(&st, i, "'") &&
          !tok_is(&st, i, "\xE2\x80\x99")) {
        i++;
        continue;
      }
      /* a quotation right after a day retold years back ("The first is
       * dated 9 June 1944.  'Your letter came this morning,' she writes")
       * speaks from that day */
      st.retold_quote = retold_quote_scan(&st, carried, &written, &qs, seg->toks[i].start) &&
                        (qs.straight || qs.curly > 0);
      /* (no timex runs across a table's column gap) */
      /* (nor from one row of such a table to the next: "9am - 4pm\nThu 25
       * Dec   Moorside Chemist") */
      if (st.gap_lim <= i)
        for (st.gap_lim = i + 1;
             st.gap_lim < st.s_tok1 && !(seg->toks[st.gap_lim].flags & TF_GAP) &&
             !((seg->toks[st.gap_lim].flags & TF_NEWLINE) && table_row_break(&st, i, st.gap_lim));
             st.gap_lim++)
          ;
      timex_out o;
      if (best_match(&st, i, cand, mcand, &o)) {
        i++;
        continue;
      }
      /* "the Saturday before Christmas", "the Sunday after Easter": the
       * nearest such weekday before or after the day named next */
      if (o.type == TEMPORA_TIMEX_DATE && o.t1 + 1 < st.s_tok1 && tok_is(&st, o.t0, "the") &&
          o.t1 == o.t0 + 2 && st.lex[o.t0 + 1] && (st.lex[o.t0 + 1]->classes & LC_WEEKDAY) &&
          (tok_is(&st, o.t1, "before") || tok_is(&st, o.t1, "after")))
        weekday_by_day(&st, &o, cand, mcand);
      /* "Memorial Day weekend", "the Easter weekend": that day's weekend
       * (not "a weekend of fighting": a day before it, no article) */
      if (o.t1 < st.s_tok1 && tok_is(&st, o.t1, "weekend") && !o.mod[0] &&
          !(o.flags & TXF_QUANT) && day_weekend(&o) == 0) {
        o.t1++;
        if (o.t0 > st.s_tok0 && tok_is(&st, o.t0 - 1, "the"))
          o.t0--; /* ("over the Easter weekend") */
      }
      o.start = seg->toks[o.t0].start;
      o.end = seg->toks[o.t1 - 1].end;
      /* "... at 10 a.m.": the period that ends the sentence also ends the
       * abbreviation, and belongs to it */
      if ((seg->toks[o.t1 - 1].flags & TF_DOTTED) && o.t1 < seg->ntok &&
          !(seg->toks[o.t1].flags & TF_SPACE) && tok_is(&st, o.t1, "."))
        o.end++;
      o.sentence = s;
      if (!o.iv.valid && (o.type == TEMPORA_TIMEX_DATE || o.type == TEMPORA_TIMEX_TIME))
        date_value_interval(o.value, doc->dct, doc->has_dct, &o.iv, &o.prec);
      apply_mod_interval(&o);
      if (is_fiscal(&st, &o))
        o.flags |= TXF_FISCAL;
      /* a date put ahead by a clear cue of its clause ("will resume June
       * 15 through Sept. 8") or its present ("The rota runs from April to
       * October"): a range it opens stays ahead */
      if (!doc->narrative && o.type == TEMPORA_TIMEX_DATE && o.iv.valid && doc->has_dct &&
          o.iv.start > doc->dct && !writes_year(doc, &o)) {
        if (clause_looks_ahead(&st, o.t0, o.t1)) {
          o.flags |= TXF_AHEAD;
          mention_set(&st, &st.ahead, o.iv.start);
          st.ahead_t1 = o.t1;
        }
      }
      update_refs(&st, &o); /* before the signal widens "since 2019" */
      apply_signal(&st, o.t0, &o);
      st.has_prev = 1;
      st.prev = o;
      if (push_out(&ov, &o)) {
        rc = -1;
        break;
      }
      i = o.t1;
    }
    /* (the quotation still open where the sentence ends, after a written
     * one from a retold day) */
    carry_straight = carry_curly = 0;
    if (retold_quote_scan(&st, carried, &written, &qs, seg->toks[st.s_tok1 - 1].end)) {
      carry_straight = qs.straight;
      carry_curly = qs.curly;
    }
    if (!rc) {
      place_clocks(&st, doc, ov.v, first, ov.n);
      note_clock_days(&st, ov.v, first, ov.n);
      /* the clock "three hours later" counts from is the last one as
       * placed on its day ("At 10:55 p.m. on Wednesday, 24 April") */
      for (size_t k = ov.n; k > first; k--) {
        const timex_out *c = &ov.v[k - 1];
        const char *t = strchr(c->value, 'T');
        if (c->type == TEMPORA_TIMEX_TIME && c->iv.valid && t && isdigit((unsigned char)t[1]) &&
            !(c->flags & TXF_LOOKBACK) && !in_parens(doc, s, c->t0)) {
          mention_set(&st, &st.clock, c->iv.start);
          break;
        }
      }
    }
  }
  free(cand);
  free(mcand);
  free_state(&st);
  if (rc) {
    free(ov.v);
    return -1;
  }
  place_fiscal(doc, ov.v, ov.n);
  join_durations(doc, ov.v, &ov.n);
  join_counted_dates(doc, ov.v, &ov.n);
  date_named_days(doc, ov.v, ov.n);
  join_header_clock(doc, ov.v, &ov.n);
  if (clock_range_starts(doc, &ov)) {
    free(ov.v);
    return -1;
  }
  link_ranges(doc, ov.v, ov.n);
  generic_dates(doc, ov.v, ov.n);
  *out = ov.v;
  *n = ov.n;
  return 0;
}
