"""Runs of words shared between our text and the development data.

Training text must be our own words: a sentence that repeats six words in a row
from a dev text teaches the model that text and inflates every dev number.  This
module reads every text in the shared data folder (``../shared/data``) and
answers "which runs of N words of this string also occur there?", with words
lower-cased, accents folded and punctuation ignored.  The training-corpus test
and ``scripts/clean_corpus.py`` use it; so can anyone adding training text.
"""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline.places.normalize import fold

WORD = re.compile(r"[^\W_]+")
RUN = 6  # the rule: six words in a row


def words(text: str) -> list[str]:
    """Lower-cased, accent-folded words; punctuation and spacing are ignored."""
    return WORD.findall(fold(text.lower()))


def runs(text: str, n: int = RUN) -> Iterator[str]:
    w = words(text)
    for i in range(len(w) - n + 1):
        yield " ".join(w[i:i + n])


def _json_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _json_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _json_strings(v)


def dev_texts(data: Path) -> Iterator[tuple[str, str]]:
    """(file name, text) for every text held in the shared data folder, cell by cell.

    Every file type found there is read: TSV/CSV cells, JSON/JSONL string values,
    XML/TML element text, plain text.  Cells are kept apart so that no run is
    invented across two columns.
    """
    for path in sorted(data.rglob("*")):
        if not path.is_file():
            continue
        rel = str(path.relative_to(data))
        suffix = path.suffix.lower()
        if suffix in (".tsv", ".csv"):
            with open(path, encoding="utf-8", errors="replace", newline="") as fh:
                for row in csv.reader(fh, delimiter="\t" if suffix == ".tsv" else ","):
                    for cell in row:
                        yield rel, cell
        elif suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                if line.strip():
                    for s in _json_strings(json.loads(line)):
                        yield rel, s
        elif suffix == ".json":
            for s in _json_strings(json.loads(path.read_text(encoding="utf-8", errors="replace"))):
                yield rel, s
        elif suffix in (".xml", ".tml"):
            try:
                root = ET.parse(path).getroot()
                yield rel, " ".join(root.itertext())
                for el in root.iter():  # also element by element: text split by inline tags
                    if el.text and el.text.strip():
                        yield rel, el.text
            except ET.ParseError:
                yield rel, re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8", errors="replace"))
        elif suffix in (".txt", ".md", ""):
            yield rel, path.read_text(encoding="utf-8", errors="replace")


class DevIndex:
    """Every N-word run of the dev texts, as hashes (about 100 MB for all of ../shared/data).

    With ``prefixes`` it also holds the first 1..N-1 words of every run, which lets a
    template checker drop partial fillings that can no longer become a dev run.
    """

    def __init__(self, texts: Iterable[tuple[str, str]], n: int = RUN, prefixes: bool = False) -> None:
        self.n = n
        self.where: dict[int, str] = {}
        self.starts: set[int] = set()
        for name, text in texts:
            w = words(text)
            for i in range(len(w) - n + 1):
                self.where.setdefault(hash(" ".join(w[i:i + n])), name)
                if prefixes:
                    self.starts.update(hash(" ".join(w[i:i + k])) for k in range(1, n))

    @classmethod
    def from_folder(cls, data: Path, n: int = RUN, prefixes: bool = False) -> "DevIndex":
        return cls(dev_texts(data), n, prefixes)

    def is_run(self, run: str) -> bool:
        return hash(run) in self.where

    def is_start(self, words_: str) -> bool:
        return hash(words_) in self.starts

    def shared(self, text: str) -> list[tuple[str, str]]:
        """(run, dev file) for every run of ``text`` that a dev text also holds."""
        return [(run, self.where[h]) for run in runs(text, self.n) if (h := hash(run)) in self.where]
