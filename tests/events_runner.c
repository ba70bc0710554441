/*
 * events_runner.c — runs plain-text event specs (tests/events/NAME.evspec),
 * so an analyst can add a case without writing C.  Format:
 *
 *   # a comment
 *   @dct 2026-11-26        publication date for the cases below
 *   @undated on|off        keep events without a time (dated at the DCT)
 *   Canada and Japan signed a trade pact on Tuesday.     <- one case: one input line
 *     type=SUPPORT | src=CAN,JPN | when=2026-11-24 | status=occurred
 *     no type=ASSAULT
 *
 * Each indented line is one expectation, fields separated by " | ", any
 * subset of:
 *   type=T            PLOVER type (or OTHER)
 *   src=A,B / tgt=A,B the sets of source / target codes ("-" = none)
 *   actor=A           A among the actors, any role
 *   when=START        the interval's start ("2026-11-24"), or
 *   when=[S, E)       the whole interval, or when=reported (undated)
 *   status=S          occurred | ongoing | planned | hypothetical | negated
 *   headline=TEXT     the headline, exactly
 *   loc=NAME/CODE     the location's name and country ("Seoul/KOR", "Paris/")
 *   sources=N         how many sources the event has (merges)
 * A line expects an event matching every field it gives; each event meets at
 * most one line.  "no FIELDS" expects that no event matches the fields.
 * Usage: events_runner FILE...; prints failures and a summary, exit 1 on any.
 */
#include "specfile.h"
#include "tempora.h"


/* Sorts k strings and joins them with commas into out ("-" when none). */
static void join_sorted(const char **c, size_t k, char *out, size_t n) {
  for (size_t i = 1; i < k; i++)
    for (size_t j = i; j > 0 && strcmp(c[j - 1], c[j]) > 0; j--) {
      const char *t = c[j];
      c[j] = c[j - 1];
      c[j - 1] = t;
    }
  size_t o = 0;
  out[0] = '\0';
  for (size_t i = 0; i < k && o < n; i++)
    o += (size_t)snprintf(out + o, n - o, "%s%s", i ? "," : "", c[i]);
  if (!k)
    snprintf(out, n, "-");
}

/* Sorted, comma-joined codes of one role ("-" when none). */
static void codes(const tempora_event *e, int role, char *out, size_t n) {
  const char *c[32];
  size_t k = 0;
  for (size_t i = 0; i < e->n_actors && k < 32; i++) {
    if (role >= 0 && (int)e->actors[i].role != role)
      continue;
    int dup = 0;
    for (size_t j = 0; j < k; j++)
      dup |= !strcmp(c[j], e->actors[i].code);
    if (!dup)
      c[k++] = e->actors[i].code;
  }
  join_sorted(c, k, out, n);
}

/* Normalizes "B, A" to "A,B". */
static void norm_codes(const char *in, char *out, size_t n) {
  char buf[256];
  const char *p[32];
  snprintf(buf, sizeof buf, "%s", in);
  size_t k = 0;
  for (char *t = strtok(buf, ", "); t && k < 32; t = strtok(NULL, ", "))
    p[k++] = t;
  join_sorted(p, k, out, n);
}

/* Does event e satisfy one field "key=value"?  Sets *bad on an unknown key. */
static int field_ok(const tempora_event *e, const char *f, int *bad) {
  const char *eq = strchr(f, '=');
  if (!eq) {
    *bad = 1;
    return 0;
  }
  size_t kl = (size_t)(eq - f);
  const char *v = eq + 1;
  char a[256], b[256];
  if (kl == 4 && !strncmp(f, "type", 4))
    return !strcmp(e->type, v);
  if (kl == 3 && (!strncmp(f, "src", 3) || !strncmp(f, "tgt", 3))) {
    codes(e, f[0] == 's' ? TEMPORA_ROLE_SOURCE : TEMPORA_ROLE_TARGET, a, sizeof a);
    norm_codes(v, b, sizeof b);
    return !strcmp(a, b);
  }
  if (kl == 5 && !strncmp(f, "actor", 5)) {
    for (size_t i = 0; i < e->n_actors; i++)
      if (!strcmp(e->actors[i].code, v))
        return 1;
    return 0;
  }
  if (kl == 4 && !strncmp(f, "when", 4)) {
    if (!strcmp(v, "reported"))
      return e->when.precision == TEMPORA_PREC_REPORTED;
    if (!e->when.interval.valid)
      return 0;
    tempora_format_time(e->when.interval.start, TEMPORA_PREC_DAY, a, sizeof a);
    if (v[0] != '[')
      return !strcmp(a, v);
    tempora_format_time(e->when.interval.end, TEMPORA_PREC_DAY, b, sizeof b);
    char want[600];
    snprintf(want, sizeof want, "[%s, %s)", a, b);
    return !strcmp(want, v);
  }
  if (kl == 6 && !strncmp(f, "status", 6))
    return !strcmp(tempora_status_name(e->status), v);
  if (kl == 8 && !strncmp(f, "headline", 8))
    return e->headline && !strcmp(e->headline, v);
  if (kl == 3 && !strncmp(f, "loc", 3)) {
    if (!e->location.name)
      return !strcmp(v, "-");
    snprintf(a, sizeof a, "%s/%s", e->location.name, e->location.code ? e->location.code : "");
    return !strcmp(a, v);
  }
  if (kl == 7 && !strncmp(f, "sources", 7))
    return (long)e->n_sources == atol(v);
  *bad = 1;
  return 0;
}

static int event_ok(const tempora_event *e, char **f, int nf, int *bad) {
  for (int i = 0; i < nf; i++)
    if (!field_ok(e, f[i], bad))
      return 0;
  return 1;
}

static void describe(const tempora_event *e, char *out, size_t n) {
  char s[128], t[128], w[40] = "-";
  codes(e, TEMPORA_ROLE_SOURCE, s, sizeof s);
  codes(e, TEMPORA_ROLE_TARGET, t, sizeof t);
  if (e->when.interval.valid)
    tempora_format_time(e->when.interval.start, TEMPORA_PREC_DAY, w, sizeof w);
  snprintf(out, n, "type=%s | src=%s | tgt=%s | when=%s%s | status=%s | headline=%s", e->type, s,
           t, w, e->when.precision == TEMPORA_PREC_REPORTED ? " (reported)" : "",
           tempora_status_name(e->status), e->headline ? e->headline : "");
}

typedef struct settings {
  char dct[40];
  int undated;
} settings;

static int run_case(void *ctx, const spec_case *k) {
  const settings *st = ctx;
  const char *file = k->file;
  tempora_options o;
  tempora_options_init(&o);
  o.dct = st->dct;
  o.undated = st->undated;
  tempora_timeline *tl = tempora_timeline_new(&o);
  tempora_error err = {0};
  tempora_doc_meta meta = {"case", NULL, NULL, NULL, NULL};
  if (!tl || tempora_timeline_add_text(tl, k->input, strlen(k->input), &meta, &err) ||
      tempora_timeline_finish(tl, &err)) {
    printf("%s:%ld: error: %s\n", file, k->line, err.message);
    tempora_timeline_free(tl);
    return 1;
  }
  size_t ne = tempora_timeline_event_count(tl);
  char *used = calloc(ne ? ne : 1, 1);
  int fails = 0;
  for (int x = 0; x < k->nexp; x++) {
    char buf[512];
    snprintf(buf, sizeof buf, "%s", k->expect[x]);
    char *line = buf;
    int negative = !strncmp(line, "no ", 3);
    if (negative)
      line += 3;
    char *f[16];
    int nf = spec_split(line, f, 16);
    int bad = 0, hit = -1;
    for (size_t i = 0; i < ne; i++)
      if ((negative || !used[i]) && event_ok(tempora_timeline_event(tl, i), f, nf, &bad)) {
        hit = (int)i;
        break;
      }
    if (bad) {
      printf("%s:%ld: bad expectation: %s\n", file, k->line, k->expect[x]);
      fails++;
    } else if (negative ? hit >= 0 : hit < 0) {
      printf("%s:%ld: FAIL %s\n  input: %s\n  expected %s%s\n", file, k->line,
             negative ? "(unwanted event)" : "", k->input, negative ? "no " : "", k->expect[x]);
      for (size_t i = 0; i < ne; i++) {
        char d[1024];
        describe(tempora_timeline_event(tl, i), d, sizeof d);
        printf("  got %s\n", d);
      }
      fails++;
    } else if (!negative)
      used[hit] = 1;
  }
  free(used);
  tempora_timeline_free(tl);
  return fails;
}

static int directive(void *ctx, const char *key, const char *val) {
  settings *st = ctx;
  if (!strcmp(key, "dct"))
    snprintf(st->dct, sizeof st->dct, "%s", val);
  else if (!strcmp(key, "undated") && (!strcmp(val, "on") || !strcmp(val, "off")))
    st->undated = !strcmp(val, "on");
  else
    return -1;
  return 0;
}

int main(int argc, char **argv) {
  int cases = 0, fails = 0;
  for (int a = 1; a < argc; a++) {
    settings st = {"2026-11-26", 0};
    int rc = spec_file_run(argv[a], directive, run_case, &st, &cases, &fails);
    if (rc)
      return rc;
  }
  printf("events: %d cases, %d failed\n", cases, fails);
  return fails ? 1 : (cases ? 0 : 2);
}
