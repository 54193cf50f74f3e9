"""Train the shipped event classifier on our corpus and write it to dateline/data/models/.

    python scripts/train_events.py [--no-embeddings] [--C 32] [--out DIR]

Reads the training corpus we wrote (see ``read_corpus``), then calls the same
trainer as ``dateline train events`` (``dateline/events/train.py``).  Sentence
vectors (``$DATELINE_CACHE/event-embeddings``) and parsed features
(``$DATELINE_CACHE/event-features-*.pkl``) are cached, so a retrain only reads new sentences.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training" / "events"))

from dateline.events.corpus import CorpusItem, read_training_file  # noqa: E402
from dateline.events.model import MODEL_DIR  # noqa: E402
from dateline.events.train import featurise, save_models, train_models  # noqa: E402

CORPUS_DIR = ROOT / "training" / "events"


def read_handwritten() -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    hand = CORPUS_DIR / "handwritten.tsv"
    for n, line in enumerate(hand.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        label, sep, text = line.partition("\t")
        if not sep:
            raise ValueError(f"{hand}:{n}: expected LABEL<TAB>sentence")
        rows.append((label.strip(), text.strip()))
    return rows


def read_templated() -> list[tuple[str, str]]:
    import generate  # training/events/generate.py

    return generate.generate()


BACKGROUND_TAGS = frozenset({"historical", "anniversary", "aggregate", "backref"})
# The parts the shipped model is trained on (see docs/events.md for the ablation).  w5 (blind
# headlines) is left out: retrained with it, must-not violations rose on both article sets (dev).
# w7 and w8 (blind wire and local-press snippets) are left out: retrained with them, no dev set
# moved beyond a retrain's own noise (docs/events.md, "Round two of the corpus").
SHIPPED = "corpus-w5-w7-w8+templates+handwritten"
MAPPING = "default"


def training_label(item: CorpusItem, mapping: str = MAPPING) -> str:
    """The class a corpus item teaches.

    ``default``: the writer's label.  A planned, threatened, denied or hypothetical item
    keeps its sub-type, because the modality is read from the parse (modality.py), not
    from the classifier; trend, sports, caption, court and other non-events are NONE
    already.  ``nonasserted-none`` and ``background-none`` are the alternatives measured.
    """
    if mapping == "nonasserted-none" and item.modality not in ("asserted", "-"):
        return "NONE"
    if mapping == "background-none" and item.tag in BACKGROUND_TAGS:
        return "NONE"
    return item.label


def corpus_items(part: str) -> list[CorpusItem]:
    """A writer's file (``w1``), or all of them (``corpus``)."""
    files = sorted((CORPUS_DIR / "corpus").glob("*.tsv")) if part == "corpus" else [CORPUS_DIR / "corpus" / f"{part}.tsv"]
    if not files or not all(f.exists() for f in files):
        raise ValueError(f"no corpus part {part!r} in {CORPUS_DIR / 'corpus'}")
    return [item for f in files for item in read_training_file(f)]


def read_corpus(spec: str = SHIPPED, mapping: str = MAPPING) -> list[tuple[str, str]]:
    """(label, text) pairs: ``spec`` joins parts with ``+`` (``corpus``, ``w1``.., ``templates``,
    ``handwritten``) and removes one with ``-`` (``corpus-w4``) or a register/tag with
    ``/`` (``corpus/tag=aggregate``)."""
    pairs: list[tuple[str, str]] = []
    for part in spec.split("+"):
        part, _, exclude = part.partition("/")
        part, *minus = part.split("-")
        if part == "templates":
            pairs.extend(read_templated())
        elif part == "handwritten":
            pairs.extend(read_handwritten())
        else:
            items = corpus_items(part)
            for m in minus:
                items = [i for i in items if not i.source.startswith(str(CORPUS_DIR / "corpus" / f"{m}.tsv") + ":")]
            if exclude:
                field, _, value = exclude.partition("=")
                items = [i for i in items if getattr(i, field) != value]
            pairs.extend((training_label(i, mapping), i.text) for i in items)
    return pairs


def cached_features(texts: list[str]) -> list[list[str]]:
    # Features depend on the ontology's lexicon and on features.py: a change to either starts a new cache.
    src = ROOT / "dateline"
    tag = hashlib.sha1(b"".join(p.read_bytes() for p in (src / "data" / "ontology.yaml", src / "events" / "features.py"))).hexdigest()[:10]
    path = Path(os.environ.get("DATELINE_CACHE", tempfile.gettempdir())) / f"event-features-{tag}.pkl"
    cache: dict[str, list[str]] = pickle.loads(path.read_bytes()) if path.exists() else {}
    keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
    todo = sorted({k: t for k, t in zip(keys, texts) if k not in cache}.items())
    if todo:
        for (k, _), f in zip(todo, featurise([t for _, t in todo])):
            cache[k] = f
        path.write_bytes(pickle.dumps(cache))
    return [cache[k] for k in keys]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--C", type=float, default=32.0, help="inverse regularisation strength")
    parser.add_argument("--min-count", type=int, default=2, help="drop features seen fewer times")
    parser.add_argument("--no-embeddings", action="store_true", help="words only: no sentence encoder")
    parser.add_argument("--out", type=Path, default=MODEL_DIR, help="model directory")
    parser.add_argument("--corpus", default=SHIPPED, help="corpus parts (see read_corpus)")
    args = parser.parse_args()
    t0 = time.time()
    pairs = read_corpus(args.corpus)
    models = train_models(pairs, embeddings=not args.no_embeddings, C=args.C, min_count=args.min_count,
                          features=cached_features([t for _, t in pairs]),
                          meta={"corpus_spec": args.corpus, "label_mapping": MAPPING},
                          progress=lambda msg: print(msg, file=sys.stderr))
    save_models(models, args.out)
    print(f"trained on {len(pairs)} sentences, {len(models.main.vocab)} features, "
          f"{len(models.main.labels)} labels in {time.time() - t0:.1f}s -> {args.out}")


if __name__ == "__main__":
    main()
