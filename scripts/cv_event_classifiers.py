"""Leave-one-writer-out cross-validation of the event classifier on our own corpus (no dev data).

    python scripts/cv_event_classifiers.py VARIANT [VARIANT ...] [--folds w1,w2,w3,w4] [--C 32]

For each fold, one writer's file (``training/events/corpus/wK.tsv``) is held out and the
classifier is trained on everything else of the corpus spec (default: the shipped parts);
the held-out writer's items are then classified (the classifier alone: no gate, no
detection rules).  A writer the model never read is the nearest thing we have to text
nobody here wrote, so settings are chosen on these numbers, not on CASE dev.

A variant is ``INPUTS[@ENCODER][:key=value,...]``:
- INPUTS: ``words``, ``vector``, ``both`` (as in compare_event_classifiers.py);
- ``@DIR``: sentence vectors from the encoder in DIR; ``{fold}`` in DIR is replaced by the
  held-out writer (an encoder fine-tuned without that writer, ``finetune_encoder.py
  --holdout``); default the shipped frozen encoder;
- options: ``C=`` (inverse regularisation), ``dense=`` (scale of the vector block),
  ``balanced=1`` (class weights inversely proportional to class frequency).

Prints one JSON line per variant: per-fold and mean accuracy, macro F1, event recall
(in-scope items given an in-scope class), non-event rejection, and ``gate_drop``: the share
of held-out in-scope items the words-only gate (in-scope probability < 0.5) would not
encode.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "training" / "events"))

import train_events  # noqa: E402
from compare_event_classifiers import cached_features  # noqa: E402
from finetune_encoder import heldout_scores  # noqa: E402

from dateline.events.ontology import get_ontology  # noqa: E402


def vectors_from(encoder_dir: str | None, texts: list[str]) -> np.ndarray:
    """Sentence vectors from an encoder directory, cached per encoder file."""
    import os

    from dateline.events.encoder import SentenceEncoder
    from dateline.events.train import _read_cache, _write_cache, embed

    if encoder_dir is None:
        return embed(texts)
    enc = SentenceEncoder(Path(encoder_dir))
    tag = hashlib.sha256((Path(encoder_dir) / "encoder.onnx").read_bytes()).hexdigest()[:12]
    path = Path(os.environ.get("DATELINE_CACHE", "/tmp")) / "event-embeddings" / f"tuned-{tag}.npz"
    cache = _read_cache(path)
    keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
    todo = sorted({k: t for k, t in zip(keys, texts) if k not in cache}.items())
    for start in range(0, len(todo), 2048):
        chunk = todo[start:start + 2048]
        cache.update(zip((k for k, _ in chunk), enc.encode([t for _, t in chunk])))
        _write_cache(path, cache)
        print(f"encoded {min(start + 2048, len(todo))}/{len(todo)} with {encoder_dir}", file=sys.stderr, flush=True)
    return np.asarray([cache[k] for k in keys], dtype=np.float32)


def parse_variant(variant: str) -> tuple[str, str | None, dict]:
    head, _, opts = variant.partition(":")
    inputs, _, encoder = head.partition("@")
    options = dict(kv.split("=", 1) for kv in opts.split(",") if kv)
    return inputs, encoder or None, options


def run_fold(variant: str, fold: str, spec: str) -> dict:
    from scipy.sparse import csr_matrix, hstack

    from dateline.events.train import build_matrix, check_pairs

    inputs, encoder, opt = parse_variant(variant)
    train = train_events.read_corpus("+".join(p + (f"-{fold}" if p == "corpus" else "") for p in spec.split("+")))
    test = train_events.read_corpus(fold)
    onto = get_ontology()
    labels = check_pairs(train)
    f_train, f_test = cached_features([t for _, t in train]), cached_features([t for _, t in test])
    from collections import Counter

    counts = Counter(f for fl in f_train for f in fl)
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= 2 or f.startswith(("lex=", "cue="))))}
    Xw, Xw_test = build_matrix(f_train, vocab), build_matrix(f_test, vocab)
    y = np.asarray([labels.index(lab) for lab, _ in train])
    C = float(opt.get("C", 32))
    from sklearn.linear_model import LogisticRegression

    def fit(X):  # type: ignore[no-untyped-def]
        clf = LogisticRegression(C=C, max_iter=3000, class_weight="balanced" if opt.get("balanced") else None)
        return clf.fit(X, y)

    in_scope = np.array([lab in set(onto.codes) for lab in labels])
    gate = fit(Xw)
    gate_p = gate.predict_proba(Xw_test)
    gold = [lab for lab, _ in test]
    if inputs == "words":
        probs = gate_p
    else:
        enc_dir = encoder.replace("{fold}", fold) if encoder else None
        dense = float(opt.get("dense", 1.0))
        V, V_test = vectors_from(enc_dir, [t for _, t in train]) * dense, vectors_from(enc_dir, [t for _, t in test]) * dense
        if inputs == "vector":
            X, X_test = csr_matrix(V), csr_matrix(V_test)
        else:
            X, X_test = hstack([Xw, csr_matrix(V)]).tocsr(), hstack([Xw_test, csr_matrix(V_test)]).tocsr()
        probs = fit(X).predict_proba(X_test)
    full = np.zeros((len(test), len(labels)), np.float32)
    full[:, gate.classes_] = probs
    scores = heldout_scores(labels, gold, full, set(onto.codes))
    ev = np.array([g in set(onto.codes) for g in gold])
    gp = np.zeros_like(full)
    gp[:, gate.classes_] = gate_p
    scores["gate_drop"] = round(float((gp[ev][:, in_scope].sum(1) < 0.5).mean()), 4)
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="+")
    parser.add_argument("--folds", default="w1,w2,w3,w4")
    parser.add_argument("--corpus", default=train_events.SHIPPED)
    args = parser.parse_args()
    for variant in args.variants:
        folds = {f: run_fold(variant, f, args.corpus) for f in args.folds.split(",")}
        mean = {k: round(float(np.mean([s[k] for s in folds.values()])), 4) for k in next(iter(folds.values())) if k != "n"}
        print(json.dumps({"variant": variant, "mean": mean, "folds": folds}), flush=True)


if __name__ == "__main__":
    main()
