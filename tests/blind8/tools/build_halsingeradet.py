# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: halsingeradet_kommunchefer_versaler.txt → gold/halsingeradet_kommunchefer_versaler.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

HR = "Hälsingerådet"
RG = "Region Gävleborg"
TRV = "Trafikverket"
SKR = "Sveriges Kommuner och Regioner"
HUF = "Hälsinglands Utbildningsförbund"
LST = "Länsstyrelsen i Gävleborgs län"

# Role FIRST ("Kommunchef Per Nyberg, Ljusdal"): role = the title as written; groups Ledamöter,
# Adjungerade, Gäster and Sekreterare are all present; "(ordförande)" is a function marker;
# "(digitalt)" is a note with no item restriction; "(under punkten Kompetensförsörjning)" is a note
# naming the UNNUMBERED item 3 (items are numbered 1–6 in order of appearance).
present = [
    att("Per Nyberg", "Ljusdal", "Ljusdal", "Kommunchef"),
    att("Anneli Hedman", "Hudiksvall", "Hudiksvall", "Kommundirektör"),
    att("Thomas Wallin", "Söderhamn", "Söderhamn", "Kommundirektör"),
    att("Eva-Lena Strand", "Ovanåker", "Ovanåker", "Kommunchef"),
    att("Jonny Back", "Nordanstig", "Nordanstig", "Tf. kommunchef"),
    att("Sara Nyberg", RG, RG, "Regionutvecklare"),
    att("Mats Eklund", HUF, HUF, "Förbundschef"),
    att("Lena Åhman-Berg", SKR, SKR, "Handläggare", "(under punkten Kompetensförsörjning)", [3]),
    att("Johan Rask", TRV, TRV, "Planeringschef", "(digitalt)"),
    att("Kristina Olofsson", HR, HR, "Samordnare"),
]
absent = [att("Maria Grahn", "Bollnäs", "Bollnäs", "Kommundirektör")]
recorded_by = {"name": "Kristina Olofsson", "canonical_name": "Kristina Olofsson", "role": "Samordnare"}

items = [
    item(
        1,
        "FÖREGÅENDE ANTECKNINGAR",
        "FÖREGÅENDE ANTECKNINGAR",
        persons=[per("Per Nyberg")],
        orgs=[org("Bollnäs", "Bollnäs", "municipality")],
        munis=["Bollnäs"],
        topics=["föregående anteckningar", "förhinder"],
        decisions=["Anteckningarna från mötet den 4 november godkändes."],
        dates=[dat("4 november", "2026-11-04")],
    ),
    item(
        2,
        "INFRASTRUKTUR – OSTKUSTBANAN",
        "INFRASTRUKTUR – OSTKUSTBANAN",
        persons=[
            per("Johan Rask", also=["Johan"]),
            per("Thomas Wallin"),
            per("Anneli Hedman"),
            per("Kristina", canon="Kristina Olofsson"),
        ],
        orgs=[
            org(TRV, TRV, "national_agency"),
            # end points of the railway: towns outside the network (kind municipality, not members)
            org("Gävle", "Gävle", "municipality"),
            org("Sundsvall", "Sundsvall", "municipality"),
            org("Söderhamns", "Söderhamn", "municipality"),
            org("Hudiksvalls", "Hudiksvall", "municipality", "Hudiksvall"),
            org(RG, RG, "region"),
        ],
        munis=["Söderhamn", "Hudiksvall"],
        topics=["Ostkustbanan", "dubbelspår", "järnvägsplan", "stationslägen", "yttrande"],
        decisions=[
            "Gruppen ställde sig bakom ett gemensamt yttrande från Hälsingekommunerna om stationslägena."
        ],
        follow_ups=[
            "Thomas Wallin och Anneli Hedman skriver ett förslag till yttrande, som skickas till Kristina senast den 15 januari.",
            "Region Gävleborg tar upp frågan i sitt nästa möte med Trafikverket.",
        ],
        bfol=[
            "Järnvägsplanen för delen Stegskogen–Enånger ställs ut för granskning under våren 2027.",
            "Johan påminde om att Trafikverket håller ett öppet samrådsmöte i Hudiksvall den 10 februari 2027.",
        ],
        dates=[
            dat("våren 2027", "2027"),
            dat("15 januari", "2027-01-15"),
            dat("10 februari 2027", "2027-02-10"),
        ],
    ),
    item(
        3,
        "KOMPETENSFÖRSÖRJNING",
        "KOMPETENSFÖRSÖRJNING",
        persons=[
            per("Lena Åhman-Berg"),
            per("Anneli", canon="Anneli Hedman"),
            per("Mats Eklund"),
            per("Sara Nyberg"),
        ],
        orgs=[
            org("SKR:s", SKR, "association"),
            org("Hudiksvalls kommun", "Hudiksvall", "municipality"),
            org("Högskolan i Gävle", "Högskolan i Gävle", "other"),
            org(HUF, HUF, "municipal_federation"),
            org("Ljusdal", "Ljusdal", "municipality"),
            org("Region Gävleborgs", RG, "region"),
            org("Bollnäs kommun", "Bollnäs", "municipality"),
        ],
        munis=["Hudiksvall", "Ljusdal", "Bollnäs"],
        topics=[
            "kompetensförsörjning",
            "välfärd",
            "omställningsmedel",
            "undersköterskeutbildning",
            "gemensam ansökan",
        ],
        decisions=[
            "Kommuncheferna var överens om att göra en gemensam ansökan för de sex Hälsingekommunerna."
        ],
        follow_ups=["Sara Nyberg sammankallar en arbetsgrupp med HR-cheferna i januari."],
        bdec=[
            "Sara Nyberg framhöll att Region Gävleborgs kompetensplattform kan samordna kommunernas ansökningar.",
            "Det vore önskvärt att även Bollnäs kommun deltar i arbetsgruppen från början.",
        ],
        bfol=[
            "Mats Eklund berättade att Hälsinglands Utbildningsförbund planerar en ny vård- och omsorgsutbildning för vuxna i Ljusdal."
        ],
        dates=[dat("2027", "2027"), dat("januari", "2027-01")],
    ),
    item(
        4,
        "GEMENSAM ÖVERFÖRMYNDARNÄMND",
        "GEMENSAM ÖVERFÖRMYNDARNÄMND",
        persons=[per("Eva-Lena Strand"), per("Jonny Back")],
        orgs=[
            org("Ovanåker", "Ovanåker", "municipality"),
            org("Nordanstig", "Nordanstig", "municipality", "Nordanstigs kommun"),
            org("Ljusdal", "Ljusdal", "municipality"),
        ],
        munis=["Ovanåker", "Nordanstig", "Ljusdal"],
        topics=["överförmyndarnämnd", "gemensam nämnd", "värdkommun", "utredning"],
        decisions=["Ärendet bordlades till gruppens möte i mars."],
        follow_ups=["Eva-Lena Strand kompletterar utredningen med en kostnadsjämförelse till dess."],
        bdec=["Jonny Back meddelade att Nordanstigs kommun vill avvakta till efter sommaren."],
        dates=[dat("sommaren", "2027"), dat("mars", "2027-03")],
    ),
    item(
        5,
        "CIVILT FÖRSVAR OCH KRISBEREDSKAP",
        "CIVILT FÖRSVAR OCH KRISBEREDSKAP",
        persons=[per("Per Nyberg"), per("Thomas Wallin"), per("Anneli Hedman")],
        orgs=[
            org("Länsstyrelsen i Gävleborgs läns", LST, "county_administrative_board", "Länsstyrelsen"),
            org("Söderhamn", "Söderhamn", "municipality"),
        ],
        munis=["Söderhamn"],
        topics=["civilt försvar", "krisberedskap", "nödvatten", "trygghetspunkter", "beredskapssamordnare"],
        decisions=[
            "Kommuncheferna beslutade att beredskapssamordnarna i de sex kommunerna ska träffas regelbundet under 2027."
        ],
        follow_ups=["Anneli Hedman och Per Nyberg bjuder in Länsstyrelsen till gruppens möte i mars."],
        bdec=[
            "Länsstyrelsen vill att kommunerna i Hälsingland samordnar sin planering för nödvatten och trygghetspunkter."
        ],
        dates=[
            dat("november", "2026-11"),
            dat("hösten", "2026"),
            dat("2027", "2027"),
            dat("mars", "2027-03"),
        ],
    ),
    item(
        6,
        "ÖVRIGA FRÅGOR",
        "ÖVRIGA FRÅGOR",
        persons=[per("Kristina Olofsson")],
        orgs=[
            org("Hälsingerådets", HR, "network"),
            org("Söderhamn", "Söderhamn", "municipality"),
            org("Bollnäs", "Bollnäs", "municipality"),
        ],
        munis=["Söderhamn", "Bollnäs"],
        topics=["årsberättelse", "mötesplan", "nästa möte"],
        follow_ups=[
            "Gruppens nästa möte hålls onsdagen den 10 mars 2027 i Söderhamn.",
            "Hälsingerådets politiska möte äger rum den 24 mars 2027 i Bollnäs.",
        ],
        bfol=[
            "Kristina Olofsson påminde om att Hälsingerådets årsberättelse för 2026 ska vara klar i februari."
        ],
        dates=[
            dat("2026", "2026"),
            dat("februari", "2027-02"),
            dat("10 mars 2027", "2027-03-10"),
            dat("24 mars 2027", "2027-03-24"),
        ],
    ),
]

write(
    "halsingeradet_kommunchefer_versaler.txt",
    "Hälsingerådets kommunchefsgrupp",
    "2026-12-16",
    ["Möte onsdagen den 16 december 2026 kl. 13.00–16.00 i kommunhuset, Ljusdal"],
    present,
    absent,
    recorded_by,
    items,
    item_end="\nVid anteckningarna\n",
)
