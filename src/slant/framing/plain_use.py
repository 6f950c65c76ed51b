"""Signs that a lexicon word is used plainly where it stands, not as loaded language.

A word that is loaded in one phrase is plain in another: "woke activists" but "woke up",
"a vicious smear" but "a smear test", "holding the NHS to ransom" but "no ransom was
paid", "the Leech" but "Leech Creek". The checks look only at the words right next to
the cue, so they cost nothing where the cue is rare.
"""

from __future__ import annotations

import re

# The next word that makes the cue plain.
_PLAIN_BEFORE = {
    "woke": ("up",),
    "smear": ("of", "test", "tests"),
    "entitled": ("to",),
    "awful": ("lot",),
    "rubbish": ("bin", "bins", "collection", "collections", "tip", "dump", "bag", "bags", "left", "uncollected"),
    "ransom": ("had", "has", "was", "were", "demand", "demands", "payment", "payments", "note"),
    "seized on": (
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ),
}
# The previous word that makes the cue plain ("kidnapped for ransom").
_PLAIN_AFTER = {"ransom": ("for",)}
# A capitalised cue before a place noun is part of a name ("Leech Creek").
_PLACE_NOUN = re.compile(r"\s(?:Creek|River|Lake|Island|Islands|Street|Road|Avenue|Bay|Valley|Mountain|Hill|Park|"
                         r"County|Point|Falls|Springs|Canyon|Ridge|Forest|Bridge)\b")
# A label followed by an object pronoun is a verb: "don't let the name fool you".
_OBJECT_PRONOUN = re.compile(r"\s+(?:you|us|me|them|him|her|anyone|anybody|everyone|nobody)\b")
_NEXT_WORD = re.compile(r"\s{1,3}([A-Za-z][\w’']*)")
_PREV_WORD = re.compile(r"([A-Za-z][\w’']*)[ \t\u00a0]{1,2}$")


def plain_here(text: str, cue: str, start: int, end: int) -> bool:
    """Whether the words around ``cue`` (at ``start:end`` of ``text``) show a plain use."""
    if cue[:1].isupper() and _PLACE_NOUN.match(text, end):
        return True
    low = " ".join(cue.lower().split())
    before = _PLAIN_AFTER.get(low)
    if before is not None:
        prev = _PREV_WORD.search(text, max(0, start - 20), start)
        if prev is not None and prev.group(1).lower() in before:
            return True
    after = _PLAIN_BEFORE.get(low)
    if after is None:
        return False
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1).lower() in after


def label_used_as_verb(text: str, end: int) -> bool:
    """Whether the label ending at ``end`` is a verb here ("fool you", "bully us")."""
    return _OBJECT_PRONOUN.match(text, end) is not None
