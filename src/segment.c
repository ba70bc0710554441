/*
 * segment.c — tokenizer and sentence splitter (see segment.h).
 *
 * One pass builds tokens; a second pass over the tokens decides sentence
 * ends.  Both work on byte offsets into the caller's text and never copy
 * it.  Rules, in order of precedence, for a candidate end (. ! ? … 。):
 *   1. a blank line always ends a sentence;
 *   2. a "." after a title abbreviation (Mr, Dr, Gen, Sen, ...) never does;
 *   3. a "." after a month or weekday abbreviation or "No" before a number
 *      does not;
 *   4. a "." after another abbreviation (U.S, a.m, Inc, Corp) ends one only
 *      when the next word is a typical sentence opener ("The", "He", ...);
 *   5. otherwise the end is taken when the next token (after closing quotes
 *      and brackets) starts with an uppercase letter, a digit, an opening
 *      quote, or a non-ASCII letter, or there is no next token.
 */
#include "segment.h"

#include <stdlib.h>
#include <string.h>

#include "strlist.h"
#include "utf8.h"

static int is_ascii_alpha(int c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }

static int word_char_wide(const char *s, size_t len, size_t i, int *n) {
  uint32_t cp = utf8_decode(s, len, i, n);
  return !utf8_is_space(cp) && !utf8_is_punct(cp);
}

/* Is the code point at s[i] part of a word (letters, digits, non-ASCII
 * letters)?  (ASCII is tested inline, the rest out of line: this runs on
 * every byte of every text) */
static inline int word_char(const char *s, size_t len, size_t i, int *n) {
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80) {
    *n = 1;
    return is_ascii_alpha(c) || is_digit(c);
  }
  return word_char_wide(s, len, i, n);
}

static int is_apostrophe(const char *s, size_t len, size_t i, int *n) {
  if (s[i] == '\'') {
    *n = 1;
    return 1;
  }
  if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
      (unsigned char)s[i + 2] == 0x99) { /* U+2019 */
    *n = 3;
    return 1;
  }
  return 0;
}

typedef struct {
  token *v;
  size_t n, cap;
} tokvec;

static int push_tok(tokvec *tv, size_t start, size_t end, int kind, int flags) {
  if (tv->n == tv->cap) {
    size_t cap = tv->cap ? tv->cap * 2 : 256;
    token *p = realloc(tv->v, cap * sizeof *p);
    if (!p)
      return -1;
    tv->v = p;
    tv->cap = cap;
  }
  tv->v[tv->n++] = (token){(uint32_t)start, (uint32_t)end, (uint16_t)kind, (uint16_t)flags};
  return 0;
}

/* Classifies a word-like token by its bytes. */
static void classify(const char *s, token *t) {
  int letters = 0, digits = 0, upper = 0, other = 0;
  for (uint32_t i = t->start; i < t->end; i++) {
    unsigned char c = (unsigned char)s[i];
    if (is_digit(c))
      digits++;
    else if (is_ascii_alpha(c)) {
      letters++;
      upper += (c >= 'A' && c <= 'Z');
    } else if (c >= 0x80)
      other++;
  }
  if (other)
    t->flags |= TF_NONASCII;
  if (digits && !letters && !other)
    t->kind = TOK_NUM;
  else if (digits)
    t->kind = TOK_ALNUM;
  else
    t->kind = TOK_WORD;
  unsigned char c0 = (unsigned char)s[t->start];
  if (c0 >= 'A' && c0 <= 'Z')
    t->flags |= TF_CAP;
  if (letters >= 2 && upper == letters)
    t->flags |= TF_UPPER;
}

static int tokenize(const char *s, size_t len, tokvec *tv) {
  size_t i = 0;
  int flags = 0;
  int newlines = 0, spaces = 0;
  while (i < len) {
    int n;
    uint32_t cp = (unsigned char)s[i] < 0x80 ? (unsigned char)s[i] : utf8_decode(s, len, i, &n);
    if ((unsigned char)s[i] < 0x80)
      n = 1;
    if (cp < 0x80 ? cp == ' ' || (cp >= '\t' && cp <= '\r') : utf8_is_space(cp)) {
      flags |= TF_SPACE;
      /* (a line's indent is no column gap) */
      if ((cp == '\t' || (cp == ' ' && ++spaces >= 3)) && !(flags & TF_NEWLINE))
        flags |= TF_GAP;
      if (cp == '\n') {
        spaces = 0;
        newlines++;
        flags = (flags & ~TF_GAP) | TF_NEWLINE;
        if (newlines >= 2)
          flags |= TF_PARA;
      }
      i += (size_t)n;
      continue;
    }
    newlines = 0;
    spaces = 0;
    size_t start = i;
    int wn;
    if (word_char(s, len, i, &wn)) {
      int numeric = is_digit((unsigned char)s[i]);
      i += (size_t)wn;
      int dotted = 0;
      while (i < len) {
        int an;
        if (word_char(s, len, i, &wn)) {
          if (!is_digit((unsigned char)s[i]))
            numeric = 0;
          i += (size_t)wn;
          continue;
        }
        /* Internal separators: 1,500  3.5  10:30 (digits on both sides). */
        if (numeric && (s[i] == ',' || s[i] == '.' || s[i] == ':') && i + 1 < len &&
            is_digit((unsigned char)s[i + 1]) && is_digit((unsigned char)s[i - 1])) {
          i++;
          continue;
        }
        /* Internal dots in letter abbreviations: U.S, a.m, e.g */
        if (s[i] == '.' && i + 1 < len && is_ascii_alpha((unsigned char)s[i + 1]) &&
            is_ascii_alpha((unsigned char)s[i - 1]) &&
            (i + 2 >= len || s[i + 2] == '.' || !is_ascii_alpha((unsigned char)s[i + 2])) &&
            (i - start == 1 || (i >= 2 && s[i - 2] == '.'))) {
          dotted = 1;
          i++;
          continue;
        }
        /* Apostrophes: "'s" possessive splits off, "don't" and "O'Neill" join. */
        if (is_apostrophe(s, len, i, &an) && i + (size_t)an < len &&
            is_ascii_alpha((unsigned char)s[i + (size_t)an]) &&
            is_ascii_alpha((unsigned char)s[i - 1])) {
          size_t j = i + (size_t)an;
          int poss = (s[j] == 's' || s[j] == 'S') &&
                     (j + 1 >= len || !word_char(s, len, j + 1, &wn));
          if (poss)
            break;
          i = j;
          continue;
        }
        break;
      }
      if (push_tok(tv, start, i, TOK_WORD, flags))
        return -1;
      token *t = &tv->v[tv->n - 1];
      classify(s, t);
      if (dotted)
        t->flags |= TF_DOTTED;
      flags = 0;
      continue;
    }
    /* Possessive 's after a word: one token "'s". */
    int an;
    if (is_apostrophe(s, len, i, &an) && tv->n && !(flags & TF_SPACE) &&
        i + (size_t)an < len && (s[i + an] == 's' || s[i + an] == 'S') &&
        (i + (size_t)an + 1 >= len || !word_char(s, len, i + (size_t)an + 1, &wn))) {
      i += (size_t)an + 1;
      if (push_tok(tv, start, i, TOK_WORD, flags))
        return -1;
      flags = 0;
      continue;
    }
    /* "..." is one token. */
    if (s[i] == '.' && i + 2 < len && s[i + 1] == '.' && s[i + 2] == '.') {
      i += 3;
      while (i < len && s[i] == '.')
        i++;
    } else
      i += (size_t)n;
    if (push_tok(tv, start, i, TOK_PUNCT, flags))
      return -1;
    flags = 0;
  }
  return 0;
}

/* ---- abbreviations --------------------------------------------------------------- */

enum { AB_NONE, AB_TITLE, AB_MONTH, AB_WEEKDAY, AB_NUMBER, AB_OTHER };

static int abbrev_kind(const char *w) {
  static const char *const titles[] = {
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl",
      "adm", "gov", "sen", "rep", "rev", "st", "hon", "pres", "supt", "insp", "messrs",
      "mme", "mlle", "sr", "jr", "brig", "cmdr", "cdr", "pvt", "amb", "atty", "fr",
      "msgr", "vs", "v", "ft", "mt", "gens", "sens", "reps", NULL};
  static const char *const months[] = {"jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                       "sep", "sept", "oct", "nov", "dec", NULL};
  static const char *const weekdays[] = {"mon", "tue", "tues", "wed", "thu", "thur",
                                         "thurs", "fri", "sat", "sun", NULL};
  static const char *const numbers[] = {"no", "nos", "vol", "art", "fig", "pp", "p", "sec",
                                        "ch", "c", NULL}; /* "c. 1121": circa */
  static const char *const others[] = {
      "inc", "corp", "co", "ltd", "bros", "etc", "al", "approx", "est", "dept", "univ",
      "assn", "ave", "blvd", "rd", "ca", "cf", "govt", "intl", "natl", "mass", "calif",
      "conn", "fla", "ill", "mich", "minn", "penn", "tenn", "tex", "va", "wash", "wis",
      "ariz", "colo", "ga", "ky", "la", "md", "mo", "nev", "okla", "ore", "pa", "wyo",
      "ala", "ark", "del", "kan", "neb", "miss", NULL};
  return str_in_list(w, titles)    ? AB_TITLE
         : str_in_list(w, months)  ? AB_MONTH
         : str_in_list(w, weekdays) ? AB_WEEKDAY
         : str_in_list(w, numbers) ? AB_NUMBER
         : str_in_list(w, others)  ? AB_OTHER
                                   : AB_NONE;
}

static int sentence_opener(const char *w) {
  static const char *const ow[] = {
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in",
      "on", "at", "this", "that", "these", "those", "there", "his", "her", "its", "their",
      "our", "after", "before", "when", "while", "if", "as", "for", "however", "meanwhile",
      "also", "some", "many", "most", "officials", "police", "president", "mr", "mrs",
      "ms", "dr", "yet", "so", "still", "then", "now", "since", "although", "both", "by",
      "with", "during", "until", "within", "despite", "because", "no", "all", "what", "who",
      "each", "every", "once", "later", "earlier", "only", "even", "another", "several",
      "today", "tonight", "tomorrow", "yesterday", "last", "next", NULL};
  return str_in_list(w, ow);
}

size_t token_lower(const char *text, const token *t, char *buf, size_t size) {
  size_t n = t->end - t->start;
  if (n + 1 > size)
    return 0;
  /* ASCII letters only, as tolower() does in the C locale, whatever
   * locale the caller set, and without a call per byte: every token is
   * lowered at least once */
  const char *p = text + t->start;
  unsigned char hi = 0;
  for (size_t i = 0; i < n; i++) {
    buf[i] = p[i] >= 'A' && p[i] <= 'Z' ? (char)(p[i] - 'A' + 'a') : p[i];
    hi |= (unsigned char)p[i];
  }
  buf[n] = '\0';
  if (!(hi & 0x80))
    return n; /* ASCII: no typographic apostrophe */
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    /* the typographic apostrophe reads as the plain one ("week’s end",
     * "o’clock") */
    if ((unsigned char)p[i] == 0xE2 && i + 2 < n && (unsigned char)p[i + 1] == 0x80 &&
        (unsigned char)p[i + 2] == 0x99) {
      buf[k++] = '\'';
      i += 2;
      continue;
    }
    buf[k++] = p[i] >= 'A' && p[i] <= 'Z' ? (char)(p[i] - 'A' + 'a') : p[i];
  }
  buf[k] = '\0';
  return k;
}

static int is_tok(const char *s, const token *t, const char *lit) {
  size_t n = strlen(lit);
  return t->end - t->start == n && !memcmp(s + t->start, lit, n);
}

static int closing_punct(const char *s, const token *t) {
  return is_tok(s, t, "\"") || is_tok(s, t, "'") || is_tok(s, t, ")") || is_tok(s, t, "]") ||
         is_tok(s, t, "\xE2\x80\x9D") || is_tok(s, t, "\xE2\x80\x99") ||
         is_tok(s, t, "\xC2\xBB");
}

static int opening_punct(const char *s, const token *t) {
  return is_tok(s, t, "\"") || is_tok(s, t, "'") || is_tok(s, t, "(") || is_tok(s, t, "[") ||
         is_tok(s, t, "\xE2\x80\x9C") || is_tok(s, t, "\xE2\x80\x98") ||
         is_tok(s, t, "\xC2\xAB") || is_tok(s, t, "`") || is_tok(s, t, "``") ||
         is_tok(s, t, "-") || is_tok(s, t, "\xE2\x80\x94");
}

static int end_punct(const char *s, const token *t) {
  unsigned char c = (unsigned char)s[t->start];
  if (t->kind != TOK_PUNCT || (c != '.' && c != '!' && c != '?' && c != 0xE2 && c != 0xE3 &&
                               c != 0xEF))
    return 0;
  return is_tok(s, t, ".") || is_tok(s, t, "!") || is_tok(s, t, "?") ||
         is_tok(s, t, "...") || is_tok(s, t, "\xE2\x80\xA6") || is_tok(s, t, "\xE3\x80\x82") ||
         is_tok(s, t, "\xEF\xBC\x81") || is_tok(s, t, "\xEF\xBC\x9F");
}

static int cjk_end(const char *s, const token *t) {
  return is_tok(s, t, "\xE3\x80\x82") || is_tok(s, t, "\xEF\xBC\x81") ||
         is_tok(s, t, "\xEF\xBC\x9F");
}

/* A line longer than this is no line of prose wrapped at a fixed width. */
#define LONG_LINE 100

/* Marks abbreviation periods and returns 1 when a sentence ends after
 * token index `k` (an end-punctuation token) given what follows at `nx`. */
static int ends_here(const char *s, token *tk, size_t ntok, size_t k, size_t nx) {
  token *t = &tk[k];
  if (nx >= ntok)
    return 1;
  token *n = &tk[nx];
  if (n->flags & TF_PARA)
    return 1;
  if (cjk_end(s, t))
    return 1;
  char w[32] = "", nw[32] = "";
  if (k > 0 && is_tok(s, t, ".") && tk[k - 1].kind == TOK_WORD && tk[k - 1].end == t->start) {
    token *p = &tk[k - 1];
    token_lower(s, p, w, sizeof w);
    int ab = abbrev_kind(w);
    int initial = p->end - p->start == 1 && (p->flags & TF_CAP);
    token_lower(s, n, nw, sizeof nw);
    if (ab == AB_TITLE || (initial && nx == k + 1)) {
      t->flags |= TF_ABBR;
      return 0;
    }
    /* (a capitalized weekday's too: "on Sun. 5 May", "Thurs. 12th") */
    if ((ab == AB_MONTH || ab == AB_NUMBER || (ab == AB_WEEKDAY && (p->flags & TF_CAP))) &&
        (n->kind == TOK_NUM || n->kind == TOK_ALNUM)) {
      t->flags |= TF_ABBR;
      return 0;
    }
    if (ab == AB_OTHER || (p->flags & TF_DOTTED)) {
      t->flags |= TF_ABBR;
      /* ... or at the end of a long line, before a new one that opens with
       * a capital or a number ("returns at 3.45 p.m.\nWednesday 4 February:
       * PTA meeting"); prose wrapped at a fixed width has shorter lines */
      if ((n->flags & TF_NEWLINE) && nx == k + 1 &&
          ((n->flags & TF_CAP) || n->kind == TOK_NUM)) {
        size_t j = k;
        while (j > 0 && !(tk[j].flags & TF_NEWLINE))
          j--;
        if (t->end - tk[j].start > LONG_LINE)
          return 1;
      }
      if ((n->flags & TF_CAP) && sentence_opener(nw) && nx == k + 1)
        return 1;
      /* (or a capitalized word and a finite verb after it: "in a statement
       * at 12:40 a.m. Results are expected by Friday") */
      static const char *const finite[] = {"is", "are", "was", "were", "will", "has", "have",
                                           "had", "would", "could", NULL};
      /* (not the day of the clock: "due to start at 4 a.m. Tuesday has
       * been called off") */
      static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                         "saturday", "sunday", "today", "tomorrow", "tonight",
                                         "yesterday", NULL};
      char vw[16] = "";
      if ((n->flags & TF_CAP) && nx == k + 1 && n->kind == TOK_WORD && k + 2 < ntok &&
          tk[k + 2].kind == TOK_WORD && !(tk[k + 2].flags & TF_CAP) &&
          token_lower(s, &tk[k + 2], vw, sizeof vw) && str_in_list(vw, finite) &&
          abbrev_kind(nw) == AB_NONE && !str_in_list(nw, days))
        return 1;
      return 0;
    }
  }
  /* The next token must look like the start of a sentence. */
  if (n->flags & TF_CAP)
    return 1;
  /* (or a list item's bullet on a new line: ".\n• Extended hours ...") */
  if ((n->flags & TF_NEWLINE) &&
      (is_tok(s, n, "\xE2\x80\xA2") || is_tok(s, n, "-") || is_tok(s, n, "*")))
    return 1;
  if (n->kind == TOK_NUM || n->kind == TOK_ALNUM)
    return is_tok(s, t, ".") ? 1 : 0;
  if (n->flags & TF_NONASCII)
    return (unsigned char)s[n->start] >= 0xC0 && !is_ascii_alpha((unsigned char)s[n->start]);
  if (opening_punct(s, n) && nx + 1 < ntok) {
    token *nn = &tk[nx + 1];
    return (nn->flags & TF_CAP) || nn->kind == TOK_NUM || (nn->flags & TF_NONASCII);
  }
  return 0;
}

/* Does a short line without end punctuation end before token k (on a new
 * line that starts with a capital, a number or a list dash)?  Headings,
 * agenda and bulletin lines, a timeline's entries; prose wrapped at a
 * fixed width has longer lines. */
#define SHORT_LINE 60
static int short_line_ends(const char *s, const token *tk, size_t first, size_t k) {
  const token *p = &tk[k - 1], *n = &tk[k];
  /* (a line may end in an abbreviation's period: "Meeting date: Tuesday,
   * February 18, 2025, 6:00 p.m.") */
  int abbr_end = k >= 2 && abbr_period(s, tk, k - 1);
  if ((end_punct(s, p) && !abbr_end) || is_tok(s, p, ",") || is_tok(s, p, "-") ||
      is_tok(s, p, ";") || is_tok(s, p, "("))
    return 0;
  if (!(n->flags & TF_CAP) && n->kind != TOK_NUM && !is_tok(s, n, "-") && !is_tok(s, n, "*") &&
      !is_tok(s, n, "\xE2\x80\xA2"))
    return 0;
  size_t j = k - 1;
  while (j > first && !(tk[j].flags & TF_NEWLINE))
    j--;
  if (p->end - tk[j].start < SHORT_LINE)
    return 1;
  /* (a longer heading, before its stamp line: "Calder Valley Pharmacies -
   * Christmas and New Year opening rota\nIssued Thursday 11th December") */
  static const char *const stamps[] = {"issued", "published", "posted", "updated", "revised",
                                       "circulated", "prepared", "dated", NULL};
  char nw[16] = "";
  if ((n->flags & TF_CAP) && p->end - tk[j].start < 2 * SHORT_LINE &&
      token_lower(s, n, nw, sizeof nw) && str_in_list(nw, stamps))
    return 1;
  /* (a longer line all in capitals is a heading too: "MINUTES OF THE
   * REGULAR MEETING OF THE ALDERBROOK CITY COUNCIL") */
  size_t words = 0;
  for (size_t i = j; i < k; i++) {
    if (tk[i].kind != TOK_WORD)
      continue;
    if (!(tk[i].flags & TF_UPPER))
      return 0;
    words++;
  }
  return words >= 2 && p->end - tk[j].start < 3 * SHORT_LINE;
}

int segment_text(const char *s, size_t len, segmentation *out) {
  memset(out, 0, sizeof *out);
  if (len >= UINT32_MAX)
    return -1;
  tokvec tv = {0};
  if (tokenize(s, len, &tv)) {
    free(tv.v);
    return -1;
  }
  size_t cap = 16, ns = 0;
  sentence *sv = malloc(cap * sizeof *sv);
  if (!sv) {
    free(tv.v);
    return -1;
  }
  size_t first = 0;
  for (size_t k = 0; k <= tv.n; k++) {
    int brk = 0;
    size_t endtok = k; /* last token of the sentence, inclusive */
    if (k == tv.n)
      brk = first < tv.n;
    else if (k > first && (tv.v[k].flags & TF_PARA)) {
      brk = 1;
      endtok = k - 1;
    } else if (k > first && (tv.v[k].flags & TF_NEWLINE) && short_line_ends(s, tv.v, first, k)) {
      brk = 1; /* a heading or a list line: "AMBER WARNING: WIND\nValid from ..." */
      endtok = k - 1;
    } else if (end_punct(s, &tv.v[k])) {
      size_t j = k + 1;
      while (j < tv.n && end_punct(s, &tv.v[j]) && !(tv.v[j].flags & TF_SPACE))
        j++;
      while (j < tv.n && closing_punct(s, &tv.v[j]) && !(tv.v[j].flags & TF_SPACE))
        j++;
      if (ends_here(s, tv.v, tv.n, k, j)) {
        brk = 1;
        endtok = j - 1;
      } else
        continue;
    } else
      continue;
    if (k == tv.n)
      endtok = tv.n - 1;
    if (!brk || endtok < first)
      continue;
    if (ns == cap) {
      cap *= 2;
      sentence *p = realloc(sv, cap * sizeof *sv);
      if (!p) {
        free(sv);
        free(tv.v);
        return -1;
      }
      sv = p;
    }
    sv[ns++] = (sentence){tv.v[first].start, tv.v[endtok].end, (uint32_t)first,
                          (uint32_t)(endtok + 1)};
    first = endtok + 1;
    if (k < tv.n && endtok < k) /* paragraph break: token k starts the next one */
      k = endtok;
    else
      k = endtok;
  }
  out->toks = tv.v;
  out->ntok = tv.n;
  out->sents = sv;
  out->nsent = ns;
  return 0;
}

void segmentation_free(segmentation *seg) {
  free(seg->toks);
  free(seg->sents);
  memset(seg, 0, sizeof *seg);
}
