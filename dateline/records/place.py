"""Which place locates an event mention.

ACLED codes the most specific place the report gives for the event itself.  In order:

1. **The event's own place phrase**: a locative phrase the trigger governs in its
   clause ("in X", "at X", "near X", "outside X", "on the outskirts of X", "north of
   X"), read with the admin context written with it: "in X, Y", "X village (District,
   Region)", "X's Y district", "the X district of Y province".  The named place is the
   event's; when it did not resolve, or resolved to a namesake outside the units the
   text names, the most specific named unit stands in for it (district: geo_precision
   2, province: 3).  "near", "outside", "outskirts" give geo_precision 2.
2. Else a location or modifier toponym ("Aden police") in the trigger's clause, then in
   its sentence, then in the nearest earlier sentence of the same paragraph (the most
   specific, then the nearest), and finally the article's dateline, for an event of the
   headline or the paragraph the dateline opens, or one whose sentence writes the dateline's name.
   A side place of the story (where the wounded were taken or treated, where an official
   spoke, where the victims came from) comes last: only when no other place of its sentence,
   paragraph or, for a paragraph it opens, the paragraph before places the event, and then
   only by its province (geo_precision 3).

A town or unit named by its kind that the gazetteer cannot place ("in neighbouring X Township") moves
the story: neither that event nor the undated ones after it borrow the town of the sentences before,
only its province (geo_precision 3).  A small village whose province nothing else in the article
names, while the article's other places of that country lie in one other province, is a namesake.

A street the event's sentence names that the text wrote before with its town ("X Road in north Y")
places the event in that town before any place borrowed from the sentences before.

A strategic development (an arrest by a state's intelligence service) that nothing in the article
places, in an article that points to one country, is coded at that country's capital (geo_precision 3).

Demonyms and organisation uses ("Washington said") say who acted, not where, so they
never locate an event.  A place whose country nothing else in the article implies (no
other place, demonym, named group's country or dateline), while another country is
implied, is a namesake or a misread word ("SNA" read as Sanaa in a report on Al
Shabaab): it is passed over, and no place is better than a guessed country.

This module picks the mention; the places stage has already resolved every mention
to a gazetteer entry (``dateline.places``).  ``place_phrases.py`` reads the clause's place
phrases and ``place_country.py`` weighs the article's country evidence (the check above);
``place_clauses.py`` says which clauses besides the trigger's speak for the event,
``place_candidates.py`` which toponyms may place it and what place a phrase gives,
``place_units.py`` how places and admin units hold each other, and ``place_fallbacks.py``
where an event stands that nothing of its own places.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from dateline.events.ontology import DEMONSTRATION_TYPES, get_ontology
from dateline.places.normalize import bare_key, fold, name_key
from dateline.places.resolve import BEARING_OF
from dateline.places.name_words import DIRECTION_ADJECTIVES, PART_WORDS, STREET_CLOSERS
from dateline.events.clauses import clause_before_conjuncts
from dateline.events.triggers import taken_after_leaving
from dateline.records.clause import Clause, clause_of
from dateline.records.context import Context
from dateline.records.place_candidates import (TIME_FRAME_PREPS, _SETTLEMENT_AFTER, Resolver, _best, _event_places,
                                               _from_phrase, _resolved_where, _unread_settlement, _with_clause_units,
                                               in_group_name, locating, unread_place)
from dateline.records.place_clauses import _occurred_over, argument_relatives, continued, when_clauses, where_phrase
from dateline.records.place_country import _plausibility, dateline_toponym, sizeable_town
from dateline.records.place_fallbacks import _paragraph_start, narrative_place, story_capital
from dateline.records.place_phrases import (STRONG_LOCATIVE, behind_event, named_as_cause, names_other_event, _aside,
                                            _gone_to, _is_country, _rank, _side, place_phrases)
from dateline.records.place_units import _borrowed, _country_of, _more_specific, _province_of, _with_precision, as_town
from dateline.types import EventMention, Toponym


def _a_side_of(doc: Doc, t: Toponym) -> bool:
    """"In eastern Sokoto, ...": a name after a word of direction is a side of it, as likely the province as
    the town of its name; a place the clause names inside it is where."""
    if t.end <= t.start:
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in DIRECTION_ADJECTIVES - {"central"}


def _within_side(doc: Doc, found: Toponym | None, here: Toponym) -> bool:
    """``here`` is a place inside the province whose side ``found`` names ("in eastern Sokoto, ... in the
    Sabon Birni area")."""
    return found is not None and found.place is not None and here.place is not None and _a_side_of(doc, found) \
        and here.place.iso == found.place.iso and here.place.admin1 == found.place.admin1 \
        and here.place.geonameid != found.place.geonameid and here.start != found.start


def _force_unit_beside_town(ctx: Context, t: Toponym, mention: EventMention) -> bool:
    """A province or district in the name of a state force ("Shabwa Defence Forces") in the event's sentence, which
    also names a town of that unit ("a checkpoint near Nisab turned into a gunfight between Shabwa Defence Forces
    and tribesmen"): the force's name says where it serves; the town says where it fought."""
    if t.place is None or t.place.feature_code not in ("ADM1", "ADM2") or not mention.sentence_start <= t.start < mention.sentence_end \
            or not any(a.inter == "State forces" and a.start <= t.start and t.end <= a.end and (a.start, a.end) != (t.start, t.end)
                       for a in ctx.actors or ()):
        return False
    return any(o is not t and o.place is not None and (o.place.feature_class or "") == "P" and locating(o)
               and mention.sentence_start <= o.start < mention.sentence_end and o.place.iso == t.place.iso
               and o.place.admin1 == t.place.admin1 for o in ctx.toponyms or ())


@functools.cache
def _alias_targets() -> dict[tuple[str, str], str]:
    """(name key of an alias, ISO country or "") -> the canonical name our alias file gives."""
    from dateline.places.build import DATA_DIR, read_tsv

    targets: dict[tuple[str, str], str] = {}
    for row in read_tsv(DATA_DIR / "aliases.tsv"):
        if len(row) >= 2 and (len(row) < 4 or row[3] in ("", "name")):
            targets[(name_key(row[0]), row[2] if len(row) > 2 else "")] = row[1]
    return targets


def place_name(t: Toponym) -> str | None:
    """The name to report for a resolved place: our alias file's spelling when the text used
    one of its aliases ("Houta" -> "Al Hawtah", GeoNames' alternate name for the town it
    calls Laḩij), else GeoNames' own name."""
    if t.place is None:
        return None
    key = name_key(t.text)
    if key == name_key(t.place.name):
        return t.place.name
    targets = _alias_targets()
    return targets.get((key, t.place.iso or "")) or targets.get((key, "")) or t.place.name


def conjoined_places(ctx: Context, mention: EventMention, place: Toponym | None) -> list[Toponym]:
    """The other places of the event's own place phrase, conjoined with the one it stands at ("marches
    in Mombasa and Nakuru", "rallies in Lagos, Abuja and Kano"), of the same kind (towns with towns):
    ACLED codes a demonstration in each place as an event of its own."""
    if place is None or place.place is None or not mention.sentence_start <= place.start < place.end <= mention.sentence_end:
        return []
    span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return []
    conjuncts = {c.i for c in span.root.conjuncts if c.i > span.root.i}
    out = []
    for t in ctx.toponyms or []:
        other = ctx.doc.char_span(t.start, t.end, alignment_mode="expand") if t.place is not None else None
        if other is None or other.root.i not in conjuncts or t.role != "location":
            continue
        t = as_town(ctx.doc, t)  # read as the event's own place was
        if t.place is not None and t.place.feature_class == place.place.feature_class \
                and t.place.geonameid != place.place.geonameid:
            out.append(t)
    return out


def _after_locative(doc: Doc, t: Toponym) -> bool:
    """The name follows a locative preposition ("in Niamey"), not a word that may be a capital's
    namesake in lower case or at a sentence's start ("Male students")."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in STRONG_LOCATIVE


def _named_town(here: Toponym, found: Toponym | None) -> bool:
    """``here`` names a town of its own, another than the reference point ``found`` a bearing was taken from,
    and not one named as its province is ("near X, in Donetsk" may mean the region)."""
    a, b = here.place, found.place if found is not None else None
    return a is not None and b is not None and _rank(here) == 0 and a.geonameid != b.geonameid \
        and fold(a.name) != fold(a.admin1 or "")


def _town_told_before(found: Toponym, previous: Toponym | None) -> Toponym:
    """A province found outside the event's own clause ("the X health directorate said one protester was killed")
    gives way to the town of that province the event told just before stands at: no coarser place for the same scene."""
    if previous is None or previous.place is None or found.place is None or _rank(found) != 3 or _rank(previous) != 0:
        return found
    same = previous.place.iso == found.place.iso and previous.place.admin1 == found.place.admin1
    return previous if same else found


def locate_event(ctx: Context, mention: EventMention, resolver: Resolver | None = None,
                 previous: Toponym | None = None) -> Toponym | None:
    """The toponym (with place and geo_precision) that locates the event, or None (``_locate_event``);
    in a line a place labels ("- Kherson city: on 26 November artillery shelled the X district"), a place
    outside the label's province is a namesake, and the label stands for it."""
    if resolver is not None and (coded := coded_to(ctx, mention, resolver)) is not None:
        return coded
    found = _locate_event(ctx, mention, resolver, previous)
    if found is not None and not _is_country(found) and _spread_over_country(ctx, mention, found):
        return _country_of(found)
    label = line_label(ctx, mention)
    if label is not None and found is not None and found.start < label.start and not _is_country(found):
        return as_town(ctx.doc, label)  # "KANDAHAR / \u2022 18 Sep - Panjwayi district: ...": the line's label, not the heading above
    if label is None or (found is not None and found.place is not None and label.place is not None
                         and (found.place.admin1, found.place.country) == (label.place.admin1, label.place.country)):
        return found
    if found is None or found.place is None or _is_country(found):
        return found
    return as_town(ctx.doc, label)


# An event told over a whole land: "protests were held across the country", "in various parts of the country".
_SPREAD_OVER = re.compile(r"\b(?:across|throughout|all\s+over|(?:various|several|many|different|most)\s+parts\s+of)\s+the\s+"
                          r"(?:country|nation)\b|\b(?:nationwide|countrywide)\b", re.IGNORECASE)


def _spread_over_country(ctx: Context, mention: EventMention, found: Toponym) -> bool:
    """The event's own clause spreads it over the country and names no place of its own: a place elsewhere in the
    sentence ("... and operations against raiders in X district") says nothing of where it was, only the country."""
    trigger = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand") if ctx.doc.has_annotation("DEP") else None
    if trigger is None:
        return False
    head = trigger.root
    # (a noun's own phrase, "protests held on Friday in ..."; a verb's clause without the clauses joined after it)
    if head.pos_ in ("NOUN", "PROPN"):
        end = next((t.i for t in ctx.doc[head.i + 1:head.right_edge.i + 1] if t.dep_ in ("cc", "conj")), head.right_edge.i + 1)
        own = ctx.doc[head.left_edge.i:end]
    else:
        own = clause_before_conjuncts(head)
    if not _SPREAD_OVER.search(ctx.text, own.start_char, own.end_char):
        return False
    if head.dep_ == "pobj" and head.head.lower_ in TIME_FRAME_PREPS:
        return False  # "police fired on a crowd in Nairobi during nationwide protests": the protests frame the event
    return not (own.start_char <= found.start < own.end_char and found.end > found.start)


# A coder's own note of the stand-in point: "(coded to Tera)", "Village not located; coded to X, Y region".
_CODED_TO = re.compile(r"\b[Cc]oded\s+(?:to|at)\s+(?:the\s+)?((?:[A-Z][\w'\u2019-]*)(?:[ -](?:[A-Z][\w'\u2019-]*|al|el|de|du|la))*)"
                       r"(?:\s+(?:town|city|village|district|county|province|region|state|LGA|department))?"
                       r"(?:\s*(?:,\s*|\()([^().;\n]{2,80}))?")


_BRACKETED = re.compile(r"\(([^()\[\]]{2,80})\)")


def coded_to(ctx: Context, mention: EventMention, resolver: Resolver) -> Toponym | None:
    """The point a note says the event is coded to, when its paragraph says so after the event's own
    sentence begins: the writer has chosen the stand-in for a place the gazetteer may lack, so it is
    taken as written (geo_precision 2 for a town, the unit's level for a unit)."""
    end = ctx.text.find("\n", mention.sentence_start)
    for m in _CODED_TO.finditer(ctx.text, mention.sentence_start, len(ctx.text) if end < 0 else end):
        admin = [a.strip() for a in (m.group(2) or "").split(",") if a.strip() and a.strip()[0].isupper()]
        if not admin:  # the units the note gave in brackets before ("in X village (Y, Z). ... Coded to Y town.")
            admin = [a.strip() for b in _BRACKETED.findall(ctx.text, _paragraph_start(ctx.text, mention.sentence_start), m.start())
                     for a in b.split(",") if a.strip() and a.strip()[0].isupper()]
        found = resolver(m.group(1), admin)
        if found.place is None:
            continue
        toponym = Toponym(start=m.start(1), end=m.end(1), text=m.group(1), place=found.place, score=0.5, role="location",
                          geo_precision=found.geo_precision or 1)
        return _with_precision(toponym, 2) if found.level == "place" else toponym
    return None


# A line opened by a place and a colon, after a list mark, a thread's number and time, or a word for a part of
# the place: "- Kherson city:", "Bilozerka:", "* Pokrovsk direction:", "4/ 14:30 - Downtown Khartoum:".
_LABEL_END = re.compile(r"\s*(?:(?:city|town|region|oblast|province|district|direction|area|front|village)\s*)?"
                        r"(?-i:,\s*[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}\s*)?:", re.I)  # (or "Mlolongo, Machakos County:")
_LIST_MARK = re.compile(r"^\s*(?:[-*\u2022\u2013]|#?\d{1,3}[.)/])?\s*(?:\d{1,2}[:.h]\d\d\s*[-\u2013\u2014]?\s*)?"
                        r"(?:(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2})\s*[-\u2013\u2014]\s*)?"  # "\u2022 21 Sep - X:"
                        r"(?:(?:" + "|".join(sorted(PART_WORDS | {"old"})) + r")\s+)?$", re.I)  # (and "Old Mosul:")


def line_label(ctx: Context, mention: EventMention) -> Toponym | None:
    """The place that labels the mention's line ("- Kherson city: ..."), or None."""
    line = ctx.text.rfind("\n", 0, mention.start) + 1
    for t in ctx.toponyms or []:
        if line <= t.start < mention.start and t.place is not None and (
                _LIST_MARK.match(ctx.text[line:t.start]) and _LABEL_END.match(ctx.text, t.end) is not None
                or _DATED_MARK.match(ctx.text[line:t.start]) and _DATED_LABEL_END.match(ctx.text, t.end) is not None):
            return t
    return None


# A line opened by its day and a dash, then the place, then a full stop: "Wednesday 7 June — Kandahar city. A day after ...".
_DATED_MARK = re.compile(r"^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2})"
                         r"(?:,?\s+\d{4})?\s*[-\u2013\u2014]\s*$", re.I)
_DATED_LABEL_END = re.compile(r"\s*(?:(?:city|town|region|oblast|province|district|area|village)\s*)?[.:]", re.I)


def _locate_event(ctx: Context, mention: EventMention, resolver: Resolver | None = None,
                  previous: Toponym | None = None) -> Toponym | None:
    """The toponym (with place and geo_precision) that locates the event, or None.

    ``previous``: where the event told just before stands (``previous_event_place``); an event
    whose own sentence places nothing stands there rather than at a side place an earlier
    sentence names ("two wounded were flown to X for surgery. Police took 11 men in").

    ``resolver`` (the places stage) resolves a name of the event's place phrase with the
    units written with it, when the places stage did not read it as a place ("near Kidal,
    Mali" with "Kidal" tagged a language) or read a namesake outside those units."""
    clause = clause_of(ctx.doc, mention.start, mention.end) if ctx.doc.has_annotation("DEP") else None
    article_plausible = _plausibility(ctx)
    # the clauses the trigger's own continues ("marched to the embassy in X ... and set fire to its gate")
    own_clauses = continued(clause) if clause is not None else []
    own_spans = [(c.start_char, c.end_char) for c in own_clauses]

    def plausible(t: Toponym) -> bool:
        # "gathered in Niamey, chanting for Russia": a town in the event's own clause is no namesake when
        # only countries named in passing point elsewhere (elsewhere it may be where someone only spoke; a
        # text whose towns lie in another country may have a district of that town's name)
        return article_plausible(t) or any(lo <= t.start < hi for lo, hi in own_spans) \
            and sizeable_town(t) and _after_locative(ctx.doc, t) and not any(
                o.place is not None and o.place.iso != t.place.iso and not _is_country(o) and locating(o)  # type: ignore[union-attr]
                for o in ctx.toponyms or [])

    named = [t for t in ctx.toponyms or [] if not in_group_name(ctx.actors, t) and not named_as_cause(ctx.doc, t)
             and not _force_unit_beside_town(ctx, t, mention)]
    toponyms = _event_places(ctx, named, plausible)
    times = frozenset(tok.idx for t in ctx.timexes for tok in ctx.doc.char_span(t.start, t.end, alignment_mode="expand") or ()) \
        if clause is not None else frozenset()

    behind_found: Toponym | None = None  # the place of another event the clause names ("after the blast in X")
    unread_own = False  # the event's own clause names a place the gazetteer does not place
    unread_name: str | None = None
    unread_country: Toponym | None = None  # the country a nationality word gives that place ("a Lebanese village")
    unread_part = False  # ... or names a part of a town the gazetteer lacks ("in the X neighbourhood", "colonia X")

    def phrased(scopes: list[Clause], own: bool = False) -> Toponym | None:
        nonlocal toponyms, unread_own, unread_name, unread_country, behind_found, unread_part
        coarse: Toponym | None = None  # a province or a country an earlier scope gave: a later one may name a place in it
        for scope in scopes:
            found, bearing = None, False  # bearing: found is only a reference point's bearing ("north of X")
            for phrase in _with_clause_units(place_phrases(scope, [t for t in named if t.role != "name"], times), scope.head.idx,
                                             ctx.text, named):
                here = _from_phrase(phrase, plausible, ctx.text, resolver, ctx.doc)
                if here is not None and phrase.unread is not None and not phrase.named \
                        and _other_province(ctx, mention, here, named):
                    here = None  # "the hamlet of Linda Vista" read as a namesake in another state than the sentence's
                if own and here is None and (phrase.unread or any(t.place is None for t in phrase.named)):
                    span = (phrase.named[0].start, phrase.named[0].end) if phrase.named else phrase.unread
                    unread_name = unread_name or (ctx.text[span[0]:span[1]] if span is not None else None)
                    unread_own = unread_own or _unread_settlement(ctx.text, phrase)
                    unread_part = unread_part or phrase.part
                    unread_country = unread_country or (_nationality_of(ctx, span) if span is not None else None)
                if here is not None and here.end > here.start and _side(ctx.doc, here, mention.start):
                    continue  # "died on the way to a hospital in X": weighed below with the other side places
                if here is not None and phrase.route and found is not None and _rank(found) < 2:
                    continue  # "near X on the Y-Z highway": the road's towns refine only a district or a province
                if here is not None and phrase.behind:
                    behind_found = behind_found or here  # used only when nothing else in the sentence places it
                    continue
                if here is not None:
                    if bearing and not phrase.near and _named_town(here, found):
                        found, bearing = here, False  # "north of X, a bomb hit a patrol in Y": Y is the spot
                    elif found is None or _more_specific(found, here) is here or _within_side(ctx.doc, found, here):
                        found, bearing = here, phrase.bearing or not phrase.named  # (or only the units it sits in)
                    if _rank(found) == 0 and not bearing and not _a_side_of(ctx.doc, found):
                        return found
                if phrase.part:  # a neighbourhood's name read as a town elsewhere locates nothing
                    toponyms = [t for t in toponyms if t not in phrase.named]
                    unread_part = unread_part or own and here is None
            if coarse is not None:
                if found is not None and _more_specific(coarse, found) is found:
                    return found  # "in the north of the province, one was killed when forces shelled X district"
            elif found is not None and _rank(found) >= 2 and not bearing:
                coarse = found
            elif found is not None:
                return found
        return coarse

    if clause is not None:
        scopes = list(own_clauses)
        scopes[1:1] = when_clauses(clause)
        if (taking := taken_after_leaving(clause.trigger)) is not None:
            scopes.insert(1, Clause(taking))  # "entered X after the militia withdrew": the ground left is where it was taken
        if (took_place := _occurred_over(clause)) is not None:
            scopes.append(Clause(took_place))  # "the clash took place on the outskirts of X when a patrol came under fire"
        if mention.event_type in DEMONSTRATION_TYPES:  # (a crowd's own place; not what an arrested man had done)
            triggers = {m.start for m in ctx.mentions or [] if m is not mention}
            scopes += [r for r in argument_relatives(own_clauses) if r.head.idx not in triggers]
        if (found := phrased(scopes, own=True)) is not None:
            return _framed(ctx, mention, found, named)
        # (or the sentence opens with it: "In the capital, calm returned after clashes ...")
        fronted = _THE_CAPITAL.match(ctx.text, mention.sentence_start, clause.end_char)
        if (said := fronted or _THE_CAPITAL.search(ctx.text, clause.start_char, clause.end_char)) \
                and (capital := story_capital(ctx)) is not None:
            # "In the capital, police detained an editor": the country's capital itself
            return capital.model_copy(update={"start": said.start(1), "end": said.end(1), "text": said.group(1), "geo_precision": 1})
        if mention.event_type in DEMONSTRATION_TYPES and not unread_own \
                and (home := _crowd_home(ctx.doc, clause, toponyms)) is not None:
            return home
    if clause is not None and (where := where_phrase(clause)) is not None:
        # "... in Amuru district, Horo Guduru zone, where the gunmen murdered nine civilians": the place "where" stands for
        if found := _best(toponyms, where[0], where[1], mention.start, ctx.doc):
            return as_town(ctx.doc, found)
        if resolver is not None and (named_unit := _resolved_where(ctx, where, resolver)) is not None:
            return named_unit  # "..., also in Tsafe Local Government Area, where a gun duel ensued": a unit the places stage missed
        # a name the gazetteer has only abroad, or a named unit it lacks ("Qwertzu district, where ...")
        unread_own = unread_own or any(where[0] <= t.start < where[1] for t in named) \
            or _UNIT_NAMED.search(ctx.text, where[0], where[1]) is not None
    # a side place (a hospital's town, where an official spoke, the victims' home) is the event's
    # only when no earlier sentence of the paragraph says where it happened
    aside = None
    scopes = [(clause.start_char, clause.end_char)] if clause is not None else []
    # "... after the blast at a hospital in X": X is the blast's place, the event's only if the sentence names no other
    front = [t for t in toponyms if clause is None or not (mention.sentence_start <= t.start < mention.sentence_end and (
        (span := ctx.doc.char_span(t.start, t.end, alignment_mode="expand")) is not None
        and behind_event(ctx.doc, span.root, clause.trigger)))]
    # "In Zawiya, about 45 km west of X, residents blocked the road ... protesting the fighting in Y": a place the
    # sentence opens on frames it, before any place its clauses name in passing
    frame = next((t for t in front if mention.sentence_start <= t.start < mention.start and t.place is not None
                  and _FRAME.fullmatch(ctx.text, mention.sentence_start, t.start) and ctx.text[t.end:t.end + 1] == ","
                  and not _is_country(t) and not _aside(ctx.doc, t, mention.start)), None)
    if frame is not None:
        return as_town(ctx.doc, frame)
    if clause is not None:  # ("identified by the Oguta attack survivors": the place of another event, never this one's)
        others = {t.start for t in toponyms if mention.sentence_start <= t.start < mention.sentence_end
                  and (span := ctx.doc.char_span(t.start, t.end, alignment_mode="expand")) is not None
                  and names_other_event(span.root, clause.trigger)}
        front, toponyms = [t for t in front if t.start not in others], [t for t in toponyms if t.start not in others]
    for places in (front, toponyms):  # then another event's place, as nothing else in the sentence places it
        for start, end in [*scopes, (mention.sentence_start, mention.sentence_end)]:  # the clause, then the sentence
            if found := _best(places, start, end, mention.start, ctx.doc):
                if not _aside(ctx.doc, found, mention.start):
                    return _town_told_before(as_town(ctx.doc, found), previous) if (start, end) not in scopes else as_town(ctx.doc, found)
                aside = aside or found
        if behind_found is not None and aside is None:
            return behind_found  # "the attack came after a week of fighting in rural X": nothing else says where
    if not unread_own and (town := _street_town(ctx, mention.sentence_start, mention.sentence_end, toponyms)) is not None:
        return town  # "at the X Road bomb", the text having written "X Road in north Y" before
    # "In neighbouring X Township, fighters took the police station": a place the gazetteer does not
    # hold moves the story; a place borrowed from before it gives only its province (geo_precision 3)
    moved = unread_own and aside is None
    if moved and unread_name and (unit := _unit_told_elsewhere(ctx, unread_name, toponyms, mention)) is not None:
        return unit  # "Sadung (Waingmaw Township). ... KIA troops took the town of Sadung": the unit written with it
    para = _paragraph_start(ctx.text, mention.sentence_start)
    if aside is not None and para > 0:  # a side place opening a paragraph: the paragraph before says where
        para = _paragraph_start(ctx.text, len(ctx.text[:para].rstrip()))
    # (not the report's head: a wire dateline, "BAMAKO, Aug 9 -", is where it was filed)
    earlier = [s for s in ctx.doc.sents if max(para, ctx.body_start) <= s.start_char and s.end_char <= mention.sentence_start]
    for sent in reversed(earlier):
        # "The protest ended peacefully": the event the sentence before reported, where its own main
        # clause puts it, before any place named in passing there ("... from checkpoints in X")
        if clause is not None and sent.root.pos_ in ("VERB", "AUX") and (found := phrased([Clause(sent.root)])) is not None:
            if previous is not None and not moved and _side(ctx.doc, found, mention.start):
                aside = aside or found  # "... were flown to X for surgery": where the wounded went
                continue
            return _borrowed(ctx, found, unread_name, mention) if moved else found
        if found := _best(toponyms, sent.start_char, sent.end_char, sent.end_char, ctx.doc):
            if previous is not None and not moved and _aside(ctx.doc, found, mention.start):
                aside = aside or found
                continue
            return _borrowed(ctx, found, unread_name, mention) if moved else _town_told_before(as_town(ctx.doc, found), previous)
        moved = moved or unread_place(ctx, sent)
    if aside is not None and previous is not None and not moved:
        return previous
    if aside is not None and unread_own and not _gone_to(ctx.doc, aside, mention.start):
        # "strikes on the village of X killed two, the ministry said in Beirut": where someone spoke or
        # came from is no stand-in for a village the gazetteer lacks (a hospital's town, near it, may be);
        # only its country is sure
        return _country_of(aside)
    if aside is not None:
        # where someone spoke, was treated or came from, and nothing else places it: that place's province
        # ("troops fought the militants on Sunday, a military source in Pemba said")
        return _province_of(aside) or as_town(ctx.doc, aside)
    if unread_part and previous is not None and _MOVES_ON.match(ctx.text, mention.sentence_start) \
            and (town := dateline_toponym(ctx.dateline)) is not None and town.place is not None and town.place.feature_class == "P":
        # "Also on Sunday night, ... from their home in the X neighbourhood": another incident, in a part of the town
        # the report is filed from, not of the town the paragraph before told of ("bodies were found 25 km south of it")
        return town
    if unread_name and (unit := _unit_told_elsewhere(ctx, unread_name, toponyms, mention)) is not None:
        # "the town of Lere" ... "Lere, a trading town in the Timbuktu region"; "in the Sidakan area" ...
        # "outside the Sidakan sub-district in the Soran administration"
        return unit
    if moved:
        found = narrative_place(ctx, mention)
        if unread_country is not None and (found is None or found.start < _paragraph_start(ctx.text, mention.sentence_start)
                                           or _is_dateline(ctx, found)):
            return unread_country  # the place's own nationality word over a dateline or an earlier paragraph's town
        if found is not None and _is_dateline(ctx, found):
            # "YANGON - KIA troops took the town of X": where the report was filed says nothing of the province of
            # a town the gazetteer lacks; only its country is sure
            return _country_of(found)
        return _borrowed(ctx, found, unread_name, mention) if found is not None else None
    if unread_country is not None:
        return unread_country  # "the southern Lebanese village of X": Lebanon, not the dateline's city
    if mention.start < _lede_end(ctx) or _names_dateline(ctx, mention):
        return dateline_toponym(ctx.dateline)
    return None


_STREET = re.compile(r"\b((?:[A-Z][\w'-]+\s+){1,3}(?:" + "|".join(w.capitalize() for w in STREET_CLOSERS) + r"))\.?\b")
# What joins a street to its town: "X Road in north Y", "X Street, Y", "X Avenue of Y".
_TO_TOWN = re.compile(r"\s*(?:,|in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central|downtown|northern|southern|eastern|"
                      r"western|the\s+centre\s+of|the\s+center\s+of)\s+)?", re.I)


def _crowd_home(doc: Doc, clause: Clause, toponyms: list[Toponym]) -> Toponym | None:
    """The place a demonstration's crowd is named by ("the youths of the Oicha commune erected barricades",
    "residents of X blocked the road"), when the clause names no place of its own: people of a town take to
    its streets.  Not a crowd's origin told with "from" (``_origin``), nor anyone else's town."""
    classes = get_ontology().actor_classes
    people = {w.lower() for w in (*classes.get("crowd", ()), *classes.get("civilian", ()))}
    heads = [clause.head, *([clause.head.head] if clause.head.dep_ == "conj" else [])]
    for subject in (c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lemma_.lower() not in people:
            continue
        for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"):
            for tok in prep.subtree:
                t = next((x for x in toponyms if x.start <= tok.idx < x.end and locating(x)), None)
                if t is not None:
                    return as_town(doc, t)
    return None


def _street_town(ctx: Context, lo: int, hi: int, toponyms: list[Toponym]) -> Toponym | None:
    """The town of a street the sentence names, from where the text wrote that street before with its
    town ("outside shops in X Road in north Y ... At the X Road bomb, ..."): a street is where it was."""
    for m in _STREET.finditer(ctx.text, lo, hi):
        name = m.group(1)
        for earlier in re.finditer(re.escape(name), ctx.text[:lo]):
            if (join := _TO_TOWN.match(ctx.text, earlier.end())) is None:
                continue
            town = next((t for t in toponyms if t.start == join.end() and t.place is not None
                         and t.place.feature_class == "P"), None)
            if town is not None:
                return as_town(ctx.doc, town)
    return None


# A capitalised name before a word of its kind ("Qwertzu district", "Amuru woreda").
_UNIT_NAMED = re.compile(r"\b[A-Z][\w'-]+" + _SETTLEMENT_AFTER.pattern.replace("(?:", "(?i:", 1))


# "In X, ..." opening a sentence (after a live blog's clock time, "10:15 - In X, ...").
_FRAME = re.compile(r"(?:\d{1,2}[:.]\d{2}\s*[-\u2013\u2014:]\s*)?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _other_province(ctx: Context, mention: EventMention, found: Toponym, named: list[Toponym]) -> bool:
    """A name the places stage did not read, resolved alone, lies in another province of the country than
    every place the sentence itself names ("residents of the X area, in Guerrero's Y region, said drones hit
    the hamlet of Z": a Z in Veracruz is a namesake)."""
    if found.place is None or not found.place.admin1:
        return False
    # (not where someone came from: "a driver originally from South Sulawesi was shot dead on the road ...")
    others = [t for t in named if mention.sentence_start <= t.start < mention.sentence_end and t.place is not None
              and locating(t) and t.place.iso == found.place.iso and t.place.admin1
              and not (t.place.feature_code or "").startswith("PCL") and not _aside(ctx.doc, t, mention.start)]
    return bool(others) and all(t.place.admin1 != found.place.admin1 for t in others)  # type: ignore[union-attr]


def _framed(ctx: Context, mention: EventMention, found: Toponym, named: list[Toponym]) -> Toponym:
    """The event's place, unless the sentence opens on another place that frames all its clauses ("In Kherson, a
    woman was killed when artillery shelled the X district") and the place found lies outside that frame's province:
    a namesake of a part of the framing town (Kyiv's X district), and the frame stands for it."""
    frame = next((t for t in named if mention.sentence_start <= t.start < mention.start and t.place is not None
                  and _FRAME.fullmatch(ctx.text, mention.sentence_start, t.start)
                  and ctx.text[t.end:t.end + 1] == ","), None)
    if frame is None or found.place is None or frame.start == found.start or _is_country(frame) \
            or found.place.iso != frame.place.iso or not found.place.admin1 or found.place.admin1 == frame.place.admin1:
        return found
    return as_town(ctx.doc, frame)


# A sentence that opens on another incident ("Also on Sunday, ...", "Separately, ...", "In another incident, ...").
_MOVES_ON = re.compile(r"\s*(?:also|separately|meanwhile|elsewhere|in\s+(?:another|a\s+separate)\s+(?:incident|attack|development))\b",
                       re.IGNORECASE)


def _is_dateline(ctx: Context, t: Toponym) -> bool:
    """The toponym is the wire dateline's place name ("BEIRUT, Dec 5 (Reuters) -"), where the report was filed."""
    return bool(ctx.dateline) and name_key(t.text) == name_key(ctx.dateline.split(",")[0]) and t.start < ctx.body_start + 80


def _nationality_of(ctx: Context, span: tuple[int, int]) -> Toponym | None:
    """The country of a nationality word in the noun phrase that holds an unread place name ("the
    southern Lebanese village of X", "a Syrian border town, X"), as a stand-in (geo_precision 3)."""
    tok = ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    if tok is None:
        return None
    noun = tok.root
    for _ in range(3):  # "X" -> "of" -> "village"
        if noun.dep_ not in ("pobj", "prep", "appos", "compound") or noun.head.i == noun.i:
            break
        noun = noun.head
    lo, hi = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
    for t in ctx.toponyms or []:
        if t.role == "demonym" and lo <= t.start < hi and t.place is not None and (t.place.feature_code or "").startswith("PCL"):
            return Toponym(start=t.start, end=t.start, text=t.text, place=t.place, role="location", geo_precision=3)
    return None


# "in the capital" with no name after it: the national capital of the country the story is about.
_THE_CAPITAL = re.compile(r"\b(?:[Ii]n|at|near|outside|around|across)\s+(the\s+(?:national\s+)?capital)\b(?!\s*,?\s*(?:city\s+)?(?:of\s+)?[A-Z])")


# What stands between a name and the unit that holds it: ", a trading town in the", " sub-district in the",
# ", " (not "from X now sheltering in Y": where someone is, not where X lies).
# Or the place a bearing is taken from: ", south-west of ", ", 20 km north of " (the place near it, geo_precision 2).
_UNIT_GAP = re.compile(r"(?:,\s*(?:an?|the)\s+[\w' -]{1,40}?\s+(?:in|of)\s+|\s+[\w-]{1,20}\s+(?:in|of)\s+|,\s*(?:in\s+)?"
                       rf"|,\s*{BEARING_OF}\s+|\s*\()(?:the\s+)?", re.IGNORECASE)  # (or its unit in brackets: "X (Y Township)")


def _unit_told_elsewhere(ctx: Context, name: str, toponyms: list[Toponym], mention: EventMention) -> Toponym | None:
    """The unit or town the text places an unplaced name in where it names it again ("Lere, a trading
    town in the Timbuktu region", "the Sidakan sub-district in the Soran administration"), as a
    stand-in at that place's precision (2, or 3 for a province)."""
    key = name_key(name)
    for sent in ctx.doc.sents:
        if sent.start_char <= mention.start < sent.end_char:
            continue
        text = ctx.text[sent.start_char:sent.end_char]
        at = next((sent.start_char + m.start() for m in re.finditer(re.escape(name), text)), None)
        if at is None or name_key(ctx.text[at:at + len(name)]) != key:
            continue
        units = [t for t in toponyms if at + len(name) < t.start <= at + len(name) + 80
                 and sent.start_char <= t.start < sent.end_char and t.place is not None and not _is_country(t)
                 and _UNIT_GAP.fullmatch(ctx.text, at + len(name), t.start) is not None]
        if units:
            unit = min(units, key=lambda t: t.start)
            return _with_precision(unit, 3 if unit.place.feature_code == "ADM1" else 2)  # type: ignore[union-attr]
    return None


def _names_dateline(ctx: Context, mention: EventMention) -> bool:
    """The event's sentence writes the dateline's name ("retook Mukalla" under "Al Mukalla:"),
    even where the places stage did not read it as a place."""
    if not ctx.dateline:
        return False
    key = bare_key(ctx.dateline.split(",")[0])
    return bool(key) and f" {key} " in f" {name_key(ctx.text[mention.sentence_start:mention.sentence_end])} "


def _lede_end(ctx: Context) -> int:
    """Where the paragraph the dateline opens ends. The dateline is where the report was filed:
    it stands for the place of an event the headline or lede leaves unplaced ("KABUL - A bomb
    killed four on Monday"), but a later paragraph without a place has usually moved on (a
    spokesman's account, a strike elsewhere), and the filing city is no answer there."""
    end = ctx.text.find("\n", ctx.body_start)
    return end if end >= 0 else len(ctx.text)
