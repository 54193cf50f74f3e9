"""The event sentence classifier: linear models stored as JSON + npz, scored with numpy.

Why not pickle: a pickled scikit-learn model breaks across library versions and
can run code on load.  A model is a vocabulary, a weight matrix and a bias (plus,
when it reads sentence embeddings, a dense weight block), so we store those and
score with numpy.  Lexical inputs are binary features scaled to unit length,
exactly as the trainer fed them to LogisticRegression.

A model directory holds ``events.json`` + ``events.npz`` (the classifier) and, when
that classifier reads sentence embeddings, ``lexical.json`` + ``lexical.npz``: a
words-only classifier that decides which sentences are worth encoding and scores
subordinate clauses.  ``load_models`` refuses a directory whose labels do not fit
the ontology in use, saying how to fix it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "models"
MODEL_NAME = "events"
LEXICAL_NAME = "lexical"
ENCODER_SUBDIR = "minilm"
FORMATS = ("dateline-linear-v1", "dateline-linear-v2")


class ModelError(RuntimeError):
    pass


class EventModel:
    def __init__(self, labels: list[str], vocab: list[str], weights: np.ndarray, bias: np.ndarray,
                 meta: dict | None = None, dense: np.ndarray | None = None) -> None:
        if weights.shape != (len(vocab), len(labels)) or bias.shape != (len(labels),):
            raise ModelError(f"model shapes disagree: weights {weights.shape}, bias {bias.shape}, "
                             f"{len(vocab)} features, {len(labels)} labels")
        if dense is not None and (dense.ndim != 2 or dense.shape[1] != len(labels)):
            raise ModelError(f"dense weights {dense.shape} do not fit {len(labels)} labels")
        self.labels = labels
        self.vocab = {f: i for i, f in enumerate(vocab)}
        self.weights = weights.astype(np.float32, copy=False)
        self.bias = bias.astype(np.float32, copy=False)
        self.dense = None if dense is None else dense.astype(np.float32, copy=False)
        self.meta = meta or {}

    @property
    def uses_embeddings(self) -> bool:
        return self.dense is not None

    # --- scoring --------------------------------------------------------------
    def logits(self, feature_lists: list[list[str]], embeddings: np.ndarray | None = None) -> np.ndarray:
        n = len(feature_lists)
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
        if ids and n:
            rows = self.weights[np.asarray(ids, dtype=np.int64)]
            sums = np.add.reduceat(rows, np.minimum(starts, len(ids) - 1), axis=0)
            sums[empty] = 0.0
            logits += sums * scale[:, None]
        if self.dense is not None:
            if embeddings is None or len(embeddings) != n:
                raise ModelError("this event model reads sentence embeddings: pass one per sentence")
            logits += embeddings @ self.dense
        return logits

    def predict_proba(self, feature_lists: list[list[str]], embeddings: np.ndarray | None = None) -> np.ndarray:
        """Class probabilities, one row per sentence (softmax over labels)."""
        if not feature_lists:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        logits = self.logits(feature_lists, embeddings)
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        return probs

    # --- storage --------------------------------------------------------------
    def save(self, directory: Path = MODEL_DIR, name: str = MODEL_NAME) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        vocab = sorted(self.vocab, key=self.vocab.__getitem__)
        doc = {"format": "dateline-linear-v2", "labels": self.labels, "vocab": vocab, "meta": self.meta}
        (directory / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        arrays = {"weights": self.weights.astype(np.float16), "bias": self.bias}
        if self.dense is not None:
            arrays["dense"] = self.dense
        np.savez_compressed(directory / f"{name}.npz", **arrays)

    @classmethod
    def load(cls, directory: Path = MODEL_DIR, name: str = MODEL_NAME) -> "EventModel":
        jpath, npath = directory / f"{name}.json", directory / f"{name}.npz"
        if not jpath.exists() or not npath.exists():
            raise ModelError(f"event model not found in {directory} (expected {name}.json and {name}.npz); "
                             "train one with `dateline train events --from FILE --out DIR`")
        try:
            doc = json.loads(jpath.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ModelError(f"{jpath} is not valid JSON: {exc}") from None
        if doc.get("format") not in FORMATS:
            raise ModelError(f"{jpath}: unknown model format {doc.get('format')!r}")
        with np.load(npath) as arrays:
            weights, bias = arrays["weights"].astype(np.float32), arrays["bias"].astype(np.float32)
            dense = arrays["dense"].astype(np.float32) if "dense" in arrays.files else None
        return cls(doc["labels"], doc["vocab"], weights, bias, doc.get("meta"), dense)


@dataclass(frozen=True)
class EventModels:
    """The classifier, and the words-only one that gates and backs it (the same object when it reads no embeddings)."""

    main: EventModel
    lexical: EventModel
    directory: Path

    @property
    def encoder_dir(self) -> Path:
        return encoder_dir_for(self.directory)


def encoder_dir_for(directory: Path) -> Path:
    """The sentence encoder a model directory's classifier reads: its own ``minilm/`` when it
    has one (as the shipped directory does), else the shipped encoder."""
    from dateline.events.encoder import ENCODER_DIR

    own = directory / ENCODER_SUBDIR
    return own if (own / "encoder.json").exists() else ENCODER_DIR


def check_ontology(model: EventModel, codes: list[str], oos_codes: list[str], where: Path) -> None:
    """Refuse a model whose labels the ontology does not know, or that was trained for other sub-types."""
    fix = (f"retrain it for this ontology (`dateline train events --from FILE --out {where}`), "
           "or run with the ontology it was trained for (the events stage's `ontology_path`)")
    unknown = [lab for lab in model.labels if lab not in set(codes) | set(oos_codes)]
    if unknown:
        raise ModelError(f"event model in {where} has labels the ontology does not define: {unknown}; {fix}")
    trained_for = model.meta.get("ontology_codes")
    if trained_for is not None and list(trained_for) != list(codes):
        missing = sorted(set(codes) - set(trained_for))
        extra = sorted(set(trained_for) - set(codes))
        raise ModelError(f"event model in {where} was trained for other sub-types (missing {missing}, "
                         f"no longer defined {extra}, or a different order); {fix}")


def check_encoder(model: EventModel, where: Path) -> None:
    """Refuse a model that read another encoder's vectors (e.g. trained before the shipped encoder
    was fine-tuned): its dense weights mean nothing for these vectors."""
    from dateline.events.encoder import shipped_identity

    trained_on = (model.meta.get("encoder") or {}).get("identity")
    encoder = shipped_identity(encoder_dir_for(where))
    if trained_on and encoder and trained_on != encoder:
        raise ModelError(f"event model in {where} was trained on the vectors of another sentence encoder "
                         f"({trained_on[:12]}, this one is {encoder[:12]}); retrain it with "
                         f"`dateline train events --from FILE --out {where}`")


def load_models(directory: Path = MODEL_DIR, codes: list[str] | None = None,
                oos_codes: list[str] | None = None) -> EventModels:
    main = EventModel.load(directory, MODEL_NAME)
    lexical = main
    if main.uses_embeddings:
        check_encoder(main, directory)
        lexical = EventModel.load(directory, LEXICAL_NAME)
        if lexical.labels != main.labels:
            raise ModelError(f"{directory}: {LEXICAL_NAME}.json and {MODEL_NAME}.json have different labels; retrain")
    if codes is not None:
        for m in {id(main): main, id(lexical): lexical}.values():
            check_ontology(m, codes, oos_codes or [], directory)
    return EventModels(main, lexical, directory)


@lru_cache(maxsize=4)
def get_models(directory: str | None = None, ontology_path: str | None = None) -> EventModels:
    """Cached read-only models (loaded once per process), checked against the ontology."""
    from dateline.events.ontology import get_ontology

    onto = get_ontology(ontology_path)
    return load_models(Path(directory) if directory else MODEL_DIR, onto.codes, onto.oos_codes)


def events_config(model_dir: Path | str | None) -> dict:
    """Pipeline config that loads the events model from ``model_dir`` (the shipped one when None)."""
    return {"events": {"model_dir": str(model_dir)}} if model_dir else {}


def get_model(directory: str | None = None) -> EventModel:
    """The main classifier of a model directory (the shipped one by default)."""
    return get_models(directory).main
