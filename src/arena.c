/*
 * arena.c — bump allocator (see arena.h).  Chunks of at least 64 KiB are
 * chained; a request larger than a chunk gets a chunk of its own, so the
 * waste is bounded by one chunk's tail per chunk.
 */
#include "arena.h"

#include <stdlib.h>
#include <string.h>

#define ARENA_CHUNK (64 * 1024)

struct arena_chunk {
  arena_chunk *next;
  size_t used, size;
  /* data follows, aligned by the union below */
  union {
    long double ld;
    void *p;
    long long ll;
  } data[];
};

void *arena_alloc(arena *a, size_t size) {
  size = (size + 15) & ~(size_t)15;
  if (size == 0)
    size = 16;
  arena_chunk *c = a->head;
  if (!c || c->size - c->used < size) {
    size_t want = size > ARENA_CHUNK ? size : ARENA_CHUNK;
    c = malloc(sizeof(arena_chunk) + want);
    if (!c) {
      a->oom = 1;
      return NULL;
    }
    c->used = 0;
    c->size = want;
    c->next = a->head;
    a->head = c;
  }
  char *p = (char *)c->data + c->used;
  c->used += size;
  memset(p, 0, size);
  return p;
}

char *arena_strndup(arena *a, const char *s, size_t n) {
  char *p = arena_alloc(a, n + 1);
  if (!p)
    return NULL;
  if (n)
    memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *arena_strdup(arena *a, const char *s) {
  if (!s)
    s = "";
  return arena_strndup(a, s, strlen(s));
}

void arena_free(arena *a) {
  arena_chunk *c = a->head;
  while (c) {
    arena_chunk *n = c->next;
    free(c);
    c = n;
  }
  a->head = NULL;
  a->oom = 0;
}
