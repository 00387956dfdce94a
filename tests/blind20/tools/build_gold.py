# ruff: noqa: E501
#!/usr/bin/env python3
"""Blind-20 gold: the hand annotation held as data; writes gold/<doc>.json and checks it.

usage: python3 tools/build_gold.py   (exits 1 if any verbatim string is not in its item's text)"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GOLD = ROOT / "gold"
ERRORS: list[str] = []

LST = "Länsstyrelsen i Skåne län"
RS = "Räddningstjänsten Syd"


def att(name, aff, canon, role=None, note=None, items=None, canonical_name=None, **extra):
    d = {
        "name": name,
        "canonical_name": canonical_name or name,
        "affiliation": aff,
        "affiliation_canonical": canon,
        "role": role,
        "note": note,
        "items_attended": items,
    }
    d.update(extra)
    return d


def person(name, canonical=None, aff=None, aff_canon=None, role=None, also=(), title=None):
    d = {
        "name": name,
        "canonical_name": canonical or name,
        "affiliation": aff,
        "affiliation_canonical": aff_canon,
        "role_in_item": role,
        "also_written": list(also),
    }
    if title:
        d["title_in_item"] = title
    return d


def org(surface, canonical, kind, *others, note=None):
    d = {"surface": surface, "canonical": canonical, "kind": kind, "other_surfaces": list(others)}
    if note:
        d["note"] = note
    return d


def muni(name):
    return org(name, name, "municipality")


def date(surface, iso, gran, inferred=False, note=None):
    d = {"surface": surface, "iso": iso, "granularity": gran, "year_inferred": inferred}
    if note:
        d["note"] = note
    return d


def item(
    number,
    title,
    heading_raw,
    *,
    subs=(),
    persons=(),
    orgs=(),
    munis=(),
    topics=(),
    dec=(),
    fu=(),
    bdec=(),
    bfu=(),
    dates=(),
    urls=(),
    places=(),
    note=None,
):
    d = {
        "number": number,
        "title": title,
        "heading_raw": heading_raw,
        "subheadings": list(subs),
        "persons_mentioned": list(persons),
        "organisations_mentioned": list(orgs),
        "municipalities_mentioned": list(munis),
        "topics": list(topics),
        "decisions": list(dec),
        "follow_ups": list(fu),
        "borderline_decisions": list(bdec),
        "borderline_follow_ups": list(bfu),
        "dates_mentioned": list(dates),
        "urls": list(urls),
        "places_mentioned": list(places),
    }
    if note:
        d["note"] = note
    return d


# ---------------------------------------------------------------- A: Räddningstjänsten Syd, direktionen
DIR = "Räddningstjänsten Syds direktion"
A_NAME = "protokoll-direktionen-2024-04-18"
A = {
    "document": A_NAME,
    "meeting": {
        "body": "Räddningstjänsten Syd, direktionen",
        "date_estimate": "2024-04-18",
        "date_evidence": ["Sammanträdesdatum 2024-04-18"],
        "place": "Räddningstjänsten Syds förbundskontor, Malmö",
        "time": "kl. 13.30–15.20",
        "date_confidence": "high",
    },
    "present": [
        att("Katarina Wendt", "Malmö", "Malmö", "ordförande", party="S"),
        att("Johan Sjöholm", "Lund", "Lund", "1:e vice ordförande", party="M"),
        att("Mikael Dahl", "Malmö", "Malmö", "ledamot", party="L"),
        att("Birgitta Sjöholm", "Lund", "Lund", "ledamot", party="S"),
        att("Roland Persson", "Eslöv", "Eslöv", "ledamot", party="C"),
        att("Tomas Mårtensson", "Kävlinge", "Kävlinge", "ledamot", party="SD"),
        att(
            "Lena Broman",
            "Burlöv",
            "Burlöv",
            "tjänstgörande ersättare",
            "tjänstgörande ersättare för Nils-Erik Svahn (S)",
            party="S",
        ),
        att("Patrik Olsson", "Malmö", "Malmö", "ersättare", party="M"),
        att("Sofie Hammar", "Lund", "Lund", "ersättare", "§§ 24–29", [24, 25, 26, 27, 28, 29], party="MP"),
        att("Henrik Åkesson", None, RS, "förbundsdirektör"),
        att("Jonas Berg", None, RS, "ekonomichef", "§§ 27–28", [27, 28]),
        att("Emma Strand", None, RS, "avdelningschef riskhantering", "§ 30", [30]),
        att("Ulrika Nordh", None, RS, "förbundsjurist, sekreterare"),
    ],
    "absent": [
        att(
            "Nils-Erik Svahn",
            None,
            "Burlöv",
            "ledamot",
            "replaced by Lena Broman (tjänstgörande ersättare); affiliation inferred",
            party="S",
        ),
    ],
    "recorded_by": {"name": "Ulrika Nordh", "canonical_name": "Ulrika Nordh", "role": "sekreterare"},
    "items": [
        item(
            24,
            "Val av justerare",
            "§ 24 Val av justerare",
            persons=[person("Johan Sjöholm", role="utses att justera protokollet")],
            orgs=[org("Direktionen", DIR, "other", note="the meeting body itself")],
            topics=["justering av protokoll"],
            dec=[
                "Direktionen beslutar att utse Johan Sjöholm (M) att jämte ordföranden justera dagens\nprotokoll."
            ],
        ),
        item(
            25,
            "Godkännande av dagordning",
            "§ 25 Godkännande av dagordning",
            orgs=[org("Direktionen", DIR, "other", note="the meeting body itself")],
            topics=["dagordning"],
            dec=["Direktionen beslutar att godkänna dagordningen."],
        ),
        item(
            26,
            "Förbundsdirektören informerar",
            "§ 26 Förbundsdirektören informerar",
            subs=["Direktionens beslut"],
            persons=[person("Henrik Åkesson", role="informerar", title="Förbundsdirektör")],
            orgs=[
                org("Länsstyrelsen Skånes", LST, "county_administrative_board"),
                org("Lunds kommun", "Lund", "municipality"),
                muni("Eslöv"),
                muni("Kävlinge"),
                org("Direktionen", DIR, "other", "Direktionens", note="the meeting body itself"),
            ],
            munis=["Eslöv", "Kävlinge", "Lund"],
            topics=["rekrytering av räddningspersonal i beredskap", "tillsyn", "ny brandstation"],
            dec=["Direktionen beslutar att lägga informationen till handlingarna."],
            dates=[date("12 mars 2024", "2024-03-12", "day")],
            places=["Brunnshög"],
        ),
        item(
            27,
            "Årsredovisning 2023",
            "§ 27 Årsredovisning 2023",
            subs=["Sammanfattning", "Beslutsunderlag", "Direktionens beslut"],
            persons=[person("Jonas Berg", role="föredrar ärendet", title="Ekonomichef")],
            orgs=[
                org("Räddningstjänsten Syd", RS, "municipal_federation"),
                org("Direktionen", DIR, "other", "Direktionens", note="the meeting body itself"),
            ],
            topics=["årsredovisning", "ekonomiskt resultat", "ansvarsfrihet"],
            dec=[
                "Direktionen beslutar\natt godkänna årsredovisning 2023 för Räddningstjänsten Syd, och\n"
                "att överlämna årsredovisningen till medlemskommunernas fullmäktige för prövning av\n"
                "frågan om ansvarsfrihet."
            ],
            dates=[date("2023", "2023", "year"), date("2024-03-27", "2024-03-27", "day")],
            note="Dnr line not a subheading; the decision is one sentence of two att-clauses over four lines",
        ),
        item(
            28,
            "Ekonomisk uppföljning per mars 2024",
            "§ 28 Ekonomisk uppföljning per mars 2024",
            subs=["Sammanfattning", "Direktionens beslut"],
            persons=[person("Jonas Berg", role="föredrar ärendet")],
            orgs=[org("Direktionen", DIR, "other", "Direktionens", note="the meeting body itself")],
            topics=["ekonomisk uppföljning", "prognos", "budget i balans"],
            dec=[
                "Direktionen beslutar att godkänna den ekonomiska uppföljningen per den 31 mars 2024.",
                "Direktionen uppdrar åt förbundsdirektören att återkomma med förslag på åtgärder för\n"
                "en budget i balans till sammanträdet den 13 juni 2024.",
            ],
            bfu=[
                "Direktionen uppdrar åt förbundsdirektören att återkomma med förslag på åtgärder för\n"
                "en budget i balans till sammanträdet den 13 juni 2024."
            ],
            dates=[
                date("mars 2024", "2024-03", "month"),
                date("2024", "2024", "year"),
                date("31 mars 2024", "2024-03-31", "day"),
                date("13 juni 2024", "2024-06-13", "day"),
            ],
            note="a page break (footer + running header) falls inside this item; not annotated",
        ),
        item(
            29,
            "Handlingsprogram 2025–2027 enligt lagen om skydd mot olyckor, remiss",
            "§ 29 Handlingsprogram 2025–2027 enligt lagen om skydd mot olyckor, remiss",
            subs=["Sammanfattning", "Yrkanden", "Propositionsordning", "Direktionens beslut", "Reservation"],
            persons=[
                person("Tomas Mårtensson", role="yrkar förlängd remisstid; reserverar sig"),
                person("Katarina Wendt", role="yrkar bifall"),
            ],
            orgs=[
                org(
                    "Myndigheten för samhällsskydd och beredskaps",
                    "Myndigheten för samhällsskydd och beredskap",
                    "national_agency",
                ),
                org("Länsstyrelsen Skåne", LST, "county_administrative_board"),
                org(
                    "Direktionen", DIR, "other", "Direktionens", "direktionen", note="the meeting body itself"
                ),
            ],
            topics=["handlingsprogram enligt lagen om skydd mot olyckor", "remiss"],
            dec=[
                "Direktionen beslutar att skicka förslaget till handlingsprogram 2025–2027 på remiss\n"
                "till medlemskommunerna och Länsstyrelsen Skåne med sista svarsdag den 30 september\n2024."
            ],
            bdec=[
                "Ordföranden ställer förslagen mot varandra och finner att direktionen bifaller\n"
                "förbundsdirektörens förslag.",
                "Tomas Mårtensson (SD) yrkar att remisstiden förlängs till den 31 oktober 2024.",
                "Katarina Wendt (S) yrkar bifall till förbundsdirektörens förslag.",
            ],
            dates=[
                date("2025–2027", "2025/2027", "range"),
                date("31 oktober 2024", "2024-10-31", "day"),
                date("30 september\n2024", "2024-09-30", "day"),
            ],
        ),
        item(
            30,
            "Information om arbetet med civilt försvar",
            "§ 30 Information om arbetet med civilt försvar",
            subs=["Direktionens beslut"],
            persons=[person("Emma Strand", role="informerar", title="Avdelningschef")],
            orgs=[
                org("Länsstyrelsen Skåne", LST, "county_administrative_board"),
                org("Försvarsmakten", "Försvarsmakten", "national_agency"),
                org(
                    "Direktionen", DIR, "other", "Direktionens", "direktionen", note="the meeting body itself"
                ),
            ],
            topics=["civilt försvar", "höjd beredskap", "ledningsövning"],
            dec=["Direktionen beslutar att lägga informationen till handlingarna."],
            fu=["En fördjupad redovisning lämnas till\ndirektionen i december."],
            bfu=[
                "Avdelningschef Emma Strand informerar om förbundets planering inför höjd beredskap,\n"
                "om samverkan med Länsstyrelsen Skåne och Försvarsmakten samt om den regionala\n"
                "ledningsövning som genomförs i oktober 2024."
            ],
            dates=[date("oktober 2024", "2024-10", "month"), date("december", "2024-12", "month", True)],
        ),
        item(
            31,
            "Anmälningsärenden",
            "§ 31 Anmälningsärenden",
            orgs=[
                org("förbundets samverkansgrupp", "Räddningstjänsten Syds samverkansgrupp", "other"),
                org("Kävlinge kommun", "Kävlinge", "municipality"),
                org("Länsstyrelsen Skåne", LST, "county_administrative_board"),
                org("Direktionen", DIR, "other", note="the meeting body itself"),
            ],
            munis=["Kävlinge"],
            topics=["anmälningsärenden", "insatstider", "tillsyn"],
            dec=["Direktionen beslutar att lägga anmälningsärendena till handlingarna."],
            dates=[
                date("2024-03-14", "2024-03-14", "day"),
                date("2024-03-05", "2024-03-05", "day"),
                date("2024-03-28", "2024-03-28", "day"),
            ],
            places=["Furulund"],
        ),
        item(
            32,
            "Övriga frågor",
            "§ 32 Övriga frågor",
            persons=[person("Roland Persson", role="ställer fråga")],
            orgs=[muni("Eslöv")],
            munis=["Eslöv"],
            topics=["ny brandstation i Eslöv"],
            fu=[
                "Förbundsdirektören svarar att markfrågan ännu inte är löst och återkommer med en\n"
                "lägesrapport vid nästa sammanträde."
            ],
        ),
    ],
}

# ---------------------------------------------------------------- B: Länsstyrelsen Skåne, nätverksträff
B_NAME = "Minnesanteckningar nätverksträff beredskapssamordnare 2024-05-23"
B = {
    "document": B_NAME,
    "meeting": {
        "body": "Länsstyrelsen Skåne, nätverk för kommunernas beredskapssamordnare",
        "date_estimate": "2024-05-23",
        "date_evidence": ["2024-05-23", "Tid: torsdag 23 maj 2024 kl. 09.30–12.30"],
        "place": "Länsstyrelsen Skåne, Malmö",
        "date_confidence": "high",
        "convened_by": LST,
    },
    "present": [
        att("Per Nilsson", "Länsstyrelsen Skåne", LST, "Mötesledare"),
        att("Lina Åberg", "Länsstyrelsen Skåne", LST, "vid anteckningarna"),
        att("Gustav Bergqvist", "Region Skåne", "Region Skåne"),
        att("Karin Nilsson", "Lunds kommun", "Lund"),
        att("Mattias Hedlund", "Malmö stad", "Malmö"),
        att("Sara Lind", "Eslövs kommun", "Eslöv", None, "(ersätter Tomas Ek)"),
        att("Anders Hansson", "Helsingborgs stad", "Helsingborg"),
        att("Anna Hansson", "Kristianstads kommun", "Kristianstad"),
        att("Fredrik Olin", "Ystads kommun", "Ystad", None, "(via Teams)"),
        att("Jenny Mårtensson", "Höörs kommun", "Höör"),
        att("Ola Sundberg", "Trelleborgs kommun", "Trelleborg"),
        att("Maja Svensson", "Ängelholms kommun", "Ängelholm", None, "(punkt 1–3)", [1, 2, 3]),
        att("Emma Strand", "Räddningstjänsten Syd", RS, None, "(punkt 3)", [3]),
        att("Camilla Rydh", "Sydvatten AB", "Sydvatten AB", None, "(punkt 4)", [4]),
    ],
    "absent": [
        att("Tomas Ek", "Eslövs kommun", "Eslöv", None, "Anmält förhinder"),
        att("Birgitta Ohlsson", "Simrishamns kommun", "Simrishamn", None, "Anmält förhinder"),
    ],
    "recorded_by": {"name": "Lina Åberg", "canonical_name": "Lina Åberg", "role": None},
    "items": [
        item(
            1,
            "Välkommen och presentationsrunda",
            "1.\tVälkommen och presentationsrunda",
            persons=[
                person("Per", "Per Nilsson", role="hälsar välkommen"),
                person("Sara Lind", role="ny ersättare"),
                person("Tomas Ek", role="föräldraledig"),
            ],
            topics=["presentationsrunda", "dagordning"],
            dec=["Dagordningen godkändes utan ändringar."],
        ),
        item(
            2,
            "Aktuellt från Länsstyrelsen",
            "2.\tAktuellt från Länsstyrelsen",
            persons=[person("Per", "Per Nilsson", role="uppmanar kommunerna")],
            orgs=[
                org("Länsstyrelsen", LST, "county_administrative_board"),
                org("MSB", "Myndigheten för samhällsskydd och beredskap", "national_agency"),
            ],
            topics=[
                "risk- och sårbarhetsanalyser",
                "samverkansövning elavbrott",
                "Krisberedskapsveckan",
                "föreskrifter",
            ],
            fu=[
                "Länsstyrelsen skickar en skriftlig återkoppling till varje kommun senast den 14 juni.",
                "Länsstyrelsen planerar en regional samverkansövning om långvarigt elavbrott den 6 november 2024.",
                "En inbjudan går ut till kommunerna före midsommar.",
                "Per uppmanade kommunerna att anmäla sina aktiviteter till Länsstyrelsen så att de kan samlas på webben.",
                "Länsstyrelsen återkommer när remissen kommit.",
            ],
            bfu=["Krisberedskapsveckan 2024 äger rum vecka 39."],
            dates=[
                date("2023–2026", "2023/2026", "range"),
                date("14 juni", "2024-06-14", "day", True),
                date("6 november 2024", "2024-11-06", "day"),
                date(
                    "vecka 39",
                    "2024-09-23/2024-09-29",
                    "range",
                    True,
                    "ISO week 39 of 2024 (the year from 'Krisberedskapsveckan 2024')",
                ),
            ],
        ),
        item(
            3,
            "Räddningstjänsten Syd – ledning vid höjd beredskap",
            "3.\tRäddningstjänsten Syd – ledning vid höjd beredskap",
            persons=[
                person("Emma Strand", aff="Räddningstjänsten Syd", aff_canon=RS, role="berättar"),
                person(
                    "Karin Nilsson",
                    aff="Lund",
                    aff_canon="Lund",
                    role="delar erfarenheter; tar fram förslag",
                    also=["Karin"],
                ),
                person(
                    "Mattias", "Mattias Hedlund", aff="Malmö", aff_canon="Malmö", role="delar erfarenheter"
                ),
            ],
            orgs=[org("Räddningstjänsten Syd", RS, "municipal_federation"), muni("Lund"), muni("Malmö")],
            munis=["Lund", "Malmö"],
            topics=["ledning vid höjd beredskap", "tjänsteperson i beredskap", "stabsövning", "utbildning"],
            dec=[
                "Nätverket enades om att ta fram en gemensam grundutbildning för TiB i de skånska kommunerna."
            ],
            fu=["Karin Nilsson och Emma Strand tar fram ett förslag till upplägg till nästa nätverksträff."],
            dates=[date("vinterns", "2024", "season", True, "winter 2023/24")],
        ),
        item(
            4,
            "Nödvatten och dricksvattenförsörjning",
            "4.\tNödvatten och dricksvattenförsörjning",
            persons=[
                person("Camilla Rydh", aff="Sydvatten AB", aff_canon="Sydvatten AB", role="informerar"),
                person("Ola", "Ola Sundberg", role="berättar om Trelleborgs övning"),
            ],
            orgs=[
                org("Sydvatten AB", "Sydvatten AB", "company", "Sydvatten"),
                org("Livsmedelsverkets", "Livsmedelsverket", "national_agency"),
                org(
                    "VAKA",
                    "VAKA, Nationella vattenkatastrofgruppen",
                    "other",
                    "nationella vattenkatastrofgrupp VAKA",
                ),
                org("Trelleborgs kommun", "Trelleborg", "municipality"),
                org("Länsstyrelsen", LST, "county_administrative_board"),
            ],
            munis=["Trelleborg"],
            topics=["nödvatten", "dricksvattenförsörjning", "reservvattentäkter", "nödvattenplaner"],
            fu=[
                "Kommunerna uppmanas att se över sina nödvattenplaner och skicka dem till Länsstyrelsen senast den 1 oktober 2024.",
                "Sydvatten bjuder in till en workshop om nödvatten under hösten.",
            ],
            dates=[
                date("mars", "2024-03", "month", True),
                date("1 oktober 2024", "2024-10-01", "day"),
                date("under hösten", "2024", "season", True),
            ],
        ),
        item(
            5,
            "Laget runt",
            "5.\tLaget runt",
            persons=[
                person(
                    "Anders", "Anders Hansson", aff="Helsingborg", aff_canon="Helsingborg", role="berättar"
                ),
                person(
                    "Anna", "Anna Hansson", aff="Kristianstad", aff_canon="Kristianstad", role="informerar"
                ),
                person(
                    "Jenny Mårtensson", aff="Höör", aff_canon="Höör", role="ny beredskapssamordnare på heltid"
                ),
                person(
                    "Gustav",
                    "Gustav Bergqvist",
                    aff="Region Skåne",
                    aff_canon="Region Skåne",
                    role="informerar; erbjuder presentation",
                ),
            ],
            orgs=[
                org("Helsingborgs stad", "Helsingborg", "municipality", "Helsingborg"),
                muni("Kristianstad"),
                muni("Höör"),
                org("Region Skåne", "Region Skåne", "region"),
            ],
            munis=["Helsingborg", "Kristianstad", "Höör"],
            topics=[
                "säkerhetsenhet",
                "skyddsrum",
                "information till allmänheten",
                "sjukvårdens försörjningsberedskap",
            ],
            bfu=[
                "Höör: Jenny Mårtensson tar över som beredskapssamordnare på heltid från den 1 juni.",
                "Region Skåne: Gustav informerade om regionens planering för sjukvårdens försörjningsberedskap och erbjöd sig att presentera den mer utförligt vid ett senare tillfälle.",
            ],
            dates=[date("1 juni", "2024-06-01", "day", True)],
        ),
        item(
            6,
            "Övriga frågor och nästa möte",
            "6.\tÖvriga frågor och nästa möte",
            persons=[
                person("Fredrik Olin", role="frågar om gemensamt utskick"),
                person("Per", "Per Nilsson", role="tar med sig frågan"),
            ],
            orgs=[org("Länsstyrelsen", LST, "county_administrative_board"), muni("Kristianstad")],
            munis=["Kristianstad"],
            topics=["hemberedskap", "nästa möte"],
            fu=[
                "Per tar med sig frågan.",
                "Nästa nätverksträff hålls den 19 september 2024 i Kristianstad.",
                "Presentationerna från dagen skickas ut tillsammans med minnesanteckningarna.",
            ],
            dates=[date("19 september 2024", "2024-09-19", "day")],
        ),
    ],
}

# ---------------------------------------------------------------- C: Stockholm Nordost, KD-gruppen (e-mail)
SN = "Stockholm Nordost"
C_NAME = "Anteckningar KD-gruppen Stockholm Nordost"
C = {
    "document": C_NAME,
    "meeting": {
        "body": "Stockholm Nordost, kommundirektörsgruppen",
        "date_estimate": "2023-10-26",
        "date_evidence": [
            "Skickat: den 27 oktober 2023 14:05",
            "Ämne: Anteckningar KD-gruppen Stockholm Nordost 26/10",
            "Tack för ett bra möte i Vaxholm i går!",
        ],
        "place": "Vaxholm",
        "date_confidence": "high",
        "date_reasoning": "e-mail sent Friday 27 Oct 2023 about the meeting 'i går'; subject says 26/10",
    },
    "present": [
        att("Mats Jonsson", "Täby", "Täby", "ordf."),
        att("Annika Lindgren", "Danderyd", "Danderyd"),
        att("Eva Jonsson", "Vallentuna", "Vallentuna"),
        att("Linda Wahl", "Norrtälje", "Norrtälje", "ersättare", "ersättare för Peter"),
        att("Johan Ekström", "Österåker", "Österåker"),
        att("Marie Holm", "Vaxholm", "Vaxholm"),
        att(
            "Helena Fors",
            "Stockholm Nordost",
            SN,
            "Samordnare",
            "written 'och jag' in the Närvarande line; the sender, named in Från: and the signature",
        ),
        att(
            "Jenny Ohlsson",
            "trafikförvaltningen Region Stockholm",
            "Region Stockholm",
            None,
            "Gäst under punkt 2",
            [2],
            unit="trafikförvaltningen",
        ),
    ],
    "absent": [
        att("Peter Åhman", "Norrtälje", "Norrtälje", None, "Förhinder"),
        att("Björn Sandell", "Lidingö", "Lidingö", None, "Förhinder"),
    ],
    "recorded_by": {"name": "Helena Fors", "canonical_name": "Helena Fors", "role": "Samordnare"},
    "items": [
        item(
            1,
            "Föregående anteckningar",
            "1. Föregående anteckningar",
            topics=["föregående anteckningar"],
            dec=["Godkändes."],
        ),
        item(
            2,
            "Roslagsbanan och kollektivtrafiken i nordost",
            "2. Roslagsbanan och kollektivtrafiken i nordost",
            persons=[
                person("Jenny", "Jenny Ohlsson", role="går igenom läget; återkommer med tidplan"),
                person("Mats", "Mats Jonsson", role="tar fram utkast till inspel"),
                person("Eva", "Eva Jonsson", role="tar fram utkast till inspel"),
            ],
            orgs=[
                org("trafikförvaltningens", "Region Stockholm, trafikförvaltningen", "region"),
                org(
                    "regionala trafikförsörjningsprogrammet",
                    "Regionalt trafikförsörjningsprogram för Stockholms län",
                    "programme",
                    "trafikförsörjningsprogrammet",
                ),
                org("Stockholm Nordost", SN, "network", note="the meeting body's own collaboration"),
            ],
            topics=["Roslagsbanan", "kollektivtrafik", "trafikförsörjningsprogram", "gemensamt inspel"],
            dec=[
                "Gruppen var överens om att lämna ett gemensamt inspel från Stockholm Nordost till trafikförsörjningsprogrammet."
            ],
            fu=[
                "Mats och Eva tar fram ett utkast till inspel till nästa möte.",
                "Jenny återkommer med tidplanen för samråden med kommunerna.",
            ],
            bfu=["Regionen räknar med att remissen går ut i februari 2024."],
            dates=[date("februari 2024", "2024-02", "month")],
            places=["City"],
        ),
        item(
            3,
            "Näringslivsdag 2024",
            "3. Näringslivsdag 2024",
            persons=[person("Johan", "Johan Ekström", role="redovisar förslaget")],
            orgs=[muni("Österåker")],
            munis=["Österåker"],
            topics=["näringslivsdag", "kompetensförsörjning", "etableringar"],
            dec=[
                "Beslut: vi genomför näringslivsdagen torsdagen den 18 april 2024 i Österåker.",
                "Varje kommun bidrar med 25 000 kr.",
                "Näringslivscheferna får i uppdrag att ta fram program och inbjudan före jul.",
            ],
            bfu=["Näringslivscheferna får i uppdrag att ta fram program och inbjudan före jul."],
            dates=[date("våren 2024", "2024", "season"), date("18 april 2024", "2024-04-18", "day")],
            places=["E18"],
        ),
        item(
            4,
            "Kompetensförsörjning – gemensamt traineeprogram",
            "4. Kompetensförsörjning – gemensamt traineeprogram",
            persons=[person("Annika", "Annika Lindgren", role="berättar; kollar med Storsthlm")],
            orgs=[
                org("Danderyds", "Danderyd", "municipality"),
                muni("Vaxholm"),
                muni("Norrtälje"),
                org("HR-nätverket", "Stockholm Nordosts HR-nätverk", "network"),
                org("Stockholm Nordost", SN, "network"),
                org("Storsthlm", "Storsthlm", "association"),
            ],
            munis=["Danderyd", "Vaxholm", "Norrtälje"],
            topics=["kompetensförsörjning", "traineeprogram"],
            dec=[
                "HR-nätverket får i uppdrag att utreda ett gemensamt traineeprogram inom Stockholm Nordost."
            ],
            fu=[
                "Återrapport på mötet i februari.",
                "Storsthlm driver ett liknande arbete – Annika kollar med dem så att vi inte dubblerar.",
            ],
            bfu=[
                "HR-nätverket får i uppdrag att utreda ett gemensamt traineeprogram inom Stockholm Nordost."
            ],
            dates=[date("februari", "2024-02", "month", True)],
        ),
        item(
            5,
            "Samverkan mot brottsligheten",
            "5. Samverkan mot brottsligheten",
            persons=[
                person("Mats", "Mats Jonsson", role="rapporterar"),
                person("Linda", "Linda Wahl", role="påpekar Norrtäljes avtal"),
            ],
            orgs=[org("Polisens", "Polismyndigheten", "national_agency", "Polisen"), muni("Norrtälje")],
            munis=["Norrtälje"],
            topics=["brottslighet", "samverkan med polisen", "medborgarlöften", "lägesbild"],
            dec=["Säkerhetscheferna i nordost får i uppdrag att ta fram en gemensam lägesbild."],
            fu=["Frågan återkommer i februari."],
            bfu=["Säkerhetscheferna i nordost får i uppdrag att ta fram en gemensam lägesbild."],
            dates=[date("12 oktober", "2023-10-12", "day", True), date("februari", "2024-02", "month", True)],
        ),
        item(
            6,
            "Laget runt",
            "6. Laget runt",
            persons=[
                person("Eva", "Eva Jonsson", role="berättar"),
                person("Linda", "Linda Wahl", role="informerar"),
                person("Marie", "Marie Holm", role="lyfter upphandlingsfråga"),
            ],
            orgs=[
                muni("Täby"),
                org("KF", "Täby kommunfullmäktige", "other"),
                muni("Vallentuna"),
                muni("Norrtälje"),
                muni("Vaxholm"),
                muni("Österåker"),
                muni("Danderyd"),
            ],
            munis=["Täby", "Vallentuna", "Norrtälje", "Vaxholm", "Österåker", "Danderyd"],
            topics=["budget 2024", "lokalförsörjning skola", "elförsörjning", "vinterväghållning"],
            fu=["Tas upp på nästa möte."],
            bfu=["Täby: budgeten för 2024 klubbas i KF den 13 november."],
            dates=[
                date("2024", "2024", "year"),
                date("13 november", "2023-11-13", "day", True),
                date("höstens", "2023", "season", True),
            ],
        ),
        item(
            7,
            "Nästa möte",
            "7. Nästa möte",
            persons=[person("Annika", "Annika Lindgren", role="värd")],
            orgs=[muni("Danderyd")],
            munis=["Danderyd"],
            topics=["nästa möte"],
            fu=["Torsdag 7 december kl. 8.30–11.30 i Danderyd, Annika är värd."],
            bfu=["Vi avslutar med jullunch."],
            dates=[date("7 december", "2023-12-07", "day", True)],
        ),
    ],
}

# ---------------------------------------------------------------- item spans and checks
DOC_FILES = {A_NAME: "protokoll-direktionen-2024-04-18.txt", B_NAME: B_NAME + ".txt", C_NAME: C_NAME + ".txt"}
END_MARKERS = {A_NAME: None, B_NAME: None, C_NAME: "Ha en fin helg!"}
RUNNING = re.compile(
    r"^(Räddningstjänsten Syd|Direktionen|PROTOKOLL|Sammanträdesdatum 2024-04-18|\d \(4\)|"
    r"Justerandes sign Utdragsbestyrkande)$"
)


def spans(name: str, doc: dict, text: str) -> dict[int, str]:
    """Item text from its heading line to the next heading (running headers/footers of doc A removed)."""
    starts = []
    for it in doc["items"]:
        i = text.find("\n" + it["heading_raw"] + "\n")
        if i < 0:
            ERRORS.append(f"{name}: heading not found: {it['heading_raw']!r}")
            continue
        starts.append((i + 1, it["number"]))
    end_marker = END_MARKERS[name]
    end = text.find(end_marker) if end_marker else len(text)
    out = {}
    for k, (s, n) in enumerate(starts):
        e = starts[k + 1][0] if k + 1 < len(starts) else end
        chunk = text[s:e]
        if name == A_NAME:
            chunk = "\n".join(
                line for line in chunk.replace("\f", "\n").split("\n") if not RUNNING.match(line)
            )
        out[n] = chunk
    return out


def check(name: str, doc: dict) -> None:
    text = (ROOT / DOC_FILES[name]).read_text(encoding="utf-8")
    sp = spans(name, doc, text)
    for a in doc["present"] + doc["absent"]:
        if a["name"] not in text:
            ERRORS.append(f"{name}: attendee {a['name']!r} not in text")
        if a["affiliation"] and a["affiliation"] not in text:
            ERRORS.append(f"{name}: affiliation {a['affiliation']!r} not in text")
        if a["note"] and a["note"] not in text and not a["note"].startswith(("replaced", "written")):
            ERRORS.append(f"{name}: note {a['note']!r} not in text")
    if doc["recorded_by"]["name"] not in text:
        ERRORS.append(f"{name}: recorder not in text")
    for ev in doc["meeting"]["date_evidence"]:
        if ev not in text:
            ERRORS.append(f"{name}: date evidence {ev!r} not in text")
    for it in doc["items"]:
        chunk = sp.get(it["number"], "")
        title_line = it["heading_raw"]
        if it["title"] not in title_line:
            ERRORS.append(f"{name} {it['number']}: title not in heading")
        strings = list(it["subheadings"])
        strings += [p["name"] for p in it["persons_mentioned"]] + [
            s for p in it["persons_mentioned"] for s in p["also_written"]
        ]
        strings += [o["surface"] for o in it["organisations_mentioned"]] + [
            s for o in it["organisations_mentioned"] for s in o["other_surfaces"]
        ]
        strings += (
            it["decisions"] + it["follow_ups"] + it["borderline_decisions"] + it["borderline_follow_ups"]
        )
        strings += [d["surface"] for d in it["dates_mentioned"]] + it["urls"] + it["places_mentioned"]
        for s in strings:
            if s not in chunk:
                ERRORS.append(f"{name} item {it['number']}: not in item text: {s!r}")
        for sub in it["subheadings"]:
            if ("\n" + sub + "\n") not in chunk:
                ERRORS.append(f"{name} item {it['number']}: subheading not a whole line: {sub!r}")
        for m in it["municipalities_mentioned"]:
            if m not in chunk:
                ERRORS.append(f"{name} item {it['number']}: municipality {m!r} not in item text")
        seen = set()
        for o in it["organisations_mentioned"]:
            for s in [o["surface"], *o["other_surfaces"]]:
                if s in seen:
                    ERRORS.append(f"{name} item {it['number']}: surface twice {s!r}")
                seen.add(s)
        for s in it["decisions"] + it["follow_ups"]:
            if s in it["borderline_decisions"] and s in it["decisions"]:
                ERRORS.append(f"{name} item {it['number']}: decision also borderline decision")
    # item numbers unique
    nums = [it["number"] for it in doc["items"]]
    if len(nums) != len(set(nums)):
        ERRORS.append(f"{name}: duplicate item numbers")


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in (A, B, C):
        check(doc["document"], doc)
        (GOLD / f"{doc['document']}.json").write_text(
            json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    for e in ERRORS:
        print("ERROR", e)
    print(f"{len(ERRORS)} errors")
    return 1 if ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())
