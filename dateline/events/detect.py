"""Find the event mentions of a document: one classifier call for all its sentences.

Each sentence is classified into one of ACLED's 25 sub-types or an out-of-scope
class; a sub-type above ``min_score`` becomes a mention whose trigger is the
ontology trigger word of that sub-type nearest the top of the parse.  A sentence
yields a second mention only for a trigger in its own subordinate clause that,
classified alone, is of an event type ACLED would not merge into the first (an
arrest of a cell that had killed someone), so one event is never emitted twice.

The rules that read a sentence's grammar are mixed into ``Detector`` from their own modules:
the checks ``_sentence`` makes of a sentence and its reading (``checks.py``), those of a headline
(``headlines.py``), those that correct the classifier's reading of an ordinary sentence
(``corrections.py``), those that read its clauses apart (``clauses.py``), and the passes over a
whole document's mentions (``passes.py``); the parse-tree tests they share, with the choice of a
trigger word, are in ``triggers.py``, and what the earlier stages found in ``facts.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc, Span

from dateline.counts.numbers import harm_words, load_vocabulary
from dateline.events.background import bare_plural, is_reaction
from dateline.events.checks import SentenceChecks
from dateline.events.clauses import ClauseRules
from dateline.events.corrections import CorrectionRules
from dateline.events.facts import DocFacts
from dateline.events.features import LexHit, Lexicon, find_hits, one_of, people_words, sentence_features, token_keys
from dateline.events.headlines import HeadlineRules
from dateline.events.model import EventModels
from dateline.events.modality import modality_of, undone_next
from dateline.events.ontology import VIOLENT_EVENT_TYPES, Ontology
from dateline.events.passes import DocumentPasses
from dateline.events.triggers import (_dated_reference, _pick_trigger, _thing_vanished, blocked_way, doing_crowd,
                                      gathered_against, protest_purpose)
from dateline.counts import count_mentions
from dateline.nlp import doc_text, has_slot, headline_line
from dateline.places.cues import title_case
from dateline.types import EventMention


def _given_not(p: np.ndarray, out: list[int]) -> np.ndarray:
    """The class probabilities given that the sentence is none of the classes ``out`` (renormalised)."""
    q = p.copy()
    q[out] = 0.0
    return q / max(float(q.sum()), 1e-9)


def _without_told_of_someone(sent: Span, hits: list[LexHit]) -> list[LexHit]:
    """Without the words of a clause in the past perfect that tells who someone was ("shot dead a teacher
    who had joined the protests"): the person's past, not the sentence's event, when other words of an
    event remain outside it."""
    def told_of(h: LexHit) -> bool:
        return any(a.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in a.children)
                   for a in (sent[h.start:h.end].root, *sent[h.start:h.end].root.ancestors))
    inside = [h for h in hits if not h.oos and told_of(h)]
    if inside and any(not h.oos and h not in inside for h in hits):
        return [h for h in hits if h not in inside]
    return hits


def _follows_event(noun: Token) -> bool:
    """A noun pointing back ("the shelling", "that attack") is the subject of "followed" with an object: what it
    followed is the sentence's news ("the shelling followed an attack on an outpost")."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this", "these", "those") for c in noun.children) \
        and noun.head.lemma_.lower() == "follow" and any(c.dep_ == "dobj" for c in noun.head.children)


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
    # ... and a sentence holding an event's trigger word that the words read as a crime or an accident, when
    # they still give the event sub-types at least this much (a floor that keeps the encoder's cost down).
    encode_crime_min: float = 0.2
    # Out-of-scope classes whose words overlap conflict events (an explosion, a shooting): a
    # sentence read as one of them that holds an event trigger is kept as an "ambiguous" mention,
    # which becomes a row only when the article names the same event as conflict elsewhere.
    ambiguous_classes: tuple[str, ...] = ("MAN_MADE_DISASTER", "ORG_CRIME")
    # A headline whose main predicate is an event trigger reports that event even when the
    # classifier reads it as NONE, provided the event sub-types hold at least this much probability.
    headline_min: float = 0.2
    # The classes a headline's event word overrules: context (NONE), and crime told without a
    # crime's own words ("Man shot dead in ..." is a killing; "robbery", "smuggling" are cues).
    headline_overrules: tuple[str, ...] = ("NONE", "ORG_CRIME")
    # A sentence the classifier reads as violence, split among unlike types so that none holds
    # ``min_score`` ("fighters attacked the hamlet, killing four"), is still violence when the
    # violent types together hold this much: the sentence's own trigger words then say which.
    violence_min: float = 0.6


ZERO_WORDS = frozenset({"0", "zero", "nil"})


def _zero_toll(doc: Doc, m: EventMention) -> bool:
    """A coder's "0 killed." or "zero casualties": a figure saying no one died, which tells no event."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    return doc[span.start - 1].lower_ in ZERO_WORDS


class Detector(SentenceChecks, ClauseRules, DocumentPasses, HeadlineRules, CorrectionRules):
    def __init__(self, ontology: Ontology, lexicon: Lexicon, models: EventModels, config: DetectConfig,
                 reparse: Callable[[list[str], list[bool]], Doc] | None = None) -> None:
        self.ontology = ontology
        self.reparse = reparse  # tags and parses a headline again, its case normalised (nlp.Reparser)
        self.lexicon = lexicon
        self.model = models.main
        self.lexical = models.lexical  # words only: gates the encoder, scores subordinate clauses
        self.encoder = None
        if self.model.uses_embeddings:
            from dateline.events.encoder import get_encoder

            self.encoder = get_encoder(models.encoder_dir)
        self.config = config
        self.labels = self.model.labels
        self.index = {lab: i for i, lab in enumerate(self.labels)}
        self.person_nouns = frozenset(w.lower() for w in load_vocabulary().data.get("person_nouns", []))
        self._report_words: tuple[Doc, tuple[frozenset[str], str]] | None = None  # the last Doc's words (``_needs_met``)
        # verbs that tell a toll (kill, neutralise, wound, die): a clause with one tells a fight's outcome
        self.toll_verbs = harm_words("transitive", "intransitive")
        self.people = people_words(ontology)
        in_scope = set(ontology.codes)
        self.in_scope = np.array([lab in in_scope for lab in self.labels])
        self.sub = {s.code: s for s in ontology.sub_event_types}
        # Head words of trigger phrases ("fire" of "open fire", "strike" of "air strike"): a
        # trigger noun modifying one of them is part of an event's name ("mortar fire").
        self.event_heads = ontology.event_heads
        self.protest_purposes = frozenset(w.lower() for w in ontology.protest_purposes)
        self.assembly_verbs = frozenset(w.lower() for w in ontology.assembly_verbs)
        self.blockade_verbs = frozenset(w.lower() for w in ontology.blockade_verbs)
        self.blocked_ways = frozenset(w.lower() for w in ontology.blocked_ways)
        self.civilian_sites = frozenset(w.lower() for w in ontology.civilian_sites)
        self.crowd_weapons = frozenset(w.lower() for w in ontology.crowd_weapons)
        self.deployment_words = frozenset(w.lower() for w in ontology.deployment_words)
        self.claim_words = frozenset(w.lower() for w in ontology.claim_words)
        self.headline_words = ontology.headline_words
        self.armed = frozenset(w.lower() for k in ("state", "nonstate") for w in ontology.actor_classes.get(k, []))
        self.crowd = frozenset(w.lower() for w in ontology.actor_classes.get("crowd", []))
        self.civilian = frozenset({"civilian", "civilians"})  # the word itself: "villagers" may be armed guards
        # words for people who may gather: a crowd's or civilians' (``actor_classes``)
        self.civilian_class = frozenset(w.lower() for w in ontology.actor_classes.get("civilian", []))
        self.gathered = self.crowd | self.civilian_class
        self.nonstate = frozenset(w.lower() for w in ontology.actor_classes.get("nonstate", []))
        self.state = frozenset(w.lower() for w in ontology.actor_classes.get("state", []))
        self.peaceful = next(s.code for s in ontology.sub_event_types if s.name == "Peaceful protest")
        self.by_type: dict[str, set[str]] = {}
        for s in ontology.sub_event_types:
            self.by_type.setdefault(s.event_type, set()).add(s.code)
        self.own_trigger_codes = frozenset(s.code for s in ontology.sub_event_types if s.needs_own_trigger)
        self.taken_by = {s.taken_by: s.code for s in ontology.sub_event_types if s.taken_by}
        self.violent_indices = [i for i, lab in enumerate(self.labels)
                                if self.in_scope[i] and self.sub[lab].event_type in VIOLENT_EVENT_TYPES]
        self.deadly_words = frozenset(ontology.deadly_words)
        # a game word, singular or plural, as a whole word ("quarter-finals", "penalties" counts as "penalty")
        self.game_crowd = frozenset(w.lower() for w in ontology.game_crowd)
        self.disaster_cues = [w.lower() for o in ontology.out_of_scope if o.code == "NATURAL_DISASTER" for w in o.cues]
        self.disaster_words = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(self.disaster_cues, key=len, reverse=True))
                                         + r")s?\b") if self.disaster_cues else re.compile(r"(?!x)x")
        self.game_words = re.compile(r"\b(" + "|".join(re.escape(w.lower()) for w in sorted(ontology.game_words, key=len, reverse=True))
                                     + r")(?:s|es)?\b") if ontology.game_words else re.compile(r"(?!x)x")
        self.going_on_verbs = frozenset(ontology.battle_going_on) | frozenset(ontology.headline_words.event_subject_verbs)
        self.reported_verbs = frozenset(ontology.battle_reported)
        self.class_words = {k: frozenset(w.lower() for w in ontology.actor_classes.get(k, [])) for k in self.taken_by}

    def __call__(self, doc: Doc) -> list[EventMention]:
        sents = list(doc.sents)
        if not sents:
            return []
        facts = DocFacts.of(doc)
        recased = False
        line = headline_line(doc) if facts.headline else None
        if line is not None:
            # the headline is one sentence, whatever the parser made of it
            sents = [line] + [doc[max(s.start, line.end): s.end] for s in sents if s.end > line.end]
            if self.reparse is not None and title_case(sents[0]):
                sents[0], recased = self._sentence_cased(sents[0], facts), True
            sents[0] = self._headline_clause(sents[0])
        mentions: list[EventMention] = []
        for sent, sent_hits, p in self._read(sents):
            found = self._sentence(sent, sent_hits, p, facts)
            found += self._references(sent, sent_hits, found, facts)
            mentions.extend(found)
        mentions = self._elliptic_subjects(doc, mentions, facts)
        mentions = self._suicide_bomber_again(doc, mentions)
        mentions = self._crowd_fights(doc, mentions, facts)
        mentions = self._state_on_crowd(doc, mentions, facts)
        mentions = [m for m in mentions if not _zero_toll(doc, m) and not self._in_run_in_heading(doc, m)]
        mentions = self._bodies_of_told_event(doc, mentions)
        mentions = self._remote_means_told(doc, mentions)
        mentions = self._thrown_by_hand(doc, mentions, facts)
        mentions = self._attack_repelled(doc, mentions)
        mentions = [m for m in mentions if not self._unplaced_deployment(doc, m, facts)]
        mentions = [m.model_copy(update={"modality": "denied"}) if m.modality == "asserted" and undone_next(doc, m.sentence_end)
                    else m for m in mentions]  # "... reported an airstrike on the hospital. Health workers said no such strike took place"
        if mentions and self._game_story(doc):
            counted = [c.start for c in count_mentions(doc)] if has_slot(doc, "counts") else []
            mentions = [m for m in mentions if self._harm_told(doc, m, facts, counted)]
        if mentions and self._disaster_story(doc, sents):
            mentions = [m for m in mentions if self._armed_act(doc, m, facts)]
        if recased:  # evidence quotes the text as given
            text = doc_text(doc)
            mentions = [m.model_copy(update={"text": text[m.start:m.end]}) for m in mentions]
        return mentions

    def _read(self, sents: list[Span]) -> list[tuple[Span, list[LexHit], np.ndarray]]:
        """Each sentence (or clause) with its trigger words and the classifier's probabilities."""
        keys = [token_keys(s) for s in sents]
        hits = [find_hits(self.lexicon, s, k) for k, s in zip(keys, sents)]
        feats = [sentence_features(s, self.lexicon, k, h) for s, k, h in zip(sents, keys, hits)]
        probs = self._classify(sents, feats, hits)
        # a trigger of a sub-type told only with its own kind of word is none without one
        hits = [_without_told_of_someone(s, [h for h in sent_hits if h.oos or self._needs_met(s, self.sub[h.code])])
                for s, sent_hits in zip(sents, hits)]
        return list(zip(sents, hits, probs))

    def _classify(self, sents: list[Span], feats: list[list[str]], hits: list[list[LexHit]] | None = None) -> np.ndarray:
        """Words-only probabilities; sentences that may hold an event are rescored with their vector:
        those the words give an event sub-type, and those holding an event's trigger that the words
        read as a crime or an accident (the reading the vector most often corrects)."""
        probs = self.lexical.predict_proba(feats)
        if self.encoder is None or not len(probs):
            return probs
        in_scope = probs[:, self.in_scope].sum(axis=1)
        short = len(sents) <= self.config.encode_short
        ambiguous = {self.index[c] for c in self.config.ambiguous_classes if c in self.index}
        todo = [i for i in range(len(sents)) if short or in_scope[i] >= self.config.encode_min
                or (hits is not None and in_scope[i] >= self.config.encode_crime_min and int(probs[i].argmax()) in ambiguous
                    and any(not h.oos for h in hits[i]))]
        if todo:
            vectors = self.encoder.encode([sents[i].text for i in todo])
            probs[todo] = self.model.predict_proba([feats[i] for i in todo], vectors)
        return probs

    def _mention(self, sent: Span, trigger: Span, code: str, score: float, kind: str = "report") -> EventMention:
        sub = self.sub[code]
        modality, evidence = modality_of(trigger.root, self.ontology.modality)
        return EventMention(
            start=trigger.start_char, end=trigger.end_char, text=trigger.text,
            sentence_start=sent.start_char, sentence_end=sent.end_char,
            event_type=sub.event_type, sub_event_type=sub.name,
            disorder_type=self.ontology.disorder_of(sub.event_type),
            score=round(float(score), 4), modality=modality, modality_evidence=evidence, kind=kind,
        )

    def _sentence(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts = DocFacts()) -> list[EventMention]:
        cfg = self.config
        top = int(p.argmax())
        label = self.labels[top]
        out: list[EventMention] = []
        if self._protested_against(sent, hits, p, top, facts):
            # read as a demonstration: given that it is none of the other in-scope types
            p = _given_not(p, [i for i, lab in enumerate(self.labels)
                               if self.in_scope[i] and self.sub[lab].event_type != "Protests"])
            top = int(p.argmax())
            label = self.labels[top]
        read_as_protest = self.in_scope[top] and self.sub[label].event_type == "Protests"
        if self.in_scope[top] and not self._has_own_words(top, hits):
            # A demonstration is told with a demonstration's words ("protest", "march", "tear
            # gas"); without one no Protests sub-type can hold, and the sentence is read by
            # the other classes' probabilities given that (renormalised).
            riot = next((h.code for h in hits if not h.oos and self.sub[h.code].event_type == "Riots"), None) \
                if self.sub[label].event_type == "Protests" else None
            p = _given_not(p, [i for i, lab in enumerate(self.labels) if lab in self.by_type[self.sub[label].event_type]])
            if riot is not None and self._told(sent, hits, riot):
                # a demonstration told with a riot's words ("a second night of disorder, crowds gathering"): the riot
                p[self.index[riot]] = max(float(p[self.index[riot]]), float(p.max()) + 1e-6)
                p = p / p.sum()
            top = int(p.argmax())
            label = self.labels[top]
        if label == "ATTRIB" and self._claim_is_report(sent, hits):
            # "the army said it had repelled an attack": what a speaker says it did is a report of the act; the
            # classes of its trigger words say which act
            told = {h.code for h in hits if not h.oos}
            claimed, claim_mass = top, float(p[top])
            p = _given_not(p, [top])
            nxt = int(p.argmax())
            if self.in_scope[nxt] and self.labels[nxt] not in told:
                # a sub-type without its own word yields to one of its type the sentence tells ("repelled": a clash),
                # else to the likeliest the sentence tells ("said it had attacked a base": no air strike)
                kin = {lab for lab in told if self.sub[lab].event_type == self.sub[self.labels[nxt]].event_type}
                p = _given_not(p, [i for i, lab in enumerate(self.labels) if lab not in (kin or told)])
            top = int(p.argmax())
            label = self.labels[top]
            if self.in_scope[top] and label in told:
                # the classifier's "claim" was its reading of the act the sentence tells with its own verb ("a patrol
                # was attacked by remnants of X"): that reading's weight is the act's
                p = p * (1.0 - claim_mass)
                p[top] += claim_mass
                p[claimed] = 0.0
        if (sequel := self._sequel_subject(sent, hits)) is not None and (not self.in_scope[top] or _follows_event(sequel.root)) \
                and (before := self._event_before(sent, hits, sequel, p, facts)):
            return before  # "That attack came a day after a roadside bomb hit a truck": read as a back-reference, the
            # sentence still tells the bombing (and "the shelling followed an attack on an outpost", however it was read)
        fallback = False  # a reading the classifier put second needs its own trigger when its sub-type does
        rescue_fought = False  # a rescue's fight, read by its own word whatever probability is left to it
        while self.in_scope[top] and (not self._told(sent, hits, label) or self._rescued(sent, hits, label) or (
                fallback and label in self.own_trigger_codes and not any(not h.oos and h.code == label for h in hits))):
            # a sub-type told only with its own kind of word ("intercepted" of migrants is no weapon
            # disrupted): read the sentence by the other classes, given that it is not this one, and
            # when that reading leaves the type, by a sub-type of its type the sentence's words tell, if
            # any (a bombing with no word of suicide is no attack on civilians)
            etype = self.sub[label].event_type
            # "gendarmes freed four hostages and killed two kidnappers during a shootout": a rescue fought is a battle
            fought = [self.index[h.code] for h in hits if not h.oos and self.sub[h.code].event_type == "Battles"
                      and sent[h.start:h.end].root.pos_ == "NOUN"] if self._rescued(sent, hits, label) else []
            kin = [self.index[h.code] for h in hits if not h.oos and h.code != label and self.sub[h.code].event_type == etype]
            violent = [self.index[h.code] for h in hits if not h.oos and h.code != label
                       and self.sub[h.code].event_type in VIOLENT_EVENT_TYPES]
            p = _given_not(p, [top])
            top = int(p.argmax())
            left = not self.in_scope[top] or self.sub[self.labels[top]].event_type != etype
            if fought:
                top, rescue_fought = max(fought, key=lambda i: p[i]), True
            elif kin and left:
                top = max(kin, key=lambda i: p[i])
            elif violent and etype in VIOLENT_EVENT_TYPES and (
                    not self.in_scope[top] or self.sub[self.labels[top]].event_type not in VIOLENT_EVENT_TYPES):
                # "neutralised 12 bandits and rescued 20 kidnapped victims": the abduction dropped, the
                # violence the sentence tells with its own word stays, rather than a peaceful reading
                top = max(violent, key=lambda i: p[i])
            elif violent and left and etype == "Explosions/Remote violence" and self.labels[top] not in {
                    h.code for h in hits if not h.oos}:
                # "the attackers, armed with guns, struck the village": no weapon fired from afar, and the violence
                # the sentence tells with its own word ("attackers"), not a guess of another type without one
                top = max(violent, key=lambda i: p[i])
            label, fallback = self.labels[top], True
        headline = facts.headline and sent.start == facts.first_sentence
        if not (self.in_scope[top] and self.sub[label].event_type in VIOLENT_EVENT_TYPES) \
                and (going_on := self._battle_going_on(sent, hits, p, facts) or self._engaged_in_fight(sent, hits, p, facts)):
            return going_on  # "clashes took place near X", however the classifier read the rest
        protest_told = self.in_scope[top] and self.sub[label].event_type == "Protests" and self._has_own_words(top, hits)
        # (a demonstration the classifier read without its words stays one, unless a riot's words are told)
        read_as_protest = read_as_protest and not any(not h.oos and self.sub[h.code].event_type == "Riots" for h in hits)
        if (read_as_protest or not (self.in_scope[top] and self.sub[label].event_type in VIOLENT_EVENT_TYPES)) and not protest_told:
            # People acting for a demonstrators' aim are demonstrating, whatever the words of the
            # aim made the classifier read ("blocked the road demanding the release of ..."); a
            # protest told with its own words ("staged a sit-in ... demanding") keeps its trigger.
            verb = protest_purpose(sent, self.protest_purposes, self._is_crowd(facts)) \
                or gathered_against(sent, self.assembly_verbs, self._is_crowd(facts)) \
                or blocked_way(sent, self.blockade_verbs, self.blocked_ways, self._is_crowd(facts))
            if verb is not None:
                code = label if self.in_scope[top] and self.sub[label].event_type == "Protests" else self.peaceful
                span = sent[verb.i - sent.start: verb.i - sent.start + 1]
                if not self._is_news(sent, hits, span, facts):
                    return []
                return [self._mention(sent, span, code, max(float(p[self.index[code]]), cfg.min_score))]
            # a crowd doing what rioters do ("farmers drove into the capital, pelting police with eggs"):
            # a riot, told by its own words and its doers, however unsure the classifier
            riot = next((h for h in hits if not h.oos and self.sub[h.code].event_type == "Riots"
                         and sent[h.start:h.end].root.pos_ == "VERB"
                         and doing_crowd(sent[h.start:h.end].root, self._is_crowd(facts), counted=True)), None)
            if riot is not None:
                span = sent[riot.start:riot.end]
                if self._is_news(sent, hits, span, facts):
                    return [self._mention(sent, span, riot.code, max(float(p[self.index[riot.code]]), cfg.min_score))]
        if self.in_scope[top]:
            by_type = p[top] < cfg.min_score and not rescue_fought
            by_words = by_type and not self._type_holds(p, top, hits) and (told := self._violence_told(p, hits)) is not None
            attacked = self._attacked_with(sent, hits) if by_type and not by_words and not self._type_holds(p, top, hits) else None
            if by_words:
                top, label = told, self.labels[told]
            elif attacked is not None:  # "the station was attacked with a drone": the weapon used says the sub-type
                top, label, by_words = self.index[attacked], attacked, True
            elif by_type and not self._type_holds(p, top, hits):
                return (self._headline_event(sent, hits, p, facts) if headline else []) \
                    or self._armed_exchange(sent, hits, p, facts) or self._custody_taken(sent, hits, p, facts) \
                    or self._civilians_attacked(sent, hits, p, facts)
            def pick(code: str) -> Span | None:
                # (a rescue's fight at its own word: "the hostages seized ..." is no taking of ground)
                codes = {code} if rescue_fought else {code} | self.by_type[self.sub[code].event_type]
                own = _pick_trigger(sent, hits, codes, facts.actors, sent.start == facts.first_sentence, self.event_heads,
                                    self.ontology.not_news)
                # (the word picked is another sub-type's: "set fire to 40 houses after residents fled" is no flight)
                if own is not None and (foreign := self.FOREIGN_KIN.get(code)) and {
                        h.code for h in hits if sent.start + h.start <= own.root.i < sent.start + h.end} == {self.OTHER_CODE}:
                    other = _pick_trigger(sent, hits, codes | foreign, facts.actors, sent.start == facts.first_sentence,
                                          self.event_heads, self.ontology.not_news)
                    # (only when armed men, not a crowd, did it: a crowd's burning is a riot's, told elsewhere)
                    return other if other is not None and not doing_crowd(other.root, self._is_crowd(facts)) else own
                kin = self.TRIGGER_KIN.get(code, frozenset())
                if own is None or not kin or not any(a.dep_ in ("relcl", "acl") for a in [own.root, *own.root.ancestors]):
                    return own
                # "opened fire on worshippers who gathered to protest ...": the crowd's own word describes the crowd
                return _pick_trigger(sent, hits, codes | kin, facts.actors, sent.start == facts.first_sentence,
                                     self.event_heads, self.ontology.not_news) or own

            first_top, first_label = top, label
            if not by_words:  # chosen by its own words, the sub-type yields to no likelier one without them
                top, label = self._precedence(sent, p, top, hits, facts)
            if label == "ARREST" and not any(not h.oos and h.code == "ARREST" and sent[h.start:h.end].root.lemma_.lower()
                                             not in self.RAID_WORDS for h in hits) \
                    and (armed := self._armed_killing(sent, hits, p, facts)) is not None:
                # "soldiers raided a camp, killing five fighters": a raid told only by its killing, no one held
                top, label = self.index[armed], armed
            elif label == "ARREST" and not any(not h.oos and h.code == "ARREST" and sent[h.start:h.end].root.lemma_.lower()
                                               not in self.RAID_WORDS for h in hits) and self._deaths_told(sent) \
                    and not any(h.code == "ARREST" and self._deadly(sent[h.start:h.end].root) for h in hits):
                # "a raid on the camp lasting 50 hours left 14 dead": a raid that killed, with no one said to be held (a
                # raid that is the subject of a killing verb is read further on, by whom it killed)
                label = max(("ARMED_CLASH", "ATTACK"), key=lambda c: p[self.index[c]])
                top = self.index[label]
            if label == "PROPERTY_DISTRUCT" and (killing := self._killing_in_main_clause(sent, hits)) is not None:
                # "the attackers beheaded two men, set fire to 30 huts and looted the shops": ACLED codes the killing
                top, label = self.index[killing], killing
            sub = self.sub[label]
            trigger = pick(label)
            if label != first_label and not by_type and trigger is not None \
                    and not self._told_by(sent, hits, trigger, sub.event_type) \
                    and any(not h.oos and h.code in self.by_type[sub.event_type] for h in hits):
                # over a sure first reading told with its own word, a higher runner-up whose only words
                # are modifiers of things, with the main verb standing in, does not win ("reinforcements
                # of riot police were sent": no riot); with no word at all the context may tell it
                first_sub = self.sub[first_label]
                first_trigger = pick(first_label)
                if self._told_by(sent, hits, first_trigger, first_sub.event_type):
                    top, label, sub, trigger = first_top, first_label, first_sub, first_trigger
            if trigger is not None and sub.taken_by is not None:
                label = self._taker(trigger, label)
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and sub.event_type in ("Battles", "Violence against civilians") \
                    and (means := self._remote_means(sent, hits, trigger)) is not None:
                trigger, label = means  # "killed four fighters in a drone attack": the strike is the event
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and sub.event_type == "Violence against civilians" \
                    and (fight := self._fight_means(sent, hits, trigger)) is not None:
                trigger, label = fight  # "militant killed in encounter": the fight is the event
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and label == "ARREST" and (taken := self._captors_abduct(sent, hits, trigger, facts)) is not None:
                trigger, label = taken  # people held by an armed group are abducted, not arrested
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and sub.event_type not in VIOLENT_EVENT_TYPES \
                    and (violent := self._violent_conjunct(sent, hits, trigger, p,
                                                           participles=sub.event_type == "Strategic developments")) is not None:
                # (a protest dispersed "killing one" stays excessive force against protesters)
                # "police killed two gang members and arrested a third": one event, coded its higher
                # (violent) way, as ACLED codes arrests made during a killing
                trigger, label = violent
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and sub.event_type not in VIOLENT_EVENT_TYPES and self._deadly(trigger.root):
                # "a deadly raid on displaced people", "the raid on the station killed four officers":
                # the likeliest of the armed sub-types it could be;
                # deadly force on a demonstration is excessive force ("a bloody crackdown on protesters")
                protest = any(not h.oos and self.sub[h.code].event_type == "Protests" for h in hits)
                label = "FORCE_AGAINST_PROTEST" if protest else max(self.GROUP_CODES, key=lambda c: p[self.index[c]])
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and sub.event_type == "Explosions/Remote violence" \
                    and (seized := self._weapon_seized(sent, hits, trigger) or self._weapon_downed(sent)
                         or self._disposed_of(trigger)) is not None:
                trigger, label = seized  # "recovered two suicide vests": the weapons were taken, not used
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and sub.event_type == "Explosions/Remote violence" and label != "AIR_STRIKE" \
                    and (dropped := self._dropped_by_drone(sent)) is not None:
                trigger, label = dropped  # "a quadcopter dropped a mortar shell on the post": the drone's strike
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and label == self.DISRUPTED_CODE and (struck := self._weapon_struck(sent, trigger)) is not None:
                trigger, label = struck  # "drones destroyed a fuel depot": the drones struck
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and label == self.DISRUPTED_CODE and (used := self._used_against(sent, hits, trigger, p)) is not None:
                trigger, label = used  # "detonated a mine against an army column": the mine was used
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and label == self.DISRUPTED_CODE and any(
                    h.code == "ARREST" and sent[h.start:h.end].root.i == trigger.root.i for h in hits):
                label = "ARREST"  # "detained three men, seizing rifles": the arrests, with the seizure (as ACLED codes it)
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and sub.event_type == "Explosions/Remote violence" \
                    and (going_off := self._stopped_in_time(sent)) is not None:
                label = self.DISRUPTED_CODE  # "shot dead a suicide bomber before she could detonate": no explosion
                top, sub = self.index[label], self.sub[label]
                if any(t.i == trigger.root.i for t in going_off.subtree):  # the act that stopped it is what happened
                    trigger = sent[going_off.head.i - sent.start: going_off.head.i - sent.start + 1]
            if trigger is not None and label == "ARMED_CLASH" and (self._on_civilians(sent, hits, trigger)
                                                                  or self._on_travellers(trigger.root)):
                # "nine civilians killed in rebel attack": the attack word read as an attack on civilians
                label = self.SHOOTING_CODE
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and label == "ATTACK" and self._on_fighters(trigger.root, facts):
                # "20 militants killed in Kunar province": the dead were an armed group's, no civilians (ACLED: a battle);
                # told by the killing word still (the type is the dead's, not the classifier's guess)
                label = "ARMED_CLASH"
                top, sub = self.index[label], self.sub[label]
                by_type = False
            if trigger is not None and label == "ATTACK" and self._armed_exchange(sent, hits, p, facts):
                # "the Maoists opened fire on the security forces": one armed side's attack on the other is a battle
                label = "ARMED_CLASH"
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and label == "ATTACK" and self._on_a_post(trigger.root):
                # "gunmen opened fire on the post", "an attack on a military position": an assault on
                # on-duty forces at their post is a battle (ACLED: Armed clash), not violence against civilians
                label = "ARMED_CLASH"
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and label == "ARMED_CLASH" and "ATTACK" in self.index and self._civilian_site_attacked(sent, hits, trigger.root, facts):
                label = "ATTACK"  # "gunmen attacked a displacement site": no second side, a place of civilians
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and (struck := self._aircraft_reading(sent, trigger)) is not None:
                trigger, label = struck  # "rebels shot down an army helicopter": the aircraft was the target
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and sub.event_type in VIOLENT_EVENT_TYPES and (body := self._found_body(trigger.root, facts)) is not None:
                # "police found the bodies of three men": the bodies tell the killing, and who found them did not do it;
                # bodies "recovered" are no ground regained
                trigger = sent[body.i - sent.start: body.i - sent.start + 1]
                if label not in self.DEATH_CODES and sub.event_type in ("Battles", "Riots"):
                    # no crowd leaves bodies with their hands tied: the killing is an attack (or a battle's)
                    label = max(self.DEATH_CODES, key=lambda c: p[self.index[c]]) if sub.event_type == "Battles" else "ATTACK"
                    top, sub = self.index[label], self.sub[label]
            if trigger is not None and label == "FORCE_AGAINST_PROTEST" and self._shots_in_air(sent):
                label = "PROTEST_WITH_INTER"  # "fired shots into the air to disperse them": force shown, not used on them
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and label in ("PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST") \
                    and (self._calm_told(sent) or self._force_of_another_year(sent, hits, trigger)):
                # "there has been no sign of intervention by security forces": the crowd was left alone (or the
                # force told is another year's: "marched to mark the day when police shot 17 on 9 January 2023")
                label = self.peaceful
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and label == "PROTEST_WITH_INTER" and (self._went_home(trigger.root) or (
                    (home := [t.i - sent.start for t in sent if self._went_home(t)])
                    and self._crowd_acts(sent, hits) and not any(sent.start <= i < sent.end for i in facts.state)
                    and not self._intervention_told([h for h in hits if h.start not in home]))):
                # (or the crowd the sentence tells of "briefly blocked the road, then dispersed", with no police in it)
                # "they dispersed peacefully after meeting the governor": the crowd left; no one broke it up
                label = self.peaceful
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and label in ("ARREST", "ABDUCT_DISSAP") and self._took_place(trigger.root, facts):
                # "the SNA captured Harardhere": a town taken is ground won (the linking stage names the side that won it)
                label = self._taker(trigger, "NON_STATE_ACTOR_OVERTAKES_TER")
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and (label in ("ARREST", "ABDUCT_DISSAP") or label in self.TERRITORY_CODES
                                        and any(h.code == "ARREST" for h in hits)) \
                    and (held := self._took_weapons(sent, hits, trigger.root)):
                # "four youths picked up by commandos, weapons seized": the weapons were taken, not people nor ground
                trigger, label = held
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and label in ("CHANGE_TO_GROUP_ACT", "NON_VIOL_TERRIT_TRANSFER", "ARMED_CLASH") \
                    and (entry := self._moved_into_left_ground(sent, facts, unopposed_only=label == "ARMED_CLASH")) is not None:
                # "troops entered X after the rebels withdrew": the ground left to them, taken without a fight
                trigger, label = sent[entry.i - sent.start: entry.i - sent.start + 1], "NON_VIOL_TERRIT_TRANSFER"
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and label in self.TERRITORY_CODES and (self._only_tried(trigger.root)
                                                                         or self._was_attacked(trigger.root)):
                label = "ARMED_CLASH"  # "the rebels tried to advance towards the centre of X": a fight, no ground taken
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and label in self.TERRITORY_CODES and (looted := self._raided_and_left(sent, hits, trigger.root)):
                trigger, label = looted  # raiders who looted and left took no ground
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and (label in self.TERRITORY_CODES or sub.event_type == "Strategic developments") \
                    and self._into_time(trigger.root):
                return []  # "the siege of X entered its seventh week": time passed, no ground taken and nothing new done
            if trigger is not None and label == "NON_VIOL_TERRIT_TRANSFER" and self._handed_people(trigger.root, facts):
                return []  # "the three were handed over to the gendarmerie": custody passed on, no ground
            if trigger is not None and label in self.TERRITORY_CODES and self._took_people(trigger.root, facts):
                # "gunmen seized five teachers": people taken are abducted (by the state, arrested), no ground won
                label = "ARREST" if label == "GOV_REGAINS_TERIT" else "ABDUCT_DISSAP"
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and (label in self.GROUP_CODES or label == "PROPERTY_DISTRUCT"
                                        or label in self.TERRITORY_CODES and trigger.root.lemma_.lower() in self.ENTRY_VERBS) \
                    and (taken := self._carried_off(sent, hits, trigger.root, facts)) is not None:
                # "gunmen stormed the school and took away the principal": no one killed, people taken
                # (people carried off are no loot)
                trigger, label = sent[taken.i - sent.start: taken.i - sent.start + 1], "ABDUCT_DISSAP"
                top, sub = self.index[label], self.sub[label]
                by_type = False  # told by its words: the verb that carries the people off
            if trigger is not None and label == "PROPERTY_DISTRUCT" and self._damage_of_event(trigger):
                return []  # "the blast tore off the roof": the damage of the blast, told with it
            if trigger is not None and label == "ABDUCT_DISSAP" \
                    and (violent := self._violent_conjunct(sent, hits, trigger, p)) is not None:
                # "seized two fishermen and beheaded them": people taken and killed are an attack's dead
                trigger, label = violent
                top, sub = self.index[label], self.sub[label]
            if trigger is not None and sub.event_type in self.CROWD_TYPES \
                    and self._group_did(trigger.root, sent, hits, facts, riot=sub.event_type == "Riots"):
                if exchange := self._armed_exchange(sent, hits, p, facts):
                    return exchange  # "the Maoists opened fire on the security forces": a battle, no crowd
                # "gunmen stormed the police station": an armed group's act is no riot or protest;
                # the likeliest of the armed sub-types it could be (on a post of armed forces, a battle)
                label = max(self.GROUP_CODES, key=lambda c: p[self.index[c]])
                if label == "ATTACK" and self._on_a_post(trigger.root):
                    label = "ARMED_CLASH"
                top, sub = self.index[label], self.sub[label]
            if by_type and not self._told_by(sent, hits, trigger, sub.event_type):
                # sure of the type only by its sum: the event must be told with one of its words
                return self._headline_event(sent, hits, p, facts) if headline else []
            if headline and sub.event_type not in VIOLENT_EVENT_TYPES and (
                    trigger is None or not any(sent.start + h.start <= trigger.root.i < sent.start + h.end for h in hits)):
                # a headline with no word of the sub-type the classifier chose, told by its dead
                # ("X claims 12 lives") or bodies left somewhere ("four bodies dumped ..."): a killing
                found = self._headline_told(sent, hits, p, facts)
                if found or trigger is None:
                    return found
            if trigger is None and headline:
                return self._headline_told(sent, hits, p, facts)
            released = trigger is not None and self._bare_release(sent, hits, trigger, label)
            vanished = trigger is not None and (_thing_vanished(trigger.root, self._is_person(facts)) or released)
            if vanished and (rest := [h for h in hits if not h.oos and h.code != label
                                      and (released or not h.start <= trigger.root.i - sent.start < h.end)]):
                # "executed searches at three addresses and arrested two suspects", "freed detainees and looted the
                # market": the sentence's other act
                h = max(rest, key=lambda h: p[self.index[h.code]])
                trigger, label = sent[h.start:h.end], h.code
                top, sub = self.index[label], self.sub[label]
                vanished = _thing_vanished(trigger.root, self._is_person(facts))
            if trigger is None or vanished \
                    or self._thing_killed(trigger.root, sent, facts) or self._fight_with_thing(trigger.root, facts) \
                    or self._idle_instrument(sent, trigger, hits):
                return []
            if _dated_reference(trigger.root, {sent.start + i for h in hits if not h.oos for i in range(h.start, h.end)},
                                facts.dates) or is_reaction(trigger.root, self.ontology.not_news):
                # "was involved in planning Monday's attack": an event the report names, told
                # elsewhere; it joins that event or, with its own day and place, stands alone.
                if not self._is_news(sent, hits, trigger, facts) or bare_plural(trigger.root) \
                        or trigger.root.dep_ != "compound" and one_of(trigger.root, self.person_nouns):
                    return []  # (nor a doer named by the event's day: "the family of Saturday's bomber")
                return [self._mention(sent, trigger, label, p[top], kind="reference")]
            earlier = self._event_behind(sent, hits, trigger, p, facts, label)
            if earlier is None:
                earlier = self._event_before(sent, hits, trigger, p, facts)
            if earlier is not None:
                # "Police arrested four men in connection with Saturday's bombing": the sentence
                # reports the arrest; the bombing is an earlier event it names (a reference).
                return earlier
            if not self._is_news(sent, hits, trigger, facts):
                return self._news_beside(sent, hits, trigger.root, facts)
            out.append(self._mention(sent, trigger, label, p[top]))
        elif label in cfg.headline_overrules and headline and (found := self._headline_event(sent, hits, p, facts)):
            return found
        elif label == "ATTRIB" and headline and not any(h.oos for h in hits) \
                and (found := self._headline_event(sent, hits, p, facts)):
            # a claim of responsibility with no word of claiming: as any out-of-scope reading without its cue
            return found
        elif label == "ATTRIB" and headline and (found := self._headline_claimed(sent, hits, p, facts)):
            return found
        elif label in ("ATTRIB", "NONE"):
            # Not a report of an event that happened, but it may still name one that was
            # planned, threatened, denied or imagined: keep it with that modality.
            return (label == "NONE" and (self._news_beside(sent, hits, sent.root, facts)
                                         or self._civilians_attacked(sent, hits, p, facts)
                                         or self._people_attacked(sent, hits, p, facts)
                                         or self._dispersal(sent, hits, p, facts)
                                         or self._shot_by_armed(sent, hits, p, facts)
                                         or self._fire_returned(sent, hits, p, facts))) \
                or self._unasserted(sent, hits, p, facts)
        elif label in cfg.ambiguous_classes:
            # A headline's victim "shot to death", or bodies with marks of violence, read as an accident
            # for want of a doer and with no accident word: a killing.  Not in a long headline: it tells
            # the accident's circumstances ("after a tanker veered off the road"), which the classifier reads.
            return (headline and not facts.long_headline
                    and (self._headline_event(sent, hits, p, facts, victim_only=True)
                         or self._headline_deaths(sent, hits, p, facts)
                         or self._headline_harmed(sent, hits, p, facts))) \
                or self._ambiguous(sent, hits, p, facts, uncued=not any(h.oos for h in hits))
        elif headline:
            # Any other out-of-scope reading (a disaster, diplomacy) of a headline: with no cue of
            # an out-of-scope class in it the reading rests on no word, and the headline's grammar
            # decides ("violent night leaves 4 dead" is no storm); a cue keeps it out.
            return self._headline_event(sent, hits, p, facts)
        else:
            return self._main_clause_alone(sent, hits, p, facts)
        # A second event of another kind, told in its own clause ("busted a cell that had
        # killed an officer"): classify that clause alone.
        if cfg.max_per_sentence > 1:
            more = self._clause_events(sent, hits, trigger, out[0], facts)
            if more and self._outranks(more[0], out[0]):
                out[0] = more.pop(0)  # "three fighters were neutralised and two guns seized": the battle
            out.extend(more)
        return out
