"""CLI commands of the times stage: ``dateline timex`` and ``dateline eval times``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

InputsArg = Annotated[list[str], typer.Argument(help="Files, directories, or - for standard input.")]
FormatOpt = Annotated[Optional[str], typer.Option("--input-format", help="txt, jsonl, html, feed, warc (default: by file type).")]
PublishedOpt = Annotated[Optional[str], typer.Option("--published", help="Publication date YYYY-MM-DD for inputs that lack one.")]
ErrorsOpt = Annotated[Optional[Path], typer.Option("--errors", help="Also write input problems to this JSONL file.")]


def timex(inputs: InputsArg, published: PublishedOpt = None, input_format: FormatOpt = None, errors: ErrorsOpt = None) -> None:
    """Print every temporal expression, one JSON line each: article_id, start, end, text, type, value."""
    from dateline.cli import parse_published
    from dateline.ingest import read_inputs
    from dateline.problems import ProblemLog
    from dateline.times.tagger import tag

    pub = parse_published(published)
    problems = ProblemLog(errors)
    try:
        articles = problems.filter(read_inputs(inputs, input_format=input_format, published=pub))
        for article in articles:
            for t in tag(article.text, article.published):
                row = {"article_id": article.id, "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
                typer.echo(json.dumps(row, ensure_ascii=False))
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    finally:
        problems.close()
    if problems.n_read == 0:
        typer.echo("dateline: nothing could be read from the inputs given.", err=True)
        raise typer.Exit(code=2)


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
