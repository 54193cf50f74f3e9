"""Held-out check of actors and counts on sentences we wrote after building the code.

Run ``python tests/actors/test_actors_heldout.py`` to print the measured numbers as JSON;
the test only guards against regressions below the measured level.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from dateline import pipeline
from dateline.actors.dictionary import same_actor
from dateline.records.actors import event_actors
from dateline.records.context import Context
from dateline.records.counts import event_counts, fatalities_for
from dateline.types import Article, EventMention

HELDOUT = Path(__file__).with_name("heldout_events.tsv")


def rows() -> list[dict[str, str]]:
    out = []
    for line in HELDOUT.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cells = line.split("\t") + [""] * 9
        keys = ("text", "trigger", "event_type", "sub_event_type", "published", "actor1", "actor2", "fatalities", "other")
        out.append(dict(zip(keys, cells)))
    return out


def evaluate(stages: tuple[str, ...] = ("actors", "counts")) -> dict[str, object]:
    nlp = pipeline.build(stages=list(stages))
    data = rows()
    articles = [Article(text=r["text"], published=dt.date.fromisoformat(r["published"])) for r in data]
    hits = {"actor1": 0, "actor2": 0, "fatalities": 0, "other_counts": 0}
    misses: list[dict[str, object]] = []
    for r, doc in zip(data, pipeline.process(nlp, articles)):
        start = r["text"].index(r["trigger"])
        sent = doc.char_span(start, start + len(r["trigger"]), alignment_mode="expand").sent
        m = EventMention(start=start, end=start + len(r["trigger"]), text=r["trigger"], sentence_start=sent.start_char,
                         sentence_end=sent.end_char, event_type=r["event_type"], sub_event_type=r["sub_event_type"])
        ctx = Context.of(doc)
        ea = event_actors(ctx, m)
        got = {
            "actor1": ea.actor1.name if ea.actor1 else "",
            "actor2": ea.actor2.name if ea.actor2 else "",
            "fatalities": str(fatalities_for(ctx, m).fatalities),
            "other_counts": ";".join(f"{k}={c.low}" for k, c in sorted(event_counts(ctx, m).items()) if k != "fatalities"),
        }
        want = {"actor1": r["actor1"], "actor2": r["actor2"], "fatalities": r["fatalities"] or "0", "other_counts": r["other"]}
        ok = {
            "actor1": same_actor(got["actor1"], want["actor1"]),
            "actor2": same_actor(got["actor2"], want["actor2"]),
            "fatalities": got["fatalities"] == want["fatalities"],
            "other_counts": got["other_counts"] == want["other_counts"],
        }
        for key, good in ok.items():
            hits[key] += good
        if not all(ok.values()):
            misses.append({"text": r["text"][:80], **{k: (got[k], want[k]) for k, good in ok.items() if not good}})
    n = len(data)
    return {"n": n, **{f"{k}_acc": round(v / n, 3) for k, v in hits.items()}, "misses": misses}


def test_heldout_accuracy_does_not_regress():
    result = evaluate()
    assert result["n"] >= 25
    assert result["actor1_acc"] >= 0.7, result["misses"]
    assert result["actor2_acc"] >= 0.6, result["misses"]
    assert result["fatalities_acc"] >= 0.8, result["misses"]
    assert result["other_counts_acc"] >= 0.8, result["misses"]


if __name__ == "__main__":
    print(json.dumps(evaluate(), indent=1))
