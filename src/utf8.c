/*
 * utf8.c — UTF-8 validation and classification (see utf8.h).  Validation
 * follows RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF.
 */
#include "utf8.h"

size_t utf8_check(const char *str, size_t len) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0;
  while (i < len) {
    unsigned char c = s[i];
    if (c == 0)
      return i;
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t n;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 2;
      cp = c & 0x1F;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3;
      cp = c & 0x0F;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4;
      cp = c & 0x07;
      min = 0x10000;
    } else
      return i;
    if (i + n > len)
      return i;
    for (size_t k = 1; k < n; k++) {
      if ((s[i + k] & 0xC0) != 0x80)
        return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += n;
  }
  return len;
}

uint32_t utf8_decode(const char *str, size_t len, size_t i, int *n) {
  const unsigned char *s = (const unsigned char *)str;
  unsigned char c = s[i];
  if (c < 0x80 || i + 1 >= len) {
    *n = 1;
    return c;
  }
  if (c < 0xE0) {
    *n = 2;
    return ((uint32_t)(c & 0x1F) << 6) | (s[i + 1] & 0x3F);
  }
  if (c < 0xF0) {
    if (i + 2 >= len) {
      *n = 1;
      return 0xFFFD;
    }
    *n = 3;
    return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
  }
  if (i + 3 >= len) {
    *n = 1;
    return 0xFFFD;
  }
  *n = 4;
  return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[i + 1] & 0x3F) << 12) |
         ((uint32_t)(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
}

int utf8_is_space(uint32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF || c == 0x2028 || c == 0x2029;
}

int utf8_is_punct(uint32_t c) {
  return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) || c == 0xAB ||
         c == 0xBB || c == 0xB7 || c == 0xA7 || c == 0xB6 || c == 0xBF || c == 0xA1 ||
         c == 0xB0 || (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) ||
         (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF1F) || c == 0xFF5E ||
         c == 0x20AC || c == 0xA3 || c == 0xA5 || c == 0xA2;
}

void utf8_line_col(const char *s, size_t len, size_t off, long *line, long *col) {
  long l = 1, c = 1;
  for (size_t i = 0; i < off && i < len; i++) {
    if (s[i] == '\n') {
      l++;
      c = 1;
    } else if (((unsigned char)s[i] & 0xC0) != 0x80)
      c++;
  }
  *line = l;
  *col = c;
}
