/*
 * bench_tagger — throughput of the temporal tagger alone (segmenter and
 * timex_tag, no events, no output), in process.  Not a test: scripts/
 * bench_tagger.sh runs it on the TempEval-3 training texts.
 *
 * usage: bench_tagger REPEATS DCT FILE...   (DCT as YYYY-MM-DD; every
 * FILE is one plain-text document)
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../src/date.h"
#include "../src/segment.h"
#include "../src/timex.h"

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 1 << 16, n = 0;
  char *p = malloc(cap);
  size_t r;
  while (p && (r = fread(p + n, 1, cap - n, f)) > 0) {
    n += r;
    if (n == cap) {
      char *q = realloc(p, cap *= 2);
      if (!q) {
        free(p);
        p = NULL;
      }
      p = q;
    }
  }
  fclose(f);
  if (p)
    *len = n;
  return p;
}

int main(int argc, char **argv) {
  int y, m, d;
  if (argc < 4 || sscanf(argv[2], "%d-%d-%d", &y, &m, &d) != 3 || !date_valid(y, m, d)) {
    fprintf(stderr, "usage: bench_tagger REPEATS YYYY-MM-DD FILE...\n");
    return 2;
  }
  int reps = atoi(argv[1]);
  if (reps < 1)
    reps = 1;
  int nf = argc - 3;
  char **texts = calloc((size_t)nf, sizeof *texts);
  size_t *lens = calloc((size_t)nf, sizeof *lens);
  if (!texts || !lens)
    return 1;
  size_t bytes = 0;
  for (int k = 0; k < nf; k++) {
    texts[k] = slurp(argv[3 + k], &lens[k]);
    if (!texts[k]) {
      fprintf(stderr, "bench_tagger: %s: cannot read\n", argv[3 + k]);
      return 1;
    }
    bytes += lens[k];
  }
  if (timex_init())
    return 1;
  size_t ntimex = 0;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  for (int r = 0; r < reps; r++)
    for (int k = 0; k < nf; k++) {
      segmentation seg;
      if (segment_text(texts[k], lens[k], &seg))
        return 1;
      timex_doc td = {texts[k], lens[k], &seg, 1, tp_make(y, m, d, 0, 0, 0),
                      TEMPORA_PREC_DAY, 0, TEMPORA_DATES_MDY};
      timex_out *tx = NULL;
      size_t n = 0;
      if (timex_tag(&td, &tx, &n))
        return 1;
      ntimex += n;
      free(tx);
      segmentation_free(&seg);
    }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  double mb = (double)bytes * reps / 1e6;
  printf("tagger  %.2f MB of text (%d docs x %d) in %.3f s: %.1f MB/s, %zu timexes\n", mb, nf,
         reps, s, s > 0 ? mb / s : 0.0, ntimex);
  for (int k = 0; k < nf; k++)
    free(texts[k]);
  free(texts);
  free(lens);
  return 0;
}
