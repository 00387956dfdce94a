"""extract.organisations: text → organisation mentions, one per body per text.

Three sources, in order of trust (a later one never overlaps an earlier one):
1. gazetteer forms with their inflections ("SKR:s", "Länsstyrelsens", "Göteborgs stads"), and
   compounds of a known acronym ("GR-kommunerna" → GR; "VGR-nätverket" → "VGR:s nätverk");
   municipalities named as actors count too (kind "municipality", id = SCB code);
2. capitalised acronyms not in the gazetteer ("NDU", "AM4", "FVM-programmet"), except Roman
   numerals, common abbreviations and words in capitals (``STOP_ACRONYMS``) and heading lines;
3. names of organs by their head noun ("Socialchefsgruppen", "regionala rådet",
   "hälso- och sjukvårdsnämnderna", "nätverket för digital utveckling"): linked to nothing.

Generic nouns are left out (GUIDELINES §5 of the gold): a bare head ("nätverket", "gruppen",
"styrelsen") is the group itself or an unnamed body unless a "för ..." complement names it;
generic compounds ("arbetsgruppen", "målgruppen") are not bodies; "staten", "kommunerna",
"regionen", "länet", roles ("DSO") and products ("Teams") never match any rule.

>>> [o.canonical for o in find_organisations("SKR:s förslag och MSB:s stöd till Region Skåne.")]
['Sveriges Kommuner och Regioner', 'Myndigheten för samhällsskydd och beredskap', 'Region Skåne']
"""

from __future__ import annotations

import re

from govkg.extract.org_gazetteer import _gazetteer_hits
from govkg.extract.org_hit import _Hit, _overlaps
from govkg.extract.org_organs import GENERIC_MODIFIERS as GENERIC_MODIFIERS
from govkg.extract.org_organs import _administration_hits, _organ_hits, _role_network_hits
from govkg.extract.org_shapes import STOP_ACRONYMS as STOP_ACRONYMS
from govkg.extract.org_shapes import _acronym_hits, _university_hits
from govkg.gazetteer import Gazetteer
from govkg.model import OrgMention, Quote, Span

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+")
_URL_HINT = re.compile(r"://|www\.|@")  # in every _URL match, and far cheaper to look for


def find_organisations(
    text: str,
    offset: int = 0,
    gaz: Gazetteer | None = None,
    *,
    municipalities: bool = True,
    initials: frozenset[str] = frozenset(),
) -> list[OrgMention]:
    """Organisations named in ``text``, one OrgMention per body, in order of first mention.

    ``surface`` is the first occurrence (or a fuller form met later: the name in normal case
    after a heading's capitals, "X stad" after a bare "X"); ``other_surfaces`` holds the first
    occurrence of each other written form. Spans are ``offset`` + position in ``text``. With
    ``municipalities=False`` municipalities are left to ``find_municipalities``. ``initials`` are
    capital tokens that stand for listed persons (``extract.initials``), not acronym bodies.
    """
    gaz = gaz or Gazetteer.load()
    taken = [(m.start(), m.end()) for m in _URL.finditer(text)] if _URL_HINT.search(text) else []
    known, named = _gazetteer_hits(text, gaz, municipalities)
    hits = _reconcile(text, _university_hits(text, taken) + named, known)
    hits = _longer_organs_win(text, taken, hits)
    taken += [(h.start, h.end) for h in hits]
    organs = _organ_hits(text, taken)
    organs += _role_network_hits(text, taken + [(h.start, h.end) for h in organs])
    organs += _administration_hits(text, taken + [(h.start, h.end) for h in organs])
    taken += [(h.start, h.end) for h in organs]
    acronyms = _acronym_hits(text, taken, initials)
    _pair_acronyms(text, organs, acronyms)
    hits = sorted(hits + organs + acronyms, key=lambda h: h.start)
    return _merge(text, offset, hits)


def _reconcile(text: str, shaped: list[_Hit], known: list[_Hit]) -> list[_Hit]:
    """Names found by their shape against gazetteer hits.

    A known body that covers the shaped name wins; one that opens it takes its full extent and
    keeps its link ("Uppsala universitet Campus Gotland", "Almi Företagspartner Stockholm
    Sörmland"); otherwise the shaped name wins, and a bare town name inside it is no mention.
    """
    strong = [h for h in known if not h.weak]
    kept: list[_Hit] = []
    for p in shaped:
        if any(_overlaps(p.start, p.end, [(k.start, k.end)]) for k in kept):
            continue
        over = [g for g in strong if g.start < p.end and p.start < g.end]
        if any(g.start <= p.start and g.end >= p.end for g in over):
            continue
        if len(over) == 1 and over[0].start == p.start:
            over[0].end = p.end
            continue
        strong = [g for g in strong if g not in over]
        kept.append(p)
    spans = [(h.start, h.end) for h in kept + strong]
    weak = [h for h in known if h.weak and not _overlaps(h.start, h.end, spans)]
    return sorted(kept + strong + weak, key=lambda h: h.start)


def _longer_organs_win(text: str, taken: list[tuple[int, int]], hits: list[_Hit]) -> list[_Hit]:
    """A known short form that opens a longer organ name is no mention of its own: the longest
    name wins ("Kommunchefsgruppen i Jämtland" is not the gazetteer's "Kommunchefsgruppen")."""
    longer = [(o.start, o.end) for o in _organ_hits(text, list(taken))]
    return [h for h in hits if not any(s == h.start and e > h.end for s, e in longer)]


def _pair_acronyms(text: str, organs: list[_Hit], acronyms: list[_Hit]) -> None:
    """ "nätverket för digital utveckling (NDU)": the name and its acronym are one body."""
    for organ in organs:
        m = re.match(r"\s*\(([A-ZÅÄÖ]{2,6}\d{0,2})\)", text[organ.end :])
        if not m:
            continue
        acr = m.group(1)
        organ.canonical = f"{organ.canonical} ({acr})"
        for a in acronyms:
            if a.acronym == acr:
                a.canonical, a.kind = organ.canonical, organ.kind


def _key(h: _Hit) -> str:
    key = h.org_id if h.org_id is not None else "~" + h.canonical.lower()
    return f"{key}#{h.sense}" if h.sense else key


def _corefer(hits: list[_Hit]) -> None:
    """A bare organ compound that names a body linked in the same text is that body:
    "SKR:s kommundirektörsnätverk ... kommundirektörsnätverket" are one network."""
    linked = {h.canonical.split()[-1].lower(): h for h in hits if h.org_id is not None and " " in h.canonical}
    for h in hits:
        target = linked.get(h.stem) if h.stem else None
        if target is not None:
            h.canonical, h.kind, h.org_id = target.canonical, target.kind, target.org_id


def _merge(text: str, offset: int, hits: list[_Hit]) -> list[OrgMention]:
    _corefer(hits)
    # An unnamed-complement form ("regionala rådet") and its complemented name
    # ("regionala rådet för samhällsskydd och beredskap") are one body: the longer name wins.
    names = {h.canonical for h in hits if h.org_id is None}
    for h in hits:
        if h.org_id is None:
            longer = [n for n in names if n.lower().startswith(h.canonical.lower() + " för ")]
            if longer:
                h.canonical = max(longer, key=len)
    out: dict[str, OrgMention] = {}
    for h in hits:
        quote = Quote(text[h.start : h.end], Span(offset + h.start, offset + h.end))
        mention = out.get(_key(h))
        if mention is None:
            out[_key(h)] = OrgMention(surface=quote, canonical=h.canonical, kind=h.kind, org_id=h.org_id)
        elif quote.text != mention.surface.text and all(q.text != quote.text for q in mention.other_surfaces):
            if _fuller(quote.text, mention.surface.text):
                # the body's full written name stands for it, not a heading's capitals or a bare
                # town name met first ("INTERREG X" … "Interreg X"; "Haparanda-…" … "Haparanda stad")
                mention.surface, quote = quote, mention.surface
            mention.other_surfaces.append(quote)
    return list(out.values())


def _fuller(new: str, first: str) -> bool:
    if first.isupper() and not new.isupper() and new.lower() == first.lower():
        return True
    return new in (first + " stad", first + " kommun", first + " Stad")
