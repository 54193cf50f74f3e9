"""The eval geo corpus readers, on tiny corpora we wrote."""

from __future__ import annotations

import pytest

from dateline.evaluation.geo import CorpusFormatError, read_corpus

LGL_LIKE = """<?xml version="1.0"?><articles><article docid="7"><text>Rain fell on Dayton again.</text>
<toponyms><toponym><start>13</start><end>19</end><phrase>Dayton</phrase>
<gaztag geonameid="4509884"><name>Dayton</name><lat>39.75</lat><lon>-84.19</lon></gaztag></toponym></toponyms></article></articles>"""

GEOVIRUS_LIKE = """<articles><article><source>x</source><text>Flu cases rose in Lima.</text><locations><location>
<name>Lima</name><start>18</start><end>22</end><lat>-12.04</lat><lon>-77.03</lon><page>p</page></location></locations></article></articles>"""


def test_reads_both_layouts(tmp_path):
    a = tmp_path / "a.xml"
    a.write_text(LGL_LIKE)
    b = tmp_path / "b.xml"
    b.write_text(GEOVIRUS_LIKE)
    (art,) = read_corpus(a)
    assert art.toponyms[0].geonameid == 4509884 and art.text[13:19] == "Dayton"
    (art,) = read_corpus(b)
    assert art.toponyms[0].text == "Lima" and art.toponyms[0].geonameid is None


def test_wrong_format_is_a_clear_error(tmp_path):
    bad = tmp_path / "c.xml"
    bad.write_text("<root><item/></root>")
    with pytest.raises(CorpusFormatError, match="LGL"):
        list(read_corpus(bad))
