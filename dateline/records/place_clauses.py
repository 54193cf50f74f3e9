"""Which clauses of the sentence speak for the event's place, beside the trigger's own.

The clauses the trigger's continues ("raided X, killing six": ``continued``), the "when" clause of its
harm (``when_clauses``), the verb of taking place over it (``_occurred_over``), the relative clauses of
the people it acts on (``argument_relatives``, read for demonstrations) and the place phrase a "where"
clause stands for (``where_phrase``).  Tests on the dependency parse, which ``_locate_event`` reads in
its order.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.records.clause import Clause, is_participle_clause, occurred


WHEN_MARKS = frozenset({"when", "as", "while"})


def when_clauses(clause: Clause) -> list[Clause]:
    """The clause that says how the trigger's harm came about: "a soldier was wounded when troops
    opened fire near X", "two died as a bomb went off in X": its place is the event's."""
    return [Clause(c) for c in clause.head.children
            if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in WHEN_MARKS for m in c.children)]


def where_phrase(clause: Clause) -> tuple[int, int] | None:
    """The characters of the place phrase a clause opened by "where" stands for ("in Amuru district, Horo
    Guduru zone, where ..."): the noun it hangs from, with the nouns set beside that noun."""
    head = clause.head
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "where youths threw stones and burned tyres": the clause "where" opens
    if head.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in head.children):
        return None
    noun = head.head
    while noun.dep_ in ("appos", "conj", "compound") and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "Amuru district, Horo Guduru zone, where": the first of the nouns set side by side
    start = noun.left_edge.idx
    prep, doc = noun.head, noun.doc
    if noun.dep_ == "pobj" and prep.lower_ == "in" and prep.i >= 2 and doc[prep.i - 1].text == "," \
            and doc[prep.i - 2].pos_ == "PROPN":
        start = doc[prep.i - 2].left_edge.idx  # "to X, in neighbouring Y province, where ...": the unit only places X
    return start, head.left_edge.idx  # up to the "where" clause itself


def argument_relatives(clauses: list[Clause]) -> list[Clause]:
    """The relative clauses of the people or things the event's verbs act on ("dispersed miners who had blocked
    the road in X"): where they were, which refines a province the clause itself gives ("In Y province, police
    dispersed ..."), read after the clause's own places (``phrased`` takes a town there only inside that unit).
    Read for demonstrations only: elsewhere such a clause tells another act (a hard negative's)."""
    verbs = [c.head for c in clauses]
    verbs += [v for h in list(verbs) for v in h.children if v.dep_ in ("advcl", "xcomp")
              and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]  # "fired tear gas to disperse ..."
    nouns = [a for v in verbs for a in v.children if a.dep_ in ("dobj", "nsubj", "nsubjpass")]
    nouns += [p for n in list(nouns) for prep in n.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for p in prep.children if p.dep_ == "pobj"]  # "hundreds of miners who ..."
    return [Clause(r) for n in nouns for r in n.children if r.dep_ == "relcl"]


def continued(clause: Clause) -> list[Clause]:
    """The clause, then the clauses it continues: "raided Kolofata, killing six" and "raided
    Kolofata and abducted six" happened where the raid did (a subjectless -ing clause, or a verb
    conjoined to the one before it), and "gathered in X to protest" where they gathered."""
    out, verb = [clause], clause.head
    for _ in range(3):
        # ("gathered at the square in X to protest against sanctions imposed on Y": the purpose is told where they gathered)
        purpose = verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if not (is_participle_clause(verb) or verb.dep_ == "conj" or purpose) or verb.head.pos_ not in ("VERB", "AUX"):
            break
        verb = verb.head
        out.append(Clause(verb))
    return out


def _occurred_over(clause: Clause) -> Token | None:
    """The verb of taking place whose "when" clause holds the trigger ("The clash took place on the outskirts of X, when
    an army patrol came under fire"): its place is the event's, after any the trigger's own clauses give."""
    head = clause.head
    if head.dep_ == "advcl" and any(m.dep_ in ("advmod", "mark") and m.lower_ in ("when", "as") for m in head.children) \
            and occurred(head.head):
        return head.head
    return None
