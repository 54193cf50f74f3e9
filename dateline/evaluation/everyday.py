"""Precision on everyday news: how often a non-conflict item yields a violent event.

Reads one-sentence news summaries as JSONL ({id, date, category, text}), e.g. the
Wikipedia Current Events Portal dump in ``../shared/data/wikipedia-current-events``.
Items of the categories in ``conflict_categories`` may report fighting; every other
item (business, sport, politics, disasters, culture ...) should yield no asserted
violent event (Battles, Explosions/Remote violence, Violence against civilians, Riots).
The score is the share that does (lower is better); the share of conflict-category
items that yield one is printed beside it for scale.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.language import Language

from dateline.events.ontology import VIOLENT_EVENT_TYPES as VIOLENT

CONFLICT_CATEGORIES = ("War_Conflict", "Law_Crime", "International_Relation")


class EverydayFormatError(ValueError):
    pass


def read_items(path: Path) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EverydayFormatError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
            if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item.get("category"):
                raise EverydayFormatError(f"{path}:{n}: expected an object with 'text' and 'category'")
            items.append(item)
    if not items:
        raise EverydayFormatError(f"{path}: no items")
    return items


def violent_mentions(doc) -> list:  # type: ignore[no-untyped-def]
    from dateline.events import event_mentions

    # An ambiguous mention (an accident to the classifier) is never a row on its own.
    return [m for m in event_mentions(doc) if m.modality == "asserted" and m.kind != "ambiguous" and m.event_type in VIOLENT]


def evaluate_everyday(path: Path, nlp: Language | None = None,
                      conflict_categories: tuple[str, ...] = CONFLICT_CATEGORIES, examples: int = 0) -> dict[str, Any]:
    from dateline import pipeline

    items = read_items(path)
    nlp = nlp or pipeline.build(stages=["events"])
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter(item["category"] for item in items)
    flagged: list[dict[str, Any]] = []
    for item, doc in zip(items, nlp.pipe((i["text"] for i in items), batch_size=32)):
        found = violent_mentions(doc)
        if found:
            hits[item["category"]] += 1
            if item["category"] not in conflict_categories:
                flagged.append({"id": item.get("id"), "category": item["category"],
                                "predicted": found[0].sub_event_type, "trigger": found[0].text})
    other = [c for c in totals if c not in conflict_categories]
    n_other = sum(totals[c] for c in other)
    n_conf = sum(totals[c] for c in conflict_categories)
    return {
        "n": len(items),
        "n_everyday": n_other,
        "everyday_violent_rate": round(sum(hits[c] for c in other) / n_other, 4) if n_other else None,
        "conflict_violent_rate": round(sum(hits[c] for c in conflict_categories) / n_conf, 4) if n_conf else None,
        "by_category": {c: {"n": totals[c], "violent": hits[c]} for c in sorted(totals)},
        "conflict_categories": list(conflict_categories),
        "flagged": flagged[:examples] if examples else [],
    }
