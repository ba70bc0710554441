/*
 * buf.h — growable byte buffer with a sticky out-of-memory flag.
 *
 * Every append is a no-op once an allocation failed; callers check
 * `oom` once at the end instead of after each call (the SQLite StrAccum
 * idea).  The buffer is always NUL-terminated when ptr is not NULL.
 */
#ifndef TEMPORA_BUF_H
#define TEMPORA_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct tbuf {
  char *ptr;
  size_t len;
  size_t cap;
  int oom;
} tbuf;

#define TBUF_INIT {NULL, 0, 0, 0}

int tbuf_grow(tbuf *b, size_t extra);
void tbuf_put(tbuf *b, const void *data, size_t len);
void tbuf_puts(tbuf *b, const char *s);
void tbuf_putc(tbuf *b, char c);
void tbuf_printf(tbuf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void tbuf_vprintf(tbuf *b, const char *fmt, va_list ap);
void tbuf_truncate(tbuf *b, size_t len);
/* Hands the bytes to the caller (free with free()); the buffer becomes empty.
 * Returns NULL after an allocation failure. */
char *tbuf_detach(tbuf *b, size_t *len);
void tbuf_free(tbuf *b);

#endif
