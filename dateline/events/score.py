"""Snippet classification scores (CASE 2021 task 2 style): part of the events component's metric.

Each document is one snippet with one gold class (an ACLED sub-type code, or an
out-of-scope class such as NATURAL_DISASTER that must yield no event).  Its
prediction is the code of its highest-scoring mention, or NONE.  F1 is computed over
the in-scope sub-types: an out-of-scope snippet that gets a prediction is a false
positive for that sub-type.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from sklearn.metrics import f1_score

NONE = "NONE"


def classification_scores(gold: list[str], pred: list[str], in_scope: list[str]) -> dict:
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
