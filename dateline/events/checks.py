"""The checks ``Detector._sentence`` makes of a sentence and the classifier's reading of it.

Whether the reading's words are there (``_told``, ``_needs_met``, ``_has_own_words``), whether the sentence is
news (``_is_news``; not a rescue, a judicial execution or a weapon stopped in time), which of two readings wins
(``_precedence``, ``_type_holds``, ``_violence_told``), who acts (``_armed``, ``_is_crowd``, ``_is_person``), and
the mentions it keeps when the classifier read no event or a crime (``_battle_going_on``, ``_engaged_in_fight``,
``_unasserted``, ``_ambiguous``).  The methods of ``SentenceChecks`` are mixed into ``Detector`` (``detect.py``)
ahead of the other rules, as its own methods were; they read its ontology words and call its ``_mention``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

import numpy as np
from spacy.tokens import Span, Token

from dateline.counts.numbers import killed_by
from dateline.events.background import SEQUEL_VERBS, not_news
from dateline.events.corrections import _side_words
from dateline.events.facts import DocFacts
from dateline.events.features import LexHit, one_of
from dateline.events.ontology import DEMONSTRATION_TYPES, VIOLENT_EVENT_TYPES, SubEventType
from dateline.events.triggers import _depth, _doer, _pick_trigger, _thing_vanished, doing_crowd
from dateline.actors.matcher import no_longer_armed
from dateline.nlp import doc_text
from dateline.types import EventMention, MentionKind


# A fight told as a gunfight ("gun duel", "gun battle", "firefight", "exchange of fire", "shootout").
_GUNFIGHT = re.compile(r"gun|fire|shoot", re.IGNORECASE)


def _by_doer(noun: Token) -> bool:
    """A noun of an act with its doers after "by" ("an attack by gunmen")."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pobj" for g in c.children)
                                       for c in noun.children)


def _word_index(span: Span) -> tuple[frozenset[str], str]:
    """A span's words for ``_holds``: its forms, lemmas and lemma/part-of-speech pairs, and its text of forms then lemmas."""
    single = frozenset({t.lower_ for t in span} | {t.lemma_.lower() for t in span}
                       | {f"{t.lemma_.lower()}/{t.pos_.lower()}" for t in span})
    text = " " + " ".join(t.lower_ for t in span) + " " + " ".join(t.lemma_.lower() for t in span) + " "
    return single, text


def _holds(index: tuple[frozenset[str], str], words: Collection[str]) -> bool:
    """One of ``words`` is there: a word, its lemma, a phrase of several words, or a lemma as one part of speech
    ("strike/NOUN" is "a strike", not "struck")."""
    single, text = index
    return any(w in single if " " not in w else f" {w} " in text for w in words)


def _one_armed_side(sent: Span, facts: DocFacts) -> bool:
    """The sentence names exactly one armed actor (forces or a group), however often: a battle needs a
    second side.  False when the actors stage did not run."""
    return len({name for i, name in facts.armed_names if sent.start <= i < sent.end}) == 1


def _told_on(sent: Span) -> Span:
    """The sentence with the one after it in its paragraph, which may say who the people it told of were."""
    doc = sent.doc
    if sent.end >= len(doc) or "\n" in doc_text(doc)[doc[sent.end - 1].idx:doc[sent.end].idx] or doc[sent.end].is_space:
        return sent
    return doc[sent.start:doc[sent.end].sent.end]


class SentenceChecks:
    """The sentence checks of ``Detector``: mixed into it, they read its ontology words and its ``config``, and
    call its ``_mention``."""

    def _deaths_told(self, sent: Span) -> bool:
        """The sentence tells people killed: a verb of killing or dying, or "dead" ("left 14 Palestinians dead")."""
        return any(t.pos_ == "VERB" and t.lemma_.lower() in self.toll_verbs or t.lower_ in ("dead", "killed") for t in sent)

    def _killing_in_main_clause(self, sent: Span, hits: list[LexHit]) -> str | None:
        """The sub-type of a lethal verb of violence in the sentence's main clause, or in a verb joined to it, that
        has people as its object ("beheaded two men", "shot dead a trader"), if any."""
        main = {sent.root.i, *(c.i for c in sent.root.children if c.dep_ == "ccomp")}
        main |= {c.i for t in list(main) for c in sent.doc[t].conjuncts}
        for h in hits:
            span = sent[h.start:h.end]
            verb = span.root
            if h.oos or verb.pos_ != "VERB" or verb.i not in main or self.sub[h.code].event_type not in VIOLENT_EVENT_TYPES \
                    or self.sub[h.code].event_type == "Riots" or not self._lethal(span):
                continue
            if any(c.dep_ == "dobj" and (one_of(c, self.people) or any(n.dep_ == "nummod" for n in c.children))
                   for c in verb.children):
                return h.code
        return None

    @staticmethod
    def _sequel_subject(sent: Span, hits: list[LexHit]) -> Span | None:
        """An event word that is the subject of "came" or "followed" ("That attack came a day after ..."), if any."""
        return next((sent[h.start:h.end] for h in hits if not h.oos and (r := sent[h.start:h.end].root).dep_ == "nsubj"
                     and r.head.lemma_.lower() in SEQUEL_VERBS), None)

    def _deadly(self, root: Token) -> bool:
        """An event noun said to kill: by its adjective ("a deadly raid") or as the subject of a verb of
        harm with its victims ("the raid on the station killed four officers")."""
        if any(c.dep_ == "amod" and c.lower_ in self.deadly_words for c in root.children):
            return True
        return bool(killed_by(root))

    def _outranks(self, m: EventMention, first: EventMention) -> bool:
        """A clause's battle over a strategic development the sentence was read as, which ACLED records as
        that one event ("... were neutralised and two guns were seized")."""
        return first.event_type == "Strategic developments" and m.event_type == "Battles" \
            and self.ontology.merges(m.event_type, first.event_type)

    def _is_person(self, facts: DocFacts) -> Callable[[Token], bool]:
        """Whether a noun names people: an actor mention, a person noun, or an actor class word."""
        return lambda tok: tok.i in facts.actors or one_of(tok, self.people)

    def _is_crowd(self, facts: DocFacts) -> Callable[[Token], bool]:
        """People who may demonstrate: a crowd word, a plural or a named actor; not state forces or armed men."""
        # Any plural noun will do ("relatives", "bus drivers"): only people act for a demand.
        # (nor the men of a group the actor dictionary names: "hundreds of Israeli settlers attacked the town")
        return lambda tok: not self._armed(tok) and tok.i not in facts.groups \
            and (tok.tag_ in ("NNS", "NNPS") or tok.lemma_.lower() in self.crowd or tok.i in facts.actors)

    # Prepositions that give what a demonstration is against or for ("against drone strikes", "over the killing").
    CAUSE_PREPS = frozenset({"against", "over", "for", "about", "following"})

    def _protested_against(self, sent: Span, hits: list[LexHit], p: np.ndarray, top: int, facts: DocFacts) -> bool:
        """The sentence's main verb is a demonstration's ("residents demonstrated ... against Turkish drone
        strikes") done by a crowd, and every word of the likelier non-protest reading lies in what they
        demonstrated against or for: the demonstration is the event."""
        if not self.in_scope[top] or self.sub[self.labels[top]].event_type in DEMONSTRATION_TYPES:
            return False
        root = sent.root
        protest = [h for h in hits if not h.oos and self.sub[h.code].event_type == "Protests"
                   and sent[h.start:h.end].root.i == root.i]
        if not protest or root.pos_ != "VERB" or not doing_crowd(root, self._is_crowd(facts)):
            return False
        cause = {t.i for c in root.children if c.dep_ == "prep" and c.lower_ in self.CAUSE_PREPS for t in c.subtree}
        rival = [h for h in hits if not h.oos and self.sub[h.code].event_type not in DEMONSTRATION_TYPES]
        return bool(rival) and all(sent[h.start:h.end].root.i in cause for h in rival)

    NEEDS_OWN_TRIGGER = frozenset({"Protests"})

    def _has_own_words(self, top: int, hits: list[LexHit]) -> bool:
        """False when a Protests sub-type wins without any Protests trigger in the sentence."""
        etype = self.sub[self.labels[top]].event_type
        if etype not in self.NEEDS_OWN_TRIGGER:
            return True
        return any(not h.oos and h.code in self.by_type[etype] for h in hits)

    def _told(self, sent: Span, hits: list[LexHit], code: str) -> bool:
        """Whether the sentence has the words a sub-type must be told with: one of its
        ``needs_words``, and one of its own triggers when it ``needs_own_words``."""
        sub = self.sub[code]
        if sub.event_type == "Riots" and not any(one_of(t, self.gathered) for t in sent) and not any(
                c.dep_ in ("nsubj", "agent") for h in hits if not h.oos and self.sub[h.code].event_type in VIOLENT_EVENT_TYPES
                for c in sent[h.start:h.end].root.children) and not self._thrown(sent):
            # a riot needs its crowd, or a doer of a violent word: "two others escaped with wounds" and "dozens of
            # shelters were set on fire" are none; an armed group's act the classifier took for a riot ("HTS storms
            # a headquarters") is recoded by its doer later
            return False
        return self._needs_met(sent, sub) and (
            not sub.needs_own_words or any(not h.oos and h.code == code for h in hits))

    def _thrown(self, sent: Span) -> bool:
        """The sentence's means are what crowds throw ("with petrol bombs, bricks and fireworks"): a crowd's act,
        though the sentence names no crowd.  Only as a means ("with", "by") or the object of throwing."""
        for t in sent:
            if t.pos_ == "NOUN" and self._crowd_weapon(t) and (
                    t.dep_ == "pobj" and t.head.lower_ in ("with", "by") or t.dep_ == "conj" and t.head.dep_ == "pobj"
                    and t.head.head.lower_ in ("with", "by") or t.dep_ == "dobj" and t.head.lemma_.lower() in ("throw", "hurl", "lob", "pelt")):
                return True
        return False

    def _bare_release(self, sent: Span, hits: list[LexHit], trigger: Span, label: str) -> bool:
        """"Four were released the same evening; the others were transferred": an agreement read from a sentence that
        sets people free, with no word of an agreement or a deal in it, is the end of a detention or an abduction, no
        event of its own (whichever of its verbs was taken for the trigger)."""
        words = self.ontology.not_news
        return label == "AGREEMENT" and any(t.pos_ == "VERB" and t.lemma_.lower() in words.rescue_verbs for t in sent) \
            and not any(not h.oos and h.code == "AGREEMENT" for h in hits) \
            and not any(t.lemma_.lower() in words.deal_words or t.lower_ in words.deal_words for t in sent)

    def _rescued(self, sent: Span, hits: list[LexHit], code: str) -> bool:
        """Every word of the sub-type describes people set free ("rescued 12 kidnapped victims"): an
        earlier act told in passing, not this sentence's event."""
        own = [sent[h.start:h.end].root for h in hits if not h.oos and h.code == code]
        rescue = self.ontology.not_news.rescue_verbs
        # ("freed four hostages", "the hostages were released": the captives the freeing verb acts on)
        return bool(own) and all(t.dep_ in ("amod", "acl") and t.head.dep_ in ("dobj", "nsubjpass")
                                 and t.head.head.lemma_.lower() in rescue
                                 or t.dep_ in ("dobj", "nsubjpass") and t.pos_ == "NOUN" and t.head.lemma_.lower() in rescue
                                 for t in own)

    def _needs_met(self, sent: Span, sub: SubEventType) -> bool:
        """The sentence (or, for a sub-type that allows it, the report) holds one of the sub-type's ``needs_words``
        (for such a sub-type, any of its own trigger words is one: a weapon a user adds to the ontology counts)."""
        if not sub.needs_words_in_report:
            return self._words_present(sent, sub.needs_words)
        words = [*sub.needs_words, *sub.triggers]
        if self._words_present(sent, words):
            return True
        doc = sent.doc
        if self._report_words is None or self._report_words[0] is not doc:
            self._report_words = (doc, _word_index(doc[:]))  # the report's words, read once per Doc
        return _holds(self._report_words[1], words)

    @staticmethod
    def _words_present(sent: Span, words: Collection[str]) -> bool:
        """True when ``words`` is empty or the sentence holds one of them (``_holds``)."""
        return not words or _holds(_word_index(sent), words)

    def _is_news(self, sent: Span, hits: list[LexHit], trigger: Span, facts: DocFacts) -> bool:
        """False for a caption, a tally, a trend, a back-reference, a description or a habit (background.py)."""
        triggers = {sent.start + i for h in hits if not h.oos for i in range(h.start, h.end)}
        why = not_news(sent, trigger, self.ontology.not_news, lambda tok: tok.i in triggers,
                       periods=facts.periods, dates=facts.dates, places=facts.places, towns=facts.towns,
                       may_be_headline=sent.start == facts.first_sentence)
        return why is None and not self._judicial_execution(sent, trigger, facts)

    def _stopped_in_time(self, sent: Span) -> Token | None:
        """The sentence says the weapon was stopped before it went off: a clause opened by "before" whose verb,
        with "could", is one of ``stopped_before`` of the disruption sub-type ("before she could detonate her
        explosives", "before it could explode"): the verb of going off, or None ("killed three before blowing himself
        up" is a bombing)."""
        going_off = set(self.sub[self.DISRUPTED_CODE].stopped_before)
        for verb in sent:
            phrase = " ".join([verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ == "prt")])
            if (verb.lemma_.lower() in going_off or phrase in going_off) and verb.dep_ == "advcl" \
                    and any(c.dep_ == "mark" and c.lower_ == "before" for c in verb.children) \
                    and any(c.dep_ == "aux" and c.lower_ in ("could", "can") for c in verb.children):
                return verb
        return None

    def _judicial_execution(self, sent: Span, trigger: Span, facts: DocFacts) -> bool:
        """"The judiciary said the two men had been executed at dawn ... sentenced to death": a sentence carried out
        by the state's courts, which ACLED does not code, when a court's word is in the sentence or the next and no
        armed group is named there (an armed group's "court" that executes people is its attack)."""
        cues = self.ontology.not_news
        if trigger.root.lemma_.lower() not in cues.execution_words:
            return False
        doc = sent.doc
        after = doc[sent.end].sent if sent.end < len(doc) else sent
        words = {t.lemma_.lower() for t in (*sent, *after)} | {t.lower_ for t in (*sent, *after)}
        return bool(words & set(cues.judicial_words)) and not any(t.i in facts.nonstate for t in (*sent, *after))

    # Event types whose sub-types are kinds of one act; Strategic developments gathers unlike
    # ones (an agreement, an arrest, looting), whose summed probability says nothing happened.
    COHERENT_TYPES = VIOLENT_EVENT_TYPES | {"Protests"}

    def _type_holds(self, p: np.ndarray, top: int, hits: list[LexHit]) -> bool:
        """Whether the top sub-type's event type holds ``min_score`` of the probability and the
        sentence has a trigger of that type: the classifier is sure of what happened ("a bombing
        killed ...": Explosions/Remote violence) though it splits it among sibling sub-types (air
        strike, shelling, IED), none of which alone passes the gate."""
        event_type = self.sub[self.labels[top]].event_type
        if event_type not in self.COHERENT_TYPES:
            return False
        codes = self.by_type[event_type]
        mass = sum(float(p[self.index[c]]) for c in codes if c in self.index)
        return mass >= self.config.min_score and any(not h.oos and h.code in codes for h in hits)

    def _claim_is_report(self, sent: Span, hits: list[LexHit]) -> bool:
        """A "claim" reading that reports the act: a verb of the act (or its noun with its doers, "the post was the
        target of an attack by armed groups"), and none of the words of claiming,
        attributing or blaming (``claim_words``).  A statement "concerning the attack" names one, and stays out.
        A word of suspicion said of the doers ("suspected separatists stormed ...") only hedges who they were."""
        return not any(h.code == "ATTRIB" for h in hits) \
            and any(not h.oos and ((root := sent[h.start:h.end].root).pos_ == "VERB" or _by_doer(root)) for h in hits) \
            and not any((t.lemma_.lower() in self.claim_words or t.lower_ in self.claim_words) and t.dep_ != "amod"
                        for t in sent)

    def _violence_told(self, p: np.ndarray, hits: list[LexHit]) -> int | None:
        """The violent sub-type a sentence's own trigger words tell, the likeliest of them, when the
        violent types together hold ``violence_min`` of the probability though no one type holds
        ``min_score``; None otherwise."""
        if self._violent_mass(p) < self.config.violence_min:
            return None
        told = {h.code for h in hits if not h.oos}
        return max((i for i in self.violent_indices if self.labels[i] in told), key=lambda i: p[i], default=None)

    def _violent_mass(self, p: np.ndarray) -> float:
        """The probability the violent types hold together."""
        return sum(float(p[i]) for i in self.violent_indices)

    def _told_by(self, sent: Span, hits: list[LexHit], trigger: Span | None, event_type: str) -> bool:
        """Whether the trigger is a word of one of the event type's sub-types."""
        return trigger is not None and any(
            sent.start + h.start <= trigger.root.i < sent.start + h.end for h in hits
            if not h.oos and h.code in self.by_type[event_type])

    def _precedence(self, sent: Span, p: np.ndarray, top: int, hits: list[LexHit],
                    facts: DocFacts | None = None) -> tuple[int, str]:
        """A close runner-up of a higher sub-type wins (ACLED codes one event its higher way), unless
        it is a change of territory the sentence tells with no word of taking a place, or a sub-type
        the sentence lacks the words of (``_told``: a blast with no word of suicide), or a battle where
        the sentence names one armed side only (``_one_armed_side``)."""
        label = self.labels[top]
        order = np.argsort(-p)
        second = next((int(i) for i in order if i != top and self.in_scope[i]), None)
        if second is None or p[second] < self.config.precedence_ratio * p[top]:
            return top, label
        runner = self.labels[second]
        if runner in self.own_trigger_codes and not any(not h.oos and h.code in self.own_trigger_codes for h in hits):
            return top, label
        if not self._has_own_words(second, hits):
            return top, label  # a demonstration told with no word of one ("injured after a shooting") wins nothing
        remote = "Explosions/Remote violence"
        if self.sub[runner].event_type == remote and not any(not h.oos and h.code in self.by_type[remote] for h in hits):
            return top, label  # "fighters raided a quarter of X, killing four": no word of a blast or a strike, no explosion
        if label == self.peaceful and self.sub[runner].event_type == "Riots" and not any(
                not h.oos and self.sub[h.code].event_type in VIOLENT_EVENT_TYPES for h in hits):
            return top, label  # a riot is a demonstration with violence: "protested during the heatwave" tells none
        pair = {self.sub[label].event_type, self.sub[runner].event_type}
        if pair == {"Protests", "Riots"} and self._forces_only(sent, hits):
            if self.sub[label].event_type == "Protests":
                return top, label  # "police opened fire on a peaceful crowd": the violence is the forces', not the crowd's
            if self._has_own_words(second, hits):
                return second, runner  # (the same, read first as a riot by a hair)
        own = [sent[h.start:h.end].root for h in hits if not h.oos and h.code == runner]
        if own and all(t.dep_ == "pobj" and t.head.lower_ in self.BEHIND_PREPS for t in own):
            return top, label  # "searched the town after clashes, executing 45 civilians": the clash came before
        if not self._told(sent, hits, runner):
            return top, label
        if self.sub[runner].event_type == "Battles" and self.sub[label].event_type == "Violence against civilians" \
                and facts is not None and _one_armed_side(sent, facts):
            return top, label  # "31 people were killed when fighters stormed the village": whom they fought is unnamed
        if (self.ontology.merges(self.sub[runner].event_type, self.sub[label].event_type)
                and self.ontology.rank(runner) < self.ontology.rank(label)):
            return second, runner
        return top, label

    BATTLE_GOING_ON_MIN = 0.05  # the battle's own probability under a reading of no event

    def _battle_going_on(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts) -> list[EventMention]:
        """"Heavy fighting continued around X", "clashes raged near Y on Monday": a battle noun as the
        subject of a verb of its going on, in a sentence that names a place, reports the battle,
        however the classifier read the rest of the sentence."""
        battles = [h for h in hits if not h.oos and self.sub[h.code].event_type == "Battles"
                   and p[self.index[h.code]] >= self.BATTLE_GOING_ON_MIN]
        if not battles or not any(sent.start <= i < sent.end for i in facts.places):
            return []
        verbs = self.going_on_verbs
        for h in battles:
            span = sent[h.start:h.end]
            root = span.root
            verb = root.head.lemma_.lower()
            if verb == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in root.head.children):
                verb = "take place"  # "clashes took place near X"
            told = root.dep_ == "nsubj" and verb in verbs or root.dep_ == "nsubjpass" and verb in self.reported_verbs \
                and not any(a.dep_ == "aux" and a.lemma_ == "have" for a in root.head.children)  # "has been reported": a trend
            if root.pos_ == "NOUN" and told and self._is_news(sent, hits, span, facts):
                return [self._mention(sent, span, h.code, float(p[self.index[h.code]]))]
        return []

    def _engaged_in_fight(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts) -> list[EventMention]:
        """"The team engaged the hoodlums in a fierce gun duel": "engaged" someone "in" a battle noun, in the past, is
        a battle fought, whatever the classifier made of the rest (a team and an attack repelled read like sport)."""
        for h in hits:
            span = sent[h.start:h.end]
            noun = span.root
            if h.oos or h.code != "ARMED_CLASH" or noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "in" \
                    or not _GUNFIGHT.search(span.text):
                continue  # (a fight with guns: "engaged Chelsea in a fierce battle for the title" is sport)
            verb = noun.head.head
            if verb.lemma_.lower() == "engage" and verb.tag_ in ("VBD", "VBN") \
                    and any(c.dep_ == "dobj" for c in verb.children) and not any(c.dep_ == "neg" for c in verb.children) \
                    and self._is_news(sent, hits, span, facts):
                return [self._mention(sent, span, h.code, float(p[self.index[h.code]]))]
        return []

    def _unasserted(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts) -> list[EventMention]:
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
            trigger = _pick_trigger(sent, hits, {code}, facts.actors, sent.start == facts.first_sentence,
                                    self.event_heads, self.ontology.not_news)
            if trigger is None:
                continue
            mention = self._mention(sent, trigger, code, 0.5 * prob / mass)
            if mention.modality != "asserted":
                found.append((_depth(trigger.root), -prob, mention))
        return [min(found, key=lambda f: f[:2])[2]] if found else []

    def _forces_only(self, sent: Span, hits: list[LexHit]) -> bool:
        """Every violent word of the sentence is done by armed men or forces (``_by_armed``)."""
        violent = [h for h in hits if not h.oos and self.sub[h.code].event_type in VIOLENT_EVENT_TYPES]
        return bool(violent) and all(self._by_armed(sent[h.start:h.end]) for h in violent)

    def _by_armed(self, span: Span) -> bool:
        """The violent word is done by armed men or forces: its verb's subject ("police opened fire",
        "troops fired tear gas"), or the word itself names them."""
        if self._armed(span.root):
            return True
        verb = span.root if span.root.pos_ in ("VERB", "AUX") else span.root.head
        return any(c.dep_ in ("nsubj", "agent") and (self._armed(c) or any(self._armed(g) for g in c.children if g.dep_ == "pobj"))
                   for c in verb.children)

    def _on_fighters(self, verb: Token, facts: DocFacts) -> bool:
        """Everyone the killing verb struck is of an armed side ("20 militants killed", "troops killed 12
        insurgents", "two police officers were killed"): its object, its passive subject, or the noun a reduced
        passive tells of.  On-duty forces are no civilians (ACLED: a battle); an off-duty or former one is."""
        if verb.pos_ != "VERB":
            return False
        victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not victims and verb.tag_ == "VBN":
            victims = [c for c in verb.children if c.dep_ == "nsubj"] or ([verb.head] if verb.dep_ == "acl" else [])
        return bool(victims) and all(any(one_of(t, self.class_words["nonstate"]) or t.i in facts.nonstate
                                         or t.i in facts.state
                                         for t in _side_words(v)) and not no_longer_armed(v) for v in victims)

    def _armed(self, tok: Token) -> bool:
        """The word is one of the ontology's state or non-state actor words ("gunmen", "troops")."""
        return one_of(tok, self.armed)

    def _armed_side(self, tok: Token, facts: DocFacts) -> bool:
        """The word names an armed side: the actors stage's forces or armed group, or an armed actor word."""
        return tok.i in facts.state or tok.i in facts.nonstate or self._armed(tok)

    RAID_WORDS = frozenset({"raid", "swoop", "storm"})  # words of a raid, which tell no arrest by themselves

    def _armed_killing(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts) -> str | None:
        """A killing done by state forces or an armed group ("police raided a hideout, killing a gunman"),
        read as a crime for want of any other doer: force used by an armed side is political violence, not
        ordinary crime.  Killing an armed man is a battle (ACLED: Armed clash), anyone else an attack."""
        for h in hits:
            verb = sent[h.start:h.end].root
            if h.oos or self.sub[h.code].event_type not in VIOLENT_EVENT_TYPES or verb.pos_ != "VERB" \
                    or self.sub[h.code].event_type == "Riots" or not self._lethal(sent[h.start:h.end]):
                continue
            doer = _doer(verb, participle=True)
            if doer is None or not any(self._armed_side(t, facts) for t in _side_words(doer)):
                continue
            victims = [c for c in verb.children if c.dep_ == "dobj"]
            if any(self._armed_side(t, facts) and not no_longer_armed(v)
                   for v in victims for t in _side_words(v)):
                return "ARMED_CLASH"  # (not "killed a former policeman": a civilian now)
            return max((c for c in self.GROUP_CODES), key=lambda c: p[self.index[c]])
        return None

    def _done_by_people(self, sent: Span, hits: list[LexHit], facts: DocFacts) -> str | None:
        """The code of a trigger verb told in the passive with people as its doer ("the trucks were set alight by a
        group of hooded men"): a deed, no accident, whatever the rest of the sentence reads like."""
        is_person = self._is_person(facts)
        for h in hits:
            verb = sent[h.start:h.end].root
            if not h.oos and verb.pos_ == "VERB" and any(
                    c.dep_ == "agent" and any(g.dep_ == "pobj" and (is_person(g) or self._armed(g)) for g in c.children)
                    for c in verb.children):
                return h.code
        return None

    def _ambiguous(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts,
                   uncued: bool = False) -> list[EventMention]:
        """An accident or a crime to the classifier, told with an event's trigger word: kept as
        "ambiguous", for the linking stage to confirm from the rest of the article or drop.  With none
        of an accident's or a crime's cue words (``uncued``) and the violent types together likelier
        than that reading ("triple explosions kill 80 people in X"), a report of the violent sub-type
        the sentence's words tell."""
        codes = {h.code for h in hits if not h.oos}
        if not codes:
            return []
        code = max(codes, key=lambda c: p[self.index[c]])
        violent = [c for c in codes if self.sub[c].event_type in VIOLENT_EVENT_TYPES]
        kind: MentionKind = "ambiguous"
        if uncued and violent and self._violent_mass(p) > float(p.max()):
            code, kind = max(violent, key=lambda c: p[self.index[c]]), "report"
        elif uncued and violent and (armed := self._armed_killing(sent, hits, p, facts)) is not None:
            code, kind = armed, "report"
        elif uncued and self.labels[int(p.argmax())] == "MAN_MADE_DISASTER" \
                and len({h.start for h in hits if not h.oos and self.sub[h.code].event_type == "Battles"}) >= 2:
            # "during the exchange of fire, two assailants were neutralised and the hostages freed": no accident is
            # told by two words of fighting, whatever the rest of the sentence reads like (a rescue); one may be
            # another sense ("workers were engaged in packing")
            fights = [c for c in violent if self.sub[c].event_type == "Battles"]
            code, kind = max(fights, key=lambda c: p[self.index[c]]), "report"
        elif uncued and (done := self._done_by_people(sent, hits, facts)) is not None:
            code, kind = done, "report"
        sub = self.sub[code]
        if kind == "ambiguous" and (sub.name == "Arrests" and any(sent.start <= i < _told_on(sent).end for i in facts.nonstate)
                                    or sub.event_type in VIOLENT_EVENT_TYPES and any(sent.start <= i < sent.end for i in facts.groups)):
            # "police arrested four suspected Al Shabaab tax collectors" (or "... | Most were accused of backing
            # Fano" just after), "a Naxalite carrying a bounty was killed in an encounter": an armed group's members
            # taken, or a named group's violence, are conflict news, however much the words read like a police blotter
            kind = "report"
        if kind == "ambiguous" and sub.name == "Arrests" and self._over_told_attack(sent, hits):
            kind = "report"  # "police arrested two men in connection with the attack": the grenade attack just told
        trigger = _pick_trigger(sent, hits, {code} | self.by_type[sub.event_type], facts.actors,
                                event_heads=self.event_heads, cues=self.ontology.not_news)
        if trigger is None or not any(sent.start + h.start <= trigger.root.i < sent.start + h.end for h in hits) \
                or _thing_vanished(trigger.root, self._is_person(facts)) or not self._is_news(sent, hits, trigger, facts):
            return []
        if uncued and (struck := next((r for span in [trigger, *(sent[h.start:h.end] for h in hits if not h.oos)]
                                       if (r := self._aircraft_reading(sent, span)) is not None), None)) is not None:
            # "a police gunship came under fire": an aircraft fired on is no accident, whatever the words read
            (trigger, code), kind = struck, "report"
        if kind == "report" and self.sub[code].event_type == "Violence against civilians" \
                and (fight := self._fight_means(sent, hits, trigger)) is not None:
            trigger, code = fight  # "three were killed in the exchange of fire", read as a crime: the fight is the event
        if kind == "report" and code in self.GROUP_CODES and (taken := self._carried_off(sent, hits, trigger.root, facts)) is not None:
            # (as in the classifier's reading: "gunmen raided a clinic and took away two nurses" is an abduction)
            trigger, code = sent[taken.i - sent.start: taken.i - sent.start + 1], "ABDUCT_DISSAP"
        return [self._mention(sent, trigger, code, p[self.index[code]], kind=kind)]

    # Event nouns of political violence an arrest may be made over (not "the murder", "the robbery": a crime's).
    ATTACK_NOUN_TYPES = frozenset({"Explosions/Remote violence", "Battles"})

    def _over_told_attack(self, sent: Span, hits: list[LexHit]) -> bool:
        """The sentence names, by a definite noun, an attack, a bombing or a fight told before ("in connection with
        the attack", "over the bombing"): arrests made over it belong to the conflict."""
        for h in hits:
            noun = sent[h.start:h.end].root
            if h.oos or noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
                continue
            if self.sub[h.code].event_type in self.ATTACK_NOUN_TYPES or noun.lemma_.lower() == "attack":
                return True
        return False
