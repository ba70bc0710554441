/*
 * spec_runner.c — runs plain-text tagger specs (tests/spec/NAME.spec), so an
 * analyst can add a case without writing C.  Format:
 *
 *   # a comment
 *   @dct 2026-11-26        publication date for the cases below ("none" = no DCT)
 *   @mode news             news | narrative | auto
 *   @dates mdy             mdy | dmy
 *   He resigned on Tuesday, two days after the vote.      <- one case: one input line
 *     Tuesday | DATE | 2026-11-24 | [2026-11-24, 2026-11-25) day
 *     two days | DURATION | P2D
 *
 * Each indented line expects one timex, in text order: extent | type |
 * value, then optional fields in any order: "mod=END", "anchor=2026-11-26",
 * "signal=since", "quant=EVERY", "freq=2X", "[start, end) precision" (also "[start, end)~" for
 * approximate, and "open-start" / "open-end" after the precision for a
 * range whose true start or end lies beyond the interval: "since 2019",
 * "until Friday"; or "no interval").  "(none)" expects no timex at all (a
 * refusal).  A case passes when the tagger finds exactly the listed timexes.
 * Usage: spec_runner FILE...; prints failures and a summary, exit 1 on any.
 */
#include "specfile.h"
#include "tempora.h"

typedef struct settings {
  char dct[40];
  tempora_mode mode;
  tempora_date_order order;
} settings;


/* Optional fields of an expectation line. */
enum { F_IV = 1, F_MOD = 2, F_ANCHOR = 4, F_SIGNAL = 8, F_QUANT = 16, F_FREQ = 32 };

/* Describes a timex in the spec's own notation (for messages and compare),
 * with the optional fields in `fields` (F_*), in canonical order. */
static void describe(const tempora_timex *t, char *out, size_t n, unsigned fields) {
  int k = snprintf(out, n, "%s | %s | %s", t->text, tempora_timex_type_name(t->type), t->value);
  static const struct { unsigned f; const char *name; } named[] = {
      {F_MOD, "mod"}, {F_ANCHOR, "anchor"}, {F_SIGNAL, "signal"}, {F_QUANT, "quant"},
      {F_FREQ, "freq"}};
  const char *vals[] = {t->mod, t->anchor, t->signal, t->quant, t->freq};
  for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
    if ((fields & named[i].f) && k > 0 && (size_t)k < n)
      k += snprintf(out + k, n - (size_t)k, " | %s=%s", named[i].name, vals[i]);
  if ((fields & F_IV) && k > 0 && (size_t)k < n) {
    if (!t->interval.valid)
      snprintf(out + k, n - (size_t)k, " | no interval");
    else {
      char a[40], b[40];
      tempora_format_time(t->interval.start, t->precision, a, sizeof a);
      tempora_format_time(t->interval.end, t->precision, b, sizeof b);
      snprintf(out + k, n - (size_t)k, " | [%s, %s)%s %s%s%s", a, b,
               (t->interval.flags & TEMPORA_IV_APPROX) ? "~" : "",
               tempora_precision_name(t->precision),
               (t->interval.flags & TEMPORA_IV_OPEN_START) ? " open-start" : "",
               (t->interval.flags & TEMPORA_IV_OPEN_END) ? " open-end" : "");
    }
  }
}

/* Normalizes an expectation line: fields in canonical order; *fields gets
 * the optional ones it names (F_*).  -1 on an unknown field. */
static int expectation(char *line, char *out, size_t n, unsigned *fields) {
  char *f[10];
  int nf = spec_split(line, f, 10);
  if (nf < 3)
    return -1;
  static const struct { unsigned f; const char *prefix; } named[] = {
      {F_MOD, "mod="}, {F_ANCHOR, "anchor="}, {F_SIGNAL, "signal="}, {F_QUANT, "quant="},
      {F_FREQ, "freq="}};
  char parts[5][64] = {"", "", "", "", ""}, ivs[128] = "";
  *fields = 0;
  for (int i = 3; i < nf; i++) {
    int known = 0;
    for (size_t j = 0; j < sizeof named / sizeof named[0] && !known; j++)
      if (!strncmp(f[i], named[j].prefix, strlen(named[j].prefix))) {
        *fields |= named[j].f;
        snprintf(parts[j], sizeof parts[j], " | %s", f[i]);
        known = 1;
      }
    if (known)
      continue;
    if (f[i][0] == '[' || !strcmp(f[i], "no interval")) {
      *fields |= F_IV;
      snprintf(ivs, sizeof ivs, " | %s", f[i]);
    } else
      return -1;
  }
  snprintf(out, n, "%s | %s | %s%s%s%s%s%s%s", f[0], f[1], f[2], parts[0], parts[1], parts[2],
           parts[3], parts[4], ivs);
  return 0;
}

typedef struct runner {
  settings st;
  int verbose;
} runner;

static int run_case(void *ctx, const spec_case *k) {
  const runner *r = ctx;
  const settings *st = &r->st;
  const char *file = k->file;
  tempora_options o;
  tempora_options_init(&o);
  o.dct = strcmp(st->dct, "none") ? st->dct : NULL;
  o.mode = st->mode;
  o.date_order = st->order;
  tempora_timeline *tl = tempora_timeline_new(&o);
  tempora_error e = {0};
  tempora_doc_meta meta = {0};
  meta.id = "spec";
  if (!tl || tempora_timeline_add_text(tl, k->input, strlen(k->input), &meta, &e)) {
    fprintf(stderr, "%s:%ld: error: %s\n", file, k->line, e.message);
    tempora_timeline_free(tl);
    return 1;
  }
  /* "(none)" alone expects no timex at all (a refusal) */
  int none = k->nexp == 1 && !strcmp(k->expect[0], "(none)");
  const tempora_document *d = tempora_timeline_document(tl, 0);
  int fail = (size_t)(none ? 0 : k->nexp) != d->n_timexes;
  char want[512], got[512];
  for (int i = 0; !fail && !none && i < k->nexp; i++) {
    unsigned fields;
    char *copy = strdup(k->expect[i]);
    if (!copy || expectation(copy, want, sizeof want, &fields)) {
      fprintf(stderr, "%s:%ld: bad expectation '%s'\n", file, k->line, k->expect[i]);
      free(copy);
      fail = 1;
      break;
    }
    free(copy);
    describe(&d->timexes[i], got, sizeof got, fields);
    if (strcmp(want, got))
      fail = 1;
  }
  if (fail || r->verbose) {
    fprintf(stderr, "%s:%ld: %s%s\n", file, k->line, fail ? "FAIL: " : "", k->input);
    for (int i = 0; i < k->nexp; i++)
      fprintf(stderr, "    want: %s\n", k->expect[i]);
    for (size_t i = 0; i < d->n_timexes; i++) {
      describe(&d->timexes[i], got, sizeof got,
               F_IV | F_MOD | F_ANCHOR | F_SIGNAL |
                   (d->timexes[i].type == TEMPORA_TIMEX_SET ? F_QUANT | F_FREQ : 0));
      fprintf(stderr, "    got:  %s\n", got);
    }
  }
  tempora_timeline_free(tl);
  return fail;
}

static int directive(void *ctx, const char *key, const char *val) {
  settings *st = &((runner *)ctx)->st;
  if (!strcmp(key, "dct"))
    snprintf(st->dct, sizeof st->dct, "%s", val);
  else if (!strcmp(key, "mode") && !strcmp(val, "news"))
    st->mode = TEMPORA_MODE_NEWS;
  else if (!strcmp(key, "mode") && !strcmp(val, "narrative"))
    st->mode = TEMPORA_MODE_NARRATIVE;
  else if (!strcmp(key, "mode") && !strcmp(val, "auto"))
    st->mode = TEMPORA_MODE_AUTO;
  else if (!strcmp(key, "dates") && (!strcmp(val, "mdy") || !strcmp(val, "dmy")))
    st->order = val[0] == 'd' ? TEMPORA_DATES_DMY : TEMPORA_DATES_MDY;
  else
    return -1;
  return 0;
}

int main(int argc, char **argv) {
  int total = 0, failed = 0, verbose = 0;
  for (int a = 1; a < argc; a++) {
    if (!strcmp(argv[a], "-v")) {
      verbose = 1;
      continue;
    }
    runner r = {{"2026-11-26", TEMPORA_MODE_AUTO, TEMPORA_DATES_MDY}, verbose};
    int rc = spec_file_run(argv[a], directive, run_case, &r, &total, &failed);
    if (rc)
      return rc;
  }
  fprintf(stderr, "spec: %d cases, %d failed\n", total, failed);
  return failed ? 1 : (total ? 0 : 2);
}
