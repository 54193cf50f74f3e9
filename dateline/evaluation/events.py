"""Score the events stage on CASE 2021 task 2 (columns id, EventSnippet, SubType).

Each snippet is run through the events stage; its prediction is the sub-type of
the highest-scoring mention (of any modality, or only asserted ones), or none.
Gold rows of the out-of-scope classes count as correct when nothing is
predicted.  F1 is computed over the 25 sub-types: an out-of-scope row that gets
a prediction is a false positive for that sub-type.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from sklearn.metrics import f1_score

NONE = "NONE"


def read_case(path: Path) -> list[tuple[str, str, str]]:
    """(id, snippet, gold label) rows; raises a clear error on a malformed file."""
    rows: list[tuple[str, str, str]] = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t")
        header = next(reader, None)
        if not header or [h.strip() for h in header[:3]] != ["id", "EventSnippet", "SubType"]:
            raise ValueError(f"{path}: expected a header 'id<TAB>EventSnippet<TAB>SubType', got {header!r}")
        for n, row in enumerate(reader, 2):
            if not row:
                continue
            if len(row) < 3:
                raise ValueError(f"{path}:{n}: expected 3 tab-separated columns, got {len(row)}")
            rows.append((row[0], row[1], row[2].strip()))
    if not rows:
        raise ValueError(f"{path}: no snippets")
    return rows


def events_config(model_dir: Path | None) -> dict:
    """Pipeline config that loads the events model from ``model_dir`` (the shipped one when None)."""
    return {"events": {"model_dir": str(model_dir)}} if model_dir else {}


def predict_snippets(nlp, texts: Iterable[str], asserted_only: bool = False) -> list[tuple[str, float]]:
    """(sub-type code or NONE, score) per snippet."""
    from dateline.events.ontology import get_ontology

    code_of = {s.name: s.code for s in get_ontology().sub_event_types}
    out: list[tuple[str, float]] = []
    for doc in nlp.pipe(texts, batch_size=32):
        mentions = [m for m in (doc._.event_mentions or []) if not asserted_only or m.modality == "asserted"]
        if not mentions:
            out.append((NONE, 0.0))
            continue
        best = max(mentions, key=lambda m: m.score)
        out.append((code_of[best.sub_event_type], best.score))
    return out


def score(gold: list[str], pred: list[str], in_scope: list[str]) -> dict:
    """accuracy, weighted/macro F1 over in-scope sub-types, OOS rejection, confusion."""
    scope = set(in_scope)
    gold_n = [g if g in scope else NONE for g in gold]
    correct = sum(g == p for g, p in zip(gold_n, pred))
    labels = [c for c in in_scope if c in set(gold_n)]
    oos = [p for g, p in zip(gold_n, pred) if g == NONE]
    confusion: dict[str, dict[str, int]] = defaultdict(dict)
    for (g, p), n in sorted(Counter(zip(gold, pred)).items()):
        confusion[g][p] = n
    return {
        "n": len(gold),
        "accuracy": round(correct / len(gold), 4),
        "weighted_f1": round(float(f1_score(gold_n, pred, labels=labels, average="weighted", zero_division=0)), 4),
        "macro_f1": round(float(f1_score(gold_n, pred, labels=labels, average="macro", zero_division=0)), 4),
        "oos_rejection": round(sum(p == NONE for p in oos) / len(oos), 4) if oos else None,
        "n_out_of_scope": len(oos),
        "confusion": dict(confusion),
    }


def evaluate_case(path: Path, nlp=None, asserted_only: bool = True, model_dir: Path | None = None) -> dict:
    from dateline import pipeline
    from dateline.events.ontology import get_ontology

    rows = read_case(path)
    nlp = nlp or pipeline.build(stages=["events"], config=events_config(model_dir))
    preds = predict_snippets(nlp, [text for _, text, _ in rows], asserted_only)
    codes = get_ontology().codes
    result = score([g for _, _, g in rows], [p for p, _ in preds], codes)
    result["modalities"] = "asserted" if asserted_only else "all"
    result["errors"] = [
        {"id": rid, "gold": gold, "predicted": pred, "score": round(sc, 4)}
        for (rid, _, gold), (pred, sc) in zip(rows, preds)
        if pred != (gold if gold in codes else NONE)
    ]
    return result
