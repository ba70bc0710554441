/*
 * events.c — the events of one document: who did what to whom, where and
 * when, read clause by clause from the segmenter's tokens and the tagger's
 * timexes.  Knowledge (lexicon, gazetteer) is in evdata.c; conventions are
 * documented in docs/events.md.
 *
 * Per sentence, in order:
 *  1. words (evdata.h), each with a coarse part of speech from closed-class
 *     lists, the verb lexicon and its neighbours (a verb form after a
 *     determiner is a noun: "the attack"; after an auxiliary, a verb);
 *  2. mentions: the longest gazetteer match at each word (actors: states,
 *     demonyms, capitals as metonyms, organisations, leaders; places);
 *  3. verb groups: auxiliaries, modals, negation and the verb (with its
 *     particle: "blow up"), each with tense, voice, modality and how it is
 *     linked: main clause, relative clause (subject = antecedent),
 *     coordinated verb (shared subject), "to"-infinitive (governed by the
 *     verb or adjective before it), participle after a comma (elaborates
 *     the clause before it), participle after a noun (passive modifier),
 *     a relative clause without "that" after a noun and a name ("reefs
 *     Manila claims": its object is the noun);
 *  4. arguments: the subject (the first plain noun phrase before the verb,
 *     skipping parentheticals and fronted adverbials; a pronoun resolves to
 *     the reporting speaker, or for a deed a closer subject that can act,
 *     or the previous sentence's subject), the direct
 *     object and the prepositional objects up to the clause's end;
 *  5. reporting frames ("X said that ...", "..., X said", "according to X")
 *     are not events: they lend their speaker to pronouns, their time to
 *     clauses that have none, and mark the clause as reported;
 *  6. the type: a verb rule (verb + particle + object class), a control
 *     verb with its infinitive ("threatened to ban" THREATEN, "tried to
 *     hack" COERCE), a light verb's event noun ("held talks" CONSULT), an
 *     occurrence verb's subject ("fighting broke out" ASSAULT); reported
 *     future acts are coded as commitments (AGREE for a cooperative act,
 *     THREATEN for a hostile one, REJECT when negated) and reported "must"
 *     clauses as REQUEST from the speaker to the clause's subject;
 *  7. time: each timex goes to the nearest verb group, counting a comma as
 *     several words and a clause boundary as many, so a timex governs its
 *     own clause; timexes that modify a noun ("last month's vote") govern
 *     nothing; a clause without a timex takes its frame's or the clause it
 *     elaborates;
 *  8. status: negated, planned (future, "plans to", a time after the DCT),
 *     hypothetical (conditional clauses, "could", "might"), ongoing
 *     (progressive present), else occurred.
 * Per document: the story's country (the one country of the last sentence
 * naming any, else the state the title and the story name most) for
 * domestic bodies named without one and for passive acts of authorities
 * with no agent; people named in full with their country, for their last
 * name alone later; an event whose object is an anaphoric definite noun
 * ("the pact", "the one") and that lacks actors takes them from the last
 * event of the same type naming such a thing, and the two become one event
 * with two sources (the later one may add a place or time).  Events without a time
 * are dropped unless options.undated (then dated at the DCT, precision
 * "reported").
 */
#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "evdata.h"
#include "model.h"
#include "strlist.h"

/* ---- parts of speech ------------------------------------------------------------------ */

enum {
  P_NONE, P_DET, P_POSS, P_PRON, P_PREP, P_CONJ, P_SUB, P_REL, P_AUX, P_MODAL, P_NEG,
  P_ADV, P_NUM, P_PUNCT, P_COMMA, P_QUOTE, P_VERB, P_NOUN, P_PROPN, P_ADJ, P_TO, P_GEN
};

typedef struct wordset {
  const char *const *w;
  int pos;
} wordset;

static const char *const W_DET[] = {"the", "a", "an", "this", "these", "those", "some", "any",
                                    "each", "every", "both", "no", "another", "other",
                                    "several", "many", "few", "more", "most", "such", "all",
                                    "much", "either", "neither", "certain", "various", NULL};
static const char *const W_POSS[] = {"its", "their", "his", "her", "our", "my", "your", NULL};
static const char *const W_PRON[] = {"he", "she", "it", "they", "we", "i", "you", "him", "them",
                                     "us", "me", "himself", "itself", "themselves", "one",
                                     "there", NULL};
static const char *const W_PREP[] = {
    "of", "in", "on", "at", "from", "with", "by", "for", "against", "about", "over", "under",
    "into", "onto", "near", "between", "among", "across", "through", "during", "without",
    "within", "toward", "towards", "upon", "amid", "amidst", "despite", "via", "per", "along",
    "around", "behind", "beyond", "inside", "outside", "like", "than", "off", "including",
    "following", "regarding", "concerning", "beside", "besides", "throughout", "except",
    "alongside", "ahead", "past", "unlike", NULL};
static const char *const W_CONJ[] = {"and", "or", "but", "nor", "yet", NULL};
static const char *const W_SUB[] = {"because", "although", "though", "while", "whereas", "if",
                                    "unless", "when", "whenever", "where", "whether", "since",
                                    "after", "before", "until", "as", "once", "so", NULL};
static const char *const W_REL[] = {"who", "whom", "whose", "which", "that", "what", NULL};
static const char *const W_AUX[] = {"is", "are", "was", "were", "be", "been", "being", "am",
                                    "has", "have", "had", "having", "does", "do", "did", NULL};
static const char *const W_MODAL[] = {"will", "would", "shall", "should", "can", "could", "may",
                                      "might", "must", "'ll", "'d", "ought", "wo", "ca", NULL};
static const char *const W_NEG[] = {"not", "n't", "never", NULL};
static const char *const W_ADV[] = {
    "also", "still", "already", "again", "now", "then", "just", "even", "only", "further",
    "finally", "once", "reportedly", "allegedly", "repeatedly", "jointly", "formally",
    "officially", "publicly", "quickly", "recently", "immediately", "soon", "later", "earlier",
    "too", "very", "well", "routinely", "bluntly", "flatly", "outright", "fully", "partly",
    "largely", "reluctantly", "unilaterally", "strongly", "sharply", "firmly", "however",
    "meanwhile", "instead", "nevertheless", "moreover", "thus", "therefore", "likewise",
    "together", "apparently", "first", "more", "most", "less", "increasingly", "historically",
    "dramatically", "forcefully", "quietly", "openly", "swiftly", "effectively", "maybe",
    "perhaps", "probably", "possibly", "certainly", "unfortunately", "fortunately", "indeed",
    "surely", "clearly", "obviously", NULL};

/* ---- per-sentence state ------------------------------------------------------------------- */

#define MAX_WORDS 400 /* why: longer "sentences" are lists or tables; only their head is read */
#define MAX_VG 48
#define MAX_MENT 64

typedef struct word {
  ev_word w;
  int id;                     /* lexicon word id or -1 */
  const ev_wordinfo *wi;
  int pos;
  int lemma;                  /* verb reading */
  unsigned vform;
  int tx;                     /* timex index (document) or -1 */
  int txg;                    /* in a timex that can date an event (left out of headlines) */
  int ment;                   /* mention index or -1 */
  int vg;                     /* verb group index or -1 */
  int cc;                     /* closed class of the word alone (P_*) */
  unsigned fl;                /* word-list flags (WF_*) */
  int state;                  /* a verb telling a state ("have been strained") */
  uint64_t h;                 /* ev_hash(w.low), for the lexicon's and gazetteer's tables */
  int kid[3];                 /* word ids of the keys of 1, 2, 3 words from here
                               * ("missile", "missile_test", ...), or -1 */
} word;

typedef struct mention {
  int b, e;                   /* word range */
  const gz_entry *g;
  const char *code;           /* may be resolved later (pronouns) */
} mention;

enum { L_MAIN, L_REL, L_COORD, L_INF, L_ELAB, L_MOD, L_SUB, L_COMP, L_PCOMP };

typedef struct vgroup {
  int b, e;                   /* word range of the group, e exclusive */
  int head, particle;         /* word indices */
  int lemma;
  unsigned form;
  int neg, fut, cond, deont, perfect, prog, passive, finite, present;
  int maybe;                  /* "may", "might": what may be is not an act, even negated */
  int gap;                    /* "the attacks it had carried out": its object is before it */
  int be;                     /* has a form of "be" among its auxiliaries */
  int link;                   /* L_* */
  int gov;                    /* governing group (L_INF, L_ELAB, L_COORD, L_COMP) or -1 */
  int adj_ctl;                /* word index of a control adjective before "to" ("willing") */
  int subordinate;            /* word index of the subordinator (if, unless...) or -1 */
  int frame;                  /* reporting frame group governing this clause or -1 */
  int subj_b, subj_e;         /* subject word range (may be empty) */
  int subj_after;             /* inverted frame: "..., said X" */
  int args_e;                 /* arguments run from e to args_e */
  int obj_b, obj_e;           /* direct object */
  int fobj_b, fobj_e;         /* a fronted object: "..., a charge Balkhi rejected" */
  const ev_rule *rule;
  int type;                   /* lexicon type after rules */
  int tx;                     /* governing timex (document index) or -1 */
  int used;                   /* absorbed into another event */
  int nominal;                /* "the ability to cooperate": no event of its own */
  int speech_tag;             /* '"...," asked X': a reporting frame */
} vgroup;

typedef struct sent {
  const char *text;
  word *w;
  int n;
  int first;                  /* index of the first word that is no punctuation */
  int start;                  /* where the sentence proper starts: after a heading
                               * glued to it ("Financial strain Both camps opened") */
  mention m[MAX_MENT];
  int nm;
  vgroup g[MAX_VG];
  int ng;
  const char *story;          /* the country of the story's last sentences, or NULL */
} sent;

static int is_pos(const sent *s, int i, int pos) { return i >= 0 && i < s->n && s->w[i].pos == pos; }

static const char *low(const sent *s, int i) { return i >= 0 && i < s->n ? s->w[i].w.low : ""; }

/* (the first byte rules out most words without a call: the rules below
 * ask this about every word they pass) */
static int is_word(const sent *s, int i, const char *w) {
  const char *l = low(s, i);
  return l[0] == w[0] && !strcmp(l, w);
}

static int is_quote(const char *t, const ev_word *w) {
  size_t n = w->end - w->start;
  const char *p = t + w->start;
  return (n == 1 && (*p == '"' || *p == '\'' || *p == '`')) ||
         (n == 3 && (!memcmp(p, "\xe2\x80\x9c", 3) || !memcmp(p, "\xe2\x80\x9d", 3) ||
                     !memcmp(p, "\xe2\x80\x98", 3) || !memcmp(p, "\xe2\x80\x99", 3))) ||
         (n == 2 && (!memcmp(p, "``", 2) || !memcmp(p, "''", 2)));
}

/* ---- step 1: parts of speech ----------------------------------------------------------- */

/* Closed-class words and the small word lists of the rules below, in one
 * hash table (FNV-1a, linear probing, at most half full), built once per
 * process: the parts-of-speech step asks about every word of every
 * sentence, and a scan of the word lists was a third of the pipeline's
 * time.  Each word is looked up once per sentence (word.cc, word.fl). */
enum {
  WF_GERUND_PREP = 1, /* a preposition a gerund may follow ("by dumping") */
  WF_TITLE = 2,       /* a title before a leader's last name ("President Bush") */
  WF_DOMESTIC = 4,    /* a person or body named without its country */
  WF_PERSON = 8,      /* a noun for a person ("spokesman", "leaders") */
  WF_ORGN = 16        /* a noun for a body ("ministry", "group", "police") */
};
static const char *const L_PARTICLE[] = {"out", "up", "down", "back", "away", "aside", NULL};
static const char *const L_GERUND_PREP[] = {"by", "after", "before", "while", "without", "of",
                                            "for", "in", "on", "from", "about", "against", NULL};
static const char *const L_TITLE[] = {"president", "minister", "premier", "chancellor", "secretary",
                                      "mr", "mrs", "ms", "gen", "general", "king", "queen",
                                      "leader", "prime", "foreign", "defense", "defence", "vice",
                                      "sen", "senator", "governor", "ambassador", "the", NULL};
static const char *const L_DOMESTIC[] = {
    "president", "minister", "premier", "leader", "leaders", "general", "gen", "king",
    "queen", "chancellor", "secretary", "governor", "judge", "court", "government", "army",
    "police", "rebels", "rebel", "militants", "opposition", "candidate", "ambassador", "envoy",
    "spokesman", "spokeswoman", "spokesperson", "official", "officials", "authorities",
    "forces", "troops", "soldiers", "parliament", "party", "ministry", "guerrillas",
    "fundamentalists", "insurgents", "militia", "militias", "separatists", "junta", "regime",
    "cabinet", "commission", "senator", "lawmakers", "protesters", "demonstrators",
    "students", "workers", "union", "prosecutors", "newspaper", "military", "navy", NULL};

static const char *const L_PERSON[] = {
    "president", "minister", "premier", "leader", "leaders", "general", "king", "queen",
    "chancellor", "secretary", "governor", "judge", "ambassador", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "official", "officials", "senator", "lawmaker", "lawmakers",
    "prosecutor", "prosecutors", "commander", "chief", "director", "head", "man", "woman", "men",
    "women", "boy", "girl", "father", "mother", "son", "daughter", "journalist", "journalists",
    "reporter", "host", "activist", "activists", "lawyer", "lawyers", "diplomat", "diplomats",
    "mediator", "negotiator", "negotiators", "representative", "representatives", "candidate",
    "pope", "prince", "emperor", "dictator", "mayor", "chairman", "chairwoman", "analyst",
    "analysts", "expert", "experts", "student", "students", "refugee", "refugees", "soldier",
    "soldiers", "officer", "officers", "worker", "workers", "farmers", "protesters",
    "demonstrators", "rebels", "militants", "fighters", "insurgents", "residents", "people",
    "citizens", "civilians", "migrants", "villagers", "victims", "survivors", "detainees",
    "prisoners", "hostages", "suspect", "suspects", "witness", "witnesses", "member",
    "members", "coordinator", "researcher", "researchers", "engineer", "author", "personnel",
    "staff", "crew", "troops", NULL};
static const char *const L_ORGN[] = {
    "government", "ministry", "army", "police", "military", "court", "council", "agency",
    "group", "party", "committee", "commission", "union", "alliance", "bloc", "company",
    "organization", "organisation", "coalition", "administration", "parliament", "cabinet",
    "regime", "junta", "guard", "navy", "authority", "authorities", "department", "office",
    "movement", "network", "force", "forces", "bank", "fund", "assembly", "congress", "senate",
    "tribunal", "embassy", "mission", "service", "institute", "association", "federation",
    "board", "body", "secretariat", "court", "watchdog", "firm", "club", "academy", "center",
    "centre", "campaign", "faction", "militia", "gang", "cartel", NULL};

#define CLOSED_SLOTS 1024 /* a power of two, over twice the words of the lists */
typedef struct closed_ent {
  const char *w;
  uint64_t h;   /* ev_hash(w): a probe past another word compares no strings */
  int pos;
  unsigned fl;
} closed_ent;
static closed_ent closed_tab[CLOSED_SLOTS];
static pthread_once_t closed_once = PTHREAD_ONCE_INIT;

/* The same 64-bit FNV-1a as the lexicon's tables (ev_hash), so a word is
 * hashed once for all of them. */
static size_t closed_hash(const char *w) { return (size_t)ev_hash(w) & (CLOSED_SLOTS - 1); }

static closed_ent *closed_slot(const char *w) {
  size_t h = closed_hash(w);
  while (closed_tab[h].w && strcmp(closed_tab[h].w, w))
    h = (h + 1) & (CLOSED_SLOTS - 1);
  if (!closed_tab[h].w) {
    closed_tab[h].w = w;
    closed_tab[h].h = ev_hash(w);
    closed_tab[h].pos = P_NONE;
  }
  return &closed_tab[h];
}

static void closed_build(void) {
  static const wordset sets[] = {{W_DET, P_DET}, {W_POSS, P_POSS}, {W_PRON, P_PRON},
                                 {W_AUX, P_AUX}, {W_MODAL, P_MODAL}, {W_NEG, P_NEG},
                                 {W_CONJ, P_CONJ}, {W_REL, P_REL}, {W_SUB, P_SUB},
                                 {W_PREP, P_PREP}, {W_ADV, P_ADV}};
  /* earlier lists win, as the scan they replace did */
  for (size_t k = 0; k < sizeof sets / sizeof *sets; k++)
    for (int i = 0; sets[k].w[i]; i++) {
      closed_ent *e = closed_slot(sets[k].w[i]);
      if (e->pos == P_NONE)
        e->pos = sets[k].pos;
    }
  static const struct {
    const char *const *w;
    unsigned fl;
  } lists[] = {{L_GERUND_PREP, WF_GERUND_PREP}, {L_TITLE, WF_TITLE}, {L_DOMESTIC, WF_DOMESTIC},
                {L_PERSON, WF_PERSON}, {L_ORGN, WF_ORGN}};
  for (size_t k = 0; k < sizeof lists / sizeof *lists; k++)
    for (int i = 0; lists[k].w[i]; i++)
      closed_slot(lists[k].w[i])->fl |= lists[k].fl;
}

/* (closed_build has run: events_extract runs it once first); hv is
 * ev_hash(w) */
static const closed_ent *closed_get_h(const char *w, uint64_t hv) {
  for (size_t h = (size_t)hv & (CLOSED_SLOTS - 1); closed_tab[h].w; h = (h + 1) & (CLOSED_SLOTS - 1))
    if (closed_tab[h].h == hv && !strcmp(closed_tab[h].w, w))
      return &closed_tab[h];
  return NULL;
}

/* Lexicon ids the rules below name, looked up once per process (after
 * evdata_init). */
static struct {
  int c_agreement, c_exercise, c_joint, c_event_subject, c_adjectival, c_authority_act,
      c_intransitive; /* classes */
  int w_by;                              /* words */
} K;
static pthread_once_t k_once = PTHREAD_ONCE_INIT;
static void k_build(void) {
  K.c_agreement = ev_class_id("agreement");
  K.c_exercise = ev_class_id("exercise");
  K.c_joint = ev_class_id("joint");
  K.c_event_subject = ev_class_id("event_subject");
  K.c_adjectival = ev_class_id("adjectival");
  K.c_authority_act = ev_class_id("authority_act");
  K.c_intransitive = ev_class_id("intransitive");
  K.w_by = ev_word_id("by");
}

static int aux_lemma(const char *w);
static int governs(const tempora_timex *t);
static int rule_type(int lemma);

/* After "yields to", "returned to", "to" is a preposition: the verb takes
 * a target with "to" and governs no infinitive ("agreed to" does both). */
static int to_is_preposition(int lemma) {
  static int to = -2;
  const ev_rule *const *rl;
  size_t nr = ev_rules(lemma, &rl);
  int target = 0;
  if (to == -2)
    to = ev_word_id("to");
  for (size_t r = 0; r < nr; r++) {
    if (rl[r]->ctl != EV_NONE || rl[r]->type == EV_TRY || rl[r]->type == EV_PLAN ||
        rl[r]->type == EV_STATE || (rl[r]->flags & RF_OBJCTL))
      return 0;
    for (int k = 0; k < rl[r]->tgt.n; k++)
      target |= rl[r]->tgt.word[k] == to;
  }
  return target;
}

/* A verb linking its subject to a state ("remains blocked", "seemed
 * surprised"). */
static int linking_verb(int lemma) {
  static const char *const linking[] = {"remain", "stay", "seem", "appear", "become", "look",
                                        "sound", "feel", "prove", "grow", NULL};
  return lemma >= 0 && str_in_list(ev_lemma_name(lemma), linking);
}

/* A lowercase word that reads as a past participle ("blocked", "renowned"). */
static int participle_like(const word *x) {
  unsigned forms = 0;
  for (int k = 0; k < 2 && x->wi && x->wi->lemma[k] >= 0; k++)
    forms |= x->wi->form[k];
  size_t l = strlen(x->w.low);
  return !x->w.cap && x->cc == P_NONE &&
         ((forms & VF_PART) || (!forms && l > 4 && !strcmp(x->w.low + l - 2, "ed")));
}

/* Verb reading of a word given its left context; sets lemma/vform. */
static int verb_reading(sent *s, int i, int finite_seen) {
  word *x = &s->w[i];
  if (x->ment >= 0 || x->tx >= 0)
    return 0;
  if (!x->wi || x->wi->lemma[0] < 0) {
    /* a word the lexicon does not know is a verb after a modal or "to" */
    int p = i - 1;
    while (p >= 0 && (s->w[p].pos == P_ADV || s->w[p].pos == P_NEG))
      p--;
    if (p >= 0 && (s->w[p].pos == P_MODAL ||
                   (s->w[p].pos == P_AUX && (is_word(s, p, "did") || is_word(s, p, "does") ||
                                             is_word(s, p, "do"))) ||
                   (s->w[p].pos == P_TO && p > 0 &&
                    (s->w[p - 1].pos == P_ADJ ||
                     (s->w[p - 1].pos == P_VERB && !to_is_preposition(s->w[p - 1].lemma) &&
                      !s->w[p - 1].state)))) && /* ("accustomed to business") */
        !x->w.cap && !x->w.punct && x->w.low[0] >= 'a' && x->w.low[0] <= 'z') {
      x->lemma = -1;
      x->vform = VF_BASE;
      return 1;
    }
    /* an unknown "-ed" word is a past verb after a subject or an auxiliary
     * ("the Council authorized a response", "has authorized", "and dragged
     * on"), when an object, a preposition or the end follows */
    size_t l = strlen(x->w.low);
    if (p >= 0 && !x->w.cap && l > 4 && !strcmp(x->w.low + l - 2, "ed") && (!x->wi || x->wi->adj < 0) &&
        !strchr(x->w.low, '-')) { /* "so-called", "Chinese-funded" are adjectives */
      int pp = s->w[p].pos;
      /* the next word is not tagged yet: its closed class and shape */
      const word *nw = i + 1 < s->n ? &s->w[i + 1] : NULL;
      int next_ok = !nw || nw->w.punct || nw->w.cap || nw->tx >= 0 ||
                    (nw->w.low[0] >= '0' && nw->w.low[0] <= '9') ||
                    (nw->cc != P_NONE && nw->cc != P_AUX && nw->cc != P_MODAL);
      int after_aux = pp == P_AUX && aux_lemma(low(s, p)) && aux_lemma(low(s, p)) != 'd';
      int after_subj = (pp == P_PROPN || pp == P_PRON || (pp == P_NOUN && !finite_seen) ||
                        (pp == P_CONJ && finite_seen) ||
                        (pp == P_REL && !is_word(s, p, "what") && !is_word(s, p, "whose"))) &&
                       next_ok;
      if (after_aux || after_subj) {
        x->lemma = -1;
        x->vform = after_aux ? VF_PART : VF_PAST;
        return 1;
      }
    }
    return 0;
  }
  int initial = i <= s->first || i == s->start;
  if (x->w.cap && !initial && !is_pos(s, i - 1, P_QUOTE))
    return 0; /* a capitalized word inside a sentence is a name */
  int p = i - 1;
  while (p >= 0 && (s->w[p].pos == P_ADV || s->w[p].pos == P_NEG ||
                    (s->w[p].pos == P_QUOTE)))
    p--;
  int prev = p >= 0 ? s->w[p].pos : P_PUNCT;
  unsigned forms = 0;
  int k = 0;
  for (k = 0; k < 2 && x->wi->lemma[k] >= 0; k++)
    forms |= x->wi->form[k];
  /* a gerund opening the sentence before its verb is the subject:
   * "Fighting broke out", "Shelling has resumed" */
  if (i == s->start && (forms & VF_ING) && i + 1 < s->n) {
    const word *nx = &s->w[i + 1];
    unsigned nf = nx->wi && nx->wi->lemma[0] >= 0
                      ? nx->wi->form[0] | (nx->wi->lemma[1] >= 0 ? nx->wi->form[1] : 0)
                      : 0;
    if (nx->cc == P_AUX || nx->cc == P_MODAL || ((nf & (VF_PAST | VF_S)) && nx->wi->noun < 0))
      return 0;
  }
  int after_aux = prev == P_AUX || prev == P_MODAL || prev == P_TO;
  int after_nounish = prev == P_NOUN || prev == P_PROPN || prev == P_PRON || prev == P_NUM ||
                      prev == P_GEN || (prev == P_NONE);
  unsigned want = 0;
  if (prev == P_DET || prev == P_POSS || prev == P_ADJ || prev == P_NUM ||
      (prev == P_PREP && !(s->w[p].fl & WF_GERUND_PREP)))
    return 0;
  if (prev == P_PREP) { /* "by dumping", "after signing" */
    for (int k2 = 0; k2 < 2 && x->wi->lemma[k2] >= 0; k2++)
      if (x->wi->form[k2] & VF_ING) {
        x->lemma = x->wi->lemma[k2];
        x->vform = VF_ING;
        return 1;
      }
    return 0;
  }
  if (after_aux)
    want = prev == P_TO || prev == P_MODAL ? VF_BASE : (VF_PART | VF_ING | VF_BASE | VF_PAST);
  else if (prev == P_REL || prev == P_CONJ || prev == P_SUB || prev == P_COMMA ||
           prev == P_PUNCT || after_nounish || prev == P_QUOTE)
    want = VF_S | VF_PAST | VF_PART | VF_ING | (prev == P_PRON ? VF_BASE : 0);
  else if (prev == P_VERB)
    want = VF_ING | VF_PART | VF_PAST;
  /* "-ing" after a noun is part of the noun phrase ("intelligence sharing");
   * after a verb it is the verb's object ("ban voting") unless the verb is
   * aspectual ("resumed shelling") */
  int free_time = 0; /* after a time that is no modifier: "a statement last week saying" */
  if (prev == P_NOUN && s->w[p].tx >= 0) {
    int q = p;
    while (q > 0 && s->w[q - 1].tx == s->w[p].tx)
      q--;
    free_time = !(q > 0 && (s->w[q - 1].pos == P_DET || s->w[q - 1].pos == P_POSS ||
                            s->w[q - 1].pos == P_GEN || s->w[q - 1].pos == P_ADJ));
  }
  if ((prev == P_NOUN && !free_time) || prev == P_PROPN || prev == P_GEN)
    want &= (unsigned)~VF_ING;
  if (prev == P_VERB && s->w[p].lemma >= 0) {
    const ev_rule *const *rl;
    size_t nr = ev_rules(s->w[p].lemma, &rl);
    int aspect = 0;
    for (size_t r = 0; r < nr && !aspect; r++)
      aspect = rl[r]->type == EV_TRY || rl[r]->type == EV_PLAN;
    if (!aspect)
      want &= (unsigned)~VF_ING;
  }
  /* "made repeated but unsuccessful attempts", "launched armed raids": a
   * past form between a verb and a noun is an adjective */
  if (prev == P_VERB && (forms & want & (VF_PAST | VF_PART)) && i + 1 < s->n) {
    int nx = i + 1;
    if ((is_word(s, nx, "and") || is_word(s, nx, "but")) && nx + 1 < s->n)
      nx++;
    const word *nw = &s->w[nx];
    if (!nw->w.punct && !nw->w.cap && nw->cc == P_NONE && nw->tx < 0 &&
        (!(nw->wi && nw->wi->lemma[0] >= 0) || nw->wi->noun >= 0) && nw->w.low[0] >= 'a' &&
        nw->w.low[0] <= 'z')
      return 0; /* (an event noun may look like a verb: "attacks") */
  }
  /* "demanded that Ethiopia halt": a base form after "that" + noun phrase */
  if ((prev == P_NOUN || prev == P_PROPN) && (forms & VF_BASE)) {
    int q = p;
    while (q > 0 && (s->w[q - 1].pos == P_NOUN || s->w[q - 1].pos == P_PROPN ||
                     s->w[q - 1].pos == P_DET || s->w[q - 1].pos == P_ADJ))
      q--;
    if (q > 0 && is_word(s, q - 1, "that"))
      want |= VF_BASE;
  }
  /* plural subjects take the base form: "the Palestinians reject"; not
   * "borderless", "status", nor a noun after a preposition ("of X travel") */
  if ((prev == P_NOUN || prev == P_PROPN) && p >= 0 && strlen(low(s, p)) > 3 &&
      low(s, p)[strlen(low(s, p)) - 1] == 's' && (forms & VF_BASE) &&
      !(x->wi->noun >= 0 && (i + 1 >= s->n || s->w[i + 1].pos == P_PREP))) {
    const char *pw = low(s, p);
    size_t pl = strlen(pw);
    int plural = pw[pl - 2] != 's' && pw[pl - 2] != 'u' && pw[pl - 2] != 'i';
    int q = p;
    while (q > 0 && (s->w[q - 1].pos == P_NOUN || s->w[q - 1].pos == P_ADJ ||
                     s->w[q - 1].pos == P_PROPN))
      q--;
    if (plural && !(q > 0 && s->w[q - 1].pos == P_PREP))
      want |= VF_BASE;
  }
  /* a plural noun before a past verb or an auxiliary: "UN forces landed",
   * "North Korean forces crossed", "talks have stalled" */
  if ((prev == P_PROPN || prev == P_ADJ || prev == P_NOUN || prev == P_SUB || prev == P_CONJ ||
       prev == P_COMMA || p < 0 || i == s->start) &&
      (forms & want) == VF_S && i + 1 < s->n) { /* (and "if sanctions are lifted") */
    const word *nx = &s->w[i + 1];
    int verb_next = nx->cc == P_AUX || nx->cc == P_MODAL ||
                    (nx->wi && nx->wi->lemma[0] >= 0 && !nx->w.cap &&
                     ((nx->wi->form[0] | (nx->wi->lemma[1] >= 0 ? nx->wi->form[1] : 0)) & VF_PAST) &&
                     nx->wi->noun < 0);
    /* but "the train remains blocked": a linking verb after its subject */
    if (verb_next && (prev == P_NOUN || prev == P_PROPN) && nx->cc == P_NONE &&
        linking_verb(x->wi->lemma[0]))
      verb_next = 0;
    if (verb_next)
      return 0;
  }
  /* a third-person form after a noun needs an object-like word after it:
   * "cooperation forms another pillar", not "a major arms exporter" */
  if (prev == P_NOUN && finite_seen && !(forms & want & ~(unsigned)VF_S) && (forms & VF_S) &&
      !(linking_verb(x->wi->lemma[0]) && i + 1 < s->n && participle_like(&s->w[i + 1])))
    return 0; /* "a suspension of air links with": the clause has its verb */
  if (prev == P_NOUN && !(forms & want & ~(unsigned)VF_S) && (forms & VF_S)) {
    int nx = i + 1;
    const char *nw = low(s, nx);
    int ncc = nx < s->n ? s->w[nx].cc : P_NONE;
    int okn = nx < s->n && (ncc == P_DET || ncc == P_POSS || ncc == P_PRON || s->w[nx].w.cap ||
                            (nw[0] >= '0' && nw[0] <= '9') || !strcmp(nw, "that") ||
                            ncc == P_ADV || is_quote(s->text, &s->w[nx].w) ||
                            (ncc == P_PREP && strcmp(nw, "of")) ||
                            /* "the train remains blocked" */
                            (linking_verb(x->wi->lemma[0]) && ncc == P_NONE && !s->w[nx].w.cap));
    if (!okn)
      return 0;
  }
  if (prev == P_CONJ && (forms & (VF_PAST | VF_PART)) && !(forms & VF_S) && i + 1 < s->n &&
      s->w[i + 1].pos == P_NONE && !s->w[i + 1].w.cap && s->w[i + 1].cc == P_NONE &&
      !(s->w[i + 1].wi && s->w[i + 1].wi->lemma[0] >= 0))
    return 0; /* "and coordinated responses" */
  if (!(forms & want))
    return 0;
  /* "Talks between ...", "Attacks on ...": a third-person form opening the
   * sentence has no subject, so it is a plural noun */
  if (i == s->start && (forms & want) == VF_S)
    return 0;
  /* a plural noun and a third-person verb look alike ("talks", "demands"):
   * after a noun that is no subject-like word, prefer the noun */
  if ((forms & want) == VF_S && x->wi->noun >= 0 && prev == P_NOUN)
    return 0;
  /* nor after the object of a verb: "ignored VOA requests", "violate a
   * U.N. arms embargo" (a reporting verb's object may be a clause's
   * subject: "said Iran arms the militias") */
  if ((forms & want) == VF_S && (prev == P_PROPN || prev == P_NOUN)) {
    int q = p;
    while (q > 0 && (s->w[q - 1].pos == P_NOUN || s->w[q - 1].pos == P_PROPN ||
                     s->w[q - 1].pos == P_ADJ || s->w[q - 1].pos == P_DET ||
                     s->w[q - 1].pos == P_NUM || s->w[q - 1].pos == P_GEN))
      q--;
    if (q > 0 && s->w[q - 1].pos == P_VERB &&
        (s->w[q - 1].lemma < 0 || (rule_type(s->w[q - 1].lemma) != EV_FRAME &&
                                   rule_type(s->w[q - 1].lemma) != EV_STATE)))
      return 0;
  }
  /* base form after "they"/"we": verb; bare base form elsewhere: noun */
  for (k = 0; k < 2 && x->wi->lemma[k] >= 0; k++)
    if (x->wi->form[k] & want) {
      x->lemma = x->wi->lemma[k];
      x->vform = x->wi->form[k] & want;
      break;
    }
  return 1;
}

/* What is looked up once per word of a sentence: closed class, word-list
 * flags, lexicon ids of the word and of the multiword keys starting at it,
 * the first word that is no punctuation. */
static void lookup_words(sent *s) {
  s->first = s->n;
  for (int i = 0; i < s->n; i++) {
    word *x = &s->w[i];
    if (s->first == s->n && !x->w.punct)
      s->first = i;
    const char *lw = x->w.low;
    uint64_t hv = x->h = ev_hash(lw);
    const closed_ent *ce = closed_get_h(lw, hv);
    x->cc = str_is(lw, "to")                      ? P_TO
            : str_is(lw, "'s") || str_is(lw, "'") ? P_GEN
            : ce                                  ? ce->pos
                                                  : P_NONE;
    x->fl = ce ? ce->fl : 0;
    x->id = lw[0] ? ev_word_id_h(lw, hv) : -1;
    x->kid[0] = x->id;
    x->kid[1] = x->kid[2] = -1;
    /* "hunger_strike", "show_of_force": keys joined by "_", looked up only
     * after a word that begins one */
    int more = lw[0] ? ev_multiword_after_h(lw, hv) : 0;
    if (!more)
      continue;
    char key[3 * EV_WORD_MAX + 3];
    size_t k = strlen(lw);
    memcpy(key, lw, k);
    for (int l = 1; l < 3 && l <= more && i + l < s->n && s->w[i + l].w.low[0]; l++) {
      size_t m = strlen(s->w[i + l].w.low);
      key[k++] = '_';
      memcpy(key + k, s->w[i + l].w.low, m);
      k += m;
      key[k] = '\0';
      x->kid[l] = ev_word_id(key);
    }
  }
}

/* A heading glued to the sentence (web pages lose the line break): a few
 * words without punctuation or function words, then a capitalized word
 * that opens sentences ("Government involvement In 2017, China ...",
 * "The escape The prison break began ...").  Sets s->start. */
static void find_start(sent *s) {
  s->start = s->first;
  int lower = 0; /* lowercase words seen: a heading in sentence case */
  /* why 8: headings are short noun phrases */
  for (int j = s->first + 1; j < s->n && j <= s->first + 8; j++) {
    const word *x = &s->w[j];
    if (x->w.punct && is_quote(s->text, &x->w))
      continue; /* "The 'Quad' and regional security Since ..." */
    if (x->w.punct)
      return;
    /* "Review of relations Mahathir's government froze ...": a name after
     * lowercase words that are no title ("opposition leader Raila Odinga") */
    if (x->w.cap && x->cc == P_NONE && lower && !s->w[j - 1].w.cap && !s->w[j - 1].w.punct &&
        !(s->w[j - 1].fl & (WF_TITLE | WF_PERSON | WF_DOMESTIC)) && strcmp(s->w[j - 1].w.low, "of") &&
        x->tx < 0) {
      /* no name, function word or finite-looking verb before it ("We
       * support Mauritius" is a sentence) */
      int clause = 0;
      for (int i = s->first; i < j && !clause; i++) {
        const word *y = &s->w[i];
        /* (the words are not tagged yet: their lexicon entries are read here) */
        const ev_wordinfo *yi = ev_word_info(y->id);
        unsigned vf = yi && yi->lemma[0] >= 0
                          ? yi->form[0] | (yi->lemma[1] >= 0 ? yi->form[1] : 0)
                          : 0;
        clause = y->ment >= 0 || (y->cc != P_NONE && strcmp(y->w.low, "of") && strcmp(y->w.low, "and")) ||
                 (vf & (VF_PAST | VF_S) && !(yi->noun >= 0));
      }
      if (!clause && j + 1 < s->n && !s->w[j + 1].w.punct)
        s->start = j;
      return;
    }
    lower += !x->w.cap && x->cc == P_NONE;
    int opener = x->cc == P_DET || x->cc == P_PREP || x->cc == P_SUB ||
                 (x->cc == P_PRON && strcmp(x->w.low, "i")) || !strcmp(x->w.low, "but");
    if (x->w.cap && opener) {
      if (j + 1 < s->n && !s->w[j + 1].w.punct)
        s->start = j;
      return;
    }
    /* a function word in lowercase: this is a sentence, not a heading */
    if (x->cc != P_NONE && !(x->cc == P_PREP && !strcmp(x->w.low, "of")) && !x->w.cap)
      return;
  }
}

/* A preposition that attaches a phrase to the noun before it ("the attack
 * on the base", "talks in Geneva"), not one that opens an adverbial. */
static int np_preposition(const sent *s, int i) {
  static const char *const w[] = {"of", "on", "in", "at", "near", "against", "with", "between",
                                  "among", "from", "over", "across", "inside", "outside",
                                  "along", "into", "for", NULL};
  return s->w[i].pos == P_PREP && str_in_list(s->w[i].w.low, w);
}

/* A participle that tells a state, not an act: any participle after a
 * linking verb ("the train remains blocked", "seemed surprised", "became
 * involved"): 1, an adjective; after a form of "be", one of class
 * adjectival ("relations have been strained", "she was excited about"):
 * 2, a verb whose clause is a state (its subject stays an antecedent). */
static int adjectival(const sent *s, int i) {
  const word *x = &s->w[i];
  if (x->w.cap || x->ment >= 0 || i == 0)
    return 0;
  if (!participle_like(x))
    return 0;
  /* "is committed to", "is prepared to": a control adjective's own reading */
  if (x->wi && x->wi->adj >= 0 && is_word(s, i + 1, "to"))
    return 0;
  int p = i - 1;
  while (p > 0 && (s->w[p].pos == P_ADV || s->w[p].pos == P_NEG))
    p--;
  if (s->w[p].pos == P_AUX && aux_lemma(low(s, p)) == 'b')
    return x->id >= 0 && ev_word_in_class(x->id, K.c_adjectival) ? 2 : 0;
  return s->w[p].pos == P_VERB && linking_verb(s->w[p].lemma);
}

static void tag_words(sent *s) {
  for (int i = 0; i < s->n; i++) {
    word *x = &s->w[i];
    x->wi = ev_word_info(x->id);
    x->lemma = -1;
    x->vg = -1;
    if (x->w.punct) {
      x->pos = is_quote(s->text, &x->w)                       ? P_QUOTE
               : !strcmp(x->w.low, ",")                        ? P_COMMA
               : (!strcmp(x->w.low, "'") || !strcmp(x->w.low, "'s")) ? P_GEN
                                                               : P_PUNCT;
      continue;
    }
    if (!strcmp(x->w.low, "'s")) {
      x->pos = P_GEN;
      /* "she's wary", "it's been": "is" or "has" after a pronoun */
      if (i > 0 && (s->w[i - 1].cc == P_PRON || is_word(s, i - 1, "that") ||
                    is_word(s, i - 1, "there") || is_word(s, i - 1, "what") ||
                    is_word(s, i - 1, "who")) &&
          !is_word(s, i - 1, "one")) {
        snprintf(x->w.low, sizeof x->w.low, "%s", is_word(s, i + 1, "been") ? "has" : "is");
        x->cc = P_AUX;
        x->pos = P_NONE; /* tagged with the closed classes below */
      }
      continue;
    }
    x->pos = P_NONE;
  }
  int finite = 0;
  int subj_rel = 0, rel_verbs = 0; /* a relative clause in the opening subject, its verbs */
  for (int i = 0; i < s->n; i++) {
    word *x = &s->w[i];
    if (x->pos != P_NONE)
      continue;
    if (x->tx >= 0) {
      x->pos = P_NOUN;
      continue;
    }
    int cc = x->ment >= 0 ? P_NONE : x->cc;
    int initial = i <= s->first || i == s->start;
    if (cc != P_NONE && !(x->w.cap && !initial && cc != P_PRON && cc != P_DET)) {
      /* an auxiliary that is the only verb ("Korea has capabilities") stays AUX */
      x->pos = cc;
      if (cc == P_REL && !strcmp(x->w.low, "that")) {
        /* "that" + noun is a determiner */
        int nx = i + 1;
        if (nx < s->n && !s->w[nx].w.punct && s->w[nx].cc == P_NONE &&
            !(s->w[nx].wi && s->w[nx].wi->lemma[0] >= 0 && !(s->w[nx].wi->form[0] & VF_BASE)) &&
            (!s->w[nx].w.cap || s->w[nx].tx >= 0))
          x->pos = (i > 0 && (s->w[i - 1].pos == P_VERB)) ? P_SUB : P_DET;
      }
      if (cc == P_SUB && (!strcmp(x->w.low, "since") || !strcmp(x->w.low, "after") ||
                          !strcmp(x->w.low, "before") || !strcmp(x->w.low, "until") ||
                          !strcmp(x->w.low, "as"))) {
        /* a preposition unless a clause follows */
        int nx = i + 1;
        /* (the next word is not tagged yet: its closed class; a determiner
         * usually opens a noun phrase: "after the talks") */
        int clause = nx < s->n &&
                     ((s->w[nx].cc == P_PRON && !is_word(s, nx, "them") && !is_word(s, nx, "him") &&
                       !is_word(s, nx, "us") && !is_word(s, nx, "me")) ||
                      s->w[nx].w.cap) &&
                     !(nx < s->n && s->w[nx].tx >= 0);
        if (!clause)
          x->pos = P_PREP;
      }
      /* "said that the deal gives in": a new clause may have its own verb */
      if (x->pos == P_REL || x->pos == P_SUB)
        finite = 0;
      /* "A bombing at a market that killed 30 people shocked Kabul": a
       * relative clause inside the opening subject; the verb after its own
       * is the sentence's */
      if (x->pos == P_REL && !subj_rel && i > s->start &&
          (s->w[i - 1].pos == P_NOUN || s->w[i - 1].pos == P_PROPN)) {
        int q = s->start;
        while (q < i && (s->w[q].pos == P_DET || s->w[q].pos == P_NOUN || s->w[q].pos == P_PROPN ||
                         s->w[q].pos == P_ADJ || s->w[q].pos == P_NUM || s->w[q].pos == P_GEN ||
                         s->w[q].pos == P_POSS || np_preposition(s, q)))
          q++;
        subj_rel = q == i && s->w[s->start].pos != P_PREP;
      }
      continue;
    }
    if (x->w.low[0] >= '0' && x->w.low[0] <= '9') {
      x->pos = P_NUM;
      continue;
    }
    int adj = adjectival(s, i);
    if (adj == 1) {
      x->pos = P_ADJ;
      continue;
    }
    if (verb_reading(s, i, finite && !(subj_rel && rel_verbs == 1))) {
      x->pos = P_VERB;
      x->state = adj == 2;
      if (x->vform & (VF_S | VF_PAST)) {
        finite = 1;
        rel_verbs += subj_rel;
      }
      /* "said a schoolmate introduced him": a reported clause follows */
      if (x->lemma >= 0 && rule_type(x->lemma) == EV_FRAME)
        finite = 0;
      continue;
    }
    size_t l = strlen(x->w.low);
    /* "Globally, ...", "Ironically, ...": a sentence adverb, not a name */
    if (x->ment < 0 && x->w.cap && (i <= s->first || i == s->start) && l > 4 &&
        !strcmp(x->w.low + l - 2, "ly") && !x->wi && i + 1 < s->n && s->w[i + 1].pos == P_COMMA)
      x->pos = P_ADV;
    else if (x->ment >= 0 || x->w.cap)
      x->pos = P_PROPN;
    else if (x->wi && x->wi->adj >= 0)
      x->pos = P_ADJ;
    else if (l > 4 && !strcmp(x->w.low + l - 2, "ly"))
      x->pos = P_ADV;
    /* "have long been sidelined": an adverb between auxiliaries */
    else if (i > 0 && i + 1 < s->n && (s->w[i - 1].pos == P_AUX || s->w[i - 1].pos == P_MODAL) &&
             (s->w[i + 1].cc == P_AUX || s->w[i + 1].cc == P_NEG))
      x->pos = P_ADV;
    /* "cleared out the camp", "stepped down": a particle, not a noun */
    else if (i > 0 && s->w[i - 1].pos == P_VERB && str_in_list(x->w.low, L_PARTICLE))
      x->pos = P_ADV;
    else
      x->pos = P_NOUN;
  }
}

/* ---- step 2: mentions ---------------------------------------------------------------------- */

static void find_mentions(sent *s) {
  /* the words as the gazetteer sees them, and how many words a name
   * starting at each one may span (up to punctuation or a time; at most
   * 16, beyond the longest name) */
  gz_word gw[MAX_WORDS];
  int run[MAX_WORDS + 1];
  run[s->n] = 0;
  for (int i = s->n - 1; i >= 0; i--) {
    gw[i].low = s->w[i].w.low;
    gw[i].h = s->w[i].h;
    gw[i].cap = s->w[i].w.cap;
    gw[i].upper = s->w[i].w.upper;
    run[i] = s->w[i].w.punct || s->w[i].tx >= 0 ? 0 : run[i + 1] < 16 ? run[i + 1] + 1 : 16;
  }
  for (int i = 0; i < s->n && s->nm < MAX_MENT;) {
    if (s->w[i].w.punct || s->w[i].tx >= 0 || !s->w[i].w.low[0]) {
      i++;
      continue;
    }
    int k = run[i];
    size_t len = 0;
    const gz_entry *g = k ? gz_match(gw + i, (size_t)k, &len) : NULL;
    char pre[EV_WORD_MAX];
    const char *hy = strchr(s->w[i].w.low, '-');
    if (!g && hy && s->w[i].w.cap && hy > s->w[i].w.low) {
      /* "Vietnamese-led", "Canada-South": the name before the hyphen */
      snprintf(pre, sizeof pre, "%.*s", (int)(hy - s->w[i].w.low), s->w[i].w.low);
      gz_word one = {pre, ev_hash(pre), 1, 0};
      g = gz_match(&one, 1, &len);
    }
    /* "Korea's" etc.: the possessive is outside the name */
    /* a leader's last name after another name is someone else ("Richard
     * Bennett"); after a title it is the leader ("President Bush") */
    if (g && g->kind == GZ_SHORT && i > 0 && s->w[i - 1].w.cap && !s->w[i - 1].w.punct &&
        s->w[i - 1].ment < 0 &&
        !(s->w[i - 1].fl & WF_TITLE))
      g = NULL;
    /* a leader's last name that is also an English word the lexicon knows,
     * opening the sentence before a lowercase word, is that word ("Gang
     * leader X was killed", not China's Qin Gang) */
    if (g && g->kind == GZ_SHORT && i == s->first && i + 1 < s->n && !s->w[i + 1].w.cap &&
        !s->w[i + 1].w.punct && (s->w[i].cc != P_NONE || s->w[i].fl || ev_word_info(s->w[i].id)))
      g = NULL;
    if (!g) {
      i++;
      continue;
    }
    /* a one-word name that is also a sentence-initial ordinary word ("Chad") is
     * still a name: the data only holds capitalized names */
    mention *m = &s->m[s->nm++];
    m->b = i;
    m->e = i + (int)len;
    m->g = g;
    m->code = g->code;
    for (int j = m->b; j < m->e; j++)
      s->w[j].ment = s->nm - 1;
    i += (int)len;
  }
}

static int is_actor_mention(const mention *m) { return m->g->kind != GZ_CITY; }

/* ---- step 3: verb groups ------------------------------------------------------------------ */

static int aux_lemma(const char *w) {
  static const char *const be[] = {"is", "are", "was", "were", "be", "been", "being", "am", NULL};
  static const char *const have[] = {"has", "have", "had", "having", NULL};
  static const char *const d[] = {"does", "do", "did", NULL};
  return str_in_list(w, be) ? 'b' : str_in_list(w, have) ? 'h' : str_in_list(w, d) ? 'd' : 0;
}

static void find_groups(sent *s) {
  for (int i = 0; i < s->n && s->ng < MAX_VG; i++) {
    if (s->w[i].pos != P_VERB)
      continue;
    vgroup *g = &s->g[s->ng];
    memset(g, 0, sizeof *g);
    g->head = i;
    g->particle = -1;
    g->lemma = s->w[i].lemma;
    g->form = s->w[i].vform;
    g->gov = g->frame = g->subordinate = g->adj_ctl = g->tx = -1;
    g->subj_b = g->subj_e = g->obj_b = g->obj_e = -1;
    g->fobj_b = g->fobj_e = -1;
    /* walk left over auxiliaries, modals, negation, adverbs */
    int b = i;
    int be_aux = 0, have_aux = 0, modal = 0;
    for (int j = i - 1; j >= 0; j--) {
      int p = s->w[j].pos;
      /* "has recently signed": a one-word time between auxiliary and verb */
      if (s->w[j].tx >= 0 && !s->w[j].w.cap && (j == 0 || s->w[j - 1].tx != s->w[j].tx) &&
          (j + 1 >= s->n || s->w[j + 1].tx != s->w[j].tx) && j > 0 &&
          (s->w[j - 1].pos == P_AUX || s->w[j - 1].pos == P_MODAL)) {
        b = j;
        continue;
      }
      if (p == P_ADV || p == P_NEG) {
        if (p == P_NEG)
          g->neg = 1;
        b = j;
        continue;
      }
      if (p == P_AUX) {
        int a = aux_lemma(low(s, j));
        if (a == 'b')
          be_aux = be_aux ? be_aux : j + 1;
        if (a == 'h')
          have_aux = 1;
        if (!strcmp(low(s, j), "is") || !strcmp(low(s, j), "are") || !strcmp(low(s, j), "am") ||
            !strcmp(low(s, j), "has") || !strcmp(low(s, j), "have") || !strcmp(low(s, j), "does") ||
            !strcmp(low(s, j), "do"))
          g->present = 1;
        b = j;
        continue;
      }
      if (p == P_MODAL) {
        const char *m = low(s, j);
        modal = 1;
        if (!strcmp(m, "will") || !strcmp(m, "shall") || !strcmp(m, "'ll") || !strcmp(m, "wo"))
          g->fut = 1;
        else if (!strcmp(m, "must") || !strcmp(m, "should") || !strcmp(m, "ought"))
          g->deont = 1;
        else
          g->cond = 1;
        if (!strcmp(m, "may") || !strcmp(m, "might"))
          g->maybe = 1;
        if (!strcmp(m, "would"))
          g->fut = 1; /* future in the past, or conditional: see status */
        b = j;
        continue;
      }
      break;
    }
    g->b = b;
    g->finite = modal || b < i || (g->form & (VF_S | VF_PAST));
    if (!modal && b == i && (g->form & VF_S))
      g->present = 1;
    g->be = be_aux != 0;
    /* "is committed to", "is prepared to": an adjective, not a passive */
    if (be_aux && (g->form & VF_PART) &&
        !(s->w[i].wi && s->w[i].wi->adj >= 0 && i + 1 < s->n && s->w[i + 1].cc == P_TO))
      g->passive = 1;
    if (be_aux && (g->form & VF_ING)) {
      g->prog = 1;
    }
    g->perfect = have_aux;
    /* "going to" + verb */
    /* particle: "blow up", "call for", "step down" */
    int e = i + 1;
    if (e < s->n && s->w[e].wi && s->w[e].wi->particle_of) {
      const ev_rule *const *rl;
      size_t nr = ev_rules(g->lemma, &rl);
      for (size_t r = 0; r < nr; r++)
        if (rl[r]->particle == s->w[e].id) {
          g->particle = e;
          e++;
          break;
        }
    }
    g->e = e;
    for (int j = g->b; j < g->e; j++)
      s->w[j].vg = s->ng;
    s->ng++;
  }
}

static int list_comma(const sent *s, int i);

/* ---- step 4: links and arguments ---------------------------------------------------------- */

static int is_boundary(const sent *s, int i) {
  int p = s->w[i].pos;
  return p == P_SUB || p == P_REL || (p == P_PUNCT && (is_word(s, i, ";") || is_word(s, i, ":") ||
                                                       is_word(s, i, "(") || is_word(s, i, ")") ||
                                                       is_word(s, i, "\xe2\x80\x94") ||
                                                       is_word(s, i, "--")));
}

static int rule_type(int lemma) {
  const ev_rule *const *rl;
  size_t nr = ev_rules(lemma, &rl);
  for (size_t r = 0; r < nr; r++)
    if (rl[r]->objclass < 0 && rl[r]->objword < 0 && rl[r]->particle < 0)
      return rl[r]->type;
  return nr ? rl[nr - 1]->type : EV_OTHER;
}

/* Does a rule of the lemma have the option `says` ("announced",
 * "claimed": they report when a clause follows them)? */
static int says_verb(int lemma) {
  const ev_rule *const *rl;
  size_t nr = ev_rules(lemma, &rl);
  for (size_t r = 0; r < nr; r++)
    if (rl[r]->flags & RF_SAYS)
      return 1;
  return 0;
}

/* A verb that may report a clause: a frame ("said") or a `says` verb. */
static int may_report(int lemma) { return says_verb(lemma) || rule_type(lemma) == EV_FRAME; }

/* A verb that reports when a clause follows it ("announced it was cutting
 * ties", "announced that ..."), with no object of its own. */
static int says_clause(const sent *s, const vgroup *g) {
  if (!says_verb(g->lemma))
    return 0;
  int i = g->e;
  while (i < s->n && (s->w[i].pos == P_ADV || s->w[i].tx >= 0 ||
                      (s->w[i].pos == P_PREP && i + 1 < s->n && s->w[i + 1].tx >= 0)))
    i++;
  if (i < s->n && is_word(s, i, "that") && s->w[i].pos != P_DET)
    return 1;
  /* a pronoun or a name, then a finite verb */
  int j = i;
  while (j < s->n && j < i + 6 && (s->w[j].pos == P_PRON || s->w[j].pos == P_PROPN ||
                                   s->w[j].pos == P_DET || s->w[j].pos == P_NOUN ||
                                   s->w[j].pos == P_GEN))
    j++;
  return j > i && j < s->n && s->w[j].vg >= 0 && s->w[j].vg != (int)(g - s->g) &&
         (s->w[j].pos == P_AUX || s->w[j].pos == P_MODAL ||
          (s->w[j].vform & (VF_S | VF_PAST)));
}

static const ev_rule *match_rule(const sent *s, const vgroup *g);

static int is_frame_group(const sent *s, const vgroup *g) {
  if (g->speech_tag || says_clause(s, g))
    return 1;
  if (rule_type(g->lemma) != EV_FRAME || g->particle >= 0)
    return 0;
  /* "recalled its ambassador": a rule for the object makes it an act */
  const ev_rule *r = g->args_e > g->e ? match_rule(s, g) : NULL;
  return !r || r->type == EV_FRAME;
}

/* "an allegation Rwandan spokeswoman Yolande Makolo", "a charge he": a
 * determiner and common nouns, then a name (or a personal pronoun) running
 * to e.  Returns where the name starts, or -1.  A title before a name ("the
 * ministry spokesman Zhao") is no such phrase. */
static int object_then_name(const sent *s, int b, int e) {
  if (b < 0 || b + 2 > e || s->w[b].pos != P_DET || is_word(s, b, "that") || is_word(s, b, "this"))
    return -1;
  int i = b + 1;
  while (i < e && (s->w[i].pos == P_NOUN || s->w[i].pos == P_ADJ) && !s->w[i].w.cap &&
         s->w[i].ment < 0)
    i++;
  if (i == b + 1 || i >= e || s->w[i - 1].pos != P_NOUN || (s->w[i - 1].fl & WF_PERSON))
    return -1;
  if (s->w[i].pos == P_PRON)
    return e == i + 1 && !is_word(s, i, "it") && (is_word(s, i, "he") || is_word(s, i, "she") ||
                                                  is_word(s, i, "they") || is_word(s, i, "we"))
               ? i
               : -1;
  int n0 = i + (is_word(s, i, "the") && i + 1 < e); /* "a claim the Taliban denied" */
  if (!s->w[n0].w.cap)
    return -1;
  for (int j = n0; j < e; j++)
    if (!(s->w[j].pos == P_PROPN || s->w[j].pos == P_NOUN || s->w[j].pos == P_ADJ ||
          s->w[j].ment >= 0))
      return -1;
  return i;
}

/* "... near six islands and reefs Manila claims as its own": a common
 * noun (bare and plural, or after a determiner or number), then a name
 * (or a name and nouns: "weapons Kurdish militants had hidden"), then a
 * verb is a relative clause without "that" on the noun, whose object is
 * that noun.  Not when the noun is a title or a body before the name
 * ("police chief John Smith", "the militant group Hamas").  [b, e) is the
 * phrase before the verb; returns where the name starts, or -1. */
static int counts_many(const sent *s, int i);
static int noun_then_name(const sent *s, int b, int e) {
  int i = b, det = 0;
  while (i < e && (s->w[i].pos == P_DET || s->w[i].pos == P_NUM || s->w[i].pos == P_POSS))
    i++, det = 1;
  int n0 = i;
  while (i < e && (s->w[i].pos == P_NOUN || s->w[i].pos == P_ADJ) && !s->w[i].w.cap &&
         s->w[i].ment < 0 && s->w[i].tx < 0)
    i++;
  /* (a number is no such noun: "the eight Uyghurs Thailand holds") */
  if (i == n0 || i >= e || s->w[i - 1].pos != P_NOUN || counts_many(s, i - 1) ||
      (s->w[i - 1].fl & (WF_PERSON | WF_TITLE | WF_ORGN | WF_DOMESTIC)))
    return -1;
  const char *hw = s->w[i - 1].w.low;
  size_t hl = strlen(hw);
  if (!det && !(hl > 3 && hw[hl - 1] == 's' && hw[hl - 2] != 's'))
    return -1;
  int j = i;
  while (j < e && s->w[j].w.cap && (s->w[j].pos == P_PROPN || s->w[j].ment >= 0))
    j++;
  if (j == i)
    return -1;
  /* nouns after a name that modifies them: "Kurdish militants" */
  while (j < e && s->w[j].pos == P_NOUN && !s->w[j].w.cap && s->w[j].tx < 0)
    j++;
  return j == e ? i : -1;
}

/* Can group h, after a noun and a name, be the verb of such a relative
 * clause: a verb that takes an object (not of class intransitive: "and
 * rapper Drake performed in Lagos"), that does not report, and has no
 * object after it? */
static int gap_verb(const sent *s, const vgroup *h) {
  if (h->lemma < 0 || rule_type(h->lemma) == EV_FRAME)
    return 0;
  int id = ev_word_id(ev_lemma_name(h->lemma));
  if (id >= 0 && ev_word_in_class(id, K.c_intransitive))
    return 0;
  int o = h->e;
  while (o < s->n && s->w[o].pos == P_ADV)
    o++;
  return o >= s->n || s->w[o].tx >= 0 || s->w[o].pos == P_PREP || s->w[o].pos == P_TO ||
         s->w[o].pos == P_COMMA || s->w[o].pos == P_PUNCT || s->w[o].pos == P_SUB ||
         s->w[o].pos == P_REL || s->w[o].pos == P_CONJ || is_word(s, o, "as");
}

/* The reduced relative clause whose verb is group h and whose phrase
 * before is [b, h->b): where its subject (the name) starts, or -1. */
static int reduced_relative(const sent *s, int b, const vgroup *h) {
  if (!h->finite || h->passive || !gap_verb(s, h))
    return -1;
  return noun_then_name(s, b, h->b);
}

/* Is word i an event noun ("attack", "talks", "strike"), whatever its
 * context words? */
static int act_noun(const sent *s, int i) {
  return s->w[i].wi && s->w[i].wi->noun >= 0;
}

/* Is group j a relative clause on a noun phrase that opens the sentence
 * ("The men who attacked the town fled")?  Its verb is not the clause's. */
static int rel_in_subject(const sent *s, int j) {
  if (s->g[j].link != L_REL)
    return 0;
  int r = s->g[j].b - 1;
  while (r >= s->start && s->w[r].pos != P_REL && s->w[r].vg < 0)
    r--;
  if (r <= s->start || s->w[r].pos != P_REL || is_word(s, r, "what"))
    return 0;
  int q = r;
  /* (its phrases too: "The attack on the base that killed ... was
   * condemned") */
  while (q > s->start && (s->w[q - 1].pos == P_NOUN || s->w[q - 1].pos == P_PROPN ||
                          s->w[q - 1].pos == P_ADJ || s->w[q - 1].pos == P_DET ||
                          s->w[q - 1].pos == P_NUM || s->w[q - 1].pos == P_GEN ||
                          s->w[q - 1].pos == P_POSS || np_preposition(s, q - 1)))
    q--;
  return q == s->start && q < r && s->w[q].pos != P_PREP;
}

static void link_groups(sent *s) {
  for (int k = 0; k < s->ng; k++) {
    vgroup *g = &s->g[k];
    int p = g->b - 1;
    while (p >= 0 && s->w[p].pos == P_QUOTE)
      p--;
    g->link = L_MAIN;
    if (p >= 0 && s->w[p].pos == P_TO) {
      g->link = L_INF;
      /* governed by the adjective or verb before "to" */
      int q = p - 1;
      while (q >= 0 && (s->w[q].pos == P_ADV || s->w[q].pos == P_NEG || s->w[q].pos == P_QUOTE))
        q--;
      /* "is prepared to": the adjective; "the army prepared to": the verb */
      if (q >= 0 && s->w[q].wi && s->w[q].wi->adj >= 0 &&
          (s->w[q].vg < 0 || s->g[s->w[q].vg].passive || s->g[s->w[q].vg].be))
        g->adj_ctl = q;
      else if (q >= 0 && (s->w[q].pos == P_NOUN || s->w[q].pos == P_PRON) && s->w[q].vg < 0)
        g->nominal = 1;
      for (int j = k - 1; j >= 0 && g->adj_ctl < 0; j--)
        if (s->g[j].e <= p) {
          /* nearest group before, unless a boundary intervenes */
          int blocked = 0;
          for (int t = s->g[j].e; t < p && !blocked; t++)
            blocked = is_boundary(s, t) && !is_word(s, t, "that");
          if (!blocked)
            g->gov = j;
          break;
        }
      continue;
    }
    if (p >= 0 && s->w[p].pos == P_REL) {
      g->link = L_REL;
      /* "said that ...": a complement, not a relative clause (a time may
       * come between: "warned Friday that ...") */
      int q = p - 1;
      while (q > 0 && s->w[q].tx >= 0)
        q--;
      if (q >= 0 && q < p - 1 && s->w[q].pos == P_PREP && q > 0 && s->w[q - 1].vg >= 0)
        q--;
      if (q >= 0 && s->w[q].vg >= 0) {
        g->link = L_COMP;
        g->gov = s->w[q].vg;
      } else if (!strcmp(low(s, p), "that") && q >= 0 && s->w[q].pos == P_ADV && q - 1 >= 0 &&
                 s->w[q - 1].vg >= 0) {
        g->link = L_COMP;
        g->gov = s->w[q - 1].vg;
      }
      continue;
    }
    if (g->b > 1 && s->w[g->b - 1].pos == P_QUOTE && s->w[g->b - 2].w.punct &&
        s->w[g->b - 2].pos != P_QUOTE)
      g->speech_tag = 1;
    if (p >= 0 && s->w[p].pos == P_SUB) {
      g->link = L_SUB;
      g->subordinate = p;
    }
    if ((g->form & VF_ING) && !g->prog && g->b == g->head && p >= 0 && s->w[p].vg >= 0 &&
        p == s->g[s->w[p].vg].e - 1) {
      g->link = L_INF; /* "resumed shelling" */
      g->gov = s->w[p].vg;
      continue;
    }
    if ((g->form & VF_ING) && g->b == g->head && p >= 0 && s->w[p].pos == P_PREP && k > 0 &&
        s->g[k - 1].e <= p) {
      g->link = L_PCOMP; /* "accused X of violating", "by dumping": part of that clause */
      g->gov = k - 1;
      continue;
    }
    if (!g->finite && (g->form & VF_ING) && !g->prog) {
      /* participle: after a comma it elaborates the clause before */
      if (p >= 0 && (s->w[p].pos == P_COMMA || s->w[p].pos == P_CONJ) && k > 0) {
        g->link = L_ELAB;
        g->gov = k - 1;
        while (g->gov > 0 && s->g[g->gov].link == L_ELAB)
          g->gov = s->g[g->gov].gov;
      }
      continue;
    }
    /* "the migrants being held at the base": a noun's passive participle */
    int clause_before = 0; /* a verb or a copula ("is largely isolated") before */
    for (int j = 0; j < p && !clause_before; j++)
      clause_before = s->w[j].pos == P_AUX || s->w[j].pos == P_MODAL ||
                      (s->w[j].vg >= 0 && s->g[s->w[j].vg].head == j);
    if (is_word(s, g->b, "being") && g->b < g->head && (g->form & VF_PART) && p >= 0 &&
        (s->w[p].pos == P_NOUN || s->w[p].pos == P_PROPN) && clause_before) {
      g->link = L_MOD;
      g->passive = 1;
      g->finite = 0;
      continue;
    }
    if ((g->form & VF_PART) && !g->finite && g->b == g->head) {
      g->link = L_MOD;
      g->passive = 1;
      continue;
    }
    if ((g->form & VF_PART) && g->b == g->head && !(g->form & VF_PAST)) {
      g->link = L_MOD;
      g->passive = 1;
      continue;
    }
    /* "the bridges Russia built in Crimea": a past form after a name that
     * follows a common noun is the name's act in a relative clause on the
     * noun (not a participle describing the name): no event of its own */
    if ((g->form & VF_PAST) && g->b == g->head && p >= 0 && s->w[p].w.cap && gap_verb(s, g)) {
      int b = p;
      while (b > 0 && p - b < 8 &&
             (s->w[b - 1].pos == P_NOUN || s->w[b - 1].pos == P_PROPN || s->w[b - 1].pos == P_ADJ ||
              s->w[b - 1].pos == P_DET || s->w[b - 1].pos == P_NUM || s->w[b - 1].pos == P_POSS) &&
             s->w[b - 1].vg < 0)
        b--;
      while (b < p && noun_then_name(s, b, p + 1) < 0)
        b++;
      if (b < p) {
        g->finite = 1;
        g->passive = 0;
        g->gap = 1;
        g->fobj_b = b;
        g->fobj_e = noun_then_name(s, b, p + 1);
        continue;
      }
    }
    /* past form right after a noun, with a finite verb elsewhere in the same
     * clause: a reduced relative ("the curfew imposed in Sudan") */
    if ((g->form & VF_PART) && g->b == g->head && p >= 0 &&
        (s->w[p].pos == P_NOUN || s->w[p].pos == P_PROPN || s->w[p].pos == P_COMMA ||
         (s->w[p].pos == P_PRON && is_word(s, p, "one")))) {
      int other_finite = 0; /* a finite verb after it: ", formalized ..., establishes" */
      for (int j = k + 1; j < s->ng; j++)
        if (s->g[j].finite && !(s->g[j].b == s->g[j].head && (s->g[j].form & VF_PART)))
          other_finite = 1;
      int before_finite = 0;
      for (int j = 0; j < k; j++)
        if (s->g[j].finite && s->g[j].link != L_MOD && !rel_in_subject(s, j))
          before_finite = 1;
      /* "... when a patrol from Mali crossed": a subordinate clause's verb */
      for (int j = g->b - 1; j >= 0 && s->w[j].vg < 0 && before_finite; j--)
        if (s->w[j].pos == P_SUB)
          before_finite = 0;
      /* "..., U.S. officials confirmed Monday.": a speaker after the clause */
      int tail = 1;
      for (int j = g->e; j < s->n && tail; j++)
        tail = s->w[j].tx >= 0 || s->w[j].w.punct;
      int np_comma = 0;
      for (int j = p; j >= 0 && s->w[j].vg < 0 && !np_comma; j--)
        np_comma = s->w[j].pos == P_COMMA;
      if (tail && np_comma)
        before_finite = 0;
      /* "..., an allegation Rwanda's spokeswoman Yolande Makolo denied on
       * Tuesday.": a clause with its object put first, not a participle */
      int c0 = p;
      while (c0 >= 0 && s->w[c0].pos != P_COMMA && s->w[c0].vg < 0)
        c0--;
      int ends = 1; /* only a time ("on Tuesday") after it */
      for (int j = g->e; j < s->n && ends; j++)
        ends = s->w[j].tx >= 0 || s->w[j].w.punct ||
               (s->w[j].pos == P_PREP && j + 1 < s->n && s->w[j + 1].tx >= 0);
      if (ends && (g->form & VF_PAST) && c0 >= 0 && s->w[c0].pos == P_COMMA &&
          object_then_name(s, c0 + 1, g->b) >= 0)
        before_finite = 0;
      /* "a plane used to help troops ... has crashed": a participle after the
       * subject, then a preposition or "to", then the clause's own verb with
       * its auxiliary */
      int aux_after = 0;
      for (int j = k + 1; j < s->ng && !aux_after; j++)
        aux_after = s->g[j].b < s->g[j].head && s->g[j].link != L_INF ? j : 0;
      /* "Militants linked with the BLA attacked a train": the next verb is
       * past, after a noun and before its object */
      if (!aux_after && k + 1 < s->ng) {
        const vgroup *h = &s->g[k + 1];
        int hp = h->b - 1 >= 0 ? s->w[h->b - 1].pos : P_PUNCT;
        int hn = h->e < s->n ? s->w[h->e].pos : P_PUNCT;
        if (h->b == h->head && (h->form & VF_PAST) && (hp == P_NOUN || hp == P_PROPN) &&
            (hn == P_DET || hn == P_POSS || hn == P_NUM || hn == P_PROPN || hn == P_PRON))
          aux_after = k + 1;
      }
      /* nothing between that could open another clause */
      for (int j = g->e; aux_after && j < s->g[aux_after].b; j++)
        if (s->w[j].pos == P_SUB || s->w[j].pos == P_REL || s->w[j].pos == P_COMMA ||
            s->w[j].pos == P_PRON || s->w[j].pos == P_POSS || is_word(s, j, "as") ||
            is_word(s, j, "that") || s->w[j].pos == P_PUNCT)
          aux_after = 0;
      if (rule_type(g->lemma) == EV_FRAME)
        aux_after = 0;
      int nx = g->e < s->n ? s->w[g->e].pos : P_PUNCT;
      int subj_mod = !before_finite && s->w[p].pos != P_COMMA && aux_after &&
                     (nx == P_PREP || nx == P_TO || nx == P_ADV);
      /* sentence-initial NP + ", formalized ..., establishes" or object + participle */
      /* "X, which oversees ..., said": the main verb after a parenthesis */
      int after_rel = 0;
      if (s->w[p].pos == P_COMMA)
        for (int j = p - 1; j >= 0 && j > p - 30 && !after_rel; j--) {
          if (s->w[j].pos == P_COMMA) {
            after_rel = s->w[j + 1].pos == P_REL;
            break;
          }
        }
      /* "a prosecutor said Iran attacked the base": right after a
       * reporting verb and its clause's subject, a past form is the
       * reported clause's verb, not a reduced relative */
      int after_frame = k > 0 && may_report(s->g[k - 1].lemma) &&
                        (g->form & VF_PAST) && s->g[k - 1].e < g->b;
      for (int j = k > 0 ? s->g[k - 1].e : 0; after_frame && j < g->b; j++) {
        int q = s->w[j].pos;
        if (!(q == P_NOUN || q == P_PROPN || q == P_DET || q == P_ADJ || q == P_POSS ||
              q == P_NUM || q == P_GEN || s->w[j].tx >= 0 || is_word(s, j, "that") ||
              (q == P_PREP && j + 1 < g->b && s->w[j + 1].tx >= 0))) /* "said on Tuesday" */
          after_frame = 0;
      }
      /* "said the man arrested Monday was released": a finite verb later in
       * the clause makes it a reduced relative after all */
      if (after_frame && k + 1 < s->ng) {
        const vgroup *h = &s->g[k + 1];
        int open = 1;
        for (int j = g->e; j < h->b && open; j++)
          if (s->w[j].pos == P_COMMA || s->w[j].pos == P_CONJ || s->w[j].pos == P_SUB ||
              s->w[j].pos == P_REL || s->w[j].pos == P_PUNCT)
            open = 0;
        if (open && h->b < h->head)
          after_frame = 0; /* an auxiliary opens the next group: "was released" */
      }
      if (!after_frame &&
          ((before_finite && s->w[p].pos != P_COMMA) || subj_mod ||
           (s->w[p].pos == P_COMMA && other_finite && k + 1 < s->ng && !after_rel &&
            rule_type(g->lemma) != EV_FRAME))) {
        g->link = L_MOD;
        g->passive = 1;
        g->finite = 0;
        continue;
      }
    }
    /* coordinated verb sharing the subject: "... and stopped short of" */
    if (p >= 0 && s->w[p].pos == P_CONJ && k > 0) {
      int q = p - 1;
      if (q >= 0 && s->w[q].pos == P_COMMA)
        q--;
      g->link = L_COORD;
      g->gov = k - 1;
      while (g->gov > 0 && (s->g[g->gov].link == L_INF || s->g[g->gov].link == L_ELAB))
        g->gov--;
      /* "had been arrested and sentenced": the auxiliaries are shared */
      const vgroup *h = &s->g[g->gov];
      if (g->b == g->head && h->b < h->head) {
        if (h->passive && (g->form & VF_PART))
          g->passive = 1;
        g->fut |= h->fut;
        g->cond |= h->cond;
        g->deont |= h->deont;
        g->perfect |= h->perfect;
      }
    }
  }
}

/* Start of the noun phrase ending just before `end` (exclusive), walking
 * left over nouns, names, adjectives, determiners, genitives and "of". */
static int np_start(const sent *s, int end, int stop) {
  int i = end;
  while (i > stop) {
    int p = s->w[i - 1].pos;
    if (p == P_NOUN || p == P_PROPN || p == P_ADJ || p == P_DET || p == P_POSS || p == P_GEN ||
        (p == P_PRON && is_word(s, i - 1, "one") && i == end) ||
        p == P_NUM || (p == P_PREP && (is_word(s, i - 1, "of") || is_word(s, i - 1, "in"))) ||
        p == P_QUOTE || (p == P_CONJ && is_word(s, i - 1, "and")) || s->w[i - 1].ment >= 0 ||
        (p == P_VERB && (s->w[i - 1].vform & (VF_ING | VF_PART)) && i - 1 > stop &&
         (s->w[i - 2].pos == P_DET || s->w[i - 2].pos == P_POSS || s->w[i - 2].pos == P_ADJ)))
      i--;
    else if (p == P_ADV && i - 1 > stop && (s->w[i - 2].pos == P_NOUN || s->w[i - 2].pos == P_PROPN))
      i--;
    else
      break;
  }
  /* "one of hundreds of thousands of nationals who ...": not from "of" */
  while (i < end && (s->w[i].pos == P_PREP || s->w[i].pos == P_CONJ))
    i++;
  return i;
}

/* "..., a charge Afghan spokesperson Abdul Qahar Balkhi rejected Thursday":
 * a determiner and common nouns, then a name or a personal pronoun, before
 * an active verb with no object of its own, is the verb's object put first
 * (a relative clause without "that") and the name is its subject. */
static void fronted_object(sent *s, vgroup *g) {
  if (g->obj_b >= 0 || g->be || !g->finite || g->particle >= 0 ||
      rule_type(g->lemma) == EV_FRAME || rule_type(g->lemma) == EV_STATE)
    return;
  /* nothing after the verb but a time or the clause's end */
  int a = g->e;
  while (a < g->args_e && (s->w[a].tx >= 0 || s->w[a].pos == P_PREP || s->w[a].pos == P_ADV))
    a++;
  /* and the clause ends there: in "The report he released criticized
   * Russia" the phrase is the subject of the next verb */
  if (a < g->args_e || (a < s->n && (s->w[a].vg >= 0 || s->w[a].pos == P_AUX ||
                                     s->w[a].pos == P_MODAL)))
    return;
  int i = object_then_name(s, g->subj_b, g->subj_e);
  if (i < 0)
    return;
  g->fobj_b = g->subj_b;
  g->fobj_e = i;
  g->subj_b = i;
}

/* The subject of a main clause: the first plain phrase between the clause's
 * start and the verb group, skipping fronted adverbials and parentheticals. */
static void find_subject(sent *s, vgroup *g, int start) {
  int segs[16][2];
  int ns = 0;
  int b = start;
  for (int i = start; i <= g->b && ns < 16; i++) {
    if (i == g->b || s->w[i].pos == P_COMMA) {
      if (i > b)
        segs[ns][0] = b, segs[ns][1] = i, ns++;
      b = i + 1;
    }
  }
  for (int k = 0; k < ns; k++) {
    int sb = segs[k][0], se = segs[k][1];
    /* a quotation before its speaker: '"Cherry picking is not an option,"
     * he warned' */
    if ((s->w[sb].pos == P_QUOTE || (sb > 0 && s->w[sb - 1].pos == P_QUOTE)) && k + 1 < ns &&
        s->w[segs[k + 1][0]].pos == P_QUOTE)
      continue;
    while (sb < se && (s->w[sb].pos == P_QUOTE || s->w[sb].pos == P_CONJ))
      sb++;
    while (se > sb && (s->w[se - 1].pos == P_QUOTE || s->w[se - 1].pos == P_ADV))
      se--;
    /* a time before the subject without a comma ("In 2017 China ...",
     * "Today we ...") */
    int t = sb;
    if (t < se && s->w[t].pos == P_PREP && t + 1 < se && s->w[t + 1].tx >= 0)
      t++;
    if (t < se && s->w[t].tx >= 0) {
      while (t < se && s->w[t].tx >= 0)
        t++;
      /* but "Tuesday's attack" is the subject */
      if (!(t < se && s->w[t].pos == P_GEN))
        sb = t;
    }
    /* "said on Wednesday that undersea cables ...": the complementizer */
    if (sb < se - 1 && sb > s->start && is_word(s, sb, "that"))
      sb++;
    if (sb >= se)
      continue;
    int p0 = s->w[sb].pos;
    /* "At least three Iraqi civilians", "more than 270 schoolgirls" */
    int quant = (is_word(s, sb, "at") && (is_word(s, sb + 1, "least") || is_word(s, sb + 1, "most"))) ||
                (is_word(s, sb, "up") && is_word(s, sb + 1, "to")) ||
                ((is_word(s, sb, "more") || is_word(s, sb, "less") || is_word(s, sb, "fewer")) &&
                 is_word(s, sb + 1, "than")) ||
                ((p0 == P_ADV || is_word(s, sb, "over") || is_word(s, sb, "about") ||
                  is_word(s, sb, "around")) &&
                 sb + 1 < se && s->w[sb + 1].pos == P_NUM);
    /* "Perhaps the army ...", "Maybe some of those ...": a sentence adverb */
    while (!quant && p0 == P_ADV && sb + 1 < se && s->w[sb + 1].pos != P_ADV &&
           s->w[sb + 1].pos != P_NUM)
      p0 = s->w[++sb].pos;
    if (!quant && (p0 == P_PREP || p0 == P_SUB || p0 == P_REL || p0 == P_TO || p0 == P_ADV ||
                   p0 == P_VERB || s->w[sb].tx >= 0))
      continue;
    /* "..., terrified by insecurity, she left": a participle and its agent */
    if (k + 1 < ns && se - sb > 1 && is_word(s, sb + 1, "by") && strlen(s->w[sb].w.low) > 4 &&
        !strcmp(s->w[sb].w.low + strlen(s->w[sb].w.low) - 2, "ed") && s->w[sb].ment < 0)
      continue;
    /* a fronted participle the lexicon does not know ("Underscoring the
     * insecurity, the militants ...", "Born in Detroit, ...") */
    if (k + 1 < ns && sb == s->start && s->w[sb].ment < 0 && s->w[sb].w.cap) {
      const char *w0 = s->w[sb].w.low;
      size_t l0 = strlen(w0);
      if ((l0 > 5 && !strcmp(w0 + l0 - 3, "ing")) || !strcmp(w0, "born"))
        continue;
    }
    /* a phrase that is all time ("Last week") */
    int content = 0;
    for (int i = sb; i < se; i++)
      content += s->w[i].tx < 0 && s->w[i].pos != P_DET;
    if (!content)
      continue;
    /* trailing time or adverb phrase ("The United States on Thursday") */
    int e = se;
    for (int i = sb; i < se; i++) {
      /* "Militants linked with the BLA": a participle and its phrase */
      if (s->w[i].vg >= 0 && s->g[s->w[i].vg].link == L_MOD && i > sb &&
          s->g[s->w[i].vg].e == i + 1 && i + 1 < se && s->w[i + 1].pos == P_PREP &&
          s->w[i + 2 < s->n ? i + 2 : i].tx < 0)
        continue;
      /* "a deadly January attack", "the 2004 bombing": a time inside the
       * noun phrase stays */
      if (s->w[i].tx >= 0 && i > sb &&
          (s->w[i - 1].pos == P_DET || s->w[i - 1].pos == P_ADJ || s->w[i - 1].pos == P_POSS ||
           s->w[i - 1].pos == P_ADV || s->w[i - 1].pos == P_NOUN || s->w[i - 1].pos == P_GEN)) {
        int j = i;
        while (j < se && s->w[j].tx == s->w[i].tx)
          j++;
        /* "The Pentagon's fiscal 2027 budget request", and after a
         * genitive the time as the head: "Apple's fiscal 2026 ended" */
        if ((j < se && (s->w[j].pos == P_NOUN || s->w[j].pos == P_ADJ)) ||
            (s->w[i - 1].pos == P_GEN && j == se)) {
          i = j - 1;
          continue;
        }
      }
      if (s->w[i].tx >= 0 || (s->w[i].pos == P_PREP && i + 1 < se && s->w[i + 1].tx >= 0) ||
          s->w[i].vg >= 0 || s->w[i].pos == P_AUX || s->w[i].pos == P_MODAL ||
          (s->w[i].pos == P_REL && i > sb && i + 1 < se && s->w[i + 1].vg >= 0)) {
        e = i;
        break;
      }
    }
    if (e <= sb)
      continue;
    /* "Villagers are afraid ... and a deadly January attack on a base has
     * highlighted ...": the phrase was cut at a verb of its own; the
     * subject is the phrase after the last "and"/"but" before the verb */
    if (e < se && se == g->b && (s->w[e].pos == P_AUX || s->w[e].vg >= 0))
      for (int c = se - 1; c > e; c--)
        if ((is_word(s, c, "and") || is_word(s, c, "but")) && c + 1 < se &&
            (s->w[c + 1].pos == P_DET || s->w[c + 1].pos == P_POSS)) {
          int b2 = c + 1, ok = 1;
          for (int j = b2; j < se && ok; j++)
            ok = s->w[j].vg < 0 && s->w[j].pos != P_COMMA && s->w[j].pos != P_AUX &&
                 s->w[j].pos != P_MODAL && s->w[j].pos != P_REL && s->w[j].pos != P_SUB;
          if (ok) {
            sb = b2;
            e = se;
          }
          break;
        }
    g->subj_b = sb;
    g->subj_e = e;
    fronted_object(s, g);
    return;
  }
}

static void find_args(sent *s, int k) {
  vgroup *g = &s->g[k];
  int i = g->e;
  int end = s->n;
  for (int j = i; j < s->n; j++) {
    if (s->w[j].vg >= 0 && s->w[j].vg != k) {
      const vgroup *h = &s->g[s->w[j].vg];
      /* an infinitive or participle modifying a noun in the object stays inside
       * the arguments only as far as its own start */
      end = h->b;
      /* "to" before an infinitive */
      if (end > i && s->w[end - 1].pos == P_TO)
        end--;
      /* "... and a joint commission will meet": a coordinated clause with
       * its own subject starts at the conjunction */
      if (h->finite) {
        int c = end - 1;
        /* (a time ends the clause's subject: "issued a statement last week
         * saying the decision would ...") */
        while (c >= i && !(s->w[c].tx >= 0 && c + 1 < end && s->w[c + 1].pos != P_GEN) &&
               (s->w[c].pos == P_NOUN || s->w[c].pos == P_PROPN || s->w[c].pos == P_DET ||
                          s->w[c].pos == P_ADJ || s->w[c].pos == P_POSS || s->w[c].pos == P_GEN ||
                          s->w[c].pos == P_NUM || s->w[c].pos == P_PRON ||
                          (is_word(s, c, "of") && c > i && c + 1 < end)))
          c--;
        /* "... but hope for a return to stability has been shaken": a
         * subject with its own phrases after "but" */
        if (c >= i && (s->w[c].pos == P_PREP || s->w[c].pos == P_TO)) {
          int d = c;
          while (d >= i && s->w[d].pos != P_CONJ && s->w[d].pos != P_COMMA && s->w[d].vg < 0 &&
                 s->w[d].pos != P_PUNCT && c - d < 10)
            d--;
          if (d >= i && d + 1 < end && is_word(s, d, "but") &&
              (s->w[d + 1].pos == P_NOUN || s->w[d + 1].pos == P_DET || s->w[d + 1].pos == P_PROPN ||
               s->w[d + 1].pos == P_ADJ))
            c = d;
        }
        /* (after a comma it is a fronted object: "..., a charge X rejected") */
        int nb = c + 1 > i ? c + 1 : i;
        int rr = h->b == end && !(c >= i && s->w[c].pos == P_COMMA) ? reduced_relative(s, nb, h) : -1;
        if (rr >= 0) {
          /* "... and reefs Manila claims as its own": the clause describes
           * the noun, which stays in these arguments and is its object */
          end = rr;
          vgroup *hg = &s->g[s->w[j].vg];
          hg->gap = 1;
          hg->fobj_b = nb;
          hg->fobj_e = rr;
        } else if (c >= i && c < end - 1 &&
            ((s->w[c].pos == P_CONJ && !is_word(s, c, "or")) || s->w[c].pos == P_COMMA ||
             s->w[c].pos == P_SUB))
          end = c;
        /* "the 48 Uyghurs it had held": a clause without its pronoun */
        else if (end - 1 > i && s->w[end - 1].pos == P_PRON &&
                 (s->w[end - 2].pos == P_NOUN || s->w[end - 2].pos == P_PROPN) &&
                 !is_word(s, end - 1, "them") && !is_word(s, end - 1, "him") &&
                 !is_word(s, end - 1, "us") && !is_word(s, end - 1, "me") &&
                 !is_word(s, end - 1, "one") && !is_word(s, end - 1, "there")) {
          end = end - 1;
          s->g[s->w[j].vg].gap = 1;
        }
        /* "warned it would retaliate", "denied Russia had attacked": the
         * noun phrase after the verb is the subject of a clause */
        else if (c == i - 1 && (h->b < h->head || (h->form & (VF_S | VF_PAST))) && end > i &&
                 s->w[end - 1].pos != P_GEN && !rel_in_subject(s, k))
          end = i;
      }
      break;
    }
    /* "... and she's wary of returning": a new clause with its own subject */
    if (s->w[j].pos == P_CONJ && j > i && j + 1 < s->n && s->w[j + 1].pos == P_PRON &&
        (is_word(s, j + 1, "he") || is_word(s, j + 1, "she") || is_word(s, j + 1, "they") ||
         is_word(s, j + 1, "we") || is_word(s, j + 1, "i"))) {
      end = j;
      break;
    }
    if (is_boundary(s, j) && !(s->w[j].pos == P_SUB && is_word(s, j, "as") && 0)) {
      end = j;
      break;
    }
    if (s->w[j].pos == P_COMMA && j + 1 < s->n) {
      int nx = s->w[j + 1].pos;
      if (nx == P_VERB || nx == P_SUB || nx == P_REL || nx == P_QUOTE || nx == P_CONJ ||
          is_word(s, j + 1, "according")) {
        end = j;
        break;
      }
      /* ", a UN official said" */
      int q = j + 1;
      while (q < s->n && q < j + 12 && s->w[q].vg < 0 && s->w[q].pos != P_COMMA &&
             s->w[q].pos != P_PUNCT)
        q++;
      if (q < s->n && s->w[q].vg >= 0 && is_frame_group(s, &s->g[s->w[q].vg])) {
        end = j;
        break;
      }
    }
    if (s->w[j].pos == P_PUNCT && !is_word(s, j, "-") && !is_word(s, j, "/") &&
        !is_word(s, j, "$") && !is_word(s, j, "%") && !is_word(s, j, "\xe2\x82\xac") &&
        !is_word(s, j, "\xc2\xa3")) {
      end = j;
      break;
    }
    if (is_word(s, j, "according") && is_word(s, j + 1, "to")) {
      end = j;
      break;
    }
  }
  g->args_e = end;
  /* direct object: the phrase right after the verb, unless a preposition */
  int o = g->e;
  while (o < end && (s->w[o].pos == P_ADV || s->w[o].pos == P_QUOTE))
    o++;
  if (o < end && s->w[o].pos != P_PREP && s->w[o].pos != P_TO && s->w[o].tx < 0) {
    int oe = o;
    while (oe < end && s->w[oe].pos != P_PREP && s->w[oe].pos != P_TO &&
           !(s->w[oe].pos == P_COMMA && !list_comma(s, oe)) && s->w[oe].tx < 0)
      oe++;
    /* "of" continues the object ("the resignation of X") */
    while (oe + 1 < end && is_word(s, oe, "of")) {
      oe++;
      while (oe < end && s->w[oe].pos != P_PREP && s->w[oe].pos != P_TO && s->w[oe].pos != P_COMMA &&
             s->w[oe].tx < 0)
        oe++;
    }
    g->obj_b = o;
    g->obj_e = oe;
  }
}

/* ---- actors of a phrase ------------------------------------------------------------------- */

#define MAX_ACT 8

typedef struct actref {
  int m;            /* mention index, or -1 */
  const char *code;
  const char *name; /* with m < 0: the name as written (an antecedent's), or NULL */
  const char *org;
} actref;

/* Actors of the phrase [b, e): its first actor mention and those
 * coordinated with it ("Canada and South Korea", "US and British forces"). */
static int phrase_actors_c(const sent *s, int b, int e, actref *out, int max, int cities) {
  int n = 0;
  int last_e = -1;
  for (int i = b; i < e && n < max; i++) {
    int m = s->w[i].ment;
    if (m < 0 || s->m[m].b != i || (!cities && !is_actor_mention(&s->m[m])))
      continue;
    if (n) {
      /* only words of a list between the last one and this one */
      int ok = 1;
      for (int j = last_e; j < i && ok; j++) {
        int p = s->w[j].pos;
        ok = p == P_COMMA || p == P_CONJ || p == P_DET || p == P_GEN ||
             (p == P_NOUN && j > last_e && s->w[j - 1].pos == P_GEN);
        if (p == P_NOUN && !ok)
          ok = 0;
      }
      if (!ok)
        break;
    }
    int dup = 0;
    for (int k = 0; k < n; k++)
      dup |= !strcmp(out[k].code, s->m[m].code);
    if (!dup && *s->m[m].code)
      out[n++] = (actref){m, s->m[m].code, NULL, NULL};
    last_e = s->m[m].e;
    i = s->m[m].e - 1;
  }
  return n;
}

static int phrase_actors(const sent *s, int b, int e, actref *out, int max) {
  return phrase_actors_c(s, b, e, out, max, 0);
}

/* A comma inside a list of names ("Australia, Poland, and ..."). */
static int list_comma(const sent *s, int i) {
  int j = i + 1;
  if (j < s->n && s->w[j].pos == P_CONJ)
    j++;
  return j < s->n && s->w[j].ment >= 0 && i > 0 && s->w[i - 1].ment >= 0;
}

/* A phrase naming a domestic body or office without its country ("the
 * opposition", "Shona rebels", "President Laurent Gbagbo"): 1; a person
 * named without one ("Laurent Gbagbo"): 2; else 0. */
static int domestic_phrase(const sent *s, int b, int e) {
  int caps = 0;
  for (int i = b; i < e; i++) {
    if (s->w[i].ment >= 0 && is_actor_mention(&s->m[s->w[i].ment]))
      return 0;
    if (s->w[i].fl & WF_DOMESTIC)
      return 1;
    caps += s->w[i].w.cap && !s->w[i].w.punct;
  }
  return caps >= 2 ? 2 : 0;
}

/* "a Chinese-funded pipeline", "U.S.-made drones": a name before a hyphen
 * and a participle tells where a thing comes from, not who is in the
 * sentence, so a domestic body ("Mahathir's government") does not take
 * its country. */
static int origin_modifier(const sent *s, const mention *m) {
  const char *w = s->w[m->e - 1].w.low, *hy = strrchr(w, '-');
  if (!hy || !hy[1] || m->e - m->b != 1)
    return 0;
  size_t l = strlen(hy + 1);
  return (l > 3 && !strcmp(hy + 1 + l - 2, "ed")) || !strcmp(hy + 1, "built") ||
         !strcmp(hy + 1, "made");
}

/* How many countries the sentence names (IGO/NGO/IMG aside): 0, 1 (*c
 * is it) or 2 (several). */
static int country_count(const sent *s, const char **c) {
  *c = NULL;
  for (int m = 0; m < s->nm; m++) {
    const char *x = s->m[m].code;
    if (!is_actor_mention(&s->m[m]) || strlen(x) != 3 || !strcmp(x, "IGO") || !strcmp(x, "NGO") ||
        !strcmp(x, "IMG") || origin_modifier(s, &s->m[m]))
      continue;
    if (*c && strcmp(*c, x)) {
      *c = NULL;
      return 2;
    }
    *c = x;
  }
  return *c != NULL;
}

/* A word of a person's name: capitalized, no title, no word for a body
 * or a person ("Jean", "Fils"; not "Prime", "Minister", "Police"). */
static int name_word(const sent *s, int i) {
  const word *x = &s->w[i];
  return x->pos == P_PROPN && x->w.cap && x->ment < 0 &&
         !(x->fl & (WF_TITLE | WF_PERSON | WF_ORGN | WF_DOMESTIC));
}

/* Is mention m the country of one person named in it or right after it
 * ("Kenyan President William Ruto", "Ghana's foreign minister Kwame
 * Mensah", a leader's name)?  Then it is that person's, not the country
 * of another person the sentence names.  Not a speaker's ("Frantz
 * Exantus, Haiti's secretary of state, told reporters"): who reports news
 * tells of his own country's people. */
static int bound_to_person(const sent *s, const mention *m) {
  for (int k = 0; k < s->ng; k++) {
    const vgroup *f = &s->g[k];
    if (is_frame_group(s, f) && f->subj_b >= 0 &&
        ((m->b >= f->subj_b && m->b < f->b) || (f->subj_after && m->b >= f->e && m->b < f->subj_e + 8)))
      return 0;
  }
  if (m->g->kind == GZ_LEADER || m->g->kind == GZ_SHORT)
    return 1;
  /* "according to the Pakistani interior secretary": a speaker too */
  for (int j = m->b - 1; j > 0 && j >= m->b - 4; j--)
    if (is_word(s, j, "to") && is_word(s, j - 1, "according"))
      return 0;
  /* a title, then a name: why 6, a title and a name take a few words
   * ("Kenyan deputy foreign minister Jane Doe"); a word for a body among
   * them makes it a body's ("the Kenya Anti-Corruption Commission") */
  int title = 0, name = 0;
  for (int j = m->e; j < s->n && j < m->e + 6; j++) {
    const word *x = &s->w[j];
    if (x->fl & WF_ORGN)
      return 0;
    if (!(x->pos == P_GEN || x->pos == P_ADJ || x->pos == P_NOUN || x->pos == P_PROPN) || x->ment >= 0)
      break;
    name |= title && name_word(s, j);
    title |= (x->fl & (WF_TITLE | WF_PERSON)) != 0;
  }
  return name;
}

/* Is [b, e) a person named in full: two words of a name ("Prime Minister
 * Jean Fils", "Geir Pedersen")? */
static int person_phrase(const sent *s, int b, int e) {
  int names = 0;
  for (int i = b; i < e; i++)
    names += name_word(s, i);
  return names >= 2;
}

/* "Jean Fils, a Haitian lawyer, ...": the country of a person an
 * apposition right after [.., e) describes, or NULL. */
static const char *apposition_country(const sent *s, int e) {
  if (e >= s->n || s->w[e].pos != P_COMMA)
    return NULL;
  int j = e + 1;
  if (j < s->n && s->w[j].pos == P_DET)
    j++;
  /* why 3: "a former Haitian lawyer", "a Haitian-born lawyer" */
  for (int k = 0; j < s->n && k < 3; j++, k++) {
    int m = s->w[j].ment;
    if (m >= 0) {
      const mention *x = &s->m[m];
      const char *c = x->code;
      if (!is_actor_mention(x) || strlen(c) != 3 || !strcmp(c, "IGO") || !strcmp(c, "NGO") ||
          !strcmp(c, "IMG"))
        return NULL;
      /* and a word for a person after it: "a Haitian lawyer" */
      for (int q = x->e; q < s->n && q < x->e + 3; q++)
        if (s->w[q].fl & (WF_PERSON | WF_TITLE))
          return c;
      return NULL;
    }
    if (s->w[j].pos != P_ADJ && s->w[j].pos != P_NOUN)
      return NULL;
  }
  return NULL;
}

/* The country of a person or domestic body named without one in [b, e):
 * the one country the sentence names; for a body or office ("the
 * government", "security forces") in a sentence that names none, the
 * country of the story's last sentences (s->story).  A person keeps the
 * country an apposition gives ("Jean Fils, a Haitian lawyer,"), and does
 * not take one that describes another person ("Kenyan President William
 * Ruto met Prime Minister Jean Fils": Fils is not Kenyan). */
static const char *domestic_country(const sent *s, int b, int e) {
  int k = domestic_phrase(s, b, e);
  if (!k)
    return NULL;
  const char *c;
  int n = country_count(s, &c);
  if (person_phrase(s, b, e)) {
    const char *ap = apposition_country(s, e);
    if (ap)
      return ap;
    const char *free = NULL;
    int nfree = 0;
    for (int m = 0; m < s->nm && nfree < 2; m++) {
      const mention *x = &s->m[m];
      const char *y = x->code;
      if (!is_actor_mention(x) || strlen(y) != 3 || !strcmp(y, "IGO") || !strcmp(y, "NGO") ||
          !strcmp(y, "IMG") || origin_modifier(s, x) || (x->b >= b && x->e <= e) ||
          bound_to_person(s, x))
        continue;
      if (!free || strcmp(free, y))
        free = y, nfree++;
    }
    if (n && nfree != 1)
      return NULL;
    if (n)
      return free;
  }
  return n == 1 ? c : n == 0 && k == 1 ? s->story : NULL;
}

/* The phrase after preposition `prep` (word id) inside [b, e). */
static int pp_object(const sent *s, int b, int e, int prep, int *ob, int *oe) {
  for (int i = b; i < e; i++)
    if (s->w[i].id == prep && (s->w[i].pos == P_PREP || s->w[i].pos == P_TO || s->w[i].pos == P_SUB)) {
      int j = i + 1;
      if (is_pos(s, j, P_CONJ)) {
        /* a preposition left hanging before "and" shares the object of the
         * last preposition of what is coordinated with it ("established
         * ties with and opened an embassy in Tehran"), a time ("on Monday")
         * being no such object */
        int last = -1;
        for (int m = j + 1; m < s->n && !(s->w[m].pos == P_COMMA && !list_comma(s, m)) &&
                            !is_boundary(s, m);
             m++)
          if (s->w[m].pos == P_PREP && m + 1 < s->n && s->w[m + 1].tx < 0 && s->w[m].tx < 0)
            last = m;
        if (last >= 0)
          j = last + 1, e = s->n;
      }
      int k = j;
      while (k < e && !(s->w[k].pos == P_PREP && !is_word(s, k, "of")) && s->w[k].pos != P_TO &&
             !(s->w[k].pos == P_COMMA && !list_comma(s, k)) && s->w[k].vg < 0)
        k++;
      *ob = j;
      *oe = k;
      return 1;
    }
  return 0;
}

/* ---- events of a sentence ------------------------------------------------------------------- */

/* Antecedents for pronouns and "the group"-style references: the subjects
 * of the sentences read so far, with what they can be referred to as. */
enum {
  AK_PERSON = 1, /* he, she */
  AK_THING = 2,  /* it */
  AK_PLURAL = 4, /* they */
  AK_ORG = 8,    /* a state or a body: "it", and "they" too */
  AK_AGENT = 16  /* a state, a body or people, who can act ("the army", "the rebels"),
                    not a thing ("the visit", "the talks") */
};

typedef struct antec {
  const char *text;      /* the phrase as written (arena) */
  actref act[MAX_ACT];   /* its actors, names copied (m = -1) */
  int nact;
  unsigned kind;         /* AK_* */
  int head;              /* word_key of its head noun ("ministry"), or -1 */
  int b;                 /* its first word in its sentence */
  size_t sent;           /* its sentence */
  int speaker;           /* the subject of a reporting frame ("The ministry said") */
} antec;

#define ANT_MAX 32      /* why: the subjects of the last few sentences */
#define ANT_SENTS 3     /* why: a pronoun reaches back about three sentences */
#define STORY_MAX 32    /* why: a story names a few states; more are noise */
#define PEOPLE_MAX 32   /* why: the people a story names in full */
typedef struct docmem {
  antec a[ANT_MAX];      /* a ring: the oldest at `head` */
  int head, n;
  /* the last sentence naming a country: its sentence + 1 (0: none yet),
   * and its one country (NULL when it names several) */
  size_t country_sent;
  const char *country;
  /* how often the title and the sentences so far name each state */
  struct {
    const char *code;
    int n;
  } focus[STORY_MAX];
  int nfocus;
  /* people named in full with their country ("South African opposition
   * politician Mmusi Maimane"): the key of the last name and the actors */
  struct {
    int key;
    actref act[MAX_ACT];
    int nact;
  } people[PEOPLE_MAX];
  int npeople;
} docmem;

/* The i-th oldest remembered antecedent. */
static const antec *mem_at(const docmem *m, int i) { return &m->a[(m->head + i) % ANT_MAX]; }

typedef struct sctx {
  tempora_timeline *tl;
  doc_rec *d;
  sent *s;
  size_t sidx;
  docmem *mem;
  /* attribution ("according to X", ", X said") */
  int attrib_b, attrib_e;
  int reported;
  antec cur[MAX_VG];     /* this sentence's subjects, in word order */
  int ncur;
  antec obj;             /* an object taken as the antecedent of "it" */
} sctx;

/* Does the phrase [b, e) hold a word of class cls (or the word wid)? */
static int phrase_has(const sent *s, int b, int e, int cls, int wid) {
  for (int i = b; i < e; i++) {
    if (s->w[i].id < 0)
      continue;
    if (wid >= 0 ? s->w[i].id == wid : ev_word_in_class(s->w[i].id, cls))
      return 1;
    if (wid >= 0) { /* the object's plural: "steps" for +step */
      const char *t = ev_word_text(wid);
      size_t l = strlen(t);
      if (!strncmp(s->w[i].w.low, t, l) && !strcmp(s->w[i].w.low + l, "s"))
        return 1;
    }
    if (cls >= 0 && i + 1 < e && s->w[i].kid[1] >= 0 && ev_word_in_class(s->w[i].kid[1], cls))
      return 1;
  }
  return 0;
}

static int ctx_ok(const sent *s, const ev_noun *nn) {
  if (!nn->nctx)
    return 1;
  for (int i = 0; i < s->n; i++)
    for (int k = 0; k < nn->nctx; k++)
      if (s->w[i].id == nn->ctx[k] && s->w[i].id >= 0)
        return 1;
  return 0;
}

/* The typed event noun at word i (multiword first), or NULL; *len its size. */
static const ev_noun *noun_at(const sent *s, int i, int e, int *len) {
  for (int l = 3; l >= 1; l--) {
    if (i + l > e)
      continue;
    const ev_wordinfo *wi = ev_word_info(s->w[i].kid[l - 1]);
    if (!wi || wi->noun < 0)
      continue;
    const ev_noun *nn = ev_noun_get(wi->noun);
    if (nn && ctx_ok(s, nn)) {
      *len = l;
      return nn;
    }
  }
  return NULL;
}

/* The event noun of the phrase [b, e): the last typed noun of its first
 * chunk (the head: "ceasefire talks" is talks), else the first typed noun
 * after it ("a series of airstrikes"); sets *at. */
static const ev_noun *event_noun(const sent *s, int b, int e, int *at) {
  const ev_noun *best = NULL;
  int i = b;
  for (; i < e; i++) {
    if (s->w[i].pos == P_PREP || s->w[i].pos == P_COMMA || s->w[i].pos == P_TO ||
        (s->w[i].vg >= 0 && s->w[i].pos == P_VERB && !(s->w[i].vform & VF_ING)))
      break;
    int l;
    const ev_noun *nn = noun_at(s, i, e, &l);
    if (nn) {
      best = nn;
      *at = i;
      i += l - 1;
    }
  }
  if (best)
    return best;
  for (; i < e; i++) {
    if (s->w[i].vg >= 0 && s->w[i].pos == P_VERB && !(s->w[i].vform & VF_ING))
      continue;
    int l;
    const ev_noun *nn = noun_at(s, i, e, &l);
    if (nn) {
      *at = i;
      return nn;
    }
  }
  return NULL;
}

static const ev_rule *match_rule(const sent *s, const vgroup *g) {
  const ev_rule *const *rl;
  size_t nr = ev_rules(g->lemma, &rl);
  int pid = g->particle >= 0 ? s->w[g->particle].id : -1;
  int ob = g->obj_b >= 0 ? g->obj_b : g->e, oe = g->obj_b >= 0 ? g->obj_e : g->args_e;
  int any_class = 0;
  if (g->passive && g->subj_b >= 0) {
    ob = g->subj_b;
    oe = g->subj_e;
    /* "the one signed Tuesday": the noun is elsewhere, any class may do */
    any_class = is_word(s, oe - 1, "one");
  }
  /* a rule with the particle first, then a rule naming the object's class
   * or word, then the verb's plain rule */
  for (int pass = 0; pass < 3; pass++)
    for (size_t r = 0; r < nr; r++) {
      const ev_rule *x = rl[r];
      if (pass == 0 ? x->particle != pid || pid < 0 : x->particle >= 0)
        continue;
      if (pass == 1 && x->objclass < 0 && x->objword < 0)
        continue;
      if (pass == 2 && (x->objclass >= 0 || x->objword >= 0))
        continue;
      if (x->objclass >= 0 && !any_class && !phrase_has(s, ob, oe, x->objclass, -1) &&
          !phrase_has(s, g->e, g->args_e < g->e + 8 ? g->args_e : g->e + 8, x->objclass, -1))
        continue;
      if (x->objword >= 0 && !phrase_has(s, g->e, g->args_e, -1, x->objword))
        continue;
      if ((x->flags & RF_OBJ) && g->obj_b < 0 && !(g->passive && g->subj_b >= 0))
        continue;
      return x;
    }
  return NULL;
}

static int inf_child(const sent *s, int k);

/* The lexicon type of a group alone (light verbs resolved, no control). */
static int group_type(const sent *s, vgroup *g) {
  g->rule = match_rule(s, g);
  if (s->w[g->head].state)
    return EV_STATE;
  int t = g->rule ? g->rule->type : EV_OTHER;
  int at;
  int k = (int)(g - s->g);
  if ((t == EV_TRY || t == EV_PLAN) && g->obj_b >= 0 && event_noun(s, g->obj_b, g->obj_e, &at))
    t = EV_LIGHT; /* "continued their hunger strike to demand": purpose, not complement */
  if ((t == EV_TRY || t == EV_PLAN) && g->obj_b < 0 && inf_child(s, k) < 0)
    t = EV_OCCUR; /* "talks resumed", "fighting continued" */
  if (t == EV_LIGHT || ((t == EV_TRY || t == EV_PLAN) && inf_child(s, k) < 0)) {
    const ev_noun *nn = g->obj_b >= 0 ? event_noun(s, g->obj_b, g->obj_e, &at) : NULL;
    t = nn ? nn->type : EV_OTHER;
  } else if (g->rule && (g->rule->flags & RF_NOUN)) {
    const ev_noun *nn = event_noun(s, g->e, g->args_e, &at);
    if (nn && nn->type < EV_OTHER)
      t = nn->type;
  } else if (t == EV_OCCUR) {
    const ev_noun *nn = g->subj_b >= 0 ? event_noun(s, g->subj_b, g->subj_e, &at) : NULL;
    t = nn ? nn->type : EV_OTHER;
  } else if (t == EV_EVAL) {
    int pol = 0;
    for (int i = g->e; i < g->args_e || (i < s->n && i < g->e + 14 && s->w[i].pos != P_PUNCT); i++) {
      const ev_wordinfo *wi = ev_word_info(s->w[i].id);
      if (wi && wi->polarity) {
        pol = wi->polarity;
        break;
      }
    }
    t = pol < 0 ? EV_ACCUSE : pol > 0 ? EV_SUPPORT : EV_OTHER;
  }
  return t;
}

static int is_pronoun_phrase(const sent *s, int b, int e) {
  if (b < 0 || b >= e)
    return 0;
  if (e - b == 1 && s->w[b].pos == P_PRON)
    return 1;
  return s->w[b].pos == P_POSS;
}

static const char *phrase_text(tempora_timeline *tl, const sent *s, int b, int e);

/* A non-negative key for a lowercase word (FNV-1a, 31 bits), -1 for "". */
static int word_key(const char *w) {
  if (!*w)
    return -1;
  uint32_t h = 2166136261u;
  for (; *w; w++) {
    h ^= (unsigned char)*w;
    h *= 16777619u;
  }
  return (int)(h & 0x7fffffff);
}

/* Person nouns that are plural without an "s" ("Five Frontier Corps
 * personnel ... it left" cannot be the personnel). */
static const char *const L_CROWD[] = {"people", "men", "women", "personnel", "staff", "crew",
                                      "police", NULL};
/* Words that count more than one: "five soldiers", "dozens of", "both". */
static const char *const L_MANY[] = {
    "two",      "three",    "four",      "five",    "six",   "seven",   "eight", "nine",
    "ten",      "eleven",   "twelve",    "twenty",  "dozen", "dozens",  "hundreds",
    "thousands", "millions", "several",  "many",    "both",  "numerous", "multiple", NULL};

/* Does word i count more than one thing? */
static int counts_many(const sent *s, int i) {
  if (s->w[i].pos == P_NUM) /* not a year ("the 2016 ruling") */
    return s->w[i].tx < 0 && strcmp(s->w[i].w.low, "1") != 0;
  return str_in_list(s->w[i].w.low, L_MANY);
}

/* What a noun phrase can be referred to as (AK_*), from its head: the
 * last word before a preposition, comma or clause. */
static unsigned np_kind(const sent *s, int b, int e, int *head) {
  int stop = b;
  unsigned k = 0;
  while (stop < e && s->w[stop].pos != P_PREP && s->w[stop].pos != P_COMMA &&
         s->w[stop].pos != P_REL && s->w[stop].pos != P_VERB && s->w[stop].pos != P_SUB &&
         s->w[stop].pos != P_TO)
    stop++;
  int h = stop - 1;
  /* "militants loyal to ...": the noun before the adjective */
  while (h > b && (s->w[h].pos == P_GEN || s->w[h].w.punct || s->w[h].pos == P_ADJ))
    h--;
  *head = -1;
  if (h < b)
    return 0;
  for (int i = b; i < h; i++)
    if ((i > b && is_word(s, i, "and")) || counts_many(s, i))
      k |= AK_PLURAL;
  const char *hw = s->w[h].w.low;
  size_t hl = strlen(hw);
  int plural = hl > 3 && hw[hl - 1] == 's' && hw[hl - 2] != 's' && hw[hl - 2] != 'u' &&
               hw[hl - 2] != 'i';
  int m = s->w[h].ment;
  if (m >= 0 && is_actor_mention(&s->m[m])) {
    int gk = s->m[m].g->kind;
    if (gk == GZ_LEADER || gk == GZ_SHORT)
      return k | AK_PERSON | AK_AGENT;
    if (gk == GZ_DEMONYM) /* "the Chinese", "Israelis" */
      return k | AK_PLURAL | AK_AGENT;
    return k | AK_THING | AK_ORG | AK_AGENT;
  }
  *head = word_key(s->w[h].w.low);
  if (s->w[h].fl & WF_ORGN)
    return k | AK_THING | AK_ORG | AK_AGENT | (plural || is_word(s, h, "police") ? AK_PLURAL : 0);
  if (s->w[h].fl & WF_PERSON)
    return k | AK_AGENT |
           (plural || (k & AK_PLURAL) || str_in_list(hw, L_CROWD) ? AK_PLURAL : AK_PERSON);
  /* a name the gazetteer does not know: a person ("Arnel Joseph",
   * "Exantus"), unless a word of it names a body */
  int caps = 1;
  for (int i = b; i < stop && caps; i++)
    caps = s->w[i].w.cap && s->w[i].pos != P_DET && !(s->w[i].fl & WF_ORGN);
  if (caps && s->w[h].pos == P_PROPN && !(h == s->start && stop - b == 1 && s->w[h].cc != P_NONE))
    return k | AK_PERSON | AK_AGENT;
  if (plural)
    return k | AK_PLURAL;
  return k | AK_THING;
}

/* What a pronoun subject may refer to (AK_* of its antecedent). */
static unsigned pronoun_need(const char *w) {
  if (!strcmp(w, "he") || !strcmp(w, "she") || !strcmp(w, "his") || !strcmp(w, "her"))
    return AK_PERSON;
  if (!strcmp(w, "it") || !strcmp(w, "its"))
    return AK_THING;
  if (!strcmp(w, "they") || !strcmp(w, "their"))
    return AK_PLURAL | AK_ORG;
  return 0; /* we, I, you: only the speaker */
}

/* The reporting speaker is the usual antecedent: it is taken unless its
 * kind rules the pronoun out ("he" for "the ministry"). */
static int ant_contradicts(const antec *a, unsigned need) {
  if (need == AK_PERSON)
    return (a->kind & (AK_PLURAL | AK_ORG)) && !(a->kind & AK_PERSON);
  if (need == AK_THING)
    return (a->kind & (AK_PERSON | AK_PLURAL)) && !(a->kind & AK_ORG);
  if (need)
    return (a->kind & AK_PERSON) && !(a->kind & AK_PLURAL);
  return 0;
}

static int ant_fits(const antec *a, unsigned need) {
  if (need == AK_PERSON)
    return (a->kind & AK_PERSON) && !(a->kind & AK_PLURAL);
  if (need == AK_THING)
    return (a->kind & AK_THING) && !(a->kind & AK_PLURAL);
  return (a->kind & need) != 0;
}

static int definite_ref(const sent *s, int b, int e);
static const antec *resolve_ref(sctx *c, const vgroup *g, int at, unsigned need, int head);

static int find_place(const sent *s, int b, int e);

/* The actors of a noun phrase that acts (a subject): those of its head
 * part, not of a phrase hanging on an event noun ("the attack on Kenya's
 * base", "talks in Doha" name a target and a place), but an agent "by X"
 * ("the attack by the militia on ..."); a person or domestic body without
 * a country takes the one the sentence names. */
/* Where the head part of the phrase [b, e) ends: at the first phrase
 * hanging on an event noun (not "of": "the withdrawal of U.S. troops"). */
static int np_head_end(const sent *s, int b, int e) {
  for (int i = b + 1; i < e; i++)
    if ((np_preposition(s, i) || is_word(s, i, "by")) && !is_word(s, i, "of") &&
        act_noun(s, i - 1))
      return i;
  return e;
}

static int np_actors(const sent *s, int b, int e, actref *out) {
  int cut = np_head_end(s, b, e), by = -1;
  for (int i = cut; i < e && by < 0; i++)
    if (is_word(s, i, "by") && s->w[i].pos == P_PREP)
      by = i + 1;
  int n = phrase_actors(s, b, cut, out, MAX_ACT);
  /* "talks between Britain and Mauritius": the parties act together (but
   * "mediation between X and Y" names its targets) */
  if (!n && cut < e && (is_word(s, cut, "between") || is_word(s, cut, "among"))) {
    const ev_noun *nn = ev_noun_get(s->w[cut - 1].wi->noun);
    int slot = 0;
    for (int k = 0; nn && k < nn->tgt.n; k++)
      slot |= nn->tgt.word[k] == s->w[cut].id;
    if (!slot)
      n = phrase_actors(s, cut + 1, e, out, MAX_ACT);
  }
  if (!n && by >= 0) {
    int be = by;
    while (be < e && s->w[be].pos != P_PREP && s->w[be].pos != P_COMMA)
      be++;
    n = phrase_actors(s, by, be, out, MAX_ACT);
  }
  if (!n && domestic_country(s, b, cut))
    out[n++] = (actref){-1, domestic_country(s, b, cut), NULL, NULL};
  /* "a roadside bombing near Samarra killed ...": violence with no agent
   * is coded to the country where it happened (as an arrest with no agent
   * is by that country's authorities) */
  if (!n && cut < e && by < 0) {
    const ev_noun *nn = ev_noun_get(s->w[cut - 1].wi->noun);
    int pl = nn && nn->type == EV_ASSAULT ? find_place(s, cut, e) : -1;
    if (pl >= 0)
      out[n++] = (actref){pl, s->m[pl].code, NULL, NULL};
  }
  return n;
}

/* "Maimane" (or "Mr. Maimane") after "South African politician Mmusi
 * Maimane": the actors remembered for a person's last name. */
static int person_actors(const sctx *c, int b, int e, actref *out) {
  const sent *s = c->s;
  if (e - b == 2 && (s->w[b].fl & WF_TITLE) && s->w[b].w.cap)
    b++;
  if (e - b != 1 || s->w[b].pos != P_PROPN || s->w[b].ment >= 0)
    return 0;
  int key = word_key(s->w[b].w.low);
  for (int i = 0; i < c->mem->npeople; i++)
    if (c->mem->people[i].key == key) {
      for (int j = 0; j < c->mem->people[i].nact; j++)
        out[j] = c->mem->people[i].act[j];
      return c->mem->people[i].nact;
    }
  return 0;
}

/* Fills an antecedent from the phrase [b, e) of the current sentence. */
static void ant_make(sctx *c, int b, int e, antec *a) {
  const sent *s = c->s;
  memset(a, 0, sizeof *a);
  a->b = b;
  a->sent = c->sidx;
  a->kind = np_kind(s, b, e, &a->head);
  actref tmp[MAX_ACT];
  int n = np_actors(s, b, e, tmp);
  if (!n)
    n = person_actors(c, b, e, tmp);
  for (int i = 0; i < n; i++) {
    a->act[i] = tmp[i];
    if (tmp[i].m >= 0) {
      const mention *m = &s->m[tmp[i].m];
      a->act[i].m = -1;
      a->act[i].name = phrase_text(c->tl, s, m->b, m->e);
      a->act[i].org = m->g->org;
    }
  }
  /* "The ministry said ...": the body named before */
  if (!n) {
    int head = definite_ref(s, b, e);
    const antec *r = head >= 0 ? resolve_ref(c, NULL, b, 0, head) : NULL;
    for (int i = 0; r && i < r->nact; i++)
      a->act[n++] = r->act[i];
  }
  a->nact = n;
  /* why 8 words: a longer subject is cut before its prepositional phrase */
  int stop = e;
  if (e - b > 8)
    for (stop = b; stop < e && s->w[stop].pos != P_PREP && s->w[stop].pos != P_COMMA; stop++)
      ;
  a->text = phrase_text(c->tl, s, b, stop);
}

/* The subjects of this sentence, as antecedents (pronouns excluded). */
static void collect_antecedents(sctx *c) {
  const sent *s = c->s;
  c->ncur = 0;
  for (int k = 0; k < s->ng; k++) {
    const vgroup *g = &s->g[k];
    if (g->subj_b < 0 || is_pronoun_phrase(s, g->subj_b, g->subj_e) ||
        s->w[g->subj_b].pos == P_PRON)
      continue;
    int speaker = is_frame_group(s, g), dup = 0;
    for (int i = 0; i < c->ncur && !dup; i++)
      if ((dup = c->cur[i].b == g->subj_b))
        c->cur[i].speaker |= speaker;
    if (dup)
      continue;
    int at = c->ncur++;
    while (at > 0 && c->cur[at - 1].b > g->subj_b) {
      c->cur[at] = c->cur[at - 1];
      at--;
    }
    ant_make(c, g->subj_b, g->subj_e, &c->cur[at]);
    c->cur[at].speaker = speaker;
  }
}

/* Remembers the people this sentence names in full after words naming
 * their country ("South African opposition politician Mmusi Maimane",
 * "Palestinian activist Mahmoud Khalil"), for their last name alone later. */
static void remember_people(sctx *c) {
  const sent *s = c->s;
  docmem *m = c->mem;
  for (int i = 0; i < s->n && m->npeople < PEOPLE_MAX; i++) {
    if (s->w[i].pos != P_PROPN || s->w[i].ment >= 0 || i <= s->start)
      continue;
    int e = i;
    while (e < s->n && s->w[e].pos == P_PROPN && s->w[e].ment < 0)
      e++;
    int b = np_start(s, i, 0);
    actref tmp[MAX_ACT];
    int n = e - i >= 2 && b < i ? phrase_actors(s, b, i, tmp, MAX_ACT) : 0;
    int key = word_key(s->w[e - 1].w.low);
    for (int k = 0; k < m->npeople && n; k++)
      if (m->people[k].key == key)
        n = 0; /* the first naming stands */
    if (n) {
      m->people[m->npeople].key = key;
      for (int k = 0; k < n; k++) {
        const mention *x = &s->m[tmp[k].m];
        tmp[k].name = phrase_text(c->tl, s, x->b, x->e);
        tmp[k].org = x->g->org;
        tmp[k].m = -1;
        m->people[m->npeople].act[k] = tmp[k];
      }
      m->people[m->npeople++].nact = n;
    }
    i = e - 1;
  }
}

/* Remembers this sentence's subjects for the next ones. */
static void remember_antecedents(sctx *c) {
  docmem *m = c->mem;
  for (int i = 0; i < c->ncur; i++) {
    if (m->n == ANT_MAX) { /* forget the oldest */
      m->head = (m->head + 1) % ANT_MAX;
      m->n--;
    }
    m->a[(m->head + m->n++) % ANT_MAX] = c->cur[i];
  }
}

/* Does group g tell a deed rather than words or a stance?  Not a report,
 * an accusation, a demand, a threat, a refusal or an agreement, nor a
 * future or a "must": those a speaker goes on with ("It also demanded an
 * apology", "... and it would retaliate"). */
static int deed(const vgroup *g) {
  if (g->fut || g->cond || g->deont || g->maybe || g->lemma < 0 || says_verb(g->lemma))
    return 0;
  int t = rule_type(g->lemma);
  return t != EV_FRAME && t != EV_ACCUSE && t != EV_REQUEST && t != EV_THREATEN &&
         t != EV_REJECT && t != EV_AGREE && t != EV_EVAL;
}

/* Can antecedent a, no speaker, be the doer a pronoun of a deed asks for?
 * ("they" here only people or bodies in the plural: "the rebels", not a
 * state) */
static int doer_fits(const antec *a, unsigned need) {
  return !a->speaker && (a->kind & AK_AGENT) && ant_fits(a, need) &&
         (need != (AK_PLURAL | AK_ORG) || (a->kind & AK_PLURAL));
}

/* The antecedent of a pronoun (or "the group") at word `at` of group g:
 * the reporting speaker, else the nearest fitting subject before it in the
 * sentence, else one of the last sentences' (their main subjects first).
 * When the pronoun's verb is a deed, a closer subject that can act and fits
 * the pronoun comes before a speaker ("The ministry said the army had
 * withdrawn and it then shelled the town": the army).  `head` >= 0 asks
 * for a body with that head noun ("the ministry"). */
static const antec *resolve_ref(sctx *c, const vgroup *g, int at, unsigned need, int head) {
  const sent *s = c->s;
  int k = g ? (int)(g - s->g) : -1;
  const antec *best = NULL;
  int doing = g && need && head < 0 && deed(g);
  if (g && g->frame >= 0 && g->frame != k && s->g[g->frame].subj_b >= 0)
    for (int i = 0; i < c->ncur; i++)
      if (c->cur[i].b == s->g[g->frame].subj_b && s->g[g->frame].subj_b != at) {
        const antec *a = &c->cur[i];
        if ((head < 0 && !ant_contradicts(a, need)) || (head >= 0 && a->head == head)) {
          /* a subject between the frame and the pronoun */
          for (int j = c->ncur - 1; j >= 0 && doing; j--)
            if (c->cur[j].b >= s->g[g->frame].e && c->cur[j].b < at && doer_fits(&c->cur[j], need))
              return &c->cur[j];
          return a;
        }
      }
  if (!need && head < 0)
    return NULL;
  /* '"Cherry picking is not an option," he warned': the speaker is no one
   * inside the quotation before him */
  int after_quote = at > 1 && s->w[at - 1].pos == P_QUOTE && s->w[at - 2].w.punct &&
                    s->w[at - 2].pos != P_QUOTE;
  for (int i = c->ncur - 1; i >= 0 && !best && !after_quote; i--) {
    const antec *a = &c->cur[i];
    if (a->b < at && ((head < 0 && ant_fits(a, need)) || (head >= 0 && a->head == head)))
      best = a;
  }
  /* "took over the train hours after it left": a singular "it" that no
   * subject fits may take the nearest object before it in the sentence */
  for (int j = k - 1; j >= 0 && !best && need == AK_THING && head < 0; j--) {
    const vgroup *o = &s->g[j];
    int ob = o->obj_b, oe = o->obj_e;
    if (ob < 0 && o->e < o->args_e && is_pos(s, o->e, P_PREP)) /* "took over the train" */
      pp_object(s, o->e, o->args_e, s->w[o->e].id, &ob, &oe);
    if (ob >= 0 && ob < oe && oe <= at && !is_pronoun_phrase(s, ob, oe)) {
      ant_make(c, ob, oe, &c->obj);
      if (ant_fits(&c->obj, need))
        best = &c->obj;
    }
  }
  for (int i = c->mem->n - 1; i >= 0 && !best; i--) {
    const antec *a = mem_at(c->mem, i);
    if (c->sidx - a->sent > ANT_SENTS)
      break;
    /* within one earlier sentence, its first subject first; for a deed,
     * one that can act before a speaker ("The ministry said the army had
     * withdrawn. It then shelled the town.") */
    int j = i;
    while (j > 0 && mem_at(c->mem, j - 1)->sent == a->sent)
      j--;
    for (int x = j; x <= i && !best && doing; x++)
      if (doer_fits(mem_at(c->mem, x), need))
        best = mem_at(c->mem, x);
    for (int x = j; x <= i && !best; x++) {
      const antec *y = mem_at(c->mem, x);
      if ((head < 0 && ant_fits(y, need)) || (head >= 0 && y->head == head))
        best = y;
    }
    i = j;
  }
  return best;
}

/* A definite reference to a body named before: "the ministry", "the
 * group", "the militant group" (the head word id, or -1). */
static int definite_ref(const sent *s, int b, int e) {
  if (e - b < 2 || e - b > 3 || !(is_word(s, b, "the") || is_word(s, b, "this")))
    return -1;
  for (int i = b; i < e; i++)
    if (s->w[i].ment >= 0 || (s->w[i].w.cap && i > b))
      return -1;
  return (s->w[e - 1].fl & WF_ORGN) ? word_key(s->w[e - 1].w.low) : -1;
}

/* "it took until January", "it remains", "when it comes to": an "it"
 * that stands for no one (but "it came under attack" does). */
static int impersonal_it(const sent *s, const vgroup *g) {
  if (g->subj_b < 0 || !is_word(s, g->subj_b, "it") || g->subj_e != g->subj_b + 1 ||
      g->lemma < 0)
    return 0;
  const char *ln = ev_lemma_name(g->lemma);
  return !strcmp(ln, "take") || !strcmp(ln, "seem") || !strcmp(ln, "appear") ||
         !strcmp(ln, "remain") || !strcmp(ln, "happen") || !strcmp(ln, "matter") ||
         (!strcmp(ln, "come") && !is_word(s, g->e, "under") &&
          !(g->particle >= 0 && is_word(s, g->particle, "under")));
}

/* Actors of a subject phrase, resolving pronouns and definite references;
 * *text is the antecedent's words for a resolved personal pronoun. */
static int subject_actors(sctx *c, const vgroup *g, actref *out, const char **text) {
  const sent *s = c->s;
  *text = NULL;
  if (g->subj_b < 0)
    return 0;
  int n = np_actors(s, g->subj_b, g->subj_e, out);
  if (n)
    return n;
  const antec *a = NULL;
  if (impersonal_it(s, g))
    return 0;
  if ((n = person_actors(c, g->subj_b, g->subj_e, out)))
    return n;
  if (is_pronoun_phrase(s, g->subj_b, g->subj_e)) {
    a = resolve_ref(c, g, g->subj_b, pronoun_need(s->w[g->subj_b].w.low), -1);
    if (a && s->w[g->subj_b].pos == P_PRON && pronoun_need(s->w[g->subj_b].w.low))
      *text = a->text;
  } else {
    int head = definite_ref(s, g->subj_b, g->subj_e);
    if (head >= 0)
      a = resolve_ref(c, g, g->subj_b, 0, head);
  }
  if (!a)
    return 0;
  for (int i = 0; i < a->nact; i++)
    out[n++] = a->act[i];
  return n;
}

/* Targets by the rule's slots over the group's arguments. */
static int targets(const sent *s, const vgroup *g, const ev_targets *t, actref *out) {
  int n = 0;
  for (int k = 0; t && k < t->n && !n; k++) {
    int ob, oe;
    int pb = -1, pe = -1;
    if (t->word[k] < 0) {
      if (g->obj_b >= 0)
        pb = g->obj_b, pe = g->obj_e;
    } else if (pp_object(s, g->e, g->args_e, t->word[k], &ob, &oe))
      pb = ob, pe = oe;
    if (pb < 0)
      continue;
    /* a city named as the object is a target ("blockade Paris") */
    n = phrase_actors_c(s, pb, pe, out, MAX_ACT, 1);
    if (!n && domestic_country(s, pb, pe))
      out[n++] = (actref){-1, domestic_country(s, pb, pe), NULL, NULL};
  }
  return n;
}

/* Targets named by the slots of an event noun heading the subject ("talks
 * with China must continue", "the attack on Kenya's base killed ..."). */
static int subject_noun_targets(const sent *s, const vgroup *g, actref *out) {
  if (g->subj_b < 0)
    return 0;
  int cut = np_head_end(s, g->subj_b, g->subj_e);
  const ev_noun *nn = cut < g->subj_e ? ev_noun_get(s->w[cut - 1].wi->noun) : NULL;
  if (!nn)
    return 0;
  vgroup tmp = *g;
  tmp.e = cut;
  tmp.args_e = g->subj_e;
  tmp.obj_b = tmp.obj_e = -1;
  return targets(s, &tmp, &nn->tgt, out);
}

/* Removes from tgt the guessed targets of a source's own country: all of
 * them in an untyped clause, else those named as owners of something other
 * than a body ("to reflect Washington's view"), since a domestic protest or demand does aim at its
 * own government.  Returns the count left. */
static int drop_own_country(const sent *s, const actref *src, int ns, actref *tgt, int nt,
                            int untyped) {
  int o = 0;
  for (int i = 0; i < nt; i++) {
    int weak = untyped;
    if (!weak && tgt[i].m >= 0 && is_pos(s, s->m[tgt[i].m].e, P_GEN)) {
      /* but "President Suharto's government" is the government */
      int h = s->m[tgt[i].m].e + 1;
      while (is_pos(s, h, P_ADJ) || (is_pos(s, h, P_NOUN) && !(s->w[h].fl & WF_ORGN)))
        h++;
      weak = !(h < s->n && (s->w[h].fl & WF_ORGN));
    }
    int own = 0;
    for (int j = 0; j < ns && weak && !own; j++)
      own = !strcmp(src[j].code, tgt[i].code);
    if (!own)
      tgt[o++] = tgt[i];
  }
  return o;
}

/* ---- time --------------------------------------------------------------------------------- */

static int governs(const tempora_timex *t) {
  return t->interval.valid &&
         (t->type == TEMPORA_TIMEX_DATE || t->type == TEMPORA_TIMEX_TIME ||
          t->type == TEMPORA_TIMEX_DURATION);
}

/* Does the timex on words [b, e) modify a noun, so that it dates no
 * clause: "last month's vote", "the 2016 ruling", "the events of 2004"? */
static int noun_time(const sent *s, int b, int e) {
  if (e < s->n && s->w[e].pos == P_GEN)
    return 1;
  if (b > 0 && (s->w[b - 1].pos == P_DET || s->w[b - 1].pos == P_POSS) && e < s->n &&
      (s->w[e].pos == P_NOUN || s->w[e].pos == P_ADJ))
    return 1;
  return b > 1 && is_word(s, b - 1, "of") && s->w[b - 2].pos == P_NOUN && s->w[b - 2].tx < 0;
}

/* Gives each timex of the sentence to its nearest verb group. */
static void link_times(sctx *c) {
  sent *s = c->s;
  for (int i = 0; i < s->n; i++) {
    int t = s->w[i].tx;
    if (t < 0 || (i > 0 && s->w[i - 1].tx == t))
      continue;
    if (!governs(&c->d->timexes[t]))
      continue;
    int e = i;
    while (e < s->n && s->w[e].tx == t)
      e++;
    if (noun_time(s, i, e))
      continue;
    int best = -1, bestd = 1 << 30;
    for (int k = 0; k < s->ng; k++) {
      const vgroup *g = &s->g[k];
      if ((rule_type(g->lemma) == EV_STATE || s->w[g->head].state) && g->link != L_INF)
        continue;
      int a = g->head, lo = a < i ? a : e, hi = a < i ? i : a;
      int d = hi - lo;
      for (int j = lo; j < hi; j++) {
        /* why 5 and 40: a comma separates phrases of one clause, a
         * subordinator or relative pronoun separates clauses; a timex
         * reaches across a few words of its own clause first */
        if (s->w[j].pos == P_COMMA)
          d += 5;
        else if (is_boundary(s, j))
          d += 40;
        else if (s->w[j].vg >= 0 && s->w[j].vg != k && j == s->g[s->w[j].vg].head)
          d += 3;
        else if (s->w[j].pos == P_CONJ && a > i)
          d += 3; /* "began in July 1951 and dragged on": the first verb's */
      }
      /* a time in a prepositional phrase after a verb modifies that verb:
       * "began in July 1951 and dragged on" */
      if (a > i && i > 0 && s->w[i - 1].pos == P_PREP && i - 1 > s->start &&
          s->w[i - 2].pos != P_COMMA)
        d += 2;
      if (g->link == L_PCOMP)
        d += 8; /* a gerund in a phrase rarely has its own time */
      /* a timex inside a relative clause belongs to it */
      for (int j = 0; j < s->ng; j++) {
        const vgroup *r = &s->g[j];
        if (j == k || r->link != L_REL)
          continue;
        int rb = r->b;
        while (rb > 0 && s->w[rb - 1].pos != P_REL && rb > r->b - 4)
          rb--;
        int inside_t = i >= rb && i < r->args_e;
        int inside_g = g->head >= rb && g->head < r->args_e;
        if (inside_t && !inside_g)
          d += 40;
      }
      if (d < bestd) {
        bestd = d;
        best = k;
      }
    }
    if (best >= 0 && s->g[best].tx < 0)
      s->g[best].tx = t;
  }
}

/* ---- roles, type and status of a group ---------------------------------------------------- */

static int subject_start(sent *s, int k) {
  const vgroup *g = &s->g[k];
  int start = s->start;
  for (int i = g->b - 1; i >= s->start; i--) {
    /* "(ICJ)": a parenthesis inside the subject */
    if (is_word(s, i, ")")) {
      int o = i - 1;
      while (o >= 0 && !is_word(s, o, "(") && i - o < 12)
        o--;
      if (o >= 0 && is_word(s, o, "(")) {
        i = o;
        continue;
      }
    }
    if (is_boundary(s, i)) {
      /* ", which ...," is a parenthetical: the subject is before it */
      if (s->w[i].pos == P_REL && i > 0 && s->w[i - 1].pos == P_COMMA)
        continue;
      /* "The men who attacked the town fled", "some of those who ran lost
       * their way": a relative clause running up to the verb belongs to
       * its subject */
      if (s->w[i].pos == P_REL && i > 0 && k > 0 && !is_word(s, i, "what") &&
          (s->w[i - 1].pos == P_NOUN || s->w[i - 1].pos == P_PROPN ||
           is_word(s, i - 1, "those")) &&
          s->g[k - 1].link == L_REL && s->g[k - 1].b > i) {
        int t = s->g[k - 1].args_e > s->g[k - 1].e ? s->g[k - 1].args_e : s->g[k - 1].e;
        while (t < g->b && (s->w[t].pos == P_ADV || s->w[t].tx >= 0 ||
                            (s->w[t].pos == P_PREP && t + 1 < g->b && s->w[t + 1].tx >= 0)))
          t++;
        if (t == g->b)
          continue;
      }
      start = i + 1;
      break;
    }
  }
  /* after the arguments of the clause before (with its infinitives and
   * participles), or after a reporting verb */
  for (int j = k - 1; j >= 0; j--) {
    const vgroup *p = &s->g[j];
    if ((p->link == L_MOD || p->link == L_REL) && !(p->link == L_REL && is_frame_group(s, p)))
      continue;
    /* an infinitive of a participle modifying a noun: "a plane used to help
     * troops communicate ... has crashed" */
    int r = j, hops = 0;
    while ((s->g[r].link == L_INF || s->g[r].link == L_ELAB || s->g[r].link == L_PCOMP ||
            s->g[r].link == L_COORD) &&
           s->g[r].gov >= 0 && s->g[r].gov < r && hops++ < MAX_VG)
      r = s->g[r].gov;
    if (r != j && (s->g[r].link == L_MOD || (s->g[r].link == L_REL && !is_frame_group(s, &s->g[r]))))
      continue;
    int st = is_frame_group(s, p) ? p->e : p->args_e;
    /* "told reporters that ...", "told VOA on Wednesday that ..." */
    if (is_frame_group(s, p)) {
      int t = st;
      while (t < g->b && t < st + 12 && !is_word(s, t, "that") && !is_boundary(s, t) &&
             s->w[t].pos != P_COMMA && s->w[t].vg < 0)
        t++;
      if (t < g->b && is_word(s, t, "that"))
        st = t;
    }
    if (is_frame_group(s, p) && st < s->n && is_word(s, st, "that"))
      st++;
    /* "told Reuters Israeli jets bombed ...", "told media 339 passengers
     * were rescued": the addressee of "told" is no part of the clause */
    if (is_frame_group(s, p) && st < g->b && !strcmp(ev_lemma_name(p->lemma), "tell")) {
      static const char *const addressee[] = {
          "reporters", "journalists", "media", "press", "lawmakers", "legislators",
          "parliament", "congress", "senators", "reuters", "ap", "afp", "voa", "cnn", "bbc",
          "xinhua", "tass", "jurors", "supporters", "him", "her", "them", "us", "me", NULL};
      int t = st;
      if (t < g->b && (is_word(s, t, "the") || is_word(s, t, "state") || is_word(s, t, "local")))
        t++;
      int hit = 0;
      for (int a = 0; addressee[a] && !hit; a++)
        hit = t < g->b && is_word(s, t, addressee[a]);
      if (hit) {
        t++;
        while (t < g->b && s->w[t].tx >= 0) /* "told VOA Wednesday" */
          t++;
        if (t < g->b)
          st = t;
      }
    }
    if (st > start && st <= g->b)
      start = st;
    if (p->link == L_ELAB || p->link == L_INF || p->link == L_PCOMP)
      continue;
    break;
  }
  return start;
}

/* Does word i name people ("hostages", "a spokesman", "Putin",
 * "Israelis")? */
static int person_word(const sent *s, int i) {
  if (s->w[i].fl & WF_PERSON)
    return 1;
  int m = s->w[i].ment;
  int k = m >= 0 ? s->m[m].g->kind : 0;
  return k == GZ_LEADER || k == GZ_SHORT || k == GZ_DEMONYM;
}

/* Is g an active verb whose subject is usually an act ("killed",
 * "wounded", "ended", "broke out"): class event_subject, or an occurrence
 * or aspect verb with no infinitive? */
static int act_subject_verb(const sent *s, const vgroup *g) {
  if (g->passive || g->lemma < 0)
    return 0;
  int t = rule_type(g->lemma);
  if (t == EV_OCCUR || ((t == EV_TRY || t == EV_PLAN) && !is_pos(s, g->e, P_TO)))
    return 1;
  int id = ev_word_id(ev_lemma_name(g->lemma));
  return id >= 0 && ev_word_in_class(id, K.c_event_subject);
}

/* The noun phrase just before word `e` (a comma skipped) as the subject:
 * the antecedent of a relative clause or the noun a participle modifies. */
static void antecedent(const sent *s, vgroup *g, int e) {
  if (e > 0 && s->w[e - 1].pos == P_COMMA)
    e--;
  int b = np_start(s, e, 0);
  if (b < e) {
    g->subj_b = b;
    g->subj_e = e;
  }
}

/* Does reporting frame p report words no group was read in (a phrase
 * after it, or after the addressee of "told": "told VOA the attackers
 * singled out ...")?  A participle after them ("..., shooting many")
 * elaborates what is reported, whose subject is unknown, not the
 * speaker's words ("said Tuesday, adding", "said in a statement, citing"). */
static int frame_content(const sent *s, const vgroup *p) {
  int a = p->e;
  while (a < s->n && (s->w[a].pos == P_ADV || s->w[a].tx >= 0))
    a++;
  if (p->lemma >= 0 && !strcmp(ev_lemma_name(p->lemma), "tell"))
    while (a < s->n && (s->w[a].pos == P_PROPN || s->w[a].pos == P_NOUN || s->w[a].tx >= 0))
      a++;
  return a < s->n && s->w[a].vg < 0 &&
         (s->w[a].pos == P_DET || s->w[a].pos == P_NOUN || s->w[a].pos == P_PROPN ||
          s->w[a].pos == P_NUM || s->w[a].pos == P_POSS);
}

static void find_subjects(sent *s) {
  for (int k = 0; k < s->ng; k++) {
    vgroup *g = &s->g[k];
    switch (g->link) {
    case L_MAIN:
    case L_SUB:
    case L_COMP: {
      int p = g->b - 1;
      /* inverted frame: '"...," said X' */
      if (is_frame_group(s, g) && p >= 0 && (s->w[p].pos == P_COMMA || s->w[p].pos == P_QUOTE)) {
        int b = g->e, e = b;
        while (e < s->n && s->w[e].pos != P_COMMA && s->w[e].pos != P_PUNCT && s->w[e].vg < 0 &&
               !is_word(s, e, "who"))
          e++;
        /* "..., said al-Rufay'i was killed": a clause, not the speaker */
        if (e > b && !(e < s->n && s->w[e].vg >= 0)) {
          g->subj_b = b;
          g->subj_e = e;
          g->subj_after = 1;
          break;
        }
      }
      find_subject(s, g, subject_start(s, k));
      /* "... if sanctions are lifted": a subordinator before the subject */
      if (g->link == L_MAIN && g->subordinate < 0 && g->subj_b > 0 &&
          s->w[g->subj_b - 1].pos == P_SUB && !is_word(s, g->subj_b - 1, "that")) {
        g->link = L_SUB;
        g->subordinate = g->subj_b - 1;
      }
      /* "demanded that Ethiopia halt": a complement of the verb before "that" */
      if (g->link == L_MAIN && g->subj_b > 1 && is_word(s, g->subj_b - 1, "that") && k > 0 &&
          s->w[g->subj_b - 2].vg == k - 1) {
        g->link = L_COMP;
        g->gov = k - 1;
      }
      break;
    }
    case L_REL: {
      int r = g->b - 1;
      while (r >= 0 && s->w[r].pos != P_REL)
        r--;
      if (r < 0)
        break;
      if (r + 1 < g->b) { /* "whom they had taken": a subject of its own */
        g->subj_b = r + 1;
        g->subj_e = g->b;
        break;
      }
      antecedent(s, g, r);
      /* "that"/"which" after a phrase hanging on a common noun goes with
       * that noun (and its phrase) when the phrase is "with", "between" ...
       * ("an agreement with Mauritius that went into effect", "a struggle
       * between two generals that began"), or when the noun is an act and
       * the relative verb one that acts do ("the attack on the base that
       * killed three soldiers", "a strike near the border which wounded
       * ..."); "who" goes with people ("the hostages from the bus who had
       * been held") */
      int that = is_word(s, r, "that") || is_word(s, r, "which");
      int pp = g->subj_b > 2 && s->w[g->subj_b - 1].pos == P_PREP &&
               s->w[g->subj_b - 2].pos == P_NOUN;
      if (pp && ((that && (is_word(s, g->subj_b - 1, "with") || is_word(s, g->subj_b - 1, "between") ||
                           is_word(s, g->subj_b - 1, "among") ||
                           is_word(s, g->subj_b - 1, "against") ||
                           (np_preposition(s, g->subj_b - 1) && act_noun(s, g->subj_b - 2) &&
                            act_subject_verb(s, g)))) ||
                 (is_word(s, r, "who") && np_preposition(s, g->subj_b - 1) &&
                  !person_word(s, r - 1) && person_word(s, g->subj_b - 2)))) {
        int e2 = g->subj_b - 1, b2 = np_start(s, e2, 0);
        if (b2 < e2) /* (with its phrase: "the attack on the base") */
          g->subj_b = b2;
      }
      break;
    }
    case L_MOD:
      antecedent(s, g, g->b);
      break;
    default:
      if (g->link == L_INF && g->adj_ctl >= 0) {
        /* "Aden is reluctant to go back": the subject of the adjective's
         * clause */
        int a = g->adj_ctl, b0 = g->b;
        while (a > 0 && (s->w[a - 1].pos == P_AUX || s->w[a - 1].pos == P_MODAL ||
                         s->w[a - 1].pos == P_ADV || s->w[a - 1].pos == P_NEG ||
                         s->w[a - 1].pos == P_QUOTE))
          a--;
        g->b = a;
        find_subject(s, g, subject_start(s, k));
        g->b = b0;
        break;
      }
      if (g->gov >= 0 && g->gov < k &&
          !(g->link == L_ELAB && is_frame_group(s, &s->g[g->gov]) && frame_content(s, &s->g[g->gov]))) {
        g->subj_b = s->g[g->gov].subj_b;
        g->subj_e = s->g[g->gov].subj_e;
        g->subj_after = s->g[g->gov].subj_after;
      }
    }
  }
}

/* Reporting frames: which clauses each one governs. */
static void find_frames(sctx *c) {
  sent *s = c->s;
  c->attrib_b = c->attrib_e = -1;
  for (int i = 0; i + 1 < s->n; i++)
    if (is_word(s, i, "according") && is_word(s, i + 1, "to")) {
      c->attrib_b = i + 2;
      c->attrib_e = i + 2;
      while (c->attrib_e < s->n && s->w[c->attrib_e].pos != P_COMMA &&
             s->w[c->attrib_e].pos != P_PUNCT)
        c->attrib_e++;
      c->reported = 1;
    }
  for (int k = 0; k < s->ng; k++) {
    vgroup *f = &s->g[k];
    if (!is_frame_group(s, f) || f->link == L_INF)
      continue;
    c->reported = 1;
    f->frame = k;
    int backward = f->subj_after;
    if (!backward)
      for (int i = f->b - 1; i >= 0 && i >= f->b - 12; i--) {
        if (s->w[i].vg >= 0)
          break;
        if (s->w[i].pos == P_COMMA || s->w[i].pos == P_QUOTE) {
          /* '"...," X said', "..., X said": a clause before it to report;
           * "In December, X announced it ...": none */
          backward = i > 0 && (k > 0 || s->w[i].pos == P_QUOTE) &&
                     !(f->subj_b >= 0 && f->subj_b < i); /* "X, which ..., said" */
          break;
        }
      }
    if (backward) {
      for (int j = 0; j < k; j++)
        if (s->g[j].frame < 0)
          s->g[j].frame = k;
    } else {
      for (int j = k + 1; j < s->ng; j++) {
        if (is_frame_group(s, &s->g[j]) && s->g[j].link != L_INF)
          break;
        if (s->g[j].frame < 0)
          s->g[j].frame = k;
      }
    }
  }
}

static int coop_or_hostile_commit(int t, int neg, int conditional) {
  if (neg && (ev_type_coop(t) || t == EV_AGREE))
    return EV_REJECT;
  if (t == EV_RETREAT && conditional)
    return EV_THREATEN; /* "will withdraw ... unless": a threat */
  if (ev_type_coop(t) && t != EV_AGREE)
    return EV_AGREE;
  if (ev_type_hostile(t) || t == EV_RETREAT)
    return t == EV_THREATEN ? t : EV_THREATEN;
  return t;
}

/* An "unless"/"if" clause after the group in the same sentence. */
static int conditional_after(const sent *s, const vgroup *g) {
  for (int i = g->e; i < s->n; i++)
    if (s->w[i].pos == P_SUB && (is_word(s, i, "unless") || is_word(s, i, "if")))
      return 1;
  return 0;
}

/* The complement governed by group k through "to" (or -1). */
static int inf_child(const sent *s, int k) {
  for (int j = k + 1; j < s->ng; j++)
    if (s->g[j].link == L_INF && s->g[j].gov == k)
      return j;
  return -1;
}

static int comp_child(const sent *s, int k) {
  for (int j = k + 1; j < s->ng; j++)
    if (s->g[j].link == L_COMP && s->g[j].gov == k)
      return j;
  return -1;
}

/* Resolves the type of group k with its complements; marks absorbed groups.
 * *last is the group whose arguments end the event (for targets and the
 * headline); *status gets modal information. */
static int resolve_type(sent *s, int k, int *last, int *negated, int *planned, int *ctl_obj) {
  vgroup *g = &s->g[k];
  int t = g->type;
  *last = k;
  int ch = inf_child(s, k);
  if (ch >= 0 && g->rule) {
    int l2, n2 = 0, p2 = 0, o2 = 0;
    int ct = resolve_type(s, ch, &l2, &n2, &p2, &o2);
    const ev_rule *r = g->rule;
    int take = 0;
    if (r->ctl != EV_NONE) {
      take = 1;
      if (r->flags & RF_OBJCTL)
        *ctl_obj = 1; /* "pushed Iran to stop": Iran is the target */
      if ((r->flags & RF_COOP) && !ev_type_coop(ct)) {
        t = ct;
        *negated = 1;
      } else if (r->hostile != EV_NONE && ev_type_hostile(ct))
        t = r->hostile;
      else
        t = r->ctl == EV_TRY ? ct : r->ctl;
    } else if (t == EV_TRY || t == EV_PLAN) {
      take = 1;
      if (r->hostile != EV_NONE && ev_type_hostile(ct))
        t = r->hostile;
      else
        t = ct;
      if (g->type == EV_PLAN)
        *planned = 1;
    } else if (r->flags & RF_OBJCTL) {
      take = 1;
      *ctl_obj = 1;
    } else if (t == EV_OTHER || t == EV_STATE || t == EV_LIGHT) {
      take = ct != EV_OTHER;
      if (take)
        t = ct;
    }
    if (take) {
      s->g[ch].used = 1;
      *last = l2 > ch ? l2 : ch;
      *negated |= n2;
      *planned |= p2;
    }
  }
  if (g->adj_ctl >= 0) {
    const ev_noun *a = ev_adj_get(s->w[g->adj_ctl].wi->adj);
    if (a && a->type != EV_TRY) {
      if (a->type == EV_PLAN)
        *planned = 1;
      else if (a->hostile != EV_NONE && ev_type_hostile(t))
        t = a->hostile;
      else if (t != EV_OTHER || a->type == EV_REJECT)
        t = a->type;
    }
  }
  return t;
}

static const char *phrase_text(tempora_timeline *tl, const sent *s, int b, int e) {
  char buf[512];
  size_t k = 0;
  for (int i = b; i < e && k < sizeof buf - 64; i++) {
    if (s->w[i].pos == P_QUOTE)
      continue;
    size_t n = s->w[i].w.end - s->w[i].w.start;
    if (n > 60)
      n = 60;
    if (k && s->w[i].w.space)
      buf[k++] = ' ';
    memcpy(buf + k, s->text + s->w[i].w.start, n);
    k += n;
  }
  buf[k] = '\0';
  return arena_strdup(&tl->ar, buf);
}

/* Headline: subject + predicate + arguments, without times, attribution,
 * quotes and parentheticals, ending on a content word; at most about 24
 * words.  The subject is the words [sb, se) or, for a resolved pronoun,
 * subj_text; the predicate and its arguments are the words [b, e). */
#define HL_MAX 96
/* A time the headline leaves out: one that dates the event ("on Tuesday",
 * "in the past 18 months", "two weeks later"), not a length ("sentenced to
 * six years") nor a noun's modifier ("Tuesday's hijacking"). */
static int hl_time(const sent *s, int i) {
  if (i < 0 || i >= s->n || s->w[i].tx < 0)
    return 0;
  int e = i;
  while (e < s->n && s->w[e].tx == s->w[i].tx)
    e++;
  int b = i;
  while (b > 0 && s->w[b - 1].tx == s->w[i].tx)
    b--;
  /* "Russia's Tuesday attack", "Apple's fiscal 2026": part of a noun
   * phrase after a genitive */
  if (noun_time(s, b, e) || (b > 0 && s->w[b - 1].pos == P_GEN))
    return 0;
  return s->w[i].txg || is_word(s, e, "later") || is_word(s, e, "earlier") ||
         is_word(s, e, "ago") || is_word(s, e, "after") || is_word(s, e, "before");
}

static int hl_skip_time(const sent *s, int i, int e) {
  if (hl_time(s, i))
    return 1;
  /* the preposition of a removed time ("on Tuesday", "in the past 18 months") */
  if ((s->w[i].pos == P_PREP || s->w[i].pos == P_SUB || s->w[i].pos == P_TO) && i + 1 < e &&
      hl_time(s, i + 1))
    return 1;
  /* "at noon local time" */
  if (i > 0 && (hl_time(s, i - 1) || (is_word(s, i - 1, "local") && hl_time(s, i - 2))) &&
      (is_word(s, i, "local") || is_word(s, i, "time") || is_word(s, i, "gmt") ||
       is_word(s, i, "utc")))
    return 1;
  return 0;
}

/* Appends the words of [b, e) that belong in a headline to idx. */
static int hl_words(const sent *s, int b, int e, int *idx, int n) {
  for (int i = b; i < e && n < HL_MAX; i++) {
    if (s->w[i].pos == P_QUOTE || hl_skip_time(s, i, e))
      continue;
    if (is_word(s, i, "(")) { /* a parenthesis: "(ICJ)", "(SSS)" */
      int c = i + 1;
      while (c < e && !is_word(s, c, ")"))
        c++;
      if (c < e) {
        i = c;
        continue;
      }
    }
    if (is_word(s, i, "according") && is_word(s, i + 1, "to")) {
      while (i < e && s->w[i].pos != P_COMMA)
        i++;
      continue;
    }
    if (s->w[i].pos == P_ADV && (is_word(s, i, "recently") || is_word(s, i, "also") ||
                                 is_word(s, i, "earlier") || is_word(s, i, "later")))
      continue;
    idx[n++] = i;
  }
  return n;
}

/* A word a headline must not end on: "accused China of", "attacks and". */
static int hl_dangling(const sent *s, int i) {
  int p = s->w[i].pos;
  /* "others gave in and ...": a particle with no object of its own stays */
  if (p == P_PREP && i > 0 && s->w[i - 1].pos == P_VERB &&
      (i + 1 >= s->n || s->w[i + 1].w.punct || s->w[i + 1].pos == P_CONJ))
    return 0;
  return p == P_PREP || p == P_CONJ || p == P_DET || p == P_POSS || p == P_TO || p == P_SUB ||
         p == P_REL || p == P_COMMA || p == P_GEN || p == P_AUX || p == P_MODAL ||
         (p == P_PUNCT && !is_word(s, i, ")") && !is_word(s, i, "%")) || is_word(s, i, "as") ||
         is_word(s, i, "than") || is_word(s, i, "compared") ||
         /* "rose 5%, up from 2019" with the time taken out */
         ((is_word(s, i, "up") || is_word(s, i, "down")) && i + 1 < s->n &&
          (is_word(s, i + 1, "from") || is_word(s, i + 1, "to")));
}

static const char *headline(tempora_timeline *tl, const sent *s, int sb, int se,
                            const char *subj_text, int ab, int ae, int b, int e, int ob, int oe) {
  int idx[HL_MAX];
  int ns = 0, n = 0;
  if (!subj_text && sb >= 0)
    ns = n = hl_words(s, sb, se, idx, 0);
  /* auxiliaries shared with a verb before ("had been arrested and
   * sentenced") */
  for (int i = ab; i >= 0 && i < ae && n < HL_MAX; i++)
    if (s->w[i].pos == P_AUX || s->w[i].pos == P_MODAL || s->w[i].pos == P_NEG)
      idx[n++] = i;
  /* the predicate starts on its verb group: no conjunction before it */
  while (b < e && (s->w[b].pos == P_CONJ || s->w[b].pos == P_COMMA))
    b++;
  n = hl_words(s, b, e, idx, n);
  /* why 24: a headline is read at a glance; cut at a phrase boundary */
  int words = subj_text ? 3 : 0;
  for (int k = 0; k < n; k++) {
    int i = idx[k];
    /* an apposition or afterthought after a comma: "..., the latest in a
     * series of confrontations", "..., with 40 ships taking part" */
    if (k > ns && s->w[i].pos == P_COMMA && !list_comma(s, i)) {
      n = k;
      break;
    }
    if (k >= ns && ((words >= 24 && (s->w[i].pos == P_PREP || s->w[i].pos == P_COMMA ||
                                     s->w[i].pos == P_CONJ || s->w[i].pos == P_REL)) ||
                    words >= 32)) {
      n = k;
      break;
    }
    words += !s->w[i].w.punct;
  }
  while (n > ns && hl_dangling(s, idx[n - 1]))
    n--;
  /* a fronted object goes after its verb: "Balkhi rejected a charge",
   * "Washington has imposed the sanctions on Moscow" */
  if (ob >= 0) {
    int at = ns;
    while (at < n && s->w[idx[at]].vg < 0)
      at++;
    for (int vg = at < n ? s->w[idx[at]].vg : -1; at < n && s->w[idx[at]].vg == vg;)
      at++;
    int tail[HL_MAX], nt = n - at;
    memcpy(tail, idx + at, (size_t)nt * sizeof *tail);
    n = hl_words(s, ob, oe, idx, at);
    for (int j = 0; j < nt && n < HL_MAX; j++)
      idx[n++] = tail[j];
  }
  char buf[1024];
  size_t k = 0;
  if (subj_text)
    k = (size_t)snprintf(buf, sizeof buf, "%s", subj_text);
  if (k >= sizeof buf)
    k = sizeof buf - 1;
  for (int j = 0; j < n && k < sizeof buf - 80; j++) {
    const word *x = &s->w[idx[j]];
    /* a space where the text has one, or where words were left out between */
    int gap = j > 0 ? idx[j] != idx[j - 1] + 1 : subj_text != NULL;
    int attach = x->w.punct && (is_word(s, idx[j], ",") || is_word(s, idx[j], ".") ||
                                is_word(s, idx[j], ";") || is_word(s, idx[j], ":") ||
                                is_word(s, idx[j], ")") || is_word(s, idx[j], "%"));
    if (k && !attach && x->pos != P_GEN && (x->w.space || gap))
      buf[k++] = ' ';
    size_t m = x->w.end - x->w.start;
    if (m > 60)
      m = 60;
    memcpy(buf + k, s->text + x->w.start, m);
    k += m;
  }
  buf[k] = '\0';
  /* collapse whitespace runs (line breaks inside a sentence) */
  size_t o = 0;
  for (size_t i = 0; i < k; i++) {
    char ch = buf[i] == '\n' || buf[i] == '\t' || buf[i] == '\r' ? ' ' : buf[i];
    if (ch == ' ' && (!o || buf[o - 1] == ' '))
      continue;
    buf[o++] = ch;
  }
  while (o && buf[o - 1] == ' ')
    o--;
  buf[o] = '\0';
  if (buf[0] >= 'a' && buf[0] <= 'z')
    buf[0] = (char)(buf[0] - 'a' + 'A');
  return arena_strdup(&tl->ar, buf);
}

/* The words of group k's predicate and arguments in its headline: from its
 * auxiliaries (or those of the verb or adjective governing it when it stands
 * alone: "is expected to raise") to the end of the arguments of the last
 * group of its event, and of the groups completing it: "accused China of
 * ramming a boat", "warned that the region faces food shortages". */
static void headline_span(const sent *s, int k, int last, int *hb, int *he) {
  const vgroup *g = &s->g[k], *lg = &s->g[last];
  int b = g->b, e = lg->args_e > lg->e ? lg->args_e : lg->e;
  if (g->link == L_INF) {
    int to = b - 1;
    if (g->adj_ctl >= 0 && g->adj_ctl < b) {
      int a = g->adj_ctl;
      while (a > 0 && (s->w[a - 1].pos == P_AUX || s->w[a - 1].pos == P_MODAL ||
                       s->w[a - 1].pos == P_ADV || s->w[a - 1].pos == P_NEG ||
                       s->w[a - 1].pos == P_QUOTE))
        a--;
      b = a;
    } else if (g->gov >= 0 && to >= 0 && s->w[to].pos == P_TO && !is_frame_group(s, &s->g[g->gov]) &&
               (s->g[g->gov].e == to ||
                (rule_type(s->g[g->gov].lemma) == EV_STATE && s->g[g->gov].args_e >= to)))
      b = s->g[g->gov].b; /* "wants Japan to be prepared", not "said ... to" */
  }
  unsigned long long in = 0; /* groups in the headline (MAX_VG <= 64) */
  for (int j = k; j <= last; j++)
    in |= 1ULL << j;
  for (int j = last + 1; j < s->ng; j++) {
    const vgroup *h = &s->g[j];
    int hstart = h->link == L_COMP && h->subj_b >= 0 && h->subj_b < h->b ? h->subj_b : h->b;
    if (h->gov < 0 || !((in >> h->gov) & 1) || hstart > e + 2)
      continue;
    if (h->link == L_PCOMP || h->link == L_COMP || h->link == L_INF) {
      in |= 1ULL << j;
      if (h->args_e > e)
        e = h->args_e;
    }
  }
  /* "warned that the move is dangerous", "ruled in 2017 that closing the
   * camp would be unconstitutional": the clause, to its end */
  int t = e;
  while (t < s->n && (s->w[t].tx >= 0 || (s->w[t].pos == P_PREP && t + 1 < s->n &&
                                          s->w[t + 1].tx >= 0)))
    t++;
  /* "tracked when she watered her flowers", "asked what had happened": a
   * verb whose object is a question clause right after it */
  int wh = t == lg->e && lg->args_e <= t + 1 && t + 1 < s->n && s->w[t + 1].pos != P_PUNCT &&
           (is_word(s, t, "when") || is_word(s, t, "where") || is_word(s, t, "what") ||
            is_word(s, t, "how") || is_word(s, t, "why") || is_word(s, t, "whether"));
  if (last == k && lg->obj_b < 0 && t < s->n && (is_word(s, t, "that") || wh)) {
    int x = t + 1;
    while (x < s->n && !(s->w[x].pos == P_PUNCT && !is_word(s, x, "-")) && !is_word(s, x, ";"))
      x++;
    e = x;
  }
  *hb = b;
  *he = e;
}

/* Place of the event: a place named after in/at/near, or after "to" when
 * the clause is about going somewhere ("visit to Seoul"). */
static int find_place(const sent *s, int b, int e) {
  for (int i = b; i < e; i++) {
    int m = s->w[i].ment;
    if (m < 0 || s->m[m].b != i)
      continue;
    int k = s->m[m].g->kind;
    if (k != GZ_CITY && k != GZ_CAPITAL && k != GZ_COUNTRY)
      continue;
    int p = i - 1;
    while (p > b && (s->w[p].pos == P_DET || s->w[p].pos == P_ADJ || s->w[p].pos == P_NOUN ||
                     is_word(s, p, "of")) && p > i - 6)
      p--;
    const char *pw = low(s, p);
    if (!strcmp(pw, "in") || !strcmp(pw, "at") || !strcmp(pw, "near") || !strcmp(pw, "outside") ||
        !strcmp(pw, "inside") || !strcmp(pw, "into"))
      return m;
    if (!strcmp(pw, "to") && p > 0 &&
        (is_word(s, p - 1, "visit") || is_word(s, p - 1, "trip") || is_word(s, p - 1, "journey") ||
         (s->w[p - 1].vg >= 0 &&
          s->w[p - 1].pos == P_VERB &&
          (!strcmp(ev_lemma_name(s->w[p - 1].lemma), "travel") ||
           !strcmp(ev_lemma_name(s->w[p - 1].lemma), "fly") ||
           !strcmp(ev_lemma_name(s->w[p - 1].lemma), "return") ||
           !strcmp(ev_lemma_name(s->w[p - 1].lemma), "go") ||
           !strcmp(ev_lemma_name(s->w[p - 1].lemma), "come")))))
      return m;
  }
  return -1;
}

/* ---- pending events of a document --------------------------------------------------------- */

typedef struct pend {
  int type;
  tempora_status status;
  const char *trigger, *headline;
  tempora_actor acts[2 * MAX_ACT];
  int nact, nsrc;
  int tx;                     /* document timex index or -1 */
  int place_ok;
  tempora_location loc;
  size_t sent;
  uint32_t trig_start, trig_end;
  int anaphor;
  int intro;                  /* its object introduces an agreement ("a defense pact") */
  int merged_into;            /* -1, or the pending event it joined */
  int dropped;                /* not an event for the timeline (see keep_clause) */
} pend;

typedef struct pendvec {
  pend *v;
  size_t n, cap;
} pendvec;

static pend *pend_new(pendvec *pv) {
  if (pv->n == pv->cap) {
    size_t cap = pv->cap ? pv->cap * 2 : 32;
    pend *p = realloc(pv->v, cap * sizeof *p);
    if (!p)
      return NULL;
    pv->v = p;
    pv->cap = cap;
  }
  pend *p = &pv->v[pv->n++];
  memset(p, 0, sizeof *p);
  p->tx = -1;
  p->merged_into = -1;
  return p;
}

static int anaphoric(const sent *s, int b, int e) {
  int cls = K.c_agreement;
  if (b < 0 || b >= e)
    return 0;
  const char *d = low(s, b);
  if (strcmp(d, "the") && strcmp(d, "this") && strcmp(d, "that") && strcmp(d, "its"))
    return 0;
  for (int i = b + 1; i < e; i++)
    if (is_word(s, i, "similar") || is_word(s, i, "other") || is_word(s, i, "another") ||
        is_word(s, i, "new") || is_word(s, i, "such") || s->w[i].ment >= 0)
      return 0;
  return (e - b == 2 && is_word(s, b + 1, "one")) || phrase_has(s, b + 1, e, cls, -1);
}

static void add_actor(tempora_timeline *tl, pend *p, const sent *s, actref a, tempora_role role) {
  for (int i = 0; i < p->nact; i++)
    if (!strcmp(p->acts[i].code, a.code) && p->acts[i].role == role)
      return;
  if (p->nact >= 2 * MAX_ACT)
    return;
  tempora_actor *x = &p->acts[p->nact++];
  x->code = a.code;
  x->role = role;
  if (a.m >= 0) {
    const mention *m = &s->m[a.m];
    x->name = phrase_text(tl, s, m->b, m->e);
    x->org = m->g->org;
  } else if (a.name) {
    x->name = a.name;
    x->org = a.org ? a.org : "";
  } else {
    x->name = arena_strdup(&tl->ar, a.code);
    x->org = "";
  }
}

/* The type of a statement verb with a clause after it ("warned that the
 * move is dangerous", "warned it would retaliate"): THREATEN when the clause
 * announces a hostile act, ACCUSE when it characterizes something
 * negatively, else OTHER (a statement of fact).  Returns -1 when no clause
 * follows the verb. */
static int clause_type(sent *s, int k) {
  const vgroup *g = &s->g[k];
  int i = g->e;
  while (i < s->n && (s->w[i].pos == P_ADV || s->w[i].pos == P_COMMA || s->w[i].tx >= 0 ||
                      (s->w[i].pos == P_PREP && i + 1 < s->n && s->w[i + 1].tx >= 0)))
    i++;
  int clause = i < s->n && is_word(s, i, "that") && s->w[i].pos != P_DET;
  int j0 = -1;
  for (int j = k + 1; j < s->ng; j++)
    if (s->g[j].link == L_COMP && s->g[j].gov == k) {
      j0 = j;
      clause = 1;
      break;
    }
  /* "warned it would retaliate": a finite verb whose subject follows the verb */
  if (!clause && k + 1 < s->ng && s->g[k + 1].finite && s->g[k + 1].subj_b == i)
    clause = 1, j0 = k + 1;
  if (!clause)
    return -1;
  int end = s->n;
  for (int x = i + 1; x < s->n; x++)
    if (is_word(s, x, ";") || (s->w[x].pos == P_PUNCT && !is_word(s, x, "-"))) {
      end = x;
      break;
    }
  for (int j = j0 >= 0 ? j0 : k + 1; j < s->ng && s->g[j].b < end; j++) {
    vgroup *h = &s->g[j];
    if ((h->fut || h->cond) && ev_type_hostile(h->type)) {
      h->used = 1;
      return EV_THREATEN;
    }
  }
  for (int x = i; x < end; x++) {
    const ev_wordinfo *wi = ev_word_info(s->w[x].id);
    if (wi && wi->polarity < 0)
      return EV_ACCUSE;
  }
  return EV_OTHER;
}

/* An act only authorities do ("arrested", "sentenced", "deported"; class
 * authority_act), so that in the passive with no agent they are its
 * source (not "were kidnapped"). */
static int authority_act(const vgroup *g) {
  int id = g->lemma >= 0 ? ev_word_id(ev_lemma_name(g->lemma)) : -1;
  return id >= 0 && ev_word_in_class(id, K.c_authority_act);
}

/* Whether the clause of group k, of type t, is an event for the timeline:
 * not a statement of opinion or explanation ("We are talking about ...",
 * "the system may never be restored"), not a gerund or an infinitive with
 * nothing to govern it ("It is now for Russia to accept it"), not a
 * participle describing a noun unless it is typed ("the curfew imposed"),
 * and with a subject to name unless it has actors. */
static int keep_clause(const sent *s, int k, int t, tempora_status st, int has_subj, int nact) {
  const vgroup *g = &s->g[k];
  int gerund = (g->form & VF_ING) && !g->finite && g->b == g->head && !g->prog;
  if (gerund && (g->link == L_MAIN || g->link == L_REL || g->link == L_COMP || g->link == L_SUB))
    return 0;
  if (g->link == L_INF && g->gov < 0 && g->adj_ctl < 0)
    return 0;
  /* "a plane used to help troops": the purpose of a noun's participle;
   * "offered to pay them to plan a murder": the purpose of an act */
  if (g->link == L_INF && g->gov >= 0 && t == EV_OTHER && g->adj_ctl < 0 &&
      (s->g[g->gov].link == L_MOD || s->g[g->gov].used ||
       (rule_type(s->g[g->gov].lemma) != EV_STATE && !is_frame_group(s, &s->g[g->gov]) &&
        s->g[g->gov].e < g->b - 1)))
    return 0;
  if (!has_subj && !nact)
    return 0;
  if (t != EV_OTHER)
    return 1;
  if (!has_subj || g->link == L_MOD || gerund || st == TEMPORA_STATUS_HYPOTHETICAL || g->gap ||
      impersonal_it(s, g))
    return 0;
  /* "There has been growing skepticism": what there is, is no act */
  if (g->subj_b >= 0 && g->subj_e == g->subj_b + 1 && is_word(s, g->subj_b, "there"))
    return 0;
  /* "we", "I", "you": talk inside quotes */
  if (g->subj_b >= 0 && g->subj_e == g->subj_b + 1 && s->w[g->subj_b].pos == P_PRON &&
      (is_word(s, g->subj_b, "we") || is_word(s, g->subj_b, "i") || is_word(s, g->subj_b, "you")))
    return 0;
  return 1;
}

static void sentence_events(sctx *c, pendvec *pv) {
  sent *s = c->s;
  tempora_timeline *tl = c->tl;
  for (int k = 0; k < s->ng; k++)
    s->g[k].type = group_type(s, &s->g[k]);
  for (int k = 0; k < s->ng; k++) {
    vgroup *g = &s->g[k];
    if (g->used)
      continue;
    int base = g->type;
    if (g->speech_tag || (g->nominal && g->link == L_INF) || g->link == L_PCOMP)
      continue;
    if ((base == EV_FRAME || base == EV_STATE) && inf_child(s, k) < 0)
      continue;
    if (base == EV_FRAME || base == EV_STATE || is_frame_group(s, g))
      continue; /* the infinitive stands alone */
    int last, negated = g->neg, planned = 0, ctl_obj = 0;
    int t = resolve_type(s, k, &last, &negated, &planned, &ctl_obj);
    if (t == EV_FRAME || t == EV_STATE || t == EV_TRY || t == EV_PLAN || t == EV_LIGHT ||
        t == EV_OCCUR || t == EV_EVAL)
      t = EV_OTHER;
    const vgroup *lg = &s->g[last];
    /* elaborating participles join this event */
    int elab_tx = -1;
    for (int j = k + 1; j < s->ng; j++)
      if (s->g[j].link == L_ELAB && s->g[j].gov == k && !s->g[j].used) {
        int l2, n2 = 0, p2 = 0, o2 = 0;
        int et = resolve_type(s, j, &l2, &n2, &p2, &o2);
        if (et == EV_FRAME || et == EV_STATE || et == EV_TRY || et == EV_PLAN || et == EV_LIGHT ||
            et == EV_OCCUR || et == EV_EVAL)
          et = EV_OTHER;
        /* an act of another type after a comma is told on its own unless
         * the clause has no type ("China entered the war, pushing the
         * front back": the entry is what happened) */
        if (et == EV_OTHER || et == t || t == EV_OTHER) {
          s->g[j].used = 1;
          if (elab_tx < 0)
            elab_tx = s->g[l2].tx >= 0 ? s->g[l2].tx : s->g[j].tx;
        }
      }
    if (g->rule && (g->rule->flags & RF_CLAUSE) && last == k) {
      int ct = clause_type(s, k);
      if (ct >= 0)
        t = ct;
    }
    int reported = g->frame >= 0 || c->reported || g->link == L_COMP;
    int comp = -1;
    if (g->rule && (g->rule->flags & RF_THAT))
      comp = comp_child(s, k);
    pend *p = pend_new(pv);
    if (!p)
      return;
    /* status */
    int question = 0;
    for (int i = g->e; i < s->n; i++)
      if (is_word(s, i, "?") || is_word(s, i, ".") || is_word(s, i, "!")) {
        question = is_word(s, i, "?");
        break;
      }
    int fut = g->fut || planned;
    if (question)
      fut = 0;
    /* a commitment needs someone who commits */
    actref tmp_src[MAX_ACT];
    const char *tmp_txt;
    int committer = g->subj_b >= 0 && subject_actors(c, g, tmp_src, &tmp_txt) > 0;
    if (fut && reported && !planned && t != EV_OTHER && committer)
      t = coop_or_hostile_commit(t, negated, conditional_after(s, g));
    /* reported "must": a request from the speaker */
    int speaker = g->frame >= 0 && g->frame != k ? g->frame : g->link == L_COMP ? g->gov : -1;
    int deont_request = g->deont && speaker >= 0;
    if (deont_request)
      t = EV_REQUEST;
    /* joint exercises are cooperation, not a show of force */
    if (t == EV_MOBILIZE && (phrase_has(s, g->b, lg->args_e, K.c_exercise, -1) ||
                             phrase_has(s, g->b, lg->args_e, K.c_joint, -1))) {
      actref tmp[MAX_ACT];
      const char *tx;
      if (phrase_has(s, g->b, lg->args_e, K.c_joint, -1) ||
          subject_actors(c, g, tmp, &tx) >= 2)
        t = EV_COOPERATE;
    }
    p->type = t;
    p->status = g->maybe && !question ? TEMPORA_STATUS_HYPOTHETICAL
                : negated && t != EV_REJECT ? TEMPORA_STATUS_NEGATED
                : question || (g->cond && !g->fut) || (g->subordinate >= 0 &&
                                           (is_word(s, g->subordinate, "if") ||
                                            is_word(s, g->subordinate, "unless") ||
                                            is_word(s, g->subordinate, "whether")))
                    ? TEMPORA_STATUS_HYPOTHETICAL
                : fut || g->deont ? TEMPORA_STATUS_PLANNED
                : g->prog && g->present ? TEMPORA_STATUS_ONGOING
                                        : TEMPORA_STATUS_OCCURRED;
    /* roles */
    actref src[MAX_ACT], tgt[MAX_ACT];
    int ns = 0, nt = 0;
    int slot_tgt = 1; /* the targets fill a slot of the verb (not a guess) */
    const char *subj_text = NULL;
    if (deont_request) {
      const vgroup *f = &s->g[speaker];
      if (f->subj_b >= 0)
        ns = phrase_actors(s, f->subj_b, f->subj_e, src, MAX_ACT);
      nt = subject_actors(c, g, tgt, &subj_text);
      if (!nt)
        nt = subject_noun_targets(s, g, tgt);
      subj_text = NULL;
    } else if (g->passive || (g->rule && (g->rule->flags & RF_SUBJTGT))) {
      int ob, oe;
      if (pp_object(s, g->e, g->args_e, K.w_by, &ob, &oe))
        ns = phrase_actors(s, ob, oe, src, MAX_ACT);
      nt = subject_actors(c, g, tgt, &subj_text);
    } else {
      ns = subject_actors(c, g, src, &subj_text);
      if (ctl_obj && g->obj_b >= 0)
        nt = phrase_actors(s, g->obj_b, g->obj_e, tgt, MAX_ACT);
      if (!nt && comp >= 0 && s->g[comp].subj_b >= 0) {
        nt = phrase_actors(s, s->g[comp].subj_b, s->g[comp].subj_e, tgt, MAX_ACT);
        s->g[comp].used = 1;
        if (last < comp)
          last = comp;
        lg = &s->g[last];
      }
      if (!nt) {
        const ev_rule *r = lg->rule ? lg->rule : g->rule;
        nt = targets(s, lg, r ? &r->tgt : NULL, tgt);
        if (!nt && lg != g)
          nt = targets(s, g, g->rule ? &g->rule->tgt : NULL, tgt);
        if (!nt) {
          int at;
          const ev_noun *nn = event_noun(s, lg->e, lg->args_e, &at);
          if (nn) {
            vgroup tmp = *lg;
            tmp.e = at + 1;
            tmp.obj_b = -1;
            nt = targets(s, &tmp, &nn->tgt, tgt);
          }
        }
        if (!nt)
          nt = subject_noun_targets(s, g, tgt);
      }
      slot_tgt = nt > 0;
      /* "demanded that X ...", "its demand that X ...": X */
      if (!nt && (t == EV_REQUEST || (g->rule && (g->rule->flags & RF_THAT)))) {
        for (int i = g->e; i < s->n && i <= lg->args_e + 1 && !nt; i++)
          if (is_word(s, i, "that") && (s->w[i].pos == P_REL || s->w[i].pos == P_SUB)) {
            int e2 = i + 1;
            while (e2 < s->n && e2 < i + 10 && s->w[e2].vg < 0 && s->w[e2].pos != P_COMMA &&
                   !(s->w[e2].pos == P_NONE && !s->w[e2].w.cap) && s->w[e2].pos != P_PREP)
              e2++;
            nt = phrase_actors(s, i + 1, e2, tgt, MAX_ACT);
            if (!nt && domestic_country(s, i + 1, e2))
              tgt[nt++] = (actref){-1, domestic_country(s, i + 1, e2), NULL, NULL};
          }
      }
      /* "warned that cooperation between Russia and North Korea is
       * dangerous": whoever the clause names */
      if (!nt && g->rule && (g->rule->flags & RF_CLAUSE))
        for (int i = g->e; i < s->n && !nt && s->w[i].pos != P_PUNCT; i++) {
          int m = s->w[i].ment;
          if (m >= 0 && s->m[m].b == i && is_actor_mention(&s->m[m]))
            nt = phrase_actors(s, i, s->n, tgt, MAX_ACT);
        }
      /* a threat is aimed at whoever its condition names */
      if (!nt && t == EV_THREATEN)
        for (int i = g->e; i < s->n && !nt; i++)
          if (s->w[i].pos == P_SUB && (is_word(s, i, "if") || is_word(s, i, "unless"))) {
            int e2 = i + 1;
            while (e2 < s->n && s->w[e2].vg < 0 && s->w[e2].pos != P_COMMA)
              e2++;
            nt = phrase_actors(s, i + 1, e2, tgt, MAX_ACT);
          }
      /* a protest's demand names its target ("staged demonstrations to demand
       * reforms by President X's government") */
      int pc = inf_child(s, last);
      if (!nt && pc >= 0 && !s->g[pc].used) {
        const vgroup *h = &s->g[pc];
        nt = targets(s, h, h->rule ? &h->rule->tgt : NULL, tgt);
        for (int i = h->e; i < h->args_e && !nt; i++) {
          int m = s->w[i].ment;
          if (m >= 0 && s->m[m].b == i && is_actor_mention(&s->m[m]))
            nt = phrase_actors(s, i, h->args_e, tgt, MAX_ACT);
        }
        if (!nt && h->obj_b >= 0 && domestic_country(s, h->e, h->args_e))
          tgt[nt++] = (actref){-1, domestic_country(s, h->e, h->args_e), NULL, NULL};
      }
      if (!nt) {
        for (int i = lg->e; i < lg->args_e && !nt; i++) {
          int m = s->w[i].ment;
          if (m >= 0 && s->m[m].b == i && is_actor_mention(&s->m[m]) &&
              !(i > 0 && is_word(s, i - 1, "by")))
            nt = phrase_actors(s, i, lg->args_e, tgt, MAX_ACT);
        }
      }
      /* a speaker's clause with no subject actor: the speaker */
      if (!ns && g->frame >= 0 && g->frame != k && g->subj_b < 0) {
        const vgroup *f = &s->g[g->frame];
        if (f->subj_b >= 0)
          ns = phrase_actors(s, f->subj_b, f->subj_e, src, MAX_ACT);
      }
    }
    /* "U.S. warships passed ... to reflect Washington's view": a target of
     * the source's own country guessed from a clause's words is no target;
     * one in a slot of the verb stays ("Nigeria's army attacked Nigerian
     * villages") */
    if (!slot_tgt)
      nt = drop_own_country(s, src, ns, tgt, nt, t == EV_OTHER);
    /* place */
    int pl = find_place(s, lg->e, lg->args_e);
    if (pl < 0 && lg != g)
      pl = find_place(s, g->e, g->args_e);
    if (pl < 0 && g->link == L_MOD)
      pl = find_place(s, g->e, g->args_e);
    if (pl >= 0) {
      const gz_entry *ge = s->m[pl].g;
      p->loc.name = phrase_text(tl, s, s->m[pl].b, s->m[pl].e);
      p->loc.code = ge->code;
      p->loc.lat = ge->lat;
      p->loc.lon = ge->lon;
      p->loc.has_coords = ge->has_coords;
      p->place_ok = 1;
      /* no agent of a passive arrest or trial: the place's authorities */
      if (g->passive && !ns && authority_act(g) && ge->kind != GZ_CITY)
        src[ns++] = (actref){pl, ge->code, NULL, NULL};
    } else
      p->loc.code = "";
    /* nor a place: the authorities of the story's country, when the
     * sentence names none ("Joseph had been arrested in 2011") */
    const char *cc;
    int byb, bye;
    if (g->passive && !ns && authority_act(g) && s->story && !country_count(s, &cc) &&
        !pp_object(s, g->e, g->args_e, K.w_by, &byb, &bye)) /* (nor an agent: "by the administration") */
      src[ns++] = (actref){-1, s->story, NULL, NULL};
    for (int i = 0; i < ns; i++)
      add_actor(tl, p, s, src[i], TEMPORA_ROLE_SOURCE);
    for (int i = 0; i < nt; i++)
      add_actor(tl, p, s, tgt[i], TEMPORA_ROLE_TARGET);
    p->nsrc = ns;
    /* time */
    p->tx = lg->tx >= 0 ? lg->tx : g->tx;
    if (p->tx < 0)
      p->tx = elab_tx;
    if (p->tx < 0 && g->link == L_INF && g->gov >= 0)
      p->tx = s->g[g->gov].tx;
    if (p->tx < 0 && g->frame >= 0 && g->frame != k)
      p->tx = s->g[g->frame].tx;
    /* verbs sharing their auxiliaries share their time ("had been arrested
     * and sentenced in 2011"); a "when"/"as" clause happens at its main
     * clause's time */
    if (p->tx < 0 && g->link == L_COORD && g->gov >= 0 && g->b == g->head)
      p->tx = s->g[g->gov].tx;
    for (int j = k + 1; j < s->ng && p->tx < 0; j++)
      if (s->g[j].link == L_COORD && s->g[j].gov == k && s->g[j].b == s->g[j].head)
        p->tx = s->g[j].tx;
    if (p->tx < 0 && g->link == L_SUB && g->subordinate >= 0 &&
        (is_word(s, g->subordinate, "when") || is_word(s, g->subordinate, "as") ||
         is_word(s, g->subordinate, "while")))
      for (int j = k - 1; j >= 0 && p->tx < 0; j--)
        if (s->g[j].link == L_MAIN)
          p->tx = s->g[j].tx;
    /* trigger and headline */
    int tb = g->head, te = (lg->particle >= 0 ? lg->particle : lg->head) + 1;
    p->trigger = phrase_text(tl, s, tb, te);
    p->trig_start = s->w[tb].w.start;
    p->trig_end = s->w[te - 1].w.end;
    int hb, he;
    headline_span(s, k, last, &hb, &he);
    int sb = g->subj_after ? -1 : g->subj_b, se = g->subj_after ? -1 : g->subj_e;
    int ab = -1, ae = -1;
    if (g->link == L_COORD && g->b == g->head && g->gov >= 0 &&
        s->g[g->gov].b < s->g[g->gov].head) {
      ab = s->g[g->gov].b;
      ae = s->g[g->gov].head;
    }
    p->headline = headline(tl, s, sb, se, subj_text, ab, ae, hb, he, g->fobj_b, g->fobj_e);
    p->dropped = !keep_clause(s, k, t, p->status, sb >= 0 || subj_text, p->nact);
    p->sent = c->sidx;
    int ob = g->link == L_MOD ? g->subj_b : lg->obj_b, oe = g->link == L_MOD ? g->subj_e : lg->obj_e;
    p->anaphor = anaphoric(s, ob, oe);
    p->intro = !p->anaphor && ob >= 0 && phrase_has(s, ob, oe, K.c_agreement, -1);
    if (!p->headline || !p->trigger)
      return;
  }
}

/* ---- the story's country -------------------------------------------------------------------- */

/* Counts the states the sentence names (not armed groups or bodies, nor
 * "Chinese-funded"), each `weight` times. */
static void story_note(docmem *m, const sent *s, int weight) {
  for (int i = 0; i < s->nm; i++) {
    const mention *x = &s->m[i];
    int k = x->g->kind;
    if (!(k == GZ_COUNTRY || k == GZ_DEMONYM || k == GZ_CAPITAL || k == GZ_LEADER ||
          k == GZ_SHORT) ||
        strlen(x->code) != 3 || !strcmp(x->code, "IGO") || !strcmp(x->code, "NGO") ||
        !strcmp(x->code, "IMG") || origin_modifier(s, x))
      continue;
    int j = 0;
    while (j < m->nfocus && strcmp(m->focus[j].code, x->code))
      j++;
    if (j == m->nfocus) {
      if (m->nfocus == STORY_MAX)
        continue;
      m->focus[m->nfocus].code = x->code;
      m->focus[m->nfocus++].n = 0;
    }
    m->focus[j].n += weight;
  }
}

/* The country a domestic body named without one belongs to in sentence
 * si: the one country of the last sentence naming any (of the last
 * three), else the state the story names most (at least twice, and twice
 * as often as any other), else NULL. */
static const char *story_country(const docmem *m, size_t si) {
  if (m->country_sent && si + 1 - m->country_sent <= ANT_SENTS && m->country)
    return m->country;
  int best = -1, second = 0;
  for (int j = 0; j < m->nfocus; j++)
    if (best < 0 || m->focus[j].n > m->focus[best].n) {
      if (best >= 0)
        second = m->focus[best].n;
      best = j;
    } else if (m->focus[j].n > second)
      second = m->focus[j].n;
  /* why twice the runner-up: a story about two states' dispute names both
   * about as often, and then "the military" may be either's */
  return best >= 0 && m->focus[best].n >= 2 && m->focus[best].n >= 2 * second
             ? m->focus[best].code
             : NULL;
}

/* Counts the states the document's title names: they tell the story's
 * country.  s, w and ew are the caller's buffers. */
static int note_title(docmem *m, const doc_rec *d, sent *s, word *w, ev_word *ew) {
  const char *t = d->pub.title;
  if (!t || !*t)
    return 0;
  segmentation seg;
  if (segment_text(t, strlen(t), &seg))
    return -1;
  size_t n = ev_split_words(t, &seg, 0, seg.ntok, ew, MAX_WORDS);
  segmentation_free(&seg);
  s->nm = s->ng = 0;
  s->first = s->start = 0; /* (find_mentions reads them: never left as malloc gave them) */
  s->text = t;
  s->w = w;
  s->n = (int)n;
  for (size_t i = 0; i < n; i++) {
    memset(&w[i], 0, sizeof w[i]);
    w[i].w = ew[i];
    w[i].h = ev_hash(ew[i].low);
    w[i].tx = -1;
    w[i].ment = -1;
  }
  find_mentions(s);
  story_note(m, s, 2); /* why 2: a title names the story's subject */
  return 0;
}

/* ---- the document --------------------------------------------------------------------------- */

/* Joins anaphoric events without actors to their antecedent ("the pact,
 * formalized during ...", "the one signed Tuesday"). */
static void resolve_anaphora(const doc_rec *d, pendvec *pv) {
  for (size_t i = 0; i < pv->n; i++) {
    pend *p = &pv->v[i];
    if (!p->anaphor || p->nact || p->type == EV_OTHER || p->dropped)
      continue;
    /* the nearest introduction of the same type: at the same time first,
     * then at an overlapping or unknown time */
    for (size_t pass = 0, found = 0; pass < 2 && !found; pass++)
    for (size_t j = i; j-- > 0;) {
      pend *q = &pv->v[j];
      if (q->merged_into >= 0 || q->type != p->type || !q->nsrc || !q->intro || q->dropped)
        continue;
      if (p->tx >= 0 && q->tx >= 0) {
        const tempora_interval *a = &d->timexes[p->tx].interval, *b = &d->timexes[q->tx].interval;
        if (a->end <= b->start || b->end <= a->start)
          continue;
        if (pass == 0 && (a->start != b->start || a->end != b->end))
          continue;
      } else if (pass == 0 && p->tx >= 0)
        continue;
      found = 1;
      p->merged_into = (int)j;
      if (q->tx < 0)
        q->tx = p->tx;
      if (!q->place_ok && p->place_ok) {
        q->loc = p->loc;
        q->place_ok = 1;
      }
      break;
    }
  }
}

static tempora_source make_source(const doc_rec *d, const pend *p) {
  tempora_source src;
  memset(&src, 0, sizeof src);
  const sentence *se = &d->sents[p->sent];
  src.doc = d->pub.id;
  src.sentence = p->sent;
  src.start = se->start;
  src.end = se->end;
  if (p->tx >= 0) {
    src.timex_start = d->timexes[p->tx].start;
    src.timex_end = d->timexes[p->tx].end;
  } else
    src.timex_start = src.timex_end = se->start;
  src.trigger_start = p->trig_start;
  src.trigger_end = p->trig_end;
  return src;
}

/* Copies the sentence with runs of whitespace collapsed to one space. */
static char *clean_sentence(tempora_timeline *tl, const char *s, size_t n) {
  char *out = arena_alloc(&tl->ar, n + 1);
  if (!out)
    return NULL;
  size_t k = 0;
  int sp = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      sp = k > 0;
      continue;
    }
    if (sp)
      out[k++] = ' ';
    sp = 0;
    out[k++] = (char)c;
  }
  out[k] = '\0';
  return out;
}

static int emit(tempora_timeline *tl, doc_rec *d, pendvec *pv, char **stext) {
  for (size_t i = 0; i < pv->n; i++) {
    pend *p = &pv->v[i];
    if (p->merged_into >= 0 || p->dropped)
      continue;
    /* an undated event is kept, dated at the publication day with precision
     * "reported": with --undated as such, otherwise only to join a dated
     * telling of the same act in the timeline (timeline.c), which needs an
     * actor to file it under */
    if (p->tx < 0 && (!d->has_dct || (!tl->opts.undated && !p->nact)))
      continue;
    size_t nsrc = 1;
    for (size_t j = i + 1; j < pv->n; j++)
      nsrc += pv->v[j].merged_into == (int)i;
    tempora_event *ev = tl_new_event(tl);
    tempora_source *src = arena_alloc(&tl->ar, nsrc * sizeof *src);
    tempora_actor *acts = p->nact ? arena_alloc(&tl->ar, (size_t)p->nact * sizeof *acts) : NULL;
    if (!ev || !src || (p->nact && !acts))
      return -1;
    size_t k = 0;
    src[k] = make_source(d, p);
    src[k++].text = stext[p->sent];
    for (size_t j = i + 1; j < pv->n; j++)
      if (pv->v[j].merged_into == (int)i) {
        src[k] = make_source(d, &pv->v[j]);
        src[k].text = stext[pv->v[j].sent];
        if (src[k].timex_start == src[k].timex_end && p->tx >= 0 && pv->v[j].tx < 0)
          src[k].timex_start = src[k].timex_end = src[k].start;
        k++;
      }
    if (p->nact)
      memcpy(acts, p->acts, (size_t)p->nact * sizeof *acts);
    ev->headline = p->headline;
    ev->trigger = p->trigger;
    ev->type = ev_type_name(p->type);
    ev->status = p->status;
    ev->actors = acts;
    ev->n_actors = (size_t)p->nact;
    ev->location = p->loc;
    if (!p->place_ok) {
      ev->location.name = NULL;
      ev->location.code = "";
    }
    ev->sources = src;
    ev->n_sources = nsrc;
    if (p->tx >= 0) {
      const tempora_timex *t = &d->timexes[p->tx];
      ev->when.text = t->text;
      ev->when.value = t->value;
      ev->when.mod = t->mod;
      ev->when.interval = t->interval;
      ev->when.precision = t->precision;
      if (d->has_dct && ev->status == TEMPORA_STATUS_OCCURRED && t->interval.valid &&
          t->interval.start > d->dct)
        ev->status = TEMPORA_STATUS_PLANNED;
    } else {
      ev->when.text = "";
      ev->when.value = d->pub.dct;
      ev->when.mod = "";
      ev->when.interval.valid = 1;
      ev->when.interval.start = tp_from_days(tp_days(d->dct));
      ev->when.interval.end = ev->when.interval.start + DAY_SECS;
      ev->when.precision = TEMPORA_PREC_REPORTED;
    }
  }
  return 0;
}

/* TEMPORA_EVENTS_DEBUG=1: the analysis of each sentence on stderr. */
static void dump_sentence(const sent *s) {
  static const char *const pn[] = {"-", "DET", "POSS", "PRON", "PREP", "CONJ", "SUB", "REL",
                                   "AUX", "MOD", "NEG", "ADV", "NUM", "P", ",", "Q", "V",
                                   "N", "NP", "ADJ", "TO", "GEN"};
  for (int i = 0; i < s->n; i++)
    fprintf(stderr, "%s/%s%s%s ", s->w[i].w.low, pn[s->w[i].pos], s->w[i].ment >= 0 ? "@" : "",
            s->w[i].tx >= 0 ? "#" : "");
  fprintf(stderr, " [story %s] start=%d first=%d\n", s->story ? s->story : "-", s->start, s->first);
  for (int k = 0; k < s->ng; k++) {
    const vgroup *g = &s->g[k];
    fprintf(stderr, "  g%d %s link=%d gov=%d frame=%d subj=[%d,%d) obj=[%d,%d) args<%d tx=%d type=%s%s%s\n",
            k, ev_lemma_name(g->lemma), g->link, g->gov, g->frame, g->subj_b, g->subj_e, g->obj_b,
            g->obj_e, g->args_e, g->tx, ev_type_name(g->type), g->passive ? " passive" : "",
            g->fut ? " fut" : "");
  }
}

int events_extract(tempora_timeline *tl, doc_rec *d, const segmentation *seg) {
  if (evdata_init())
    return -1;
  pthread_once(&k_once, k_build);
  pthread_once(&closed_once, closed_build);
  word *w = malloc(MAX_WORDS * sizeof *w);
  ev_word *ew = malloc(MAX_WORDS * sizeof *ew);
  sent *s = malloc(sizeof *s);
  char **stext = calloc(d->nsent ? d->nsent : 1, sizeof *stext);
  pendvec pv = {0};
  docmem mem;
  mem.head = mem.n = 0;
  mem.country_sent = 0;
  mem.country = NULL;
  mem.nfocus = mem.npeople = 0;
  sctx cx;
  cx.ncur = 0;
  int rc = 0;
  if (!w || !ew || !s || !stext) {
    rc = -1;
    goto done;
  }
  if (note_title(&mem, d, s, w, ew)) {
    rc = -1;
    goto done;
  }
  size_t ti = 0;
  const char *dbg = getenv("TEMPORA_EVENTS_DEBUG");
  int debug = dbg && *dbg == '1';
  for (size_t si = 0; si < d->nsent && si < seg->nsent; si++) {
    const sentence *se = &seg->sents[si];
    stext[si] = clean_sentence(tl, d->pub.text + se->start, se->end - se->start);
    if (!stext[si]) {
      rc = -1;
      goto done;
    }
    /* the mention and group tables are filled as they are found */
    s->nm = s->ng = 0;
    s->first = s->start = 0;
    s->story = story_country(&mem, si);
    s->text = d->pub.text;
    s->w = w;
    size_t n = ev_split_words(d->pub.text, seg, se->tok0, se->tok1, ew, MAX_WORDS);
    s->n = (int)n;
    while (ti < d->pub.n_timexes && d->timexes[ti].sentence < si)
      ti++;
    for (size_t i = 0; i < n; i++) {
      memset(&w[i], 0, sizeof w[i]);
      w[i].w = ew[i];
      w[i].tx = -1;
      w[i].ment = -1;
      for (size_t k = ti; k < d->pub.n_timexes && d->timexes[k].sentence == si; k++)
        if (ew[i].start >= d->timexes[k].start && ew[i].end <= d->timexes[k].end) {
          w[i].tx = (int)k;
          w[i].txg = governs(&d->timexes[k]);
        }
    }
    lookup_words(s);
    find_mentions(s);
    find_start(s);
    tag_words(s);
    find_groups(s);
    link_groups(s);
    for (int k = 0; k < s->ng; k++)
      find_args(s, k);
    find_subjects(s);
    sctx *c = &cx;
    c->tl = tl;
    c->d = d;
    c->s = s;
    c->sidx = si;
    c->mem = &mem;
    c->attrib_b = c->attrib_e = -1;
    c->reported = 0;
    find_frames(c);
    link_times(c);
    if (debug)
      dump_sentence(s);
    collect_antecedents(c);
    sentence_events(c, &pv);
    remember_antecedents(c);
    remember_people(c);
    const char *cc;
    if (country_count(s, &cc)) {
      mem.country_sent = si + 1;
      mem.country = cc;
    }
    story_note(&mem, s, 1);
  }
  resolve_anaphora(d, &pv);
  rc = emit(tl, d, &pv, stext);
done:
  free(w);
  free(ew);
  free(s);
  free(stext);
  free(pv.v);
  return rc || tl->ar.oom ? -1 : 0;
}
