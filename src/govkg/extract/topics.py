"""topics: item title and text → SKOS topic concepts (ontology/topics.ttl) with evidence quotes.

Every Swedish label of a concept (prefLabel and altLabels) is matched with Swedish inflection and
compounding: a long final word may continue ("kompetensförsörjningen", "trygghetsseminarier"), a
short one takes the common endings only, and an all-capital label ("AI", "FVM") matches as written,
also in hyphen compounds ("AI-uppdraget"). A title hit weighs more than a body hit; a broader
concept is kept only when none of its narrower concepts matched as strongly; at most five per item.

>>> [t.concept for t in assign_topics("Civilt försvar", "Civilt försvar\\n\\nDialog om krisberedskapen.")]
['civilt-forsvar', 'krisberedskap']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from govkg.errors import GazetteerError
from govkg.extract._prefilter import lowered
from govkg.model import Quote, Span, TopicRef
from govkg.resources import ontology_dir

__all__ = ["SCHEME_IRI", "TOPIC_BASE", "Concept", "TopicScheme", "assign_topics"]

SCHEME_IRI = "https://w3id.org/govkg/id/topic"
TOPIC_BASE = SCHEME_IRI + "/"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
MAX_TOPICS = 5
TITLE_WEIGHT = 3
MAX_BODY_WEIGHT = 3  # a topic discussed at length should not outrank one named in the title
MAX_EVIDENCE = 3
# Endings a Swedish noun or adjective takes (definite, plural, genitive, neuter).
_ENDINGS = "(?:a|an|ans|or|orna|ornas|e|en|ens|et|ets|er|erna|ernas|ar|arna|arnas|n|na|t|s|ns)?"
# A compound continues with a linking "s" or hyphen and at least three more letters.
_COMPOUND = "(?:s?-?[a-zåäöéü]{3,})?"


@dataclass(slots=True)
class Concept:
    iri: str
    slug: str
    pref_sv: str = ""
    pref_en: str = ""
    alt_sv: list[str] = field(default_factory=list)
    broader: set[str] = field(default_factory=set)
    narrower: set[str] = field(default_factory=set)
    exact_match: list[str] = field(default_factory=list)
    close_match: list[str] = field(default_factory=list)

    @property
    def labels(self) -> list[str]:
        return [self.pref_sv, *self.alt_sv] if self.pref_sv else list(self.alt_sv)


def _word_pattern(word: str, last: bool) -> str:
    if word.isupper() or not word.isalpha() or len(word) < 3:
        return re.escape(word)
    w = word.lower()
    # "skola" inflects as "skolan", "skolor": the final vowel is part of the ending.
    stem = w[:-1] if w[-1] in "ae" and len(w) > 4 else w
    return re.escape(stem) + _ENDINGS + (_COMPOUND if last and len(w) >= 4 else "")


def label_pattern(label: str) -> re.Pattern[str]:
    """A regex that finds ``label`` in running Swedish text (see the module docstring)."""
    words = label.split()
    body = r"\s+".join(_word_pattern(w, i == len(words) - 1) for i, w in enumerate(words))
    acronym = all(w.isupper() or not w.isalpha() for w in words) and any(w.isupper() for w in words)
    flags = 0 if acronym else re.IGNORECASE
    pattern = re.compile(rf"(?<![\w-]){body}(?!\w)", flags)
    # A literal every match must contain: most labels are absent from most items, and one
    # substring test is far cheaper than running the regex (parse+extract must reach 200 docs/s).
    first = words[0]
    if acronym:
        stem = first
    elif first.isalpha() and len(first) >= 3:
        stem = first.lower()[: max(3, len(first) - 1)]
    else:
        stem = first.lower()
    _ANCHORS[pattern] = (stem, acronym)
    return pattern


_ANCHORS: dict[re.Pattern[str], tuple[str, bool]] = {}
# The first (up to) three characters of every word-like run: a label match starts a run (its
# pattern opens with ``(?<![\w-])``), so its anchor's first three characters are among these.
_RUN_HEAD = re.compile(r"(?<![\w-])[\w-]{1,3}")
_HEAD_CHARS = re.compile(r"[\w-]{3}")


@dataclass(slots=True)
class TopicScheme:
    """The SKOS concepts of topics.ttl, with compiled label patterns."""

    concepts: dict[str, Concept]
    patterns: dict[str, list[re.Pattern[str]]]
    # (concept, pattern, anchor, case-sensitive) for every label, for the fast scan in _hits
    flat: list[tuple[str, re.Pattern[str], str, bool]] = field(default_factory=list)
    # positions in ``flat`` by the first three letters of the anchor (case-insensitive labels
    # only), and those that must always be tried (acronyms, short or unusual anchors)
    by_head: dict[str, list[int]] = field(default_factory=dict)
    always: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.flat = [
            (slug, p, *_ANCHORS.get(p, ("", False)))
            for slug, patterns in self.patterns.items()
            for p in patterns
        ]
        for i, (_, _, stem, case_sensitive) in enumerate(self.flat):
            head = stem[:3]
            if case_sensitive or not _HEAD_CHARS.fullmatch(head) or head != head.lower():
                self.always.append(i)
            else:
                self.by_head.setdefault(head, []).append(i)

    @staticmethod
    def load(path: Path | None = None) -> TopicScheme:
        """Parse ``ontology/topics.ttl`` once (cached per path)."""
        return _load(path or ontology_dir() / "topics.ttl")

    def ancestors(self, slug: str) -> set[str]:
        seen: set[str] = set()
        todo = list(self.concepts[slug].broader)
        while todo:
            s = todo.pop()
            if s not in seen and s in self.concepts:
                seen.add(s)
                todo.extend(self.concepts[s].broader)
        return seen


@lru_cache(maxsize=4)
def _load(path: Path) -> TopicScheme:
    try:
        triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except (OSError, SyntaxError, ValueError) as e:
        raise GazetteerError(f"cannot read the topic scheme: {e}", source=str(path)) from e
    concepts: dict[str, Concept] = {}

    def concept(node: object) -> Concept | None:
        if not isinstance(node, ox.NamedNode) or not node.value.startswith(TOPIC_BASE):
            return None
        slug = node.value[len(TOPIC_BASE) :]
        return concepts.setdefault(slug, Concept(node.value, slug))

    in_scheme: set[str] = set()
    for t in triples:
        p, o = t.predicate.value, t.object
        c = concept(t.subject)
        if c is None or not p.startswith(_SKOS):
            continue
        name = p[len(_SKOS) :]
        if isinstance(o, ox.Literal):
            if name == "prefLabel" and o.language == "sv":
                c.pref_sv = o.value
            elif name == "prefLabel" and o.language == "en":
                c.pref_en = o.value
            elif name == "altLabel" and o.language == "sv":
                c.alt_sv.append(o.value)
        elif isinstance(o, ox.NamedNode):
            if name in ("broader", "narrower"):
                other = concept(o)
                if other:
                    (c.broader if name == "broader" else c.narrower).add(other.slug)
                    (other.narrower if name == "broader" else other.broader).add(c.slug)
            elif name == "exactMatch":
                c.exact_match.append(o.value)
            elif name == "closeMatch":
                c.close_match.append(o.value)
            elif name == "inScheme" and o.value == SCHEME_IRI:
                in_scheme.add(c.slug)
    concepts = {s: c for s, c in concepts.items() if s in in_scheme}
    if not concepts:
        raise GazetteerError("the topic scheme has no concepts", source=str(path))
    patterns = {s: [label_pattern(label) for label in c.labels] for s, c in concepts.items()}
    return TopicScheme(concepts, patterns)


def _label_matches(pattern: re.Pattern[str], anchor: str, hay: str, text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where ``hay`` (``text``, or its lower case of the same
    length) holds the anchor that every match starts with."""
    if not anchor:
        return list(pattern.finditer(text))
    out: list[re.Match[str]] = []
    end = 0
    at = hay.find(anchor)
    while at >= 0:
        if at >= end and (m := pattern.match(text, at)) is not None:
            out.append(m)
            end = m.end()
        at = hay.find(anchor, at + 1)
    return out


def _hits(scheme: TopicScheme, text: str) -> dict[str, list[re.Match[str]]]:
    """Label matches per concept; a match inside a longer match of another label is dropped, so
    "säkerhet och beredskap" does not also count as "säkerhet"."""
    low = lowered(text)
    flat = scheme.flat
    if low is None:  # text where the run-head index is not sound: try every label
        lower = text.lower()
        found = [
            (m, slug)
            for slug, p, stem, case_sensitive in flat
            if (stem in text if case_sensitive else stem in lower)
            for m in p.finditer(text)
        ]
    else:
        picked = list(scheme.always)
        by_head = scheme.by_head
        for head in set(_RUN_HEAD.findall(low)):
            picked.extend(by_head.get(head, ()))
        picked.sort()  # in scheme order, as the sort below keeps ties in it
        found = []
        for i in picked:
            slug, pattern, anchor, case_sensitive = flat[i]
            hay = text if case_sensitive else low
            if anchor in hay:
                found.extend((m, slug) for m in _label_matches(pattern, anchor, hay, text))
    # On equal extent the longer label wins: "välfärdsteknik" over "välfärd" + compound.
    found.sort(key=lambda x: (x[0].start(), -x[0].end(), -len(x[0].re.pattern)))
    kept: dict[str, list[re.Match[str]]] = {}
    cover_end = -1
    for m, slug in found:
        if m.end() <= cover_end:
            continue  # inside (or equal to) an earlier, longer match
        cover_end = max(cover_end, m.end())
        hits = kept.setdefault(slug, [])
        if not hits or m.start() >= hits[-1].end():
            hits.append(m)
    return kept


def assign_topics(
    title: str, text: str, offset: int = 0, scheme: TopicScheme | None = None
) -> list[TopicRef]:
    """The (at most five) topics of an item, best first, each with evidence quotes from ``text``.

    ``text`` is the item's text (usually from its heading line on) and ``offset`` its position in
    the document, so that evidence spans point into the document.
    """
    scheme = scheme or TopicScheme.load()
    title_at = text.find(title) if title else -1
    title_start, title_end = (title_at, title_at + len(title)) if title_at >= 0 else (-1, -1)
    in_title = {slug: ms[0].start() for slug, ms in _hits(scheme, title).items()} if title else {}
    body = _hits(scheme, text)
    weight: dict[str, int] = {}
    for slug in set(in_title) | set(body):
        count = sum(1 for m in body.get(slug, []) if not title_start <= m.start() < title_end)
        weight[slug] = (TITLE_WEIGHT if slug in in_title else 0) + min(count, MAX_BODY_WEIGHT)
    weight = {s: w for s, w in weight.items() if w > 0}
    # Keep the most specific: a broader concept goes when a narrower one matched at least as
    # strongly; one stray narrower word ("skreden") must not hide a broader topic the item names.
    shadowed = {
        a for slug in weight for a in scheme.ancestors(slug) if a in weight and weight[slug] >= weight[a]
    }

    def rank(slug: str) -> tuple[int, int, int]:
        # Heavier first; then what the title names first; then what the text names first.
        first_in_text = body[slug][0].start() if slug in body else len(text)
        return (-weight[slug], in_title.get(slug, len(title)), first_in_text)

    ranked = sorted((s for s in weight if s not in shadowed), key=rank)
    return [
        TopicRef(
            s,
            scheme.concepts[s].pref_sv,
            [
                Quote(" ".join(m.group(0).split()), Span(offset + m.start(), offset + m.end()))
                for m in body.get(s, [])[:MAX_EVIDENCE]
            ],
        )
        for s in ranked[:MAX_TOPICS]
    ]
