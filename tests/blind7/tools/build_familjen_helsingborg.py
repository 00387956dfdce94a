# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: familjen_helsingborg_kommundirektorer.md → gold/familjen_helsingborg_kommundirektorer.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RS = "Region Skåne"
FH = "Familjen Helsingborg"
KANSLI = "Familjen Helsingborgs kansli"
SELF = "Familjen Helsingborgs kommundirektörsgrupp"
LST = "Länsstyrelsen i Skåne län"

# Markdown table | Kommun | Närvarande | Förhinder |: a name in the middle column is present, in the
# right-hand column absent; the row's municipality is the affiliation. Guests as "- Name, role, Body (punkt 3)".
present = [
    att("Anders Thulin", "Bjuv", "Bjuv"),
    att("Karin Malmqvist", "Båstad", "Båstad"),
    att("Peter Dahl", "Helsingborg", "Helsingborg"),
    att("Jonas Lindahl", "Höganäs", "Höganäs"),
    att("Maria Lindahl", "Landskrona", "Landskrona"),
    att("Tomas Ekberg", "Perstorp", "Perstorp"),
    att("Linnea Ohlsson", "Svalöv", "Svalöv"),
    att("Magnus Ek", "Ängelholm", "Ängelholm"),
    att("Helena Strand", "Örkelljunga", "Örkelljunga"),
    att("Ida Bergkvist", KANSLI, FH, "processledare"),
    att("Cecilia Wahlgren", RS, RS, "avdelningschef regional utveckling", "(punkt 3)", [3]),
    att("Erik Sandell", "Trafikverket", "Trafikverket", "samhällsplanerare", "(punkt 3)", [3]),
]
absent = [
    att("Sofia Herrlin", "Klippan", "Klippan"),
    att("Fredrik Nord", "Åstorp", "Åstorp"),
]
recorded_by = {"name": "Ida Bergkvist", "canonical_name": "Ida Bergkvist", "role": "processledare"}

items = [
    item(
        1,
        "**1. Mötets öppnande och dagordning**",
        "Mötets öppnande och dagordning",
        persons=[per("Peter Dahl", role="ordförande")],
        orgs=[org(RS, RS, "region"), org("Trafikverket", "Trafikverket", "national_agency")],
        topics=["mötets öppnande", "dagordning"],
        decisions=["Dagordningen fastställdes med ett tillägg under övriga frågor."],
    ),
    item(
        2,
        "**2. Föregående minnesanteckningar**",
        "Föregående minnesanteckningar",
        persons=[per("Helena Strand")],
        orgs=[org("Örkelljungas", "Örkelljunga", "municipality")],
        munis=["Örkelljunga"],
        topics=["föregående anteckningar", "skolskjuts", "gemensam upphandling"],
        decisions=["Anteckningarna från mötet den 4 december godkändes och lades till handlingarna."],
        follow_ups=["Frågan tas upp igen i mars."],
        bfol=[
            "Helena Strand påminde om att Örkelljungas fråga om gemensam upphandling av skolskjuts fortfarande är öppen."
        ],
        dates=[dat("4 december", "2026-12-04"), dat("mars", "2027-03")],
    ),
    item(
        3,
        "**3. Regional transportinfrastrukturplan och Skåne nordväst**",
        "Regional transportinfrastrukturplan och Skåne nordväst",
        persons=[per("Cecilia Wahlgren", also=["Cecilia"]), per("Erik Sandell")],
        orgs=[
            org("Region Skånes", RS, "region", "Region Skåne"),
            org("Trafikverkets", "Trafikverket", "national_agency", "Trafikverket"),
            org("Kommundirektörsgruppen", SELF, "network"),
            org("Kansliet", KANSLI, "other"),
            org("regionala utvecklingsnämnden", "Region Skånes regionala utvecklingsnämnd", "region"),
            org("Helsingborg", "Helsingborg", "municipality"),
            org("Ängelholm", "Ängelholm", "municipality"),
            org("Landskronas", "Landskrona", "municipality"),
            org("Svalövs", "Svalöv", "municipality"),
        ],
        munis=["Helsingborg", "Ängelholm", "Landskrona", "Svalöv"],
        topics=[
            "transportinfrastrukturplan",
            "remiss",
            "Västkustbanan",
            "Söderåsbanan",
            "gemensamt yttrande",
        ],
        decisions=["Kommundirektörsgruppen beslutade att lämna ett gemensamt yttrande över planen."],
        follow_ups=[
            "Kansliet tar fram ett utkast till yttrande som skickas ut senast den 5 februari.",
            "Yttrandet ska lämnas till Region Skåne senast den 31 mars 2027.",
            "Cecilia tar med sig gruppens synpunkter till regionens beredning inför regionala utvecklingsnämnden.",
        ],
        bdec=["Flera kommundirektörer betonade vikten av att Skånebanan prioriteras."],
        bfol=["Trafikverket räknar med att åtgärdsvalsstudien blir klar i maj 2027."],
        dates=[
            dat("2026–2037", "2026/2037"),
            dat("maj 2027", "2027-05"),
            dat("5 februari", "2027-02-05"),
            dat("31 mars 2027", "2027-03-31"),
        ],
    ),
    item(
        4,
        "**4. Kompetensförsörjning – gemensam rekrytering inom vård och omsorg**",
        "Kompetensförsörjning – gemensam rekrytering inom vård och omsorg",
        persons=[per("Jonas Lindahl"), per("Maria Lindahl"), per("Ida Bergkvist")],
        orgs=[
            org("Höganäs", "Höganäs", "municipality"),
            org("Landskronas", "Landskrona", "municipality"),
            org("Lunds universitet", "Lunds universitet", "other"),
            org("Arbetsförmedlingen", "Arbetsförmedlingen", "national_agency"),
            org("Familjen Helsingborgs", FH, "network"),
            org("kansliet", KANSLI, "other"),
        ],
        munis=["Höganäs", "Landskrona"],
        topics=["kompetensförsörjning", "vård och omsorg", "rekrytering", "validering", "undersköterskor"],
        decisions=[
            "Gruppen ställde sig bakom en gemensam rekryteringsvecka 1–5 mars 2027 under Familjen Helsingborgs namn."
        ],
        follow_ups=[
            "Maria Lindahl samordnar planeringen tillsammans med kansliet.",
            "Kommunerna meddelar en kontaktperson till Ida Bergkvist senast den 29 januari.",
        ],
        bdec=["Det vore önskvärt att samtliga elva kommuner står bakom satsningen."],
        bfol=["Arbetsförmedlingen deltar gärna i planeringen."],
        dates=[
            dat("i höstas", "2026"),
            dat("1–5 mars 2027", "2027-03-01/2027-03-05"),
            dat("29 januari", "2027-01-29"),
        ],
    ),
    item(
        5,
        "**5. Civilt försvar och höjd beredskap**",
        "Civilt försvar och höjd beredskap",
        persons=[per("Magnus Ek", also=["Magnus"])],
        orgs=[
            org("Länsstyrelsen i Skåne läns", LST, "county_administrative_board", "Länsstyrelsen"),
            org("Myndigheten för civilt försvar", "Myndigheten för civilt försvar", "national_agency"),
            org("Ängelholms kommun", "Ängelholm", "municipality"),
            org("Båstads", "Båstad", "municipality"),
            org("Bjuvs", "Bjuv", "municipality"),
        ],
        munis=["Ängelholm", "Båstad", "Bjuv"],
        topics=[
            "civilt försvar",
            "höjd beredskap",
            "ledningsövning",
            "krigsorganisation",
            "beredskapssamordnare",
        ],
        follow_ups=[
            "Varje kommun anmäler två deltagare till Länsstyrelsen senast den 26 februari.",
            "Magnus återkommer med en sammanställning av kommunernas behov av skyddade ledningsplatser.",
        ],
        bfol=[
            "Magnus Ek informerade om Länsstyrelsen i Skåne läns planering av den regionala ledningsövningen den 22 april.",
            "Magnus Ek informerade om att Ängelholms kommun planerar en egen övning under hösten.",
            "Myndigheten för civilt försvar har tagit fram nya riktlinjer för kommunernas krigsorganisation, som ska vara implementerade under 2027.",
        ],
        dates=[
            dat("22 april", "2027-04-22"),
            dat("2027", "2027"),
            dat("hösten", "2027"),
            dat("26 februari", "2027-02-26"),
        ],
    ),
    item(
        6,
        "**6. Övriga frågor och nästa möte**",
        "Övriga frågor och nästa möte",
        persons=[per("Peter Dahl"), per("Tomas Ekberg")],
        orgs=[
            org("Helsingborgs stad", "Helsingborg", "municipality"),
            org("Sveriges Kommuner och Regioner", "Sveriges Kommuner och Regioner", "association"),
            org("Perstorps kommun", "Perstorp", "municipality"),
            org("Ängelholm", "Ängelholm", "municipality"),
        ],
        munis=["Helsingborg", "Perstorp", "Ängelholm"],
        topics=["ordförandeskap", "nästa möte", "SKR-besök"],
        decisions=[
            "Gruppen beslutade att Perstorps kommun tar över ordförandeskapet från och med den 1 juli 2027."
        ],
        follow_ups=["Nästa möte hålls den 12 februari 2027 i Ängelholm."],
        bfol=[
            "Peter Dahl informerade om att Helsingborgs stad tar emot en delegation från Sveriges Kommuner och Regioner den 9 februari."
        ],
        dates=[
            dat("9 februari", "2027-02-09"),
            dat("1 juli 2027", "2027-07-01"),
            dat("12 februari 2027", "2027-02-12"),
        ],
    ),
]

write(
    "familjen_helsingborg_kommundirektorer.md",
    "Familjen Helsingborgs kommundirektörsgrupp",
    "2027-01-15",
    ["fredag 15 januari 2027"],
    present,
    absent,
    recorded_by,
    items,
    item_end="*Bilaga:",
)
