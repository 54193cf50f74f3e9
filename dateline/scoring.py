"""Span matching and precision/recall/F1, shared by every component's ``score()``.

Gold offsets in news corpora drift, so spans match by overlap, one gold span to
at most one predicted span, first come first served.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar


class HasSpan(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=HasSpan)


def overlaps(a: HasSpan, b: HasSpan) -> bool:
    return a.start < b.end and b.start < a.end


def match_spans(gold: Sequence[S], pred: Sequence[S], same: Callable[[S, S], bool] = lambda g, p: True) -> list[tuple[S, S]]:
    """Pairs (gold, predicted) matched one-to-one by overlap and the ``same`` test."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and overlaps(g, p) and same(g, p):
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def prf(n_hit: int, n_pred: int, n_gold: int, prefix: str) -> dict[str, float]:
    """``{prefix}_p``, ``{prefix}_r``, ``{prefix}_f``."""
    p = n_hit / n_pred if n_pred else 0.0
    r = n_hit / n_gold if n_gold else 0.0
    return {f"{prefix}_p": p, f"{prefix}_r": r, f"{prefix}_f": 2 * p * r / (p + r) if p + r else 0.0}
