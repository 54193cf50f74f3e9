"""Time the actors and counts components against bare spaCy on sentences of our own.

    python -m dateline.actors.bench [--repeats 5] [--lgl 200]

``--lgl N`` uses the first N LGL news articles from the shared dev data (read at
run time; ``DATELINE_SHARED_DATA`` or ../shared/data) instead of our sentences.

Prints one JSON object: seconds for bare spaCy over the texts, seconds for the two
components alone on the parsed docs, and their share of bare spaCy time.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import time

SUBJECTS = ["Yemeni troops", "Gunmen", "Police in Kano", "Al Shabaab fighters", "Protesters", "Houthi rebels",
            "Security forces", "Unknown attackers", "Taliban militants", "Rioters"]
PREDICATES = ["killed {n} civilians", "arrested {n} suspects", "attacked a checkpoint, wounding {n} people",
              "clashed with soldiers, leaving {n} dead", "abducted {n} students", "stormed the town hall",
              "shelled a market where {n} people died"]
PLACES = ["near Aden", "in Mogadishu on Tuesday", "outside Kandahar last week", "in the north of Borno state",
          "in central Khartoum"]
NUMBERS = ["two", "at least 12", "dozens of", "57", "several", "a dozen", "between 10 and 15"]


def texts(seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    sentences = [f"{s} {p.format(n=rng.choice(NUMBERS))} {w}, officials said."
                 for s, p, w in itertools.product(SUBJECTS, PREDICATES, PLACES)]
    rng.shuffle(sentences)
    return [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]


def lgl_texts(n: int) -> list[str]:
    import xml.etree.ElementTree as ET

    from dateline.datafiles import shared_data_dir

    path = shared_data_dir() / "geoparsing" / "lgl.xml"
    if not path.exists():
        raise SystemExit(f"LGL data not found at {path}; set DATELINE_SHARED_DATA")
    found = [a.findtext("text") or "" for a in ET.parse(path).getroot().iter("article")]
    return [t for t in found if t.strip()][:n]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--lgl", type=int, default=0, help="use N LGL articles from the shared dev data")
    args = parser.parse_args()

    from dateline import pipeline
    from dateline.nlp import load_base, set_article
    from dateline.types import Article

    corpus = lgl_texts(args.lgl) if args.lgl else texts()
    bare = load_base()
    full = pipeline.build(stages=["actors", "counts"])
    articles = [Article(text=t) for t in corpus]
    actors, counts = full.get_pipe("dateline_actors"), full.get_pipe("dateline_counts")
    docs = list(bare.pipe(corpus))
    for doc, article in zip(docs, articles):
        set_article(doc, article)
    for doc in docs[:2]:  # warm caches (town table, matchers)
        counts(actors(doc))
    bare_times, component_times = [], []
    for _ in range(args.repeats):
        start = time.perf_counter()
        for _doc in bare.pipe(corpus):
            pass
        bare_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        for doc in docs:
            counts(actors(doc))
        component_times.append(time.perf_counter() - start)
    b, c = min(bare_times), min(component_times)
    print(json.dumps({"texts": len(corpus), "bare_spacy_s": round(b, 4), "actors_counts_s": round(c, 4),
                      "share_of_bare": round(c / b, 4), "ms_per_doc": round(1000 * c / len(corpus), 3)}))


if __name__ == "__main__":
    main()
