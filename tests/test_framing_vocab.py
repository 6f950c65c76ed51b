"""The widened vocabulary: charged verbs, idioms, attributed emotions, group labels,
compound labels and the VADER-derived words, and the factual reporting they must spare."""

from __future__ import annotations

import pytest

from slant.framing import lexicon as lx
from slant.framing import tag

LL = "Loaded_Language"
NC = "Name_Calling,Labeling"
GROUP = {LL, NC}

FIRES = [
    # (text, exact span expected, technique group)
    ("The senator ranted for an hour about the weather.", "ranted", LL),
    ("The union bosses railroaded the vote through on Friday.", "railroaded", LL),
    ("Protesters were hauled off by the police.", "hauled off", LL),
    ("The board is muzzling its own scientists.", "muzzling", LL),
    ("Ministers grovelled before the bank’s creditors.", "grovelled", LL),
    ("The mayor’s plan is a slap in the face to renters.", "slap in the face", LL),
    ("Lobbyists keep lining their pockets while prices rise.", "lining their pockets", LL),
    ("Critics repeat the claim ad nauseam.", "ad nauseam", LL),
    ("Their hatred of the farmers is plain.", "hatred", LL),
    ("The partisan hysteria on cable news continues.", "partisan hysteria", LL),
    ("The governor showed his contempt for voters.", "contempt", LL),
    ("The referendum was a debacle from start to finish.", "debacle", LL),
    ("Officials betrayed the miners who trusted them.", "betrayed", LL),
    ("The MAGA cult gathered outside.", "MAGA cult", NC),
    ("Those anti-vaccine cranks are back.", "anti-vaccine cranks", NC),
    ("The Pyongyang junta tested another missile.", "Pyongyang junta", NC),
    ("Their Brussels paymasters will not be pleased.", "Brussels paymasters", NC),
    ("Hamas butchers crossed the fence at dawn.", "Hamas butchers", NC),
    ("The anti-India forces met in London.", "anti-India forces", NC),
    ("Big Tech decided what you may read.", "Big Tech", NC),
    ("The Liar-in-Chief held a rally.", "Liar-in-Chief", NC),
    ("It is a tax-grabbing scheme.", "tax-grabbing scheme", LL),
    ("Reform is blocked by the unelected bureaucrats of the agency.", "unelected bureaucrats", NC),
    ("The influencer was flaunting a new car.", "flaunting", LL),
    # session 2: epithets, deceit and spectacle nouns, designations pinned to a sponsor
    ("The governor's tirade lasted twenty minutes.", "tirade", LL),
    ("Critics call the rezoning a power grab by developers.", "power grab", LL),
    ("The board's machinations delayed the audit again.", "machinations", LL),
    ("Conspiracy theorists flooded the comment section.", "Conspiracy theorists", NC),
    ("The Tehran-backed extremists fired at the convoy.", "Tehran-backed extremists", NC),
    ("Hamas terrorists crossed the fence at dawn.", "Hamas terrorists", NC),
    ("Their Washington and Brussels masters decide everything.", "Washington and Brussels masters", NC),
    ("as the Very Serious People in Washington keep telling us", "Very Serious People", NC),
    ("It was another of his lurid stories about migrants.", "lurid stories", LL),
    ("The minister's half-baked scheme collapsed within weeks.", "half-baked scheme", LL),
    ("They cooked up a story to cover the loss.", "cooked up", LL),
    ("The plan was a nail in the coffin for the high street.", "nail in the coffin", LL),
    ("Beijing foot soldiers staged the protest.", "Beijing foot soldiers", NC),
    ("The blue-haired brigade is at it again.", "blue-haired brigade", NC),
    ("Only the perpetually offended will object.", "perpetually offended", NC),
    ("This is creeping authoritarianism.", "creeping authoritarianism", LL),
    ("The culture warriors on the school board voted no.", "culture warriors", NC),
    ("Our liberation fighters entered the town at dawn.", "liberation fighters", NC),
    ("It was another tall tale from the ministry.", "tall tale", LL),
    # session 3: the adverb of a loaded adjective
    ("The council shamefully ignored the petition.", "shamefully", LL),
    ("Police brutally dispersed the crowd.", "brutally", LL),
    ("In court, Turkey arrogantly ignored the ruling.", "arrogantly", LL),  # an adverb takes no subject
    # a loaded word the text also writes in lower case, or after a title, is no surname
    ("Jo Savage spoke. It was a savage attack, and Savage knew it.", "Savage", NC),
    ("Once again Chef Filth has landed in hot water.", "Chef Filth", LL),
    ("The Killer Army of Ankara and its Putin Puppet.", "Putin Puppet", NC),  # said once: no surname
    # session 7: vocabulary from dev45-dev48
    ("The banksters and golpistas won again.", "banksters", NC),
    ("It was a late-night stitch-up.", "late-night stitch-up", LL),
    ("The pipeline is a carbon bomb.", "carbon bomb", LL),
    ("The sequel is creatively bankrupt.", "creatively bankrupt", LL),
    ("The armchair pacifists want surrender.", "armchair pacifists", NC),
    ("They hired paid fact-checkers.", "paid fact-checkers", NC),
    ("The networks dutifully parrot the line.", "parrot", LL),
    ("He is a classic narcissist.", "classic narcissist", NC),
    ("The profit-hungry developers moved in.", "profit-hungry developers", LL),
    ("The Fed picks your pocket every month.", "picks your pocket", LL),
    ("The strike held commuters hostage for a week.", "held commuters hostage", LL),
    ("The party is a busted flush.", "busted flush", LL),
    # the degrees and the quality noun of a loaded adjective
    ("It was the sleaziest deal of the decade.", "sleaziest deal", LL),
    ("Voters have had enough of their spinelessness.", "spinelessness", LL),
    # a title-case headline's capitals mark no name: the epithet colours a thing
    ("Minister Defends Genocidal Blockade of the Port\n\nThe minister spoke.", "Genocidal Blockade", LL),
    ("Voters will not forgive shameless England for this.", "shameless England", NC),
    # session 3: vocabulary across registers, slot idioms, interest groups, euphemism
    ("The slumlords raised rents again.", "slumlords", NC),
    ("Ministers shed crocodile tears for the miners.", "crocodile tears", LL),
    ("The gun lobby wrote the bill.", "gun lobby", NC),
    ("An army of lobbyists descended on the capitol.", "army of lobbyists", NC),
    ("The council stealthily approved the plan.", "stealthily approved", LL),
    ("Spare us the eco-crusade.", "eco-crusade", LL),
    ("The board has been bleeding this hospital dry.", "bleeding this hospital dry", LL),
    ("They dragged his name through the mud.", "dragged his name through the mud", LL),
    ("They shoved the rules down our throats.", "shoved the rules down our throats", LL),
    ("The plant closures are part of a rightsizing.", "rightsizing", LL),
    ("Beijing called it a Cold War mentality.", "Cold War mentality", LL),
    ("The manager's side was shambolic.", "shambolic", LL),
    ("The firm hired a union-busting law firm.", "union-busting law", LL),
    ("Parents are tired of the woke agenda in schools.", "the woke agenda", LL),
    ("The minister warned of a migrant invasion.", "migrant invasion", LL),
    ("Insurers keep profiting from their misery.", "profiting from their misery", LL),
    ("The left-liberal outlets ran the story.", "left-liberal outlets", NC),
    ("Then they ran crying to Brussels.", "ran crying to", LL),
    ("It was a political hit job.", "hit job", LL),
    ("He had the gall to ask for more.", "had the gall", LL),
    ("She never met a progressive fad she didn't like.", "never met a progressive fad she didn't like", LL),
    ("He is Washington’s obedient errand boy.", "obedient errand boy", NC),
    ("The league is a cosy old boys' club.", "cosy old boys' club", NC),
    ("The pharma shills lied again.", "pharma shills", NC),
    ("She is a spoiled brat.", "spoiled brat", NC),
    ("Ignore the credentialed geniuses at City Hall.", "credentialed geniuses", NC),
    ("Radical activists blocked the road.", "Radical activists", NC),
    ("The lapdog media cheered.", "lapdog media", NC),
    ("Residents remain pawns of the council.", "pawns", NC),
    ("He threw his own driver under the bus.", "threw his own driver under the bus", LL),
    ("Ignore the doom merchants.", "doom merchants", NC),
    ("The eco-bureaucrats and the eco-police agree.", "eco-police", NC),
    ("Coup-plotting generals met again.", "Coup-plotting generals", LL),
    ("Now the activist class wants more.", "activist class", NC),
    ("They ride roughshod over farmers.", "ride roughshod", LL),
    ("It is a green Gestapo.", "green Gestapo", NC),
    ("Meet the high priests of net zero.", "high priests", NC),
    ("He is the government’s favourite billionaire.", "the government’s favourite billionaire", NC),
    ("She is one of the few grown-ups left at City Hall.", "one of the few grown-ups left at City Hall", NC),
    ("They hired jailers-for-hire.", "jailers-for-hire", NC),
    ("It is a death sentence for family farming.", "a death sentence for family farming", LL),
    ("The funds picked the carcass clean.", "picked the carcass", LL),
    ("Blame the anti-Cuban mafia of Miami.", "anti-Cuban mafia", NC),
    ("Watch the godi media spin it.", "godi media", NC),
    ("They profit off human misery.", "profit off human misery", LL),
    ("Washington is egging Tokyo on.", "egging Tokyo on", LL),
    ("He rewarded his boardroom pals.", "boardroom pals", NC),
    ("It is a Frankenstein coalition.", "Frankenstein coalition", LL),
    ("The review is a fig leaf for cuts.", "fig leaf", LL),
    ("They are cheerleaders for the war.", "cheerleaders for the war", NC),
    ("Stop the boardroom bandits.", "boardroom bandits", NC),
    ("The teachers’ cartel wins again.", "teachers’ cartel", NC),
    ("Meet Comrade Karen from the union.", "Comrade Karen", NC),
    ("He is the poster child for failure.", "poster child", NC),
    ("The silence is deafening.", "silence is deafening", LL),
    ("It is a digital leash.", "digital leash", LL),
    ("Beware the merchants of human rights.", "merchants of human rights", NC),
    ("He is kissing the promoter’s ring.", "kissing the promoter’s ring", LL),
    ("They are enemies of the homeland.", "enemies of the homeland", NC),
    ("Welcome to two-tier policing.", "two-tier policing", LL),
    ("Regulators looked the other way.", "looked the other way", LL),
    ("The council tugs its forelock to the estates.", "tugs its forelock", LL),
    ("They sold us down the river.", "sold us down the river", LL),
    ("She is a walking catchphrase.", "a walking catchphrase", NC),
    ("It is the human equivalent of a ring light.", "the human equivalent of a ring light", LL),
    ("Blame the pro-migration elite.", "pro-migration elite", NC),
    ("This is the great electric car con.", "the great electric car con", LL),
    ("Bosses trousered £4.6m last year.", "trousered", LL),
    ("It is known for fomenting unrest.", "fomenting", LL),
    ("Judges bend over backwards to help them.", "bend over backwards", LL),
    ("The industry’s favourite smokescreen is green policy.", "smokescreen", LL),
    ("Another diktat has arrived from Brussels.", "diktat", LL),
    ("Her publicist is in full damage-control mode.", "damage-control mode", LL),
    ("The coastguard became a glorified taxi service.", "glorified taxi service", LL),
    ("They spent your hard-earned money on paint.", "hard-earned money", LL),
    ("The sewage cartels bled the rivers dry.", "sewage cartels", NC),
    ("The Lutyens lobby has begun its routine.", "Lutyens lobby", NC),
    ("The Communist dragon redraws the map.", "The Communist dragon", NC),
    ("A chardonnay-swilling elite runs the party.", "chardonnay-swilling elite", LL),
    ("The cocktail-party crowd stayed home.", "The cocktail-party crowd", NC),
    ("The mayor and her bike-lane brigade can keep it.", "bike-lane brigade", NC),
    ("The coalition has fallen to its knees before Brussels.", "fallen to its knees", LL),
    ("They have been running this city into the ground.", "running this city into the ground", LL),
    # session 12: marked by the PTC corpus's annotators in real news
    ("It was a devastating blow to the party.", "devastating blow", LL),
    ("The ruling sparked outrage among residents.", "sparked outrage", LL),
    ("He is a known anti-Semite.", "anti-Semite", NC),
    ("The despotic leader spoke for an hour.", "despotic leader", LL),
    ("They feared the wrath of the party.", "wrath", LL),
    ("Critics lionised the general.", "lionised", LL),
    ("The inquiry is a joke.", "a joke", LL),
    ("That is nonsense, he said.", "nonsense", LL),
    ("He is a wacko.", "wacko", NC),
    ("It was a senseless decision.", "senseless decision", LL),
    ("The firm is in a death spiral.", "death spiral", LL),
    ("His handling was grossly negligent.", "grossly negligent", LL),
    ("He made hostile remarks about them.", "hostile remarks", LL),
]


@pytest.mark.parametrize(("text", "phrase", "technique"), FIRES, ids=[f[1] for f in FIRES])
def test_new_vocabulary_fires(text: str, phrase: str, technique: str) -> None:
    spans = tag(text)
    hit = next((s for s in spans if s.text == phrase), None)
    assert hit is not None, f"no span {phrase!r} in {[(s.text, s.technique) for s in spans]}"
    assert hit.technique in GROUP
    assert hit.explanation and 0 < hit.score <= 1


SPARED = [
    ("contempt of court", "The editor was held in contempt of court on Monday."),
    ("pension scheme", "The pension scheme paid out £2 billion last year."),
    ("drug cartel", "Police arrested 14 members of a drug cartel in Sinaloa."),
    ("military junta", "Myanmar's military junta extended the state of emergency."),
    ("commander-in-chief", "The commander-in-chief visited the troops on Sunday."),
    ("stubbornly high", "Inflation remained stubbornly high at 4.1 percent."),
    ("devastated by floods", "The town was devastated by floods in 2021."),
    ("hate crime", "Police are treating the arson as a hate crime, officials said."),
    ("in spite of", "In spite of the rain, 30,000 runners finished the race."),
    ("black hole", "Astronomers photographed the black hole at the galaxy's centre."),
    ("fraud charges", "The former chief executive was convicted of fraud and bribery."),
    ("victims and hostages", "Twelve hostages were freed and three victims died in hospital."),
    ("terrorist attack", "The terrorist attack killed 22 people, police said."),
    ("market fall", "Shares fell sharply and bond yields rose amid recession fears."),
    ("wreaked havoc", "The storm wreaked destruction along the coast, and 4 people drowned."),
    ("reported label", "Officials called the group “terrorists” in a statement on Monday."),
    ("Syrian Democratic Forces", "The Syrian Democratic Forces said they captured the town."),
    ("government forces", "Anti-government forces and the army exchanged fire overnight."),
    ("designation alone", "A court convicted two men of terrorist offences; a jihadist group claimed the attack."),
    ("militants", "Hezbollah militants fired rockets into northern Israel, the army said."),
    ("sentence capital", "Serious injuries were reported. Important documents were seized."),
    ("military brigade", "The 82nd Airborne Brigade and the fire brigade arrived at noon."),
    ("creeping inflation", "Economists warned of creeping inflation in the service sector."),
    ("hotel lobby", "Guests waited in the hotel lobby; others stood in the lobby of the ministry."),
    ("the lobby", "Protesters gathered in the lobby."),
    ("quietly resting", "The patient was resting quietly on Sunday."),
    ("pocket of territory", "Rebels held a small pocket near the river."),
    ("pension scheme 2", "The council’s parking scheme starts in May."),
    ("very in reported speech", "Farmers said they were very worried about a very uncertain time."),
    ("invasion of", "The invasion of Ukraine began in February 2022, the report said."),
    ("right media", "The firm found the right media partner for its launch."),
    ("agenda", "The committee set the agenda for Tuesday's meeting; climate was on the agenda."),
    ("never met", "I never met a farmer who could afford it, she said."),
    ("eliminated", "The team was eliminated in the quarter-finals."),
    ("title capitals", "Reporters Without Borders and the Committee to Protect Journalists issued a report."),
    ("price-fixing cartel", "Regulators fined the cement cartel's rival and broke up a price-fixing cartel."),
    ("lobby groups", "Brussels lobby groups and the NRA lobby day were discussed."),
    ("russian bear", "A brown bear was seen near the Russian border."),
    ("ground", "The plane was brought down safely; the car ran into the ground floor of a shop."),
    ("label as a verb", "Don't let the name fool you, the guide said."),
    ("woke up", "Some 41,000 children woke up with nowhere to go, the district said."),
    ("smear of", "Dessert was a smear of meringue; she missed a smear test."),
    ("place name", "Protesters gathered along the Leech Creek crossing and the Snake River."),
    ("real hostages", "Gunmen held three aid workers hostage; energy-hungry data centres grew."),
    ("surnames", "Tyson Fury won on points. Fury said Rory Gallant was ringside; Gallant waved."),
    ("filed suit", "Two tribes have filed suit, and others may follow suit."),
    ("numbered regime", "Funds used the Section 110 regime and the pension regime to cut tax."),
    ("every single", "Every single day the ferry runs, and every single seat was sold, the operator said."),
    ("entitled to", "Residents are entitled to compensation, the court said."),
    ("death sentence", "He received a death sentence for the murders, the court said."),
    ("literal ransom", "They were seized on July 24 and kidnapped for ransom; no ransom was paid."),
    ("ring", "She wore her wedding ring; the boxing ring was rebuilt."),
    ("great and river", "Tourists visited the Great Wall of China and walked down the river."),
    ("historical and medical", "He was arrested by the Gestapo in 1942 and died of a brain haemorrhage."),
    ("sport and energy", "The New York Yankees won, and Poland will go nuclear by 2033."),
    ("medicine", "The cancer had metastasised; the tomb of the pharaoh was opened."),
    ("plain two-tier", "The bank has a two-tier board structure and open borders with its neighbours."),
    ("frantic search", "Rescuers made a frantic search for survivors; Red Tory candidates met in Ottawa."),
    ("awful lot", "It took an awful lot of work, she said."),
    ("frankenstein", "Frankenstein was written by Mary Shelley; the school's cheerleaders won."),
    ("scrapped", "The council scrapped the plan on Monday."),
    ("rubbish bins", "Ballots were found in rubbish bins, and rubbish left uncollected piled up."),
    ("professional class", "The survey covered the professional class and the middle class."),
    ("under the bus", "The child ran under the bus shelter as the bus pulled in."),
    ("party names and munitions", "The Democratic-Farmer-Labor Party met; troops fired incendiary rounds, and the "
     "FBI handlers met the informant."),
    ("trade, war and medicine", "The hostile takeover bid failed; hostile fire hit the convoy; she had an "
     "aggressive form of cancer, and dealers made aggressive bids at the auction."),
    ("an abbreviation", "Tour dates for UK/IRE go on sale on Friday."),
    ("a joke told", "He told a joke at the dinner; this is a joke book for children."),
    ("disasters and procedures", "The devastating floods closed roads; MPs met in an extraordinary session."),
    ("crimes charged", "He was charged with extortion and took kickbacks from contractors."),
]


@pytest.mark.parametrize("text", [s[1] for s in SPARED], ids=[s[0] for s in SPARED])
def test_factual_reporting_stays_clean(text: str) -> None:
    assert [s for s in tag(text) if s.technique in GROUP] == []


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("rant", ["rant", "rants", "ranted", "ranting"]),
        ("rave", ["rave", "raves", "raved", "raving"]),
        ("ram through", ["ram through", "rams through", "rammed through", "ramming through"]),
        ("bully", ["bully", "bullies", "bullied", "bullying"]),
        ("gush", ["gush", "gushes", "gushed", "gushing"]),
        ("grovel", ["grovel", "grovels", "groveled", "groveling", "grovelled", "grovelling"]),
        ("sell out", ["sell out", "sells out", "selling out", "sold out"]),
        ("tear up", ["tear up", "tears up", "tearing up", "tore up", "torn up"]),
        ("run amok", ["run amok", "runs amok", "running amok", "ran amok"]),
        ("go crying to", ["go crying to", "goes crying to", "going crying to", "went crying to", "gone crying to"]),
        ("make excuses", ["make excuses", "makes excuses", "making excuses", "made excuses"]),
        ("let go of", ["let go of", "lets go of", "letting go of"]),
        ("flee to", ["flee to", "flees to", "fleeing to", "fled to"]),
        ("slink off", ["slink off", "slinks off", "slinking off", "slunk off"]),
        ("agree", ["agree", "agrees", "agreed", "agreeing"]),
        ("scrub", ["scrub", "scrubs", "scrubbed", "scrubbing"]),
        ("visit", ["visit", "visits", "visited", "visiting"]),
    ],
    ids=["plain", "silent-e", "phrasal-cvc", "consonant-y", "sibilant", "british-l", "irregular-sold",
         "irregular-two-pasts", "irregular-doubling", "irregular-go", "irregular-silent-e", "irregular-unchanged",
         "irregular-double-e", "irregular-slunk", "double-e", "one-syllable-cvc", "two-syllables"],
)
def test_inflect(verb: str, forms: list[str]) -> None:
    assert lx.inflect(verb) == forms


@pytest.mark.parametrize(
    ("adjective", "adverb"),
    [("brutal", "brutally"), ("despicable", "despicably"), ("demonic", "demonically"),
     ("shoddy", "shoddily"), ("cowardly", None), ("half-baked", None), ("evil", "evilly")],
    ids=["plain", "-le", "-ic", "consonant-y", "already-ly", "compound", "short"],
)
def test_adverb(adjective: str, adverb: str | None) -> None:
    assert lx.adverb(adjective) == adverb


def test_factual_stems_block_auto_entries() -> None:
    entries = lx.entries()
    assert lx.is_factual("killings") and lx.is_factual("terrorist")
    assert "killings" not in entries or entries["killings"].source != "VADER"
    assert entries["betrayed"].source in ("VADER", "loaded_idioms.txt")
    assert not lx.is_factual("betrayed")


def test_every_flag_has_an_explanation_naming_its_cue() -> None:
    text = "The regime’s cronies ranted ad nauseam while Big Tech cheered."
    for span in tag(text):
        assert span.explanation
        assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("adjective", "forms"),
    [("filthy", ["filthier", "filthiest"]), ("vile", ["viler", "vilest"]), ("smug", ["smugger", "smuggest"]),
     ("despicable", []), ("phoney", []), ("half-baked", []), ("smugly", [])],
    ids=["consonant-y", "silent-e", "doubling", "long", "vowel-y", "compound", "adverb"],
)
def test_degrees(adjective: str, forms: list[str]) -> None:
    assert lx.degrees(adjective) == forms


@pytest.mark.parametrize(
    ("adjective", "noun"),
    [("spineless", "spinelessness"), ("petty", "pettiness"), ("vindictive", "vindictiveness"),
     ("brutal", None), ("phoney", None)],
    ids=["-less", "consonant-y", "-ive", "takes-ity", "vowel-y"],
)
def test_quality_noun(adjective: str, noun: str | None) -> None:
    assert lx.quality_noun(adjective) == noun


def test_surname_evidence_is_local() -> None:
    # The check looks a few thousand characters around the word, so its cost per word does
    # not grow with the text: a lower-case "fury" far away does not unmake the surname.
    report = "Tyson Fury won on points. Fury said he would fight again. "
    filler = "The council met on Tuesday to discuss the budget. " * 200
    text = report + filler + "Their fury at the decision was plain."
    spans = tag(text)
    assert not [s for s in spans if s.start < len(report)]
    assert [s.text for s in spans if s.start > len(report)] == ["fury"]


# Plain nouns in a sense Brill's lexicon (business news) lacks: a pope's "pontificate".
_NOUNS_BRILL_MISSES = {"pontificate"}


def test_verb_only_words_are_nouns_first_and_listed_verbs() -> None:
    verbs = lx.word_set("verb_only.txt")
    assert verbs and verbs - _NOUNS_BRILL_MISSES <= lx.noun_first_words()
    assert verbs >= _NOUNS_BRILL_MISSES
    entries = lx.entries()
    assert all(entries[w].verb_only for w in verbs)
    assert not entries["gutted"].verb_only


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The new law will gut voter access.", ["gut"]),
        ("They want to squeeze the sick for every penny.", ["squeeze"]),
        ("Loot boxes are sold in the game, and gut bacteria changed.", []),
        ("Residents fled the crater as the microwave sounder tracked the ash.", []),
        ("A squeeze on incomes left families short.", []),
        ("Critics love to pontificate about ethics.", ["pontificate"]),
        ("Critics of this pontificate have grown louder.", []),
    ],
)
def test_a_plain_noun_is_loaded_only_as_a_verb(text: str, flagged: list[str]) -> None:
    assert [s.text for s in tag(text)] == flagged
