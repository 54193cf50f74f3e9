"""Train the event sentence classifier from (label, text) pairs.

One entry point, ``train_models(pairs)``, serves the shipped corpus
(``scripts/train_events.py``), a user's own coded data (``dateline train events
--from FILE``) and, later, reviewed events from the store: whatever the source,
it reduces to labelled texts.  Features come from the same functions the events
stage uses when tagging, so training and tagging cannot drift.

With ``embeddings=True`` the main classifier also reads the frozen sentence
encoder's vector of each text (``encoder.py``), and a words-only classifier is
trained beside it to choose which sentences to encode (see ``detect.py``).
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack

from dateline.events.features import get_lexicon, sentence_features
from dateline.events.model import EventModel, EventModels
from dateline.events.ontology import get_ontology

Progress = Callable[[str], None]


class TrainingError(ValueError):
    pass


def build_matrix(feature_lists: list[list[str]], vocab: dict[str, int]) -> csr_matrix:
    """Binary features scaled to unit length (the scaling EventModel.logits applies)."""
    data, indices, indptr = [], [], [0]
    for feats in feature_lists:
        ids = [vocab[f] for f in feats if f in vocab]
        value = 1.0 / np.sqrt(len(feats)) if feats else 0.0
        indices.extend(ids)
        data.extend([value] * len(ids))
        indptr.append(len(indices))
    return csr_matrix((np.asarray(data, dtype=np.float32), indices, indptr), shape=(len(feature_lists), len(vocab)))


def featurise(texts: Sequence[str], ontology_path: str | None = None) -> list[list[str]]:
    """Lexical features of each text, parsed as one span (as the events stage sees a sentence)."""
    from dateline.nlp import load_base

    nlp = load_base(exclude=("ner",))
    lexicon = get_lexicon(ontology_path)
    return [sentence_features(doc[:], lexicon) for doc in nlp.pipe(texts, batch_size=256)]


def _cache_dir() -> Path | None:
    root = os.environ.get("DATELINE_CACHE")
    return Path(root) / "event-embeddings" if root else None


def _read_cache(path: Path | None) -> dict[str, np.ndarray]:
    if path is None or not path.exists():
        return {}
    try:
        with np.load(path) as z:
            return dict(zip(z["keys"].tolist(), z["vectors"]))
    except (OSError, ValueError, KeyError):  # a half-written or foreign file: start again
        return {}


def _write_cache(path: Path, cache: dict[str, np.ndarray]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npz")
    np.savez(tmp, keys=np.asarray(list(cache)), vectors=np.asarray(list(cache.values()), dtype=np.float32))
    tmp.replace(path)


def embed(texts: Sequence[str], progress: Progress | None = None, encoder_dir: Path | None = None) -> np.ndarray:
    """Sentence vectors, reusing earlier ones from ``$DATELINE_CACHE/event-embeddings`` (keyed by text and encoder)."""
    from dateline.events.encoder import get_encoder

    encoder = get_encoder(encoder_dir)
    tag = encoder.identity[:12]
    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
    folder = _cache_dir()
    path = folder / f"{tag}-{encoder.max_tokens}.npz" if folder else None
    cache = _read_cache(path)
    todo = sorted({k: t for k, t in zip(keys, texts) if k not in cache}.items())
    step = 1024
    for start in range(0, len(todo), step):
        chunk = todo[start:start + step]
        fresh = dict(zip((k for k, _ in chunk), encoder.encode([t for _, t in chunk])))
        cache.update(fresh)
        if path:  # save as we go, merged with what other runs saved meanwhile
            _write_cache(path, {**_read_cache(path), **cache})
        if progress:
            progress(f"encoded {min(start + step, len(todo))}/{len(todo)} new texts")
    return np.asarray([cache[k] for k in keys], dtype=np.float32).reshape(len(texts), encoder.dim)


def check_pairs(pairs: Sequence[tuple[str, str]], ontology_path: str | None = None) -> list[str]:
    """The labels to train, in ontology order; a clear error for unknown labels or too little data."""
    onto = get_ontology(ontology_path)
    order = onto.codes + onto.oos_codes
    counts = Counter(label for label, _ in pairs)
    unknown = sorted(set(counts) - set(order))
    if unknown:
        raise TrainingError(f"labels not in the ontology: {unknown} (known: {', '.join(order)})")
    labels = [c for c in order if counts[c]]
    if len([c for c in labels if c in onto.codes]) < 1 or len(labels) < 2:
        raise TrainingError(f"need examples of at least two classes, one of them an event sub-type; got {dict(counts)}")
    return labels


def fit_linear(X, y: np.ndarray, n_labels: int, C: float) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=C, max_iter=3000)
    clf.fit(X, y)
    W = np.zeros((X.shape[1], n_labels), dtype=np.float32)
    b = np.full(n_labels, -1e4, dtype=np.float32)  # a label with no example never wins
    coef = clf.coef_ if len(clf.classes_) > 2 else np.vstack([-clf.coef_[0], clf.coef_[0]])
    inter = clf.intercept_ if len(clf.classes_) > 2 else np.array([-clf.intercept_[0], clf.intercept_[0]])
    W[:, clf.classes_] = coef.T
    b[clf.classes_] = inter
    return W, b


def train_models(
    pairs: Sequence[tuple[str, str]],
    *,
    embeddings: bool = True,
    C: float = 32.0,
    dense_weight: float = 1.0,
    min_count: int = 2,
    ontology_path: str | None = None,
    meta: dict | None = None,
    progress: Progress | None = None,
    features: list[list[str]] | None = None,
    vectors: np.ndarray | None = None,
    words: bool = True,
    encoder_dir: Path | None = None,
) -> EventModels:
    """Fit the classifier(s) on (label, text) pairs; ``features``/``vectors`` may be passed precomputed.

    ``words=False`` (with embeddings) makes the main classifier read the sentence vector
    alone: the comparison's "encoder only" option.  ``encoder_dir``: read another encoder's
    vectors than the shipped one's (save the model with that encoder, ``save_models``).
    """
    say = progress or (lambda _msg: None)
    if not pairs:
        raise TrainingError("no training examples")
    onto = get_ontology(ontology_path)
    labels = check_pairs(pairs, ontology_path)
    texts = [t for _, t in pairs]
    if features is None:
        say(f"parsing {len(texts)} texts")
        features = featurise(texts, ontology_path)
    counts: Counter[str] = Counter(f for fl in features for f in fl)
    vocab_list = {f for f, c in counts.items() if c >= min_count or f.startswith(("lex=", "cue="))}
    # Every lexicon feature exists even if no training text fired it: a trigger added to the
    # ontology later still counts.
    vocab_list |= {f"lex={c}" for c in onto.codes} | {f"cue={c}" for c in onto.oos_codes}
    vocab_sorted = sorted(vocab_list)
    vocab = {f: i for i, f in enumerate(vocab_sorted)}
    X = build_matrix(features, vocab)
    y = np.asarray([labels.index(lab) for lab, _ in pairs])
    info = {"C": C, "min_count": min_count, "n_sentences": len(pairs), "trainer": "sklearn LogisticRegression",
            "label_counts": dict(Counter(lab for lab, _ in pairs)), "ontology_codes": onto.codes, **(meta or {})}
    say("fitting the words-only classifier")
    W, b = fit_linear(X, y, len(labels), C)
    lexical = EventModel(labels, vocab_sorted, W, b, {**info, "inputs": "words"})
    if not embeddings:
        return EventModels(lexical, lexical, Path("."))
    if vectors is None:
        vectors = embed(texts, say, encoder_dir)
    say("fitting the words + sentence-vector classifier" if words else "fitting the sentence-vector classifier")
    main_vocab = vocab_sorted if words else []
    Xc = hstack([X if words else csr_matrix((len(pairs), 0)), csr_matrix(vectors * dense_weight)]).tocsr()
    Wc, bc = fit_linear(Xc, y, len(labels), C)
    from dateline.events.encoder import get_encoder

    enc = get_encoder(encoder_dir)
    main = EventModel(labels, main_vocab, Wc[:len(main_vocab)], bc,
                      {**info, "inputs": "words + sentence vector" if words else "sentence vector",
                       "dense_weight": dense_weight,
                       "encoder": {"model": enc.meta["model"], "sha256": enc.meta["source"]["sha256"],
                                   "identity": enc.identity, "max_tokens": enc.max_tokens}},
                      dense=Wc[len(main_vocab):] * dense_weight)
    return EventModels(main, lexical, Path("."))


def save_models(models: EventModels, directory: Path, encoder_dir: Path | None = None) -> None:
    """Write the classifier(s) to ``directory``; with ``encoder_dir`` (an encoder other than the
    shipped one) a copy of that encoder goes beside them, where loading looks for it."""
    import shutil

    from dateline.events.encoder import ENCODER_DIR
    from dateline.events.model import ENCODER_SUBDIR, LEXICAL_NAME, MODEL_NAME

    if encoder_dir is not None and Path(encoder_dir).resolve() != ENCODER_DIR.resolve():
        target = directory / ENCODER_SUBDIR
        if target.resolve() != Path(encoder_dir).resolve():
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(encoder_dir, target)

    models.main.save(directory, MODEL_NAME)
    lex_path = directory / f"{LEXICAL_NAME}.json"
    if models.main is not models.lexical:
        models.lexical.save(directory, LEXICAL_NAME)
    elif lex_path.exists():  # a stale words-only model from an earlier run must not linger
        lex_path.unlink()
        (directory / f"{LEXICAL_NAME}.npz").unlink(missing_ok=True)
