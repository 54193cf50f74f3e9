"""Pair precision and recall of cross-source dedup on reports labelled with their real-world story.

Each input line is an article (``id``, ``text``, ``published``, ``source``) and
``story``, the real event it mainly reports.  The whole pipeline runs, then
``mark_duplicates``; two articles are predicted the same event when any of
their records share a cluster id.  Over all pairs of articles from different
stories or the same story: precision = right merges / all merges, recall =
right merges / all same-story pairs.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path
from typing import Any

from dateline.dedup import Deduplicator, mark_duplicates
from dateline.types import Article


def read_stories(path: Path) -> tuple[list[Article], dict[str, str]]:
    articles, story = [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        articles.append(Article(id=item["id"], text=item["text"], source=item.get("source"),
                                published=dt.date.fromisoformat(item["published"]) if item.get("published") else None))
        story[item["id"]] = item["story"]
    return articles, story


def pair_scores(clusters: dict[str, set[str]], story: dict[str, str]) -> dict[str, Any]:
    """Article-pair precision/recall from each article's predicted cluster ids and its gold story."""
    tp = fp = fn = 0
    false_merges, missed = [], []
    for a, b in itertools.combinations(sorted(story), 2):
        predicted = bool(clusters.get(a, set()) & clusters.get(b, set()))
        gold = story[a] == story[b]
        tp += predicted and gold
        fp += predicted and not gold
        fn += gold and not predicted
        if predicted and not gold:
            false_merges.append((a, b))
        if gold and not predicted:
            missed.append((a, b))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"pairs_same": tp + fn, "merged": tp + fp, "precision": round(precision, 3), "recall": round(recall, 3),
            "false_merges": false_merges, "missed": missed}


def evaluate_stories(path: Path, nlp: Any) -> dict[str, Any]:
    from dateline import pipeline

    articles, story = read_stories(Path(path))
    clusters: dict[str, set[str]] = {}
    rows = []
    for article, records in mark_duplicates(pipeline.extract(nlp, articles), Deduplicator()):
        clusters[article.id] = {r.cluster_id for r in records if r.cluster_id}
        rows += [{"article": article.id, "cluster": r.cluster_id, "score": r.cluster_score, "type": r.sub_event_type,
                  "date": str(r.event_date), "place": r.location, "actor1": r.actor1} for r in records]
    result = pair_scores(clusters, story)
    result["records"] = rows
    return result
