"""Rules that read the document's mentions together, after each sentence was read alone.

A bomber named earlier, bodies counted after a told killing, a weapon a crowd throws, "another" standing for the
event before it, a match or disaster report whose words are not violence: each pass looks at the mentions of the
whole document.  ``Detector`` (``detect.py``) runs them in ``__call__``, in a fixed order; they are methods mixed into
it and read its ontology words (``sub``, ``armed``, ``crowd_weapons``, ...).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from spacy.tokens import Doc, Span, Token

from dateline.counts.numbers import harm_words
from dateline.events.corrections import _side_words
from dateline.events.facts import DocFacts
from dateline.events.features import LexHit, find_hits, one_of
from dateline.events.ontology import VIOLENT_EVENT_TYPES, SubEventType
from dateline.events.triggers import WHEN_MARKS, _doer
from dateline.nlp import doc_text, has_slot, new_line_between, run_in_heading, title_lines
from dateline.types import EventMention


class DocumentPasses:
    """The document passes of ``Detector``: mixed into it, they read its ontology words."""

    BODIES_AFTER_SENTENCES = 3  # how far after a violent event a count of bodies is still its toll

    NO_BODIES = frozenset({"Abduction/forced disappearance", "Sexual violence"})  # events that leave no dead of their own

    def _bodies_of_told_event(self, doc: Doc, mentions: list[EventMention]) -> list[EventMention]:
        """"The health office said it had counted 40 bodies", "seven bodies were seen on the battlefield", told
        within a few sentences after a violent event: the toll of that event, no development of its own (the
        count then goes to the event, as a next sentence's figure does).  Bodies found with no violence told
        before stay what the sentence says."""
        words = self.headline_words

        def of_bodies(m: EventMention) -> bool:  # a development, or a killing told only by its bodies ("recovered the bodies")
            trigger = doc.char_span(m.start, m.end, alignment_mode="expand")
            return m.sub_event_type == "Other" or trigger is not None and one_of(trigger.root, words.body_nouns)

        if not any(of_bodies(m) for m in mentions):
            return mentions  # (the usual case: nothing to look at)
        sent_of = {s.start_char: n for n, s in enumerate(doc.sents)}

        def days(m: EventMention) -> frozenset[str]:  # the days its sentence names ("early on Tuesday")
            return frozenset(e.text.lower() for e in doc.ents if e.label_ == "DATE"
                             and m.sentence_start <= e.start_char < m.sentence_end)

        out: list[EventMention] = []
        for m in mentions:
            # (not bodies found with marks of violence on a day of their own that the event's sentence does not name,
            # nor after a kidnapping: "the fighting erupted on 9 September ... Five bodies with gunshot wounds were found
            # early on Tuesday" is a killing of its own; bodies counted day by day stay the toll)
            if of_bodies(m) and self._bodies_only(doc, m, words.body_nouns) \
                    and (here := sent_of.get(m.sentence_start)) is not None and any(
                        o.event_type in VIOLENT_EVENT_TYPES and o.modality == "asserted"
                        and (n := sent_of.get(o.sentence_start)) is not None
                        and here - self.BODIES_AFTER_SENTENCES <= n < here
                        and o.sub_event_type not in self.NO_BODIES
                        and not (m.event_type in VIOLENT_EVENT_TYPES and days(m) and not days(m) & days(o)) for o in out):
                continue
            out.append(m)
        return out

    @staticmethod
    def _bodies_only(doc: Doc, m: EventMention, body_nouns: Collection[str]) -> bool:
        """The mention's sentence tells bodies, and no grave (the discovery of a mass grave is a development ACLED
        codes of its own)."""
        span = doc.char_span(m.sentence_start, m.sentence_end, alignment_mode="expand")
        return span is not None and any(one_of(t, body_nouns) for t in span if t.pos_ == "NOUN") \
            and not any(t.lemma_.lower() == "grave" for t in span)

    @staticmethod
    def _in_run_in_heading(doc: Doc, m: EventMention) -> bool:
        """The mention's sentence is a paragraph's run-in heading ("Attack on checkpoint. Late on Saturday, gunmen
        ..."): the paragraph tells the event, with its own day and place."""
        sent = doc.char_span(m.sentence_start, m.sentence_end, alignment_mode="expand")
        return sent is not None and run_in_heading(sent)

    # Where forces are sent in answer to an event: "to the area", "to the scene".
    ANSWERED_PLACES = frozenset({"area", "scene", "site", "spot", "locality"})

    def _unplaced_deployment(self, doc: Doc, m: EventMention, facts: DocFacts) -> bool:
        """A change to a group told only as forces deployed in answer to an event, into no place the sentence names
        ("additional forces were deployed to the area", "police had been deployed to comb the bush", "gendarmes
        deployed to separate the communities"): no event of its own (``deployment_words``)."""
        if m.sub_event_type != "Change to group/activity" or not has_slot(doc, "places"):
            return False  # (with no places stage, nothing says whether the place is named)
        trigger = doc.char_span(m.start, m.end, alignment_mode="expand")
        if trigger is None or trigger.root.lemma_.lower() not in self.deployment_words:
            return False
        word = trigger.root
        # (the place may stand anywhere in the sentence, "troops arrived in X on Tuesday and deployed", but not in what
        # the forces were sent to do: "deployed to separate the communities near X")
        purpose = {t.i for c in word.children if c.dep_ in ("xcomp", "advcl") for t in c.subtree}
        if any(t.i in facts.places for t in word.sent if t.i not in purpose):
            return False
        # ... and told as an answer: sent to do something, "to the area", or as already done ("had been deployed")
        sent_to_do = any(c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                         for c in word.children)
        to_the_area = any(c.dep_ == "prep" and any(g.lemma_.lower() in self.ANSWERED_PLACES for g in c.children)
                          for c in word.children)
        done_before = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in word.children) \
            and any(c.dep_ == "auxpass" for c in word.children)
        return sent_to_do or to_the_area or done_before

    GAME_STORY_WORDS = 4  # different game words that make a story a match report

    def _game_story(self, doc: Doc) -> bool:
        """A match report: at least GAME_STORY_WORDS different game words (``game_words``) in the text."""
        found = {m.group(1) for m in self.game_words.finditer(doc_text(doc).lower())}
        return len(found) >= self.GAME_STORY_WORDS

    def _suicide_bomber_again(self, doc: Doc, mentions: list[EventMention]) -> list[EventMention]:
        """"The bomber struck the van" after "a suicide bomber rammed a van": the bomber is the one the text
        already named, not a warplane (a strike read only from the word "bomber" is the suicide bombing)."""
        if not any(m.sub_event_type == "Air/drone strike" for m in mentions):
            return mentions
        text = doc_text(doc).lower()
        named = re.search(r"\bsuicide\s+(?:(?:car|truck|vehicle|motorcycle|motorbike)\s+)?bombers?\b", text)
        if named is None:  # ("a suicide car bomber rammed the gate")
            return mentions
        first = named.start()
        suicide = next((s for s in self.sub.values() if s.name == "Suicide bomb"), None)
        out = []
        for m in mentions:
            sent = text[m.sentence_start:m.sentence_end]
            if suicide is not None and m.sub_event_type == "Air/drone strike" and m.start > first \
                    and re.search(r"\bbombers?\b", sent) and not re.search(
                        r"\b(?:air|aircraft|aerial|drones?|jets?|warplanes?|planes?|helicopters?|air ?strikes?|sorties?)\b", sent):
                m = self._recoded(m, suicide)
            out.append(m)
        return out

    def _recoded(self, m: EventMention, sub: SubEventType, trigger: Span | None = None) -> EventMention:
        """The mention read as another sub-type (and, given one, told by another trigger word)."""
        update = {"event_type": sub.event_type, "sub_event_type": sub.name, "disorder_type": self.ontology.disorder_of(sub.event_type)}
        if trigger is not None:
            update.update(start=trigger.start_char, end=trigger.end_char, text=trigger.text)
        return m.model_copy(update=update)

    def _remote_means_told(self, doc: Doc, mentions: list[EventMention]) -> list[EventMention]:
        """A battle or an attack read, on whatever path, from a killing verb whose means is a remote weapon
        ("official killed by sticky bomb, IS claims attack"): that explosion.  Not when the trigger is another word
        ("... killed in blasts, clashes": the clashes)."""
        out = []
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.event_type in ("Battles", "Violence against civilians") else None
            verb = span.root if span is not None else None
            sent = doc.char_span(m.sentence_start, m.sentence_end, alignment_mode="expand") if verb is not None else None
            if sent is not None and verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in harm_words("transitive", "intransitive"):
                hits = find_hits(self.lexicon, sent)
                if (means := self._remote_means(sent, hits, doc[verb.i:verb.i + 1])) is not None:
                    trigger, code = means
                    m = self._recoded(m, self.sub[code], trigger)
                elif (code := self._remote_when(sent, hits, verb)) is not None:
                    m = self._recoded(m, self.sub[code])  # (still told by the killing verb, whose clause has the day)
            out.append(m)
        return out

    def _remote_when(self, sent: Span, hits: list[LexHit], verb: Token) -> str | None:
        """"A soldier died and four were wounded when charges dropped from drones fell on the base": the killing
        verb's "when" clause tells a remote weapon, the first event word after "when" (the parse of such clauses is
        often broken, so the words' order, not the tree, says it), and no other event word comes between."""
        when = next((t for t in sent if t.i > verb.i and t.lower_ in WHEN_MARKS and t.dep_ in ("advmod", "mark")), None)
        if when is None:
            return None
        after = sorted((h for h in hits if not h.oos and sent.start + h.start > when.i), key=lambda h: h.start)
        if not after or self.sub[after[0].code].event_type != "Explosions/Remote violence":
            return None
        between = [h for h in hits if not h.oos and verb.i < sent.start + h.start < when.i]
        return None if between else after[0].code

    def _thrown_by_hand(self, doc: Doc, mentions: list[EventMention], facts: DocFacts) -> list[EventMention]:
        """"Officers came under attack with petrol bombs, masonry and other missiles": a bomb or missile that is a
        crowd's weapon (``crowd_weapons``), or is listed with one, is no shelling or explosive device but the
        crowd's riot, unless an armed group is named in the sentence."""
        riot = self.sub["VIOL_DEMONSTR"]
        out = []
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.event_type == "Explosions/Remote violence" else None
            if span is not None:
                head = span.root
                sent = head.sent
                if any(self._crowd_weapon(t) for t in (head, *head.conjuncts)) and not any(t.i in facts.nonstate for t in sent):
                    m = self._recoded(m, riot)
            out.append(m)
        return out

    REPELLING_VERBS = frozenset({"repel", "repulse", "rebuff"})
    ATTACK_NOUNS = frozenset({"attack", "assault", "ambush", "aggression", "raid", "incursion"})
    REPELLED_WITHIN_SENTENCES = 2

    def _attack_repelled(self, doc: Doc, mentions: list[EventMention]) -> list[EventMention]:
        """"Officers on patrol were attacked with firearms by a gang. The officers repelled the attack": the side an
        attack told just before fought it off, so it was armed and the attack a battle (ACLED: Armed clash), however the
        first sentence was read.  Only "the attack" (a noun pointing back), in the same paragraph."""
        attacks = [k for k, m in enumerate(mentions) if m.sub_event_type == "Attack" and m.modality == "asserted"]
        if not attacks:
            return mentions
        text, sents = doc_text(doc), list(doc.sents)
        out = list(mentions)
        for k in attacks:
            m = mentions[k]
            here = next((n for n, s in enumerate(sents) if s.start_char <= m.start < s.end_char), None)
            for sent in sents[here + 1: here + 1 + self.REPELLED_WITHIN_SENTENCES] if here is not None else []:
                if new_line_between(text, m.sentence_end, sent.start_char):
                    break
                if any(self._repels_the_attack(t) for t in sent):
                    out[k] = self._recoded(m, self.sub["ARMED_CLASH"])
                    break
        return out

    def _repels_the_attack(self, verb: Token) -> bool:
        """"repelled the attack", "repulsed this assault": a verb of fighting off whose object points back at an attack."""
        return verb.pos_ == "VERB" and verb.lemma_.lower() in self.REPELLING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.ATTACK_NOUNS
            and any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an") for d in c.children) for c in verb.children)

    def _crowd_weapon(self, noun: Token) -> bool:
        """The noun, with its compound or modifier, is a weapon crowds throw ("petrol bomb", "bricks")."""
        lemma = noun.lemma_.lower()
        return bool({lemma, *(f"{c.lemma_.lower()} {lemma}" for c in noun.children if c.dep_ in ("compound", "amod"))}
                    & self.crowd_weapons)

    def _crowd_fights(self, doc: Doc, mentions: list[EventMention], facts: DocFacts) -> list[EventMention]:
        """"Youths fought running battles with police": a crowd's fight with state forces is a riot, however the
        sentence was read (ACLED: Battles are the violence of two organised armed groups)."""
        riot = self.sub["VIOL_DEMONSTR"]
        out = []
        for m in mentions:
            if m.sub_event_type == "Armed clash" and (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None \
                    and self._crowd_fought_state(span.root, facts):
                m = self._recoded(m, riot)
            out.append(m)
        return out

    DISASTER_STORY_WORDS = 4  # disaster words, one in the headline, that make a story a disaster report

    def _disaster_story(self, doc: Doc, sents: list[Span]) -> bool:
        """A report on a natural disaster: its headline (first sentence, or a line of the title block a
        release opens with: "Subject: relief operations in landslide-affected areas") names one, and the
        text names one at least DISASTER_STORY_WORDS times ("the quake", "the earthquake", "floods")."""
        heads = [sents[0], *title_lines(doc)] if sents else []
        if not any(self._words_present(head, self.disaster_cues) for head in heads):
            return False
        return len(self.disaster_words.findall(doc_text(doc).lower())) >= self.DISASTER_STORY_WORDS

    def _armed_act(self, doc: Doc, m: EventMention, facts: DocFacts) -> bool:
        """In a disaster report only an act with an armed doer is violence: the toll ("2,900 people had been
        killed") is the disaster's, troops clearing roads retake nothing and their helicopters' sorties strike
        nothing; "soldiers shot two looters" and an armed group's attack are still events.  Demonstrations and arrests need no armed side; a
        development of no named kind does ("more than 2,300 bodies had been recovered" is the disaster's toll),
        and so does a deployment (the state's troops sent to evacuate families are relief, no event)."""
        relief = m.sub_event_type == "Change to group/activity"  # "the army deployed 300 soldiers to evacuate families"
        if (m.event_type not in VIOLENT_EVENT_TYPES or m.event_type == "Riots") and m.sub_event_type != "Other" and not relief:
            return True
        sent = doc.char_span(m.sentence_start, m.sentence_end, alignment_mode="expand") or []
        if any(t.i in facts.nonstate for t in sent):
            return True
        if relief:
            return False
        if m.sub_event_type == "Other":
            return any(t.i in facts.state for t in sent)
        # Fighting, strikes and blasts by the state alone are its relief work: helicopters' sorties that
        # airlift the injured, engineers blasting boulders off a road
        return m.event_type not in ("Battles", "Explosions/Remote violence") and any(t.i in facts.state for t in sent)

    def _harm_told(self, doc: Doc, m: EventMention, facts: DocFacts, counted: Collection[int]) -> bool:
        """The mention's sentence counts people harmed, taken or held, or names an armed actor beside people
        at the game: in a match report only such a sentence tells a real event ("fans clashed with police",
        "two fans were killed"; not "Al-Minaa sink Air Force", a club).
        ``counted``: where the Doc's counts start."""
        if any(m.sentence_start <= start < m.sentence_end for start in counted):
            return True
        sent = doc.char_span(m.sentence_start, m.sentence_end, alignment_mode="expand") or []
        return any(t.i in facts.state or t.i in facts.nonstate for t in sent) \
            and any(t.lemma_.lower() in self.game_crowd for t in sent)

    # Subjects that stand for a noun said before: "One strike hit the school. Another levelled a house."
    ELLIPTIC_SUBJECTS = frozenset({"another", "second", "third", "fourth", "other", "latter"})

    def _elliptic_subjects(self, doc: Doc, mentions: list[EventMention], facts: DocFacts) -> list[EventMention]:
        """An event whose subject is "another" (or "a second", "the other") with no noun of its own is
        one more of the thing that did the event told just before it, whatever its verb alone reads as
        ("One strike hit a school. Another levelled a house": a strike, not a mob).  Not when that was
        done by people ("Police arrested two men. Another was shot": another man)."""
        def doer(m: EventMention) -> Token | None:
            trigger = doc.char_span(m.start, m.end, alignment_mode="expand")
            if trigger is None:
                return None
            root = trigger.root
            return root if root.pos_ == "NOUN" else next((c for c in root.children if c.dep_ == "nsubj"), None)

        out: list[EventMention] = []
        for m in mentions:
            subject = doer(m)
            before = [p for p in out if p.sentence_end <= m.sentence_start and p.kind == "report"]
            thing = doer(before[-1]) if before else None
            if subject is not None and subject.lower_ in self.ELLIPTIC_SUBJECTS and subject.pos_ != "NOUN" \
                    and not any(c.dep_ == "prep" for c in subject.children) and thing is not None \
                    and thing.pos_ == "NOUN" and thing.i not in facts.actors and not thing.ent_type_ \
                    and before[-1].sub_event_type != m.sub_event_type:
                told = before[-1]
                m = m.model_copy(update={"event_type": told.event_type, "sub_event_type": told.sub_event_type,
                                         "disorder_type": told.disorder_type})
            out.append(m)
        return out

    FIGHT_PREPS = frozenset({"with", "against"})

    def _crowd_fought_state(self, verb: Token, facts: DocFacts) -> bool:
        """The fight's one side is a crowd (a crowd word: "youths", "residents"; no armed group) and the other state forces,
        named with "with"/"against" or conjoined to the doer ("youths and police clashed")."""
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "fought running battles with police"
        if verb.pos_ != "VERB" or (doer := _doer(verb)) is None:
            return False
        others = [g for n in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for c in n.children
                  if c.dep_ == "prep" and c.lower_ in self.FIGHT_PREPS for g in c.children if g.dep_ == "pobj"]
        others += [c for c in doer.children if c.dep_ == "conj"]
        state, crowd = self._state_side(facts), self._crowd_side(facts)
        return bool(others) and (crowd(doer) and any(state(o) for o in others)
                                 or state(doer) and all(crowd(o) for o in others))

    def _state_side(self, facts: DocFacts) -> Callable[[Token], bool]:
        """A word for state forces, or a side of them ("riot police", "the army's soldiers")."""
        return lambda t: any(w.i in facts.state or one_of(w, self.state) for w in _side_words(t, bodies_only=False))

    def _crowd_side(self, facts: DocFacts) -> Callable[[Token], bool]:
        """A crowd word ("youths", "residents"), not any plural ("herders" may be a militia), nor armed men."""
        is_crowd, state = self._is_crowd(facts), self._state_side(facts)
        return lambda t: one_of(t, self.crowd) and is_crowd(t) and t.i not in facts.nonstate and not state(t) \
            and not any(c.lower_ in ("armed", "gunmen") for c in t.children)

    # Prepositions that name who was fired on or charged at ("opened fire on residents", "shot at students").
    TARGET_PREPS = frozenset({"on", "at", "into"})

    def _state_on_crowd(self, doc: Doc, mentions: list[EventMention], facts: DocFacts) -> list[EventMention]:
        """"Gendarmes opened fire on residents protesting the closure of a mine": a riot read where state forces
        are the only doers and a crowd is what they fired on, beat or killed is force against the crowd, not the
        crowd's violence (ACLED: excessive force against protesters)."""
        force = self.sub["FORCE_AGAINST_PROTEST"]
        state, crowd = self._state_side(facts), self._crowd_side(facts)
        rioting = {w for code in ("VIOL_DEMONSTR", "MOB_VIOL") for w in self.sub[code].triggers}
        protesting = set(self.sub["PEACE_PROTEST"].triggers)

        def protesters(t: Token) -> bool:  # "residents", or "villagers protesting the sale of their land"; not "rioters"
            return (crowd(t) or any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in protesting for c in t.children)) \
                and t.lemma_.lower() not in rioting

        out = []
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.sub_event_type == "Violent demonstration" else None
            verb = span.root if span is not None else None
            if verb is not None and verb.pos_ == "NOUN" and verb.dep_ == "dobj":
                verb = verb.head  # "opened fire"
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i] if verb is not None else []
            doer = subjects[-1] if subjects else _doer(verb) if verb is not None else None  # (the nearest: "[radio] gendarmes opened")
            if verb is not None and verb.pos_ == "VERB" and doer is not None and state(doer):
                objects = [c for n in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for c in n.children
                           if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in self.TARGET_PREPS]
                targets = [g for c in objects for g in ((c,) if c.dep_ == "dobj" else c.children) if g.dep_ in ("dobj", "pobj")]
                targets = [t for t in targets if t.lower_ != "fire" and t.i not in facts.dates and t.i not in facts.places]
                if targets and all(protesters(t) for t in targets):
                    m = self._recoded(m, force)
            out.append(m)
        return out
