"""CLI of the store: ``ingest``, ``export``, ``watch add|list|remove``, ``serve``, ``db upgrade``, ``eval dedup``.

Every store problem (bad path or DSN, unreachable server, older schema) and
every bad filter is one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from dateline.cli_support import (
    EngineOpt, ErrorsOpt, FormatOpt, InputsArg, JobsOpt, ModelDirOpt, ModelOpt, PublishedOpt, SchedulerOpt, TimeLimitOpt,
    build_pipeline, check_writable, parse_published,
)

DbOpt = Annotated[Optional[str], typer.Option("--db", help="SQLite file or postgresql://USER:PASS@HOST/DB (default: $DATELINE_DB or ./dateline.db).")]
ListOpt = Optional[list[str]]

watch_app = typer.Typer(help="Saved filters with an Atom feed and an optional webhook.", no_args_is_help=True)
db_app = typer.Typer(help="Store maintenance.", no_args_is_help=True)


def db_url(db: Optional[str]) -> str:
    return db or os.environ.get("DATELINE_DB") or "dateline.db"


def fail(message: object) -> None:
    typer.echo(f"dateline: {message}", err=True)
    raise typer.Exit(code=2)


@contextlib.contextmanager
def opened(db: Optional[str], upgrade: bool) -> Iterator[Any]:
    """The store, or one clear line and exit 2."""
    from dateline.store import Store, StoreError

    try:
        store = Store.open(db_url(db), upgrade=upgrade)
    except StoreError as exc:
        fail(exc)
    if store.upgraded_from:
        typer.echo(f"dateline: upgraded {store.name} from schema revision {store.upgraded_from}", err=True)
    try:
        yield store
    except StoreError as exc:
        fail(exc)
    finally:
        store.close()


def make_filter(**raw: Any) -> Any:
    from dateline.store import EventFilter, FilterError

    try:
        return EventFilter.parse(**{k: v for k, v in raw.items() if v not in (None, [])})
    except FilterError as exc:
        fail(exc)


def ingest(
    inputs: InputsArg,
    db: DbOpt = None,
    published: PublishedOpt = None,
    input_format: FormatOpt = None,
    errors: ErrorsOpt = None,
    resume: Annotated[bool, typer.Option("--resume", help="Skip inputs the journal says are fully stored (after a crash or kill).")] = False,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per transaction.")] = 64,
    all_modalities: Annotated[bool, typer.Option("--all-modalities", help="Also store planned, threatened, denied and hypothetical events.")] = False,
    model: ModelOpt = None,
    model_dir: ModelDirOpt = None,
    jobs: JobsOpt = None,
    time_limit: TimeLimitOpt = 60.0,
    engine: EngineOpt = "local",
    scheduler: SchedulerOpt = None,
    webhook_wait: Annotated[float, typer.Option("--webhook-wait", help="Seconds to let webhooks finish at the end (the rest stay queued).")] = 10.0,
) -> None:
    """Extract events from news reports and add them to the store, merging reports of one event."""
    from dateline import pipeline
    from dateline.events.model import ModelError
    from dateline.ingest import FORMATS
    from dateline.nlp import ModelNotFound
    from dateline.places.gazetteer import GazetteerError
    from dateline.pool import WorkerDied, WorkerStartFailed
    from dateline.problems import ProblemLog
    from dateline.store.ingest import ingest as run
    from dateline.store.watch import Sender

    if input_format is not None and input_format not in FORMATS:
        raise typer.BadParameter(f"--input-format must be one of {', '.join(FORMATS)}, not '{input_format}'.")
    if engine not in ("local", "dask"):
        raise typer.BadParameter(f"--engine must be local or dask, not '{engine}'.")
    if scheduler and engine != "dask":
        raise typer.BadParameter("--scheduler needs --engine dask.")
    try:
        check_writable(errors, "--errors")  # before any work, not after it
    except typer.BadParameter as exc:
        fail(exc.message)
    if model_dir is not None and not model_dir.is_dir():
        raise typer.BadParameter(f"model directory {model_dir} does not exist")
    pub = parse_published(published)
    jobs = jobs or pipeline.default_jobs()
    build_options = {"model": model, "model_dir": str(model_dir) if model_dir else None}
    with opened(db, upgrade=True) as store:
        nlp = build_pipeline(**build_options) if jobs == 1 and engine == "local" else None  # workers load their own
        problems = ProblemLog(errors)
        sender = Sender(store).start()
        try:
            stats = run(store, inputs, problems, input_format=input_format, published=pub, resume=resume,
                        all_modalities=all_modalities, batch_size=batch_size, jobs=jobs, nlp=nlp, build_options=build_options,
                        time_limit=time_limit or None, engine=engine, scheduler=scheduler,
                        on_batch=lambda result: sender.wake() if result.queued else None)
        except (GazetteerError, ModelNotFound, ModelError, WorkerStartFailed) as exc:  # the pipeline could not be built
            fail(exc)
        except WorkerDied as exc:  # say where; every batch finished before it is stored
            typer.echo(f"dateline: {exc}", err=True)
            raise typer.Exit(code=1) from None
        finally:
            problems.close()
            sender.close(wait=webhook_wait)
        typer.echo(f"dateline: {stats.summary(store.name)}", err=True)
        if stats.read == 0 and stats.resumed == 0:
            fail("nothing could be read from the inputs given.")


def export(
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="acled-csv, geojson, parquet or jsonl.")] = "acled-csv",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here instead of standard output.")] = None,
    country: Annotated[ListOpt, typer.Option("--country", help="Country name (repeatable).")] = None,
    admin1: Annotated[ListOpt, typer.Option("--admin1", help="Province / admin1 name (repeatable).")] = None,
    event_type: Annotated[ListOpt, typer.Option("--event-type", help="Event type (repeatable).")] = None,
    sub_event_type: Annotated[ListOpt, typer.Option("--sub-event-type", help="Sub-event type (repeatable).")] = None,
    actor: Annotated[Optional[str], typer.Option("--actor", help="Part of an actor's name.")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="First event date, YYYY-MM-DD.")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Last event date, YYYY-MM-DD.")] = None,
    bbox: Annotated[Optional[str], typer.Option("--bbox", help="minlon,minlat,maxlon,maxlat")] = None,
    q: Annotated[Optional[str], typer.Option("--q", help="Text to find in notes, places, actors or article text.")] = None,
    reviewed: Annotated[Optional[str], typer.Option("--reviewed", help="any, reviewed or unreviewed.")] = None,
    status: Annotated[Optional[str], typer.Option("--status", help="any, confirmed, rejected or open (default: all but rejected).")] = None,
    min_fatalities: Annotated[Optional[int], typer.Option("--min-fatalities")] = None,
) -> None:
    """Export stored events (reviewed values applied) as ACLED CSV, GeoJSON, Parquet or JSON Lines."""
    from dateline.export import FORMATS
    from dateline.export import export as write

    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}, not '{fmt}'.")
    flt = make_filter(country=country, admin1=admin1, event_type=event_type, sub_event_type=sub_event_type, actor=actor,
                      date_from=date_from, date_to=date_to, bbox=bbox, q=q, reviewed=reviewed, status=status,
                      min_fatalities=min_fatalities)
    if output is not None and not output.resolve().parent.is_dir():
        fail(f"-o {output}: folder {output.resolve().parent} does not exist")
    if output is None and fmt == "parquet" and sys.stdout.isatty():
        fail("Parquet is binary: give -o FILE.parquet or redirect standard output")
    with opened(db, upgrade=False) as store:
        chunks = write(store.iter_records(flt.clause()), fmt)
        if output is None:
            for chunk in chunks:
                sys.stdout.buffer.write(chunk)
            sys.stdout.buffer.flush()
        else:
            tmp = output.with_name(output.name + ".part")
            with tmp.open("wb") as fh:
                for chunk in chunks:
                    fh.write(chunk)
            tmp.replace(output)


@watch_app.command("add")
def watch_add(
    name: Annotated[str, typer.Argument(help="A short name: letters, digits, '.', '_', '-'.")],
    db: DbOpt = None,
    webhook: Annotated[Optional[str], typer.Option("--webhook", help="POST each new matching event as JSON to this URL.")] = None,
    country: Annotated[ListOpt, typer.Option("--country")] = None,
    admin1: Annotated[ListOpt, typer.Option("--admin1")] = None,
    event_type: Annotated[ListOpt, typer.Option("--event-type")] = None,
    sub_event_type: Annotated[ListOpt, typer.Option("--sub-event-type")] = None,
    actor: Annotated[Optional[str], typer.Option("--actor")] = None,
    bbox: Annotated[Optional[str], typer.Option("--bbox")] = None,
    q: Annotated[Optional[str], typer.Option("--q")] = None,
    min_fatalities: Annotated[Optional[int], typer.Option("--min-fatalities")] = None,
) -> None:
    """Save a filter, e.g. `watch add lahij-aden --event-type Battles --admin1 Lahij --admin1 Aden --min-fatalities 1`."""
    from dateline.store.watch import WatchError, add_watch

    flt = make_filter(country=country, admin1=admin1, event_type=event_type, sub_event_type=sub_event_type, actor=actor,
                      bbox=bbox, q=q, min_fatalities=min_fatalities)
    with opened(db, upgrade=True) as store:
        try:
            add_watch(store, name, flt, webhook)
        except WatchError as exc:
            fail(exc)
        typer.echo(f"watch '{name}' saved: {json.dumps(flt.as_dict())}; feed at /watch/{name}.atom (dateline serve)")


@watch_app.command("list")
def watch_list(db: DbOpt = None) -> None:
    """One JSON line per watch list."""
    from dateline.store.watch import list_watches

    with opened(db, upgrade=False) as store:
        for w in list_watches(store):
            typer.echo(json.dumps({"name": w["name"], "filters": w["filters"], "webhook": w["webhook"]}))


@watch_app.command("remove")
def watch_remove(name: str, db: DbOpt = None) -> None:
    """Delete a watch list and its delivery log."""
    from dateline.store.watch import WatchError, remove_watch

    with opened(db, upgrade=False) as store:
        try:
            remove_watch(store, name)
        except WatchError as exc:
            fail(exc)
        typer.echo(f"watch '{name}' removed")


@db_app.command("upgrade")
def db_upgrade(db: DbOpt = None) -> None:
    """Create the store or bring an older one to this dateline's schema."""
    from dateline.store.db import head_revision

    with opened(db, upgrade=True) as store:
        typer.echo(f"{store.name} is at schema revision {head_revision()}")


def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8000,
    token: Annotated[Optional[str], typer.Option("--token", help="Token for writes (review, watch lists); default $DATELINE_API_TOKEN.")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Server processes.")] = 1,
) -> None:
    """Serve the web page at / and the REST API (OpenAPI at /openapi.json); without a token both are read-only."""
    import uvicorn

    with opened(db, upgrade=False):
        pass  # refuse a bad or older store with one line before the server starts
    os.environ["DATELINE_DB"] = db_url(db)
    if token:
        os.environ["DATELINE_API_TOKEN"] = token
    uvicorn.run("dateline.api.app:app_from_env", factory=True, host=host, port=port, workers=workers, log_level="warning")


def eval_dedup(
    path: Annotated[Path, typer.Argument(help="JSONL of reports, each with a gold `story` key (tests/fixtures/dedup/stories.jsonl).")],
) -> None:
    """Pair precision and recall of cross-source dedup on reports with gold story labels."""
    from dateline.evaluation.dedup import evaluate_stories

    typer.echo(json.dumps(evaluate_stories(path, nlp=build_pipeline())))


train_app = typer.Typer(help="Retrain a stage's model.", no_args_is_help=True)


@train_app.command("events")
def train_events(
    out: Annotated[Path, typer.Option("--out", help="Model directory to write; use it with `dateline extract --model-dir`.")],
    from_reviews: Annotated[bool, typer.Option("--from-reviews", help="Add the store's confirmed and corrected events (their sentences, reviewed sub-type).")] = False,
    sources: Annotated[Optional[list[Path]], typer.Option("--from", help="Base corpus: coded data (ACLED CSV, CASE TSV, LABEL<TAB>text, JSONL); default: training/events/corpus of a checkout.")] = None,
    db: DbOpt = None,
    weight: Annotated[int, typer.Option("--review-weight", min=1, help="How many times each reviewed sentence counts.")] = 10,
    embeddings: Annotated[bool, typer.Option("--embeddings/--no-embeddings", help="Also read the sentence encoder's vectors (slower).")] = False,
    C: Annotated[float, typer.Option("--C", help="Inverse regularisation strength.")] = 32.0,
) -> None:
    """Retrain the event classifier on a corpus plus what analysts confirmed and corrected in the store."""
    from dateline.store.feedback import FeedbackError, retrain

    if not from_reviews:
        fail("give --from-reviews (with --db) to learn from reviewed events; --from alone is `dateline train events` of the events stage")
    with opened(db, upgrade=False) as store:
        try:
            result = retrain(store, out, base=sources or (), weight=weight, embeddings=embeddings, C=C,
                             progress=lambda m: typer.echo(m, err=True))
        except FeedbackError as exc:
            fail(exc)
    typer.echo(json.dumps(result))


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("export")(export)
    app.command("serve")(serve)
    app.add_typer(watch_app, name="watch")
    app.add_typer(db_app, name="db")
    eval_app.command("dedup")(eval_dedup)
    if not any(g.name == "train" for g in app.registered_groups):  # the events stage (#8) may own `train`
        app.add_typer(train_app, name="train")
