"""CLI command of the ingest stage: ``dateline read`` shows what dateline will read.

One JSON line per article (id, origin, title, dateline, published, source,
url, text), problems on stderr as in ``extract``: the quickest way to see why
an input gives no events (wrong date, dateline eaten, boilerplate kept).
"""

from __future__ import annotations

import json
from typing import Annotated

import typer

from dateline.cli_support import ErrorsOpt, FormatOpt, InputsArg, PublishedOpt, read_articles


def read(
    inputs: InputsArg,
    published: PublishedOpt = None,
    input_format: FormatOpt = None,
    errors: ErrorsOpt = None,
    max_chars: Annotated[int, typer.Option("--max-chars", help="Longest article accepted, in characters.")] = 200_000,
) -> None:
    """Print one JSON line per article read (text, title, dateline, date), problems on stderr."""
    with read_articles(inputs, input_format, published, errors, max_chars=max_chars) as articles:
        for article in articles:
            typer.echo(json.dumps(article.model_dump(mode="json"), ensure_ascii=False))


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("read")(read)
