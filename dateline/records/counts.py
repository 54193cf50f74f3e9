"""Which counts belong to an event, and its fatalities by ACLED's rules.

A count belongs to an event when it is in the trigger's sentence and of a kind
the event can have (an arrest has arrests, not deaths: "police busted a cell
that had killed an officer" must not give the arrest one fatality).  Among
several candidates of a kind, the one the trigger governs in the parse wins,
then the nearest.  Fatalities follow ACLED: the lowest figure reported, 0 when
none is.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Token

from dateline.counts.extract import KINDS, CountFinder
from dateline.counts.numbers import harm_words, load_vocabulary, told_first, toll_told
from dateline.events.ontology import VIOLENT_EVENT_TYPES
from dateline.events.triggers import WHEN_MARKS
from dateline.nlp import new_line_between
from dateline.records.aspect import tally_clause
from dateline.records.clause import Clause, clause_head, clause_of, sequenced, subject_verb, token_at
from dateline.records.context import Context
from dateline.records.mention import doubted
from dateline.types import CountKind, CountMention, EventMention



class Fatalities(NamedTuple):
    fatalities: int  # ACLED's figure: the lowest reported, 0 when none is reported
    low: int | None  # None when the text reports no figure
    high: int | None
    evidence: list[CountMention]


def compatible_kinds(mention: EventMention) -> frozenset[CountKind]:
    """The kinds of count an event of this type can carry."""
    kinds: set[CountKind] = set()
    if mention.event_type in VIOLENT_EVENT_TYPES or mention.sub_event_type in (
            "Excessive force against protesters", "Protest with intervention"):
        kinds |= {"fatalities", "injured"}
    if mention.sub_event_type in ("Protest with intervention", "Excessive force against protesters"):
        kinds.add("arrested")  # "police fired tear gas and arrested dozens": the intervention's arrests
    if mention.sub_event_type == "Abduction/forced disappearance":
        kinds.add("abducted")
    if mention.sub_event_type == "Arrests":
        kinds.add("arrested")
    if mention.sub_event_type == "Change to group/activity":
        kinds.add("surrendered")
    if mention.event_type == "Battles":
        kinds |= {"abducted", "surrendered", "arrested"}  # captured fighters, mass surrenders during fighting
    return frozenset(kinds)


def _candidates(ctx: Context, mention: EventMention, kind: CountKind,
                clause: Clause | None = None) -> list[tuple[bool, int, CountMention]]:
    """(governed by the trigger, distance, count) for the counts of a kind in the mention's
    sentence; a count in a tally ("have killed dozens since the offensive") is no one's."""
    if ctx.counts is None:
        raise ValueError("no counts on the Doc: run the dateline_counts component before linking counts")
    clause = clause or clause_of(ctx.doc, mention.start, mention.end)
    if clause is None:
        raise ValueError(f"event trigger {mention.text!r} ({mention.start}-{mention.end}) is not inside the document")
    out = []
    verb = subject_verb(clause.trigger)
    for count in ctx.counts:
        if count.kind != kind or not (mention.sentence_start <= count.start < mention.sentence_end):
            continue
        distance = min(abs(count.start - mention.end), abs(mention.start - count.end))
        token = token_at(ctx.doc, count.start, count.end)
        if _whole_toll(ctx, count):
            continue  # (a war's whole toll: "a civil war that began in 2013 and killed an estimated 400,000")
        governed = token is not None and (clause.governs(token) or verb is not None and Clause(verb).governs(token)
                                          or _toll_of(token, clause.trigger) or _struck_when(token, clause.trigger))
        if token is not None and not governed and sequenced(token):
            continue  # "... after a man died in custody": the cause, told in its own clause
        if not governed and _other_item(ctx, mention, count):
            continue  # "fighting with rebels in X; three fishermen killed near Y": another item of a list
        out.append((governed, distance, count))
    out.sort(key=lambda c: (not c[0], c[1]))
    return out




def _other_item(ctx: Context, mention: EventMention, count: CountMention) -> bool:
    """A semicolon parts the count from the trigger, and another event's word stands on the count's side of it
    ("fighting in X; three fishermen killed near Y"), not the same event told on ("... marched; police fired tear
    gas and arrested dozens")."""
    lo, hi = min(count.end, mention.end), max(count.start, mention.start)
    semi = ctx.text.find(";", lo, hi)
    if semi < 0:
        return False
    if count.start > mention.start:  # the item after the semicolon runs to the next one or the sentence's end
        end = ctx.text.find(";", count.end, mention.sentence_end)
        side = (semi, end if end >= 0 else mention.sentence_end)
    else:
        side = (max(ctx.text.rfind(";", mention.sentence_start, count.start) + 1, mention.sentence_start), semi)
    # (an item of its own: another event's word, or a day or a place of its own)
    return any(m.start != mention.start and side[0] <= m.start < side[1] for m in ctx.mentions or ()) \
        or any(side[0] <= t.start < side[1] for t in ctx.timexes or ()) \
        or any(side[0] <= t.start < side[1] and t.place is not None for t in ctx.toponyms or ())


def _whole_toll(ctx: Context, count: CountMention) -> bool:
    """The figure is a tally ("have killed dozens since the offensive") or a war's whole toll ("the conflict has
    killed more than 40,000"): no one event's."""
    token = token_at(ctx.doc, count.start, count.end)
    return token is not None and (tally_clause(clause_head(token)) or _war_did(clause_head(token)))


def _war_did(verb: Token) -> bool:
    """The verb's doer is a war, a conflict or an insurgency (``numbers.yaml`` ``war_nouns``), also through a
    relative pronoun or a verb it shares its subject with ("a war that began in 2013 and killed 400,000")."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    doer = next((c for c in (*verb.children, *first.children) if c.dep_ == "nsubj"), None)
    if doer is not None and doer.lower_ in ("that", "which") and first.dep_ == "relcl":
        doer = first.head
    return doer is not None and (doer.lemma_.lower() in _war_nouns() or doer.lower_ in _war_nouns())


@lru_cache(maxsize=1)
def _war_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in load_vocabulary().data.get("war_nouns") or [])


def _toll_of(token: Token, trigger: Token) -> bool:
    """The figure is what the toll of the trigger's event came to: the clause's subject or object is a
    toll noun whose phrase holds the trigger ("The death toll from Sunday's ambush rose to nine",
    "raised to nine the number of soldiers killed when jihadists ambushed a convoy")."""
    head = clause_head(token)
    nouns = {w.lower() for w in load_vocabulary().data.get("toll_nouns") or []}
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in nouns
               and any(x.i == trigger.i for x in c.subtree) for c in head.children)


def _struck_when(token: Token, trigger: Token) -> bool:
    """The figure's clause is the one the trigger's "when" clause tells the moment of ("two soldiers were killed and
    three wounded when a bomb struck their patrol"), wherever that clause stands ("a day after two soldiers were
    killed when ..."): the strike's own toll."""
    head = clause_head(trigger)
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    if head.dep_ != "advcl" or not any(c.dep_ in ("advmod", "mark") and c.lower_ in WHEN_MARKS for c in head.children):
        return False
    host = head.head  # (and the verbs joined to it: "two were killed and three wounded when ..." hangs on "wounded")
    return clause_head(token).i in {host.i, *(c.i for c in host.conjuncts)}


# Sentences after the event's own that may tell its toll rising.
REVISION_SENTENCES = 2


def _told_as_toll(head: Token, updated_only: bool = False) -> bool:
    """The clause tells a toll given or revised, or is what a source later said ("later clarified that four
    people had been killed").  ``updated_only``: see ``toll_told``."""
    if toll_told(head, updated_only=updated_only):
        return True
    if head.dep_ != "ccomp" or told_first(head):
        return False  # ("had initially reported four dead; officials later said ...": the first figure stays replaced)
    return toll_told(head.head, updated_only=updated_only)


def revised_toll(ctx: Context, mention: EventMention) -> CountMention | None:
    """The last figure the event's toll rose or was revised to, in its own sentence or the
    ``REVISION_SENTENCES`` after it in the same paragraph that tell no event of their own ("... killing
    eight people. Later in the day the death toll rose to 12"): the update replaces the first report,
    where two reports of the same moment give ACLED's lowest.  A later sentence that calls its figure a claim
    no one checked revises nothing, nor does another source's figure given with no word of updating ("residents put
    the death toll at five")."""
    found = None
    sent = ctx.doc.char_span(mention.sentence_start, mention.sentence_end, alignment_mode="expand")
    if sent is None or len(sent) == 0:
        return None
    here = sent[0].sent
    for step in range(REVISION_SENTENCES + 1):
        if step and (any(here.start_char <= m.start < here.end_char and m.kind == "report" for m in ctx.mentions or ())
                     or new_line_between(ctx.text, mention.sentence_end, here.start_char)):
            break
        claimed = step > 0 and doubted(here.text)  # ("a militia's page put the toll at 12; we could not verify it")
        for count in ctx.counts or ():
            if count.kind == "fatalities" and here.start_char <= count.start < here.end_char and not claimed \
                    and (token := token_at(ctx.doc, count.start, count.end)) is not None \
                    and _told_as_toll(clause_head(token), updated_only=step > 0):
                found = count
        if here.end >= len(ctx.doc):
            break
        here = ctx.doc[here.end].sent
    return found


def event_counts(ctx: Context, mention: EventMention, governed_only: bool = False) -> dict[str, CountMention]:
    """kind -> the count of that kind belonging to the event (only kinds the text reports).

    A count the trigger governs belongs to the event whatever its kind ("57
    operatives surrendered" even if the event was typed Agreement); other counts in
    the sentence only when their kind fits the event type, and never for background
    (``governed_only``: the sentence's figures are the news, not the old event's).
    """
    chosen: dict[str, CountMention] = {}
    own: set[str] = set()  # the kinds the trigger's own clause gave
    compatible = compatible_kinds(mention)
    for kind in KINDS:
        candidates = _candidates(ctx, mention, kind)
        governed = [c for c in candidates if c[0]]
        if governed:  # the trigger's own clause says it, whatever type the event was given
            chosen[kind] = governed[0][2]
            own.add(kind)
        elif governed_only:
            continue
        elif kind in compatible and candidates and not _other_trigger_between(ctx, mention, candidates[0][2]):
            chosen[kind] = candidates[0][2]
        elif kind in compatible and not candidates and (follow := _next_sentence_count(ctx, mention, kind)) is not None:
            chosen[kind] = follow
    taken = _TAKING_KIND.get(mention.sub_event_type)
    other = {"arrested": "abducted", "abducted": "arrested"}.get(taken or "")
    def nearer(a: str, b: str) -> bool:  # the count of kind a is told nearer the trigger than b's
        return abs(chosen[a].start - mention.start) < abs(chosen[b].start - mention.start)

    if taken and other in chosen and (taken not in chosen or other in own and taken not in own
                                      or (other in own) == (taken in own) and nearer(other, taken)):
        # "seized eleven travellers": one act of taking people, an arrest or an abduction by who did it (the
        # trigger's own figure, not another taking's later in the sentence: "... and a fourth was kidnapped")
        chosen[taken] = chosen.pop(other).model_copy(update={"kind": taken})
    return chosen


# The count kind of the sub-types that take people.
_TAKING_KIND: dict[str, CountKind] = {"Arrests": "arrested", "Abduction/forced disappearance": "abducted"}


def _next_sentence_count(ctx: Context, mention: EventMention, kind: CountKind) -> CountMention | None:
    """A figure in the sentence right after the trigger's ("A bomb hit the market. Twelve people
    died."), or in the one after that when the first gives no figure ("Residents blamed the army."),
    when those sentences report no event of their own; only when the events are known.  A
    coder's labelled toll ("Fatalities: 11 (3 soldiers, 8 attackers)") is the note's own figure
    further on in its paragraph too, past sentences that report no event."""
    if ctx.mentions is None or mention.sentence_end >= len(ctx.text):
        return None
    following = ctx.doc.char_span(mention.sentence_end, len(ctx.text), alignment_mode="expand")
    if following is None or len(following) == 0:
        return None
    first = next((t.sent for t in following if not t.is_space), None)
    if first is None:
        return None
    near, passed = True, 0  # the toll may follow one sentence with no figure ("Residents blamed the army.")
    for sent in (s for s in ctx.doc.sents if s.start_char >= first.start_char):
        # (a mention the events stage could not tell from a crime, "38 people were killed", is the toll told)
        if any(sent.start_char <= m.start < sent.end_char and m.kind != "ambiguous" for m in ctx.mentions) or \
                new_line_between(ctx.text, mention.sentence_end, sent.start_char):
            return None
        inside = [c for c in ctx.counts or [] if sent.start_char <= c.start < sent.end_char]
        found = [c for c in inside if c.kind == kind and (near or ":" in c.text) and not _whole_toll(ctx, c)]
        if found:
            return found[0]
        if inside or passed >= FIGURELESS_SENTENCES:
            near = False  # further on, only a coder's labelled toll
        passed += 1
    return None


# Sentences with no figure (who was blamed, what was hit) that may stand between an event and its toll.
FIGURELESS_SENTENCES = 1


def _other_trigger_between(ctx: Context, mention: EventMention, count: CountMention) -> bool:
    """Another event of the sentence sits closer to the count than this one (when events are known)."""
    others = [m for m in ctx.mentions or [] if m.start != mention.start
              and m.sentence_start == mention.sentence_start]
    mine = min(abs(count.start - mention.start), abs(count.end - mention.end))
    return any(min(abs(count.start - m.start), abs(count.end - m.end)) < mine for m in others)


def fatalities_for(ctx: Context, mention: EventMention, governed_only: bool = False) -> Fatalities:
    """ACLED's fatality figure for an event: the lowest figure reported for it, 0 when none.

    All fatality counts the trigger governs are alternative reports of the same
    deaths ("killed 5 ... at least 8 died" in one clause); low is the smallest of
    them, high the largest.  Without a governed count, the nearest one in the
    sentence is used if the event type can have fatalities.
    """
    if not governed_only and "fatalities" in compatible_kinds(mention) and (toll := labelled_toll(ctx, mention)) is not None:
        return Fatalities(toll.low, toll.low, toll.high, [toll])  # the coder's own figure, over any claim told beside it
    candidates = _candidates(ctx, mention, "fatalities")
    governed = [c[2] for c in candidates if c[0]]
    if not governed and "fatalities" not in compatible_kinds(mention):
        return Fatalities(0, None, None, [])
    if not governed and not governed_only:
        nearest = event_counts(ctx, mention).get("fatalities")
        governed = [nearest] if nearest is not None else []
    if not governed:
        return Fatalities(0, None, None, [])
    # (a battle's: in a fight both sides' dead are its toll; beside a one-sided attack another clause's dead may
    # be another event, "shelling kills a child, and four fighters are killed in the countryside")
    pool = governed + [c[2] for c in candidates if not c[0]] if mention.event_type == "Battles" else []
    apart = [c for c in pool if _other_people(ctx, c, governed[0])]
    same = [c for c in governed if c not in apart]
    # alternative figures for the same people (the lowest counts); other people's deaths in a clause joined by
    # "and" ("two policemen were martyred and one attacker was killed in the exchange of fire") add up
    low = min(c.low for c in same) + sum(c.low for c in apart)
    high = max(c.high for c in same) + sum(c.high for c in apart)
    return Fatalities(low, low, high, [*same, *apart])


# Head nouns that do not name who died, so cannot tell other people from the same ones ("5 people ... 7 died").
_ANYONE = frozenset({"people", "person", "persons", "individual", "individuals", "civilian", "civilians", "dead", "body",
                     "bodies", "life", "lives", "victim", "victims"})


def _noun(ctx: Context, count: CountMention) -> str | None:
    token = token_at(ctx.doc, count.start, count.end)
    head = token if token is not None and token.pos_ in ("NOUN", "PROPN") else None
    word = (head.lemma_ if head is not None else count.text.split()[-1]).lower()
    return word if word.isalpha() and not any(ch.isdigit() for ch in word) else None


def _other_people(ctx: Context, count: CountMention, first: CountMention) -> bool:
    """``count`` tells the deaths of other people than ``first`` does, in a clause joined to its by "and":
    each names its dead, by different words ("two policemen ... one attacker", "one soldier ... two others")."""
    if count is first:
        return False
    a, b = token_at(ctx.doc, count.start, count.end), token_at(ctx.doc, first.start, first.end)
    if a is None or b is None or not _joined(clause_head(a), clause_head(b)):
        return False
    x, y = _noun(ctx, count), _noun(ctx, first)
    if x in ("others", "other", "more"):
        return True
    return x is not None and y is not None and x != y and not {x, y} & _ANYONE


def _joined(a, b) -> bool:  # type: ignore[no-untyped-def]
    """Two clauses coordinated by "and": one the other's conjunct, or the parser's two sisters ("police said
    two constables were killed and three attackers died")."""
    if a.i == b.i:
        return False
    if a.dep_ == "conj" and a.head.i == b.i or b.dep_ == "conj" and b.head.i == a.i:
        return True
    first, second = sorted((a, b), key=lambda t: t.i)
    return first.head.i == second.head.i and first.dep_ == second.dep_ and first.head.i != first.i \
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children)


def labelled(count: CountMention) -> bool:
    """A count given after a label and a colon ("Fatalities: 12")."""
    return ":" in count.text


# At most this many words in a sentence that is only a toll ("12 killed.", "3 soldiers killed (residents).").
TOLL_LINE_WORDS = 4


def toll_line(ctx: Context, count: CountMention) -> bool:
    """A note's sentence that is nothing but its figure ("... first reported 20 killed; revised to 12. 12 killed."):
    the writer's own toll, as a label gives it.  Words in brackets after it name sources."""
    token = token_at(ctx.doc, count.start, count.end)
    if token is None:
        return False
    sent = token.sent
    cut = min((i for i in (ctx.text.find("(", sent.start_char, sent.end_char), ctx.text.find("[", sent.start_char, sent.end_char))
               if i >= 0), default=sent.end_char)
    words = [t for t in sent if t.idx < cut and not (t.is_punct or t.is_space)]
    return bool(words) and words[0].idx == count.start and len(words) <= TOLL_LINE_WORDS \
        and any(t.lemma_.lower() in harm_words("transitive", "intransitive", "adjectives") for t in words[1:])


def labelled_toll(ctx: Context, mention: EventMention) -> CountMention | None:
    """The toll a note gives with a label ("Fatalities: 23 (soldiers); army claims of 30 ... not coded") or as a
    sentence of its own ("12 killed."), after the event in its paragraph with no other event's trigger between:
    the writer's own figure."""
    end = ctx.text.find("\n", mention.start)
    end = len(ctx.text) if end < 0 else end
    others = [m.start for m in ctx.mentions or [] if m.sentence_start != mention.sentence_start and mention.start < m.start < end]
    for c in sorted(ctx.counts or [], key=lambda c: c.start):
        if c.kind == "fatalities" and (labelled(c) or toll_line(ctx, c)) and mention.sentence_start <= c.start < end \
                and not any(o < c.start for o in others):
            return c
    return None


BOMBER_WORDS = frozenset({"bomber", "bombers", "attacker", "attackers", "assailant", "assailants"})


def with_suicide_bombers(ctx: Context, mention: EventMention, deaths: Fatalities) -> Fatalities:
    """ACLED counts suicide bombers among the dead: "a suicide bomber blew himself up, killing
    six" is 7.  Not when the figure already includes them ("killing six, including the bomber")."""
    if mention.sub_event_type != "Suicide bomb" or any(labelled(c) for c in deaths.evidence):
        return deaths  # (a labelled toll is the writer's whole figure)
    sentence = ctx.doc.char_span(mention.sentence_start, mention.sentence_end, alignment_mode="expand")
    if sentence is None:
        return deaths
    bombers = 1
    for token in sentence:
        if token.lower_ in BOMBER_WORDS:
            if any(a.lower_ in ("including", "among") for a in token.ancestors):
                return deaths  # the figure counts them already
            if token.lower_ == "bombers":
                number = next((c for c in token.children if c.dep_ == "nummod"), None)
                value = _finder().vocab.value(number.text) if number is not None else None
                bombers = max(bombers, value or 2)
    low = (deaths.low or 0) + bombers
    high = (deaths.high or 0) + bombers
    return Fatalities(low, low, high, deaths.evidence)


CROWD_WORDS = frozenset({"people", "protesters", "protestors", "demonstrators", "marchers", "crowd", "crowds", "rioters",
                         "residents", "supporters", "students", "workers", "teachers", "nurses", "women", "men", "youths"})


@lru_cache(maxsize=1)
def _finder() -> CountFinder:
    return CountFinder(load_vocabulary())


def crowd_size(ctx: Context, mention: EventMention) -> str | None:
    """ACLED's crowd-size tag for a protest or riot: "crowd size=thousands",
    "crowd size=some 5,000", or "crowd size=no report"; None for other event types.

    The figure is the one on the crowd ("Thousands of teachers marched", "some 5,000
    people joined"), in the source's own words as ACLED records them.
    """
    if mention.event_type not in ("Protests", "Riots"):
        return None
    doc = ctx.doc
    sentence = doc.char_span(mention.sentence_start, mention.sentence_end, alignment_mode="expand")
    if sentence is None:
        return "crowd size=no report"
    finder = _finder()
    for expr in finder.vocab.find(sentence.text):
        start, end = sentence.start_char + expr.start, sentence.start_char + expr.end
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or finder.not_a_count(doc, span, expr):
            continue
        root = span.root
        noun = root.head if root.dep_ in ("nummod", "quantmod", "amod") else root
        crowd = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), noun)  # "thousands of teachers"
        if crowd.lower_ in CROWD_WORDS or noun.lower_ in CROWD_WORDS or (
                noun.dep_ in ("nsubj", "nsubjpass") and expr.vague):
            return f"crowd size={' '.join(ctx.text[start:end].lower().split())}"
    return "crowd size=no report"
