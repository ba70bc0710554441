/*
 * lexicon.c — the temporal word table (see lexicon.h).
 *
 * Open addressing with linear probing over FNV-1a hashes; the table is a
 * power of two at most half full.  The static lists below are the
 * linguistic data: add a word here and every rule that uses its class
 * sees it.
 */
#include "lexicon.h"

#include "hash.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

const char *const lex_season_codes[4] = {"SP", "SU", "FA", "WI"};
const char *const lex_pod_codes[] = {"MO", "AF", "EV", "NI", "DT", "MI"};

static const struct { const char *w; int m; int abbr; } months[] = {
    {"january", 1, 0}, {"february", 2, 0}, {"march", 3, 0}, {"april", 4, 0},
    {"may", 5, 0}, {"june", 6, 0}, {"july", 7, 0}, {"august", 8, 0},
    {"september", 9, 0}, {"october", 10, 0}, {"november", 11, 0}, {"december", 12, 0},
    {"jan", 1, 1}, {"feb", 2, 1}, {"mar", 3, 1}, {"apr", 4, 1}, {"jun", 6, 1},
    {"jul", 7, 1}, {"aug", 8, 1}, {"sep", 9, 1}, {"sept", 9, 1}, {"oct", 10, 1},
    {"nov", 11, 1}, {"dec", 12, 1}};

static const struct { const char *w; int d; int abbr; } weekdays[] = {
    {"monday", 1, 0}, {"tuesday", 2, 0}, {"wednesday", 3, 0}, {"thursday", 4, 0},
    {"friday", 5, 0}, {"saturday", 6, 0}, {"sunday", 7, 0},
    {"mon", 1, 1}, {"tue", 2, 1}, {"tues", 2, 1}, {"wed", 3, 1}, {"thu", 4, 1},
    {"thur", 4, 1}, {"thurs", 4, 1}, {"fri", 5, 1}, {"sat", 6, 1}, {"sun", 7, 1}};

static const struct { const char *w; int unit; int plural; } units[] = {
    {"second", UNIT_SECOND, 0}, {"seconds", UNIT_SECOND, 1},
    {"minute", UNIT_MINUTE, 0}, {"minutes", UNIT_MINUTE, 1},
    {"min", UNIT_MINUTE, 0}, {"mins", UNIT_MINUTE, 1}, /* a timetable's "45 min" */
    {"hr", UNIT_HOUR, 0}, {"hrs", UNIT_HOUR, 1},
    {"hour", UNIT_HOUR, 0}, {"hours", UNIT_HOUR, 1},
    {"day", UNIT_DAY, 0}, {"days", UNIT_DAY, 1},
    {"weekend", UNIT_WEEKEND, 0}, {"weekends", UNIT_WEEKEND, 1},
    {"week", UNIT_WEEK, 0}, {"weeks", UNIT_WEEK, 1},
    {"fortnight", UNIT_FORTNIGHT, 0}, {"fortnights", UNIT_FORTNIGHT, 1},
    {"month", UNIT_MONTH, 0}, {"months", UNIT_MONTH, 1},
    {"quarter", UNIT_QUARTER, 0}, {"quarters", UNIT_QUARTER, 1},
    {"year", UNIT_YEAR, 0}, {"years", UNIT_YEAR, 1},
    {"decade", UNIT_DECADE, 0}, {"decades", UNIT_DECADE, 1},
    {"century", UNIT_CENTURY, 0}, {"centuries", UNIT_CENTURY, 1},
    {"millennium", UNIT_MILLENNIUM, 0}, {"millennia", UNIT_MILLENNIUM, 1}};

static const struct { const char *w; int n; unsigned cls; } numbers[] = {
    {"zero", 0, 0}, {"one", 1, 0}, {"two", 2, 0}, {"three", 3, 0}, {"four", 4, 0},
    {"five", 5, 0}, {"six", 6, 0}, {"seven", 7, 0}, {"eight", 8, 0}, {"nine", 9, 0},
    {"ten", 10, 0}, {"eleven", 11, 0}, {"twelve", 12, 0}, {"thirteen", 13, 0},
    {"fourteen", 14, 0}, {"fifteen", 15, 0}, {"sixteen", 16, 0}, {"seventeen", 17, 0},
    {"eighteen", 18, 0}, {"nineteen", 19, 0}, {"twenty", 20, LC_TENS},
    {"thirty", 30, LC_TENS}, {"forty", 40, LC_TENS}, {"fifty", 50, LC_TENS},
    {"sixty", 60, LC_TENS}, {"seventy", 70, LC_TENS}, {"eighty", 80, LC_TENS},
    {"ninety", 90, LC_TENS}, {"hundred", 100, LC_MULT}, {"thousand", 1000, LC_MULT},
    {"dozen", 12, 0}, {"several", -1, LC_VAGUE}, {"few", -1, LC_VAGUE},
    {"many", -1, LC_VAGUE}, {"couple", 2, LC_VAGUE}};

static const struct { const char *w; int n; } ordinals[] = {
    {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5},
    {"sixth", 6}, {"seventh", 7}, {"eighth", 8}, {"ninth", 9}, {"tenth", 10},
    {"eleventh", 11}, {"twelfth", 12}, {"thirteenth", 13}, {"fourteenth", 14},
    {"fifteenth", 15}, {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18},
    {"nineteenth", 19}, {"twentieth", 20}, {"thirtieth", 30}, {"last", -1}};

/* Decades in words: "the sixties" (the century comes from context). */
static const struct { const char *w; int d; } decwords[] = {
    {"twenties", 2}, {"thirties", 3}, {"forties", 4}, {"fifties", 5},
    {"sixties", 6}, {"seventies", 7}, {"eighties", 8}, {"nineties", 9}};

/* Time zones written after clock times, with their UTC offsets in minutes.
 * Ambiguous abbreviations are taken in their news-wire sense: "CST" is
 * US Central, "IST" India (not Israel or Ireland), "GST" the Gulf, "AST"
 * Atlantic (as hurricane advisories write it). */
static const struct { const char *w; int off; } zones[] = {
    {"gmt", 0}, {"utc", 0}, {"est", -300}, {"edt", -240}, {"cst", -360}, {"cdt", -300},
    {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420}, {"bst", 60},
    {"cet", 60}, {"cest", 120}, {"eet", 120}, {"eest", 180}, {"msk", 180},
    {"jst", 540}, {"kst", 540}, {"hkt", 480}, {"sgt", 480}, {"aest", 600},
    {"aedt", 660}, {"ist", 330}, {"pkt", 300}, {"wib", 420}, {"pht", 480}, {"ict", 420},
    {"gst", 240}, {"eat", 180}, {"wat", 60}, {"cat", 120}, {"sast", 120}, {"nzst", 720},
    {"nzdt", 780}, {"awst", 480}, {"akst", -540}, {"akdt", -480}, {"hst", -600},
    {"brt", -180}, {"art", -180},
    /* "AST" in its storm-advisory sense, Atlantic (not Arabia) */
    {"ast", -240}, {"adt", -180}};

static const struct { const char *w; int s; } seasons[] = {
    {"spring", 0}, {"summer", 1}, {"fall", 2}, {"autumn", 2}, {"winter", 3}};

static const struct { const char *w; int p; } pods[] = {
    {"morning", 0}, {"mornings", 0}, {"afternoon", 1}, {"afternoons", 1},
    {"evening", 2}, {"evenings", 2}, {"night", 3}, {"nights", 3}, {"overnight", 3},
    {"daytime", 4}, {"midday", 5}};

static lex_entry *table;
static size_t table_size; /* power of two */
static int next_id = 1;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int init_failed;
static const char *const *pending_extra;
static size_t pending_n;

static lex_entry *slot(const char *w, size_t n) {
  size_t mask = table_size - 1;
  for (size_t i = fnv1a(w, n) & mask;; i = (i + 1) & mask) {
    lex_entry *e = &table[i];
    if (!e->word || (e->len == n && !memcmp(e->word, w, n)))
      return e;
  }
}

static lex_entry *add(const char *w) {
  size_t n = strlen(w);
  lex_entry *e = slot(w, n);
  if (!e->word) {
    e->word = w;
    e->len = n;
    e->id = next_id++;
  }
  return e;
}

static void build(void) {
  size_t n = sizeof months / sizeof months[0] + sizeof weekdays / sizeof weekdays[0] +
             sizeof units / sizeof units[0] + sizeof numbers / sizeof numbers[0] +
             sizeof ordinals / sizeof ordinals[0] + sizeof seasons / sizeof seasons[0] +
             sizeof pods / sizeof pods[0] + sizeof decwords / sizeof decwords[0] +
             sizeof zones / sizeof zones[0] + pending_n;
  table_size = 64;
  while (table_size < n * 2)
    table_size *= 2;
  table = calloc(table_size, sizeof *table);
  if (!table) {
    init_failed = 1;
    return;
  }
  for (size_t i = 0; i < sizeof months / sizeof months[0]; i++) {
    lex_entry *e = add(months[i].w);
    e->classes |= LC_MONTH | (months[i].abbr ? LC_MONTH_ABBR : 0);
    e->month = (short)months[i].m;
  }
  for (size_t i = 0; i < sizeof weekdays / sizeof weekdays[0]; i++) {
    lex_entry *e = add(weekdays[i].w);
    e->classes |= LC_WEEKDAY | (weekdays[i].abbr ? LC_WEEKDAY_ABBR : 0);
    e->weekday = (short)weekdays[i].d;
  }
  for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
    lex_entry *e = add(units[i].w);
    e->classes |= LC_UNIT;
    e->unit = (short)units[i].unit;
    e->plural = (short)units[i].plural;
  }
  for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
    lex_entry *e = add(numbers[i].w);
    e->classes |= LC_NUMWORD | numbers[i].cls;
    e->num = numbers[i].n;
  }
  for (size_t i = 0; i < sizeof ordinals / sizeof ordinals[0]; i++) {
    lex_entry *e = add(ordinals[i].w);
    if (ordinals[i].n > 0)
      e->classes |= LC_ORDWORD;
    e->ord = ordinals[i].n;
  }
  for (size_t i = 0; i < sizeof seasons / sizeof seasons[0]; i++) {
    lex_entry *e = add(seasons[i].w);
    e->classes |= LC_SEASON;
    e->season = (short)seasons[i].s;
  }
  for (size_t i = 0; i < sizeof pods / sizeof pods[0]; i++) {
    lex_entry *e = add(pods[i].w);
    e->classes |= LC_POD;
    e->pod = (short)pods[i].p;
  }
  for (size_t i = 0; i < sizeof decwords / sizeof decwords[0]; i++) {
    lex_entry *e = add(decwords[i].w);
    e->classes |= LC_DECWORD;
    e->decade = (short)decwords[i].d;
  }
  for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++) {
    lex_entry *e = add(zones[i].w);
    e->classes |= LC_ZONE;
    e->zone = (short)(zones[i].off + 1440);
  }
  for (size_t i = 0; i < pending_n; i++)
    add(pending_extra[i]);
}

int lex_init(const char *const *extra, size_t n_extra) {
  pending_extra = extra;
  pending_n = n_extra;
  pthread_once(&once, build);
  return init_failed ? -1 : 0;
}

const lex_entry *lex_lookup(const char *w, size_t n) {
  if (!table || n == 0)
    return NULL;
  lex_entry *e = slot(w, n);
  return e->word ? e : NULL;
}
