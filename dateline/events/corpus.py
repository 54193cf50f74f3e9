"""Read labelled training text for the event classifier, in the formats analysts have.

Every reader returns ``(label, text)`` pairs with labels as ontology codes
(``ARMED_CLASH`` ... or an out-of-scope code such as ``DIPLO``, or ``NONE``), which
is all ``dateline.events.train.train_models`` needs.  A malformed file raises
``CorpusError`` naming the file, the line and the problem.

Formats (``read_training_file`` picks one by file name and header):
- **ACLED export** (CSV with ``sub_event_type`` and ``notes`` columns): each row's
  notes, labelled with its sub-event type (ACLED's name, e.g. "Armed clash").
- **CASE 2021 task-2 style TSV** (header ``id<TAB>EventSnippet<TAB>SubType``).
- **JSONL** of ``{"label": ..., "text": ...}`` (label a code or an ACLED sub-event name;
  an optional ``modality`` other than "asserted" keeps the sub-type, since modality
  is decided separately from the parse).
- **dateline corpus TSV** (no header): ``LABEL<TAB>text``, or the six columns
  ``label, modality, tag, register, country, text`` of ``training/events/corpus``.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from dateline.events.ontology import Ontology, get_ontology

NONE = "NONE"
MODALITIES = ("asserted", "planned", "threatened", "denied", "hypothetical", "-")
ACLED_REQUIRED = ("sub_event_type", "notes")


class CorpusError(ValueError):
    pass


@dataclass(frozen=True)
class CorpusItem:
    """One line of the six-column corpus (the other readers fill only label and text)."""

    label: str
    text: str
    modality: str = "asserted"
    tag: str = ""
    register: str = ""
    country: str = ""
    source: str = ""  # file:line


class LabelMap:
    """Codes and ACLED sub-event names to codes."""

    def __init__(self, ontology: Ontology) -> None:
        self.codes = set(ontology.codes) | set(ontology.oos_codes) | {NONE}
        self.names = {s.name.lower(): s.code for s in ontology.sub_event_types}

    def __call__(self, value: str, where: str) -> str:
        v = value.strip()
        if v in self.codes:
            return v
        code = self.names.get(v.lower())
        if code:
            return code
        raise CorpusError(f"{where}: unknown label {v!r} (use a sub-event code such as ARMED_CLASH, an ACLED "
                          f"sub-event name such as 'Armed clash', an out-of-scope code, or NONE)")


def _text(value: str, where: str) -> str:
    text = " ".join(value.split())
    if not text:
        raise CorpusError(f"{where}: empty text")
    return text


def read_corpus_tsv(path: Path, labels: LabelMap) -> list[CorpusItem]:
    """``LABEL<TAB>text`` or the six-column corpus format; ``#`` lines are comments."""
    items: list[CorpusItem] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            where = f"{path}:{n}"
            if len(cols) == 2:
                items.append(CorpusItem(labels(cols[0], where), _text(cols[1], where), source=where))
            elif len(cols) == 6:
                label, modality, tag, register, country, text = (c.strip() for c in cols)
                if modality not in MODALITIES:
                    raise CorpusError(f"{where}: unknown modality {modality!r} (one of {', '.join(MODALITIES)})")
                items.append(CorpusItem(labels(label, where), _text(text, where), modality, tag, register, country, where))
            else:
                raise CorpusError(f"{where}: expected 2 tab-separated columns (label, text) or 6 "
                                  f"(label, modality, tag, register, country, text), got {len(cols)}")
    return items


def read_case_tsv(path: Path, labels: LabelMap) -> list[CorpusItem]:
    items: list[CorpusItem] = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if not header or [h.strip() for h in header[:3]] != ["id", "EventSnippet", "SubType"]:
            raise CorpusError(f"{path}:1: expected the header 'id<TAB>EventSnippet<TAB>SubType', got {header!r}")
        for n, row in enumerate(reader, 2):
            if not row or not any(c.strip() for c in row):
                continue
            where = f"{path}:{n}"
            if len(row) < 3:
                raise CorpusError(f"{where}: expected 3 tab-separated columns, got {len(row)}")
            items.append(CorpusItem(labels(row[2], where), _text(row[1], where), source=where))
    return items


def read_jsonl(path: Path, labels: LabelMap) -> list[CorpusItem]:
    items: list[CorpusItem] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
            if not isinstance(obj, dict):
                raise CorpusError(f"{where}: expected a JSON object with 'label' and 'text'")
            label, text = obj.get("label"), obj.get("text")
            if not isinstance(label, str) or not isinstance(text, str):
                raise CorpusError(f"{where}: expected string fields 'label' and 'text', got {sorted(obj)}")
            modality = obj.get("modality", "asserted")
            if modality not in MODALITIES:
                raise CorpusError(f"{where}: unknown modality {modality!r} (one of {', '.join(MODALITIES)})")
            items.append(CorpusItem(labels(label, where), _text(text, where), modality, source=where))
    return items


def read_acled_csv(path: Path, labels: LabelMap) -> list[CorpusItem]:
    items: list[CorpusItem] = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in ACLED_REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise CorpusError(f"{path}:1: not an ACLED export with notes: missing column(s) {missing}")
        for n, row in enumerate(reader, 2):
            where = f"{path}:{n}"
            if None in row:
                raise CorpusError(f"{where}: more fields than the header has (an unquoted comma?)")
            if not (row.get("notes") or "").strip():
                continue  # ACLED rows without notes carry nothing to learn from
            items.append(CorpusItem(labels(row["sub_event_type"] or "", where), _text(row["notes"], where), source=where))
    return items


def read_training_file(path: Path, ontology_path: str | None = None) -> list[CorpusItem]:
    """Any supported format, by extension and header; a clear CorpusError otherwise."""
    if not path.exists():
        raise CorpusError(f"{path}: no such file")
    if path.is_dir():
        raise CorpusError(f"{path}: is a folder; give a file")
    labels = LabelMap(get_ontology(ontology_path))
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            items = read_jsonl(path, labels)
        elif suffix == ".csv":
            items = read_acled_csv(path, labels)
        elif suffix in (".tsv", ".txt"):
            with open(path, encoding="utf-8") as fh:
                first = fh.readline()
            items = read_case_tsv(path, labels) if first.startswith("id\t") else read_corpus_tsv(path, labels)
        else:
            raise CorpusError(f"{path}: unknown training file type {suffix!r}; use .jsonl (label, text), "
                              ".csv (ACLED export with notes) or .tsv (CASE-style or LABEL<TAB>text)")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    if not items:
        raise CorpusError(f"{path}: no labelled texts found")
    return items
