"""extract.org_shapes: text → organisation hits by shape (acronyms, universities, rescue services, plans)."""

from __future__ import annotations

import re

from govkg.extract.org_genre import genre_hits
from govkg.extract.org_hit import _SPACES, _Hit, _overlaps, _words
from govkg.extract.org_patterns import CAMPUS, find_named

STOP_ACRONYMS = _words(
    "EJ OCH ATT SOM FÖR MED DEN DET ÄR PÅ AV TILL OM NU OK NB PS OBS ST NR TEL INFO NOTE TODO BESLUT "
    "MÖTE PUNKT ÖVRIGT DATUM PLATS TID DSO VD CIO CISO CDO CTO HR IT IKT AI ID PM CV PDF URL API FAQ KPI "
    "GDPR LOU LSS SOL HSL PBL OSL LOV TV USA UK COVID ÖP AB HB KB SD KD MP IVPA RUT ROT EUR SEK KR MKR "
    "MDKR TKR CA BL MM ETC OSV SSO SAML OIDC FAPI CIBA QA UX UI CET CEST UTC OP RP SDK JSON XML HTML HTTP "
    "HTTPS CSV KG OSS SLA SMS GPS VPN MFA AOB HVB SIP APL VA "
    # laws by their acronyms, like LOU/LSS/SOL above: lagen om skydd mot olyckor, om extraordinära
    # händelser, om vård av unga, av missbrukare, om psykiatrisk tvångsvård ("enligt LSO 2026–2029")
    "LSO LEH LVU LVM LPT "
    # substances and pollutants named by their acronyms (per- and polyfluorinated substances,
    # polychlorinated biphenyls, polycyclic aromatic hydrocarbons, volatile organic compounds…)
    "PFAS PFOS PFOA PCB PAH VOC CFC HCFC NOX"
    # fields of work and staffing forms, not bodies: alkohol, narkotika, doping och tobak;
    # räddningspersonal i beredskap ("RIB-styrkan")
    " ANDT ANDTS RIB"
)
_ROMAN = re.compile(r"^[IVXLCDM]+$")
_ACRONYM = re.compile(
    r"(?<![\w.-])([A-ZÅÄÖ]{2,6}\d{0,2})(?P<year>\s(?:19|20)\d\d)?(:s)?(?:-([a-zåäö]\w*))?(?![\w])"
)
_PROGRAMME_HINT = re.compile(r"strategi|planen|programmet|agendan")  # cheap test before _PROGRAMME
# A strategy, plan or programme named with its year: "Värmlandsstrategin 2040", "Trafikplanen 2030";
# a range after it ("Drogstrategin 2021–2025") is the period it runs, not part of its name
_PROGRAMME = re.compile(
    r"(?<![\w-])[A-ZÅÄÖ][\wåäö-]*(?:strategin|strategi|planen|programmet|agendan)(?P<year>\s+(?:19|20)\d\d)"
    r"(?P<range>[ \t]*[–-][ \t]*(?:19|20)\d\d)?(?![\w-])"
)
# "IFO-chef", "IT-strateg": an acronym that only qualifies a role is no body of its own
_ROLE_TAIL = re.compile(r"(?:chef|chefer|ansvarig|samordnare|handläggare|strateg|sekreterare|direktör)$")
# "X-området" (the area a body covers), "YH-utbildningarna" (a form of education): a thing named by
# the acronym, no body of its own
_THING_TAIL = re.compile(r"^(?:område|utbildning)")
# Universities and university colleges: "Luleå tekniska universitet", "Högskolan i Skövde"
_UNIVERSITY = re.compile(
    r"(?<![\w-])(?:[A-ZÅÄÖ][\wåäö]+\s+(?:tekniska\s+)?universitet(?:et)?|Högskolan\s+(?:i|på)\s+[A-ZÅÄÖ][\wåäö]+)"
    r"(?![\w])"
)
# Rescue services by their proper names: "Räddningstjänsten Dala Mitt", "Norra Dalarnas
# Räddningstjänstförbund", "Räddningstjänstförbundet Mitt Bohuslän", "Södertörns brandförsvarsförbund"
# The name's words stay on its line (a label line "Bakgrund" above is no part of it) and stop at a
# diary number ("… Storgöteborg   Dnr 2027/004" on a heading line).
_PLACE_WORD = r"[ \t]+(?!(?:Dnr|Diarienr|Diarienummer)\b)[A-ZÅÄÖ][\wåäö-]*"
# A compass word that ends the name may stand on the next line, where the text wraps ("… Skåne" /
# "Nordväst"); any other word there (a label, a heading) is no part of it.
_COMPASS_WRAP = r"(?:[ \t]*\n[ \t]*(?:Nord|Syd|Öst|Väst|Mitt|Norr|Söder)(?:väst|ost|öst)?(?![\wåäö-]))?"
_RESCUE = re.compile(
    rf"(?<![\w-])(?:Räddningstjänsten(?:{_PLACE_WORD}){{1,3}}{_COMPASS_WRAP}"
    r"|(?:[A-ZÅÄÖ][\wåäö-]*[ \t]+){1,3}[Rr]äddningstjänstförbund(?![\wåäö])"
    r"|[A-ZÅÄÖ][\wåäö]*räddningstjänstförbund(?![\wåäö])"
    rf"|Räddningstjänstförbundet(?:{_PLACE_WORD}){{1,3}}"
    r"|(?:[A-ZÅÄÖ][\wåäö-]*[ \t]+){1,3}(?:brand-\s+och\s+)?räddningsförbund(?:et)?"
    r"|[A-ZÅÄÖ][\wåäö]*räddningsförbund(?:et)?)(?![\wåäö])"
)
# "Kollektivtrafikförvaltningen UL", "Miljöförvaltningen SRMH": an administration and its acronym
_ADMIN_ACRONYM = re.compile(r"(?<![\w-])[A-ZÅÄÖ][\wåäö]*förvaltningen\s+[A-ZÅÄÖ]{2,6}(?![\wåäö-])")


# A national brand's regional instance named by its region: "Vård- och omsorgscollege Halland",
# "Teknikcollege Västra Skaraborg", "Barnahus Fyrbodal" (the place alone would read as the region)
_REGIONAL_BRAND = re.compile(
    r"(?<![\w-])(?:[A-ZÅÄÖ][\wåäö]*-[ \t]+och[ \t]+[a-zåäö]*college|[A-ZÅÄÖ][\wåäö]*college|Barnahus)"
    r"(?:[ \t]+(?:Norra|Södra|Östra|Västra|Mellersta))?[ \t]+[A-ZÅÄÖ][\wåäö]+(?:[ \t]+län)?(?![\wåäö-])"
)

# A company written with a dotted initial ("E.ON", "E.ON Energidistribution"): one name, not the
# acronym "ON"; the words after it stay on the line and are capitalised (its business or country)
_DOTTED_COMPANY = re.compile(
    r"(?<![\w.])[A-ZÅÄÖ]\.[A-ZÅÄÖ]{2,5}(?!\w|\.\w)"
    r"(?:[ \t]+(?!(?:Och|Samt|Men|Har|Ska|Är|Dnr)\b)[A-ZÅÄÖ][a-zåäö]{3,}){0,2}"
)
# A destination brand named by its region or towns: "Visit Dalarna", "Visit Falun Borlänge", "Visit
# Sweden" (the tourism organisations' own way of writing their names)
_VISIT = re.compile(
    r"(?<![\w-])Visit(?:[ \t]+(?!(?:Och|Samt|Dnr)\b)[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?){1,3}(?![\w-])"
)
# A court named with its seat: "Förvaltningsrätten i Luleå", "Kammarrätten i Sundsvall" (the seat
# alone would read as the municipality)
# A court named with its seat: "Förvaltningsrätten i Luleå", "Kammarrätten i Sundsvall", or as a
# special court at a general one, "Mark- och miljödomstolen vid Växjö tingsrätt" (its official name);
# the superior special courts have no seat ("Mark- och miljööverdomstolen")
_COURT = re.compile(
    r"(?<![\w-])(?:(?:Förvaltningsrätten|Kammarrätten|Tingsrätten|Hovrätten|Migrationsdomstolen|"
    r"Mark- och miljödomstolen|Patent- och marknadsdomstolen)(?:s)?[ \t]+(?:i|vid)[ \t]+[A-ZÅÄÖ][a-zåäö]+"
    r"(?:[ \t]+(?:tingsrätt|förvaltningsrätt)s?)?|"
    r"(?:Mark- och miljö|Patent- och marknads|Migrations)överdomstolen"
    r"s?)(?![\w-])"
)
_COURT_HINT = re.compile(r"rätten|domstolen")

# Bodies whose short name is also a common word ("Kommunal", the union, and "kommunal", the
# adjective): matched only as written, capitalised, and not as the first word of a sentence
# before a lower-case noun ("Kommunal vuxenutbildning"). Name → (canonical, gazetteer id).
WORD_NAMES: dict[str, tuple[str, str]] = {
    "Kommunal": ("Svenska Kommunalarbetareförbundet", "svenska-kommunalarbetareforbundet"),
}
_WORD_NAME = re.compile(r"(?<![\w-])(" + "|".join(WORD_NAMES) + r")(?::s|s)?(?![\w-])")
_NOUN_AFTER = re.compile(r"[ \t]+[a-zåäö]")


def _word_name_hits(text: str, taken: list[tuple[int, int]]) -> list[_Hit]:
    hits: list[_Hit] = []
    for m in _WORD_NAME.finditer(text):
        before = text[: m.start()].rstrip(" \t")
        opens = not before or before[-1] in ".!?:\n-–•*#"
        adjective = opens and m.end() == m.end(1) and _NOUN_AFTER.match(text, m.end())
        if adjective or _overlaps(m.start(), m.end(), taken):
            continue
        canonical, org_id = WORD_NAMES[m.group(1)]
        hits.append(_Hit(m.start(), m.end(), canonical, "association", org_id))
    return hits


def _named_shapes(text: str, taken: list[tuple[int, int]]) -> list[_Hit]:
    """Dotted company names, destination brands and courts with their seat."""
    hits: list[_Hit] = _word_name_hits(text, taken) if "Kommunal" in text else []
    for pattern, hint, kind in (
        (_DOTTED_COMPANY, ".", "company"),
        (_VISIT, "Visit", "company"),
        (_COURT, "", "other"),
    ):
        if hint not in text or (kind == "other" and not _COURT_HINT.search(text)):
            continue
        for m in pattern.finditer(text):
            if not _overlaps(m.start(), m.end(), taken + [(h.start, h.end) for h in hits]):
                hits.append(_Hit(m.start(), m.end(), _SPACES.sub(" ", m.group()), kind, None))
    return hits


def _heading_line(text: str, pos: int) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 1]
    return len(words) >= 2 and all(w.isupper() for w in words)


_DIARY_BEFORE = re.compile(r"\b(?:dnr|diarienr|diarienummer|ärendenr)\.?\s*:?\s*$", re.IGNORECASE)


# A product's class noun right before an acronym ("ärendesystemet X", "verktyget X", "appen X"):
# the acronym names an IT system or tool (GUIDELINES §5: products such as Teams are no bodies).
_PRODUCT_BEFORE = re.compile(
    r"(?<![\w-])[a-zåäö]*(?:systemet|verktyget|plattformen|appen|applikationen|programvaran|databasen|"
    r"mjukvaran|e-tjänsten|journalsystemet)\s+$",
    re.IGNORECASE,
)


# A sector abbreviation that heads a proper name ("VA SYD", "VA Syd"): one body, not the stop
# word VA plus a name. Alone or as a prefix ("VA", "VA-taxa", "VA-juridik") it stays a common noun.
_NAME_HEADS = ("VA",)
_HEADED_NAME = re.compile(
    rf"(?<![\w.-])(?:{'|'.join(_NAME_HEADS)})[ \t](?:[A-ZÅÄÖ]{{2,6}}|[A-ZÅÄÖ][a-zåäö]{{2,}})(?![\w-])"
)


def _headed_name_hits(text: str, taken: list[tuple[int, int]]) -> list[_Hit]:
    hits: list[_Hit] = []
    for m in _HEADED_NAME.finditer(text):
        name = " ".join(m.group(0).split())
        if name.split()[1].upper() in STOP_ACRONYMS:
            continue
        if _overlaps(m.start(), m.end(), taken) or _heading_line(text, m.start()):
            continue
        if _DIARY_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "Dnr VA SYD 2026/311": a diary number's series
        hits.append(_Hit(m.start(), m.end(), name, "other", None, acronym=name))
    return hits


def _acronym_hits(
    text: str, taken: list[tuple[int, int]], persons: frozenset[str] = frozenset()
) -> list[_Hit]:
    hits: list[_Hit] = _headed_name_hits(text, taken) if "VA" in text else []
    taken = taken + [(h.start, h.end) for h in hits]
    spelled = _spelled_out(text) if "(" in text else frozenset()
    for m in _ACRONYM.finditer(text):
        acr = m.group(1)
        letters = acr.rstrip("0123456789")
        if acr in STOP_ACRONYMS or letters in STOP_ACRONYMS or _ROMAN.match(acr):
            continue
        if acr in persons and not m.group(3) and not m.group(4):  # a listed person's initials ("TB")
            continue
        if m.group(4) and (_ROLE_TAIL.search(m.group(4)) or _THING_TAIL.match(m.group(4))):
            continue
        if _overlaps(m.start(), m.end(), taken) or _heading_line(text, m.start()):
            continue
        if _PRODUCT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "uppföljningssystemet SUS", "appen BRIS": a product named, not a body
        if (m.group("year") and text.startswith("/", m.end())) or _DIARY_BEFORE.search(
            text, max(0, m.start() - 16), m.start()
        ):
            continue  # "Dnr ÖFN 2027/0093", "Dnr KS 2027-41": a diary number's series, no body
        if acr in spelled:
            continue  # "verksamhetsförlagd utbildning (VFU)", then "VFU-avtal": a common noun, no body
        if m.group("year"):
            # "RUS 2030": a strategy or programme named with its target year
            name = acr + m.group("year")
            hits.append(_Hit(m.start(), m.end(), " ".join(name.split()), "programme", None, acronym=name))
            continue
        hits.append(_Hit(m.start(), m.end(), acr, "other", None, acronym=acr))
    return hits


_PHRASE_BEFORE = re.compile(r"((?:[a-zåäö][\wåäö-]*[ \t]+){1,4})\($")
_ORGAN_WORD = re.compile(
    r"(?:nätverk|grupp|råd|nämnd|förbund|myndighet|styrelse|förvaltning|kansli|enhet)\w*$"
)


_BRACKETED = re.compile(r"\(([A-ZÅÄÖ]{2,6})\)")


def _spelled_out(text: str) -> frozenset[str]:
    """The acronyms the text spells out as lower-case words before their brackets."""
    return frozenset(m[1] for m in _BRACKETED.finditer(text) if _spelled_out_before(text, m.start(1), m[1]))


def _spelled_out_before(text: str, start: int, acr: str) -> bool:
    """Is the bracketed acronym at ``start`` an abbreviation of the lower-case words before it, whose
    letters it takes in order from the first word's initial ("verksamhetsförlagd utbildning (VFU)")?"""
    m = _PHRASE_BEFORE.search(text, max(0, start - 80), start)
    if m is None:
        return False
    words = m.group(1).split()
    if any(_ORGAN_WORD.search(w) for w in words):
        return False  # "nätverket för digital utveckling (NDU)": a body's name and its acronym
    for k in range(len(words)):
        phrase = "".join(words[k:])
        if phrase[:1] == acr[:1].lower() and _subsequence(acr[1:].lower(), phrase[1:]):
            return True
    return False


def _subsequence(letters: str, word: str) -> bool:
    rest = iter(word)
    return all(c in rest for c in letters)


def _university_hits(text: str, taken: list[tuple[int, int]]) -> list[_Hit]:
    hits: list[_Hit] = []
    for m in _UNIVERSITY.finditer(text):
        end = campus.end() if (campus := CAMPUS.match(text, m.end())) else m.end()
        if not _overlaps(m.start(), end, taken):
            hits.append(_Hit(m.start(), end, _SPACES.sub(" ", text[m.start() : end]), "other", None))
    for n in find_named(text):
        if not _overlaps(n.start, n.end, taken + [(h.start, h.end) for h in hits]):
            hits.append(_Hit(n.start, n.end, n.canonical, n.kind, None))
    hits += _named_shapes(text, taken + [(h.start, h.end) for h in hits])
    hits += genre_hits(text, taken + [(h.start, h.end) for h in hits])
    for m in _RESCUE.finditer(text) if "äddnings" in text else ():
        if not _overlaps(m.start(), m.end(), taken):
            hits.append(_Hit(m.start(), m.end(), _SPACES.sub(" ", m.group()), "other", None))
    for m in _REGIONAL_BRAND.finditer(text) if "ollege" in text or "Barnahus" in text else ():
        if not _overlaps(m.start(), m.end(), taken):
            hits.append(_Hit(m.start(), m.end(), _SPACES.sub(" ", m.group()), "other", None))
    for m in _ADMIN_ACRONYM.finditer(text) if "förvaltningen " in text else ():
        if not _overlaps(m.start(), m.end(), taken):
            hits.append(_Hit(m.start(), m.end(), _SPACES.sub(" ", m.group()), "other", None))
    programmes = _PROGRAMME.finditer(text) if _PROGRAMME_HINT.search(text) else ()
    for m in programmes:
        end = m.start("year") if m.group("range") else m.end()
        if not _overlaps(m.start(), end, taken):
            hits.append(_Hit(m.start(), end, _SPACES.sub(" ", text[m.start() : end]), "programme", None))
    return hits
