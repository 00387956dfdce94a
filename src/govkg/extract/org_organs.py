"""extract.org_organs: text → organisation hits for organs named by their head noun ("regionala rådet")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from govkg.extract._person_lexicon import first_names
from govkg.extract.org_hit import _SPACES, _Hit, _overlaps, _words
from govkg.extract.org_patterns import OWN_BOARD, naming_adjective_start
from govkg.extract.sub_county import area_after

_HEADS = (
    "nätverket|nätverken|gruppen|nämnden|nämnderna|förbundet|förbunden|myndigheten|centralen|"
    "rådet|styrelsen|styrelserna|fullmäktige|ledningen|ledningsgruppen|departementet|direktionen|"
    "beredningen|förvaltningen|kansliet|kommittén"
)
# The administration of the body whose minutes these are ("kansliet", "Förvaltningen", also with a
# prefix: "förbundskansliet") is a body of its own wherever it is named, unlike a bare "styrelsen"
# (the gold of the seeds and of most blind sets; "förvaltningen av X" is management, not a body)
# (the seeds' exception is the administration as an actor; as the mere address of a document, "ska
# vara kansliet till handa", "skickas till förvaltningen", it is a destination, left out: the gold
# sets disagree there, blind9 annotates it and blind10 does not)
_ADMINISTRATION = re.compile(
    r"(?<![\w-])(?<!\btill )([Kk]ansliet|[Ff]örvaltningen)(s)?(?![\w-])"
    r"(?![ \t]+(?:av|till ?handa|tillhanda)\b)"
)
# "-ledningen" is also a pipe or a line ("vattenledningen") or guidance ("vägledningen"); and the
# leadership of some region or municipality ("regionledningen", "kommunledningen") is a generic noun
# like "regionen" (GUIDELINES §4), unlike a federation's own organ ("förbundsledningen")
# "-beredningen" names a preparatory body ("tjänstemannaberedningen", "Välfärdsberedningen"), but
# the preparing of matters or of a budget is work, not a body ("ärendeberedningen").
_NOT_PREPARATORY = _words("ärende ärendes budget remiss fortsatt vidare ny")
_NOT_LEADERSHIP = _words(
    "väg rör kraft vatten el av in här ut om gas fiber spill dag tråd luft fjärrvärme region kommun stads"
)
# Capitalised definite adjectives before an organ compound name it: "Regionala politiska samverkansrådet"
_NAME_ADJECTIVES = re.compile(r"(?<![\w-])([A-ZÅÄÖ][a-zåäö]+(?:a|iska)(?:\s+[a-zåäö]+(?:a|iska)){0,2})\s+$")
_ORGAN = re.compile(
    r"(?<![\w-])(?P<coord>\w+-\s+och\s+)?(?P<word>(?P<prefix>[\w-]*?)(?P<head>" + _HEADS + r"))"
    r"(?P<gen>s)?(?![\w])"
)
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])(\w+(?:a|iska))\s+$")
# "för …" after a bare organ noun: one word, two joined by "och", or an adjective and its noun
# ("nätverket för digital utveckling"); a word after a noun is the sentence going on ("… läggs")
_COMPLEMENT = re.compile(
    # "fullmäktige för beslut", "nämnden för kännedom": where a matter goes, not a body's name
    r"^\s+för\s+(?!(?:att|de|den|det|dem|en|ett|sin|sina|oss|alla|beslut|kännedom|yttrande|information|"
    r"godkännande|antagande|fastställelse|behandling|ställningstagande|beredning|handläggning)\b)"
    r"(?:[\wåäö-]*(?:a|al|ar|ell|ig|isk|iskt|lig|ligt|iv|ivt|t)\s+(?!(?:i|på|med|som|att|till|om|kring|är|"
    r"har|inom|under|efter|mellan|hos|vid|från|och|samt|men|den|det|de)\b)[\wåäö-]+"
    r"|[\wåäö-]+(?:\s+och\s+(?:[\wåäö-]*(?:al|ell|ig|isk|lig|iv)\s+)?[\wåäö-]+)?)"
)
# A compound organ named by its adjective takes a "för …"/"mot …" complement as well: "regionala
# samverkansgruppen mot våld", "regionala samverkansgruppen för digitalisering" (the bare group
# without the adjective keeps only a county complement: "samverkansgruppen för beslut" goes on)
_NAMED_COMPLEMENT = re.compile(_COMPLEMENT.pattern.replace(r"^\s+för\s+", r"^\s+(?:för|mot)\s+", 1))
# First parts of compounds that make a generic group, not a named body.
GENERIC_MODIFIERS = _words(
    "arbets projekt mål referens styr lednings ålders yrkes fokus elev barn personal intresse grupp "
    "del under sam små för huvud samtals diskussions kärn bas tema bolags själv planerings"
)
_PLAIN_ADJECTIVES = _words("nya hela andra samma egna olika vissa flera båda")
# "länsstyrelserna", "regionstyrelserna": the boards of every county or region, a generic plural like
# "kommunerna" (GUIDELINES §5), not one named body; so is "kommunstyrelsernas" before what it owns
# ("kommunstyrelsernas presidier": the presidia are meant). The members' boards as such ("skickas
# till kommunstyrelserna") stay: the sets' gold disagrees there (one annotates it, three do not).
_GENERIC_PLURAL_OWNERS = _words("läns region regions")
_GENITIVE_PLURAL_OWNERS = _words("kommun kommuns")
_PLURAL_HEADS = frozenset({"styrelserna", "nämnderna", "förbunden", "nätverken"})
# "samverkansrådet för vuxenutbildningen i Jönköpings län": a compound organ's "för …" complement named
# with the county (or region) it serves is part of its name
_COUNTY_COMPLEMENT = re.compile(
    r"\s+för\s+(?:[\wåäö-]+\s+){0,3}?[\wåäö-]+\s+i\s+"
    r"(?:[A-ZÅÄÖ][\wåäö-]+\s+län|Region\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+län)?)(?![\wåäö-])"
)


_HEAD_STEMS = {
    "nätverket": "nätverk", "nätverken": "nätverk", "gruppen": "grupp", "nämnden": "nämnd",
    "nämnderna": "nämnd", "förbundet": "förbund", "förbunden": "förbund", "myndigheten": "myndighet",
    "centralen": "central", "rådet": "råd", "styrelsen": "styrelse", "ledningen": "ledning",
    "ledningsgruppen": "ledningsgrupp", "departementet": "departement", "direktionen": "direktion",
    "styrelserna": "styrelse", "fullmäktige": "fullmäktige", "beredningen": "beredning",
    "förvaltningen": "förvaltning", "kansliet": "kansli", "kommittén": "kommitté",
}  # fmt: skip


def _kind_by_head(prefix: str, head: str) -> str:
    if head.startswith(("nätverk", "grupp", "råd", "ledningsgrupp", "beredning")):
        return "network"
    if head.startswith("förbund") and prefix.lower().startswith(
        ("kommunalförbund", "kommunförbund", "kommunal", "kommun")
    ):
        return "municipal_federation"
    if head.startswith("myndighet"):
        return "national_agency"
    return "other"


def _sentence_start(text: str, pos: int) -> bool:
    """Is ``pos`` the first word of a sentence or line (where every word is capitalised)?"""
    before = text[:pos].rstrip(" \t")
    return not before or before[-1] in ".!?:\n-–•*#"


# The distribution list of a protocol's decision ("Beslutet skickas till", "Protokollet expedieras
# till:"): the lines under it are addresses, not bodies that act (GUIDELINES §5; the gold leaves them out)
_DISTRIBUTION = re.compile(
    r"^[ \t]*(?:Beslutet|Beslut|Protokollet|Utdrag)[ \t]+(?:skickas|expedieras|sänds|delges)(?:[ \t]+till)?"
    r"[ \t]*:?[ \t]*\n(?:[ \t]*\S[^\n]*(?:\n|$))*",
    re.MULTILINE,
)


def _distribution_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _DISTRIBUTION.finditer(text)] if "till" in text else []


def _organ_hits(text: str, taken: list[tuple[int, int]]) -> list[_Hit]:
    """Organs named by their head noun, none overlapping ``taken``. The scan does not depend on
    ``taken`` (it only filters), and a text is scanned twice (``organisations._longer_organs_win``
    first): the candidates are cached per text, fresh copies returned each time."""
    return [
        replace(h)
        for main, extras in _organ_candidates(text)
        if not _overlaps(main.start, main.end, taken)
        for h in (main, *extras)
    ]


@lru_cache(maxsize=16)
def _organ_candidates(text: str) -> tuple[tuple[_Hit, tuple[_Hit, ...]], ...]:
    """Each organ named in ``text``, with the organ named after it ("X-rådets styrelse"), unfiltered."""
    hits: list[tuple[_Hit, tuple[_Hit, ...]]] = []
    addresses = _distribution_spans(text)
    for m in _ORGAN.finditer(text):
        prefix, head = m.group("prefix"), m.group("head")
        start, end = m.start("word"), m.end()
        if prefix:
            first = prefix.lower().rstrip("-")
            if any(first == g or first == g + "s" for g in GENERIC_MODIFIERS):
                continue
            if head in _PLURAL_HEADS and (
                first in _GENERIC_PLURAL_OWNERS
                or (m.group("gen") and first in _GENITIVE_PLURAL_OWNERS)
                # "kommunernas och kommunalförbundens ansvar": federations in general, no named body
                or (m.group("gen") and first == "kommunal")
            ):
                continue
            if len(first) < 3 and not (prefix.endswith("-") and prefix[:-1].isupper()):
                continue  # "HR-nätverket": an acronym prefix names the network
            if head == "rådet" and first.endswith("om"):
                continue  # "funktionshinderområdet" is an area, not a council
            if head == "ledningen" and first in _NOT_LEADERSHIP:
                continue
            if head == "beredningen" and first in _NOT_PREPARATORY:
                continue
            if head.startswith("förvaltning") and (len(first) < 4 or not first.isalpha()):
                continue  # "trafikförvaltningen" names an administration; "X-förvaltningen" does not
            if not m.group("gen") and (county := _COUNTY_COMPLEMENT.match(text, end)) is not None:
                end = county.end()
            elif not m.group("gen") and prefix[:1].isupper() and (area := area_after(text, end)):
                end = area  # "Kommunchefsgruppen i Hälsingland": the part of the county is in the name
            if m.group("coord"):
                start = m.start("coord")  # "hälso- och sjukvårdsnämnderna"
            elif (named := _NAME_ADJECTIVES.search(text[max(0, start - 60) : start])) and (
                not _sentence_start(text, start - (min(start, 60) - named.start(1)))
                or (" " not in named.group(1) and named.group(1).lower() not in _PLAIN_ADJECTIVES)
            ):
                # "Regionala utvecklingsnämnden" also at the start of a sentence: a single definite
                # adjective before an organ compound is part of its name (not "Nya", "Andra"…)
                start -= min(start, 60) - named.start(1)
                end = _named_complement_end(text, m, end)
            elif (
                head.startswith(("nämnd", "gruppen", "nätverk", "råd"))
                and (lower := naming_adjective_start(text, start)) is not None
            ):
                # "regionala utvecklingsnämnden", "akuta vattenhushållningsgruppen": the adjective names it
                start = lower
                end = _named_complement_end(text, m, end)
        else:
            complement = None if m.group("gen") else _COMPLEMENT.match(text[end:])
            window = text[max(0, start - 40) : start]
            adjective = _ADJECTIVE_BEFORE.search(window)
            named_adjective = (
                adjective
                and adjective.group(1).lower() not in _PLAIN_ADJECTIVES
                # "Nationella nätverket för …": a capitalised adjective names a body with a complement
                and (head == "rådet" or (complement is not None and adjective.group(1)[:1].isupper()))
            )
            # the members' assembly, "medlemskommunernas fullmäktige", stays out: one set's gold
            # annotates it, six others' leave it out (fix round 22)
            if not complement and not named_adjective:
                continue
            if complement:
                end += complement.end()
            if named_adjective and adjective:
                start -= len(window) - adjective.start(1)
        if prefix and head == "myndigheten" and not m.group("gen") and end == m.end():
            end = _district_end(text, end)  # "Vattenmyndigheten Södra Östersjön": one agency's district
        if any(a <= start < b for a, b in addresses):
            continue
        surface = text[start:end]
        base = surface[:-1] if m.group("gen") and end == m.end() else surface
        canonical = base[:1].upper() + base[1:]
        stem = (prefix + _HEAD_STEMS[head]).lower() if prefix and end == m.end() else None
        main = _Hit(start, end, _SPACES.sub(" ", canonical), _kind_by_head(prefix, head), None, stem=stem)
        extras: tuple[_Hit, ...] = ()
        if prefix and m.group("gen") and end == m.end() and (board := OWN_BOARD.match(text, end)):
            # "Mälardalsrådets styrelse": the owner's board is an organ of its own, and the owner
            # stays named as well (a compound owner's name, unlike an acronym's "SKR:s styrelse")
            organ = _SPACES.sub(" ", text[start : board.end()])
            organ = organ[:-1] if organ.endswith("styrelses") else organ
            extras = (_Hit(start, board.end(), organ[:1].upper() + organ[1:], "other", None),)
        hits.append((main, extras))
    return tuple(hits)


def _named_complement_end(text: str, m: re.Match[str], end: int) -> int:
    """The end of a named compound organ with its "för …"/"mot …" complement, if it has one."""
    if m.group("gen") or end != m.end():
        return end
    complement = _NAMED_COMPLEMENT.match(text[end:])
    return end + complement.end() if complement else end


# An agency's district named after it on the same line: a capitalised name, perhaps after a compass
# adjective ("Vattenmyndigheten Bottenviken", "Vattenmyndigheten Norra Östersjön")
_DISTRICT = re.compile(
    r"[ \t]+(?:(?:Norra|Södra|Östra|Västra|Mellersta|Nedre|Övre)[ \t]+)?"
    r"([A-ZÅÄÖ][a-zåäö]{2,}(?:-[A-ZÅÄÖ][a-zåäö]+)?)(?![\wåäö-])"
)


def _district_end(text: str, end: int) -> int:
    """The end of an agency's name with its district, if a district (no first name) follows."""
    m = _DISTRICT.match(text, end)
    if m is None or m.group(1) in first_names().names or m.group(1) in _NOT_DISTRICT:
        return end
    return m.end()


_NOT_DISTRICT = _words("Och Samt Men Har Hade Ska Kommer Är Var Den Det De")


# A network named by its members' role in the genitive plural: "beredskapssamordnarnas nätverk",
# "ekonomichefernas nätverk" (the indefinite "nätverk" after a role is a name, not a noun phrase).
_ROLE_NETWORK = re.compile(
    r"(?<![\w-])([A-ZÅÄÖa-zåäö][a-zåäö]{3,}(?:arnas|ernas|örernas|ornas)) nätverk(?:et|s)?(?![\wåäö])"
)


def _role_network_hits(text: str, taken: list[tuple[int, int]]) -> list[_Hit]:
    hits: list[_Hit] = []
    for m in _ROLE_NETWORK.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        name = text[m.start() : m.end()]
        name = name[:-1] if name.endswith("nätverks") else name
        hits.append(_Hit(m.start(), m.end(), name[:1].upper() + name[1:], "network", None))
    return hits


def _administration_hits(text: str, taken: list[tuple[int, int]]) -> list[_Hit]:
    """The bare "kansliet"/"Förvaltningen" (and their genitives): the body's own administration."""
    hits: list[_Hit] = []
    for m in _ADMINISTRATION.finditer(text) if "ansliet" in text or "örvaltningen" in text else ():
        if not _overlaps(m.start(), m.end(), taken):
            word = m.group(1)
            hits.append(_Hit(m.start(), m.end(), word[:1].upper() + word[1:], "other", None))
    return hits
