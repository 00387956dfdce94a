# ruff: noqa: E501, B905, RUF005
#!/usr/bin/env python3
"""Builds gold/*.json for blind set 22 from the hand annotation below and checks every string.

Each item-level string must occur in that item's own span (heading line up to the next item
heading, or to "Vid anteckningarna"); document-level strings must occur in the document.
Run: python3 tools/build_gold.py  (exit 1 on any failure).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold"
ERRORS: list[str] = []


def att(name, canon, aff, aff_can, role=None, note=None, items=None, **extra):
    d = {
        "name": name,
        "canonical_name": canon,
        "affiliation": aff,
        "affiliation_canonical": aff_can,
        "role": role,
        "note": note,
        "items_attended": items,
    }
    d.update(extra)
    return d


def per(name, canon, aff=None, role_in_item=None, also=()):
    d = {"name": name, "canonical_name": canon, "affiliation": aff, "role_in_item": role_in_item}
    if also:
        d["also_written"] = list(also)
    return d


def org(surface, canon, kind, other=(), **extra):
    d = {"surface": surface, "canonical": canon, "kind": kind}
    if other:
        d["other_surfaces"] = list(other)
    d.update(extra)
    return d


def dt(surface, iso, gran, inferred=True, **extra):
    d = {"surface": surface, "iso": iso, "granularity": gran, "year_inferred": inferred}
    d.update(extra)
    return d


def item(
    number,
    title,
    heading_raw,
    *,
    subheadings=(),
    persons=(),
    orgs=(),
    munis=(),
    topics=(),
    decisions=(),
    follow_ups=(),
    b_dec=(),
    b_fu=(),
    dates=(),
    places=(),
    note=None,
):
    d = {
        "number": number,
        "title": title,
        "heading_raw": heading_raw,
        "subheadings": list(subheadings),
        "persons_mentioned": list(persons),
        "organisations_mentioned": list(orgs),
        "municipalities_mentioned": list(munis),
        "topics": list(topics),
        "decisions": list(decisions),
        "follow_ups": list(follow_ups),
        "borderline_decisions": list(b_dec),
        "borderline_follow_ups": list(b_fu),
        "dates_mentioned": list(dates),
        "urls": [],
        "places_mentioned": list(places),
    }
    if note:
        d["note"] = note
    return d


RTKR = "Räddningstjänsten Karlstadsregionen"
RTKR_DIR = "Räddningstjänsten Karlstadsregionen, direktionen"
KR = "Karlstadsregionen"
LST_S = "Länsstyrelsen i Värmlands län"
LST_BD = "Länsstyrelsen i Norrbottens län"
RN = "Region Norrbotten"
RV = "Region Värmland"


def muni(surface, canon, other=()):
    return org(surface, canon, "municipality", other)


# ---------------------------------------------------------------- document A
A_NAME = "karlstadsregionen_kommundirektorer_2025-05-23.txt"
A = {
    "document": A_NAME,
    "meeting": {
        "body": "Karlstadsregionens kommundirektörsgrupp",
        "date_estimate": "2025-05-23",
        "date_evidence": ["2025-05-23"],
        "place": "Kils kommunhus, sammanträdesrum Frykensalen",
        "layout": "Word document saved as plain text (tabs after list numbers, '•\\t' bullets)",
    },
    "present": [
        att("Åsa Lindgren", "Åsa Lindgren", "Karlstads kommun", "Karlstad", "kommundirektör, ordförande"),
        att("Magnus Olsson", "Magnus Olsson", "Hammarö kommun", "Hammarö", "kommundirektör"),
        att("Kristina Holm", "Kristina Holm", "Kils kommun", "Kil", "kommundirektör"),
        att("Henrik Lindgren", "Henrik Lindgren", "Forshaga kommun", "Forshaga", "kommundirektör"),
        att(
            "Annika Ström",
            "Annika Ström",
            "Grums kommun",
            "Grums",
            "ekonomichef",
            "ersättare för Mikael Dahl",
        ),
        att("Jörgen Berg", "Jörgen Berg", "Munkfors kommun", "Munkfors", "kommunchef", "(via Teams)"),
        att("Lena Wallin", "Lena Wallin", "Karlstadsregionen", KR, "samordnare, sekreterare"),
        att("Peter Sandahl", "Peter Sandahl", RTKR, RTKR, "förbundsdirektör", "punkt 3", [3]),
        att("Maria Falk", "Maria Falk", RTKR, RTKR, "ekonomichef", "punkt 3", [3]),
        att("Emil Norberg", "Emil Norberg", RV, RV, None, "punkt 5", [5]),
    ],
    "absent": [
        att("Mikael Dahl", "Mikael Dahl", "Grums kommun", "Grums", "kommundirektör"),
        att("Tomas Eklund", "Tomas Eklund", "Karlstads kommun", "Karlstad", "biträdande kommundirektör"),
    ],
    "recorded_by": {"name": "Lena Wallin", "canonical_name": "Lena Wallin", "role": "samordnare"},
    "items": [
        item(
            1,
            "Mötets öppnande och föregående minnesanteckningar",
            "1.\tMötets öppnande och föregående minnesanteckningar",
            persons=[
                per("Åsa Lindgren", "Åsa Lindgren", "Karlstads kommun", "chair; welcomes", ["Åsa"]),
                per("Annika Ström", "Annika Ström", "Grums kommun", "substitute", ["Annika"]),
                per("Mikael Dahl", "Mikael Dahl", "Grums kommun", "replaced", ["Mikael"]),
            ],
            topics=["mötets öppnande", "föregående minnesanteckningar"],
            decisions=["Minnesanteckningarna från mötet den 25 april godkändes och läggs till handlingarna."],
            dates=[dt("25 april", "2025-04-25", "day")],
        ),
        item(
            2,
            "Aktuellt från kommunerna",
            "2.\tAktuellt från kommunerna",
            persons=[
                per("Henrik Lindgren", "Henrik Lindgren", "Forshaga", "reports", ["Henrik"]),
                per("Jörgen Berg", "Jörgen Berg", "Munkfors", "reports", ["Jörgen"]),
            ],
            orgs=[
                muni("Hammarö", "Hammarö"),
                muni("Kil", "Kil"),
                muni("Forshaga", "Forshaga"),
                muni("Grums", "Grums"),
                muni("Munkfors", "Munkfors"),
                muni("Karlstad", "Karlstad"),
                org("Region Värmland", RV, "region"),
            ],
            munis=["Hammarö", "Kil", "Forshaga", "Grums", "Munkfors", "Karlstad"],
            topics=[
                "skolbygge",
                "resecentrum",
                "kommunekonomi",
                "anställningsstopp",
                "rekrytering",
                "vårdcentralens bemanning",
            ],
            b_dec=[
                "Kommunen prognostiserar ett underskott på 9 miljoner kronor och har infört anställningsstopp till och med 31 augusti."
            ],
            b_fu=[
                "Upphandlingen av byggentreprenör avslutas i juni.",
                "Jörgen informerade om att kommunen tillsammans med Region Värmland startar ett projekt om bemanningen på vårdcentralen.",
            ],
            dates=[dt("juni", "2025-06", "month"), dt("31 augusti", "2025-08-31", "day")],
            places=["Skoghall"],
        ),
        item(
            3,
            "Räddningstjänsten Karlstadsregionen – budgetram 2026 och plan 2027–2028",
            "3.\tRäddningstjänsten Karlstadsregionen – budgetram 2026 och plan 2027–2028",
            persons=[
                per("Peter Sandahl", "Peter Sandahl", RTKR, "presents budget frame", ["Peter"]),
                per("Maria Falk", "Maria Falk", RTKR, "presents; sends material", ["Maria"]),
            ],
            orgs=[
                org("Räddningstjänsten Karlstadsregionen", RTKR, "municipal_federation"),
                org("Räddningsregion Bergslagen", "Räddningsregion Bergslagen", "network"),
                org("direktionens", RTKR_DIR, "other"),
            ],
            topics=["räddningstjänstens budget", "medlemsbidrag", "räddningscentral", "kostnadsfördelning"],
            decisions=[
                "Kommundirektörerna ställer sig bakom budgetramen under förutsättning att kostnaden för räddningscentralen fasas in under 2026 och 2027."
            ],
            follow_ups=[
                "Peter tar med sig synpunkterna till direktionens sammanträde den 12 juni.",
                "Maria skickar underlaget med fördelning per kommun till gruppen senast 28 maj.",
            ],
            b_dec=[
                "Förbundet föreslår en uppräkning av medlemsbidraget med 4,2 procent, varav 1,5 procentenheter avser ökade kostnader för den gemensamma räddningscentralen inom Räddningsregion Bergslagen."
            ],
            dates=[
                dt("12 juni", "2025-06-12", "day"),
                dt("28 maj", "2025-05-28", "day"),
                dt("2027–2028", "2027/2028", "range", False),
                dt("2026", "2026", "year", False),
            ],
        ),
        item(
            4,
            "E-arkiv – gemensam förstudie",
            "4.\tE-arkiv – gemensam förstudie",
            persons=[
                per("Lena Wallin", "Lena Wallin", "Karlstadsregionen", "reports on pre-study", ["Lena"]),
                per("Kristina Holm", "Kristina Holm", "Kils kommun", "promises Kil's input", ["Kristina"]),
            ],
            orgs=[org("Karlstadsregionens", KR, "network"), muni("Kil", "Kil", ["Kils"])],
            munis=["Kil"],
            topics=["e-arkiv", "förstudie", "kostnadsfördelning"],
            decisions=[
                "Gruppen var överens om att kostnadsfördelningen i ett kommande avtal ska utgå från invånarantal."
            ],
            follow_ups=[
                "Förstudien ska vara klar i oktober.",
                "Kristina lovade att Kils underlag skickas in senast den 6 juni.",
            ],
            dates=[dt("oktober", "2025-10", "month"), dt("6 juni", "2025-06-06", "day")],
        ),
        item(
            5,
            "Länsplan för regional transportinfrastruktur 2026–2037",
            "5.\tLänsplan för regional transportinfrastruktur 2026–2037",
            persons=[
                per("Emil Norberg", "Emil Norberg", RV, "informs"),
                per("Lena Wallin", "Lena Wallin", None, "drafts joint response", ["Lena"]),
            ],
            orgs=[
                org("Region Värmland", RV, "region"),
                org("Karlstadsregionen", KR, "network"),
                muni("Karlstad", "Karlstad"),
                muni("Kil", "Kil"),
                muni("Arvika", "Arvika"),
            ],
            munis=["Karlstad", "Kil", "Arvika"],
            topics=["länsplan för transportinfrastruktur", "remiss", "väg 61", "gemensamt remissvar"],
            decisions=[
                "Karlstadsregionen lämnar ett gemensamt remissvar i tillägg till kommunernas egna yttranden."
            ],
            follow_ups=[
                "Planförslaget skickas på remiss den 27 juni med sista svarsdag 19 september.",
                "Lena tar fram ett utkast till gemensamt remissvar som skickas till gruppen senast 22 augusti.",
            ],
            b_fu=[
                "Region Värmland vill särskilt ha synpunkter på prioriteringen av väg 61 och stråket Karlstad–Kil–Arvika."
            ],
            dates=[
                dt("2026–2037", "2026/2037", "range", False),
                dt("27 juni", "2025-06-27", "day"),
                dt("19 september", "2025-09-19", "day"),
                dt("22 augusti", "2025-08-22", "day"),
            ],
        ),
        item(
            6,
            "Kompetensförsörjning – feriepraktik 2026",
            "6.\tKompetensförsörjning – feriepraktik 2026",
            persons=[per("Magnus Olsson", "Magnus Olsson", "Hammarö kommun", "offers pilot", ["Magnus"])],
            orgs=[
                org("Arbetsförmedlingen", "Arbetsförmedlingen", "national_agency"),
                muni("Hammarö", "Hammarö"),
            ],
            munis=["Hammarö"],
            topics=["kompetensförsörjning", "feriepraktik"],
            follow_ups=["Frågan återkommer på mötet i september."],
            b_fu=["Magnus lyfte att Hammarö gärna är pilotkommun."],
            dates=[dt("2026", "2026", "year", False), dt("september", "2025-09", "month")],
        ),
        item(
            7,
            "Övriga frågor",
            "7.\tÖvriga frågor",
            persons=[
                per("Tomas Eklund", "Tomas Eklund", "Karlstads kommun", "leaves the group"),
                per("Åsa Lindgren", "Åsa Lindgren", "Karlstads kommun", "will report successor", ["Åsa"]),
            ],
            orgs=[muni("Karlstad", "Karlstad"), org(LST_S, LST_S, "county_administrative_board")],
            munis=["Karlstad"],
            topics=["personalförändring", "krisledningsövning"],
            follow_ups=[
                "Åsa återkommer om vem som ersätter honom i gruppen.",
                "Länsstyrelsen i Värmlands län bjuder in till en regional krisledningsövning den 8 oktober.",
                "Anmälan senast 5 september.",
            ],
            dates=[
                dt("1 juni", "2025-06-01", "day"),
                dt("8 oktober", "2025-10-08", "day"),
                dt("5 september", "2025-09-05", "day"),
            ],
        ),
        item(
            8,
            "Nästa möte",
            "8.\tNästa möte",
            orgs=[muni("Hammarö", "Hammarö")],
            munis=["Hammarö"],
            topics=["nästa möte"],
            b_fu=["Fredag 13 juni kl. 09.00–12.00 i Hammarö kommunhus, Skoghall."],
            dates=[dt("13 juni", "2025-06-13", "day")],
            places=["Skoghall"],
        ),
    ],
}

# ---------------------------------------------------------------- document B
B_NAME = "region_norrbotten_kompetensforsorjning_2025-10-08.txt"
B = {
    "document": B_NAME,
    "meeting": {
        "body": "Samverkansgruppen för kompetensförsörjning i Norrbotten",
        "convened_by": RN,
        "date_estimate": "2025-10-08",
        "date_evidence": ["2025-10-08", "8 oktober 2025"],
        "place": "Regionhuset i Luleå, lokal Tornet",
        "layout": "PDF minutes converted with plain pdftotext (wrapped lines, page header/footer, form feeds)",
    },
    "present": [
        att("Linda Lundberg", "Linda Lundberg", RN, RN, "ordförande"),
        att("Sara Nilsson", "Sara Nilsson", RN, RN, "sekreterare"),
        att(
            "Mikael\nWikström",
            "Mikael Wikström",
            RN,
            RN,
            None,
            None,
            None,
            note_extra="name broken over two lines by pdftotext",
        ),
        att("Jenny Björklund", "Jenny Björklund", "Luleå kommun", "Luleå"),
        att("Anna Nilsson", "Anna Nilsson", "Piteå kommun", "Piteå"),
        att("Per-Erik Lindberg", "Per-Erik Lindberg", "Bodens kommun", "Boden", None, "(via Teams)"),
        att(
            "Johan Pettersson",
            "Johan Pettersson",
            "Kiruna kommun",
            "Kiruna",
            None,
            "(ersättare för Eva Lantto)",
        ),
        att("Maria Kuoppa", "Maria Kuoppa", "Gällivare kommun", "Gällivare", None, "punkt 1–4", [1, 2, 3, 4]),
        att("Tiina Rantala", "Tiina Rantala", "Haparanda stad", "Haparanda", None, "(via Teams)"),
        att("Jonas Öhman", "Jonas Öhman", "Arbetsförmedlingen", "Arbetsförmedlingen"),
        att("Karin Nilsson", "Karin Nilsson", "Luleå tekniska universitet", "Luleå tekniska universitet"),
        att("Stefan Granström", "Stefan Granström", LST_BD, LST_BD),
        att(
            "Ulrika Berg",
            "Ulrika Berg",
            "Region Norrbotten, Hälso- och sjukvård",
            RN,
            None,
            "punkt 5",
            [5],
            unit="Hälso- och sjukvård",
        ),
    ],
    "absent": [
        att("Eva Lantto", "Eva Lantto", "Kiruna kommun", "Kiruna"),
        att("Ola Sundqvist", "Ola Sundqvist", "Älvsbyns kommun", "Älvsbyn"),
        att("Lisa Engman", "Lisa Engman", "Företagarna\nNorrbotten", "Företagarna Norrbotten"),
    ],
    "recorded_by": {"name": "Sara Nilsson", "canonical_name": "Sara Nilsson", "role": "sekreterare"},
    "items": [
        item(
            1,
            "Inledning",
            "1. Inledning",
            persons=[per("Linda Lundberg", "Linda Lundberg", RN, "chair; welcomes")],
            topics=["inledning", "dagordning", "föregående minnesanteckningar"],
            decisions=["Dagordningen fastställdes.", "Minnesanteckningarna från mötet den 4 juni godkändes."],
            dates=[dt("4 juni", "2025-06-04", "day")],
        ),
        item(
            2,
            "Lägesbild arbetsmarknad och kompetensbehov",
            "2. Lägesbild arbetsmarknad och kompetensbehov",
            persons=[
                per("Jonas Öhman", "Jonas Öhman", "Arbetsförmedlingen", "presents labour-market picture"),
                per("Jenny Björklund", "Jenny Björklund", "Luleå kommun", "raises Luleå's work", ["Jenny"]),
                per("Sara Nilsson", "Sara Nilsson", RN, "compiles measures", ["Sara"]),
            ],
            orgs=[
                org("Arbetsförmedlingen", "Arbetsförmedlingen", "national_agency"),
                muni("Boden", "Boden"),
                muni("Luleå", "Luleå", ["Luleå kommuns"]),
            ],
            munis=["Boden", "Luleå"],
            topics=["arbetsmarknadsläge", "arbetskraftsbrist", "industrietableringar", "inflyttarservice"],
            follow_ups=["Sara sammanställer befintliga inflyttarinsatser i länets kommuner till nästa möte."],
            dates=[dt("2030", "2030", "year", False)],
        ),
        item(
            3,
            "Regional kompetensplattform – handlingsplan 2026",
            "3. Regional kompetensplattform – handlingsplan 2026",
            persons=[per("Mikael Wikström", "Mikael Wikström", RN, "presents action plan")],
            orgs=[
                org(
                    "Regional kompetensplattform",
                    "Regional kompetensplattform Norrbotten",
                    "programme",
                    ["regionala\nkompetensplattformen"],
                ),
                org(
                    "regionala utvecklingsnämnden",
                    "Regionala utvecklingsnämnden (Region Norrbotten)",
                    "region",
                ),
            ],
            topics=[
                "regional kompetensplattform",
                "handlingsplan",
                "validering",
                "yrkesutbildning för vuxna",
                "samiska näringar",
            ],
            decisions=[
                "Gruppen ställde sig bakom förslaget till handlingsplan med tillägget att samiska näringar\noch kompetensbehov i Sápmi ska lyftas som ett eget avsnitt."
            ],
            follow_ups=["Handlingsplanen beslutas av regionala utvecklingsnämnden den 19 november."],
            dates=[dt("2026", "2026", "year", False), dt("19 november", "2025-11-19", "day")],
            places=["Sápmi"],
        ),
        item(
            4,
            "Validering – gemensam ansökan till ESF+",
            "4. Validering – gemensam ansökan till ESF+",
            persons=[
                per("Karin Nilsson", "Karin Nilsson", "LTU", "informs"),
                per("Anna Nilsson", "Anna Nilsson", "Piteå kommun", "informs; collects partners", ["Anna"]),
            ],
            orgs=[
                org("ESF+", "Europeiska socialfonden+", "programme"),
                org("LTU", "Luleå tekniska universitet", "other"),
                muni("Piteå kommun", "Piteå"),
                org("Svenska ESF-rådet", "Svenska ESF-rådet", "national_agency"),
                org("Region Norrbotten", RN, "region"),
            ],
            munis=["Piteå"],
            topics=["validering", "ESF-ansökan", "vård- och omsorgsyrken", "projektägarskap"],
            decisions=[
                "Gruppen beslutade att Region Norrbotten står som projektägare och att kommunerna i\nNorrbotten erbjuds att delta som partner."
            ],
            follow_ups=["Kommuner som vill delta meddelar Anna senast\n22 oktober."],
            b_fu=["Sista ansökningsdag är 30 oktober."],
            dates=[
                dt("2026–2028", "2026/2028", "range", False),
                dt("30 oktober", "2025-10-30", "day"),
                dt("22 oktober", "2025-10-22", "day"),
            ],
            places=["Norrbotten"],
            note="A page break (footer, form feed, page-2 header) falls inside this item; footer/header text is not annotated.",
        ),
        item(
            5,
            "Kompetensförsörjning inom hälso- och sjukvården",
            "5. Kompetensförsörjning inom hälso- och sjukvården",
            persons=[
                per("Ulrika Berg", "Ulrika Berg", RN, "presents staffing", ["Ulrika"]),
                per("Jenny Björklund", "Jenny Björklund", "Luleå kommun", "co-drafts material", ["Jenny"]),
            ],
            orgs=[
                org("Region Norrbotten", RN, "region"),
                muni("Piteå", "Piteå"),
                org("Vård- och omsorgscollege Norrbotten", "Vård- och omsorgscollege Norrbotten", "network"),
            ],
            munis=["Piteå"],
            topics=["bemanning i vården", "inhyrd personal", "utbildningsanställningar", "undersköterskor"],
            follow_ups=[
                "Ulrika och Jenny tar fram ett gemensamt underlag om rekryteringsvägar till\nundersköterskeyrket inför mötet i december."
            ],
            dates=[dt("januari 2025", "2025-01", "month", False), dt("december", "2025-12", "month")],
            places=["Sunderbyn"],
        ),
        item(
            6,
            "Omvärldsbevakning",
            "6. Omvärldsbevakning",
            persons=[
                per("Stefan Granström", "Stefan Granström", LST_BD, "informs"),
                per("Tiina Rantala", "Tiina Rantala", "Haparanda stad", "informs"),
            ],
            orgs=[
                org("Länsstyrelsens", LST_BD, "county_administrative_board"),
                org("regeringen", "Regeringen", "other"),
            ],
            topics=["kompetensanalys för totalförsvaret", "gränsöverskridande samarbete", "vuxenutbildning"],
            b_fu=[
                "Stefan Granström informerade om Länsstyrelsens uppdrag att ta fram en regional\nkompetensanalys för totalförsvaret, som ska redovisas till regeringen i mars 2026."
            ],
            dates=[dt("mars 2026", "2026-03", "month", False)],
            places=["Torneå"],
        ),
        item(
            7,
            "Kommande möten",
            "7. Kommande möten",
            topics=["mötesplan"],
            follow_ups=["Mötesplan för 2026 skickas ut av sekreteraren under vecka 47."],
            b_fu=["3 december 2025, kl. 09.30–12.00, digitalt via Teams."],
            dates=[
                dt("3 december 2025", "2025-12-03", "day", False),
                dt("vecka 47", "2025-11-17/2025-11-23", "week"),
                dt("2026", "2026", "year", False),
            ],
        ),
    ],
}

# ---------------------------------------------------------------- document C
C_NAME = "rtkr_direktionen_protokoll_2025-06-12.txt"
BESLUT = "Direktionens beslut"
C = {
    "document": C_NAME,
    "meeting": {
        "body": RTKR_DIR,
        "date_estimate": "2025-06-12",
        "date_evidence": ["2025-06-12"],
        "place": "Brandstationen Karlstad, sammanträdesrum Hjälmen",
        "layout": "formal protocol PDF converted with pdftotext -layout (two-column title page, "
        "page headers and 'Justerandes sign' footers, § numbering with Dnr)",
    },
    "present": [
        att("Lars Nyström", "Lars Nyström", "Karlstad", "Karlstad", "ordförande", party="S"),
        att("Ingrid Månsson", "Ingrid Månsson", "Karlstad", "Karlstad", "ledamot", party="M"),
        att("Eva Bergqvist", "Eva Bergqvist", "Hammarö", "Hammarö", "vice ordförande", party="M"),
        att("Karin Sandahl", "Karin Sandahl", "Kil", "Kil", "ledamot", party="C"),
        att("Stefan Jonsson", "Stefan Jonsson", "Forshaga", "Forshaga", "ledamot", party="S"),
        att(
            "Britt-Marie Ek",
            "Britt-Marie Ek",
            "Grums",
            "Grums",
            "tjänstgörande ersättare",
            "tjänstgörande ersättare för Roger Ahlström (S)",
            party="S",
        ),
        att("Nils Westberg", "Nils Westberg", "Munkfors", "Munkfors", "ledamot", party="S"),
        att("Hanna Persson", "Hanna Persson", "Karlstad", "Karlstad", "ersättare", party="M"),
        att(
            "Ulf Ek", "Ulf Ek", "Forshaga", "Forshaga", "ersättare", "§§ 24–27", [24, 25, 26, 27], party="KD"
        ),
        att("Peter Sandahl", "Peter Sandahl", None, RTKR, "förbundsdirektör"),
        att("Maria Falk", "Maria Falk", None, RTKR, "ekonomichef"),
        att("Anna Lövgren", "Anna Lövgren", None, RTKR, "brandingenjör", "§ 28", [28]),
        att("Jenny Åberg", "Jenny Åberg", None, RTKR, "förbundssekreterare"),
    ],
    "absent": [
        att(
            "Roger Ahlström",
            "Roger Ahlström",
            None,
            "Grums",
            "ledamot",
            "replaced by Britt-Marie Ek (tjänstgörande ersättare för Roger Ahlström)",
            party="S",
        ),
    ],
    "recorded_by": {"name": "Jenny Åberg", "canonical_name": "Jenny Åberg", "role": "Sekreterare"},
    "items": [
        item(
            24,
            "Val av justerare och tid för justering",
            "§ 24",
            subheadings=[BESLUT],
            persons=[per("Eva Bergqvist", "Eva Bergqvist", "Hammarö", "elected to adjust the minutes")],
            orgs=[muni("Karlstad", "Karlstad")],
            munis=["Karlstad"],
            topics=["justering av protokoll"],
            decisions=[
                "Eva Bergqvist (M) utses att jämte ordföranden justera protokollet.",
                "Justering sker den\n  17 juni 2025 på brandstationen i Karlstad.",
            ],
            dates=[dt("17 juni 2025", "2025-06-17", "day", False)],
        ),
        item(
            25,
            "Delårsrapport januari–april 2025",
            "§ 25                                                            Dnr RTKR 2025/0038",
            subheadings=["Ärendebeskrivning", BESLUT],
            topics=["delårsrapport", "helårsprognos", "pensionskostnader"],
            decisions=[
                "Direktionen beslutar att godkänna delårsrapporten för januari–april 2025 och överlämna den\n  till medlemskommunerna för kännedom."
            ],
            dates=[dt("januari–april 2025", "2025-01/2025-04", "range", False)],
        ),
        item(
            26,
            "Budget 2026 och verksamhetsplan 2026–2028",
            "§ 26                                                            Dnr RTKR 2025/0041",
            subheadings=["Ärendebeskrivning", "Yrkanden", BESLUT, "Beslutet skickas till"],
            persons=[
                per("Lars Nyström", "Lars Nyström", "Karlstad", "moves approval"),
                per("Eva Bergqvist", "Eva Bergqvist", "Hammarö", "moves approval"),
            ],
            orgs=[
                org("Karlstadsregionen", KR, "network"),
                org("direktionens", RTKR_DIR, "other"),
                muni("Grums", "Grums"),
                muni("Munkfors", "Munkfors"),
            ],
            munis=["Grums", "Munkfors"],
            topics=["budget 2026", "verksamhetsplan", "medlemsbidrag", "lokalförsörjning"],
            decisions=[
                "Budget 2026 och verksamhetsplan 2026–2028 fastställs.",
                "Medlemsbidraget för 2026 fastställs till 184,9 miljoner kronor, fördelat enligt\n     förbundsordningen.",
                "Förbundsdirektören får i uppdrag att redovisa en plan för lokalförsörjningen i Grums\n     och Munkfors vid direktionens sammanträde i december 2025.",
            ],
            b_dec=["Lars Nyström (S) och Eva Bergqvist (M) yrkar bifall till förbundsdirektörens förslag."],
            b_fu=[
                "Förbundsdirektören får i uppdrag att redovisa en plan för lokalförsörjningen i Grums\n     och Munkfors vid direktionens sammanträde i december 2025."
            ],
            dates=[
                dt("2026", "2026", "year", False),
                dt("2026–2028", "2026/2028", "range", False),
                dt("23 maj 2025", "2025-05-23", "day", False),
                dt("december 2025", "2025-12", "month", False),
            ],
        ),
        item(
            27,
            "Avtal om gemensam räddningscentral inom Räddningsregion Bergslagen",
            "§ 27                                                            Dnr RTKR 2025/0027",
            subheadings=["Ärendebeskrivning", BESLUT],
            persons=[per("Ulf Ek", "Ulf Ek", "Forshaga", "leaves the meeting after this §")],
            orgs=[
                org("Räddningsregion Bergslagen", "Räddningsregion Bergslagen", "network"),
                org("Nerikes Brandkår", "Nerikes Brandkår", "municipal_federation"),
                muni("Örebro", "Örebro"),
            ],
            munis=["Örebro"],
            topics=["räddningscentral", "samverkansavtal", "ledning av räddningstjänst"],
            decisions=[
                "Direktionen beslutar\n  att godkänna samverkansavtalet för perioden 2026–2029, samt",
                "att ge förbundsdirektören i uppdrag att underteckna avtalet.",
            ],
            b_fu=["att ge förbundsdirektören i uppdrag att underteckna avtalet."],
            dates=[
                dt("2021", "2021", "year", False),
                dt("2026-01-01–2029-12-31", "2026-01-01/2029-12-31", "range", False),
                dt("2026–2029", "2026/2029", "range", False),
            ],
        ),
        item(
            28,
            "Revidering av handlingsprogram enligt lagen om skydd mot olyckor",
            "§ 28                                                            Dnr RTKR 2025/0012",
            subheadings=["Ärendebeskrivning", BESLUT],
            persons=[per("Anna Lövgren", "Anna Lövgren", RTKR, "presents the revision")],
            orgs=[
                org("MSB:s", "Myndigheten för samhällsskydd och beredskap", "national_agency"),
                org("Länsstyrelsen i\n  Värmlands län", LST_S, "county_administrative_board"),
            ],
            topics=["handlingsprogram enligt LSO", "skogsbrand", "höjd beredskap", "samråd"],
            decisions=[
                "Direktionen föreslår medlemskommunernas fullmäktige att anta det reviderade\n  handlingsprogrammet."
            ],
            dates=[
                dt("2024–2027", "2024/2027", "range", False),
                dt("3 mars–11 april 2025", "2025-03-03/2025-04-11", "range", False),
            ],
        ),
        item(
            29,
            "Delegationsbeslut och meddelanden",
            "§ 29",
            subheadings=[BESLUT],
            orgs=[
                org(
                    "Räddningsregion Bergslagens",
                    "Räddningsregion Bergslagen",
                    "network",
                    ["Räddningsregion Bergslagens styrgrupp"],
                ),
                muni("Kils kommun", "Kil"),
            ],
            munis=["Kil"],
            topics=["delegationsbeslut", "meddelanden", "tillsynstaxa"],
            decisions=["Redovisningen läggs till handlingarna."],
            dates=[
                dt("2025-03-15–2025-05-31", "2025-03-15/2025-05-31", "range", False),
                dt("2025-04-24", "2025-04-24", "day", False),
                dt("2025-05-08", "2025-05-08", "day", False),
            ],
        ),
        item(
            30,
            "Förbundsdirektören informerar",
            "§ 30",
            subheadings=[BESLUT],
            persons=[per("Peter Sandahl", "Peter Sandahl", RTKR, "informs")],
            orgs=[
                org("Länsstyrelsen i\n    Värmlands län", LST_S, "county_administrative_board"),
                org("Region Värmland", RV, "region"),
                muni("Munkfors", "Munkfors"),
                muni("Grums", "Grums"),
                org("Karlstadsregionen", KR, "network"),
            ],
            munis=["Munkfors", "Grums"],
            topics=["skogsbrandsberedskap", "övning", "deltidsbrandmän", "budgetdialog"],
            decisions=["Informationen noteras."],
            follow_ups=[
                "skogsbrandsberedskapen inför sommaren, där förbundet tillsammans med Länsstyrelsen i\n    Värmlands län och Region Värmland genomför en gemensam övning den 26 augusti"
            ],
            b_fu=[
                "rekryteringen av deltidsbrandmän i Munkfors och Grums, där sju nya brandmän börjar\n    i september"
            ],
            dates=[
                dt("26 augusti", "2025-08-26", "day"),
                dt("september", "2025-09", "month"),
                dt("23 maj", "2025-05-23", "day"),
            ],
        ),
    ],
}


def item_spans(text: str, doc: dict) -> dict[int, str]:
    """Item span: from its heading line to the next item's heading (or the closing signature)."""
    starts = []
    pos = 0
    for it in doc["items"]:
        # headings start a line; "§ 24" also occurs inside "§§ 24–27" in the attendance list
        m = re.compile(r"(?m)^[ \t]*" + re.escape(it["heading_raw"])).search(text, pos)
        assert m, it["heading_raw"]
        i = m.start()
        starts.append(i)
        pos = i + 1
    ends = starts[1:] + [
        text.find("Vid anteckningarna", starts[-1])
        if "Vid anteckningarna" in text[starts[-1] :]
        else len(text)
    ]
    return {it["number"]: text[s:e] for it, s, e in zip(doc["items"], starts, ends)}


def check(doc: dict, text: str) -> None:
    name = doc["document"]

    def need(s: str, where: str, span: str) -> None:
        if s not in span:
            ERRORS.append(f"{name}: {where}: not verbatim: {s!r}")

    for s in doc["meeting"]["date_evidence"]:
        need(s, "date_evidence", text)
    for status in ("present", "absent"):
        for a in doc[status]:
            need(a["name"], status, text)
            if a["affiliation"]:
                need(a["affiliation"], status + " affiliation", text)
            if a["note"] and status == "present" and not a["note"].startswith("replaced"):
                need(a["note"], status + " note", text)
    need(doc["recorded_by"]["name"], "recorded_by", text)
    spans = item_spans(text, doc)
    for it in doc["items"]:
        span = spans[it["number"]]
        n = it["number"]
        need(it["title"], f"item {n} title", span)
        for s in it["subheadings"]:
            need(s, f"item {n} subheading", span)
        for p in it["persons_mentioned"]:
            forms = [p["name"], *p.get("also_written", [])]
            if not any(f in span for f in forms):
                ERRORS.append(f"{name}: item {n}: no form of {p['name']} in the item")
            for f in p.get("also_written", []):
                need(f, f"item {n} person short form", span)
        for o in it["organisations_mentioned"]:
            for s in [o["surface"], *o.get("other_surfaces", [])]:
                need(s, f"item {n} org", span)
        for key in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
            for s in it[key]:
                need(s, f"item {n} {key}", span)
        for d in it["dates_mentioned"]:
            need(d["surface"], f"item {n} date", span)
        for m in it["municipalities_mentioned"]:
            if m not in span and m.rstrip("n") not in span:
                ERRORS.append(f"{name}: item {n}: municipality {m} not named")
        for s in it["places_mentioned"]:
            need(s, f"item {n} place", span)
        overlap = set(it["decisions"]) & set(it["follow_ups"])
        if overlap:
            ERRORS.append(f"{name}: item {n}: sentence both decision and follow-up: {overlap}")


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in (A, B, C):
        text = (ROOT / doc["document"]).read_text(encoding="utf-8")
        check(doc, text)
        out = GOLD / (Path(doc["document"]).stem + ".json")
        out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(
            f"wrote {out.name}: {len(doc['present'])} present, {len(doc['absent'])} absent, "
            f"{len(doc['items'])} items"
        )
    for e in ERRORS:
        print("ERROR", e)
    return 1 if ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())
