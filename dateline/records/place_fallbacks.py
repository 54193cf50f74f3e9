"""Where an event stands when nothing in its own sentence or paragraph places it.

The place the narrative stood at before it (``narrative_place``), where the event told just before stands
(``previous_event_place``), where the next sentences retell it (``later_scene``, ``retold_target``), the
one country both its sides belong to (``sides_country``), and the national capital for a state's act
placed nowhere (``story_capital``).  ``_locate_event`` and the component fall back on them in turn.
"""

from __future__ import annotations

from dateline.events.ontology import get_ontology
from dateline.records.clause import Clause, clause_head, clause_of, happening, token_at
from dateline.records.context import Context
from dateline.records.layout import entry_start, with_heading
from dateline.records.place_candidates import (Resolver, _best, _event_places, _from_phrase, in_group_name, unread_place,
                                               with_offset)
from dateline.records.place_country import _plausibility, country_support, names_country
from dateline.records.place_phrases import headed_toward, _aside, _is_country, _origin, place_phrases
from dateline.records.place_units import _province_of, as_town
from dateline.types import EventMention, Timex, Toponym


def _paragraph_start(text: str, pos: int) -> int:
    """Where the line holding ``pos`` starts, or the heading over it does."""
    cut = text.rfind("\n", 0, pos)
    return with_heading(text, cut + 1 if cut >= 0 else 0)


def sides_country(ctx: Context, mention: EventMention) -> Toponym | None:
    """The country of an event nothing places whose every side belongs to that one country (a clash
    of two Syrian factions "near the bridge"): sure of the country, of nothing finer (geo_precision 3)."""
    from dateline.places.gazetteer import shared
    from dateline.records.actors import event_actors, sides_countries

    sides = event_actors(ctx, mention)
    isos = sides_countries(sides)
    if len(isos) > 1:  # a group of two countries (Al Shabaab: Somalia, Kenya) in the one the actors stage read for it
        isos = frozenset({a.iso for a in (sides.actor1, sides.actor2) if a is not None and a.iso in isos}) or isos
    if not isos and mention.event_type != "Explosions/Remote violence":
        # "Afghan army kills 25 insurgents": a state's forces named by their country's word act at home when
        # nothing else places the event; not a strike or shelling, which reaches across borders ("Israeli drone
        # strike kills four fishermen" is no event in Israel)
        isos = frozenset({a.iso for a in (sides.actor1, sides.actor2) if a is not None and a.iso and a.key
                          and ":" in a.key and not a.key.startswith("unidentified:") and names_country(a.text, a.iso)})
    if len(isos) != 1:
        return None
    gz = shared()
    country = gz.country(next(iter(isos)))
    if country is None:
        return None
    place = gz.place(country)
    return Toponym(start=0, end=0, text=place.name, place=place, role="location", geo_precision=3)


def story_capital(ctx: Context) -> Toponym | None:
    """The national capital, for a strategic development (an arrest by the intelligence service, a
    decree) that the article places nowhere, when the article's places and groups point to one country
    (three signals or more, twice any other's, one of them where something happened): what a coder
    assumes for a state's act with no place, at geo_precision 3.  None when the country is not clear:
    no guessed country."""
    from dateline.places.gazetteer import shared
    from dateline.records.row import countries

    every, strong = country_support(ctx)
    ranked = every.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and 2 * ranked[1][1] > ranked[0][1]) \
            or strong[ranked[0][0]] < 1:
        return None
    iso = ranked[0][0]
    capital = (countries().get(iso) or {}).get("capital")
    if not capital:
        return None
    gz = shared()
    seat = next((c for c in gz.lookup(capital) if c.cc == iso and c.fcode == "PPLC"), None)
    if seat is None:
        return None
    return Toponym(start=0, end=0, text=capital, place=gz.place(seat), role="location", geo_precision=3)


HOME_TOWN_MENTIONS = 3  # how often a town must be named to be the story's home (``home_town``)


def home_town(ctx: Context) -> Toponym | None:
    """The town the story keeps coming back to: named at least HOME_TOWN_MENTIONS times, more often than any other.
    An event that names a place of its own the gazetteer lacks, in a paragraph after another town's, is likelier
    there (a quarter of it: "a thread from Tbilisi ... | at his flat in Saburtalo") than in the town told just before."""
    counts: dict[int, list[Toponym]] = {}
    for t in ctx.toponyms or []:
        if t.place is not None and t.place.feature_class == "P" and t.place.geonameid is not None \
                and t.role in ("location", "modifier") and not in_group_name(ctx.actors, t):
            counts.setdefault(t.place.geonameid, []).append(t)
    ranked = sorted(counts.values(), key=len, reverse=True)
    if not ranked or len(ranked[0]) < HOME_TOWN_MENTIONS or len(ranked) > 1 and len(ranked[1]) == len(ranked[0]):
        return None
    return ranked[0][0]


def previous_event_place(text: str, mention: EventMention, placed: list[tuple[int, Toponym]]) -> Toponym | None:
    """Where the event told just before stands, when it was told in this paragraph or the one
    before ("... an attack on a military position near Karimama. | The assailants opened fire on
    the post at 2 a.m."): the follow-up continues that story, whatever other place (a byline's
    town, a hospital's) the sentences between name."""
    earlier = [(start, t) for start, t in placed if start < mention.start]
    if not earlier:
        return None
    start, place = max(earlier, key=lambda x: x[0])
    para = _paragraph_start(text, mention.sentence_start)
    before = _paragraph_start(text, len(text[:para].rstrip())) if para > 0 else 0
    before = max(before, entry_start(text, mention.sentence_start))  # (not another entry of a live blog)
    return place if start >= before else None


_SEAS = frozenset({"SEA", "OCN", "GULF", "BAY", "SD", "STRT", "BGHT"})


def _water(t: Toponym) -> bool:
    """A sea, a gulf or an ocean (not a lake or a river, which a story may stand by: "fighting on Lake X")."""
    return t.place is not None and (t.place.feature_code in _SEAS or t.place.feature_class == "U")


def narrative_place(ctx: Context, mention: EventMention) -> Toponym | None:
    """Where the story was last told before an event that no clause, sentence or paragraph of its
    own places ("A second device was defused further along the same road", "residents gathered in
    the city centre"): a reader takes the place the narrative stands at, the nearest earlier
    sentence's place, and a coder codes it there.  A side place (a hospital's town, where an
    official spoke) only when no earlier sentence names another.  When each side of the event has a
    country, a place outside them is no scene of theirs ("... blamed Turkey" before a clash of two
    Syrian sides)."""
    from dateline.records.actors import event_actors, sides_countries

    countries = sides_countries(event_actors(ctx, mention))
    # (where people came from, "a convoy carrying residents from X", or went, "pursued them towards X", is no place
    # the story stood at; nor is a sea another sentence names: "floods swept homes into the sea", then "police detained five")
    toponyms = [t for t in _event_places(ctx, [t for t in ctx.toponyms or [] if not in_group_name(ctx.actors, t)],
                                         _plausibility(ctx)) if not _origin(ctx.doc, t) and not _water(t)
                 and not headed_toward(ctx.doc, t)]
    aside = None
    moved = False  # a sentence between names a place no gazetteer entry holds: only the province carries
    top = entry_start(ctx.text, mention.sentence_start)  # (not another entry of a live blog)
    for sent in reversed([s for s in ctx.doc.sents if top <= s.start_char and s.end_char <= mention.sentence_start]):
        if found := _best(toponyms, sent.start_char, sent.end_char, sent.end_char, ctx.doc):
            named = {t.place.iso for t in ctx.toponyms or []
                     if sent.start_char <= t.start < sent.end_char and t.place is not None and _is_country(t)}
            if found.place is not None and found.place.feature_class != "P" and len(named) > 1:
                continue  # "the basin where Chad, Nigeria, Niger and Cameroon meet": a region, no place of the story
            if countries and found.place is not None and found.place.iso not in countries:
                continue
            if not _aside(ctx.doc, found, mention.start):
                return _province_of(found) if moved else as_town(ctx.doc, found)
            aside = aside or found
        moved = moved or unread_place(ctx, sent)
    return as_town(ctx.doc, aside) if aside is not None else None


def later_scene(ctx: Context, after: int, resolver: Resolver | None = None, sentences: int = 2) -> Toponym | None:
    """Where one of the next ``sentences`` says the event just told happened, naming it by a definite
    event noun ("... killing five soldiers. | The attack took place in Jani Khel, a restive area of Bannu
    district"): that clause's own place phrase, for a row the lead placed only by its country or province."""
    heads = get_ontology().event_heads
    following = [s for s in ctx.doc.sents if s.start_char >= after][:sentences]
    plausible = _plausibility(ctx)
    named = [t for t in ctx.toponyms or [] if t.role != "name" and not in_group_name(ctx.actors, t)]
    for sent in following:
        for subject in sent:
            if subject.lemma_.lower() not in heads or (verb := happening(subject)) is None:
                continue
            for phrase in place_phrases(Clause(verb), named, frozenset()):
                here = _from_phrase(phrase, plausible, ctx.text, resolver, ctx.doc)
                if here is not None and here.place is not None:
                    return with_offset(ctx.doc, here)
    return None


def retold_target(ctx: Context, mention: EventMention, resolver: Resolver | None = None,
                  sentences: int = 2) -> tuple[Toponym | None, Timex | None]:
    """Where and on which day one of the next ``sentences`` retells the event by the thing it struck
    ("drones dropped explosives on a police station in X province this week | The charges hit the
    station in the town of Y on Tuesday evening"): that sentence's own place and day, for a lead
    that placed the event only by its province or dated it only by its week."""
    clause = clause_of(ctx.doc, mention.start, mention.end) if ctx.doc.has_annotation("DEP") else None
    if clause is None:
        return None, None
    targets = {t.lemma_.lower() for t in clause.head.subtree if t.dep_ in ("dobj", "pobj") and t.pos_ == "NOUN"
               and not mention.start <= t.idx < mention.end and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)}
    if not targets:
        return None, None
    plausible = _plausibility(ctx)
    named = [t for t in ctx.toponyms or [] if t.role != "name" and not in_group_name(ctx.actors, t)]
    for sent in [s for s in ctx.doc.sents if s.start_char >= mention.sentence_end][:sentences]:
        for tok in sent:
            if tok.lemma_.lower() not in targets or tok.pos_ != "NOUN" or not any(
                    c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                continue
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            if verb.pos_ != "VERB" or tok.dep_ not in ("dobj", "pobj", "nsubjpass"):
                continue
            place = next((here for phrase in place_phrases(Clause(verb), named, frozenset())
                          if (here := _from_phrase(phrase, plausible, ctx.text, resolver, ctx.doc)) is not None
                          and here.place is not None), None)
            days = [t for t in ctx.timexes if sent.start_char <= t.start < sent.end_char and t.type in ("DATE", "TIME")
                    and t.precision == 1 and (root := token_at(ctx.doc, t.start, t.end)) is not None
                    and clause_head(root).i == verb.i]
            return (with_offset(ctx.doc, place) if place is not None else None), (days[0] if len(days) == 1 else None)
    return None, None
