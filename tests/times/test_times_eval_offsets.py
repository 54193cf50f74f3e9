"""`dateline eval times` scores the offsets a user sees: the text goes through the .txt reader first."""

from __future__ import annotations

from pathlib import Path

from dateline.evaluation.times import evaluate

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>dl-test</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-16" temporalFunction="false" functionInDocument="CREATION_TIME">02/16/1998</TIMEX3></DCT>
<TEXT>

   WASHINGTON (AP) _ Negotiators left the capital on <TIMEX3 tid="t1" type="DATE" value="1998-02-13">Friday</TIMEX3> without a deal.

Talks resume on <TIMEX3 tid="t2" type="DATE" value="1998-03-02">March 2</TIMEX3>, an aide said.
</TEXT>
</TimeML>
"""


def test_leading_blank_lines_and_wire_dateline_keep_strict_matches(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    scores, _ = evaluate([path])
    assert scores["n_gold"] == 2
    assert scores["strict_f1"] == 1.0 and scores["value_f1"] == 1.0
