# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: skane_kommundirektorer_spalter.txt → gold/skane_kommundirektorer_spalter.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

SK = "Skånes kommuner"
RS = "Region Skåne"
SKR = "Sveriges Kommuner och Regioner"
LST = "Länsstyrelsen i Skåne län"
SYD = "Sydarkivera"

# PDF text (pdftotext -layout) of a page with TWO COLUMNS: the left column holds the header labels
# (`Datum:`, `Tid:`, `Plats:`, `Ordförande:`, `Antecknare:`) and a numbered `Dagordning`; the RIGHT
# column, on the same lines, holds `Närvarande` (`Name, Body` with `, ordförande` / `(p 2)` / a role
# wrapped onto an indented continuation line) and `Frånvarande`. Below, full width, the items
# `N. Title` repeat the agenda headings (item_start after the right column). A form feed + running
# header starts page 2. `Vid anteckningarna` / name at the end.
present = [
    att("Anna Lindqvist", "Kristianstad", "Kristianstad", "ordförande"),
    att("Olof Lindqvist", "Eslöv", "Eslöv"),
    att("Petra Wendel", "Hässleholm", "Hässleholm"),
    att("Mats Öberg", "Helsingborg", "Helsingborg"),
    att("Sara Kazemi", "Malmö", "Malmö"),
    att("Niklas Brandt", "Lund", "Lund"),
    att("Cecilia Holm", "Ystad", "Ystad"),
    att("Jens Aronsson", "Landskrona", "Landskrona"),
    att("Lena Mårtensson", "Ängelholm", "Ängelholm"),
    att("Henrik Sjöstedt", "Osby", "Osby"),
    att("Elin Håkansson", RS, RS, None, "(p 2)", [2]),
    att("Matthias Bergkvist", SYD, SYD, None, "(p 3)", [3], canon="Mattias Bergkvist"),
    att("Karl-Johan Rydén", SK, SK, "direktör"),
    att("Johanna Falk", SK, SK),
]
absent = [
    att("Tobias Kjellberg", "Trelleborg", "Trelleborg"),
    att("Maria Ekwall", "Simrishamn", "Simrishamn"),
]
recorded_by = {"name": "Johanna Falk", "canonical_name": "Johanna Falk", "role": None}

items = [
    item(
        1,
        "1. Inledning och föregående anteckningar",
        "Inledning och föregående anteckningar",
        persons=[per("Anna Lindqvist", None, "ordförande"), per("Henrik Sjöstedt", "Osby", "kommundirektör")],
        munis=["Osby"],
        topics=["mötets öppnande", "ny kommundirektör", "föregående anteckningar"],
        decisions=["Anteckningarna från mötet den 11 december 2026 godkändes."],
        dates=[dat("11 december 2026", "2026-12-11")],
    ),
    item(
        2,
        "2. Hälso- och sjukvårdsavtalet",
        "Hälso- och sjukvårdsavtalet",
        persons=[per("Elin Håkansson", RS), per("Olof Lindqvist"), per("Karl-Johan Rydén")],
        orgs=[
            org(RS, RS, "region"),
            org(
                "politiska styrgruppen för hälso- och sjukvårdsavtalet",
                "Politiska styrgruppen för hälso- och sjukvårdsavtalet i Skåne",
                "network",
            ),
            org("Eslövs kommun", "Eslöv", "municipality"),
            org(SK, SK, "association"),
        ],
        munis=["Eslöv"],
        topics=["hälso- och sjukvårdsavtalet", "ersättningsmodell", "hemsjukvård", "remiss"],
        decisions=[
            "Nätverket ställde sig bakom att Skånes kommuner samlar kommunernas synpunkter på ersättningsmodellen i ett gemensamt underlag."
        ],
        follow_ups=[
            "Karl-Johan Rydén skickar ut ett utkast till underlaget senast den 19 februari.",
            "Den politiska styrgruppen för hälso- och sjukvårdsavtalet ska ta ställning till ett förslag i april.",
        ],
        bdec=[
            "Olof Lindqvist lyfte att Eslövs kommun ser en ökad kostnad för hemsjukvården som inte fångas i avtalets ersättningsmodell.",
            "Flera kommundirektörer instämde.",
        ],
        bfol=[
            "Nätverket ställde sig bakom att Skånes kommuner samlar kommunernas synpunkter på ersättningsmodellen i ett gemensamt underlag."
        ],
        dates=[dat("april", "2027-04"), dat("19 februari", "2027-02-19")],
    ),
    item(
        3,
        "3. Digital arkivering och e-arkiv",
        "Digital arkivering och e-arkiv",
        persons=[
            per("Matthias Bergkvist", SYD, "förbundsdirektör", also=["Mattias"], canon="Mattias Bergkvist"),
            per("Petra Wendel"),
            per("Henrik Sjöstedt"),
        ],
        orgs=[
            org(SYD, SYD, "municipal_federation"),
            org("Hässleholms kommun", "Hässleholm", "municipality"),
            org("Osby", "Osby", "municipality"),
        ],
        munis=["Hässleholm", "Osby"],
        topics=["e-arkiv", "digital arkivering", "Sydarkivera", "medlemskap"],
        decisions=["Nätverket konstaterade att en gemensam skånsk lösning för e-arkiv inte är aktuell."],
        follow_ups=["Kommunerna som är intresserade kontaktar Sydarkivera direkt."],
        bfol=[
            "Mattias berättade att en medlemsansökan måste vara inlämnad före den 30 september 2027.",
            "Petra Wendel informerade om att Hässleholms kommun utreder ett medlemskap och att frågan ska upp i kommunstyrelsen i maj.",
        ],
        dates=[
            dat("1 januari 2028", "2028-01-01"),
            dat("30 september 2027", "2027-09-30"),
            dat("maj", "2027-05"),
            dat("2028", "2028"),
        ],
    ),
    item(
        4,
        "4. Civilt försvar och höjd beredskap",
        "Civilt försvar och höjd beredskap",
        persons=[per("Mats Öberg"), per("Lena Mårtensson")],
        orgs=[
            org("Helsingborgs stad", "Helsingborg", "municipality"),
            org(LST, LST, "county_administrative_board"),
            org(SK, SK, "association"),
        ],
        munis=["Helsingborg"],
        topics=[
            "civilt försvar",
            "krigsorganisation",
            "risk- och sårbarhetsanalys",
            "krisledningsnämnder",
            "utbildningsdag",
        ],
        decisions=[
            "Nätverket beslutade att ge Skånes kommuner i uppdrag att ta fram ett förslag till utbildningsdag."
        ],
        follow_ups=[
            "Lena Mårtensson och Mats Öberg ingår i en arbetsgrupp som redovisar förslaget på nätverkets möte den 12 mars."
        ],
        bdec=[
            "Lena Mårtensson framhöll att de mindre kommunerna behöver stöd med utbildning av krisledningsnämnderna.",
            "Förslaget är att Skånes kommuner tillsammans med Länsstyrelsen i Skåne län anordnar en gemensam utbildningsdag under hösten.",
        ],
        bfol=[
            "Länsstyrelsen i Skåne län har begärt in kommunernas risk- och sårbarhetsanalyser till den 31 oktober 2027.",
            "Nätverket beslutade att ge Skånes kommuner i uppdrag att ta fram ett förslag till utbildningsdag.",
        ],
        dates=[dat("31 oktober 2027", "2027-10-31"), dat("hösten", "2027"), dat("12 mars", "2027-03-12")],
    ),
    item(
        5,
        "5. Verksamhetsplan och budget 2028",
        "Verksamhetsplan och budget 2028",
        persons=[per("Karl-Johan Rydén"), per("Sara Kazemi"), per("Niklas Brandt")],
        orgs=[
            org(SK, SK, "association"),
            org("Skånes kommuners styrelse", "Skånes kommuners styrelse", "other"),
        ],
        topics=["verksamhetsplan", "budget 2028", "medlemsavgift", "kompetensförsörjning"],
        decisions=[
            "Nätverket tillstyrkte förslaget med den ändringen att kompetensförsörjning lyfts fram som ett prioriterat område."
        ],
        follow_ups=["Förslaget behandlas av Skånes kommuners styrelse den 26 mars 2027."],
        bdec=[
            "Medlemsavgiften föreslås räknas upp med 2,5 procent.",
            "Sara Kazemi och Niklas Brandt efterfrågade en tydligare prioritering av förbundets uppdrag inom kompetensförsörjning.",
        ],
        dates=[dat("2028", "2028"), dat("26 mars 2027", "2027-03-26")],
    ),
    item(
        6,
        "6. Övriga frågor och nästa möte",
        "Övriga frågor och nästa möte",
        persons=[per("Cecilia Holm"), per("Jens Aronsson")],
        orgs=[
            org("Ystads kommun", "Ystad", "municipality"),
            org("Sveriges Kommuner och Regioners", SKR, "association"),
            org("Hässleholm", "Hässleholm", "municipality"),
        ],
        munis=["Ystad", "Hässleholm"],
        topics=["landsbygdsutveckling", "upphandling av tolktjänster", "nästa möte"],
        follow_ups=[
            "Frågan återkommer på nästa möte.",
            "Nästa möte hålls fredag 12 mars 2027 kl. 09.00–12.00 i Hässleholm.",
        ],
        bfol=[
            "Cecilia Holm informerade om att Ystads kommun är värd för Sveriges Kommuner och Regioners konferens om landsbygdsutveckling i juni."
        ],
        dates=[dat("juni", "2027-06"), dat("12 mars 2027", "2027-03-12")],
    ),
]

write(
    "skane_kommundirektorer_spalter.txt",
    "Skånes kommuner, kommundirektörsnätverket",
    "2027-02-05",
    ["Datum: fredag 5 februari 2027"],
    present,
    absent,
    recorded_by,
    items,
    item_end="Vid anteckningarna",
    item_start="Maria Ekwall, Simrishamn",
)
