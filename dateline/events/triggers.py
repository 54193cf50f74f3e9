"""The parse-tree tests event detection shares, and the choice of a sentence's trigger word.

Module-level functions of spaCy tokens only (no lexicon, no model): the clause a word heads,
whether a trigger noun only modifies a thing, who did an act, people acting for a protest's
aim, and ``_pick_trigger``, the word that stands for a sentence's event.  ``Detector``
(``detect.py``) and the rules mixed into it use them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection

from spacy.tokens import Span, Token

from dateline.counts.numbers import load_vocabulary, toll_told
from dateline.events.background import is_handled_thing, names_alarm
from dateline.events.features import LexHit
from dateline.events.ontology import NotNews, get_ontology

REPORTING = frozenset({"say", "tell", "report", "confirm", "announce", "add", "state", "claim", "allege", "quote", "speak",
                       "inform", "recall", "recount", "remind"})  # ("the ministry informs the public that troops retook X"; "the
# commissioner recalled that in 2021 gunmen set vehicles ablaze")
# Verbs of judging and counting: like a verb of saying or a copula, none of them reports an
# event when the classifier's sub-type has no trigger word and the main verb stands in
# ("rights groups estimate that ...", "a faction declares a strike day").  ("remain", "seem"
# were tried as copulas too: on dev they moved the stand-in to a worse verb.)
THINKING = frozenset({"estimate", "believe", "think", "note", "declare",
                      # a denial reports no event of its own ("the army denied that its soldiers had burned houses")
                      "deny", "reject", "refute", "dismiss",
                      # nor does checking ("two soldiers were killed; the toll has not been verified", parsed with
                      # the killing as what was verified)
                      "verify", "corroborate"})
STATES = frozenset({"be", "have"})
# Verbs of a state that lasts: with no event word in the sentence, the one that stands in for the
# event must not be one of them ("thousands remain missing", "the town stays tense").
LASTING = frozenset({"remain", "stay", "seem", "appear", "exist", "persist", "linger"})
# Verbs of saying whose object names what happened ("residents reported a long confrontation"), unlike "claim
# victory" or "announce a plan".
TELLING_EVENTS = frozenset({"report"})


def _no_action(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in STATES or lemma in REPORTING or lemma in THINKING
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


def _modifies_thing(tok: Token, trigger_at: set[int], actor_at: frozenset[int] = frozenset(),
                    event_heads: frozenset[str] = frozenset()) -> bool:
    """A trigger noun used as a modifier of a noun that names no event: "rocket fuel", "bomb
    squad", "drone makers".  Not when the head is a trigger ("artillery attacks", "attack
    helicopter"), the head word of a trigger phrase ("mortar fire": "open fire"), or an actor
    ("Al-Shabaab ambush AU troops" is a verb the tagger misread) the word is no part of ("riot
    police" is one actor's name)."""
    head = tok.head
    if not (tok.dep_ in ("compound", "nmod") and tok.pos_ in ("NOUN", "PROPN")
            and head.pos_ in ("NOUN", "PROPN") and head.i != tok.i) or head.i in trigger_at:
        return False
    if head.i in actor_at:
        return tok.i in actor_at
    return head.lemma_.lower() not in event_heads


# Verbs whose subject is the victim ("three activists disappeared"): said of a thing ("the houses
# disappeared in seconds") they report no abduction.
VICTIM_SUBJECT_VERBS = frozenset({"disappear", "vanish"})


# "took away 40 cows": verbs of carrying off that are an abduction only when what is carried off is people.
CARRY_OFF_VERBS = frozenset({"take", "carry", "lead", "whisk"})


@functools.lru_cache(maxsize=1)
def person_object_verbs() -> frozenset[str]:
    """Verbs of killing only when done to a person ("executed a hostage", not "executed searches"): the counts
    vocabulary's ``person_object_verbs``."""
    return frozenset(load_vocabulary().data.get("person_object_verbs", []))


def _thing_vanished(trigger: Token, is_person: Callable[[Token], bool]) -> bool:
    """A victim-subject verb whose subject is a common noun that names no person or group, or a thing
    carried off ("bandits took away 40 cows")."""
    if trigger.lemma_.lower() in CARRY_OFF_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in trigger.children):
        taken = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return taken is not None and taken.pos_ == "NOUN" and not any(is_person(t) for t in (taken, *taken.conjuncts)) \
            and not _members_of(taken)
    if trigger.lemma_.lower() in person_object_verbs() and trigger.pos_ == "VERB":
        done = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if done is not None and done.pos_ == "NOUN" and not any(is_person(t) for t in (done, *done.conjuncts)):
            return True  # "police executed searches at three addresses": no one was put to death
    if trigger.lemma_.lower() not in VICTIM_SUBJECT_VERBS:
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and not is_person(subject)


def _members_of(noun: Token) -> bool:
    """A noun said of a named body's people ("two comuneros of the Guardia Indigena", "five members of the X union"):
    people, whatever the word, not a thing."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or any(x.pos_ == "PROPN" for x in g.children if x.dep_ == "compound"))
        for g in c.children) for c in noun.children)


# Verbs that do not take a crowd out: writing, filing, voting ("filed a suit demanding ...").
_PAPER_VERBS = frozenset({"file", "write", "send", "sign", "submit", "issue", "sue", "petition", "vote", "pass",
                          "publish", "post", "adopt", "table", "lodge", "approve"})
_QUANTITY_HEADS = frozenset({"hundred", "thousand", "dozen", "score", "group", "crowd", "number", "scores", "hundreds",
                             "thousands", "dozens"})


def doing_crowd(verb: Token, is_crowd: Callable[[Token], bool], counted: bool = False) -> bool:
    """The subject of ``verb`` (of the verb a participle hangs from: "farmers drove in, pelting police")
    is a crowd ("hundreds of traders": the people counted).  ``counted``: only a crowd the words count
    ("several hundred farmers", "thousands of students"); "men set fire to a school" may be insurgents."""
    # (also a verb conjoined to the crowd's own: "a crowd forced open a container ... and set fire to the post")
    while verb.dep_ in ("advcl", "conj", "xcomp") and (verb.tag_ == "VBG" or verb.dep_ == "conj" and verb.head.pos_ == "VERB") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    many = subject.lemma_.lower() in _QUANTITY_HEADS or subject.like_num or any(
        c.dep_ == "nummod" and (c.lemma_.lower() in _QUANTITY_HEADS or c.like_num) for c in subject.children)
    counted_by = subject
    if subject.lemma_.lower() in _QUANTITY_HEADS or subject.like_num:
        subject = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), subject)
    # "hundreds of Yazidis": a people counted by the hundred is a crowd, whatever tag its name got
    people = many and subject.pos_ == "PROPN" and subject.text.endswith("s") and subject.text[:1].isupper()
    if any(c.dep_ in ("acl", "amod") and c.lemma_.lower() == "arm" for head in (counted_by, subject) for c in head.children):
        return False  # "a group of hooded men armed with long guns": an armed band, not a crowd
    return (is_crowd(subject) or people) and (many or not counted)


def protest_purpose(sent: Span, purposes: frozenset[str], is_crowd: Callable[[Token], bool]) -> Token | None:
    """The main verb of people acting for a demonstrators' aim: "relatives blocked the highway
    demanding the arrest of the killers", "traders shut their stalls to protest against the tax".
    The aim is a participle or infinitive clause on that verb headed by one of ``purposes``
    ("call"/"press" only with "for"); the doers, its subject, a crowd (``is_crowd``).  None otherwise."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma not in purposes or tok.pos_ != "VERB" or tok.dep_ not in ("advcl", "xcomp", "conj", "relcl", "acl"):
            continue
        if tok.tag_ != "VBG" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue
        if lemma in ("call", "press") and not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue  # its own subject: not the doers' aim
        verb = tok.head
        while tok.dep_ in ("relcl", "acl") and verb.dep_ in ("pobj", "prep") and verb.head.i != verb.i:
            verb = verb.head  # "blocked the highway for a third day to protest": the parser hangs the aim on "day"
        if verb.pos_ != "VERB" or _no_action(verb) or verb.lemma_.lower() in _PAPER_VERBS | purposes:
            continue
        if doing_crowd(verb, is_crowd):
            return verb
    return None


# What a gathering is for, as the object of "in": "gathered in protest", "in solidarity with", "in support of".
_CAUSE_OBJECTS = frozenset({"protest", "solidarity", "support", "defiance", "opposition"})


def _phrase_preps(verb: Token, depth: int = 3) -> list[Token]:
    """The prepositions of the verb's own phrases, also those the parser hung on the noun of one ("gathered in
    X commune of Y against the ban": "against" on "commune"), through prepositions and their objects only."""
    out, level = [], [c for c in verb.children if c.dep_ == "prep"]
    for _ in range(depth):
        out += level
        level = [g for p in level for o in p.children if o.dep_ == "pobj" for g in o.children if g.dep_ == "prep"]
    return out


def gathered_against(sent: Span, assembly: frozenset[str], is_crowd: Callable[[Token], bool]) -> Token | None:
    """The verb of a crowd coming together against or for something ("some 200 traders gathered outside
    the town hall against the new levy", "residents assembled in solidarity with the detainees"): a
    demonstration told without a word of protest.  None otherwise."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in assembly or _no_action(verb):
            continue
        preps = _phrase_preps(verb)
        if any(c.lower_ == "against" for c in preps) or any(
                c.lower_ == "in" and any(g.lemma_.lower() in _CAUSE_OBJECTS for g in c.children if g.dep_ == "pobj") for c in preps):
            if doing_crowd(verb, is_crowd):
                return verb
    return None


def blocked_way(sent: Span, verbs: frozenset[str], ways: frozenset[str], is_crowd: Callable[[Token], bool]) -> Token | None:
    """The verb of a crowd blocking a road or a bridge ("residents of X blocked the A-B road with stones", "community
    members blocked the highway at several points"): a blockade, a demonstration told without a word of protest (not
    police or troops closing a road: ``is_crowd`` leaves out armed men and forces).  None otherwise."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or _no_action(verb):
            continue
        if any(c.dep_ == "dobj" and c.lemma_.lower() in ways for c in verb.children) and doing_crowd(verb, is_crowd):
            return verb
    return None


def _dated_reference(noun: Token, trigger_at: set[int], dates: Collection[int]) -> bool:
    """An event noun whose possessor is its day ("Monday's attack", "last week's bombing"), taken
    as the object of a verb that reports no event ("planned Monday's attack", "condemned last
    week's bombing"): a reference to an event, not a report of one.  As a subject ("Monday's attack
    killed 12"), or with a clause of its own that tells it ("debris from Monday's car bomb, which
    killed four"), it is the report."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "poss" and c.i in dates for c in noun.children):
        return False
    if any(t.dep_ == "relcl" and t.i in trigger_at for t in noun.subtree):
        return False  # (the parser may hang the clause on a place named with the noun: "... near the market, which")
    node = noun
    while node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = node.head.head
    if node.i == noun.i and noun.dep_ not in ("dobj", "attr", "conj", "appos"):
        return False
    verb = node if node.i != noun.i else noun.head
    return verb.pos_ in ("VERB", "NOUN") and verb.i not in trigger_at


def _phrasal_lemma(verb: Token) -> str:
    """A verb's lemma with its particle ("break out"), else its lemma."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {particle.lower_}" if particle is not None else verb.lemma_.lower()


def _noun_phrase_in(noun: Token, phrases: Collection[str]) -> bool:
    """Whether a noun, alone or with the modifier before it ("human losses"), is one of ``phrases``."""
    words = {noun.lemma_.lower(), noun.lower_}
    prev = noun.doc[noun.i - 1] if noun.i > 0 else None
    if prev is not None and prev.head.i == noun.i:
        words |= {f"{prev.lower_} {w}" for w in list(words)}
    return any(w in phrases for w in words)


def _disposed(body: Token, verbs: Collection[str], finite_only: Collection[str] = ()) -> bool:
    """Whether a body is what one of ``verbs`` acts on: its object, its passive subject, a headline's
    bare participle on it ("bodies dumped on a highway") or its subject with no object of its own.
    A verb of ``finite_only`` counts only with an auxiliary or a subject ("bodies are left", "they
    leave a body"): a bare "bodies left in the desert" may be bodies remaining there."""
    head = body.head
    if head.pos_ == "VERB" and head.lemma_.lower() in verbs and (
            body.dep_ in ("dobj", "nsubjpass")
            or (body.dep_ == "nsubj" and head.tag_ in ("VBN", "VBD") and head.lemma_.lower() not in finite_only
                and not any(c.dep_ == "dobj" for c in head.children))):
        return True
    # the participle may hang on the body's complement: "corpse of a man abandoned outside ..."
    nouns = [body] + [g for c in body.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.lemma_.lower() in verbs
               and c.lemma_.lower() not in finite_only for n in nouns for c in n.children)


def _doer(verb: Token, participle: bool = False) -> Token | None:
    """Who did it: the verb's subject, a passive's agent, or the subject of the verb it completes
    ("the rebels claimed to have killed 40 soldiers"); with ``participle``, also of the verb it hangs
    from as a participle ("gangs attacked the village, killing five")."""
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if doer is None and verb.head.i != verb.i and (
            verb.dep_ == "xcomp" or participle and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG"):
        return _doer(verb.head, participle)
    return doer


def _highest_verb(sent: Span, headline: bool = False) -> Token | None:
    """The verb nearest the top of the parse (not a copula, an auxiliary or a verb of saying, nor a
    word of a name the parser read as a verb)."""
    verbs = [t for t in sent if t.pos_ == "VERB" and not _no_action(t) and (headline or not _name_word(t))
             and not (t.dep_ == "acl" and t.tag_ == "VBG")]  # "the region bordering X" describes a thing
    return min(verbs, key=_depth) if verbs else None


# Marks of a clause that tells what came before the sentence's news ("entered the town without resistance
# after the fighters withdrew the previous night"): its act is the setting, not the event reported.
BEFORE_MARKS = frozenset({"after", "following"})
# Marks of a clause that tells the moment of its head's act ("two were killed when a bomb struck their patrol"): the
# act it tells is the means of that one.
WHEN_MARKS = frozenset({"when", "as"})


def _told_as_before(tok: Token) -> bool:
    """The word sits in an "after" clause under the sentence's main act."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BEFORE_MARKS for c in node.children):
            return True
        node = node.head
    return False


def _name_word(tok: Token) -> bool:
    """A capitalised "verb" inside a sentence is a word of a name ("militiamen of the Pyu Saw Htee")."""
    return tok.is_title and tok.i != tok.sent.start and tok.i > 0 and not tok.nbor(-1).is_space \
        and tok.nbor(-1).text not in (".", ":", '"', "\u201c", "(", "-", "|")


def _pick_trigger(sent: Span, hits: list[LexHit], codes: set[str], actor_at: frozenset[int] = frozenset(),
                  headline: bool = False, event_heads: frozenset[str] = frozenset(),
                  cues: NotNews | None = None) -> Span | None:
    """The trigger span: the matching lexicon hit highest in the parse, else the main verb.

    None when the sentence has no word that can report an event: no trigger word other than
    modifiers of things, a trigger word that names a weapon owned, shown or traded
    ("paraded its drones"), and no verb other than a copula or an auxiliary ("US forces are
    there", "that's rocket fuel").  A headline ("Militants Killed In Raid") may have no verb
    the tagger can see: there the root stands.
    """
    cues = cues if cues is not None else get_ontology().not_news
    trigger_at = {sent.start + i for h in hits if not h.oos for i in range(h.start, h.end)}
    of_codes = [h for h in hits if h.code in codes and not h.oos]
    cands = [h for h in of_codes if not _modifies_thing(sent[h.start:h.end].root, trigger_at, actor_at, event_heads)
             and not is_handled_thing(sent[h.start:h.end].root, cues)]
    if not cands and any(is_handled_thing(sent[h.start:h.end].root, cues) for h in of_codes):
        return None  # "paraded its new drones": the sentence's event words name the things handled
    told = [h for h in hits if not h.oos]
    if not cands and told and all(names_alarm(sent[h.start:h.end].root, cues) for h in told):
        return None  # "a missile threat was declared": no event word but the one a warning names, whatever the reading
    if not cands:
        root = sent.root
        if root.lemma_.lower() in REPORTING or root.lemma_.lower() in THINKING:  # "officials said militants ...": the event is the clause
            clause = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")), None)
            # "residents reported a long confrontation between the two cells": what was reported, named by a noun
            # (not one told before: "police confirmed the attack")
            told = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                         and not any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an") for d in c.children)), None) \
                if root.lemma_.lower() in TELLING_EVENTS and clause is None else None
            if told is not None and not toll_told(told) and told.i not in actor_at:
                return sent[told.i - sent.start: told.i - sent.start + 1]
            root = clause or root
        if root.pos_ != "VERB" or _no_action(root) or not headline and _name_word(root):
            verb = _highest_verb(sent, headline)
            if verb is not None:
                root = verb
            elif not headline or root.pos_ in ("VERB", "AUX", "PUNCT", "SPACE", "X") or root.lemma_ in ("be", "have"):
                return None  # a copula, an auxiliary, a verb of saying, or a verbless fragment reports nothing
        if root.lemma_.lower() in LASTING:
            return None  # "100,000 people remain missing": a state that lasts stands in for no event
        if toll_told(root, rising_only=True):
            return None  # "by evening the toll had risen to 12": an update of an event's figure, no event
        covering = {h.oos for h in hits if sent.start + h.start <= root.i < sent.start + h.end}
        if covering == {True}:
            return None  # "the minister condemned the attacks": the verb is only an out-of-scope cue's word
        return sent[root.i - sent.start: root.i - sent.start + 1]

    def key(h: LexHit) -> tuple[int, int, int, int]:
        span = sent[h.start:h.end]
        verbal = 0 if span.root.pos_ in ("VERB", "NOUN", "PROPN") else 1
        return (int(_told_as_before(span.root)), verbal, _depth(span.root), -(h.end - h.start))

    best = min(cands, key=key)
    return sent[best.start:best.end]


def under(noun: Token, preps: Collection[str], governs: Callable[[Token], bool]) -> bool:
    """Whether ``noun`` is the object of one of ``preps`` hung on a word ``governs`` accepts."""
    return noun.dep_ == "pobj" and noun.head.lower_ in preps and governs(noun.head.head)


LEAVING_VERBS = frozenset({"withdraw", "leave", "retreat", "abandon", "flee", "vacate", "evacuate", "pull"})


def taken_after_leaving(trigger: Token) -> Token | None:
    """The verb whose clause a side's leaving is told after or as ("the rebels entered X after the militia
    withdrew", "troops entered X as the rebels pulled out"): the taking of the ground the leaving gave up."""
    if trigger.lemma_.lower() not in LEAVING_VERBS or trigger.dep_ != "advcl" \
            or not any(c.dep_ == "mark" and c.lower_ in ("after", "as", "once", "when") for c in trigger.children):
        return None
    return trigger.head
