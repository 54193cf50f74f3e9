"""The ``dateline_times`` spaCy component: ``doc._.timexes`` from the rule-based tagger.

The tagger works on raw text, so this component needs no parse; it resolves
against ``doc._.article.published`` (None when the report has no date, in
which case relative expressions keep no invented value).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from dateline.nlp import register_extensions
from dateline.times.tagger import tag
from dateline.types import Timex


class TimesComponent:
    """Tags TIMEX3 expressions and resolves them against the publication date."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        published = getattr(article, "published", None) if article is not None else None
        doc._.timexes = tag(doc.text, published)
        return doc

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, float | int]:
        """TempEval-3 scores (as ``dateline eval times``) against ``example.reference._.timexes``."""
        from dateline.evaluation.times import GoldTimex, Tally

        tally = Tally()
        for ex in examples:
            gold: list[Timex] = list(ex.reference._.timexes or [])
            pred: list[Timex] = list(ex.predicted._.timexes or [])
            tally.add([GoldTimex(g.start, g.end, g.text, g.type, g.value) for g in gold], pred)
        return dict(tally.scores())


@Language.factory(
    "dateline_times",
    assigns=["doc._.timexes"],
    requires=[],
    default_config={},
)
def make_times(nlp: Language, name: str) -> TimesComponent:
    return TimesComponent(nlp, name)
