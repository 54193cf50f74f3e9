"""Reading the YAML data files a newcomer edits, with errors that name the file and the fix."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml


def load_mapping(path: str | Path, error: type[Exception] = ValueError, what: str = "data file") -> dict[str, Any]:
    """A YAML file whose top level is a mapping, or ``error`` saying what is wrong with it."""
    path = Path(path)
    if not path.exists():
        raise error(f"{what} not found: {path}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise error(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise error(f"{path}: expected a mapping at the top level")
    return data


def word_list(data: dict[str, Any], key: str, path: str | Path) -> tuple[str, ...]:
    """The list of words under ``key`` of a loaded data file, lower case with single spaces,
    in the order written; a clear error naming the file and the key when it is not one."""
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{path}: '{key}' must be a list of words")
    return tuple(" ".join(v.lower().split()) for v in value)


def shared_data_dir() -> Path:
    """The development data folder: ``DATELINE_SHARED_DATA``, else ``../shared/data`` beside the repository."""
    env = os.environ.get("DATELINE_SHARED_DATA")
    if env:
        return Path(env).expanduser()
    return Path(__file__).resolve().parents[1].parent / "shared" / "data"
