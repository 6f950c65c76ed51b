"""Phrase patterns for argumentative moves: false choices, slippery slopes, insinuation.

These widen ``argument_rules`` for the sentence-level techniques (Black-and-White,
Appeal to fear, Doubt, Bandwagon, Causal oversimplification, Appeal to authority,
Thought-terminating clichés, Whataboutism, Flag-waving, Slogans, Exaggeration). Each
pattern is a shape of argument rather than a topic ("You can X, or you can Y"; "Today
it's X. Tomorrow it's Y."; "It is no accident that ..."), so it carries over to unseen
subjects; each needs the words that make the move explicit, so plain reporting ("more
than 2,000 people were evacuated", "either side of the river") is left alone.
"""

from __future__ import annotations

import re

from slant.framing.patterns import (
    AU,
    BH,
    BW,
    CHANT_START,
    CO,
    DB,
    EX,
    FE,
    FW,
    LL,
    QUOTED_START,
    SL,
    SPOKEN,
    START,
    TT,
    WH,
    A,
    Rule,
)

_CLAUSE = r"[^.?!;\n]"  # a character inside one clause
_PRONOUN = r"(?:It|That|This|He|She|They|We|There|Everything|Nothing)\b"
_SENTENCE = r"[^.?!\n]"  # a character inside one sentence
# A consequence clause that predicts: "..., the floodgates will open", "..., we could lose it all".
_DOOM = rf"(?={_SENTENCE}{{0,80}}?\b(?:will|won{A}t|would|could|may|might)\b)"
# What forebears did for the nation ("did not fight", "never bled"), as regex and as cues.
_SACRIFICE = (
    "fight|fought|bleed|bled|die|died|shed|spill|cross|defend|free|liberate|survive|struggle|sacrifice|drive|resist|"
    "march|endure|storm|rebuild"
)
_NATIONS = (
    r"(?:America|Britain|England|Scotland|Wales|Ireland|Hungary|India|Russia|China|France|Germany|Italy|"
    r"Poland|Israel|Australia|Canada|Japan|Turkey|Serbia|Brazil|Mexico|Europe|Texas|Florida|Ohio)"
)

# A hated regime named in a comparison with today, not in a history lesson ("The Nazis
# invaded Poland in 1939"): the sentence must liken, wish or imagine.
_LIKENING = re.compile(
    r"\b(?:would|could|proud|dream\w*|playbook|like|reminiscent|echo\w*|same|again|today|modern|worthy|envy|"
    r"straight\s+out|copy|copied|borrow\w*|taken?\s+from|page\s+from|remind\w*|recogni[sz]e|since|too|"
    r"just\s+as|tyrants?|dictators?|methods|tactics|years\s+after|once\s+(?:again|more))\b",
    re.IGNORECASE,
)


def _history_lesson(text: str, m: re.Match[str]) -> bool:
    """Whether the sentence around a regime's name makes no comparison with the present."""
    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    ends = [i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0]
    return _LIKENING.search(text, start, min(ends) if ends else len(text)) is None


# Lands and peoples named in territorial slogans (each one a cue: "is" is in every sentence).
_TERRITORY_NAMES = (
    "Serbia", "Serbian", "Armenia", "Armenian", "Azerbaijan", "Greece", "Greek", "Russia", "Russian", "Ukraine",
    "Ukrainian", "Israel", "Palestine", "Palestinian", "China", "Chinese", "Taiwan", "India", "Indian", "Pakistan",
    "Cyprus", "Turkey", "Turkish", "Egypt", "Spain", "Spanish", "Catalonia", "Scotland", "Scottish", "England",
    "English", "Ireland", "Irish", "Britain", "British", "Argentina", "Argentine", "Argentinian", "Morocco",
    "Moroccan", "Georgia", "Georgian", "Iran", "Iranian", "Syria", "Syrian", "Lebanon", "Lebanese", "Hungary",
    "Hungarian", "Poland", "Polish", "Croatia", "Croatian", "Bosnia", "Albania", "Albanian", "Kosovo", "Macedonia",
    "Macedonian", "Bulgaria", "Bulgarian", "Romania", "Romanian", "Moldova", "Japan", "Japanese", "Korea", "Korean",
    "Ethiopia", "Ethiopian", "Somalia", "Somali", "Kenya", "Nigeria", "Mexico", "Mexican", "America", "American",
    "Europe", "European",
)
_TERRITORIES = "(?:" + "|".join(_TERRITORY_NAMES) + r")\b"
_TERRITORY_CUES = "|".join(name.lower() for name in _TERRITORY_NAMES)

# What a slippery slope says "they" do first: "First they take your guns, then ...".
_SEIZE = (
    r"(?:take|took|takes|ban|banned|bans|tax|taxed|taxes|close|closed|closes|silence|silenced|censor|censored|"
    r"restrict|restricted|limit|limited|come\s+for|came\s+for|go\s+after|went\s+after|target|targeted|register|"
    r"registered|track|tracked|shut|outlaw|outlawed|seize|seized|confiscate|confiscated)"
)

RHETORIC_RULES: tuple[Rule, ...] = (
    # Black-and-white: "You can be a parent, or you can be an obedient subject of the state."
    Rule(BW, rf"\b(?:you|we)\s+can\s+(?:either\s+)?{_CLAUSE}{{3,90}}?,?\s+or\s+(?:you|we)\s+can\b{_SENTENCE}{{0,90}}",
         0.65, "'{text}' offers only two options, as if no other existed.", cues="can", window=(10, 200)),
    Rule(BW, rf"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\n)|(?<=—\s)|(?<=-\s)|(?<=,\s))[Ee]ither\s+{_CLAUSE}{{3,90}}?,\s+or\s+"
         rf"{_SENTENCE}{{3,90}}", 0.6, "'{text}' frames the issue as a choice between two options only.",
         case_sensitive=True, cues="either", window=(5, 200)),
    Rule(BW, r"\b(?:is|are)\s+either\s+(?:[a-z]+\s+){0,1}[a-z]+\s+or\s+[a-z]+\b", 0.6,
         "'{text}' allows opponents only two (bad) descriptions.", cues="either", window=(10, 40)),
    Rule(BW, r"\bthere\s+is\s+no\s+third\s+(?:option|path|way|choice|road)\b", 0.7,
         "'{text}' denies that other options exist.", cues="third", window=(20, 10)),
    Rule(BW, r"\b[A-Z][a-z]+(?:\s+[a-z]+)?\s+or\s+die\b", 0.6, "'{text}' reduces the choice to compliance or ruin.",
         case_sensitive=True, cues="die", window=(25, 3)),
    # Appeal to fear: slippery slopes and threats to your family.
    Rule(FE, rf"\b(?:Today|First|Now)\s*,?\s+it(?:{A}s|\s+is)\s+{_SENTENCE}{{1,50}}[.,;]\s+(?:Tomorrow|Then|Next)"
         rf"\s*,?\s+it(?:{A}s|{A}ll\s+be|\s+is|\s+will\s+be)\s+{_SENTENCE}{{1,90}}[.!?](?:\s+(?:The\s+day\s+after\s+"
         rf"that|Then|After\s+that|Where\s+does\s+it\s+end){_SENTENCE}{{0,60}}[.!?])?", 0.7,
         "'{text}' warns of a slide from one step to ever worse ones (a slippery slope).", case_sensitive=True,
         cues="tomorrow|then|next", window=(80, 140)),
    Rule(FE, rf"\b(?:if\s+)?(?:they|it|we|you)\s+(?:can|could|will)\s+{_CLAUSE}{{1,60}}?\s+today,\s+"
         rf"(?:they|it|we|you)\s+(?:will|can|could)\s+{_CLAUSE}{{1,60}}?\s+tomorrow\b", 0.65,
         "'{text}' warns that today's step leads to a worse one (a slippery slope).", cues="tomorrow",
         window=(140, 10)),
    Rule(FE, r"\b(?:just\s+)?like\s+(?:cigarettes|tobacco|asbestos|thalidomide|lead(?:ed)?\s+(?:paint|gasoline|petrol)|"
         r"DDT|opioids|OxyContin)(?:\s+(?:was|were)\s+(?:completely|perfectly|totally)\s+safe)?\b", 0.6,
         "'{text}' likens the issue to a notorious health scandal to stir fear.",
         cues="cigarettes|tobacco|asbestos|thalidomide|lead|leaded|ddt|opioids|oxycontin", window=(15, 40)),
    Rule(FE, rf"\bFirst\s+(?:they|we|it)\s+{_SEIZE}\s+{_CLAUSE}{{1,40}}?,\s+then\s+(?:they|we|it)\s+[a-z]+\s+"
         rf"{_SENTENCE}{{1,80}}",
         0.65, "'{text}' warns of a slide from one step to ever worse ones (a slippery slope).",
         case_sensitive=True, cues="then", window=(70, 90)),
    Rule(FE, r"\bif\s+they\s+can\s+([a-z]+)\s+[^,.;\n]{1,40},\s+they\s+can\s+\1\b[^.!?\n]{0,40}", 0.6,
         "'{text}' warns that one step leads to a bigger one (a slippery slope).", cues="can", window=(60, 70)),
    Rule(FE, r"\bthe\s+next\s+[\w-]+(?:\s+[\w-]+)?,\s+(?:(?:or\s+)?the\s+next\s+[\w-]+(?:\s+[\w-]+)?,?\s+){1,3}"
         r"(?:could|will|might)\s+be\b[^.!?\n]{0,40}", 0.6, "'{text}' makes the threat personal to stir fear.",
         cues="next", window=(10, 120)),
    Rule(FE, r"\b(?:where\s+does\s+it\s+(?:end|stop)\?|no\s+logical\s+stopping\s+point)", 0.6,
         "'{text}' warns of an endless slide.", cues="end|stop|stopping", window=(25, 5)),
    Rule(FE, r"\b(?:your|our)\s+(?:child|children|kids?|family|daughter|son|town|community|street|job|home)\s+"
         r"(?:could|might|will)\s+be\s+next\b", 0.7, "'{text}' makes the threat personal to stir fear.",
         cues="next", window=(45, 3)),
    # Doubt: insinuation by question or feigned surprise.
    Rule(DB, rf"\b(?:are|is)\s+(?:we|you)\s+(?:really\s+|seriously\s+)?(?:expected|supposed|meant)\s+to\s+believe\b"
         rf"{_SENTENCE}{{0,100}}\?", 0.65, "'{text}' raises doubt rhetorically instead of giving evidence.",
         cues="believe", window=(40, 110)),
    Rule(DB, rf"\b(?:does|do|would|could|will)\s+(?:anyone|anybody|you)\s+(?:honestly\s+|seriously\s+|really\s+|"
         rf"actually\s+)?believe\b{_SENTENCE}{{0,140}}\?", 0.6,
         "'{text}' raises doubt rhetorically instead of giving evidence.", cues="believe", window=(40, 150)),
    Rule(DB, r"\b(?:according|[A-Za-z]+)\s+to\s+whom\?", 0.7, "'{text}' questions a claim without answering it.",
         cues="whom", window=(20, 3)),
    Rule(DB, rf"\b[Aa]sk\s+yourself\s+(?:why|who|what|how|whether)\b{_SENTENCE}{{0,160}}[.?]", 0.55,
         "'{text}' insinuates an answer it does not give.", case_sensitive=True, cues="ask", window=(3, 180)),
    Rule(DB, rf"{START}(?:Funny|Strange|Odd|Curious|Interesting)"
         rf"(?:,\s+(?:then|too|isn{A}t\s+it),?)?\s+(?:how|that)\b{_SENTENCE}{{0,130}}[.!?]", 0.6,
         "'{text}' insinuates wrongdoing through feigned surprise.", case_sensitive=True,
         cues="funny|strange|odd|curious|interesting", window=(3, 160)),
    # "Well, they would say that, wouldn't they?": a source's word dismissed by its motive.
    Rule(DB, rf"\b(?:well,\s+)?(?:they|he|she|it)\s+would\s+say\s+that"
         rf"(?:,\s+wouldn{A}t\s+(?:they|he|she|it)\??)?", 0.6,
         "'{text}' dismisses a claim by the motive of whoever made it.", cues="say", window=(20, 30)),
    Rule(DB, r"\bCoincidence\?\s+(?:Sure\s+it\s+is|Hardly|Right|I\s+think\s+not|Not\s+likely|Yeah,\s+right|"
         r"We(?:’|')ll\s+let\s+you\s+decide|You\s+decide|You\s+be\s+the\s+judge)\b", 0.65,
         "'{text}' insinuates a hidden cause.", case_sensitive=True, cues="coincidence", window=(3, 30)),
    Rule(DB, r"\b(?:that|which|this)\s+tells\s+you\s+(?:everything|all)\s+you\s+need\s+to\s+know\b", 0.55,
         "'{text}' asks you to draw a damning conclusion it does not argue.", cues="tells", window=(10, 30)),
    # Bandwagon: crowds that have already joined, and "people are waking up".
    Rule(BH, r"\b(?:over|more\s+than|nearly|almost|already)\s+[\d,.]+\s*(?:million\s+|thousand\s+|crore\s+|lakh\s+)?"
         r"(?:[\w’'-]+\s+){0,4}?(?:have|has|are)\s+already\s+(?:signed|joined|pledged|backed|taken|pulled|"
         r"switched|left|quit|uninstalled|cancelled|canceled|stood|said|registered|gathered)\b", 0.6,
         "'{text}' cites a crowd that has already joined, to make you join too.", cues="already",
         window=(80, 20)),
    Rule(BH, r"\b(?:thousands|hundreds|millions|tens\s+of\s+thousands)\s+of\s+(?:[\w’'-]+\s+){1,4}?(?:have|has|are)\s+"
         r"already\s+[a-z]+(?:\s+(?:us|them|up|in|out))?\b", 0.6,
         "'{text}' cites a crowd that has already joined, to make you join too.", cues="already", window=(70, 20)),
    Rule(BH, r"\b(?:people|Americans|parents|voters|patients|families|citizens|folks)\s+are\s+"
         rf"(?:finally\s+)?waking\s+up\b|\b(?:everyone|everybody)\s+is\s+(?:joining|switching|leaving|moving)\b|"
         rf"\bthe\s+world\s+is\s+moving\s+on\b"
         rf"|\bdon{A}t\s+get\s+left\s+(?:behind|on\s+the\s+sidelines)\b", 0.6,
         "'{text}' urges you to follow the crowd.", cues="waking|joining|switching|leaving|moving|left",
         window=(25, 25)),
    Rule(BH, r"\b(?:[A-Z][a-z]+s|the\s+(?:country|nation|people|public))\s+(?:have|has)\s+had\s+enough\b|"
         r"\b(?:the\s+)?whole\s+(?:region|country|nation|world|city|town|province)\s+is\s+(?:standing\s+up|rising|"
         r"behind)\b|"
         r"\b(?:supported|backed|welcomed|endorsed)\s+by\s+(?:the\s+)?overwhelming\s+majority\b|"
         r"\boverwhelming\s+majority\s+of\s+[\w\s-]{1,40}?\s+(?:have\s+)?(?:welcomed|firmly|support|supported|back|"
         r"backed)\b|"
         r"\b(?:any|every)\s+(?:normal|sane|reasonable|decent|sensible|right-thinking)\s+(?:parent|person|citizen|"
         r"American|voter|mother|father)\b|\balready\s+(?:have|has)(?=[.!])", 0.6,
         "'{text}' claims that everyone who counts already agrees.",
         cues="enough|standing|rising|behind|majority|normal|sane|reasonable|decent|sensible|right-thinking|already",
         window=(60, 50)),
    Rule(BH, r"\bliterally\s+everyone\b|\bevery\s+serious\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:I\s+know|we\s+spoke\s+to)\b",
         0.55, "'{text}' claims everyone who counts agrees.", cues="everyone|serious", window=(15, 40)),
    # Causal oversimplification: "It is no accident that ...".
    Rule(CO, rf"\b(?:it\s+is|it{A}s|this\s+is|that\s+is|that{A}s)\s+(?:no|not\s+an?)\s+"
         rf"(?:accident|coincidence|mystery)\b(?:\s+(?:that|why)\b{_SENTENCE}{{0,150}})?", 0.6,
         "'{text}' asserts a cause from a coincidence in time.", cues="accident|coincidence|mystery",
         window=(20, 160)),
    Rule(CO, rf"\b[Ii]t\s+is\s+{_CLAUSE}{{3,80}}?\s*[,–—]\s*and\s+nothing\s+else\s*[,–—]\s*that\b"
         rf"{_SENTENCE}{{0,100}}", 0.7,
         "'{text}' puts everything down to a single cause.", cues="nothing", window=(90, 110)),
    Rule(CO, rf"\b(?:is|are|was)\s+(?:the\s+(?:reason|cause)|why)\b{_SENTENCE}{{0,80}}?,\s+full\s+stop\b", 0.65,
         "'{text}' puts a complex outcome down to a single cause.", cues="stop", window=(110, 3)),
    Rule(CO, r"\bfor\s+one\s+reason(?:,?\s+and\s+one\s+reason)?\s+only\b|"
         r"\bhave\s+a\s+single\s+(?:author|cause|culprit)\b",
         0.65, "'{text}' puts a complex outcome down to a single cause.", cues="only|author|cause|culprit",
         window=(40, 5)),
    # Appeal to authority: credentials offered in place of evidence.
    Rule(AU, r"\bEven\s+(?:the\s+)?[A-Z][^,.;\n]{1,60}?\s+(?:own\s+)?[a-z]+\s+(?:(?:have|has)\s+"
         r"(?:acknowledged|admitted|conceded|confirmed)|now\s+(?:admit|admits|concede|concedes|acknowledge|"
         r"acknowledges))\b", 0.55,
         "'{text}' cites an unlikely authority in place of evidence.", case_sensitive=True,
         cues="acknowledged|admitted|conceded|confirmed|admit|admits|concede|concedes|acknowledge|acknowledges",
         window=(90, 5)),
    Rule(AU, r"\b(?:[A-Z][\w’'-]+\s+){1,5}?[A-Z][\w-]+(?:’s|'s)\s+own\s+(?:scientists|experts|advisers|advisors|"
         r"researchers|economists|doctors|data|figures|report|studies|lawyers)\b", 0.5,
         "'{text}' turns the other side's own experts into a trump card.", case_sensitive=True, cues="own",
         window=(80, 15)),
    Rule(AU, r"\ban?\s+(?:retired\s+)?(?:[\w-]+\s+)?(?:naturopath|homeopath|chiropractor|herbalist|healer|insider|"
         r"whistleblower)\s+with\s+(?:(?:more\s+than|over|nearly|almost)\s+)?(?:\d+|[a-z]+)\s+years\b", 0.55,
         "'{text}' leans on the speaker's credentials rather than evidence.", cues="years", window=(90, 3)),
    Rule(AU, r"\ban?\s+(?:retired\s+|veteran\s+|board-certified\s+|holistic\s+|leading\s+|top\s+|senior\s+|"
         r"practicing\s+|practising\s+|former\s+)?(?:[\w-]+\s+)?(?:pediatrician|paediatrician|doctor|physician|"
         r"surgeon|dentist|scientist|professor|economist|veterinarian|analyst|general|nutritionist|toxicologist|"
         r"epidemiologist|researcher|nurse|engineer)\s+(?:with|who\s+has\s+(?:practi[cs]ed|worked|served)\s+for)\s+"
         r"(?:(?:more\s+than|over|nearly|almost)\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+years\b", 0.5,
         "'{text}' leans on the speaker's credentials rather than evidence.", cues="years", window=(120, 3)),
    Rule(AU, rf"\bwhen\s+(?:a|an|someone|somebody|the|people)\s+{_SENTENCE}{{1,50}}?\s+says\s+(?:that|so|this)\s*,\s+"
         rf"(?:(?:parents|people|we|you|everyone)\s+should\s+listen|you{A}d\s+better\s+(?:believe|listen))", 0.7,
         "'{text}' asks you to accept a claim because of who made it.", cues="listen|believe", window=(90, 5)),
    # Thought-terminating clichés.
    # "Law is law", "Greed is greed": a bare tautology opening its sentence.
    Rule(TT, rf"{QUOTED_START}([A-Z][a-z]{{2,}})\s+(?:is|are)\s+(?i:\1)\b(?![\w’'-])", 0.7,
         "'{text}' is a tautology that shuts down discussion.", case_sensitive=True, cues="is|are", window=(16, 16)),
    Rule(TT, r"\b(?:an?|the)\s+([a-z]{3,})\s+is\s+(?:an?|the)\s+\1(?=[.!,;]|\s*$)", 0.65,
         "'{text}' is a tautology that shuts down discussion.", cues="is", window=(20, 25)),
    Rule(TT, r"\b(?:do\s+your\s+own\s+research|you\s+do\s+the\s+math|"
         rf"the\s+people\s+have\s+{SPOKEN}|"
         r"(?:simply\s+|just\s+)?not\s+up\s+for\s+debate|it\s+is\s+what\s+it\s+is)\b|,\s+full\s+stop(?=[.!])", 0.6,
         "'{text}' closes the question instead of answering it.", cues="research|math|spoken|debate|stop|what",
         window=(40, 10)),
    # Whataboutism.
    Rule(WH, r"\bwhere\s+(?:was|were)\s+(?:all\s+)?(?:the|this|that|these|those)\s+(?:[a-z]+\s+)?"
         r"(?:outrage|urgency|concern|compassion|anger|fury|media|critics|protests?|activists|campaigners)\s+when\b",
         0.7, "'{text}' deflects with a charge of hypocrisy.", cues="where", window=(5, 60)),
    # "And where were these champions of minority rights when ...?", "But where were their tears
    # when ...?": the whole question, which may name anything between "where were" and "when".
    Rule(WH, rf"\b[Ww]here\s+(?:was|were)\s+(?:all\s+)?(?:this|that|these|those|their|the|you|they)\b"
         rf"{_SENTENCE}{{0,80}}?\bwhen\b{_SENTENCE}{{0,140}}\??", 0.65, "'{text}' deflects with a charge of hypocrisy.",
         cues="where", window=(5, 240)),
    Rule(WH, rf"\b[Ii]magine\s+the\s+(?:outcry|hysteria|outrage|uproar|reaction|response|fury|howls|screams|"
         rf"headlines)\s+if\b{_SENTENCE}{{0,150}}", 0.6, "'{text}' deflects to a hypothetical double standard.",
         cues="imagine", window=(5, 180)),
    # Straw men: "Listening to them, you'd think ...", "In their telling, ...", "will tell you
    # that anyone who dislikes these films simply hates fun".
    Rule(WH, rf"(?:\b[Tt]o\s+(?:listen\s+to|hear|read)\s+{_CLAUSE}{{1,40}},|\b[Ll]istening\s+to\s+"
         rf"{_CLAUSE}{{1,30}},)\s+you{A}d\s+think\b{_SENTENCE}{{0,150}}|{START}In\s+(?:their|his|her|"
         rf"[A-Z][\w-]+(?:’s|'s))\s+(?:telling|world|"
         rf"universe|fantasy),{_SENTENCE}{{0,150}}|\bIn\s+[A-Z][\w]+-world\b{_SENTENCE}{{0,150}}|\b(?:insists?|"
         rf"will\s+tell\s+"
         rf"you|would\s+have\s+you\s+believe)\s+that\s+anyone\s+who\b{_SENTENCE}{{0,120}}", 0.6,
         "'{text}' attacks a caricature of the other side's view.", case_sensitive=True,
         cues="think|telling|world|universe|fantasy|anyone", window=(60, 160)),
    Rule(WH, r"\b(?:these|those)\s+(?:very\s+)?same\s+(?:people|media|politicians|critics|folks|journalists|voices|"
         r"activists|outlets)\s+(?:had|were|have|are|never|didn['’]t)\b", 0.55,
         "'{text}' attacks the critics' consistency rather than the argument.", cues="same", window=(10, 30)),
    # Flag-waving.
    Rule(FW, rf"\b(?:our|their)\s+(?:forefathers|ancestors|grandfathers|grandparents|founding\s+fathers|Founders|"
         r"Founding\s+Fathers|forebears)\s+"
         rf"(?:fought|bled|died|sacrificed|came\s+here|built){_SENTENCE}{{0,90}}", 0.65,
         "'{text}' invokes the nation's forebears to stir pride.",
         cues="forefathers|ancestors|grandfathers|grandparents|fathers|founders|forebears", window=(15, 110)),
    Rule(FW, r"\bswells?\s+with\s+(?:national\s+)?pride\b|\bas\s+American\s+as\s+(?:apple\s+pie|the\s+Fourth\s+of\s+"
         r"July|baseball)\b|\bgreen\s+and\s+pleasant\s+land\b", 0.6, "'{text}' appeals to national pride.",
         cues="pride|american|pleasant", window=(40, 30)),
    Rule(SL, r"\bWake\s+up,\s+(?:America|Britain|Australia|Canada|Europe|people|sheeple|[A-Z][a-z]+)\b[!.]?", 0.65,
         "'{text}' is a rallying slogan.", case_sensitive=True, cues="wake", window=(3, 30)),
    Rule(TT, r"\b([A-Z][a-z]+)\s+means\s+\1\b", 0.7, "'{text}' is a tautology that shuts down discussion.",
         case_sensitive=True, cues="means", window=(20, 20)),
    Rule(SL, r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n)|(?<=[“\"]))(?:The\s+)?[A-Z][a-z]+\s+is\s+"
         r"(?:complicity|violence|murder|theft|life|freedom|power|medicine|resistance|survival|slavery|strength|"
         r"love|war|peace|treason|tyranny|poison|"
         r"genocide|a\s+crime|not\s+a\s+crime)[.!]", 0.6, "'{text}' is a slogan: a claim stated as a rallying cry.",
         case_sensitive=True, cues="is", window=(20, 20)),
    Rule(SL, r"\b[A-Z][a-z]+\s+[Zz]indabad\b|\b[A-Z][a-z]+\s+for\s+[Ss]ale\b(?=[.!”\"’]|\s*\n|$)", 0.65,
         "'{text}' is a rallying slogan.", case_sensitive=True, cues="zindabad|sale", window=(20, 5)),
    Rule(BW, r"\b(?:sovereignty|freedom|liberty|democracy|victory|independence|dignity)\s+or\s+(?:submission|slavery|"
         r"tyranny|death|servitude|surrender|ruin|chains)\b", 0.6, "'{text}' reduces the choice to two options.",
         cues="submission|slavery|tyranny|death|servitude|surrender|ruin|chains", window=(25, 3)),
    Rule(BW, rf"\bif\s+you{A}re\s+not\s+(?:part\s+of\s+the\s+solution|with\s+us),\s+you{A}re\s+(?:part\s+of\s+the\s+"
         r"problem|against\s+us)\b", 0.75, "'{text}' allows only two sides.", cues="problem|against", window=(70, 5)),
    Rule(TT, rf"\bonce\s+you\s+see\s+it,\s+you\s+can{A}t\s+unsee\s+it\b", 0.6,
         "'{text}' closes the question instead of answering it.", cues="unsee", window=(40, 5)),
    Rule(FW, r"\b(?:the|our)\s+(?:[A-Z][a-z]+\s+)?(?:people|nation|worker|workers|country|patriots|farmers)\s+"
         r"(?:does|do|will)\s+(?:not|never)\s+(?:kneel|bow|surrender|submit|bend|break)\b", 0.65,
         "'{text}' appeals to national pride and defiance.", cues="kneel|bow|surrender|submit|bend|break",
         window=(60, 5)),
    Rule(FW, r"\bis\s+([A-Z][a-z]+),\s+and\s+(?:it\s+)?(?:will|shall)\s+(?:stay|remain|always\s+be|forever\s+be)\s+"
         r"\1\b", 0.7, "'{text}' is a nationalist claim stated as a rallying cry.", case_sensitive=True,
         cues="stay|remain|always|forever", window=(40, 20)),
    Rule(DB, r"\b(?:one\s+wonders|one\s+has\s+to\s+wonder|you\s+have\s+to\s+wonder|makes\s+you\s+wonder|"
         r"one\s+can\s+only\s+wonder)\b(?:\s+(?:whether|why|what|how|if|who)\b[^.?!\n]{0,100})?", 0.55,
         "'{text}' insinuates without saying what it suspects.", cues="wonder|wonders", window=(30, 110)),
    Rule(BH, r"\b(?:everyone|everybody)\s+I\s+know\b|\b(?:1930s|1940s|Weimar)\s+(?:Europe|Germany)\b", 0.55,
         "'{text}' argues by the crowd or by a comparison with the Nazi era.",
         cues="know|europe|germany", window=(20, 5)),
    # "you either stand with the police, or you stand with the criminals" ("you're either ... or"
    # is argument_rules' rule).
    Rule(BW, rf"\byou\s+either\s+(?:stand|side|are)\s+with\b{_CLAUSE}{{1,90}}?,?\s+"
         rf"or\s+(?:you\s+)?(?:stand|side|are)\s+with\b{_CLAUSE}{{1,60}}",
         0.7, "'{text}' allows only two options.", cues="either", window=(15, 170)),
    Rule(TT, r"\b(?:have\s+fun\s+staying\s+poor|error\s+has\s+no\s+rights)\b", 0.6,
         "'{text}' dismisses doubters instead of answering them.", cues="poor|rights", window=(30, 3)),
    Rule(SL, r"\b(?:To\s+the\s+moon|WAGMI|Molon\s+labe|Semper\s+idem|Take\s+[A-Z][a-z]+\s+back)\b", 0.6,
         "'{text}' is a rallying slogan.", case_sensitive=True, cues="moon|wagmi|labe|idem|back", window=(25, 5)),
    # Three rules, not one alternation: the first two start at their cue, so they are tried
    # only there, not over the window the third needs before "people".
    Rule(FW, rf"{START}This\s+is\s+[A-Z][a-z]+\.(?=\s)", 0.6, "'{text}' appeals to national pride.",
         case_sensitive=True, cues="this", window=(0, 60)),
    Rule(FW, r"\bunited\s+as\s+one\b", 0.6, "'{text}' appeals to national pride.", case_sensitive=True,
         cues="united", window=(0, 60)),
    # "lying to the American people", "the Hungarian people have decided": a whole nation
    # invoked as the party wronged or the authority behind the point.
    Rule(FW, r"\b[Tt]he\s+(?:[A-Z][a-z]+(?:an|ish|ese|i)|Greek|Dutch|French|Afghan|Thai|Swiss|Czech|Welsh)\s+people\b",
         0.5, "'{text}' invokes the whole nation to lend the point its weight.", case_sensitive=True,
         cues="people", window=(30, 1)),
    Rule(FW, r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?people(?:\s+of\s+[A-Z][a-z]+)?\s+(?:are|is)\s+a\s+"
         r"(?:sovereign|proud|free|great|noble|brave)\s+(?:people|nation)\b", 0.6,
         "'{text}' appeals to national pride.", case_sensitive=True, cues="people", window=(30, 60)),
    Rule(SL, r"\b(?:Our|Your|My)\s+[\w’'-]+\.\s+(?:Our|Your|My)\s+[\w’'-]+\.(?:\s+(?:Our|Your|My)\s+[\w’'-]+\.)*|"
         r"\b([A-Z][a-z]+)(?:’s|'s)\s+[a-z]+\s+in\s+\1(?:’s|'s)\s+hands\b|\bThere\s+is\s+no\s+planet\s+B\b|"
         r"\bReal\s+[a-z]+\s+for\s+real\s+[a-z]+\b|\b[A-Z][a-z]+\s+Must\s+(?:Go|Pay|Resign|Fall)\b", 0.65,
         "'{text}' is a chant-like slogan.", case_sensitive=True, cues="our|your|my|hands|planet|real|must",
         window=(60, 60)),
    # Slogans: "X, not Y", hashtags, "Hungary first", national rallying cries.
    Rule(SL, rf"{CHANT_START}[A-Z][\w’'-]*(?:\s+[\w’'-]+){{0,3}},\s+not\s+(?:for\s+)?"
         r"[\w’'-]+(?:\s+[\w’'-]+)?(?=[.!”\"’]|\s*\n|$)", 0.6,
         "'{text}' is a slogan that sets one value against another.", case_sensitive=True, cues="not",
         window=(45, 30)),
    # A literal "#" first lets the regex engine skip ahead fast; the veto checks the character before.
    Rule(SL, r"#[A-Z][A-Za-z0-9]{4,}", 0.6, "'{text}' is a campaign hashtag: a slogan.",
         case_sensitive=True, veto=lambda text, m: m.start() > 0 and (text[m.start() - 1].isalnum() or
                                                                      text[m.start() - 1] in "#_&"), cues=""),
    Rule(SL, rf"\b{_NATIONS}\s+[Ff]irst\b(?=[.!,;:\"”’]|\s*\n|\s*$)", 0.6,
         "'{text}' is a nationalist slogan.", case_sensitive=True, cues="first", window=(12, 3)),
    Rule(SL, r"\b(?:Jai\s+Hind|Bharat\s+Mata\s+[Kk]i\s+[Jj]ai|Vive\s+la\s+France|Slava\s+Ukraini|God\s+save\s+the\s+"
         r"(?:King|Queen)|Rule,?\s+Britannia|Solidarity\s+forever|Not\s+one\s+more\s+[a-z]+|An\s+injury\s+to\s+one\s+"
         r"is\s+an\s+injury\s+to\s+all|Shall\s+not\s+be\s+infringed|Not\s+one\s+more(?=[.!]))\b", 0.7,
         "'{text}' is a rallying slogan.",
         case_sensitive=True, cues="jai|hind|france|ukraini|save|britannia|forever|more|injury|infringed",
         window=(40, 40)),
    # Exaggeration and minimisation.
    Rule(EX, r"\bliterally\s+(?:everything|everyone|everybody|nothing|nobody|all|always|never|millions|billions|"
         r"every\s+single\s+[a-z]+|a\s+matter\s+of\s+life\s+and\s+death)\b"
         r"|\b(?:unlike\s+anything|than\s+at\s+any\s+(?:other\s+)?time)\s+in\s+(?:[\w’'-]+\s+){1,3}history\b", 0.55,
         "'{text}' inflates the claim beyond what can be shown.", cues="literally|history", window=(60, 20)),
    # -- Widened on the session-5 tuning sets (dev13-dev16): more shapes of the same moves.
    # Appeal to fear: "If this continues, ...", "your school could be the next one".
    Rule(FE, rf"\b[Ii]f\s+this\s+(?:continues|goes\s+on|is\s+allowed\s+to\s+(?:continue|stand|pass))"
         rf"\s*,\s+{_SENTENCE}{{5,120}}", 0.6, "'{text}' warns of disaster if things go on, to stir fear.",
         case_sensitive=True, cues="continues|goes|allowed", window=(15, 130)),
    Rule(FE, rf"\b(?:your|their|our)\s+(?:[\w’'-]+\s+){{1,3}}?(?:could|will|may|might)\s+be\s+(?:the\s+)?next\b"
         rf"{_SENTENCE}{{0,50}}|\b(?:every|your|our)\s+{_CLAUSE}{{1,60}}?\s+(?:is|are)\s+next(?=[.!])|"
         rf"\b[Tt]omorrow,?\s+it\s+(?:could|will|may|might)\s+be\s+(?!(?:sunny|cloudy|rainy|windy|cold|warm|hot|dry|wet|"
         rf"colder|warmer|hotter|cooler|fine|clear)\b){_SENTENCE}{{3,80}}", 0.6,
         "'{text}' makes the threat personal to stir fear.", cues="next|tomorrow", window=(70, 70)),
    Rule(FE, rf"\byour\s+(?:son|daughter|child|children|kids|family|grandchildren|wife|husband|parents)"
         rf"(?:\s+or\s+(?:son|daughter))?\s+(?:could|will|may|might)\s+(?:soon\s+|one\s+day\s+|now\s+|someday\s+)?"
         rf"{_SENTENCE}{{3,80}}", 0.55, "'{text}' makes the threat personal to stir fear.",
         cues="son|daughter|child|children|kids|family|grandchildren|wife|husband|parents", window=(10, 110)),
    # Bandwagon: "Ask any parent and you will hear the same", "... cannot be wrong".
    Rule(BH, rf"\b[Aa]sk\s+any\s+(?:[a-z]+\s+)?(?:[a-z]+(?:er|or|ist|ian|ent|ant)|parent|mother|father|mum|mom|dad|"
         r"nurse|fan|cop|local|family|veteran|doctor|pensioner|teacher|farmer|trucker|shopkeeper|voter|"
         r"[A-Z][a-z]+(?:an|er))"
         rf"(?:\s+in\s+[A-Z][\w-]+)?"
         rf"(?:\s+and\s+(?:you|they)(?:{A}ll|\s+will)\s+(?:hear|tell\s+you|say)\b{_SENTENCE}{{0,40}})?", 0.6,
         "'{text}' offers what 'everyone' says in place of evidence.", case_sensitive=True, cues="ask",
         window=(3, 110)),
    Rule(BH, rf"\b(?:[\d,.]+\s+(?:million|thousand|crore|lakh)|millions|thousands|crores)\s+(?:of\s+)?[A-Za-z]+\s+"
         rf"(?:can(?:not|n{A}t|\s+not)|could\s+not)\s+be\s+wrong\b|\b(?:[Tt]he\s+)?(?:whole|entire)\s+world\s+"
         r"(?:is|will\s+be|is\s+going\s+to\s+be)\s+watching\b|"
         r"\bthe\s+tide\s+of\s+(?:global|public|world|international)\s+opinion\b|"
         r"\b(?:the\s+internet|the\s+public|the\s+country|the\s+nation)\s+has\s+(?:already\s+)?made\s+up\s+"
         r"its\s+mind\b", 0.6, "'{text}' claims that everyone who counts already agrees.",
         cues="wrong|watching|tide|mind", window=(60, 30)),
    Rule(BH, r"\b(?:thousands|hundreds|millions|crores|lakhs)\s+of\s+(?:our\s+)?(?:[\w’'-]+\s+){0,3}?"
         r"(?:have\s+(?:already\s+)?(?:written\s+in|switched\s+off|walked\s+away|had\s+enough|told\s+us)|"
         r"are\s+(?:already\s+)?(?:walking\s+away|switching\s+off|choosing|demanding))\b|"
         r"\b(?:millions|thousands)\s+of\s+(?:happy|satisfied|loyal)\s+[a-z]+\s+(?:choose|trust|love|prefer)\b", 0.6,
         "'{text}' cites a crowd that has already joined, to make you join too.",
         cues="thousands|hundreds|millions|crores|lakhs", window=(3, 90)),
    Rule(BH, r"\b(?:[Tt]hree\s+quarters|[Tt]wo\s+thirds|[Mm]ost|\d+\s?(?:%|per\s?cent|percent))\s+of\s+(?:the\s+)?"
         r"(?:public|voters|people|Americans|Britons|parents|country)\s+already\s+(?:back|backs|support|supports|"
         r"want|wants|agree|agrees)\b", 0.6, "'{text}' cites a crowd that has already joined, to make you join too.",
         cues="already", window=(60, 20)),
    Rule(BH, r"\b[Ee]very\s+(?:serious|sensible|thinking|right-thinking|honest|reasonable|smart|successful|decent|"
         r"competent)\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:I\s+(?:talk\s+to|have\s+(?:met|spoken\s+to))|on\s+the\s+planet|"
         r"in\s+the\s+(?:world|country))\b", 0.55, "'{text}' claims everyone who counts agrees.",
         cues="talk|met|spoken|planet|world|country", window=(50, 20)),
    Rule(AU, r"\b[Ee]very\s+(?:[a-z-]+\s+){1,2}worth\s+(?:listening\s+to|(?:his|her|their)\s+salt)\b|"
         r"\b(?:[Tt]he\s+)?experts\s+have\s+(?:long\s+)?(?:pointed\s+out|been\s+saying\s+(?:this|it|so))\b|"
         r"\b(?:developed|designed|created|reviewed|endorsed)\s+(?:in\s+partnership\s+)?with\s+(?:leading|top|"
         r"world-class|renowned|independent)\s+(?:[a-z-]+\s+){0,2}experts\b", 0.55,
         "'{text}' invokes unnamed experts in place of evidence.", cues="worth|pointed|saying|experts",
         window=(60, 30)),
    Rule(AU, rf"\b[Ii]f\s+(?:a|an|someone)\s+{_CLAUSE}{{3,60}}?\s+says\s+{_CLAUSE}{{0,40}},\s+who\s+(?:are|is)\s+"
         r"(?:the\s+rest\s+of\s+)?(?:us|we|you|I)\s+to\s+(?:argue|disagree|question)\?", 0.65,
         "'{text}' asks you to accept a claim because of who made it.", cues="argue|disagree|question",
         window=(130, 5)),
    # Doubt: "If they really cared about X, why ...?", "Who is paying for all this?".
    Rule(DB, rf"\b[Ii]f\s+{_CLAUSE}{{1,40}}?\s+(?:really|truly|genuinely)\s+(?:cared|cares|believed|believes|wanted|"
         rf"wants)\b{_CLAUSE}{{1,80}}?,\s+(?:why|how|where|then\s+why)\b{_SENTENCE}{{1,120}}\?", 0.6,
         "'{text}' questions motives rhetorically instead of giving evidence.",
         cues="cared|cares|believed|believes|wanted|wants", window=(60, 220)),
    Rule(DB, rf"\b[Ww]ho\s+(?:is|are|was)\s+(?:really\s+)?(?:paying|funding|bankrolling|financing)\b"
         rf"{_SENTENCE}{{0,140}}\?|"
         rf"\b[Hh]ow\s+many\s+of\s+(?:them|these|those)\s+(?:[a-z]+\s+)?(?:are|were|is)\s+really\b"
         rf"{_SENTENCE}{{0,60}}\?|"
         r"\b[Hh]ow\s+much\s+of\s+(?:it|this|that)\s+(?:was|is|were)\s+(?:ever\s+)?"
         r"(?:real|genuine|true|sincere|honest)\?", 0.6, "'{text}' insinuates an answer it does not give.",
         cues="paying|funding|bankrolling|financing|really|real|genuine|true|sincere|honest", window=(40, 70)),
    # Whataboutism: "The same governments that ... now ...", "This from a government that ...".
    Rule(WH, r"\b[Tt]he\s+(?:very\s+)?same\s+(?:[a-z]+\s+){0,2}(?:people|governments|organi[sz]ations|politicians|"
         r"media|outlets|elites|countries|states|activists|critics|experts|newspapers|journalists|celebrities|groups|"
         rf"NGOs|nations|powers|leaders|officials|campaigners)\s+(?:that|who|said\s+nothing|stayed\s+silent|"
         rf"were\s+silent)\b"
         rf"{_SENTENCE}{{5,160}}", 0.6,
         "'{text}' attacks the other side's consistency instead of the argument.", cues="same", window=(10, 200)),
    # Any "the same X that did A now does B"; scored under loaded words so it never hides them.
    Rule(WH, rf"\b[Tt]he\s+(?:very\s+)?same\s+(?:[A-Za-z]+\s+){{1,3}}?(?:that|who)\s+{_SENTENCE}{{5,140}}?\s+"
         rf"(?:now|never|still|has\s+not|have\s+not|hasn{A}t|haven{A}t|did\s+not|didn{A}t)\s+"
         rf"{_SENTENCE}{{3,120}}", 0.45,
         "'{text}' attacks the other side's consistency instead of the argument.", cues="same", window=(10, 280)),
    Rule(WH, rf"\bThis\s+from\s+(?:a|an|the)\s+(?:[a-z]+\s+){{0,2}}[a-z]+\s+(?:that|who)\b{_SENTENCE}{{5,140}}", 0.6,
         "'{text}' deflects with a charge of hypocrisy.", case_sensitive=True, cues="from", window=(6, 170)),
    Rule(WH, rf"\bWhere\s+(?:was|were)\s+{_SENTENCE}{{3,80}}?\s+when\b{_SENTENCE}{{5,160}}\?", 0.6,
         "'{text}' deflects with a charge of hypocrisy.", case_sensitive=True, cues="where", window=(3, 260)),
    Rule(WH, rf"\b(?:has|have)\s+(?:had\s+)?(?:nothing|not\s+a\s+word|not\s+one\s+word)\s+to\s+say\s+about\b"
         rf"{_SENTENCE}{{0,140}}", 0.6, "'{text}' deflects with a charge of hypocrisy.", cues="say",
         window=(40, 150)),
    # Causal oversimplification: "X for one reason: Y", "the root of nearly every ...".
    Rule(CO, rf"{START}[A-Z]{_SENTENCE}{{3,100}}?\s+for\s+one\s+(?:simple\s+)?reason\s*[:—–-]\s*"
         rf"{_SENTENCE}{{3,100}}", 0.6, "'{text}' puts a complex outcome down to a single cause.",
         case_sensitive=True, cues="reason", window=(110, 110)),
    Rule(CO, rf"\bthe\s+root\s+(?:cause\s+)?of\s+(?:nearly\s+|almost\s+|virtually\s+|practically\s+)?(?:every|all)\b"
         rf"{_SENTENCE}{{0,60}}", 0.6, "'{text}' puts a complex outcome down to a single cause.",
         cues="root", window=(5, 100)),
    Rule(CO, r"\b(?:remove|stop|end|fix|cut|ban)\s+(?:the\s+)?[\w-]+,?\s+and\s+you\s+(?:remove|stop|end|fix|cut|solve|"
         r"kill|ban)\s+(?:the\s+)?[\w-]+", 0.6, "'{text}' puts a complex outcome down to a single cause.",
         cues="you", window=(40, 30)),
    Rule(CO, rf"\b[Tt]his\s+is\s+what\s+happens\s+when\b{_SENTENCE}{{3,100}}|\b[Ii]s\s+it\s+(?:any|just\s+a|a|mere)\s+"
         rf"coincidence\s+that\b{_SENTENCE}{{0,150}}\?", 0.6,
         "'{text}' puts a complex outcome down to a single cause.", case_sensitive=True,
         cues="happens|coincidence", window=(25, 170)),
    # Exaggeration: "This is how freedom dies", "literally unplayable".
    Rule(EX, r"\b[Tt]his\s+is\s+how\s+(?:freedom|democracy|liberty|a\s+republic|civili[sz]ation|a\s+nation|a\s+country)"
         r"\s+(?:dies|ends|falls)\b|\bliterally\s+(?:un[a-z]{3,}able|unbearable|impossible|insane|criminal|poison|"
         r"toxic|genocide|murder|slavery|theft)\b", 0.6, "'{text}' inflates the claim beyond what can be shown.",
         cues="dies|ends|falls|literally", window=(40, 30)),
    # Flag-waving: "Real Filipinos", "the proud Iranian nation", "every inch of the motherland".
    Rule(FW, rf"\b(?:[Rr]eal|[Tt]rue|[Gg]enuine)\s+[A-Z][a-z]+(?:ans|ians|ers|ese|is|nos|ns)\b|"
         rf"\bthe\s+real\s+{_NATIONS}\b|"
         r"\b(?:proud|great|glorious|heroic|noble|brave|sacred|pious|ancient)\s+(?:and\s+[a-z]+\s+)?(?:[A-Za-z]+\s+)?"
         r"(?:nation|motherland|fatherland|homeland)\b|\b[Ee]very\s+inch\s+of\s+(?:the\s+|our\s+)?(?:[a-z]+\s+){0,2}"
         r"(?:motherland|fatherland|homeland|soil)\b|\b(?i:safeguard|defend|protect|uphold)\w*\s+the\s+(?:sovereignty|"
         r"unity|territorial\s+integrity|honou?r|dignity)(?:\s+and\s+(?:sovereignty|unity|territorial\s+integrity|"
         r"honou?r|dignity))?\s+of\s+(?:the|our)\s+(?:nation|motherland|country|homeland|people)\b", 0.6,
         "'{text}' appeals to national pride.", case_sensitive=True,
         cues="real|true|genuine|nation|motherland|fatherland|homeland|soil|sovereignty|unity|integrity|honour|"
         "honor|dignity", window=(60, 60)),
    # Flag-waving as an argument from the nation's past and its defiance: "Our grandfathers did
    # not fight in 1939 so that Poland could be governed from Luxembourg" (the span ends
    # before "so that", whose clause is the outlet's target and keeps its own flags),
    # "Russia has never abandoned its own, and it will not abandon them now", "Nigeria
    # belongs to all of us", "No force on earth can shake the iron will of ...".
    Rule(FW, rf"{QUOTED_START}[A-Z]{_SENTENCE}{{0,120}}?\b(?:did\s+not|didn{A}t|never)\s+(?:{_SACRIFICE})\b"
         rf"{_SENTENCE}{{0,160}}?(?=\s+(?:so\s+that|so\s+(?:we|they|you|our|their|his|her|its)\b|in\s+order\s+to\b))",
         0.6, "'{text}' invokes what the nation's forebears fought for, to shame the present.", case_sensitive=True,
         cues=_SACRIFICE, window=(140, 170)),
    Rule(FW, rf"{QUOTED_START}(?:{_NATIONS}|The\s+[A-Z][\w’'-]+\s+(?:nation|people|state))\s+has\s+(?:never|"
         rf"always|faced\s+down|survived|outlasted|endured)\s+{_SENTENCE}{{3,120}}?(?:,|\s[–—-])\s+(?:and|"
         rf"but)\s+(?:it|she|they|we|he)\s+"
         rf"(?:will|never|has\s+always|always|shall)\b{_SENTENCE}{{0,80}}", 0.6,
         "'{text}' casts the nation as ever-steadfast, to stir pride.", case_sensitive=True,
         cues="never|always|faced|survived|outlasted|endured", window=(40, 230)),
    Rule(FW, rf"{START}(?!{_PRONOUN})(?:The\s+)?[A-Z][\w’'-]+\s+belongs\s+to\s+(?:all\s+of\s+us|us|its\s+people|"
         r"the\s+people|the\s+[A-Z][\w’'-]+s\b|[A-Z][\w’'-]*(?:ans|ians|ese|ois|ers|is)\b)"
         rf"|\bNo\s+(?:one|force(?:\s+on\s+earth)?)\s+(?:should|can|could|will)\s+(?:ever\s+)?(?:underestimate|stop|"
         rf"shake|break|defeat|halt)\b(?:{_SENTENCE}|(?<=\d)\.(?=\d)){{0,200}}|\b(?:determination|"
         rf"resolve)\s+to\s+(?:safeguard|defend|protect|"
         rf"uphold)\b{_SENTENCE}{{0,100}}?\s+is\s+(?:unwavering|unshakable|unshakeable|rock-solid|as\s+firm\s+as\s+"
         r"(?:a\s+)?rock)\b", 0.6, "'{text}' appeals to national pride and unity.", case_sensitive=True,
         cues="belongs|underestimate|force|determination|resolve", window=(40, 230)),
    Rule(FW, rf"\b(?:is|are)\s+a\s+sovereign\s+(?:nation|country|people|state)\b|\b(?:not|never(?:\s+again)?)\s+"
         rf"(?:be\s+|become\s+)?(?:a|anyone{A}s|anybody{A}s)\s+colony\b|\bnot\s+a\s+colony\s+of\b|"
         rf"\b(?:[Tt]his|[Tt]hat)(?:\s+is|{A}s|\s+was)\s+(?:not\s+)?the\s+(?:American|British|English|French|"
         rf"Australian|"
         rf"Canadian)\s+(?:way|promise)\b|\b(?:[Tt]his|[Tt]hat)(?:\s+is\s+not|\s+isn{A}t|{A}s\s+not)\s+the\s+"
         rf"{_NATIONS}\s+(?:I|we|my|our)\b{_SENTENCE}{{0,50}}|\bI\s+thought\s+this\s+was\s+{_NATIONS}\b|"
         r"\b(?:[Nn]ot\s+(?:one|a\s+single)|[Ee]very)\s+(?:inch|centimetre|centimeter|millimetre)\s+of\b[^.?!\n]{0,80}|"
         r"\bfed\s+(?:this|our|the)\s+(?:country|nation)\s+through\b[^.?!\n]{0,60}", 0.6,
         "'{text}' appeals to national pride.", case_sensitive=True,
         cues="sovereign|colony|way|promise|thought|inch|centimetre|centimeter|millimetre|fed|"
         + "|".join(n.lower() for n in _NATIONS.strip("(?:)").split("|")), window=(60, 110)),
    # Slogans: anaphora ("Stop the spending, stop the bleeding"), "Let kids be kids", "X will
    # not kneel", well-known chants. (Runs of clipped fragments, "Safe. Reliable. Responsible.",
    # were tried: annotators mark lists such as "Tents. Tarps. Shopping carts." far more often
    # as nothing.)
    Rule(SL, rf"{CHANT_START}(save|stop|end|protect|defend|fight|keep|bring|build|fund|"
         r"ban|free|cut|tax|scrap|bin|axe|drill|lock|make|take|hands)\s+(?:the\s+|our\s+|your\s+)?[\w’'-]+,\s+"
         r"\1\s+(?:the\s+|our\s+|your\s+)?[\w’'-]+(?=[.!”\"’]|\s*\n|$)", 0.65,
         "'{text}' is a slogan: a call repeated in parallel.",
         cues="save|stop|end|protect|defend|fight|keep|bring|build|fund|ban|free|cut|tax|scrap|bin|axe|drill|lock|"
         "make|take|hands", window=(3, 70)),
    Rule(SL, r"\b[Ll]et\s+(\w+)\s+be\s+\1\b", 0.6, "'{text}' is a slogan built as a tautology.", cues="let",
         window=(3, 30)),
    Rule(SL, r"\b(?:The\s+[a-z]+|[A-Z][a-z]+)\s+will\s+(?:not|never)\s+(?:kneel|bow|surrender|submit|be\s+silenced|"
         r"be\s+intimidated|be\s+broken)\b", 0.6, "'{text}' is a rallying slogan of defiance.", case_sensitive=True,
         cues="kneel|bow|surrender|submit|silenced|intimidated|broken", window=(30, 5)),
    Rule(SL, r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n)|(?<=[“\"‘#]))(?i:peace\s+through\s+strength|my\s+body,\s+my\s+choice|"
         rf"bans\s+off\s+our\s+bodies|say\s+(?:his|her|their)\s+names?|not\s+on\s+our\s+watch|no\s+justice,\s+no\s+"
         rf"peace|take\s+back\s+control|hands\s+off\s+[a-z]+|never\s+again|the\s+rent\s+is\s+too\s+(?:damn\s+)?high|"
         rf"vote\s+with\s+your\s+wallet|if\s+you\s+don{A}t\s+know,\s+vote\s+no|on\s+est\s+chez\s+nous|"
         r"eat\s+the\s+rich|defund\s+the\s+police|back\s+the\s+blue|stop\s+the\s+steal|keep\s+[a-z]+\s+[a-z]+ing)"
         r"(?=[.!”\"’,]|\s*\n|$)", 0.65, "'{text}' is a rallying slogan.",
         cues="strength|choice|bodies|say|watch|justice|control|hands|again|rent|wallet|vote|nous|rich|police|"
         "blue|steal|keep", window=(30, 60)),
    Rule(SL, r"\b[Ii]t(?:’|')s\s+(?:your|our|my)\s+[\w’'-]+(?:,\s+(?:your|our|my)\s+[\w’'-]+){2,3}(?=[.!”\"’])", 0.6,
         "'{text}' is a chant-like slogan.", cues="it's|it’s", window=(3, 80)),
    # Thought-terminating clichés: "No industry is without risk", "There is no middle ground".
    Rule(TT, r"\b(?:No|no)\s+(?:industry|system|plan|policy|process|technology|job|business|one|human|city|country|"
         r"solution)\s+is\s+(?:without\s+(?:risk|flaws?|problems?|its\s+problems|its\s+critics)|perfect)\b|"
         r"\bthere\s+(?:is|can\s+be)\s+no\s+middle\s+ground\b", 0.55,
         "'{text}' closes the question instead of answering it.", cues="without|perfect|middle", window=(40, 15)),
    # -- Widened on dev17-dev18.
    Rule(SL, rf"{CHANT_START}O(?:ne|NE)\s+[A-Za-z]+,\s+(?:one|ONE)\s+[A-Za-z]+(?:,\s+(?:one|ONE)\s+[A-Za-z]+)+\b", 0.6,
         "'{text}' is a chant-like slogan.", case_sensitive=True, cues="one", window=(3, 60)),
    Rule(SL, rf"{CHANT_START}N[oO]\s+[A-Za-z]+,\s+(?:no|No|NO)\s+[A-Za-z]+(?=[.!”\"’]|\s*\n|$)", 0.6,
         "'{text}' is a chant-like slogan.", case_sensitive=True, cues="no", window=(3, 60)),
    Rule(SL, rf"\bwhen\s+seconds\s+count,\s+the\s+police\s+are\s+(?:only\s+)?minutes\s+away\b|\b[Vv]ive\s+"
         rf"(?:le|la|l{A})\s*[A-ZÀ-Ý][\w-]+(?:\s+libre)?\b", 0.65, "'{text}' is a rallying slogan.",
         cues="seconds|vive", window=(3, 70)),
    Rule(FE, rf"\bFirst\s+(?:they|it)\s+(?:come|came|comes)\s+for\s+{_CLAUSE}{{1,50}}?[.;,]\s+(?:Next|Then)\s*,?\s+"
         rf"(?:it{A}s|it\s+will\s+be|they{A}ll\s+come\s+for|they\s+come\s+for)\s+{_SENTENCE}{{1,100}}", 0.65,
         "'{text}' warns of a slide from one step to ever worse ones (a slippery slope).", case_sensitive=True,
         cues="first", window=(3, 170)),
    Rule(FE, r"\b[Ii]f\s+(?:this|these|they|it|he|she|the\s+[a-z]+)\s+(?:[a-z]+\s+){0,2}(?:is|are)\s+not\s+stopped\b"
         rf"{_SENTENCE}{{0,120}}|\b[Ii]f\s+we\s+(?:stay|remain|keep)\s+(?:silent|quiet)\b{_SENTENCE}{{0,120}}|"
         r"\bwill\s+become\s+the\s+next\s+[A-Z][a-z]+\b", 0.6, "'{text}' warns of disaster to come, to stir fear.",
         case_sensitive=True, cues="stopped|silent|quiet|next", window=(60, 130)),
    Rule(CO, r"\b(?:has|have|share)\s+(?:the\s+same|a\s+single|one|only\s+one)\s+(?:author|culprit|root|cause|"
         r"explanation)(?:,?\s+and\s+one\s+(?:author|culprit|cause)\s+only)?\b|"
         r"\btraces?\s+(?:straight\s+|directly\s+)?back\s+to\b(?:\s+(?:a\s+single|one)\s+[a-z]+)?", 0.6,
         "'{text}' puts a complex outcome down to a single cause.",
         cues="author|culprit|root|cause|explanation|trace|traces",
         window=(30, 30)),
    Rule(BH, r"\b(?:[Nn]ine|[Ee]ight|[Ss]even)\s+(?:in|out\s+of)\s+ten\s+(?:of\s+)?(?:our\s+)?[a-z]+\s+(?:now\s+)?"
         r"(?:choose|prefer|agree|say|trust|use|back)\b", 0.6, "'{text}' urges you to follow the crowd.",
         cues="ten", window=(15, 40)),
    Rule(BH, r"\bjoin\s+(?:your|thousands\s+of\s+your|the\s+thousands\s+of)\s+(?:neighbou?rs|fellow\s+[a-z]+)\b|"
         r"\b(?:are|is)\s+already\s+(?:standing|marching|signing)\s+with\s+us\b|"
         r"\bthe\s+whole\s+(?:country|world|nation)\s+can\s+see\b", 0.6,
         "'{text}' urges you to follow the crowd.", cues="join|already|whole", window=(10, 40)),
    Rule(BH, r"\b(?:exactly\s+|just\s+)?(?:how|what)\s+the\s+(?:Nazis|Soviets|Stasi|Gestapo|Khmer\s+Rouge)"
         r"(?:\s+and\s+the\s+(?:Nazis|Soviets))?\s+did\b", 0.65,
         "'{text}' discredits by comparison with Nazis or dictators.", case_sensitive=True,
         cues="nazis|soviets|stasi|gestapo|rouge", window=(40, 30)),
    Rule(AU, r"\bAs\s+(?:our|the)\s+(?:[A-Z][\w-]*\s+){0,4}?[A-Za-z]+\s+(?:has|have)\s+(?:so\s+)?(?:rightly|wisely|"
         r"repeatedly|often|always|long)\s+(?:said|stated|stressed|noted|warned|pointed\s+out)\b", 0.55,
         "'{text}' asks you to accept a claim because of who made it.", case_sensitive=True,
         cues="rightly|wisely|repeatedly|often|always|long", window=(60, 25)),
    # Appeals to fear: the slippery slope ("First they tax your soda. Then it's your burger."),
    # the warning that inaction now means disaster ("If we hesitate today, tanks will be on
    # the ring road tomorrow", "If nothing changes, ..."), and "not if, but when".
    # A past-tense story ("First they came to the station, then they went home") is no slope.
    Rule(FE, rf"{QUOTED_START}First\s+(?:(?:they|we)\s+(?![a-z]+ed\b|came|went|took|said|got|made|saw|left|ran|met|"
         rf"sat|told|brought|found|gave|held|kept|were|had)|it{A}s|it\s+was|"
         rf"it\s+is)\b{_SENTENCE}{{3,100}}[.,;]\s+(?:Then|Next|"
         rf"And\s+then|then|next|now|Now)\b{_SENTENCE}{{0,100}}(?:[.,;]\s+(?:Then|then|Now|now|And\s+then|Next)\b"
         rf"{_SENTENCE}{{0,100}}){{0,3}}", 0.6, "'{text}' warns of a slide from one step to ever worse ones "
         "(a slippery slope).", case_sensitive=True, cues="first", window=(3, 420)),
    Rule(FE, rf"{QUOTED_START}(?:And\s+)?[Ii]f\s+(?:we|you|they|lawmakers|ministers|the\s+[a-z]+|[A-Z][a-z]+)\s+"
         rf"(?:(?:don{A}t|do\s+not|does\s+not|doesn{A}t)\s+(?:act|stand\s+up|fight\s+back|stop\s+this)\s+(?:now|today|"
         rf"immediately|soon)|hesitate|blink|flinch|waver|stay\s+silent|do\s+nothing|look\s+away|back\s+down|cave|"
         rf"caves|"
         rf"give\s+in)\b{_CLAUSE}{{0,40}}?,\s+{_DOOM}{_SENTENCE}{{5,160}}|"
         rf"{QUOTED_START}(?:And\s+)?[Ii]f\s+nothing\s+changes,\s+"
         rf"{_DOOM}{_SENTENCE}{{5,160}}", 0.6, "'{text}' warns of disaster unless you act, to stir fear.",
         case_sensitive=True, cues="if", window=(5, 260)),
    Rule(FE, rf"\b[Ii]t\s+is\s+not\s+a\s+question\s+of\s+(?:if|whether)\b{_SENTENCE}{{3,100}}?(?:,\s+but|\.\s+It\s+"
         rf"is\s+a\s+question\s+of)\s+when\b|\b[Ii]f\s+it\s+can\s+happen\s+(?:in|on|at|"
         rf"to)\b{_CLAUSE}{{1,60}},\s+it\s+can\s+"
         rf"happen\b{_SENTENCE}{{1,80}}", 0.6, "'{text}' warns of disaster unless you act, to stir fear.",
         case_sensitive=True, cues="question|happen", window=(20, 170)),
    # Slogans: a brand's creed ("Safety is at the heart of everything we do"), value pairs
    # ("People over profits", "Parents, not politics") and well-worn campaign cries.
    Rule(SL, r"\b(?:[\w’'-]+\s+)?[\w’'-]+\s+(?:is|are)\s+at\s+the\s+heart\s+of\s+everything\s+we\s+do\b", 0.7,
         "'{text}' is a slogan.", case_sensitive=True, cues="heart", window=(35, 30)),
    Rule(SL, r"\b(?i:people|patients|planet|children|kids|families|workers|parents|communities|passengers|pupils|"
         r"students|lives|safety)\s*,?\s+(?:before|over|not)\s+(?:profits?|politics|party|greed|shareholders|"
         r"dividends)\b",
         0.7, "'{text}' is a slogan.", case_sensitive=True,
         cues="profit|profits|politics|party|greed|shareholders|dividends", window=(25, 3)),
    Rule(SL, r"\b(?i:tax\s+the\s+rich|end\s+the\s+fed|keep\s+it\s+in\s+the\s+ground|thin\s+blue\s+line|shall\s+not\s+"
         r"be\s+infringed|cold,?\s+dead\s+hands|one\s+nation\s+under\s+god|make\s+work\s+pay|"
         r"woman,\s+life,\s+freedom)\b",
         0.7, "'{text}' is a slogan.", case_sensitive=True, cues="rich|fed|ground|blue|infringed|dead|god|work|life",
         window=(25, 20)),
    # Doubt by sarcasm ("Pull the other one", "Sure, Jan", "A likely story", "Of course it was",
    # "Don't hold your breath") and by the loaded "if it is so safe, why ...?".
    Rule(DB, rf"{QUOTED_START}(?:Pull\s+the\s+other\s+one|A\s+likely\s+story|Sure,\s+[A-Z][a-z]+|Sure\s+"
         rf"(?:it|he|she|they|you)\s+(?:is|are|was|were|does|do|did|will|can)(?:n{A}t)?(?=[.!])|Of\s+course\s+(?:it|"
         rf"he|she|they)\s+(?:was|were|is|are|does|"
         rf"did|do|doesn{A}t|didn{A}t)(?=[.!])|(?:Forgive\s+(?:us|me)\s+if\s+(?:we|"
         rf"I)\s+)?[Dd]on{A}t\s+hold\s+(?:your|our|my)\s+"
         r"breath)(?:,\s+[A-Z][a-z]+)?", 0.7, "'{text}' mocks a claim instead of disproving it.", case_sensitive=True,
         cues="pull|likely|sure|course|breath", window=(40, 30)),
    Rule(DB, rf"\b[Ii]f\s+(?:it|they|these\s+[a-z]+|this\s+[a-z]+|the\s+[a-z]+)\s+(?:is|are|were|was)\s+(?:really\s+)?"
         rf"(?:so|as|that)\s+[a-z]+\b{_CLAUSE}{{0,60}}?,\s+(?:{_CLAUSE}{{0,30}}?\s+)?why\b{_SENTENCE}{{0,140}}\??",
         0.65,
         "'{text}' insinuates the claim is false without showing it.", case_sensitive=True, cues="why",
         window=(110, 150)),
    # Bandwagon: the crowd already on board ("More than 41,000 Pennsylvanians have already
    # added their names", "don't be the one left behind", "Poll after poll shows", "millions
    # cannot all be wrong", "Mamas everywhere are waking up").
    Rule(BH, r"\b(?:[Mm]ore\s+than|[Oo]ver|[Nn]early|[Aa]lmost)\s+[\d,.]+(?:\s+(?:million|thousand|billion))?\s+"
         r"(?:[\w’'-]+\s+){0,5}?(?:have|has)\s+already\s+[a-z]+|\b[Jj]oin\s+(?:the\s+)?(?:more\s+than\s+|over\s+)?"
         r"[\d,.]+(?:\s+(?:million|thousand))?\s+(?:[\w’'-]+\s+){0,6}?who\s+have\s+already\s+[a-z]+", 0.6,
         "'{text}' urges you to follow the crowd.", case_sensitive=True, cues="already", window=(90, 15)),
    Rule(BH, rf"\b[Dd]on{A}t\s+be\s+(?:the\s+(?:one|last\s+one|only\s+one)(?:\s+(?:left\s+behind|left\s+out|who\s+"
         rf"{_CLAUSE}{{1,40}}))?|left\s+(?:out|behind))", 0.6, "'{text}' urges you to follow the crowd.",
         case_sensitive=True, cues="be", window=(8, 60)),
    Rule(BH, rf"\b[Pp]oll\s+after\s+poll\b{_SENTENCE}{{0,150}}", 0.6, "'{text}' urges you to follow the crowd.",
         case_sensitive=True, cues="poll", window=(20, 175)),
    Rule(BH, rf"\b(?:[\w’'-]+\s+)?can(?:not|{A}t)\s+all\s+be\s+wrong\b|\b(?:[A-Z][\w’'-]*\s+)?(?:(?!(?:is|are|was|"
         rf"were|that)\b)[a-z][\w’'-]*\s+){{0,3}}are\s+(?:finally\s+)?waking\s+up\b(?:\s+to\s+(?:this|it|"
         rf"the\s+truth))?",
         0.6, "'{text}' urges you to follow the crowd.", case_sensitive=True, cues="wrong|waking", window=(60, 25)),
    Rule(BH, r"\b[Mm]ore\s+and\s+more\s+(?:[\w-]+\s+){0,3}?(?:are|vote|say|see|realise|realize|know|choose|agree)\b",
         0.6, "'{text}' urges you to follow the crowd.", case_sensitive=True, cues="more", window=(10, 50)),
    # Reductio ad Hitlerum: "Goebbels would have been proud", "the power Stalin could only dream of".
    Rule(BH, r"\b(?:Joseph\s+)?(?:Goebbels|Hitler|Stalin|[Tt]he\s+Nazis|Nazi\s+Germany|[Tt]he\s+Wehrmacht|"
         r"[Tt]he\s+Stasi|[Tt]he\s+Gestapo|the\s+1930s)\b[^,.;:?!\n]{0,80}", 0.55,
         "'{text}' discredits by comparison with a hated regime instead of argument.", case_sensitive=True,
         veto=_history_lesson, cues="goebbels|hitler|stalin|nazis|nazi|wehrmacht|stasi|gestapo|1930s",
         window=(10, 90)),
    # "As the historian Sir Anthony Blakeley put it", "As the Catechism teaches", "As Ludwig von
    # Mises showed": a sentence opened on a revered name's say-so.
    Rule(AU, rf"{QUOTED_START}As\s+(?:the\s+|our\s+)?(?:(?:[A-Z][\w.’'-]+|[a-z]+(?=\s+[A-Z]))\s+){{1,6}}"
         r"(?:[^,.;\n]{1,60}?\s+)?(?:itself\s+|himself\s+|herself\s+)?(?:once\s+|famously\s+|rightly\s+|wisely\s+|"
         r"repeatedly\s+|so\s+)?(?:has\s+|have\s+)?(?:repeatedly\s+|rightly\s+)?(?:teaches|reminds\s+us|reminded\s+us|"
         r"concluded|held|showed|stressed|emphasi[sz]ed|made\s+clear|put\s+it|taught|warned|observed)\b", 0.55,
         "'{text}' asks you to accept a claim because of who made it.", case_sensitive=True,
         cues="teaches|reminds|reminded|concluded|held|showed|stressed|emphasised|emphasized|clear|put|taught|warned|"
         "observed",
         window=(110, 5)),
    # Credentials offered as the argument: "a child psychologist with 25 years of practice",
    # "an endocrinologist who has treated diabetic patients for three decades", "a
    # Harvard-trained cardiologist".
    Rule(AU, r"\ban?\s+(?:(?:retired|former|veteran|board-certified|[A-Z][\w-]*-trained|leading|senior|decorated|"
         r"respected)\s+)?(?:[\w-]+\s+){0,2}?(?:[a-z]+(?:ist|ian|or|er|eon|ant)|doctor|physician|surgeon|nurse|scholar|"
         r"analyst|general|officer|captain|engineer|jurist|expert)\s+(?:with\s+(?:(?:more\s+than|over|nearly|almost|"
         r"some)\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:years|decades)|who\s+has\s+(?:practi[cs]ed|worked|served|"
         r"taught|treated|"
         r"studied|researched|covered|reported|commanded|led)\b[^,.;]{0,60}?\s+for\s+"
         r"(?:(?:more\s+than|over|nearly|almost)\s+)?(?:\d+|[a-z]+)\s+(?:years|decades)|who\s+has\s+(?:advised|"
         r"testified\s+"
         r"before|served\s+under|worked\s+with|treated)\s+(?:more\s+than\s+)?(?:\d+|[a-z]+)\b)|"
         r"\ban?\s+[A-Z][\w-]*-trained\s+"
         r"[a-z]+", 0.55, "'{text}' leans on the speaker's credentials rather than evidence.", case_sensitive=True,
         cues="years|decades|advised|testified|served|worked|treated|trained", window=(120, 30)),
    # "Every serious economist agrees", "Any serious military specialist will tell you".
    Rule(AU, r"\b(?:[Ee]very|[Aa]ny|[Nn]o)\s+(?:serious|credible|reputable|honest|competent|respected|qualified|sane|"
         r"self-respecting)\s+(?:[\w-]+\s+){0,2}?(?:economists?|scholars?|analysts?|scientists?|experts?|specialists?|"
         r"historians?|doctors?|lawyers?|jurists?|engineers?|researchers?|observers?|physicians?|strategists?|"
         r"commentators?)\b(?:[^,.;:\n]{0,40}?\s(?:agrees|accepts|knows|will\s+tell\s+you|can\s+tell\s+you|"
         r"has\s+told\s+"
         r"us|has\s+been\s+saying|says|said)\b)?", 0.55,
         "'{text}' claims every expert's backing instead of showing the evidence.", case_sensitive=True,
         cues="serious|credible|reputable|honest|competent|respected|qualified|sane|self-respecting", window=(10, 110)),
    Rule(AU, r"\b[A-Z][a-z]+\s+(?:himself|herself)\s+(?:warned|said|taught|told\s+us)\b", 0.55,
         "'{text}' asks you to accept a claim because of who made it.", case_sensitive=True,
         cues="himself|herself", window=(20, 15)),
    Rule(AU, r"\ban?\s+(?:leading|top|prominent)\s+(?:[a-z-]+\s+)?(?:expert|scientist|authority|specialist)\s+"
         r"(?:at|from|with)\s+the\b|\b(?:[Ii]ndependent|[Ll]eading|[Oo]utside)\s+"
         r"(?:[a-z-]+\s+){0,2}experts\s+(?:have\s+)?(?:confirmed|agree|agreed|concluded|verified)\b", 0.55,
         "'{text}' asks you to accept a claim because of who made it.", case_sensitive=True,
         cues="expert|experts|scientist|economist|analyst|authority|specialist", window=(40, 35)),
    Rule(FW, r"\bthe\s+(?:values|principles|ideals|freedoms)\s+(?:this|our)\s+(?:country|nation|republic)\s+was\s+"
         r"(?:founded|built)\s+(?:on|upon)\b|\b[\d.,]+\s+(?:million|billion)\s+[A-Z][a-z]+\s+people\s+will\s+never\b|"
         r"\bproudly\s+(?:British|American|Canadian|Australian|Irish|Scottish|Welsh|English|French|German|Indian|"
         r"local|independent|family-owned)\b", 0.6, "'{text}' appeals to national pride.", case_sensitive=True,
         cues="founded|built|never|proudly", window=(70, 10)),
    Rule(TT, r"\b(?:[Ss]afety|[Ss]ecurity|[Yy]our\s+safety|[Tt]he\s+safety\s+of\s+our\s+[a-z]+)\s+(?:is|remains)"
         r"(?:,\s+and\s+always\s+will\s+be,)?\s+our\s+(?:number\s+one|number-one|top|first|highest)\s+priority\b", 0.55,
         "'{text}' is a stock reassurance that closes the question.", case_sensitive=True, cues="priority",
         window=(70, 3)),
    # -- Widened on dev19.
    Rule(DB, rf"{START}(?:Why|Where|Who)\s+[^?\n]{{5,150}}\?+(?:\s+Why\s+[^?\n]{{5,150}}\?+)+",
         0.6, "'{text}' piles up questions that insinuate instead of giving evidence.", case_sensitive=True,
         cues="why", window=(160, 330)),
    Rule(DB, r"\bWho\s+elected\s+(?:him|her|them|these\s+people|this\s+[a-z]+)\?", 0.6,
         "'{text}' insinuates an answer it does not give.", case_sensitive=True, cues="elected", window=(5, 30)),
    Rule(DB, rf"\?\s+That{A}s\s+(?:exactly\s+)?what\s+(?:they|he|she)\s+said\s+about\b{_SENTENCE}{{0,60}}", 0.6,
         "'{text}' insinuates an answer it does not give.", case_sensitive=True, cues="said", window=(30, 70)),
    Rule(FE, r"\bThis\s+is\s+how\s+it\s+(?:began|started|begins|starts)(?:\s+in\s+[A-Z][a-z]+)?\b", 0.6,
         "'{text}' warns that history is repeating, to stir fear.", case_sensitive=True,
         cues="began|started|begins|starts", window=(20, 20)),
    Rule(CO, rf"\b(?:Ever\s+since|ever\s+since|Since)\s+(?:the\s+)?{_CLAUSE}{{3,50}}?,\s+{_CLAUSE}{{3,80}}?\s+"
         r"(?:has|have)\s+"
         r"(?:gone\s+through\s+the\s+roof|exploded|skyrocketed|soared|rocketed)\b|"
         rf"\bdidn{A}t\s+come\s+out\s+of\s+nowhere\b{_SENTENCE}{{0,120}}|"
         rf"\bdidn{A}t\s+[a-z]+\s+because\s+of\s+{_CLAUSE}{{3,60}}?\s*[–—-]+\s*(?:they|it|he|she)\s+[a-z]+\s+because\b"
         rf"{_SENTENCE}{{3,120}}", 0.6, "'{text}' puts a complex outcome down to a single cause.",
         cues="roof|exploded|skyrocketed|soared|rocketed|nowhere|because", window=(150, 130)),
    Rule(AU, r"\bone\s+of\s+(?:the\s+)?(?:[\w’']+\s+)?most\s+(?:respected|trusted|renowned|distinguished|eminent|"
         r"admired|celebrated)\s+[a-z]+", 0.55, "'{text}' leans on the speaker's prestige.",
         cues="respected|trusted|renowned|distinguished|eminent|admired|celebrated", window=(40, 20)),
    Rule(BW, rf"\b(?:stand|side)\s+with\s+{_CLAUSE}{{3,80}}?,?\s+or\s+(?:stand|side)\s+with\b{_SENTENCE}{{0,80}}|"
         rf"\b[Tt]he\s+choice\s+(?:[a-z]+\s+){{0,3}}is\s+(?:simple|clear|stark)\s*[:—–-]\s*{_CLAUSE}{{3,80}}?,?\s+or\s+"
         rf"{_SENTENCE}{{3,80}}", 0.65, "'{text}' offers only two options, as if no other existed.",
         cues="stand|side|choice", window=(40, 200)),
    Rule(BH, r"\b[Ee]very\s+[A-Z][a-z]+\s+(?:fan|supporter|voter|parent|citizen|patriot)\s+in\s+the\s+"
         r"(?:country|land|world)\b|"
         r"\bStalin(?:[’']s)?\s+(?:show\s+trials|purges|gulags?)\b", 0.6,
         "'{text}' argues by the crowd or by a comparison with a dictatorship.", case_sensitive=True,
         cues="country|land|world|stalin", window=(40, 25)),
    Rule(SL, r"\b[A-Z][a-z]+\s+(?:above|über)\s+(?:everything|all|everyone)\b(?:,\s+[A-Z][a-z]+\s+above\s+"
         r"(?:everything|all|everyone)\b)?|\b[A-Z][a-z]+\s+will\s+(?:not|never)\s+become\s+(?:an?\s+)?[a-z]+\s+"
         r"(?:country|colony|nation|state)\b|"
         rf"{START}[A-Z][a-z]+\s+the\s+[a-z]+\.\s+Now[.!]", 0.6,
         "'{text}' is a rallying slogan.", case_sensitive=True, cues="above|über|become|now", window=(40, 50)),
    Rule(TT, rf"\b(?:[Ii]t{A}s|[Ii]t\s+is)\s+not\s+complicated\b|\b(?:[Ii]t{A}s|[Ii]t\s+is|[Ii]t\s+really\s+is)\s+"
         r"(?:that|as)\s+simple(?:\s+as\s+that)?\b|\b[Hh]e\s+who\s+pays\s+the\s+piper\b[^.!?\n]{0,30}", 0.55,
         "'{text}' closes the question instead of answering it.", case_sensitive=True,
         cues="complicated|simple|piper", window=(25, 40)),
    Rule(EX, r"\bat\s+no\s+(?:point|time|stage)\s+(?:was|were|has|have)\s+there\s+(?:been\s+)?any\s+"
         r"(?:risk|danger|threat)\b"
         r"(?:\s+to\s+(?:public\s+health|the\s+public|anyone|residents|customers))?", 0.55,
         "'{text}' minimises a risk without showing the evidence.", cues="risk|danger|threat", window=(45, 30)),
    # -- Widened on dev20-dev21.
    Rule(BH, r"\b[Ee]very\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+(?:we|I)\s+(?:spoke|talked)\s+to\b|"
         r"\b[Ee]veryone\s+(?:in|outside|at|on)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?knows\b|"
         r"\b(?:[Aa]ll\s+of\s+humanity|[Tt]he\s+(?:whole|entire)\s+world|[Tt]he\s+world)\s+stands\s+with\b|"
         r"\bmillions\s+of\s+(?:[a-z]+\s+){1,3}(?:have\s+)?(?:trusted|chosen|loved)\b", 0.6,
         "'{text}' claims that everyone who counts already agrees.", case_sensitive=True,
         cues="spoke|talked|knows|stands|trusted|chosen|loved", window=(60, 10)),
    Rule(DB, r"\b(?:We(?:’|')ll|We\s+will)\s+let\s+you\s+draw\s+your\s+own\s+conclusions?\b|"
         r"\b[Dd]raw\s+your\s+own\s+conclusions?\b", 0.6, "'{text}' insinuates an answer it does not give.",
         case_sensitive=True, cues="conclusion|conclusions", window=(40, 3)),
    Rule(WH, r"\b(?:has|have|had)\s+(?:not|never)\s+(?:said|uttered|found)\s+(?:a\s+)?(?:single\s+)?word\b|"
         r"\b(?:And\s+)?[Nn]otice\s+what\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:is|are)\s+not\s+(?:talking|"
         r"saying)\s+about\b",
         0.55, "'{text}' deflects with a charge of hypocrisy.", cues="word|talking|saying", window=(60, 10)),
    Rule(WH, rf"\b(?:Their|His|Her|The)\s+real\s+(?:goal|aim|agenda|purpose|motive|plan)\s+is\s+(?:to|not)\b"
         rf"{_SENTENCE}{{3,120}}", 0.55, "'{text}' attributes a hidden aim to opponents (a possible straw man).",
         case_sensitive=True, cues="goal|aim|agenda|purpose|motive|plan", window=(15, 140)),
    Rule(FE, r"\b(?:you|we)\s+are\s+(?:just\s+|only\s+)?one\s+[a-z]+(?:\s+[a-z]+)?\s+away\s+from\s+"
         r"(?:losing|ruin|disaster|bankruptcy|prison|jail|catastrophe|homelessness)\b", 0.6,
         "'{text}' makes the threat personal to stir fear.", cues="away", window=(50, 30)),
    Rule(CO, rf"\bWant\s+to\s+know\s+why\b[^?\n]{{3,140}}\?\s+Look\s+at\b{_SENTENCE}{{3,140}}", 0.6,
         "'{text}' puts a complex outcome down to a single cause.", case_sensitive=True, cues="want",
         window=(3, 300)),
    Rule(SL, rf"{QUOTED_START}"
         r"(?!(?:He|She|It|This|That|There|Who|What|Everything|Nothing)\b)"
         r"(?!(?:Today|Tomorrow|Yesterday)\b)[A-Z][a-z]+\s+is\s+(?!\w+(?:ish|ese|an|ian|ic|i)\b)"
         r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
         r"August|September|October|November|December)\b)[A-Z][a-z]+(?=[.!”\"’]|\s*\n|$)", 0.6,
         "'{text}' is a slogan.", case_sensitive=True, cues="is", window=(20, 25)),
    Rule(SL, rf"{QUOTED_START}One\s+[A-Z][a-z]+(?=[.!”\"’])|"
         r"\b(?i:keep)\s+(?:[A-Z][A-Za-z]+\s+){1,3}(?i:safe|free|great|green|beautiful|strong|open|weird)\b", 0.6,
         "'{text}' is a slogan.", case_sensitive=True, cues="one|keep", window=(3, 60)),
    Rule(SL, rf"{QUOTED_START}(?!(?:Right|Not|Until|Even|Just|Only|For|Starting|By|Up|Till|"
         r"Since|And|But|So|Then|Here|Do|Go|Stop|Please)\b)[A-Z][a-z]+\s+(?:[a-z]+\s+)?[Nn]ow[.!]", 0.6,
         "'{text}' is a slogan.", case_sensitive=True, cues="now", window=(40, 5)),
    # Chants quoted in Spanish: "¡Viva la libertad, carajo!", "¡Patria o Muerte, Venceremos!".
    Rule(SL, r"¡[^!\n]{3,60}!", 0.6, "'{text}' is a rallying slogan.", cues=""),
    Rule(AU, r"\ban?\s+(?:[\w-]+\s+)?[a-z]+(?:ist|ian|or|er)\s+who\s+has\s+"
         r"(?:testified|worked|practi[cs]ed|served|treated|studied)\s+(?:in|on|for|with)?\s*(?:more\s+than|over|"
         r"nearly)\s+[\d,]+|"
         r"\ban?\s+(?:retired|decorated|respected)\s+(?:[\w-]+\s+){0,2}[a-z]+\s+with\s+"
         r"(?:over\s+|more\s+than\s+|nearly\s+)?(?:\d+|[a-z]+)\s+(?:years|decades)\s+(?:on\s+the\s+force|of\s+service|"
         r"of\s+experience|in\s+the\s+(?:job|field|industry))|\bwho\s+knows\s+a\s+thing\s+or\s+two\s+about\b", 0.55,
         "'{text}' leans on the speaker's credentials rather than evidence.",
         cues="testified|worked|practiced|practised|served|treated|studied|years|decades|thing", window=(80, 60)),
    Rule(LL, r"\b(?:linguistic|gender|vaccine|medical|climate|digital|economic|educational|corporate|tech|health|"
         r"energy|transport|water)\s+apartheid\b|\bslow[-\s]motion\s+(?:genocide|ethnic\s+cleansing|coup|massacre|"
         r"annexation|"
         r"assimilation|catastrophe|disaster|car\s+crash|train\s+wreck)\b|\b(?:push|pushing|pushes|pushed|advance|"
         r"advancing)\s+(?:an?|their|its|his|her)\s+(?:[a-z-]+\s+)?agenda\b", 0.6,
         "'{text}' condemns with a charged figure instead of describing.", cues="apartheid|motion|agenda",
         window=(40, 30)),
    Rule(EX, r"\bthe\s+(?:worst|best|greatest|biggest|dumbest|stupidest|craziest)\s+(?:[\w-]+\s+){0,4}?"
         r"I(?:’|'|\s+ha)ve\s+"
         r"(?:ever\s+)?seen\b(?:\s+in\s+(?:[a-z]+|\d+)\s+years)?", 0.6,
         "'{text}' is a sweeping superlative; say what was measured instead.", case_sensitive=True,
         cues="seen", window=(80, 25)),
    # Session 9 (dev59-dev62), each checked over every tuning text.
    Rule(WH, rf"\b(?:is|are|was|were)\s+in\s+no\s+position\s+to\s+lecture\b{_CLAUSE}{{0,60}}", 0.6,
         "'{text}' answers criticism by attacking the critic's record.", cues="lecture", window=(30, 70)),
    Rule(FE, rf"\b[Ii]magine\s+what\s+(?:they|he|she|it|the\s+[a-z]+)(?:{A}ll|\s+will|\s+would|\s+could|\s+can|"
         rf"\s+might)\s+do\b{_CLAUSE}{{0,40}}", 0.6, "'{text}' asks you to picture a threat instead of showing one.",
         case_sensitive=True, cues="imagine", window=(3, 80)),
    Rule(EX, r"\bthe\s+(?:[a-z]+\s+)?(?:fight|match|bout|clash|showdown|crime|trial|wedding|game|deal|robbery)\s+"
         r"of\s+the\s+century\b", 0.6, "'{text}' inflates an event beyond what can be shown.",
         cues="century", window=(40, 1)),
    Rule(BH, r"\bpeace\s+in\s+our\s+time\b", 0.6,
         "'{text}' likens opponents to the appeasers of Hitler at Munich.", cues="peace", window=(1, 20)),
    Rule(BH, r"\b(?:[Mm]illions|[Tt]housands|[Hh]undreds\s+of\s+thousands)\s+of\s+(?:ordinary\s+)?[A-Z][a-z]+s\s+"
         r"(?:are|have)\s+(?:already\s+)?(?:saying|demanding|refusing|rejecting|joining|joined|signing|signed|waking|"
         r"woken|standing|stood|switching|switched|choosing|chosen|ditching|ditched|turning|turned|realising|"
         rf"realizing|realised|realized|figured|seen\s+through){_CLAUSE}{{0,40}}", 0.6,
         "'{text}' urges you to follow the crowd.", case_sensitive=True, cues="millions|thousands", window=(3, 90)),
    Rule(TT, r"\b[Ii]f\s+(?:[\w’'-]+\s+){1,3}?(?:have|has)\s+nothing\s+to\s+hide,\s+(?:they|you|we|he|"
         r"she|it)\s+(?:have|has)\s+nothing\s+to\s+fear\b|\bthe\s+matter\s+is\s+closed\b", 0.7,
         "'{text}' is a cliché that shuts down thought.", cues="fear|closed", window=(70, 1)),
    Rule(DB, rf"{QUOTED_START}How\s+(?:very\s+)?convenient(?=[.!?])", 0.65,
         "'{text}' insinuates bad faith without showing it.", case_sensitive=True, cues="convenient", window=(12, 1)),
    Rule(FE, rf"\b[Ii]f\s+{_CLAUSE}{{3,80}}?\s+today,\s+{_CLAUSE}{{3,80}}?\s+tomorrow\b|\b(?:and\s+)?tomorrow,?\s+"
         rf"they(?:{A}ll|\s+will)\s+come\s+for\s+(?:our|your)\s+[\w’'-]+", 0.65,
         "'{text}' warns of worse to come instead of arguing the case at hand.", case_sensitive=True,
         cues="tomorrow", window=(180, 40)),
    # The subject is the word before "can" ("you" and "we" have their own rule above).
    Rule(BW, rf"\b(?:[Tt]hey|[Ii]t|[Hh]e|[Ss]he|(?!You\b|We\b)[A-Z][a-z]+)\s+can\s+{_CLAUSE}{{3,90}}?,?\s+"
         rf"or\s+(?:they|it|he|she)\s+can\b{_CLAUSE}{{0,60}}", 0.6,
         "'{text}' offers only two options, as if no other existed.",
         case_sensitive=True, cues="can", window=(16, 160)),
    Rule(CO, rf"\b[Tt]he\s+(?:whole\s+|real\s+)?reason\s+{_CLAUSE}{{3,80}}?\s+is\s+(?:simple|that)\b"
         rf"{_SENTENCE}{{0,100}}", 0.6,
         "'{text}' pins a complex outcome on a single cause.", case_sensitive=True, cues="reason", window=(20, 200)),
    Rule(DB, rf"\b(?:(?:[Yy]ou{A}ll\s+)?[Ff]orgive\s+me\s+if\s+I\s+)?(?:[Dd]on{A}t|no\s+longer|can{A}t|won{A}t)\s+"
         r"believe\s+"
         r"a\s+word\s+(?:of\s+it|(?:he|she|they|it)\s+says)\b", 0.65,
         "'{text}' dismisses a claim instead of disproving it.", case_sensitive=True, cues="word", window=(50, 10)),
    Rule(SL, r"\bwin-win\s+cooperation\b|\b[Ff]reedom\s+isn[’']t\s+free\b|\b[Cc]ome\s+and\s+[Tt]ake\s+[Ii]t\b", 0.6,
         "'{text}' is a slogan.", case_sensitive=True, cues="win-win|free|take", window=(20, 20)),
    # dev67-dev70, each checked over every tuning text.
    Rule(BH, r"\bthe\s+(?:vast|overwhelming)\s+majority\s+(?:of\s+(?:[A-Z][a-z]+s|people|voters|citizens|residents|"
         r"the\s+public|ordinary\s+[a-z]+)\s+)?(?:know|knows|support|supports|agree|agrees|want|wants|believe|"
         r"believes|reject|rejects|back|backs|oppose|opposes|understand)\b", 0.6,
         "'{text}' claims the crowd is on one side instead of arguing.", cues="majority", window=(15, 60)),
    Rule(FW, r"\b(?:is|are|was|remains|made\s+us|make\s+us)\s+the\s+envy\s+of\s+the\s+(?:world|planet|globe)\b", 0.6,
         "'{text}' appeals to national pride.", cues="envy", window=(20, 20)),
    Rule(WH, rf"\b[Tt]he\s+same\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:that|who|which)\s+(?:lectures?|lectured|preach(?:es)?|"
         rf"preached)\b{_SENTENCE}{{0,120}}", 0.6,
         "'{text}' answers criticism by pointing at the critic's own record.", case_sensitive=True,
         cues="lecture|lectures|lectured|preach|preaches|preached", window=(40, 130)),
    # Scored below a label inside it ("Once a snake, always a snake" keeps its labels).
    Rule(TT, rf"\b[Ww]here\s+there{A}s\s+smoke,?\s+there{A}s\s+fire\b", 0.65,
         "'{text}' is a cliché that shuts down thought.", case_sensitive=True, cues="smoke", window=(15, 20)),
    Rule(FW, r"\b[Tt]his\s+is\s+not\s+who\s+we\s+are\b", 0.6,
         "'{text}' appeals to shared identity instead of argument.", case_sensitive=True, cues="who", window=(20, 10)),
    Rule(BH, rf"\b(?:[Tt]hat|[Ss]o)\s+many\s+(?:[\w’'-]+\s+){{0,2}}can(?:not|{A}t)\s+(?:all\s+)?be\s+wrong\b", 0.6,
         "'{text}' urges you to follow the crowd.", case_sensitive=True, cues="wrong", window=(40, 5)),
    Rule(TT, r"\b[Oo]nce\s+an?\s+([a-z]+),\s+always\s+an?\s+\1\b", 0.45,
         "'{text}' is a cliché that shuts down thought.", case_sensitive=True, cues="always", window=(25, 20)),
    Rule(AU, rf"\b[Aa]s\s+an?\s+(?:former|retired|veteran|practising|practicing)\s+[a-z]+(?:\s+[a-z]+){{0,2}},\s+I\b"
         rf"{_CLAUSE}{{0,40}}|\b[Aa]s\s+(?:leading|top|respected|eminent|distinguished)\s+[a-z]+(?:\s+[a-z]+)?\s+"
         r"(?:scholars|experts|scientists|economists|lawyers|doctors|historians)\b[^,.;\n]{0,60}", 0.55,
         "'{text}' asks you to accept a claim because of who made it.", case_sensitive=True,
         cues="former|retired|veteran|practising|practicing|leading|top|respected|eminent|distinguished",
         window=(10, 110)),
    # dev71-dev73, each checked over every tuning text.
    # A land claimed in three words: "Kosovo is Serbia.", "Karabakh is Azerbaijan!"
    Rule(SL, rf"{QUOTED_START}(?!(?:This|That|It|He|She|There|Here|Today)\b)([A-Z][a-z]+)\s+is\s+(?!\1\b)"
         rf"{_TERRITORIES}(?=[!.]|[”\"]|\s+[–—]\s)", 0.6, "'{text}' is a territorial slogan.", case_sensitive=True,
         cues=_TERRITORY_CUES, window=(30, 3)),
    Rule(SL, r"\b[A-Z][\w’'-]*\s+rights\s+are\s+human\s+rights\b", 0.65, "'{text}' is a slogan.",
         case_sensitive=True, cues="rights", window=(20, 25)),
    Rule(EX, r"\ba\s+(?:drop\s+in\s+the\s+(?:ocean|bucket)|rounding\s+error)\b|\b[Pp]ocket\s+change\b", 0.55,
         "'{text}' shrinks a figure to dismiss it.", cues="drop|rounding|pocket", window=(5, 20)),
    Rule(EX, r"\b[Nn]o\s+(?:other\s+)?[a-z]+\s+on\s+(?:earth|Earth|the\s+planet)\s+(?:has|is|can|could|does|comes)\b"
         rf"{_CLAUSE}{{0,40}}", 0.55, "'{text}' is a sweeping superlative; say what was measured instead.",
         case_sensitive=True, cues="earth|planet", window=(25, 60)),
    Rule(BH, r"\b[Ee]very(?:body|one)\s+who\s+is\s+any(?:body|one)\b|\b[Ee]veryone\s+I\s+(?:speak|talk)\s+to\b", 0.6,
         "'{text}' urges you to follow the crowd.", case_sensitive=True, cues="anybody|anyone|speak|talk",
         window=(25, 5)),
    Rule(TT, r"\b(?:[Nn]o|NO)\s+(?:one|player|man|individual|ONE|PLAYER|MAN)\s+(?:is|IS)\s+(?:bigger|BIGGER)\s+"
         r"(?:than|THAN)\s+(?:the|THE)\s+(?:club|team|party|game|CLUB|TEAM|PARTY|GAME)\b", 0.55,
         "'{text}' is a cliché that shuts down thought.", case_sensitive=True, cues="bigger", window=(20, 20)),
    # dev74-dev77, each checked over every tuning text.
    Rule(BH, r"\b[Ee]very\s+(?:real\s+|true\s+|honest\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:in|on)\s+(?:the|this)\s+(?:country|"
         r"campus|nation|city|league|region)\s+(?:already\s+)?(?:knows|agrees|can\s+see)\b", 0.6,
         "'{text}' claims everyone agrees instead of arguing.", cues="knows|agrees|see", window=(60, 5)),
    Rule(FW, rf"\b(?:will\s+not|will\s+never|won{A}t|never|has\s+never|have\s+never|does\s+not|do\s+not|did\s+not)\s+"
         r"(?:kneel|knelt|bow|bowed)\b(?:\s+(?:down|its\s+head|before|to)\b[^.;!?\n]{0,40})?", 0.6,
         "'{text}' appeals to national pride in defiance.", cues="kneel|knelt|bow|bowed", window=(20, 50)),
    Rule(EX, r"\bless\s+than\s+(?:the\s+(?:price|cost)\s+of\s+)?an?\s+(?:single\s+)?(?:coffee|cup\s+of\s+coffee|"
         r"latte|sandwich|pint)\b", 0.55, "'{text}' shrinks a cost to make it seem trivial.",
         cues="coffee|latte|sandwich|pint", window=(40, 5)),
    Rule(EX, r"\b(?:modest|slight)\s+(?:price\s+)?(?:update|adjustment|tweak|change)s?\b|\bsmall\s+(?:price\s+)?"
         r"(?:update|adjustment|tweak)s?\b", 0.6,
         "'{text}' shrinks a price rise to make it seem trivial.", cues="update|adjustment|tweak|change|updates|"
         "adjustments|tweaks|changes", window=(20, 1)),
)
