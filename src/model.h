/*
 * model.h — the timeline model behind the opaque tempora_timeline: the
 * documents (with their text, sentences and timexes) and the events.
 * Every string and array lives in the timeline's arena; the public records
 * (tempora_document, tempora_event, ...) point into it.  Renderers read
 * this model only, through the public accessors or these fields.
 */
#ifndef TEMPORA_MODEL_H
#define TEMPORA_MODEL_H

#include "arena.h"
#include "segment.h"
#include "tempora.h"

typedef struct doc_rec {
  tempora_document pub;     /* public view (strings in the arena); first, so a
                             * pointer to it is a pointer to the record (load.c) */
  tempora_timex *timexes;   /* pub.timexes points here */
  sentence *sents;          /* sentence spans (tokens not kept) */
  size_t nsent;
  int64_t dct;              /* time point, valid when has_dct */
  int has_dct;
  tempora_precision dct_prec;
} doc_rec;

struct tempora_timeline {
  tempora_options opts;
  arena ar;
  doc_rec *docs;
  size_t ndocs, capdocs;
  tempora_event *events;
  size_t nev, capev;
  char **warnings;          /* in the arena */
  size_t nwarn, capwarn;
  int finished;
  int loaded;               /* built by tempora_timeline_load_json */
  const char **idtab;       /* open-addressing set of document ids */
  size_t idcap;             /* its size, a power of two, at most half full */
};

/* Documents by id (sorted pointers, found by bisection), for renderers
 * that show where an event was read and for loading saved timelines. */
typedef struct doc_index {
  const tempora_document **v; /* sorted by id */
  size_t n;
} doc_index;
int doc_index_build(doc_index *ix, const tempora_timeline *tl); /* 0 or -1 (no memory) */
const tempora_document *doc_index_find(const doc_index *ix, const char *id);
void doc_index_free(doc_index *ix);

/* Appends a formatted warning line. */
void tl_warn(tempora_timeline *tl, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Reserves room for one more event and returns it zeroed, or NULL. */
tempora_event *tl_new_event(tempora_timeline *tl);

/* Fills `err` (when not NULL) and returns `code`. */
int set_error(tempora_error *err, int code, const char *file, long line, long col,
              const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

/* events.c: finds the events of one document and appends them. */
int events_extract(tempora_timeline *tl, doc_rec *d, const segmentation *seg);

/* document.c: resolves the DCT of a new document (see DESIGN.md §3). */
int doc_resolve_dct(tempora_timeline *tl, doc_rec *d, const char *published,
                    tempora_error *err);

/* Parses a dateline ("SEOUL, Nov. 24 (Reuters) -", "November 24, 2026 —")
 * in the first lines of `text`.  Returns 1 and sets *tp when found. */
int dateline_parse(const char *text, size_t len, int64_t *tp);

/* Parses a publication date: ISO 8601 with or without time, a written
 * date ("Tue, 24 Nov 2026 10:00:00 +0000", "November 24, 2026") or a
 * numeric one ("2026/11/24", "24.11.2026", "24/11/2026"; "03/04/2026" in
 * `order`). */
int published_parse(const char *s, tempora_date_order order, int64_t *tp,
                    tempora_precision *prec);

#endif
