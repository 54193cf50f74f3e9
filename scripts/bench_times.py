"""Benchmark the temporal tagger: sentences per second on one core.

Times are CPU seconds of this process (``time.process_time``), best of
``--repeat`` runs, so other jobs on the machine disturb them less.

Text: the TimeBank dev documents when the shared data is present (else the
bundled example, repeated).  Sentences are counted with a plain regex split,
and that split of the same text is the baseline timed in the same run, so
the ratio is comparable across machines.  It also times one ``tag`` call per
sentence (the worst case: per-call overhead on short texts).

    python scripts/bench_times.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dateline.times.tagger import tag  # noqa: E402

SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])|\n\s*\n")


def _texts() -> list[tuple[str, object]]:
    from dateline.evaluation import shared_data_dir

    folder = shared_data_dir() / "timeml" / "TimeBank"
    if folder.is_dir():
        from dateline.evaluation.times import read_tml

        return [(d.text, d.dct) for d in (read_tml(p) for p in sorted(folder.glob("*.tml")))]
    import datetime as dt

    text = (ROOT / "examples" / "al-mukalla.txt").read_text(encoding="utf-8")
    return [(text, dt.date(2016, 5, 12))] * 200


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    docs = _texts()
    n_sent = sum(len([s for s in SENT.split(t) if s.strip()]) for t, _ in docs)
    n_chars = sum(len(t) for t, _ in docs)

    best_base = best_tag = float("inf")
    n_timex = 0
    for _ in range(args.repeat):
        t0 = time.process_time()
        for text, _ in docs:
            SENT.split(text)
        best_base = min(best_base, time.process_time() - t0)
        t0 = time.process_time()
        n_timex = 0
        for text, ref in docs:
            n_timex += len(tag(text, ref))  # type: ignore[arg-type]
        best_tag = min(best_tag, time.process_time() - t0)
    sentences = [(s, ref) for text, ref in docs for s in SENT.split(text) if s.strip()]
    best_sent = float("inf")
    for _ in range(args.repeat):
        t0 = time.process_time()
        for sentence, ref in sentences:
            tag(sentence, ref)  # type: ignore[arg-type]
        best_sent = min(best_sent, time.process_time() - t0)
    print(json.dumps({
        "documents": len(docs),
        "sentences": n_sent,
        "characters": n_chars,
        "timexes": n_timex,
        "tagger_seconds": round(best_tag, 4),
        "sentences_per_second": round(n_sent / best_tag),
        "baseline_regex_split_seconds": round(best_base, 4),
        "baseline_sentences_per_second": round(n_sent / best_base),
        "tagger_time_vs_baseline": round(best_tag / best_base, 1),
        "sentence_by_sentence_seconds": round(best_sent, 4),
        "sentence_by_sentence_per_second": round(len(sentences) / best_sent),
    }))


if __name__ == "__main__":
    main()
