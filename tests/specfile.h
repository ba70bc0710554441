/*
 * specfile.h — the reader both plain-text spec runners share (tagger specs
 * in tests/spec/, event specs in tests/events/): "# comment" lines,
 * "@key value" directives, a case as one unindented input line followed by
 * its indented expectation lines, blank lines between cases.  A case
 * without expectations, or a directive the runner does not know, is a
 * format error (exit 2), so a mistyped file cannot pass by testing nothing.
 * In an input line or an expectation "\n" is a line break (headings,
 * agendas, timelines, an extent across lines).
 * Header-only: each runner is one test program.
 */
#ifndef TEMPORA_SPECFILE_H
#define TEMPORA_SPECFILE_H

#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct spec_case {
  const char *file;
  long line;      /* of the input line */
  char *input;
  char **expect;  /* trimmed expectation lines */
  int nexp;
} spec_case;

static char *spec_trim(char *s) {
  while (isspace((unsigned char)*s))
    s++;
  size_t n = strlen(s);
  while (n && isspace((unsigned char)s[n - 1]))
    s[--n] = '\0';
  return s;
}

/* Splits an expectation line in place at " | " into at most `max` trimmed
 * fields; returns how many. */
static int spec_split(char *line, char **f, int max) {
  int nf = 0;
  for (char *p = line; nf < max;) {
    char *bar = strstr(p, " | ");
    if (bar)
      *bar = '\0';
    f[nf++] = spec_trim(p);
    if (!bar)
      break;
    p = bar + 3;
  }
  return nf;
}

static void spec_case_clear(spec_case *k) {
  free(k->input);
  for (int i = 0; i < k->nexp; i++)
    free(k->expect[i]);
  free(k->expect);
  k->input = NULL;
  k->expect = NULL;
  k->nexp = 0;
}

/* "\n" in a spec line: a line break. */
static void spec_unescape(char *s) {
  char *w = s;
  for (const char *r = s; *r; r++)
    if (r[0] == '\\' && r[1] == 'n') {
      *w++ = '\n';
      r++;
    } else
      *w++ = *r;
  *w = '\0';
}

/* Reads `path`; calls directive(ctx, key, value) for "@key value" lines
 * (it returns 0, or -1 for an unknown key) and run(ctx, case) for each case
 * (it returns 1 when the case fails).  Adds to *cases and *fails; returns 0,
 * or 2 for a file that cannot be read or is malformed. */
static int spec_file_run(const char *path, int (*directive)(void *, const char *, const char *),
                         int (*run)(void *, const spec_case *), void *ctx, int *cases,
                         int *fails) {
  FILE *f = fopen(path, "r");
  if (!f) {
    perror(path);
    return 2;
  }
  spec_case k = {path, 0, NULL, NULL, 0};
  char *line = NULL;
  size_t cap = 0;
  long lineno = 0;
  int rc = 0, more = 1;
  while (more && !rc) {
    more = getline(&line, &cap, f) >= 0;
    if (more)
      lineno++;
    int indented = more && (line[0] == ' ' || line[0] == '\t');
    char *s = more ? spec_trim(line) : NULL;
    if (more && indented && *s) {
      if (!k.input) {
        fprintf(stderr, "%s:%ld: expectation without an input line\n", path, lineno);
        rc = 2;
        break;
      }
      char **p = realloc(k.expect, (size_t)(k.nexp + 1) * sizeof *p);
      if (!p) {
        rc = 2;
        break;
      }
      k.expect = p;
      if (!(p[k.nexp] = strdup(s))) {
        rc = 2;
        break;
      }
      spec_unescape(p[k.nexp]); /* (an extent across lines: "Monday,\n March 2") */
      k.nexp++;
      continue;
    }
    if (k.input) { /* anything else ends the case */
      if (!k.nexp) {
        fprintf(stderr, "%s:%ld: case without expectations\n", path, k.line);
        rc = 2;
        break;
      }
      (*cases)++;
      *fails += run(ctx, &k) ? 1 : 0;
      spec_case_clear(&k);
    }
    if (!more || !*s || s[0] == '#')
      continue;
    if (s[0] == '@') {
      char *sp = strchr(s, ' ');
      const char *val = "";
      if (sp) {
        *sp = '\0';
        val = spec_trim(sp + 1);
      }
      if (!sp || directive(ctx, s + 1, val)) {
        fprintf(stderr, "%s:%ld: bad directive '%s %s'\n", path, lineno, s, val);
        rc = 2;
      }
      continue;
    }
    k.input = strdup(s);
    k.line = lineno;
    if (!k.input)
      rc = 2;
    else
      spec_unescape(k.input);
  }
  spec_case_clear(&k);
  free(line);
  fclose(f);
  return rc;
}

#endif
