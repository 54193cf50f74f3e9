"""The places that may locate an event, and the place one phrase of its clause gives.

Which toponyms can say where an event was (``locating``, ``_event_places``: not part of an armed group's
name, not a country owning forces or across a border, not a place naming a time) and the best of them in
a stretch of text (``_best``); the place a locative phrase gives with the units written beside it,
asking the places stage again when it read no place or a namesake (``_from_phrase``, ``Resolver``,
``_with_clause_units``, ``_resolved_where``); and whether a phrase names a town or unit the gazetteer
lacks (``_unread_settlement``, ``unread_place``), which moves the story.  ``place.py`` chooses among
them, and ``place_fallbacks.py`` reads them too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from dateline.actors.matcher import ARMED_INTERS, attacker_demonym
from dateline.events.ontology import get_ontology
from dateline.places.normalize import fold
from dateline.places.resolve import destination
from dateline.places.name_words import ADMIN_SUFFIXES
from dateline.records.clause import Clause
from dateline.records.context import Context
from dateline.records.place_country import _plausibility, across_border, owner_country
from dateline.records.place_phrases import (LOCATING_ROLES, ROUTE_WORDS, SETTLEMENT_KINDS, PlacePhrase, _landmark, _origin,
                                            _rank, _side, offset_of, place_phrases, place_words, road_ends)
from dateline.records.place_units import (_CITY_AFTER, _KIND_AFTER, _PART_OF, _abroad_of, _inside, _named_city,
                                          _outside_unit, _unit_named, _with_kind, _with_precision, as_town)
from dateline.types import ActorMention, Toponym

if TYPE_CHECKING:
    from dateline.places.geocode import Resolution


def _best(toponyms: list[Toponym], lo: int, hi: int, anchor: int, doc: Doc | None = None) -> Toponym | None:
    """The most specific, then the nearest, toponym in [lo, hi); of equally specific ones, a
    landmark another place is placed by ("Sinjil, north of Ramallah") comes last.  Where something
    was launched or sent from ("drones launched from X", "missiles from X") is never the place."""
    inside = [t for t in toponyms if lo <= t.start and t.end <= hi and not (doc is not None and _origin(doc, t, launched=True))]
    if not inside:
        return None
    # where someone came from ("workers from X ... at a site in Y") only when nothing else is named,
    # and a side place of the story (a hospital's town, where an official spoke) after any other
    return min(inside, key=lambda t: (doc is not None and _origin(doc, t), doc is not None and _side(doc, t, anchor), _rank(t),
                                      doc is not None and _landmark(doc, t, inside), abs(t.start - anchor)))


def locating(t: Toponym) -> bool:
    """A place that can say where an event happened.

    "Aden police" (a town as modifier) points at Aden, but "a UAE officer" names
    the victim's nationality, not the scene: country-level modifiers do not locate.
    """
    if t.place is None or t.role not in LOCATING_ROLES:
        return False
    return not (t.role == "modifier" and (t.place.feature_code or "").startswith("PCL"))


def names_the_scene(ctx: Context, t: Toponym) -> bool:
    """A country set before an event's own word ("Mali violence", "Iraq bombings", "Sudan fighting")
    says where it happened, as "in Mali" would; before a force or a weapon ("US drone strike") it
    says whose it was (``attacker_demonym``)."""
    if t.place is None or t.role != "modifier" or not (t.place.feature_code or "").startswith("PCL"):
        return False
    span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("compound", "nmod", "amod") or attacker_demonym(ctx.doc, t):
        return False
    head = span.root.head
    words = [head]
    if head.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in get_ontology().event_heads:
        words.append(head.head)  # "Iraq violence kills 22" (not "a UAE officer was killed": a person's nationality)
    return any(m.start <= w.idx < m.end for w in words for m in ctx.mentions or [])


def in_group_name(actors: list[ActorMention] | None, t: Toponym) -> bool:
    """The toponym is part of a named armed group's name ("Sinaloa Cartel", "Benghazi Revolutionaries", "Fano
    militiamen"): the name tells where the group comes from, not where it fought; a state force's unit ("Kandahar
    police") and people named by their town ("Kibera residents") still point at the place."""
    return any(a.key and a.inter in ARMED_INTERS and a.start <= t.start and t.end <= a.end
               and (a.start, a.end) != (t.start, t.end) for a in actors or ())


def _resolved_where(ctx: Context, where: tuple[int, int], resolver: Resolver) -> Toponym | None:
    """The name a "where" clause stands for, given to the places stage when it read no place there: a capitalised
    name, with its unit word ("Tsafe Local Government Area"), at most a few words long."""
    at = where[0]
    for part in ctx.text[where[0]:where[1]].split(","):  # "X, in Y Local Government Area, where": X, then Y
        lead = re.match(r"\s*(?:(?:in|near|at)\s+)?", part)
        start, name = at + lead.end(), part[lead.end():].strip()  # type: ignore[union-attr]
        at += len(part) + 1
        if not name[:1].isupper() or len(name.split()) > 5 or not re.fullmatch(r"[\w' -]+", name):
            continue
        if (found := resolver(name, [])).place is not None:
            return Toponym(start=start, end=start + len(name), text=name, place=found.place, score=0.5, role="location",
                           geo_precision=found.geo_precision or 1)
    return None


def with_offset(doc: Doc, t: Toponym) -> Toponym:
    """A place the text sets a distance and a direction from a town ("about 75 km south of X") stands at
    that point: the town's name, the point the text gives, geo_precision 2.  A map of events should not
    pile a village's clash onto the town it is measured from."""
    if t.place is None or (offset := offset_of(doc, t)) is None:
        return t
    lat, lon = destination((t.place.latitude, t.place.longitude), *offset)
    return _with_precision(t.model_copy(update={"place": t.place.model_copy(update={"latitude": lat, "longitude": lon})}), 2)


# The places stage's answer for a name and the units written with it: (place, geo_precision,
# level), level "place", "adm2", "adm1", "country" or "none" (``PlacesComponent.resolve_in_context``).
Resolver = Callable[[str, Sequence[str]], "Resolution"]


def _from_phrase(phrase: PlacePhrase, plausible, text: str, resolver: Resolver | None,  # type: ignore[no-untyped-def]
                 doc: Doc | None = None) -> Toponym | None:
    """The place a phrase gives: the named place if it fits the units named with it, else
    the most specific of those units.  A name the places stage did not read, or read as a
    namesake outside those units, goes back to it with the units (``resolver``); so does every
    name written with its units in brackets, which then decide between namesakes."""
    # (a sea or a lake beside the name describes it, "the Black Sea city of Batumi"; it holds no town)
    units = [u for u in phrase.context if locating(u) and plausible(u) and not (u.place is not None and u.place.feature_class == "H")]
    if phrase.street and not phrase.route:  # the street's town is the place itself ("in Calle X,
        # Madrid"), not a stand-in for it; a road named only for the towns it joins is near them
        town = next((u for u in units if u.place is not None and not (u.place.feature_code or "").startswith("PCL")), None)
        return as_town(doc, town) if town is not None and doc is not None else town
    if phrase.part:  # only a gazetteer entry for a section of a town is a neighbourhood's point
        named = [t for t in phrase.named if t.place is not None and (t.place.feature_code or "").startswith("PPLX")]
        if named:
            return _with_precision(named[0], 2)
        # ... or the city the text names it a part of ("the X district of Kherson city", "the X neighbourhood
        # of <a town>": a town's part is in that town, the point ACLED gives it)
        return next((_named_city(doc, u, text) for u in units if _CITY_AFTER.match(text, u.end)
                     or u.place is not None and u.place.feature_class == "P"), None)
    span = (phrase.named[0].start, phrase.named[0].end) if phrase.named else phrase.unread
    if phrase.admin and resolver is not None and span is not None and (found := _resolved(phrase, span, text, resolver)) \
            and plausible(found):  # units read as namesakes abroad ("Sharon" in Pennsylvania) decide nothing
        return _named_city(doc, found, text)
    ends = phrase.named if phrase.route else _road_ends(doc, phrase.named)
    if ends and not phrase.admin and not _units_follow(text, ends) and (between := _between(ends, plausible)) is not None:
        return between  # "on the road between Maiduguri and Damboa": somewhere along it, told by no town of its own
    for named in phrase.named:
        if (locating(named) or phrase.route) and plausible(named) and all(_inside(named, u) or _unit_named(named, u) for u in units) \
                and not _abroad_of(named, phrase.context):
            named = as_town(doc, named) if doc is not None else named
            return _with_precision(named, 2) if phrase.near else named
    if not phrase.admin and resolver is not None and span is not None and (found := _resolved(phrase, span, text, resolver)) \
            and plausible(found) and all(_inside(found, u) or u.place is not None and found.place is not None
                                         and u.place.geonameid == found.place.geonameid for u in units):
        # (a namesake outside the units written with it, "the Kyivskyi district of Kharkiv" read in Donetsk, is none)
        return _named_city(doc, found, text)
    for unit in units:
        if any(_outside_unit(unit, other, text) for other in units if other is not unit):
            continue  # "the outskirts of X (municipality of Y)": a namesake X of another district is not the place
        code = unit.place.feature_code or "" if unit.place else ""
        if doc is not None and code in ("ADM1", "ADM2") and (_CITY_AFTER.match(text, unit.end) or _PART_OF.search(text, 0, unit.start)):
            # "the X district of Kherson city"; "the X district of Kharkiv": a part of the city, not of its province
            town = as_town(doc, unit)
            return town if town is not unit else _with_precision(unit, 3 if code == "ADM1" else 2)
        level = 3 if code in ("ADM1", "PCLI") or code.startswith("PCL") else 2
        return _with_precision(unit, level)
    return None


# Farther apart than this, a road's two ends say too little for a point between them.
ROUTE_SPAN_KM = 200


def _road_ends(doc: Doc | None, named: list[Toponym]) -> list[Toponym]:
    """The towns a "between" phrase names as a road's ends ("on the road between X and Y"), first town first."""
    if doc is None or not named or (span := doc.char_span(named[0].start, named[0].end, alignment_mode="expand")) is None:
        return []
    tok = span.root
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "between" and tok.head.head.lemma_.lower() in ROUTE_WORDS):
        return []
    from dateline.places import toponyms

    return road_ends(tok.head.head, toponyms(doc))[0]


def _units_follow(text: str, ends: list[Toponym]) -> bool:
    """A coder's units in brackets follow the road's towns ("between Baidoa and Burhakaba (Baidoa district, Bay
    region)"): a coder's note, which codes a road to its first town."""
    return len(ends) >= 2 and text[ends[1].end:ends[1].end + 3].lstrip().startswith("(")


def _between(ends: list[Toponym], plausible) -> Toponym | None:  # type: ignore[no-untyped-def]
    """The middle of a road between two towns of one country the text names as its ends ("Maiduguri-Damboa
    road"), at geo_precision 2 in the first town's units: nearer the event, on average, than either end."""
    from dateline.places.resolve import haversine

    towns = [t for t in ends if t.place is not None and t.place.feature_class == "P" and plausible(t)]
    if len(towns) < 2 or towns[0].place.iso != towns[1].place.iso:  # type: ignore[union-attr]
        return None
    a, b = towns[0].place, towns[1].place
    if haversine((a.latitude, a.longitude), (b.latitude, b.longitude)) > ROUTE_SPAN_KM:  # type: ignore[union-attr]
        return None
    middle = a.model_copy(update={"latitude": round((a.latitude + b.latitude) / 2, 5),  # type: ignore[union-attr]
                                  "longitude": round((a.longitude + b.longitude) / 2, 5), "geonameid": None,  # type: ignore[union-attr]
                                  "name": f"{a.name}-{b.name} road", "feature_code": "RD", "population": 0})  # type: ignore[union-attr]
    return towns[0].model_copy(update={"place": middle, "geo_precision": 2})


# What stands between a place and the unit that holds it when the unit is a phrase of its own: " in the ".
_UNIT_NEXT = re.compile(r",?\s+in\s+(?:the\s+)?", re.I)


def _with_clause_units(phrases: list[PlacePhrase], head_at: int, text: str,
                       toponyms: Sequence[Toponym] = ()) -> list[PlacePhrase]:
    """A unit one phrase of the clause names is context for a town another names when that town was read
    abroad ("attacked X village in Y county (Z)", the parser hanging "in Y county" on the verb), or when
    the unit frames the clause from before its verb ("In Donetsk Oblast, shelling killed two in X"): the
    town is then read within that unit, as it is when the units follow the town itself."""
    units = [t for p in phrases for t in (*p.named, *p.context) if t.place is not None and t.place.iso
             and (t.place.feature_code or "") in ("ADM1", "ADM2")]
    named = [t for p in phrases for t in p.named if t.place is not None and t.place.iso]
    for phrase in phrases:
        if phrase.context or phrase.admin or phrase.route or phrase.street or not phrase.named:
            continue
        given = [u for u in units if u not in phrase.named and (all(
            t.place is not None and t.place.iso not in (None, u.place.iso) for t in phrase.named)  # type: ignore[union-attr]
            or u.start < head_at < phrase.named[0].start and not any(_inside(t, u) for t in phrase.named))]
        if not given:  # "near X in Sumy oblast", the parser hanging "in Sumy oblast" on the trigger
            last = max(phrase.named, key=lambda t: t.end)
            given = [u for u in named if u not in phrase.named and _UNIT_NEXT.fullmatch(text, last.end, u.start)
                     and ((u.place.feature_code or "") in ("ADM1", "ADM2") or _KIND_AFTER.match(text, u.end))  # type: ignore[union-attr]
                     and not any(_inside(t, u) for t in phrase.named)]
        if given:
            phrase.context = given
    for phrase in phrases:  # "at Amaraku, Isiala Mbano LGA", the parser hanging the unit on the verb: the unread village's unit
        unplaced = phrase.named and all(t.place is None for t in phrase.named)
        end = phrase.named[-1].end if unplaced else phrase.unread[1] if phrase.unread is not None and not phrase.named else None
        if end is not None and not phrase.context and not phrase.admin:
            phrase.context = [u for u in toponyms if u.place is not None and (u.place.feature_code or "") in ("ADM1", "ADM2")
                              and _UNIT_AFTER_VILLAGE.fullmatch(text, end, u.start)][:1]
    return phrases


_UNIT_AFTER_VILLAGE = re.compile(r",\s*")


def _resolved(phrase: PlacePhrase, span: tuple[int, int], text: str, resolver: Resolver) -> Toponym | None:
    """The places stage's answer for the phrase's name with its units, as a toponym whose evidence
    is the words that gave the point: the name, or the unit the text names."""
    found = resolver(_with_kind(text, span), phrase.admin or [u.text for u in phrase.context])
    if found.place is None:
        return None
    source = next((u for u in phrase.context if found.level in ("adm1", "adm2", "country") and u.place is not None
                   and (u.place.geonameid == found.place.geonameid or fold(u.place.name) == fold(found.place.name))), None)
    if source is None and found.level != "place" and phrase.admin:
        # a unit the places stage did not read ("Unity"): point at its words in the brackets
        after = text.find("(", span[1])
        for name in phrase.admin:
            at = text.find(name, after)
            if at >= 0 and fold(name) in (fold(found.place.name), fold(found.place.admin1 or ""), fold(found.place.admin2 or "")):
                span = (at, at + len(name))
                break
    start, end = (source.start, source.end) if source is not None else span
    if source is not None and source.place is not None and source.place.feature_class == "P" \
            and text.startswith(("'s ", "\u2019s "), source.end):
        # "in Kabul's X area": a part of the town the text names as its owner, not of the province named after it
        return _with_precision(source, 2)
    toponym = Toponym(start=start, end=end, text=text[start:end], place=found.place, score=0.5, role="location",
                      geo_precision=found.geo_precision or 1)
    return _with_precision(toponym, 2) if phrase.near and found.level == "place" else toponym


def unread_place(ctx: Context, sent: Span) -> bool:
    """The sentence's main clause names a place the gazetteer does not hold (or holds only as a
    namesake): the story has moved somewhere no earlier place says."""
    cache = ctx.memo.setdefault("unread_place", {})
    if sent.start_char not in cache:
        plausible = _plausibility(ctx)
        named = [t for t in ctx.toponyms or [] if t.role != "name" and not in_group_name(ctx.actors, t)]
        cache[sent.start_char] = sent.root.pos_ in ("VERB", "AUX") and any(
            _unread_settlement(ctx.text, phrase) and _from_phrase(phrase, plausible, ctx.text, None, ctx.doc) is None
            for phrase in place_phrases(Clause(sent.root), named))
    return cache[sent.start_char]


# "the town of X", "the village of X": the kind written before the name.
_SETTLEMENT_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(SETTLEMENT_KINDS))) + r")\s+of\s+$", re.I)
_SETTLEMENT_AFTER = re.compile(r"\s+(?:" + "|".join(map(re.escape, sorted(SETTLEMENT_KINDS | set(place_words()["unit_kinds"])
                                                                          | set(place_words()["district_anaphors"])))) + r")\b", re.I)


# An administrative unit named after a place and its own kind word, if any ("X area, Y sub-county"): the unit holding it.
_UNIT_NAMED_AFTER = re.compile(r"(?:\s+[a-z]+)?\s*,\s*(?:in\s+)?(?:the\s+)?[A-Z][\w'-]+\s+(?i:"
                               + "|".join(map(re.escape, sorted(ADMIN_SUFFIXES, key=len, reverse=True))) + r")\b")


def _unread_settlement(text: str, phrase: PlacePhrase) -> bool:
    """The phrase names a town or unit by its kind ("in X Township", "in X village", "at X area, Y sub-county") that
    the gazetteer could not place; a neighbourhood, street or area ("in the X area") stays in its town."""
    if phrase.part or phrase.street or phrase.near:
        return False
    span = (phrase.named[0].start, phrase.named[0].end) if phrase.named else phrase.unread
    return span is not None and (_SETTLEMENT_AFTER.match(text, span[1]) is not None
                                 or _UNIT_NAMED_AFTER.match(text, span[1]) is not None
                                 or _SETTLEMENT_BEFORE.search(text, max(0, span[0] - 40), span[0]) is not None)


def _event_places(ctx: Context, named: list[Toponym], plausible: Callable[[Toponym], bool]) -> list[Toponym]:
    """The toponyms that may say where an event was: locating ones, in a country the article makes
    plausible, not a country named as the owner of forces or as the far side of a border (``named``:
    already without the places inside armed groups' names)."""
    return [t for t in named if (names_the_scene(ctx, t) or locating(t) and not owner_country(ctx.doc, t))
            and plausible(t) and not across_border(ctx.doc, t) and not _frames_time(ctx.doc, t)]


# "during the Gaza truce", "since the Ukraine war began": a place naming another event that frames the time
TIME_FRAME_PREPS = frozenset({"during", "since", "after", "before", "amid", "following", "throughout"})


def _frames_time(doc: Doc, t: Toponym) -> bool:
    """A place used as the modifier of a noun that a preposition of time governs ("as hostilities picked
    up after a lull during the Gaza truce"): it names when, by another event, not where."""
    if t.role != "modifier":
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("compound", "amod", "nmod", "poss"):
        return False
    noun = span.root.head
    return noun.dep_ == "pobj" and noun.head.lower_ in TIME_FRAME_PREPS
