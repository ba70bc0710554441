/*
 * segment.h — tokens and sentences as byte spans over the original text.
 *
 * Tokens: letter runs (with internal apostrophes and dots: "don't", "U.S"),
 * digit runs with internal separators ("1,500", "3.5", "10:30"), mixed runs
 * ("1990s", "24th", "Q3"), and single punctuation marks.  A possessive "'s"
 * is its own token.  Sentences break at . ! ? (and CJK 。！？) followed by
 * the start of a new sentence, at blank lines, and never after a title
 * abbreviation ("Dr.", "Gen.") or a month before a number ("Oct. 28").
 */
#ifndef TEMPORA_SEGMENT_H
#define TEMPORA_SEGMENT_H

#include <stddef.h>
#include <stdint.h>

typedef enum { TOK_WORD = 1, TOK_NUM, TOK_ALNUM, TOK_PUNCT } tok_kind;

#define TF_SPACE 0x01   /* whitespace before the token */
#define TF_NEWLINE 0x02 /* a line break before */
#define TF_PARA 0x04    /* a blank line before */
#define TF_CAP 0x08     /* starts with an uppercase letter */
#define TF_UPPER 0x10   /* two or more letters, all uppercase */
#define TF_ABBR 0x20    /* a "." that belongs to the abbreviation before it */
#define TF_DOTTED 0x40  /* a word with internal dots ("U.S", "a.m") */
#define TF_NONASCII 0x80
#define TF_GAP 0x100 /* a tab or three spaces before, within a line: a table's column */

typedef struct token {
  uint32_t start, end;
  uint16_t kind;
  uint16_t flags;
} token;

typedef struct sentence {
  uint32_t start, end; /* byte span, trimmed of surrounding space */
  uint32_t tok0, tok1; /* token range [tok0, tok1) */
} sentence;

typedef struct segmentation {
  token *toks;
  size_t ntok;
  sentence *sents;
  size_t nsent;
} segmentation;

/* Segments `len` bytes of valid UTF-8.  Returns 0, or -1 when out of memory
 * (or the text is over 4 GiB). */
int segment_text(const char *s, size_t len, segmentation *out);
void segmentation_free(segmentation *seg);

/* Lowercases the token's ASCII letters into buf (at most size-1 bytes),
 * writing the typographic apostrophe (U+2019) as "'"; returns the length
 * written, or 0 if the token is longer than the buffer. */
size_t token_lower(const char *text, const token *t, char *buf, size_t size);

/* Is token k (k >= 1) the period of an abbreviation, right after a dotted
 * one ("p.m" "." of "6:00 p.m.")? */
static inline int abbr_period(const char *text, const token *tk, size_t k) {
  return tk[k].end == tk[k].start + 1 && text[tk[k].start] == '.' &&
         (tk[k - 1].flags & TF_DOTTED) && tk[k - 1].end == tk[k].start;
}

#endif
