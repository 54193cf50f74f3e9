"""Review feeds back: confirmed and corrected events become training sentences for the event classifier.

Each reviewed event contributes the sentence(s) it was read from (``sources.sentence``, one per
reporting article) labelled with its *reviewed* sub-event type, as an ontology code.  Confirmed
events teach the classifier it was right; edited ones (a corrected type or sub-type) teach it the
analyst's answer.  Rejected and unreviewed events teach nothing.

Training itself is the events stage's trainer (``dateline.events.train.train_models`` on
(label, text) pairs, ``save_models`` into a model directory that ``dateline extract --model-dir``
loads): reviews are one more source of pairs, added to a base corpus.  An analyst's sentence is
repeated ``weight`` times, because one correction among thousands of corpus sentences would
otherwise barely move a regularised model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import select

from dateline.store.schema import events, sources
from dateline.store.store import Store

REVIEW_WEIGHT = 10


class FeedbackError(ValueError):
    """Reviews that cannot be turned into training data; the message says why and what to do."""


@dataclass(frozen=True)
class ReviewExample:
    label: str  # ontology code of the reviewed sub-event type, e.g. ARMED_CLASH
    text: str  # the sentence the event was read from
    event_id: str
    status: str  # confirmed or edited


def review_examples(store: Store, ontology_path: str | None = None) -> list[ReviewExample]:
    """One example per (reviewed event, distinct source sentence), in event order."""
    from dateline.events.ontology import get_ontology

    onto = get_ontology(ontology_path) if ontology_path else get_ontology()
    query = (select(events.c.id, events.c.sub_event_type, events.c.review_status, sources.c.sentence)
             .join(sources, sources.c.event_id == events.c.id)
             .where(events.c.review_status.in_(("confirmed", "edited")))
             .order_by(events.c.id, sources.c.added_at, sources.c.id))
    out: list[ReviewExample] = []
    seen: set[tuple[str, str]] = set()
    with store.read() as conn:
        for event_id, sub, status, sentence in conn.execute(query):
            text = " ".join((sentence or "").split())
            if not text or not sub or (event_id, text) in seen:
                continue
            try:
                code = onto.by_name(sub).code
            except KeyError:
                continue  # a sub-type the ontology no longer has: nothing to teach
            seen.add((event_id, text))
            out.append(ReviewExample(code, text, event_id, status))
    return out


def review_pairs(store: Store, weight: int = REVIEW_WEIGHT, ontology_path: str | None = None) -> list[tuple[str, str]]:
    """(label, text) pairs for the trainer, each reviewed sentence ``weight`` times."""
    if weight < 1:
        raise FeedbackError(f"review weight {weight} must be 1 or more")
    return [(ex.label, ex.text) for ex in review_examples(store, ontology_path) for _ in range(weight)]


def shipped_corpus_files() -> list[Path]:
    """The corpus the shipped model is trained on, when dateline runs from a source checkout."""
    root = Path(__file__).resolve().parents[2] / "training" / "events" / "corpus"
    return sorted(root.glob("*.tsv")) if root.is_dir() else []


def retrain(
    store: Store,
    out: Path,
    base: Sequence[Path] = (),
    weight: int = REVIEW_WEIGHT,
    embeddings: bool = False,
    C: float = 32.0,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Train on the base corpus plus the store's reviews and write the model directory ``out``."""
    say = progress or (lambda _m: None)
    reviewed = review_examples(store)
    if not reviewed:
        raise FeedbackError(f"{store.name} has no confirmed or corrected events yet: review some on the page "
                            "(dateline serve --token ...) or with POST /events/{id}/review, then retrain")
    files = list(base) or shipped_corpus_files()
    if not files:
        raise FeedbackError("no base corpus: give --from FILE (your coded data, or training/events/corpus/*.tsv "
                            "of a dateline checkout); the reviewed sentences are added to it")
    try:
        from dateline.events.corpus import CorpusError, read_training_file
        from dateline.events.train import TrainingError, save_models, train_models
    except ImportError as exc:  # pragma: no cover - only before the events trainer (#8) is in this build
        raise FeedbackError(f"this dateline has no event trainer ({exc}); `dateline train events` needs dateline.events.train") from None
    pairs: list[tuple[str, str]] = []
    try:
        for path in files:
            items = read_training_file(path)
            pairs.extend((it.label, it.text) for it in items)
            say(f"{path}: {len(items)} labelled texts")
        from_reviews = review_pairs(store, weight)
        say(f"{store.name}: {len(reviewed)} reviewed sentences (each counted {weight} times)")
        models = train_models(pairs + from_reviews, embeddings=embeddings, C=C, progress=say,
                              meta={"corpus": [str(p) for p in files], "reviews": {"store": store.name, "sentences": len(reviewed),
                                                                                    "weight": weight}})
    except (CorpusError, TrainingError) as exc:
        raise FeedbackError(str(exc)) from None
    out.mkdir(parents=True, exist_ok=True)
    save_models(models, out)
    return {"out": str(out), "base_texts": len(pairs), "reviewed_sentences": len(reviewed),
            "confirmed": sum(1 for e in reviewed if e.status == "confirmed"), "edited": sum(1 for e in reviewed if e.status == "edited"),
            "labels": list(models.main.labels)}
