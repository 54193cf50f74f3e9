"""Sentence features for the event classifier, and the ontology trigger lexicon.

One function turns a sentence (a spaCy Span) into feature strings, used both when
training (``scripts/train_events.py``) and when tagging, so the two cannot drift.
Features are words, lemmas, lemma bigrams and one "lexicon hit" feature per
sub-type whose trigger words occur: the last lets a trigger added to
``ontology.yaml`` count without retraining.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from collections.abc import Collection, Iterator

from spacy.tokens import Span, Token

from dateline.events.ontology import Ontology, get_ontology


HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


@dataclass(frozen=True)
class LexHit:
    """A trigger-lexicon match: token span [start, end) within the sentence."""

    start: int
    end: int
    code: str
    oos: bool  # an out-of-scope cue rather than an event trigger


class Lexicon:
    """Phrase lookup over token lemmas (or lower-cased forms), first word indexed."""

    def __init__(self, ontology: Ontology) -> None:
        self.index: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
        for sub in ontology.sub_event_types:
            for trig in sub.triggers:
                self._add(trig, sub.code, False)
        for oos in ontology.out_of_scope:
            for cue in oos.cues:
                self._add(cue, oos.code, True)
        for entries in self.index.values():
            entries.sort(key=lambda e: -len(e[0]))
        self.false: dict[str, list[tuple[tuple[str, ...]]]] = {}  # names of things that hold a trigger's word
        for phrase in ontology.false_triggers:
            words = tuple(HYPHEN.sub(" - ", phrase).split())
            self.false.setdefault(words[0], []).append((words,))
        self.actor_class: dict[str, str] = {}
        for cls, words in ontology.actor_classes.items():
            for w in words:
                self.actor_class.setdefault(w, cls)

    def _add(self, phrase: str, code: str, oos: bool) -> None:
        # spaCy splits a hyphen between letters off as its own token ("sit-in" is "sit", "-",
        # "in"): a hyphenated trigger is matched as that token sequence.
        words = tuple(HYPHEN.sub(" - ", phrase).split())
        self.index.setdefault(words[0], []).append((words, code, oos))

    def find(self, keys: list[tuple[str, str]], propn: list[bool] | None = None,
             acting: list[bool] | None = None, modifiers: list[bool] | None = None) -> list[LexHit]:
        """All matches; ``keys`` holds (lemma, lower) per token, ``propn`` marks proper nouns,
        ``acting`` verbs done to an object (``acting_verbs``) and ``modifiers`` the words a phrase may
        hold between its own ("opened indiscriminate fire", ``phrase_modifiers``)."""
        inside_names = {t for start, end, _ in _phrases(self.false, keys) for t in range(start, end)}
        hits: list[LexHit] = []
        for start, end, (_, code, oos) in _phrases(self.index, keys, modifiers):
            if end - start == 1 and propn is not None and propn[start]:
                continue  # "March", "Battle Ground", "Shell": names, not triggers
            if oos and end - start == 1 and acting is not None and acting[start]:
                continue  # "gunmen stormed the school": no storm, whatever the lemma says
            if not inside_names.issuperset(range(start, end)):  # "gold mine" holds no landmine
                hits.append(LexHit(start, end, code, oos))
        return hits


def _phrases(index: dict[str, list[tuple[Any, ...]]], keys: list[tuple[str, str]],
             modifiers: list[bool] | None = None) -> Iterator[tuple[int, int, tuple[Any, ...]]]:
    """(start, end, entry) of every phrase of ``index`` (first word -> entries whose first item is the
    phrase's words) found in ``keys``, each word matched by its lemma or its lower-cased form; with
    ``modifiers``, up to two marked words may stand between a phrase's words ("opened indiscriminate
    fire", "exchanged heavy fire")."""
    n = len(keys)
    for i, (lemma, lower) in enumerate(keys):
        entries = index.get(lemma, [])
        if lower != lemma:
            entries = entries + index.get(lower, [])
        for entry in entries:
            words = entry[0]
            k = len(words)
            if i + k <= n and all(words[j] in keys[i + j] for j in range(1, k)):
                yield i, i + k, entry
            elif k > 1 and modifiers is not None and (end := _spread_end(words, keys, modifiers, i)) is not None:
                yield i, end, entry


def _spread_end(words: tuple[str, ...], keys: list[tuple[str, str]], modifiers: list[bool], i: int) -> int | None:
    """The end of the phrase ``words`` begun at ``i`` with modifiers between its words, or None."""
    at = i
    for word in words[1:]:
        at += 1
        skipped = 0
        while at < len(keys) and word not in keys[at] and modifiers[at] and skipped < 2:
            at, skipped = at + 1, skipped + 1
        if at >= len(keys) or word not in keys[at]:
            return None
    return at + 1


@lru_cache(maxsize=4)
def get_lexicon(path: str | None = None) -> Lexicon:
    return Lexicon(get_ontology(path))


@lru_cache(maxsize=1)
def _type_of_code() -> dict[str, str]:
    return {s.code: s.event_type for s in get_ontology().sub_event_types}


def trigger_types(token: Token) -> set[str]:
    """The event types the trigger word can name in the ontology: "attack" is a clash or an
    attack on civilians, "bombing" only an explosion."""
    by_code = _type_of_code()
    hits = get_lexicon().find([(token.lemma_.lower(), token.lower_)])
    return {by_code[h.code] for h in hits if not h.oos and h.code in by_code}


def people_words(ontology: Ontology | None = None) -> frozenset[str]:
    """Nouns that name people: the counts stage's person nouns and the ontology's actor-class words
    ("villager", "rioters", "soldiers")."""
    from dateline.counts.numbers import load_vocabulary

    ontology = ontology or get_ontology()
    return frozenset(w.lower() for w in load_vocabulary().data.get("person_nouns", [])) \
        | frozenset(w.lower() for ws in ontology.actor_classes.values() for w in ws)


def one_of(tok: Token, words: Collection[str]) -> bool:
    """The word, by its lemma or as written (lower case), is one of ``words``: the ontology's lists hold
    both ("troop" and "forces")."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def token_keys(sent: Span) -> list[tuple[str, str]]:
    return [(t.lemma_.lower(), t.lower_) for t in sent]


# Marks after which a capitalised word begins a phrase, as at a sentence's start ("TUESDAY (15/10): Firefight near
# the airstrip", "Update - Clashes in the north").
PHRASE_OPENERS = frozenset({":", "-", "–", "—", "|", "•"})


def proper_nouns(sent: Span) -> list[bool]:
    """Proper nouns, not counting a capitalised first word of a sentence or of a phrase after a colon or dash
    (which the tagger may call a name)."""
    doc = sent.doc
    return [t.pos_ == "PROPN" and not t.is_sent_start and not (t.i > 0 and _opens_phrase(doc[t.i - 1].text)) for t in sent]


def _opens_phrase(word: str) -> bool:
    return word in PHRASE_OPENERS or word.endswith(":")  # "):" is one token


def acting_verbs(sent: Span) -> list[bool]:
    """Verbs with a direct object: someone did them to something, so they are no out-of-scope cue."""
    return [t.pos_ == "VERB" and any(c.dep_ == "dobj" for c in t.children) for t in sent]


def phrase_modifiers(sent: Span) -> list[bool]:
    """Adjectives and adverbs: a trigger phrase may hold them between its words ("opened indiscriminate fire")."""
    return [t.pos_ in ("ADJ", "ADV") for t in sent]


# Prefixes that make the word after them a name of what is fought against: "the Anti-Kidnapping Unit",
# "anti-riot police", "counter-terrorism forces", "anti-war protest" (the protest is still one).
AGAINST_PREFIXES = frozenset({"anti", "counter"})


def _after_against_prefix(span: Span, i: int) -> bool:
    """The span's ``i``-th word follows "anti-" or "counter-"."""
    doc, at = span.doc, span.start + i
    return at >= 2 and doc[at - 1].text == "-" and not doc[at - 2].whitespace_ and not doc[at - 1].whitespace_ \
        and doc[at - 2].lower_ in AGAINST_PREFIXES


def find_hits(lexicon: Lexicon, span: Span, keys: list[tuple[str, str]] | None = None) -> list[LexHit]:
    """The lexicon's matches in a sentence or phrase, read with its parts of speech; none that names what a
    unit or a stance is against ("Anti-Kidnapping Unit", "anti-riot police")."""
    hits = lexicon.find(keys if keys is not None else token_keys(span), proper_nouns(span), acting_verbs(span),
                        phrase_modifiers(span))
    return [h for h in hits if not _after_against_prefix(span, h.start)]


def sentence_features(sent: Span, lexicon: Lexicon, keys: list[tuple[str, str]] | None = None,
                      hits: list[LexHit] | None = None) -> list[str]:
    """Feature strings of one sentence (duplicates removed, order kept)."""
    keys = keys if keys is not None else token_keys(sent)
    hits = hits if hits is not None else find_hits(lexicon, sent, keys)
    feats: list[str] = []
    prev = "<s>"
    for tok, (lemma, lower) in zip(sent, keys):
        if tok.is_punct or tok.is_space:
            continue
        if tok.like_num:
            lemma = lower = "<num>"
        feats.append("w=" + lower)
        if lemma != lower:
            feats.append("l=" + lemma)
        feats.append("b=" + prev + "_" + lemma)
        prev = lemma
    feats.append("b=" + prev + "_</s>")
    for hit in hits:
        feats.append(("cue=" if hit.oos else "lex=") + hit.code)
    if sent.doc.has_annotation("DEP"):
        feats.extend(_dep_features(sent, lexicon, keys, hits))
    return list(dict.fromkeys(feats))


SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJ = frozenset({"dobj", "pobj", "attr", "oprd"})


def _actor_class(tok, lexicon: Lexicon, keys: list[tuple[str, str]], offset: int) -> str | None:
    lemma, lower = keys[tok.i - offset]
    cls = lexicon.actor_class.get(lemma) or lexicon.actor_class.get(lower)
    if cls:
        return cls
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i < tok.i:
            c_lemma, c_lower = keys[child.i - offset]
            cls = (lexicon.actor_class.get(f"{c_lemma} {lemma}") or lexicon.actor_class.get(c_lemma)
                   or lexicon.actor_class.get(c_lower))
            if cls:
                return cls
    return None


def _dep_features(sent: Span, lexicon: Lexicon, keys: list[tuple[str, str]], hits: list[LexHit]) -> list[str]:
    """Who-did-what features: actor class of subjects/objects paired with their verb."""
    offset = sent.start
    codes_at: dict[int, list[str]] = {}
    for h in hits:
        if not h.oos:
            for i in range(h.start, h.end):
                codes_at.setdefault(i, []).append(h.code)
    feats: list[str] = ["root=" + keys[sent.root.i - offset][0]]
    root = sent.root
    for h in hits:
        if h.oos:
            continue
        tok = sent[h.start:h.end].root
        if tok.i == root.i or tok.head.i == root.i:
            feats.append("lexroot=" + h.code)
    for tok in sent:
        dep = tok.dep_
        if dep not in SUBJ and dep not in OBJ and dep != "pobj":
            continue
        cls = _actor_class(tok, lexicon, keys, offset)
        if cls is None:
            continue
        head = tok.head
        if dep == "pobj" and head.dep_ in ("agent", "prep"):
            role = "s" if head.dep_ == "agent" else "o"
            head = head.head
        elif dep == "nsubjpass":
            role = "o"
        else:
            role = "s" if dep in SUBJ else "o"
        if not (offset <= head.i < sent.end):
            continue
        feats.append(f"{role}={cls}_{keys[head.i - offset][0]}")
        for code in codes_at.get(head.i - offset, ()):
            feats.append(f"{role}c={cls}_{code}")
    return feats
