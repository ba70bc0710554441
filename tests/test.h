/*
 * test.h — a minimal test harness: CHECK records a failure with its line
 * and goes on; a test program returns test_result().
 */
#ifndef TEMPORA_TEST_H
#define TEMPORA_TEST_H

#include <stdio.h>
#include <string.h>

static int test_failures, test_checks;

#define CHECK(cond)                                                                 \
  do {                                                                              \
    test_checks++;                                                                  \
    if (!(cond)) {                                                                  \
      test_failures++;                                                              \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);     \
    }                                                                               \
  } while (0)

#define CHECK_STR(a, b)                                                             \
  do {                                                                              \
    const char *a_ = (a), *b_ = (b);                                                \
    test_checks++;                                                                  \
    if (!a_ || !b_ || strcmp(a_, b_)) {                                             \
      test_failures++;                                                              \
      fprintf(stderr, "%s:%d: \"%s\" != \"%s\" (%s vs %s)\n", __FILE__, __LINE__,   \
              a_ ? a_ : "(null)", b_ ? b_ : "(null)", #a, #b);                     \
    }                                                                               \
  } while (0)

#define CHECK_INT(a, b)                                                             \
  do {                                                                              \
    long long a_ = (long long)(a), b_ = (long long)(b);                             \
    test_checks++;                                                                  \
    if (a_ != b_) {                                                                 \
      test_failures++;                                                              \
      fprintf(stderr, "%s:%d: %lld != %lld (%s vs %s)\n", __FILE__, __LINE__, a_,   \
              b_, #a, #b);                                                          \
    }                                                                               \
  } while (0)

static int test_result(const char *name) {
  fprintf(stderr, "%s: %d checks, %d failed\n", name, test_checks, test_failures);
  return test_failures ? 1 : 0;
}

#endif
