"""CLI command of the ingest stage: ``dateline read`` shows what dateline will read.

One JSON line per article (id, origin, title, dateline, published, source,
url, text), problems on stderr as in ``extract``: the quickest way to see why
an input gives no events (wrong date, dateline eaten, boilerplate kept).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Optional

import typer


def read(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, or - for standard input.")],
    published: Annotated[Optional[str], typer.Option("--published", help="Publication date YYYY-MM-DD for inputs that lack one.")] = None,
    input_format: Annotated[Optional[str], typer.Option("--input-format", help="txt, jsonl, html, feed, warc (default: by file type).")] = None,
    errors: Annotated[Optional[Path], typer.Option("--errors", help="Also write input problems to this JSONL file.")] = None,
    max_chars: Annotated[int, typer.Option("--max-chars", help="Longest article accepted, in characters.")] = 200_000,
) -> None:
    """Print one JSON line per article read (text, title, dateline, date), problems on stderr."""
    from dateline.ingest import FORMATS, read_inputs
    from dateline.problems import ProblemLog

    if input_format is not None and input_format not in FORMATS:
        raise typer.BadParameter(f"--input-format must be one of {', '.join(FORMATS)}, not '{input_format}'.")
    try:
        pub = dt.date.fromisoformat(published) if published else None
    except ValueError:
        raise typer.BadParameter(f"'{published}' is not a real date in YYYY-MM-DD form (e.g. 2016-05-12).") from None
    problems = ProblemLog(errors)
    for article in problems.filter(read_inputs(inputs, input_format=input_format, published=pub, max_chars=max_chars)):
        typer.echo(json.dumps(article.model_dump(mode="json"), ensure_ascii=False))
    problems.close()
    if problems.n_read == 0:
        typer.echo("dateline: nothing could be read from the inputs given.", err=True)
        raise typer.Exit(code=2)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("read")(read)
