"""A headline and a wire dateline the reader did not mark (JSON Lines input), and what they locate and date."""

from __future__ import annotations

import datetime as dt

from dateline.places.context import report_head
from dateline.records.context import Context
from dateline.records.place import locate_event
from dateline.types import Article, EventMention

HEADED = ("Bomb blast kills four at Kandahar market\n\n"
          "KANDAHAR - A bomb exploded at a crowded market in the city on Monday, killing four people, police said.\n\n"
          "Separately, gunmen wounded a soldier at a checkpoint on Tuesday, officials said.")


def test_report_head_finds_the_dateline_past_a_headline():
    dateline, start = report_head(Article(text=HEADED))
    assert dateline == "KANDAHAR"
    assert HEADED[start:].startswith("A bomb exploded")


def test_a_dateline_right_under_the_headline_is_found_without_a_blank_line(rows):
    text = ("Gunmen kill two guards at Kismayo port\n"
            "MOGADISHU, March 3 (Reuters) - Gunmen shot dead two guards at the port in Kismayo late on Sunday, "
            "police said.")
    dateline, start = report_head(Article(text=text))
    assert dateline is not None and dateline.startswith("MOGADISHU") and text[start:].startswith("Gunmen shot")
    # so the wire's own date and town date and place nothing
    (row,) = rows(text, dt.date(2025, 3, 3))
    assert (row.event_date, row.location) == (dt.date(2025, 3, 2), "Kismayo")


def test_report_head_keeps_the_readers_own_marks_and_needs_a_headline_or_byline():
    assert report_head(Article(text=HEADED, dateline="KABUL", body_start=5)) == ("KABUL", 5)
    assert report_head(None) == (None, 0)
    # no headline line: the reader's dateline rules already ran on the text as it stands
    assert report_head(Article(text="Gunmen wounded a soldier at a checkpoint on Tuesday, officials said.")) == (None, 0)


def test_the_headline_is_a_sentence_of_its_own(parse):
    doc = parse(HEADED)
    starts = [s.start_char for s in doc.sents]
    assert HEADED.index("A bomb exploded") in starts


def test_a_paragraph_is_a_sentence_of_its_own(parse, live_blog):
    starts = [s.start_char for s in parse(live_blog).sents]
    assert live_blog.index("10:15") in starts


def _mention(doc, trigger: str) -> EventMention:
    start = doc.text.index(trigger)
    sent = doc.char_span(start, start + len(trigger), alignment_mode="expand").sent
    return EventMention(start=start, end=start + len(trigger), text=trigger, sentence_start=sent.start_char,
                        sentence_end=sent.end_char, event_type="Battles", sub_event_type="Armed clash", score=0.9)


def test_the_dateline_locates_the_lede_not_a_later_paragraph(parse):
    doc = parse(HEADED)
    ctx = Context.of(doc)
    assert ctx.dateline == "KANDAHAR"
    lede = locate_event(ctx, _mention(doc, "exploded"))
    assert lede is not None and lede.place.iso == "AF"
    assert locate_event(ctx, _mention(doc, "wounded")) is None  # filed in Kandahar; no word puts it there


def test_a_headline_event_is_the_body_event_it_sums_up():
    from dateline import pipeline
    from dateline.events import set_event_mentions
    from dateline.records import event_records

    nlp = pipeline.build()
    doc = pipeline.make_doc(nlp, Article(text=HEADED, published=dt.date(2025, 6, 12)))
    for name, proc in nlp.pipeline:
        if name == "dateline_events":
            set_event_mentions(doc, [_mention(doc, "kills"), _mention(doc, "exploded")])
            continue
        doc = proc(doc)
    (record,) = event_records(doc)
    assert str(record.event_date) == "2025-06-09"  # the body's Monday, not the publication day
    assert {e.text for e in record.evidence["event_type"]} == {"kills", "exploded"}


def test_a_headline_gives_the_figure_its_body_does_not(rows):
    text = ("Air raid on market in Shan state kills 14\n\n"
            "Military jets struck a busy market in northern Shan state on Tuesday, a local aid worker said.\n\n"
            "Rescue teams were still searching the rubble on Wednesday.")
    (row,) = [r for r in rows(text, dt.date(2024, 5, 8)) if r.sub_event_type == "Air/drone strike"]
    assert row.fatalities == 14 and text[row.evidence["fatalities"][0].start:].startswith("14")
    # the body's own figure stands
    text = text.replace("on Tuesday, a local", "on Tuesday, killing 12 people, a local")
    (row,) = [r for r in rows(text, dt.date(2024, 5, 8)) if r.sub_event_type == "Air/drone strike"]
    assert row.fatalities == 12


def test_a_headline_with_the_bodys_dead_is_that_event_whatever_its_type(rows):
    text = ("Israeli raid in Tulkarm kills two\n\n"
            "Israeli forces killed two Palestinians in Tulkarm on Tuesday, the health ministry said.")
    found = [r for r in rows(text, dt.date(2024, 5, 8)) if r.fatalities]
    assert len(found) == 1 and found[0].fatalities == 2


# A situation report opens with a list of points that sum up what its sections then tell.
SUMMARISED = ("Flash update: the lake district\n\n"
              "HIGHLIGHTS\n"
              "- Shelling of Kalehe town kills civilians\n"
              "- Two aid workers kidnapped near Minova\n\n"
              "OVERVIEW\n\n"
              "On 3 May, shells fired from the hills hit a market in Kalehe, killing four civilians. "
              "On 5 May, armed men stopped an aid convoy near Minova and kidnapped two aid workers.")


def test_summary_block_is_the_list_under_the_summary_heading():
    from dateline.records.layout import summary_block

    start, end = summary_block(SUMMARISED)
    assert SUMMARISED[start:end].startswith("- Shelling") and SUMMARISED[start:end].endswith("near Minova")
    assert summary_block("Shelling kills four.\n\nOn 3 May, shells hit a market.") == (0, 0)


def test_a_summary_point_folds_into_the_event_the_report_tells_and_is_no_event_of_the_report_day(rows):
    found = rows(SUMMARISED, dt.date(2024, 5, 9))
    assert sorted((r.sub_event_type, r.event_date) for r in found) == [
        ("Abduction/forced disappearance", dt.date(2024, 5, 5)),
        ("Shelling/artillery/missile attack", dt.date(2024, 5, 3)),
    ]


def test_a_summary_point_lends_its_town_to_a_row_the_body_placed_by_its_district(rows):
    text = ("Flash update: the coastal districts\n\n"
            "HIGHLIGHTS\n"
            "- Two farmers killed near Ancuabe on 4 May\n\n"
            "OVERVIEW\n\n"
            "On 4 May, armed men entered Qwertzumbe, a village in Ancuabe district, and killed two farmers.")
    found = [r for r in rows(text, dt.date(2024, 5, 9)) if r.event_type == "Violence against civilians"]
    assert [(r.location, r.event_date) for r in found] == [("Ancuabe", dt.date(2024, 5, 4))]


ENTRIES = ("Live: the siege of the northern town, day 40\n\n"
           "Tuesday, 12 March 2024 | Reports from our team\n\n"
           "14:20 GMT - Convoy ambush\n"
           "Soldiers escorting fuel lorries were ambushed near the river on Monday evening, the army said.\n\n"
           "11:05 GMT - Market car bomb\n"
           "Shopkeepers in Gao are still sweeping glass from Saturday's car bomb outside the cattle market, which "
           "killed three traders and wounded eleven. No one has said they planted it.")


def test_section_heads_are_short_lines_over_text_told_in_sentences():
    from dateline.records.layout import section_heads

    heads = [ENTRIES[a:b] for a, b, _ in section_heads(ENTRIES)]
    assert heads == ["14:20 GMT - Convoy ambush", "11:05 GMT - Market car bomb"]
    # each section runs to the next heading
    assert [ENTRIES[b:c].strip()[:11] for _, b, c in section_heads(ENTRIES)] == ["Soldiers es", "Shopkeepers"]
    # a text wrapped at a fixed width has no headings, though its first line does not end a sentence
    wrapped = ("Rebels and soldiers fought for most of the day in the hills around\n"
               "Kidal on Sunday, and by the evening the army said it held the road\n"
               "into town, a spokesman told reporters in the capital.")
    assert section_heads(wrapped) == []
    assert section_heads("Gunmen shot a trader\nin the market on Friday, police said.") == []


def test_a_heading_inside_a_paragraph_is_a_sentence_of_its_own(parse):
    doc = parse(ENTRIES)
    assert ENTRIES.index("Shopkeepers") in [s.start_char for s in doc.sents]


def test_a_section_heading_names_the_event_its_section_tells_and_gives_it_no_day(rows):
    found = rows(ENTRIES, dt.date(2024, 3, 12))
    bombs = [r for r in found if r.sub_event_type == "Remote explosive/landmine/IED"]
    # the section's "Saturday's car bomb", not the entry's posting time
    assert [(r.event_date, r.location, r.fatalities) for r in bombs] == [(dt.date(2024, 3, 9), "Gao", 3)]
    assert bombs[0].actor1 is None or not bombs[0].actor1.startswith("Civilians")  # the shopkeepers sweep up after it
    assert any(ENTRIES[e.start:e.end] == "car bomb" and e.start < ENTRIES.index("Shopkeepers")
               for e in bombs[0].evidence["event_type"])


def test_a_line_of_prose_over_a_list_is_no_section_heading():
    from dateline.records.layout import section_heads

    text = ("Live: day two of the strike\n\n"
            "08:05 Good morning. Here is what happened on Thursday:\n"
            "- In Jos, police dispersed a march with tear gas.\n"
            "- In Kaduna, the shops stayed shut all day.")
    assert section_heads(text) == []


def test_a_heading_reads_with_the_paragraph_under_it():
    from dateline.records.place_fallbacks import _paragraph_start

    text = "Weekly digest\n\nLOWER JUBA\nOn Monday, fighters attacked an army post near the river, killing two soldiers."
    assert _paragraph_start(text, text.index("fighters")) == text.index("LOWER JUBA")
    # a line under another line of prose starts its own paragraph
    prose = "Gunmen attacked a post on Monday.\nOn Tuesday, fighters attacked an army post near the river."
    assert _paragraph_start(prose, prose.index("fighters")) == prose.index("On Tuesday")


def test_a_live_blog_entry_tells_its_own_story(rows):
    text = ("Live: violence in the capital\n\n"
            "12:05 - Mob kills suspected thief\n"
            "Residents of a market district in Port-au-Prince caught a man they accused of theft on Sunday and "
            "beat him to death.\n\n"
            "11:20 - Police operation in Delmas\n"
            "Officers carried out an operation against a gang in Delmas on Monday. A spokesman praised the "
            "officers. A police source said four gang members were killed.")
    found = rows(text, dt.date(2025, 3, 18))
    # the raid's toll is no part of the lynching told in the entry above it, and its day is the raid's
    assert [(r.location, r.event_date, r.fatalities) for r in found if r.fatalities == 4] == \
        [("Delmas", dt.date(2025, 3, 17), 4)]


def test_a_section_heading_read_as_another_event_than_its_section_tells_is_no_row(rows):
    text = ("Live: violence in the capital\n\n"
            "11:20 - Police raid in Delmas\n"
            "Police carried out a raid on a gang base in Delmas on Monday. A police source said four gang "
            "members were killed.")
    assert "Arrests" not in {r.sub_event_type for r in rows(text, dt.date(2025, 3, 18))}


def test_a_log_label_of_fields_set_apart_by_bars_heads_its_entry():
    from dateline.records.layout import section_heads

    text = ("#3 | Thu 11 Apr 2024 | Tillaberi\nSource: local radio.\n"
            "Gunmen on motorbikes burned the school and the health post before dawn and left towards the border.")
    assert [text[a:b] for a, b, _ in section_heads(text)] == ["#3 | Thu 11 Apr 2024 | Tillaberi"]


def test_live_blog_entries_with_no_blank_line_between_tell_their_own_stories(rows):
    text = ("Sudan live: fighting spreads in North Kordofan\n"
            "18:40 - Market shelled in El Obeid\n"
            "Residents say at least six people were killed when shells hit the main market in El Obeid this afternoon.\n"
            "16:15 - Calm in Kadugli\n"
            "Traders in Kadugli say the town was calm on Friday and shops reopened after two days of closure.")
    found = [r for r in rows(text, dt.date(2025, 3, 7)) if r.event_type == "Explosions/Remote violence"]
    assert [(r.location, r.fatalities) for r in found] == [("El Obeid", 6)]


def test_a_post_ending_in_hashtags_is_the_body_not_the_head():
    from dateline.records.layout import head_block_end

    text = ("THREAD | Kawlin Township - 3 Mar 2024\n\n"
            "1/ An army jet bombed Ma Gyi Kone village in Kawlin Township this morning, killing three farmers. "
            "#WhatsHappeningInMyanmar @reporter\n\n"
            "2/ Villagers fled to the forest. More updates to follow.")
    assert head_block_end(text) == text.index("1/")
