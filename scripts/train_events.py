"""Train the shipped event classifier on our corpus and write it to dateline/data/models/.

    python scripts/train_events.py [--no-embeddings] [--C 32] [--out DIR]

Reads the training corpus we wrote (see ``read_corpus``), then calls the same
trainer as ``dateline train events`` (``dateline/events/train.py``).  Sentence
vectors are cached under ``$DATELINE_CACHE/event-embeddings``, so a retrain only
encodes new sentences.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training" / "events"))

from dateline.events.model import MODEL_DIR  # noqa: E402
from dateline.events.train import save_models, train_models  # noqa: E402

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


def read_corpus() -> list[tuple[str, str]]:
    """(label, sentence) pairs the shipped model is trained on."""
    return read_handwritten() + read_templated()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--C", type=float, default=32.0, help="inverse regularisation strength")
    parser.add_argument("--min-count", type=int, default=2, help="drop features seen fewer times")
    parser.add_argument("--no-embeddings", action="store_true", help="words only: no sentence encoder")
    parser.add_argument("--out", type=Path, default=MODEL_DIR, help="model directory")
    args = parser.parse_args()
    t0 = time.time()
    pairs = read_corpus()
    models = train_models(pairs, embeddings=not args.no_embeddings, C=args.C, min_count=args.min_count,
                          meta={"corpus": "training/events (scripts/train_events.py)"},
                          progress=lambda msg: print(msg, file=sys.stderr))
    save_models(models, args.out)
    print(f"trained on {len(pairs)} sentences, {len(models.main.vocab)} features, "
          f"{len(models.main.labels)} labels in {time.time() - t0:.1f}s -> {args.out}")


if __name__ == "__main__":
    main()
