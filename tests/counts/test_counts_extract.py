"""Counts of people found in sentences we wrote ourselves."""

from __future__ import annotations

from functools import lru_cache

import pytest

from dateline import pipeline
from dateline.counts import count_mentions, set_count_mentions
from dateline.counts.numbers import load_vocabulary
from dateline.types import Article


@lru_cache(maxsize=1)
def nlp():
    return pipeline.build(stages=["actors", "counts"])


def counts(text: str) -> list[tuple[str, int, int]]:
    doc = next(pipeline.process(nlp(), [Article(text=text)]))
    return [(c.kind, c.low, c.high) for c in count_mentions(doc)]


@pytest.mark.parametrize(
    "phrase, value",
    [("57", 57), ("1,200", 1200), ("Fifty-seven", 57), ("fifty seven", 57), ("a dozen", 12),
     ("one hundred and twenty", 120), ("two thousand", 2000), ("2.5 million", 2500000), ("eleven", 11)],
)
def test_number_values(phrase, value):
    found = load_vocabulary().find(phrase)
    assert len(found) == 1 and found[0].low == value == found[0].high


def test_ranges_bounds_and_vague_words():
    vocab = load_vocabulary()
    between = vocab.find("between 10 and 15")[0]
    assert (between.low, between.high) == (10, 15)
    assert vocab.find("at least 5")[0].bound == "lower"
    assert vocab.find("dozens")[0].low == 12 and vocab.find("dozens")[0].vague


def test_a_dateline_s_day_and_the_count_after_its_dash_are_two_numbers():
    """"KYIV, Aug 4 - Three people were killed": a figure and a word (or a smaller figure) across a spaced dash are
    a date's day and a count, no range (read as one, the count was lost)."""
    vocab = load_vocabulary()
    assert [(e.low, e.high) for e in vocab.find("KYIV, Aug 4 - Three people were killed")] == [(4, 4), (3, 3)]
    assert [(e.low, e.high) for e in vocab.find("KYIV, Aug 14 - 9 people were killed")] == [(14, 14), (9, 9)]
    assert [(e.low, e.high) for e in vocab.find("20 - 30 people")] == [(20, 30)]  # a range still
    assert vocab.find("hundreds")[0].low == 100
    assert vocab.find("several")[0].low == 3
    assert vocab.find("someone") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bandits killed 6 civilians at a market in Katsina.", [("fatalities", 6, 6)]),
        ("Six people were killed when the bus hit a mine.", [("fatalities", 6, 6)]),
        ("By evening the death toll rose to 12.", [("fatalities", 12, 12)]),
        ("Dozens dead as shelling hits the old town.", [("fatalities", 12, 12)]),
        ("Hundreds were detained after the march.", [("arrested", 100, 100)]),
        ("Several villagers were wounded in the raid.", [("injured", 3, 3)]),
        ("At least 5 soldiers died in the ambush.", [("fatalities", 5, 5)]),
        ("Between 10 and 15 people were killed in the fighting.", [("fatalities", 10, 15)]),
        ("A soldier was killed at the checkpoint.", [("fatalities", 1, 1)]),
        ("Two policemen and a child died in the blast.", [("fatalities", 3, 3)]),
        ("The explosion wounded 1,200 people across the district.", [("injured", 1200, 1200)]),
        ("Police detained three suspects after the raid.", [("arrested", 3, 3)]),
        ("Gunmen kidnapped fourteen students from a school.", [("abducted", 14, 14)]),
        ("Fifty-seven fighters surrendered to the army.", [("surrendered", 57, 57)]),
        ("Officers busted an eight-member gang in the suburbs.", [("arrested", 8, 8)]),
        ("Troops shot dead two men at a roadblock.", [("fatalities", 2, 2)]),
        ("One trader was fatally injured at the market.", [("fatalities", 1, 1)]),
        ("Two guards were mortally wounded in the raid.", [("fatalities", 2, 2)]),
        ("The strike killed five fighters and wounded 12 others.", [("fatalities", 5, 5), ("injured", 12, 12)]),
        ("Scores of farmers were abducted from their fields.", [("abducted", 20, 20)]),
        ("Many protesters were killed in the crackdown.", [("fatalities", 10, 10)]),
        ("12 people killed in attack on a wedding.", [("fatalities", 12, 12)]),
        ("A total of three herders were killed and two others wounded.", [("fatalities", 3, 3), ("injured", 2, 2)]),
        ("Two guards sustained injuries in the blast.", [("injured", 2, 2)]),
        ("The number of deaths climbed to 31 overnight.", [("fatalities", 31, 31)]),
        ("Several hundred students were detained.", [("arrested", 100, 100)]),
        ("The commander was killed in the raid.", [("fatalities", 1, 1)]),
        ("Farmers and herders fought over a well, leaving at least 18 people dead.", [("fatalities", 18, 18)]),
        ("Soldiers shot dead a Palestinian near the checkpoint.", [("fatalities", 1, 1)]),
        ("The army killed a Lebanese in a drone strike.", [("fatalities", 1, 1)]),
        # a coder's bare figure before a participle, no noun
        ("Rival militias exchanged fire near the ford. 3 killed, 4 injured.", [("fatalities", 3, 3), ("injured", 4, 4)]),
        ("Fighting broke out near the well. 2 killed.", [("fatalities", 2, 2)]),
        # the small model calls "20 assailants" a quantity; a person noun keeps the count
        ("Troops repelled the raid on the outpost. 20 assailants were killed.", [("fatalities", 20, 20)]),
        # a headline's figure after a semicolon; a headline's dead parsed as the subject of an active verb
        ("Militia, army clash near the lake; 14 dead", [("fatalities", 14, 14)]),
        ("Nine herders hacked to death in Plateau", [("fatalities", 9, 9)]),
        ("A drone strike killed a family of six near the camp.", [("fatalities", 6, 6)]),
        # a headline drops "was"; the second verb's dead are the first verb's subject
        ("Police chief ambushed and killed in Tabasco", [("fatalities", 1, 1)]),
        ("Three rangers were ambushed and killed near the park gate on Friday.", [("fatalities", 3, 3)]),
        # the wounded who died later
        ("Four guards succumbed to their wounds in hospital.", [("fatalities", 4, 4)]),
        # an army statement's word for the civilians killed
        ("Shelling hit the square, resulting in the martyrdom of three citizens.", [("fatalities", 3, 3)]),
        # people told with what they were doing, parsed with the participle as the subject
        ("On Friday two brothers herding goats were killed when a mine went off.", [("fatalities", 2, 2)]),
        ("Four women fetching water were abducted near the camp.", [("abducted", 4, 4)]),
        ("Three boys collecting firewood were wounded by a mine on Monday.", [("injured", 3, 3)]),
        ("A crowd beat to death a 60-year-old woman accused of sorcery.", [("fatalities", 1, 1)]),
        # a date in figures before the victim is no count of the dead
        ("On Friday, 16/02/2024, a trader was killed near the market.", [("fatalities", 1, 1)]),
        ("On 03.11.2023 a driver was killed at the checkpoint.", [("fatalities", 1, 1)]),
    ],
)
def test_counts_in_sentences(text, expected):
    assert counts(text) == expected


def test_a_quantity_of_things_stays_no_count():
    assert counts("The convoy carrying 20 tonnes of flour was looted and 3 drivers were killed.") == [("fatalities", 3, 3)]


@pytest.mark.parametrize(
    "text",
    [
        "The amnesty ran for two weeks in October 2015 and cost 5 million dollars.",
        "A 25-year-old man gave a speech to 300 delegates.",
        "Prices rose 10% and 57 new shops opened.",
        "The army captured a town and three villages.",
        "The ministry said 40 schools would reopen.",
        "Bomb disposal officers neutralised an explosive device left outside the court.",
        "Engineers neutralized a landmine buried on the track.",
    ],
)
def test_dates_ages_money_and_things_are_not_counts(text):
    assert counts(text) == []


def test_evidence_span_covers_the_figure():
    text = "Police arrested 8 people, including a journalist."
    doc = next(pipeline.process(nlp(), [Article(text=text)]))
    [count] = count_mentions(doc)
    assert text[count.start:count.end] == count.text == "8 people"


def test_number_on_a_unit_name_before_the_people():
    assert counts("Four Border Protection Service guards were killed and 16 others were wounded.") == [
        ("fatalities", 4, 4), ("injured", 16, 16)]


def test_named_victims_and_bodies():
    assert counts("Gunmen shot dead Ahmed Yusuf and his brother outside their shop in Garissa.") == [("fatalities", 2, 2)]
    assert counts("Police arrested Mary Wanjiku and two others in Nakuru.") == [("arrested", 3, 3)]
    assert counts("The bodies of 12 people were found near Juba.") == [("fatalities", 12, 12)]
    # bodies left or dumped somewhere, a body with a clause of finding, the dead a result leaves or a finder finds
    assert counts("Gunmen left three bodies on a bridge outside Uruapan.") == [("fatalities", 3, 3)]
    assert counts("Burned body found beside a rubbish tip in Celaya") == [("fatalities", 1, 1)]
    assert counts("Night raid leaves a young farmer dead in Kaduna") == [("fatalities", 1, 1)]
    assert counts("Residents found a murdered man behind the market in Culiacan.") == [("fatalities", 1, 1)]
    assert counts("The army left the town on Monday.") == []
    assert counts("Pastor among 11 killed in Kaduna") == [("fatalities", 11, 11)]  # the group the one is among
    # the Arabic and South Asian press's word for the dead, counted like "deaths"; a square named for them is no count
    assert counts("Six martyrs, two of them women, after jets pounded Maarat al-Numan at dawn") == [("fatalities", 6, 6)]
    assert counts("Protesters filled Martyrs Square in Beirut on Sunday.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Federal agents executed a search warrant at a farm outside Tulsa.", []),
        ("The rebels claimed responsibility for the raid.", []),
        ("The blast claimed 12 lives in the market.", [("fatalities", 12, 12)]),
        ("A mob shot to death two herdsmen near Jos.", [("fatalities", 2, 2)]),
        ("Insurgents captured the town and 20 soldiers.", [("arrested", 20, 20)]),
        ("Two teenagers reported missing were found safe.", []),
    ],
)
def test_verbs_with_other_senses(text, expected):
    assert counts(text) == expected


def test_component_score_against_gold_doc():
    from spacy.training import Example

    from dateline.types import CountMention

    text = "Gunmen killed 6 civilians and wounded 4 others near Goma."
    predicted = next(pipeline.process(nlp(), [Article(text=text)]))
    reference = nlp().make_doc(text)
    start = text.index("6 civilians")
    set_count_mentions(reference, [CountMention(start=start, end=start + 11, text="6 civilians", kind="fatalities", low=6, high=6),
                                   CountMention(start=0, end=6, text="Gunmen", kind="arrested", low=2, high=2)])
    scores = nlp().get_pipe("dateline_counts").score([Example(predicted, reference)])
    assert scores["counts_p"] == 0.5 and scores["counts_r"] == 0.5 and scores["counts_value_acc"] == 1.0


def test_a_count_ends_on_its_own_line():
    """A headline's closing number is no count of the dateline's word on the next line."""
    text = "Gunmen storm mine in Kivu, killing at least 9\n\nGOMA, March 3 (Reuters) - Gunmen attacked a gold mine."
    doc = next(pipeline.process(nlp(), [Article(text=text)]))
    found = [c for c in count_mentions(doc) if c.low == 9]
    assert found and all("\n" not in c.text and text[c.start:c.end] == c.text for c in found)


def test_military_statements_wipe_out_and_decimate_the_dead():
    assert counts("Commandos wiped out 25 insurgents in the hills on Monday.") == [("fatalities", 25, 25)]
    assert counts("Floods wiped out 300 hectares of maize.") == []
    assert counts("Gunships struck the camp; at least 40 fighters were eliminated.") == [("fatalities", 40, 40)]
    assert counts("The reform eliminated 300 jobs in the ministry.") == []
    assert counts("Raiders killed 40 cattle and drove off the rest.") == []
    assert counts("Soldiers seized rifles, detonators and two motorbikes at the camp.") == []


@pytest.mark.parametrize("text, expected", [
    # a headline's armed men before a participle with no object are the dead; before a present verb, the doers
    ("Police thwart raid on fuel depot, 3 terrorists killed", [("fatalities", 3, 3)]),
    ("Insurgents kill 4 herders near the river crossing", [("fatalities", 4, 4)]),
    ("Three guards gunned down outside the depot", [("fatalities", 3, 3)]),
])
def test_headline_dead_and_doers(text, expected):
    assert counts(text) == expected


def test_an_event_nouns_of_phrase_counts_who_it_was_done_to():
    assert ("fatalities", 4, 4) in counts("Mourners gathered after the killing of four fishermen near the lake.")
    assert ("abducted", 23, 23) in counts("Parents demanded news after the abduction of 23 schoolgirls from a dormitory.")
    assert ("arrested", 9, 9) in counts("Lawyers protested the arrest of nine activists outside the courthouse.")


def test_people_hanged_are_dead_and_things_hung_are_not_counted():
    assert ("fatalities", 3, 3) in counts("Insurgents hanged three traders they accused of informing in the market.")
    assert ("fatalities", 2, 2) in counts("Two brothers were found hanged from a footbridge on Sunday.")
    assert not [c for c in counts("Students hung two banners on the school gate.") if c[0] == "fatalities"]
    assert not [c for c in counts("The brigade executed two sweeps along the river.") if c[0] == "fatalities"]


def test_the_clock_time_heading_a_live_blog_entry_counts_no_one():
    # neither the hours nor the minutes of "14:20" are a figure of the dead
    assert all(low not in (14, 20) for _, low, _ in counts("Update, 3 June.\n\n14:20 - Man killed by shelling in Kupiansk"))


@pytest.mark.parametrize("text, expected", [
    ("On 3 May 2024, gunmen attacked a police post in Tillia. Fatalities: 6 (4 attackers).", [("fatalities", 6, 6)]),
    ("Militants ambushed a convoy near Bama on Friday. Injured: 9.", [("injured", 9, 9)]),
])
def test_a_coders_labelled_toll_is_a_count(text, expected):
    assert [c for c in counts(text) if c[0] in ("fatalities", "injured")] == expected


def test_a_clock_time_after_a_label_is_no_count():
    assert not [c for c in counts("The attack began at 10:30 on Monday, officials said.") if c[0] == "fatalities"]



@pytest.mark.parametrize("text, figure, counted", [
    ("Panjgur - Monday, Oct 9: A constable was killed.", "9", False),
    ("The guards hurt on 14 November were flown out.", "14", False),
    ("Since March, 3 guards were hurt.", "3", True),
    ("The Mayor 8 years ago said so.", "8", True),  # a word that begins like a month
])
def test_a_day_written_with_its_month_is_no_count_whatever_the_model_tagged(text, figure, counted):
    """"Panjgur - Monday, Oct 9: A constable was killed": the small model does not always call a round-up's
    day a date, and the parse may hang the 9 on the month as if it counted people: nine more dead."""
    from dateline.counts.extract import CountFinder

    finder = CountFinder(load_vocabulary())
    doc = nlp().make_doc(text)
    doc.ents = []
    (expr,) = [e for e in finder.vocab.find(text) if e.text == figure]
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    assert finder.not_a_count(doc, span, expr) is not counted


def test_a_count_whose_noun_stands_before_its_figure_spans_both():
    """The parser may hang a headline's figure on a name before it ("X, Y Weekend: 15 Murdered"): the count's
    span runs from the first of the two to the last, never backwards (a backwards span crashed the linker)."""
    from dateline.counts.extract import CountFinder, _Quantity

    finder = CountFinder(load_vocabulary())
    doc = nlp().make_doc("Another Culiacan, Sinaloa Weekend: 15 Murdered")
    count = finder._mention(doc, "fatalities", [_Quantity(15, 15, 35, 16)])
    assert (count.start, count.end) == (16, 35)
    assert doc.char_span(count.start, count.end, alignment_mode="expand") is not None


def test_a_hyphenated_noun_the_parser_split_is_counted_once():
    # "an ex-militant" is parsed as two objects ("ex", "militant"): one man
    assert counts("Gunmen killed an ex-militant in the market on Monday.") == [("fatalities", 1, 1)]
    assert counts("Gunmen killed two ex-policemen near the checkpoint.") == [("fatalities", 2, 2)]
