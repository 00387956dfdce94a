"""topics: item title and text → SKOS topic concepts (ontology/topics.ttl) with evidence quotes.

Every Swedish label of a concept (prefLabel and altLabels) is matched with Swedish inflection and
compounding: a long final word may continue ("kompetensförsörjningen", "trygghetsseminarier"), a
short one takes the common endings only, and an all-capital label ("AI", "FVM") matches as written,
also in hyphen compounds ("AI-uppdraget"). A title hit weighs more than a body hit; a broader
concept is kept only when none of its narrower concepts matched; at most five concepts per item.

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
# Endings a short Swedish word may take (noun definite/plural, adjective, genitive).
_SHORT_ENDINGS = "(?:en|et|n|t|a|e|ar|er|or|na|erna|arna|orna|s|ns|ens|ets|ets)?"


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
    if word.isupper() or any(c.isdigit() for c in word):
        return re.escape(word)
    w = re.escape(word.lower())
    if len(word) >= 5:
        # A long word may inflect and head a compound: "kompetensförsörjningen", "trygghetsseminarier".
        return w + r"[\w-]*" if last else w + r"\w*"
    return w + _SHORT_ENDINGS


def label_pattern(label: str) -> re.Pattern[str]:
    """A regex that finds ``label`` in running Swedish text (see the module docstring)."""
    words = label.split()
    body = r"\s+".join(_word_pattern(w, i == len(words) - 1) for i, w in enumerate(words))
    acronym = all(w.isupper() or not w.isalpha() for w in words)
    flags = 0 if acronym else re.IGNORECASE
    return re.compile(rf"(?<![\w-]){body}(?!\w)", flags)


@dataclass(slots=True)
class TopicScheme:
    """The SKOS concepts of topics.ttl, with compiled label patterns."""

    concepts: dict[str, Concept]
    patterns: dict[str, list[re.Pattern[str]]]

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


def _hits(patterns: list[re.Pattern[str]], text: str) -> list[re.Match[str]]:
    """Non-overlapping matches of any label, longest first where they overlap."""
    found = sorted((m for p in patterns for m in p.finditer(text)), key=lambda m: (m.start(), -m.end()))
    out: list[re.Match[str]] = []
    for m in found:
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


def assign_topics(title: str, text: str, offset: int = 0, scheme: TopicScheme | None = None) -> list[TopicRef]:
    """The (at most five) topics of an item, best first, each with evidence quotes from ``text``.

    ``text`` is the item's text (usually from its heading line on) and ``offset`` its position in
    the document, so that evidence spans point into the document.
    """
    scheme = scheme or TopicScheme.load()
    title_at = text.find(title) if title else -1
    title_span = (title_at, title_at + len(title)) if title_at >= 0 else (-1, -1)
    weight: dict[str, float] = {}
    first: dict[str, int] = {}
    evidence: dict[str, list[Quote]] = {}
    for slug, patterns in scheme.patterns.items():
        in_title = bool(title) and any(p.search(title) for p in patterns)
        body = _hits(patterns, text)
        body_count = sum(1 for m in body if not title_span[0] <= m.start() < title_span[1])
        w = (TITLE_WEIGHT if in_title else 0) + min(body_count, MAX_BODY_WEIGHT)
        if w <= 0:
            continue
        weight[slug] = w
        first[slug] = -1 if in_title else (body[0].start() if body else len(text))
        evidence[slug] = [
            Quote(" ".join(m.group(0).split()), Span(offset + m.start(), offset + m.end())) for m in body[:MAX_EVIDENCE]
        ]
    # Keep the most specific: drop a concept when one of its narrower concepts matched too.
    shadowed = {a for slug in weight for a in scheme.ancestors(slug)}
    ranked = sorted((s for s in weight if s not in shadowed), key=lambda s: (-weight[s], first[s], s))
    return [TopicRef(s, scheme.concepts[s].pref_sv, evidence[s]) for s in ranked[:MAX_TOPICS]]
