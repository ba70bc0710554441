/*
 * render.h — what the renderers share: the renderer table entry and small
 * formatting helpers (interval bounds, EDTF, escaping).  Renderers read the
 * timeline model only; each writes into a tbuf.
 */
#ifndef TEMPORA_RENDER_H
#define TEMPORA_RENDER_H

#include <cJSON.h>

#include "../buf.h"
#include "../model.h"

typedef int (*render_fn)(tempora_timeline *tl, tbuf *out, tempora_error *err);

/* Interval bound as the outputs write it ("2026-11-24" or with time). */
void fmt_bound(int64_t t, tempora_precision p, char *buf, size_t n);

/* EDTF (ISO 8601-2) for an event's time: "2026-11-24", "2025", "202X",
 * "2024-21" (spring), "2025-05-26/2026-11-25", "2019/.."; "" when none. */
void fmt_edtf(const tempora_when *w, char *buf, size_t n);

/* ---- json.c ---- */
/* The native JSON object of one event / document / timex (cJSON trees;
 * the caller deletes them). */
cJSON *json_event(const tempora_event *ev);
cJSON *json_interval(const tempora_interval *iv, tempora_precision p);

int render_json(tempora_timeline *tl, tbuf *out, tempora_error *err);
int render_jsonl(tempora_timeline *tl, tbuf *out, tempora_error *err);
int render_timeml(tempora_timeline *tl, tbuf *out, tempora_error *err);

#endif
