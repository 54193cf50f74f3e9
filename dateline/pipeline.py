"""Build the dateline pipeline and run it over articles.

The stages are spaCy components registered with ``@Language.factory`` in each
stage package (``dateline/<stage>/component.py``); each declares what it
assigns, its default config, and a ``score()`` against gold examples.  This
module only chooses which stages to add, in flow order.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp import doc_article, load_base, register_extensions, set_article
from dateline.types import Article, EventRecord

# stage name -> (module that registers the factory, factory name), in flow order.
STAGES: dict[str, tuple[str, str]] = {
    "places": ("dateline.places.component", "dateline_places"),
    "times": ("dateline.times.component", "dateline_times"),
    "actors": ("dateline.actors.component", "dateline_actors"),
    "counts": ("dateline.counts.component", "dateline_counts"),
    "events": ("dateline.events.component", "dateline_events"),
    "records": ("dateline.records.component", "dateline_records"),
}
ALL_STAGES: tuple[str, ...] = tuple(STAGES)


def build(
    stages: Iterable[str] = ALL_STAGES,
    model: str | None = None,
    config: dict[str, dict[str, Any]] | None = None,
    exclude: tuple[str, ...] = (),
) -> Language:
    """A fresh spaCy Language with the requested dateline stages appended."""
    register_extensions()
    nlp = load_base(model, exclude)
    config = config or {}
    for stage in stages:
        if stage not in STAGES:
            raise ValueError(f"unknown stage '{stage}'; the stages are {', '.join(STAGES)}")
        module, factory = STAGES[stage]
        importlib.import_module(module)
        if factory not in nlp.pipe_names:
            nlp.add_pipe(factory, config=config.get(stage, {}))
    return nlp


def make_doc(nlp: Language, article: Article) -> Doc:
    """A Doc of the article's text carrying the Article as plain data (``dateline.nlp.doc_article``)."""
    doc = nlp.make_doc(article.text)
    set_article(doc, article)
    return doc


def process(nlp: Language, articles: Iterable[Article], batch_size: int = 32, n_process: int = 1) -> Iterator[Doc]:
    """Run the pipeline; every Doc carries its Article (``dateline.nlp.doc_article``).

    Docs hold only plain data, so ``n_process`` > 1 runs the pipeline in worker processes
    (spaCy's own ``nlp.pipe``) with the same output, in the same order.
    """
    docs = (make_doc(nlp, a) for a in articles)
    yield from nlp.pipe(docs, batch_size=batch_size, n_process=n_process)


def extract(
    nlp: Language, articles: Iterable[Article], all_modalities: bool = False
) -> Iterator[tuple[Article, list[EventRecord]]]:
    """Articles in, (article, event records) out."""
    from dateline.records import event_records

    for doc in process(nlp, articles):
        records: list[EventRecord] = event_records(doc)
        if not all_modalities:
            records = [r for r in records if r.modality == "asserted"]
        article = doc_article(doc)
        assert article is not None  # make_doc attached it
        yield article, records
