"""Scorers behind `dateline eval ...`: each reads a gold format into spaCy Examples and prints
the component's own ``score()`` as one JSON object.  Evaluation imports the stages, never the reverse."""

from __future__ import annotations

from dateline.datafiles import shared_data_dir

__all__ = ["shared_data_dir"]
