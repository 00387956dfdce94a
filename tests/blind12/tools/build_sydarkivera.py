# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: sydarkivera_forbundsstyrelse_ocr.txt → gold/sydarkivera_forbundsstyrelse_ocr.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

SYD = "Sydarkivera"
RK = "Region Kronoberg"
RA = "Riksarkivet"
SKR = "Sveriges Kommuner och Regioner"

# A SCANNED protocol run through OCR (plain text as Tesseract gives it): the label column of the paper
# protocol is gone (one space between label and value, continuation lines unindented), letters lost or
# swapped: `Sammantradesdatum`, `Ovriga narvarande`, `Franvarande`, `Förbundsstyre1sen` (1 for l),
# `Sida l (2)`, `§ l4` (l for 1; the item IS number 14), `l januari 2028`, `rnottagandet` (rn for m),
# and the chair's name `Ulrika Sjoberg` in the attendance but `Ulrika Sjöberg` under the signature line
# (as written: Sjoberg; canonical Ulrika Sjöberg). Each page ends with the OCR'd box
# `Justerandes sign | Utdragsbestyrkande` and page 2 starts with `SYDARKIVERA PROTOKOLL` / `Sida 2 (2)`.
# Items `§ 11`–`§ 17` (running numbers); decisions in the `Förbundsstyrelsen beslutar` + `att …` form.
present = [
    att("Ulrika Sjoberg", "Ljungby", "Ljungby", "ordförande", canon="Ulrika Sjöberg"),
    att("Gustav Nyberg", "Karlskrona", "Karlskrona", "vice ordförande"),
    att("Birgitta Holmqvist", "Växjö", "Växjö"),
    att("Ahmed Saleh", "Ronneby", "Ronneby"),
    att("Kent Ivarsson", "Älmhult", "Älmhult"),
    att("Lotta Fransson", RK, RK, "tjänstgörande ersättare"),
    att("Mattias Bergkvist", None, SYD, "förbundsdirektör"),
    att("Camilla Roos", None, SYD, "ekonom", "§ l4", [14]),
    att("Emma Gustavsson", None, SYD, "sekreterare"),
]
absent = [att("Jan-Erik Sandell", "Tingsryd", "Tingsryd")]
recorded_by = {"name": "Emma Gustavsson", "canonical_name": "Emma Gustavsson", "role": "sekreterare"}

items = [
    item(
        11,
        "§ 11 Val av justerare",
        "Val av justerare",
        persons=[per("Gustav Nyberg")],
        topics=["val av justerare"],
        decisions=["Förbundsstyrelsen beslutar att utse Gustav Nyberg att justera dagens protokoll."],
    ),
    item(
        12,
        "§ 12 Godkännande av dagordning",
        "Godkännande av dagordning",
        orgs=[org("Riksarkivets", RA, "national_agency")],
        topics=["dagordning"],
        decisions=[
            "Förbundsstyrelsen beslutar att godkänna dagordningen med tillägg av en informationspunkt om Riksarkivets nya föreskrifter under § 16."
        ],
    ),
    item(
        13,
        "§ 13 Förbundsdirektörens rapport",
        "Förbundsdirektörens rapport",
        persons=[per("Mattias Bergkvist", also=["Mattias"])],
        orgs=[
            org("Karlskrona kommun", "Karlskrona", "municipality"),
            org(RK, RK, "region"),
            org(SYD, SYD, "municipal_federation"),
            org("Hässleholms kommun", "Hässleholm", "municipality"),
            org("Osby kommun", "Osby", "municipality"),
            org(RA, RA, "national_agency"),
            org(SKR, SKR, "association", "SKR"),
        ],
        munis=["Karlskrona", "Hässleholm", "Osby"],
        topics=[
            "förbundsdirektörens rapport",
            "e-arkivleveranser",
            "medlemsansökningar",
            "informationsförsörjning",
        ],
        decisions=["Förbundsstyrelsen beslutar att lägga rapporten till handlingarna."],
        bfol=[
            "Mattias berättar vidare att Riksarkivet och Sveriges Kommuner och Regioner (SKR) bjuder in till ett gemensamt seminarium om informationsförsörjning den 22 april."
        ],
        dates=[dat("22 april", "2027-04-22")],
    ),
    item(
        14,
        "§ l4 Årsredovisning 2026",
        "Årsredovisning 2026",
        persons=[per("Camilla Roos")],
        orgs=[org("förbundsfullmäktige", "Sydarkiveras förbundsfullmäktige", "other")],
        topics=["årsredovisning 2026", "överskott", "revision"],
        decisions=[
            "Förbundsstyrelsen beslutar att godkänna årsredovisningen för 2026, och att överlämna årsredovisningen till förbundsfullmäktige."
        ],
        follow_ups=["Revisorerna lämnar sin revisionsberättelse i april."],
        dates=[dat("2026", "2026"), dat("hösten", "2026"), dat("april", "2027-04")],
    ),
    item(
        15,
        "§ 15 Ansökningar om medlemskap",
        "Ansökningar om medlemskap",
        persons=[per("Gustav Nyberg")],
        orgs=[
            org("Hässleholms kommun", "Hässleholm", "municipality"),
            org("Osby kommun", "Osby", "municipality"),
        ],
        munis=["Hässleholm", "Osby"],
        topics=["medlemskap", "förbundsordning", "nya medlemmar"],
        decisions=[
            "Förbundsstyrelsen beslutar att ge förbundsdirektören i uppdrag att ta fram ett förslag till ändrad förbundsordning, och att förslaget ska redovisas för förbundsstyrelsen den 9 juni 2027."
        ],
        bdec=[
            "Gustav Nyberg anser att förbundet bör växa i långsam takt så att kvaliteten i rnottagandet av arkiv kan upprätthållas."
        ],
        bfol=[
            "Förbundsstyrelsen beslutar att ge förbundsdirektören i uppdrag att ta fram ett förslag till ändrad förbundsordning, och att förslaget ska redovisas för förbundsstyrelsen den 9 juni 2027."
        ],
        dates=[dat("l januari 2028", "2028-01-01"), dat("9 juni 2027", "2027-06-09")],
    ),
    item(
        16,
        "§ 16 Riksarkivets nya föreskrifter",
        "Riksarkivets nya föreskrifter",
        persons=[per("Emma Gustavsson")],
        orgs=[
            org("Riksarkivets", RA, "national_agency"),
            org("Kansliet", "Sydarkiveras kansli", "other"),
        ],
        topics=["Riksarkivets föreskrifter", "gallring", "rådgivning till medlemmarna"],
        decisions=["Förbundsstyrelsen beslutar att notera informationen."],
        follow_ups=[
            "Kansliet återkommer med en plan för informationsinsatser till medlemskommunernas arkivredogörare."
        ],
        bdec=["Förbundets rådgivning till medlemmarna behöver uppdateras."],
        dates=[dat("1 juli 2027", "2027-07-01")],
    ),
    item(
        17,
        "§ 17 Övriga frågor och nästa sammanträde",
        "Övriga frågor och nästa sammanträde",
        persons=[per("Ahmed Saleh"), per("Mattias Bergkvist")],
        orgs=[
            org("Ronneby kommuns", "Ronneby", "municipality", "Ronneby kommun"),
            org("Karlskrona", "Karlskrona", "municipality"),
        ],
        munis=["Ronneby", "Karlskrona"],
        topics=["pappersarkiv", "Ronneby", "nästa sammanträde"],
        follow_ups=[
            "Mattias Bergkvist svarar att frågan ska utredas och att han återkommer till Ronneby kommun före sommaren.",
            "Nästa sammanträde hålls den 9 juni 2027 i Karlskrona.",
        ],
        dates=[dat("2027", "2027"), dat("9 juni 2027", "2027-06-09")],
    ),
]

write(
    "sydarkivera_forbundsstyrelse_ocr.txt",
    "Sydarkivera, förbundsstyrelsen",
    "2027-03-10",
    ["Sammantradesdatum 2027-03-10"],
    present,
    absent,
    recorded_by,
    items,
)
