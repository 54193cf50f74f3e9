"""The shipped sentence classifier: a linear model stored as JSON + npz.

Why not pickle: a pickled scikit-learn model breaks across library versions and
can run code on load.  The model is just a vocabulary, a weight matrix and a
bias, so we store those (``dateline/data/models/events.json`` and ``.npz``) and
score with numpy.  Inputs are binary features scaled to unit length, exactly as
the trainer fed them to LogisticRegression.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "models"
MODEL_NAME = "events"


class ModelError(RuntimeError):
    pass


class EventModel:
    def __init__(self, labels: list[str], vocab: list[str], weights: np.ndarray, bias: np.ndarray,
                 meta: dict | None = None) -> None:
        if weights.shape != (len(vocab), len(labels)) or bias.shape != (len(labels),):
            raise ModelError(f"model shapes disagree: weights {weights.shape}, bias {bias.shape}, "
                             f"{len(vocab)} features, {len(labels)} labels")
        self.labels = labels
        self.vocab = {f: i for i, f in enumerate(vocab)}
        self.weights = weights.astype(np.float32, copy=False)
        self.bias = bias.astype(np.float32, copy=False)
        self.meta = meta or {}

    # --- scoring --------------------------------------------------------------
    def predict_proba(self, feature_lists: list[list[str]]) -> np.ndarray:
        """Class probabilities, one row per sentence (softmax over labels)."""
        n = len(feature_lists)
        if n == 0:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        vocab = self.vocab
        ids: list[int] = []
        starts = np.zeros(n, dtype=np.int64)
        scale = np.ones(n, dtype=np.float32)
        empty = np.zeros(n, dtype=bool)
        for row, feats in enumerate(feature_lists):
            starts[row] = len(ids)
            found = [vocab[f] for f in feats if f in vocab]
            if found:
                ids.extend(found)
                scale[row] = 1.0 / np.sqrt(len(feats))
            else:
                empty[row] = True
        logits = np.tile(self.bias, (n, 1))
        if ids:
            rows = self.weights[np.asarray(ids, dtype=np.int64)]
            sums = np.add.reduceat(rows, np.minimum(starts, len(ids) - 1), axis=0)
            sums[empty] = 0.0
            logits += sums * scale[:, None]
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        return probs

    # --- storage --------------------------------------------------------------
    def save(self, directory: Path = MODEL_DIR, name: str = MODEL_NAME) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        vocab = sorted(self.vocab, key=self.vocab.__getitem__)
        doc = {"format": "dateline-linear-v1", "labels": self.labels, "vocab": vocab, "meta": self.meta}
        (directory / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        np.savez_compressed(directory / f"{name}.npz", weights=self.weights.astype(np.float16), bias=self.bias)

    @classmethod
    def load(cls, directory: Path = MODEL_DIR, name: str = MODEL_NAME) -> "EventModel":
        jpath, npath = directory / f"{name}.json", directory / f"{name}.npz"
        if not jpath.exists() or not npath.exists():
            raise ModelError(f"event model not found in {directory} (expected {name}.json and {name}.npz); "
                             "run `python scripts/train_events.py` to build it")
        doc = json.loads(jpath.read_text(encoding="utf-8"))
        if doc.get("format") != "dateline-linear-v1":
            raise ModelError(f"{jpath}: unknown model format {doc.get('format')!r}")
        with np.load(npath) as arrays:
            weights, bias = arrays["weights"].astype(np.float32), arrays["bias"].astype(np.float32)
        return cls(doc["labels"], doc["vocab"], weights, bias, doc.get("meta"))


@lru_cache(maxsize=2)
def get_model(directory: str | None = None) -> EventModel:
    """Cached read-only model (loaded once per process)."""
    return EventModel.load(Path(directory) if directory else MODEL_DIR)
