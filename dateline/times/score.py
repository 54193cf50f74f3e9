"""TempEval-3 scores of predicted temporal expressions against gold ones: the times component's metric.

Relaxed matching is span overlap (one gold to at most one prediction, an exact span
preferred); strict matching needs the same offsets; a value counts as correct when
the spans overlap and the values are equal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from dateline.types import Timex


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Tally:
    n_gold: int = 0
    n_sys: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_sys: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[dict[str, object]] = field(default_factory=list)

    def add(self, gold: Sequence[Timex], system: Sequence[Timex], doc: str = "", keep_errors: bool = False) -> None:
        self.n_gold += len(gold)
        self.n_sys += len(system)
        used: set[int] = set()
        for g in gold:
            match = None
            for i, s in enumerate(system):
                if i not in used and _overlap((g.start, g.end), (s.start, s.end)):
                    match = i
                    if (s.start, s.end) == (g.start, g.end):
                        break
            if match is None:
                if keep_errors:
                    self.errors.append({"doc": doc, "kind": "missed", "gold": g.text, "type": g.type, "value": g.value})
                continue
            used.add(match)
            s = system[match]
            self.relaxed_gold += 1
            self.strict += (s.start, s.end) == (g.start, g.end)
            self.type_ok += s.type == g.type
            ok = s.value == g.value
            self.value_ok += ok
            if keep_errors and (not ok or s.type != g.type):
                self.errors.append({"doc": doc, "kind": "value", "gold": g.text, "sys": s.text, "gold_value": g.value,
                                    "value": s.value, "gold_type": g.type, "type": s.type})
        self.relaxed_sys += len(used)
        if keep_errors:
            for i, s in enumerate(system):
                if i not in used:
                    self.errors.append({"doc": doc, "kind": "spurious", "sys": s.text, "type": s.type, "value": s.value})

    def scores(self) -> dict[str, float | int]:
        p = self.relaxed_sys / self.n_sys if self.n_sys else 0.0
        r = self.relaxed_gold / self.n_gold if self.n_gold else 0.0
        sp = self.strict / self.n_sys if self.n_sys else 0.0
        sr = self.strict / self.n_gold if self.n_gold else 0.0
        vp = self.value_ok / self.n_sys if self.n_sys else 0.0
        vr = self.value_ok / self.n_gold if self.n_gold else 0.0
        return {
            "strict_f1": round(_f1(sp, sr), 4),
            "relaxed_f1": round(_f1(p, r), 4),
            "relaxed_precision": round(p, 4),
            "relaxed_recall": round(r, 4),
            "type_accuracy": round(self.type_ok / self.relaxed_gold, 4) if self.relaxed_gold else 0.0,
            "value_accuracy": round(self.value_ok / self.relaxed_gold, 4) if self.relaxed_gold else 0.0,
            "value_f1": round(_f1(vp, vr), 4),
            "n_gold": self.n_gold,
            "n_system": self.n_sys,
        }
