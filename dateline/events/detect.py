"""Find the event mentions of a document: one classifier call for all its sentences.

Each sentence is classified into one of ACLED's 25 sub-types or an out-of-scope
class; a sub-type above ``min_score`` becomes a mention whose trigger is the
ontology trigger word of that sub-type nearest the top of the parse.  A sentence
yields a second mention only for a trigger in its own subordinate clause that,
classified alone, is of an event type ACLED would not merge into the first (an
arrest of a cell that had killed someone), so one event is never emitted twice.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc, Span, Token

from dateline.events.background import not_news
from dateline.events.features import LexHit, Lexicon, proper_nouns, sentence_features, token_keys
from dateline.events.model import EventModels
from dateline.events.modality import modality_of
from dateline.events.ontology import Ontology
from dateline.types import EventMention


@dataclass(frozen=True)
class DetectConfig:
    min_score: float = 0.35  # lowest probability for a sentence's main sub-type
    secondary_min: float = 0.25  # lowest probability for a second event, in its own clause
    max_per_sentence: int = 2
    # ACLED precedence: when the runner-up sub-type is nearly as likely, belongs to an event
    # type that would be merged with the winner's, and ranks higher in the hierarchy, it wins.
    precedence_ratio: float = 0.5
    # A sentence is given to the sentence encoder (when the model reads embeddings) only when
    # the words-only classifier gives its event sub-types at least this much probability: most
    # sentences of an article hold no event, and the encoder is the stage's main cost.
    encode_min: float = 0.5
    # Every sentence of a text this short is encoded (a headline, a snippet, a coder's note):
    # the gate is there for long articles, and short texts are where the words miss most.
    encode_short: int = 3


REPORTING = frozenset({"say", "tell", "report", "confirm", "announce", "add", "state", "claim", "allege"})
CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "acl"})


def _clause_head(tok: Token) -> Token:
    """The head of the (subordinate) clause a token belongs to, or the sentence root."""
    steps = 0
    while tok.head.i != tok.i and steps < 50:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in CLAUSE_DEPS:
            return tok
        tok = tok.head
        steps += 1
    return tok


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


def _pick_trigger(sent: Span, hits: list[LexHit], codes: set[str]) -> Span:
    """The trigger span: the matching lexicon hit highest in the parse, else the root."""
    cands = [h for h in hits if h.code in codes and not h.oos]
    if not cands:
        root = sent.root
        if root.lemma_.lower() in REPORTING:  # "officials said militants ...": the event is the clause
            clause = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")), None)
            root = clause or root
        return sent[root.i - sent.start: root.i - sent.start + 1]

    def key(h: LexHit) -> tuple[int, int, int]:
        span = sent[h.start:h.end]
        verbal = 0 if span.root.pos_ in ("VERB", "NOUN", "PROPN") else 1
        return (verbal, _depth(span.root), -(h.end - h.start))

    best = min(cands, key=key)
    return sent[best.start:best.end]


class Detector:
    def __init__(self, ontology: Ontology, lexicon: Lexicon, models: EventModels, config: DetectConfig) -> None:
        self.ontology = ontology
        self.lexicon = lexicon
        self.model = models.main
        self.lexical = models.lexical  # words only: gates the encoder, scores subordinate clauses
        self.encoder = None
        if self.model.uses_embeddings:
            from dateline.events.encoder import get_encoder

            self.encoder = get_encoder(models.encoder_dir)
        self.config = config
        self.labels = self.model.labels
        in_scope = set(ontology.codes)
        self.in_scope = np.array([lab in in_scope for lab in self.labels])
        self.sub = {s.code: s for s in ontology.sub_event_types}
        self.by_type: dict[str, set[str]] = {}
        for s in ontology.sub_event_types:
            self.by_type.setdefault(s.event_type, set()).add(s.code)

    def __call__(self, doc: Doc) -> list[EventMention]:
        sents = list(doc.sents)
        if not sents:
            return []
        keys = [token_keys(s) for s in sents]
        hits = [self.lexicon.find(k, proper_nouns(s)) for k, s in zip(keys, sents)]
        feats = [sentence_features(s, self.lexicon, k, h) for s, k, h in zip(sents, keys, hits)]
        probs = self._classify(sents, feats)
        mentions: list[EventMention] = []
        for sent, sent_hits, p in zip(sents, hits, probs):
            mentions.extend(self._sentence(sent, sent_hits, p))
        return mentions

    def _classify(self, sents: list[Span], feats: list[list[str]]) -> np.ndarray:
        """Words-only probabilities; sentences that may hold an event are rescored with their vector."""
        probs = self.lexical.predict_proba(feats)
        if self.encoder is None or not len(probs):
            return probs
        in_scope = probs[:, self.in_scope].sum(axis=1)
        short = len(sents) <= self.config.encode_short
        todo = [i for i in range(len(sents)) if short or in_scope[i] >= self.config.encode_min]
        if todo:
            vectors = self.encoder.encode([sents[i].text for i in todo])
            probs[todo] = self.model.predict_proba([feats[i] for i in todo], vectors)
        return probs

    def _mention(self, sent: Span, trigger: Span, code: str, score: float) -> EventMention:
        sub = self.sub[code]
        modality, evidence = modality_of(trigger.root, self.ontology.modality)
        return EventMention(
            start=trigger.start_char, end=trigger.end_char, text=trigger.text,
            sentence_start=sent.start_char, sentence_end=sent.end_char,
            event_type=sub.event_type, sub_event_type=sub.name,
            disorder_type=self.ontology.disorder_of(sub.event_type),
            score=round(float(score), 4), modality=modality, modality_evidence=evidence,
        )

    def _sentence(self, sent: Span, hits: list[LexHit], p: np.ndarray) -> list[EventMention]:
        cfg = self.config
        top = int(p.argmax())
        label = self.labels[top]
        out: list[EventMention] = []
        if self.in_scope[top] and not self._has_own_words(top, hits):
            # A demonstration is told with a demonstration's words ("protest", "march", "tear
            # gas"); without one no Protests sub-type can hold, and the sentence is read by
            # the other classes' probabilities given that (renormalised).
            p = p.copy()
            p[[i for i, lab in enumerate(self.labels) if lab in self.by_type[self.sub[label].event_type]]] = 0.0
            p /= max(float(p.sum()), 1e-9)
            top = int(p.argmax())
            label = self.labels[top]
        if self.in_scope[top]:
            if p[top] < cfg.min_score:
                return []
            top, label = self._precedence(p, top)
            sub = self.sub[label]
            trigger = _pick_trigger(sent, hits, {label} | self.by_type[sub.event_type])
            if not self._is_news(sent, hits, trigger):
                return []
            out.append(self._mention(sent, trigger, label, p[top]))
        elif label in ("ATTRIB", "NONE"):
            # Not a report of an event that happened, but it may still name one that was
            # planned, threatened, denied or imagined: keep it with that modality.
            return self._unasserted(sent, hits, p)
        else:
            return []
        # A second event of another kind, told in its own clause ("busted a cell that had
        # killed an officer"): classify that clause alone.
        if cfg.max_per_sentence > 1:
            out.extend(self._clause_events(sent, hits, trigger, out[0]))
        return out

    NEEDS_OWN_TRIGGER = frozenset({"Protests"})

    def _has_own_words(self, top: int, hits: list[LexHit]) -> bool:
        """False when a Protests sub-type wins without any Protests trigger in the sentence."""
        etype = self.sub[self.labels[top]].event_type
        if etype not in self.NEEDS_OWN_TRIGGER:
            return True
        return any(not h.oos and h.code in self.by_type[etype] for h in hits)

    def _is_news(self, sent: Span, hits: list[LexHit], trigger: Span) -> bool:
        """False for a caption, an aggregate, a trend or a back-reference (background.py)."""
        triggers = {sent.start + i for h in hits if not h.oos for i in range(h.start, h.end)}
        return not_news(sent, trigger, self.ontology.not_news, lambda tok: tok.i in triggers) is None

    def _clause_events(self, sent: Span, hits: list[LexHit], primary: Span, first: EventMention) -> list[EventMention]:
        cfg = self.config
        home = _clause_head(primary.root).i
        seen: set[int] = {home}
        found: list[EventMention] = []
        for h in hits:
            if h.oos or len(found) + 1 >= cfg.max_per_sentence:
                continue
            span = sent[h.start:h.end]
            if span.start <= primary.root.i < span.end:
                continue
            head = _clause_head(span.root)
            if head.i in seen:
                continue
            seen.add(head.i)
            clause = sent.doc[head.left_edge.i: head.right_edge.i + 1]
            if primary.root.i >= clause.start and primary.root.i < clause.end:
                continue  # the clause contains the main event: same event
            keys = token_keys(clause)
            clause_hits = self.lexicon.find(keys, proper_nouns(clause))
            p = self.lexical.predict_proba([sentence_features(clause, self.lexicon, keys, clause_hits)])[0]
            top = int(np.where(self.in_scope, p, -1.0).argmax())
            code = self.labels[top]
            if p[top] < cfg.secondary_min or p[top] < p[~self.in_scope].max():
                continue
            sub = self.sub[code]
            if any(self.ontology.merges(sub.event_type, m.event_type) for m in [first, *found]):
                continue
            offset = clause.start - sent.start
            local = [LexHit(x.start + offset, x.end + offset, x.code, x.oos) for x in clause_hits]
            trig = _pick_trigger(sent, local, {code} | self.by_type[sub.event_type])
            if not (clause.start <= trig.root.i < clause.end) or not self._is_news(sent, hits, trig):
                continue
            found.append(self._mention(sent, trig, code, p[top]))
        return found

    def _precedence(self, p: np.ndarray, top: int) -> tuple[int, str]:
        label = self.labels[top]
        order = np.argsort(-p)
        second = next((int(i) for i in order if i != top and self.in_scope[i]), None)
        if second is None or p[second] < self.config.precedence_ratio * p[top]:
            return top, label
        runner = self.labels[second]
        if (self.ontology.merges(self.sub[runner].event_type, self.sub[label].event_type)
                and self.ontology.rank(runner) < self.ontology.rank(label)):
            return second, runner
        return top, label

    def _unasserted(self, sent: Span, hits: list[LexHit], p: np.ndarray) -> list[EventMention]:
        """A mention whose trigger is governed by a modality cue, or nothing.

        Its score is the sub-type's share of the in-scope probability, halved: we are
        sure of the modality but less so of the sub-type.
        """
        codes = {h.code for h in hits if not h.oos}
        ranked = sorted(((p[i], i) for i, lab in enumerate(self.labels) if lab in codes), reverse=True)
        mass = float(p[self.in_scope].sum()) or 1.0
        found: list[tuple[int, float, EventMention]] = []
        for prob, idx in ranked[:3]:
            code = self.labels[idx]
            trigger = _pick_trigger(sent, hits, {code})
            mention = self._mention(sent, trigger, code, 0.5 * prob / mass)
            if mention.modality != "asserted":
                found.append((_depth(trigger.root), -prob, mention))
        return [min(found, key=lambda f: f[:2])[2]] if found else []
