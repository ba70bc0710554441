/*
 * main.c — the tempora command.  Uses the public API only.
 *
 *   tempora extract [FILES...] [-f FORMAT] [-o OUT] [options]
 *   tempora render TIMELINE.json -f FORMAT [-o OUT] [options]
 *   tempora eval GOLD_DIR [--errors N] [options]
 *
 * Output goes to a temporary file beside OUT and is renamed over it only
 * when complete, so a failed run never leaves a partial file.  Errors are
 * one line, "tempora: FILE[:LINE[:COL]]: message"; exit 1 for errors, 2
 * for usage errors.  -f jsonl streams: each document is processed and
 * written before the next is read (no merging across documents), so
 * memory stays bounded by the largest document.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tempora.h"

#define EXIT_USAGE 2

static const char *progname = "tempora";
static int quiet;

static void usage(FILE *f) {
  fprintf(f,
          "usage: tempora extract [FILES...] [-f FORMAT] [-o OUT] [options]\n"
          "       tempora render TIMELINE.json -f FORMAT [-o OUT] [options]\n"
          "       tempora eval GOLD_DIR [--errors N] [--mode MODE] [--dates ORDER]\n"
          "       tempora --help | --version\n"
          "\n"
          "extract reads news articles and writes their timeline.  FILES are plain\n"
          "text, text with a header block (Title:/Date:/Source:/URL: lines, then a\n"
          "blank line), or JSON Lines corpora (.jsonl: one {id, text, title, url,\n"
          "source, published|date} object per line); \"-\" or no FILES reads stdin.\n"
          "render re-renders a saved native JSON timeline in another format.\n"
          "eval tags every TimeML file (*.tml) of GOLD_DIR (its TEXT, with the DCT\n"
          "of its <DCT>) and prints the TempEval-3 Task A scores: strict and\n"
          "relaxed P/R/F1, value F1, type F1.\n"
          "\n"
          "options:\n"
          "  -f, --format FORMAT   output format (default json); see --version\n"
          "  -o, --output FILE     write to FILE atomically (default: stdout)\n"
          "      --dct DATE        publication date for every document\n"
          "                        (YYYY-MM-DD[THH:MM[:SS]]); overrides metadata\n"
          "      --mode MODE       news (resolve against the publication date) or\n"
          "                        narrative (against the last mentioned date);\n"
          "                        default: news when a date is known\n"
          "      --dates ORDER     mdy (11/24/2026, default) or dmy (24/11/2026), for\n"
          "                        texts whose own dates do not show their order\n"
          "      --undated         keep events without a time, dated at the DCT\n"
          "      --from DATE       keep events that end after DATE (YYYY[-MM[-DD]])\n"
          "      --to DATE         keep events that start within or before DATE\n"
          "      --actor CODE      keep events with this actor (ISO alpha-3, IGO...)\n"
          "      --type TYPE       keep events of this PLOVER type\n"
          "      --title TEXT      chart / calendar / report title\n"
          "      --theme NAME      chart theme: default, print, dark, or a file\n"
          "      --width N, --height N  chart size (0 = automatic)\n"
          "      --group-by KEY    chart lanes: actor (default), type or none\n"
          "      --ics-spans       iCalendar: coarse periods as real spans (default:\n"
          "                        a one-day marker on their first day)\n"
          "      --reference-time DATE  iCalendar DTSTAMP (UTC; default: the latest\n"
          "                        publication date, so runs are reproducible)\n"
          "      --errors N        eval: also list up to N errors of each kind\n"
          "  -q, --quiet           no warnings on stderr\n"
          "  -h, --help            this text\n"
          "  -V, --version         version and compiled-in formats\n");
}

static void version(void) {
  printf("tempora %s\nformats:", TEMPORA_VERSION_STRING);
  for (const char *const *f = tempora_formats(); *f; f++)
    printf(" %s", *f);
  printf("\n");
}

static void print_error(const tempora_error *e, const char *fallback) {
  const char *file = e->file[0] ? e->file : fallback;
  if (file && *file) {
    if (e->line && e->col)
      fprintf(stderr, "%s: %s:%ld:%ld: %s\n", progname, file, e->line, e->col, e->message);
    else if (e->line)
      fprintf(stderr, "%s: %s:%ld: %s\n", progname, file, e->line, e->message);
    else
      fprintf(stderr, "%s: %s: %s\n", progname, file, e->message);
  } else
    fprintf(stderr, "%s: %s\n", progname, e->message);
}

static int usage_error(const char *fmt, const char *arg) {
  fprintf(stderr, "%s: ", progname);
  fprintf(stderr, fmt, arg);
  fprintf(stderr, " (see tempora --help)\n");
  return EXIT_USAGE;
}

/* Reads a whole file ("-" = stdin) into a malloc'd buffer. */
static char *read_all(const char *path, size_t *len, char *why, size_t whylen) {
  FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
  if (!f) {
    snprintf(why, whylen, "%s", strerror(errno));
    return NULL;
  }
  struct stat sb;
  if (fstat(fileno(f), &sb) == 0 && S_ISDIR(sb.st_mode)) {
    snprintf(why, whylen, "is a directory");
    fclose(f);
    return NULL;
  }
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap);
  while (buf) {
    if (n + 1 >= cap) {
      if (cap >= ((size_t)1 << 31)) {
        snprintf(why, whylen, "file larger than 2 GiB");
        free(buf);
        buf = NULL;
        break;
      }
      char *p = realloc(buf, cap * 2);
      if (!p) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = p;
      cap *= 2;
    }
    size_t got = fread(buf + n, 1, cap - n - 1, f);
    n += got;
    if (got == 0) {
      if (ferror(f)) {
        snprintf(why, whylen, "%s", strerror(errno));
        free(buf);
        buf = NULL;
      }
      break;
    }
  }
  if (!buf && !why[0])
    snprintf(why, whylen, "out of memory");
  if (f != stdin)
    fclose(f);
  if (buf) {
    buf[n] = '\0';
    *len = n;
  }
  return buf;
}

/* ---- atomic output ------------------------------------------------------------------ */

typedef struct output {
  const char *path; /* NULL = stdout */
  char *tmp;
  FILE *f;
} output;

static int out_open(output *o, const char *path) {
  memset(o, 0, sizeof *o);
  if (!path || !strcmp(path, "-")) {
    o->f = stdout;
    return 0;
  }
  o->path = path;
  size_t n = strlen(path) + 16;
  o->tmp = malloc(n);
  if (!o->tmp)
    return -1;
  snprintf(o->tmp, n, "%s.tmpXXXXXX", path);
  int fd = mkstemp(o->tmp);
  if (fd < 0) {
    fprintf(stderr, "%s: %s: %s\n", progname, path, strerror(errno));
    free(o->tmp);
    o->tmp = NULL;
    return -1;
  }
  mode_t um = umask(0);
  umask(um);
  fchmod(fd, 0666 & ~um);
  o->f = fdopen(fd, "wb");
  if (!o->f) {
    close(fd);
    unlink(o->tmp);
    free(o->tmp);
    o->tmp = NULL;
    return -1;
  }
  return 0;
}

static int out_write(output *o, const char *data, size_t len) {
  return fwrite(data, 1, len, o->f) == len ? 0 : -1;
}

/* Completes (ok) or abandons the output. */
static int out_close(output *o, int ok) {
  int rc = 0;
  if (!o->path) {
    if (fflush(stdout))
      rc = -1;
    return ok && !rc ? 0 : -1;
  }
  if (fflush(o->f) || ferror(o->f))
    ok = 0;
  if (fclose(o->f))
    ok = 0;
  if (ok && rename(o->tmp, o->path)) {
    fprintf(stderr, "%s: %s: %s\n", progname, o->path, strerror(errno));
    ok = 0;
  }
  if (!ok)
    unlink(o->tmp);
  free(o->tmp);
  return ok ? 0 : -1;
}

/* ---- commands ----------------------------------------------------------------------- */

typedef struct args {
  tempora_options opts;
  const char *format;
  const char *output;
  const char **files;
  int nfiles;
  int errors; /* eval: errors listed per kind */
} args;

static int flush_warnings(const tempora_timeline *tl, size_t *shown) {
  size_t n = tempora_timeline_warning_count(tl);
  for (; *shown < n; (*shown)++)
    if (!quiet)
      fprintf(stderr, "%s: warning: %s\n", progname, tempora_timeline_warning(tl, *shown));
  return 0;
}

/* Renders and writes; then prints the warnings rendering added (values a
 * format cannot hold, events left out). */
static int render_to(tempora_timeline *tl, const char *format, output *o, size_t *shown) {
  tempora_error e = {0};
  char *buf;
  size_t len;
  int failed = tempora_render(tl, format, &buf, &len, &e);
  flush_warnings(tl, shown);
  if (failed) {
    print_error(&e, NULL);
    return -1;
  }
  int rc = out_write(o, buf, len);
  tempora_free(buf);
  if (rc)
    fprintf(stderr, "%s: %s: write error: %s\n", progname, o->path ? o->path : "stdout",
            strerror(errno));
  return rc;
}

static int ends_with(const char *s, const char *suf) {
  size_t a = strlen(s), b = strlen(suf);
  return a >= b && !strcmp(s + a - b, suf);
}

/* -f jsonl: one timeline per document, written at once. */
static int extract_stream(args *a, output *o) {
  for (int i = 0; i < a->nfiles; i++) {
    const char *path = a->files[i];
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f) {
      fprintf(stderr, "%s: %s: %s\n", progname, path, strerror(errno));
      return -1;
    }
    int c = fgetc(f);
    while (c == ' ' || c == '\n' || c == '\t' || c == '\r')
      c = fgetc(f);
    int jsonl = ends_with(path, ".jsonl") || ends_with(path, ".ndjson") || c == '{';
    if (c != EOF)
      ungetc(c, f);
    if (!jsonl) {
      if (f != stdin)
        fclose(f);
      char why[256] = "";
      size_t len;
      char *data = read_all(path, &len, why, sizeof why);
      if (!data) {
        fprintf(stderr, "%s: %s: %s\n", progname, path, why);
        return -1;
      }
      tempora_timeline *tl = tempora_timeline_new(&a->opts);
      tempora_error e = {0};
      size_t shown = 0;
      int rc = tl ? tempora_timeline_add_input(tl, path, data, len, &e) : -1;
      free(data);
      if (rc)
        print_error(&e, path);
      else {
        flush_warnings(tl, &shown);
        rc = render_to(tl, "jsonl", o, &shown);
      }
      tempora_timeline_free(tl);
      if (rc)
        return -1;
      continue;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    int rc = 0;
    while (!rc && (n = getline(&line, &cap, f)) >= 0) {
      lineno++;
      tempora_timeline *tl = tempora_timeline_new(&a->opts);
      tempora_error e = {0};
      size_t shown = 0;
      if (!tl) {
        rc = -1;
        break;
      }
      if (tempora_timeline_add_jsonl(tl, path, lineno, line, (size_t)n, &e)) {
        print_error(&e, path);
        rc = -1;
      } else {
        flush_warnings(tl, &shown);
        rc = render_to(tl, "jsonl", o, &shown);
      }
      tempora_timeline_free(tl);
    }
    free(line);
    if (f != stdin)
      fclose(f);
    if (rc)
      return -1;
  }
  return 0;
}

static int cmd_extract(args *a) {
  if (a->nfiles == 0) /* a->files has room for argc entries */
    a->files[a->nfiles++] = "-";
  output o;
  if (out_open(&o, a->output))
    return 1;
  int rc = 0;
  if (!strcasecmp(a->format, "jsonl")) {
    rc = extract_stream(a, &o);
  } else {
    tempora_timeline *tl = tempora_timeline_new(&a->opts);
    size_t shown = 0;
    if (!tl)
      rc = -1;
    for (int i = 0; !rc && i < a->nfiles; i++) {
      char why[256] = "";
      size_t len;
      char *data = read_all(a->files[i], &len, why, sizeof why);
      if (!data) {
        fprintf(stderr, "%s: %s: %s\n", progname, a->files[i], why);
        rc = -1;
        break;
      }
      tempora_error e = {0};
      if (tempora_timeline_add_input(tl, a->files[i], data, len, &e)) {
        print_error(&e, a->files[i]);
        rc = -1;
      }
      free(data);
      flush_warnings(tl, &shown);
    }
    if (!rc)
      rc = render_to(tl, a->format, &o, &shown);
    tempora_timeline_free(tl);
  }
  return out_close(&o, rc == 0) ? 1 : 0;
}

static int cmd_render(args *a) {
  if (a->nfiles != 1)
    return usage_error("render takes exactly one timeline file%s", "");
  char why[256] = "";
  size_t len;
  char *data = read_all(a->files[0], &len, why, sizeof why);
  if (!data) {
    fprintf(stderr, "%s: %s: %s\n", progname, a->files[0], why);
    return 1;
  }
  tempora_error e = {0};
  tempora_timeline *tl = tempora_timeline_load_json(data, len, &a->opts, &e);
  free(data);
  if (!tl) {
    print_error(&e, a->files[0]);
    return 1;
  }
  output o;
  if (out_open(&o, a->output)) {
    tempora_timeline_free(tl);
    return 1;
  }
  size_t shown = 0;
  int rc = render_to(tl, a->format, &o, &shown);
  tempora_timeline_free(tl);
  return out_close(&o, rc == 0) ? 1 : 0;
}

static int cmd_eval(args *a) {
  if (a->nfiles != 1)
    return usage_error("eval takes exactly one gold directory%s", "");
  tempora_eval_scores sc;
  tempora_error e = {0};
  char *report = NULL;
  if (tempora_eval(a->files[0], &a->opts, a->errors, &sc, &report, &e)) {
    print_error(&e, a->files[0]);
    return 1;
  }
  fputs(report, stdout);
  tempora_free(report);
  return fflush(stdout) ? 1 : 0;
}

static int parse_int(const char *s, int *v) {
  char *end;
  long x = strtol(s, &end, 10);
  if (*s == '\0' || *end || x < 0 || x > 100000)
    return -1;
  *v = (int)x;
  return 0;
}

static int known_format(const char *f) {
  for (const char *const *p = tempora_formats(); *p; p++)
    if (!strcasecmp(*p, f))
      return 1;
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    usage(stderr);
    return EXIT_USAGE;
  }
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
    usage(stdout);
    return 0;
  }
  if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
    version();
    return 0;
  }
  const char *cmd = argv[1];
  if (strcmp(cmd, "extract") && strcmp(cmd, "render") && strcmp(cmd, "eval"))
    return usage_error("unknown command '%s'", cmd);
  args a;
  memset(&a, 0, sizeof a);
  tempora_options_init(&a.opts);
  a.format = "json";
  a.files = calloc((size_t)argc, sizeof *a.files);
  if (!a.files)
    return 1;
  int only_files = 0;
  for (int i = 2; i < argc; i++) {
    const char *s = argv[i];
    const char *val = NULL;
#define NEED_VAL()                                                                          \
  do {                                                                                      \
    if (i + 1 >= argc) {                                                                    \
      free(a.files);                                                                        \
      return usage_error("option %s needs a value", s);                                     \
    }                                                                                       \
    val = argv[++i];                                                                        \
  } while (0)
    if (only_files || s[0] != '-' || !strcmp(s, "-")) {
      a.files[a.nfiles++] = s;
    } else if (!strcmp(s, "--")) {
      only_files = 1;
    } else if (!strcmp(s, "-f") || !strcmp(s, "--format")) {
      NEED_VAL();
      a.format = val;
    } else if (!strcmp(s, "-o") || !strcmp(s, "--output")) {
      NEED_VAL();
      a.output = val;
    } else if (!strcmp(s, "--dct")) {
      NEED_VAL();
      int64_t t;
      tempora_precision p;
      if (tempora_parse_time(val, &t, &p) || p > TEMPORA_PREC_DAY) {
        free(a.files);
        return usage_error("invalid --dct '%s' (want YYYY-MM-DD[THH:MM[:SS]])", val);
      }
      a.opts.dct = val;
    } else if (!strcmp(s, "--mode")) {
      NEED_VAL();
      if (!strcmp(val, "news"))
        a.opts.mode = TEMPORA_MODE_NEWS;
      else if (!strcmp(val, "narrative"))
        a.opts.mode = TEMPORA_MODE_NARRATIVE;
      else if (!strcmp(val, "auto"))
        a.opts.mode = TEMPORA_MODE_AUTO;
      else {
        free(a.files);
        return usage_error("invalid --mode '%s' (news or narrative)", val);
      }
    } else if (!strcmp(s, "--dates")) {
      NEED_VAL();
      if (!strcmp(val, "mdy"))
        a.opts.date_order = TEMPORA_DATES_MDY;
      else if (!strcmp(val, "dmy"))
        a.opts.date_order = TEMPORA_DATES_DMY;
      else {
        free(a.files);
        return usage_error("invalid --dates '%s' (mdy or dmy)", val);
      }
    } else if (!strcmp(s, "--undated")) {
      a.opts.undated = 1;
    } else if (!strcmp(s, "--from") || !strcmp(s, "--to")) {
      NEED_VAL();
      int64_t t;
      tempora_precision p;
      if (tempora_parse_time(val, &t, &p) || p < TEMPORA_PREC_DAY) {
        free(a.files);
        return usage_error("invalid date '%s' (want YYYY[-MM[-DD]])", val);
      }
      if (s[2] == 'f')
        a.opts.from = val;
      else
        a.opts.to = val;
    } else if (!strcmp(s, "--actor")) {
      NEED_VAL();
      a.opts.actor = val;
    } else if (!strcmp(s, "--type")) {
      NEED_VAL();
      a.opts.type = val;
    } else if (!strcmp(s, "--title")) {
      NEED_VAL();
      a.opts.title = val;
    } else if (!strcmp(s, "--theme")) {
      NEED_VAL();
      a.opts.theme = val;
    } else if (!strcmp(s, "--width") || !strcmp(s, "--height")) {
      NEED_VAL();
      int v;
      if (parse_int(val, &v)) {
        free(a.files);
        return usage_error("invalid size '%s'", val);
      }
      if (s[2] == 'w')
        a.opts.width = v;
      else
        a.opts.height = v;
    } else if (!strcmp(s, "--group-by")) {
      NEED_VAL();
      if (!strcmp(val, "actor"))
        a.opts.group_by = TEMPORA_GROUP_ACTOR;
      else if (!strcmp(val, "type"))
        a.opts.group_by = TEMPORA_GROUP_TYPE;
      else if (!strcmp(val, "none"))
        a.opts.group_by = TEMPORA_GROUP_NONE;
      else {
        free(a.files);
        return usage_error("invalid --group-by '%s' (actor, type or none)", val);
      }
    } else if (!strcmp(s, "--errors")) {
      NEED_VAL();
      if (parse_int(val, &a.errors)) {
        free(a.files);
        return usage_error("invalid --errors '%s'", val);
      }
    } else if (!strcmp(s, "--ics-spans")) {
      a.opts.ics_spans = 1;
    } else if (!strcmp(s, "--reference-time")) {
      NEED_VAL();
      int64_t t;
      tempora_precision p;
      if (tempora_parse_time(val, &t, &p) || p > TEMPORA_PREC_DAY) {
        free(a.files);
        return usage_error("invalid --reference-time '%s' (want YYYY-MM-DD[THH:MM[:SS]])", val);
      }
      a.opts.reference_time = val;
    } else if (!strcmp(s, "-q") || !strcmp(s, "--quiet")) {
      quiet = 1;
    } else if (!strcmp(s, "-h") || !strcmp(s, "--help")) {
      usage(stdout);
      free(a.files);
      return 0;
    } else {
      free(a.files);
      return usage_error("unknown option '%s'", s);
    }
#undef NEED_VAL
  }
  if (!known_format(a.format)) {
    free(a.files);
    return usage_error("unknown format '%s' (tempora --version lists them)", a.format);
  }
  int rc = !strcmp(cmd, "extract") ? cmd_extract(&a)
         : !strcmp(cmd, "eval")    ? cmd_eval(&a)
                                   : cmd_render(&a);
  free(a.files);
  return rc;
}
