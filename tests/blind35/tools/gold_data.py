# ruff: noqa
"""Hand annotation of blind set 35 (data only; build_gold.py writes and checks the JSON)."""

from __future__ import annotations


def DOCS(A, P, O, D, I, muni):  # noqa: E741
    docs = []
    # ---------------------------------------------------------------- doc 1: Sydnärke directors
    VGR = "Västra Götalandsregionen"
    LST_O = "Länsstyrelsen i Örebro län"
    LST_VG = "Länsstyrelsen i Västra Götalands län"
    d1 = {
        "document": "kdg_sydnarke_2025-09-12.txt",
        "meeting": {
            "body": "Kommundirektörsgruppen Sydnärke",
            "date_estimate": "2025-09-12",
            "date_evidence": ["Datum: 2025-09-12"],
            "place": "Hallsbergs kommunhus, sammanträdesrum Tisaren",
        },
        "present": [
            A("Anna Karlsson", aff="Hallsberg", role="kommundirektör"),
            A("Johan Karlsson", aff="Laxå", role="kommundirektör"),
            A("Mikael Strand", aff="Kumla", role="kommundirektör"),
            A("Helena Wikström", aff="Askersund", role="kommundirektör"),
            A("Per-Olof Bergman", aff="Lekeberg", role="tf kommundirektör", note="(ersätter Lina Åkesson)"),
            A(
                "Sara Lindholm",
                aff="Sydnärke",
                affc="Kommundirektörsgruppen Sydnärke",
                role="samordnare Sydnärke, sekreterare",
            ),
            A(
                "Tobias Enqvist",
                aff="Sydnärkes utbildningsförbund",
                role="förbundschef",
                note="(punkt 3)",
                items=[3],
            ),
        ],
        "absent": [A("Lina Åkesson", aff="Lekeberg")],
        "recorded_by": {"name": "Sara Lindholm", "canonical_name": "Sara Lindholm", "role": "sekreterare"},
        "items": [
            I(
                1,
                "Mötets öppnande och föregående anteckningar",
                "1. Mötets öppnande och föregående anteckningar",
                persons=[P("Anna", "Anna Karlsson", "Hallsberg")],
                topics=["mötets öppnande", "föregående anteckningar"],
                dec=["Anteckningarna från mötet den 13 juni lades till handlingarna."],
                dates=[D("13 juni", "2025-06-13")],
            ),
            I(
                2,
                "Gemensam IT-drift – lägesrapport",
                "2. Gemensam IT-drift – lägesrapport",
                persons=[P("Mikael Strand", aff="Kumla", also=["Mikael"])],
                orgs=[
                    O("Sydnärkes IT-förbund", "Sydnärkes IT-förbund", "municipal_federation"),
                    muni("Kumla"),
                    muni("Askersund"),
                    muni("Laxå"),
                    muni("Lekeberg"),
                ],
                munis=["Kumla", "Askersund", "Laxå", "Lekeberg"],
                topics=["gemensam IT-drift", "verksamhetssystem", "upphandling lagringsmiljö"],
                dec=["Gruppen ställer sig bakom den föreslagna tidplanen."],
                fu=["Mikael återkommer med en kostnadsfördelning per kommun till mötet i oktober."],
                bfu=[
                    "Upphandlingen av ny lagringsmiljö är klar och flytten sker etappvis under hösten.",
                    "Kumla och Askersund flyttar först, Laxå och Lekeberg i början av 2026.",
                ],
                dates=[D("oktober", "2025-10")],
            ),
            I(
                3,
                "Sydnärkes utbildningsförbund – budget 2026",
                "3. Sydnärkes utbildningsförbund – budget 2026",
                persons=[
                    P("Tobias Enqvist", aff="Sydnärkes utbildningsförbund", also=["Tobias"]),
                    P("Helena", "Helena Wikström", "Askersund"),
                ],
                orgs=[
                    O(
                        "Sydnärkes utbildningsförbund",
                        "Sydnärkes utbildningsförbund",
                        "municipal_federation",
                        ["förbundets", "Förbundet"],
                    ),
                    O(
                        "förbundsdirektionen",
                        "Sydnärkes utbildningsförbunds direktion",
                        "other",
                        ["direktionens"],
                    ),
                    muni("Kumla"),
                    muni("Hallsberg"),
                    muni("Askersund"),
                ],
                munis=["Kumla", "Hallsberg", "Askersund"],
                topics=["budget 2026", "medlemsavgift", "elevprognos", "gymnasium och vuxenutbildning"],
                dec=[
                    "Kommundirektörerna enades om att föreslå förbundsdirektionen en höjning på högst 2 procent."
                ],
                fu=["Tobias tar med sig synpunkterna till direktionens möte den 2 oktober."],
                bdec=[
                    "Förbundet föreslår en höjning av medlemsavgiften med 2,5 procent.",
                    "Helena framförde att Askersund önskar en lägre höjning med hänsyn till kommunens ekonomiska läge.",
                ],
                dates=[D("2 oktober", "2025-10-02")],
            ),
            I(
                4,
                "Civilt försvar – gemensam planering",
                "4. Civilt försvar – gemensam planering",
                persons=[P("Johan Karlsson", aff="Laxå", also=["Johan"])],
                orgs=[
                    O("Länsstyrelsen i Örebro län", LST_O, "county_administrative_board", ["Länsstyrelsen"]),
                    O("MSB:s", "Myndigheten för samhällsskydd och beredskap", "national_agency"),
                ],
                topics=["civilt försvar", "krigsplacering", "regional övning", "beredskapssamordning"],
                dec=[
                    "Gruppen vill att beredskapssamordnarna i de fem kommunerna tar fram ett gemensamt underlag för krigsplacering av personal."
                ],
                fu=[
                    "Johan sammankallar beredskapssamordnarna före den 15 oktober.",
                    "Anmälan till övningen skickas till Länsstyrelsen senast den 10 oktober.",
                    "Länsstyrelsen i Örebro län har bjudit in till en regional övning den 20 november 2025.",
                ],
                bfu=["MSB:s nya vägledning för kommunernas krigsorganisation väntas i början av nästa år."],
                dates=[
                    D("20 november 2025", "2025-11-20"),
                    D("15 oktober", "2025-10-15"),
                    D("10 oktober", "2025-10-10"),
                ],
            ),
            I(
                5,
                "Sydnärkes gemensamma näringslivsdag",
                "5. Sydnärkes gemensamma näringslivsdag",
                persons=[P("Sara Lindholm", aff="Sydnärke", also=["Sara"])],
                orgs=[
                    O("Region Örebro län", "Region Örebro län", "region"),
                    O("Almi Mälardalen", "Almi Företagspartner Mälardalen AB", "company"),
                    muni("Askersund"),
                ],
                munis=["Askersund"],
                topics=["näringslivsdag", "näringsliv", "finansiering"],
                fu=["Varje kommun meddelar Sara senast 30 september vem som blir kontaktperson."],
                bdec=["Förslaget är att varje kommun bidrar med 15 000 kronor."],
                bfu=[
                    "Sara Lindholm informerade om planeringen av näringslivsdagen som hålls i Askersund den 6 mars 2026.",
                    "Region Örebro län och Almi Mälardalen medverkar.",
                ],
                dates=[D("6 mars 2026", "2026-03-06"), D("30 september", "2025-09-30")],
            ),
            I(
                6,
                "Övriga frågor",
                "6. Övriga frågor",
                persons=[P("Per-Olof Bergman", aff="Lekeberg"), P("Helena Wikström", aff="Askersund")],
                orgs=[O("SKR:s", "Sveriges Kommuner och Regioner", "association")],
                topics=["dataskyddsombud", "gemensam rekrytering", "kommundirektörsdagar"],
                fu=["Frågan återkommer på nästa möte."],
                bfu=["Helena Wikström påminde om SKR:s kommundirektörsdagar i Stockholm 22–23 oktober."],
                dates=[D("22–23 oktober", "2025-10-22/2025-10-23")],
            ),
            I(
                7,
                "Nästa möte",
                "7. Nästa möte",
                orgs=[muni("Kumla")],
                munis=["Kumla"],
                topics=["nästa möte"],
                fu=["Nästa möte hålls den 17 oktober 2025 i Kumla."],
                dates=[D("17 oktober 2025", "2025-10-17")],
            ),
        ],
    }
    d1["items"][5]["places_mentioned"] = ["Stockholm"]
    docs.append((d1, "Vid anteckningarna"))

    # ---------------------------------------------------------------- doc 2: VGR Klimat 2030
    FYR = "Fyrbodals kommunalförbund"
    DMEF = "Dalslands Miljö- och Energiförbund"
    d2 = {
        "document": "klimat2030_samverkansgrupp_2025-10-08.txt",
        "meeting": {
            "body": "Regional samverkansgrupp Klimat 2030",
            "date_estimate": "2025-10-08",
            "date_evidence": ["Tid: 2025-10-08 kl. 13.00–16.00"],
            "place": "Regionens hus, Vänersborg",
        },
        "present": [
            A("Lars Andersson", aff=VGR, role="ordförande"),
            A("Emma Björk", aff=VGR, role="processledare"),
            A("Katarina Holm", aff=DMEF),
            A("Fredrik Andersson", aff=FYR),
            A("Maria Sjöberg", aff="Länsstyrelsen Västra Götaland", affc=LST_VG),
            A("Nils Ekdahl", aff="Trollhättans stad", affc="Trollhättan"),
            A("Jenny Rosén", aff="Borås Stad", affc="Borås", note="(digitalt)"),
            A("Ahmed Yusuf", aff="Västtrafik", note="(punkt 3–4)", items=[3, 4]),
        ],
        "absent": [A("Camilla Berg", aff="Göteborgs Stad", affc="Göteborg")],
        "recorded_by": {"name": "Emma Björk", "canonical_name": "Emma Björk", "role": "antecknare"},
        "items": [
            I(
                1,
                "Inledning och föregående minnesanteckningar",
                "1. Inledning och föregående minnesanteckningar",
                persons=[P("Lars Andersson", aff=VGR)],
                topics=["inledning", "föregående minnesanteckningar"],
                dec=["Minnesanteckningarna från 2025-06-11 godkändes."],
                dates=[D("2025-06-11", "2025-06-11")],
            ),
            I(
                2,
                "Klimatlöften 2026",
                "2. Klimatlöften 2026",
                persons=[P("Emma", "Emma Björk", VGR), P("Katarina Holm", aff=DMEF)],
                orgs=[
                    O("Fyrbodal", FYR, "municipal_federation"),
                    O("Dalslands Miljö- och Energiförbund", DMEF, "municipal_federation"),
                ],
                topics=["klimatlöften", "laddinfrastruktur", "klimatsmarta måltider", "uppföljning"],
                dec=["Gruppen beslutade att ställa sig bakom förslaget till nya klimatlöften för 2026."],
                fu=[
                    "Emma skickar ut löftesbrevet till kommunerna senast den 31 oktober.",
                    "Fyrbodal och Dalslands Miljö- och Energiförbund tar fram ett gemensamt stöd för\nuppföljning i Dalsland.",
                ],
                bdec=[
                    "Inför 2026 föreslås färre men mer ambitiösa löften.",
                    "Katarina Holm framförde att de mindre kommunerna i Dalsland behöver stöd i uppföljningen.",
                ],
                dates=[D("31 oktober", "2025-10-31")],
            ),
            I(
                3,
                "Hållbart resande och kollektivtrafik",
                "3. Hållbart resande och kollektivtrafik",
                persons=[
                    P("Ahmed Yusuf", aff="Västtrafik"),
                    P("Nils Ekdahl", aff="Trollhättans stad"),
                    P("Jenny", "Jenny Rosén", "Borås Stad"),
                ],
                orgs=[
                    O("Västtrafiks", "Västtrafik", "company", ["Västtrafik"]),
                    O("Trollhättans", "Trollhättan", "municipality"),
                ],
                munis=["Trollhättan"],
                topics=[
                    "hållbart resande",
                    "kollektivtrafik",
                    "fossilfria bussar",
                    "mobilitetsavtal",
                    "linjeplanering",
                ],
                fu=["Västtrafik återkommer med en tidplan för dialogmöten med kommunerna."],
                bfu=["Upphandlingen för trafikområde Fyrbodal Norr startar under våren 2026."],
                dates=[D("våren 2026", "2026")],
            ),
            I(
                4,
                "Klimatanpassning",
                "4. Klimatanpassning",
                persons=[P("Maria Sjöberg", aff="Länsstyrelsen Västra Götaland", also=["Maria"])],
                orgs=[
                    O("Länsstyrelsens", LST_VG, "county_administrative_board"),
                    O("Klimat 2030", "Klimat 2030 – Västra Götaland ställer om", "programme"),
                ],
                topics=["klimatanpassning", "regional handlingsplan", "remiss", "workshop"],
                dec=["Gruppen önskar att revideringen samordnas med Klimat 2030."],
                fu=[
                    "Maria återkommer med förslag på en gemensam workshop.",
                    "Remiss planeras till februari 2026.",
                ],
                bfu=[
                    "Maria Sjöberg informerade om Länsstyrelsens regionala handlingsplan för klimatanpassning\nsom ska revideras under 2026."
                ],
                dates=[D("februari 2026", "2026-02")],
            ),
            I(
                5,
                "Ansökan till Naturvårdsverket – Klimatklivet",
                "5. Ansökan till Naturvårdsverket – Klimatklivet",
                persons=[P("Lars", "Lars Andersson", VGR), P("Emma Björk", aff=VGR)],
                orgs=[
                    O("Naturvårdsverket", "Naturvårdsverket", "national_agency"),
                    O("Klimatklivet", "Klimatklivet", "programme"),
                    O("Regionen", VGR, "region"),
                ],
                topics=["Klimatklivet", "bidragsansökan", "stöd till kommuner"],
                fu=[
                    "Intresserade kommuner anmäler sig till Emma Björk senast 24 oktober.",
                    "Lars informerade om att Naturvårdsverket öppnar nästa utlysning inom Klimatklivet den\n3 november 2025.",
                ],
                bfu=["Regionen erbjuder stöd till kommuner som vill söka."],
                dates=[D("3 november 2025", "2025-11-03"), D("24 oktober", "2025-10-24")],
            ),
            I(
                6,
                "Övrigt",
                "6. Övrigt",
                persons=[P("Fredrik Andersson", aff=FYR)],
                orgs=[O("Fyrbodal", FYR, "municipal_federation"), muni("Uddevalla")],
                munis=["Uddevalla"],
                topics=["energikonferens"],
                fu=[
                    "Fredrik Andersson informerade om att Fyrbodal arrangerar en energikonferens i Uddevalla\nden 27 november."
                ],
                dates=[D("27 november", "2025-11-27")],
            ),
            I(
                7,
                "Nästa möte",
                "7. Nästa möte",
                topics=["nästa möte"],
                fu=["Nästa möte hålls 2025-12-03 kl. 13.00–16.00, digitalt."],
                dates=[D("2025-12-03", "2025-12-03")],
            ),
        ],
    }
    d2["items"][1]["places_mentioned"] = ["Dalsland"]
    docs.append((d2, None))

    # ---------------------------------------------------------------- doc 3: DMEF direktion protocol
    DIR = "Dalslands Miljö- och Energiförbunds direktion"
    SELF = "the meeting body itself"

    def dirx(other=None):
        return O("Direktionen", DIR, "other", other, SELF)

    d3 = {
        "document": "dmef_direktionen_2025-11-20.txt",
        "meeting": {
            "body": DIR,
            "date_estimate": "2025-11-20",
            "date_evidence": ["Sammanträdesdatum\n                                   2025-11-20"],
            "place": "Förbundets kontor, Åmål",
        },
        "present": [
            A("Gunnar Olsson", aff="Bengtsfors", role="ordförande", note="(C)"),
            A("Eva Lundgren", aff="Åmål", role="vice ordförande", note="(S)"),
            A("Bo Olsson", aff="Mellerud", note="(M)"),
            A("Ingrid Persson", aff="Färgelanda", note="(S)"),
            A(
                "Sven Ek",
                aff="Dals-Ed",
                role="tjänstgörande ersättare",
                note="tjänstgörande ersättare för Lena Dahl (C)",
            ),
            A("Katarina Holm", aff=None, affc=DMEF, role="förbundschef"),
            A("Oskar Nyberg", aff=None, affc=DMEF, role="ekonom", note="(§ 31)", items=[31]),
            A("Linnea Strömberg", aff=None, affc=DMEF, role="sekreterare"),
        ],
        "absent": [],
        "recorded_by": {
            "name": "Linnea Strömberg",
            "canonical_name": "Linnea Strömberg",
            "role": "sekreterare",
        },
        "items": [
            I(
                28,
                "Val av justerare",
                "§ 28 Val av justerare",
                persons=[P("Eva Lundgren", aff="Åmål", role="justerare")],
                orgs=[dirx()],
                topics=["val av justerare"],
                dec=[
                    "Direktionen beslutar\natt utse Eva Lundgren att jämte ordföranden justera protokollet."
                ],
            ),
            I(
                29,
                "Godkännande av dagordning",
                "§ 29 Godkännande av dagordning",
                orgs=[dirx()],
                topics=["dagordning"],
                dec=["Direktionen beslutar\natt godkänna dagordningen."],
            ),
            I(
                30,
                "Förbundschefens information",
                "§ 30 Förbundschefens information                       Dnr 2025/112",
                persons=[P("Katarina Holm", aff=DMEF, role="förbundschef")],
                orgs=[
                    dirx(),
                    O("Västra Götalandsregionens", VGR, "region"),
                    O("samverkansgrupp Klimat 2030", "Regional samverkansgrupp Klimat 2030", "network"),
                ],
                topics=["tillsynsplan", "livsmedelskontroll", "Klimat 2030"],
                dec=["Direktionen beslutar\natt lägga informationen till handlingarna."],
            ),
            I(
                31,
                "Delårsrapport januari–augusti 2025",
                "§ 31 Delårsrapport januari–augusti 2025                Dnr 2025/087",
                subs=["Ärendebeskrivning"],
                persons=[P("Oskar Nyberg", aff=DMEF, role="ekonom")],
                orgs=[dirx()],
                topics=["delårsrapport", "ekonomi", "prognos", "överskott"],
                dec=[
                    "Direktionen beslutar\natt godkänna delårsrapporten för januari–augusti 2025, samt\natt överlämna rapporten till medlemskommunernas fullmäktige."
                ],
                dates=[D("januari–augusti 2025", "2025-01/2025-08"), D("31 augusti 2025", "2025-08-31")],
            ),
            I(
                32,
                "Taxa för prövning och tillsyn enligt miljöbalken 2026",
                "§ 32 Taxa för prövning och tillsyn enligt miljöbalken 2026   Dnr 2025/101",
                subs=["Ärendebeskrivning", "Yrkanden", "Reservation", "Beslutet skickas till"],
                persons=[P("Bo Olsson", aff="Mellerud")],
                orgs=[
                    dirx(),
                    O("SKR:s", "Sveriges Kommuner och Regioner", "association"),
                    muni("Bengtsfors"),
                    muni("Dals-Ed"),
                    muni("Färgelanda"),
                    muni("Mellerud"),
                    muni("Åmål", "Åmåls"),
                ],
                munis=["Bengtsfors", "Dals-Ed", "Färgelanda", "Mellerud", "Åmål"],
                topics=["miljöbalkstaxa", "timavgift", "tillsyn"],
                dec=[
                    "Direktionen beslutar\natt föreslå medlemskommunernas fullmäktige att fastställa timavgiften till 1 340\nkronor från den 1 januari 2026."
                ],
                bdec=[
                    "Förbundet föreslår att timavgiften höjs från 1 290 kronor till 1 340 kronor från\nden 1 januari 2026.",
                    "Bo Olsson (M) yrkar att timavgiften ska vara oförändrad.",
                    "Ordföranden ställer proposition och finner att direktionen bifaller förvaltningens\nförslag.",
                    "Bo Olsson (M) reserverar sig mot beslutet.",
                ],
                dates=[D("1 januari 2026", "2026-01-01")],
            ),
            I(
                33,
                "Energi- och klimatrådgivning 2026",
                "§ 33 Energi- och klimatrådgivning 2026                 Dnr 2025/118",
                orgs=[dirx(["direktionens"]), O("Energimyndigheten", "Energimyndigheten", "national_agency")],
                topics=["energi- och klimatrådgivning", "statligt bidrag", "avtal"],
                dec=[
                    "Direktionen beslutar\natt uppdra åt förbundschefen att teckna avtal med Energimyndigheten om bidrag för 2026."
                ],
                fu=["Förbundschefen redovisar avtalet vid direktionens sammanträde den 12 februari 2026."],
                dates=[D("12 februari 2026", "2026-02-12")],
            ),
            I(
                34,
                "Sammanträdesplan 2026",
                "§ 34 Sammanträdesplan 2026",
                orgs=[dirx()],
                topics=["sammanträdesplan"],
                dec=[
                    "Direktionen beslutar\natt sammanträda 12 februari, 23 april, 11 juni, 24 september och 19 november 2026."
                ],
                dates=[
                    D("12 februari", "2026-02-12"),
                    D("23 april", "2026-04-23"),
                    D("11 juni", "2026-06-11"),
                    D("24 september", "2026-09-24"),
                    D("19 november 2026", "2026-11-19"),
                ],
            ),
        ],
    }
    docs.append((d3, "Justerandes signatur"))
    return docs
