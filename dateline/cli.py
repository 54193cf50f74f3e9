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
from dateline.cli_support import (
    EngineOpt, ErrorsOpt, FormatOpt, InputsArg, JobsOpt, ModelDirOpt, ModelOpt, PublishedOpt, SchedulerOpt, TimeLimitOpt,
    build_pipeline, check_writable, mark_outcomes, parse_published, reading, write_outcomes,
)

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
    "dateline.events.commands",
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
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv, table, or parquet (a folder of part files, with -o).")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here instead of standard output (a folder for parquet).")] = None,
    errors: ErrorsOpt = None,
    all_modalities: Annotated[bool, typer.Option("--all-modalities", help="Also emit planned, threatened, denied and hypothetical events.")] = False,
    merge: Annotated[bool, typer.Option("--merge/--no-merge", help="Mark reports of one event from several sources with a shared cluster_id (rows are kept).")] = True,
    model: ModelOpt = None,
    model_dir: ModelDirOpt = None,
    jobs: JobsOpt = None,
    time_limit: TimeLimitOpt = 60.0,
    engine: EngineOpt = "local",
    scheduler: SchedulerOpt = None,
) -> None:
    """Read news reports and print one ACLED-style event record per event, as each article is done."""
    from dateline import output as out
    from dateline import pipeline
    from dateline.events.model import ModelError
    from dateline.nlp import ModelNotFound
    from dateline.places.gazetteer import GazetteerError
    from dateline.pool import WorkerDied, WorkerStartFailed

    if fmt not in out.FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(out.FORMATS)}, not '{fmt}'.")
    if engine not in ("local", "dask"):
        raise typer.BadParameter(f"--engine must be local or dask, not '{engine}'.")
    if scheduler and engine != "dask":
        raise typer.BadParameter("--scheduler needs --engine dask.")
    if fmt == "parquet" and output is None:
        raise typer.BadParameter("--format parquet writes a folder of Parquet files: give it with -o FOLDER.")
    check_writable(output if fmt != "parquet" or not (output and output.is_dir()) else output / "part-00000.parquet", "-o/--output")
    check_writable(errors, "--errors")
    parse_published(published)  # a bad date is refused before any work
    limit = time_limit or None
    jobs = jobs or pipeline.default_jobs()
    if model_dir is not None and not model_dir.is_dir():
        raise typer.BadParameter(f"model directory {model_dir} does not exist")
    build_options = {"model": model, "model_dir": str(model_dir) if model_dir else None}
    nlp = build_pipeline(**build_options) if jobs == 1 and engine == "local" else None  # workers load their own
    with reading(inputs, input_format, published, errors, time_limit=limit) as batch, out.open_writer(fmt, output) as writer:
        if engine == "dask":  # the workers read the inputs themselves
            from dateline.ingest import ReadOptions
            from dateline.scale import run_dask

            options = ReadOptions(published=parse_published(published), time_limit=limit)
            outcomes = batch.log.count(run_dask(inputs, input_format=input_format, options=options, scheduler=scheduler, n_workers=jobs,
                                                build_options=build_options, all_modalities=all_modalities, time_limit=limit))
        else:
            outcomes = pipeline.run(batch.articles, jobs=jobs, nlp=nlp, build_options=build_options, all_modalities=all_modalities, time_limit=limit)
        if merge:  # likely reports of one event from several sources share a cluster_id (rows are kept)
            outcomes = mark_outcomes(outcomes)
        try:
            write_outcomes(out.with_progress(outcomes, inputs), writer.write, batch.log)
        except (GazetteerError, ModelNotFound, ModelError, WorkerStartFailed) as exc:  # the pipeline could not be built
            typer.echo(f"dateline: {exc}", err=True)
            raise typer.Exit(code=2) from None
        except WorkerDied as exc:  # say where, keep what was written
            typer.echo(f"dateline: {exc}", err=True)
            raise typer.Exit(code=1) from None


for _module in STAGE_COMMANDS:
    importlib.import_module(_module).register(app, eval_app)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
