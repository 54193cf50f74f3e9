"""The times vocabulary (``dateline/data/timex_vocab.yaml``) and the regex pieces built from it.

Read once and cached: the tagger compiles its patterns from these pieces at
import time, so adding a word to the YAML file is all it takes to teach it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from dateline.datafiles import load_yaml


def _alt(words: list[str] | tuple[str, ...], dots: bool = False) -> str:
    """A regex alternation, longest first; abbreviations may take a full stop."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        piece = re.escape(w).replace(r"\ ", r"\s+")
        if dots and len(w) <= 4 and w not in ("may", "june", "july"):
            piece += r"\.?"
        out.append(piece)
    return "(?:" + "|".join(out) + ")"


@dataclass(frozen=True)
class Vocab:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    numbers: dict[str, float]
    vague_numbers: frozenset[str]
    ordinals: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, str]
    day_parts: dict[str, str]
    fuzzy: dict[str, str]
    future_cues: tuple[str, ...]
    past_participles: tuple[str, ...]
    not_year_after: frozenset[str]
    not_date_suffix: tuple[str, ...]
    not_weekday_after: tuple[str, ...]
    date_openers: frozenset[str]
    event_name_cues: tuple[str, ...]
    event_nouns: tuple[str, ...]

    # --- regex pieces ---------------------------------------------------------
    @property
    def month_re(self) -> str:
        return _alt(list(self.months), dots=True)

    @property
    def weekday_re(self) -> str:
        block = r"(?![-\s]+(?:" + "|".join(self.not_weekday_after) + r")\b)" if self.not_weekday_after else ""
        return _alt(list(self.weekdays), dots=True) + block

    @property
    def number_re(self) -> str:
        tens = [w for w, n in self.numbers.items() if isinstance(n, int) and 20 <= n <= 90 and n % 10 == 0]
        units = [w for w, n in self.numbers.items() if isinstance(n, int) and 1 <= n <= 9 and w not in ("a", "an")]
        compound = _alt(tens) + r"(?:[-\s]" + _alt(units) + ")?"
        words = _alt([w for w in self.numbers if w not in ("a", "an")] + list(self.vague_numbers))
        return rf"(?:\d+(?:\.\d+)?|{compound}|{words}|an?)"

    @property
    def unit_re(self) -> str:
        plural = {"century": "centuries", "millennium": "millennia"}
        words = list(self.units) + [plural.get(u, u + "s") for u in self.units]
        return _alt(words)

    @property
    def season_re(self) -> str:
        return _alt(list(self.seasons))

    @property
    def fuzzy_re(self) -> str:
        return _alt(list(self.fuzzy))

    @property
    def suffix_block_re(self) -> str:
        return r"(?![-\s]?(?:" + "|".join(self.not_date_suffix) + r")\b)"

    # --- lookups --------------------------------------------------------------
    def month(self, word: str) -> int | None:
        return self.months.get(word.lower().rstrip("."))

    def weekday(self, word: str) -> int | None:
        return self.weekdays.get(word.lower().rstrip("."))

    def unit(self, word: str) -> str | None:
        w = re.sub(r"\s+", " ", word.lower())
        if w in self.units:
            return self.units[w]
        singular = {"centuries": "century", "millennia": "millennium"}.get(w, w[:-1] if w.endswith("s") else w)
        return self.units.get(singular)

    def number(self, text: str) -> float | None:
        """A number from digits or words; None for vague ones ("several")."""
        t = re.sub(r"\s+", " ", text.lower().strip())
        if t in self.vague_numbers:
            return None
        try:
            return float(t.replace(",", ""))
        except ValueError:
            pass
        if t in self.numbers:
            return float(self.numbers[t])
        parts = re.split(r"[-\s]", t)
        if len(parts) == 2 and parts[0] in self.numbers and parts[1] in self.numbers:
            return float(self.numbers[parts[0]] + self.numbers[parts[1]])
        return None


def _load() -> dict[str, Any]:
    path = resources.files("dateline") / "data" / "timex_vocab.yaml"
    return load_yaml(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def local_calendars() -> dict[str, dict[str, Any]]:
    """The calendars other than the Gregorian (``local_calendars`` of the vocabulary): months, eras, years."""
    return dict(_load().get("local_calendars") or {})


@lru_cache(maxsize=1)
def compact_months() -> dict[str, int]:
    """The month abbreviations of a date written in one word ("04SEP2024"), in capitals."""
    return {str(k).upper(): int(v) for k, v in (_load().get("compact_months") or {}).items()}


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    raw = _load()
    return Vocab(
        months={str(k): int(v) for k, v in raw["months"].items()},
        ambiguous_months=frozenset(raw.get("ambiguous_months", [])),
        weekdays={str(k): int(v) for k, v in raw["weekdays"].items()},
        numbers={str(k): v for k, v in raw["numbers"].items()},
        vague_numbers=frozenset(raw.get("vague_numbers", [])),
        ordinals={str(k): int(v) for k, v in raw["ordinals"].items()},
        units={str(k): str(v) for k, v in raw["units"].items()},
        seasons={str(k): str(v) for k, v in raw["seasons"].items()},
        day_parts={str(k): str(v) for k, v in raw["day_parts"].items()},
        fuzzy={str(k): str(v) for k, v in raw["fuzzy"].items()},
        future_cues=tuple(raw.get("future_cues", [])),
        past_participles=tuple(raw.get("past_participles", [])),
        not_year_after=frozenset(str(w) for w in raw.get("not_year_after", [])),
        not_date_suffix=tuple(raw.get("not_date_suffix", [])),
        not_weekday_after=tuple(raw.get("not_weekday_after", [])),
        date_openers=frozenset(str(w) for w in raw.get("date_openers", [])),
        event_name_cues=tuple(raw.get("event_name_cues", [])),
        event_nouns=tuple(str(w) for w in raw.get("event_nouns", [])),
    )
