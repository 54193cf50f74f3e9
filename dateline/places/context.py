"""The country an article is about: a document-level prior for place resolution.

Coders keep an event inside the country the report implies.  The signals, in
the order a reader trusts them: the dateline ("MOGADISHU, Somalia —"), the
countries the text names outright, the home countries of the armed groups it
names (Al Shabaab means Somalia; from ``dateline/data/actors.yaml``),
nationality words ("Somali troops"), and names that exist in one country only.
The prior is a share per ISO code; :func:`confident_country` says when it is
clear enough to rule out a small namesake abroad.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from dateline.places.gazetteer import Candidate

if TYPE_CHECKING:
    from dateline.types import Article

# Weight of one signal of each kind.
WEIGHTS = {"dateline": 3.0, "country": 2.0, "actor": 2.0, "demonym": 1.0, "place": 1.0}
# One kind of signal cannot outvote the others by repetition alone.
CAP_PER_KIND = 2
CONFIDENT_SHARE = 0.75
CONFIDENT_WEIGHT = 4.0
CLEAR_READING = 0.8
STRONG = frozenset({"dateline", "country", "actor"})


def signals_from_ranking(ranked: list[tuple[float, Candidate]], demonym_of: str | None = None,
                         role: str = "location") -> list[tuple[str, str]]:
    """(kind, ISO) that one name says about the country, from its candidates ranked by probability.

    A country name counts as one only when that reading is clear ("Jordan" in a story from
    Minnesota is a town); a name whose every reading lies in one country points there weakly."""
    if demonym_of:
        return [("demonym", demonym_of)]
    if not ranked or role in ("organisation", "name"):
        return []
    prob, top = ranked[0]
    if top.is_country and top.cc and top.src in (0, 2, 3, 5) and prob >= CLEAR_READING:
        return [("country", top.cc)]
    own = {c.cc for _, c in ranked if c.src != 4}
    if len(own) == 1 and None not in own:
        return [("place", own.pop())]  # type: ignore[list-item]
    return []


def country_prior(signals: Iterable[tuple[str, str]], strong_only: bool = False) -> dict[str, float]:
    """Share of the evidence per ISO code (sums to 1), plus the raw total under ``"_weight"`` and the
    weight of the strong kinds (dateline, country names, actors) under ``"_strong"``.  ``strong_only``
    leaves out the weak kinds, which place resolution already counts through its own votes."""
    counts: Counter[tuple[str, str]] = Counter((kind, cc) for kind, cc in signals if cc and (kind in STRONG or not strong_only))
    weight: Counter[str] = Counter()
    for (kind, cc), n in counts.items():
        weight[cc] += WEIGHTS.get(kind, 1.0) * min(n, CAP_PER_KIND)
    total = sum(weight.values())
    if not total:
        return {}
    prior = {cc: w / total for cc, w in weight.items()}
    prior["_weight"] = total
    prior["_strong"] = sum(WEIGHTS[kind] * min(n, CAP_PER_KIND) for (kind, _), n in counts.items() if kind in STRONG)
    return prior


def confident_country(prior: Mapping[str, float]) -> str | None:
    """The country the article is clearly about, if one is: it needs a dateline, a country
    named outright or an armed group's home (names found in one country only do not count)."""
    shares = {cc: s for cc, s in prior.items() if not cc.startswith("_")}
    if not shares or prior.get("_strong", 0.0) < CONFIDENT_WEIGHT:
        return None
    cc, share = max(shares.items(), key=lambda kv: kv[1])
    return cc if share >= CONFIDENT_SHARE else None


def shares(prior: Mapping[str, float]) -> dict[str, float]:
    return {cc: s for cc, s in prior.items() if not cc.startswith("_")}


HEAD_CHARS = 800  # a headline, byline and dateline fit in the first few hundred characters


def report_head(article: "Article | None") -> tuple[str | None, int]:
    """(dateline, where the report itself starts) for an article.

    The reader's own notes when it made them; otherwise the same rules the readers use
    (``dateline.ingest.metadata``), applied past a headline or byline line that hid the
    dateline from a reader not looking for one ("Three killed in Zawiya clashes\n\nTRIPOLI -
    Three people ...", as JSON Lines often carry it)."""
    if article is None:
        return None, 0
    if article.dateline or article.body_start:
        return article.dateline, article.body_start
    from dateline.ingest.checks import analysis_view
    from dateline.ingest.metadata import split_byline, split_dateline, split_headline

    view = analysis_view(article.text[:HEAD_CHARS])
    headline, rest = split_headline(view)
    byline, rest = split_byline(rest)
    if headline is None and byline is None:
        dateline, rest = split_dateline(view)
        if dateline is not None:  # the text opens with it ("YANGON, Aug 20 - Troops ...")
            return dateline, len(view) - len(rest.lstrip())
        # a headline over the dateline with no blank line between ("Bomber kills three\nPESHAWAR, Oct 17
        # (Reuters) - ..."): the dateline on the second line says the first was the headline
        first, _, after = view.partition("\n")
        if not after.strip() or len(first.split()) > 20 or first.rstrip()[-1:] in ".,;:":
            return None, 0
        dateline, rest = split_dateline(after)
        if dateline is None:
            return None, 0
        return dateline, len(view) - len(rest.lstrip())
    dateline, rest = split_dateline(rest)
    return dateline, len(view) - len(rest.lstrip())
