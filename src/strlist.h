/*
 * strlist.h — membership of a word in a short NULL-terminated list of
 * static strings, the form the rule code keeps its word lists in.  The
 * lists are scanned on every token, so each entry is ruled out by its
 * first byte before any strcmp call: most entries differ there, and a
 * byte compare costs far less than a call.
 */
#ifndef TEMPORA_STRLIST_H
#define TEMPORA_STRLIST_H

#include <string.h>

/* Is w the word lit?  (strcmp behind a first-byte test: for the words of
 * a text tested against one rule word each) */
static inline int str_is(const char *w, const char *lit) {
  return w[0] == lit[0] && !strcmp(w, lit);
}

/* Is w one of the words of list (NULL-terminated)?  "" is in no list. */
static inline int str_in_list(const char *w, const char *const *list) {
  for (; *list; list++)
    if (str_is(w, *list))
      return 1;
  return 0;
}

#endif
