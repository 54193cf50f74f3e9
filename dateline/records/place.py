"""Which place locates an event mention.

ACLED codes the most specific place the report gives for the event itself.  We look
for a location or modifier toponym ("Aden police") in the trigger's clause, then in
its sentence, then in the nearest earlier sentence of the same paragraph, and
finally fall back to the article's dateline.  Demonyms and organisation uses
("Washington said") say who acted, not where, so they never locate an event.

This module picks the mention; the places stage has already resolved every mention
to a gazetteer entry (``dateline.places``).
"""

from __future__ import annotations

import functools

from dateline.places.normalize import name_key
from dateline.records.clause import clause_of
from dateline.records.context import Context
from dateline.types import EventMention, Toponym

LOCATING_ROLES = ("location", "modifier")
# Smaller rank = more specific place.
_FEATURE_RANK = {"P": 0, "ADM3": 1, "ADM2": 2, "ADM1": 3, "PCLI": 5, "CONT": 6}


def _rank(t: Toponym) -> int:
    p = t.place
    if p is None:
        return 9
    if p.feature_class == "P":
        return 0
    return _FEATURE_RANK.get(p.feature_code or "", 4)


def _best(toponyms: list[Toponym], lo: int, hi: int, anchor: int) -> Toponym | None:
    inside = [t for t in toponyms if lo <= t.start and t.end <= hi]
    if not inside:
        return None
    return min(inside, key=lambda t: (_rank(t), abs(t.start - anchor)))


def _paragraph_start(text: str, pos: int) -> int:
    cut = text.rfind("\n", 0, pos)
    return cut + 1 if cut >= 0 else 0


def locating(t: Toponym) -> bool:
    """A place that can say where an event happened.

    "Aden police" (a town as modifier) points at Aden, but "a UAE officer" names
    the victim's nationality, not the scene: country-level modifiers do not locate.
    """
    if t.place is None or t.role not in LOCATING_ROLES:
        return False
    return not (t.role == "modifier" and (t.place.feature_code or "").startswith("PCL"))


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


def locate_event(ctx: Context, mention: EventMention) -> Toponym | None:
    """The toponym (with place and geo_precision) that locates the event, or None."""
    toponyms = [t for t in ctx.toponyms or [] if locating(t)]
    clause = clause_of(ctx.doc, mention.start, mention.end)
    if clause is not None and (found := _best(toponyms, clause.start_char, clause.end_char, mention.start)):
        return found
    if found := _best(toponyms, mention.sentence_start, mention.sentence_end, mention.start):
        return found
    para = _paragraph_start(ctx.text, mention.sentence_start)
    earlier = [s for s in ctx.doc.sents if para <= s.start_char and s.end_char <= mention.sentence_start]
    for sent in reversed(earlier):
        if found := _best(toponyms, sent.start_char, sent.end_char, sent.end_char):
            return found
    return dateline_toponym(ctx.dateline)


def dateline_toponym(hint: str | None) -> Toponym | None:
    """The article's dateline place ("AL MUKALLA, Yemen"), resolved in the gazetteer."""
    if not hint:
        return None
    from dateline.places.gazetteer import shared
    from dateline.places.recognize import lookup_span
    from dateline.places.resolve import prior

    gaz = shared(None)
    parts = [p.strip() for p in hint.split(",") if p.strip()]
    if not parts:
        return None
    cands = lookup_span(gaz, parts[0].title() if parts[0].isupper() else parts[0], ner=True)
    if len(parts) > 1:
        outer = lookup_span(gaz, parts[1], ner=True)
        inside = [c for c in cands if any(o.cc == c.cc for o in outer)]
        cands = tuple(inside) or cands
    if not cands:
        return None
    best = max(cands, key=prior)
    precision = 1 if best.fclass == "P" else 3 if best.fcode in ("ADM1", "PCLI") else 2
    return Toponym(start=0, end=0, text=hint, place=gaz.place(best), score=0.5, role="location", geo_precision=precision)
