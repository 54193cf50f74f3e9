"""A long fuzz campaign over every reader (not run in CI): ``python scripts/fuzz_campaign.py --n 100000``.

Each input is generated from its number (so any finding is reproducible with
``--only N``): a format (txt, jsonl, html, feed, warc), a random document
built from pieces that break parsers, then random damage (bytes flipped, cut,
inserted), sometimes gzip-compressed.  Worker processes read the inputs with
``read_source`` under the per-document time limit; the parent watches them.

Counted:
- ``uncaught``: an exception escaped ``read_source`` (the batch would die);
- ``reader_bugs``: a reader raised and only the last-resort guard in
  ``read_source`` turned it into a problem line ("unexpected ...");
- ``hangs``: an input took longer than ``--hang`` seconds (the worker is
  killed and replaced); ``slow``: longer than the time limit but finished;
- ``over_memory``: the worker's resident memory exceeded ``--memory-mb``
  after an input.
Findings are written one JSON line each to ``--findings``.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import multiprocessing as mp
import random
import resource
import sys
import time
from collections import Counter
from multiprocessing.connection import wait
from pathlib import Path

FORMATS = ("txt", "jsonl", "html", "feed", "warc")
WORDS = ("Gunmen killed two soldiers in Aden on Monday , police said . The village of Al Hawtah was shelled ; "
         "KABUL — (AP) _ Al Mukalla : dozens 1,200 at least twelve 12 May 2016 last week").split()
NASTY = ["<?xml ", "<!DOCTYPE ", "<![CDATA[", "&lt;![", "]]>", "<!--", "&#0;", "&#x110000;", "&bogus;", "http://[x",
         "\x00", "\x97", "\ufeff", "\u202e", "<", ">", '"', "'", "\\", "<script>", "</p>", "<template>", "<p hidden>",
         "<html/>", "\r\n", "\n\n", "{", "}", "[", "]", "\t", " " * 50, "<" * 20, "&" * 10, "/" * 40]


def words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(NASTY) if rng.random() < 0.15 else rng.choice(WORDS) for _ in range(n))


def html_page(rng: random.Random) -> str:
    parts = [rng.choice(["", "<?xml version='1.0'?>", "<?xml " + " " * rng.randrange(2000), "<!DOCTYPE html>", "\ufeff"])]
    tags = ["p", "div", "article", "template", "script", "nav", "h1", "title", "head", "body", "html", "table", "td", "a"]
    for _ in range(rng.randrange(60)):
        r = rng.random()
        tag = rng.choice(tags)
        if r < 0.3:
            parts.append(f"<{tag}{rng.choice(['', ' hidden', ' style=display:none', ' x=', ' href=http://[x'])}>")
        elif r < 0.5:
            parts.append(f"</{tag}>")
        else:
            parts.append(words(rng, rng.randrange(30)))
    return "".join(parts)


def document(rng: random.Random, fmt: str) -> bytes:
    if fmt == "txt":
        return words(rng, rng.randrange(400)).encode(rng.choice(["utf-8", "utf-16", "utf-8"]), "surrogatepass")
    if fmt == "jsonl":
        lines = []
        for _ in range(rng.randrange(8)):
            item = {"text": words(rng, rng.randrange(100)), "url": rng.choice(["https://e.org/a", "http://[x", None, 7]),
                    "published": rng.choice(["2016-05-12", "12/05/2016", "2016-13-45", None, 12, "x" * 500]),
                    "id": rng.choice([None, "a", 3, ["x"]]), "dateline": rng.choice([None, "Aden", 5])}
            if rng.random() < 0.1:
                item = rng.choice([[1, 2], "text", None, {"text": {"nested": [1] * rng.randrange(50)}}])
            lines.append(json.dumps(item))
        return "\n".join(lines).encode()
    if fmt == "html":
        return html_page(rng).encode("utf-8", "surrogatepass")
    if fmt == "feed":
        import html

        items = "".join(
            f"<item><title>{html.escape(words(rng, 5))}</title><link>{rng.choice(['http://[x', 'https://e.org/x', ''])}</link>"
            f"<pubDate>{rng.choice(['Mon, 09 May 2016 10:00:00 GMT', 'yesterday', ''])}</pubDate>"
            f"<description>{html.escape(html_page(rng)) if rng.random() < 0.7 else words(rng, 20)}</description></item>"
            for _ in range(rng.randrange(5))
        )
        head = rng.choice(['<?xml version="1.0"?>', "", "<?xml "])
        return f"{head}<rss version='2.0'><channel><title>{words(rng, 3)}</title><link>http://[x</link>{items}</channel></rss>".encode("utf-8", "surrogatepass")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=rng.random() < 0.5)
    for n in range(rng.randrange(4)):
        ctype = rng.choice(["text/html", "text/html; charset=utf-16", "text/html; charset=nope", "image/png"])
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        fixed = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>", "WARC-Date": "2024-03-01T00:00:00Z"}
        writer.write_record(writer.create_warc_record(rng.choice(["https://e.org/a", "http://[x"]), "response",
                                                      payload=io.BytesIO(html_page(rng).encode("utf-8", "surrogatepass")),
                                                      http_headers=headers, warc_headers_dict=fixed))
    return buf.getvalue()


def damage(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.choice([0, 0, 1, 2, 5, 20])):
        if not buf:
            break
        pos = rng.randrange(len(buf))
        r = rng.random()
        if r < 0.4:
            buf[pos] = rng.randrange(256)
        elif r < 0.7:
            del buf[pos : pos + rng.randrange(1, 80)]
        else:
            buf[pos:pos] = rng.choice(NASTY).encode("utf-8", "surrogatepass") * rng.randrange(1, 5)
    return bytes(buf)


def make_input(number: int, seed: int) -> tuple[str, bytes, bool]:
    rng = random.Random(seed * 1_000_003 + number)
    fmt = FORMATS[number % len(FORMATS)]
    data = damage(rng, document(rng, fmt))
    compressed = rng.random() < 0.1
    return fmt, gzip.compress(data) if compressed else data, compressed


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def serve(conn, seed: int, time_limit: float) -> None:  # type: ignore[no-untyped-def]
    from dateline.ingest import ReadOptions, read_source
    from dateline.ingest.sources import Source

    options = ReadOptions(time_limit=time_limit)
    while (number := conn.recv()) is not None:
        fmt, data, compressed = make_input(number, seed)
        name = f"fuzz{number}.{fmt}" + (".gz" if compressed else "")
        start = time.monotonic()
        outcome, detail = "ok", ""
        items: list = []
        try:
            items = list(read_source(Source(name, fmt, lambda: io.BytesIO(data)), options))
            bugs = [i.problem for i in items if getattr(i, "problem", "").startswith("unexpected ")]
            if bugs:
                outcome, detail = "reader_bug", bugs[0][:300]
        except BaseException as exc:  # noqa: BLE001 - this is what we count
            outcome, detail = "uncaught", f"{exc.__class__.__name__}: {str(exc)[:300]}"
        n_articles = sum(1 for i in items if not hasattr(i, "problem"))
        conn.send((number, fmt, outcome, detail, time.monotonic() - start, rss_mb(), n_articles, len(items) - n_articles))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--time-limit", type=float, default=5.0)
    parser.add_argument("--hang", type=float, default=30.0)
    parser.add_argument("--memory-mb", type=float, default=1024.0)
    parser.add_argument("--only", type=int, help="run input number N alone, in this process")
    parser.add_argument("--findings", type=Path, default=Path("fuzz-findings.jsonl"))
    args = parser.parse_args()
    if args.only is not None:
        fmt, data, compressed = make_input(args.only, args.seed)
        from dateline.ingest import ReadOptions, read_source
        from dateline.ingest.sources import Source

        for item in read_source(Source(f"fuzz{args.only}.{fmt}", fmt, lambda: io.BytesIO(data)), ReadOptions(time_limit=args.time_limit)):
            print(str(item)[:500])
        return 0

    ctx = mp.get_context("spawn")
    counts: Counter[str] = Counter()
    by_format: Counter[str] = Counter()
    yielded: dict[str, Counter[str]] = {f: Counter() for f in FORMATS}
    slow = over_memory = 0
    peak = 0.0
    started = time.monotonic()
    pending = iter(range(args.n))
    findings = args.findings.open("w", encoding="utf-8")

    def start_worker():  # type: ignore[no-untyped-def]
        here, there = ctx.Pipe()
        proc = ctx.Process(target=serve, args=(there, args.seed, args.time_limit), daemon=True)
        proc.start()
        return {"conn": here, "proc": proc, "task": None, "since": 0.0}

    def give(worker) -> None:  # type: ignore[no-untyped-def]
        number = next(pending, None)
        worker["task"] = number
        worker["since"] = time.monotonic()
        if number is not None:
            worker["conn"].send(number)

    workers = [start_worker() for _ in range(args.jobs)]
    for w in workers:
        give(w)
    done = 0
    while any(w["task"] is not None for w in workers):
        ready = wait([w["conn"] for w in workers if w["task"] is not None], timeout=1.0)
        now = time.monotonic()
        for i, w in enumerate(workers):
            if w["task"] is None:
                continue
            if w["conn"] in ready:
                try:
                    number, fmt, outcome, detail, seconds, memory, n_articles, n_problems = w["conn"].recv()
                except (EOFError, OSError):
                    number, fmt, outcome, detail, seconds, memory = w["task"], FORMATS[w["task"] % 5], "crash", "worker died", now - w["since"], 0.0
                    n_articles = n_problems = 0
                    w["proc"].join()
                    workers[i] = w = start_worker()
                counts[outcome] += 1
                by_format[fmt] += 1
                yielded[fmt]["articles"] += n_articles
                yielded[fmt]["problems"] += n_problems
                peak = max(peak, memory)
                if seconds > args.time_limit:
                    slow += 1
                    findings.write(json.dumps({"n": number, "fmt": fmt, "kind": "slow", "seconds": round(seconds, 2)}) + "\n")
                if memory > args.memory_mb:
                    over_memory += 1
                    findings.write(json.dumps({"n": number, "fmt": fmt, "kind": "memory", "mb": round(memory)}) + "\n")
                if outcome != "ok":
                    findings.write(json.dumps({"n": number, "fmt": fmt, "kind": outcome, "detail": detail}) + "\n")
                done += 1
                if done % 5000 == 0:
                    print(f"{done:,} inputs, {dict(counts)}, {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
                give(w)
            elif now - w["since"] > args.hang:
                counts["hang"] += 1
                findings.write(json.dumps({"n": w["task"], "fmt": FORMATS[w["task"] % 5], "kind": "hang"}) + "\n")
                w["proc"].kill()
                w["proc"].join()
                workers[i] = w = start_worker()
                done += 1
                give(w)
    for w in workers:
        w["conn"].send(None)
        w["proc"].join(timeout=5)
    findings.close()
    print(json.dumps({
        "inputs": done,
        "by_format": dict(by_format),
        "articles_and_problems_read": {f: dict(c) for f, c in yielded.items()},
        "uncaught": counts["uncaught"],
        "reader_bugs": counts["reader_bug"],
        "worker_crashes": counts["crash"],
        "hangs": counts["hang"],
        "slow_over_time_limit": slow,
        "over_memory": over_memory,
        "peak_worker_rss_mb": round(peak),
        "seconds": round(time.monotonic() - started),
        "seed": args.seed,
        "time_limit_s": args.time_limit,
        "hang_s": args.hang,
        "memory_cap_mb": args.memory_mb,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
