# ruff: noqa
"""Hand annotation of blind set 36 (data only; build_gold.py writes and checks the JSON)."""

from __main__ import D, O, P, att, item  # type: ignore

SSSK = "Sydöstra Skånes Samarbetskommitté"
SK = "Skånes kommuner"
MSB = "Myndigheten för samhällsskydd och beredskap"
LSTS = "Länsstyrelsen i Skåne län"
RJH = "Region Jämtland Härjedalen"
LSTZ = "Länsstyrelsen i Jämtlands län"
RSNV = "Räddningstjänsten Skåne Nordväst"
DIR = "Räddningstjänsten Skåne Nordvästs direktion"
SELF = "the meeting body itself"


def muni(surface, short, other=()):
    return O(surface, short, "municipality", other)


A = {
    "document": "sydostra_skane_kommundirektorer_2025-02-07.txt",
    "meeting": {
        "body": "Sydöstra Skånes Samarbetskommitté, kommundirektörsgruppen",
        "date_estimate": "2025-02-07",
        "date_evidence": ["Datum: 2025-02-07"],
        "place": "Tomelilla kommunhus, sammanträdesrum Kniven",
    },
    "present": [
        att("Anna Bengtsson", "Ystads kommun", "Ystad", "kommundirektör"),
        att("Johan Persson", "Simrishamns kommun", "Simrishamn", "kommundirektör"),
        att("Karin Ek", "Tomelilla kommun", "Tomelilla", "kommundirektör"),
        att("Mats Olsson", "Sjöbo kommun", "Sjöbo", "tf. kommundirektör", "(ersättare för Lena Håkansson)"),
        att(
            "Petra Nilsson",
            "Skurups kommun",
            "Skurup",
            "kommundirektör",
            "(fr.o.m. punkt 3)",
            [3, 4, 5, 6, 7],
        ),
        att("Henrik Persson", SSSK, SSSK, "processledare"),
        att("Sara Lindgren", SK, SK, None, "(punkt 4)", [4]),
    ],
    "absent": [att("Lena Håkansson", "Sjöbo kommun", "Sjöbo", "kommundirektör")],
    "recorded_by": {"name": "Henrik Persson", "canonical_name": "Henrik Persson", "role": "processledare"},
    "items": [
        item(
            1,
            "Mötets öppnande och föregående anteckningar",
            "1. Mötets öppnande och föregående anteckningar",
            persons=[P("Anna Bengtsson", aff="Ystad")],
            topics=["mötets öppnande", "föregående anteckningar"],
            dec=["Anteckningarna från mötet den 13 december 2024 godkändes och lades till handlingarna."],
            dates=[D("13 december 2024", "2024-12-13")],
        ),
        item(
            2,
            "Ekonomiskt läge och budgetprocess 2026",
            "2. Ekonomiskt läge och budgetprocess 2026",
            persons=[
                P("Johan", "Johan Persson", "Simrishamn"),
                P("Karin", "Karin Ek", "Tomelilla"),
                P("Henrik Persson", aff=SSSK),
            ],
            orgs=[muni("Sjöbo", "Sjöbo")],
            munis=["Sjöbo"],
            topics=[
                "ekonomiskt läge",
                "budgetprocess",
                "ramuppräkning",
                "gemensamma verksamheter",
                "anställningsstopp",
            ],
            dec=[
                "Gruppen enades om att de fem kommunerna ska ge samma ramuppräkning till de gemensamma verksamheterna inför 2026."
            ],
            fu=[
                "Henrik Persson sammanställer ett underlag om de gemensamma verksamheternas kostnader till nästa möte."
            ],
            bdec=[
                "Johan och Karin lyfte att de gemensamma verksamheterna behöver hållas inom ramarna i budgetdirektiven för 2026."
            ],
            dates=[D("1 februari 2025", "2025-02-01"), D("2025", "2025"), D("2026", "2026")],
        ),
        item(
            3,
            "Ystad-Österlenregionens miljöförbund – översyn av förbundsordningen",
            "3. Ystad-Österlenregionens miljöförbund – översyn av förbundsordningen",
            persons=[P("Karin Ek", aff="Tomelilla"), P("Petra Nilsson", aff="Skurup")],
            orgs=[
                O(
                    "Ystad-Österlenregionens miljöförbund",
                    "Ystad-Österlenregionens miljöförbund",
                    "municipal_federation",
                ),
                O("förbundsdirektionen", "Ystad-Österlenregionens miljöförbunds direktion", "other"),
                muni("Ystad", "Ystad"),
                muni("Simrishamn", "Simrishamn"),
                muni("Tomelilla", "Tomelilla"),
                muni("Skurup", "Skurup"),
                muni("Sjöbo", "Sjöbo"),
            ],
            munis=["Ystad", "Simrishamn", "Tomelilla", "Skurup", "Sjöbo"],
            topics=["miljöförbund", "förbundsordning", "kostnadsfördelning", "livsmedelskontroll"],
            fu=[
                "Förbundsordningen väntas skickas på remiss till medlemskommunerna i april 2025.",
                "Kommundirektörerna i medlemskommunerna bereder remissvaret gemensamt.",
            ],
            dates=[D("april 2025", "2025-04")],
        ),
        item(
            4,
            "Civilt försvar – kommunernas krigsorganisation",
            "4. Civilt försvar – kommunernas krigsorganisation",
            persons=[
                P("Sara Lindgren", aff=SK, also=["Sara"]),
                P("Mats Olsson", aff="Sjöbo"),
                P("Henrik", "Henrik Persson", SSSK),
            ],
            orgs=[
                O("Skånes kommuner", SK, "association", ["Skånes kommuners"]),
                O("SKR", "Sveriges Kommuner och Regioner", "association"),
                O("MSB", MSB, "national_agency", ["Myndigheten för samhällsskydd och beredskap"]),
                O("Länsstyrelsen Skåne", LSTS, "county_administrative_board"),
                muni("Sjöbo", "Sjöbo"),
            ],
            munis=["Sjöbo"],
            topics=["civilt försvar", "krigsorganisation", "ledningsplatser", "reservkraft", "skyddsrum"],
            dec=[
                "Gruppen beslutade att ge beredskapssamordnarna i de fem kommunerna i uppdrag att ta fram en gemensam lägesbild till mötet den 11 april."
            ],
            fu=[
                "Sara skickar presentationen och länkar till Skånes kommuners stödmaterial till Henrik för vidarebefordran."
            ],
            bfu=[
                "Länsstyrelsen Skåne kommer under våren att genomföra regionala workshops om krigsorganisation och försörjningsberedskap."
            ],
            dates=[D("2024–2026", "2024/2026"), D("våren", "2025"), D("11 april", "2025-04-11")],
            urls=["https://skanekommuner.se/civilt-forsvar"],
            places=["sydöstra Skåne"],
        ),
        item(
            5,
            "Remiss: Trafikförsörjningsprogram för Skåne",
            "5. Remiss: Trafikförsörjningsprogram för Skåne",
            persons=[
                P("Anna Bengtsson", aff="Ystad"),
                P("Johan Persson", aff="Simrishamn"),
                P("Henrik Persson", aff=SSSK),
            ],
            orgs=[
                O("Region Skåne", "Region Skåne", "region"),
                O("SSSK", SSSK, "network", note=SELF),
                muni("Simrishamn", "Simrishamn"),
                muni("Tomelilla", "Tomelilla"),
            ],
            munis=["Simrishamn", "Tomelilla"],
            topics=[
                "trafikförsörjningsprogram",
                "kollektivtrafik",
                "remissvar",
                "Ystadbanan",
                "arbetspendling",
            ],
            dec=["Kommundirektörerna vill att ett gemensamt yttrande från SSSK tas fram."],
            fu=[
                "Henrik Persson tar fram ett utkast till yttrande som skickas till kommundirektörerna senast den 7 mars."
            ],
            bdec=[
                "Anna Bengtsson framhöll att Ystadbanan är avgörande för arbetspendlingen till Malmö och att kommunerna bör stå bakom ett gemensamt yttrande."
            ],
            dates=[D("28 mars 2025", "2025-03-28"), D("7 mars", "2025-03-07")],
            places=["Malmö", "Skåne"],
        ),
        item(
            6,
            "Övriga frågor",
            "6. Övriga frågor",
            persons=[P("Petra Nilsson", aff="Skurup"), P("Karin", "Karin Ek", "Tomelilla")],
            orgs=[
                muni("Skurups kommun", "Skurup"),
                muni("Tomelilla kommun", "Tomelilla"),
                muni("Simrishamn", "Simrishamn"),
            ],
            munis=["Skurup", "Tomelilla", "Simrishamn"],
            topics=["rekrytering ekonomichef", "chefsdag"],
            fu=["Karin påminde om Österlens kommunala chefsdag den 22 maj 2025 i Simrishamn."],
            bfu=["Anmälan sker till Tomelilla kommun."],
            dates=[D("22 maj 2025", "2025-05-22")],
        ),
        item(
            7,
            "Nästa möte",
            "7. Nästa möte",
            orgs=[muni("Skurup", "Skurup")],
            munis=["Skurup"],
            topics=["nästa möte"],
            fu=["Nästa möte hålls den 11 april 2025 kl. 09.00–12.00 i Skurup."],
            dates=[D("11 april 2025", "2025-04-11")],
        ),
    ],
}

B = {
    "document": "rjh_folkhalsonatverk_minnesanteckningar_2025-03-12.txt",
    "meeting": {
        "body": "Länsgemensamt folkhälsonätverk, Region Jämtland Härjedalen",
        "date_estimate": "2025-03-12",
        "date_evidence": ["2025-03-12", "Onsdag 12 mars 2025"],
        "place": "Regionens hus, Kyrkgatan 12, Östersund",
    },
    "present": [
        att("Ingrid Sjödin", RJH, RJH, "ordförande"),
        att("Per Jonsson", RJH, RJH, "Folkhälsostrateg"),
        att("Eva Jonsson", "Krokoms kommun", "Krokom"),
        att("Lars Mattsson", "Östersunds kommun", "Östersund"),
        att("Annika Holm", "Östersunds kommun", "Östersund"),
        att("Maria Wikström", "Strömsunds kommun", "Strömsund"),
        att("Emil Berglund", "Bergs kommun", "Berg"),
        att("Therese Lund", "Härjedalens kommun", "Härjedalen", None, "(digitalt)"),
        att("Jonas Strand", "Åre kommun", "Åre"),
        att("Linnea Dahl", "Bräcke kommun", "Bräcke", None, "ersätter Kristina Nord"),
        att("Hanna Ek", "Länsstyrelsen Jämtlands län", LSTZ, None, "(punkt 1–3)", [1, 2, 3]),
    ],
    "absent": [
        att("Kristina Nord", "Bräcke kommun", "Bräcke"),
        att("Oskar Lindh", "Ragunda kommun", "Ragunda"),
    ],
    "recorded_by": {"name": "Per Jonsson", "canonical_name": "Per Jonsson", "role": "Folkhälsostrateg"},
    "items": [
        item(
            1,
            "Inledning och föregående minnesanteckningar",
            "1. Inledning och föregående minnesanteckningar",
            persons=[P("Ingrid", "Ingrid Sjödin", RJH)],
            topics=["inledning", "föregående minnesanteckningar"],
            dec=[
                "Föregående minnesanteckningar från den 20 november 2024 gicks igenom och lades till handlingarna."
            ],
            dates=[D("20 november 2024", "2024-11-20")],
        ),
        item(
            2,
            "Regional folkhälsostrategi – uppföljning",
            "2. Regional folkhälsostrategi – uppföljning",
            persons=[P("Per Jonsson", aff=RJH, also=["Per"])],
            orgs=[
                O("Regionala folkhälsorådet", "Regionala folkhälsorådet", "other"),
                muni("Härjedalen", "Härjedalen"),
                muni("Strömsund", "Strömsund"),
            ],
            munis=["Härjedalen", "Strömsund"],
            topics=[
                "folkhälsostrategi",
                "uppföljning",
                "indikatorer",
                "ensamhet bland unga",
                "folkhälsoplaner",
            ],
            dec=[
                "Nätverket ställer sig bakom att uppföljningen redovisas för Regionala folkhälsorådet den 15 maj 2025."
            ],
            fu=["Kommunerna skickar in sina synpunkter på indikatorerna till Per senast den 4 april."],
            dates=[D("2022", "2022"), D("15 maj 2025", "2025-05-15"), D("4 april", "2025-04-04")],
            places=["Jämtlands län"],
        ),
        item(
            3,
            "ANDTS och spelprevention",
            "3. ANDTS och spelprevention",
            persons=[P("Hanna Ek", aff=LSTZ, also=["Hanna"]), P("Eva Jonsson", aff="Krokom")],
            orgs=[
                O(
                    "Länsstyrelsen Jämtlands län",
                    LSTZ,
                    "county_administrative_board",
                    ["länsstyrelsens", "Länsstyrelsen"],
                ),
                O("Folkhälsomyndigheten", "Folkhälsomyndigheten", "national_agency"),
                muni("Krokom", "Krokom"),
            ],
            munis=["Krokom"],
            topics=["ANDTS", "spelprevention", "alkohol- och narkotikaprevention", "länskonferens"],
            fu=[
                "Länsstyrelsen planerar en länskonferens om alkohol- och narkotikaprevention i oktober 2025.",
                "Hanna skickar inbjudan till länskonferensen när datum är fastställt.",
            ],
            dates=[D("2022–2025", "2022/2025"), D("oktober 2025", "2025-10")],
        ),
        item(
            4,
            "Suicidprevention",
            "4. Suicidprevention",
            persons=[P("Annika Holm", aff="Östersund")],
            orgs=[
                muni("Östersunds kommun", "Östersund", ["Östersund"]),
                O("Region Jämtland Härjedalens psykiatri", RJH, "region"),
                O("Mind", "Mind", "association"),
                muni("Åre", "Åre"),
                muni("Krokom", "Krokom"),
            ],
            munis=["Östersund", "Åre", "Krokom"],
            topics=["suicidprevention", "handlingsplan", "Första hjälpen till psykisk hälsa", "arbetsgrupp"],
            dec=[
                "Nätverket beslutar att bilda en arbetsgrupp för suicidprevention med representanter från Östersund, Åre och Krokom."
            ],
            fu=["Annika Holm sammankallar arbetsgruppen till ett första möte före sommaren."],
            bdec=[
                "Nätverket betonade vikten av att arbetet samordnas med Region Jämtland Härjedalens psykiatri och med Mind."
            ],
            dates=[D("2024", "2024")],
        ),
        item(
            5,
            "Social hållbarhet i Agenda 2030-arbetet",
            "5. Social hållbarhet i Agenda 2030-arbetet",
            persons=[
                P("Lars Mattsson", aff="Östersund"),
                P("Jonas Strand", aff="Åre"),
                P("Maria Wikström", aff="Strömsund"),
                P("Ingrid Sjödin", aff=RJH),
            ],
            orgs=[
                muni("Östersunds kommuns", "Östersund"),
                muni("Åre", "Åre"),
                muni("Strömsund", "Strömsund"),
                O("SKR:s nätverk för social hållbarhet", "SKR:s nätverk för social hållbarhet", "network"),
                O("SKR", "Sveriges Kommuner och Regioner", "association", ["SKR:s"]),
                O("Agenda 2030", "Agenda 2030", "programme"),
            ],
            munis=["Östersund", "Åre", "Strömsund"],
            topics=["social hållbarhet", "Agenda 2030", "hållbarhetsindikatorer", "erfarenhetsutbyte"],
            fu=["Ingrid Sjödin kontaktar SKR inför höstens första möte."],
            bfu=[
                "Det framkom önskemål om att SKR:s nätverk för social hållbarhet bjuds in till ett kommande möte."
            ],
        ),
        item(
            6,
            "Övriga frågor",
            "6. Övriga frågor",
            persons=[P("Emil Berglund", aff="Berg"), P("Therese Lund", aff="Härjedalen")],
            orgs=[
                muni("Bergs kommun", "Berg"),
                O("Allmänna arvsfonden", "Allmänna arvsfonden", "other"),
                muni("Härjedalens kommun", "Härjedalen"),
            ],
            munis=["Berg", "Härjedalen"],
            topics=[
                "Allmänna arvsfonden",
                "fritid för äldre",
                "föräldraledighet",
                "representation i nätverket",
            ],
            fu=[
                "Therese Lund meddelade att hon går på föräldraledighet från juni 2025 och att Härjedalens kommun återkommer med vem som ersätter henne i nätverket."
            ],
            dates=[D("juni 2025", "2025-06")],
        ),
        item(
            7,
            "Kommande möten",
            "7. Kommande möten",
            orgs=[muni("Åre", "Åre")],
            munis=["Åre"],
            topics=["mötesplanering"],
            fu=["2025-06-11 kl. 13.00–16.00, Teams", "2025-09-17 kl. 10.00–15.00, Åre (heldag)"],
            dates=[D("2025-06-11", "2025-06-11"), D("2025-09-17", "2025-09-17")],
        ),
    ],
}


def dirorgs(*more):
    return [O("Direktionen", DIR, "other", ["Direktionens"], note=SELF), *more]


C = {
    "document": "rsnv_direktionen_protokoll_2025-04-24.txt",
    "meeting": {
        "body": "Räddningstjänsten Skåne Nordväst, direktionen",
        "date_estimate": "2025-04-24",
        "date_evidence": ["Sammanträdesdatum", "2025-04-24"],
        "place": "Räddningstjänsten Skåne Nordväst, Brandstationen Helsingborg, Florettgatan 10",
    },
    "present": [
        att("Peter Danielsson", "Helsingborg", "Helsingborg", "ordförande"),
        att("Carina Zachau", "Höganäs", "Höganäs", "1:e vice ordförande"),
        att("Lars Nyström", "Ängelholm", "Ängelholm"),
        att("Ann-Sofie Lindström", "Båstad", "Båstad"),
        att("Mikael Andersson", "Bjuv", "Bjuv"),
        att(
            "Johan Andersson",
            "Åstorp",
            "Åstorp",
            "tjänstgörande ersättare",
            "tjänstgörande ersättare för Stefan Larsson (M)",
        ),
        att("Kent Mårtensson", "Klippan", "Klippan"),
        att("Birgitta Holm", "Helsingborg", "Helsingborg", "ersättare"),
        att("Nils-Erik Svensson", "Ängelholm", "Ängelholm", "ersättare"),
        att("Mattias Karlsson", None, RSNV, "förbundsdirektör"),
        att("Helena Borg", None, RSNV, "ekonomichef"),
        att("Sofia Almqvist", None, RSNV, "förbundssekreterare"),
        att("Sara Lindgren", SK, SK, None, "§ 19", [19]),
        att("Erik Strand", "PwC", "PwC", "auktoriserad revisor", "§ 16", [16]),
    ],
    "absent": [att("Stefan Larsson", "Åstorp", "Åstorp")],
    "recorded_by": {
        "name": "Sofia Almqvist",
        "canonical_name": "Sofia Almqvist",
        "role": "förbundssekreterare",
    },
    "items": [
        item(
            14,
            "Val av justerare",
            "§ 14\nVal av justerare",
            subs=["Direktionens beslut"],
            persons=[P("Carina Zachau", aff="Höganäs")],
            orgs=dirorgs(),
            topics=["justering av protokoll"],
            dec=[
                "Direktionen beslutar att utse Carina Zachau att tillsammans med ordföranden justera dagens protokoll."
            ],
        ),
        item(
            15,
            "Godkännande av dagordning",
            "§ 15\nGodkännande av dagordning",
            subs=["Direktionens beslut"],
            orgs=dirorgs(muni("Klippan", "Klippan")),
            munis=["Klippan"],
            topics=["dagordning"],
            dec=[
                "Direktionen beslutar att godkänna dagordningen med tillägget att ärendet om hyresavtal för brandstationen i Klippan behandlas under § 20."
            ],
        ),
        item(
            16,
            "Årsredovisning 2024",
            "§ 16\nÅrsredovisning 2024",
            subs=["Ärendebeskrivning", "Beslutsunderlag", "Direktionens beslut", "Beslutet skickas till"],
            persons=[
                P("Helena Borg", aff=RSNV, role="ekonomichef"),
                P("Erik Strand", aff="PwC", role="revisor"),
            ],
            orgs=dirorgs(O("PwC", "PwC", "company")),
            topics=["årsredovisning", "resultat", "revision", "pensionskostnader"],
            dec=[
                "Direktionen beslutar\natt godkänna årsredovisningen för 2024, samt\natt överlämna årsredovisningen till medlemskommunernas fullmäktige och till revisorerna."
            ],
            dates=[D("2024", "2024"), D("2025-03-31", "2025-03-31")],
        ),
        item(
            17,
            "Handlingsprogram för förebyggande verksamhet och räddningstjänst 2025–2027",
            "§ 17\nHandlingsprogram för förebyggande verksamhet och räddningstjänst 2025–2027",
            subs=["Ärendebeskrivning", "Direktionens beslut", "Beslutet skickas till"],
            persons=[P("Mattias Karlsson", aff=RSNV, role="förbundsdirektör")],
            orgs=dirorgs(
                O("Länsstyrelsen i Skåne län", LSTS, "county_administrative_board"),
                muni("Höganäs", "Höganäs"),
                muni("Ängelholm", "Ängelholm"),
            ),
            munis=["Höganäs", "Ängelholm"],
            topics=["handlingsprogram", "lagen om skydd mot olyckor", "remiss", "insatstider"],
            dec=[
                "Direktionen beslutar\natt anta handlingsprogrammet för förebyggande verksamhet och räddningstjänst 2025–2027, och\natt handlingsprogrammet gäller från och med den 1 juni 2025."
            ],
            dates=[
                D("2025–2027", "2025/2027"),
                D("2 december 2024 – 31 januari 2025", "2024-12-02/2025-01-31"),
                D("1 juni 2025", "2025-06-01"),
            ],
        ),
        item(
            18,
            "Delårsrapport per mars 2025",
            "§ 18\nDelårsrapport per mars 2025",
            subs=["Ärendebeskrivning", "Direktionens beslut"],
            persons=[P("Helena Borg", aff=RSNV, role="ekonomichef")],
            orgs=dirorgs(muni("Bjuv", "Bjuv"), muni("Åstorp", "Åstorp")),
            munis=["Bjuv", "Åstorp"],
            topics=["delårsrapport", "prognos", "deltidsbrandmän", "kostnader"],
            dec=[
                "Direktionen beslutar att lägga informationen till handlingarna.",
                "Direktionen uppdrar åt förbundsdirektören att till sammanträdet den 12 juni 2025 redovisa åtgärder för att minska kostnaderna för deltidsorganisationen.",
            ],
            bfu=[
                "Direktionen uppdrar åt förbundsdirektören att till sammanträdet den 12 juni 2025 redovisa åtgärder för att minska kostnaderna för deltidsorganisationen."
            ],
            dates=[
                D("mars 2025", "2025-03"),
                D("31 mars 2025", "2025-03-31"),
                D("12 juni 2025", "2025-06-12"),
            ],
        ),
        item(
            19,
            "Information om civilt försvar",
            "§ 19\nInformation om civilt försvar",
            subs=["Direktionens beslut"],
            persons=[
                P("Sara Lindgren", aff=SK),
                P("Mattias Karlsson", aff=RSNV),
                P("Peter Danielsson", aff="Helsingborg", role="ordförande"),
            ],
            orgs=dirorgs(
                O("Skånes kommuner", SK, "association"),
                O("Länsstyrelsen i Skåne län", LSTS, "county_administrative_board"),
                O("Myndigheten för samhällsskydd och beredskap", MSB, "national_agency"),
            ),
            topics=["civilt försvar", "höjd beredskap", "ledningsplatser", "regionala workshops"],
            dec=["Direktionen beslutar att lägga informationen till handlingarna."],
            bdec=[
                "Ordföranden Peter Danielsson framhöll vikten av att medlemskommunerna och förbundet samordnar sin planering för ledningsplatser."
            ],
            dates=[D("våren", "2025")],
            places=["Skåne"],
        ),
        item(
            20,
            "Hyresavtal för brandstationen i Klippan",
            "§ 20\nHyresavtal för brandstationen i Klippan",
            subs=["Ärendebeskrivning", "Direktionens beslut", "Beslutet skickas till"],
            persons=[P("Kent Mårtensson", aff="Klippan")],
            orgs=dirorgs(muni("Klippans kommun", "Klippan", ["Klippan"])),
            munis=["Klippan"],
            topics=["hyresavtal", "brandstation", "jäv"],
            dec=[
                "Direktionen beslutar\natt godkänna hyresavtalet med Klippans kommun för perioden 2026-01-01–2035-12-31, och\natt uppdra åt förbundsdirektören att underteckna avtalet."
            ],
            dates=[D("31 december 2025", "2025-12-31"), D("2026-01-01–2035-12-31", "2026-01-01/2035-12-31")],
        ),
    ],
}

DOCS = [A, B, C]
