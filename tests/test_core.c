/*
 * test_core.c — unit tests of the calendar (with the holiday arithmetic),
 * the segmenter, the lexicon, the DCT resolution and the evaluation API,
 * through internal headers.
 */
#include <stdlib.h>

#include "../src/date.h"
#include "../src/lexicon.h"
#include "../src/segment.h"
#include "../src/timex.h"
#include "test.h"
#include "tempora.h"

static void test_calendar(void) {
  int64_t y;
  int m, d;
  CHECK_INT(date_days(1970, 1, 1), 0);
  CHECK_INT(date_days(2000, 3, 1), 11017);
  date_civil(date_days(2026, 11, 26), &y, &m, &d);
  CHECK(y == 2026 && m == 11 && d == 26);
  date_civil(date_days(-43, 3, 15), &y, &m, &d); /* 44 BCE */
  CHECK(y == -43 && m == 3 && d == 15);
  for (int64_t z = -800000; z < 800000; z += 997) {
    date_civil(z, &y, &m, &d);
    CHECK(date_days(y, m, d) == z);
  }
  CHECK_INT(date_weekday(date_days(2026, 11, 26)), 4); /* Thursday */
  CHECK_INT(date_weekday(date_days(2026, 11, 24)), 2); /* Tuesday */
  CHECK_INT(date_weekday(date_days(1969, 12, 31)), 3);
  int64_t wy;
  int wn;
  date_iso_week(date_days(2026, 11, 24), &wy, &wn);
  CHECK(wy == 2026 && wn == 48);
  date_iso_week(date_days(2021, 1, 3), &wy, &wn); /* belongs to 2020-W53 */
  CHECK(wy == 2020 && wn == 53);
  CHECK_INT(date_iso_weeks_in_year(2020), 53);
  CHECK_INT(date_iso_weeks_in_year(2026), 53);
  CHECK_INT(date_iso_weeks_in_year(2025), 52);
  CHECK(!date_valid(2025, 2, 29));
  CHECK(date_valid(2024, 2, 29));
  CHECK(!date_valid(1900, 2, 29));
  y = 2025, m = 1, d = 31;
  date_add_months(&y, &m, &d, 1);
  CHECK(y == 2025 && m == 2 && d == 28);
  y = 2026, m = 11, d = 26;
  date_add_months(&y, &m, &d, -18);
  CHECK(y == 2025 && m == 5 && d == 26);
}

static void check_day(int64_t days, int64_t y, int m, int d) {
  int64_t yy;
  int mm, dd;
  date_civil(days, &yy, &mm, &dd);
  CHECK(yy == y && mm == m && dd == d);
  if (yy != y || mm != m || dd != d)
    fprintf(stderr, "  got %lld-%02d-%02d, want %lld-%02d-%02d\n", (long long)yy, mm, dd,
            (long long)y, m, d);
}

static void test_feasts(void) {
  /* Easter (Gregorian computus), including the extremes of its range */
  check_day(date_easter(2024), 2024, 3, 31);
  check_day(date_easter(2025), 2025, 4, 20);
  check_day(date_easter(2026), 2026, 4, 5);
  check_day(date_easter(2000), 2000, 4, 23);
  check_day(date_easter(1818), 1818, 3, 22);
  check_day(date_easter(1373), 1373, 4, 17); /* Julian computus before 1583 */
  check_day(date_easter(1066), 1066, 4, 16);
  check_day(date_easter(1943), 1943, 4, 25);
  for (int64_t y = 1583; y < 2400; y++) { /* always a Sunday, 22 March .. 25 April */
    int64_t e = date_easter(y);
    CHECK(date_weekday(e) == 7);
    CHECK(e >= date_days(y, 3, 22) && e <= date_days(y, 4, 25));
  }
  /* n-th weekdays: Thanksgiving, Memorial Day, Labor Day 2026 */
  check_day(date_nth_weekday(2026, 11, 4, 4), 2026, 11, 26);
  check_day(date_nth_weekday(2026, 5, -1, 1), 2026, 5, 25);
  check_day(date_nth_weekday(2026, 9, 1, 1), 2026, 9, 7);
  check_day(date_nth_weekday(2024, 2, -1, 4), 2024, 2, 29);
  /* the arithmetic Islamic calendar: its epoch, and 1 Ramadan 1447 (the
   * observed start was 18 or 19 February 2026) */
  check_day(date_islamic_days(1, 1, 1), 622, 7, 19);
  check_day(date_islamic_days(1447, 9, 1), 2026, 2, 18);
  CHECK(date_islamic_days(1447, 10, 1) - date_islamic_days(1447, 9, 1) == 30);
  CHECK(date_islamic_days(1448, 1, 1) - date_islamic_days(1447, 1, 1) == 354 ||
        date_islamic_days(1448, 1, 1) - date_islamic_days(1447, 1, 1) == 355);
}

static void test_lexicon(void) {
  CHECK(timex_init() == 0); /* builds the lexicon with the rules' words */
  const lex_entry *e = lex_lookup("gmt", 3);
  CHECK(e && (e->classes & LC_ZONE) && e->zone == 1440);
  e = lex_lookup("est", 3);
  CHECK(e && (e->classes & LC_ZONE) && e->zone == 1440 - 300);
  e = lex_lookup("nineties", 8);
  CHECK(e && (e->classes & LC_DECWORD) && e->decade == 9);
  e = lex_lookup("sept", 4);
  CHECK(e && (e->classes & LC_MONTH) && (e->classes & LC_MONTH_ABBR) && e->month == 9);
  e = lex_lookup("second", 6);
  CHECK(e && (e->classes & LC_UNIT) && (e->classes & LC_ORDWORD) && e->ord == 2);
  e = lex_lookup("weeks", 5);
  CHECK(e && e->unit == UNIT_WEEK && e->plural);
  CHECK(lex_lookup("christmas", 9) != NULL); /* a rule literal, interned */
  CHECK(lex_lookup("zebra", 5) == NULL);
}

static void test_eval_api(void) {
  tempora_eval_scores sc;
  tempora_error e = {0};
  char *report = NULL;
  CHECK(tempora_eval(TEMPORA_TEST_DATA "/eval", NULL, 2, &sc, &report, &e) == 0);
  CHECK_INT(sc.docs, 3);
  CHECK_INT(sc.failed_docs, 1);
  CHECK_INT(sc.gold, 7);
  CHECK_INT(sc.system, 6);
  CHECK_INT(sc.strict, 4);
  CHECK_INT(sc.relaxed, 5);
  CHECK_INT(sc.value, 3);
  CHECK_INT(sc.type, 4);
  CHECK(sc.relaxed_f1 > 0.769 && sc.relaxed_f1 < 0.770);
  CHECK(report && strstr(report, "wrong value: 2") && strstr(report, "docs 3"));
  tempora_free(report);
  CHECK(tempora_eval(TEMPORA_TEST_DATA "/no-such-dir", NULL, 0, &sc, NULL, &e) == TEMPORA_EIO);
  CHECK(tempora_eval(NULL, NULL, 0, &sc, NULL, &e) == TEMPORA_EARG);
  CHECK(tempora_eval(TEMPORA_TEST_DATA "/eval", NULL, -1, &sc, NULL, &e) == TEMPORA_EARG);
}

/* The timexes of one text, "text=value" joined by " | ", with the
 * interval's open sides marked < and >. */
static const char *tag(const char *text, const char *dct, tempora_mode mode) {
  static char out[1024];
  tempora_options o;
  tempora_options_init(&o);
  o.dct = dct;
  o.mode = mode;
  tempora_timeline *tl = tempora_timeline_new(&o);
  tempora_error e = {0};
  out[0] = '\0';
  if (tl && tempora_timeline_add_text(tl, text, strlen(text), NULL, &e) == 0) {
    const tempora_document *d = tempora_timeline_document(tl, 0);
    for (size_t i = 0; i < d->n_timexes; i++) {
      const tempora_timex *t = &d->timexes[i];
      size_t n = strlen(out);
      snprintf(out + n, sizeof out - n, "%s%s=%s%s%s", i ? " | " : "", t->text, t->value,
               (t->interval.flags & TEMPORA_IV_OPEN_START) ? "<" : "",
               (t->interval.flags & TEMPORA_IV_OPEN_END) ? ">" : "");
    }
  }
  tempora_timeline_free(tl);
  return out;
}

static void test_tagger(void) {
  /* the engine: modifiers join the extent, ranges and signals shape the
   * interval, references carry from one timex to the next */
  CHECK_STR(tag("Troops left in late 2024 after nearly two years.", "2026-11-26",
                TEMPORA_MODE_NEWS),
            "late 2024=2024 | nearly two years=P2Y");
  CHECK_STR(tag("Prices have risen since 2019 and will rise until 2028.", "2026-11-26",
                TEMPORA_MODE_NEWS),
            "2019=2019> | 2028=2028<");
  CHECK_STR(tag("He ruled from 2019 to 2021.", "2026-11-26", TEMPORA_MODE_NEWS),
            "2019=2019 | 2021=2021");
  CHECK_STR(tag("In 1939 the war began; that spring and two years later.", NULL,
                TEMPORA_MODE_NARRATIVE),
            "1939=1939 | that spring=1939-SP | two years later=1941");
  CHECK_STR(tag("The talks resumed on Monday.", "2026-11-26", TEMPORA_MODE_NEWS),
            "Monday=2026-11-23");
  CHECK_STR(tag("The talks will resume on Monday.", "2026-11-26", TEMPORA_MODE_NEWS),
            "Monday=2026-11-30");
  /* nothing to tag, or hostile input: no timexes, no crash */
  CHECK_STR(tag("", "2026-11-26", TEMPORA_MODE_NEWS), "");
  CHECK_STR(tag("the the the of of - - - 12 12 12 : : :", "2026-11-26", TEMPORA_MODE_NEWS), "");
  static char big[200000];
  for (size_t i = 0; i + 12 < sizeof big; i += 12)
    memcpy(big + i, "the past 18 ", 12);
  big[sizeof big - 12] = '\0';
  CHECK(strlen(tag(big, "2026-11-26", TEMPORA_MODE_NEWS)) > 0);
}

static void check_value(const char *value, const char *start, const char *end,
                        tempora_precision want) {
  tempora_interval iv;
  tempora_precision p;
  int64_t dct = tp_make(2026, 11, 26, 0, 0, 0);
  int rc = date_value_interval(value, dct, 1, &iv, &p);
  CHECK(rc == 0);
  if (rc)
    return;
  char a[40], b[40];
  tempora_format_time(iv.start, p, a, sizeof a);
  tempora_format_time(iv.end, p, b, sizeof b);
  CHECK_STR(a, start);
  CHECK_STR(b, end);
  CHECK_INT(p, want);
}

static void test_values(void) {
  check_value("2026-11-24", "2026-11-24", "2026-11-25", TEMPORA_PREC_DAY);
  check_value("2025", "2025-01-01", "2026-01-01", TEMPORA_PREC_YEAR);
  check_value("2025-05", "2025-05-01", "2025-06-01", TEMPORA_PREC_MONTH);
  check_value("201", "2010-01-01", "2020-01-01", TEMPORA_PREC_DECADE);
  check_value("19", "1900-01-01", "2000-01-01", TEMPORA_PREC_CENTURY);
  check_value("2026-W48", "2026-11-23", "2026-11-30", TEMPORA_PREC_WEEK);
  check_value("2026-W48-WE", "2026-11-28", "2026-11-30", TEMPORA_PREC_DAY);
  check_value("2025-Q3", "2025-07-01", "2025-10-01", TEMPORA_PREC_QUARTER);
  check_value("2025-H2", "2025-07-01", "2026-01-01", TEMPORA_PREC_HALF);
  check_value("2024-SP", "2024-03-01", "2024-06-01", TEMPORA_PREC_SEASON);
  check_value("2024-WI", "2024-12-01", "2025-03-01", TEMPORA_PREC_SEASON);
  check_value("2026-11-24T10:00", "2026-11-24T10:00:00", "2026-11-24T10:01:00", TEMPORA_PREC_MINUTE);
  check_value("2026-11-24TMO", "2026-11-24T06:00:00", "2026-11-24T12:00:00", TEMPORA_PREC_PART_OF_DAY);
  check_value("PRESENT_REF", "2026-11-26", "2026-11-27", TEMPORA_PREC_DAY);
  check_value("BC0044", "-0043-01-01", "-0042-01-01", TEMPORA_PREC_YEAR);
  tempora_interval iv;
  tempora_precision p;
  CHECK(date_value_interval("P18M", 0, 1, &iv, &p) < 0);
  CHECK(date_value_interval("XXXX-03-05", 0, 1, &iv, &p) < 0);
  CHECK(date_value_interval("2025-02-29", 0, 1, &iv, &p) < 0);
  CHECK(date_value_interval("2025-W60", 0, 1, &iv, &p) < 0);
  CHECK(date_value_interval("PRESENT_REF", 0, 0, &iv, &p) < 0);
  int64_t t;
  CHECK(tempora_parse_time("2026-11-26", &t, &p) == 0 && p == TEMPORA_PREC_DAY);
  CHECK(tempora_parse_time("2025-03-14 20:30:26Z", &t, &p) == 0 && p == TEMPORA_PREC_SECOND);
  CHECK(tempora_parse_time("2026-11-26T09:30+09:00", &t, &p) == 0 && p == TEMPORA_PREC_MINUTE);
  CHECK(tempora_parse_time("2025-02-29", &t, &p) != 0);
  CHECK(tempora_parse_time("2026-13-01", &t, &p) != 0);
  CHECK(tempora_parse_time("yesterday", &t, &p) != 0);
  CHECK(tempora_parse_time("2026-11-26T25:00", &t, &p) != 0);
  char buf[40];
  tempora_format_time(tp_make(12000, 1, 1, 0, 0, 0), TEMPORA_PREC_DAY, buf, sizeof buf);
  CHECK_STR(buf, "+12000-01-01");
}

/* Segments `text` and returns the sentences joined by " | ". */
static char *sentences(const char *text) {
  static char out[2048];
  segmentation seg;
  out[0] = '\0';
  if (segment_text(text, strlen(text), &seg))
    return out;
  for (size_t i = 0; i < seg.nsent; i++) {
    if (i)
      strcat(out, " | ");
    strncat(out, text + seg.sents[i].start, seg.sents[i].end - seg.sents[i].start);
  }
  segmentation_free(&seg);
  return out;
}

static void test_segmenter(void) {
  CHECK_STR(sentences("The pact was signed Oct. 28, 2025 in Seoul. It took effect later."),
            "The pact was signed Oct. 28, 2025 in Seoul. | It took effect later.");
  CHECK_STR(sentences("U.S. officials met Dr. Kim at 10 a.m. on Tuesday. The talks went well."),
            "U.S. officials met Dr. Kim at 10 a.m. on Tuesday. | The talks went well.");
  CHECK_STR(sentences("The boat came at 11 p.m. By dawn all were safe. It left at 6 a.m. Monday."),
            "The boat came at 11 p.m. | By dawn all were safe. | It left at 6 a.m. Monday.");
  CHECK_STR(sentences("He moved to the U.S. The move was quick."),
            "He moved to the U.S. | The move was quick.");
  CHECK_STR(sentences("Resolution No. 3 passed. Gen. Smith left."),
            "Resolution No. 3 passed. | Gen. Smith left.");
  CHECK_STR(sentences("\"We are ready,\" he said. \"Are we?\" she asked. Yes."),
            "\"We are ready,\" he said. | \"Are we?\" she asked. | Yes.");
  CHECK_STR(sentences("\xE2\x80\x9C" "This is final.\xE2\x80\x9D" " The minister left."),
            "\xE2\x80\x9C" "This is final.\xE2\x80\x9D" " | The minister left.");
  CHECK_STR(sentences("Seoul\xC2\xA0" "agreed\xE2\x80\x94" "finally. \xEC\x84\x9C\xEC\x9A\xB8\xEC\x9D\x80 "
                      "\xEB\x8F\x99\xEC\x9D\x98\xED\x96\x88\xEB\x8B\xA4."),
            "Seoul\xC2\xA0" "agreed\xE2\x80\x94" "finally. | \xEC\x84\x9C\xEC\x9A\xB8\xEC\x9D\x80 "
            "\xEB\x8F\x99\xEC\x9D\x98\xED\x96\x88\xEB\x8B\xA4.");
  CHECK_STR(sentences("Headline without a period\n\nBody starts here. And ends."),
            "Headline without a period | Body starts here. | And ends.");
  /* a short line without end punctuation is a unit of its own (headings,
   * bulletins, agendas); prose wrapped at a width, or a line that goes on
   * in lowercase, is not */
  CHECK_STR(sentences("AMBER WARNING: WIND\nValid from 18:00 Friday\nAreas affected: coasts"),
            "AMBER WARNING: WIND | Valid from 18:00 Friday | Areas affected: coasts");
  CHECK_STR(sentences("The storm that hit the western coast on Friday brought\nwinds of 90 mph."),
            "The storm that hit the western coast on Friday brought\nwinds of 90 mph.");
  CHECK_STR(sentences("Officials of the regional government in the western province said\nThe "
                      "talks would resume."),
            "Officials of the regional government in the western province said\nThe talks "
            "would resume.");
  CHECK_STR(sentences("It cost $3.5 billion. Talks resume at 10:30 tomorrow."),
            "It cost $3.5 billion. | Talks resume at 10:30 tomorrow.");
  CHECK_STR(sentences("Wait... what? No!"), "Wait... what? | No!");
  CHECK_STR(sentences(""), "");
  CHECK_STR(sentences("   \n\n  "), "");

  /* Tokens: possessives split, hyphens split, numbers with separators kept. */
  const char *t = "Carney's 18-month plan cost 1,500 and 3.5 in the 1990s.";
  segmentation seg;
  CHECK(segment_text(t, strlen(t), &seg) == 0);
  const char *want[] = {"Carney", "'s", "18", "-", "month", "plan", "cost", "1,500", "and",
                        "3.5", "in", "the", "1990s", "."};
  CHECK_INT(seg.ntok, sizeof want / sizeof want[0]);
  for (size_t i = 0; i < seg.ntok && i < sizeof want / sizeof want[0]; i++) {
    char w[32];
    size_t n = seg.toks[i].end - seg.toks[i].start;
    memcpy(w, t + seg.toks[i].start, n);
    w[n] = '\0';
    CHECK_STR(w, want[i]);
  }
  CHECK(seg.toks[1].kind == TOK_WORD && !(seg.toks[1].flags & TF_SPACE));
  CHECK(seg.toks[7].kind == TOK_NUM);
  CHECK(seg.toks[12].kind == TOK_ALNUM);
  segmentation_free(&seg);
}

/* Adds `text` as input `name` and returns the first document's DCT. */
static const char *dct_of(const char *name, const char *text, const char *flag, int *source,
                          size_t *warnings) {
  static char out[600];
  tempora_options o;
  tempora_options_init(&o);
  o.dct = flag;
  tempora_timeline *tl = tempora_timeline_new(&o);
  tempora_error e = {0};
  out[0] = '\0';
  if (tempora_timeline_add_input(tl, name, text, strlen(text), &e) == 0) {
    const tempora_document *d = tempora_timeline_document(tl, 0);
    snprintf(out, sizeof out, "%s", d->dct);
    *source = d->dct_source;
    *warnings = tempora_timeline_warning_count(tl);
  } else
    snprintf(out, sizeof out, "error: %s", e.message);
  tempora_timeline_free(tl);
  return out;
}

static void test_dct(void) {
  int src = -1;
  size_t w = 0;
  CHECK_STR(dct_of("a.txt", "Title: X\nDate: 2026-11-26\n\nBody on Tuesday.", NULL, &src, &w),
            "2026-11-26");
  CHECK_INT(src, TEMPORA_DCT_METADATA);
  CHECK_STR(dct_of("a.txt", "Title: X\nDate: 2026-11-26\n\nBody.", "2020-01-02", &src, &w),
            "2020-01-02");
  CHECK_INT(src, TEMPORA_DCT_FLAG);
  CHECK_STR(dct_of("a.txt", "Date: Tue, 24 Nov 2026 10:00:00 +0000\n\nBody.", NULL, &src, &w),
            "2026-11-24T10:00:00");
  /* numeric dates: year first, a day over 12 first, dots day first, else
   * the US order (the --dates default) */
  CHECK_STR(dct_of("a.txt", "Date: 2026/11/24\n\nBody.", NULL, &src, &w), "2026-11-24");
  CHECK_STR(dct_of("a.txt", "Date: 24/11/2026\n\nBody.", NULL, &src, &w), "2026-11-24");
  CHECK_STR(dct_of("a.txt", "Date: 24.11.2026 14:30\n\nBody.", NULL, &src, &w),
            "2026-11-24T14:30:00");
  CHECK_STR(dct_of("a.txt", "Date: 03/04/2026\n\nBody.", NULL, &src, &w), "2026-03-04");
  CHECK_STR(dct_of("a.txt", "Date: 99/99/2026\n\nBody.", NULL, &src, &w), "");
  CHECK_STR(dct_of("c.jsonl", "{\"id\":\"x\",\"text\":\"Hi.\",\"published\":\"2025-03-14 20:30:26Z\"}\n",
                   NULL, &src, &w),
            "2025-03-14T20:30:26");
  CHECK_INT(src, TEMPORA_DCT_METADATA);
  CHECK_STR(dct_of("c.jsonl", "{\"id\":\"x\",\"text\":\"Hi.\",\"date\":\"2025-03-14\"}\n", NULL,
                   &src, &w),
            "2025-03-14");
  CHECK_STR(dct_of("d.txt", "SEOUL, Nov. 24, 2026 (Reuters) - South Korea said.", NULL, &src, &w),
            "2026-11-24");
  CHECK_INT(src, TEMPORA_DCT_DATELINE);
  CHECK_STR(dct_of("d.txt", "SEOUL, Nov. 24 (Reuters) - Talks since 2019 ended in 2026.", NULL,
                   &src, &w),
            "2026-11-24");
  CHECK_STR(dct_of("d.txt", "November 24, 2026 \xE2\x80\x94 The ministers met.", NULL, &src, &w),
            "2026-11-24");
  CHECK_STR(dct_of("d.txt", "KYIV, Ukraine, 3 March 2025 - Shelling resumed.", NULL, &src, &w),
            "2025-03-03");
  CHECK_STR(dct_of("e.txt", "November 24 was a quiet day in Seoul.", NULL, &src, &w), "");
  CHECK_INT(src, TEMPORA_DCT_NONE);
  CHECK(w == 1);
  CHECK_STR(dct_of("f.txt", "Date: someday\n\nNo date here.", NULL, &src, &w), "");
  CHECK(w == 2); /* unreadable Date:, then no DCT */
  CHECK_STR(dct_of("g.txt", "Date: 2025-02-29\n\nBody.", NULL, &src, &w), "");
}

int main(void) {
  test_calendar();
  test_feasts();
  test_values();
  test_segmenter();
  test_lexicon();
  test_dct();
  test_tagger();
  test_eval_api();
  return test_result("test_core");
}
