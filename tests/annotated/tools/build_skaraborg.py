# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: skaraborg_kdg.txt → gold/skaraborg_kdg.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

LST = "Länsstyrelsen i Västra Götalands län"
SKB = "Skaraborgs kommunalförbund"
KDG = "Skaraborgs kommundirektörsgrupp"
KD = "kommundirektör"

present = [
    att("Karin Holmberg", "Skövde", "Skövde", KD),
    att("Johan Holmberg", "Lidköping", "Lidköping", KD),
    att("Anders Wikström", "Falköping", "Falköping", KD),
    att("Lena Sjöberg", "Mariestad", "Mariestad", KD),
    att("Tomas Bergkvist", "Skara", "Skara", KD),
    att("Eva-Lotta Nyqvist", "Götene", "Götene", KD),
    att("Mats Ekdahl", "Tidaholm", "Tidaholm", KD),
    att("Ingrid Palm", "Hjo", "Hjo", KD),
    att("Patrik Ljung", "Vara", "Vara", KD),
    att("Helén Carlsson", "Tibro", "Tibro", KD),
    att("Ulrika Forsman", SKB, SKB, "förbundsdirektör"),
    att("Linnea Bergqvist", SKB, SKB, "nämndsekreterare"),
    att("Annika Lindén", LST, LST, "enhetschef, skydd och beredskap", "(p 2)", [2]),
]
absent = [
    att("Stefan Öhrn", "Töreboda", "Töreboda", KD),
    att("Malin Granath", "Gullspång", "Gullspång", KD),
    att("Rolf Axelsson", "Karlsborg", "Karlsborg", KD),
]
items = [
    item(
        1,
        "1.\tFöregående minnesanteckningar",
        "Föregående minnesanteckningar",
        decisions=["Minnesanteckningarna från mötet den 13 september lades till handlingarna."],
        dates=[dat("13 september", "2024-09-13")],
        topics=["mötesformalia"],
    ),
    item(
        2,
        "2.\tCivilt försvar – läget i Skaraborg",
        "Civilt försvar – läget i Skaraborg",
        persons=[per("Annika Lindén", "Länsstyrelsen", also=["Annika"])],
        orgs=[
            org("Länsstyrelsen", LST, "county_administrative_board"),
            org("MSB", "Myndigheten för samhällsskydd och beredskap", "national_agency"),
            org("Kommundirektörsgruppen", KDG, "network"),
            org("Skaraborg", SKB, "municipal_federation"),
        ],  # geographic sense, as GR in the seeds
        topics=["civilt försvar", "höjd beredskap", "ledningsplatser", "beredskapssamordning"],
        decisions=[
            "Kommundirektörsgruppen vill att förbundet tar fram en gemensam plan för ledningsplatser i Skaraborg."
        ],
        follow_ups=[
            "Annika återkommer med ett förslag på tidplan för den fortsatta dialogen.",
            "Länsstyrelsen genomför en regional övning den 23-24/10 och samtliga kommuner i Skaraborg är inbjudna.",
        ],
        dates=[dat("23-24/10", "2024-10-23/2024-10-24")],
    ),
    item(
        3,
        "3.\tKompetensförsörjning inom vård och omsorg",
        "Kompetensförsörjning inom vård och omsorg",
        persons=[per("Ulrika Forsman"), per("Tomas Bergkvist", "Skara")],
        orgs=[
            org("Europeiska socialfonden", "Europeiska socialfonden", "programme"),
            org("Västra Götalandsregionen", "Västra Götalandsregionen", "region"),
            org("Högskolan i Skövde", "Högskolan i Skövde", "other"),
            org("Skara", "Skara", "municipality"),
            org("Kommundirektörsgruppen", KDG, "network"),
            org("Förbundet", SKB, "municipal_federation"),
        ],
        munis=["Skara"],
        topics=["kompetensförsörjning", "vård och omsorg", "EU-finansiering"],
        decisions=["Kommundirektörsgruppen ställer sig bakom ansökan."],
        follow_ups=["Förbundet kommer att skicka in ansökan senast 15 november."],
        bdec=[
            "Tomas Bergkvist, Skara, lyfte att Skara redan har en egen satsning som bör samordnas med projektet."
        ],
        dates=[
            dat("1 januari 2025", "2025-01-01"),
            dat("31 december 2027", "2027-12-31"),
            dat("15 november", "2024-11-15"),
        ],
    ),
    item(
        4,
        "4.\tTrafikverkets åtgärdsplanering",
        "Trafikverkets åtgärdsplanering",
        persons=[per("Mats Ekdahl"), per("Johan Holmberg")],
        orgs=[
            org("Trafikverkets", "Trafikverket", "national_agency", "Trafikverket"),
            org("Karlsborg", "Karlsborg", "municipality"),
            org("Kommundirektörsgruppen", KDG, "network"),
            org("Skaraborg", SKB, "municipal_federation"),
        ],
        munis=["Falköping", "Tidaholm", "Hjo", "Karlsborg"],
        topics=["transportinfrastruktur", "nationell plan", "remiss"],
        decisions=["Kommundirektörsgruppen är eniga om att Skaraborg ska lämna ett gemensamt yttrande."],
        follow_ups=["Johan Holmberg och Mats Ekdahl tar fram ett utkast till nästa möte."],
        bfol=["Yttrandet ska vara Trafikverket tillhanda den 6 december."],
        dates=[dat("6 december", "2024-12-06")],
        urls=["https://www.trafikverket.se/nationellplan"],
    ),
    item(
        5,
        "5.\tBudget 2025 för kommunalförbundet",
        "Budget 2025 för kommunalförbundet",
        persons=[per("Ulrika Forsman")],
        orgs=[
            org("kommunalförbundet", SKB, "municipal_federation"),
            org("Förbundsdirektionen", "Skaraborgs kommunalförbunds förbundsdirektion", "other"),
            org("Kommundirektörsgruppen", KDG, "network"),
        ],
        topics=["budget", "medlemsavgift"],
        decisions=["Kommundirektörsgruppen tillstyrker förslaget till budget."],
        follow_ups=["Förbundsdirektionen fattar beslut om budgeten den 29 november."],
        bdec=["Medlemsavgiften föreslås öka med 2,5 procent."],
        dates=[dat("29 november", "2024-11-29")],
    ),
    item(
        6,
        "6.\tÖvriga frågor",
        "Övriga frågor",
        persons=[per("Karin Holmberg"), per("Ingrid Palm")],
        orgs=[org("SKR", "Sveriges Kommuner och Regioner", "association")],
        munis=["Stockholm", "Lidköping"],
        topics=["välfärdsbrottslighet", "upphandling", "ärendehanteringssystem"],
        follow_ups=["Frågan tas med till nästa möte.", "Nästa möte hålls den 8 november i Lidköping."],
        bfol=[
            "Karin Holmberg informerade om att SKR bjuder in till en konferens om välfärdsbrottslighet den 4 februari 2025 i Stockholm."
        ],
        dates=[dat("4 februari 2025", "2025-02-04"), dat("8 november", "2024-11-08")],
    ),
]
write(
    "skaraborg_kdg.txt",
    KDG,
    "2024-10-11",
    ["Datum:\t2024-10-11"],
    present,
    absent,
    {"name": "Linnea Bergqvist", "canonical_name": "Linnea Bergqvist", "role": "nämndsekreterare"},
    items,
)
