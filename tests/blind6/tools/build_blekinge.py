# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: blekinge_kommunchefer_punkt.txt → gold/blekinge_kommunchefer_punkt.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RB = "Region Blekinge"
LST = "Länsstyrelsen i Blekinge län"

# Two-column "Kommun: Namn" pairs per line; "Body: Name, role (p 2)" lines below them.
present = [
    att("Mats Lindgren", "Karlskrona", "Karlskrona"),
    att("Eva Thörn", "Ronneby", "Ronneby"),
    att("Johan Persson", "Karlshamn", "Karlshamn"),
    att("Peter Åberg", "Olofström", "Olofström"),
    att("Lena Frisk", RB, RB, "regiondirektör"),
    att("Henrik Nyman", RB, RB, "utvecklingsstrateg"),
    att("Kristina Åberg", LST, LST, "beredskapsdirektör", "(p 2)", [2]),
]
absent = [att("Annika Holm", "Sölvesborg", "Sölvesborg")]
recorded_by = {"name": "Henrik Nyman", "canonical_name": "Henrik Nyman", "role": None}

items = [
    item(
        1,
        "Punkt 1) Mötets öppnande och föregående anteckningar",
        "Mötets öppnande och föregående anteckningar",
        persons=[per("Lena Frisk")],
        munis=["Sölvesborg"],
        topics=["mötets öppnande", "föregående anteckningar"],
        decisions=["Anteckningarna från mötet den 23 oktober godkändes utan ändringar."],
        dates=[dat("23 oktober", "2026-10-23")],
    ),
    item(
        2,
        "Punkt 2) Länsstyrelsens arbete med civilt försvar",
        "Länsstyrelsens arbete med civilt försvar",
        persons=[per("Kristina Åberg"), per("Mats Lindgren")],
        orgs=[
            org("Länsstyrelsens", LST, "county_administrative_board", "Länsstyrelsen"),
            org("Myndigheten för civilt försvar", "Myndigheten för civilt försvar", "national_agency"),
            org("Marinbasen", "Marinbasen", "other"),
        ],
        munis=["Karlskrona"],
        topics=["civilt försvar", "krisberedskap", "övning", "skyddsrum", "krigsorganisation"],
        decisions=["Gruppen enades om att utse en kontaktperson per kommun för övningen."],
        follow_ups=["Kommunerna meddelar namnen till Länsstyrelsen senast den 18 december."],
        bfol=[
            "Kristina Åberg presenterade Länsstyrelsens uppdrag inom civilt försvar och den regionala övningen Blekingeskydd som genomförs 14–15 april 2027.",
            "Alla kommuner förväntas delta med sina krisledningsorgan.",
        ],
        dates=[dat("14–15 april 2027", "2027-04-14/2027-04-15"), dat("18 december", "2026-12-18")],
        urls=["https://www.mcf.se/kommuner"],
    ),
    item(
        3,
        "Punkt 3) Kompetensförsörjning i vård och omsorg",
        "Kompetensförsörjning i vård och omsorg",
        persons=[per("Eva Thörn"), per("Johan Persson"), per("Lena Frisk")],
        orgs=[
            org("Blekinge Tekniska Högskola", "Blekinge Tekniska Högskola", "other"),
            org(RB, RB, "region"),
            org("Europeiska socialfonden+", "Europeiska socialfonden+", "programme"),
        ],
        munis=["Ronneby", "Karlshamn"],
        topics=["kompetensförsörjning", "vård och omsorg", "undersköterskor", "validering", "ESF-ansökan"],
        decisions=[
            "Kommuncheferna ställde sig bakom att Region Blekinge samordnar en ansökan till Europeiska socialfonden+."
        ],
        follow_ups=["Lena Frisk återkommer med ett förslag till projektplan till mötet den 29 januari."],
        dates=[dat("2030", "2030"), dat("29 januari", "2027-01-29")],
    ),
    item(
        4,
        "Punkt 4) Regional utvecklingsstrategi – remiss",
        "Regional utvecklingsstrategi – remiss",
        persons=[per("Lena Frisk"), per("Peter Åberg"), per("Mats Lindgren")],
        orgs=[
            org(RB, RB, "region"),
            org("Regionfullmäktige", "Region Blekinges regionfullmäktige", "region"),
        ],
        munis=["Olofström"],
        topics=["regional utvecklingsstrategi", "remiss", "infrastruktur", "bostadsförsörjning"],
        decisions=["Gruppen beslutade att ta fram ett gemensamt remissvar från de fem kommunerna."],
        follow_ups=[
            "Mats Lindgren och Peter Åberg sammanställer ett utkast till mötet i januari.",
            "Regionfullmäktige fattar beslut om strategin i juni 2027.",
        ],
        bdec=[
            "Lena Frisk betonade att kommunernas synpunkter på infrastruktur och bostadsförsörjning är särskilt viktiga."
        ],
        bfol=[
            "Region Blekinge har skickat förslaget till ny regional utvecklingsstrategi på remiss med svar senast den 26 februari 2027."
        ],
        dates=[
            dat("26 februari 2027", "2027-02-26"),
            dat("januari", "2027-01"),
            dat("juni 2027", "2027-06"),
        ],
    ),
    item(
        5,
        "Punkt 5) Övriga frågor",
        "Övriga frågor",
        persons=[per("Johan Persson")],
        orgs=[
            org("Sveriges Kommuner och Regioner", "Sveriges Kommuner och Regioner", "association"),
            org("Stockholm", "Stockholm", "municipality"),
        ],
        munis=["Ronneby"],
        topics=["kommundirektörsdagar", "nästa möte"],
        follow_ups=["Nästa möte hålls den 29 januari 2027 i Ronneby."],
        bfol=[
            "Johan Persson informerade om att Sveriges Kommuner och Regioner bjuder in till kommundirektörsdagar i Stockholm den 3–4 mars 2027."
        ],
        dates=[dat("3–4 mars 2027", "2027-03-03/2027-03-04"), dat("29 januari 2027", "2027-01-29")],
    ),
]

write(
    "blekinge_kommunchefer_punkt.txt",
    "Blekinge kommunchefsgrupp",
    "2026-11-27",
    ["Minnesanteckningar, fredag 27 november 2026"],
    present,
    absent,
    recorded_by,
    items,
    item_end="Vid anteckningarna",
    item_start="\nAnteckningar\n",
)
