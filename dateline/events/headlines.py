"""Headlines: which first line is one, the source set after it, and the rules that read its grammar.

A headline reports one event in a few words and drops what an article sentence would say
(auxiliaries, doers, circumstances: "Soldier killed in border town"), so the classifier, which
learnt from article sentences, often reads it as context.  ``dateline.nlp.headline_line`` finds
the headline (the counts stage reads it too) and ``headline_clause`` cuts off its source; ``HeadlineRules`` holds the rules
that report the event its predicate, its dead, its bodies, its wounded, a claim or "A vs B" tell.
They are methods mixed into ``Detector`` (``detect.py``): they read its ontology words
(``headline_words``, ``sub``, ``index``, ``in_scope``) and build mentions with its ``_mention``
and ``_is_news``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

import numpy as np
from spacy.tokens import Span, Token

from dateline.events.features import LexHit, find_hits, one_of
from dateline.events.ontology import VIOLENT_EVENT_TYPES
from dateline.events.triggers import REPORTING, _disposed, _noun_phrase_in, _phrasal_lemma, under
from dateline.nlp import sentence_case
from dateline.types import EventMention

if TYPE_CHECKING:
    from dateline.events.facts import DocFacts

# Marks that set a source after a headline's clause: "<clause> - agency", "<clause>: officials".
ATTRIBUTION_MARKS = frozenset({"-", "–", "—", ":", "|"})
ATTRIBUTION_MAX_WORDS = 4


def headline_clause(sent: Span, is_trigger: Callable[[Token], bool]) -> Span:
    """A headline without the source set after it ("... - newspaper", "...: ministry", "... -
    rights group says"): wire headlines name their source there, and the words of the source
    are no part of the event.  The tail is a source only when it is short and holds no event
    word, no number and no verb but one of saying; otherwise the headline is returned whole."""
    for k in range(len(sent) - 2, 2, -1):
        mark = sent[k]
        if mark.text not in ATTRIBUTION_MARKS:
            continue
        if mark.text != ":" and not sent[k - 1].whitespace_:
            return sent  # "US-led": a hyphen inside a word
        tail = [t for t in sent[k + 1:] if not (t.is_punct or t.is_space)]
        if not tail or len(tail) > ATTRIBUTION_MAX_WORDS or any(
                t.like_num or is_trigger(t) or (t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in REPORTING)
                for t in tail):
            return sent
        return sent[:k]
    return sent


class HeadlineRules:
    """The headline rules of ``Detector``: mixed into it, they use its attributes and methods."""

    def _sentence_cased(self, sent: Span, facts: DocFacts) -> Span:
        """A Title Case headline tagged and parsed again as a sentence would write it: its
        capitals make the tagger read event words as names ("Gunmen Kill Two ..."), and a name
        is never a trigger.  Places the places stage found keep their capitals (not actors: in
        Title Case the actors stage reads "Attack Police" as one name).
        Only the headline's own tokens are parsed again; indices and offsets stay those of
        the Doc."""
        assert self.reparse is not None
        doc = sent.doc
        head = doc[: sent.end]
        keep = {i - sent.start for i in facts.places if sent.start <= i < sent.end}
        words = [t.text for t in head[: sent.start]] + sentence_case([t.text for t in sent], keep)
        again = self.reparse(words, [bool(t.whitespace_) for t in head])
        return again[sent.start: sent.end]

    def _headline_clause(self, sent: Span) -> Span:
        hits = find_hits(self.lexicon, sent)
        at = {sent.start + i for h in hits for i in range(h.start, h.end)}
        return headline_clause(sent, lambda tok: tok.i in at)

    # How a headline's event word hangs on its root: "Soldier killed in X" (acl), "minister says
    # rebels routed" (ccomp), "Troops kill five, seize arms depot" (conj).
    HEADLINE_PREDICATE_DEPS = frozenset({"acl", "relcl", "ccomp", "conj", "xcomp", "advcl", "appos"})
    # The root's own arguments, on which a participle is the headline's predicate ("Woman killed in
    # X, two injured": "killed" hangs on the subject of "injured"; "there are three murdered in X";
    # "Kano: trader killed in market", where the place label is the root and the rest its apposition).
    HEADLINE_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "attr", "appos"})
    # What a headline's dead, or the verb that counts them, hangs on the root by.
    HEADLINE_HEAD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "conj", "acl", "appos", "ccomp"})
    # Sub-types of a killing told by its dead alone ("casualties in X"): the classifier chooses.
    DEATH_CODES = ("ARMED_CLASH", "ATTACK")

    def _headline_predicate(self, word: Token, root: Token) -> bool:
        """Whether an event word is a headline's main predicate: the root, a clause on the root, a
        participle on the root's subject with no auxiliary, or an event noun that is the subject
        of a verb of hitting or happening ("shelling hits the port", "clashes erupt")."""
        if word.i == root.i or (word.head.i == root.i and word.dep_ in self.HEADLINE_PREDICATE_DEPS):
            return True
        if word.dep_ == "acl" and word.tag_ in ("VBN", "VBD") and word.head.dep_ in self.HEADLINE_ARGUMENT_DEPS \
                and word.head.head.i == root.i:
            return True
        among = word.head.head if word.dep_ == "acl" and word.head.dep_ == "pobj" else None
        if among is not None and among.lower_ == "among" and among.head.i == root.i and word.tag_ in ("VBN", "VBD"):
            return True  # "Woman among a dozen killed in X": the participle of the group the headline's subject is in
        return self._event_subject(word, root)

    def _event_subject(self, word: Token, root: Token, verbs: Collection[str] | None = None) -> bool:
        """An event noun that is the subject of the headline's verb, one of ``verbs`` (by default
        the verbs of hitting or happening)."""
        return (word.pos_ == "NOUN" and word.dep_ in ("nsubj", "nsubjpass") and word.head.i == root.i
                and _phrasal_lemma(root) in (self.headline_words.event_subject_verbs if verbs is None else verbs))

    def _unconditional(self, trigger: Span, code: str, root: Token, is_person: Callable[[Token], bool],
                       event_words: Collection[int] = frozenset()) -> bool:
        """A headline predicate that reports a violent event whatever the classifier thinks: a
        verb of killing ("gunned down", "murdered"), or a violent event noun as the subject of a
        verb of hitting or happening ("clashes renewed in X")."""
        if self.sub[code].event_type not in VIOLENT_EVENT_TYPES:
            return False
        if trigger.root.pos_ == "VERB" and self._lethal(trigger):
            verb = trigger.root
            # not a thing killed: "senator killed the bill", "rain killed the match"
            if any(c.dep_ == "dobj" and not (c.like_num or c.pos_ == "PROPN" or is_person(c)) for c in verb.children):
                return False
            # said of its victim ("three murdered in X", "conductor shot dead": no object), or done by
            # armed men or an attack ("gunmen kill five", "bombing kills 12"); not "cancer kills
            # millions", "man murdered his wife"
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            return subject is None or not any(c.dep_ == "dobj" for c in verb.children) \
                or self._armed(subject) or subject.i in event_words
        return self._event_subject(trigger.root, root)

    def _headline_event(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts,
                        victim_only: bool = False) -> list[EventMention]:
        """The event a headline reports with its main word, or nothing.

        The classifier learnt from article sentences, where an event word without its actors
        or its circumstances is mostly context (NONE), a crime, or too unsure to report; a
        headline is written to report one event in a few words and drops the rest ("Soldier
        killed in border town").  So in a headline whose main predicate (``_headline_predicate``)
        is an event trigger, with no out-of-scope cue (an accident, a robbery, a disaster) and
        with the event sub-types holding ``headline_min`` of the probability, the likeliest such
        trigger's sub-type is reported; a verb of killing or an event noun that "erupts" or
        "hits" needs no such share (``_unconditional``).  Failing that, a headline that names
        its dead or bodies with marks of violence reports a killing (``_headline_deaths``).
        Its score is that sub-type's share of the event probability, halved: the rule, not
        the classifier, says there is an event.
        """
        mass = float(p[self.in_scope].sum())
        # a crime told with an event's word and no crime's word is violence the classifier
        # could not place ("They murder a man ..."): its probability counts towards the gate
        crime = sum(float(p[self.index[c]]) for c in self.config.headline_overrules if c != "NONE" and c in self.index)
        if any(h.oos for h in hits):
            return []
        root = sent.root
        placed = any(sent.start <= i < sent.end for i in facts.places)
        main = [h for h in hits if not h.oos and (self._headline_predicate(sent[h.start:h.end].root, root)
                                                  or (placed and self._event_subject(sent[h.start:h.end].root, root,
                                                                                     self.headline_words.lasting_verbs)))]
        if mass + crime < self.config.headline_min or victim_only:
            at = {sent.start + i for h in hits if not h.oos for i in range(h.start, h.end)}
            main = [h for h in main if self._unconditional(sent[h.start:h.end], h.code, root, self._is_person(facts), at)]
        if victim_only:
            # a verb of killing said of its victim, with no object ("conductor shot to death", "two
            # killed in ..."); not "blast kills five" nor "explosion killed", which an accident may do
            at = {sent.start + i for h in hits for i in range(h.start, h.end)}
            main = [h for h in main if sent[h.start:h.end].root.pos_ == "VERB" and not any(
                c.dep_ == "dobj" or (c.dep_ == "nsubj" and c.i in at) for c in sent[h.start:h.end].root.children)]
            if not main:
                return []
        if not main:
            return self._headline_told(sent, hits, p, facts) or self._headline_versus(sent, hits, p, facts)
        best = max(main, key=lambda h: (p[self.index[h.code]], h.end - h.start))
        violent = [h for h in main if self.sub[h.code].event_type in VIOLENT_EVENT_TYPES]
        if violent and self.sub[best.code].event_type not in VIOLENT_EVENT_TYPES and self._deadly(sent[best.start:best.end].root):
            best = max(violent, key=lambda h: (p[self.index[h.code]], h.end - h.start))  # "raid in X kills two": no arrest
        if self._lethal(sent[best.start:best.end]) and (found := self._headline_harmed(sent, hits, p, facts)):
            return found  # "commander killed in encounter with police": the event is the one they died in
        return self._rule_mention(sent, hits, sent[best.start:best.end], best.code, p, facts)

    def _rule_mention(self, sent: Span, hits: list[LexHit], trigger: Span, code: str, p: np.ndarray,
                      facts: DocFacts) -> list[EventMention]:
        """A headline event a rule, not the classifier, found: reported only when news and asserted,
        scored at half its sub-type's share of the event probability."""
        if not self._is_news(sent, hits, trigger, facts):
            return []
        mass = float(p[self.in_scope].sum())
        mention = self._mention(sent, trigger, code, 0.5 * p[self.index[code]] / max(mass, 1e-9))
        return [mention] if mention.modality == "asserted" else []

    def _headline_deaths(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts) -> list[EventMention]:
        """A killing a headline reports by its dead rather than by its doers: a verb of dying
        ("fighters perished"), lives claimed or lost ("the raid claimed 12 lives"), a noun of the
        dead or of a killing at its head beside a place or an actor ("casualties in X", "double
        homicide in Y"), or bodies found with marks of violence ("bodies with signs of torture")
        or left, dumped or abandoned ("five bodies dumped on the highway").
        The sub-type is the likeliest violent trigger's in the headline, else Armed clash or
        Attack as the classifier prefers; bodies are always Attack (ACLED: Violence against
        civilians).  Only when asserted and news."""
        if any(h.oos for h in hits):
            return []  # an accident's, a disaster's or a crime's own word
        words = self.headline_words
        root = sent.root
        heads = [root] + [c for c in root.children if c.dep_ in self.HEADLINE_HEAD_DEPS]
        trigger: Token | None = None
        code: str | None = None
        # a place or an actor (a proper noun when those stages did not run)
        named = any(sent.start <= i < sent.end for i in facts.places | facts.actors) or any(
            t.pos_ == "PROPN" for t in sent)
        # a violent event word, an armed actor or a word of violence: the dying was violent
        violent = any(not h.oos and self.sub[h.code].event_type in VIOLENT_EVENT_TYPES for h in hits) or any(
            self._armed(t) or t.lemma_.lower() in words.violence_words
            for t in sent)
        for tok in heads:
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB" and lemma in words.dying and violent:
                trigger = tok
            elif tok.pos_ == "VERB" and lemma in words.life_verbs and violent and any(
                    c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in tok.children):
                trigger = tok
            elif tok.pos_ in ("NOUN", "PROPN", "ADJ") and named and (
                    _noun_phrase_in(tok, words.death_nouns)
                    or (tok.tag_ not in ("NNS", "NNPS") and _noun_phrase_in(tok, words.killing_nouns))):
                trigger = tok
            if trigger is not None:
                break
        if trigger is None and violent:
            # a result with no doer: "attack leaves 4 dead", "... causing human losses"
            trigger = next((t for t in heads + [c for c in root.children if c.dep_ == "advcl"]
                            if self._leaves_toll(t)), None)
        if trigger is None:
            # killings counted on one day: "three murders on Monday in X" (not "12 homicides during May")
            trigger = self._day_count(sent, facts)
        if trigger is None:
            body = next((t for t in sent if t.pos_ in ("NOUN", "PROPN")
                         and (t.lemma_.lower() in words.body_nouns or t.lower_ in words.body_nouns)), None) \
                or next((t for t in sent if self._found_person(t, facts)), None)
            if body is not None and (any(t.lower_ in words.violence_signs or t.lemma_.lower() in words.violence_signs
                                         for t in sent if t.i != body.i)
                                     or _disposed(body, words.disposal_verbs, words.disposal_verbs_finite)
                                     or any(t.pos_ in ("NOUN", "PROPN") and _noun_phrase_in(t, words.grave_nouns)
                                            for t in sent)):
                trigger, code = body, self.DEATH_CODES[1]
            elif (part := next((t for t in sent if self._found_part(t)), None)) is not None:
                trigger, code = part, self.DEATH_CODES[1]  # a severed part is its own mark of violence
        if trigger is None:
            return []
        if code is None:
            violent = [h.code for h in hits if not h.oos and self.sub[h.code].event_type in VIOLENT_EVENT_TYPES]
            code = max(violent or self.DEATH_CODES, key=lambda c: p[self.index[c]])
        return self._rule_mention(sent, hits, sent[trigger.i - sent.start: trigger.i - sent.start + 1], code, p, facts)

    def _found_part(self, tok: Token) -> bool:
        """A part of a body found ("human head found in X", "they find a severed head"): not a part
        of something ("the head of the gang", "the head of a statue")."""
        if tok.pos_ != "NOUN" or not _noun_phrase_in(tok, self.headline_words.body_parts):
            return False
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) or any(c.dep_ == "poss" for c in tok.children):
            return False
        finding = lambda t: t.pos_ == "VERB" and t.lemma_.lower() in self.headline_words.finding_verbs  # noqa: E731
        return (tok.dep_ in ("dobj", "nsubjpass") and finding(tok.head)) \
            or any(c.dep_ == "acl" and finding(c) for c in tok.children)

    def _found_person(self, tok: Token, facts: DocFacts) -> bool:
        """A person the headline reports found, a body: the object of a verb of finding ("they locate
        two men"), its passive subject ("woman found ..."), a person with a participle of finding
        ("man found bound") or a lifeless person ("a lifeless man").  Any noun found or left in a state
        said only of the dead is one ("accountant found slain")."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        words = self.headline_words
        finding = lambda t: t.pos_ == "VERB" and t.lemma_.lower() in words.finding_verbs  # noqa: E731
        if any(c.dep_ in ("acl", "amod") and c.lower_ in words.killed_states for c in tok.children) or (
                tok.dep_ in ("nsubj", "nsubjpass", "dobj") and (finding(tok.head) or tok.head.lemma_.lower() in words.disposal_verbs)
                and any(c.dep_ in ("oprd", "xcomp", "acomp") and c.lower_ in words.killed_states for c in tok.head.children)):
            return True  # "accountant found slain", "they leave a man murdered": said only of the dead
        if not self._is_person(facts)(tok):
            return False
        return (tok.dep_ in ("dobj", "nsubjpass") and finding(tok.head)) \
            or (tok.dep_ == "nsubj" and finding(tok.head) and tok.head.tag_ in ("VBN", "VBD")  # "man found bound"
                and not any(c.dep_ == "dobj" for c in tok.head.children)) \
            or any(c.dep_ == "acl" and finding(c) for c in tok.children) \
            or any(c.dep_ == "amod" and c.lower_ in words.lifeless for c in tok.children)

    def _day_count(self, sent: Span, facts: DocFacts) -> Token | None:
        """A plural noun of killing counted by a number, in a headline dated to one day and naming no
        stretch of time ("two murders on Saturday in X", "Sunday begins with four homicides"): the day's
        killings, each an event.  A count over a week, a month or "the last four days" is a tally."""
        inside = range(sent.start, sent.end)
        if not any(i in facts.days for i in inside) or any(i in facts.periods for i in inside) \
                or any(i in facts.dates and i not in facts.days for i in inside):
            return None
        return next((t for t in sent if t.pos_ == "NOUN" and t.tag_ in ("NNS", "NNPS")
                     and t.lemma_.lower() in self.headline_words.day_killings
                     and any(c.dep_ == "nummod" for c in t.children)), None)

    def _leaves_toll(self, verb: Token) -> bool:
        """A verb of result ("leaves", "causing") whose object is a toll: "leaves 4 dead and 2 injured",
        "causing human losses", "left casualties"."""
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.headline_words.result_verbs:
            return False

        def on_verb(tok: Token) -> bool:  # the toll hangs on the verb by no preposition or clause
            while tok.i != verb.i:
                if tok.dep_ in ("prep", "pobj", "relcl", "advcl", "nsubj") or tok.head.i == tok.i:
                    return False
                tok = tok.head
            return True

        return any(t.i > verb.i and _noun_phrase_in(t, self.headline_words.toll_words) and on_verb(t)
                   for t in verb.subtree)

    def _headline_told(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts) -> list[EventMention]:
        """The headline's event told by its dead, its bodies (``_headline_deaths``) or its wounded
        (``_headline_shooting``), when no event word is its predicate."""
        return self._headline_deaths(sent, hits, p, facts) or self._headline_shooting(sent, hits, p, facts) \
            or self._headline_harmed(sent, hits, p, facts)

    def _headline_harmed(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts) -> list[EventMention]:
        """People harmed in an event the headline names by its noun: "six injured in attack on
        convoy", "dozens hurt in clashes".  The participle of harm is the headline's predicate, said
        of its victims (no object), and the violent event noun hangs on it by one of ``harmed_preps``."""
        if any(h.oos for h in hits):
            return []
        words, root = self.headline_words, sent.root
        return self._violent_noun(sent, hits, p, facts, lambda noun: under(noun, words.harmed_preps, lambda verb: (
            verb.pos_ == "VERB" and verb.tag_ in ("VBN", "VBD") and verb.lemma_.lower() in words.harmed
            and not any(c.dep_ == "dobj" for c in verb.children) and self._headline_predicate(verb, root))))

    def _headline_claimed(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts) -> list[EventMention]:
        """A headline's claim of an attack ("group claims responsibility for bombing of pipeline",
        "group claims attack on checkpoint"): the claimed violent event, the object of the headline's
        predicate "claim" or of "for" on a claim noun (``claim_nouns``) that is its object, is reported;
        a denial or a blame is no claim."""
        words, root = self.headline_words, sent.root

        def claiming(verb: Token) -> bool:
            return verb.lemma_.lower() == "claim" and self._headline_predicate(verb, root)

        return self._violent_noun(sent, hits, p, facts, lambda noun: (noun.dep_ == "dobj" and claiming(noun.head)) or under(
            noun, ("for",), lambda claim: claim.lemma_.lower() in words.claim_nouns and claim.dep_ == "dobj"
            and claiming(claim.head)))

    def _violent_noun(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts,
                      holds: Callable[[Token], bool]) -> list[EventMention]:
        """The likeliest violent event noun ``holds`` accepts ("injured *in* attack", "responsibility
        *for* bombing"), reported as the headline's event."""
        civilians = any(one_of(t, self.civilian) for t in sent)
        for h in sorted(hits, key=lambda h: (-(civilians and h.code == self.SHOOTING_CODE), -p[self.index[h.code]])):
            # "nine civilians killed in rebel attack": the attack noun read as the attack on civilians
            if h.oos or self.sub[h.code].event_type not in VIOLENT_EVENT_TYPES:
                continue
            noun = sent[h.start:h.end].root
            if noun.pos_ == "NOUN" and holds(noun):
                return self._rule_mention(sent, hits, sent[h.start:h.end], h.code, p, facts)
        return []

    SHOOTING_CODE = "ATTACK"

    def _headline_shooting(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts) -> list[EventMention]:
        """"Teacher shot in the leg in X", "a driver is shot at": a person shot, with no doer and no
        death, is a non-fatal attack on a civilian (ACLED: Violence against civilians / Attack).
        The verb must be the headline's predicate and passive in sense: an auxiliary, or a bare
        participle said of a person noun (a name needs the auxiliary: "Kane shot wide" is a
        footballer's shot); or active, a person shot by "they", armed men or a named actor ("they
        shoot a taxi driver").  Not a thing shot ("shot a film"), not "shot down"."""
        if any(h.oos for h in hits):
            return []
        root, is_person = sent.root, self._is_person(facts)
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.headline_words.wounding \
                    or not self._headline_predicate(tok, root) or any(c.dep_ == "prt" for c in tok.children):
                continue
            victim = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if victim is not None:
                # active: a person shot by "they" (a headline's unnamed doers), armed men or a named actor
                doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if not (is_person(victim) and doer is not None
                        and (doer.pos_ == "PRON" or self._armed(doer) or doer.i in facts.actors)):
                    continue
            else:
                if tok.tag_ not in ("VBN", "VBD"):
                    continue
                aux = any(c.dep_ == "auxpass" for c in tok.children)
                victim = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
                if victim is None and tok.dep_ == "acl":
                    victim = tok.head
                if victim is None or not (is_person(victim) or (aux and victim.ent_type_ == "PERSON")):
                    continue
            return self._rule_mention(sent, hits, sent[tok.i - sent.start: tok.i - sent.start + 1],
                                      self.SHOOTING_CODE, p, facts)
        return []

    VERSUS_CODE = "ARMED_CLASH"
    SIDE_ENDS = frozenset({",", ":", "-", "–", "—", "|", ";"})

    def _headline_versus(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts) -> list[EventMention]:
        """"Soldiers vs rebels, Borno": a headline that sets two armed sides against each other
        (an armed actor word on each side of "vs") reports a clash between them."""
        if any(h.oos for h in hits):
            return []

        def ends(i: int) -> bool:  # a hyphen inside a name ("al-Shabaab") ends no side
            return sent[i].text in self.SIDE_ENDS and (sent[i].text != "-" or bool(sent[i].whitespace_))

        for k, tok in enumerate(sent):
            if tok.lower_ not in self.headline_words.versus or k == 0:
                continue
            start = max((i + 1 for i in range(k) if ends(i)), default=0)
            end = next((i for i in range(k + 1, len(sent)) if ends(i)), len(sent))
            if self._names_armed(sent[start:k]) and self._names_armed(sent[k + 1:end]):
                return self._rule_mention(sent, hits, sent[k:k + 1], self.VERSUS_CODE, p, facts)
        return []

    def _lethal(self, span: Span) -> bool:
        """A verb (phrase) of killing: "kill", "shoot dead", "gun down" (``headline_words.lethal``)."""
        return " ".join(t.lemma_.lower() for t in span) in self.headline_words.lethal

    def _names_armed(self, side: Span) -> bool:
        """Whether words name an armed actor (the ontology's state and non-state actor words)."""
        text = f" {' '.join(t.lower_ for t in side)} "
        return any(self._armed(t) for t in side) or any(f" {w} " in text for w in self.armed if " " in w)
