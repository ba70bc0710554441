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

/* Is w one of the words of list (NULL-terminated)?  "" is in no list. */
static inline int str_in_list(const char *w, const char *const *list) {
  for (; *list; list++)
    if ((*list)[0] == w[0] && !strcmp(*list, w))
      return 1;
  return 0;
}

#endif
