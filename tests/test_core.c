/*
 * test_core.c — unit tests of the calendar, the segmenter and the DCT
 * resolution, through internal headers.
 */
#include <stdlib.h>

#include "../src/date.h"
#include "../src/segment.h"
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
  test_values();
  test_segmenter();
  test_dct();
  return test_result("test_core");
}
