"""What every article-reading command shares: its options, and reading with problems reported.

Stage commands (`geoparse`, `timex`, `actors`, `read`, `extract`) all take the
same inputs and must treat bad input the same way: one line per problem, the
batch goes on, exit code 2 only when nothing at all could be read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from dateline.types import Article

if TYPE_CHECKING:
    from spacy.language import Language

InputsArg = Annotated[list[str], typer.Argument(help="Files, directories, or - for standard input.")]
FormatOpt = Annotated[Optional[str], typer.Option("--input-format", help="txt, jsonl, html, feed, warc (default: by file type).")]
PublishedOpt = Annotated[Optional[str], typer.Option("--published", help="Publication date YYYY-MM-DD for inputs that lack one.")]
ErrorsOpt = Annotated[Optional[Path], typer.Option("--errors", help="Also write input problems to this JSONL file.")]


def parse_published(value: Optional[str]) -> Optional[dt.date]:
    """YYYY-MM-DD, or a clear error naming the bad value."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a real date in YYYY-MM-DD form (e.g. 2016-05-12).") from None


@contextlib.contextmanager
def read_articles(
    inputs: list[str],
    input_format: Optional[str] = None,
    published: Optional[str] = None,
    errors: Optional[Path] = None,
    **reader_options: object,
) -> Iterator[Iterator[Article]]:
    """Yield the readable articles; report the rest; exit 2 if nothing was readable."""
    from dateline.ingest import FORMATS, read_inputs
    from dateline.problems import ProblemLog

    if input_format is not None and input_format not in FORMATS:
        raise typer.BadParameter(f"--input-format must be one of {', '.join(FORMATS)}, not '{input_format}'.")
    pub = parse_published(published)
    problems = ProblemLog(errors)
    try:
        yield problems.filter(read_inputs(inputs, input_format=input_format, published=pub, **reader_options))  # type: ignore[arg-type]
    finally:
        problems.close()
    if problems.n_read == 0:
        typer.echo("dateline: nothing could be read from the inputs given.", err=True)
        raise typer.Exit(code=2)


def build_pipeline(**options: Any) -> "Language":
    """``pipeline.build`` with a clear message, not a traceback, when the model or gazetteer is missing."""
    from dateline import pipeline
    from dateline.events.model import ModelError
    from dateline.nlp import ModelNotFound
    from dateline.places.gazetteer import GazetteerError

    try:
        return pipeline.build(**options)
    except (GazetteerError, ModelNotFound, ModelError) as exc:
        typer.echo(f"dateline: {exc}", err=True)
        raise typer.Exit(code=2) from None
