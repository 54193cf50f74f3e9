"""Scorers behind `dateline eval ...`: each reads a gold format and prints one JSON object."""

from __future__ import annotations

import os
from pathlib import Path


def shared_data_dir() -> Path:
    """The development data folder: ``DATELINE_SHARED_DATA``, else ``../shared/data`` beside the repository."""
    env = os.environ.get("DATELINE_SHARED_DATA")
    if env:
        return Path(env).expanduser()
    return Path(__file__).resolve().parents[2].parent / "shared" / "data"
