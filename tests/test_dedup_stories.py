"""Dedup end to end on our own multi-report stories, and false merges on distinct real events (dev)."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

from dateline.dedup import Deduplicator
from dateline.evaluation import shared_data_dir
from dateline.evaluation.dedup import evaluate_stories

ROOT = Path(__file__).resolve().parents[1]


def test_story_set_pair_precision_and_recall() -> None:
    from dateline import pipeline

    result = evaluate_stories(ROOT / "tests/fixtures/dedup/stories.jsonl", nlp=pipeline.build())
    assert result["precision"] >= 0.95, result["false_merges"]
    assert result["recall"] >= 0.8, result["missed"]


def test_distinct_ucdp_events_are_rarely_merged() -> None:
    path = shared_data_dir() / "ucdp-ged" / "global-sample.csv"
    if not path.exists():
        pytest.skip("dev data not present")
    spec = importlib.util.spec_from_file_location("dedup_false_merges", ROOT / "scripts/dedup_false_merges.py")
    script = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(script)  # type: ignore[union-attr]
    with path.open(encoding="utf-8") as fh:
        items = [x for x in (script.to_record(r) for r in csv.DictReader(fh)) if x]
    items.sort(key=lambda x: x[0].event_date)
    dedup = Deduplicator()
    joined = sum(dedup.add(record, text).joined for record, text in items)
    assert joined / len(items) < 0.01


def test_extract_keeps_every_row_and_marks_clusters(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from typer.testing import CliRunner

    from dateline.cli import app

    lines = [line for line in (ROOT / "tests/fixtures/dedup/stories.jsonl").read_text().splitlines() if "maiduguri" in line]
    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(lines) + "\n")
    marked = [json.loads(x) for x in CliRunner().invoke(app, ["extract", str(path)]).stdout.splitlines()]
    plain = [json.loads(x) for x in CliRunner().invoke(app, ["extract", str(path), "--no-merge"]).stdout.splitlines()]
    assert len(marked) == len(plain) >= 5
    market = {r["article_id"]: r for r in marked if r["article_id"].startswith("maiduguri-market")}
    assert len({r["cluster_id"] for r in market.values()}) == 1
    assert market["maiduguri-market-bomb-1"]["cluster_score"] is None and market["maiduguri-market-bomb-2"]["cluster_reason"]
    others = [r for r in marked if not r["article_id"].startswith("maiduguri-market")]
    assert all(r["cluster_id"] not in {m["cluster_id"] for m in market.values()} for r in others)
    assert all(r["cluster_id"] is None for r in plain)
