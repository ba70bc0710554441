/*
 * hash.h — the one string hash of the project: 64-bit FNV-1a.  Chosen for
 * being tiny and good enough for the open-addressing tables of words, ids
 * and names (none of them faces adversarial keys that could degrade it
 * beyond a slower run).
 */
#ifndef TEMPORA_HASH_H
#define TEMPORA_HASH_H

#include <stddef.h>
#include <stdint.h>

#define FNV_OFFSET 1469598103934665603ULL
#define FNV_PRIME 1099511628211ULL

static inline uint64_t fnv1a(const char *s, size_t n) {
  uint64_t h = FNV_OFFSET;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= FNV_PRIME;
  }
  return h;
}

static inline uint64_t fnv1a_str(const char *s) {
  uint64_t h = FNV_OFFSET;
  for (; *s; s++) {
    h ^= (unsigned char)*s;
    h *= FNV_PRIME;
  }
  return h;
}

#endif
