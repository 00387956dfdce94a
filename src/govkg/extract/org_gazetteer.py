"""extract.org_gazetteer: text + gazetteer → hits for known bodies, their organs and named networks."""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.extract.municipalities import (
    AMBIGUOUS,
    COMPANY_AFTER,
    COMPANY_AND,
    PLACE_AFTER,
    longer_name,
    municipality_match_ok,
)
from govkg.extract.org_hit import _SPACES, _Hit
from govkg.extract.org_patterns import (
    ACADEMIC,
    MUNICIPAL_ORGAN,
    NETWORK_TOPIC,
    OWN_BOARD,
    OWN_COMMITTEE,
    OWN_DIRECTORATE,
    campus_end,
)
from govkg.gazetteer import Gazetteer, Municipality, Organisation, is_case_sensitive

_NETWORK_WORDS = ("nätverk",)
# A compound network right after an acronym's genitive ("SKR:s arbetsgivarnätverk")
_OWN_NETWORK = re.compile(r"[ \t]+[a-zåäö]{3,}nätverk(?:et)?s?(?![\wåäö-])")
# A body's network on a topic after its genitive ("Regionens nätverk för …" is a network of its own)
_GENITIVE_NETWORK = re.compile(r"[ \t]+nätverk" + NETWORK_TOPIC.pattern)
# A municipal organ named with its municipality after "i": "kommunstyrelsen i Bollnäs"
_ORGAN_IN = re.compile(r"(?<![\w-])(kommunstyrelsen|kommunfullmäktige|[a-zåäö]{3,}nämnden)[ \t]+i[ \t]+$")


# a compass word before an area's name makes a part of the area ("Östra Skaraborg", "Norra Bohuslän")
_AREA_PART = re.compile(r"(?<![\w-])(?:Östra|Västra|Norra|Södra|Mellersta|Inre|Yttre)\s+$")


# a lower-case area noun before a name makes it an area's designation ("trafikområde Sjuhärad Syd")
_AREA_DESIGNATION = re.compile(r"(?<![\w-])[a-zåäö]*(?:område|distrikt|zon)[ \t]+$")


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
            elif company and PLACE_AFTER.match(text, m.end):
                pass  # "Lomma Hamn": a part of the town, no body at all
            elif company:  # "Kalmar Vatten", "Kalmar Länstrafik": a company named after its town
                b = more.end() if (more := COMPANY_AND.match(text, company.end())) else company.end()
                name = _SPACES.sub(" ", text[m.start : b])
                hits.append(_Hit(m.start, b, name, "company", None, weak=True))
            elif municipalities and municipality_match_ok(text, m):
                hits.append(_Hit(m.start, m.end, entry.name, "municipality", entry.scb_code, weak=True))
            continue
        if " " not in m.form and _AREA_PART.search(text, max(0, m.start - 12), m.start):
            continue  # "läget i Östra Skaraborg": a part of the area, not the body named after it
        if _AREA_DESIGNATION.search(text, max(0, m.start - 30), m.start):
            continue  # "trafikområde Sjuhärad Syd": an area's designation, not the body named after it
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
        elif re.search(r"s[ \t]+nätverk$", text[m.start : end]) and (topic := NETWORK_TOPIC.match(text, end)):
            # "SKR:s nätverk för ekonomisk styrning": a named network of its own, with its topic (a
            # compound's "kommunchefsnätverk för diskussioner" names its purpose, not another network)
            end = topic.end()
            canonical, kind, org_id = _SPACES.sub(" ", text[m.start : end]), "network", None
        elif text[m.start : end].endswith("s") and (
            (organ := OWN_COMMITTEE.match(text, end))
            or (" " in m.form and (organ := OWN_BOARD.match(text, end)))
        ):
            # "Region Skånes kollektivtrafiknämnd": the body's own committee is one organisation
            end = organ.end()
            canonical, org_id = _SPACES.sub(" ", text[m.start : end]), None
            canonical = canonical[:-1] if canonical.endswith(("nämnds", "styrelses")) else canonical
        elif text[m.start : end].endswith("s") and (topic := _GENITIVE_NETWORK.match(text, end)):
            # "Länsstyrelsens nätverk för tillsynshandläggare": the body's network on a topic, a network
            end = topic.end()
            canonical, kind, org_id = _SPACES.sub(" ", text[m.start : end]), "network", None
        elif text[m.start : end].endswith("s") and (organ := OWN_DIRECTORATE.match(text, end)):
            # "Höglandsförbundets förbundsdirektion": the federation's governing organ, an organ of its own
            end = organ.end()
            canonical, kind, org_id = _SPACES.sub(" ", text[m.start : end]).removesuffix("s"), "other", None
        elif text[m.start : end].endswith(":s") and (own := _OWN_NETWORK.match(text, end)):
            # "SKR:s arbetsgivarnätverk": a named network of the body, a network of its own
            end = own.end()
            canonical, kind, org_id = _SPACES.sub(" ", text[m.start : end]), "network", None
            canonical = canonical[:-1] if canonical.endswith("nätverks") else canonical
        elif ACADEMIC.search(entry.name) and (place := campus_end(text, end, _other_body(gaz))):
            end = place  # "SLU Alnarp", "Umeå universitet Skellefteå": the campus is the university
        elif (
            kind == "company"
            and " " not in m.form
            and m.form[:1].isupper()
            and (place := campus_end(text, end, _other_body(gaz)))
        ):
            end = place  # "Almi Västerbotten": a company's regional subsidiary, named by its region
            canonical, org_id = _SPACES.sub(" ", text[m.start : end]), None
        hits.append(_Hit(m.start, end, canonical, kind, org_id, sense=sense))
    return hits, named


def _other_body(gaz: Gazetteer) -> Callable[[str], bool]:
    return lambda word: isinstance(gaz.lookup(word), Organisation)
