"""In-article merging: several mentions of one event become one row.

ACLED codes one event per type, date and place, and "the attack" later in a report
is the attack already coded.
"""

from __future__ import annotations

from dateline.records.actors import interaction
from dateline.types import EventDate, EventMention, EventRecord, Toponym

COUNT_KINDS = ("arrested", "surrendered", "injured", "abducted")
_KEPT_FIELDS = ("actor1", "inter1", "actor2", "inter2", "location", "latitude", "longitude", "geonameid",
                "admin1", "admin2", "admin3", "country", "iso", "region", "geo_precision", "event_date",
                "time_precision", "year")


def same_event(records: list[EventRecord], new: EventRecord, mention: EventMention, place: Toponym | None,
               when: EventDate, merge_anaphora: bool = True) -> EventRecord | None:
    """The record ``new`` repeats: same sub-type, date, place and modality; or, for a bare
    back-reference (no date of its own, no place in its sentence), the last record of its type."""
    for r in records:
        if (r.sub_event_type, r.event_date, r.geonameid or r.location, r.modality) == (
            new.sub_event_type, new.event_date, new.geonameid or new.location, new.modality
        ):
            return r
    own_place = place is not None and mention.sentence_start <= place.start < mention.sentence_end
    if merge_anaphora and when.basis != "expression" and not own_place:
        for r in reversed(records):
            if r.event_type == new.event_type and r.modality == new.modality:
                return r
    return None


def merge_into(target: EventRecord, other: EventRecord) -> None:
    """Fold a second mention of one event into its record: keep what is known, join evidence."""
    for name in _KEPT_FIELDS:
        if getattr(target, name) is None and getattr(other, name) is not None:
            setattr(target, name, getattr(other, name))
    if (other.fatalities or 0) > (target.fatalities or 0) and "fatalities" not in target.evidence:
        target.fatalities, target.fatalities_low, target.fatalities_high = other.fatalities, other.fatalities_low, other.fatalities_high
    for k in COUNT_KINDS:
        if getattr(target.counts, k) is None:
            setattr(target.counts, k, getattr(other.counts, k))
    target.interaction = interaction(target.inter1, target.inter2)
    target.confidence = max(target.confidence, other.confidence)
    for name, spans in other.evidence.items():
        have = target.evidence.setdefault(name, [])
        have.extend(s for s in spans if s not in have)
