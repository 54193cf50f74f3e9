"""CLI command of the actors and counts stages: ``dateline actors`` (one JSON line per article)."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from dateline.cli_support import ErrorsOpt, FormatOpt, InputsArg, PublishedOpt, build_pipeline, read_articles


def actors(
    inputs: InputsArg,
    input_format: FormatOpt = None,
    published: PublishedOpt = None,
    errors: ErrorsOpt = None,
    places: Annotated[bool, typer.Option("--places/--no-places", help="Run the places stage first to give actors their country.")] = False,
) -> None:
    """Print, per article, the actors (normalised ACLED names) and the counts of people found in it."""
    from dateline import pipeline
    from dateline.actors import actor_mentions
    from dateline.counts import count_mentions
    from dateline.nlp import doc_article

    nlp = build_pipeline(stages=(["places"] if places else []) + ["actors", "counts"])
    with read_articles(inputs, input_format, published, errors) as articles:
        for doc in pipeline.process(nlp, articles):
            article = doc_article(doc)
            typer.echo(json.dumps({
                "article_id": article.id if article is not None else None,
                "actors": [a.model_dump() for a in actor_mentions(doc)],
                "counts": [c.model_dump() for c in count_mentions(doc)],
            }, ensure_ascii=False))


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("actors")(actors)
