"""Ingest speed against extract alone, on the same articles in the same run (not a test; noisy on a shared machine).

Writes N dev articles (LGL, read at run time) to a temporary JSONL file, then times, alternately,
reading + running every article through the run loop (``pipeline.run``, what ``dateline extract``
does before writing), and reading + running + storing them into a fresh store
(``dateline.store.ingest.ingest``, what ``dateline ingest`` does: store look-ups, journal, dedup
against the store). Both use the same engine and ``--jobs``: with one job the pipeline is loaded
once for all rounds; with more, each run starts its own pool (worker start-up is in both times);
with ``--engine dask`` both use one LocalCluster of ``--jobs`` workers, started once.
Prints the ratio extract time / ingest time per round (target >= 0.9), the time storing alone
takes on the extracted results (the part that is ingest's own), and the CPU seconds of both runs
(this process, plus the pool's workers, which end with each run; Dask's workers are not counted),
which a busy shared machine disturbs far less than the wall clock.

    python scripts/bench_ingest.py --articles 200 --rounds 2
    python scripts/bench_ingest.py --articles 300 --rounds 3 --jobs 2
    python scripts/bench_ingest.py --articles 300 --jobs 2 --engine dask
    python scripts/bench_ingest.py --db postgresql://dateline:dateline@127.0.0.1/bench   # a PostgreSQL store
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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
from dateline.types import InputProblem  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (or Dask workers) for both runs")
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--db", default=None, help="store URL (default: a fresh SQLite file per round)")
    args = parser.parse_args()
    texts, what = load_texts(args.articles)
    folder = Path(tempfile.mkdtemp(prefix="dateline-ingest-bench-"))
    corpus = folder / "articles.jsonl"
    with corpus.open("w") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": f"b{i}", "text": text, "published": "2024-03-01"}) + "\n")
    client = None
    if args.engine == "dask":
        from dateline.scale import connect

        client = connect(n_workers=args.jobs)
        from dateline.types import Article

        list(pipeline.run([Article(text=texts[0])], engine="dask", client=client))  # every worker loads the pipeline before timing
    run_options = dict(jobs=args.jobs, engine=args.engine, client=client,
                       nlp=pipeline.build() if args.jobs == 1 and args.engine == "local" else None)
    extract_s, ingest_s, store_s = [], [], []
    extract_cpu, ingest_cpu = [], []  # CPU seconds of this process and of the pool's workers (which end with each run)

    def cpu() -> float:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.process_time() + children.ru_utime + children.ru_stime

    def run_extract() -> list:
        started, cpu0 = time.perf_counter(), cpu()
        articles = (a for a in read_inputs([str(corpus)]) if not isinstance(a, InputProblem))
        pairs = [(o.article, o.records) for o in pipeline.run(articles, **run_options)]
        extract_s.append(time.perf_counter() - started)
        extract_cpu.append(cpu() - cpu0)
        return pairs

    def run_ingest(r: int) -> None:
        with Store.open(args.db or str(folder / f"round{r}.db")) as store:
            started, cpu0 = time.perf_counter(), cpu()
            ingest(store, [str(corpus)], ProblemLog(stream=open(os.devnull, "w")), **run_options)
            ingest_s.append(time.perf_counter() - started)
            ingest_cpu.append(cpu() - cpu0)

    for r in range(args.rounds):  # alternate the order: the machine's load drifts
        if r % 2:
            run_ingest(r)
            pairs = run_extract()
        else:
            pairs = run_extract()
            run_ingest(r)
        with Store.open(str(folder / f"store-only{r}.db")) as store:  # storing alone, on the extracted results
            started = time.perf_counter()
            for i in range(0, len(pairs), 64):
                store.add_batch(pairs[i:i + 64])
            store_s.append(time.perf_counter() - started)
        print(f"round {r + 1}: extract {extract_s[-1]:.1f}s, ingest {ingest_s[-1]:.1f}s, storing alone {store_s[-1]:.2f}s "
              f"({sum(len(rs) for _, rs in pairs)} records)", flush=True)
    if client is not None:
        cluster = client.cluster
        client.close()
        cluster.close()
    ratios = sorted(e / i for e, i in zip(extract_s, ingest_s))
    print(json.dumps({"articles": len(texts), "data": what, "jobs": args.jobs, "engine": args.engine,
                      "extract_s": [round(x, 2) for x in extract_s], "ingest_s": [round(x, 2) for x in ingest_s],
                      "store_only_s": [round(x, 3) for x in store_s],
                      "ratio_extract_over_ingest": [round(x, 3) for x in ratios],
                      "ratio_extract_over_ingest_median": round(ratios[len(ratios) // 2], 3),
                      "ratio_extract_over_extract_plus_storing": round(sum(extract_s) / (sum(extract_s) + sum(store_s)), 3),
                      "cpu_s_extract": [round(x, 2) for x in extract_cpu], "cpu_s_ingest": [round(x, 2) for x in ingest_cpu],
                      "cpu_ratio_extract_over_ingest": round(sum(extract_cpu) / sum(ingest_cpu), 3),
                      "load_average": os.getloadavg()}))


if __name__ == "__main__":
    main()
