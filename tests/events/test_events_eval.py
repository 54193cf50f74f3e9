"""The CASE scorer: metrics on a tiny file we wrote, and the dev-set floor when the data is there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.evaluation.events import NONE, read_case, score

ROOT = Path(__file__).resolve().parents[2]


def test_score_counts_out_of_scope_as_none():
    gold = ["ARREST", "ARREST", "AIR_STRIKE", "NATURAL_DISASTER", "DIPLO"]
    pred = ["ARREST", NONE, "AIR_STRIKE", NONE, "ARREST"]
    r = score(gold, pred, ["ARREST", "AIR_STRIKE"])
    assert r["n"] == 5
    assert r["accuracy"] == 0.6
    assert r["oos_rejection"] == 0.5
    assert r["confusion"]["DIPLO"] == {"ARREST": 1}
    assert 0 < r["weighted_f1"] < 1 and 0 < r["macro_f1"] < 1


def test_read_case_rejects_bad_header(tmp_path):
    bad = tmp_path / "x.tsv"
    bad.write_text("a\tb\tc\n1\tx\tARREST\n")
    with pytest.raises(ValueError, match="expected a header"):
        read_case(bad)


def test_eval_command_on_our_file(tmp_path):
    from dateline.cli import app

    f = tmp_path / "mini.tsv"
    f.write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tWarplanes bombed a village in the north, killing six civilians.\tAIR_STRIKE\n"
        "2\tA strong earthquake shook the coastal province overnight.\tNATURAL_DISASTER\n"
        "3\tPolice arrested twenty opposition activists at a party office.\tARREST\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["eval", "events", str(f)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["n"] == 3 and data["accuracy"] == 1.0 and data["oos_rejection"] == 1.0


def test_case_dev_floor():
    from dateline.evaluation import shared_data_dir

    dev = shared_data_dir() / "case2021-task2" / "dev.tsv"
    if not dev.exists():
        pytest.skip("shared CASE data not available")
    from dateline.evaluation.events import evaluate_case

    r = evaluate_case(dev)
    assert r["weighted_f1"] >= 0.80
    assert r["oos_rejection"] >= 0.75


def test_a_snippet_telling_one_demonstration_is_scored_its_highest_way(tmp_path):
    """A march whose crowd then burns cars is one Riots event, as the linking stage merges it,
    even when the calmer sentence is the surer one."""
    from dateline.evaluation.events import evaluate_case

    f = tmp_path / "demo.tsv"
    f.write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tThousands of teachers marched through the city centre on Saturday to demand higher pay. "
        "Later some of the marchers smashed shop windows and set fire to two parked cars.\tVIOL_DEMONSTR\n",
        encoding="utf-8",
    )
    r = evaluate_case(f)
    assert r["accuracy"] == 1.0, r["errors"]
