"""``dateline eval times``: read TimeML (``.tml``) files into Examples and score them with the
times component's ``score()`` (TempEval-3 style, ``dateline/times/score.py``).

Only the ``<TEXT>`` part is tagged; its inline tags are stripped and the gold
TIMEX3 spans mapped onto the stripped text.  The document creation time
(``functionInDocument="CREATION_TIME"``) is the reference date.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dateline.types import Article, Timex

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", re.S)


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: dt.date | None
    gold: list[GoldTimex] = field(default_factory=list)


class TimeMLError(ValueError):
    pass


def _unescape(raw: str) -> str:
    return html.unescape(raw)


def read_tml(path: Path) -> TimeMLDoc:
    """Parse one TimeML file: stripped TEXT, gold TIMEX3 with offsets into it, DCT date."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct_date: dt.date | None = None
    m = _DCT.search(raw)
    if m:
        attrs = dict(_ATTR.findall(m.group(0)))
        try:
            dct_date = dt.date.fromisoformat(attrs.get("value", "")[:10])
        except ValueError:
            dct_date = None
    start = raw.find("<TEXT>")
    stop = raw.find("</TEXT>")
    if start < 0 or stop < 0:
        raise TimeMLError(f"{path}: no <TEXT> element")
    body = raw[start + len("<TEXT>") : stop]
    out: list[str] = []
    pos = 0
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    gold: list[GoldTimex] = []
    for tm in _TAG.finditer(body):
        chunk = _unescape(body[pos : tm.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tm.end()
        closing, name = tm.group(1) == "/", tm.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(tm.group(3)))))
        elif open_timex:
            begin, attrs = open_timex.pop()
            gold.append(GoldTimex(begin, length, "", attrs.get("type", "DATE"), attrs.get("value") or None))
    tail = _unescape(body[pos:])
    out.append(tail)
    text = "".join(out)
    for g in gold:
        g.text = text[g.start : g.end]
    return TimeMLDoc(path.name, text, dct_date, gold)


def find_tml(directory: Path) -> list[Path]:
    if not directory.exists():
        raise TimeMLError(f"{directory}: no such directory")
    if directory.is_file() and directory.suffix == ".tml":
        return [directory]
    if not directory.is_dir():
        raise TimeMLError(f"{directory}: not a directory of .tml files")
    files = sorted(directory.rglob("*.tml"))
    if not files:
        raise TimeMLError(f"{directory}: no .tml files found")
    return files


def evaluate(files: Iterable[Path], keep_errors: bool = False) -> tuple[dict[str, float | int], list[dict[str, object]]]:
    """Tag each TimeML file's TEXT against its DCT with the times component and score it
    with the component's own ``score()``; returns the scores and (optionally) every error."""
    from spacy.training import Example

    from dateline import pipeline
    from dateline.times import set_timexes
    docs = [read_tml(path) for path in files]
    nlp = pipeline.build(stages=["times"], exclude=("ner",))
    examples = []
    articles = (_as_user_text(d) for d in docs)
    for tml, predicted in zip(docs, pipeline.process(nlp, articles)):
        reference = nlp.make_doc(tml.text)
        set_timexes(reference, [Timex(start=g.start, end=g.end, text=g.text, type=g.type, value=g.value) for g in tml.gold])
        examples.append(Example(predicted, reference))
    errors: list[dict[str, object]] | None = [] if keep_errors else None
    scores = nlp.get_pipe("dateline_times").score(examples, errors=errors)
    scores["n_docs"] = len(docs)
    return scores, errors or []


def _as_user_text(doc: TimeMLDoc) -> Article:
    """The TEXT read as a user's .txt file is read: scores are on the offsets a user sees, so a
    reader that moved them (stripping a dateline or blank lines) shows up as lost strict matches."""
    from dateline.ingest import article_from_text

    try:
        article = article_from_text(doc.text, published=doc.dct, origin=doc.name)
    except ValueError as exc:
        raise TimeMLError(f"{doc.name}: the .txt reader refuses its text ({exc})") from None
    return article.model_copy(update={"id": doc.name})
