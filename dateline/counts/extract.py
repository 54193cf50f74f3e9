"""Find counts of people killed, injured, arrested, surrendered or abducted.

Two passes over the dependency parse.  First, every cue word ("killed",
"arrested", "surrendered") collects the people it governs, summing coordinated
groups ("two policemen and a child died" = 3) and counting "a soldier" as 1.
Then every number not yet used looks for a cue around it: "12 dead", "six
people killed in", "the death toll rose to 12", "12 deaths".  Numbers that are
dates, ages, money or sizes never become counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from dateline.actors import actor_mentions
from dateline.counts.numbers import NumberExpr, NumberVocabulary
from dateline.types import CountKind, CountMention
from dateline.nlp import doc_cache, doc_text, has_slot, headline_line
from dateline.places import toponyms

KINDS: tuple[CountKind, ...] = ("fatalities", "injured", "arrested", "surrendered", "abducted")
SINGULAR_DETS = frozenset({"a", "an", "one", "another", "single"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "obj"})
SUBJECT_DEPS = frozenset({"nsubj"})
# A headline's armed men before a present-tense verb are its doers ("Gunmen kill 5 in X"); before a
# participle with no object they are the dead ("2 terrorists killed in X").
PRESENT_TAGS = frozenset({"VBP", "VBZ", "VB"})
REPORTING = frozenset({"report", "say", "believe", "confirm", "fear", "feared", "leave", "find", "see", "know", "presume"})


# A number joined to another by a slash or a dot: a piece of a date in figures ("20/02/2024", "20.02.2024").
_NUMERIC_DATE_BEFORE = re.compile(r"\d[/.]$")
_NUMERIC_DATE_AFTER = re.compile(r"[/.]\d")
# The hours and colon of a clock time just before a number, or the colon and minutes just after ("15:30").
_CLOCK_BEFORE = re.compile(r"\d:$")
_CLOCK_AFTER = re.compile(r":\d\d")
# A day of the month written with its month ("Wednesday, Nov 8: a soldier was killed", "on 8 Nov"), which the
# small model does not always call a date; the month's name is capitalised (not the verb "may").
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s+$")
_MONTH_AFTER = re.compile(rf"\s+{_MONTH}\b")
# An age written after its number ("seven-year-old", "18 months old") or after "aged" ("aged 9 and 12").
_AGE_AFTER = re.compile(r"\s*-?\s*(?:year|month|week|day)s?\s*-?\s*old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\baged?\s+(?:between\s+|from\s+)?(?:\w+\s*(?:,|and|to|-)\s*)*$", re.IGNORECASE)


# An object that is the people the verb before it acted on ("abducted three men and killed them").
_OBJECT_PRONOUNS = frozenset({"them", "him", "her"})


def _place_chars(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the places the places stage found where something happened (once per Doc)."""
    cache = doc_cache(doc)
    if "count_place_chars" not in cache:
        cache["count_place_chars"] = [(t.start, t.end) for t in toponyms(doc) if t.role == "location" and t.place is not None] \
            if has_slot(doc, "places") else []
    return cache["count_place_chars"]


# "Fatalities: " just before a number (the label word, a colon and spaces, up to the number).
LABEL_CHARS = 24
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")
_LABEL = re.compile(r"(?:^|[\s.;(\[])([A-Za-z]+)\s*:\s*$")


# Letters joined by a hyphen to the number: a model's designation ("Yak-130", "Mi-8", "T-72", "AK-47").
_MODEL_BEFORE = re.compile(r"\b[A-Za-z]{1,5}-$")
# The capitalised word after a number (and its ordinal ending): "444 Brigade", "5th Battalion".
_WORD_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+([A-Z][A-Za-z]*)\b")


# Counts of people taken, whose verbs take things too ("arrested two suspects ... and seized a rifle"): once people
# are named, a thing beside them is no one.
SEIZED_KINDS = frozenset({"arrested", "abducted", "surrendered"})


@dataclass
class _Quantity:
    low: int
    high: int
    start: int  # character offsets of the words that gave the figure
    end: int


# Actors whose men are the doers in a headline ("Gunmen kill in X"), never its dead.
ARMED_INTERS = frozenset({"Rebel group", "Political militia", "Identity militia"})


def _hyphen_suffix(tok: Token) -> bool:
    """The token is the last part of a hyphenated word the parser split into two siblings ("policemen" of
    "two ex-policemen", with "two" on "ex")."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_:
        return False
    return doc[tok.i - 2].head.i == tok.head.i and doc[tok.i - 2].dep_ == tok.dep_


def _inside(token: Token, spans: list[tuple[int, int]] | None) -> bool:
    return spans is not None and any(s <= token.idx < e for s, e in spans)


class CountFinder:
    """Built once per pipeline from the vocabulary; then read-only."""

    def __init__(self, vocab: NumberVocabulary) -> None:
        self.vocab = vocab
        data = vocab.data
        kinds = data["kinds"]
        self.transitive: dict[str, CountKind] = {}
        self.intransitive: dict[str, CountKind] = {}
        self.adjectives: dict[str, CountKind] = {}
        self.tolls: dict[str, CountKind] = {}
        self.nouns: dict[str, CountKind] = {}
        self.event_nouns: dict[str, CountKind] = {}
        for kind in KINDS:
            entry = kinds.get(kind) or {}
            for field, table in (("transitive", self.transitive), ("intransitive", self.intransitive),
                                 ("adjectives", self.adjectives), ("tolls", self.tolls), ("nouns", self.nouns),
                                 ("event_nouns", self.event_nouns)):
                for word in entry.get(field) or []:
                    table.setdefault(str(word).lower(), kind)
        self.fatal_complements = frozenset(w.lower() for w in data.get("fatal_complements") or [])
        self.fatal_adverbs = frozenset(w.lower() for w in data.get("fatal_adverbs") or [])
        self.group_size = frozenset(w.lower() for w in data.get("group_size_words") or [])
        self.non_person = frozenset(w.lower() for w in data["non_person"])
        self.person_nouns = frozenset(w.lower() for w in data["person_nouns"])
        self.collective = frozenset(w.lower() for w in data["collective_nouns"])
        self.non_count_entities = frozenset(data.get("non_count_entities") or [])
        self.people_only = frozenset(w.lower() for w in data.get("people_only_verbs") or [])
        self.person_objects = frozenset(w.lower() for w in data.get("person_object_verbs") or [])
        self.containers = frozenset(w.lower() for w in data.get("container_nouns") or [])
        self.set_free = frozenset(w.lower() for w in data.get("set_free_verbs") or [])
        self.suffer_verbs = frozenset(w.lower() for w in data.get("suffer_verbs") or [])
        self.injury_nouns = frozenset(w.lower() for w in data.get("injury_nouns") or [])
        self.finding_verbs = frozenset(w.lower() for w in data.get("finding_verbs") or [])
        self.life_verbs = frozenset(w.lower() for w in data.get("life_verbs") or [])
        self.becoming_verbs = frozenset(w.lower() for w in data.get("becoming_verbs") or [])
        self.martyr_nouns = frozenset(w.lower() for w in data.get("martyr_nouns") or [])
        self.honour_nouns = frozenset(w.lower() for w in data.get("honour_nouns") or [])
        self.not_toll_participles = frozenset(w.lower() for w in data.get("not_toll_participles") or [])
        self.body_nouns = frozenset(w.lower() for w in data.get("body_nouns") or [])
        self.formations = frozenset(w.lower() for w in data.get("formation_words") or [])
        # every word _direct_arguments starts from (by lemma or as written): the rest need no look
        self.cue_words = self.suffer_verbs | self.life_verbs | self.becoming_verbs | self.finding_verbs | self.transitive.keys() \
            | self.intransitive.keys() | self.adjectives.keys() | self.event_nouns.keys()

    def not_a_count(self, doc: Doc, span: Any, expr: NumberExpr, actor_chars: Sequence[tuple[int, int]] = ()) -> bool:
        """Dates, ages, money, sizes.  A DATE/TIME entity only rules a number out when the
        number hangs from a word inside it ("October 2015", "two-week", "25-year-old"):
        spaCy also tags "between 10 and 15" or "31 overnight" as dates."""
        if expr.low == expr.high and 1900 <= expr.low <= 2100 and expr.text.isdigit():
            return True
        text = doc_text(doc)
        if _CLOCK_BEFORE.search(text, max(0, expr.start - 3), expr.start) or _CLOCK_AFTER.match(text, expr.end):
            return True  # "15:30 - Man killed ...": a clock time heading a live blog's entry
        if _NUMERIC_DATE_BEFORE.search(text, max(0, expr.start - 2), expr.start) or _NUMERIC_DATE_AFTER.match(text, expr.end):
            return True  # "on 20/02/2024, a merchant ...": a piece of a date written in figures
        if expr.low == expr.high and 1 <= expr.low <= 31 and expr.text.isdigit() and (
                _MONTH_BEFORE.search(text, max(0, expr.start - 12), expr.start) or _MONTH_AFTER.match(text, expr.end)):
            return True
        if expr.text.lower() == "one" and re.search(r"\b(?:no|not)[\s-]$", text[max(0, expr.start - 4):expr.start], re.I):
            return True  # "No one was hurt": nobody, no count of one
        if _AGE_AFTER.match(text, expr.end) or _AGE_BEFORE.search(text[max(0, expr.start - 40):expr.start]):
            return True  # "a seven-year-old girl", "two brothers aged 9 and 12": ages, not people
        if expr.text[:1].isdigit() and _MODEL_BEFORE.search(text, max(0, expr.start - 8), expr.start):
            return True  # "a Yak-130 jet", "an Mi-8 helicopter", "AK-47 rifles": a model's name, no count
        if expr.text[:1].isdigit() and (m := _WORD_AFTER.match(text, expr.end)) is not None \
                and m.group(1).lower() in self.formations and not self._counts_members(doc, span.end):
            return True  # "the 444 Brigade", "179 Bn", "22 RR": a unit's number, no count
        root = span.root
        if any(t.ent_type_ in self.non_count_entities - {"DATE", "TIME"} for t in span):
            # the small model also calls a number of people a quantity ("20 assailants"): a person noun keeps it
            counted = root.head if root.dep_ in ("nummod", "quantmod") else root
            if not (any(t.ent_type_ == "QUANTITY" for t in span) and self._is_person(counted, actor_chars)):
                return True
        if root.ent_type_ in ("DATE", "TIME"):
            ent = next((e for e in doc.ents if e.start <= root.i < e.end), None)
            if ent is not None and ent.start <= root.head.i < ent.end and root.head.i != root.i:
                return True
        return False

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _counts_members(doc: Doc, end: int) -> bool:
        """After "<number> Brigade" (the unit's word the token at ``end``), a plural noun is what the number counts
        ("12 Brigade soldiers"); a singular one is the unit's title ("the 444 Brigade commander")."""
        after = next((t for t in doc[end + 1:end + 3] if not t.is_space), None)
        return after is not None and after.tag_ in ("NNS", "NNPS")

    def _verb_kind(self, verb: Token, table: dict[str, CountKind]) -> CountKind | None:
        kind = table.get(verb.lemma_.lower()) or table.get(verb.lower_)
        if kind == "injured" and any(c.lower_ in self.fatal_complements or (c.dep_ == "prep" and any(
                g.lower_ in self.fatal_complements for g in c.children)) for c in verb.children):
            return "fatalities"  # "shot dead", "shot to death"
        if kind == "injured" and any(c.dep_ == "advmod" and c.lower_ in self.fatal_adverbs for c in verb.children):
            return "fatalities"  # "was fatally injured"
        if kind == "injured" and any(c.dep_ == "conj" and self.transitive.get(c.lemma_.lower()) == "fatalities" for c in verb.children):
            return "fatalities"  # "shot and killed"
        return kind

    def _number_at(self, doc: Doc, exprs: dict[int, NumberExpr], noun: Token) -> tuple[NumberExpr, int] | None:
        """The number expression that quantifies ``noun`` (directly or via "eight-member")."""
        for child in noun.children:
            if child.dep_ in ("nummod", "quantmod", "amod", "compound", "det", "nmod"):
                if child.i in exprs:
                    return exprs[child.i], child.i
                if child.lower_ in self.group_size or child.dep_ in ("compound", "nmod"):  # "an eight-member cell",
                    for grand in child.children:  # "Four Protection Service personnel", "Seventeen Nigerien soldiers"
                        if grand.i in exprs and grand.i < child.i and (grand.dep_ in ("nummod", "quantmod", "advmod", "npadvmod")
                                                                      or grand.dep_ == "compound" and grand.like_num):
                            return exprs[grand.i], grand.i
        if noun.i in exprs:
            return exprs[noun.i], noun.i
        return None

    @staticmethod
    def _sized(noun: Token) -> bool:
        """The noun carries its own figure: "a 12-strong gang", "an eight-member cell"."""
        return any(c.dep_ in ("nummod", "quantmod", "amod", "compound") and
                   (c.like_num or any(g.like_num for g in c.children)) for c in noun.children)

    @staticmethod
    def _part_of_those(noun: Token) -> bool:
        """The noun is told as some of people just counted: "among them two women", "including three children"."""
        before = " ".join(t.lower_ for t in noun.doc[max(0, noun.left_edge.i - 3):noun.left_edge.i])
        return before.endswith(("among them", "among whom", "of them", "of whom", "including"))

    @staticmethod
    def _other_ones(noun: Token) -> bool:
        """"others", "another": more of the people just named."""
        return noun.lemma_.lower() in ("other", "another") or noun.lower_ in ("others", "another", "more")

    def _is_person(self, noun: Token, actor_chars: Sequence[tuple[int, int]]) -> bool:
        if noun.lemma_.lower() in self.person_nouns or noun.lower_ in self.person_nouns or noun.lower_ in self.body_nouns:
            return True
        return any(s <= noun.idx < e for s, e in actor_chars)

    def _quantity(self, doc: Doc, exprs: dict[int, NumberExpr], noun: Token, actor_chars: list[tuple[int, int]],
                  used: set[int], people_only: bool = False, person_object: bool = False) -> _Quantity | None:
        """How many people ``noun`` stands for, or None.  With ``people_only`` (verbs with other
        senses: "executed a search warrant") a noun without a number must name a person; with
        ``person_object`` one with a number too ("executed two operations")."""
        if noun.lower_ in self.non_person or noun.lemma_.lower() in self.non_person:
            return None
        found = self._number_at(doc, exprs, noun)
        if found is not None:
            expr, token_i = found
            if person_object and noun.i != token_i and noun.pos_ == "NOUN" and not self._is_person(noun, actor_chars):
                return None
            used.add(expr.start)
            if expr.vague and noun.i == token_i:
                for child in noun.children:  # "dozens of vehicles"
                    if child.dep_ == "prep" and any(g.lower_ in self.non_person for g in child.children):
                        return None
            # a number never counts a noun on another line ("... killing at least 11 | YANGON (Reuters) -")
            end = expr.end if "\n" in doc_text(doc)[expr.end:noun.idx] else noun.idx + len(noun.text)
            return _Quantity(expr.low, expr.high, expr.start, end)
        # "shot dead a Palestinian": a nationality used as a noun, which the small model may tag an adjective
        as_noun = noun.dep_ in ("dobj", "nsubjpass", "nsubj") and noun.ent_type_ == "NORP" and noun.pos_ in ("ADJ", "PROPN")
        if people_only and not self._is_person(noun, actor_chars) and noun.ent_type_ != "PERSON" and not as_noun:
            return None
        if noun.ent_type_ == "PERSON" and any(s <= noun.idx < e for s, e in _place_chars(doc)):
            return None  # "rebels captured Rutshuru": the places stage read the small model's person as the town taken
        if noun.ent_type_ == "PERSON" and noun.pos_ == "PROPN" and noun.dep_ in ("dobj", "nsubjpass", "conj", "appos"):
            # "killed Ahmed Ali" (objects only: a dateline "Al Mukalla:" can parse as a subject PERSON)
            first = min((t for t in noun.subtree if t.ent_type_ == "PERSON"), key=lambda t: t.i)
            return _Quantity(1, 1, first.idx, noun.idx + len(noun.text))
        # A singular noun with "a"/"one" is one person unless it names a thing; with "the",
        # only when it is known to name a person ("the commander was killed").
        if (noun.tag_ in ("NN", "NNP") and noun.pos_ in ("NOUN", "PROPN")) or as_noun:
            dets = [c for c in noun.children if c.dep_ in ("det", "nummod", "poss")]
            for det in dets:
                if det.lower_ in SINGULAR_DETS or (
                        det.lower_ in ("the", "his", "her", "their", "its") and self._is_person(noun, actor_chars)):
                    return _Quantity(1, 1, det.idx, noun.idx + len(noun.text))
            if not dets and noun.tag_ in ("NN", "NNP") and (noun.lemma_.lower() in self.person_nouns or noun.lower_ in self.person_nouns
                                                            or noun.lower_ in self.body_nouns) \
                    and noun.lemma_.lower() not in self.collective:
                # a headline drops its articles: "soldier killed in ambush" is one soldier
                first = min(noun.subtree, key=lambda t: t.i)
                return _Quantity(1, 1, first.idx, noun.idx + len(noun.text))
        return None

    @staticmethod
    def _conjuncts(noun: Token) -> list[Token]:
        return [noun, *[t for t in noun.conjuncts if t.i > noun.i]]

    def _mention(self, doc: Doc, kind: CountKind, quantities: list[_Quantity]) -> CountMention:
        # (a figure may stand after its noun: "Tijuana, BC Weekend: 15 Murdered" hangs 15 on a name before it)
        start = min(min(q.start, q.end) for q in quantities)
        end = max(max(q.start, q.end) for q in quantities)
        return CountMention(start=start, end=end, text=doc_text(doc)[start:end], kind=kind,
                            low=sum(q.low for q in quantities), high=sum(q.high for q in quantities))

    # -- passes ----------------------------------------------------------------------------
    def _arguments(self, token: Token, actor_chars: list[tuple[int, int]],
                   armed: list[tuple[int, int]] | None = None) -> Iterator[tuple[Token, CountKind]]:
        """People governed by a cue word, with the kind of count they are (``armed``: in a headline, where
        the armed groups' men stand)."""
        for head, kind in self._direct_arguments(token, actor_chars, armed):
            if any(c.dep_ == "acl" and c.i != token.i and self._verb_kind(c, self.transitive) not in (None, kind)
                   for c in head.children):
                continue  # "3 civilians killed, 6 injured", parsed with both as subjects of "injured": the dead are counted by "killed"
            if not any(c.dep_ == "nummod" for c in head.children):
                # "two brothers herding goats were killed", parsed with the participle (or its object) as the
                # subject and the counted people hung on it as an adverb
                # (not "a 70-year-old man": the years are the man's age)
                head = next((t for t in head.subtree if t.i < head.i and t.dep_ == "npadvmod" and t.pos_ in ("NOUN", "PROPN")
                             and t.head.lower_.endswith("ing") and any(c.dep_ == "nummod" for c in t.children)), head)
            if head.lemma_.lower() in self.containers and not self._sized(head):  # "a total of two civilians"
                head = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                             for g in c.children if g.dep_ == "pobj"), head)
            # "Pastor among 11 killed": the group the one is among is the count
            head = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "among" for g in c.children
                         if g.dep_ == "pobj" and (g.like_num or any(n.dep_ == "nummod" for n in g.children))), head)
            yield head, kind

    def _direct_arguments(self, token: Token, actor_chars: list[tuple[int, int]],
                          armed: list[tuple[int, int]] | None = None) -> Iterator[tuple[Token, CountKind]]:
        headline = armed is not None
        if token.lemma_.lower() in self.suffer_verbs and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.injury_nouns for c in token.children):
            for child in token.children:  # "two guards sustained injuries"
                if child.dep_ in SUBJECT_DEPS:
                    yield child, "injured"
        if token.lemma_.lower() in self.becoming_verbs and any(
                c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ in self.martyr_nouns for g in c.children)
                or c.dep_ == "prep" and c.lower_ == "on" and any(  # "fell on the field of honour"
                    of.dep_ == "prep" and of.lower_ == "of" and any(h.lower_ in self.honour_nouns for h in of.children)
                    for g in c.children for of in g.children)
                for c in token.children):
            for child in token.children:  # "three of our heroes rose as martyrs", "fell as martyrs"
                if child.dep_ in SUBJECT_DEPS:
                    yield child, "fatalities"
        if token.lemma_.lower() in self.life_verbs and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in token.children):
            for child in token.children:  # "two soldiers lost their lives"
                if child.dep_ in SUBJECT_DEPS:
                    yield child, "fatalities"
        if token.lemma_.lower() in self.finding_verbs:  # "found two bodies", "body found in a ditch"
            for child in token.children:
                # a body finds nothing: as the subject it is found ("body found in a ditch", a headline's "found" read as past)
                if child.lower_ in self.body_nouns and (child.dep_ in OBJECT_DEPS or child.dep_ == "nsubj" and not any(
                        c.dep_ == "dobj" for c in token.children)):
                    yield child, "fatalities"
            if token.dep_ == "acl" and token.head.lower_ in self.body_nouns:
                yield token.head, "fatalities"  # "dismembered body found inside a bin", parsed as a body with a clause
        kind = self.event_nouns.get(token.lemma_.lower()) if token.pos_ == "NOUN" else None
        if kind:  # "the killing of four teachers", "the abduction of 20 pupils"
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    yield from ((g, kind) for g in prep.children if g.dep_ == "pobj")
        kind = self._verb_kind(token, self.transitive)
        # "four others wounded": a bare participle without object or "have" is a reduced passive.
        reduced_passive = (token.tag_ == "VBN" or (token.dep_ == "conj" and any(c.dep_ == "auxpass" for c in token.head.children))) \
            and not any(c.dep_ in ("aux", "dobj") for c in token.children)
        if kind and headline and not any(c.dep_ in ("aux", "auxpass") or c.dep_ in OBJECT_DEPS for c in token.children):
            reduced_passive = True  # a headline drops "was": "Police chief ambushed and killed in X"
        if kind and token.tag_ == "VBD" and token.lemma_.lower() not in self.not_toll_participles \
                and not any(c.dep_ in ("aux", "auxpass", "prt", "ccomp", "xcomp") or c.dep_ in OBJECT_DEPS for c in token.children) \
                and any(c.dep_ == "nsubj" and (c.like_num or any(n.dep_ == "nummod" for n in c.children)) for c in token.children):
            # "On the enemy side: eleven (11) terrorists neutralised", tagged a past tense: a verb that takes an
            # object, with none, said of a counted subject, lists a toll
            reduced_passive = True
        if kind and reduced_passive and token.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS | {"nsubjpass"}
                                                                         for c in token.children):
            for child in token.head.children:  # "... ambushed and killed": the subject of the first verb
                if child.dep_ in ("nsubj", "nsubjpass") and not _inside(child, armed):
                    yield child, kind
        if kind:
            for child in token.children:
                if _hyphen_suffix(child):
                    continue  # "two ex-policemen" parsed as "ex", "-", "policemen": counted once, at the part with the number
                if child.dep_ in OBJECT_DEPS or (reduced_passive and child.dep_ == "nsubj" and
                                                 not (_inside(child, armed) and token.tag_ in PRESENT_TAGS)):
                    if kind == "injured" and any(g.lower_ in self.fatal_complements for g in child.children):
                        yield child, "fatalities"  # "shot dead two men" parsed with "dead" on the object
                    elif child.lower_ in _OBJECT_PRONOUNS and token.dep_ == "conj" and token.head.pos_ == "VERB":
                        # "seized two fishermen and beheaded them": the people the first verb took
                        yield from ((g, kind) for g in token.head.children if g.dep_ == "dobj")
                    else:
                        yield child, kind
            aux = next((c for c in token.children if c.dep_ == "auxpass" and c.i == token.i - 1), None)
            if aux is not None and aux.i > 0 and not any(c.dep_ in SUBJECT_DEPS | {"nsubjpass"} for c in token.children) \
                    and (before := token.doc[aux.i - 1]).pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" for c in before.children):
                yield before, kind  # "in the ensuing firefight two militants were eliminated" read as one phrase
            if token.dep_ == "acl" and (token.tag_ == "VBN" or headline) and token.head.pos_ in ("NOUN", "PROPN", "NUM") \
                    and not any(c.dep_ in OBJECT_DEPS for c in token.children):
                yield token.head, kind  # "soldier killed in ambush": the participle's noun is its patient
        if kind == "fatalities" and not reduced_passive and not any(c.dep_ in OBJECT_DEPS for c in token.children) \
                and (self.transitive.get(token.lemma_.lower()) or self.transitive.get(token.lower_)) == "injured":
            for child in token.children:  # a headline's "Twelve villagers hacked to death", parsed active: no one
                if child.dep_ in SUBJECT_DEPS:  # hacks "to death" without an object, so the subject is the dead
                    yield child, kind
        kind = self._verb_kind(token, self.intransitive)
        if kind:
            for child in token.children:
                if child.dep_ in SUBJECT_DEPS:
                    yield child, kind
        kind = self.adjectives.get(token.lower_)
        if kind and token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN") and (
                token.i > token.head.i  # "leaves a young man dead": the small clause's word after its noun
                or token.head.dep_ in OBJECT_DEPS | {"nsubjpass"} and token.head.head.lemma_.lower() in self.finding_verbs):
            yield token.head, kind  # "they find a murdered man"
        if kind and (token.dep_ in ("acomp", "oprd", "xcomp") or token.dep_ == "ccomp" and token.pos_ == "ADJ"):
            # "12 people are dead", "were reported killed", "found slain" (the small model's ccomp);
            # "leaving 18 people dead": the small clause's subject hangs on the adjective itself
            left = token.dep_ == "oprd" and token.head.lemma_.lower() in self.finding_verbs
            # ("the clash left nine dead": the small clause's subject is the verb's object, never its subject)
            for child in [c for c in token.head.children if c.dep_ == "dobj"] if left else (*token.head.children, *token.children):
                if left or child.dep_ in SUBJECT_DEPS | {"nsubjpass"}:
                    yield child, kind

    def __call__(self, doc: Doc) -> list[CountMention]:
        exprs: dict[int, NumberExpr] = {}
        actors = actor_mentions(doc)
        actor_chars = [(a.start, a.end) for a in actors]
        armed = [(a.start, a.end) for a in actors if a.inter in ARMED_INTERS]
        line = headline_line(doc)
        head_end = line.end if line is not None else 0
        for expr in self.vocab.find(doc_text(doc)):
            span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
            if span is None or self.not_a_count(doc, span, expr, actor_chars):
                continue
            for token in span:
                exprs[token.i] = expr
        used: set[int] = set()
        out: list[CountMention] = []
        for token in doc:
            if token.lower_ not in self.cue_words and token.lemma_.lower() not in self.cue_words:
                continue
            by_kind: dict[CountKind, list[_Quantity]] = {}  # one mention per cue and kind, even if the parse
            picky = token.lemma_.lower() in self.people_only
            strict = token.lemma_.lower() in self.person_objects
            arguments = list(self._arguments(token, actor_chars, armed if token.i < head_end else None))
            # once the verb names people, a thing beside them is no one ("arrested two suspects in possession of a
            # motorcycle, a bag of ammunition and two telephones", the things parsed as more objects)
            people = [n for head, _ in arguments for n in self._conjuncts(head) if self._is_person(n, actor_chars)]
            for head, kind in arguments:
                if self._part_of_those(head):
                    continue  # "wounding four civilians, among them two women": some of the four, not two more
                by_kind.setdefault(kind, []).extend(  # (split "a boy and a guard" into two subjects)
                    q for n in self._conjuncts(head) if (q := self._quantity(
                        doc, exprs, n, actor_chars, used, *((True, True) if people and n not in people and not self._other_ones(n)
                                                            and kind in SEIZED_KINDS else (picky, strict)))))
            out += [self._mention(doc, kind, qs) for kind, qs in by_kind.items() if qs]
        anchors: dict[int, Token] = {}
        for token_i, expr in exprs.items():  # the token of each expression its phrase hangs from
            token = doc[token_i]
            if not (expr.start <= token.head.idx < expr.end) or token.head.i == token.i:
                anchors.setdefault(expr.start, token)
        for token_i, expr in sorted({e.start: (i, e) for i, e in exprs.items()}.values()):
            if expr.start in used:
                continue
            mention = self._labelled(doc, expr) or self._by_context(doc, anchors.get(expr.start, doc[token_i]), expr)
            if mention is not None:
                out.append(mention)
        out = [self._own_word(doc, m) for m in out]
        out.sort(key=lambda m: (m.start, m.kind))
        return out

    def _own_word(self, doc: Doc, mention: CountMention) -> CountMention:
        """A bare number followed by its own casualty word takes that word's kind: "confirmed seven dead and nine
        wounded", where the parser joins "nine" to "seven dead" and leaves "wounded" on the verb."""
        m = _NEXT_WORD.match(doc_text(doc), mention.end)
        kind = self.adjectives.get(m.group(1).lower()) if m is not None else None
        exprs = self.vocab.find(mention.text) if kind is not None and kind != mention.kind else []
        if not (len(exprs) == 1 and exprs[0].start == 0 and exprs[0].end == len(mention.text)):
            return mention  # (not "seven soldiers", whose noun tells what the figure counts)
        return mention.model_copy(update={"kind": kind})

    def _labelled(self, doc: Doc, expr: NumberExpr) -> CountMention | None:
        """A number after a label of its kind and a colon, a coder's way of giving a toll: "Fatalities: 12",
        "Injured: 4", "Deaths: 3 (2 soldiers, 1 civilian)"."""
        text = doc_text(doc)
        label = _LABEL.search(text, max(0, expr.start - LABEL_CHARS), expr.start)
        if label is None:
            return None
        word = label.group(1).lower()
        kind = self.nouns.get(word) or self.adjectives.get(word) or self.tolls.get(word)
        if kind is None:
            return None
        number = doc.char_span(expr.start, expr.end, alignment_mode="expand")
        if number is not None:
            noun = number.root.head if number.root.dep_ in ("nummod", "quantmod") else number.root
            if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > noun.i:
                return None  # "... had been killed: one victim had been counted twice": a clause, no label's figure
        return CountMention(start=label.start(1), end=expr.end, text=text[label.start(1):expr.end], kind=kind,
                            low=expr.low, high=expr.high)

    def _by_context(self, doc: Doc, anchor: Token, expr: NumberExpr) -> CountMention | None:
        """A leftover number whose cue is an adjective, a toll or a noun: "12 dead", "toll rose to 12"."""
        noun = anchor
        if anchor.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod"):
            noun = anchor.head
            if noun.lower_ in self.group_size and noun.dep_ in ("compound", "amod"):
                noun = noun.head
        if noun.lower_ in self.non_person or noun.lemma_.lower() in self.non_person:
            return None
        kind = self._kind_by_context(noun)
        if kind is None:
            return None
        start, end = min(expr.start, noun.idx), max(expr.end, noun.idx + len(noun.text))
        return CountMention(start=start, end=end, text=doc_text(doc)[start:end], kind=kind, low=expr.low, high=expr.high)

    def _kind_by_context(self, noun: Token) -> CountKind | None:
        for child in noun.children:  # "dozens dead", "six people killed in"
            if child.dep_ in ("amod", "acl", "appos", "acomp") and (kind := self.adjectives.get(child.lower_)):
                return kind
        if noun.is_upper and len(noun) <= 4 and _closes_phrase(noun) and (kind := self.adjectives.get(noun.lower_)):
            return kind  # a military note's "three WIA", the abbreviation read as the counted noun
        if noun.dep_ == "compound" and noun.head.is_upper and len(noun.head) <= 4 and _closes_phrase(noun.head) \
                and (kind := self.adjectives.get(noun.head.lower_)):
            return kind  # "two FP personnel KIA", the abbreviation read as the head (not "KIA fighters": the Kachin army)
        if noun.lemma_.lower() in self.nouns or noun.lower_ in self.nouns:  # "12 deaths"
            if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.lemma_.lower() in self.set_free:
                return None  # "500 detainees escaped", "freed 40 detainees": no longer held, no one arrested
            return self.nouns.get(noun.lower_) or self.nouns.get(noun.lemma_.lower())
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "prep":  # "rose to 12", "a toll of 12"
            head = head.head
            if head.lower_ in self.nouns and head.lower_ not in self.containers:  # "the bodies of 12 people"
                return self.nouns[head.lower_]
        if noun.dep_ in ("pobj", "attr", "dobj", "npadvmod") or noun.head.dep_ == "prep":
            # (the toll as the verb's subject, "the toll rose to 12", or its object, "bringing the toll to nine")
            for candidate in (head, *[c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]):
                if candidate.lemma_.lower() in self.containers:  # "the death toll", "the number of deaths"
                    for mod in candidate.children:
                        if mod.dep_ in ("compound", "amod", "nmod") and (kind := self.tolls.get(mod.lemma_.lower())):
                            return kind
                        if mod.dep_ == "prep" and mod.lower_ == "of":
                            for pobj in mod.children:
                                if kind := (self.nouns.get(pobj.lower_) or self.tolls.get(pobj.lemma_.lower())):
                                    return kind
                    if candidate.lemma_.lower() == "toll":
                        return "fatalities"
        if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and head.lemma_.lower() in REPORTING:
            for child in head.children:  # "12 were reported killed"
                if child.dep_ in ("xcomp", "oprd", "ccomp", "acomp") and (kind := self.adjectives.get(child.lower_)):
                    return kind
        if noun.like_num and noun.dep_ in ("meta", "nsubj", "nsubjpass", "dep") \
                and not any(c.dep_ in ("dobj", "aux") for c in head.children):
            # a coder's "2 killed.", "3 injured", a headline's "...; 12 dead": a bare number, a participle or adjective
            if head.tag_ == "VBN":
                return self._verb_kind(head, self.transitive)
            if head.pos_ == "ADJ" and head.lower_ in self.adjectives:
                return self.adjectives[head.lower_]
        if noun.dep_ == "conj":  # "killed 5 and wounded 12" is handled by pass one; "5 dead and 12 injured" here
            return self._kind_by_context(noun.head) if noun.head.i != noun.i else None
        return None


def _closes_phrase(tok: Token) -> bool:
    """No noun follows the word: "two soldiers KIA," is a note's toll, "two KIA fighters" an army's men."""
    return tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].pos_ not in ("NOUN", "PROPN")
