"""The vocabulary of the tagger: techniques, frames and the span type.

Technique names are those of SemEval-2020 Task 11 (the PTC corpus), spelled exactly as
its scorer expects; frame names are the generic news frames of the Media Frames Corpus.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

TECHNIQUES: dict[str, str] = {
    "Loaded_Language": (
        "Words or phrases with strong emotional implications (positive or negative) "
        "used to influence the reader instead of describing."
    ),
    "Name_Calling,Labeling": (
        "Labelling the object of the propaganda as something the audience fears, hates "
        "or despises (or loves and praises)."
    ),
    "Repetition": "Repeating the same message or word over and over so that it is accepted.",
    "Exaggeration,Minimisation": (
        "Representing something as much larger, better or worse than it is, or "
        "downplaying it so it seems less important than it is."
    ),
    "Doubt": "Questioning the credibility of someone or something without evidence.",
    "Appeal_to_fear-prejudice": (
        "Building support for an idea by instilling anxiety or panic about an alternative, "
        "often based on preconceived judgements."
    ),
    "Flag-Waving": (
        "Playing on strong national (or group) feeling to justify or promote an action or idea."
    ),
    "Causal_Oversimplification": (
        "Assuming a single cause or reason when there are several behind an issue."
    ),
    "Slogans": "A brief, striking phrase that may include labelling and stereotyping.",
    "Appeal_to_Authority": (
        "Stating that a claim is true simply because an authority or expert said so, "
        "without other supporting evidence."
    ),
    "Black-and-White_Fallacy": (
        "Presenting two alternatives as the only possibilities when more exist."
    ),
    "Thought-terminating_Cliches": (
        "Short, generic phrases that discourage critical thought and end a discussion."
    ),
    "Whataboutism,Straw_Men,Red_Herring": (
        "Discrediting a position by charging hypocrisy, misrepresenting it, or diverting "
        "attention to an irrelevant topic."
    ),
    "Bandwagon,Reductio_ad_hitlerum": (
        "Persuading by claiming everyone already agrees, or discrediting an idea by linking "
        "it to a hated group (Nazis, Hitler)."
    ),
}

FRAMES: dict[str, str] = {
    "Economic": "Costs, benefits, money, jobs, markets and other financial implications.",
    "Capacity and resources": (
        "Availability or lack of physical, human or financial resources and capacity."
    ),
    "Morality": "Religious or ethical implications; what is right or wrong, good or evil.",
    "Fairness and equality": (
        "Equality or inequality in how laws, punishments, rewards and resources are distributed."
    ),
    "Legality, constitutionality and jurisprudence": (
        "Legal rights, courts, constitutional questions and the law's authority."
    ),
    "Policy prescription and evaluation": (
        "Particular policies proposed for an issue and whether they work."
    ),
    "Crime and punishment": "Violations of law, enforcement, sentencing and punishment.",
    "Security and defense": (
        "Threats to a nation or group, war, the military, terrorism and defence."
    ),
    "Health and safety": "Health care, disease, injury, sanitation and public safety.",
    "Quality of life": "Effects on people's wellbeing, daily life, happiness and community.",
    "Cultural identity": "Traditions, customs, religion, ethnicity and national identity.",
    "Public opinion": "Attitudes of the public, polls, protests and popular reaction.",
    "Political": "Politics, parties, elections, politicians and partisan manoeuvring.",
    "External regulation and reputation": (
        "A nation's standing abroad, foreign relations, treaties and international pressure."
    ),
}

FRAME_DESCRIPTIONS: dict[str, str] = {
    "Economic": (
        "Stories about what an issue costs, who pays and who profits, and its effect on jobs, "
        "prices, trade, taxes and the economy."
    ),
    "Capacity and resources": (
        "Stories about whether there are enough resources, people or equipment to cope, and about "
        "shortages and overstretched services."
    ),
    "Morality": (
        "Stories that judge right and wrong: actions called evil, shameful, dishonest or just, and "
        "appeals to ethics, religion or conscience."
    ),
    "Fairness and equality": (
        "Stories about fairness and equality: whether a group is discriminated against, treated "
        "unequally or denied equal rights."
    ),
    "Legality, constitutionality and jurisprudence": (
        "Stories about the law: courts, judges, lawsuits and rulings, constitutional rights, "
        "sovereignty and international law."
    ),
    "Policy prescription and evaluation": (
        "Stories about a policy: a government plan, strategy or measure proposed to deal with the "
        "problem, and whether it works."
    ),
    "Crime and punishment": (
        "Stories about crime: criminals, police, investigations, charges, trials, sentences and prison."
    ),
    "Security and defense": (
        "Stories about war and security: armies and militants fighting, attacks, airstrikes, "
        "terrorism and threats to the nation."
    ),
    "Health and safety": (
        "Stories about health and safety: disease, injuries and deaths, hospitals, doctors, "
        "vaccines and public health."
    ),
    "Quality of life": (
        "Stories about how people's everyday lives are affected: their homes, families, "
        "communities, living conditions and wellbeing."
    ),
    "Cultural identity": (
        "Stories about culture and identity: a group's religion, ethnicity, traditions, customs, "
        "language and way of life."
    ),
    "Public opinion": (
        "Stories about what the public thinks: opinion polls, voters' mood, protests, petitions, "
        "popular support or backlash."
    ),
    "Political": (
        "Stories about politics: politicians, parties, elections, governments and regimes "
        "competing for power."
    ),
    "External regulation and reputation": (
        "Stories about relations between countries: foreign powers, alliances, diplomacy, "
        "international pressure and a nation's reputation abroad."
    ),
}
"""One-sentence descriptions of the frames in plain words, compared with sentences in the embedding mode."""


@dataclass(frozen=True)
class Span:
    """One flagged stretch of text.

    Attributes:
        start: Offset of the first character in the tagged text.
        end: Offset one past the last character (``text == source[start:end]``).
        text: The flagged characters, verbatim.
        technique: One of ``TECHNIQUES``.
        score: Confidence from 0 to 1.
        explanation: Why it is flagged: the cue that fired and, where one exists, a
            neutral wording.

    """

    start: int
    end: int
    text: str
    technique: str
    score: float
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        """The span as a JSON-ready dict."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "technique": self.technique,
            "score": self.score,
            "explanation": self.explanation,
        }
