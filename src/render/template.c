/*
 * template.c — the compiled-in files of templates/ (see templates.h) and
 * the one template syntax they use: "{{name}}" is replaced by the value the
 * caller gives for `name`; everything else is copied as it is.  An unknown
 * name is an error, so a typo in a template cannot pass silently.
 */
#include <string.h>

#include "templates.h"

const char *tpl_get(const char *name, size_t *len) {
  for (unsigned i = 0; i < tpl_nfiles; i++)
    if (!strcmp(tpl_files[i].name, name)) {
      if (len)
        *len = tpl_files[i].len;
      return (const char *)tpl_files[i].data;
    }
  return NULL;
}

int tpl_fill(const char *tpl, size_t len, tpl_value_fn fn, void *ctx, tbuf *out, char *bad,
             size_t badlen) {
  size_t i = 0, run = 0;
  while (i + 1 < len) {
    if (tpl[i] != '{' || tpl[i + 1] != '{') {
      i++;
      continue;
    }
    const char *end = NULL;
    for (size_t j = i + 2; j + 1 < len && j < i + 2 + 64; j++)
      if (tpl[j] == '}' && tpl[j + 1] == '}') {
        end = tpl + j;
        break;
      }
    if (!end) { /* "{{" without a close within 64 bytes is text */
      i++;
      continue;
    }
    tbuf_put(out, tpl + run, i - run);
    const char *name = tpl + i + 2;
    size_t n = (size_t)(end - name);
    if (fn(ctx, name, n, out)) {
      if (bad && badlen) {
        size_t k = n < badlen - 1 ? n : badlen - 1;
        memcpy(bad, name, k);
        bad[k] = '\0';
      }
      return -1;
    }
    i = (size_t)(end - tpl) + 2;
    run = i;
  }
  tbuf_put(out, tpl + run, len - run);
  return 0;
}
