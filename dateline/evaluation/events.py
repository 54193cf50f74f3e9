"""``dateline eval events``: read CASE 2021 task 2 (columns id, EventSnippet, SubType) into
Examples and score them with the events component's own ``score()``.

Each snippet is one Doc; its gold class goes into the reference Doc's ``cats`` (an
ACLED sub-type code, or an out-of-scope class that must yield no event).  The
scores are ``dateline/events/score.py``'s.
"""

from __future__ import annotations

import csv
from pathlib import Path

from dateline.events.model import events_config
from dateline.events.score import NONE, classification_scores

__all__ = ["NONE", "classification_scores", "evaluate_case", "read_case", "score"]

# The classification scores under the name this module has always given them.
score = classification_scores


def read_case(path: Path) -> list[tuple[str, str, str]]:
    """(id, snippet, gold label) rows; raises a clear error on a malformed file."""
    rows: list[tuple[str, str, str]] = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t")
        header = next(reader, None)
        if not header or [h.strip() for h in header[:3]] != ["id", "EventSnippet", "SubType"]:
            raise ValueError(f"{path}: expected a header 'id<TAB>EventSnippet<TAB>SubType', got {header!r}")
        for n, row in enumerate(reader, 2):
            if not row:
                continue
            if len(row) < 3:
                raise ValueError(f"{path}:{n}: expected 3 tab-separated columns, got {len(row)}")
            rows.append((row[0], row[1], row[2].strip()))
    if not rows:
        raise ValueError(f"{path}: no snippets")
    return rows


def evaluate_case(path: Path, nlp=None, asserted_only: bool = True, model_dir: Path | None = None) -> dict:
    from spacy.training import Example

    from dateline import pipeline
    from dateline.types import Article

    rows = read_case(path)
    nlp = nlp or pipeline.build(stages=["events"], config=events_config(model_dir))
    examples = []
    articles = (Article(id=rid, text=text) for rid, text, _ in rows)
    for (_, text, gold), predicted in zip(rows, pipeline.process(nlp, articles)):
        reference = nlp.make_doc(text)
        reference.cats = {gold: 1.0}
        examples.append(Example(predicted, reference))
    errors: list[dict] = []
    s = nlp.get_pipe("dateline_events").score(examples, asserted_only=asserted_only, errors=errors)
    result = {key[len("events_snippet_"):]: value for key, value in s.items() if key.startswith("events_snippet_")}
    result["modalities"] = "asserted" if asserted_only else "all"
    result["errors"] = errors
    return result
