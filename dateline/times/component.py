"""The ``dateline_times`` spaCy component: TIMEX3 expressions (``dateline.times.timexes(doc)``).

The tagger works on raw text, so this component needs no parse (with one, the tense of the
governing verb decides whether "in March" looks back or ahead); it resolves
against the article's publication date (None when the report has no date, in
which case relative expressions keep no invented value).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from dateline.nlp import doc_article, doc_text, register_extensions
from dateline.places.context import report_head
from dateline.types import Article
from dateline.times import set_timexes, timexes
from dateline.times.score import Tally
from dateline.times.tagger import tag
from dateline.times.tense import tense_reader


class TimesComponent:
    """Tags TIMEX3 expressions and resolves them against the publication date."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        article = doc_article(doc)
        text = doc_text(doc)
        published = article.published if article is not None else None
        set_timexes(doc, tag(text, dateline_day(article, text) or published, tense_reader(doc)))
        return doc

    def score(self, examples: Iterable[Example], errors: list[dict[str, object]] | None = None,
              **kwargs: Any) -> dict[str, float | int]:
        """TempEval-3 scores against ``timexes(example.reference)``; misses and wrong values
        are appended to ``errors`` when a list is given."""
        tally = Tally()
        for ex in examples:
            article = doc_article(ex.predicted)
            tally.add(timexes(ex.reference), timexes(ex.predicted), article.id if article else "", errors is not None)
        if errors is not None:
            errors.extend(tally.errors)
        return dict(tally.scores())


@Language.factory(
    "dateline_times",
    assigns=["doc._.dateline_times", "doc.spans"],
    requires=[],
    default_config={},
)
def make_times(nlp: Language, name: str) -> TimesComponent:
    return TimesComponent(nlp, name)


# A dateline's own day may lie this many days before publication (a paper's "Imphal, September 10:" printed the
# next morning): its "this morning" and "yesterday" count from that day.
DATELINE_LAG_DAYS = 3


def dateline_day(article: Article | None, text: str) -> dt.date | None:
    """The day a report's dateline names ("Imphal, September 10: ..."), when it is one of the few days before
    publication: the report's own "today", from which its relative days count.  None otherwise."""
    if article is None or article.published is None:
        return None
    dateline, body = report_head(article)
    if not dateline or body <= 0:
        return None
    line = text.rfind("\n", 0, max(0, body - 1)) + 1
    days = [t for t in tag(text[line:body], article.published) if t.type == "DATE" and t.precision == 1
            and t.date_start is not None and re.search(r"\d", t.text)]
    if not days:
        return None
    day = days[0].date_start
    return day if 0 < (article.published - day).days <= DATELINE_LAG_DAYS else None
