"""Signs that a lexicon word is used plainly where it stands, not as loaded language.

A word that is loaded in one phrase is plain in another: "woke activists" but "woke up",
"a vicious smear" but "a smear test", "holding the NHS to ransom" but "no ransom was
paid", "the Leech" but "Leech Creek". The checks look only at the words right next to
the cue, so they cost nothing where the cue is rare.
"""

from __future__ import annotations

import re

from slant.framing import lexicon as lx

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


def plain_here(text: str, key: str, start: int, end: int) -> bool:
    """Whether the words around the cue at ``start:end`` of ``text`` show a plain use.

    ``key`` is the cue as ``lexicon.normalize`` gives it (the lexicon's own key).
    """
    if text[start].isupper() and _PLACE_NOUN.match(text, end):
        return True
    before = _PLAIN_AFTER.get(key)
    if before is not None:
        prev = lx.PREV_WORD.search(text, max(0, start - 20), start)
        if prev is not None and prev.group(1).lower() in before:
            return True
    after = _PLAIN_BEFORE.get(key)
    if after is None:
        return False
    nxt = lx.NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1).lower() in after


def label_used_as_verb(text: str, end: int) -> bool:
    """Whether the label ending at ``end`` is a verb here ("fool you", "bully us")."""
    return _OBJECT_PRONOUN.match(text, end) is not None
