/*
 * templates.h — the files of templates/ (chart themes, the HTML report
 * template) compiled into the library by cmake/embed_templates.cmake, so
 * the binary needs no install.  Bytes are NUL-terminated.  Also the one
 * template syntax: "{{name}}" placeholders.
 */
#ifndef TEMPORA_TEMPLATES_H
#define TEMPORA_TEMPLATES_H

#include <stddef.h>

#include "../buf.h"

typedef struct tpl_file {
  const char *name;           /* base name: "default.theme", "report.html" */
  const unsigned char *data;  /* the bytes, NUL-terminated */
  size_t len;                 /* without the NUL */
} tpl_file;

extern const tpl_file tpl_files[];
extern const unsigned tpl_nfiles;

/* The compiled-in file `name`, or NULL. */
const char *tpl_get(const char *name, size_t *len);

/* "{{name}}" substitution (template.c).  The callback writes the value of
 * placeholder `name` (n bytes) to out and returns 0, or -1 when the name
 * is unknown. */
typedef int (*tpl_value_fn)(void *ctx, const char *name, size_t n, tbuf *out);

/* Copies tpl to out with every {{name}} replaced.  Returns 0, or -1 with
 * the unknown name in `bad`. */
int tpl_fill(const char *tpl, size_t len, tpl_value_fn fn, void *ctx, tbuf *out, char *bad,
             size_t badlen);

#endif
