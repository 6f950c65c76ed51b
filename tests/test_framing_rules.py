"""Lexicon and pattern rules: what fires, what must not, and with which technique."""

from __future__ import annotations

import pytest

from slant.framing import TECHNIQUES, Span, tag
from slant.framing import lexicon as lx


def _find(spans: list[Span], needle: str) -> Span | None:
    return next((s for s in spans if needle.lower() in s.text.lower()), None)


POSITIVE = [
    # (text, phrase that must be covered by a span, technique)
    ("The dictator sent his killer army into the valley.", "killer army", "Loaded_Language"),
    ("They call him a Moscow puppet and worse.", "Moscow puppet", "Name_Calling,Labeling"),
    ("Troops cornered a cell of separatist terrorists in the hills.", "separatist terrorists", "Name_Calling,Labeling"),
    ("For the Makati elite, only some victims count.", "Makati elite", "Name_Calling,Labeling"),
    ("The money flows to the agribusiness barons.", "agribusiness barons", "Name_Calling,Labeling"),
    ("They fostered a culture of death in the wards.", "culture of death", "Loaded_Language"),
    ("Our villages will become retreats for the Brussels set.", "Brussels set", "Name_Calling,Labeling"),
    ("He is nothing but a puppet of Beijing, critics claim.", "puppet of Beijing", "Name_Calling,Labeling"),
    ("Our foolish progressive friends will not listen.", "foolish progressive friends", "Name_Calling,Labeling"),
    ("The psychopathic tyrant spoke again.", "psychopathic tyrant", "Name_Calling,Labeling"),
    ("This plan is utterly stupid.", "utterly stupid", "Loaded_Language"),
    ("Armed thugs blocked the road.", "thugs", "Name_Calling,Labeling"),
    ("The terrorist-loving press cheered.", "terrorist-loving", "Name_Calling,Labeling"),
    ("The Maduro regime jailed the journalist.", "Maduro regime", "Name_Calling,Labeling"),
    ("Troops slaughtered villagers at dawn.", "slaughtered", "Loaded_Language"),
    ("A humongous crowd gathered.", "humongous", "Exaggeration,Minimisation"),
    ("It was the worst economic disaster ever.", "worst economic disaster ever", "Exaggeration,Minimisation"),
    ("It is the most dangerous piece of legislation to come out of Washington in my lifetime.",
     "the most dangerous piece of legislation to come out of Washington in my lifetime", "Exaggeration,Minimisation"),
    ("The worst flagship of the decade.", "The worst flagship of the decade", "Exaggeration,Minimisation"),
    ("The reform is nothing more than a publicity stunt.", "nothing more than", "Exaggeration,Minimisation"),
    ("The so-called reform package passed.", "so-called reform package", "Doubt"),
    ("The self-appointed guardians of taste sneered.", "self-appointed guardians", "Name_Calling,Labeling"),
    ("Ignore the pseudo-experts.", "pseudo-experts", "Name_Calling,Labeling"),
    ("He is a self-described socialist.", "self-described socialist", "Doubt"),
    ("Brussels loves the so-called “solidarity mechanism”, which fails.", "so-called “solidarity mechanism”", "Doubt"),
    ("Ask the so-called liberal experts in the studios.", "so-called liberal experts", "Name_Calling,Labeling"),
    ("The so-called “human rights defenders” spoke.", "so-called “human rights defenders”", "Name_Calling,Labeling"),
    ("They armed the “moderate” rebels.", "“moderate”", "Doubt"),
    ("Ask the \"experts\" who got it wrong.", "\"experts\"", "Name_Calling,Labeling"),
    ("We must act before it’s too late.", "before it’s too late", "Appeal_to_fear-prejudice"),
    ("If this ban goes ahead, ex-smokers will be pushed back to deadly cigarettes.",
     "If this ban goes ahead, ex-smokers will be pushed back to deadly cigarettes.", "Appeal_to_fear-prejudice"),
    ("Today it is a list of phrases; tomorrow it will be your son's grade.",
     "Today it is a list of phrases; tomorrow it will be your son's grade", "Appeal_to_fear-prejudice"),
    ("First the sick pay, and the pension scheme will be next.", "will be next", "Appeal_to_fear-prejudice"),
    ("A flood of migrants is coming.", "flood of migrants", "Appeal_to_fear-prejudice"),
    ("Real Americans love our great nation.", "our great nation", "Flag-Waving"),
    ("The crowd chanted Death to Tyrants in the square.", "Death to Tyrants", "Slogans"),
    ("NO WAR FOR OIL! they shouted.", "NO WAR FOR OIL!", "Slogans"),
    ("Rents are rising. Our homes, our lives.", "Our homes, our lives.", "Slogans"),
    ("We will not stop. Water is a human right.", "Water is a human right", "Slogans"),
    ("The valley is not for sale.", "The valley is not for sale", "Slogans"),
    ("Enough waiting. No more closures.", "No more closures.", "Slogans"),
    ("Come to the hearing. Safe streets save lives. Understaffing kills.", "Understaffing kills.", "Slogans"),
    ("Our revolution will triumph!", "Our revolution will triumph!", "Slogans"),
    ("They're coming for your guns next.", "They're coming for your guns", "Appeal_to_fear-prejudice"),
    ("Record unemployment in the east is the direct result of the capital's course.", "is the direct result of",
     "Causal_Oversimplification"),
    ("The shortages have one cause, and one cause only: this blockade.", "one cause, and one cause only",
     "Causal_Oversimplification"),
    ("Every spill on every beach comes down to one thing: greed.", "comes down to one thing",
     "Causal_Oversimplification"),
    ("The only reason prices fell this week is the regulator.", "The only reason", "Causal_Oversimplification"),
    ("The root cause of the tensions lies in Washington.", "root cause of the tensions lies",
     "Causal_Oversimplification"),
    ("Everything that has gone wrong since traces back to that deal.", "traces back to",
     "Causal_Oversimplification"),
    ("Registration is the first step toward confiscation.", "first step toward confiscation",
     "Appeal_to_fear-prejudice"),
    ("Where were these critics when the mill closed?", "Where were these critics when",
     "Whataboutism,Straw_Men,Red_Herring"),
    ("It was the worst flood in the county's history.", "worst flood in the county's history",
     "Exaggeration,Minimisation"),
    ("Once again the great Iranian people stood firm.", "the great Iranian people", "Flag-Waving"),
    ("Every Welsh heart is beating faster tonight.", "Every Welsh heart", "Flag-Waving"),
    ("The agency kept it secret from the American people.", "the American people", "Flag-Waving"),
    ("The Kurdish people will not wait any longer.", "The Kurdish people", "Flag-Waving"),
    ("Bills doubled since the scheme began. Coincidence? We don't think so.", "Coincidence? We don't think so",
     "Causal_Oversimplification"),
    ("When a legend like Rao speaks, you listen.", "When a legend like Rao speaks, you listen",
     "Appeal_to_Authority"),
    ("Scripture is clear on this.", "Scripture is clear", "Appeal_to_Authority"),
    ("You are either with the tenants or with the landlords.", "You are either with the tenants or with the landlords",
     "Black-and-White_Fallacy"),
    ("Standing still is not an option.", "Standing still is not an option", "Black-and-White_Fallacy"),
    ("History doesn't lie.", "History doesn't lie", "Thought-terminating_Cliches"),
    ("Join us: the movement is growing.", "the movement is growing", "Bandwagon,Reductio_ad_hitlerum"),
    ("Over 40,000 members have already signed the pledge.", "Over 40,000 members have already signed",
     "Bandwagon,Reductio_ad_hitlerum"),
    ("Stand up. Speak out. Vote them out.", "Stand up. Speak out. Vote them out.", "Slogans"),
    ("The vote is Tuesday.\nProtect our parks.", "Protect our parks.", "Slogans"),
    ("It's all because of the bankers.", "all because", "Causal_Oversimplification"),
    ("Experts agree the policy will fail.", "Experts agree", "Appeal_to_Authority"),
    ("You are either with us or against us.", "with us or against us", "Black-and-White_Fallacy"),
    ("There are only two options left.", "only two options", "Black-and-White_Fallacy"),
    ("It is what it is, end of story.", "it is what it is", "Thought-terminating_Cliches"),
    ("But what about the other side’s crimes?", "what about", "Whataboutism,Straw_Men,Red_Herring"),
    ("Everyone knows the election was decided early.", "Everyone knows", "Bandwagon,Reductio_ad_hitlerum"),
    ("His speech was just like Hitler in 1933.", "like Hitler", "Bandwagon,Reductio_ad_hitlerum"),
    ("Lies, lies, lies! That is all we hear.", "Lies, lies, lies", "Repetition"),
]


@pytest.mark.parametrize(("text", "phrase", "technique"), POSITIVE, ids=[p[1] for p in POSITIVE])
def test_rule_fires(text: str, phrase: str, technique: str) -> None:
    spans = tag(text)
    span = _find(spans, phrase) or next(
        (s for s in spans if phrase.lower() in text[s.start : s.end].lower() or s.text.lower() in phrase.lower()),
        None,
    )
    assert span is not None, f"no span for {phrase!r} in {spans}"
    assert span.technique == technique
    assert 0 < span.score <= 1
    assert span.explanation


NEGATIVE = [
    ("factual war", "The war has killed 300 people since March, officials said."),
    ("factual attack", "An attack on a convoy near the border wounded four soldiers."),
    ("crime report", "Police said the killer was arrested on Monday and charged with murder."),
    ("economy", "Inflation rose to 3 percent as the central bank held rates steady."),
    ("sanctions regime", "The sanctions regime was extended for another year."),
    ("regime change", "Critics warned against a policy of regime change."),
    ("reported quote", "The minister called the report “misleading” on Tuesday."),
    ("legal allegedly", "The man allegedly stole two cars, prosecutors said."),
    ("plain either", "Either way, the vote will happen on Friday."),
    ("experts say", "Experts say the bridge needs repairs."),
    ("had had", "She had had enough of the delays, she said."),
    ("weather", "The storm brought heavy rain and strong winds to the coast."),
    ("quoted title", "She hosted ‘Hardball’ for a decade and called the plan “premature”."),
    ("first step", "The first step towards the new bridge was a survey, the council said."),
    ("plain history", "The museum opened a wing on the town's history last year."),
    ("award", "She was named the best player of the year at the awards."),
    ("plain forecast", "If approved, the merger will close in May, the company said."),
    ("plain today", "Today the council met; tomorrow it will vote on the budget."),
    ("either in a list", "Either candidate could win, and we are told either result is possible."),
    ("no more than", "No more than 40 people attended."),
    ("a right in law", "Voting is a right guaranteed by the constitution, the court said."),
    ("disease kills", "Cancer kills. The virus kills."),
    ("plain imperative", "The notice read:\nStop here for inspection at the gate, officials said."),
    ("lies as a verb", "The answer lies in reform; what lies ahead is a vote at the village that lies at a hill."),
    ("traced outbreak", "The outbreak was traced back to a farm, inspectors said."),
    ("reason to hope", "The only reason to hope is the weather, the forecaster said."),
    ("elite unit", "The Delta elite units moved north and the Lego set sold out, officials said."),
    ("tickets sold out", "We sold out 19,400 seats in eleven minutes; the tour sold out in a day."),
    ("elite by faith", "Members of the Sunni elite and the Russian elite fled, officials said."),
    ("named periods", "The Glorious Twelfth opens the season; the Glorious Revolution is taught in Year 8."),
    ("a bare baron", "Nova take baron, and the baron fight decides the game, the league said."),
    ("sits down with", "A bishop sits down with a secular newspaper, says his office."),
    ("people of a place", "The people of Ohio voted on Tuesday; most people stayed home, officials said."),
]


@pytest.mark.parametrize("text", [n[1] for n in NEGATIVE], ids=[n[0] for n in NEGATIVE])
def test_neutral_reporting_is_not_flagged(text: str) -> None:
    assert tag(text) == []


def test_explanation_names_cue_and_neutral_wording() -> None:
    (span,) = [s for s in tag("They sent the killer army.") if s.text == "killer army"]
    assert "killer" in span.explanation
    assert "Neutral: 'army'" in span.explanation


@pytest.mark.parametrize(
    ("line", "form", "kind", "neutral", "score"),
    [
        ("slaughter|slaughtered = kill", "slaughtered", lx.WORD, "kill", 0.65),
        ("thug", "thugs", lx.LABEL, None, 0.75),
        ("crony = ally @0.5", "cronies", lx.LABEL, "ally", 0.5),
        ("vile = -", "vile", lx.MODIFIER, "", 0.7),
        ("witch hunt = investigation  # comment", "witch hunt", lx.WORD, "investigation", 0.65),
    ],
    ids=["forms", "plural", "score", "drop", "comment"],
)
def test_parse_entries(line: str, form: str, kind: str, neutral: str | None, score: float) -> None:
    entries = lx.parse_entries(kind, line, "test")
    assert entries[form] == lx.Entry(kind, neutral, score, "test")


def test_every_technique_has_a_definition() -> None:
    assert len(TECHNIQUES) == 14
    assert all(TECHNIQUES.values())


def test_external_lexicons_load_without_importing_textblob() -> None:

    assert lx.textblob_adjectives()["stupid"][0] < 0
    assert lx.vader_valence()["horrible"] < 0
    assert lx.negativity("dead") == 0.0  # factual vocabulary never counts
    assert lx.negativity("stupid") > 0.3
