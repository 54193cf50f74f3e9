"""Reading the YAML data files a newcomer edits, with errors that name the file and the fix."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import yaml


class _Loader(yaml.SafeLoader):
    """YAML as a newcomer reads it: only ``true`` and ``false`` are booleans.

    PyYAML follows YAML 1.1, where ``on``, ``no``, ``yes`` and ``off`` are booleans too, so a word
    list holding "on" or Norway's code ``NO`` would silently lose them.
    """


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    _Loader.yaml_implicit_resolvers.setdefault(_first, []).insert(
        0, ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")))


def load_yaml(text: str) -> Any:
    """Parse a data file's text; ``on``, ``no``, ``yes`` and ``off`` stay words."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass


def load_mapping(path: str | Path, error: type[Exception] = ValueError, what: str = "data file") -> dict[str, Any]:
    """A YAML file whose top level is a mapping, or ``error`` saying what is wrong with it."""
    path = Path(path)
    if not path.exists():
        raise error(f"{what} not found: {path}")
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
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
