# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: kronoberg_kommundirektorer_beslut.txt → gold/kronoberg_kommundirektorer_beslut.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RK = "Region Kronoberg"
LST = "Länsstyrelsen i Kronobergs län"

# Items are "Beslut N: Title"; attendance is a prose "Närvaro" paragraph AFTER the items:
# "kommundirektörerna A (Ort), …", "från Region Kronoberg regiondirektör X och samordnare Y, som också
# förde anteckningarna" (role before the name), guests "Name, role i Body, deltog under beslut 2".
present = [
    att("Karin Björk", "Växjö", "Växjö"),
    att("Magnus Strand", "Ljungby", "Ljungby"),
    att("Helena Berg", "Älmhult", "Älmhult"),
    att("Tomas Lund", "Alvesta", "Alvesta"),
    att("Ulrika Sjö", "Tingsryd", "Tingsryd"),
    att("Per Strand", "Uppvidinge", "Uppvidinge"),
    att("Lotta Rosén", "Markaryd", "Markaryd"),
    att("Jonas Håkansson", RK, RK, "regiondirektör"),
    att("Mikael Ek", RK, RK, "samordnare"),
    att("Anders Wiklund", "Ljungby kommun", "Ljungby", "upphandlingschef", "under beslut 2", [2]),
    att("Sara Lindqvist", "Linköpings kommun", "Linköping", "digitaliseringschef", "under beslut 3", [3]),
]
absent = [att("Eva Lindberg", "Lessebo", "Lessebo")]
recorded_by = {"name": "Mikael Ek", "canonical_name": "Mikael Ek", "role": "samordnare"}

items = [
    item(
        1,
        "Beslut 1: Föregående anteckningar",
        "Föregående anteckningar",
        topics=["föregående anteckningar"],
        decisions=["Anteckningarna från mötet den 6 november lades till handlingarna."],
        dates=[dat("6 november", "2026-11-06")],
    ),
    item(
        2,
        "Beslut 2: Gemensam upphandling av larmmottagning",
        "Gemensam upphandling av larmmottagning",
        persons=[per("Anders Wiklund")],
        orgs=[
            org("Adda Inköpscentral", "Adda Inköpscentral", "company"),
            org("Växjö kommun", "Växjö", "municipality"),
        ],
        munis=["Växjö"],
        topics=["upphandling", "trygghetslarm", "larmmottagning", "samverkan"],
        decisions=["Nätverket beslutade att Växjö kommun genomför upphandlingen för samtliga åtta kommuner."],
        follow_ups=["Varje kommun skickar sina behov till Anders Wiklund senast den 15 januari."],
        dates=[dat("2027", "2027"), dat("2028", "2028"), dat("15 januari", "2027-01-15")],
    ),
    item(
        3,
        "Beslut 3: Erfarenhetsutbyte om AI i handläggningen",
        "Erfarenhetsutbyte om AI i handläggningen",
        persons=[per("Sara Lindqvist"), per("Helena Berg")],
        orgs=[
            # a non-member town: an organisation of kind municipality, not a member municipality
            org("Linköpings", "Linköping", "municipality"),
            org("Linnéuniversitetet", "Linnéuniversitetet", "other"),
            org(RK, RK, "region"),
        ],
        munis=["Älmhult", "Markaryd"],
        topics=["AI", "bygglov", "digitalisering", "rekrytering", "erfarenhetsutbyte"],
        decisions=[
            "Kommundirektörerna var överens om att starta ett gemensamt nätverk för AI-frågor under våren 2027."
        ],
        follow_ups=["Region Kronoberg kallar till ett första möte i februari."],
        bdec=["Helena Berg framhöll att Älmhult och Markaryd har svårt att rekrytera bygglovshandläggare."],
        dates=[dat("oktober", "2026-10"), dat("våren 2027", "2027"), dat("februari", "2027-02")],
        urls=["https://www.linkoping.se/ai-bygglov"],
    ),
    item(
        4,
        "Beslut 4: Nätverkets verksamhetsplan 2027",
        "Nätverkets verksamhetsplan 2027",
        persons=[per("Mikael Ek"), per("Tomas Lund")],
        orgs=[org(LST, LST, "county_administrative_board")],
        topics=["verksamhetsplan", "kompetensförsörjning", "digitalisering", "civilt försvar"],
        decisions=["Verksamhetsplanen för 2027 fastställdes med tillägget om civilt försvar."],
        follow_ups=["Tomas Lund tar fram en mall för kommunernas lägesrapporter till mötet den 12 mars."],
        bdec=[
            "Länsstyrelsen i Kronobergs län har önskat en stående punkt om civilt försvar på varannan dagordning."
        ],
        dates=[dat("2027", "2027"), dat("12 mars", "2027-03-12")],
    ),
    item(
        5,
        "Beslut 5: Mötesplan för 2027",
        "Mötesplan för 2027",
        munis=["Älmhult", "Växjö"],
        topics=["mötesplan", "nästa möte"],
        decisions=["Mötesplanen godkändes."],
        follow_ups=[
            "Nätverket träffas 29 januari, 12 mars, 7 maj och 11 juni 2027, alltid kl. 9–12.",
            "Mötet den 12 mars hålls i Älmhult och övriga möten i Växjö.",
        ],
        dates=[
            dat("2027", "2027"),
            dat("29 januari", "2027-01-29"),
            dat("12 mars", "2027-03-12"),
            dat("7 maj", "2027-05-07"),
            dat("11 juni 2027", "2027-06-11"),
        ],
    ),
]

write(
    "kronoberg_kommundirektorer_beslut.txt",
    "Kommundirektörsnätverket i Kronobergs län",
    "2026-12-04",
    ["Beslutsanteckningar från mötet den 4 december 2026"],
    present,
    absent,
    recorded_by,
    items,
    item_end="\nNärvaro\n",
)
