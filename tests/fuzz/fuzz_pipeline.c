/*
 * fuzz_pipeline.c — a libFuzzer target that runs the whole pipeline on
 * arbitrary bytes and every compiled-in renderer on the result.
 *
 * The first input byte chooses options (DCT or none, mode, date order,
 * --undated, text or JSON Lines, whether to draw); the rest is the input.  Besides "no
 * crash, no leak, no UB" it checks invariants that must hold for any input:
 * timex spans lie inside the text, in order, without overlap; intervals
 * never end before they start; and JSON -> load -> JSON is byte-identical.
 *
 * Built with clang -fsanitize=fuzzer (scripts/fuzz.sh) it is a fuzzer;
 * built without it (the default, any compiler) it is a replay tool that
 * runs every file of the directories or files given, so ctest replays the
 * committed corpus under both the normal and the sanitizer build.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "tempora.h"

static void fail(const char *what) {
  fprintf(stderr, "fuzz invariant violated: %s\n", what);
  abort();
}

static void check_invariants(const tempora_timeline *tl) {
  for (size_t i = 0; i < tempora_timeline_document_count(tl); i++) {
    const tempora_document *d = tempora_timeline_document(tl, i);
    size_t prev_end = 0;
    for (size_t k = 0; k < d->n_timexes; k++) {
      const tempora_timex *t = &d->timexes[k];
      if (t->start >= t->end || t->end > d->length)
        fail("timex span outside the text");
      if (t->start < prev_end)
        fail("timexes overlap or are out of order");
      if (memcmp(d->text + t->start, t->text, t->end - t->start))
        fail("timex text differs from its span");
      if (t->interval.valid && t->interval.end < t->interval.start)
        fail("timex interval ends before it starts");
      prev_end = t->end;
    }
  }
  for (size_t i = 0; i < tempora_timeline_event_count(tl); i++) {
    const tempora_event *e = tempora_timeline_event(tl, i);
    if (e->when.interval.valid && e->when.interval.end < e->when.interval.start)
      fail("event interval ends before it starts");
    if (!e->n_sources)
      fail("event without a source");
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1)
    return 0;
  unsigned flags = data[0];
  tempora_options o;
  tempora_options_init(&o);
  o.dct = (flags & 1) ? "2026-11-26" : NULL;
  o.mode = (flags >> 1) % 3 == 0 ? TEMPORA_MODE_AUTO
         : (flags >> 1) % 3 == 1 ? TEMPORA_MODE_NEWS : TEMPORA_MODE_NARRATIVE;
  o.date_order = (flags & 8) ? TEMPORA_DATES_DMY : TEMPORA_DATES_MDY;
  o.undated = (flags & 16) != 0;
  o.title = "fuzz <&> \"title\"";
  const char *name = (flags & 32) ? "fuzz.jsonl" : "fuzz.txt";
  tempora_timeline *tl = tempora_timeline_new(&o);
  if (!tl)
    return 0;
  tempora_error err = {0};
  if (tempora_timeline_add_input(tl, name, (const char *)data + 1, size - 1, &err) == 0) {
    if (tempora_timeline_finish(tl, &err) == 0) {
      check_invariants(tl);
      char *json = NULL;
      size_t jlen = 0;
      for (const char *const *f = tempora_formats(); *f; f++) {
        /* Drawing with cairo and pango takes about a second an input (font
         * set-up, PDF font subsetting): only one input in four draws, so
         * the rest of the pipeline still gets thousands of runs a minute.
         * The chart's layout (-f layout) runs every time. */
        int drawn = !strcmp(*f, "svg") || !strcmp(*f, "png") || !strcmp(*f, "pdf") ||
                    !strcmp(*f, "html");
        if (drawn && (flags & 0xC0) != 0xC0)
          continue;
        char *out = NULL;
        size_t len = 0;
        if (tempora_render(tl, *f, &out, &len, &err) == 0) {
          if (!strcmp(*f, "json")) {
            json = out;
            jlen = len;
            continue;
          }
        }
        tempora_free(out);
      }
      if (json) {
        tempora_timeline *back = tempora_timeline_load_json(json, jlen, &o, &err);
        if (!back)
          fail("the JSON we wrote does not load");
        char *again = NULL;
        size_t alen = 0;
        if (tempora_render(back, "json", &again, &alen, &err))
          fail("a loaded timeline does not render");
        if (alen != jlen || memcmp(json, again, jlen))
          fail("JSON -> load -> JSON is not identical");
        tempora_free(again);
        tempora_timeline_free(back);
      }
      tempora_free(json);
    }
  }
  tempora_timeline_free(tl);
  return 0;
}

#ifndef TEMPORA_LIBFUZZER
static int run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    return 1;
  }
  size_t cap = 4096, n = 0;
  uint8_t *buf = malloc(cap);
  size_t got;
  while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      uint8_t *p = realloc(buf, cap * 2);
      if (!p) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = p;
      cap *= 2;
    }
  }
  fclose(f);
  if (!buf)
    return 1;
  LLVMFuzzerTestOneInput(buf, n);
  free(buf);
  return 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int main(int argc, char **argv) {
  int runs = 0, bad = 0;
  for (int i = 1; i < argc; i++) {
    struct stat sb;
    if (stat(argv[i], &sb)) {
      perror(argv[i]);
      return 1;
    }
    if (!S_ISDIR(sb.st_mode)) {
      bad |= run_file(argv[i]);
      runs++;
      continue;
    }
    DIR *d = opendir(argv[i]);
    if (!d) {
      perror(argv[i]);
      return 1;
    }
    char **names = NULL;
    size_t nn = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
      if (de->d_name[0] == '.')
        continue;
      if (nn == cap) {
        cap = cap ? cap * 2 : 64;
        char **p = realloc(names, cap * sizeof *p);
        if (!p)
          return 1;
        names = p;
      }
      size_t len = strlen(argv[i]) + strlen(de->d_name) + 2;
      names[nn] = malloc(len);
      if (!names[nn])
        return 1;
      snprintf(names[nn++], len, "%s/%s", argv[i], de->d_name);
    }
    closedir(d);
    if (nn)
      qsort(names, nn, sizeof *names, cmp_str);
    for (size_t k = 0; k < nn; k++) {
      bad |= run_file(names[k]);
      runs++;
      free(names[k]);
    }
    free(names);
  }
  fprintf(stderr, "fuzz replay: %d inputs\n", runs);
  return bad || runs == 0;
}
#endif
