"""CLI command of the times stage: ``dateline timex`` (``dateline eval times`` is in ``evaluation/commands.py``)."""

from __future__ import annotations

import json

import typer

from dateline.cli_support import ErrorsOpt, FormatOpt, InputsArg, PublishedOpt, read_articles


def timex(inputs: InputsArg, published: PublishedOpt = None, input_format: FormatOpt = None, errors: ErrorsOpt = None) -> None:
    """Print every temporal expression, one JSON line each: article_id, start, end, text, type, value."""
    from dateline.times.tagger import tag

    with read_articles(inputs, input_format, published, errors) as articles:
        for article in articles:
            for t in tag(article.text, article.published):
                row = {"article_id": article.id, "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
                typer.echo(json.dumps(row, ensure_ascii=False))


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("timex")(timex)
