"""Benchmark: full ``dateline extract`` throughput as a ratio to bare spaCy on the same texts.

These machines are shared and noisy, so one absolute time means little: both
pipelines run on the same texts in the same process, alternating, and the best
of ``--rounds`` is kept for each.  Peak memory is the process's maximum RSS.

    python scripts/bench_extract.py [--n 200] [--rounds 3]

Texts: LGL news articles from ../shared/data (read at run time, never copied),
or the bundled example repeated when that folder is absent.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from dateline import pipeline
from dateline.evaluation import shared_data_dir
from dateline.nlp import load_base
from dateline.types import Article

ROOT = Path(__file__).resolve().parents[1]


def load_texts(n: int) -> tuple[list[str], str]:
    lgl = shared_data_dir() / "geoparsing" / "lgl.xml"
    if lgl.exists():
        texts = [a.findtext("text") or "" for a in ET.parse(lgl).getroot().iter("article")]
        return [t for t in texts if t.strip()][:n], f"LGL dev articles ({lgl})"
    example = (ROOT / "examples" / "al-mukalla.txt").read_text(encoding="utf-8")
    return [example] * n, "bundled example, repeated"


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts, origin = load_texts(args.n)
    words = sum(len(t.split()) for t in texts)
    articles = [Article(text=t, published=None) for t in texts]

    bare = load_base()
    full = pipeline.build()
    list(pipeline.extract(full, articles[:5]))  # warm caches (gazetteer, models) outside the timing
    list(bare.pipe(texts[:5]))

    bare_times, full_times = [], []
    for _ in range(args.rounds):
        bare_times.append(timed(lambda: list(bare.pipe(texts, batch_size=32))))
        full_times.append(timed(lambda: list(pipeline.extract(full, articles, all_modalities=True))))
    b, f = min(bare_times), min(full_times)
    print(json.dumps({
        "texts": origin,
        "n_texts": len(texts),
        "words": words,
        "bare_spacy_words_per_s": round(words / b),
        "dateline_extract_words_per_s": round(words / f),
        "throughput_ratio": round(b / f, 3),
        "target_ratio": 0.7,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }, indent=2))


if __name__ == "__main__":
    main()
