"""Modality of an event mention: did it happen, or was it planned, threatened, denied, imagined?

We read the dependency parse: starting at the trigger we walk up its heads to
the top of its clause and look for cue words (``modality:`` in ontology.yaml) on
the way: a governing verb ("poised to carry out", "threatened to", "denied",
"asked citizens to take to the streets"), a negation ("did not"), a modal or
conditional ("could", "if"), a modifier on a noun trigger ("a planned attack"), or
the noun a trigger completes ("a plot to attack", "a ban on protests", "fears of
attacks").  A denial anywhere in the chain wins (denying a plot is a denial);
otherwise the nearest cue wins.

Besides the cue words, the walk follows these rules:

- **Scope.**  Past a complement clause ("it is not ruled out that ...", "police did not
  say whether ...") only cue verbs count, not a bare negation or modal of the verb
  above; a negated denial ("not ruled out", "did not deny") leaves the event possible,
  not denied.
- **Presupposition.**  A definite event noun inside a prepositional phrase ("taking
  part in the attack", "responsibility for the bombing", "involved in Saturday's
  assassination attempt"), or one with a named possessor anywhere ("the man who ordered
  Sunday's attack"), is taken for granted by the sentence: the cues above it are
  about something else (the charge, the blame), so only its own modifiers count
  ("the planned attack").
- **Still to come.**  A to-infinitive under "be", "going" or "due" ("are to launch",
  "are due to strike") is planned.
- **Conjuncts.**  A cue verb counts for what it governs, not for a verb conjoined to it
  ("stopped the bus, ordered the passengers out and shot two": the shooting happened);
  a verb naming its object ("called the shooting a massacre") is no call at all.

Where the linking stage has dated a mention, ``after_publication`` adds the one test the
words cannot make: an event dated after the report was published has not happened yet.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from dateline.events.features import one_of
from dateline.nlp import doc_text, new_line_between, quotation
from dateline.types import EventDate, EventMention, Evidence, Modality

# Crossing one of these relations leaves the trigger's clause: stop there.
CLAUSE_EDGES = frozenset({"relcl", "advcl", "parataxis", "acl"})
MODAL_DEPS = frozenset({"aux", "auxpass"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Verbs and nouns are checked for these kinds; modal auxiliaries and conditionals apart.
WORD_KINDS = ("denied", "threatened", "planned", "hypothetical")
# Verbs of owning up to an act: negated ("no group has claimed the attack"), they deny who did it, not that it happened.
UNCLAIMED_VERBS = frozenset({"claim"})
# A to-infinitive hanging from one of these says what is still to come: "the rebels are
# to launch an offensive", "are going to attack", "nurses are due to strike".
FUTURE_HEADS = frozenset({"be", "go", "due"})
# A verb with a predicate of its object names or judges, it does not plan: "called the
# shooting a massacre", "declared the strike illegal".
NAMING_DEPS = frozenset({"oprd", "attr"})
# Plan words that report a plan stopped, not one still to come: "police foiled the plot" is
# itself an event (disrupted weapons use), so these never make their own trigger planned.
STOPPED_PLANS = frozenset({"foil", "thwart", "preempt", "avert"})
# Verbs of doing: a plan word on their past-tense object tells how the act was made, not that it
# is still to come ("conducted a planned air strike", "a pre-planned raid was carried out").
REALISING_VERBS = frozenset({"conduct", "carry", "execute", "launch", "stage", "mount", "undertake", "perform",
                             "complete", "implement"})


def _cue_kind(tok: Token, cues: dict[str, list[str]], nxt: str) -> str | None:
    if tok.pos_ == "VERB" and any(c.dep_ in NAMING_DEPS or (c.dep_ == "dobj" and c.lower_ == "what") for c in tok.children):
        return None  # "called X a massacre", "what it calls executions": naming, not calling
    lemma = tok.lemma_.lower()
    pair = f"{lemma} {nxt}"
    for kind in WORD_KINDS:
        if kind == "hypothetical" and tok.pos_ not in ("NOUN", "VERB", "ADJ"):
            continue  # "May" the month is no modal; "could" is read as an auxiliary below
        words = cues.get(kind, ())
        if lemma in words or pair in words:
            return kind
    return None


def _done(noun: Token) -> bool:
    """The noun is what a past verb of doing did: "conducted a planned strike", "the planned
    raid was carried out" (``REALISING_VERBS``, in the past with no modal); through a compound ("the pre-planned
    bombing run was carried out")."""
    while noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head
    verb = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in REALISING_VERBS \
        and verb.tag_ in ("VBD", "VBN") and not any(c.dep_ in MODAL_DEPS and c.tag_ == "MD" for c in verb.children)


def _future_head(tok: Token) -> bool:
    """"are to launch", "are going to attack", "are due to strike" (the infinitive is its xcomp)."""
    lemma = tok.lemma_.lower()
    return lemma in FUTURE_HEADS and (lemma != "go" or tok.tag_ == "VBG")


def _told_as_fact(clause: Token) -> bool:
    """A finite clause in the past or the present with no modal ("clashes displace thousands",
    "fighting has killed 12"): what a warning says has happened, not what it threatens."""
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in clause.children) or _future_head(clause):
        return False
    finite = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ in ("VBD", "VBZ", "VBP") for t in finite)


def _next_lower(tok: Token) -> str:
    return tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""


def presupposed(trigger: Token) -> bool:
    """A definite event noun inside a prepositional phrase, or one with a named possessor
    anywhere ("ordered Sunday's attack", "avenge the army's raid"): the sentence takes it for granted."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    if trigger.dep_ == "pobj":
        return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in trigger.children)
    # not "vowed to continue its attacks": a pronoun names no known event
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in trigger.children)


def _acted_out(child: Token, simulation: set[str]) -> bool:
    """A modifier that makes the event part of an exercise: "under the exercise scenario", "during the
    drill", "a mock attack", "simulated incursion"."""
    words = [child] if child.dep_ != "prep" else [g for g in child.children if g.dep_ == "pobj"]
    words += [c for w in list(words) for c in w.children if c.dep_ in ("compound", "amod")]
    return any(one_of(w, simulation) for w in words)


def _opened_as_exercise(trigger: Token, simulation: set[str], acting_out: Collection[str] = ()) -> Token | None:
    """The sentence, or one before it in its paragraph, opens by setting what follows in an exercise
    ("Under the exercise scenario, ...", "During the drill, ...", "In the simulation, ..."), however the
    parser hangs the opener: the paragraph acts the exercise out."""
    doc, sent = trigger.doc, trigger.sent
    para = doc_text(doc).rfind("\n\n", 0, sent.start_char)
    paragraph = [s for s in doc.sents if para < s.start_char <= sent.start_char]
    for s in reversed(paragraph):  # back through the paragraph, this sentence first
        if s.start < sent.start and s.root.lemma_.lower() in acting_out and (exercise := next(
                (c for c in s.root.children if c.dep_ == "nsubj" and one_of(c, simulation)), None)) is not None:
            return exercise  # "The exercise simulated an attack on a village. Helicopters carried out strikes ..."
        opener = s[: min(len(s), 6)]
        comma = next((t.i for t in opener if t.text == ","), None)
        if comma is not None and not (s.start == sent.start and trigger.i < comma):
            found = next((t for t in opener if t.i < comma and one_of(t, simulation)), None)
            if found is not None:
                return found
    return None


def _no_det(noun: Token, negation: set[str]) -> Token | None:
    """The "no" that denies a noun ("no projectiles landed"), if it has one; not a count ("no fewer
    than ten shells")."""
    if "no" not in negation or any(c.dep_ == "nummod" or c.like_num for c in noun.children):
        return None
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]  # "no mortar rounds": "no" on "mortar"
    return next((c for w in words for c in w.children if c.dep_ == "det" and c.lower_ == "no"
                 and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ not in ("fewer", "less", "more")), None)


def _likened(trigger: Token, likening: set[str]) -> Token | None:
    """The "like" or "as if" of a comparison the event word completes ("sounded like a bomb", "looked as
    if it had been shelled"), or None."""
    noun = trigger.head if trigger.dep_ == "compound" else trigger
    if noun.dep_ == "pobj" and noun.head.lower_ == "like" and noun.head.head.lemma_.lower() in likening:
        return noun.head
    if trigger.dep_ in ("advcl", "ccomp") and trigger.head.lemma_.lower() in likening:
        marks = [c for c in trigger.children if c.dep_ == "mark"]
        if [m.lower_ for m in marks][-2:] == ["as", "if"] or [m.lower_ for m in marks] == ["like"]:
            return marks[0]
    return None


def _negated(tok: Token, negation: set[str]) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "neg" or (
        c.dep_ in ("det", "advmod") and c.lower_ in ("no", "never") and c.lower_ in negation)), None)


def _noun_cue(noun: Token, cues: dict[str, list[str]]) -> tuple[str, Token] | None:
    """A cue on a noun an event completes or hangs from, or on its modifiers: "a foiled plot",
    "plans", "a ban", "fears"."""
    for tok in (noun, *[c for c in noun.children if c.dep_ in ("amod", "compound")]):
        kind = _cue_kind(tok, cues, "")
        if kind is not None:
            return kind, tok
    return None


def _present(verb: Token) -> bool:
    """A verb in the simple present, itself or through its auxiliary ("is destroyed", "burn");
    not the perfect ("if you have family there, the Red Cross has set up a post" reports one)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in MODAL_DEPS]
    if auxes:
        return all(a.tag_ in ("VBZ", "VBP") and a.lemma_ != "have" for a in auxes)
    return verb.tag_ in ("VBZ", "VBP")


def _ongoing(verb: Token) -> bool:
    """A verb told in the present or the future, simple or progressive ("are massing", "are being deployed",
    "will send"), with no past auxiliary."""
    auxes = [c for c in verb.children if c.dep_ in MODAL_DEPS]
    if any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
        return False
    if auxes:
        return any(a.tag_ in ("VBZ", "VBP") or a.lower_ in ("will", "'ll") for a in auxes)
    return verb.tag_ in ("VBZ", "VBP")


def _condition(clause: Token, hypothetical: set[str]) -> Token | None:
    """The "if"/"unless" that opens an adverbial clause: what holds only on a condition."""
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in hypothetical), None)


# Verbs that take a subjunctive clause, besides the plan cues ("demanded that he resign"): a clause under any
# other verb ("residents set a post on fire, police said", "set" read as a present) is a report.
MANDATING = frozenset({"insist", "require", "recommend", "propose", "suggest", "request", "stipulate", "decree"})


def _mandated(trigger: Token, planned: Collection[str] = ()) -> Token | None:
    """The verb that demands the trigger's clause in the subjunctive: "insisted that the rebels
    withdraw", "demanded that he resign" (a base or present form with no auxiliary under a
    past-tense verb); None otherwise.  A past tense ("insisted that they fired first") reports."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else None
    if verb is None or verb.dep_ != "ccomp" or verb.tag_ not in ("VB", "VBP"):
        return None
    if any(c.dep_ in MODAL_DEPS for c in verb.children) or verb.lemma_ in ("be", "have"):
        return None
    head = verb.head
    if head.lemma_.lower() not in MANDATING and head.lemma_.lower() not in planned:
        return None
    return head if head.tag_ in ("VBD", "VBN") and head.pos_ == "VERB" else None


# Words before a noun that make its "to" clause a fact, not an aim: "the first attack to hit the capital".
_FACT_RANKS = frozenset({"first", "second", "third", "last", "latest", "only", "deadliest", "biggest", "largest",
                         "worst", "most", "next"})


def _doubt_label(trigger: Token, labels: Collection[str]) -> Token | None:
    """The label the trigger's sentence opens with, before a colon, when it says what follows is unchecked
    ("7/ Unconfirmed: posts claim the militia is mobilising"); list marks and emoji before it are skipped."""
    sent = trigger.sent
    words = [t for t in sent if t.is_alpha]
    if not words:
        return None
    first = words[0]
    for label in labels:
        n = len(label.split())
        if " ".join(t.lower_ for t in sent.doc[first.i:first.i + n]) == label and first.i + n < len(sent.doc) \
                and sent.doc[first.i + n].text == ":" and not any(t.is_alpha for t in sent.doc[sent.start:first.i]):
            return first
    return None


def _doubted(trigger: Token, words: Collection[str]) -> Token | None:
    """The word before the event's noun that says it may not be real ("a supposed curfew", "a purported strike")."""
    noun = trigger.head if trigger.dep_ == "compound" else trigger
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in words and c.i < noun.i), None)


def _aim_of(trigger: Token) -> Token | None:
    """The noun whose "to" clause the trigger is ("an operation to retake X", 'a push to "cleanse" the valley'), or
    the present-tense verb it is the purpose of ("are massing to retake X"): what they are for, not what happened;
    none after a rank that says it did ("the first strike to hit X")."""
    if not (trigger.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)):
        return None
    if trigger.dep_ == "advcl" and trigger.head.pos_ == "VERB" and _ongoing(trigger.head):
        return trigger.head  # "fighters are massing near X to retake it": what they are doing it for, not done yet
    if not (trigger.dep_ in ("acl", "relcl") and trigger.head.pos_ == "NOUN"):
        return None
    noun = trigger.head
    if any(c.lower_ in _FACT_RANKS or c.tag_ in ("JJS", "RBS") for c in noun.children if c.i < noun.i):
        return None
    return noun


def _own_cue(trigger: Token, cues: dict[str, list[str]]) -> str | None:
    """The trigger word is itself a plan or a threat: "the army was preparing an operation",
    "rebels threatened the town" name what is to come, whatever the classifier read into them."""
    if trigger.pos_ not in ("VERB", "NOUN") or trigger.lemma_.lower() in STOPPED_PLANS:
        return None
    kind = _cue_kind(trigger, cues, _next_lower(trigger))
    return kind if kind in ("planned", "threatened") else None


def _modal_predicate(noun: Token, hypothetical: set[str]) -> Token | None:
    """The modal of a passive predicate the parser hung on the event noun as its clause ("told us a ceasefire could be
    reached", the quotation marks breaking the parse): the noun is that predicate's subject, and only may happen.
    Not a relative clause ("an attack that could have killed hundreds" happened)."""
    for verb in (c for c in noun.children if c.dep_ == "acl" and c.i > noun.i):
        if any(a.dep_ == "auxpass" for a in verb.children):
            modal = next((a for a in verb.children if a.dep_ in MODAL_DEPS
                          and (a.lower_ in hypothetical or a.lemma_.lower() in hypothetical)), None)
            if modal is not None:
                return modal
    return None


def _made_possible(word: Token) -> bool:
    """"Possible" as what a past act made of what followed ("made it possible to repel", the French "a permis
    de"): a result that came about, not a possibility."""
    return word.lemma_.lower() == "possible" and word.head.lemma_.lower() == "make" and word.head.tag_ == "VBD"


def _announced(trigger: Token, cues: dict[str, list[str]]) -> Token | None:
    """"Opposition parties announced a rally in Yerevan on Sunday": a gathering announced is one to come (an arrest
    announced is done); the verb of announcing."""
    head = trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.lemma_.lower() in cues.get("gatherings", ()) \
            and head.pos_ == "VERB" and head.lemma_.lower() in cues.get("announcing", ()):
        return head
    return None


def modality_of(trigger: Token, cues: dict[str, list[str]]) -> tuple[Modality, Evidence | None]:
    """Modality of the event whose trigger head is ``trigger``, with the cue's span."""
    negation = set(cues.get("negation", ()))
    hypothetical = set(cues.get("hypothetical", ()))
    planned = set(cues.get("planned", ()))
    simulation = set(cues.get("simulation", ()))
    false_claim = set(cues.get("false_claim", ()))
    found: list[tuple[str, Token]] = []
    own = _own_cue(trigger, cues)
    if own is not None:
        return own, _evidence(trigger)
    if (demand := _mandated(trigger, planned)) is not None:
        return "planned", _evidence(demand)
    if (aim := _aim_of(trigger)) is not None:
        return "planned", _evidence(aim)
    if (notice := _announced(trigger, cues)) is not None:
        return "planned", _evidence(notice)
    if (label := _doubt_label(trigger, cues.get("doubt_labels", ()))) is not None:
        return "hypothetical", _evidence(label)
    if (doubt := _doubted(trigger, cues.get("doubting", ()))) is not None:
        return "hypothetical", _evidence(doubt)
    if (acted := _opened_as_exercise(trigger, simulation, cues.get("acting_out", ()))) is not None:
        found.append(("hypothetical", acted))  # "Under the exercise scenario, a group attempted to seize ..."
    noun = trigger.head if trigger.dep_ == "compound" else trigger
    if trigger.pos_ == "NOUN" and (no := _no_det(noun, negation)) is not None:
        found.append(("denied", no))  # "no projectiles landed", "no mortar rounds fell"
    if (trigger.pos_ == "NOUN" or trigger.tag_ == "VBG") and noun.dep_ in ("pobj", "pcomp") \
            and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
            and (no := _no_det(noun.head.head, negation)) is not None:
        found.append(("denied", no))  # "no sign of any such clash", "no evidence of shelling", "no sign of fighting"
    if trigger.pos_ == "NOUN" and (maybe := _modal_predicate(noun, hypothetical)) is not None:
        found.append(("hypothetical", maybe))  # 'a ceasefire "could be reached within days"', read as the noun's clause
    if (like := _likened(trigger, set(cues.get("likening", ())))) is not None:
        found.append(("hypothetical", like))  # "it sounded like a bomb going off"
    node = trigger
    steps = 0
    beyond = False  # past a complement clause: only cue verbs count
    own_only = presupposed(trigger)
    came_by = ""  # the relation by which the walk reached ``node``
    prev = trigger  # the node it came from
    while True:
        if came_by == "xcomp" and _future_head(node):
            found.append(("planned", node))
        elif node.head.i == node.i and node.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            found.append(("planned", node))  # a headline's "Army to launch offensive": it will, not it did
        elif node.i != trigger.i and came_by != "conj":
            # A cue verb counts for what it governs, not for the verb conjoined to it:
            # "planned and carried out the raid" reports the raid.
            kind = _cue_kind(node, cues, _next_lower(node))
            if (false := next((c for c in node.children if c.dep_ == "advmod" and c.lower_ in false_claim), None)) is not None:
                found.append(("denied", false))  # "falsely claimed that the group has captured X"
            if kind == "threatened" and came_by == "ccomp" and _told_as_fact(prev):
                kind = None  # "clashes displace thousands, UN warns": a warning that tells what happened
            if kind == "hypothetical" and _made_possible(node):
                kind = None  # "the reaction made it possible to repel the enemy": it was repelled
            if kind:
                neg = _negated(node, negation)
                if kind == "denied" and neg is not None:
                    found.append(("hypothetical", neg))  # "it is not ruled out that ...", "did not deny"
                else:
                    found.append((kind, node))
        unclaimed = node.i != trigger.i and node.lemma_.lower() in UNCLAIMED_VERBS
        for child in node.children:
            low = child.lower_
            if beyond and node.i != trigger.i:
                break
            if unclaimed and (child.dep_ == "neg" or child.dep_ in ("nsubj", "det", "advmod")):
                continue  # "no group has claimed the attack": nobody owned up to it; it happened
            if child.dep_ == "neg" or (child.dep_ in ("det", "advmod") and low in ("no", "never") and node.pos_ == "VERB"):
                if (low in negation or child.dep_ == "neg") and not _cue_kind(node, cues, _next_lower(node)):
                    found.append(("denied", child))
            elif child.dep_ in ("nsubj", "nsubjpass") and node.pos_ == "VERB" and (no := _no_det(child, negation)) is not None:
                found.append(("denied", no))  # "no shells hit the town"
            elif child.dep_ in MODAL_DEPS and (low in hypothetical or child.lemma_.lower() in hypothetical):
                found.append(("hypothetical", child))
            elif child.dep_ in MODAL_DEPS and (low in planned or low in ("'ll", "’ll") and "will" in planned):
                found.append(("planned", child))  # ("they'll join": the contraction of "will")
            elif child.dep_ in ("prep", "amod", "compound") and _acted_out(child, simulation):
                found.append(("hypothetical", child))  # "under the exercise scenario", "a mock incursion"
            elif node.i == trigger.i and child.dep_ == "dobj" and one_of(child, simulation):
                found.append(("hypothetical", child))  # "the army held a live-fire drill": the drill is what was done
            elif child.dep_ == "mark" and low in hypothetical:
                found.append(("hypothetical", child))
            elif child.dep_ == "acomp" and node.lemma_ == "be" and _cue_kind(child, cues, "") == "hypothetical":
                found.append(("hypothetical", child))  # "the offensive is likely to end", "a strike is possible"
            elif child.dep_ == "advcl" and _present(node) and (cond := _condition(child, hypothetical)) is not None:
                found.append(("hypothetical", cond))  # "if a mine is found, it is destroyed": a rule, not a report
            elif child.dep_ in ("amod", "compound") and child.i < node.i:
                kind = _cue_kind(child, cues, "")
                if kind == "planned" and _done(node):
                    continue
                if kind in ("planned", "threatened", "hypothetical"):
                    found.append((kind, child))
        steps += 1
        if own_only:
            break
        if node.dep_ == "acl" and node.head.pos_ == "NOUN":
            # "a plot to attack", "plans to bomb", "a foiled plot": the noun the clause
            # completes, and its modifiers, can make the event planned or threatened.
            cue = _noun_cue(node.head, cues)
            if cue is not None and cue[0] in ("planned", "threatened", "hypothetical"):
                found.append(cue)
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "NOUN":
            # "a ban on protests", "calls for a strike", "fears of attacks", "a threat of bombings"
            cue = _noun_cue(node.head.head, cues)
            if cue is not None:
                found.append(cue)
        elif node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in ("VERB", "AUX"):
            # "calls are circulating for a strike": the parser hangs "for" on the verb; its subject is the cue
            subject = next((c for c in node.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
            cue = _noun_cue(subject, cues) if subject is not None else None
            if cue is not None and cue[0] in ("planned", "threatened"):
                found.append(cue)
        if node.dep_ == "acl" and (told := _told_of(node.head)) is not None \
                and _cue_kind(told, cues, _next_lower(told)) == "denied" and _negated(told, negation) is None:
            found.append(("denied", told))  # "dismissed as fabrication posts claiming that militants had overrun X"
        if node.dep_ in ("acl", "relcl", "ccomp") and (false := _called_false(_claim_of(node), false_claim, negation)) is not None:
            found.append(("denied", false))  # "reports that soldiers shot five herders are false", "baseless claims that ..."
        purpose = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if node.dep_ in CLAUSE_EDGES and not purpose or node.head.i == node.i or steps > 12:
            break  # (a purpose, "would send troops to reinforce the border", is as sure as what serves it)
        if node.dep_ == "ccomp":
            beyond = True
            if node.i < node.head.i and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > node.i and _toll(c)
                                             for c in node.head.children):
                break  # "explosion reported at a checkpoint, casualties feared": the fear is the casualties', not the blast's
        came_by = node.dep_
        prev, node = node, node.head
    found = _outside_slogans(trigger, found, set(cues.get("slogans", ())))
    if not found and (gainsaid := _denied_after(trigger, cues, negation)) is not None:
        found.append(("denied", gainsaid))  # "Posts claimed that X had fallen. Officials denied this."
    if not found and (doubt := _unconfirmed(trigger, cues, negation)) is not None:
        found.append(("hypothetical", doubt))  # "Posts claimed a strike on X. We could not verify them."
    if not found:
        return "asserted", None
    for kind, tok in found:
        if kind == "hypothetical" and tok.dep_ == "mark":
            return "hypothetical", _evidence(tok)  # "if ... not": a condition, not a denial
    for kind, tok in found:
        if kind == "denied":
            return "denied", _evidence(tok)
    kind, tok = found[0]
    return kind, _evidence(tok)  # type: ignore[return-value]


def _outside_slogans(trigger: Token, found: list[tuple[str, Token]], slogans: set[str]) -> list[tuple[str, Token]]:
    """The cues not inside a slogan the trigger is not in: a quotation carried or chanted ("carrying placards
    reading 'justice delayed is justice denied'") denies nothing of the march that carried it.  (Other quotations
    may go on the trigger's own clause: 'a ceasefire "could be reached within days"'.)"""
    if not found:
        return found
    text = doc_text(trigger.doc)
    held = quotation(text, trigger.idx)

    def slogan(q: tuple[int, int] | None) -> bool:
        return q is not None and q != held and bool(set(re.findall(r"[a-z]+", text[max(0, q[0] - 25):q[0]].lower())) & slogans)
    return [(kind, tok) for kind, tok in found if not slogan(quotation(text, tok.idx))]


# What a denial in the next sentence points back at: "denied this", "rejected the claims".
_CLAIMED_THINGS = frozenset({"this", "that", "it", "these", "those", "claim", "report", "rumour", "rumor", "allegation"})
# ... and what names a plain report as a claim: a side's word the next sentence calls "the claim" and denies.
_CLAIM_NOUNS = frozenset({"claim", "allegation", "assertion"})
_SAYING = frozenset({"say", "announce", "state", "report"})


def _denied_after(trigger: Token, cues: dict[str, list[str]], negation: set[str]) -> Token | None:
    """The denial the next sentence of the paragraph makes of a claim the trigger's clause reports
    ("Posts claimed that militants had overrun X. The governor denied this.", "... claimed to have
    repulsed the army. These claims are baseless."): the claim is the event's only source, and it
    is denied.  Only a claim ("claimed", "alleged", "rumoured"), not a plain report: one side's
    denial of what a reporter tells does not undo it, unless the denial calls the side's word a claim
    ("the ministry says its troops liberated X. A spokesman told us the claim was false")."""
    claimed_things, told = _CLAIMED_THINGS, False
    if _claim_verb(trigger, set(cues.get("claiming", ()))) is None:
        root = trigger.sent.root
        if _claim_verb(trigger, _SAYING) is None and (root.i == trigger.i or root.lemma_.lower() not in _SAYING) \
                or not _own_deed(trigger):
            return None
        # a side's plain word of its own deed, denied only as "the claim": "the ministry says its troops took X. Y told
        # us the claim was false" (not an accusation: "X says M23 killed three. M23 denied the claim" undoes no killing)
        claimed_things, told = _CLAIM_NOUNS, True
    after = _next_in_paragraph(trigger)
    if after is None:
        return None
    denied, false_words = set(cues.get("denied", ())), set(cues.get("false_claim", ()))
    for tok in after:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in denied and _negated(tok, negation) is None \
                and any(c.dep_ == "dobj" and (c.lower_ in claimed_things or c.lemma_.lower() in claimed_things
                                              or not told and any(d.dep_ == "det" and d.lower_ == "any" for d in c.children))
                        for c in tok.children):
            return tok  # "... denied this", "denied any air operation in the area"
        if not told and tok.pos_ == "VERB" and lemma in denied and _negated(tok, negation) is None and any(
                c.dep_ == "ccomp" and _happened(c) for c in tok.children):
            return tok  # "The army denies any attack took place."
        if not told and tok.i == after.start and lemma in denied and tok.tag_ == "VBN" and _negated(tok, negation) is None \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return tok  # a note's "Denied by the district commissioner.": the claim just told, denied
        if tok.dep_ == "acomp" and lemma in false_words and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in claimed_things for c in tok.head.children):
            return tok  # "These claims are baseless."
        if tok.pos_ == "VERB" and lemma in _CALLING and _negated(tok, negation) is None \
                and any(c.dep_ in ("oprd", "dobj", "xcomp") and (c.lower_ in false_words or c.lemma_.lower() in false_words)
                        and any(t.lemma_.lower() in claimed_things for t in tok.subtree) for c in tok.children):
            return tok  # "A spokesman called the claim 'fiction'."
    return None


_OWN_WORDS = frozenset({"it", "they", "we", "he", "she", "its", "their", "our", "his", "her"})


def _own_deed(trigger: Token) -> bool:
    """The trigger's doer is the speaker's own side: "it", "they", "we", or "its troops", "his fighters"."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or \
        [c for c in verb.head.children if c.dep_ == "nsubj" and verb.dep_ in ("amod", "xcomp", "conj")]
    return any(s.lower_ in _OWN_WORDS or any(c.dep_ == "poss" and c.lower_ in _OWN_WORDS for c in s.children)
               for s in subjects)


def _claim_verb(trigger: Token, claiming: Collection[str]) -> Token | None:
    """The verb of claiming whose content the trigger's clause is ("posts claimed that militants had
    overrun X", "videos claiming a drone strike"), or None."""
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in claiming:
        return trigger.head  # "the group claimed an attack on X"
    node, steps = trigger, 0
    while node.dep_ not in ("ccomp", "xcomp") and node.head.i != node.i and steps < 6:
        node, steps = node.head, steps + 1
    if node.dep_ in ("ccomp", "xcomp") and node.head.lemma_.lower() in claiming:
        return node.head
    return None


def _next_in_paragraph(tok: Token) -> Span | None:
    """The sentence after ``tok``'s, when no new line or paragraph comes between them."""
    doc, sent = tok.doc, tok.sent
    if sent.end >= len(doc):
        return None
    after = doc[sent.end].sent
    return None if new_line_between(doc_text(doc), sent.end_char, after.start_char) else after


def _unconfirmed(trigger: Token, cues: dict[str, list[str]], negation: set[str]) -> Token | None:
    """The words by which the text says it could not confirm the claim the trigger's clause reports, in
    the rest of the sentence or the next one of its paragraph: "posts claimed a drone strike near X; we
    found no evidence of it", "posts claiming a bombing are circulating. We could not verify them."
    Only a claim's: "officials did not confirm the toll" leaves a reported attack as it was."""
    claim = _claim_verb(trigger, set(cues.get("claiming", ())))
    if claim is None or not _hearsay(claim, set(cues.get("hearsay", ()))):
        return None
    words = set(cues.get("unverified", ()))
    tokens = list(trigger.doc[max(trigger.i, claim.i) + 1:trigger.sent.end])
    if (after := _next_in_paragraph(trigger)) is not None:
        tokens += list(after)
    for tok in tokens:
        if tok.lemma_.lower() not in words and tok.lower_ not in words:
            continue
        if tok.pos_ in ("VERB", "AUX") and (neg := _negated(tok, negation)) is not None:
            return neg  # "could not verify them", "was not confirmed"
        if tok.pos_ == "NOUN" and (no := _no_det(tok, negation)) is not None:
            return no  # "found no evidence of it"
    return None


def _hearsay(claim: Token, hearsay: set[str]) -> bool:
    """The claim is made by posts, videos or messages ("posts on social media claimed ...", "videos claiming ..."),
    not by a side or an official."""
    sources = [c for c in claim.children if c.dep_ in ("nsubj", "nsubjpass")]
    if claim.dep_ == "acl":
        sources.append(claim.head)  # "posts claiming an air strike"
    elif claim.dep_ in ("dep", "conj") and not sources:  # "videos shared online claimed ...", parsed loosely
        sources = [c for c in claim.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t.lemma_.lower() in hearsay or t.lower_ in hearsay for s in sources for t in s.subtree)


# Verbs that name what a claim is ("called the claim 'fiction'", "branded the reports lies").
_CALLING = frozenset({"call", "label", "brand", "term"})


def _claim_of(clause: Token) -> Token:
    """The noun a clause tells the content of: "reports that ...", or the posts of "posts saying that ..."."""
    head = clause.head
    if clause.dep_ == "ccomp" and head.dep_ == "acl" and head.lemma_.lower() in _SAYING_PARTICIPLES:
        return head.head
    if clause.dep_ == "ccomp" and head.dep_ == "advcl" and head.lemma_.lower() in _SAYING_PARTICIPLES:
        # "posts going around claiming that ... are false": the posts, or the clause the parse made the subject
        going = head.head
        return going.head if going.dep_ == "acl" else going if going.dep_ in ("csubj", "csubjpass") else head
    return head


# Participles by which a post or a video tells a claim ("posts saying that ...", "videos claiming ...").
_SAYING_PARTICIPLES = frozenset({"say", "claim", "allege", "suggest", "purport", "show"})


def _called_false(noun: Token, false_words: set[str], negation: set[str]) -> Token | None:
    """The word that calls a claim false, when ``noun`` is a claim ("claims", "reports", "rumours") that the
    text itself calls false: "baseless reports that ...", "claims that ... were untrue", "reports ... are fake
    news"."""
    if noun.dep_ in ("csubj", "csubjpass"):  # "posts going around claiming ... are FALSE"
        return None if _negated(noun.head, negation) is not None else next(
            (c for c in noun.head.children if c.dep_ in ("acomp", "attr") and c.lower_ in false_words), None)
    told = any(c.dep_ in ("acl", "advcl") and c.lemma_.lower() in _SAYING_PARTICIPLES and noun.i in (c.head.i, c.head.head.i)
               for c in noun.subtree)
    if noun.pos_ in ("PRON", "DET", "SCONJ") or noun.lemma_.lower() not in _CLAIMED_THINGS and not told:
        return None  # (the tagger may call "claims" a verb where the parse makes it a subject)
    if (word := next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in false_words), None)) is not None:
        return word
    verb = noun.head
    if noun.dep_ != "nsubj" or _negated(verb, negation) is not None:
        return None
    for c in verb.children:
        if c.dep_ == "acomp" and c.lower_ in false_words:
            return c
        if c.dep_ == "attr" and (c.lower_ in false_words
                                 or any(a.dep_ in ("amod", "compound") and a.lower_ in false_words for a in c.children)):
            return c
    return None


def _happened(verb: Token) -> bool:
    """A verb that says only that something happened: "happened", "occurred", "took place"."""
    lemma = verb.lemma_.lower()
    return lemma in ("happen", "occur") or lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place"
                                                                    for c in verb.children)


def _told_of(noun: Token) -> Token | None:
    """The verb whose object (or object of its preposition) ``noun`` is: "dismissed (as fabrication) posts"."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def _toll(noun: Token) -> bool:
    """A noun of the dead or hurt ("casualties", "fatalities", "dead"): ``headline_words.toll_words``."""
    from dateline.events.ontology import get_ontology

    words = get_ontology().headline_words.toll_words
    return noun.lower_ in words or noun.lemma_.lower() in words


def after_publication(mention: EventMention, when: EventDate, published: dt.date | None) -> EventMention:
    """An event whose own date begins after the report was published cannot have happened
    yet: it is planned ("a strike from next Monday", "the march on 2 October").  The date
    expression is the evidence; a modality already read from the words is kept."""
    t = when.timex
    if mention.modality != "asserted" or published is None or t is None or t.date_start is None \
            or when.basis not in ("expression", "narrative") or t.date_start <= published:
        return mention
    evidence = Evidence(start=t.start, end=t.end, text=t.text)
    return mention.model_copy(update={"modality": "planned", "modality_evidence": evidence})


def _evidence(tok: Token) -> Evidence:
    return Evidence(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text)


# The next sentence says the event just told did not happen: "Local health workers told us no such strike had taken
# place", "the attack never happened", "... did not take place".
_NOT_HAPPENED = re.compile(r"\b(?:no\s+such\s+(?:[\w-]+\s+){0,2}(?:had\s+|has\s+)?(?:taken\s+place|took\s+place|occurred|happened)"
                           r"|never\s+(?:took\s+place|happened|occurred)|(?:did|had)\s+not\s+(?:take\s+place|happen|occur)"
                           r"|(?:had|has)\s+not\s+(?:taken\s+place|happened|occurred))\b", re.IGNORECASE)


def undone_next(doc: Doc, sentence_end: int) -> bool:
    """The sentence after the one ending at ``sentence_end``, in the same paragraph, says what was told did not happen."""
    text = doc_text(doc)
    last = doc.char_span(max(0, sentence_end - 1), sentence_end, alignment_mode="expand")
    i = last.end if last is not None else len(doc)
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or "\n\n" in text[sentence_end:doc[i].idx]:
        return False
    nxt = doc[i].sent
    return _NOT_HAPPENED.search(text, nxt.start_char, nxt.end_char) is not None
