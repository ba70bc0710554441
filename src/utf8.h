/*
 * utf8.h — the few UTF-8 facts the pipeline needs: validation, decoding one
 * code point, and classes of code points (space, letter, punctuation) that
 * the segmenter treats specially.  No locale is consulted.
 */
#ifndef TEMPORA_UTF8_H
#define TEMPORA_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Returns the byte offset of the first invalid sequence or NUL byte, or
 * `len` when the whole buffer is valid UTF-8 without NUL. */
size_t utf8_check(const char *s, size_t len);

/* Decodes the code point at s[i] (the text must be valid); sets *n to its
 * length in bytes. */
uint32_t utf8_decode(const char *s, size_t len, size_t i, int *n);

int utf8_is_space(uint32_t c);   /* ASCII space, NBSP, U+2000..200B, U+202F, U+205F, U+3000, U+FEFF */
int utf8_is_punct(uint32_t c);   /* dashes, curly quotes, ellipsis, guillemets, CJK punctuation */

/* 1-based line and column (in code points) of byte offset `off`. */
void utf8_line_col(const char *s, size_t len, size_t off, long *line, long *col);

#endif
