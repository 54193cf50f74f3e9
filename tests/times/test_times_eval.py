"""The TimeML scorer and the times CLI commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.evaluation.times import read_tml

# A tiny TimeML file written by us.
TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>ours1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2016-05-12" temporalFunction="false" functionInDocument="CREATION_TIME">2016-05-12</TIMEX3></DCT>
<TEXT>
Rebels <EVENT eid="e1">shelled</EVENT> the port <TIMEX3 tid="t1" type="DATE" value="2016-05-11">Wednesday</TIMEX3> &amp; again
<TIMEX3 tid="t2" type="DATE" value="2016-05-12">today</TIMEX3> after a <TIMEX3 tid="t3" type="DURATION" value="P2W">two-week</TIMEX3> truce.
Aid arrives <TIMEX3 tid="t4" type="DATE" value="FUTURE_REF">soon</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture()
def tml_dir(tmp_path: Path) -> Path:
    (tmp_path / "ours1.tml").write_text(TML, encoding="utf-8")
    return tmp_path


def test_read_tml_maps_offsets(tml_dir: Path) -> None:
    doc = read_tml(tml_dir / "ours1.tml")
    assert doc.dct is not None and doc.dct.isoformat() == "2016-05-12"
    assert [g.text for g in doc.gold] == ["Wednesday", "today", "two-week", "soon"]
    assert "&" in doc.text and "<" not in doc.text


def test_eval_command(tml_dir: Path) -> None:
    from dateline.cli import app

    result = CliRunner().invoke(app, ["eval", "times", str(tml_dir)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["n_gold"] == 4
    # "soon" is left out on purpose, the other three are found with the right values
    assert scores["relaxed_recall"] == 0.75 and scores["relaxed_precision"] == 1.0
    assert scores["value_f1"] == pytest.approx(2 * 0.75 / 1.75, abs=1e-3)
    for key in ("strict_f1", "relaxed_f1", "type_accuracy", "value_f1", "n_gold"):
        assert key in scores


def test_eval_errors(tmp_path: Path) -> None:
    from dateline.cli import app

    runner = CliRunner()
    assert runner.invoke(app, ["eval", "times", str(tmp_path)]).exit_code == 2
    assert runner.invoke(app, ["eval", "times", str(tmp_path / "nope")]).exit_code == 2


def test_timex_command(tmp_path: Path) -> None:
    from dateline.cli import app

    src = tmp_path / "report.txt"
    src.write_text("Gunmen attacked a convoy on Wednesday after a two-week lull.", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["timex", str(src), "--published", "2016-05-12"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["text"], r["type"], r["value"]) for r in rows] == [("Wednesday", "DATE", "2016-05-11"), ("two-week", "DURATION", "P2W")]
    assert set(rows[0]) == {"article_id", "start", "end", "text", "type", "value"}
    bad = runner.invoke(app, ["timex", str(src), "--published", "2016-13-45"])
    assert bad.exit_code != 0 and "2016-13-45" in bad.output


def _shared() -> Path:
    from dateline.evaluation import shared_data_dir

    return shared_data_dir()


def test_timebank_dev_targets() -> None:
    folder = _shared() / "timeml" / "TimeBank"
    if not folder.is_dir():
        pytest.skip("shared TimeBank data not available")
    from dateline.evaluation.times import evaluate, find_tml

    scores, _ = evaluate(find_tml(folder))
    assert scores["relaxed_f1"] >= 0.90
    assert scores["value_f1"] >= 0.80


def test_timex_command_jsonl_keeps_item_dates(tmp_path: Path) -> None:
    from dateline.cli import app

    src = tmp_path / "reports.jsonl"
    src.write_text(
        '{"id": "r1", "text": "Rebels attacked on Wednesday.", "published": "2016-05-12"}\n'
        '{"id": "r2", "text": "Rebels attacked on Wednesday."}\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["timex", str(src)])
    assert result.exit_code == 0, result.output
    rows = {r["article_id"]: r["value"] for r in map(json.loads, result.stdout.splitlines())}
    assert rows == {"r1": "2016-05-11", "r2": "XXXX-WXX-3"}  # no date, nothing invented


def test_component_sets_timexes_and_scores() -> None:
    import datetime as dt

    import spacy
    from spacy.training import Example

    from dateline.nlp import register_extensions, set_article
    from dateline.times import set_timexes, timexes
    from dateline.times.tagger import tag
    from dateline.types import Article

    register_extensions()
    import dateline.times.component  # noqa: F401 - registers the factory

    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_times")
    text = "Troops left on Wednesday after a two-week siege."
    doc = nlp.make_doc(text)
    set_article(doc, Article(text=text, published=dt.date(2016, 5, 12)))
    doc = nlp(doc)
    assert [(t.text, t.value) for t in timexes(doc)] == [("Wednesday", "2016-05-11"), ("two-week", "P2W")]
    gold = nlp.make_doc(text)
    set_timexes(gold, tag(text, dt.date(2016, 5, 12))[:1])
    scores = nlp.get_pipe("dateline_times").score([Example(doc, gold)])
    assert scores["n_gold"] == 1 and scores["relaxed_recall"] == 1.0 and scores["relaxed_precision"] == 0.5
    bare = nlp(nlp.make_doc(text))  # no article: no reference date
    assert timexes(bare)[0].value == "XXXX-WXX-3"
