"""Find place-name mentions: spaCy NER plus a gazetteer matcher, with context filters.

NER alone misses many places (the small model tags "Al Mukalla" PERSON and
"Houta" ORG, and skips "Hadramout"), so every capitalised token sequence is
also looked up in the gazetteer.  Gazetteer-only hits pass filters that keep
out common words, parts of person names and dates.  Each mention gets a role:
"location", "modifier" ("Aden police"), "demonym" ("Yemeni") or
"organisation" ("Washington said").

This module runs the passes over a Doc (``find_mentions``) and gives each mention its role
(``_role``).  The word lists are in ``name_words.py``, the gazetteer look-ups in ``lookup.py``,
the tests of a name's context in ``cues.py``, and the filters a gazetteer-only hit passes
(with the tests for a word of a longer name) in ``gazetteer_hits.py``.
"""

from __future__ import annotations

import re

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from dateline.places.gazetteer import Candidate, Gazetteer
from dateline.places.normalize import ARABIC_ARTICLES, name_key
from dateline.nlp import doc_cache, doc_text
from dateline.places.cues import (_after_locative, _bearing_of, _capitalised, _names_in_brackets, _segment_start, log_field,
                                  noun_after, place_cue, title_case)
from dateline.places.gazetteer_hits import (_accept_gazetteer_hit, _after_name_link, _after_settlement_opener,
                                            _after_unknown_name, _article_tail, _before_unknown_name, _inside_other_name)
from dateline.places.lookup import (_big_place, _kind_said_spelling, _settled, _strong, _unit_by_spelling,
                                    _unit_with_its_word, acronym_place_ok, demonym_candidates, demonyms, is_acronym,
                                    is_mixed_abbreviation, lookup_span, never_places, not_places)
from dateline.places.name_words import (AGENT_PARTICIPLES, COMMUNITY_NOUNS, CONNECTORS, FIGHTING_VERBS, FIGURE_LABELS,
                                        GOVERNMENT_VERBS, GROUP_HEADS, NAME_ARTICLES, NAME_JOINERS, NAME_LINKS,
                                        NOT_PLACE_LABELS, PLACE_NOUNS, PLACE_SUBJECT_VERBS, SPEECH_VERBS, STREET_CLOSERS,
                                        STREET_OPENERS, UNIT_KINDS, UNIT_OPENERS, UNIT_WORDS, WEAK_LABELS)


MAX_TOKENS = 6


@dataclass
class Mention:
    """A span that may name a place, with its gazetteer candidates."""

    start: int  # character offsets
    end: int
    text: str
    tok_start: int
    tok_end: int
    candidates: tuple[Candidate, ...]
    label: str = ""  # NER label, if any
    role: str = "location"
    demonym_of: str | None = None  # ISO code for demonyms
    alias_name: str | None = None
    forced: bool = False
    extra: dict[str, float] = field(default_factory=dict)


def _token_table(doc: Doc) -> tuple[list[str], list[str], list[bool]]:
    """Each token's text, lower-cased text and capital, read once per Doc: the matcher asks of
    every token several times, and each ``doc[i]`` builds a new Token."""
    cache = doc_cache(doc)
    table = cache.get("token_table")
    if table is None:
        toks = list(doc)
        # (an elided article joined to a name after a hyphen counts as the name's capital: "Saut-d'Eau")
        table = cache["token_table"] = ([t.text for t in toks], [t.lower_ for t in toks],
                                        [_capitalised(t) or k > 0 and toks[k - 1].text == "-" and bool(_ELIDED.match(t.text))
                                         for k, t in enumerate(toks)])
    return table


def _uncased_in_cased(doc: Doc, i: int, j: int) -> bool:
    """A span with no capital letter in a text that has capitals: written text capitalises names,
    so it is a common word, whatever the model's label ("near mosque in X").  A text written all in
    lower case (a social-media post) gives no such sign."""
    return not any(ch.isupper() for tok in doc[i:j] for ch in tok.text) and any(ch.isupper() for ch in doc_text(doc))


def _ent_at(doc: Doc) -> list[Span | None]:
    """The entity over each token.  A date's or a number's entity ends at a spaced dash: in "14 June 2023 -
    Bunia" or a thread's "3/ 13:50 - Omdurman:" the small model runs the figure on into the place's name."""
    table: list[Span | None] = [None] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            tok = doc[i]
            if ent.label_ in FIGURE_LABELS and i > ent.start and tok.text in ("-", "\u2013", "\u2014") \
                    and tok.whitespace_ and doc[i - 1].whitespace_:
                break
            table[i] = ent
    return table


def _agent_modifier(doc: Doc, j: int) -> bool:
    """"X-led", "X-backed", or without the hyphen before a noun ("U.S led coalition")."""
    if j + 1 < len(doc) and doc[j].text in ("-", "–") and not doc[j].whitespace_:
        return doc[j + 1].lower_ in AGENT_PARTICIPLES
    return j + 1 < len(doc) and doc[j].lower_ in AGENT_PARTICIPLES and doc[j + 1].pos_ in ("NOUN", "ADJ", "PROPN")


def _chain_length(doc: Doc, i: int, j: int) -> int:
    """How many capitalised names a run joined by hyphens holds, the name at [i, j) among them
    ("Kandhamal-Kalahandi-Boudh-Nayagarh": 4)."""
    parts = 1
    k = i
    while k >= 2 and doc[k - 1].text in ("-", "\u2013") and not doc[k - 1].whitespace_ and doc[k - 2].is_title:
        parts, k = parts + 1, k - 2
    k = j
    while k + 1 < len(doc) and doc[k].text in ("-", "\u2013") and not doc[k].whitespace_ and doc[k + 1].is_title:
        parts, k = parts + 1, k + 2
    return parts


def _role(doc: Doc, i: int, j: int, cands: tuple[Candidate, ...]) -> str:
    head_tok = doc[j - 1]
    nxt = doc[j] if j < len(doc) else None
    if _chain_length(doc, i, j) >= 3:
        return "name"  # "the Kandhamal-Kalahandi-Boudh-Nayagarh (KKBN) Division": a unit named for the districts it spans
    if _agent_modifier(doc, j) or nxt is not None and nxt.lower_ in GROUP_HEADS and _capitalised(nxt):
        return "organisation"
    if nxt is not None and nxt.lower_ == "time" and head_tok.dep_ in ("compound", "nmod", "amod", "poss"):
        return "name"  # "08:00 Moscow time": a time zone
    if head_tok.head.lower_ in PLACE_NOUNS or noun_after(doc, j) in PLACE_NOUNS:
        return "location"  # "Hadramawt province", "Aden city": the place itself
    if noun_after(doc, j) in COMMUNITY_NOUNS and any(c.fclass == "P" and c.pop >= 1000 and c.src != 1 for c in cands) \
            and not any(c.fclass == "A" for c in cands):
        return "location"  # "the Krasnopillia community" (a hromada named for its town); not "the Turkana community"
    if head_tok.dep_ == "compound" and head_tok.head.i >= j and head_tok.head.pos_ == "NOUN":
        return "modifier"
    owned = head_tok.head
    if head_tok.dep_ == "poss" and owned.pos_ == "PROPN" and owned.i >= j and not any(c.is_country for c in cands) \
            and not (owned.i + 1 < len(doc) and doc[owned.i + 1].lower_ in UNIT_WORDS):  # "Bogura's Sherpur upazila"
        return "organisation"  # "the Kurdistan Region's Counter-Terrorism Directorate said": an institution's owner
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.i == head_tok.head.i and head_tok.dep_ in ("compound", "amod", "nmod"):
        return "modifier"
    if head_tok.dep_ in ("nsubj", "nsubjpass") and head_tok.head.lemma_ in SPEECH_VERBS and any(
        c.is_country or c.fcode in ("PPLC", "ADM1") for c in cands
    ):
        return "organisation"
    if _acting_country(head_tok, cands) and not _names_in_brackets(doc, j):
        return "organisation"  # (not a label with its units: "X (Y), Monday: workers clashed ...")
    if head_tok.dep_ == "nsubj" and head_tok.head.lemma_.lower() in GOVERNMENT_VERBS and any(c.fcode == "PPLC" for c in cands):
        return "organisation"  # "Ankara has made similar threats": the government that sits there
    return "location"


def _acting_country(token: Token, cands: tuple[Candidate, ...]) -> bool:
    """A country that is the subject of an act ("Turkey killed 12 fighters in X", "Russia and the
    regime shelled X") is a state acting, not where the act happened; any name that is the subject
    of a verb of fighting ("Mangal and Turi clashed") is a group's."""
    while token.dep_ == "conj" and token.head.i != token.i:  # "Russia and the regime struck X"
        token = token.head
    verb = token.head
    return token.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() not in PLACE_SUBJECT_VERBS \
        and (any(c.is_country for c in cands) or verb.lemma_.lower() in FIGHTING_VERBS)


def _street_tokens(doc: Doc) -> frozenset[int]:
    """Tokens of the names of streets and squares ("rue X", "X Street", "X Road")."""
    out: set[int] = set()
    n = len(doc)
    for tok in doc:
        word = tok.lower_.rstrip(".")
        k = tok.i + 1
        while word in STREET_OPENERS and k + 1 < n and doc[k].lower_ in CONNECTORS and _capitalised(doc[k + 1]):
            k += 1  # "rue de Lyon", "Calle de Burgos"
        if word in STREET_OPENERS and k < n and _capitalised(doc[k]) and \
                (word not in ("avenue", "boulevard") or tok.text[0].isupper()):
            while k < n and (_capitalised(doc[k]) or doc[k].lower_ in CONNECTORS and k + 1 < n and _capitalised(doc[k + 1])):
                out.add(k)
                k += 1
        if word in STREET_CLOSERS and tok.i > 0 and _capitalised(doc[tok.i - 1]) and not tok.is_sent_start and \
                not title_case(tok.sent) and \
                not (word == "st" and tok.i + 1 < n and _capitalised(doc[tok.i + 1])):  # "St Louis" is a saint's town
            k = tok.i - 1
            while k >= 0 and _capitalised(doc[k]) and not doc[k].is_sent_start:
                out.add(k)
                k -= 1
            if k >= 0 and doc[k].text == "-":  # "the Kisii-Homa Bay road" joins two towns: a road between places
                out.difference_update(range(k + 1, tok.i))
    return frozenset(out)


def find_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """All place mentions in the doc, longest-first, non-overlapping."""
    ents = _ent_at(doc)
    taken = [False] * len(doc)
    streets = _street_tokens(doc)
    found: list[Mention] = []
    tails: set[str] = set()  # names read only as the end of a longer name the gazetteer lacks ("Complexo do Salgueiro")
    dem = demonyms()

    def add(i: int, j: int, cands: tuple[Candidate, ...], label: str, role: str | None = None, demonym_of: str | None = None) -> None:
        if _weekday_of_date(doc, i, j):
            return
        span = doc[i:j]
        if j < len(doc) and (kind := UNIT_KINDS.get(doc[j].lower_)) and not any(c.fcode == kind for c in cands):
            # "Hiran region": a unit of that kind under another spelling ("Hiiraan"), beside a namesake town
            cands = cands + tuple(c for c in gaz.lookup_skeleton(span.text) if c.fcode == kind and c not in cands)
        m = Mention(span.start_char, span.end_char, span.text, i, j, cands, label, demonym_of=demonym_of)
        m.role = role or _role(doc, i, j, cands)
        if m.role != "demonym" and not log_field(doc, i) and (
                all(k in streets for k in range(i, j)) or _inside_other_name(doc, i, j, ents, cands) or _article_tail(doc, i)):
            m.role = "name"  # "Jaffa Road", "rue de Lyon": a place's name inside another name
        found.append(m)
        for k in range(i, j):
            taken[k] = True

    # 0. Names with a lower-case article or link inside ("Deir ez Zor", "Ras al Ain", "Mocimboa da Praia",
    # "San Jose del Guaviare", "Petite Riviere de l'Artibonite"), which the small model cuts into two
    # places: the whole name, when the gazetteer has it.
    texts, lowers, caps = _token_table(doc)
    n = len(doc)

    def named(x: int) -> bool:
        return caps[x] or bool(_ELIDED.match(texts[x]))

    for i in range(n - 2):
        if taken[i] or not caps[i]:
            continue
        ends, k, linked = [], i + 1, False
        while k + 1 < n and k - i < MAX_TOKENS and not taken[k]:
            if caps[k] and linked:
                k += 1
            elif lowers[k] in NAME_JOINERS and named(k + 1):
                k, linked = k + 2, True
            elif caps[k] and k + 2 < n and lowers[k + 1] in NAME_JOINERS and named(k + 2):
                k += 1  # a capitalised word before the link: "San Jose" of "San Jose del Guaviare"
                continue
            else:
                break
            ends.append(k)
        for end in reversed(ends):
            cands = lookup_span(gaz, doc[i:end].text, ner=True)
            if _settled(cands) and \
                    not ({ents[x].label_ for x in range(i, end) if ents[x] is not None} & NOT_PLACE_LABELS - WEAK_LABELS):
                add(i, end, cands, "")
                break

    # 0a. A unit or a country named with "and" or "&" inside ("Jammu and Kashmir", "Trinidad and Tobago",
    # "Jammu & Kashmir"), which the small model may cut into a town and a region: the whole name, when the
    # gazetteer holds it as a unit or a country.
    for i in range(n - 2):
        if taken[i] or not caps[i] or lowers[i + 1] not in ("and", "&"):
            continue
        for end in (i + 4, i + 3):
            if end > n or any(taken[x] or not caps[x] for x in range(i + 2, end)):
                continue
            units = tuple(c for c in lookup_span(gaz, doc[i:end].text.replace("&", "and"), ner=True) if c.fclass == "A")
            if units:
                add(i, end, units, "")
                break

    # 0b. "Dara-i-Suf", "Pul-e-Khumri": one name joined by the Persian linking vowel, whether or not the
    # gazetteer has it ("Dara" alone, which the small model tags, is another place).
    for i in range(n - 4):
        if caps[i] and texts[i + 1] == "-" and (k := _ezafe_name_end(doc, i, taken)):
            cands = lookup_span(gaz, doc[i:k].text, ner=True)
            if cands:
                add(i, k, cands, "")
            for x in range(i, k):
                taken[x] = True

    # 1. NER places (GPE/LOC/FAC) and nationalities (NORP).
    for ent in _split_at_spaced_dashes(doc.ents):
        i, j = ent.start, ent.end
        if doc[i].lower_ == "the":
            i += 1
        label = ent.label_
        if j - i > 1 and doc[i].lower_ in UNIT_OPENERS and _capitalised(doc[i]) and label not in ("NORP", "DATE", "TIME"):
            i, label = i + 1, "GPE"  # "Distrik Ilaga" (read as a person): the unit's local word, then its name
        # the small model runs a name on into the coder's bracketed units ("Port-au-Prince (Ouest"): the name ends there
        j = next((k for k in range(i + 1, j) if doc[k].text in ("(", "[")), j)
        if i >= j or any(taken[k] for k in range(i, j)):
            continue
        if label == "NORP":
            cc = dem.get(name_key(doc[i:j].text))
            if cc and (country := gaz.country(cc)) is not None:
                add(i, j, (country,), "NORP", "demonym", cc)
            elif j - i == 1 and (cands := demonym_candidates(gaz, doc[i].text)):
                add(i, j, cands, "NORP", "demonym")
            continue
        if label == "PERSON" and j - i > 1 and _bearing_of(doc, i):
            # "south of Sheikh Zuweid": a bearing is taken from a place, never from a person, so the
            # name is looked up as a place, spelling variants and all (the tagger read a title in it)
            if cands := lookup_span(gaz, doc[i:j].text, ner=True):
                add(i, j, cands, "")
            continue
        if label not in ("GPE", "LOC", "FAC"):
            continue
        text = doc[i:j].text
        if _uncased_in_cased(doc, i, j):
            continue  # "near mosque in Kabul": the small model's GPE on a common noun, no name
        if doc[j - 1].text == "'s" and j - 1 > i:
            j -= 1
            text = doc[i:j].text
        if name_key(text) in never_places() or is_mixed_abbreviation(text) or _after_settlement_opener(doc, i):
            continue
        cands = lookup_span(gaz, text, ner=label != "FAC")
        if j - i == 1 and is_acronym(text) and not acronym_place_ok(doc, text, cands):
            continue
        if label == "FAC" and (name_key(text) in not_places() or not _strong(cands, 5_000)):
            continue  # facilities are mostly buildings and roads, not gazetteer places
        if j - i == 1 and cands and all(c.src == 1 for c in cands) and not _big_place(cands) and not place_cue(doc, i, j):
            continue  # "the Nova music festival": one word that is only another name of a small town abroad
        if j - i == 1 and j < len(doc) and doc[j].pos_ == "PROPN" and _capitalised(doc[j]) and doc[i].head.i >= j \
                and not _big_place(cands):
            continue  # "Las" of "Las Malvas": the model cut a longer name; the gazetteer matcher judges the word
        if not cands and (unit := _unit_with_its_word(doc, gaz, i, j)):
            add(i, j + 1, unit, label)  # "North Wollo zone": GeoNames writes the unit word into the name
            continue
        if cands or label in ("GPE", "LOC"):
            if not cands and j - i > 1:
                continue  # let the gazetteer matcher try the parts
            add(i, j, cands, label)

    # 1b. "Torreon Coahuila", "Celaya Guanajuato": a town and the unit holding it, written without a
    # comma, which the small model reads as one person's name.
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG", "GPE", "LOC") and 2 <= len(ent) <= 5 and not any(taken[k] for k in range(ent.start, ent.end)):
            pair = place_pair(doc, gaz, ent.start, ent.end)
            if pair is not None:
                (a, b, ca), (c, d, cc) = pair
                add(a, b, ca, "")
                add(c, d, cc, "")

    # 1c. "near Kfar Kila - Marjayoun": a town and its district set apart by a spaced dash, which the small model
    # may read as one person's name; both are places, after a word of place, when the gazetteer has them in one
    # province.
    for ent in doc.ents:
        dash = next((t.i for t in ent[1:-1] if _spaced_dash(t)), None)
        if dash is None or any(taken[k] for k in range(ent.start, ent.end)) or not _after_locative(doc, ent.start) \
                or not all(_capitalised(t) for t in doc[ent.start:ent.end] if t.i != dash and t.lower_ not in NAME_ARTICLES):
            continue
        left, right = lookup_span(gaz, doc[ent.start:dash].text, ner=False), lookup_span(gaz, doc[dash + 1:ent.end].text, ner=False)
        held = tuple(c for c in left if not c.is_country and any(r.cc == c.cc and r.a1 == c.a1 and r.id != c.id for r in right))
        if held:
            add(ent.start, dash, held, "")
            add(dash + 1, ent.end, tuple(r for r in right if any(r.a1 == c.a1 and r.cc == c.cc for c in held)), "")

    # 2. Gazetteer matcher over the rest: longest capitalised sequence first.
    i = 0
    while i < n:
        if not taken[i] and lowers[i] in ARABIC_ARTICLES and (k := _article_name_end(doc, i, taken)):
            cands = lookup_span(gaz, doc[i:k].text, ner=True)
            if _settled(cands, True) and \
                    not ({ents[x].label_ for x in range(i, k) if ents[x] is not None} & NOT_PLACE_LABELS - WEAK_LABELS):
                add(i, k, cands, "")  # "al-Bab", "el-Fasher": the article belongs to the name
                i = k
                continue
        if taken[i] or not caps[i]:
            i += 1
            continue
        tok = doc[i]
        key = name_key(tok.text)
        if key in dem and not (ents[i] is not None and ents[i].label_ in ("GPE", "LOC")):
            country = gaz.country(dem[key])
            if country is not None and tok.pos_ in ("ADJ", "PROPN", "NOUN"):
                add(i, i + 1, (country,), "", "demonym", dem[key])
                i += 1
                continue
        matched = False
        limit = i
        while limit < n and limit - i < MAX_TOKENS and not taken[limit] and (caps[limit] or (limit > i and (
                lowers[limit] in CONNECTORS or lowers[limit] in NAME_ARTICLES and limit + 1 < n and caps[limit + 1]
                or texts[limit].isdigit() and limit + 1 < n and caps[limit + 1]))):  # ("South 24 Parganas")
            hyphened = _hyphen_name_end(doc, limit)
            limit = hyphened if not any(taken[limit:hyphened]) else limit + 1
        whole: tuple[int, tuple[Candidate, ...]] | None = None  # the longest name here the gazetteer holds
        for j in range(limit, i, -1):
            if not caps[j - 1]:
                continue
            text = doc[i:j].text
            if j - i > 1 and (name_key(text) in not_places() or name_key(text) in never_places()):
                i, matched = j, True  # "Red Cross": a known name of no place; none of its words is one either
                break
            if name_key(text) in never_places() or j - i == 1 and is_mixed_abbreviation(text):
                continue
            cands = lookup_span(gaz, text, ner=False) or _unit_by_spelling(doc, gaz, i, j) or _kind_said_spelling(doc, gaz, i, text)
            tail = bool(cands) and _after_name_link(doc, i, j, gaz, cands)
            if tail:
                tails.add(text)
            if cands and not tail and _accept_gazetteer_hit(doc, i, j, cands, ents, gaz) and not _after_unknown_name(doc, i, j, gaz, cands, ents) \
                    and not _before_unknown_name(doc, i, j, limit, gaz, cands, ents):
                if whole is not None:
                    j, cands = whole  # "from the direction of Paso Hondo": the name written whole, not its first word
                label = ents[i].label_ if ents[i] is not None else ""
                add(i, j, cands, label)
                i = j
                matched = True
                break
            if cands and whole is None and j - i > 1:
                whole = (j, cands)
        if not matched:
            i += 1
    # 3. One name, one sense: a name read as a place where the text writes it once is a place where the
    # text repeats it ("the cabecera of X" after a headline's "... torched in X"), which neither the small
    # model nor the matcher's caution may see again.
    starts: dict[str, list[int]] = {}
    for x, word in enumerate(texts):
        starts.setdefault(word, []).append(x)
    for m in list(found):
        if m.role != "location" or not m.candidates:
            continue
        cued_only = m.label == "NORP"  # (a name the model took for a people's is repeated as a place only where cued)
        width = m.tok_end - m.tok_start
        for i in starts.get(texts[m.tok_start], ()):
            j = i + width
            if j > n or any(taken[i:j]) or doc[i:j].text != m.text or _after_name_link(doc, i, j, gaz, m.candidates) \
                    or j < n and caps[j] or i > 0 and caps[i - 1] and not _segment_start(doc, i) \
                    or name_key(m.text) in never_places() \
                    or _qualifies_people(doc[j - 1]) or cued_only and not place_cue(doc, i, j):
                continue
            add(i, j, m.candidates, ents[i].label_ if ents[i] is not None else "")
    # "the Complexo do Salgueiro ... residents of the Salgueiro": that place told short, not the town of the name
    longer = {doc[m.tok_end - 1].text: m.candidates for m in found if m.tok_end - m.tok_start >= 3 and m.candidates
              and doc[m.tok_end - 2].lower_ in NAME_LINKS}
    for m in found:
        if m.role != "location" or m.tok_end - m.tok_start != 1 or m.tok_start == 0 or doc[m.tok_start - 1].lower_ != "the":
            continue
        if m.text in longer:
            m.candidates = longer[m.text]
        elif m.text in tails:
            m.role = "name"  # (a longer name the gazetteer lacks: no place of its own)
    found = [_capital_of(doc, gaz, m) for m in found]
    found.sort(key=lambda m: m.start)
    return found



def _qualifies_people(tok: Token) -> bool:
    """The name's last word only says who people are ("young Amhara men", "X workers"): their origin, not
    where anything happened (a camp, a base or a road named after a town is still in or by that town)."""
    head = tok
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i > head.i:
        head = head.head
    return head.i != tok.i and head.lemma_.lower() in _people_nouns()


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    from dateline.counts.numbers import load_vocabulary

    return frozenset(w.lower() for w in load_vocabulary().data.get("person_nouns") or [])


def _spaced_dash(tok: Token) -> bool:
    """A dash with a space on each side, between two names ("Brital - Baalbek"), not a hyphen inside one."""
    return tok.text in ("-", "\u2013") and tok.i > 0 and bool(tok.whitespace_) and bool(tok.doc[tok.i - 1].whitespace_)


def _split_at_spaced_dashes(ents: Iterable[Span]) -> Iterator[Span]:
    """Place entities cut at a dash with spaces on both sides: "Brital - Baalbek", "Alma al-Shaab - Tyre" is a
    town and the district that holds it (an army statement's way), two names, not one the gazetteer lacks."""
    for ent in ents:
        dashes = [t.i for t in ent[1:-1] if _spaced_dash(t)] if ent.label_ in ("GPE", "LOC") else []
        for start, end in zip([ent.start] + [d + 1 for d in dashes], dashes + [ent.end]):
            yield Span(ent.doc, start, end, label=ent.label_) if dashes else ent


WEEKDAY_ABBREVIATIONS = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})


MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})


def _weekday_of_date(doc: Doc, i: int, j: int) -> bool:
    """"compiled Mon 30 Oct", "30 Oct 2023 (Mon)", "Wednesday, Nov 8": a weekday's or a month's short form
    before a day of the month, or a weekday's in brackets after a date, is no place (Mon State, Nov)."""
    if j - i != 1 or j >= len(doc):
        return False
    word = doc[i].lower_.rstrip(".")
    if word in MONTH_ABBREVIATIONS:
        after = doc[j + (doc[j].text == ".")] if j + 1 < len(doc) else doc[j]
        return after.text.isdigit() and 1 <= int(after.text) <= 31 or i > 0 and doc[i - 1].text.isdigit() and 1 <= int(doc[i - 1].text) <= 31
    if word not in WEEKDAY_ABBREVIATIONS:
        return False
    if i >= 2 and doc[i - 1].text == "(" and doc[j].text == ")" and (doc[i - 2].ent_type_ == "DATE" or doc[i - 2].like_num):
        return True
    k = j + (doc[j].text in (",", "."))
    if k >= len(doc):
        return False
    after = doc[k].text
    return after.isdigit() and 1 <= int(after) <= 31 or re.match(r"\d{1,2}(?:st|nd|rd|th)$", after) is not None


def _capital_of(doc: Doc, gaz: Gazetteer, m: Mention) -> Mention:
    """"the Somali capital", "Kenya's capital": wire copy's name for a country's capital, which is the
    place (not the country) when no name of it follows ("the Afghan capital, Kabul" names it itself)."""
    k = m.tok_end + (m.tok_end < len(doc) and doc[m.tok_end].text in ("'s", "’s"))
    if k >= len(doc) or doc[k].lower_ != "capital" or k + 1 < len(doc) and (
            _capitalised(doc[k + 1]) or doc[k + 1].lower_ == "of"
            or doc[k + 1].text == "," and k + 2 < len(doc) and _capitalised(doc[k + 2])):
        return m
    if m.role == "demonym":
        cc = m.demonym_of or next((c.cc for c in m.candidates if c.is_country), None)
    else:
        cc = next((c.cc for c in m.candidates if c.is_country), None)
    capital = gaz.capital(cc)
    if capital is None or doc[k].dep_ in ("compound", "amod", "nmod") or m.role == "demonym" and (
            m.tok_start == 0 or doc[m.tok_start - 1].lower_ != "the"):
        return m  # (a demonym needs its article: "the Somali capital", and "capital markets" are no place)
    end = doc[k].idx + len(doc[k].text)
    return Mention(m.start, end, doc_text(doc)[m.start:end], m.tok_start, k + 1, (capital,), "", role="location")


def place_pair(doc: Doc, gaz: Gazetteer, i: int, j: int) -> tuple[tuple[int, int, tuple[Candidate, ...]], ...] | None:
    """Split tokens i..j into a place and a unit that holds it ("Torreon Coahuila"), or None."""
    if not all(_capitalised(t) for t in doc[i:j]):
        return None
    whole = lookup_span(gaz, doc[i:j].text, ner=False)
    if whole:
        return None
    for k in range(j - 1, i, -1):
        inner, outer = lookup_span(gaz, doc[i:k].text, ner=False), lookup_span(gaz, doc[k:j].text, ner=False)
        units = [o for o in outer if o.is_country or o.fcode in ("ADM1", "ADM2")]
        held = tuple(c for c in inner if any(_holds(u, c) for u in units))
        if held:
            return (i, k, held), (k, j, tuple(units))
    return None


def _holds(unit: Candidate, c: Candidate) -> bool:
    if unit.cc != c.cc or unit.id == c.id or c.is_country:
        return False
    if unit.is_country:
        return True
    return c.a1 == unit.a1 if unit.fcode == "ADM1" else c.a2 == unit.a2 and c.fcode != "ADM1"


# The Persian linking vowel written between hyphens: "Mazar-i-Sharif", "Pul-e-Khumri", "Qala-e-Naw".
EZAFE = frozenset({"i", "e", "ye", "yi"})


def _ezafe_name_end(doc: Doc, i: int, taken: list[bool]) -> int:
    """End of a name joined by a hyphenated linking vowel ("Dara-i-Suf"), or 0."""
    if i + 4 >= len(doc) or not _capitalised(doc[i]) or any(taken[i:i + 5]):
        return 0
    a, v, b, last = doc[i + 1], doc[i + 2], doc[i + 3], doc[i + 4]
    if a.text == "-" and v.lower_ in EZAFE and _capitalised(b) and v.whitespace_ and not doc[i].whitespace_ \
            and not a.whitespace_:
        return i + 4  # "Mazar-e Sharif": the vowel hyphened to the first word only
    if a.text != "-" or b.text != "-" or v.lower_ not in EZAFE or not _capitalised(last) \
            or any(t.whitespace_ for t in doc[i:i + 4]):
        return 0
    return i + 5


def _hyphen_name_end(doc: Doc, i: int) -> int:
    """End of a capitalised name whose words are joined by hyphens with no space ("Port-au-Prince",
    "Petion-Ville", "Croix-des-Bouquets"), which the tokenizer splits; ``i + 1`` when none starts at ``i``."""
    end = i + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and (doc[end + 1].is_alpha or _ELIDED.match(doc[end + 1].text)):
        end += 2
    last = doc[end - 1]
    return end if end > i + 1 and _capitalised(doc[i]) and (_capitalised(last) or _ELIDED.match(last.text)) else i + 1


# A French article elided onto the name it opens ("l'Artibonite"), also one word after a hyphen ("Saut-d'Eau").
_ELIDED = re.compile(r"^[dlDL]['\u2019][A-ZÀ-Ý]\w*$")


def _article_name_end(doc: Doc, i: int, taken: list[bool]) -> int:
    """End of an article joined to a name ("al-Bab", "el-Fasher"), or 0.  Capitalised ("Al-Raqqah")
    the article also opens names of groups and media ("Al-Shabaab", "Al-Jazeera"), so it must stand
    where a place does: after a preposition of place or before a place noun."""
    if doc[i].lower_ not in ARABIC_ARTICLES or i + 2 >= len(doc) or doc[i + 1].text != "-" \
            or doc[i].whitespace_ or doc[i + 1].whitespace_ or not _capitalised(doc[i + 2]) or taken[i + 2]:
        return 0
    if doc[i].text[0].isupper() and not place_cue(doc, i, i + 3):
        return 0
    if i > 0 and _capitalised(doc[i - 1]) and doc[i - 1].whitespace_:
        return 0  # "Daraa al-Balad": the article joins the name before it; "al-Balad" alone is no town of Iraq
    return i + 3


def forced_mention(doc: Doc, gaz: Gazetteer, start: int, end: int, text: str | None = None) -> Mention:
    """A mention at a given character span (gold-span evaluation, user-marked places)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        raise ValueError(f"characters {start}-{end} do not fall inside the document")
    text = text or doc_text(doc)[start:end]
    key = name_key(text)
    dem = demonyms()
    if key in dem and (country := gaz.country(dem[key])) is not None:
        m = Mention(start, end, text, span.start, span.end, (country,), "NORP", "demonym", dem[key], forced=True)
        return m
    cands = lookup_span(gaz, text, ner=True)
    if not cands and text.lower().startswith("the "):
        cands = lookup_span(gaz, text[4:], ner=True)
    if not cands:
        cands = demonym_candidates(gaz, text)
    m = Mention(start, end, text, span.start, span.end, cands, "", forced=True)
    m.role = _role(doc, span.start, span.end, cands)
    return m
