"""The data files are read as a newcomer writes them: ``on``, ``no`` and ``yes`` are words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import dateline

from dateline.datafiles import load_yaml
from dateline.records.row import regions
from dateline.times.tagger import tag


def test_only_true_and_false_are_booleans() -> None:
    assert load_yaml("[on, off, yes, no, y, n, true, false, True]") == ["on", "off", "yes", "no", "y", "n", True, False, True]
    assert load_yaml("flag: true\nword: on") == {"flag": True, "word": "on"}


def _lists(node: object):
    if isinstance(node, dict):
        for child in node.values():
            yield from _lists(child)
    elif isinstance(node, list):
        yield node
        for child in node:
            yield from _lists(child)


DATA = Path(dateline.__file__).parent / "data"


@pytest.mark.parametrize("name", sorted(str(p.relative_to(DATA)) for p in DATA.rglob("*.yaml")))
def test_no_list_in_a_data_file_holds_a_boolean(name: str) -> None:
    data = load_yaml((DATA / name).read_text(encoding="utf-8"))
    assert not [item for items in _lists(data) for item in items if isinstance(item, bool)]


def test_norway_keeps_its_region() -> None:
    assert regions()["NO"] == "Europe"


def test_a_weekday_said_twice_after_on_is_a_date_both_times() -> None:
    text = "On Monday, 5 May, troops shelled the ridge. On Monday night, police detained two men."
    values = [t.value for t in tag(text, dt.date(2025, 5, 7))]
    assert values == ["2025-05-05", "2025-05-05TNI"]
