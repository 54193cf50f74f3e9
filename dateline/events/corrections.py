"""Rules that correct the classifier's reading of an ordinary sentence from its grammar.

The classifier reads a sentence's words; who did what to whom is in the parse.  These rules
recode a sub-type by its doer or its object (who took a place, people taken, weapons seized,
an armed group's "riot", an attack on a post or on civilians, a crowd that left on its own),
find a battle the classifier was unsure of (two armed sides exchanging fire), move the trigger
to the bodies found, and drop readings that report no event (a thing killed, an aircraft that
strikes nothing).  ``Detector`` (``detect.py``) applies them in ``_sentence``, in a fixed order;
they are methods mixed into it and read its ontology words (``sub``, ``index``, ``armed``,
``state``, ``nonstate``, ...).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
from spacy.tokens import Span, Token

from dateline.actors.matcher import no_longer_armed
from dateline.counts.numbers import harm_words
from dateline.events.features import LexHit, one_of, token_keys
from dateline.events.ontology import VIOLENT_EVENT_TYPES
from dateline.times.tense import reduced
from dateline.events.triggers import CARRY_OFF_VERBS, LEAVING_VERBS as LEFT_VERBS, REPORTING, _clause_head, _doer
from dateline.nlp import doc_text
from dateline.types import EventMention

if TYPE_CHECKING:
    from dateline.events.facts import DocFacts


def _with_of_phrase(noun: Token) -> list[Token]:
    """The noun, its conjuncts, and what its "of" phrase counts ("dozens of soldiers", "a group of villagers")."""
    out = [noun, *noun.conjuncts]
    return out + [g for t in out for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]


# Where forces stand on duty: an assault on one is a battle.  Not "camp" (a displaced people's camp).
POSTS = frozenset({"post", "outpost", "checkpoint", "base", "barracks", "garrison", "position", "positions", "patrol",
                   "convoy", "checkpost", "picket", "fob"})
# ... and a force's station: "a police station", not a bus or petrol station.
STATIONS = frozenset({"station", "headquarters"})
STATION_FORCES = frozenset({"police", "gendarmerie", "army", "military"})


def is_force_post(t: Token) -> bool:
    """The noun is a post of armed forces: a post word, or a station with a force's word as its compound or
    among the words just before it however the parser hung them ("the police sub-station")."""
    return one_of(t, POSTS) or t.lemma_.lower() in STATIONS and (
        any(c.dep_ == "compound" and c.lower_ in STATION_FORCES for c in t.children)
        or any(w.lower_ in STATION_FORCES for w in t.doc[max(t.sent.start, t.i - 3): t.i]))


# "rocket-propelled grenades": fired by fighters in a battle, not a grenade thrown.
_ROCKET_PROPELLED = re.compile(r"rocket[-\s]propelled\s*$", re.IGNORECASE)

class CorrectionRules:
    """The sentence rules of ``Detector``: mixed into it, they use its attributes and methods."""

    def _taker(self, trigger: Span, code: str) -> str:
        """A change of territory coded by who took the place: the taking's subject (or a passive's
        agent), when a class word names it ("militants recaptured the village": Non-state actor
        overtakes territory; "troops seized the town": Government regains territory).  A word
        before the noun speaks first ("rebel forces").  Names are left to the classifier."""
        doer = _doer(trigger.root)
        if doer is None or doer.pos_ != "NOUN":
            return code
        mods = [c for c in doer.children if c.dep_ in ("compound", "amod")]
        for words in ([m.lemma_.lower() for m in mods] + [f"{m.lower_} {doer.lemma_.lower()}" for m in mods],
                      [doer.lemma_.lower(), doer.lower_]):
            sides = [side for side, known in self.class_words.items() if known.intersection(words)]
            if len(sides) == 1:
                return self.taken_by[sides[0]]
        return code

    def _captors_abduct(self, sent: Span, hits: list[LexHit], trigger: Span, facts: DocFacts) -> tuple[Span, str] | None:
        """An arrest made by an armed group that also takes people ("fighters raided the village,
        looting food and abducting seven"): an abduction, as ACLED codes people taken by non-state
        groups; the abduction's own word is the trigger.  None when the doer is no armed group or the
        sentence tells no abduction."""
        doer = _doer(trigger.root, participle=True)
        if doer is None:
            return None
        words = {doer.lemma_.lower(), doer.lower_} | {c.lemma_.lower() for c in doer.children if c.dep_ in ("compound", "amod")}
        armed = bool(words & self.class_words["nonstate"]) or any(t.i in facts.nonstate for t in doer.subtree)
        if not armed or words & self.class_words["state"] or any(t.i in facts.state for t in doer.subtree):
            return None
        taking = next((h for h in hits if not h.oos and h.code == self.ABDUCTION_CODE), None)
        return (sent[taking.start:taking.end], self.ABDUCTION_CODE) if taking is not None else None

    ABDUCTION_CODE = "ABDUCT_DISSAP"
    DISRUPTED_CODE = "DISR_WEAP"
    OTHER_CODE = "OTHER"

    MEANS_PREPS = frozenset({"in", "by", "with"})

    def _remote_means(self, sent: Span, hits: list[LexHit], trigger: Span) -> tuple[Span, str] | None:
        """A killing or attack whose means is a remote weapon's strike ("killed four fighters in a drone
        attack", "wounded by a roadside bomb"): that explosion, not a clash or a shooting, whoever the
        victims were.  None when the means names no weapon of the Explosions type."""
        text = doc_text(sent.doc)
        fired = [h for h in hits if not (h.code == "GRENADE" and _ROCKET_PROPELLED.search(
            text, max(0, (at := sent[h.start:h.end].start_char) - 24), at))]
        # (rocket-propelled grenades are a battle's weapons, fired by fighters, no grenade thrown)
        return self._told_means(sent, fired, trigger, lambda code: self.sub[code].event_type == "Explosions/Remote violence")

    def _fight_means(self, sent: Span, hits: list[LexHit], trigger: Span) -> tuple[Span, str] | None:
        """A killing told as done in a fight ("militant killed in encounter", "two died in an exchange of
        fire"): the fight is the event, an armed clash (ACLED codes those killed in a battle, crossfire
        too, under it), not an attack on the dead."""
        attack_words = {(h.start, h.end) for h in hits if not h.oos and self.sub[h.code].event_type == "Violence against civilians"}
        fights = [h for h in hits if (h.start, h.end) not in attack_words]  # "killed in an attack" may be on civilians
        found = self._told_means(sent, fights, trigger, lambda code: code == "ARMED_CLASH")
        if found is not None and self._on_dwellings(found[0].root):
            return None  # "killed 80 people in an assault on a village": one side's assault on where people live
        return found

    # Where people live or gather: an assault on one, with no armed side named against the doers, is on civilians.
    DWELLINGS = frozenset({"village", "villages", "town", "hamlet", "settlement", "camp", "market", "school", "church",
                           "mosque", "home", "homes", "house", "houses", "neighbourhood", "neighborhood", "community"})

    def _on_dwellings(self, noun: Token) -> bool:
        """The fight word's "on" object is a place people live in ("an assault on a village")."""
        return any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() in self.DWELLINGS or g.lower_ in self.DWELLINGS
                                                                for g in c.children if g.dep_ == "pobj") for c in noun.children)

    def _told_means(self, sent: Span, hits: list[LexHit], trigger: Span, kind: Callable[[str], bool]) -> tuple[Span, str] | None:
        """The word of a ``kind`` of event that the trigger's "in"/"by"/"with" phrase names as its means."""
        root = trigger.root
        means = [g for c in root.children if c.dep_ in ("prep", "agent") and c.lower_ in self.MEANS_PREPS
                 for g in c.children if g.dep_ == "pobj"]
        if root.dep_ == "pobj" and root.head.lower_ in self.MEANS_PREPS:
            means.append(root)  # the trigger is the means itself: "in an explosives-laden drone attack"
        for noun in means:
            words = {noun.i, *(c.i for c in noun.children if c.dep_ in ("compound", "amod", "nmod"))}
            for h in hits:
                if not h.oos and kind(h.code) and any(sent.start + h.start <= i < sent.start + h.end for i in words):
                    return sent[h.start:h.end], h.code
        return None

    TERRITORY_CODES = frozenset({"GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER"})
    # Sub-types whose act is told with another's words: force on a crowd is told as shooting ("security forces opened
    # fire on worshippers who had gathered to protest"), whose words are an attack's, not the protest's.
    TRIGGER_KIN = {"FORCE_AGAINST_PROTEST": frozenset({"ATTACK"})}
    # Words of another sub-type an event may be told by when the word picked is only a development's ("Other"): arson
    # by a riot's ("set fire to 40 houses after residents fled": a riot's word, but armed men burning a village destroy
    # property; "fled" alone makes no row).
    FOREIGN_KIN = {"PROPERTY_DISTRUCT": frozenset({"VIOL_DEMONSTR"})}

    @staticmethod
    def _went_home(verb: Token) -> bool:
        """"disperse" said of the crowd itself: active, with no object ("they dispersed peacefully"), not
        "police dispersed them" or "they were dispersed with tear gas"."""
        # (a participle only as the second verb of a past tense: "processions proceeded without incident and dispersed")
        # (or a note's subjectless "Dispersed peacefully": no one breaks a crowd up peacefully)
        return verb.pos_ == "VERB" and verb.lemma_.lower() == "disperse" and not any(
            c.dep_ in ("dobj", "auxpass", "agent", "nsubjpass") for c in verb.children) and (
            verb.tag_ != "VBN" or verb.dep_ == "conj" and verb.head.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)
            or any(c.dep_ == "advmod" and c.lower_ in ("peacefully", "quietly", "calmly") for c in verb.children)
            # (the tagger's participle for a main verb with its own subject: "the peaceful gathering dispersed")
            or verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children))

    # What a crowd was spared, told with "no" or "without" ("no sign of intervention", "passed off without incident").
    CALM_NOUNS = frozenset({"intervention", "interference", "incident", "crackdown", "violence", "clash"})

    def _calm_told(self, sent: Span) -> bool:
        """The sentence says force on the crowd did not come: a word of it with "no", or after "without" or "no
        sign of"; or it calls the gathering peaceful ("the protest was peaceful and dispersed on its own")."""
        gatherings = set(self.ontology.modality.get("gatherings", ())) | {"gathering", "crowd"}
        for tok in sent:
            if tok.lower_ in ("peaceful", "calm") and tok.dep_ == "acomp" and tok.head.lemma_ == "be" and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in gatherings for c in tok.head.children):
                return True
            if tok.lemma_.lower() not in self.CALM_NOUNS:
                continue
            if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
                return True
            head = tok.head
            if tok.dep_ == "pobj" and (head.lower_ == "without" or head.lower_ == "of" and any(
                    c.dep_ == "det" and c.lower_ == "no" for c in head.head.children)):
                return True
        return False

    _IN_THE_AIR = re.compile(r"\b(?:in|into) the air\b|\bwarning shots?\b|\boverhead\b", re.I)

    def _shots_in_air(self, sent: Span) -> bool:
        """The only shooting told was into the air ("fired shots into the air to disperse the demonstrators"), and no one
        was hurt, or the sentence says no one was: force shown to a crowd, not used on it."""
        if not self._IN_THE_AIR.search(sent.text):
            return False
        harm = harm_words("transitive", "intransitive", "adjectives", "nouns")
        return not any((t.lemma_.lower() in harm or t.lower_ in harm) and not any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
                       for t in sent)

    def _force_of_another_year(self, sent: Span, hits: list[LexHit], trigger: Span) -> bool:
        """Every word of force on a crowd lies in a clause that names a year of its own: "thousands marched on
        Friday to mark three years since the day when 17 protesters were shot dead on 9 January 2023".  The march
        is today's and peaceful; the shooting is another event (told as background)."""
        own = _clause_head(trigger.root).i
        forceful = [sent[h.start:h.end].root for h in hits if not h.oos and h.code in self.FORCE_CODES
                    and not h.start <= trigger.root.i - sent.start < h.end]
        if not forceful:
            return False
        for tok in forceful:
            head = _clause_head(tok)
            if head.i == own or not any(t.shape_ == "dddd" and t.ent_type_ == "DATE" for t in head.subtree):
                return False
        return True

    # The words that make a demonstration one of force ("shot dead", "tear gas", "crackdown") or a violent one.
    FORCE_CODES = frozenset({"FORCE_AGAINST_PROTEST", "PROTEST_WITH_INTER", "ATTACK", "ARMED_CLASH", "VIOL_DEMONSTR",
                             "MOB_VIOL"})

    def _crowd_acts(self, sent: Span, hits: list[LexHit]) -> bool:
        """The sentence's main verb has the crowd as its subject ("protesters blocked the road, then dispersed")."""
        crowd = {sent.start + h.start for h in hits if h.code == self.peaceful}
        return any(c.dep_ == "nsubj" and c.i in crowd for c in sent.root.children)

    def _intervention_told(self, hits: list[LexHit]) -> bool:
        """A word of the sentence tells force on a crowd ("tear gas", "baton-charged"), not just the crowd."""
        crowd = {h.start for h in hits if h.code == self.peaceful}
        return any(h.code in ("PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST") and h.start not in crowd for h in hits)

    def _dispersal(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts) -> list[EventMention]:
        """"The police fired shots into the air to disperse them": the state's forces doing a word of intervention on a
        crowd, which the classifier all but tied with no event, is the intervention (it joins the demonstration told
        before it)."""
        code = "PROTEST_WITH_INTER"
        if code not in self.index or any(h.oos for h in hits) or p[self.index[code]] < self.DISPERSAL_SHARE * float(p.max()):
            return []
        for h in hits:
            verb = sent[h.start:h.end].root
            verb = verb if verb.pos_ == "VERB" else verb.head
            if h.code != code or verb.pos_ != "VERB":
                continue
            doer = _doer(verb) or (_doer(verb.head) if verb.dep_ in ("xcomp", "advcl", "conj") else None)
            if doer is not None and any(t.i in facts.state or one_of(t, self.state) for t in _side_words(doer, bodies_only=False)):
                return self._rule_mention(sent, hits, sent[h.start:h.end], code, p, facts)
        return []

    def _shot_by_armed(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts) -> list[EventMention]:
        """"A child was killed yesterday by a bullet from a Houthi sniper": a passive verb of killing whose agent phrase
        (or what it came "from") names an armed side is political violence, however sure the classifier was of no
        event; an attack on civilians, or a battle when the dead were armed."""
        if any(h.oos for h in hits) or not all(c in self.index for c in self.DEATH_CODES):
            return []
        for h in hits:
            span = sent[h.start:h.end]
            verb = span.root
            if h.code not in self.DEATH_CODES or verb.pos_ != "VERB" or not self._lethal(span) \
                    or not any(c.dep_ == "auxpass" for c in verb.children):
                continue
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            doers = [t for g in (agent.children if agent is not None else ()) if g.dep_ == "pobj" for t in g.subtree]
            if not any(self._armed_side(t, facts) for t in doers):
                continue
            victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
            armed = any(self._armed_side(t, facts) for v in victims for t in _side_words(v))
            return self._rule_mention(sent, hits, span, "ARMED_CLASH" if armed else "ATTACK", p, facts)
        return []

    # The least share of the likeliest reading an intervention's own reading needs (``_dispersal``).
    DISPERSAL_SHARE = 0.8

    # Verbs of trying: what they govern was not done, or not yet.
    TRYING_VERBS = frozenset({"try", "attempt", "seek"})

    def _only_tried(self, verb: Token) -> bool:
        """A taking of ground that was only tried ("the rebels tried to advance towards X", "attempted to seize the
        town"): no change of territory, but the fight for it."""
        return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.TRYING_VERBS or \
            verb.lemma_.lower() in self.TRYING_VERBS and any(c.dep_ == "xcomp" for c in verb.children)

    def _was_attacked(self, verb: Token) -> bool:
        """The trigger tells its subject attacked, in the passive ("officers entered the area and were attacked by gang
        members"): whoever was attacked took no ground by it; it is the fight they met."""
        return verb.pos_ == "VERB" and verb.lemma_.lower() in ("attack", "ambush", "assault") \
            and any(c.dep_ == "auxpass" for c in verb.children)

    # Stretches of time a thing goes on into ("the siege entered its seventh week", "the war moves into a new phase").
    PERIOD_NOUNS = frozenset({"day", "week", "month", "year", "decade", "hour", "phase", "stage", "round", "season", "term"})

    def _into_time(self, verb: Token) -> bool:
        """The verb takes a stretch of time, not ground ("the siege entered its seventh week"): no change of territory."""
        spans = [c for c in verb.children if c.dep_ == "dobj"]  # (not "took the town last week": a time of the act)
        spans += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children if g.dep_ == "pobj"]
        return verb.pos_ == "VERB" and any(t.lemma_.lower() in self.PERIOD_NOUNS for t in spans)

    # Verbs of taking that take people as well as places ("seized five teachers"); not "retake" or "liberate".
    TAKING_VERBS = frozenset({"seize", "capture", "take", "grab", "snatch"})

    def _took_people(self, verb: Token, facts: DocFacts) -> bool:
        """A verb of taking whose object, or passive subject, is a word for people ("seized five
        teachers", "two traders were captured", "dozens of soldiers had been captured"), not a group's
        name (a place it held)."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        return verb.pos_ == "VERB" and verb.lemma_.lower() in self.TAKING_VERBS and (
            any(t.pos_ == "NOUN" and one_of(t, self.people) for c in objects for t in _with_of_phrase(c))
            or any(self._named_person(t, facts) or t.pos_ == "NOUN" and one_of(t, self.people)
                   for c in objects for t in (c, *(a for a in c.children if a.dep_ == "appos"))))

    def _handed_people(self, verb: Token, facts: DocFacts) -> bool:
        """A verb of handing over whose object, or passive subject, is people, given to police, gendarmes or a court
        ("they were handed over to the gendarmerie", "handed the suspects to the police"): custody, not a place."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        recipients = [g for c in (*verb.children, *(p for a in verb.children if a.dep_ == "prt" for p in a.children))
                      if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        return verb.pos_ == "VERB" and any(r.lemma_.lower() in self.CUSTODIANS for r in recipients) and any(
            c.tag_ == "PRP" and c.lower_ not in ("it", "its") or self._named_person(c, facts)
            or c.pos_ == "NOUN" and one_of(c, self.people) for o in objects for c in (o, *o.conjuncts))

    # Who takes suspects into custody: handing people to them continues an arrest (hostages handed to elders or the
    # Red Cross are a release, told as such).
    CUSTODIANS = frozenset({"gendarmerie", "police", "prosecutor", "prosecution", "court", "custody", "investigator",
                            "judiciary", "brigade", "dci", "cid"})

    @staticmethod
    def _named_person(tok: Token, facts: DocFacts) -> bool:
        """A person's name the places stage did not read as a place ("troops captured Juan Mejia")."""
        return tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON" and tok.i not in facts.places

    def _took_place(self, verb: Token, facts: DocFacts) -> bool:
        """A verb of taking whose object is a place the places stage read ("the SNA captured Harardhere"):
        ground taken, not people."""
        return verb.pos_ == "VERB" and verb.lemma_.lower() in self.TAKING_VERBS and any(
            t.i in facts.places and not one_of(t, self.people)
            for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in (c, *c.conjuncts))

    # Verbs of breaking in that take no ground by themselves ("stormed the school").
    ENTRY_VERBS = frozenset({"storm", "raid", "attack", "enter", "invade"})

    # Verbs of going away again: raiders who leave a town took no ground ("entered X, looted shops and left").
    LEAVING_VERBS = frozenset({"leave", "withdraw", "retreat", "depart", "pull"})

    # Verbs of moving that, with "into", take a side into a place ("moved into", "walked into", "rolled into").
    MOVING_IN_VERBS = frozenset({"move", "walk", "roll", "march", "drive", "sweep", "push", "pour", "stream"})
    ENTER_LEMMAS = frozenset({"enter", "reenter"})
    # A fight not met: "without resistance", "without a shot fired", "no resistance", "unopposed".
    UNFOUGHT_NOUNS = frozenset({"resistance", "fight", "fighting", "shot", "opposition", "clash"})

    def _moved_into_left_ground(self, sent: Span, facts: DocFacts, unopposed_only: bool = False) -> Token | None:
        """The verb by which an armed side moves into a place the other armed side left, or enters it
        unopposed ("troops entered Kiwanja after the rebels withdrew", "insurgents moved into the town
        once the militia pulled out"): ground changing hands without a fight, whatever word the
        classifier read (the withdrawal, the resistance not met).  ``unopposed_only``: only an entry the
        sentence says met no fight (a clash reading yields to nothing less).  None otherwise."""
        unfought = any(self._unfought(t) for t in sent)
        if unopposed_only and not unfought:
            return None
        for verb in sent:
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or lemma not in self.MOVING_IN_VERBS and lemma not in self.ENTER_LEMMAS:
                continue
            if lemma in self.ENTER_LEMMAS:
                places = [c for c in verb.children if c.dep_ == "dobj"]
            else:
                heads = [verb, *(c for c in verb.children if c.dep_ == "advmod")]  # ("moved back into")
                places = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "into"
                          for g in c.children if g.dep_ == "pobj"]
            doer = _doer(verb)
            if doer is None or not self._side_is_armed(doer, facts) \
                    or not any(t.i in facts.places for p in places for t in p.subtree):
                continue
            own = {t.i for t in doer.subtree}
            left = any(t.pos_ == "VERB" and t.lemma_.lower() in LEFT_VERBS and t.i != verb.i
                       and (other := _doer(t)) is not None and other.i not in own and self._side_is_armed(other, facts)
                       for t in sent)
            if left or unfought:
                return verb
        return None

    def _side_is_armed(self, doer: Token, facts: DocFacts) -> bool:
        """The doer, its modifiers or the body it is "of" name an armed side ("a detachment of the army")."""
        return any(self._armed_side(t, facts) for t in _side_words(doer, bodies_only=False))

    def _unfought(self, tok: Token) -> bool:
        """"unopposed", "without resistance", "without a shot fired", "met no resistance"."""
        if tok.lower_ == "unopposed":
            return True
        if tok.lemma_.lower() not in self.UNFOUGHT_NOUNS:
            return False
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("meet", "encounter", "face"):
            tok = tok.head  # "without meeting resistance"
        return tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "without" \
            or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)

    def _raided_and_left(self, sent: Span, hits: list[LexHit], verb: Token) -> tuple[Span, str] | None:
        """"Insurgents entered the village, looted shops and preached at the mosque before leaving": an entry the
        raiders left again is no ground taken; the looting conjoined with it is the event.  So is the burning an
        entry was for ("a column entered the village and set fire to 60 houses"): to enter is only to go in."""
        if verb.lemma_.lower() not in self.ENTRY_VERBS:
            return None
        acts = [verb, *verb.conjuncts]
        if verb.lemma_.lower() not in self.ENTER_LEMMAS and not any(
                t.lemma_.lower() in self.LEAVING_VERBS and t.pos_ == "VERB" for a in acts for t in a.subtree):
            return None
        inside = {t.i for t in verb.subtree} - {verb.i}  # (the small parser may read "looted shops" as a noun phrase)
        for h in hits:
            # (armed men's burning is destruction, whatever crowd's word it is: "set fire to 60 houses")
            if not h.oos and (h.code == "PROPERTY_DISTRUCT" or self._burning(sent[h.start:h.end])) \
                    and any(i in inside for i in range(sent.start + h.start, sent.start + h.end)):
                return sent[h.start:h.end], "PROPERTY_DISTRUCT"
        return None

    BURNING = frozenset({"set fire", "set ablaze", "torch", "burn", "burn down", "set on fire", "raze"})

    def _burning(self, span: Span) -> bool:
        """The words burn something down ("set fire", "torched")."""
        return " ".join(t.lemma_.lower() for t in span) in self.BURNING

    def _carried_off(self, sent: Span, hits: list[LexHit], verb: Token, facts: DocFacts) -> Token | None:
        """The verb conjoined with the trigger's that carries people off ("stormed the school and took away
        the principal", "raided the village and seized twelve women"), in a sentence that kills no one:
        ACLED codes the raid by the abduction.  None otherwise."""
        if verb.dep_ in ("nsubj", "nsubjpass") and verb.head.pos_ == "VERB":
            verb = verb.head  # the doer was the trigger ("Gunmen stormed ..."): its verb
        if verb.pos_ != "VERB" or any(self._lethal(sent[h.start:h.end]) for h in hits if not h.oos):
            return None
        is_person = self._is_person(facts)
        partners = ([verb.head] if verb.dep_ == "conj" else []) + [c for c in verb.children if c.dep_ == "conj"]
        for partner in partners:
            lemma = partner.lemma_.lower()
            away = lemma in CARRY_OFF_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in partner.children)
            taken = [t for c in partner.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
            if partner.pos_ == "VERB" and (away or lemma in self.TAKING_VERBS) and any(is_person(t) for t in taken):
                return partner
        return None

    def _found_body(self, verb: Token, facts: DocFacts) -> Token | None:
        """The body or person a verb of finding has as its object ("found the bodies", "two men were
        located"), or None."""
        words = self.headline_words
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.finding_verbs:
            return None
        return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
                     and (one_of(c, words.body_nouns) or self._is_person(facts)(c))), None)

    def _violent_conjunct(self, sent: Span, hits: list[LexHit], trigger: Span, p: np.ndarray,
                          participles: bool = True) -> tuple[Span, str] | None:
        """The verb of killing (``headline_words.lethal``) the trigger's verb is conjoined with ("killed
        two and arrested a third"), or that governs the trigger noun's phrase ("killed three militants in
        a raid"), as its trigger span and likeliest violent sub-type, or None; not any violent word
        ("detained four and seized two rifles" is no taking of territory)."""
        verb = trigger.root
        if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
            partners = [verb.head.head]  # "killed three militants in a raid": the raid frames the killing
        elif verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
            # "conducted a raid in the camp, killing two and arresting 14": the participles tell what the raid did
            partners = [c for c in (*verb.head.children, *verb.children)
                        if participles and c.dep_ in ("advcl", "acl") and c.tag_ == "VBG"]
        elif verb.pos_ == "VERB":
            partners = [verb.head] if verb.dep_ == "conj" else []
            partners += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
            partners += [c for c in verb.children if participles and c.dep_ == "advcl" and c.tag_ == "VBG"]  # "raided X, killing two"
        else:
            return None
        for partner in partners:
            found = [h for h in hits if not h.oos and self.sub[h.code].event_type in VIOLENT_EVENT_TYPES
                     and sent.start + h.start <= partner.i < sent.start + h.end
                     and self._lethal(sent[h.start:h.end])]
            if found and partner.pos_ == "VERB":
                best = max(found, key=lambda h: p[self.index[h.code]])
                return sent[best.start:best.end], best.code
        return None

    # People of a party or a cause who act as a crowd, whatever group name is set before them.
    POLITICAL_CROWD = frozenset({"supporter", "protester", "demonstrator", "marcher", "activist", "student", "worker"})

    # Sub-types done by a crowd, and those an armed group's same act is instead.
    CROWD_TYPES = frozenset({"Riots", "Protests"})
    GROUP_CODES = ("ARMED_CLASH", "ATTACK")

    def _group_did(self, verb: Token, sent: Span, hits: list[LexHit], facts: DocFacts, riot: bool = False) -> bool:
        """Whether the act's doer is an armed group ("gunmen", "militants"), or state forces
        ("a police squad killed 12 suspects") in a sentence with no crowd and no word of a protest
        or riot in it (police who clash with protesters are part of a riot)."""
        doer = _doer(verb, participle=True)
        if doer is None or one_of(doer, self.POLITICAL_CROWD):
            return False  # "PTI supporters stormed the governor's house": a party's crowd, not its armed men
        toks = _side_words(doer, ("compound",))
        if any(one_of(t, self.nonstate) for t in toks) or doer.i in facts.nonstate:
            return True
        if any(c.dep_ == "amod" and c.lower_ == "armed" for c in doer.children) and not one_of(doer, self.crowd):
            return True  # "armed individuals attacked the police sub-station": men who came armed, no crowd
        if riot and doer.lemma_.lower() not in ("crowd", "mob") and any(t.i in facts.groups for t in toks if t.i != doer.i):
            # "a group of Imbonerakure beat him": men of a group the dictionary names did violence (a mob of them is
            # still a mob, and their rally is still a rally)
            return True
        return any(one_of(t, self.armed) for t in toks) and not any(one_of(t, self.crowd) for t in sent) \
            and not any(not h.oos and self.sub[h.code].event_type in self.CROWD_TYPES for h in hits)

    EXCHANGE_CODES = frozenset({"ARMED_CLASH", "ATTACK"})
    EXCHANGE_PREPS = frozenset({"on", "at", "upon", "against"})

    def _fire_returned(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts) -> list[EventMention]:
        """"The officers on duty returned fire and the attackers fled": forces returning fire were shot at, an exchange
        between armed sides (a battle), however little else the sentence tells."""
        if any(h.oos for h in hits):
            return []  # (a robbery's cue: police returning a robber's fire)
        for h in hits:
            trigger = sent[h.start:h.end]
            verb = trigger.root
            if h.code != "ARMED_CLASH" or verb.pos_ != "VERB" or verb.lemma_.lower() != "return" \
                    or not any(t.lemma_.lower() == "fire" for t in trigger):
                continue
            doer = _doer(verb)
            if doer is not None and any(t.i in facts.state or one_of(t, self.state) for t in _side_words(doer, bodies_only=False)):
                return self._rule_mention(sent, hits, trigger, "ARMED_CLASH", p, facts)
        return []

    def _armed_exchange(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts) -> list[EventMention]:
        """"The Maoists opened fire on the security forces": a verb of attack or fighting whose doer
        and target are armed sides, one the state's and one not, reports a battle (ACLED: Battles is
        the violence of two organised armed groups), however unsure the classifier was of its sub-type."""
        if any(h.oos for h in hits):
            return []

        def side(tok: Token) -> str | None:
            if no_longer_armed(tok):
                return None  # "gunmen shot dead an ex-policeman": a civilian now
            toks = _side_words(tok, bodies_only=False)
            if any(t.i in facts.state or one_of(t, self.state) for t in toks):
                return "state"
            if any(t.i in facts.nonstate or one_of(t, self.nonstate) for t in toks):
                return "nonstate"
            return None

        for h in sorted(hits, key=lambda h: -p[self.index[h.code]]):
            verb = sent[h.start:h.end].root
            if h.code not in self.EXCHANGE_CODES or verb.pos_ != "VERB":
                continue
            doer = _doer(verb)
            targets = [c for n in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for c in n.children
                       if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in self.EXCHANGE_PREPS)]
            targets = [g for c in targets for g in ([c] if c.dep_ == "dobj" else c.children) if g.dep_ in ("dobj", "pobj")]
            # (told in the passive, the target is the subject: "officers were shot at by gang members", also the subject
            # of the verb a passive is joined to: "officers entered the area and were attacked by gang members")
            targets += [c for c in verb.children if c.dep_ == "nsubjpass"]
            if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                targets += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            sides = {side(doer)} if doer is not None else set()
            if sides & {"state", "nonstate"} and any(side(t) not in (None, *sides) for t in targets):
                return self._rule_mention(sent, hits, sent[h.start:h.end], "ARMED_CLASH", p, facts)
            if sides == {None} and "fire" in sent[h.start:h.end].text.lower() and not self._crowd_side(facts)(doer) \
                    and any(side(t) == "state" for t in targets):
                # "the suspects opened fire on the police units": whoever shoots at forces on duty is an armed side
                return self._rule_mention(sent, hits, sent[h.start:h.end], "ARMED_CLASH", p, facts)
        return []

    def _civilians_attacked(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts) -> list[EventMention]:
        """"Armed men presumed to be X attacked the displacement site": a verb of attack whose doer is an armed side and
        whose object is a place civilians live in or gather at (``civilian_sites``), held by no armed side, reports an
        attack on civilians, however unsure the classifier was among the sentence's other words."""
        if any(h.oos for h in hits) or "ATTACK" not in self.index:
            return []
        for h in hits:
            verb = sent[h.start:h.end].root
            # (a verb the parser conjoined to another takes its subject: "armed men presumed to be X attacked ...")
            doer = _doer(verb) or (_doer(verb.head) if verb.dep_ == "conj" else None)
            if h.code != "ATTACK" or verb.pos_ != "VERB" or doer is None:
                continue
            if not any(self._armed_side(t, facts) for t in _side_words(doer)):
                continue
            sites = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in self.civilian_sites]
            if any(not any(self._armed_side(t, facts)
                           for t in _side_words(c, bodies_only=False)) for c in sites):
                return self._rule_mention(sent, hits, sent[h.start:h.end], "ATTACK", p, facts)
        return []

    PEOPLE_ATTACKED_MASS = 0.3  # the violent types' share of a sentence that tells people attacked (``_people_attacked``)

    def _people_attacked(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts) -> list[EventMention]:
        """"A group of ten masked men attacked two camera operators": the verb "attack" whose object is people, done by
        no state force, in a sentence the violent types hold a good part of (``PEOPLE_ATTACKED_MASS``) though the
        classifier put no event first.  Not words said against someone ("critics attacked the minister over the
        budget": a reason given).  A crowd's is mob violence, anyone else's an attack on civilians."""
        if any(h.oos for h in hits) or "ATTACK" not in self.index or self._violent_mass(p) < self.PEOPLE_ATTACKED_MASS:
            return []
        is_person = self._is_person(facts)
        for h in hits:
            verb = sent[h.start:h.end].root
            if h.code not in ("ATTACK", "ARMED_CLASH") or verb.pos_ != "VERB" or verb.lemma_.lower() != "attack" \
                    or any(c.dep_ == "prep" and c.lower_ in ("over", "for") for c in verb.children):
                continue
            doer = _doer(verb)
            sides = _side_words(doer, bodies_only=False) if doer is not None else []
            victims = [t for c in verb.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
            if not victims or not all(is_person(t) and not self._armed_side(t, facts) for t in victims) \
                    or any(t.i in facts.state or one_of(t, self.state) for t in sides):
                continue
            crowd = "MOB_VIOL" in self.index and any(one_of(t, self.crowd) for t in sides)
            return self._rule_mention(sent, hits, sent[h.start:h.end], "MOB_VIOL" if crowd else "ATTACK", p, facts)
        return []

    def _custody_taken(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts) -> list[EventMention]:
        """"Troops stopped a convoy outside X and detained four men, seizing rifles": a verb of arrest done by
        the state's forces to people (a count or a word for people) reports an arrest, however unsure the
        classifier was among the sentence's other words."""
        if any(h.oos for h in hits):
            return []
        for h in hits:
            verb = sent[h.start:h.end].root
            if h.code != "ARREST" or verb.pos_ != "VERB":
                continue
            # (or the subject of a verb it hangs below, the parser having split the clause: "troops sent to X | stopped ...")
            doer = _doer(verb) or next((c for a in verb.ancestors for c in a.children if c.dep_ == "nsubj"), None)
            if doer is None or not any(t.i in facts.state or one_of(t, self.state) for t in _side_words(doer, bodies_only=False)):
                continue
            taken = [c for c in verb.children if c.dep_ == "dobj"]
            if any(c.pos_ in ("NOUN", "NUM") and (one_of(c, self.people) or any(n.dep_ == "nummod" for n in c.children))
                   for c in taken):
                return self._rule_mention(sent, hits, sent[h.start:h.end], "ARREST", p, facts)
        return []

    SEIZING_VERBS = frozenset({"seize", "recover", "confiscate", "find", "discover", "defuse", "capture", "impound",
                               "unearth", "dismantle", "hand", "surrender", "detect", "spot"})

    def _weapon_seized(self, sent: Span, hits: list[LexHit], trigger: Span) -> tuple[Span, str] | None:
        """A weapon named as the object of a verb of seizing or finding ("police recovered two suicide
        vests", "troops found a cache of mortars"): no attack, but weapons taken (Disrupted weapons use),
        or, when the sentence tells arrests, those arrests (ACLED codes the seizure with them).  So is
        the bomber a verb of arrest takes ("detained three would-be suicide bombers")."""
        noun = trigger.root
        while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
            noun = noun.head
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "a cache of mortars"
        held = next((h for h in hits if h.code == "ARREST" and sent[h.start:h.end].root.i == noun.head.i), None)
        if noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "nsubjpass") and held is not None:
            return sent[held.start:held.end], "ARREST"  # "arrested two would-be suicide bombers": the bombers were taken
        # (a note's bare participle reads its passive subject as a subject: "Recovered: one hand grenade, one pistol")
        taken = noun.dep_ in ("dobj", "nsubjpass") or noun.dep_ == "nsubj" and noun.head.tag_ == "VBN" and reduced(noun.head)
        if noun.pos_ != "NOUN" or not taken or noun.head.lemma_.lower() not in self.SEIZING_VERBS:
            return None  # (found by others either way: "troops found a mine", "a mine was found near the road")
        arrest = next((h for h in hits if h.code == "ARREST" and sent[h.start:h.end].root.pos_ == "VERB"), None)
        if arrest is not None:
            return sent[arrest.start:arrest.end], "ARREST"
        verb = noun.head
        return sent[verb.i - sent.start: verb.i - sent.start + 1], "DISR_WEAP"

    # Things that wreck by themselves, not people: "the blast tore off the roof", "the fire gutted the market".
    DAMAGE_AGENTS = frozenset({"blast", "explosion", "fire", "blaze", "flame", "flood", "floodwater", "quake", "earthquake",
                               "storm", "shockwave", "landslide", "mudflow", "cyclone", "wind"})

    def _damage_of_event(self, trigger: Span) -> bool:
        """A destruction whose doer is an event or a force of nature ("the blast tore off the roof of the
        building"): the damage of that event, no looting or destruction of its own."""
        verb = trigger.root
        return verb.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lemma_.lower() in self.DAMAGE_AGENTS for c in verb.children)

    # Verbs by which a bomb squad destroys a device, with the word that says it was done on purpose ("safely").
    DISPOSAL_VERBS = frozenset({"detonate", "explode", "blow", "destroy", "neutralise", "neutralize"})
    DISPOSAL_MANNER = frozenset({"safely", "harmlessly"})

    # Verbs by which a patrol comes upon a device that has not gone off.
    FINDING_VERBS = frozenset({"detect", "find", "discover", "spot", "locate", "uncover", "unearth"})

    def _disposed_of(self, trigger: Span) -> tuple[Span, str] | None:
        """"Troops safely detonated an IED planted along the highway": the device was destroyed, no attack
        (Disrupted weapons use); so was one found ("a patrol detected an IED planted along the road")."""
        verb = trigger.root
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "nsubjpass") and verb.head.pos_ == "VERB" \
                and verb.head.lemma_.lower() in self.FINDING_VERBS:
            return trigger, self.DISRUPTED_CODE
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.DISPOSAL_VERBS \
                or not any(c.dep_ == "advmod" and c.lower_ in self.DISPOSAL_MANNER for c in verb.children):
            return None
        return trigger, self.DISRUPTED_CODE

    def _took_weapons(self, sent: Span, hits: list[LexHit], verb: Token) -> tuple[Span, str] | None:
        """A verb of taking whose object, or passive subject, is weapons and no people ("weapons seized",
        "captured two rifles"): the sentence's arrest when it tells one, else weapons taken."""
        weapon = frozenset(self.sub[self.DISRUPTED_CODE].needs_words)
        bare = reduced(verb)  # "weapons seized"
        taken = [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") or bare and c.dep_ == "nsubj"
                 for t in _with_of_phrase(c)]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.TAKING_VERBS or not taken \
                or not any(t.lemma_.lower() in weapon or t.lower_ in weapon for t in taken) \
                or any(t.pos_ in ("NOUN", "PROPN") and one_of(t, self.people) for t in taken):
            return None
        arrest = next((h for h in hits if h.code == "ARREST" and sent[h.start:h.end].root.i != verb.i
                       and sent[h.start:h.end].root.pos_ == "VERB"), None)
        if arrest is not None:
            return sent[arrest.start:arrest.end], "ARREST"
        return sent[verb.i - sent.start: verb.i - sent.start + 1], self.DISRUPTED_CODE

    # Weapons in flight a defence brings down, and the verbs that tell it ("air defences destroyed 14 of 16 drones").
    DRONES = frozenset({"drone", "uav", "quadcopter", "shahed"})  # (a drone's strike is an air/drone strike)
    FLYING_WEAPONS = DRONES | {"missile", "rocket", "projectile"}
    DEFENCE_VERBS = frozenset({"destroy", "down", "intercept", "neutralise", "neutralize", "shoot", "repel", "repulse"})
    STRIKING_VERBS = DEFENCE_VERBS | {"hit", "strike", "damage"}  # what a drone does to what it strikes
    # Devices set off where they lie, and what they do to what they hit ("an IED targeted a patrol vehicle").
    PLANTED_WEAPONS = frozenset({"ied", "landmine", "mine"})
    PLANTED_VERBS = frozenset({"hit", "strike", "target", "damage", "destroy", "blow"})

    def _flying(self, noun: Token) -> Token | None:
        """The drone or missile a noun names, through "14 of 16 drones", or None."""
        if noun.pos_ == "NUM" or noun.lemma_.lower() not in self.FLYING_WEAPONS:
            noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), noun)
        return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in self.FLYING_WEAPONS else None

    def _weapon_downed(self, sent: Span) -> tuple[Span, str] | None:
        """A drone or missile named as the object of a verb of destroying or downing ("air defences destroyed 14 of
        16 attack drones", "downed two missiles"): the strike was stopped (Disrupted weapons use), whatever word the
        sentence's strike reading rested on ("Ukraine's air force said ...")."""
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.DEFENCE_VERBS:
                continue
            downed = any(c.dep_ == "dobj" and self._flying(c) is not None for c in verb.children)
            if not downed and not any(c.dep_ == "dobj" for c in verb.children):
                # (the parser may lose the object: "destroyed 21 of 25 drones launched at X", "21" the subject of
                # "launched"): the weapon the words right after the verb name, below it
                after = verb.doc[verb.i + 1: min(verb.i + 1 + self.OBJECT_REACH, sent.end)]
                downed = any(self._flying(t) is not None and verb.is_ancestor(t) for t in after)
            if downed:
                return sent[verb.i - sent.start: verb.i - sent.start + 1], "DISR_WEAP"
        return None

    OBJECT_REACH = 6

    def _dropped_by_drone(self, sent: Span) -> tuple[Span, str] | None:
        """"a quadcopter dropped a mortar shell on the post", "grenades dropped by a drone": a drone's strike, whatever
        munition it carried (ACLED codes drone-dropped munitions as air/drone strikes)."""
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() != "drop":
                continue
            doers = [c for c in verb.children if c.dep_ == "nsubj"]
            doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if any((w := self._flying(d)) is not None and w.lemma_.lower() in self.DRONES for d in doers):
                return sent[verb.i - sent.start: verb.i - sent.start + 1], "AIR_STRIKE"
        return None

    def _weapon_struck(self, sent: Span, trigger: Span) -> tuple[Span, str] | None:
        """A drone or missile that destroyed something ("Ukrainian drones destroyed a fuel depot"): its strike, not
        a weapon stopped (an air or drone strike; a missile's or rocket's shelling); a mine or an IED that hit
        something went off (an explosive device)."""
        verb = trigger.root
        if verb.pos_ != "VERB":
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and verb.lemma_.lower() in self.PLANTED_VERBS and subject.lower_.rstrip("s") in self.PLANTED_WEAPONS:
            return trigger, "REM_EXPLOS"  # "an IED targeted a Security Belt vehicle": the device went off
        if verb.lemma_.lower() not in self.STRIKING_VERBS:
            return None
        weapon = self._flying(subject) if subject is not None else None
        if weapon is None or any(c.dep_ == "dobj" and self._flying(c) is not None for c in verb.children):
            return None
        return trigger, "AIR_STRIKE" if weapon.lemma_.lower() in self.DRONES else "ART_MISS_ATTACK"

    # Verbs of attacking whose "with" names the weapon used ("the station was attacked with a drone").
    ATTACK_WITH_VERBS = frozenset({"attack", "target", "strike", "hit"})

    def _attacked_with(self, sent: Span, hits: list[LexHit]) -> str | None:
        """An attack verb whose "with" names a weapon the sentence's words make an explosion's sub-type ("was attacked
        with a drone carrying explosives", "targeted the patrol with a grenade"): that sub-type's code, however little
        probability the classifier left it."""
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.ATTACK_WITH_VERBS:
                continue
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
                for obj in (g for g in prep.children if g.dep_ == "pobj"):
                    for h in hits:
                        if not h.oos and sent.start + h.start <= obj.i < sent.start + h.end \
                                and self.sub[h.code].event_type == "Explosions/Remote violence":
                            return h.code
        return None

    def _used_against(self, sent: Span, hits: list[LexHit], trigger: Span, p: np.ndarray) -> tuple[Span, str] | None:
        """A device set off against a target ("the PDF detonated a remote-controlled mine against an army column"): an
        explosion used, not a weapon disrupted, whatever "detonated" made the classifier read (a controlled detonation
        names no target).  The explosion's sub-type is the likeliest the sentence's words tell."""
        verb = trigger.root
        if verb.pos_ != "VERB" or not any(c.dep_ == "prep" and self._at_target(verb, c) for c in verb.children):
            return None
        told = [h for h in hits if not h.oos and self.sub[h.code].event_type == "Explosions/Remote violence"]
        if not told:
            return trigger, "REM_EXPLOS"
        best = max(told, key=lambda h: p[self.index[h.code]])
        return sent[best.start:best.end], best.code

    # Verbs that deliver a weapon onto what it hits ("a drone carrying explosives was dropped on soldiers").
    DELIVERY_VERBS = frozenset({"drop", "throw", "hurl", "lob", "fire", "launch"})

    def _at_target(self, verb: Token, prep: Token) -> bool:
        """A preposition that gives the weapon's target: "against" an army column, or "on"/"onto"/"at" the
        people or things a delivered weapon hit (not "on Saturday")."""
        targets = [g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
        if prep.lower_ == "against":
            return bool(targets)
        return prep.lower_ in ("on", "onto", "at") and verb.lemma_.lower() in self.DELIVERY_VERBS and bool(targets)

    # Aircraft named as an air strike's trigger, and what they must do to strike.
    INSTRUMENTS = frozenset({"air force", "warplane", "warplanes", "jet", "jets", "fighter jet", "fighter jets", "bomber",
                             "bombers", "helicopter", "helicopters", "gunship", "gunships", "drone", "drones"})
    STRIKE_VERBS = frozenset({"strike", "bomb", "hit", "pound", "attack", "target", "kill", "fire", "launch", "drop",
                              "raid", "shell", "destroy", "wound", "injure", "shoot", "bombard", "strafe", "blast",
                              "rocket", "pummel", "hammer", "carry", "conduct"})

    def _idle_instrument(self, sent: Span, trigger: Span, hits: list[LexHit]) -> bool:
        """An aircraft named as the trigger, the subject or means of a verb that strikes nothing ("the
        air force evacuated the injured", "helicopters flew over the town", "the wounded were flown by
        helicopter to X"): no air strike."""
        noun = trigger.root
        if trigger.text.lower() not in self.INSTRUMENTS:
            return False
        if noun.dep_ == "pobj" and noun.head.lower_ in ("by", "aboard", "on", "in") and noun.head.head.pos_ == "VERB":
            verb = noun.head.head  # "the wounded were flown by helicopter to Quetta"
        elif noun.dep_ in ("nsubj", "nsubjpass"):
            verb = noun.head
        else:
            return False
        told = [t for t in verb.subtree if not (noun.left_edge.i <= t.i <= noun.right_edge.i)]
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING:
            # "the jet came in low, residents said, dropping two bombs": the parser hangs what the
            # aircraft went on to do on the verb of saying
            told += [t for c in verb.head.children if c.dep_ in ("advcl", "xcomp") and c.i > verb.i for t in c.subtree]
        at = {t.i for t in told}
        if any(not h.oos and self.sub[h.code].event_type in VIOLENT_EVENT_TYPES and sent[h.start:h.end].root.i in at
               and sent[h.start:h.end].root.dep_ != "amod"  # not "evacuated injured people"
               and sent[h.start:h.end].text.lower() not in self.INSTRUMENTS for h in hits):  # nor "by helicopter"
            return False  # "warplanes continued their bombardment of ..."
        # "re-target", "retargeted": a verb of striking with a prefix
        return not any(one_of(t, self.STRIKE_VERBS) for t in told)

    # Verbs that strike an aircraft ("shot down a helicopter", "fired on a gunship", "a jet was hit"), and
    # what an aircraft "came under" when it was the target.
    DOWNING_VERBS = frozenset({"shoot", "down", "fire", "hit", "target", "attack", "strike", "bring", "ambush"})
    UNDER_WORDS = frozenset({"fire", "attack", "gunfire"})
    UNMANNED = frozenset({"drone", "drones"})

    def _aircraft_struck(self, trigger: Span) -> Token | None:
        """An aircraft named as the trigger that is what was struck, not what struck ("rebels shot down an
        army helicopter", "a UN helicopter came under fire", "militants fired on a police gunship"): the
        verb of striking it, else None.  A drone downed is a weapon stopped; a manned aircraft fired on
        is a fight with those aboard."""
        noun = trigger.root
        if trigger.text.lower() not in self.INSTRUMENTS:
            return None
        verb = noun.head
        if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "at") and verb.head.pos_ == "VERB":
            verb = verb.head  # "fired on a gunship", "opened fire at the helicopter"
        elif noun.dep_ == "nsubj" and verb.lemma_.lower() == "come" and any(
                c.dep_ == "prep" and c.lower_ == "under" and any(g.lower_ in self.UNDER_WORDS for g in c.children)
                for c in verb.children):
            return verb  # "came under fire"
        elif noun.dep_ not in ("dobj", "nsubjpass"):
            return None
        if any(c.dep_ == "prep" and c.lower_ in ("with", "using") for c in verb.children):
            return None  # "brought down the helicopter with a drone": the weapon it was struck with tells the event
        return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in self.DOWNING_VERBS else None

    def _aircraft_reading(self, sent: Span, trigger: Span) -> tuple[Span, str] | None:
        """For an aircraft struck (``_aircraft_struck``), the verb that struck it and the sub-type: a downed
        drone is a weapon stopped (disrupted weapons use), a manned aircraft fired on a fight (armed clash)."""
        verb = self._aircraft_struck(trigger)
        if verb is None:
            return None
        return sent[verb.i - sent.start: verb.i - sent.start + 1], \
            "DISR_WEAP" if trigger.root.lower_ in self.UNMANNED else "ARMED_CLASH"

    def _on_civilians(self, sent: Span, hits: list[LexHit], trigger: Span) -> bool:
        """The trigger is a word of both a clash and an attack ("attack") and the sentence names civilians
        and no armed side but the doer, or the attack's own objects are people of the civilian class
        and none is armed ("militants attacked residents digging trenches"): the attack was on them."""
        at = {h.code for h in hits if not h.oos and h.start <= trigger.root.i - sent.start < h.end}
        if not {"ARMED_CLASH", self.SHOOTING_CODE} <= at:
            return False
        root = trigger.root
        targets = [c for c in root.children if c.dep_ == "dobj"] + [g for c in root.children if c.dep_ == "prep"
                                                                  and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
        if root.dep_ == "pobj" and root.head.lower_ in self.MEANS_PREPS and root.head.head.pos_ == "VERB":
            # "twelve people were killed in an attack by militiamen": whom the attack's harm verb struck
            harmed = root.head.head
            targets += [c for c in harmed.children if c.dep_ in ("dobj", "nsubjpass")]
        targets += [c for t in targets for c in t.conjuncts]
        if targets and any(one_of(t, self.civilian_class) for t in targets) and not any(self._armed(t) for t in targets):
            return True
        return any(one_of(t, self.civilian) for t in sent) \
            and not any(one_of(t, self.state) for t in sent)

    # Vehicles that carry the public: an ambush on one is an attack on civilians, unless a force owns it.
    PUBLIC_VEHICLES = frozenset({"bus", "minibus", "taxi", "matatu", "coach", "tuk-tuk", "rickshaw", "van", "car"})
    VEHICLE_OWNERS = frozenset({"army", "military", "police", "security", "government", "official", "troop", "patrol",
                                "convoy", "armoured", "armored", "gendarmerie"})

    def _on_travellers(self, trigger: Token) -> bool:
        """The ambush's object is a vehicle of the public ("gunmen ambushed a minibus near X"), no force's:
        the travellers were attacked (ACLED: an attack on civilians), no battle."""
        return trigger.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.PUBLIC_VEHICLES
            and not any(m.lemma_.lower() in self.VEHICLE_OWNERS for m in c.subtree if m.i != c.i)
            for c in trigger.children)

    MOVING_POSTS = frozenset({"patrol", "convoy"})  # forces on the move, who may attack as well as be attacked
    BESIDE_DEPS = frozenset({"ccomp", "conj", "parataxis", "advcl"})  # a clause told beside another of one sentence

    def _on_a_post(self, trigger: Token) -> bool:
        """The attack's target is a post of armed forces: the verb's object, or the object of "on"/"at"
        on the verb or on the attack noun ("opened fire on the post", "an attack on an army base"); also
        the object of a verb told beside the trigger ("stormed the outpost, killing three soldiers")."""
        verbs = [trigger, *(c for c in trigger.children if c.dep_ in self.BESIDE_DEPS and c.pos_ in ("VERB", "AUX"))]
        if trigger.dep_ in self.BESIDE_DEPS and trigger.head.pos_ in ("VERB", "AUX"):
            verbs.append(trigger.head)
        heads = [*verbs, *(c for v in verbs for c in v.children if c.dep_ == "dobj")]
        targets = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        # a post told as the subject of a bare participle is what was attacked, not who attacked (headline
        # style, "Police sub-station in X attacked overnight"): a building does not attack; a patrol might
        targets += [c for v in verbs for c in v.children if c.dep_ == "nsubj" and c.lemma_.lower() not in self.MOVING_POSTS
                    and (one_of(c, POSTS) or c.lemma_.lower() in STATIONS)]
        targets += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in self.EXCHANGE_PREPS
                    for g in c.children if g.dep_ == "pobj"]
        return any(is_force_post(t) for t in targets)

    def _civilian_site_attacked(self, sent: Span, hits: list[LexHit], trigger: Token, facts: DocFacts) -> bool:
        """"Gunmen attacked a displacement site near X": the verb's object is a place civilians live in or gather at
        (``civilian_sites``), held by no armed side, and the sentence names no second armed side nor any word of
        fighting but the verb: violence against civilians, not a battle."""
        if trigger.pos_ != "VERB" or not any(h.code == "ATTACK" and h.start <= trigger.i - sent.start < h.end for h in hits):
            return False
        if any(not h.oos and self.sub[h.code].event_type == "Battles" and not h.start <= trigger.i - sent.start < h.end
               for h in hits) or len({name for i, name in facts.armed_names if sent.start <= i < sent.end}) > 1:
            return False
        sites = [c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in self.civilian_sites]
        return bool(sites) and not any(self._armed_side(t, facts) or is_force_post(t)
                                       for c in sites for t in _side_words(c, bodies_only=False))

    KILL_VERBS = frozenset({"kill", "murder", "slay", "massacre", "slaughter", "assassinate"})
    AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "men", "ee", "ier")

    # Words of fighting that take their foe with "against" or "with": "a battle against rising water".
    FIGHT_WORDS = frozenset({"fight", "battle", "war", "combat", "struggle"})

    def _fight_with_thing(self, trigger: Token, facts: DocFacts) -> bool:
        """A fight whose only foe is a thing ("fighting a battle against rising waters", "the war on
        hunger"): a figure of speech, not a battle, even when troops are the ones fighting it."""
        words = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
        if not any(w.lemma_.lower() in self.FIGHT_WORDS for w in words):
            return False
        # ("on" names a foe after a noun, "the war on hunger"; after a verb it places: "fought on the outskirts of X")
        foes = [g for w in words for p in w.children if p.dep_ == "prep" and (p.lower_ in ("against", "with")
                                                                             or p.lower_ == "on" and w.pos_ == "NOUN")
                for g in p.children if g.dep_ == "pobj"]
        return bool(foes) and not any(f.pos_ != "NOUN" or f.ent_type_ or self._is_person(facts)(f) or self._armed(f)
                                      or f.i in facts.actors for f in foes)

    def _thing_killed(self, verb: Token, sent: Span, facts: DocFacts) -> bool:
        """A verb of killing whose object is a thing, not a person ("came out to kill the game",
        "the committee killed the bill"), in a sentence with no armed actor: a figure of speech.
        So is a salute fired ("an artillery battery fired a 21-gun salute"), whatever fired it."""
        if any(t.lemma_.lower() == "salute" and t.head.lemma_.lower() == "fire" for t in sent):
            return True
        if verb.lemma_.lower() not in self.KILL_VERBS:
            return False
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        holder = verb.head if verb.dep_ in ("xcomp", "advcl", "conj") else verb  # "came out to kill the game"
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
            (c for c in holder.children if c.dep_ == "nsubj"), None)
        if obj is None or doer is None or doer.like_num or obj.pos_ != "NOUN" or obj.tag_ != "NN" or obj.ent_type_ \
                or self._is_person(facts)(obj) or obj.lower_.endswith(self.AGENT_ENDINGS) \
                or not any(c.dep_ in ("det", "poss") for c in obj.children) \
                or any(c.like_num or c.dep_ == "nummod" for c in obj.children) or self.lexicon.find(token_keys(sent[obj.i - sent.start: obj.i - sent.start + 1])):
            return False
        return not any(self._armed(t) or t.i in facts.state or t.i in facts.nonstate for t in sent)


# Nouns of a body of people that take their side from what they are "of" ("a group of soldiers").
BODY_NOUNS = frozenset({"group", "band", "unit", "detachment", "squad", "team", "member", "contingent", "platoon",
                        "company", "column", "batch", "element", "gang", "crowd", "party", "patrol", "convoy"})


def _side_words(tok: Token, deps: tuple[str, ...] = ("compound", "amod"), bodies_only: bool = True) -> list[Token]:
    """The words that say whose side a doer is on: the noun, its modifiers, and the force a body of
    people is "of" ("a detachment of the army", "a group of soldiers", "members of the militia"; not
    "residents of X cell").  ``bodies_only=False``: whatever the noun is "of"."""
    toks = [tok, *(c for c in tok.children if c.dep_ in deps)]
    if bodies_only and tok.lemma_.lower() not in BODY_NOUNS:
        return toks
    return toks + [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
