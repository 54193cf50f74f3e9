"""`dateline eval articles`: metrics on a gold file we wrote, and agreement with the reference scorer."""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.evaluation import shared_data_dir
from dateline.evaluation.articles import ArticlesGoldError, read_gold, score_articles

GOLD = {"articles": [
    {"id": "a1", "published": "2024-05-10", "events": [
        {"id": "raid", "must": True, "event_type": "Battles", "sub_event_type": "Armed clash",
         "date_window": ["2024-05-09", "2024-05-09"], "lat": 12.0, "lon": 15.0, "max_km": 30, "fatalities": 4},
        {"id": "old", "must": False, "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
         "date_window": ["2023-01-01", "2023-01-31"], "lat": 12.0, "lon": 15.0, "max_km": 50},
    ], "must_not": [{"what": "background dated to the publication day", "event_types": ["Explosions/Remote violence"],
                     "date_window": ["2024-05-10", "2024-05-10"]}]},
    {"id": "a2", "published": "2024-05-10", "events": [], "must_not": [{"what": "no violence here"}]},
]}


def row(article, etype, sub, date, lat=12.0, lon=15.0, **kw):  # type: ignore[no-untyped-def]
    return {"article_id": article, "event_type": etype, "sub_event_type": sub, "event_date": date,
            "latitude": lat, "longitude": lon, "modality": "asserted", **kw}


def test_scores_our_small_gold():
    preds = [
        row("a1", "Battles", "Armed clash", "2024-05-09", fatalities=4),            # the must event
        row("a1", "Battles", "Armed clash", "2024-05-09", lat=30.0),               # too far: unmatched
        row("a1", "Explosions/Remote violence", "Air/drone strike", "2024-05-10"),  # background on pub day
        row("a1", "Battles", "Armed clash", "2024-05-09", modality="planned"),     # not asserted: ignored
        row("a2", "Protests", "Peaceful protest", "2024-05-10"),                   # breaks "no violence here"
    ]
    r = score_articles(GOLD["articles"], preds)
    assert (r["must_found"], r["must_total"], r["must_recall"]) == (1, 1, 1.0)
    assert r["rows"] == 4 and r["rows_fitting"] == 1 and r["precision"] == 0.25
    assert r["rows_not_asserted"] == 1
    assert r["must_not_violations"] == 2
    assert r["field_accuracy"]["fatalities_exact"] == {"correct": 1, "n": 1, "acc": 1.0}
    month = row("a1", "Explosions/Remote violence", "Air/drone strike", "2023-01", time_precision=3)
    assert score_articles(GOLD["articles"], [month])["may_found"] == 1


def test_one_row_stands_for_one_event_only():
    gold = [{"id": "a", "events": [
        {"id": f"e{i}", "must": True, "event_type": "Battles", "date_window": ["2024-01-01", "2024-01-02"],
         "lat": 0.0, "lon": 0.0, "max_km": 10} for i in range(2)], "must_not": []}]
    r = score_articles(gold, [row("a", "Battles", "Armed clash", "2024-01-01", lat=0.0, lon=0.0)])
    assert r["must_found"] == 1 and r["precision"] == 1.0


def test_a_gold_sub_type_brings_its_own_event_type(tmp_path):
    """A coder's sub-type filed under another type is scored by the type ACLED gives the sub-type."""
    ev = {"id": "taken", "must": True, "event_type": "Strategic developments",
          "sub_event_type": "Non-state actor overtakes territory", "date_window": ["2024-01-01", "2024-01-01"],
          "lat": 0.0, "lon": 0.0, "max_km": 10}
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"articles": [{"id": "a", "events": [ev], "must_not": []}]}))
    gold = read_gold(path)
    taken = row("a", "Battles", "Non-state actor overtakes territory", "2024-01-01", lat=0.0, lon=0.0)
    assert score_articles(gold, [taken])["must_found"] == 1
    assert score_articles(gold, [row("a", "Protests", "Peaceful protest", "2024-01-01", lat=0.0, lon=0.0)])[
        "must_found"] == 0


def test_bad_gold_is_a_clear_error(tmp_path):
    bad = tmp_path / "g.json"
    bad.write_text('{"articles": [{"id": "x", "events": [{"id": "e1", "must": true}], "must_not": []}]}')
    with pytest.raises(ArticlesGoldError, match=r"event e1 of article x lacks"):
        read_gold(bad)
    bad.write_text("{")
    result = CliRunner().invoke(app, ["eval", "articles", str(bad), str(bad)])
    assert result.exit_code == 2 and "not valid JSON" in result.output


def test_command_scores_given_predictions(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD))
    preds = tmp_path / "p.jsonl"
    preds.write_text(json.dumps(row("a1", "Battles", "Armed clash", "2024-05-09")) + "\n")
    result = CliRunner().invoke(app, ["eval", "articles", str(gold), str(preds), "--predictions", str(preds)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["must_recall"] == 1.0


def test_agrees_with_the_reference_scorer_on_the_same_predictions(tmp_path):
    """Predictions made by perturbing the dev gold (types, dates, places, modality); both scorers read them."""
    folder = shared_data_dir() / "articles"
    gold_path, reference = folder / "wikievents-dev.gold.json", folder / "score_articles.py"
    if not gold_path.exists() or not reference.exists():
        pytest.skip("../shared/data/articles not available")
    articles = read_gold(gold_path)
    rng = random.Random(7)
    types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Strategic developments"]
    preds = []
    for art in articles:
        for ev in art["events"]:
            for _ in range(rng.choice([0, 1, 1, 2])):
                lo = ev["date_window"][rng.choice([0, 1])]
                preds.append({
                    "article_id": art["id"],
                    "event_type": ev["event_type"] if rng.random() < 0.7 else rng.choice(types),
                    "sub_event_type": ev.get("sub_event_type") if rng.random() < 0.6 else "Other",
                    "event_date": lo if rng.random() < 0.8 else (art.get("published") or lo),
                    "time_precision": rng.choice([1, 1, 1, 3]),
                    "latitude": ev["lat"] + rng.uniform(-0.5, 0.5), "longitude": ev["lon"] + rng.uniform(-0.5, 0.5),
                    "fatalities": ev.get("fatalities", 0) + rng.choice([0, 0, 1]),
                    "counts": {ev.get("count_kind") or "arrested": ev.get("count", 0)},
                    "modality": "asserted" if rng.random() < 0.85 else "planned",
                })
        preds.append({"article_id": art["id"], "event_type": "Riots", "event_date": art.get("published"),
                      "latitude": 0.0, "longitude": 0.0, "modality": "asserted"})
    path = tmp_path / "p.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in preds))
    ref = json.loads(subprocess.run([sys.executable, str(reference), str(gold_path), str(path), "--brief"],
                                    capture_output=True, text=True, check=True).stdout)
    ours = score_articles(articles, preds)
    assert ours["must_found"] == ref["must_found"] and ours["must_total"] == ref["must_total"]
    assert ours["may_found"] == ref["may_found"]
    assert ours["must_recall"] == ref["must_recall"] and ours["precision"] == ref["precision"]
    assert ours["rows"] == ref["predicted"] and ours["rows_fitting"] == ref["matched_predicted"]
    assert ours["must_not_violations"] == ref["must_not_violations"]
    for key, value in ref["field_accuracy_on_matched_must"].items():
        assert ours["field_accuracy"][key]["n"] == value["n"], key
