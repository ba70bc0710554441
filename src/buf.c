/*
 * buf.c — growable byte buffer (see buf.h).  Capacity doubles, so appends
 * are amortized O(1); the sticky `oom` flag turns every later call into a
 * no-op after the first failed allocation.
 */
#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int tbuf_grow(tbuf *b, size_t extra) {
  if (b->oom)
    return -1;
  if (b->len + extra + 1 <= b->cap)
    return 0;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + extra + 1) {
    if (cap > ((size_t)-1) / 2) {
      b->oom = 1;
      return -1;
    }
    cap *= 2;
  }
  char *p = realloc(b->ptr, cap);
  if (!p) {
    b->oom = 1;
    return -1;
  }
  b->ptr = p;
  b->cap = cap;
  return 0;
}

void tbuf_put(tbuf *b, const void *data, size_t len) {
  if (tbuf_grow(b, len))
    return;
  if (len)
    memcpy(b->ptr + b->len, data, len);
  b->len += len;
  b->ptr[b->len] = '\0';
}

void tbuf_puts(tbuf *b, const char *s) { tbuf_put(b, s, strlen(s)); }

void tbuf_putc(tbuf *b, char c) { tbuf_put(b, &c, 1); }

void tbuf_vprintf(tbuf *b, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  if (n < 0 || tbuf_grow(b, (size_t)n))
    return;
  vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
}

void tbuf_printf(tbuf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  tbuf_vprintf(b, fmt, ap);
  va_end(ap);
}

void tbuf_truncate(tbuf *b, size_t len) {
  if (b->ptr && len < b->len) {
    b->len = len;
    b->ptr[len] = '\0';
  }
}

char *tbuf_detach(tbuf *b, size_t *len) {
  if (b->oom) {
    tbuf_free(b);
    return NULL;
  }
  if (!b->ptr && tbuf_grow(b, 0))
    return NULL;
  char *p = b->ptr;
  if (len)
    *len = b->len;
  b->ptr = NULL;
  b->len = b->cap = 0;
  return p;
}

void tbuf_free(tbuf *b) {
  free(b->ptr);
  b->ptr = NULL;
  b->len = b->cap = 0;
  b->oom = 0;
}
