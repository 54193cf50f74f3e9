"""Score the places stage on geoparsing corpora (LGL / TR-News layout and GeoVirus layout).

Two scores, as in the geoparsing literature:
- gold spans: each gold toponym's text is resolved in its document context;
  accuracy within 161 km, median error and exact GeoNames id (when gold has ids);
- end to end: our own toponyms are matched to gold by span overlap (gold
  offsets drift in these corpora); recognition P/R/F1 and acc@161 on matches.
Gold toponyms without coordinates count for recognition only.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path



class CorpusFormatError(ValueError):
    """The file is not a geoparsing corpus dateline can read."""


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def read_corpus(path: Path, limit: int | None = None) -> Iterator[GoldArticle]:
    """Articles of an LGL/TR-News (<toponyms>/<gaztag>) or GeoVirus (<locations>) XML file."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise CorpusFormatError(f"{path}: not a readable XML corpus ({exc}). Expected LGL/TR-News or GeoVirus XML.") from exc
    articles = root.findall("article")
    if root.tag != "articles" or not articles:
        raise CorpusFormatError(f"{path}: expected an <articles> root with <article> elements (LGL, TR-News or GeoVirus layout).")
    for k, art in enumerate(articles):
        if limit is not None and k >= limit:
            return
        text = art.findtext("text")
        if text is None:
            raise CorpusFormatError(f"{path}: article {k + 1} has no <text>; expected LGL/TR-News or GeoVirus layout.")
        gold: list[GoldToponym] = []
        if art.find("toponyms") is not None:  # LGL / TR-News
            for t in art.iter("toponym"):
                start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
                g = t.find("gaztag")
                lat = _float(g.findtext("lat")) if g is not None else None
                lon = _float(g.findtext("lon")) if g is not None else None
                gid = g.get("geonameid") if g is not None else None
                gold.append(GoldToponym(start, end, t.findtext("phrase") or text[start:end], lat, lon, int(gid) if gid and gid.isdigit() else None))
        elif art.find("locations") is not None:  # GeoVirus
            for loc in art.iter("location"):
                start, end = int(loc.findtext("start") or 0), int(loc.findtext("end") or 0)
                gold.append(GoldToponym(start, end, loc.findtext("name") or text[start:end], _float(loc.findtext("lat")), _float(loc.findtext("lon"))))
        else:
            raise CorpusFormatError(f"{path}: article {k + 1} has neither <toponyms> (LGL/TR-News) nor <locations> (GeoVirus).")
        yield GoldArticle(art.get("docid") or str(k + 1), text, gold)


def _locate(text: str, g: GoldToponym) -> tuple[int, int]:
    """Fix drifted gold offsets: find the phrase near where gold says it is."""
    if text[g.start : g.end] == g.text:
        return g.start, g.end
    best = None
    pos = text.find(g.text)
    while pos != -1:
        if best is None or abs(pos - g.start) < abs(best - g.start):
            best = pos
        pos = text.find(g.text, pos + 1)
    return (best, best + len(g.text)) if best is not None else (g.start, min(g.end, len(text)))


def evaluate(path: Path, limit: int | None = None, gazetteer_path: str | None = None) -> dict[str, object]:
    """The ``dateline eval geo`` numbers for one corpus file, from the places component's ``score()``."""
    from spacy.training import Example

    from dateline import pipeline
    from dateline.places import set_toponyms
    from dateline.types import Article, Place, Toponym

    corpus = list(read_corpus(path, limit))
    nlp = pipeline.build(stages=["places"], config={"places": {"gazetteer_path": gazetteer_path}})
    examples = []
    docs = pipeline.process(nlp, (Article(id=a.id, text=a.text) for a in corpus))
    for art, predicted in zip(corpus, docs):
        reference = nlp.make_doc(art.text)
        gold = []
        for g in art.toponyms:
            start, end = _locate(art.text, g)
            place = None if g.lat is None or g.lon is None else \
                Place(name=g.text, latitude=g.lat, longitude=g.lon, geonameid=g.geonameid)
            gold.append(Toponym(start=start, end=end, text=art.text[start:end], place=place))
        set_toponyms(reference, gold)
        examples.append(Example(predicted, reference))
    s = nlp.get_pipe("dateline_places").score(examples)
    return {
        "n_articles": len(corpus),
        "gold": {"acc161": s["places_gold_acc161"], "median_km": s["places_gold_median_km"],
                 "exact_id": s["places_gold_exact_id"], "n": s["places_gold_n"]},
        "e2e": {"precision": s["places_p"], "recall": s["places_r"], "f1": s["places_f"], "acc161": s["places_acc161"],
                "n": s["places_n"]},
    }
