"""Who did it to whom: actor1, actor2 and their associates for one event mention.

Roles come from the trigger's arguments in the dependency parse (``records.clause``:
subject or "by" agent = actor1; object, passive subject or "against/on/from/with"
object = actor2), then ACLED's conventions per event type: protests and riots always
have their crowd as actor1, violence against civilians always has civilians as
actor2, and in arrests the state force is actor1 and the detained actor2.
"""

from __future__ import annotations

import re

from collections import Counter
from functools import lru_cache

from spacy.tokens import Span, Token

from dateline.counts.numbers import harm_words, killed_by, load_vocabulary
from dateline.actors.dictionary import ActorDictionary, Country, load_dictionary
from dateline.events.corrections import is_force_post
from dateline.events.triggers import taken_after_leaving
from dateline.actors.matcher import ARMED_INTERS, attacker_demonym, city_countries, toponym_weight
from dateline.records.aspect import vocabulary
from dateline.records.clause import (
    IDENTITY_VERBS,
    arguments,
    came_under,
    resists,
    clause_head,
    harmed,
    phrase_core,
    reduced_passive,
    subject,
    trigger_token,
)
from dateline.records.context import Context
from dateline.records.place_country import across_border, group_homes, names_country
from dateline.types import INTER_CATEGORIES, ActorMention, EventActors, EventMention

INTERVENTION = frozenset({"Protest with intervention", "Excessive force against protesters"})
UNKNOWN_PERPETRATOR = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})

def interaction(inter1: str | None, inter2: str | None) -> str | None:
    """ACLED's interaction label: the two inter categories in ACLED's order, e.g.
    "State forces-Rebel group"; "Protesters only" for a sole actor; None without actors."""
    present = [i for i in (inter1, inter2) if i]
    for inter in present:
        if inter not in INTER_CATEGORIES:
            raise ValueError(f"unknown inter category {inter!r}; expected one of {', '.join(INTER_CATEGORIES)}")
    if not present:
        return None
    if len(present) == 1:
        return f"{present[0]} only"
    a, b = sorted(present, key=INTER_CATEGORIES.index)
    return f"{a}-{b}"



def _actor_of(token: Token | None, actors: list[ActorMention]) -> ActorMention | None:
    """The actor mention in the phrase headed by ``token``, preferring the one covering the head; for
    unnamed doers, who the phrase says they are thought to be ("armed men believed to be Murle youths")."""
    if token is None:
        return None
    best: tuple[int, ActorMention] | None = None
    for t in phrase_core(token):
        for actor in actors:
            if actor.start <= t.idx < actor.end:
                rank = abs(t.i - token.i)
                if best is None or rank < best[0]:
                    best = (rank, actor)
    if best is not None:
        # "US and UK warplanes": of conjoined forces the first named leads (the others are its associates)
        first = token.doc.char_span(best[1].start, best[1].end, alignment_mode="expand")
        core = {t.i for t in token.lefts for t in t.subtree}  # conjoined modifiers before the head, not its conjuncts
        lead = next((w for w in first if w.dep_ == "conj" and w.i in core), None) if first is not None else None
        while lead is not None and lead.dep_ == "conj" and lead.head.i < lead.i and lead.head.i in core:
            lead = lead.head
            ahead = next((a for a in actors if a.start <= lead.idx < a.end), None)
            if ahead is not None:
                best = (best[0], ahead)
    if best is None or best[1].name.startswith("Unidentified"):
        doc = token.doc
        # (what follows the participle up to the clause's verb: the parser may hang "Fulani herders" on that verb)
        said = [t for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in IDENTITY_VERBS
                for t in (*c.subtree, *doc[c.i:max(c.i, token.head.i)])]
        named = next((a for t in said for a in actors if a.start <= t.idx < a.end and not a.name.startswith("Unidentified")), None)
        if named is not None:
            return named
    return best[1] if best else None


# Verbs of assault: their passive subject is the side attacked ("two soldiers were ambushed"), not one that
# fought ("soldiers have been engaged in a gunfight").
ASSAULT_VERBS = frozenset({"ambush", "attack", "target", "raid", "storm", "hit", "strike", "shell", "bomb", "assault",
                           "overrun", "besiege"})


def _conj_actors(token: Token | None, actors: list[ActorMention]) -> list[ActorMention]:
    if token is None:
        return []
    return [a for c in token.conjuncts if c.i > token.i and (a := _actor_of(c, actors))]


def _roles(trigger: Token, actors: list[ActorMention]) -> tuple[Token | None, Token | None]:
    """(agent head, patient head) of the trigger: among several patient candidates
    ("retook Mukalla from the militants") the first that names an actor wins."""
    args = arguments(trigger)
    agent = args.agent
    if agent is None:
        agent = next((m for m in args.modifiers if _actor_of(m, actors)), None) or args.light_subject
    patient = next((p for p in args.patients if _actor_of(p, actors)), args.patients[0] if args.patients else None)
    return agent, patient


@lru_cache(maxsize=1)
def _harm_verbs() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The counts vocabulary's verbs that kill or wound (their passive subjects are the side hit), verbs
    of dying (their subjects are), and verbs that lose a life ("lost their lives")."""
    life_verbs = load_vocabulary().data.get("life_verbs") or []
    return harm_words("transitive"), harm_words("intransitive"), frozenset(str(w).lower() for w in life_verbs)


def _suffered(ctx: Context, actor: ActorMention, through_of: bool = False) -> bool:
    """The actor is the passive subject of a verb of harm ("officers were slain", "soldier killed in
    ambush") or the subject of a verb of dying ("died", "lost their lives"): hit, not hitting
    ("soldiers have been engaged in a gunfight" still fight).  ``through_of``: also when the force is what
    the one hit is "of" ("a corporal of the army died"), read for a strike, which has no second side to confuse."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if through_of and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head  # "a corporal of the army died": the one of the force
    harm, dying, losing = _harm_verbs()
    verb = head.head.lemma_.lower()
    if verb in harm and (head.dep_ == "nsubjpass" or head.dep_ == "nsubj" and reduced_passive(head.head)):
        return True
    if head.dep_ == "nsubj" and (verb in dying or verb in losing and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in head.head.children)):
        return True  # "two soldiers died in the ambush", "lost their lives"
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i == head.i + 1 and c.lemma_.lower() in harm
               for c in head.children)  # a headline's "Soldier Killed In ..."


def _post_struck(ctx: Context, actor: ActorMention) -> bool:
    """The actor is named only on its post, and the post is what a verb of assault acted on: its object, its
    passive subject, or the subject of a headline's bare participle ("Police post in X attacked overnight")."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("compound", "amod", "poss", "nmod") or not is_force_post(post := span.root.head):
        return False
    verb = post.head
    return verb.lemma_.lower() in ASSAULT_VERBS | _harm_verbs()[0] and (
        post.dep_ in ("dobj", "nsubjpass") or post.dep_ == "nsubj" and reduced_passive(verb))


@lru_cache(maxsize=1)
def _claim_nouns() -> frozenset[str]:
    from dateline.events.ontology import get_ontology

    return frozenset(get_ontology().headline_words.claim_nouns)


def _claimant(trigger: Token) -> Token | None:
    """Who claimed the event the trigger names: "X claimed the bombing", "the blast was claimed by X",
    "X claimed responsibility for the attack".  ACLED codes a claimed attack to its claimant."""
    node = trigger
    if node.dep_ == "pobj" and node.head.lower_ == "for" and node.head.head.lemma_.lower() in _claim_nouns():
        node = node.head.head  # "responsibility for the attack"
    verb = node.head
    if verb.lemma_.lower() != "claim" or verb.i == node.i:
        return None
    if node.dep_ == "dobj":
        return subject(verb)
    if node.dep_ == "nsubjpass":
        return next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    return None


# Who may claim an attack: armed groups, not people, crowds or states.


def later_claimant(ctx: Context, after: int, sentences: int = 2) -> ActorMention | None:
    """A named armed group that claims the event just told in one of the next ``sentences`` of its
    paragraph: "... killing nine cadets.  Al Shabaab claimed responsibility for the attack" (ACLED
    codes a claimed attack to its claimant).  The claimed thing is "it" or a noun with "the"/"this"."""
    actors = ctx.actors or []
    for sent in _next_sentences(ctx, after, sentences):
        for verb in (t for t in sent if t.lemma_.lower() == "claim" and t.pos_ == "VERB"):
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            objects += [g for o in objects if o.lemma_.lower() in _claim_nouns() for c in o.children
                        if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
            if not any(o.lower_ == "it" or any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in o.children)
                       for o in objects):
                continue
            claimant = _actor_of(subject(verb), actors)
            if claimant is not None and claimant.inter in ARMED_INTERS and not claimant.name.startswith("Unidentified"):
                return claimant
    return None


def _next_sentences(ctx: Context, after: int, n: int) -> list[Span]:
    """The first ``n`` sentences from ``after`` that are still in its paragraph."""
    end = ctx.text.find("\n\n", after)
    return [s for s in ctx.doc.sents if s.start_char >= after and (end < 0 or s.start_char < end)][:n]


def later_blamed(ctx: Context, after: int, sentences: int = 2) -> ActorMention | None:
    """The named armed actor the next ``sentences`` of the paragraph lay the event just told at:
    "Local sources attributed the shelling to the RSF", "Residents blamed the army", "blamed the
    attack on ...", "... was attributed to ...".  ACLED codes an attack to the side it is attributed to."""
    actors = ctx.actors or []
    for sent in _next_sentences(ctx, after, sentences):
        for verb in (t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in ("attribute", "blame")):
            to = "to" if verb.lemma_.lower() == "attribute" else "on"
            heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # ("blamed [the strike on X]")
            laid = [g for h in heads for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == to
                    for g in c.children if g.dep_ == "pobj"]
            if verb.lemma_.lower() == "blame" and not laid:
                laid = [c for c in verb.children if c.dep_ == "dobj"]  # "residents blamed the army"
            for token in laid:
                actor = _actor_of(token, actors)
                if actor is not None and actor.inter in _BLAMED_INTERS and not actor.name.startswith("Unidentified"):
                    return actor
    return None


# Who an attack may be laid at: armed forces and groups, not people, crowds or officials.
_BLAMED_INTERS = ARMED_INTERS | {"State forces"}


def sides_countries(actors: EventActors) -> frozenset[str]:
    """Where every named group of an event acts (two Syrian factions: Syria), or nothing.  Generic
    sides ("passengers", "gunmen") and state forces take their country from the place read, so they
    say nothing of it."""
    homes = [group_homes(a.key) for a in (actors.actor1, actors.actor2) if a is not None and a.key is not None]
    homes = [h for h in homes if h]
    return frozenset.intersection(*homes) if homes else frozenset()


_PRONOUNS = frozenset({"it", "they", "we"})


def _speaker(tok: Token | None) -> Token | None:
    """Who a pronoun subject stands for when it reports what its speaker did: "the army said it had
    killed", "police said they had arrested" (the subject of the verb of saying), or goes on from a clause
    it is joined to (that clause's subject); else the token."""
    if tok is None or tok.lower_ not in _PRONOUNS:
        return tok
    verb = tok.head
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in vocabulary().reporting_verbs \
            and not (tok.lower_ != "we" and _quoted(tok, verb.head)):
        # ("'They burned the market,' said a trader": in the speaker's own words, "they" are others)
        return subject(verb.head) or tok
    if verb.dep_ == "conj" and tok.lower_ != "we" \
            and (first := next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)) is not None \
            and first.pos_ in ("NOUN", "PROPN") and not (tok.lower_ == "it" and first.tag_ in ("NNS", "NNPS")):
        return first  # "the troops were sent after the raiders, and they clashed with them": the first clause's doer
    return tok


# Subjects that pick one of a group just named: "two militants drove up ... One detonated his vest".
_ONE_OF = frozenset({"one", "another", "both"})


def _one_of_them(ctx: Context, head: Token) -> ActorMention | None:
    """The armed side a numeral subject picks out ("One", "one of them"): the last armed group or state force
    named as a subject before it, in its sentence or the one before."""
    if head.lower_ not in _ONE_OF or head.pos_ not in ("NUM", "PRON", "NOUN") or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ in ("NOUN", "PROPN") for g in c.children) for c in head.children):
        return None  # ("one of the soldiers" names its own side)
    sent = head.sent
    before = ctx.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    armed = [a for a in ctx.actors or [] if before <= a.start < head.idx and (a.inter in ARMED_INTERS or a.inter == "State forces")
             and (span := ctx.doc.char_span(a.start, a.end, alignment_mode="expand")) is not None
             and span.root.dep_ in ("nsubj", "nsubjpass")]  # the group a clause was about, not "police headquarters"
    return armed[-1] if armed else None


_QUOTES = frozenset({'"', "\u201c", "\u201d"})


def _quoted(tok: Token, saying: Token) -> bool:
    """The token stands in a direct quotation that the verb of saying follows."""
    between = tok.doc[tok.i + 1: saying.i] if tok.i < saying.i else tok.doc[saying.i + 1: tok.i]
    return any(t.text in _QUOTES for t in between)


def _associates(head: Token | None, actors: list[ActorMention], d: ActorDictionary) -> list[ActorMention]:
    """Allies attached to an actor phrase: "backed by the coalition", "alongside soldiers", "X and Y"."""
    if head is None:
        return []
    out = _conj_actors(head, actors)
    # "US and UK warplanes": the forces named after the first in conjoined modifiers of the head
    out += [a for left in head.lefts for w in left.subtree if w.dep_ == "conj"
            for a in actors if a.start <= w.idx < a.end]
    for child in head.children:
        if child.dep_ in ("acl", "amod", "relcl") and child.lemma_.lower() in d.association_verbs:
            for agent in (c for c in child.children if c.dep_ == "agent"):
                out += [a for g in agent.children if g.dep_ == "pobj" and (a := _actor_of(g, actors))]
        elif child.dep_ == "prep" and child.lower_ in d.association_preps:
            out += [a for g in child.children if g.dep_ == "pobj" and (a := _actor_of(g, actors))]
    return out


def _country_votes(ctx: Context, lo: int, hi: int, d: ActorDictionary) -> Counter[str]:
    votes: Counter[str] = Counter()
    if ctx.toponyms is not None:
        for t in ctx.toponyms:
            if t.place is not None and t.place.iso and lo <= t.start < hi and toponym_weight(t) > 0 \
                    and not across_border(ctx.doc, t) and not attacker_demonym(ctx.doc, t, troops=False):
                # "a district bordering Afghanistan" is not in it; "an Israeli strike" says whose strike, not where
                votes[t.place.iso] += toponym_weight(t)  # type: ignore[assignment]
    else:
        cities = city_countries()
        for ent in ctx.doc.ents:
            if lo <= ent.start_char < hi and ent.label_ in ("GPE", "LOC", "NORP"):
                country = d.lookup(ent.text)
                iso = country.iso if country else cities.get(ent.text.lower())
                if iso:
                    votes[iso] += 1
    if not votes:
        for actor in ctx.actors or []:
            if actor.key and actor.key.startswith("military:") and d.lookup(actor.text) is not None:
                continue  # a country as the doer of a strike ("Israel struck", "a Russian missile") strikes abroad too
            if lo <= actor.start < hi and actor.country and (country := d.lookup(actor.country)):
                votes[country.iso] += 1
    return votes


def event_country(ctx: Context, mention: EventMention, d: ActorDictionary | None = None) -> Country | None:
    """The country an event happened in.

    In order: places in its sentence (places stage, or without it country names
    and large towns spaCy tagged), else the countries of the actors in it; then
    the dateline hint; then the same votes over the whole article.
    """
    d = d or load_dictionary()
    article_votes = _country_votes(ctx, 0, len(ctx.text), d)
    votes = _country_votes(ctx, mention.sentence_start, mention.sentence_end, d)
    if votes:  # ties go to the country the whole article names most
        return d.country(max(votes, key=lambda iso: (votes[iso], article_votes[iso])))
    if ctx.dateline:
        for part in reversed(ctx.dateline.replace("—", ",").split(",")):
            if (country := d.lookup(part)) is not None:
                return country
    return d.country(article_votes.most_common(1)[0][0]) if article_votes else None


def country_actor(ctx: Context, mention: EventMention, key: str, d: ActorDictionary | None = None) -> ActorMention:
    """A fallback actor named after the event's country ("Civilians (Yemen)"), evidenced by the trigger."""
    d = d or load_dictionary()
    country = event_country(ctx, mention, d)
    actor = d.country_actors[key]
    return ActorMention(start=mention.start, end=mention.end, text=mention.text, name=actor.name(country, ctx.year),
                        inter=actor.inter, country=country.name if country else None, iso=country.iso if country else None,
                        key=f"{key}:{country.iso if country else '?'}")


# Where and how a force stands, which a demonym gives to that country's military ("Armenian positions",
# "a Turkish patrol"); not its vehicles or ships, which may be anyone's.
MILITARY_SITES = frozenset({"post", "posts", "outpost", "outposts", "checkpoint", "checkpoints", "base", "bases", "position",
                            "positions", "barracks", "garrison", "garrisons", "patrol", "patrols", "convoy", "convoys",
                            "trench", "trenches", "unit", "units"})


def _country_as_agent(ctx: Context, head: Token, d: ActorDictionary, trigger: Token | None = None) -> ActorMention | None:
    """A country acting through its military: "Israel struck ...", "an Israeli airstrike",
    "repelled a Russian assault".  A demonym counts only on the trigger or on a word for
    what armed forces do, never on people ("a Russian tourist")."""
    words: list[Token] = []
    if head.pos_ == "PROPN":
        words = [t for t in head.subtree if t.i <= head.i and (t.dep_ in ("compound", "det") or t.i == head.i)]
        doc = ctx.doc
        text = doc[words[0].i:head.i + 1].text
        text = text[4:] if text.lower().startswith("the ") else text
        country = d.lookup(text)
        if country is not None and text.lower() in {n.lower() for n in (country.name, *country.names)}:
            return _military(ctx, doc[words[0].i:head.i + 1], country, d)
    if head.i == (trigger.i if trigger is not None else -1) or head.lower_ in d.military_action_nouns \
            or head.lower_ in MILITARY_SITES:
        force_word = head.lower_ in d.military_action_nouns or head.lower_ in MILITARY_SITES
        for child in head.children:
            if not force_word and child.pos_ == "PROPN":
                continue  # "Pakistan blast", "Mali clashes": a country's name on an event word says where
            if any(t.pos_ in ("NOUN", "PROPN") and t.lower_ not in d.military_action_nouns for t in ctx.doc[child.i + 1:head.i]):
                continue  # "a Colombian market blast", "a Pakistani checkpoint attack": the demonym is the place's or the target's
            if child.dep_ in ("amod", "compound", "nmod", "poss") and (country := d.lookup(child.text)) is not None:
                return _military(ctx, ctx.doc[child.i:child.i + 1], country, d)
    return None


def _military(ctx: Context, span: Span, country: Country, d: ActorDictionary) -> ActorMention:
    actor = d.country_actors["military"]
    return ActorMention(start=span.start_char, end=span.end_char, text=span.text, name=actor.name(country, ctx.year),
                        inter=actor.inter, country=country.name, key=f"military:{country.iso}", iso=country.iso)


_ARMED_GROUPS = frozenset({"Rebel group", "Political militia", "Identity militia"})


def _opposed(a: ActorMention, b: ActorMention) -> bool:
    """Two actors on different sides of a fight: different categories, two countries' forces, or two
    named armed groups ("IS and SDF clashed", "fighting between ELN and FARC dissidents"); never a
    state's forces and a militia on its side ("soldiers and VDP volunteers were killed")."""
    if allies(a, b):
        return False
    return a.inter != b.inter or (a.inter == "State forces" and a.country != b.country) or \
        (a.inter in _ARMED_GROUPS and a.key is not None and b.key is not None and a.key != b.key and a.name != b.name)


def allies(a: ActorMention, b: ActorMention) -> bool:
    """A state's forces and a militia that fights alongside them (``sides_with_state`` in actors.yaml)."""
    groups = load_dictionary().groups
    for state, other in ((a, b), (b, a)):
        group = groups.get(other.key or "")
        if state.inter == "State forces" and group is not None and group.sides_with_state \
                and (state.iso is None or group.country is None or state.iso == group.country):
            return True
    return False


def is_social_group(actor: ActorMention) -> bool:
    """Civilians of a kind ACLED names as an associated actor ("Journalists (Yemen)")."""
    return actor.inter == "Civilians" and not (actor.key or "").startswith("civilians:")


def _civilians_like(actor: ActorMention, ctx: Context, d: ActorDictionary) -> ActorMention:
    """"Civilians (Country)" for the country of a social-group mention, on the same span."""
    iso = (actor.key or "").rsplit(":", 1)[-1]
    country = d.country(iso) if iso != "?" else None
    return actor.model_copy(update={"name": d.country_actors["civilians"].name(country, ctx.year),
                                    "key": f"civilians:{country.iso if country else '?'}"})


def _arrested_group(head: Token | None, d: ActorDictionary) -> bool:
    """The detained are a group, not civilians: "a cell", "a gang of four", "members of a smuggling ring"."""
    if head is None:
        return False
    words = [head, *(g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")]
    return any(w.lemma_.lower() in d.arrested_groups or w.lower_ in d.arrested_groups for w in words)


def _acled_conventions(ctx: Context, mention: EventMention, d: ActorDictionary, actors: list[ActorMention],
                       actor1: ActorMention | None, actor2: ActorMention | None, assoc1: list[ActorMention],
                       patient_head: Token | None) -> tuple[ActorMention | None, ActorMention | None]:
    """ACLED's fixed roles per event type (may add to ``assoc1``): the crowd is actor1 of
    protests and riots, civilians are actor2 of violence against civilians, the state
    arrests, and an unnamed perpetrator is an unidentified armed group."""
    etype, sub = mention.event_type, mention.sub_event_type
    if etype in ("Protests", "Riots"):
        crowd = "Protesters" if etype == "Protests" else "Rioters"
        crowds = [a for a in (actor1, actor2, *actors) if a is not None and a.inter == crowd]
        state = next((a for a in (actor1, actor2) if a is not None and a.inter == "State forces"), None)
        if actor1 is not None and is_social_group(actor1):  # "students marched": Protesters + Students
            assoc1.insert(0, actor1)
        actor1 = crowds[0] if crowds else country_actor(ctx, mention, crowd.lower(), d)
        if sub in INTERVENTION:  # "rallies ... when police used tear gas": the force may sit in another clause
            actor2 = state or next((a for a in actors if a.inter == "State forces"), None)
        elif sub == "Mob violence":
            actor2 = actor2 if actor2 is not None and actor2.inter != crowd else country_actor(ctx, mention, "civilians", d)
        elif actor2 is not None and actor2.inter == crowd:
            actor2 = None
        elif etype == "Protests" and actor2 is not None and actor2.inter == "Civilians":
            # "500 farmers protested": the crowd's own people, never a peaceful protest's other side
            if is_social_group(actor2) and actor2 not in assoc1:
                assoc1.insert(0, actor2)
            actor2 = None
    elif etype == "Violence against civilians":
        if actor1 is not None and actor1.inter == "Civilians":
            # "trader abducted near X" read as the trader acting: civilians are this event's victims, never its doers
            actor1, actor2 = None, actor2 if actor2 is not None and actor2.inter == "Civilians" else actor1
        if actor2 is None or actor2.inter != "Civilians":
            actor2 = country_actor(ctx, mention, "civilians", d)
        if actor1 is None:
            actor1 = country_actor(ctx, mention, "unidentified", d)
    elif sub == "Arrests":
        if actor1 is None or actor1.inter != "State forces":
            if actor2 is not None and actor2.inter == "State forces" and actor1 is not None:
                actor1, actor2 = actor2, actor1
            else:
                actor1 = country_actor(ctx, mention, "police", d)
        if (actor2 is None or actor2.inter == "Civilians") and _arrested_group(patient_head, d):
            actor2 = country_actor(ctx, mention, "unidentified", d)  # "rounded up a six-man cell", "a gang of four"
        elif actor2 is None and patient_head is not None and patient_head.pos_ in ("NOUN", "PROPN", "NUM"):
            actor2 = country_actor(ctx, mention, "civilians", d)  # "arrested a man": unnamed detainees are civilians
    elif sub == "Non-state actor overtakes territory" and actor2 is None:
        actor2 = country_actor(ctx, mention, "military", d)  # the side that lost the ground
    elif etype == "Explosions/Remote violence":
        if sub in UNKNOWN_PERPETRATOR and actor1 is None:
            actor1 = country_actor(ctx, mention, "unidentified", d)
        if actor2 is None:  # "a bomb ... exploded near a market, killing 3 civilians": the victims
            actor2 = next((a for a in actors if a.inter == "Civilians"), None)

    return actor1, actor2


_FORCES = frozenset({"military", "police"})


def air_power(ctx: Context, mention: EventMention, actors: EventActors, iso: str | None) -> EventActors:
    """An air strike told with a word of manned aircraft and no doer, where one state alone flies
    (``air_powers`` in actors.yaml: "a fighter jet bombed the village" in Myanmar is the military's)."""
    if mention.sub_event_type != "Air/drone strike" or (actors.actor1 is not None and not actors.actor1.name.startswith("Unidentified")):
        return actors
    d = load_dictionary()
    force = d.country(d.air_powers.get(iso or ""))
    trigger = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if force is None or trigger is None or not _manned(d.manned_aircraft).search(ctx.text, mention.sentence_start, mention.sentence_end):
        return actors
    doer = _military(ctx, trigger, force, d)
    return actors.model_copy(update={"actor1": doer})


@lru_cache(maxsize=4)
def _manned(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any word of manned aircraft (``manned_aircraft`` in actors.yaml), as a whole word."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _force_named_beside(ctx: Context, a: ActorMention, iso: str) -> bool:
    """The sentence of the actor ``a`` also names ``iso``'s forces by their country ("the Israeli military says
    troops ..."): the actors stage read the troops as that country's from there."""
    span = ctx.doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.root.sent
    return any(sent.start_char <= x.start < sent.end_char and x is not a and x.iso == iso and x.key
               and x.key.split(":", 1)[0] in _FORCES and names_country(x.text, iso) for x in ctx.actors or [])


def in_row_country(ctx: Context, actors: EventActors, iso: str | None) -> EventActors:
    """A country's forces or civilians whose country the text did not write beside them ("troops",
    "civilians") belong to the country the row is placed in: the sentence's vote can follow a
    namesake abroad ("overran the coastal town of Palma", Palma read as Spain's) that the row's place
    passed over."""
    d = load_dictionary()
    country = d.country(iso) if iso else None
    if country is None:
        return actors

    # the countries whose forces the article names ("Israeli forces"): troops of the one named are not moved
    named = {x.iso for x in ctx.actors or [] if x.key and x.iso and x.key.split(":", 1)[0] in _FORCES
             and names_country(x.text, x.iso)}

    def moved(a: ActorMention | None) -> ActorMention | None:
        if a is None or not a.key or ":" not in a.key:
            return a
        kind, own = a.key.split(":", 1)
        if own == iso or kind not in d.country_actors or (own != "?" and names_country(a.text, own)):
            return a
        if own != "?" and a.text.lower().startswith(("its ", "their ")):
            return a  # "Russia's ministry said its forces ...": the speaker's country, read by the actors stage
        if kind in _FORCES and own in named and iso not in named:
            return a  # "Israeli forces raided Jenin ... soldiers arrested 15 in Tubas": the one army the article names
        if kind in _FORCES and own in named and _force_named_beside(ctx, a, own):
            return a  # "the Israeli military says troops killed several fighters near X" in Lebanon: the speaker's troops
        return a.model_copy(update={"name": d.country_actors[kind].name(country, ctx.year), "country": country.name,
                                    "iso": iso, "key": f"{kind}:{iso}"})

    return actors.model_copy(update={"actor1": moved(actors.actor1), "actor2": moved(actors.actor2),
                                     "assoc_actor_1": [moved(a) for a in actors.assoc_actor_1],
                                     "assoc_actor_2": [moved(a) for a in actors.assoc_actor_2]})


def event_actors(ctx: Context, mention: EventMention) -> EventActors:
    """actor1/actor2 and associates for one event mention (needs the actors stage and a parse)."""
    if ctx.actors is None:
        raise ValueError("no actors on the Doc: run the dateline_actors component before linking actors")
    d = load_dictionary()
    actors = [a for a in ctx.actors if mention.sentence_start <= a.start < mention.sentence_end]
    trigger = trigger_token(ctx.doc, mention.start, mention.end)
    if trigger is None:
        raise ValueError(f"event trigger {mention.text!r} ({mention.start}-{mention.end}) is not inside the document")
    agent_head, patient_head = _roles(trigger, actors)
    agent_head = _speaker(agent_head)
    if agent_head is None and trigger.pos_ in ("NOUN", "PROPN") and (subj := subject(clause_head(trigger))) is not None \
            and subj.lower_ in _PRONOUNS:  # "the army said it had killed dozens in air strikes"
        agent_head = _speaker(subj)
    actor1, actor2 = _actor_of(agent_head, actors), _actor_of(patient_head, actors)
    if actor1 is None and agent_head is not None:
        actor1 = _one_of_them(ctx, agent_head)
    etype = mention.event_type
    if etype == "Battles" and agent_head is None and trigger.dep_ == "pobj" and not came_under(trigger.head.head):
        agent_head = subject(trigger.head.head)  # "two soldiers and three rebels died in clashes"
        actor1 = _actor_of(agent_head, actors)
        if actor1 is not None and actor2 is None and _suffered(ctx, actor1) and not _conj_actors(agent_head, actors):
            # "four soldiers died in an ambush": the side named is the one hit; the other is unnamed
            actor1, actor2, agent_head = country_actor(ctx, mention, "unidentified", d), actor1, None
    if actor1 is None and trigger.pos_ in ("NOUN", "PROPN") and (own := _actor_of(trigger, actors)) is not None \
            and own is not actor2:
        actor1 = own  # the trigger names the doer: "warplanes of the Russian forces", "a suicide bomber"
    if etype == "Battles" and actor1 is None and actor2 is None:
        # "an ambush near X killed four soldiers": the side named is the one hit
        actor2 = next((a for c in killed_by(trigger) if (a := _actor_of(c, actors))), None)
    if etype == "Battles" and actor1 is None and actor2 is not None and (trigger.pos_ == "NOUN" or came_under(trigger) or (
            patient_head is not None and (patient_head.dep_ == "nsubjpass" or patient_head.dep_ == "nsubj" and reduced_passive(trigger))
            and trigger.lemma_.lower() in ASSAULT_VERBS | _harm_verbs()[0])):
        # "two soldiers were ambushed", "a raid on a police station killed four officers": the side acted on
        # is named; the other is the one opposed to it, or unnamed
        actor1 = next((a for a in actors if a.name != actor2.name and _opposed(a, actor2)), None) \
            or country_actor(ctx, mention, "unidentified", d)
    if etype == "Battles" and actor1 is None and came_under(trigger):
        actor1 = country_actor(ctx, mention, "unidentified", d)  # "a helicopter came under fire": whoever fired is unnamed
    if etype == "Battles" and actor1 is None and actor2 is not None and agent_head is not None and agent_head.pos_ == "NOUN" \
            and patient_head is not None:
        # "armed individuals attacked the police sub-station": the doer is told by a common noun that is no actor of the
        # dictionary, the side struck is; the doer is the side opposed to it the sentence names, or unnamed (never the
        # side struck)
        actor1 = next((a for a in actors if a.name != actor2.name and _opposed(a, actor2)), None) \
            or country_actor(ctx, mention, "unidentified", d)
    if etype == "Battles" and actor1 is None and actors:  # "soldiers have been engaged in a fight with militants":
        actor1 = actors[0]  # no doer in the parse, so the sides in the order the sentence names them
        actor2 = next((a for a in actors[1:] if _opposed(actor1, a)), None)
        if (_suffered(ctx, actor1) or _post_struck(ctx, actor1)) and not (actor2 is not None and _suffered(ctx, actor2)):
            # "two officers were slain in an ambush", "police post attacked": the side named is the one hit (when
            # only one side is)
            actor1, actor2 = actor2 or country_actor(ctx, mention, "unidentified", d), actor1
    if etype == "Explosions/Remote violence" and actor1 is not None and actor2 is None and _suffered(ctx, actor1, through_of=True):
        # "a soldier died when charges dropped from drones fell on the base": the one named died of the strike
        actor1, actor2 = None, actor1
    if actor1 is None and trigger.pos_ == "VERB" and (doer := _occasion_doer(trigger, actors)) is not None and doer is not actor2:
        actor1 = doer  # "civilians were killed during an incursion of ADF rebels"
    if actor1 is None and trigger.pos_ in ("NOUN", "PROPN") and (claimant := _claimant(trigger)) is not None:
        actor1 = _actor_of(claimant, actors)
    if actor1 is None:
        for head in (agent_head, trigger if trigger.pos_ in ("NOUN", "PROPN") else None):
            if head is not None and (actor1 := _country_as_agent(ctx, head, d, trigger)) is not None:
                break
    if actor2 is None and patient_head is not None:
        actor2 = _country_as_agent(ctx, patient_head, d, trigger)
    if actor2 is None:  # "exploded ..., killing six policemen"
        victims = harmed(trigger) + ([patient_head] if patient_head is not None else [])  # "shelling killed two people"
        actor2 = next((a for v in victims if (a := _actor_of(v, actors))), None)
        if actor2 is None and etype in ("Violence against civilians", "Explosions/Remote violence") and any(
                v.lemma_.lower() in d.generic_people or v.lower_ in d.generic_people or
                any(g.lower_ in d.generic_people for c in v.children if c.dep_ == "prep" for g in c.children) for v in victims):
            actor2 = country_actor(ctx, mention, "civilians", d)
    if actor2 is None:
        actor2 = _struck_in_sentence(ctx, trigger, actors, actor1)
    if actor2 is None and etype in ("Violence against civilians", "Explosions/Remote violence") and any(
            (t.lemma_.lower() in d.generic_people or t.lower_ in d.generic_people) and t.dep_ == "nsubjpass"
            and t.head.lemma_.lower() in _harm_verbs()[0] for t in trigger.sent):
        actor2 = country_actor(ctx, mention, "civilians", d)  # "30 people were killed when two bombs exploded"
    doer_phrase = agent_head if agent_head is not None else trigger if trigger.pos_ in ("NOUN", "PROPN") else None
    assoc1, assoc2 = _associates(doer_phrase, actors, d), _associates(patient_head, actors, d)
    if etype == "Battles" and mention.sub_event_type == "Armed clash" and actor1 is not None and actor2 is None:
        # "X and Y clashed": Y is the other side (not "X and Y retook the town": allies)
        other = next((a for a in assoc1 if _opposed(actor1, a)), None)
        if other is None and (own := ctx.doc.char_span(actor1.start, actor1.end, alignment_mode="expand")) is not None:
            # "members of the CJNG and Carteles Unidos clashed": the sides are conjoined below the subject
            other = next((a for a in _conj_actors(own.root, actors) if _opposed(actor1, a)), None)
        if other is None:  # "clashes between the army and JNIM fighters": the other side is inside "between"
            inside = [t.idx for c in trigger.children if c.dep_ == "prep" and c.lower_ == "between" for t in c.subtree]
            other = next((a for a in actors if any(a.start <= i < a.end for i in inside) and _opposed(actor1, a)), None)
        if other is not None:
            actor2 = other
            assoc1 = [a for a in assoc1 if a is not other]

    if etype == "Battles" and trigger.pos_ == "VERB" and resists(trigger) and actor1 is not None:
        # "troops repelled the attack (by X)": the side that attacked is actor1 (the object's doer, or the other side
        # the sentence names, or unnamed), the side that held is actor2
        attacker = actor2 if actor2 is not None and _opposed(actor1, actor2) else \
            next((a for a in actors if a is not actor1 and _opposed(a, actor1)), None)
        actor1, actor2 = attacker or country_actor(ctx, mention, "unidentified", d), actor1
    if mention.sub_event_type == "Non-violent transfer of territory" and (taker := _taker_of(trigger, actors)) is not None \
            and taker is not actor1:
        # "the army regained the town after the militants withdrew": the side that took the ground is actor1 (ACLED),
        # the one that left it actor2
        actor1, actor2 = taker, actor1 or actor2
    elif mention.sub_event_type == "Non-violent transfer of territory" and actor2 is None \
            and (leaver := _leaver_of(trigger, actors)) is not None and leaver is not actor1:
        actor2 = leaver  # "troops moved into X after Al Shabaab withdrew": the side that left the ground
    actor1, actor2 = _acled_conventions(ctx, mention, d, actors, actor1, actor2, assoc1, patient_head)
    if actor2 is not None and is_social_group(actor2):  # "detained two journalists": Civilians + Journalists
        assoc2.insert(0, actor2)
        actor2 = _civilians_like(actor2, ctx, d)
    if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
        actor2 = None
    if etype == "Battles" and actor1 is not None and actor1.inter == "Civilians":
        actor1 = None  # "heavy fighting raged there, residents said": those who told it fought no battle
    if etype == "Battles" and actor2 is not None and actor2.inter == "Civilians":
        actor2 = None  # nor were the civilians the text names beside it its other side (ACLED: never in a battle)
    names = {a.name for a in (actor1, actor2) if a is not None}
    return EventActors(
        actor1=actor1, actor2=actor2,
        assoc_actor_1=_unique([a for a in assoc1 if a.name not in names]),
        assoc_actor_2=_unique([a for a in assoc2 if a.name not in names]),
    )


def _occasion_doer(trigger: Token, actors: list[ActorMention]) -> ActorMention | None:
    """The doer the noun of the occasion names, when the harm's verb names none: "were killed during an incursion
    of ADF rebels", "was wounded in an attack by gunmen"."""
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("during", "in")):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            for by in (c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by")):
                if (found := next((a for g in by.children if g.dep_ == "pobj" and (a := _actor_of(g, actors))), None)):
                    return found
    return None


def _taker_of(trigger: Token, actors: list[ActorMention]) -> ActorMention | None:
    """Who took ground the trigger says another side left, in the clause the leaving is told after or as
    ("the ENDF regained control of X after Fano withdrew", "troops entered X as the rebels pulled out")."""
    taking = taken_after_leaving(trigger)
    return _actor_of(subject(taking), actors) if taking is not None else None


def _leaver_of(trigger: Token, actors: list[ActorMention]) -> ActorMention | None:
    """Who left the ground the trigger's side took, told in its clause ("troops moved into X after
    Al Shabaab fighters withdrew")."""
    leaving = next((c for c in trigger.children if (taking := taken_after_leaving(c)) is not None and taking.i == trigger.i), None)
    return _actor_of(subject(leaving), actors) if leaving is not None else None


def _struck_in_sentence(ctx: Context, trigger: Token, actors: list[ActorMention],
                        actor1: ActorMention | None) -> ActorMention | None:
    """The side the sentence says was hit, when the trigger's own arguments name none: the object of
    the verb of harm whose phrase the trigger is ("killed two militants in a gunfight"), or an actor
    that was killed or died ("two policemen were killed when Maoists triggered a landmine")."""
    harm = _harm_verbs()[0]
    verb = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" else None
    if verb is not None and verb.lemma_.lower() in harm:
        hit = next((a for c in verb.children if c.dep_ == "dobj" if (a := _actor_of(c, actors)) is not None), None)
        if hit is not None and hit is not actor1:
            return hit
    return next((a for a in actors if a is not actor1 and (actor1 is None or a.name != actor1.name)
                 and _suffered(ctx, a)), None)


def _unique(actors: list[ActorMention]) -> list[ActorMention]:
    seen: set[str] = set()
    return [a for a in actors if not (a.name in seen or seen.add(a.name))]  # type: ignore[func-returns-value]
