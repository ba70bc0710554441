/*
 * arena.h — bump allocator for strings and records that live exactly as
 * long as their owner (a timeline).  Freed in one call; no per-object free.
 */
#ifndef TEMPORA_ARENA_H
#define TEMPORA_ARENA_H

#include <stddef.h>

typedef struct arena_chunk arena_chunk;

typedef struct arena {
  arena_chunk *head;
  int oom; /* sticky: set once an allocation failed */
} arena;

void *arena_alloc(arena *a, size_t size);          /* zeroed, 16-byte aligned */
char *arena_strndup(arena *a, const char *s, size_t n);
char *arena_strdup(arena *a, const char *s);       /* NULL -> "" */
void arena_free(arena *a);

#endif
