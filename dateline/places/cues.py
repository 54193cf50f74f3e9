"""What the words around a name say of it: the token-context tests of place recognition.

A preposition or a bearing of place before the name ("in X", "east of X", "20 km from X"), a place noun
after it ("X province"), a strike or a taking of ground ("airstrikes on X", "rebels captured X"), an
apposition that calls it a place ("X, a town in Y"), a coder's units in brackets ("X (Y, Z)"), a log's
or a list's label ("X: ...", "[4] 27 Oct | X |"), a headline in title case where capitals mark nothing.
``recognize.find_mentions`` and ``gazetteer_hits.py`` ask them of every name; the resolver reads
``place_cue``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dateline.places.gazetteer import Candidate, Gazetteer
from dateline.places.normalize import ARABIC_ARTICLES
from dateline.places.vocabulary import linking_words
from dateline.nlp import LOG_LABEL, doc_cache, doc_text
from dateline.places.lookup import _big_place, _settled
from dateline.places.name_words import (CONNECTORS, CONTROL_ADJECTIVES, DIRECTIONS, DIRECTION_ADJECTIVES, LOCATIVE_PREPS,
                                        NAME_ARTICLES, PLACE_NOUNS, SEAT_WORDS, STRIKE_WORDS, STRUCK_OF_NOUNS, STRUCK_VERBS,
                                        SURROUNDS, TAKING_NOUNS, TAKING_VERBS, TOWN_SITES, UNIT_WORDS, VILLAGE_OPENERS)
from dateline.times.lexicon import vocab


def _capitalised(tok: Token) -> bool:
    t = tok.text
    return bool(t) and t[0].isupper() and any(ch.isalpha() for ch in t)


def _after_named_village(doc: Doc, i: int) -> bool:
    """The name follows "<village word> <Name>," ("Barangay Dahile, X", "vereda La Palma, X", "Kampung Baru, X"): a
    village's name, then the town or municipality that holds it."""
    k = i - 1
    if k < 2 or doc[k].text != ",":
        return False
    k -= 1
    while k > 0 and _capitalised(doc[k]) and doc[k].lower_ not in VILLAGE_OPENERS:
        k -= 1
    return k < i - 2 and doc[k].lower_ in VILLAGE_OPENERS


def _town_site_follows(doc: Doc, j: int) -> bool:
    """A site named for the town it serves follows the name ("the Jamrud police station", "the X bus stand"): sites
    seldom named after a person, so the name is the town's whatever the small model called it."""
    after = " ".join(t.lower_ for t in doc[j: j + 3])
    return any(after == s or after.startswith(s + " ") for s in TOWN_SITES)


def _unit_after_place(doc: Doc, i: int, j: int, cands: tuple[Candidate, ...], gaz: Gazetteer) -> bool:
    """The name closes "<town>, <name>" after a preposition of place, and the gazetteer has it as a
    district or province, or a town, of the town's own country: the unit the town is in."""
    if i < 3 or doc[i - 1].text != "," or j < len(doc) and (doc[j].pos_ in ("VERB", "AUX") or _capitalised(doc[j])):
        return False
    k = i - 2
    while k > 0 and _capitalised(doc[k - 1]) and i - 1 - k < 3:
        k -= 1
    if not _capitalised(doc[k]) or not _after_locative(doc, k):
        return False
    before = {c.cc for c in gaz.lookup(doc[k:i - 1].text) if c.fclass in ("P", "A")}
    return any(c.cc in before and (c.fclass == "A" and not c.is_country or c.fclass == "P" and c.pop >= 1000) for c in cands)


BRACKET_TOKENS = 12  # how far a coder's bracket of units may run


def _held_by_bracketed_units(doc: Doc, j: int, cands: tuple[Candidate, ...], gaz: Gazetteer) -> bool:
    """The name is followed by brackets naming a province or district that holds one of its places
    ("Garowe (Nugaal)", "Nasir town (Nasir county, Upper Nile)"): a coder's way of writing a place,
    whatever the tagger made of the name (it calls many such names persons)."""
    from dateline.places.geocode import split_kind

    k = j + 1 if j < len(doc) and doc[j].lower_ in PLACE_NOUNS else j  # "Nasir town (...)"
    if k >= len(doc) or doc[k].text != "(":
        return False
    end = next((e for e in range(k + 1, min(len(doc), k + BRACKET_TOKENS)) if doc[e].text == ")"), None)
    if end is None:
        return False
    towns = [c for c in cands if c.fclass == "P"]
    for part in doc[k + 1:end].text.split(","):
        for unit in gaz.lookup(split_kind(part)[0]):
            if unit.fcode == "ADM1" and any(c.cc == unit.cc and c.a1 == unit.a1 for c in towns) or \
                    unit.fcode == "ADM2" and any(c.cc == unit.cc and c.a2 and c.a2 == unit.a2 for c in towns):
                return True
    return False


def _route_end(doc: Doc, i: int, j: int) -> bool:
    """The name is an end of a road the text names ("on the road between X and Y", ``route_words`` of
    linking.yaml): a place, whatever the small model, which tags unfamiliar names after "between" as
    people, made of it."""
    end = doc[i:j].root
    if end.dep_ == "conj":  # "... and Y"
        end = end.head
    prep = end.head
    return end.dep_ == "pobj" and prep.lower_ == "between" and prep.head.lemma_.lower() in linking_words("route_words")


def _placed_by_distance(doc: Doc, j: int) -> bool:
    """The name is followed by its distance from another place ("X, about 130 km northeast of Y,"): a
    place, though it opens the sentence."""
    window = doc[j: j + 5]
    return j < len(doc) and doc[j].text == "," and any(t.lower_ in linking_words("distance_words") for t in window) \
        and any(t.like_num for t in window)


def _segment_start(doc: Doc, i: int) -> bool:
    """The token opens a sentence or a segment the parser may not split ("Killed | Exchange of
    fire ...", a new line, a quote), where a capital marks no name."""
    if doc[i].is_sent_start or i == 0:
        return True
    prev = doc[i - 1]
    return prev.text in ("|", "•", '"', "“", "—", "–") or "\n" in prev.text or "\n" in prev.whitespace_


def title_case(sent: Span) -> bool:
    """A headline written in title case, where capitals do not mark names: words of four letters
    or more after the first are capitalised (at least three, and at most one in eight not)."""
    cache = doc_cache(sent.doc)
    key = ("title_case", sent.start)
    if key not in cache:
        words = [t for t in sent[1:] if t.is_alpha and len(t) >= 4]
        caps = sum(1 for t in words if t.text[0].isupper())
        # a sentence full of names still has lower-case verbs and nouns ("clashed on the outskirts of")
        cache[key] = caps >= 3 and len(words) - caps <= max(1, len(words) // 8)
    return bool(cache[key])


def _after_locative(doc: Doc, i: int) -> bool:
    """"in X", "near X", "in western X", "in the town of X", "the countryside of X", "east of X", "near the X
    camp"."""
    k = i - 1
    if k >= 1 and doc[k].lower_ == "the" and _kind_follows(doc, i):
        k -= 1  # "near the Zemio displacement site" reads "near" once the kind follows the name
    if k >= 1 and doc[k].lower_ in DIRECTION_ADJECTIVES:
        k -= 1
    if k >= 1 and doc[k].lower_ in CONTROL_ADJECTIVES:
        k -= 1  # "in occupied X"; "in Russian-occupied X", "in rebel-held X": the holder joined by a hyphen
        if k >= 2 and doc[k].text in ("-", "\u2013") and not doc[k].whitespace_ and not doc[k - 1].whitespace_:
            k -= 2
    if k >= 1 and doc[k].lower_ == "of" and (doc[k - 1].lower_ in PLACE_NOUNS or doc[k - 1].lower_ in SURROUNDS
                                             or doc[k - 1].lower_ in DIRECTIONS or _compass_point_at(doc, k - 1)
                                             or doc[k - 1].lower_ == "out"  # "the road out of X", "just out of X"
                                             or doc[k - 1].lower_ in linking_words("part_nouns")):  # "the market of X"
        return True
    if k >= 1 and doc[k].lower_ in PLACE_NOUNS and _capitalised(doc[k]):
        k -= 1  # "in Distrik Ilaga", "in Kampung X": the local word for the unit, written before its name
    return k >= 0 and doc[k].lower_ in ("in", "near", "outside", "at") or _distance_from(doc, i)


def _kind_follows(doc: Doc, i: int) -> bool:
    """A word for a kind of place or site closes the noun phrase the name opens ("the Zemio displacement site")."""
    for tok in doc[i + 1: i + 4]:
        if tok.lower_ in PLACE_NOUNS or tok.lower_ in linking_words("site_words"):
            return True
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
            return False
    return False


def _distance_from(doc: Doc, i: int) -> bool:
    """"10 kilometres from X", "15 km away from X": a distance measured from a name makes it a place."""
    k = i - 1
    if k < 2 or doc[k].lower_ != "from":
        return False
    k -= 1 + (doc[k - 1].lower_ == "away")
    return doc[k].lower_ in linking_words("distance_words") and doc[k - 1].like_num


def _bearing_of(doc: Doc, i: int) -> bool:
    """The name follows a bearing or the land around a place and "of": "south of X", "the outskirts of X",
    or a note's distance and compass point ("~15 km E of X")."""
    return i >= 2 and doc[i - 1].lower_ == "of" and (doc[i - 2].lower_ in DIRECTIONS or doc[i - 2].lower_ in SURROUNDS
                                                      or _compass_point_at(doc, i - 2))


# A compass point written short, as notes write it after a distance: "15 km E of X", "20km NNW of Y".
COMPASS_POINTS = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW", "NNE", "ENE", "ESE", "SSE", "SSW", "WSW", "WNW", "NNW"})


def _compass_point_at(doc: Doc, k: int) -> bool:
    """Token k is a short compass point after a distance ("15 km E"), not a letter or an initial."""
    return doc[k].text in COMPASS_POINTS and k >= 2 and doc[k - 1].lower_ in linking_words("distance_words") \
        and any(ch.isdigit() for ch in doc[k - 2].text)


def _quarter_follows(doc: Doc, j: int) -> bool:
    """An article-joined name follows ("Daraa al-Balad", a town's old quarter): the model calls the
    whole a person, but after a preposition of place the town is the place."""
    return j + 2 < len(doc) and doc[j].lower_ in ARABIC_ARTICLES and doc[j + 1].text in ("-", "–") \
        and _capitalised(doc[j + 2])


def noun_after(doc: Doc, j: int) -> str:
    """The word after a name at token ``j``, lower-cased, reading a unit written with "sub-" as its
    kind ("Koui sub-prefecture", "Nakapiripirit sub-county": the tokenizer cuts off "sub")."""
    if j >= len(doc):
        return ""
    if doc[j].lower_ == "sub" and j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_:
        return doc[j + 2].lower_
    return doc[j].lower_


def place_cue(doc: Doc, i: int, j: int) -> bool:
    """A preposition of place before the name or a place noun after it ("in X", "X province"),
    or the target of a strike ("airstrikes on X")."""
    prev = doc[i - 1].lower_ if i > 0 else ""
    return prev in LOCATIVE_PREPS or noun_after(doc, j) in PLACE_NOUNS or _strike_target(doc, i) or _after_locative(doc, i) \
        or in_unit_brackets(doc, i, j) or log_field(doc, i) or _hashtag_label(doc, i, j)


def _hashtag_label(doc: Doc, i: int, j: int) -> bool:
    """A hashtag that labels a post's line, "3/ #X, Mon 19 Sept: ...", "1/ URGENT - #X, Friday.": the place the post
    tells of."""
    return i > 0 and doc[i - 1].text == "#" and j < len(doc) and doc[j].text in (",", ":") \
        and (i < 2 or doc[i - 2].is_space or doc[i - 2].text.endswith("/") or doc[i - 2].like_num
             or doc[i - 2].text in ("-", "\u2013", "\u2014", ":"))


def log_field(doc: Doc, i: int) -> bool:
    """The name opens a field of a log entry's label, or a name listed in one ("[4] 27 Oct 2023 | X | Y, Z
    union"): a coder's place fields, which hold places."""
    prev = doc[i - 1] if i > 0 else None
    if prev is None or prev.text not in ("|", ","):
        return False
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, doc[i].idx) + 1
    line_end = text.find("\n", doc[i].idx)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if not LOG_LABEL.match(line):
        return False
    field = text[text.rfind("|", line_start, doc[i].idx) + 1:doc[i].idx]
    return prev.text == "|" or "|" in line[:doc[i].idx - line_start] and not re.search(r"\d", field)


def in_unit_brackets(doc: Doc, i: int, j: int) -> bool:
    """The name is one of the units written in brackets after a place, the coder's way of saying
    where it lies: "Nasib village (Markaz Daraa, Daraa)", "Kiwanja (Rutshuru, North Kivu)"."""
    def unit_word(tok: Token) -> bool:  # "(Eastern zone, Tigray)": a unit's kind may be written in lower case
        return tok.text == "," or _capitalised(tok) or tok.lower_ in CONNECTORS or tok.lower_ in NAME_ARTICLES \
            or tok.lower_ in UNIT_WORDS

    k = i - 1
    while k >= 0 and unit_word(doc[k]):
        k -= 1
    end = j
    while end < len(doc) and unit_word(doc[end]):
        end += 1
    if k < 1 or doc[k].text != "(" or end >= len(doc) or doc[end].text != ")":
        return False
    before = doc[k - 1]
    # after a feature a coder named in lower case ("military camp (Qa'tabah, Dali)"), two units or more
    listed = before.pos_ == "NOUN" and any(doc[x].text == "," for x in range(k + 1, end))
    return _capitalised(before) or before.lower_ in PLACE_NOUNS or listed


def _strike_target(doc: Doc, i: int) -> bool:
    """"airstrikes on X", "raids on X", "the assault on X" (with "the" or "al-" between); "the shelling of X";
    "artillery shelled X" (a verb of striking ground, ``struck_verbs``, right before the name)."""
    k = i - 1
    while k > 0 and doc[k].lower_ in ("the", "al", "-"):
        k -= 1
    if k >= 0 and k == i - 1 and doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in STRUCK_VERBS:
        return True
    if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in STRUCK_OF_NOUNS:
        return True
    return k >= 1 and doc[k].lower_ == "on" and doc[k - 1].lemma_.lower().replace("-", "") in STRIKE_WORDS


def _taken_place(doc: Doc, i: int, j: int) -> bool:
    """"rebels captured X", "troops retook X", "took control of X": the object of a verb of taking ground
    (``taking_verbs``), which the small model often calls a person."""
    root = doc[i:j].root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in TAKING_NOUNS:
        return True  # "the recapture of X", "after the fall of X"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ == "control":
        root = root.head.head  # "seized control of X"
    # "captured Ali, a senior commander": a name with a description of its own is a person's
    return root.dep_ == "dobj" and root.head.lemma_.lower() in TAKING_VERBS \
        and not any(c.dep_ == "appos" for c in root.children) or described_as_place(doc[i:j])


def described_as_place(span: Span) -> bool:
    """The name's apposition says it is a place: "Kabo, a town in Ouham-Fafa", "Ndim, a locality of X", "Mota,
    the seat of X district"."""
    return any(c.dep_ == "appos" and (c.lemma_.lower() in PLACE_NOUNS or c.lower_ in SEAT_WORDS and any(
        p.dep_ == "prep" and p.lower_ == "of" for p in c.children)) for c in span.root.children)


def _label_opening(doc: Doc, i: int, j: int, cands: tuple[Candidate, ...]) -> bool:
    """"Aleppo: ...", "Sinaloa: ...": a big place opening the text, or a line (after a list's number:
    "6/ GEZIRA: ..."), before a colon labels where the report (or that item) is from, the way a dateline does.
    After the item's day ("5 November, Toumour: fighters raided the town ..."), a town of the gazetteer labels it
    whatever follows."""
    if j < len(doc) and doc[j].text == ":" and _after_dated_lead(doc, i):
        # (there any spelling of a town will do: "Friday 1 Nov – Tamboul: ..." is Tambul)
        return _settled(cands) and any(c.fclass in ("P", "A") for c in cands)
    if not (_opens_line(doc, i) and j < len(doc) and doc[j].text == ":"):
        return False
    # a smaller town labels its item too when what follows goes on in lower case, a telegraphic entry ("Qana: an
    # Israeli strike flattened a house"), not a speaker's words after a name ("Qana: We were asleep")
    return _big_place(cands) or j + 1 < len(doc) and doc[j + 1].is_lower and doc[j + 1].is_alpha and doc[j + 1].pos_ != "PRON" \
        and (_settled(cands, main_name=True) or any(c.pop >= 100_000 for c in cands)) and any(c.fclass in ("P", "A") for c in cands)


# A log item's day, then a comma or a spaced dash, before its place label: "- Night of Thursday 4 to Friday 5 November, ",
# "5 Nov 2021, ", "7/ Friday 1 Nov – ".
_DATED_LEAD = re.compile(r"^\s*(?:[-*\u2022\u2013\u2014]\s*)?[^\n,:;.]{0,60}?\b(?:" + vocab().month_re + "|" + vocab().weekday_re
                         + r")(?![a-z])[^\n,:;.]{0,20}(?:,|\s[-\u2013\u2014])\s*$", re.IGNORECASE)


def _after_dated_lead(doc: Doc, i: int) -> bool:
    """Nothing but the item's day, with a month or weekday and a digit, stands before token ``i`` on its line."""
    text = doc_text(doc)
    start = doc[i].idx
    line = text.rfind("\n", 0, start) + 1
    lead = text[line:start]
    return bool(re.search(r"\d", lead)) and _DATED_LEAD.match(lead) is not None


_HEADING_DATE = re.compile(r"\s*[-\u2013\u2014]\s*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|"
                           r"\d{1,2}\s+[A-Za-z]{3}|[A-Za-z]{3,9}\.?\s+\d{1,2}\b)[^\n:]{0,40}:", re.I)


def _dated_heading(doc: Doc, i: int, j: int) -> bool:
    """"Kech - Wednesday, Nov 8: ...", "Gao – 14 March: ...": a round-up's item opens with its place, a dash
    and its day, the way a dateline does."""
    return _opens_line(doc, i) and j < len(doc) and _HEADING_DATE.match(doc_text(doc), doc[j - 1].idx + len(doc[j - 1])) is not None


_ITEM_NUMBER = re.compile(r"^(?:#?\d{1,3}[/.)]?|[/.)#\-\u2013\u2014]|\d{1,2}[:.h]\d\d)$")  # (a thread's "9/ 18:45 - X:")


def _names_in_brackets(doc: Doc, j: int) -> bool:
    """A bracket of capitalised names opens at ``j`` ("(Cooch Behar)", "(Mopti, Mali)"): the units a place is
    labelled with; a group is not."""
    if j >= len(doc) or doc[j].text != "(":
        return False
    k = j + 1
    while k < len(doc) and k - j <= BRACKET_TOKENS and (_capitalised(doc[k]) or doc[k].text in (",", "-")):
        k += 1
    return k > j + 1 and k < len(doc) and doc[k].text.startswith(")")


def _units_bracket_end(doc: Doc, j: int) -> int | None:
    """The token after a bracket of units that opens at ``j`` ("(Mayo-Moskota arrondissement)", "(Mokolo,
    Mayo-Tsanaga)": capitalised names and unit words only) and after a colon right behind it, or None: a label's
    colon is then ``doc[end - 1]``'s last character (the tokenizer may keep "):" as one token)."""
    if j >= len(doc) or doc[j].text != "(":
        return None
    k = j + 1
    while k < len(doc) and k - j <= BRACKET_TOKENS and not doc[k].text.startswith(")"):
        tok = doc[k]
        if not (_capitalised(tok) or tok.lower_ in UNIT_WORDS or tok.text in (",", "-") or tok.lower_ in CONNECTORS):
            return None
        k += 1
    closed = k < len(doc) and doc[k].text.startswith(")") and any(doc[x].lower_ in UNIT_WORDS for x in range(j + 1, k))
    if not closed:
        return None
    return k + 1 if doc[k].text != ")" or k + 1 >= len(doc) or doc[k + 1].text != ":" else k + 2


def _opens_line(doc: Doc, i: int) -> bool:
    """Nothing but a list item's number stands before token ``i`` on its line."""
    k = i - 1
    while k >= 0 and "\n" not in doc[k].text and "\n" not in doc[k].whitespace_ and _ITEM_NUMBER.match(doc[k].text):
        k -= 1
    return k < 0 or "\n" in doc[k].text or "\n" in doc[k].whitespace_
