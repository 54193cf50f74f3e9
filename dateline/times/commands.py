"""CLI commands of the times stage: ``dateline timex`` and ``dateline eval times``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

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


def eval_times(
    directory: Annotated[Path, typer.Argument(help="Folder of TimeML .tml files (e.g. ../shared/data/timeml/TimeBank).")],
    errors_out: Annotated[Optional[Path], typer.Option("--errors-out", help="Write every miss and wrong value here (JSONL).")] = None,
) -> None:
    """Score the temporal tagger on TimeML files against their creation time (TempEval-3 style); prints one JSON object."""
    from dateline.evaluation.times import TimeMLError, evaluate, find_tml

    try:
        files = find_tml(directory)
        scores, tally = evaluate(files, keep_errors=errors_out is not None)
    except TimeMLError as exc:
        typer.echo(f"dateline: {exc}", err=True)
        raise typer.Exit(code=2) from None
    if errors_out is not None:
        with errors_out.open("w", encoding="utf-8") as fh:
            for e in tally.errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    typer.echo(json.dumps(scores))


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("timex")(timex)
    eval_app.command("times")(eval_times)
