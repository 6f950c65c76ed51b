"""Flags inside quotations attributed to a speaker are marked as the source's words."""

from __future__ import annotations

import pytest

from slant.framing import tag
from slant.framing.attribution import NOTE, attributed_quotations, rebutted, rebutting_verbs, reports_plainly

QUOTED = [
    ("speaker after", '"He is a monster who ruined every one of us," said Ana Ruiz.', "monster"),
    ("pronoun after", "“This cruel plan will destroy families,” she said on Monday.", "cruel"),
    ("curly, name first", "“This cruel plan will hurt families,” Mayor Lee told reporters.", "cruel"),
    ("described speaker", '"An offer of 4.5% is an insult to our members," union president Rui Almeida told reporters.',
     "insult"),
    ("speaker before", 'The minister said: "These thugs will answer for it in court."', "thugs"),
    ("according to", "“It is a shameful piece of law,” according to the union.", "shameful"),
    ("verb earlier", 'Spokesman Grant Mulvey called the bill "a cruel attack on motorists" on Tuesday.', "cruel"),
    ("said ... was", "Whitaker said Delgado was “a career politician and a crook” at the debate.", "crook"),
    ("goes on", '"They told us it was lawful," she said. "This is a whitewash from start to finish."',
     "whitewash"),
]


@pytest.mark.parametrize(("text", "word"), [(q[1], q[2]) for q in QUOTED], ids=[q[0] for q in QUOTED])
def test_flag_in_attributed_quote_names_the_source(text: str, word: str) -> None:
    span = next(s for s in tag(text) if word in s.text)
    assert span.explanation.endswith(NOTE)
    unquoted = next(s for s in tag(f"{word.capitalize()} plans were tabled.") if word in s.text.lower())
    assert span.score < unquoted.score


NOT_ATTRIBUTED = [
    ("scare quotes", "The “moderate” rebels are thugs, the outlet says."),
    ("no speech verb", 'The slogan "these thugs must go now" was painted on a wall.'),
    ("outlet's own words", "These thugs will answer for it, and soon."),
]


@pytest.mark.parametrize("text", [n[1] for n in NOT_ATTRIBUTED], ids=[n[0] for n in NOT_ATTRIBUTED])
def test_other_flags_are_the_outlets_own(text: str) -> None:
    spans = tag(text)
    assert spans, "expected a flag"
    assert not any(s.explanation.endswith(NOTE) for s in spans)


def test_regions_are_exact_offsets() -> None:
    text = 'Intro. "A cruel and brazen fraud on all of us," she said. End.'
    (start, end), = attributed_quotations(text)
    assert text[start:end] == '"A cruel and brazen fraud on all of us,"'
    assert attributed_quotations("The plan is pure “reform” and nothing else.") == []  # a scare quote
    reported = 'The union described the strike as "reckless" on Monday.'
    (start, end), = attributed_quotations(reported)
    assert reported[start:end] == '"reckless"'


def test_within_agrees_with_a_linear_scan() -> None:
    from slant.framing.attribution import within

    regions = [(0, 10), (20, 25), (40, 80)]
    for start in range(0, 90, 3):
        for end in range(start + 1, 95, 4):
            expected = any(a <= start and end <= b for a, b in regions)
            assert within(regions, start, end) == expected, (start, end)
    assert not within([], 0, 1)


# About 190 words of plain reporting: dates, figures, who said what.
WIRE = (
    "The city council voted 7-2 on Tuesday to approve a new budget of $412 million for the "
    "coming fiscal year, officials said. The budget raises spending on road repairs by 4 percent "
    "and on public libraries by 2 percent, and it keeps property tax rates at last year's level. "
    "Council member Rosa Delgado, who voted against the plan, said the increase for the police "
    "department was larger than the city could sustain. {quote} Council member Ben Ortiz said the "
    "budget reflected months of public hearings and would be reviewed again in March. The mayor "
    "is expected to sign it this week. The finance department said revenue from sales taxes rose "
    "by 3.1 percent in the first half of the year, while revenue from parking fees fell slightly. "
    "The council also approved a contract for the repair of two bridges on the east side of the "
    "city, which engineers rated as in fair condition last year. Work is scheduled to begin in "
    "the spring and to last about 18 months, according to a statement from the public works office."
)
INSULT = "She called her colleagues “a gang of corrupt crooks and liars” during the debate."


@pytest.mark.parametrize(
    "quote",
    [INSULT, 'The chief executive described the walkout as "reckless" and the claims as “scaremongering”.',
     '"We were never consulted," said Ann Hale, a nurse. "It is a disgrace and a whitewash."'],
    ids=["phrase", "single words", "quote goes on"],
)
def test_plain_report_does_not_flag_the_insults_it_quotes(quote: str) -> None:
    text = WIRE.format(quote=quote)
    assert [s.text for s in tag(text)] == []


def test_slanted_text_keeps_quoted_insults_with_the_note() -> None:
    slanted = WIRE.format(quote=INSULT + " These spineless, greedy hacks are robbing you blind.")
    spans = tag(slanted)
    quoted = [s for s in spans if s.explanation.endswith(NOTE)]
    assert any("crooks" in s.text for s in quoted)
    assert any("hacks" in s.text for s in spans if s not in quoted)


def test_short_text_keeps_quoted_insults() -> None:
    assert any("crooks" in s.text for s in tag(INSULT))


@pytest.mark.parametrize(
    ("own_words", "own_flags", "expected"),
    [(200, 0, True), (200, 1, True), (200, 2, False), (100, 0, False)],
    ids=["no-flags", "under-6-per-1000", "over", "too-short"],
)
def test_reports_plainly(own_words: int, own_flags: int, expected: bool) -> None:
    text = "word " * own_words + '"a b c d"'
    quoted = [(len(text) - 9, len(text))]
    assert reports_plainly(text, quoted, own_flags) is expected


REBUTTED = [
    ("They will call us hateful, bigoted, backwards.", ["hateful", "bigoted", "backwards"]),
    ("Think of that the next time someone calls you a conspiracy theorist.", ["conspiracy theorist"]),
    ("Headlines smeared China as a “bully” all week.", ["bully"]),
    ('The media keep portraying the YPG\'s militants as "freedom fighters" and "brave women warriors".',
     ["freedom fighters", "brave women"]),
    ('Critics smeared him as a "traitor" and a "coward".', ["traitor", "coward"]),
    ("The activists will call it an attack on freedom.", ["attack on freedom"]),
    ("Parents are treated like bigots for asking.", ["bigots"]),
    ("“I was told I was a bigot for asking,” she said.", ["bigot"]),
]


@pytest.mark.parametrize(("text", "words"), REBUTTED, ids=[r[1][0] for r in REBUTTED])
def test_label_reported_to_be_rejected_is_not_flagged(text: str, words: list[str]) -> None:
    flagged = " ".join(s.text for s in tag(text))
    for word in words:
        assert word not in flagged, (word, flagged)
        assert rebutted(text, text.index(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [("I call it surrender.", "surrender"), ("Senators once called him a con man.", "con man"),
     ("We call it corporate gluttony.", "gluttony"), ("Beijing called it a Cold War mentality.", "mentality")],
)
def test_the_writers_own_label_stays(text: str, word: str) -> None:
    assert any(word in s.text for s in tag(text))
    assert not rebutted(text, text.index(word))


def test_rebutted_with_verb_index_agrees_with_a_plain_search() -> None:
    text = ("They will call us hateful, bigoted. Critics smeared him as a “thug”; I call it surrender. "
            "Parents were treated like bigots and told they were cranks.") * 3
    verbs = rebutting_verbs(text)
    assert len(verbs) == 15
    for start in range(len(text)):
        assert rebutted(text, start, verbs) == rebutted(text, start), start
