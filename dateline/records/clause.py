"""The one syntax helper of the linking stage: trigger -> clause -> arguments.

Every question the linking stage asks about an event mention (which place, which
date, which counts, which actors) starts from the same three things, read from
spaCy's dependency parse:

- the **trigger**: the word of the mention that heads its phrase ("artillery attacks"
  -> "attacks");
- its **clause**: the nearest verb at or above the trigger, and that verb's subtree;
- its **arguments**: the agent (subject, "by" agent, "between X and Y", the subject of a
  light verb in "carried out an attack") and the patients (object, passive subject,
  "against/on/from X", the objects of an "-ing" clause reporting harm).

A word belongs to the event when it is *governed* by the trigger inside one clause: the
path up the parse reaches the trigger without crossing a clause boundary ("said ... had
killed"), except a subjectless participle clause, which continues the event ("attacked
a checkpoint, killing five").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from dateline.events.features import one_of, people_words

CLAUSE_BOUNDARIES = frozenset({"ccomp", "relcl", "advcl", "parataxis", "acl"})
PATIENT_PREPS = frozenset({"against", "on", "upon", "at", "from", "with", "to", "targeting", "between"})
# Verbs that name who did an act told as a noun: "a strike attributed to X", "a bombing blamed on X".
BLAMING_VERBS = frozenset({"attribute", "blame", "ascribe", "impute"})
LIGHT_VERBS = frozenset({"carry", "launch", "stage", "conduct", "mount", "hold", "perpetrate", "unleash", "execute", "make",
                         "set", "detonate", "plant", "fire", "drop", "hurl", "throw", "lob", "explode", "commit", "open",
                         "use", "deploy", "employ", "wage", "step", "establish", "build", "install"})
# Verbs whose subject met the act their object names: "troops repelled an attack by militants".
RESISTING_VERBS = frozenset({"repel", "repulse", "foil", "thwart", "resist", "fend", "counter", "rebuff", "withstand"})
# Phrasal verbs of resisting: "fought off an assault", "beat back an attack", "drove off the raiders".
RESISTING_PHRASALS = frozenset({("fight", "off"), ("beat", "back"), ("beat", "off"), ("drive", "off"), ("drive", "back"),
                                ("push", "back"), ("ward", "off"), ("hold", "off")})
CLIMB_DEPS = frozenset({"xcomp", "conj", "pcomp", "advcl"})
# The words of a noun phrase that are the phrase itself: "junior Al Qaida operatives", "members of AQAP".
CORE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "appos", "npadvmod"})
_MAX_CLIMB = 50


def token_at(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic root of the characters [start, end), or None outside the Doc."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def trigger_token(doc: Doc, start: int, end: int) -> Token | None:
    """The word heading the trigger's phrase: "artillery attacks" is about "attacks"."""
    token = token_at(doc, start, end)
    if token is None:
        return None
    while token.dep_ in ("compound", "amod") and token.head.pos_ in ("NOUN", "PROPN") and token.head.i != token.i:
        token = token.head
    if token.pos_ == "ADP" and token.dep_ == "prep" and token.head.pos_ == "VERB":
        token = token.head  # "entered the town without resistance": the verb the phrase says how it was done
    return token


NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "compound", "appos"})


def is_verbal(token: Token) -> bool:
    """A verb that heads a clause: not an "-ing" word the tagger called a verb where the text uses it
    as a noun, with a determiner, in a noun's place ("at the Torkham crossing on Sunday")."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    return not (token.dep_ in NOMINAL_DEPS and any(c.dep_ == "det" for c in token.children))


def clause_head(token: Token) -> Token:
    """The nearest verb at or above a word: the head of its clause (the root when there is none)."""
    seen, start = 0, token
    while not is_verbal(token) and token.head.i != token.i and seen < _MAX_CLIMB:
        token = token.head
        seen += 1
    if start.dep_ in ("nsubj", "nsubjpass") and start.head.i == token.i and any(
            c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS and start.i < c.i < token.i for c in token.children):
        # "A bomber on a motorcycle rammed a van ..., hours before militants stormed a post": the parser made
        # the noun the subject of the clause "before" opens after it; its own verb is in its phrase
        own = next((t for t in start.subtree if t.i > start.i and is_verbal(t)), None)
        if own is not None:
            return own
    return token


# Words that open a clause told as coming before or after the sentence's event ("after a man died in custody").
SEQUENCE_MARKS = frozenset({"after", "before", "since", "following", "until", "once"})


def sequenced(token: Token) -> bool:
    """The word's clause is told as another time than the event's: "rioters burned the station after a
    man died in custody" (the death caused the riot; it is none of its dead)."""
    head = clause_head(token)
    return head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in head.children)


def is_participle_clause(token: Token) -> bool:
    """"attacked a checkpoint, killing five": a subjectless -ing clause continues the event."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and not any(c.dep_.startswith("nsubj") for c in token.children)


@dataclass
class Clause:
    """An event mention's trigger and the clause it heads or sits in."""

    trigger: Token
    head: Token = field(init=False)

    def __post_init__(self) -> None:
        self.head = clause_head(self.trigger)

    @property
    def start_char(self) -> int:
        return min(t.idx for t in self.head.subtree)

    @property
    def end_char(self) -> int:
        last = max(self.head.subtree, key=lambda t: t.i)
        return last.idx + len(last)

    def relation(self, token: Token) -> int | None:
        """How a word's own clause stands to this one: 0 the same clause, n > 0 a clause n
        levels above it ("On Wednesday police said they had arrested ..."), None otherwise."""
        other = clause_head(token)
        if other.i == self.head.i:
            return 0
        if any(a.i == other.i for a in self.head.ancestors):
            return sum(1 for _ in self.head.ancestors) - sum(1 for _ in other.ancestors)
        return None

    def governs(self, token: Token) -> bool:
        """True when the trigger governs ``token`` within one clause."""
        trigger = self.trigger
        if trigger.head.i == token.i and trigger.dep_ in ("acl", "amod", "relcl"):  # "12 people killed in ..."
            return True
        for _ in range(_MAX_CLIMB):
            if token.i == trigger.i:
                return True
            if token.i == token.head.i:
                return False
            if token.dep_ in CLAUSE_BOUNDARIES and not is_participle_clause(token) \
                    and not (token.dep_ == "relcl" and token.head.i == trigger.i and trigger.pos_ == "NOUN"):
                return False  # but an event noun's own relative clause tells it ("the blast, which killed 14")
            token = token.head
        return False


def subject_verb(trigger: Token) -> Token | None:
    """The verb whose subject a noun trigger heads ("a drone attack on the market killed four"): what
    that verb governs, the event's noun governs too."""
    noun = trigger
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head  # "drone" of "a drone attack"
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nsubj", "nsubjpass") or not is_verbal(noun.head):
        return None
    return noun.head


def clause_of(doc: Doc, start: int, end: int) -> Clause | None:
    """The clause of the trigger at [start, end), or None when it is not in the Doc."""
    trigger = trigger_token(doc, start, end)
    return Clause(trigger) if trigger is not None else None


# --- arguments ----------------------------------------------------------------------------


@functools.cache
def people() -> frozenset[str]:
    """Nouns of people (``people_words``), read once."""
    return people_words()


def resists(verb: Token) -> bool:
    """The verb's subject met the act its object names: "repelled an attack", "fought off an assault"."""
    lemma = verb.lemma_.lower()
    return lemma in RESISTING_VERBS or any((lemma, c.lower_) in RESISTING_PHRASALS for c in verb.children if c.dep_ in ("prt", "advmod"))


def _acl_doer(acl: Token, trigger: Token) -> Token | None:
    """Who a participle on a noun says did it: "a device, planted by rebels", "gas believed to have been
    launched by X", "a strike attributed to X", "a bombing blamed on X"."""
    by = next((g for g in acl.subtree if g.dep_ == "agent" and g.head.i != trigger.i), None)
    if by is None and acl.lemma_.lower() in BLAMING_VERBS:
        by = next((g for g in acl.children if g.dep_ == "prep" and g.lower_ in ("to", "on")), None)
    return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None


def phrase_core(token: Token) -> list[Token]:
    """The noun phrase's own words: "junior Al Qaida operatives", "members of AQAP"."""
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        out.append(t)
        for child in t.children:
            if child.dep_ in CORE_DEPS or (child.dep_ == "prep" and child.lower_ in ("of", "from")) or \
                    (child.dep_ == "pobj" and t.dep_ == "prep"):
                stack.append(child)
    return out


# Verbs that only say an event took place ("an exchange of gunfire that occurred on Monday", "the clash took place
# on the outskirts of X when a patrol came under fire").
OCCURRED = frozenset({"occur", "happen", "unfold", "erupt"})


def occurred(verb: Token) -> bool:
    """The verb says only that something took place: occur, happen, unfold, erupt, "take place"."""
    return verb.lemma_.lower() in OCCURRED or verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


# Verbs that say who people are thought to be, or whose they are: "gunmen suspected to be Fulani herders",
# "armed men affiliated with government forces", "two men they accused of being gang lookouts".
IDENTITY_VERBS = frozenset({"suspect", "believe", "think", "identify", "say", "allege", "presume", "affiliate", "link",
                            "belong", "tie", "accuse"})


def antecedent(token: Token | None) -> Token | None:
    """For a relative pronoun ("a cell that had killed"), the noun the clause describes."""
    if token is None or token.lower_ not in ("that", "who", "which", "whom"):
        return token
    for ancestor in token.ancestors:
        if ancestor.dep_ == "relcl":
            return ancestor.head
    return token


def subject(verb: Token, own: bool = True) -> Token | None:
    """The verb's subject, or the subject of the verb it hangs from: "moved in and retook",
    "was poised to carry out" (a raised subject may be a passive one)."""
    hop = verb
    if own and (found := next((c for c in hop.children if c.dep_ == "nsubj"), None)) is not None:
        return found
    while hop.dep_ in CLIMB_DEPS and hop.head.i != hop.i:
        hop = hop.head
        found = next((c for c in hop.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None:
            return found
    return None


def harmed(trigger: Token) -> list[Token]:
    """Objects of the "-ing" clause that reports the harm ("exploded ..., killing six policemen") or of an
    event noun's relative clause ("the blast, which killed 14 people")."""
    verbs = [trigger]
    if trigger.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and trigger.head.pos_ in ("VERB", "AUX", "ADP"):
        verbs.append(trigger.head if trigger.head.pos_ != "ADP" else trigger.head.head)
    out = []
    for verb in verbs:
        for clause in verb.children:
            if clause.dep_ in ("advcl", "conj", "xcomp") and clause.tag_ == "VBG":
                out += [c for c in clause.children if c.dep_ == "dobj"]
    if trigger.pos_ == "NOUN":  # an event noun's own relative clause: "the blast, which killed 14 people"
        out += [c for clause in trigger.children if clause.dep_ == "relcl" for c in clause.children if c.dep_ == "dobj"]
    return out


def reduced_passive(verb: Token) -> bool:
    """A participle said of its subject with no auxiliary and no object, as headlines write the
    passive: "soldier killed in ambush" (tagged VBN), "journalist shot dead" (with its result)."""
    kids = [c.dep_ for c in verb.children]
    if "nsubj" not in kids or any(d in ("aux", "auxpass", "dobj") for d in kids):
        return False
    return verb.tag_ == "VBN" or any(c.dep_ in ("acomp", "oprd") and c.lower_ == "dead" for c in verb.children)


@dataclass
class Arguments:
    """Who acts and who is acted on, as heads of noun phrases in the parse.

    ``agent`` is the doer the syntax names; ``modifiers`` are words on a noun trigger that
    may name the doer ("an Israeli airstrike", "the army's assault"), used when there is no
    agent; ``light_subject`` is the subject of "carried out an attack"; ``patients`` are in
    parse order, the object first.
    """

    agent: Token | None = None
    modifiers: list[Token] = field(default_factory=list)
    light_subject: Token | None = None
    patients: list[Token] = field(default_factory=list)


def _doer_of(noun: Token) -> Token | None:
    """The doer a noun names for itself: "an attack by X", "the rebels' assault"."""
    by = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"), None)
    return by or next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)


# "The attack took place in X", "the blast happened near Y": verbs of happening, and "take place".
HAPPEN_VERBS = frozenset({"happen", "occur", "unfold", "hit", "strike", "target"})  # ("the attack hit ranches in X": where it struck)
_DEFINITE = frozenset({"the", "this", "that"})


def happening(noun: Token) -> Token | None:
    """The verb of happening a definite noun is the subject of ("the attack took place in X"): a sentence
    that retells an event already told to say where or when it happened; else None."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return None
    lemma = verb.lemma_.lower()
    if lemma in HAPPEN_VERBS or lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return verb
    return None


def harmed_in(noun: Token) -> bool:
    """A definite event noun its toll's verb was suffered in ("one soldier was killed and three were wounded in the
    fighting near X"): the event already told, retold with its toll and perhaps a finer place."""
    from dateline.counts.numbers import harm_words

    verb = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") and verb.pos_ == "VERB" \
        and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children) \
        and verb.lemma_.lower() in harm_words("transitive", "intransitive")


@functools.cache
def _event_nouns() -> frozenset[str]:
    from dateline.counts.numbers import load_vocabulary

    kinds = load_vocabulary().data.get("kinds", {})
    return frozenset(str(w).lower() for kind in kinds.values() for w in (kind or {}).get("event_nouns") or [])


def done_to_of(noun: Token) -> bool:
    """An event noun whose "of" phrase is who it was done to ("the killing of four teachers", "the abduction
    of 20 pupils"; the counts vocabulary's ``event_nouns``), not who did it."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _event_nouns()


# Prepositions that name the means of an act: "hit the base with drones".
INSTRUMENT_PREPS = frozenset({"with", "using"})


def came_under(verb: Token) -> bool:
    """"came under fire", "was under attack": the subject is what was struck, as a passive's."""
    return verb.lemma_.lower() in ("come", "be") and any(c.dep_ == "prep" and c.lower_ == "under" for c in verb.children)


@functools.cache
def _association_verbs() -> frozenset[str]:
    """The actor dictionary's verbs of backing a side ("supported by", "backed by")."""
    from dateline.actors.dictionary import load_dictionary

    return load_dictionary().association_verbs


def arguments(trigger: Token) -> Arguments:
    """The agent and patient candidates of a trigger, from the parse alone."""
    args = Arguments()
    if trigger.pos_ in ("NOUN", "PROPN"):  # "the attack by militants", "clashes between X and Y"
        for child in trigger.children:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None) if child.dep_ == "prep" else None
            if pobj is not None and child.lower_ == "by":
                args.agent = pobj
            elif pobj is not None and child.lower_ == "between":
                args.agent = pobj
                args.patients += [c for c in pobj.conjuncts if c.i > pobj.i][:1]
            elif pobj is not None and (child.lower_ in PATIENT_PREPS or child.lower_ == "of" and done_to_of(trigger)):
                args.patients.append(pobj)  # "an attack on X", "the killing of four teachers"
            elif child.dep_ == "amod" and child.pos_ == "VERB" and child.i < trigger.i and args.agent is None \
                    and (doer := next((c for c in child.children if c.dep_ == "nsubj"), None)) is not None:
                args.agent = doer  # "RSF fired artillery shells at ...", the verb misparsed as the noun's modifier
            elif child.dep_ in ("poss", "compound", "amod"):
                args.modifiers.append(child)
            elif child.dep_ == "acl" and args.agent is None:
                args.agent = _acl_doer(child, trigger)
        if trigger.dep_ == "pobj" and came_under(trigger.head.head) and (hit := subject(trigger.head.head)) is not None:
            args.patients.append(hit)  # "a police convoy came under attack": the convoy was attacked
        if not args.patients and trigger.dep_ == "nsubj":  # "a roadside bomb hit an army convoy"
            args.patients += [c for c in trigger.head.children if c.dep_ == "dobj"]
        if trigger.dep_ == "dobj" and resists(trigger.head) \
                and (met := subject(trigger.head)) is not None:
            args.patients.append(met)  # "soldiers repulsed an attack by gunmen": the soldiers were attacked
        outer = trigger
        while outer.dep_ == "pobj" and outer.head.lower_ == "of" and outer.head.head.pos_ == "NOUN":
            outer = outer.head.head  # "launched a number of attacks", "a series of airstrikes"
        if outer.dep_ in ("dobj", "attr") and outer.head.lemma_ in LIGHT_VERBS:
            args.light_subject = subject(outer.head)  # "carried out an attack", "was poised to carry out"
        if outer.dep_ == "pobj" and outer.head.lower_ in INSTRUMENT_PREPS and outer.head.head.pos_ == "VERB":
            # the means the verb's act was done with: "attacked the positions with artillery" (the verb's doer and object)
            verb = outer.head.head
            args.light_subject = args.light_subject or subject(verb)
            if not args.patients:
                args.patients += [c for c in verb.children if c.dep_ == "dobj"]
    else:
        passive = reduced_passive(trigger) or came_under(trigger)
        for child in trigger.children:
            if child.dep_ == "nsubj" and passive:
                args.patients.insert(0, child)  # "journalist shot dead in X", "soldier killed in ambush"
            elif child.dep_ == "nsubj":
                args.agent = child
            elif child.dep_ == "agent":
                args.agent = next((g for g in child.children if g.dep_ == "pobj"), args.agent)
            elif child.dep_ in ("dobj", "nsubjpass"):
                args.patients.insert(0, child)
                if child.dep_ == "dobj" and (doer := _doer_of(child)) is not None:
                    args.patients.insert(1, doer)  # "repelled an attack by militants": who attacked is acted against
            elif child.dep_ == "prep" and child.lower_ in PATIENT_PREPS:
                args.patients += [g for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ == "prep" and child.lower_ == "by" and trigger.tag_ == "VBG" and args.agent is None \
                    and not args.patients and not any(c.dep_.startswith("nsubj") for c in trigger.children):
                # a gerund told as a noun names its doer as a noun does: "shelling by Sudan's army killed five"
                args.agent = next((g for g in child.children if g.dep_ == "pobj"), None)
            elif child.dep_ == "prep" and child.lower_ == "by" and not passive and args.patients \
                    and args.patients[0].dep_ == "dobj" and args.patients[0].i < child.i:
                # an active verb has no "by" agent: "repelled an assault by X" with "by" hung on the verb
                args.patients[1:1] = [g for g in child.children if g.dep_ == "pobj"]
        if not args.patients and trigger.dep_ == "csubj":  # "shelling by X killed two people", the gerund the subject
            args.patients += [c for c in trigger.head.children if c.dep_ == "dobj"]
        if not args.patients:  # "ambushed and killed three soldiers": the object of the verb that shares the subject
            for verb in trigger.conjuncts:
                if verb.i > trigger.i and verb.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                    args.patients += [c for c in verb.children if c.dep_ == "dobj"]
        if args.agent is None and (passive or any(c.dep_ == "nsubjpass" for c in trigger.children)):
            # "twelve people were killed when militiamen attacked a camp": the doer of the clause that tells how
            args.agent = next((d for c in trigger.children if c.dep_ == "advcl" and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in c.children)
                for d in c.children if d.dep_ == "nsubj"), None)
        if args.agent is None:
            args.agent = subject(trigger, own=False)
        if args.agent is not None and args.agent.pos_ == "NOUN" and not one_of(args.agent, people()):
            # "an IED planted by ISWAP exploded" (not "troops, backed by the coalition, retook": people act themselves;
            # nor "FAMa, supported by Wagner Group, took control": who backs a side is its associate)
            args.agent = next((d for c in args.agent.children if c.dep_ == "acl" and c.lemma_.lower() not in _association_verbs()
                               if (d := _acl_doer(c, trigger)) is not None), args.agent)
        if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children):
            args.patients.insert(0, trigger.head)  # "two policemen gunned down in X": the noun is who it was done to
        elif args.agent is None and trigger.dep_ == "acl" and trigger.head.pos_ in ("NOUN", "PROPN"):  # "troops retaking the city"
            noun = trigger.head
            # "soldiers conducted a raid on the camp, killing two": whoever did the act the participle tells of
            light = noun.dep_ in ("dobj", "attr") and noun.head.lemma_ in LIGHT_VERBS and trigger.tag_ == "VBG"
            args.agent = (subject(noun.head) if light else None) or noun
    args.agent = antecedent(args.agent)
    args.light_subject = antecedent(args.light_subject)
    args.patients = [p for p in (antecedent(p) for p in args.patients) if p is not None]
    return args
