"""Benchmark: one process against two, for the local pool, spaCy's n_process and Dask, in one run.

    python scripts/bench_scale.py [--n 200] [--skip-dask]

Texts: LGL dev articles from ../shared/data (read at run time, never copied),
else the bundled example repeated.  Each engine runs the same articles; the
rate is taken from the first finished article to the last (pipeline loading
and worker start-up excluded: they are paid once per run, not per article),
and the total wall time is reported beside it.  Memory is peak RSS per
process.  The machine is shared: run it when it is quiet, and read the
numbers as a ratio between engines measured in the same run.

On Linux with autogroup (``/proc/sys/kernel/sched_autogroup_enabled``), each
session gets one share of the CPU, so with busy neighbours one process and
two workers get the same CPU time; the local pool is then also run with each
worker in a session of its own and that ratio is reported beside the plain one.

The projection (articles a day) scales the measured per-core rate of the
full pipeline (words per CPU second of one process, which neighbours on a
shared machine disturb far less than the wall clock) to 500-word articles:
words per second x 86,400 / 500, times cores and an efficiency.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dateline import pipeline  # noqa: E402
from dateline.evaluation import shared_data_dir  # noqa: E402
from dateline.types import Article  # noqa: E402


def load_texts(n: int) -> tuple[list[str], str]:
    lgl = shared_data_dir() / "geoparsing" / "lgl.xml"
    if lgl.exists():
        texts = [a.findtext("text") or "" for a in ET.parse(lgl).getroot().iter("article")]
        return [t for t in texts if t.strip()][:n], "LGL dev articles"
    example = (ROOT / "examples" / "al-mukalla.txt").read_text(encoding="utf-8")
    return [example] * n, "bundled example, repeated"


def rate(times: list[float], words: int, n: int) -> dict[str, float]:
    """Steady-state rate from the first to the last finished article."""
    span = times[-1] - times[0]
    per = (n - 1) / n
    return {"articles_per_s": round((n - 1) / span, 3), "words_per_s": round(words * per / span, 1)}


def children_rss_mb() -> list[float]:
    import psutil

    return [c.memory_info().rss / 2**20 for c in psutil.Process().children(recursive=True)]


def run_one_in_own_group(nlp, article, all_modalities, time_limit):  # type: ignore[no-untyped-def]
    """A worker's work, first moving the worker into a session (and so a scheduling group) of its own."""
    if os.getpgid(0) != os.getpid():
        os.setsid()
    return pipeline.run_one(nlp, article, all_modalities, time_limit)


def run_local(articles: list[Article], jobs: int, words: int, own_groups: bool = False) -> dict[str, object]:
    stamps: list[float] = []
    peak_children: dict[int, float] = {}
    nlp = pipeline.build() if jobs == 1 else None
    start, cpu_start = time.monotonic(), time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    children_start = children.ru_utime + children.ru_stime
    if jobs == 1:
        outcomes = pipeline.run(articles, jobs=1, nlp=nlp, all_modalities=True, time_limit=None)
    else:
        from dateline.pool import run_pool

        outcomes = run_pool(articles, jobs=jobs, all_modalities=True, time_limit=None, wait_ready=True,  # timing starts with all workers loaded
                            work=run_one_in_own_group if own_groups else None)
    for n, outcome in enumerate(outcomes):
        assert outcome.problem is None, outcome.problem
        stamps.append(time.monotonic())
        if jobs > 1 and n % 10 == 0:
            import psutil

            for child in psutil.Process().children(recursive=True):
                try:
                    peak_children[child.pid] = max(peak_children.get(child.pid, 0), child.memory_info().rss / 2**20)
                except psutil.Error:
                    pass
    result: dict[str, object] = {"jobs": jobs, **rate(stamps, words, len(articles)), "total_wall_s": round(time.monotonic() - start, 1)}
    if jobs == 1:
        cpu = time.process_time() - cpu_start
        result["cpu_s"] = round(cpu, 1)
        result["words_per_cpu_s"] = round(words / cpu, 1)  # what one core does, whatever the neighbours do
        result["rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    else:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers, reaped at the end of the run
        result["parent_cpu_s"] = round(time.process_time() - cpu_start, 1)
        result["workers_cpu_s_incl_pipeline_loads"] = round(children.ru_utime + children.ru_stime - children_start, 1)
        result["worker_rss_mb"] = sorted(round(v) for v in peak_children.values() if v > 100)
    return result


def run_n_process(texts: list[str], words: int, full: bool) -> dict[str, object]:
    """spaCy's own multiprocessing: bare model always; the full pipeline only if its Docs serialise."""
    from dateline.nlp import load_base

    out: dict[str, object] = {}
    nlp = pipeline.build() if full else load_base()
    for n_process in (1, 2):
        stamps: list[float] = []
        try:
            if full:
                docs = (pipeline.make_doc(nlp, Article(text=t)) for t in texts)
                stream = nlp.pipe(docs, n_process=n_process, batch_size=8)
            else:
                stream = nlp.pipe(texts, n_process=n_process, batch_size=8)
            for _ in stream:
                stamps.append(time.monotonic())
            out[f"n_process_{n_process}"] = rate(stamps, words, len(texts))
        except Exception as exc:  # noqa: BLE001 - report why it cannot run
            out[f"n_process_{n_process}"] = f"fails: {exc.__class__.__name__}: {str(exc)[:160]}"
    a, b = out.get("n_process_1"), out.get("n_process_2")
    if isinstance(a, dict) and isinstance(b, dict):
        out["ratio"] = round(b["words_per_s"] / a["words_per_s"], 2)
    return out


def run_dask(path: Path, words: int, n: int) -> dict[str, object]:
    import distributed

    from dateline.scale import PipelinePlugin, run_dask as dask_run

    out: dict[str, object] = {}
    for workers in (1, 2):
        with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, distributed.Client(cluster) as client:
            client.register_plugin(PipelinePlugin({}), name=f"dateline-pipeline-{abs(hash(()))}")  # load before timing
            stamps: list[float] = []
            start = time.monotonic()
            for item in dask_run([str(path)], client=client, all_modalities=True, time_limit=None, shard_bytes=64 << 10):
                stamps.append(time.monotonic())
            result: dict[str, object] = {**rate(stamps, words, n), "total_wall_s": round(time.monotonic() - start, 1)}
            result["worker_peak_rss_mb"] = sorted(round(v / 1024) for v in client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss).values())
            out[f"workers_{workers}"] = result
    out["scaling_ratio"] = round(out["workers_2"]["words_per_s"] / out["workers_1"]["words_per_s"], 2)  # type: ignore[index]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-n-process", action="store_true")
    args = parser.parse_args()
    texts, origin = load_texts(args.n)
    words = sum(len(t.split()) for t in texts)
    articles = [Article(text=t, id=f"b{n}", origin=f"bench:{n}") for n, t in enumerate(texts)]
    report: dict[str, object] = {"texts": origin, "n_texts": len(texts), "words": words, "load_average": os.getloadavg()}
    one = run_local(articles, 1, words)
    two = run_local(articles, 2, words)
    report["local"] = {"jobs_1": one, "jobs_2": two, "ratio": round(two["words_per_s"] / one["words_per_s"], 2)}  # type: ignore[operator]
    if Path("/proc/sys/kernel/sched_autogroup_enabled").exists() and Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1":
        # Linux autogroup gives each session one share of the CPU: with neighbours busy, one
        # process and two workers of the same session get the same CPU, and no ratio can show.
        # Here each worker has a session of its own, as each process has a core on a quiet machine.
        own = run_local(articles, 2, words, own_groups=True)
        report["local"]["jobs_2_own_scheduling_groups"] = own  # type: ignore[index]
        report["local"]["ratio_own_scheduling_groups"] = round(own["words_per_s"] / one["words_per_s"], 2)  # type: ignore[index,operator]
    if not args.skip_n_process:
        report["spacy_n_process_bare_model"] = run_n_process(texts, words, full=False)
        report["spacy_n_process_full_pipeline"] = run_n_process(texts, words, full=True)
    if not args.skip_dask:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bench.jsonl"
            path.write_text("".join(json.dumps({"id": a.id, "text": a.text}) + "\n" for a in articles), encoding="utf-8")
            report["dask"] = run_dask(path, words, len(articles))
    per_process = one["words_per_cpu_s"]  # type: ignore[index]
    per_day_core = per_process * 86_400 / 500  # type: ignore[operator]
    report["projection_500_word_articles_per_day"] = {
        "per_core": round(per_day_core),
        "this_machine_2_cores_at_measured_ratio": round(per_day_core * report["local"]["ratio"]),  # type: ignore[index]
        "16_cores_at_0.9_efficiency": round(per_day_core * 16 * 0.9),
        "10_nodes_x_16_cores_at_0.85": round(per_day_core * 160 * 0.85),
    }
    report["load_average_after"] = os.getloadavg()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
