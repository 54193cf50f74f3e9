"""Rules that read a sentence's clauses apart: a second event in a clause of its own, the news beside a background
clause, the event a main verb tells after an event noun it names as earlier ("arrested after the bombing"), and event
nouns that name an event of their own day or place.

``Detector`` (``detect.py``) calls them from ``_sentence``; they are methods mixed into it.  The parse tests they use
to cut a clause (``clause_before_conjuncts`` and the rest) are functions here.
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Span, Token

from dateline.events.background import SEQUEL_VERBS, bare_plural, names_its_own_day_or_place
from dateline.events.facts import DocFacts
from dateline.events.features import LexHit, find_hits, one_of, sentence_features, token_keys
from dateline.events.ontology import VIOLENT_EVENT_TYPES
from dateline.events.triggers import CLAUSE_DEPS, REPORTING, _clause_head, _modifies_thing, _pick_trigger
from dateline.types import EventMention


class ClauseRules:
    """The clause rules of ``Detector``: mixed into it, they read its ontology words and call its ``_read``,
    ``_sentence``, ``_mention`` and ``_is_news``."""

    # Prepositions that put an event before the one the verb reports: "arrested over the killing".
    BEHIND_PREPS = frozenset({"after", "following"})

    def _event_behind(self, sent: Span, hits: list[LexHit], trigger: Span, p: np.ndarray,
                      facts: DocFacts, label: str | None = None) -> list[EventMention] | None:
        """The event of the main verb, when the chosen trigger is an event noun it names as
        something that came before ("arrested in connection with the bombing", "detained
        after the attack"): that event if it is news, else nothing; None when the trigger is
        not such a noun."""
        noun = trigger.root
        mark = next((m for m in noun.children if m.dep_ == "mark" and m.lower_ in self.BEHIND_PREPS), None)
        if noun.pos_ == "VERB" and noun.dep_ == "advcl" and mark is not None:
            # "fighters killed 13 civilians after the army recaptured the city": the verb of the "after"
            # clause tells what came before; the main verb's event, when it has one, is the news.  Not ground
            # taken after the other side left it ("seized the town after troops pulled out"): a transfer, one event
            verb = noun.head
            ground = self.TERRITORY_CODES | {"NON_VIOL_TERRIT_TRANSFER"}
            if label in ground and any(h.code in ground for h in hits if sent[h.start:h.end].root.i == verb.i):
                return None
        elif noun.pos_ != "NOUN" or noun.dep_ != "pobj":
            return None
        else:
            prep = noun.head
            phrase, verb = prep.lower_, prep.head
            if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.dep_ == "prep":  # "in connection with"
                phrase, verb = f"{verb.head.lower_} {verb.lower_} {prep.lower_}", verb.head.head
            if phrase not in self.ontology.not_news.backref_preps and prep.lower_ not in self.ontology.not_news.backref_preps \
                    and prep.lower_ not in self.BEHIND_PREPS:
                return None
        if verb.pos_ != "VERB" or verb.i != _clause_head(verb).i or not _main_clause(verb):
            return None  # only the sentence's main verb, or the clause a speaker reports
        event_type = self.sub[self.labels[int(p.argmax())]].event_type if self.in_scope[int(p.argmax())] else None
        # the main verb's own event, else that of a verb hanging from it ("searched the town after
        # clashes, executing 45 civilians")
        for word in (verb, *(c for c in verb.children if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB")):
            codes = {h.code for h in hits if not h.oos and sent[h.start:h.end].root.i == word.i
                     and self.sub[h.code].event_type != event_type}
            if codes:
                verb = word
                break
        if not codes:
            return None
        code = max(codes, key=lambda c: p[self.index[c]])
        span = sent[verb.i - sent.start: verb.i - sent.start + 1]
        if not self._is_news(sent, hits, span, facts):
            return []
        return [self._mention(sent, span, code, p[self.index[code]])]

    def _event_before(self, sent: Span, hits: list[LexHit], trigger: Span, p: np.ndarray,
                      facts: DocFacts) -> list[EventMention] | None:
        """"The attack came a week after gunmen ambushed a patrol near X": the chosen trigger is an event
        told before, the subject of "came"/"followed"; the sentence's news is the event of its "after"
        clause, at that clause's own word.  None when the sentence is not so built."""
        noun = trigger.root
        verb = noun.head
        if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or verb.lemma_.lower() not in SEQUEL_VERBS:
            return None
        behind = [c for c in verb.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.BEHIND_PREPS
                                                                        for m in c.children)]
        behind += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in self.BEHIND_PREPS
                   for g in c.children if g.dep_ == "pobj"]
        if verb.lemma_.lower() == "follow":  # "the shelling followed an attack on an outpost"
            behind += [c for c in verb.children if c.dep_ == "dobj"]
        for word in behind:
            codes = {h.code for h in hits if not h.oos and sent[h.start:h.end].root.i == word.i}
            span = sent[word.i - sent.start: word.i - sent.start + 1]
            if not codes:  # "... a day after a roadside bomb hit an army truck": the event is the clause's subject
                subjects = {c.i for c in word.children if c.dep_ in ("nsubj", "nsubjpass")}
                told = [h for h in hits if not h.oos and sent[h.start:h.end].root.i in subjects]
                if not told:
                    continue
                codes = {h.code for h in told}
                span = sent[told[0].start:told[0].end]
            code = max(codes, key=lambda c: p[self.index[c]])
            # "... after a commander was killed in an encounter with troops": the fight the killing came in
            fight = next((h for h in hits if not h.oos and self.sub[h.code].event_type == "Battles"
                          and (r := sent[h.start:h.end].root).dep_ == "pobj" and r.head.lower_ in ("in", "during")
                          and r.head.head.i == word.i), None)
            if fight is not None:
                code, span = fight.code, sent[fight.start:fight.end]
            if not self._is_news(sent, hits, span, facts):
                return []
            return [self._mention(sent, span, code, p[self.index[code]])]
        return None

    # Marks of a clause told beside another, not as its condition or its time ("..., while engineers
    # dismantled a bomb"; not "if the army did not withdraw").
    WHILE_MARKS = frozenset({"while", "whereas", "whilst"})

    def _news_beside(self, sent: Span, hits: list[LexHit], background: Token, facts: DocFacts) -> list[EventMention]:
        """The sentence's event is background ("the insurgency has killed 40,000 since 2009", "attacks have
        risen this year"), but a clause joined to it tells one instance by its own day or town ("..., and on
        Monday gunmen killed nine farmers near X"): that clause is the news, read alone."""
        home = clause_before_conjuncts(_clause_head(background))
        seen: set[int] = set()
        for h in hits:
            root = sent[h.start:h.end].root
            head = _joined_clause_head(root)
            dated = head is None and (head := _time_clause_head(root)) is not None
            if h.oos or head is None or head.i in seen or home.start <= head.i < home.end and not dated:
                continue  # (a time clause hangs inside the main clause's span)
            seen.add(head.i)
            clause = clause_before_conjuncts(head)
            if dated and clause[0].dep_ == "mark":
                clause = clause[1:]  # (read without its "since": what the clause tells happened that day)
            if not (sent.start <= clause.start and clause.end <= sent.end) or len(clause) >= len(sent):
                continue  # read within the sentence, and always a smaller span than the one being read
            if not any(i in facts.days or not dated and i in facts.towns for i in range(clause.start, clause.end)):
                continue  # "... and abducted hundreds": still the tally's doer and span
            ((alone, alone_hits, p),) = self._read([clause])
            if found := self._sentence(alone, alone_hits, p, facts):
                if dated:  # (its sentence is the whole one: "In X, traders have not reopened since ...")
                    found = [m.model_copy(update={"sentence_start": sent.start_char, "sentence_end": sent.end_char})
                             for m in found]
                return found
        return []

    # What may follow the main verb in its own clause: its objects, particles and phrases of time
    # and place ("protested on Monday in the city centre").
    MAIN_CLAUSE_TAIL = frozenset({"prep", "npadvmod", "advmod", "dobj", "prt", "agent", "dative", "attr", "acomp", "oprd"})

    def _main_clause_alone(self, sent: Span, hits: list[LexHit], p: np.ndarray, facts: DocFacts) -> list[EventMention]:
        """An out-of-scope reading (a disaster, diplomacy) of a sentence whose main verb is an event's own
        word, and words of the out-of-scope class stand after the main clause, in a clause or phrase
        joined to it ("residents protested on Monday, demanding accountability for the dams that
        burst last week"): the flood is the grievance, and the main clause, read alone, says what happened.
        Only when the whole sentence left an event a fair chance (``secondary_min`` of the probability) and the
        main clause has a day of its own."""
        if float(p[self.in_scope].sum()) < self.config.secondary_min:
            return []  # (the classifier all but sure no event is told: "floods swept away a bridge ...")
        root = sent.root
        if root.lemma_.lower() in REPORTING:  # "..., officials said": what they said
            root = next((c for c in root.children if c.dep_ == "ccomp"), root)
        if root.pos_ != "VERB" or not any(not h.oos and sent[h.start:h.end].root.i == root.i for h in hits):
            return []
        cut = next((c.left_edge.i for c in root.rights if c.dep_ not in self.MAIN_CLAUSE_TAIL), sent.end)
        if not any(h.oos and sent.start + h.start >= cut for h in hits) \
                or not any(i in facts.days for i in range(sent.start, cut)):
            return []  # (and only with a day of its own: the news is told with its day, "protested on Monday")
        ((alone, alone_hits, alone_p),) = self._read([sent.doc[sent.start:cut]])
        found = self._sentence(alone, alone_hits, alone_p, facts)
        return [m.model_copy(update={"sentence_start": sent.start_char, "sentence_end": sent.end_char}) for m in found]

    def _read_clause(self, sent: Span, clause: Span, facts: DocFacts) -> tuple[Span, str, float, list[LexHit]] | None:
        """A clause classified alone: its trigger, sub-type code, score and word hits (as offsets in the
        sentence), when an in-scope reading is sure enough."""
        keys = token_keys(clause)
        clause_hits = find_hits(self.lexicon, clause, keys)
        p = self.lexical.predict_proba([sentence_features(clause, self.lexicon, keys, clause_hits)])[0]
        top = int(np.where(self.in_scope, p, -1.0).argmax())
        code = self.labels[top]
        if p[top] < self.config.secondary_min or p[top] < p[~self.in_scope].max():
            return None
        offset = clause.start - sent.start
        local = [LexHit(x.start + offset, x.end + offset, x.code, x.oos) for x in clause_hits]
        trig = _pick_trigger(sent, local, {code} | self.by_type[self.sub[code].event_type], facts.actors,
                             event_heads=self.event_heads, cues=self.ontology.not_news)
        if trig is None or not (clause.start <= trig.root.i < clause.end):
            return None
        return trig, code, float(p[top]), local

    def _clause_events(self, sent: Span, hits: list[LexHit], primary: Span, first: EventMention,
                       facts: DocFacts) -> list[EventMention]:
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
            conjoined = first.event_type == "Strategic developments" and span.root.pos_ == "VERB" \
                and span.root.lemma_.lower() in self.toll_verbs \
                and span.root.i != primary.root.i and any(c.i == primary.root.i for c in span.root.conjuncts)
            root = span.root
            apart = root.pos_ == "VERB" and root.dep_ == "conj" and root.i != primary.root.i \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children) \
                and _own_scene(clause_before_conjuncts(root), clause_before_conjuncts(sent.doc[home]), facts)
            if conjoined or apart:
                head = span.root  # "... were neutralised and two guns were seized": each verb its own clause
            elif head.i in seen:
                continue
            seen.add(head.i)
            if head.dep_ == "advcl" and head.head.i == primary.root.i and any(
                    m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in head.children):
                continue  # "eleven people were killed when militiamen raided a camp": how the event happened
            if head.lemma_.lower() in self.protest_purposes or first.event_type == "Protests" and any(
                    a.lemma_.lower() in self.protest_purposes for a in span.root.ancestors):
                # "marched to decry the arrests", "rallied, calling for the release of relatives they say are
                # detained": what they protest, told before, not a new event
                continue
            clause = clause_before_conjuncts(head)
            if primary.root.i >= clause.start and primary.root.i < clause.end:
                if self._acted_over(span, h.code, head, primary, first) and self._is_news(sent, hits, span, facts):
                    # "troops arrested two men linked to the March 3 ambush": the arrest is an event of its own
                    found.append(self._mention(sent, span, h.code, cfg.secondary_min))
                continue  # the clause contains the main event: same event
            read = self._read_clause(sent, clause, facts)
            if read is None:
                continue
            trig, code, score, local = read
            sub = self.sub[code]
            lead = conjoined and not found and sub.event_type == "Battles"  # may take the sentence's place
            if conjoined and not lead:
                continue  # any other verb conjoined with the sentence's event tells more of it
            # unlike strategic developments done by another doer are two events ("police arrested nine men,
            # while engineers dismantled a bomb"); "arrested five and seized rifles" is one
            own_doer = sub.event_type == "Strategic developments" and (head.dep_ == "conj" or head.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in self.WHILE_MARKS for m in head.children)) and any(
                c.dep_ == "nsubj" and c.pos_ != "PRON" and (c.i in facts.actors or one_of(c, self.people)) for c in head.children)
            if any(self.ontology.merges(sub.event_type, m.event_type) and not (own_doer and sub.name != m.sub_event_type)
                   for m in [first, *found]) \
                    and not self._claimed_by_a_side(head, facts) and not lead and not apart:
                continue
            if not self._is_news(sent, hits, trig, facts):
                continue
            if sub.event_type == "Explosions/Remote violence" and trig.root.dep_ in ("dobj", "nsubjpass") and (disrupted := next(
                    (h for h in local if h.code == self.DISRUPTED_CODE and sent[h.start:h.end].root.i == trig.root.head.i), None)):
                # "... while engineers dismantled an explosive device": the device's own verb says it was not used
                trig, code = sent[disrupted.start:disrupted.end], self.DISRUPTED_CODE
            found.append(self._mention(sent, trig, code, score))
        return found

    def _acted_over(self, span: Span, code: str, head: Token, primary: Span, first: EventMention) -> bool:
        """The clause's own verb is an arrest done over the sentence's violent event, which only a
        preposition's phrase names ("arrested two men linked to the March 3 ambush", "detained suspects over
        Saturday's bombing"): two events, though the classifier read the sentence as the violent one."""
        if span.root.i != head.i or span.root.pos_ != "VERB" or first.event_type not in VIOLENT_EVENT_TYPES \
                or self.sub[code].name != "Arrests":
            return False
        path = [a for a in primary.root.ancestors if a.i != head.i and head.i in {b.i for b in a.ancestors}]
        return any(a.dep_ == "prep" for a in path) and not any(a.dep_ in ("ccomp", "xcomp", "advcl", "conj") for a in path)

    @staticmethod
    def _claimed_by_a_side(head: Token, facts: DocFacts) -> bool:
        """The clause is what an armed side says it did ("... as Hezbollah said it fired rockets"): that
        side's own act, not one more word for the sentence's first event."""
        speaker = next((c for c in head.head.children if c.dep_ == "nsubj"), None) \
            if head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORTING else None
        doer = next((c for c in head.children if c.dep_ == "nsubj"), None)
        return speaker is not None and speaker.i in facts.actors and doer is not None and doer.pos_ == "PRON"

    def _references(self, sent: Span, hits: list[LexHit], found: list[EventMention],
                    facts: DocFacts) -> list[EventMention]:
        """Event nouns that name an event of their own day or place in a sentence about
        something else: "arrested 12 people in connection with Saturday's attack in X",
        "who carried out the May 22 bombing".  Not a doer ("the bomber"), not a thing
        ("bomb squad"), not an event of a type the sentence already reports."""
        trigger_at = {sent.start + i for h in hits if not h.oos for i in range(h.start, h.end)}
        by_noun: dict[int, set[str]] = {}
        for h in hits:
            if h.oos:
                continue
            noun = sent[h.start:h.end].root
            if noun.pos_ == "NOUN":
                by_noun.setdefault(noun.i, set()).add(h.code)
        reported = {m.event_type for m in found}
        out: list[EventMention] = []
        for i, codes in by_noun.items():
            noun = sent.doc[i]
            if any(m.start <= noun.idx < m.end for m in found):
                continue
            if noun.dep_ in ("dobj", "nsubjpass", "nsubj") and any(m.start <= noun.head.idx < m.end for m in found):
                continue  # "defused a car bomb parked outside a hotel": the thing the reported act was done to (or its
                # doer: "a raid on the camp left 14 dead" is the raid reported)
            if noun.dep_ == "pobj" and noun.head.lower_ == "in" and any(
                    m.start <= noun.head.head.idx < m.end or (t := sent.doc.char_span(m.start, m.end, alignment_mode="expand"))
                    is not None and t.root.head.i == noun.head.head.i for m in found):
                continue  # "killed 38 people in an overnight raid on a village": the reported act itself (also when the
                # report's trigger is its doer, "gunmen seized 14 farmers in a raid on X")
            if i in facts.actors or one_of(noun, self.person_nouns):
                continue
            if _modifies_thing(noun, trigger_at, facts.actors, self.event_heads):
                continue
            if not names_its_own_day_or_place(noun, facts.dates, facts.places) or bare_plural(noun):
                continue
            phrase = sent.doc[noun.left_edge.i: noun.right_edge.i + 1]
            keys = token_keys(phrase)
            phrase_hits = find_hits(self.lexicon, phrase, keys)
            p = self.lexical.predict_proba([sentence_features(phrase, self.lexicon, keys, phrase_hits)])[0]
            code = max(codes, key=lambda c: p[self.index[c]])
            sub = self.sub[code]
            if sub.event_type in reported:
                continue
            trigger = phrase[noun.i - phrase.start: noun.i - phrase.start + 1]
            if not self._is_news(sent, hits, trigger, facts):
                continue
            out.append(self._mention(sent, trigger, code, p[self.index[code]], kind="reference"))
            reported.add(sub.event_type)
        return out


def _main_clause(verb: Token) -> bool:
    """The sentence's root, or the clause its reporting root reports ("X killed 13, a group said")."""
    return verb.head.i == verb.i or verb.dep_ == "ccomp" and verb.head.head.i == verb.head.i \
        and verb.head.lemma_.lower() in REPORTING


def _joined_clause_head(tok: Token) -> Token | None:
    """The verb heading a token's clause when that clause is conjoined to another ("X has killed 40,000 since
    2009, | and on Monday gunmen killed nine"), else None."""
    for t in (tok, *tok.ancestors):
        if t.pos_ in ("VERB", "AUX") and t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX"):
            return t
        if t.dep_ in CLAUSE_DEPS:
            return None
    return None


# Marks of a clause that tells what happened at a time of its own, beside a sentence about something else ("after" and
# "when" clauses were tried too: read alone, "after the FBI released photos of the suspected bombers on <day>" was a
# strike in WikiEvents dev).
TIME_MARKS = frozenset({"since"})


def _time_clause_head(tok: Token) -> Token | None:
    """The verb heading a token's "since" clause ("traders have not reopened | since a drone strike hit the square on
    13 August"), else None; with its own day (``_news_beside``) the clause tells an event."""
    for t in (tok, *tok.ancestors):
        if t.pos_ == "VERB" and t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in t.children):
            return t
        if t.dep_ in CLAUSE_DEPS:
            return None
    return None


def _own_scene(clause: Span, main: Span, facts: DocFacts) -> bool:
    """A conjoined clause that names a day and a town of its own, other than those of the clause before it ("gunmen
    seized three officers in X on Monday, and a fourth was kidnapped in Y on Tuesday"): another event, however alike."""
    def scene(span: Span) -> tuple[set[str], set[str]]:
        return ({t.lower_ for t in span if t.i in facts.days}, {t.lower_ for t in span if t.i in facts.towns})

    (days, towns), (main_days, main_towns) = scene(clause), scene(main)
    return bool(days and towns and main_days and main_towns) and not days & main_days and not towns & main_towns


def clause_before_conjuncts(head: Token) -> Span:
    """A verb's clause without the clauses conjoined after it, with or without "and" ("X were neutralised |
    and guns were seized", "troops killed four fighters, | seized rifles")."""
    joined = next((c for c in head.children if c.dep_ == "conj" and c.i > head.i and c.pos_ in ("VERB", "AUX")), None)
    end = min([joined.left_edge.i, *(c.i for c in head.children if c.dep_ == "cc" and c.i < joined.i)]) \
        if joined is not None else head.right_edge.i + 1
    return head.doc[head.left_edge.i: max(end, head.i + 1)]
