/*
 * timex.c — the tagger engine (see timex.h and timex_int.h).
 *
 * Start-up compiles every rule pattern into elements and interns its
 * literal words into the lexicon, then indexes rules by the words and
 * classes their first element (or any element reachable over optional
 * ones) can match.  Tagging looks each token up once; only tokens that
 * index some rule cost more than that lookup.  Among all rules that match
 * at a token the longest match wins (ties: the earlier rule), and the
 * pass resumes after it.
 */
#include <ctype.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
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
  CL_COUNT
};

static const char *const class_names[CL_COUNT] = {
    "", "MONTH", "WEEKDAY", "UNIT", "NUM", "YEAR", "DAY", "ORD",
    "SEASON", "POD", "INT", "CLOCK", "DECADE", "AMPM"};

typedef struct elem {
  int cls;          /* CL_* or CL_NONE for literals */
  int *ids;         /* literal word ids */
  int nids;
  char optional;
  char nospace;
  signed char slot; /* SLOT_* or -1 */
} elem;

typedef struct crule {
  elem *e;
  int n;
  int index;        /* position in timex_rules (priority) */
} crule;

static crule *crules;
static const char **literals;   /* every literal word, for lex_init */
static size_t nliterals;
/* Rule lists by first word id and by first class. */
typedef struct ilist {
  int *v;
  int n, cap;
} ilist;
static ilist *by_word;          /* indexed by lexicon id */
static int max_word_id;
static ilist by_class[CL_COUNT];
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

static const char *const slot_names[NSLOTS] = {"rel", "mod", "dir", "x", "y"};

/* Splits every pattern into element strings and collects literal words. */
static int collect_literals(void) {
  size_t cap = 256;
  literals = malloc(cap * sizeof *literals);
  if (!literals)
    return -1;
  for (size_t r = 0; r < timex_nrules; r++) {
    const char *p = timex_rules[r].pattern;
    while (*p) {
      while (*p == ' ')
        p++;
      const char *q = p;
      while (*q && *q != ' ')
        q++;
      if (q == p)
        break;
      const char *a = p, *b = q;
      if (*a == '~')
        a++;
      if (b > a && b[-1] == '?' && b - a > 1)
        b--;
      const char *eq = memchr(a, '=', (size_t)(b - a));
      if (eq && eq > a && eq + 1 < b)
        a = eq + 1;
      if (*a != '<') {
        while (a < b) {
          const char *bar = memchr(a, '|', (size_t)(b - a));
          const char *wend = bar ? bar : b;
          if (nliterals == cap) {
            cap *= 2;
            const char **np = realloc(literals, cap * sizeof *np);
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
      }
      p = q;
    }
  }
  return 0;
}

static int compile_rule(size_t r, crule *cr) {
  const char *p = timex_rules[r].pattern;
  int n = 0;
  for (const char *q = p; *q; q++)
    if (*q != ' ' && (q == p || q[-1] == ' '))
      n++;
  cr->e = calloc((size_t)n, sizeof(elem));
  if (!cr->e)
    return -1;
  cr->n = n;
  cr->index = (int)r;
  int k = 0;
  while (*p) {
    while (*p == ' ')
      p++;
    const char *q = p;
    while (*q && *q != ' ')
      q++;
    if (q == p)
      break;
    elem *e = &cr->e[k++];
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
        fprintf(stderr, "tempora: rule %zu: unknown slot in '%.*s'\n", r, (int)(q - p), p);
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
        fprintf(stderr, "tempora: rule %zu: unknown class '%.*s'\n", r, (int)(b - a), a);
        return -1;
      }
      p = q;
      continue;
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
    p = q;
  }
  return 0;
}

static void build(void) {
  if (collect_literals() || lex_init(literals, nliterals)) {
    init_failed = 1;
    return;
  }
  crules = calloc(timex_nrules, sizeof *crules);
  if (!crules) {
    init_failed = 1;
    return;
  }
  for (size_t r = 0; r < timex_nrules; r++)
    if (compile_rule(r, &crules[r])) {
      init_failed = 1;
      return;
    }
  by_word = calloc((size_t)max_word_id + 1, sizeof *by_word);
  if (!by_word) {
    init_failed = 1;
    return;
  }
  /* Index each rule under every element that can come first. */
  for (size_t r = 0; r < timex_nrules; r++) {
    crule *cr = &crules[r];
    for (int k = 0; k < cr->n; k++) {
      elem *e = &cr->e[k];
      int fail = 0;
      if (e->cls)
        fail = ilist_add(&by_class[e->cls], (int)r);
      else
        for (int i = 0; i < e->nids; i++)
          fail |= ilist_add(&by_word[e->ids[i]], (int)r);
      if (fail) {
        init_failed = 1;
        return;
      }
      if (!e->optional)
        break;
    }
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
  return st->lex[i] ? st->lex[i]->word : "";
}

const char *slot_word(const tstate *st, const capture *c, int slot) {
  return c->slot[slot] >= 0 ? tok_word(st, (size_t)c->slot[slot]) : "";
}

int tok_is(const tstate *st, size_t i, const char *w) {
  size_t n;
  const char *s = tok_text(st, i, &n);
  if (strlen(w) != n)
    return 0;
  for (size_t k = 0; k < n; k++)
    if (tolower((unsigned char)s[k]) != (unsigned char)w[k])
      return 0;
  return 1;
}

static int64_t tok_int(const tstate *st, size_t i, int *ok) {
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

/* ---- classes -------------------------------------------------------------------- */

/* Number words: "five", "twenty-five", "twenty five", "a hundred". */
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
  double val = e->num;
  size_t k = i + 1;
  if ((e->classes & LC_TENS) && k < lim) {
    size_t j = k;
    if (tok_is(st, j, "-") && j + 1 < lim)
      j++;
    const lex_entry *u = st->lex[j];
    if (u && (u->classes & LC_NUMWORD) && u->num > 0 && u->num < 10) {
      val += u->num;
      k = j + 1;
    }
  }
  if (k < lim && st->lex[k] && (st->lex[k]->classes & LC_MULT)) {
    val *= st->lex[k]->num;
    k++;
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
  if (d == 0 || d > 3 || n - d != 2)
    return -1;
  char suf[3] = {(char)tolower((unsigned char)s[d]), (char)tolower((unsigned char)s[d + 1]), 0};
  if (strcmp(suf, "st") && strcmp(suf, "nd") && strcmp(suf, "rd") && strcmp(suf, "th"))
    return -1;
  return atoi(s);
}

/* Tries class `cls` at token i (< lim); returns the number of tokens
 * consumed and fills the capture, or 0. */
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
    c->month = e->month;
    if ((e->classes & LC_MONTH_ABBR) && i + 1 < lim && tok_is(st, i + 1, ".") &&
        st->doc->seg->toks[i + 1].start == t->end)
      return 2;
    return 1;
  case CL_WEEKDAY:
    if (!e || !(e->classes & LC_WEEKDAY))
      return 0;
    if (e->classes & LC_WEEKDAY_ABBR) {
      if (!(t->flags & TF_CAP) || i + 1 >= lim || !tok_is(st, i + 1, "."))
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
    if (t->kind == TOK_NUM) {
      size_t n;
      const char *s = tok_text(st, i, &n);
      char buf[32];
      size_t k = 0;
      for (size_t j = 0; j < n && k + 1 < sizeof buf; j++)
        if (s[j] != ',')
          buf[k++] = s[j];
      buf[k] = '\0';
      if (strchr(buf, ':'))
        return 0;
      c->num = strtod(buf, NULL);
      c->has_num = 1;
      return 1;
    }
    double v;
    int vague = 0;
    size_t k = match_numword(st, i, lim, &v, &vague);
    if (k) {
      c->num = v;
      c->vague = vague;
      c->has_num = 1;
    }
    return k;
  }
  case CL_INT: {
    if (t->kind != TOK_NUM || !plain_digits(st, i))
      return 0;
    c->num = (double)tok_int(st, i, &ok);
    c->has_num = 1;
    return 1;
  }
  case CL_YEAR: {
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
    return 0;
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
    if (e && (e->classes & LC_ORDWORD)) {
      c->ord = e->ord;
      return 1;
    }
    int d = t->kind == TOK_ALNUM ? ordinal_digits(st, i) : -1;
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
    return 1;
  case CL_CLOCK: {
    /* "10:30", "10:30:15" */
    size_t n;
    const char *s = tok_text(st, i, &n);
    if (t->kind != TOK_NUM || !memchr(s, ':', n))
      return 0;
    int h = 0, m = 0, sec = 0, parts = 0;
    char buf[16];
    if (n >= sizeof buf)
      return 0;
    memcpy(buf, s, n);
    buf[n] = '\0';
    parts = sscanf(buf, "%d:%d:%d", &h, &m, &sec);
    if (parts < 2 || h > 24 || m > 59 || sec > 59)
      return 0;
    c->hour = h;
    c->minute = m;
    c->second = parts == 3 ? sec : 0;
    c->has_clock = parts == 3 ? 3 : 2;
    return 1;
  }
  case CL_DECADE: {
    /* "1990s", "90s" (after an apostrophe handled by rules) */
    size_t n;
    const char *s = tok_text(st, i, &n);
    if (t->kind != TOK_ALNUM || (n != 5 && n != 3) || tolower((unsigned char)s[n - 1]) != 's')
      return 0;
    for (size_t k = 0; k + 1 < n; k++)
      if (!isdigit((unsigned char)s[k]))
        return 0;
    if (s[n - 2] != '0')
      return 0;
    if (n == 5)
      c->decade = atoi(s) / 10;
    else {
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
    /* absorb the abbreviation's final period: "p.m." */
    if (i + 1 < lim && tok_is(st, i + 1, ".") && st->doc->seg->toks[i + 1].start == t->end &&
        (st->doc->seg->toks[i + 1].flags & TF_ABBR))
      return 2;
    return 1;
  }
  }
  return 0;
}

/* ---- matching ------------------------------------------------------------------- */

static int elem_literal(const tstate *st, const elem *e, size_t i) {
  const lex_entry *le = st->lex[i];
  if (!le)
    return 0;
  for (int k = 0; k < e->nids; k++)
    if (e->ids[k] == le->id)
      return 1;
  return 0;
}

/* Longest match of elements [k, n) from token i; returns the end token
 * (exclusive) or 0 for no match, with the capture of that match in *best. */
static size_t match_at(const tstate *st, const crule *r, int k, size_t i, size_t lim,
                       const capture *c, capture *best) {
  if (k == r->n) {
    *best = *c;
    best->t1 = i;
    return i;
  }
  const elem *e = &r->e[k];
  size_t result = 0;
  if (i < lim && !(e->nospace && (st->doc->seg->toks[i].flags & TF_SPACE))) {
    capture c2 = *c;
    size_t used = 0;
    if (e->cls)
      used = class_match(st, e->cls, i, lim, &c2);
    else if (elem_literal(st, e, i))
      used = 1;
    if (used) {
      if (e->slot >= 0)
        c2.slot[e->slot] = (long)i;
      capture b2;
      size_t end = match_at(st, r, k + 1, i + used, lim, &c2, &b2);
      if (end) {
        result = end;
        *best = b2;
      }
    }
  }
  if (e->optional) {
    capture b3;
    size_t end = match_at(st, r, k + 1, i, lim, c, &b3);
    if (end > result) {
      result = end;
      *best = b3;
    }
  }
  return result;
}

/* ---- tense ---------------------------------------------------------------------- */

static int ends_with(const char *w, const char *suf) {
  size_t a = strlen(w), b = strlen(suf);
  return a > b && !strcmp(w + a - b, suf);
}

/* Words ending in -ed that are not past-tense verbs. */
static int ed_exception(const char *w) {
  static const char *const ex[] = {"need", "speed", "red", "bed", "hundred", "seed",
                                   "feed", "breed", "indeed", "united", "shed", "proceed",
                                   "succeed", "exceed", "weed", "greed", "creed", "led", NULL};
  for (int i = 0; ex[i]; i++)
    if (!strcmp(w, ex[i]))
      return 1;
  return 0;
}

static int tense_of_word(const tstate *st, size_t i) {
  char w[24];
  const token *t = &st->doc->seg->toks[i];
  if (!token_lower(st->doc->text, t, w, sizeof w) || t->kind != TOK_WORD)
    return TENSE_UNKNOWN;
  static const char *const fut[] = {"will", "'ll", "shall", "won't", "upcoming", "scheduled",
                                    "planned", "plans", "plan", "expected", "expects",
                                    "due", "intends", "aims", NULL};
  static const char *const past[] = {"was", "were", "had", "did", "said", "told", "came",
                                     "went", "took", "made", "met", "began", "saw",
                                     "gave", "held", "left", "won", "lost", "fell",
                                     "rose", "led", "sent", "signed", "ago", NULL};
  static const char *const pres[] = {"is", "are", "am", "says", "has", "have", "does", NULL};
  for (int k = 0; fut[k]; k++)
    if (!strcmp(w, fut[k]))
      return TENSE_FUTURE;
  for (int k = 0; past[k]; k++)
    if (!strcmp(w, past[k]))
      return TENSE_PAST;
  for (int k = 0; pres[k]; k++)
    if (!strcmp(w, pres[k]))
      return TENSE_PRESENT;
  if (ends_with(w, "ed") && strlen(w) > 4 && !ed_exception(w))
    return TENSE_PAST;
  return TENSE_UNKNOWN;
}

int clause_tense(const tstate *st, size_t t0, size_t t1) {
  /* Nearest cue by token distance, looking both ways within the sentence
   * and not across a semicolon. */
  size_t lo = st->s_tok0, hi = st->s_tok1;
  for (size_t d = 1; d < 40; d++) {
    int found = 0;
    if (t0 >= lo + d) {
      size_t i = t0 - d;
      if (tok_is(st, i, ";"))
        lo = i + 1;
      else {
        int tn = tense_of_word(st, i);
        if (tn == TENSE_PRESENT && i + 1 < hi && tok_is(st, i + 1, "going"))
          tn = TENSE_FUTURE;
        if (tn)
          return tn;
      }
      found = 1;
    }
    if (t1 + d - 1 < hi) {
      size_t i = t1 + d - 1;
      if (tok_is(st, i, ";"))
        hi = i;
      else {
        int tn = tense_of_word(st, i);
        if (tn)
          return tn;
      }
      found = 1;
    }
    if (!found)
      break;
  }
  return TENSE_UNKNOWN;
}

int anchor_point(const tstate *st, int64_t *tp) {
  if (st->doc->narrative) {
    if (st->has_ref) {
      *tp = st->ref;
      return 1;
    }
    return 0;
  }
  if (st->doc->has_dct) {
    *tp = st->doc->dct;
    return 1;
  }
  return 0;
}

/* Which classes could start at token i: a cheap filter before matching. */
static unsigned token_classes(const tstate *st, size_t i) {
  const token *t = &st->doc->seg->toks[i];
  const lex_entry *e = st->lex[i];
  unsigned m = 0;
  if (t->kind == TOK_NUM)
    m |= 1u << CL_NUM | 1u << CL_INT | 1u << CL_YEAR | 1u << CL_DAY | 1u << CL_CLOCK;
  else if (t->kind == TOK_ALNUM)
    m |= 1u << CL_DAY | 1u << CL_ORD | 1u << CL_DECADE | 1u << CL_AMPM;
  else if (t->kind == TOK_PUNCT)
    m |= 1u << CL_YEAR; /* '98 */
  else
    m |= 1u << CL_AMPM;
  if (e) {
    if (e->classes & LC_MONTH)
      m |= 1u << CL_MONTH;
    if (e->classes & LC_WEEKDAY)
      m |= 1u << CL_WEEKDAY;
    if (e->classes & LC_UNIT)
      m |= 1u << CL_UNIT;
    if (e->classes & LC_NUMWORD)
      m |= 1u << CL_NUM;
    if (e->classes & LC_ORDWORD)
      m |= 1u << CL_ORD;
    if (e->classes & LC_SEASON)
      m |= 1u << CL_SEASON;
    if (e->classes & LC_POD)
      m |= 1u << CL_POD;
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

/* Range signals just before a timex: they shape its interval, not its
 * extent (TimeML leaves signals outside TIMEX3). */
static void apply_signal(tstate *st, size_t t0, timex_out *o) {
  if (t0 <= st->s_tok0)
    return;
  static const char *const sigs[] = {"since", "until", "till", "through", "by", "before",
                                     "after", "from", NULL};
  for (int k = 0; sigs[k]; k++)
    if (tok_is(st, t0 - 1, sigs[k])) {
      snprintf(o->signal, sizeof o->signal, "%s", sigs[k]);
      break;
    }
  if (!o->iv.valid || !o->signal[0])
    return;
  int64_t dct = st->doc->dct;
  if (!strcmp(o->signal, "since")) {
    /* [start, DCT): the range is open at its end, which we clip at the DCT. */
    if (st->doc->has_dct && dct > o->iv.start)
      o->iv.end = tp_from_days(tp_days(dct));
    if (o->iv.end <= o->iv.start)
      o->iv.end = o->iv.start + DAY_SECS;
    o->iv.flags |= TEMPORA_IV_OPEN_END;
  } else if (!strcmp(o->signal, "until") || !strcmp(o->signal, "till") ||
             !strcmp(o->signal, "by")) {
    o->iv.flags |= TEMPORA_IV_OPEN_START;
  } else if (!strcmp(o->signal, "after")) {
    o->iv.flags |= TEMPORA_IV_OPEN_END;
  } else if (!strcmp(o->signal, "before")) {
    o->iv.flags |= TEMPORA_IV_OPEN_START;
  }
}

int timex_tag(const timex_doc *doc, timex_out **out, size_t *n) {
  *out = NULL;
  *n = 0;
  if (timex_init())
    return -1;
  const segmentation *seg = doc->seg;
  tstate st;
  memset(&st, 0, sizeof st);
  st.doc = doc;
  st.lex = calloc(seg->ntok ? seg->ntok : 1, sizeof *st.lex);
  if (!st.lex)
    return -1;
  for (size_t i = 0; i < seg->ntok; i++) {
    char w[40];
    size_t len = token_lower(doc->text, &seg->toks[i], w, sizeof w);
    if (len)
      st.lex[i] = lex_lookup(w, len);
  }
  if (doc->narrative && doc->has_dct) {
    st.has_ref = 1;
    st.ref = doc->dct;
    st.ref_prec = doc->dct_prec;
  }
  outvec ov = {0};
  int *cand = malloc(timex_nrules * sizeof *cand);
  if (!cand) {
    free(st.lex);
    return -1;
  }
  for (size_t s = 0; s < seg->nsent; s++) {
    st.sent = s;
    st.s_tok0 = seg->sents[s].tok0;
    st.s_tok1 = seg->sents[s].tok1;
    size_t i = st.s_tok0;
    while (i < st.s_tok1) {
      /* A timex never starts with a comma or other separator ("the" and
       * an apostrophe year like '98 are fine). */
      if (seg->toks[i].kind == TOK_PUNCT && !tok_is(&st, i, "'") &&
          !tok_is(&st, i, "\xE2\x80\x99")) {
        i++;
        continue;
      }
      /* Candidate rules: by this token's word and by every class. */
      int nc = 0;
      const lex_entry *le = st.lex[i];
      if (le && le->id <= max_word_id)
        for (int k = 0; k < by_word[le->id].n; k++)
          cand[nc++] = by_word[le->id].v[k];
      unsigned possible = token_classes(&st, i);
      for (int cl = 1; cl < CL_COUNT; cl++)
        for (int k = 0; (possible & (1u << cl)) && k < by_class[cl].n; k++) {
          int r = by_class[cl].v[k];
          int dup = 0;
          for (int j = 0; j < nc && !dup; j++)
            dup = cand[j] == r;
          if (!dup && nc < (int)timex_nrules)
            cand[nc++] = r;
        }
      size_t best_end = 0;
      int best_rule = -1;
      timex_out best_out;
      capture best_cap;
      for (int k = 0; k < nc; k++) {
        const crule *r = &crules[cand[k]];
        capture c0, c;
        init_capture(&c0, i);
        size_t end = match_at(&st, r, 0, i, st.s_tok1, &c0, &c);
        if (!end || end <= i)
          continue;
        if (end < best_end || (end == best_end && r->index > best_rule))
          continue;
        timex_out o;
        memset(&o, 0, sizeof o);
        o.type = timex_rules[r->index].type;
        if (timex_rules[r->index].fn(&st, &c, timex_rules[r->index].arg, &o))
          continue;
        best_end = end;
        best_rule = r->index;
        best_out = o;
        best_cap = c;
      }
      if (best_rule < 0) {
        i++;
        continue;
      }
      timex_out *o = &best_out;
      o->start = seg->toks[i].start;
      o->end = seg->toks[best_end - 1].end;
      o->sentence = s;
      if (!o->iv.valid && (o->type == TEMPORA_TIMEX_DATE || o->type == TEMPORA_TIMEX_TIME))
        date_value_interval(o->value, doc->dct, doc->has_dct, &o->iv, &o->prec);
      if (o->iv.valid && !strcmp(o->mod, "APPROX"))
        o->iv.flags |= TEMPORA_IV_APPROX;
      apply_signal(&st, i, o);
      /* Narrative mode: a date of day, month or year precision becomes the
       * reference for what follows. */
      if (doc->narrative && o->iv.valid && o->prec >= TEMPORA_PREC_DAY &&
          o->prec <= TEMPORA_PREC_YEAR && (o->type == TEMPORA_TIMEX_DATE) &&
          isdigit((unsigned char)o->value[0])) {
        st.has_ref = 1;
        st.ref = o->iv.start;
        st.ref_prec = o->prec;
      }
      (void)best_cap;
      if (push_out(&ov, o)) {
        free(ov.v);
        free(cand);
        free(st.lex);
        return -1;
      }
      i = best_end;
    }
  }
  free(cand);
  free(st.lex);
  *out = ov.v;
  *n = ov.n;
  return 0;
}
