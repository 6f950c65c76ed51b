"""Figures of speech and argumentative moves (``figures.py``, ``rhetoric.py``): what fires,
with which technique, and the plain reporting that must stay clean."""

from __future__ import annotations

import pytest

from slant.framing import tag
from slant.framing.patterns import all_rules

LL = "Loaded_Language"
NC = "Name_Calling,Labeling"

FIRES = [
    # (text, phrase the span must cover, technique)
    ("The keeper flapped at crosses like a pensioner swatting wasps.", "like a pensioner swatting wasps", LL),
    ("The defence crumbled like a house of cards.", "like a house of cards", LL),
    ("This rule is a war on working families.", "war on working families", LL),
    ("Their turbines will flatten our countryside.", "flatten our countryside", LL),
    ("Developers are smashing our town to pieces.", "smashing our town", LL),
    ("The levy is strangling the economy, farmers say.", "strangling the economy", LL),
    ("Cruise ships are killing our city.", "killing our city", LL),
    ("Meet Mr. Hostile-to-Success, the new treasurer.", "Mr. Hostile-to-Success", NC),
    ("Mayor Law-and-Order wants more cruisers.", "Mayor Law-and-Order", NC),
    ('Blame Brent "Number Go Up" Kolarov for the layoffs.', 'Brent "Number Go Up" Kolarov', NC),
    ("The studies were paid for by Big Dental all along.", "Big Dental", NC),
    ("Ask the Green New Deal crowd who pays.", "the Green New Deal crowd", NC),
    ("The billionaire class never pays its share.", "billionaire class", NC),
    ("Decisions are made by the Brussels machine.", "Brussels machine", NC),
    ("NATO hawks want another exercise.", "NATO hawks", NC),
    ("They run a propaganda machine.", "propaganda machine", LL),
    ("The terror state next door sent them.", "terror state", NC),
    ("The militia waged a campaign of terror in the east.", "campaign of terror", LL),
    ("Our brave jawans held the line.", "brave jawans", NC),
    ("Decent, law-abiding Americans will pay for it.", "law-abiding Americans", NC),
    ("It is the same tired script from the same people.", "tired script", LL),
    ("The new patrol plan is tough-on-crime theater.", "tough-on-crime theater", LL),
    ("The gun-grabbers are back.", "gun-grabbers", NC),
    ("A strike-happy union called another walkout.", "strike-happy", LL),
    ("The report was written by billionaire-funded think tanks.", "billionaire-funded think tanks", NC),
    ("They stand shoulder to shoulder with terrorists.", "shoulder to shoulder with terrorists", LL),
    ("The council sold out the fishermen.", "sold out", LL),
    ("Good riddance to the whole board.", "Good riddance", LL),
    ("The company reported a cybersecurity event on Friday.", "cybersecurity event", LL),
    ("Clinics are run by the abortion industry.", "the abortion industry", NC),
    ("The fact-checking cartel buried the story.", "fact-checking cartel", NC),
    ("The granny killers in the ministry won again.", "granny killers", NC),
    ("Workers thanked the leader for his warm guidance.", "warm guidance", LL),
    ("We are incredibly grateful to every colleague.", "incredibly grateful", LL),
    ("The striker was a £45m flop.", "flop", NC),
    ("They ran around like headless chickens.", "like headless chickens", LL),
    ("The ruling is an assault on religious liberty.", "assault on religious liberty", LL),
    ("Sanctions aim to bring the people to their knees.", "bring the people to their knees", LL),
    ("Judge \"Let-'Em-Go Ellery\" Smith freed him.", "Let-'Em-Go Ellery", NC),
    ("Nobody voted for Sleepy Joe.", "Sleepy Joe", NC),
    ("Activist judges struck it down.", "Activist judges", NC),
    ("The latte-sipping activists cheered.", "latte-sipping activists", NC),
    ("Cue the mayor's fan club.", "fan club", NC),
    ("The bill was rammed through, kneecapping the unions.", "kneecapping", LL),
    ("Another puff piece ran on Sunday.", "puff piece", LL),
    ("Crime has turned the suburb into a war zone.", "into a war zone", "Exaggeration,Minimisation"),
    ("This is theological vandalism.", "theological vandalism", LL),
    ("He is the richest manchild on the planet.", "manchild", NC),
    ("The feed is a firehose of bigotry.", "firehose of bigotry", LL),
    ("Their cheerleaders in the right-wing press applauded.", "cheerleaders in the right-wing press", NC),
    ("Revanchist forces are at work, and certain circles in Paris help them.", "Revanchist forces", NC),
    ("The food police want to ban burgers.", "food police", NC),
    ("Prices were jacked up overnight.", "jacked up", LL),
]

MOVES = [
    ("You can be a parent, or you can be an obedient subject of the state.",
     "You can be a parent, or you can be an obedient subject", "Black-and-White_Fallacy"),
    ("The choice is stark: either we act now, or the harbour dies.", "either we act now, or the harbour dies",
     "Black-and-White_Fallacy"),
    ("Anyone who claims otherwise is either naive or complicit.", "is either naive or complicit",
     "Black-and-White_Fallacy"),
    ("There is no third option.", "no third option", "Black-and-White_Fallacy"),
    ("Today it's rifles. Tomorrow it's handguns.", "Today it's rifles. Tomorrow it's handguns.",
     "Appeal_to_fear-prejudice"),
    ("Lock your doors. Your child could be next.", "Your child could be next", "Appeal_to_fear-prejudice"),
    ("Are we really expected to believe this is about conservation?",
     "Are we really expected to believe this is about conservation?", "Doubt"),
    ("Age-appropriate according to whom?", "according to whom?", "Doubt"),
    ("Funny how that never makes it into the press release.", "Funny how that never makes it", "Doubt"),
    ("More than 4,000 families across the state have already signed the pledge.",
     "More than 4,000 families across the state have already signed", "Bandwagon,Reductio_ad_hitlerum"),
    ("People are waking up.", "People are waking up", "Bandwagon,Reductio_ad_hitlerum"),
    ("It is no accident that anxiety soared in the same decade.", "It is no accident that anxiety soared",
     "Causal_Oversimplification"),
    ("Dr. Vance, a retired pediatrician with forty years in practice, warns of harm.",
     "a retired pediatrician with forty years", "Appeal_to_Authority"),
    ("A terrorist is a terrorist.", "A terrorist is a terrorist", "Thought-terminating_Cliches"),
    ("Do your own research.", "Do your own research", "Thought-terminating_Cliches"),
    ("Where was all this concern when reading scores collapsed?", "Where was all this concern when",
     "Whataboutism,Straw_Men,Red_Herring"),
    ("Our forefathers fought and died to protect this land.", "Our forefathers fought and died",
     "Flag-Waving"),
    ("Rents are up again.\nHomes for people, not for profit.", "Homes for people, not for profit", "Slogans"),
    ("Join us at the gate. #ShutDownHollowCreek", "#ShutDownHollowCreek", "Slogans"),
    ("The minister ended with Hungary first.", "Hungary first", "Slogans"),
    ("He was wrong about literally everything.", "literally everything", "Exaggeration,Minimisation"),
    ("Tax the rich. Fund our schools.", "Tax the rich. Fund our schools.", "Slogans"),
    ("Today it is food standards. Tomorrow it will be fishing.",
     "Today it is food standards. Tomorrow it will be fishing.", "Appeal_to_fear-prejudice"),
    ("Today it is the pub. Tomorrow it'll be the church.",
     "Today it is the pub. Tomorrow it'll be the church.", "Appeal_to_fear-prejudice"),
    ("If they can silence a prayer today, they will come for your church tomorrow.",
     "they can silence a prayer today, they will come for your church tomorrow", "Appeal_to_fear-prejudice"),
    ("They say it is safe. Just like asbestos was completely safe.", "like asbestos was completely safe",
     "Appeal_to_fear-prejudice"),
    ("Pay has fallen for one reason and one reason only.", "for one reason and one reason only",
     "Causal_Oversimplification"),
    ("As Hayek warned, planners always fail.", "As Hayek warned", "Appeal_to_Authority"),
    ("Even the EPA's own scientists have acknowledged it.", "EPA's own scientists have acknowledged",
     "Appeal_to_Authority"),
    ("Wake up, America!", "Wake up, America", "Slogans"),
    ("Brexit means Brexit.", "Brexit means Brexit", "Thought-terminating_Cliches"),
    ("Speak up. Silence is complicity.", "Silence is complicity.", "Slogans"),
    ("The crowd sang Pakistan Zindabad until midnight.", "Pakistan Zindabad", "Slogans"),
    ("The choice is sovereignty or submission.", "sovereignty or submission", "Black-and-White_Fallacy"),
    ("The Belarusian worker does not kneel.", "The Belarusian worker does not kneel", "Flag-Waving"),
    ("The Aegean is Greek, and it will stay Greek.", "is Greek, and it will stay Greek", "Flag-Waving"),
    ("One wonders whether he still believes any of it.", "One wonders whether he still believes", "Doubt"),
    ("Everyone I know is leaving.", "Everyone I know", "Bandwagon,Reductio_ad_hitlerum"),
    ("You're either early or you're exit liquidity.", "You're either early or you're exit liquidity",
     "Black-and-White_Fallacy"),
    ("Have fun staying poor.", "Have fun staying poor", "Thought-terminating_Cliches"),
    ("Take Sweden back!", "Take Sweden back", "Slogans"),
    ("Today it's the podium. Tomorrow it's your daughter's locker room, her scholarship, her safety.",
     "Tomorrow it's your daughter's locker room", "Appeal_to_fear-prejudice"),
    ("First they take the port, then they take the airport, then the country.",
     "First they take the port, then they take the airport", "Appeal_to_fear-prejudice"),
    ("If they can steal Delmont, they can steal Pennsylvania.", "they can steal Delmont, they can steal",
     "Appeal_to_fear-prejudice"),
    ("The next school, the next church, the next mall could be in your town.",
     "the next church, the next mall could be in your town", "Appeal_to_fear-prejudice"),
    ("Kenyans have had enough.", "Kenyans have had enough", "Bandwagon,Reductio_ad_hitlerum"),
    ("The law is supported by the overwhelming majority of families.", "supported by the overwhelming majority",
     "Bandwagon,Reductio_ad_hitlerum"),
    ("Any normal parent would refuse.", "Any normal parent", "Bandwagon,Reductio_ad_hitlerum"),
    ("The people of Scotland are a sovereign people.", "people of Scotland are a sovereign people", "Flag-Waving"),
    ("Our village. Our Heimat. Our decision.", "Our village. Our Heimat. Our decision.", "Slogans"),
    ("Scotland's future in Scotland's hands.", "Scotland's future in Scotland's hands", "Slogans"),
    ("There is no planet B.", "There is no planet B", "Slogans"),
    ("Mwangi Must Go!", "Mwangi Must Go", "Slogans"),
    ("If you're not part of the solution, you're part of the problem.",
     "If you're not part of the solution, you're part of the problem", "Black-and-White_Fallacy"),
]


def _covering(text: str, phrase: str) -> list[tuple[str, str]]:
    start = text.index(phrase)
    end = start + len(phrase)
    return [(s.text, s.technique) for s in tag(text) if s.start < end and start < s.end]


@pytest.mark.parametrize(("text", "phrase", "technique"), FIRES + MOVES, ids=[f[1][:40] for f in FIRES + MOVES])
def test_figure_or_move_fires(text: str, phrase: str, technique: str) -> None:
    hits = _covering(text, phrase)
    assert any(t == technique for _, t in hits), f"{phrase!r} not flagged {technique}: {hits}"


SPARED = [
    ("wanting like", "I'd like a refund, and she would like a receipt."),
    ("seeming like", "It seems like a long process, the clerk said; it looks like a warehouse."),
    ("literal destruction", "The fire destroyed three homes and killed two people, officials said."),
    ("war on a country", "Russia declared war on Ukraine in 2022, the report said."),
    ("war on drugs", "The war on drugs began in the 1970s."),
    ("hyphenated surname", "Mr. Smith-Jones and Dr. Lloyd-Webber attended the hearing."),
    ("plain big", "Big crowds gathered. He visited Big Ben and the Big Four auditors."),
    ("plain crowd", "The crowd cheered as the home side scored."),
    ("middle class", "The survey covered the middle class and the working class."),
    ("plain either", "Either side of the river flooded, residents said."),
    ("plain can or can", "You can pay online, the council said, or by post."),
    ("plain numbers", "More than 2,000 people were evacuated, and 300 have returned."),
    ("plain first", "India first won the series in 1983; Britain first voted on it in May."),
    ("plain credentials", "The report was written by a team with ten analysts."),
    ("plain not", "The bridge reopened on Monday, not Tuesday.\nTraffic is light."),
    ("plain theater", "The theater reopens in June with a new play."),
    ("inflation hawks", "Central bank hawks argued for a higher rate."),
    ("level-headed", "A level-headed and even-tempered judge presided."),
    ("plain is", "The plan is a plan for the city, the mayor said."),
    ("drug cartel", "Police arrested members of a drug cartel and the oil industry's lobbyists."),
    ("plain guidance", "The agency issued new guidance on Monday."),
    ("plain like", "Countries like France and issues like housing were discussed."),
    ("plain assault", "He was charged with assault on a police officer."),
    ("plain nickname", "Little Rock and the Red Cross sent aid."),
    ("plain professional", "Professional footballers and career diplomats met on Monday."),
    ("plain today", "The shop is open today, and the museum opens tomorrow."),
    ("real circus", "The circus arrived in town with 40 performers, the council said."),
    ("plain is", "Water is scarce. Time is short."),
    ("warm-hearted", "A warm-hearted and kind-hearted nurse retired on Friday."),
    ("real war zone", "Reporters entered the war zone on Monday, the agency said."),
    ("plain wonder", "The children wondered at the lights."),
    ("plain next", "The next meeting, the council said, is in May."),
    ("plain majority", "The overwhelming majority of cases were mild, doctors said."),
    ("plain this is", "This is Reuters reporting. The vote was close."),
]


@pytest.mark.parametrize("text", [s[1] for s in SPARED], ids=[s[0] for s in SPARED])
def test_plain_reporting_is_spared(text: str) -> None:
    assert [(s.text, s.technique) for s in tag(text)] == []


def test_every_new_rule_names_its_cue_or_runs_on_a_literal_start() -> None:
    for rule in all_rules():
        assert rule.cues or rule.pattern[:1] in "#[\\(", rule.pattern[:40]
