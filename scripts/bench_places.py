"""Benchmark the places stage: paragraphs per second on one core, and peak memory.

Runs bare spaCy (the same base model) and spaCy + dateline_places over the same
paragraphs in the same process, so the ratio is meaningful on any machine.
Paragraphs come from the shared geoparsing dev sets when present (read at run
time, never copied), else from our bundled example.

    python scripts/bench_places.py [--n 1000]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import time  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def shared_data() -> Path:
    from dateline.evaluation import shared_data_dir

    return shared_data_dir()


def news_paragraphs(text: str, size: int = 3) -> list[str]:
    """The corpora store each article as one block: cut it into paragraphs of ~3 sentences."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", text) if s.strip()]
    return [" ".join(sentences[k : k + size]) for k in range(0, len(sentences), size)]


def paragraphs(n: int) -> list[str]:
    texts: list[str] = []
    for name in ("lgl.xml", "geovirus.xml"):
        path = shared_data() / "geoparsing" / name
        if path.exists():
            for art in ET.parse(path).getroot().iter("article"):
                texts.extend(p for p in news_paragraphs(art.findtext("text") or "") if len(p) > 40)
    if not texts:
        texts = [p for p in (ROOT / "examples" / "al-mukalla.txt").read_text(encoding="utf-8").split("\n\n") if p.strip()]
    out = []
    while len(out) < n:
        out.extend(texts)
    return out[:n]


def rate(nlp: object, texts: list[str]) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):  # type: ignore[attr-defined]
        pass
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of paragraphs")
    args = parser.parse_args()
    from dateline import pipeline
    from dateline.nlp import load_base

    texts = paragraphs(args.n)
    # The places pipeline runs first, so the peak memory read after it is its own.
    nlp = pipeline.build(stages=["places"])
    rate(nlp, texts[:50])  # warm-up
    places_rate = rate(nlp, texts)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    del nlp
    bare = load_base()
    rate(bare, texts[:50])
    bare_rate = rate(bare, texts)
    n_chars = sum(map(len, texts)) / len(texts)
    print(json.dumps({
        "paragraphs": len(texts),
        "mean_chars": round(n_chars),
        "bare_spacy_per_s": round(bare_rate, 1),
        "places_per_s": round(places_rate, 1),
        "ratio_vs_bare": round(places_rate / bare_rate, 3),
        "peak_rss_mb_places_pipeline": round(peak, 1),
    }))


if __name__ == "__main__":
    main()
