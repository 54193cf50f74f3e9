"""CLI commands of the places stage: ``geoparse`` and ``gazetteer build`` (``eval geo`` is in ``evaluation/commands.py``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from dateline.cli_support import ErrorsOpt, FormatOpt, InputsArg, build_pipeline, read_articles


def geoparse(inputs: InputsArg, input_format: FormatOpt = None, errors: ErrorsOpt = None) -> None:
    """Print one JSON line per place name found: offsets, text and the GeoNames place it refers to."""
    from dateline import pipeline

    nlp = build_pipeline(stages=["places"])
    with read_articles(inputs, input_format, None, errors) as articles:
        for doc in pipeline.process(nlp, articles):
            for row in toponym_rows(doc):
                typer.echo(json.dumps(row, ensure_ascii=False))


def toponym_rows(doc: object) -> list[dict[str, object]]:
    """The ``geoparse`` JSON rows of one processed Doc."""
    from dateline.nlp import doc_article
    from dateline.places import toponyms

    article = doc_article(doc)  # type: ignore[arg-type]
    rows = []
    for t in toponyms(doc):  # type: ignore[arg-type]
        p = t.place
        rows.append({
            "article_id": article.id if article is not None else None,
            "start": t.start, "end": t.end, "text": t.text,
            "geonameid": p.geonameid if p else None, "name": p.name if p else None,
            "latitude": p.latitude if p else None, "longitude": p.longitude if p else None,
            "country": p.country if p else None, "iso": p.iso if p else None,
            "admin1": p.admin1 if p else None, "admin2": p.admin2 if p else None,
            "feature": f"{p.feature_class}.{p.feature_code}" if p else None,
            "score": t.score, "role": t.role, "geo_precision": t.geo_precision,
        })
    return rows


def gazetteer_build(
    force: Annotated[bool, typer.Option("--force", help="Rebuild even when a complete gazetteer exists.")] = False,
    geonames: Annotated[Optional[Path], typer.Option("--geonames", help="A GeoNames allCountries.zip (or cities/country .zip) you downloaded.")] = None,
    alternate_names: Annotated[Optional[Path], typer.Option("--alternate-names", help="GeoNames alternateNamesV2.zip, used with --geonames.")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", help="Where to write the file (default: the user cache directory).")] = None,
) -> None:
    """Build the offline GeoNames gazetteer (SQLite) that place resolution uses."""
    from dateline.places import gazetteer

    path = output or gazetteer.default_path()
    if alternate_names is not None and geonames is None:
        raise typer.BadParameter("--alternate-names needs --geonames allCountries.zip as well.")
    for given in (geonames, alternate_names):
        if given is not None and not given.is_file():
            raise typer.BadParameter(f"{given} is not a file. Download it from the GeoNames export dump first.")
    if not force and geonames is None and gazetteer.status(path) == "ok":
        typer.echo(f"The gazetteer is already built at {path} (use --force to rebuild).", err=True)
        return
    try:
        built = gazetteer.build(path, geonames=geonames, alternate_names=alternate_names)
    except gazetteer.GazetteerError as exc:  # e.g. a data file edited by hand with a row missing a column
        typer.echo(f"dateline: {exc}", err=True)
        raise typer.Exit(code=2) from None
    typer.echo(f"Gazetteer written to {built} ({built.stat().st_size / 1e6:.0f} MB).", err=True)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add the places commands to the ``dateline`` CLI."""
    app.command("geoparse")(geoparse)
    gaz_app = typer.Typer(help="Manage the offline GeoNames gazetteer.", no_args_is_help=True)
    gaz_app.command("build")(gazetteer_build)
    app.add_typer(gaz_app, name="gazetteer")
