"""Compare event classifiers and corpus choices on every dev set, on the same splits.

    python scripts/compare_event_classifiers.py VARIANT [VARIANT ...] [--articles] [--headlines N]

A variant is ``INPUTS:CORPUS[:MAPPING]``, or ``dir:PATH`` to score a model directory
already trained (the shipped one is ``dir:dateline/data/models``):
- INPUTS: ``words`` (lexical features), ``vector`` (frozen MiniLM sentence vector alone),
  ``both``; ``both@DIR`` reads the vectors of the encoder in DIR (e.g. one fine-tuned by
  ``finetune_encoder.py``), which is saved with the model;
- CORPUS: ``+``-joined parts: ``w1`` ... (a writer's file in training/events/corpus),
  ``corpus`` (all writers), ``templates`` (the templated sentences), ``handwritten``;
  ``corpus-w1`` removes a part (ablation); ``corpus/register=social`` or
  ``corpus/tag=aggregate`` removes the items of one register or tag;
- MAPPING (see scripts/train_events.py ``training_label``): ``default``, ``nonasserted-none``
  (planned/threatened/denied/hypothetical items labelled NONE), ``background-none``
  (historical/anniversary/aggregate/backref items labelled NONE).

Each variant is trained with the shipped trainer, then run through the events stage on
CASE 2021 dev (weighted F1, out-of-scope rejection), Wikipedia current events (share of
everyday items yielding a violent event), UCDP GED single English headlines (share
yielding an asserted violent event) and, with ``--articles``, the whole pipeline on the
article gold and, with ``--ged N``, ``dateline eval ged``'s own selection of N single English
headlines per GED file, run through the whole pipeline (``event_found``: any asserted row).
All of these are **dev** figures.  Prints one JSON line per variant.
Features and vectors are cached under $DATELINE_CACHE.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_events  # noqa: E402

from dateline.evaluation import shared_data_dir  # noqa: E402
from dateline.evaluation.everyday import VIOLENT, evaluate_everyday  # noqa: E402
from dateline.events.train import embed, save_models, train_models  # noqa: E402


def ged_headlines(n: int) -> list[tuple[str, str]]:
    """(headline, source_date) for single English headlines, spread evenly over the GED files."""
    from dateline.ingest.language import detect_language

    out: list[tuple[str, str]] = []
    files = sorted((shared_data_dir() / "ucdp-ged").glob("*.csv"))
    for f in files:
        seen: dict[str, str] = {}
        with open(f, encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                h = (r.get("source_headline") or "").strip()
                if h and ";" not in h and h not in seen and len(h.split()) >= 4 and detect_language(h) == "en":
                    seen[h] = (r.get("source_date") or "")[:10]
        items = sorted(seen.items())
        step = max(1, len(items) // max(1, n // len(files)))
        out.extend(items[::step][: n // len(files)])
    return out


STAGE_CONFIG: dict = {}  # --set: events-stage settings applied to every variant (e.g. encode_short=0)


def stage_config(model_dir: Path) -> dict:
    from dateline.events.model import events_config

    config = events_config(model_dir)
    config["events"] = {**config.get("events", {}), **STAGE_CONFIG}
    return config


def ged_found(model_dir: Path, per_file: int) -> dict:
    """``dateline eval ged FILE --headlines N --no-geocoding``'s event_found, per file, with this model."""
    from dateline import pipeline
    from dateline.evaluation.ged import read_ged, score_headlines, single_english_headlines
    nlp = pipeline.build(config=stage_config(model_dir))
    out = {}
    for f in sorted((shared_data_dir() / "ucdp-ged").glob("*.csv")):
        chosen = single_english_headlines(read_ged(f))
        if len(chosen) > per_file:
            step = len(chosen) / per_file
            chosen = [chosen[int(k * step)] for k in range(per_file)]
        out[f.stem] = score_headlines(nlp, chosen)["event_found"]
    return out


def evaluate(model_dir: Path, headlines: list[tuple[str, str]], articles: bool, ged: int = 0) -> dict:
    from dateline import pipeline
    from dateline.evaluation.events import evaluate_case
    from dateline.events import event_mentions

    data = shared_data_dir()
    nlp = pipeline.build(stages=["events"], config=stage_config(model_dir))
    case = evaluate_case(data / "case2021-task2" / "dev.tsv", nlp=nlp)
    every = evaluate_everyday(data / "wikipedia-current-events" / "2015-09.jsonl", nlp=nlp)
    hits = 0
    for doc in nlp.pipe([h for h, _ in headlines], batch_size=64):
        hits += any(m.modality == "asserted" and m.event_type in VIOLENT for m in event_mentions(doc))
    out = {"case_wf1": case["weighted_f1"], "case_acc": case["accuracy"], "case_oos": case["oos_rejection"],
           "everyday": every["everyday_violent_rate"], "ged_headlines": round(hits / len(headlines), 4) if headlines else None}
    if ged:
        out["ged_eval"] = ged_found(model_dir, ged)
    if articles:
        from dateline.cli_support import read_articles
        from dateline.evaluation.articles import predict, read_gold, score_articles

        full = pipeline.build(config=stage_config(model_dir))
        with read_articles([str(data / "articles" / "wikievents-dev.jsonl")], "jsonl") as arts:
            rows = predict(full, arts)
        r = score_articles(read_gold(data / "articles" / "wikievents-dev.gold.json"), rows)
        out.update(articles_recall=r["must_recall"], articles_precision=r["precision"], articles_violations=r["must_not_violations"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="+")
    parser.add_argument("--articles", action="store_true")
    parser.add_argument("--headlines", type=int, default=400)
    parser.add_argument("--ged", type=int, default=0, help="also `dateline eval ged`'s N headlines per GED file")
    parser.add_argument("--C", type=float, default=32.0)
    parser.add_argument("--keep", type=Path, help="keep the last variant's model directory here")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="an events-stage setting for every variant, e.g. encode_short=0 (value read as JSON)")
    args = parser.parse_args()
    for item in args.set:
        key, _, value = item.partition("=")
        STAGE_CONFIG[key] = json.loads(value)
    headlines = ged_headlines(args.headlines)
    for variant in args.variants:
        if variant.startswith("dir:"):
            folder = Path(variant[4:])
            result = {"variant": variant, **evaluate(folder, headlines, args.articles, args.ged)}
            print(json.dumps(result), flush=True)
            continue
        inputs, corpus, *rest = variant.split(":")
        inputs, _, enc = inputs.partition("@")
        encoder_dir = Path(enc) if enc else None
        pairs = train_events.read_corpus(corpus, rest[0] if rest else "default")
        t0 = time.time()
        feats = train_events.cached_features([t for _, t in pairs])
        vectors = embed([t for _, t in pairs], encoder_dir=encoder_dir) if inputs != "words" else None
        models = train_models(pairs, embeddings=inputs != "words", words=inputs != "vector", C=args.C,
                              features=feats, vectors=vectors, encoder_dir=encoder_dir)
        folder = args.keep or Path(tempfile.mkdtemp(prefix="events-model-"))
        save_models(models, folder, encoder_dir)
        result = {"variant": variant, "n_train": len(pairs), "train_s": round(time.time() - t0)}
        result.update(evaluate(folder, headlines, args.articles, args.ged))
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
