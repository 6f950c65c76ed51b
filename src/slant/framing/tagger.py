"""The offline tagger: lexicon hits grown into phrases, phrase patterns, repetition.

``tag(text)`` is a pure function of the text. Every candidate comes from a precompiled
regex scanned once over the text, so time grows linearly with its length; Python only
looks at the (sparse) matches. Candidates are then resolved so no two spans overlap.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from slant.framing import lexicon as lx
from slant.framing import plain_use
from slant.framing.attribution import NOTE as QUOTED_NOTE
from slant.framing.attribution import (
    attributed_quotations,
    penalised,
    rebutted,
    rebutting_verbs,
    reports_plainly,
    within,
)
from slant.framing.patterns import compiled_rules
from slant.framing.rule_matching import rule_matches
from slant.framing.taxonomy import Span

LL = "Loaded_Language"
NC = "Name_Calling,Labeling"
EX = "Exaggeration,Minimisation"
RP = "Repetition"

# Only words on the same line join a phrase: a newline ends a headline or paragraph.
_TOKEN = re.compile(r"[ \t\u00a0]{1,3}([A-Za-z]\w*(?:[-‐‑]\w+)*)(?![’']\w{2})")
_POSSESSIVE = re.compile(r"[’']s?(?!\w)")
_ADJ_SUFFIXES = (
    "al", "ic", "ive", "ous", "ful", "ist", "ish", "ian", "an", "ese", "less", "able",
    "ible", "ary", "ed", "ing", "ern",
)
_LY_NOUNS = frozenset([
    "family", "ally", "rally", "assembly", "supply", "monopoly", "anomaly", "italy", "folly"
])
_PERSON_NOUNS = frozenset(
    [
        "friend", "friends", "leader", "leaders", "man", "men", "woman", "women", "people",
        "person", "supporters", "followers", "president", "politician", "politicians", "minister",
        "ministers", "official", "officials", "allies", "ruler", "rulers", "government",
        "governments", "gang", "gangs", "clique", "cabal", "crew", "lawmakers", "senator",
        "senators", "mayor", "judge", "judges", "commentators", "pundits", "elite", "elites",
        "liberals", "conservatives", "leftists", "democrats", "republicans", "activists",
        "journalists", "crowd", "rabble", "bunch", "lot", "ones", "masters"
    ]
)
# Capitalised heads that make a capitalised epithet part of the name of an event or period.
_NAMED_PERIODS = frozenset(
    "Revolution Revolutions War Wars Depression Recession Age Era Leap Fire Plague Famine Exhibition Schism "
    "Awakening Reformation Migration Trek March Game Games Twelfth Fourth Fifth".split()
)
_STRONG_INTENSIFIERS = frozenset(
    [
        "utterly", "totally", "absolutely", "completely", "downright", "patently", "insanely",
        "ridiculously", "incredibly", "unbelievably", "staggeringly", "thoroughly", "wholly",
        "hopelessly"
    ]
)
_GROWING_HYPERBOLE = ("than", "but", "mere", "of")
_WHY_BY_SOURCE = {
    "loaded_verbs.txt": "'{cue}' is a charged verb: it dramatises what was said or done "
                        "instead of reporting it.",
    "loaded_idioms.txt": "'{cue}' is charged wording: it appeals to emotion instead of "
                         "describing.",
    "euphemisms.txt": "'{cue}' is a euphemism or spin: soft wording chosen for its effect, "
                      "not its accuracy.",
}
_DEFAULT_WHY = "'{cue}' is emotionally loaded wording."
# The word before a label or loaded noun that belongs to it ("MAGA cult", "anti-science
# cranks", "Russophobic hysteria"); determiners and function words never do.
_SENTENCE_END = re.compile(r"(?:^|[.!?:;“\"(\n]\s*)$")


class Candidate(NamedTuple):
    """A proposed span before overlap resolution."""

    start: int
    end: int
    technique: str
    score: float
    explanation: str


# Words said over and over as filler, not for emphasis.
_FILLER = frozenset(["blah", "cool", "hey", "yeah", "bye"])


@cache
def _repetition_regex() -> re.Pattern[str]:
    # A word said three times or more at once ("lies, lies, lies"): backreference, no
    # Python loop, so it stays linear. Said twice ("He is nineteen. NINETEEN.", "Decades!")
    # it is emphasis the tuning sets' annotators passed over in 36 of 40 cases.
    return re.compile(
        r"(?<![\w’'-])([A-Za-z][\w’'-]{2,}+)(?:[ ,;:!.…—–-]{1,3}\1(?![\w’'-])){2,}",
        re.IGNORECASE,
    )


def _adjectival(word: str) -> bool:
    low = lx.normalize(word)
    if "-" in low or low in lx.textblob_adjectives():
        return True
    entry = lx.entries().get(low)
    if entry is not None and entry.kind in (lx.MODIFIER, lx.AUTO):
        return True
    return low.endswith(_ADJ_SUFFIXES)


def _is_name(word: str) -> bool:
    """A capitalised word that is not a nationality adjective ("Iranian")."""
    return word[:1].isupper() and not lx.normalize(word).endswith(("an", "ese", "ish", "i"))


def grow(text: str, end: int, limit: int) -> list[tuple[int, int, str]]:
    """The words after ``end`` that continue a noun phrase, at most ``limit`` of them.

    Without a part-of-speech tagger, a phrase is: adjective-like words then one head noun,
    or a run of capitalised words (a name). It stops at function words, adverbs, numbers,
    punctuation and line ends.
    """
    stop = lx.word_set("stopwords.txt")
    tokens: list[tuple[int, int, str]] = []
    pos = end
    while len(tokens) < limit:
        m = _TOKEN.match(text, pos)
        if m is None:
            break
        word = m.group(1)
        low = lx.normalize(word)
        if low in stop or (low.endswith("ly") and low not in _LY_NOUNS):
            break
        if tokens:
            prev = tokens[-1][2]
            if _is_name(prev) != _is_name(word) and not (
                word[:1].islower() and not _is_name(prev)
            ):
                break  # a name does not run on into common nouns, nor the reverse
            if word[:1].islower() and (
                low.endswith(("ed", "ing")) or (not _adjectival(prev) and (low.endswith("s") or prev.endswith("s")))
            ):
                break  # after a noun, "-ed"/"-ing"/"-s" words are likely verbs; a plural is a head
        tokens.append((m.start(1), m.end(1), word))
        pos = m.end(1)
        if _POSSESSIVE.match(text, pos):
            break  # "the killer army’s thugs": the possessive closes the phrase
        entry = lx.entries().get(low)
        if low in _PERSON_NOUNS or (entry is not None and entry.kind == lx.LABEL):
            break  # a label or person noun is the head of its phrase
    return tokens


def _neutral_phrase(words: Iterable[str]) -> str:
    out: list[str] = []
    for word in words:
        entry = lx.entries().get(lx.normalize(word))
        if entry is None or entry.kind == lx.HYPERBOLE:
            out.append(word)
        elif entry.neutral:
            out.append(entry.neutral)
    return " ".join(out)


def _phrase(
    text: str, start: int, end: int, cue: str, entry: lx.Entry, limit: int = 2
) -> Candidate | None:
    """A loaded modifier grown over the noun it colours ("killer army")."""
    tokens = grow(text, end, limit)
    if not tokens:
        if lx.normalize(cue) == "killer":  # "the killer was" is a noun, not a modifier
            return None
        score = entry.score - (0.1 if entry.kind == lx.MODIFIER else 0.05)
        neutral = f" Neutral: '{entry.neutral}'." if entry.neutral else ""
        return Candidate(start, end, LL, round(score, 2),
                         f"'{cue}' is loaded: it judges instead of describing.{neutral}")
    head = tokens[-1][2]
    if cue[:1].isupper() and head in _NAMED_PERIODS and not plain_use.in_title_case_line(text, start):
        return None  # "the Glorious Revolution", "the Gilded Age": the name of a period
    head_low = lx.normalize(head)
    head_entry = lx.entries().get(head_low)
    labelled = head_entry is not None and head_entry.kind == lx.LABEL
    is_name = _is_name(head) and not plain_use.in_title_case_line(text, start)
    technique = NC if (labelled or is_name or head_low in _PERSON_NOUNS) else LL
    phrase = text[start : tokens[-1][1]]
    words = [cue] + [t[2] for t in tokens]
    neutral = _neutral_phrase(words)
    neutral_note = f" Neutral: '{neutral}'." if neutral and neutral != " ".join(words) else ""
    if technique == NC:
        why = f"'{phrase}' attaches the loaded epithet '{cue}' to {'a name' if is_name else 'people'}."
    else:
        why = f"'{cue}' is loaded: it colours '{text[tokens[0][0]:tokens[-1][1]]}' with judgement."
    score = min(0.95, entry.score + 0.05 + (0.05 if labelled else 0.0))
    return Candidate(start, tokens[-1][1], technique, round(score, 2), why + neutral_note)


def _lexicon_candidates(text: str, folded: str | None) -> Iterable[Candidate]:
    table = lx.scan_table()
    scanned, regex = (text, lx.lexicon_regex()) if folded is None else (folded, lx.lexicon_regex(folded=True))
    for m in regex.finditer(scanned):
        cue = text[m.start() : m.end()]
        key = lx.normalize(cue)
        entry = table.get(key)
        if entry is None or plain_use.plain_here(text, key, m.start(), m.end()):
            continue
        if entry.verb_only and not plain_use.reads_as_verb(text, m.start(), m.end()):
            continue
        if entry.kind == lx.INTENSIFIER:
            cand = _intensified(text, m)
            if cand is not None:
                yield cand
        elif entry.kind in (lx.MODIFIER, lx.AUTO):
            cand = _phrase(text, m.start(), m.end(), cue, entry)
            if cand is not None:
                yield cand
        elif entry.kind == lx.LABEL:
            if plain_use.label_used_as_verb(text, m.end()):
                continue
            neutral = f" Neutral: '{entry.neutral}'." if entry.neutral else ""
            start = _extend_left(text, m.start(), label=True)
            yield Candidate(start, _label_head(text, m.end()), NC, entry.score,
                            f"'{cue}' is a label that brands people instead of describing them.{neutral}")
        elif entry.kind == lx.WORD:
            neutral = f" Neutral: '{entry.neutral}'." if entry.neutral else ""
            start = m.start()
            if " " not in cue and not key.endswith("ly") and (  # an adverb takes no modifier
                entry.source == "loaded_idioms.txt" or not key.endswith(("ed", "ing", "s"))
            ):
                start = _extend_left(text, start, nouns_only=entry.source != "loaded_idioms.txt")
            why = _WHY_BY_SOURCE.get(entry.source, _DEFAULT_WHY).format(cue=cue)
            yield Candidate(start, m.end(), LL, entry.score, why + neutral)
        else:
            end = m.end()
            if lx.normalize(cue).endswith(_GROWING_HYPERBOLE):
                tokens = grow(text, _skip_article(text, end), 3)
                if not tokens:
                    continue
                end = tokens[-1][1]
            neutral = f" Neutral: '{entry.neutral}'." if entry.neutral else ""
            yield Candidate(m.start(), end, EX, entry.score,
                            f"'{cue}' exaggerates or minimises.{neutral}")


_HEAD_NOUNS = _PERSON_NOUNS | {"media", "press", "outlets", "journalism", "regime", "dictator", "dictators"}


def _label_head(text: str, end: int) -> int:
    """End of a label used as a modifier of the people noun after it ("radical activists")."""
    nxt = grow(text, end, 1)
    if nxt and lx.normalize(nxt[0][2]) in _HEAD_NOUNS:
        return nxt[0][1]
    return end


_DETERMINER = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Tt]heir|[Hh]is|[Hh]er|"
                         r"[Oo]ur|[Ii]ts|[Yy]our|[Mm]y)[ \t]+$")


def _extend_left(text: str, start: int, nouns_only: bool = False, label: bool = False) -> int:
    """Start of the modifier just before ``start`` when it belongs to the phrase.

    A modifier is a hyphenated compound, an acronym, a capitalised word inside a sentence,
    or an adjective (lexicon or suffix); never a function word, an "-ly" adverb or a verb.
    With ``nouns_only`` (the cue may be a verb: "Iran slams") a capitalised word counts
    only if it is an adjective by its ending ("Russophobic hysteria"). With ``label`` (the
    cue is a label) any lowercase word right after a determiner counts too ("the pharma
    shills", "a spoiled brat").
    """
    m = lx.PREV_WORD.search(text, max(0, start - 40), start)
    if m is None:
        return start
    word = m.group(1)
    low = lx.normalize(word)
    if low in lx.word_set("stopwords.txt") or low.endswith("ly") or _POSSESSIVE.search(word):
        return start
    capital = word[:1].isupper()
    if capital and _SENTENCE_END.search(text, max(0, m.start() - 3), m.start()):
        capital = word.isupper() and len(word) > 1  # sentence-initial: only acronyms count
    hyphenated = any(d in word for d in "-‐‑")
    if nouns_only and capital:
        capital = low.endswith(("ic", "ist", "ian", "ish", "ese"))
    if capital or hyphenated or (_adjectival(word) and not low.endswith(("ed", "ing", "s"))):
        return m.start()
    singular = not low.endswith("s") or low.endswith("ss")  # "the agribusiness barons", not "the workers"
    if label and word.islower() and singular and _DETERMINER.search(text, max(0, m.start() - 8), m.start()):
        return m.start()  # a noun or participle between a determiner and a label: "the pharma shills"
    if label and word.islower() and low.endswith("ed") and len(low) > 4 and low != "hundred":
        return m.start()  # a participle that qualifies the label: "brainwashed followers"
    return start


_ARTICLE = re.compile(r"[ \t]+(?:an?|the)(?=[ \t])", re.IGNORECASE)


def _skip_article(text: str, pos: int) -> int:
    m = _ARTICLE.match(text, pos)
    return m.end() if m else pos


def _intensified(text: str, m: re.Match[str]) -> Candidate | None:
    """An intensifier (``m``, matched in ``text`` or its folded copy) before a negative adjective."""
    nxt = lx.NEXT_WORD.match(text, m.end())
    if nxt is None:
        return None
    intens, word = text[m.start() : m.end()], nxt.group(1)
    low = lx.normalize(word)
    entry = lx.entries().get(low)
    if entry is not None and entry.kind in (lx.MODIFIER, lx.AUTO):
        score = min(0.9, entry.score + 0.1)
    else:
        neg = lx.negativity(low)
        if neg >= 0.25:
            score = 0.5 + 0.3 * neg
        elif lx.normalize(intens) in _STRONG_INTENSIFIERS and lx.negativity(low, factual=True) >= 0.25:
            score = 0.45
        else:
            return None
    tokens = grow(text, nxt.end(), 1)
    end = tokens[-1][1] if tokens else nxt.end()
    neutral = entry.neutral if entry is not None and entry.neutral else ""
    note = f" Neutral: '{neutral}'." if neutral else ""
    return Candidate(m.start(), end, LL, round(score, 2),
                     f"The intensifier '{intens}' amplifies the negative '{word}'.{note}")


def _pattern_candidates(text: str, folded: str | None) -> Iterable[Candidate]:
    rules = compiled_rules()
    for i, mm in rule_matches(text, folded):
        rule = rules[i][1]
        if rule.veto is not None and rule.veto(text, mm):
            continue
        end = mm.end()
        if rule.grow:
            tokens = grow(text, end, rule.grow)
            end = tokens[-1][1] if tokens else end
        yield Candidate(mm.start(), end, rule.technique, rule.score,
                        rule.explanation.replace("{text}", mm.group()))


def _repetition_candidates(text: str) -> Iterable[Candidate]:
    not_rhetoric = lx.word_set("stopwords.txt") | _FILLER
    for m in _repetition_regex().finditer(text):
        unit = m.group(1)
        if all(lx.normalize(w) in not_rhetoric for w in unit.split()):
            continue  # "that that that" is grammar and "blah blah blah" filler, not rhetoric
        yield Candidate(m.start(), m.end(), RP, 0.7,
                        f"'{unit}' is repeated back to back to drive the message home.")


def candidates(text: str) -> list[Candidate]:
    """Every proposed span from every detector, possibly overlapping."""
    found: list[Candidate] = []
    folded = lx.case_folded(text)
    found.extend(_lexicon_candidates(text, folded))
    found.extend(_pattern_candidates(text, folded))
    found.extend(_repetition_candidates(text))
    return [_tidied(text, c) for c in found]


# A span never ends on a bare article, possessive or conjunction ("lecture the", "buy them
# a "): those belong to words the span left out.
_DANGLING = re.compile(
    r"(?:[\s,;:]|(?<![\w’'-])(?:[Tt]he|[Aa]n|a|and|or|[Oo]ur|[Yy]our|[Mm]y|[Tt]heir|[Ii]ts)(?![\w’'-]))+$"
)
_DANGLING_REACH = 12  # longer than any dangling tail, so the search stays local


def _tidied(text: str, cand: Candidate) -> Candidate:
    """``cand`` without a dangling tail, unless nothing else would be left."""
    last = text[cand.end - 1] if cand.end else ""
    if not (last.isspace() or last in ",;:" or last.isalpha()):
        return cand
    m = _DANGLING.search(text, max(cand.start, cand.end - _DANGLING_REACH), cand.end)
    if m is None or m.start() <= cand.start:
        return cand
    return cand._replace(end=m.start())


def resolve(found: Iterable[Candidate]) -> list[Candidate]:
    """Drop overlaps, returning the kept candidates sorted by start.

    Within each cluster of overlapping candidates the higher score wins, then the longer
    span, then the earlier one.
    """
    ordered = sorted((c for c in found if c.end > c.start), key=lambda c: (c.start, -c.end))
    kept: list[Candidate] = []
    cluster: list[Candidate] = []
    cluster_end = -1
    for cand in ordered:
        if cluster and cand.start >= cluster_end:
            kept.extend(_pick(cluster))
            cluster = []
        cluster_end = cand.end if not cluster else max(cluster_end, cand.end)
        cluster.append(cand)
    if cluster:
        kept.extend(_pick(cluster))
    return kept


def _pick(cluster: list[Candidate]) -> list[Candidate]:
    if len(cluster) == 1:
        return cluster
    chosen_starts: list[int] = []
    chosen: list[Candidate] = []
    for cand in sorted(cluster, key=lambda c: (-c.score, c.start - c.end, c.start)):
        i = bisect.bisect_right(chosen_starts, cand.start)
        if i > 0 and chosen[i - 1].end > cand.start:
            continue
        if i < len(chosen) and chosen[i].start < cand.end:
            continue
        chosen_starts.insert(i, cand.start)
        chosen.insert(i, cand)
    return chosen


def tag(text: str) -> list[Span]:
    """Flag propaganda techniques in ``text``.

    Args:
        text: Any text; offsets in the result index it exactly.

    Returns:
        Spans sorted by start, with ``text[s.start:s.end] == s.text``. Spans never
        overlap, except that a Repetition span shares the exact extent of the loaded
        phrase it repeats (``with_repetitions``).

    """
    return tag_with_quotations(text)[0]


def tag_with_quotations(text: str) -> tuple[list[Span], list[tuple[int, int]]]:
    """``tag(text)`` and the quotations attributed to a speaker that it found on the way."""
    if not text or not text.strip():
        return [], []
    quoted = attributed_quotations(text)
    return to_spans(text, candidates(text), quoted), quoted


def to_spans(
    text: str, found: Iterable[Candidate], quoted: list[tuple[int, int]] | None = None
) -> list[Span]:
    """Resolve overlaps among ``found``, join adjacent pieces and build the spans.

    A span inside a quotation attributed to a speaker says so and scores lower
    (``attribution``): the words are the source's, not the outlet's. In a document whose
    own voice is plain reporting, such spans are dropped: the outlet only reports them.
    A label the text reports others using in order to reject it ("they call us hateful")
    is dropped too. ``quoted`` is ``attributed_quotations(text)`` if already computed.
    """
    if quoted is None:
        quoted = attributed_quotations(text)
    verbs = rebutting_verbs(text)
    found = (c for c in found if c.technique not in (LL, NC) or not rebutted(text, c.start, verbs))
    kept = _merge_adjacent(text, resolve(found))
    inside = [bool(quoted) and within(quoted, c.start, c.end) for c in kept]
    own = sum(1 for c, q in zip(kept, inside, strict=True) if not q and c.technique in (LL, NC))
    drop_quoted = bool(quoted) and reports_plainly(text, quoted, own)
    spans: list[Span] = []
    for c, q in zip(kept, inside, strict=True):
        if q and drop_quoted:
            continue
        score, why = (penalised(c.score), c.explanation + QUOTED_NOTE) if q else (c.score, c.explanation)
        spans.append(Span(c.start, c.end, text[c.start : c.end], c.technique, score, why))
    return with_repetitions(spans)


_QUOTE_MARKS = "\"“”‘’'"


def with_repetitions(spans: list[Span]) -> list[Span]:
    """``spans`` plus a Repetition span on each later use of a loaded phrase or label.

    "Putin puppet" said a third time is name calling and repetition at once: the
    Repetition span has the label's extent, so spans of one technique still never overlap.
    """
    uses: Counter[str] = Counter()
    keys: dict[str, str] = {}  # most flagged phrases recur: normalise each wording once
    repeats: list[Span] = []
    for span in spans:
        if span.technique not in (LL, NC):
            continue
        key = keys.get(span.text)
        if key is None:
            key = keys[span.text] = lx.normalize(span.text.strip(_QUOTE_MARKS)).lower()
        uses[key] += 1
        if uses[key] > 1:
            times = {2: "once", 3: "twice"}.get(uses[key], f"{uses[key] - 1} times")
            repeats.append(Span(span.start, span.end, span.text, RP, min(span.score, 0.6),
                                f"'{span.text}' repeats wording the text has already used {times}, "
                                "to drive it home."))
    if not repeats:
        return spans
    return sorted(spans + repeats, key=lambda s: (s.start, s.technique == RP))


def _merge_adjacent(text: str, kept: list[Candidate]) -> list[Candidate]:
    """Join same-technique spans separated by one space ("so-called" + "“moderate”").

    Spans in two sentences stay apart: a slogan ending "!" and the next one are two flags.
    """
    out: list[Candidate] = []
    for cand in kept:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.technique == cand.technique
            and cand.start - prev.end == 1
            and text[prev.end] == " "
            and text[prev.end - 1] not in ".!?"
        ):
            out[-1] = Candidate(prev.start, cand.end, cand.technique, max(prev.score, cand.score),
                                f"{prev.explanation} {cand.explanation}")
        else:
            out.append(cand)
    return out
