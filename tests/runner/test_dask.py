"""The Dask engine: partitions that cover every line and record once, and on a real two-worker
LocalCluster the same events and problems as the local engine."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from dateline.scale import Partition, partitions

SENTENCES = [
    "Gunmen killed two soldiers at a checkpoint in Aden on Monday, officials said.",
    "Police arrested four men in Taiz on Tuesday after a bomb damaged the market.",
    "Protesters marched through Sanaa on Friday to demand the release of detainees.",
    "An air strike hit a school in Saada on Wednesday, killing three children, medics said.",
    "Rebels seized the town of Marib on Sunday after heavy fighting with the army.",
    "Security forces shot dead a suspected militant in Mukalla on Thursday.",
]


def write_inputs(root: Path) -> list[str]:
    lines = [json.dumps({"id": f"j{n}", "text": s, "published": "2024-03-0{}".format(n % 7 + 1)}) for n, s in enumerate(SENTENCES)]
    lines.insert(3, "{not json")
    (root / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for n, s in enumerate(SENTENCES[:4]):
        page = f"<html><body><article><p>ADEN, Yemen \u2014 {s}</p><p>{s}</p></article></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        fixed = {"WARC-Date": "2024-03-05T00:00:00Z"}
        writer.write_record(writer.create_warc_record(f"https://example.org/{n}", "response", payload=io.BytesIO(page), http_headers=headers, warc_headers_dict=fixed))
    (root / "crawl.warc.gz").write_bytes(buf.getvalue())
    (root / "note.txt").write_text("KABUL \u2014 " + SENTENCES[4], encoding="utf-8")
    return [str(root / "batch.jsonl"), str(root / "crawl.warc.gz"), str(root / "note.txt")]


def test_partitions_cover_every_line_and_record_once(tmp_path: Path) -> None:
    inputs = write_inputs(tmp_path)
    parts = [p for p in partitions(inputs, shard_bytes=200) if isinstance(p, Partition)]
    jsonl = [p for p in parts if p.format == "jsonl"]
    size = Path(inputs[0]).stat().st_size
    assert len(jsonl) > 2 and jsonl[0].start == 0 and jsonl[-1].end == size
    assert all(a.end == b.start for a, b in zip(jsonl, jsonl[1:]))
    data = Path(inputs[0]).read_bytes()
    for p in jsonl:  # each shard starts on a line, with that line's number
        assert p.start == 0 or data[p.start - 1:p.start] == b"\n"
        assert p.first_item == data[: p.start].count(b"\n") + 1
    warc = [p for p in parts if p.format == "warc"]
    assert len(warc) > 1 and [p.first_item for p in warc] == sorted({p.first_item for p in warc})


def local_run(inputs: list[str]) -> tuple[list[dict], list[str]]:
    from dateline import pipeline
    from dateline.ingest import read_inputs
    from dateline.types import InputProblem

    problems, articles = [], []
    for item in read_inputs(inputs):
        (problems if isinstance(item, InputProblem) else articles).append(item)
    records = [r for o in pipeline.run(articles, jobs=1, all_modalities=True) for r in o.records]
    return [r.model_dump(mode="json", exclude={"timestamp"}) for r in records], [str(p) for p in problems]


def test_two_worker_cluster_gives_the_local_engines_events(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from dateline.pipeline import Outcome
    from dateline.scale import run_dask
    from dateline.types import InputProblem

    inputs = write_inputs(tmp_path)
    want_records, want_problems = local_run(inputs)
    assert len(want_records) >= 5 and want_problems
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        got = list(run_dask(inputs, client=client, all_modalities=True, shard_bytes=200))
    records = [r.model_dump(mode="json", exclude={"timestamp"}) for o in got if isinstance(o, Outcome) for r in o.records]
    problems = [str(p) for p in got if isinstance(p, InputProblem)]
    assert records == want_records
    assert problems == want_problems
