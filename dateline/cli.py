"""The ``dateline`` command.

The core commands live here; each stage package contributes its own commands
through ``commands.register(app, eval_app)`` so the stages stay independent.
Heavy imports happen inside commands, keeping ``dateline --help`` fast.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from dateline import __version__
from dateline.cli_support import ErrorsOpt, FormatOpt, InputsArg, PublishedOpt, build_pipeline, parse_published, read_articles

app = typer.Typer(
    name="dateline",
    help="Turn conflict and security news into geolocated, dated, evidence-backed ACLED-style events.",
    no_args_is_help=True,
    add_completion=False,
)
eval_app = typer.Typer(help="Score a stage against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

STAGE_COMMANDS = (
    "dateline.ingest.commands",
    "dateline.places.commands",
    "dateline.actors.commands",
    "dateline.times.commands",
    "dateline.evaluation.commands",
    "dateline.store.commands",
)


def _version(value: bool) -> None:
    if value:
        from dateline.nlp import load_base, model_description

        try:
            model = model_description(load_base(exclude=("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")))
        except Exception as exc:  # noqa: BLE001 - report, don't crash --version
            model = f"no model ({exc})"
        typer.echo(f"dateline {__version__} (spaCy model: {model})")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version and the spaCy model in use.")] = False,
) -> None:
    """dateline command line."""




@app.command()
def extract(
    inputs: InputsArg,
    published: PublishedOpt = None,
    input_format: FormatOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv or table.")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here instead of standard output.")] = None,
    errors: ErrorsOpt = None,
    all_modalities: Annotated[bool, typer.Option("--all-modalities", help="Also emit planned, threatened, denied and hypothetical events.")] = False,
    merge: Annotated[bool, typer.Option("--merge/--no-merge", help="Mark reports of one event from several sources with a shared cluster_id (rows are kept).")] = True,
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy model to load by name.")] = None,
) -> None:
    """Read news reports and print one ACLED-style event record per event."""
    from dateline import output as out
    from dateline import pipeline

    if fmt not in out.FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(out.FORMATS)}, not '{fmt}'.")
    parse_published(published)  # a bad date is refused before the model loads
    nlp = build_pipeline(model=model)
    with read_articles(inputs, input_format, published, errors) as articles:
        extracted = out.with_progress(pipeline.extract(nlp, articles, all_modalities=all_modalities), inputs)
        if merge:
            from dateline.dedup import mark_duplicates

            extracted = mark_duplicates(extracted)
        records = [r for _, rs in extracted for r in rs]
    with out.open_writer(fmt, output) as writer:
        writer.write(records)


for _module in STAGE_COMMANDS:
    importlib.import_module(_module).register(app, eval_app)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
