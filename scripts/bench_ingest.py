"""Ingest speed against extract alone, on the same articles in the same run (not a test; noisy on a shared machine).

Writes N dev articles (LGL, read at run time) to a temporary JSONL file, loads the pipeline once,
then times, alternately, reading + extracting every article (what ``dateline extract`` does), and
reading + extracting + storing them into a fresh SQLite store (what ``dateline ingest`` does,
dedup against the store included).  Prints the ratio extract time / ingest time (target >= 0.9).

    python scripts/bench_ingest.py --articles 200 --rounds 2
    python scripts/bench_ingest.py --db postgresql://dateline:dateline@127.0.0.1/bench   # a PostgreSQL store
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import load_texts  # noqa: E402

from dateline import pipeline  # noqa: E402
from dateline.ingest import read_inputs  # noqa: E402
from dateline.problems import ProblemLog  # noqa: E402
from dateline.store import Store  # noqa: E402
from dateline.store.ingest import ingest  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--db", default=None, help="store URL (default: a fresh SQLite file per round)")
    args = parser.parse_args()
    texts, what = load_texts(args.articles)
    folder = Path(tempfile.mkdtemp(prefix="dateline-ingest-bench-"))
    corpus = folder / "articles.jsonl"
    with corpus.open("w") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": f"b{i}", "text": text, "published": "2024-03-01"}) + "\n")
    nlp = pipeline.build()
    extract_s, ingest_s = [], []
    for r in range(args.rounds):
        started = time.perf_counter()
        n_records = sum(len(rs) for _, rs in pipeline.extract(nlp, (a for a in read_inputs([str(corpus)]) if not hasattr(a, "problem"))))
        extract_s.append(time.perf_counter() - started)
        db = args.db or str(folder / f"round{r}.db")
        with Store.open(db) as store:
            started = time.perf_counter()
            stats = ingest(store, nlp, [str(corpus)], ProblemLog(stream=open(os.devnull, "w")))
            ingest_s.append(time.perf_counter() - started)
        print(f"round {r + 1}: extract {extract_s[-1]:.1f}s ({n_records} records), ingest {ingest_s[-1]:.1f}s "
              f"({stats.articles} articles, {stats.events} events, {stats.merged} merged)", flush=True)
    print(json.dumps({"articles": len(texts), "data": what, "extract_s": round(min(extract_s), 2), "ingest_s": round(min(ingest_s), 2),
                      "ratio_extract_over_ingest": round(min(extract_s) / min(ingest_s), 3), "load_average": os.getloadavg()}))


if __name__ == "__main__":
    main()
