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
from collections.abc import Callable
from dataclasses import dataclass

from govkg.extract.municipalities import AMBIGUOUS, COMPANY_AFTER, longer_name, municipality_match_ok
from govkg.extract.org_patterns import (
    ACADEMIC,
    CAMPUS,
    MUNICIPAL_ORGAN,
    OWN_BOARD,
    OWN_COMMITTEE,
    campus_end,
    find_named,
    naming_adjective_start,
)
from govkg.gazetteer import Gazetteer, Municipality, Organisation, is_case_sensitive
from govkg.model import OrgMention, Quote, Span


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP_ACRONYMS = _words(
    "EJ OCH ATT SOM FÖR MED DEN DET ÄR PÅ AV TILL OM NU OK NB PS OBS ST NR TEL INFO NOTE TODO BESLUT "
    "MÖTE PUNKT ÖVRIGT DATUM PLATS TID DSO VD CIO CISO CDO CTO HR IT IKT AI ID PM CV PDF URL API FAQ KPI "
    "GDPR LOU LSS SOL HSL PBL OSL LOV TV USA UK COVID ÖP AB HB KB SD KD MP IVPA RUT ROT EUR SEK KR MKR "
    "MDKR TKR CA BL MM ETC OSV SSO SAML OIDC FAPI CIBA QA UX UI CET CEST UTC OP RP SDK JSON XML HTML HTTP "
    "HTTPS CSV KG OSS SLA SMS GPS VPN MFA AOB"
)
_ROMAN = re.compile(r"^[IVXLCDM]+$")
_ACRONYM = re.compile(
    r"(?<![\w-])([A-ZÅÄÖ]{2,6}\d{0,2})(?P<year>\s(?:19|20)\d\d)?(:s)?(?:-([a-zåäö]\w*))?(?![\w])"
)
_HEADS = (
    "nätverket|nätverken|gruppen|nämnden|nämnderna|förbundet|förbunden|myndigheten|centralen|"
    "rådet|styrelsen|styrelserna|fullmäktige|ledningen|ledningsgruppen|departementet|direktionen|"
    "beredningen|förvaltningen"
)
# "-ledningen" is also a pipe or a line ("vattenledningen") or guidance ("vägledningen"); and the
# leadership of some region or municipality ("regionledningen", "kommunledningen") is a generic noun
# like "regionen" (GUIDELINES §4), unlike a federation's own organ ("förbundsledningen")
# "-beredningen" names a preparatory body ("tjänstemannaberedningen", "Välfärdsberedningen"), but
# the preparing of matters or of a budget is work, not a body ("ärendeberedningen").
_NOT_PREPARATORY = _words("ärende ärendes budget remiss fortsatt vidare ny")
_PROGRAMME_HINT = re.compile(r"strategi|planen|programmet|agendan")  # cheap test before _PROGRAMME
_NOT_LEADERSHIP = _words(
    "väg rör kraft vatten el av in här ut om gas fiber spill dag tråd luft fjärrvärme region kommun stads"
)
# A strategy, plan or programme named with its year: "Värmlandsstrategin 2040", "Trafikplanen 2030"
_PROGRAMME = re.compile(
    r"(?<![\w-])[A-ZÅÄÖ][\wåäö-]*(?:strategin|strategi|planen|programmet|agendan)\s+(?:19|20)\d\d(?![\w-])"
)
# "IFO-chef", "IT-strateg": an acronym that only qualifies a role is no body of its own
_ROLE_TAIL = re.compile(r"(?:chef|chefer|ansvarig|samordnare|handläggare|strateg|sekreterare|direktör)$")
# Universities and university colleges: "Luleå tekniska universitet", "Högskolan i Skövde"
_UNIVERSITY = re.compile(
    r"(?<![\w-])(?:[A-ZÅÄÖ][\wåäö]+\s+(?:tekniska\s+)?universitet(?:et)?|Högskolan\s+(?:i|på)\s+[A-ZÅÄÖ][\wåäö]+)"
    r"(?![\w])"
)
# Rescue services by their proper names: "Räddningstjänsten Dala Mitt", "Norra Dalarnas
# Räddningstjänstförbund", "Räddningstjänstförbundet Mitt Bohuslän", "Södertörns brandförsvarsförbund"
# The name's place words stay on its line and stop at a diary number ("… Storgöteborg   Dnr 2027/004"
# on a heading line).
_PLACE_WORD = r"[ \t]+(?!(?:Dnr|Diarienr|Diarienummer)\b)[A-ZÅÄÖ][\wåäö-]*"
_RESCUE = re.compile(
    rf"(?<![\w-])(?:Räddningstjänsten(?:{_PLACE_WORD}){{1,3}}"
    r"|(?:[A-ZÅÄÖ][\wåäö-]*\s+){1,3}[Rr]äddningstjänstförbund(?![\wåäö])"
    r"|[A-ZÅÄÖ][\wåäö]*räddningstjänstförbund(?![\wåäö])"
    rf"|Räddningstjänstförbundet(?:{_PLACE_WORD}){{1,3}}"
    r"|(?:[A-ZÅÄÖ][\wåäö-]*\s+){1,3}(?:brand-\s+och\s+)?räddningsförbund(?:et)?"
    r"|[A-ZÅÄÖ][\wåäö]*räddningsförbund(?:et)?)(?![\wåäö])"
)
# "Kollektivtrafikförvaltningen UL", "Miljöförvaltningen SRMH": an administration and its acronym
_ADMIN_ACRONYM = re.compile(r"(?<![\w-])[A-ZÅÄÖ][\wåäö]*förvaltningen\s+[A-ZÅÄÖ]{2,6}(?![\wåäö-])")
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
    r"|[\wåäö-]+(?:\s+och\s+[\wåäö-]+)?)"
)
# First parts of compounds that make a generic group, not a named body.
GENERIC_MODIFIERS = _words(
    "arbets projekt mål referens styr lednings ålders yrkes fokus elev barn personal intresse grupp "
    "del under sam små för huvud samtals diskussions kärn bas tema bolags själv"
)
_PLAIN_ADJECTIVES = _words("nya hela andra samma egna olika vissa flera båda")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+")
_URL_HINT = re.compile(r"://|www\.|@")  # in every _URL match, and far cheaper to look for
_NETWORK_WORDS = ("nätverk",)


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    canonical: str
    kind: str
    org_id: str | None
    acronym: str | None = None  # for an unlinked acronym: the acronym itself
    stem: str | None = None  # for an organ compound: its indefinite form, "kommundirektörsnätverk"
    sense: str | None = None  # "members" for "GR-kommunerna": the member municipalities
    weak: bool = False  # from a town name alone: yields to any name that covers it


_HEAD_STEMS = {
    "nätverket": "nätverk", "nätverken": "nätverk", "gruppen": "grupp", "nämnden": "nämnd",
    "nämnderna": "nämnd", "förbundet": "förbund", "förbunden": "förbund", "myndigheten": "myndighet",
    "centralen": "central", "rådet": "råd", "styrelsen": "styrelse", "ledningen": "ledning",
    "ledningsgruppen": "ledningsgrupp", "departementet": "departement", "direktionen": "direktion",
    "styrelserna": "styrelse", "fullmäktige": "fullmäktige", "beredningen": "beredning",
    "förvaltningen": "förvaltning",
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


# A compound network right after an acronym's genitive ("SKR:s arbetsgivarnätverk")
_OWN_NETWORK = re.compile(r"[ \t]+[a-zåäö]{3,}nätverk(?:et)?s?(?![\wåäö-])")
# A municipal organ named with its municipality after "i": "kommunstyrelsen i Bollnäs"
_ORGAN_IN = re.compile(r"(?<![\w-])(kommunstyrelsen|kommunfullmäktige|[a-zåäö]{3,}nämnden)[ \t]+i[ \t]+$")


def _gazetteer_hits(text: str, gaz: Gazetteer, municipalities: bool) -> tuple[list[_Hit], list[_Hit]]:
    """(gazetteer hits, longer names that a town name stands inside: "Destination Gotland")."""
    hits: list[_Hit] = []
    named: list[_Hit] = []
    for m in gaz.scan(text):
        entry = m.entry
        if entry is None:
            continue
        if isinstance(entry, Municipality) and (
            organ_in := _ORGAN_IN.search(text, max(0, m.start - 40), m.start)
        ):
            # "kommunstyrelsen i Bollnäs": the municipality's own organ, one organisation
            genitive = "" if entry.name.endswith(("s", "x", "z")) else "s"
            base = organ_in.group(1).lower()
            base = (
                base[:-2] if base.endswith("nämnden") else base[:-1] if base.endswith("styrelsen") else base
            )
            hits.append(_Hit(organ_in.start(), m.end, f"{entry.name}{genitive} {base}", "other", None))
            continue
        if isinstance(entry, Municipality):
            inside = longer_name(text, m.start, m.end) if entry.name not in AMBIGUOUS else None
            company = COMPANY_AFTER.match(text, m.end) if entry.name not in AMBIGUOUS else None
            organ = MUNICIPAL_ORGAN.match(text, m.end) if text[m.start : m.end].endswith("s") else None
            if organ is not None:
                # "Hebys kommunstyrelse": the municipality's own organ, one organisation
                name = _SPACES.sub(" ", text[m.start : organ.end()])
                hits.append(_Hit(m.start, organ.end(), name, "other", None))
            elif inside is not None:
                a, b = inside
                named.append(_Hit(a, b, _SPACES.sub(" ", text[a:b]), "company", None))
            elif company:  # "Kalmar Vatten", "Kalmar Länstrafik": a company named after its town
                name = _SPACES.sub(" ", text[m.start : company.end()])
                hits.append(_Hit(m.start, company.end(), name, "company", None, weak=True))
            elif municipalities and municipality_match_ok(text, m):
                hits.append(_Hit(m.start, m.end, entry.name, "municipality", entry.scb_code, weak=True))
            continue
        end = m.end
        canonical, kind = entry.name, entry.kind
        org_id: str | None = entry.id
        compound = re.match(r"-([a-zåäö]\w*)", text[end:])
        sense = None
        if compound and is_case_sensitive(m.form):
            end += compound.end()
            if compound.group(1).startswith("kommun") and entry.members:
                sense = "members"  # "GR-kommunerna": the member municipalities, a sense of its own
            elif compound.group(1).startswith(_NETWORK_WORDS):
                network = gaz.lookup(f"{m.form}:s nätverk")
                if isinstance(network, Organisation):
                    canonical, kind, org_id = network.name, network.kind, network.id
                else:
                    canonical, kind, org_id = f"{m.form}:s nätverk", "network", None
        elif text[m.start : end].endswith("s") and (
            (organ := OWN_COMMITTEE.match(text, end))
            or (" " in m.form and (organ := OWN_BOARD.match(text, end)))
        ):
            # "Region Skånes kollektivtrafiknämnd": the body's own committee is one organisation
            end = organ.end()
            canonical, org_id = _SPACES.sub(" ", text[m.start : end]), None
            canonical = canonical[:-1] if canonical.endswith(("nämnds", "styrelses")) else canonical
        elif text[m.start : end].endswith(":s") and (own := _OWN_NETWORK.match(text, end)):
            # "SKR:s arbetsgivarnätverk": a named network of the body, a network of its own
            end = own.end()
            canonical, kind, org_id = _SPACES.sub(" ", text[m.start : end]), "network", None
            canonical = canonical[:-1] if canonical.endswith("nätverks") else canonical
        elif ACADEMIC.search(entry.name) and (place := campus_end(text, end, _other_body(gaz))):
            end = place  # "SLU Alnarp", "Umeå universitet Skellefteå": the campus is the university
        hits.append(_Hit(m.start, end, canonical, kind, org_id, sense=sense))
    return hits, named


def _other_body(gaz: Gazetteer) -> Callable[[str], bool]:
    return lambda word: isinstance(gaz.lookup(word), Organisation)


def _heading_line(text: str, pos: int) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 1]
    return len(words) >= 2 and all(w.isupper() for w in words)


# A product's class noun right before an acronym ("ärendesystemet X", "verktyget X", "appen X"):
# the acronym names an IT system or tool (GUIDELINES §5: products such as Teams are no bodies).
_PRODUCT_BEFORE = re.compile(
    r"(?<![\w-])[a-zåäö]*(?:systemet|verktyget|plattformen|appen|applikationen|programvaran|databasen|"
    r"mjukvaran|e-tjänsten|journalsystemet)\s+$",
    re.IGNORECASE,
)


def _acronym_hits(
    text: str, taken: list[tuple[int, int]], persons: frozenset[str] = frozenset()
) -> list[_Hit]:
    hits: list[_Hit] = []
    for m in _ACRONYM.finditer(text):
        acr = m.group(1)
        letters = acr.rstrip("0123456789")
        if acr in STOP_ACRONYMS or letters in STOP_ACRONYMS or _ROMAN.match(acr):
            continue
        if acr in persons and not m.group(3) and not m.group(4):  # a listed person's initials ("TB")
            continue
        if m.group(4) and _ROLE_TAIL.search(m.group(4)):
            continue
        if _overlaps(m.start(), m.end(), taken) or _heading_line(text, m.start()):
            continue
        if _PRODUCT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "uppföljningssystemet SUS", "appen BRIS": a product named, not a body
        if m.group("year"):
            # "RUS 2030": a strategy or programme named with its target year
            name = acr + m.group("year")
            hits.append(_Hit(m.start(), m.end(), " ".join(name.split()), "programme", None, acronym=name))
            continue
        hits.append(_Hit(m.start(), m.end(), acr, "other", None, acronym=acr))
    return hits


def _sentence_start(text: str, pos: int) -> bool:
    """Is ``pos`` the first word of a sentence or line (where every word is capitalised)?"""
    before = text[:pos].rstrip(" \t")
    return not before or before[-1] in ".!?:\n-–•*#"


def _university_hits(text: str, taken: list[tuple[int, int]]) -> list[_Hit]:
    hits: list[_Hit] = []
    for m in _UNIVERSITY.finditer(text):
        end = campus.end() if (campus := CAMPUS.match(text, m.end())) else m.end()
        if not _overlaps(m.start(), end, taken):
            hits.append(_Hit(m.start(), end, _SPACES.sub(" ", text[m.start() : end]), "other", None))
    for n in find_named(text):
        if not _overlaps(n.start, n.end, taken + [(h.start, h.end) for h in hits]):
            hits.append(_Hit(n.start, n.end, n.canonical, n.kind, None))
    for m in _RESCUE.finditer(text) if "äddnings" in text else ():
        if not _overlaps(m.start(), m.end(), taken):
            hits.append(_Hit(m.start(), m.end(), _SPACES.sub(" ", m.group()), "other", None))
    for m in _ADMIN_ACRONYM.finditer(text) if "förvaltningen " in text else ():
        if not _overlaps(m.start(), m.end(), taken):
            hits.append(_Hit(m.start(), m.end(), _SPACES.sub(" ", m.group()), "other", None))
    programmes = _PROGRAMME.finditer(text) if _PROGRAMME_HINT.search(text) else ()
    for m in programmes:
        if not _overlaps(m.start(), m.end(), taken):
            hits.append(_Hit(m.start(), m.end(), _SPACES.sub(" ", m.group()), "programme", None))
    return hits


def _organ_hits(text: str, taken: list[tuple[int, int]]) -> list[_Hit]:
    hits: list[_Hit] = []
    for m in _ORGAN.finditer(text):
        prefix, head = m.group("prefix"), m.group("head")
        start, end = m.start("word"), m.end()
        if prefix:
            first = prefix.lower().rstrip("-")
            if any(first == g or first == g + "s" for g in GENERIC_MODIFIERS):
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
            if m.group("coord"):
                start = m.start("coord")  # "hälso- och sjukvårdsnämnderna"
            elif (named := _NAME_ADJECTIVES.search(text[max(0, start - 60) : start])) and (
                not _sentence_start(text, start - (min(start, 60) - named.start(1)))
                or (" " not in named.group(1) and named.group(1).lower() not in _PLAIN_ADJECTIVES)
            ):
                # "Regionala utvecklingsnämnden" also at the start of a sentence: a single definite
                # adjective before an organ compound is part of its name (not "Nya", "Andra"…)
                start -= min(start, 60) - named.start(1)
            elif head.startswith("nämnd") and (lower := naming_adjective_start(text, start)) is not None:
                start = lower  # "regionala utvecklingsnämnden": the adjective names the committee
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
            if not complement and not named_adjective:
                continue
            if complement:
                end += complement.end()
            if named_adjective and adjective:
                start -= len(window) - adjective.start(1)
        if _overlaps(start, end, taken):
            continue
        surface = text[start:end]
        base = surface[:-1] if m.group("gen") and end == m.end() else surface
        canonical = base[:1].upper() + base[1:]
        stem = (prefix + _HEAD_STEMS[head]).lower() if prefix and end == m.end() else None
        hits.append(
            _Hit(start, end, _SPACES.sub(" ", canonical), _kind_by_head(prefix, head), None, stem=stem)
        )
        if prefix and m.group("gen") and end == m.end() and (board := OWN_BOARD.match(text, end)):
            # "Mälardalsrådets styrelse": the owner's board is an organ of its own, and the owner
            # stays named as well (a compound owner's name, unlike an acronym's "SKR:s styrelse")
            organ = _SPACES.sub(" ", text[start : board.end()])
            organ = organ[:-1] if organ.endswith("styrelses") else organ
            hits.append(_Hit(start, board.end(), organ[:1].upper() + organ[1:], "other", None))
    return hits


_SPACES = re.compile(r"\s+")
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


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


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
    taken += [(h.start, h.end) for h in hits]
    organs = _organ_hits(text, taken)
    organs += _role_network_hits(text, taken + [(h.start, h.end) for h in organs])
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
