"""Measure the readers on the shared dev texts: ``python -m dateline.ingest.bench``.

Wraps every English dev document (LGL, GeoVirus, TimeBank, CASE 2021) as
txt, one JSONL file, HTML pages, and one gzipped WARC in a temporary
folder (nothing is written to the repository), reads each with
``read_inputs`` and prints one JSON object: articles read, problems, and
milliseconds per article per format, and the share of articles whose text
(whitespace aside) is the JSONL text.  Any problem on these English texts
is a false rejection; txt differs where a first line is taken as headline.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from dateline.ingest import read_inputs
from dateline.types import Article


def shared_data() -> Path:
    from dateline.evaluation import shared_data_dir

    return shared_data_dir()


def dev_texts(data: Path) -> list[str]:
    texts: list[str] = []
    for name in ("geoparsing/lgl.xml", "geoparsing/geovirus.xml"):
        if (data / name).exists():
            texts += [e.text or "" for e in ET.parse(data / name).getroot().iter("text")]
    texts += [re.sub(r"<[^>]+>", "", p.read_text(encoding="utf-8")) for p in sorted((data / "timeml" / "TimeBank").glob("*.tml"))]
    tsv = data / "case2021-task2" / "dev.tsv"
    if tsv.exists():
        with tsv.open(encoding="utf-8") as fh:
            texts += [row["EventSnippet"] for row in csv.DictReader(fh, delimiter="\t")]
    return [t.strip() for t in texts if t.strip()]


def page(text: str, n: int) -> bytes:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in re.split(r"\n\s*\n|\n", text) if p.strip())
    return (
        f"<html><head><title>Dev document {n}</title></head><body><nav>Home | News</nav>"
        f"<article><h1>Dev document {n}</h1>{paras}</article><footer>Footer</footer></body></html>"
    ).encode("utf-8")


def write_inputs(texts: list[str], root: Path) -> dict[str, Path]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    paths = {fmt: root / fmt for fmt in ("txt", "html")}
    for folder in paths.values():
        folder.mkdir()
    with (root / "all.jsonl").open("w", encoding="utf-8") as fh:
        for n, text in enumerate(texts):
            fh.write(json.dumps({"id": f"d{n}", "text": text}) + "\n")
            (paths["txt"] / f"{n:04d}.txt").write_text(text, encoding="utf-8")
            (paths["html"] / f"{n:04d}.html").write_bytes(page(text, n))
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for n, text in enumerate(texts):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://dev.example/{n}", "response", payload=io.BytesIO(page(text, n)), http_headers=headers))
    (root / "all.warc.gz").write_bytes(buf.getvalue())
    return {"jsonl": root / "all.jsonl", "txt": paths["txt"], "html": paths["html"], "warc": root / "all.warc.gz"}


def main() -> int:
    data = shared_data()
    texts = dev_texts(data) if data.is_dir() else []
    if not texts:
        print(json.dumps({"error": f"no dev texts under {data}"}))
        return 2
    report: dict[str, object] = {"documents": len(texts)}
    reference: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, path in write_inputs(texts, Path(tmp)).items():
            start = time.perf_counter()
            items = list(read_inputs([str(path)]))
            elapsed = time.perf_counter() - start
            articles = [i for i in items if isinstance(i, Article)]
            problems = [str(i) for i in items if not isinstance(i, Article)]
            words = [" ".join(a.text.split()) for a in articles]
            reference = reference or words  # jsonl comes first: the other formats should give the same text
            report[fmt] = {
                "articles": len(articles),
                "problems": len(problems),
                "first_problems": [p.replace(tmp, "") for p in problems[:3]],
                "datelines": sum(1 for a in articles if a.dateline),
                "same_text_as_jsonl": round(sum(a == b for a, b in zip(words, reference)) / max(1, len(reference)), 4),
                "ms_per_article": round(1000 * elapsed / max(1, len(articles)), 2),
            }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
