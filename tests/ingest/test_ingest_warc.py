"""WARC and WARC.gz archives, built here with warcio's own writer."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from dateline.ingest import read_inputs
from dateline.types import Article, InputProblem


def _page(title: str, paragraphs: list[str], date_meta: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{date_meta}">' if date_meta else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{title}</title>{meta}</head><body><article><h1>{title}</h1>{body}</article></body></html>".encode()


PAGES = [
    # (uri, payload, content type, WARC-Date)
    ("https://a.example.org/mukalla", _page("Car bomb in Mukalla", [
        "MUKALLA, Yemen — A car bomb exploded near a military camp in Mukalla on Monday, killing six recruits, medics said.",
        "The blast damaged several shops on the coast road.",
    ], "2016-05-09"), "text/html; charset=utf-8", "2016-05-10T08:00:00Z"),
    ("https://a.example.org/logo.png", b"\x89PNG not really", "image/png", "2016-05-10T08:00:01Z"),
    ("https://a.example.org/latin", "<html><body><p>Caf\u00e9 raid</p></body></html>".encode("latin-1"), "text/html; charset=utf-8", "2016-05-10T08:00:02Z"),
    ("https://a.example.org/aden", _page("Arrests in Aden", [
        "Police in Aden arrested five suspects on Tuesday in connection with the bombing of a checkpoint, officials said.",
    ]), "text/html", "2016-05-11T09:00:00Z"),
]


def build_warc(gzip: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "dateline tests"}))
    for uri, payload, content_type, date in PAGES:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(payload), http_headers=headers, warc_headers_dict={"WARC-Date": date}
        )
        writer.write_record(record)
    return buf.getvalue()


@pytest.mark.parametrize(("gzip", "suffix"), [(False, ".warc"), (True, ".warc.gz")])
def test_warc_html_responses_become_articles(tmp_path: Path, gzip: bool, suffix: str) -> None:
    path = tmp_path / f"crawl{suffix}"
    path.write_bytes(build_warc(gzip))
    items = list(read_inputs([str(path)]))
    articles = [i for i in items if isinstance(i, Article)]
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert [a.url for a in articles] == ["https://a.example.org/mukalla", "https://a.example.org/aden"]
    mukalla, aden = articles
    assert mukalla.published == dt.date(2016, 5, 9)  # the page's own date beats the crawl date
    assert aden.published == dt.date(2016, 5, 11)  # no page date: WARC-Date
    assert mukalla.dateline == "MUKALLA, Yemen" and mukalla.title == "Car bomb in Mukalla"
    assert mukalla.origin == f"{path}#record 2" and aden.origin == f"{path}#record 5"
    # the record whose bytes are not the UTF-8 it claims: one problem, and the file goes on
    [bad] = problems
    assert bad.input == f"{path}#record 4" and "not valid utf-8" in bad.problem


def test_callers_published_wins_for_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(build_warc(False))
    dates = {a.published for a in read_inputs([str(path)], published=dt.date(2016, 5, 1)) if isinstance(a, Article)}
    assert dates == {dt.date(2016, 5, 1)}


def test_truncated_warc_gz_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    data = build_warc(True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:-120])  # cut inside the last record (the Aden page)
    after = tmp_path / "z.txt"
    after.write_text("Troops entered Zinjibar on Sunday, officials said.", encoding="utf-8")
    items = list(read_inputs([str(path), str(after)]))
    articles = [i for i in items if isinstance(i, Article)]
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert [a.url for a in articles] == ["https://a.example.org/mukalla", None]  # nothing half-read
    cut = [p for p in problems if p.input == str(path)]
    assert len(cut) == 1
    assert "record 5" in cut[0].problem and "offset" in cut[0].problem and "cut off" in cut[0].problem


def test_cut_anywhere_never_yields_a_cut_off_page(tmp_path: Path) -> None:
    data = build_warc(False)
    for cut in range(40, len(data), 97):
        path = tmp_path / f"cut{cut}.warc"
        path.write_bytes(data[:cut])
        items = list(read_inputs([str(path)]))
        for item in items:
            if isinstance(item, Article):
                assert item.text.endswith(("coast road.", "officials said.")), (cut, item.text)
        assert any(isinstance(i, InputProblem) and i.input == str(path) for i in items), cut


def test_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_text("this is not an archive\n", encoding="utf-8")
    good = tmp_path / "good.warc.gz"
    good.write_bytes(build_warc(True))
    problem, *rest = read_inputs([str(path), str(good)])
    assert isinstance(problem, InputProblem)
    assert problem.input == str(path) and "not a WARC or ARC file: it starts with 'this is not" in problem.problem
    assert sum(isinstance(i, Article) for i in rest) == 2


def test_damaged_warcs_never_crash(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    import random

    rng = random.Random(11)
    seeds = [build_warc(False), build_warc(True)]
    for n in range(80):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 4)):
            pos = rng.randrange(len(data))
            if rng.random() < 0.5:
                data[pos] = rng.randrange(256)
            else:
                del data[pos : pos + rng.randint(1, 30)]
        path = tmp_path / f"d{n}.warc"
        path.write_bytes(bytes(data))
        items = list(read_inputs([str(path)]))
        assert items and all(isinstance(i, (Article, InputProblem)) for i in items)
    assert "WARNING" not in capfd.readouterr().err  # warcio's own stderr warnings become problems
