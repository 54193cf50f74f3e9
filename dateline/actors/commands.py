"""CLI command of the actors and counts stages: ``dateline actors`` (one JSON line per article)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer


def actors(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, or - for standard input.")],
    input_format: Annotated[Optional[str], typer.Option("--input-format", help="txt, jsonl, html, feed, warc (default: by file type).")] = None,
    published: Annotated[Optional[str], typer.Option("--published", help="Publication date YYYY-MM-DD for inputs that lack one.")] = None,
    errors: Annotated[Optional[Path], typer.Option("--errors", help="Also write input problems to this JSONL file.")] = None,
    places: Annotated[bool, typer.Option("--places/--no-places", help="Run the places stage first to give actors their country.")] = False,
) -> None:
    """Print, per article, the actors (normalised ACLED names) and the counts of people found in it."""
    from dateline import pipeline
    from dateline.cli import parse_published
    from dateline.ingest import read_inputs
    from dateline.problems import ProblemLog

    problems = ProblemLog(errors)
    nlp = pipeline.build(stages=(["places"] if places else []) + ["actors", "counts"])
    articles = problems.filter(read_inputs(inputs, input_format=input_format, published=parse_published(published)))
    for doc in pipeline.process(nlp, articles):
        article = doc._.article
        typer.echo(json.dumps({
            "article_id": article.id if article is not None else None,
            "actors": [a.model_dump() for a in doc._.actors or []],
            "counts": [c.model_dump() for c in doc._.counts or []],
        }, ensure_ascii=False))
    problems.close()
    if problems.n_read == 0:
        typer.echo("dateline: nothing could be read from the inputs given.", err=True)
        raise typer.Exit(code=2)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("actors")(actors)
