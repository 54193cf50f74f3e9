"""How predicted event records compare with gold records: the records component's metric.

A gold record is matched by the predicted record of its document that best agrees
(same sub-event type first, then event type, then the same day and a place within 25 km,
then confidence: a note that names a second event, "coded separately", is matched by the
row of its own event); each field is then a hit or a miss.  A gold record with no prediction is wrong on every field, so the
scores are recall-like and cannot be gamed by predicting nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dateline.actors.dictionary import same_actor
from dateline.dedup import distance_km
from dateline.places.normalize import fold
from dateline.types import EventRecord

FIELDS = ("event_type_acc", "sub_event_type_acc", "date_exact", "location_25km", "country_acc", "fatalities_exact", "actor1_match")


def best_match(gold: EventRecord, predicted: Sequence[EventRecord]) -> EventRecord | None:
    if not predicted:
        return None
    def near(r: EventRecord) -> bool:
        return None not in (r.latitude, r.longitude, gold.latitude, gold.longitude) \
            and distance_km(r.latitude or 0.0, r.longitude or 0.0, gold.latitude or 0.0, gold.longitude or 0.0) <= 25

    return max(predicted, key=lambda r: (r.sub_event_type == gold.sub_event_type, r.event_type == gold.event_type,
                                         (r.event_date is not None and r.event_date == gold.event_date) + near(r), r.confidence))


def compare(gold: EventRecord, pred: EventRecord | None) -> dict[str, bool | None]:
    """Field-by-field hits for one gold record (None = not applicable: location is scored
    only where gold gives the exact place, geo_precision 1; country where gold names one)."""
    hits: dict[str, bool | None] = {k: False for k in FIELDS}
    hits["location_25km"] = False if gold.geo_precision == 1 else None
    hits["country_acc"] = False if gold.country else None
    if pred is None:
        return hits
    hits["event_type_acc"] = pred.event_type == gold.event_type
    hits["sub_event_type_acc"] = pred.sub_event_type == gold.sub_event_type
    hits["date_exact"] = pred.event_date is not None and pred.event_date == gold.event_date
    hits["fatalities_exact"] = (pred.fatalities or 0) == (gold.fatalities or 0)
    hits["actor1_match"] = bool(pred.actor1) and same_actor(pred.actor1, gold.actor1)
    if gold.country:  # a wrong country is worse than no place: both miss here
        hits["country_acc"] = bool(pred.country) and fold(pred.country) == fold(gold.country)
    if hits["location_25km"] is not None and pred.latitude is not None and gold.latitude is not None \
            and gold.longitude is not None:
        hits["location_25km"] = distance_km(pred.latitude, pred.longitude or 0.0, gold.latitude, gold.longitude) <= 25
    return hits


def summarise(all_hits: list[dict[str, bool | None]]) -> dict[str, float | int]:
    out: dict[str, float | int] = {}
    for k in FIELDS:
        vals = [h[k] for h in all_hits if h[k] is not None]
        out[k] = round(sum(bool(v) for v in vals) / len(vals), 4) if vals else 0.0
    out["n"] = len(all_hits)
    out["n_location"] = sum(1 for h in all_hits if h["location_25km"] is not None)
    out["n_country"] = sum(1 for h in all_hits if h["country_acc"] is not None)
    return out


def match_records(docs: Iterable[tuple[list[EventRecord], list[EventRecord]]]) -> dict[str, float | int]:
    """Score (gold records, predicted records) document by document."""
    return summarise([compare(g, best_match(g, pred)) for gold, pred in docs for g in gold])
