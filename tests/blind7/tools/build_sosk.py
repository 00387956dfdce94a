# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: sosk_kommundirektorer_pdf.txt → gold/sosk_kommundirektorer_pdf.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RS = "Region Skåne"
SOSK = "Sydöstra Skånes samarbetskommitté"
SELF = "Sydöstra Skånes samarbetskommitté, kommundirektörsgruppen"
FK = "Försäkringskassan"

# PDF text: attendance grouped under organisation headings, each person indented below as
# "Role Name (§ 4)"; "(ordförande)"/"(sekreterare)" are function markers, not notes.
present = [
    att("Jenny Persson", "Simrishamns kommun", "Simrishamn", "Kommundirektör"),
    att("Thomas Holm", "Sjöbo kommun", "Sjöbo", "Kommundirektör"),
    att("Åsa Lund", "Sjöbo kommun", "Sjöbo", "Utvecklingschef", "(§ 4)", [4]),
    att("Niklas Persson", "Tomelilla kommun", "Tomelilla", "Kommundirektör"),
    att("Gunilla Wester", "Ystads kommun", "Ystad", "Kommundirektör"),
    att("Linda Mårtensson", "Ystads kommun", "Ystad", "Samordnare"),
    att("Cecilia Wallgren", RS, RS, "Avdelningschef", "(§ 3)", [3], canon="Cecilia Wahlgren"),
    att("Ola Tengvall", FK, FK, "Samverkansansvarig", "(§ 4)", [4]),
]
absent = [att("Olle Bengtsson", "Skurups kommun", "Skurup", "Kommundirektör")]
recorded_by = {"name": "Linda Mårtensson", "canonical_name": "Linda Mårtensson", "role": "Samordnare"}

items = [
    item(
        1,
        "§ 1   Mötets öppnande och föregående anteckningar",
        "Mötets öppnande och föregående anteckningar",
        persons=[per("Jenny Persson"), per("Niklas Persson")],
        topics=["mötets öppnande", "föregående anteckningar", "justering"],
        decisions=[
            "Minnesanteckningarna från den 11 december 2026 godkändes.",
            "Niklas Persson utsågs att justera dagens anteckningar.",
        ],
        dates=[dat("11 december 2026", "2026-12-11")],
    ),
    item(
        2,
        "§ 2   Ystad–Österlenbanan och det regionala tågtrafikutbudet",
        "Ystad–Österlenbanan och det regionala tågtrafikutbudet",
        persons=[per("Gunilla Wester"), per("Jenny Persson")],
        orgs=[
            org("Skånetrafiken", "Skånetrafiken", "region"),
            org("Ystad", "Ystad", "municipality"),
            org("Simrishamn", "Simrishamn", "municipality", "Simrishamns"),
            org("Tomelillas", "Tomelilla", "municipality"),
            org("Kommundirektörsgruppen", SELF, "network"),
            org("SÖSK:s politiska samarbetskommitté", SOSK, "network", "SÖSK:s", "samarbetskommitténs"),
            org("Region Skånes kollektivtrafiknämnd", "Region Skånes kollektivtrafiknämnd", "region"),
            org("Trafikverket", "Trafikverket", "national_agency"),
        ],
        munis=["Ystad", "Simrishamn", "Tomelilla"],
        topics=["Österlenbanan", "tågtrafik", "kollektivtrafik", "gemensamt skrivande"],
        decisions=[
            "Kommundirektörsgruppen beslutade att föreslå SÖSK:s politiska samarbetskommitté ett gemensamt skrivande till Region Skånes kollektivtrafiknämnd."
        ],
        follow_ups=[
            "Gunilla Wester och Jenny Persson skriver ett utkast till samarbetskommitténs möte den 26 februari."
        ],
        bfol=[
            "Skånetrafiken planerar att glesa ut turerna på Österlenbanan mellan Ystad och Simrishamn kvällstid från och med december 2027.",
            # the Trafikverket sentence is cut by the page break; its tail is marked so the whole is "don't care"
            "kapacitetsutredningen för Ystadbanan under våren.",
        ],
        dates=[
            dat("27 januari", "2027-01-27"),
            dat("december 2027", "2027-12"),
            dat("26 februari", "2027-02-26"),
            dat("våren", "2027"),
        ],
    ),
    item(
        3,
        "§ 3   Regional utvecklingsstrategi – Skånes näringslivsprogram",
        "Regional utvecklingsstrategi – Skånes näringslivsprogram",
        persons=[
            per("Cecilia Wallgren", canon="Cecilia Wahlgren"),
            per("Åsa Lund"),
            per("Thomas Holm"),
        ],
        orgs=[
            org("Skånes näringslivsprogram", "Region Skånes näringslivsprogram", "programme"),
            org("Region Skånes", RS, "region", "Region Skåne"),
            org("Sjöbos", "Sjöbo", "municipality"),
            org("Skurups", "Skurup", "municipality"),
            org("Lunds universitet", "Lunds universitet", "other"),
            org("SLU Alnarp", "Sveriges lantbruksuniversitet, Alnarp", "other"),
            org("Business Sweden", "Business Sweden", "other"),
            org("SÖSK-kommunerna", SOSK, "network"),
        ],
        munis=["Sjöbo", "Skurup"],
        topics=[
            "näringslivsprogram",
            "regional utveckling",
            "besöksnäring",
            "livsmedelsnäring",
            "landsbygdsföretag",
        ],
        follow_ups=[
            "Cecilia Wallgren återkommer med ett förslag till workshop för SÖSK-kommunerna i april.",
            "Åsa Lund och Thomas Holm tar fram ett gemensamt inspel till programmet senast den 15 mars.",
        ],
        bdec=[
            "Sjöbos och Skurups landsbygdsföretag behöver bättre tillgång till rådgivning.",
            "Det är viktigt att Lunds universitet och SLU Alnarp kopplas till programmet.",
            "Region Skåne bör samordna sig med Business Sweden i exportfrågor.",
        ],
        dates=[dat("april", "2027-04"), dat("15 mars", "2027-03-15")],
    ),
    item(
        4,
        "§ 4   Samverkan med Försäkringskassan – sjukskrivningar och arbetsmarknad",
        "Samverkan med Försäkringskassan – sjukskrivningar och arbetsmarknad",
        persons=[per("Ola Tengvall"), per("Åsa Lund", also=["Åsa"])],
        orgs=[
            org(FK, FK, "national_agency", "Försäkringskassans"),
            org("Ystads", "Ystad", "municipality"),
            org("Tomelillas", "Tomelilla", "municipality"),
            org("Sjöbos", "Sjöbo", "municipality"),
        ],
        munis=["Ystad", "Tomelilla", "Sjöbo"],
        topics=["sjukskrivningar", "rehabilitering", "HR-nätverk", "samverkan med Försäkringskassan"],
        decisions=[
            "Gruppen var överens om att ta fram ett gemensamt HR-nätverk för rehabiliteringsfrågor med stöd av Försäkringskassan."
        ],
        follow_ups=["Åsa leder arbetet det första året."],
        bfol=["Det lokala samordningsförbundet kan eventuellt bidra med finansiering."],
    ),
    item(
        5,
        "§ 5   Övriga frågor",
        "Övriga frågor",
        persons=[per("Thomas Holm"), per("Linda Mårtensson")],
        orgs=[
            org("Länsstyrelsen Skåne", "Länsstyrelsen i Skåne län", "county_administrative_board"),
            org("Malmö", "Malmö", "municipality"),
            org("Skurup", "Skurup", "municipality"),
        ],
        munis=["Skurup"],
        topics=["klimatanpassning", "konferens", "nästa möte"],
        follow_ups=[
            "Linda Mårtensson skickar ut inbjudan till gruppen.",
            "Nästa möte: fredagen den 12 mars 2027 i Skurup.",
        ],
        bfol=[
            "Thomas Holm informerade om att Länsstyrelsen Skåne bjuder in till en konferens om klimatanpassning den 18–19 mars i Malmö."
        ],
        dates=[dat("18–19 mars", "2027-03-18/2027-03-19"), dat("12 mars 2027", "2027-03-12")],
    ),
]

write(
    "sosk_kommundirektorer_pdf.txt",
    "Sydöstra Skånes samarbetskommitté, kommundirektörsgruppen",
    "2027-02-05",
    ["Fredagen den 5 februari 2027", "2027-02-05"],
    present,
    absent,
    recorded_by,
    items,
    item_end="Vid anteckningarna",
)
