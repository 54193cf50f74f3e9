"""The ``dateline_counts`` spaCy component: counts of people (``dateline.counts.count_mentions(doc)``).

It finds every count of people in the text; which counts belong to which event
is decided later by the linking stage (``dateline.records.counts``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from dateline.counts import count_mentions, set_count_mentions
from dateline.counts.extract import CountFinder
from dateline.counts.numbers import DEFAULT_PATH, load_vocabulary
from dateline.nlp import register_extensions
from dateline.scoring import match_spans, prf
from dateline.types import CountMention


class CountsComponent:
    def __init__(self, nlp: Language, name: str, vocabulary_path: str) -> None:
        register_extensions()
        self.name = name
        self.finder = CountFinder(load_vocabulary(vocabulary_path or DEFAULT_PATH))

    def __call__(self, doc: Doc) -> Doc:
        set_count_mentions(doc, self.finder(doc))
        return doc

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, float]:
        """P/R/F of counts matched by overlap and kind, and the share of those with the gold low figure."""
        return score_counts(examples)


def score_counts(examples: Iterable[Example]) -> dict[str, float]:
    n_pred = n_gold = n_hit = n_value = 0
    for example in examples:
        gold: list[CountMention] = count_mentions(example.reference)
        pred: list[CountMention] = count_mentions(example.predicted)
        n_pred += len(pred)
        n_gold += len(gold)
        pairs = match_spans(gold, pred, same=lambda g, p: g.kind == p.kind)
        n_hit += len(pairs)
        n_value += sum(p.low == g.low and p.high == g.high for g, p in pairs)
    return {**prf(n_hit, n_pred, n_gold, "counts"), "counts_value_acc": n_value / n_hit if n_hit else 0.0}


@Language.factory(
    "dateline_counts",
    assigns=["doc._.dateline_counts", "doc.spans"],
    requires=["token.dep", "token.lemma", "doc.ents"],
    default_config={"vocabulary_path": ""},
    default_score_weights={"counts_f": 1.0, "counts_value_acc": 0.0, "counts_p": 0.0, "counts_r": 0.0},
)
def make_counts(nlp: Language, name: str, vocabulary_path: str) -> CountsComponent:
    return CountsComponent(nlp, name, vocabulary_path)
