"""Merge reports of one event from several sources into one record.

Two records are the same event when they have the same sub-event type and
modality, dates at most ``max_days`` apart, and places that are the same
GeoNames entry or within ``max_km``.  The merged row keeps ACLED's
conservative fatality rule (the lowest reported figure), joins the sources,
and keeps every source's evidence, each span tagged with its article.
"""

from __future__ import annotations

import math
from collections import defaultdict

from dateline.types import EventRecord

COUNT_FIELDS = ("arrested", "surrendered", "injured", "abducted")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def same_event(a: EventRecord, b: EventRecord, max_km: float = 25.0, max_days: int = 1) -> bool:
    if a.article_id == b.article_id:
        return False  # within one article the records stage already merged
    if (a.sub_event_type, a.modality) != (b.sub_event_type, b.modality):
        return False
    if a.event_date is None or b.event_date is None or abs((a.event_date - b.event_date).days) > max_days:
        return False
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return False
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= max_km  # type: ignore[arg-type]


def merge_sources(records: list[EventRecord], max_km: float = 25.0, max_days: int = 1) -> list[EventRecord]:
    """Cluster records of one event across articles; order of first appearance is kept."""
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_type: dict[tuple[str | None, str], list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        by_type[(r.sub_event_type, r.modality)].append(i)
    for members in by_type.values():
        members.sort(key=lambda i: records[i].event_date.toordinal() if records[i].event_date else 0)
        for pos, i in enumerate(members):
            for j in members[pos + 1:]:
                di, dj = records[i].event_date, records[j].event_date
                if di and dj and (dj - di).days > max_days:
                    break
                if same_event(records[i], records[j], max_km, max_days):
                    parent[find(j)] = find(i)

    clusters: dict[int, list[EventRecord]] = defaultdict(list)
    for i, r in enumerate(records):
        clusters[find(i)].append(r)
    return [combine(group) if len(group) > 1 else group[0] for _, group in sorted(clusters.items())]


def combine(group: list[EventRecord]) -> EventRecord:
    """One record from several reports of the same event."""
    best = max(group, key=lambda r: (-(r.time_precision or 9), -(r.geo_precision or 9), r.confidence))
    merged = best.model_copy(deep=True)
    for r in group:
        for field in ("actor1", "inter1", "actor2", "inter2", "assoc_actor_1", "assoc_actor_2"):
            if getattr(merged, field) is None and getattr(r, field) is not None:
                setattr(merged, field, getattr(r, field))
    reported = [r.fatalities for r in group if "fatalities" in r.evidence and r.fatalities is not None]
    merged.fatalities = min(reported) if reported else min((r.fatalities or 0) for r in group)
    merged.fatalities_low = merged.fatalities
    merged.fatalities_high = max((r.fatalities_high or r.fatalities or 0) for r in group)
    for k in COUNT_FIELDS:
        values = [getattr(r.counts, k) for r in group if getattr(r.counts, k) is not None]
        setattr(merged.counts, k, min(values) if values else None)
    merged.source = "; ".join(dict.fromkeys(r.source for r in group if r.source)) or None
    merged.confidence = round(1 - math.prod(1 - r.confidence for r in group), 3)
    evidence: dict[str, list] = {}
    for r in group:
        for field, spans in r.evidence.items():
            for s in spans:
                evidence.setdefault(field, []).append(s.model_copy(update={"article_id": s.article_id or r.article_id}))
    merged.evidence = evidence
    merged.article_id = "; ".join(dict.fromkeys(r.article_id for r in group if r.article_id))
    return merged
