/*
 * evdata.h — the event module's knowledge: the event lexicon (verbs, event
 * nouns, classes, characterizations), the gazetteer of actors (countries
 * with their ISO 3166-1 names from Debian's iso-codes, demonyms, capitals,
 * organisations, armed groups, leaders) and places with coordinates.
 *
 * The data are text (the files in data/, documented at their top) compiled into
 * the library by cmake/gendata.cmake and parsed once per process
 * (evdata_init, thread-safe).  Lookups never allocate.
 *
 * Words: the events code sees a sentence as "words" (ev_word): segmenter
 * tokens with hyphenated compounds joined ("cease-fire", "al-Qaeda") and
 * the dot of an abbreviation dropped ("U.S.").  Names in the data are cut
 * into words the same way, so "U.S." in the data matches "U.S." in text.
 */
#ifndef TEMPORA_EVDATA_H
#define TEMPORA_EVDATA_H

#include <stddef.h>
#include <stdint.h>

#include "segment.h"

/* Event types: the 16 PLOVER 0.8 types, OTHER, then lexicon classes that
 * are not types (see data/events.txt). */
enum {
  EV_AGREE, EV_CONSULT, EV_SUPPORT, EV_CONCEDE, EV_COOPERATE, EV_AID, EV_RETREAT,
  EV_REQUEST, EV_ACCUSE, EV_REJECT, EV_THREATEN, EV_PROTEST, EV_SANCTION, EV_MOBILIZE,
  EV_COERCE, EV_ASSAULT, EV_OTHER,
  EV_FRAME, EV_STATE, EV_LIGHT, EV_OCCUR, EV_TRY, EV_PLAN, EV_EVAL,
  EV_NTYPES
};
#define EV_NONE (-1)

/* PLOVER name of a type ("SUPPORT"), "OTHER" for the classes. */
const char *ev_type_name(int type);
/* 1 for the cooperative types (AGREE..RETREAT), 0 otherwise. */
int ev_type_coop(int type);
/* 1 for the hostile types (SANCTION, MOBILIZE, COERCE, ASSAULT, PROTEST, THREATEN). */
int ev_type_hostile(int type);

/* Verb forms. */
#define VF_BASE 0x01
#define VF_S 0x02
#define VF_PAST 0x04
#define VF_PART 0x08
#define VF_ING 0x10

#define EV_MAX_TGT 6
/* Where a target is read: the direct object or a preposition's object. */
typedef struct ev_targets {
  uint8_t n;
  int16_t word[EV_MAX_TGT]; /* word id of a preposition, or -1 for the direct object */
} ev_targets;

#define RF_OBJCTL 0x01 /* the object controls the governed verb and is the target */
#define RF_THAT 0x02   /* "demand that X ...": X is the target */
#define RF_COOP 0x04   /* the control type needs a cooperative governed verb */
#define RF_CLAUSE 0x08 /* "warned that ...": a clause after the verb decides the type */
#define RF_OBJ 0x20    /* "+obj": the rule needs a direct object (or a passive subject) */
#define RF_SUBJTGT 0x40 /* "came under attack": the subject is the target */
#define RF_SAYS 0x10   /* "announced (that) it would ...": a reporting frame before a clause */
#define RF_NOUN 0x80   /* "claimed responsibility for the kidnapping": an event noun in the
                        * arguments gives the type (else the rule's) */

typedef struct ev_rule {
  int lemma;          /* verb lemma id */
  int particle;       /* word id of a particle ("up" in blow_up) or -1 */
  int objclass;       /* class id the object must belong to, or -1 */
  int objword;        /* or a word id the object must be, or -1 */
  int type;
  int ctl;            /* type with a "to"-infinitive, or EV_NONE */
  int hostile;        /* type when the governed verb is hostile, or EV_NONE */
  unsigned flags;
  ev_targets tgt;
} ev_rule;

typedef struct ev_noun {
  int type;
  int hostile;        /* adjectives: type with a hostile governed verb */
  ev_targets tgt;
  int nctx;
  const int *ctx;     /* word ids, one of which must be in the sentence */
} ev_noun;

/* What the lexicon knows of one word (lowercase). */
typedef struct ev_wordinfo {
  int lemma[2];       /* verb lemma ids (-1 none): "found" is find and found */
  uint8_t form[2];    /* VF_* bits for each */
  int noun;           /* event noun id or -1 */
  int adj;            /* control adjective id or -1 */
  uint64_t classes;   /* bit per class */
  int polarity;       /* -1 negative, +1 positive, 0 */
  int particle_of;    /* nonzero when the word is a particle of some verb */
} ev_wordinfo;

/* Gazetteer entry kinds. */
enum {
  GZ_COUNTRY = 1, /* a state's name: actor and place */
  GZ_DEMONYM,     /* "Korean", "Israelis": actor */
  GZ_CAPITAL,     /* capital: metonym actor and place */
  GZ_CITY,        /* other place */
  GZ_ORG,         /* organisation, group, body */
  GZ_LEADER,      /* a person */
  GZ_SHORT        /* a leader's last name alone */
};

typedef struct gz_entry {
  const char *code;    /* ISO alpha-3 or IGO/NGO/IMG */
  const char *org;     /* "" when none */
  const char *name;    /* canonical name (the place's name for places) */
  int kind;
  double lat, lon;
  int has_coords;
  int nwords;
  uint32_t capmask;    /* bit i: word i of the name must be capitalized */
  uint32_t uppmask;    /* bit i: word i must be all capitals (acronym) */
  int ambiguous;       /* a last name shared by leaders of two countries */
} gz_entry;

int evdata_init(void);

/* One word of a sentence (see the top of this file). */
#define EV_WORD_MAX 40
typedef struct ev_word {
  uint32_t start, end;      /* byte span in the text */
  char low[EV_WORD_MAX];    /* lowercase; "" when too long */
  uint8_t cap;              /* starts with a capital */
  uint8_t upper;            /* acronym: all capitals, or dotted capitals ("U.S.") */
  uint8_t punct;            /* punctuation */
  uint8_t space;            /* whitespace before */
} ev_word;

/* Cuts tokens [tok0, tok1) of a segmentation into words; returns how many
 * were written (at most cap). */
size_t ev_split_words(const char *text, const segmentation *seg, size_t tok0, size_t tok1,
                      ev_word *out, size_t cap);

/* Word id of a lowercase word or multiword key ("hunger_strike"), -1 when
 * unknown; and what the lexicon knows of it. */
int ev_word_id(const char *w);
const ev_wordinfo *ev_word_info(int id);
/* The hash the lexicon's tables use for w (64-bit FNV-1a), so that a word
 * looked up in several tables is hashed once; ev_word_id with it. */
uint64_t ev_hash(const char *w);
int ev_word_id_h(const char *w, uint64_t h);
/* How many words at most a multiword key starting with the word w (of hash
 * h) goes on after it ("hunger" -> 1 for "hunger_strike"); 0 when none. */
int ev_multiword_after_h(const char *w, uint64_t h);
const char *ev_word_text(int id);
int ev_class_id(const char *name);
int ev_word_in_class(int word, int cls);

/* Verb rules of a lemma, in file order. */
size_t ev_rules(int lemma, const ev_rule *const **out);
const char *ev_lemma_name(int lemma);
const ev_noun *ev_noun_get(int id);
const ev_noun *ev_adj_get(int id);

/* Longest gazetteer match for a sequence of words given as lowercase keys
 * and case flags; returns the entry and sets *len, or NULL. */
typedef struct gz_word {
  const char *low;
  uint64_t h; /* ev_hash(low) */
  int cap;   /* starts with a capital */
  int upper; /* all capitals (2+ letters) or dotted capitals */
} gz_word;
const gz_entry *gz_match(const gz_word *w, size_t n, size_t *len);

/* The name a reader expects for an ISO alpha-3 code ("South Korea",
 * "Russia", "Iran"), or NULL for codes that are not countries. */
const char *gz_country_display(const char *code);

#endif
