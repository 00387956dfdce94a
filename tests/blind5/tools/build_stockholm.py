# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: stockholm_naringslivschefer_teams.txt → gold/stockholm_naringslivschefer_teams.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RS = "Region Stockholm"
RG = "Region Gotland"
NLC = "Näringslivschefsnätverket i Stockholms län"

# "Deltagare (på plats):" and "Deltagare (digitalt):" are both present; the heading's "(digitalt)"
# is not written on the lines, so no note; "(mötesledare)" is a function marker, not a note.
# "Anmält förhinder: Solna, Lidingö och Sollentuna." names no person, so absent is empty.
present = [
    att("Sara Lindgren", "Nacka kommun", "Nacka", "näringslivschef"),
    att("Ahmed Karimi", "Södertälje kommun", "Södertälje", "näringslivsdirektör"),
    att("Kristina Holm", "Huddinge kommun", "Huddinge", "näringslivschef"),
    att("Oscar Bergqvist", "Järfälla kommun", "Järfälla", "näringslivschef"),
    att("Petra Sandberg", "Norrtälje kommun", "Norrtälje", "näringslivschef"),
    att("Fredrik Almén", RS, RS, "regional utvecklingsstrateg"),
    att("Ulrika Dahl", "Täby kommun", "Täby", "näringslivschef"),
    att("Johan Kvist", "Botkyrka kommun", "Botkyrka", "näringslivschef"),
    att("Mats Engström", "Värmdö kommun", "Värmdö", "näringslivsutvecklare"),
    att("Maria Heden", RG, RG, "näringslivschef", "(punkt 3)", [3], canon="Maria Hedén"),
    att("Nina Sand", "Tillväxtverket", "Tillväxtverket", "regional samordnare", "(punkt 2)", [2]),
]
absent: list[dict[str, object]] = []
recorded_by = {
    "name": "Fredrik Almén",
    "canonical_name": "Fredrik Almén",
    "role": "regional utvecklingsstrateg",
}

items = [
    item(
        1,
        "1. Incheckning och läget i kommunerna",
        "Incheckning och läget i kommunerna",
        persons=[per("Sara Lindgren"), per("Kristina Holm")],
        orgs=[
            org("Södertälje", "Södertälje", "municipality"),
            org("Norrtälje", "Norrtälje", "municipality"),
            org("Huddinge", "Huddinge", "municipality"),
        ],
        munis=["Södertälje", "Norrtälje", "Huddinge"],
        topics=["nyetableringar", "logistik", "datacenter", "lägesrapport"],
        dates=[dat("hösten", "2026"), dat("september", "2026-09")],
    ),
    item(
        2,
        "2. Regional utvecklingsstrategi och smart specialisering",
        "Regional utvecklingsstrategi och smart specialisering",
        persons=[per("Nina Sand"), per("Fredrik Almén")],
        orgs=[
            org("Tillväxtverkets", "Tillväxtverket", "national_agency"),
            org("EU:s regionalfond", "Europeiska regionala utvecklingsfonden", "programme"),
            org("EU:s", "Europeiska unionen", "other"),
            org(RS, RS, "region"),
            org("regionfullmäktige", "Region Stockholms regionfullmäktige", "region"),
        ],
        topics=[
            "smart specialisering",
            "regional utvecklingsstrategi",
            "handlingsprogram för näringsliv",
            "EU-medel",
        ],
        decisions=["Nätverket beslutade att lämna ett gemensamt yttrande över handlingsprogrammet."],
        follow_ups=["Fredrik Almén skickar ut remissversionen den 20 november."],
        bfol=[
            "Fredrik Almén berättade att Region Stockholm tar fram ett nytt handlingsprogram för näringsliv och innovation som ska beslutas av regionfullmäktige i mars 2027."
        ],
        dates=[dat("mars 2027", "2027-03"), dat("20 november", "2026-11-20")],
    ),
    item(
        3,
        "3. Besöksnäring – erfarenheter från Gotland",
        "Besöksnäring – erfarenheter från Gotland",
        persons=[per("Maria Heden", canon="Maria Hedén"), per("Petra Sandberg"), per("Mats Engström")],
        orgs=[
            org("Region Gotlands", RG, "region"),
            org("Destination Gotland", "Destination Gotland AB", "company"),
            org("Norrtälje", "Norrtälje", "municipality"),
            org("Värmdö", "Värmdö", "municipality"),
        ],
        munis=["Norrtälje", "Värmdö"],
        topics=["besöksnäring", "destinationsutveckling", "säsongsförlängning", "skärgårdsturism"],
        follow_ups=[
            "Petra Sandberg och Mats Engström bjuder in Maria Heden till ett separat möte om skärgårdsturism i januari."
        ],
        dates=[dat("januari", "2027-01")],
    ),
    item(
        4,
        "4. Företagsklimat och mätningar",
        "Företagsklimat och mätningar",
        persons=[per("Oscar Bergqvist"), per("Ulrika Dahl")],
        orgs=[
            org("Svenskt Näringslivs", "Svenskt Näringsliv", "association"),
            org("SKR:s", "Sveriges Kommuner och Regioner", "association"),
            org("Järfälla", "Järfälla", "municipality"),
            org("Täby", "Täby", "municipality"),
        ],
        munis=["Järfälla", "Täby"],
        topics=["företagsklimat", "servicemätning", "nyckeltal", "handläggningstider"],
        decisions=[
            "Nätverket enades om att ta fram gemensamma nyckeltal för handläggningstider av bygglov och serveringstillstånd."
        ],
        follow_ups=[
            "Ulrika Dahl och Oscar Bergqvist tar fram ett förslag på nyckeltal till nätverkets möte den 10 december."
        ],
        dates=[dat("2026", "2026"), dat("september", "2026-09"), dat("10 december", "2026-12-10")],
    ),
    item(
        5,
        "5. Övrigt",
        "Övrigt",
        persons=[per("Johan Kvist"), per("Ahmed Karimi")],
        orgs=[
            org(
                "Almi Företagspartner Stockholm Sörmland",
                "Almi Företagspartner Stockholm Sörmland AB",
                "company",
            )
        ],
        topics=["tillväxtföretag", "näringslivsdag", "nästa möte"],
        follow_ups=["Nästa möte: torsdag 10 december kl. 13.00, digitalt."],
        bfol=[
            "Johan Kvist informerade om att Almi Företagspartner Stockholm Sörmland startar ett nytt program för tillväxtföretag i södra länet.",
            "Ahmed Karimi påminde om att anmälan till Stockholmsregionens näringslivsdag den 2 december stänger den 18 november.",
        ],
        dates=[
            dat("2 december", "2026-12-02"),
            dat("18 november", "2026-11-18"),
            dat("10 december", "2026-12-10"),
        ],
        urls=["https://www.almi.se/stockholm-sormland/"],
    ),
]

write(
    "stockholm_naringslivschefer_teams.txt",
    NLC,
    "2026-11-05",
    ["Torsdag 5 november 2026"],
    present,
    absent,
    recorded_by,
    items,
)
