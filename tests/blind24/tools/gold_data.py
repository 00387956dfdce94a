# ruff: noqa
"""Hand annotation of blind set 24 (data only; build_gold.py checks and writes it)."""

from __future__ import annotations

from build_gold import att, dt, item, org, per

VK = ("VästKom", "VästKom", "association")
VGR = "Västra Götalandsregionen"

# ---------------------------------------------------------------- 1. Socialchefsnätverket (Word export)
D1 = "socialchefsnatverket_vastkom_2024-03-08.txt"
G1 = {
    "meeting": {
        "body": "Socialchefsnätverket i Västra Götaland",
        "date_estimate": "2024-03-08",
        "date_evidence": ["Datum: 2024-03-08"],
        "place": "VästKom, Göteborg, samt via Teams",
    },
    "present": [
        att("Karin Lundqvist", "Uddevalla", "Uddevalla", role="ordförande"),
        att("Per Holm", "Trollhättan", "Trollhättan"),
        att("Anna Holm", "Borås", "Borås"),
        att("Maria Nordin", "Skövde", "Skövde"),
        att("Fredrik Sandberg", "Alingsås", "Alingsås"),
        att("Sara Nyberg", "Lerum", "Lerum", note="(ersättare för Mats Wik)"),
        att("Helena Persson", "Vänersborg", "Vänersborg"),
        att("Johan Ekström", "Göteborgs Stad", "Göteborg"),
        att("Lina Axelsson", "Mark", "Mark", note="(digitalt)"),
        att("Ulf Bengtsson", "Falköping", "Falköping", note="(punkt 1–4)", items=[1, 2, 3, 4]),
        att("Lena Ström", "Västra Götalandsregionen", VGR, note="(punkt 5)", items=[5]),
        att("Annika Sjöberg", "VästKom", "VästKom"),
        att("Jonas Ek", "VästKom", "VästKom"),
    ],
    "absent": [
        att("Mats Wik", "Lerum", "Lerum"),
        att("Camilla Rask", "Kungälv", "Kungälv"),
        att("Peter Strand", "Lidköping", "Lidköping"),
        att("Eva Månsson", "Strömstad", "Strömstad"),
    ],
    "recorded_by": {"name": "Jonas Ek", "canonical_name": "Jonas Ek", "role": None},
    "items": [
        item(
            1,
            "Välkommen och genomgång av dagordningen",
            "1. Välkommen och genomgång av dagordningen",
            persons=[
                per("Karin Lundqvist", role="chair, welcomes"),
                per("Sara Nyberg", role="substitute"),
                per("Mats Wik", role="replaced by Sara Nyberg"),
            ],
            topics=["mötets öppnande", "dagordning"],
            dec=["Dagordningen godkändes med ett tillägg under övriga frågor."],
        ),
        item(
            2,
            "Minnesanteckningar från föregående möte",
            "2. Minnesanteckningar från föregående möte",
            topics=["föregående minnesanteckningar"],
            dec=["Minnesanteckningarna från mötet den 26 januari lades till handlingarna."],
            dates=[dt("26 januari", "2024-01-26", "day", True)],
        ),
        item(
            3,
            "Ny socialtjänstlag",
            "3. Ny socialtjänstlag",
            persons=[
                per(
                    "Annika Sjöberg",
                    aff="VästKom",
                    aff_can="VästKom",
                    role="presents; will return",
                    also=["Annika"],
                ),
                per("Per", canonical="Per Holm", role="member of working group"),
                per("Helena", canonical="Helena Persson", role="member of working group"),
            ],
            orgs=[
                org(*VK),
                org("Socialstyrelsen", "Socialstyrelsen", "national_agency"),
                org("SKR", "Sveriges Kommuner och Regioner", "association"),
            ],
            topics=["ny socialtjänstlag", "förebyggande arbete", "finansiering", "införande"],
            dec=["Nätverket beslutade att bilda en tillfällig arbetsgrupp för införandet av den nya lagen."],
            fu=[
                "Annika Sjöberg återkommer med ett förslag till uppdragsbeskrivning till mötet den 19 april."
            ],
            bdec=["Per och Helena ingår i gruppen tillsammans med Annika."],
            dates=[dt("1 juli 2025", "2025-07-01", "day"), dt("19 april", "2024-04-19", "day", True)],
        ),
        item(
            4,
            "Placeringar och platsbrist hos SiS",
            "4. Placeringar och platsbrist hos SiS",
            persons=[per("Ulf Bengtsson", role="informs"), per("Jonas Ek", role="drafts letter")],
            orgs=[
                org(
                    "Statens institutionsstyrelse",
                    "Statens institutionsstyrelse",
                    "national_agency",
                    other=["SiS"],
                ),
                org("IVO", "Inspektionen för vård och omsorg", "national_agency"),
                org(*VK),
            ],
            topics=["placeringar", "platsbrist", "SiS", "uppföljning av placerade barn"],
            dec=[
                "Nätverket ställer sig bakom att VästKom skickar en skrivelse till SiS om platsbristen i Västra Götaland."
            ],
            fu=[
                "Jonas Ek tar fram ett utkast till skrivelse och skickar det till nätverket senast den 22 mars."
            ],
            dates=[dt("22 mars", "2024-03-22", "day", True)],
            places=["Västra Götaland"],
        ),
        item(
            5,
            "Barn och unga med psykisk ohälsa – samverkan med regionen",
            "5. Barn och unga med psykisk ohälsa – samverkan med regionen",
            persons=[
                per(
                    "Lena Ström",
                    aff="VGR",
                    aff_can=VGR,
                    role="presents; takes views to samrådsgruppen",
                    also=["Lena"],
                ),
                per("Anna Holm", role="reports from Borås"),
            ],
            orgs=[
                org("VGR", VGR, "region"),
                org(*VK),
                org("BUP", "Barn- och ungdomspsykiatrin", "other"),
                org("Borås", "Borås stad", "municipality"),
                org(
                    "politiska samrådsgruppen för vård och omsorg",
                    "Politiska samrådsgruppen för vård och omsorg (VGR och kommunerna)",
                    "network",
                ),
            ],
            munis=["Borås"],
            topics=["psykisk hälsa barn och unga", "regional överenskommelse", "BUP-köer", "remiss"],
            dec=[
                "Nätverket vill att kommunernas synpunkter samordnas via VästKom innan remissen skickas ut."
            ],
            fu=["Lena tar med sig synpunkterna till den politiska samrådsgruppen för vård och omsorg."],
            bfu=[
                "Nuvarande överenskommelse mellan VGR och kommunerna löper ut den 31 december 2024 och ett nytt förslag ska skickas på remiss i september 2024."
            ],
            dates=[dt("31 december 2024", "2024-12-31", "day"), dt("september 2024", "2024-09", "month")],
        ),
        item(
            6,
            "Kompetensförsörjning – socionomer",
            "6. Kompetensförsörjning – socionomer",
            persons=[
                per("Maria Nordin", role="reports from Skövde"),
                per("Johan Ekström", role="reports from Göteborg"),
            ],
            orgs=[
                org("Skövdes", "Skövde kommun", "municipality"),
                org("Göteborgs Stads", "Göteborgs Stad", "municipality"),
                org("Vård- och omsorgscollege", "Vård- och omsorgscollege Västra Götaland", "other"),
            ],
            munis=["Skövde", "Göteborg"],
            topics=["kompetensförsörjning", "socionomer", "introduktion av nyanställda", "rekrytering"],
            fu=["Frågan tas upp igen på mötet i september tillsammans med Vård- och omsorgscollege."],
            bdec=["Förslaget är att ta fram en gemensam regional modell för introduktion av nya socionomer."],
            dates=[dt("hösten 2023", "2023", "season"), dt("september", "2024-09", "month", True)],
        ),
        item(
            7,
            "Övriga frågor",
            "7. Övriga frågor",
            persons=[per("Fredrik Sandberg", role="raises question"), per("Lina Axelsson", role="informs")],
            orgs=[
                org("Socialstyrelsens", "Socialstyrelsen", "national_agency"),
                org("Mark", "Marks kommun", "municipality"),
                org("Svenljunga", "Svenljunga kommun", "municipality"),
            ],
            munis=["Mark", "Svenljunga"],
            topics=["hemlöshetskartläggning", "familjehemsrekrytering", "mötesplanering"],
            dec=["Mötet den 14 juni ställs in."],
            fu=["Kommunerna uppmanas att utse kontaktpersoner."],
            dates=[dt("april", "2024-04", "month", True), dt("14 juni", "2024-06-14", "day", True)],
        ),
        item(
            8,
            "Nästa möte",
            "8. Nästa möte",
            persons=[per("Per Holm", role="host of next meeting")],
            munis=["Trollhättan"],
            topics=["nästa möte"],
            fu=["Nästa möte hålls den 19 april 2024 i Trollhättan, kl. 09.30–15.00."],
            bfu=["Per Holm är värd."],
            dates=[dt("19 april 2024", "2024-04-19", "day")],
        ),
    ],
}

# ---------------------------------------------------------------- 2. VGR forum (pdftotext)
D2 = "vgr_forum_kompetensforsorjning_2024-04-23.txt"
VOC = "Vård- och omsorgscollege Västra Götaland"
G2 = {
    "meeting": {
        "body": "Regionalt forum för kompetensförsörjning inom vård och omsorg (Västra Götalandsregionen)",
        "date_estimate": "2024-04-23",
        "date_evidence": ["Datum: 2024-04-23"],
        "place": "Regionens hus, Vänersborg, samt Teams",
    },
    "present": [
        att("Eva Bergström", "Västra Götalandsregionen", VGR, role="ordförande"),
        att("Henrik Dahl", "Västra Götalandsregionen", VGR, role="Sekreterare"),
        att("Karin Lundqvist", "Uddevalla kommun", "Uddevalla"),
        att("Annika Sjöberg", "VästKom", "VästKom"),
        att(
            "Nina Larsson",
            "Skaraborgs kommunalförbund",
            "Skaraborgs kommunalförbund",
            note="(ersätter Ola Persson)",
        ),
        att("Tomas Bergström", "Arbetsförmedlingen", "Arbetsförmedlingen"),
        att("Malin Öberg", VOC, VOC),
        att("Mikael Forsberg", "Högskolan Väst", "Högskolan Väst", note="(punkt 3)", items=[3]),
        att("Sofie Lind", "Göteborgsregionen", "Göteborgsregionen"),
    ],
    "absent": [
        att("Ola Persson", "Skaraborgs kommunalförbund", "Skaraborgs kommunalförbund"),
        att(
            "Jenny Karlsson",
            "Boråsregionen Sjuhärads kommunalförbund",
            "Boråsregionen Sjuhärads kommunalförbund",
        ),
    ],
    "recorded_by": {"name": "Henrik Dahl", "canonical_name": "Henrik Dahl", "role": "Sekreterare"},
    "items": [
        item(
            1,
            "Mötets öppnande",
            "1. Mötets öppnande",
            persons=[per("Eva Bergström", role="chair, opens meeting")],
            topics=["mötets öppnande", "dagordning", "föregående minnesanteckningar"],
            dec=["Dagordningen fastställdes.", "Minnesanteckningarna från den 6 februari godkändes."],
            dates=[dt("6 februari", "2024-02-06", "day", True)],
        ),
        item(
            2,
            "Lägesbild kompetensförsörjning",
            "2. Lägesbild kompetensförsörjning",
            persons=[
                per("Henrik Dahl", role="presents; will complete the picture"),
                per("Tomas Bergström", role="adds forecast"),
                per("Karin Lundqvist", role="comments"),
            ],
            orgs=[
                org("Skaraborg", "Skaraborgs kommunalförbund", "municipal_federation", sense="geographic"),
                org("Fyrbodal", "Fyrbodals kommunalförbund", "municipal_federation", sense="geographic"),
                org("Arbetsförmedlingens", "Arbetsförmedlingen", "national_agency"),
            ],
            topics=[
                "kompetensförsörjning",
                "lägesbild",
                "undersköterskor och sjuksköterskor",
                "pensionsavgångar",
                "socionombrist",
            ],
            fu=["Henrik Dahl kompletterar lägesbilden med socialtjänstens yrken till nästa\nmöte."],
            bdec=[
                "Karin Lundqvist framhöll att kommunerna även har stor brist på socionomer och att\nlägesbilden bör breddas till socialtjänsten."
            ],
            dates=[dt("2035", "2035", "year"), dt("2024", "2024", "year")],
        ),
        item(
            3,
            "Validering och utbildning av undersköterskor",
            "3. Validering och utbildning av undersköterskor",
            persons=[
                per("Mikael Forsberg", aff="Högskolan Väst", aff_can="Högskolan Väst", role="presents"),
                per("Malin Öberg", role="presents; prepares proposal", also=["Malin"]),
                per("Sofie", canonical="Sofie Lind", role="prepares proposal"),
            ],
            orgs=[
                org("Högskolan Väst", "Högskolan Väst", "other"),
                org("Vård- och omsorgscollege", VOC, "other"),
            ],
            topics=["validering", "undersköterska skyddad yrkestitel", "utbildning", "vuxenutbildning"],
            dec=[
                "Forumet ställer sig bakom att en gemensam valideringsmodell tas fram för\nhela Västra Götaland."
            ],
            fu=[
                "Malin och Sofie tar fram ett förslag till upplägg som presenteras på mötet den\n10 september."
            ],
            dates=[
                dt("1 juli 2023", "2023-07-01", "day"),
                dt("1 juli 2028", "2028-07-01", "day"),
                dt("10 september", "2024-09-10", "day", True),
            ],
            places=["Västra Götaland"],
            note="spans the page break; the page footer and header between are page furniture",
        ),
        item(
            4,
            "Regionala utvecklingsmedel 2025",
            "4. Regionala utvecklingsmedel 2025",
            persons=[
                per("Eva Bergström", role="informs; compiles input"),
                per("Annika Sjöberg", role="comments"),
                per("Sofie Lind", role="reports GR project"),
            ],
            orgs=[
                org("regionutvecklingsnämnden", "Västra Götalandsregionens regionutvecklingsnämnd", "region"),
                org("kommunalförbunden", "kommunalförbunden i Västra Götaland", "municipal_federation"),
                org("GR", "Göteborgsregionen", "municipal_federation"),
            ],
            topics=["regionala utvecklingsmedel", "prioriteringar 2025", "språkstöd för vårdpersonal"],
            dec=["Forumet lämnar ett gemensamt inspel till regionutvecklingsnämnden senast den\n15 maj."],
            fu=["Eva Bergström sammanställer inspelet och skickar det till gruppen för\nsynpunkter."],
            bfu=[
                "Forumet lämnar ett gemensamt inspel till regionutvecklingsnämnden senast den\n15 maj.",
                "Eva Bergström informerade om att regionutvecklingsnämnden i juni beslutar om\ninriktningen för utvecklingsmedel 2025.",
            ],
            dates=[
                dt("juni", "2024-06", "month", True),
                dt("december 2024", "2024-12", "month"),
                dt("15 maj", "2024-05-15", "day", True),
                dt("2025", "2025", "year"),
            ],
        ),
        item(
            5,
            "Rapporter från delregionerna",
            "5. Rapporter från delregionerna",
            persons=[
                per("Nina Larsson", role="reports from Skaraborg"),
                per("Sofie Lind", role="reports from GR"),
                per("Karin Lundqvist", role="reports from Fyrbodal"),
            ],
            orgs=[
                org("Skaraborg", "Skaraborgs kommunalförbund", "municipal_federation", sense="geographic"),
                org("Skaraborgs Sjukhus", "Skaraborgs Sjukhus", "region"),
                org("Göteborgsregionen", "Göteborgsregionen", "municipal_federation"),
                org("Vård- och\nomsorgscollege", VOC, "other"),
                org("Fyrbodal", "Fyrbodals kommunalförbund", "municipal_federation", sense="geographic"),
            ],
            munis=["Mölndal", "Kungälv"],
            topics=[
                "delregionala rapporter",
                "introduktionsprogram för sjuksköterskor",
                "vård- och omsorgscollege",
            ],
            bfu=[
                "Nina Larsson rapporterade från Skaraborg, där kommunerna och Skaraborgs Sjukhus\nstartar ett gemensamt introduktionsprogram för sjuksköterskor i augusti."
            ],
            dates=[dt("augusti", "2024-08", "month", True)],
        ),
        item(
            6,
            "Övrigt och kommande möten",
            "6. Övrigt och kommande möten",
            munis=["Göteborg"],
            topics=["mötesplanering"],
            fu=[
                "Nästa möte: 10 september 2024 kl. 13.00–16.00 i Göteborg, Regionens hus vid\nLilla Bommen.",
                "Mötet den 12 november genomförs digitalt.",
            ],
            bdec=["Mötet den 12 november genomförs digitalt."],
            dates=[
                dt("10 september 2024", "2024-09-10", "day"),
                dt("12 november", "2024-11-12", "day", True),
            ],
            places=["Regionens hus", "Lilla Bommen"],
        ),
    ],
}

# ---------------------------------------------------------------- 3. RMB direktionen (pdftotext protocol)
D3 = "rmb_direktionen_protokoll_2024-05-30.txt"
RMB = "Räddningstjänstförbundet Mitt Bohuslän"
LST = "Länsstyrelsen i Västra Götalands län"
G3 = {
    "meeting": {
        "body": "Räddningstjänstförbundet Mitt Bohuslän, direktionen",
        "date_estimate": "2024-05-30",
        "date_evidence": ["Sammanträdesdatum        2024-05-30"],
        "place": "Räddningsstationen i Uddevalla",
    },
    "present": [
        att("Ingemar Svensson", "Uddevalla", "Uddevalla", role="ordförande", party="S"),
        att("Britt Johansson", "Lysekil", "Lysekil", role="vice ordförande", party="M"),
        att("Kent Olsson", "Munkedal", "Munkedal", party="C"),
        att("Lars-Erik Hansson", "Uddevalla", "Uddevalla", party="SD"),
        att(
            "Mona Ek",
            "Lysekil",
            "Lysekil",
            role="tjänstgörande ersättare",
            note="tjänstgörande ersättare för Anders Wallin (L)",
            party="S",
        ),
        att("Elin Johansson", "Uddevalla", "Uddevalla", role="Ersättare", party="KD"),
        att(
            "Roger Nilsson",
            "Munkedal",
            "Munkedal",
            role="Ersättare",
            note="§§ 19–22",
            items=[19, 20, 21, 22],
            party="S",
        ),
        att("Magnus Holm", None, RMB, role="förbundsdirektör"),
        att("Therese Alm", None, RMB, role="ekonomichef", note="§ 21", items=[21]),
        att("Lisa Berg", None, RMB, role="nämndsekreterare"),
    ],
    "absent": [],
    "recorded_by": {"name": "Lisa Berg", "canonical_name": "Lisa Berg", "role": "Sekreterare"},
    "items": [
        item(
            18,
            "Val av justerare och fastställande av dagordning",
            "Val av justerare och fastställande av dagordning",
            sub=["Direktionens beslut"],
            persons=[per("Kent Olsson", role="elected to adjust the minutes")],
            topics=["val av justerare", "dagordning"],
            dec=[
                "Direktionen utser Kent Olsson att jämte ordföranden justera dagens protokoll.",
                "Dagordningen fastställs.",
            ],
        ),
        item(
            19,
            "Förbundsdirektörens information",
            "Förbundsdirektörens information",
            sub=["Sammanfattning av ärendet", "Direktionens beslut"],
            persons=[per("Magnus Holm", role="förbundsdirektör, informs")],
            orgs=[org("Länsstyrelsen i Västra\nGötalands län", LST, "county_administrative_board")],
            munis=["Munkedal"],
            topics=[
                "verksamhetsinformation",
                "räddningsuppdrag",
                "rekrytering av deltidsbrandmän",
                "tillsyn enligt LSO",
            ],
            dec=["Direktionen lägger informationen till handlingarna."],
            dates=[
                dt("januari–april", "2024-01/2024-04", "range", True),
                dt("16 april", "2024-04-16", "day", True),
            ],
        ),
        item(
            20,
            "Handlingsprogram för förebyggande verksamhet och räddningstjänst 2024–2027",
            "Handlingsprogram för förebyggande verksamhet och räddningstjänst 2024–2027",
            sub=["Sammanfattning av ärendet", "Beslutsunderlag", "Direktionens beslut", "Skickas till"],
            orgs=[
                org(
                    "Myndigheten för samhällsskydd och beredskap",
                    "Myndigheten för samhällsskydd och beredskap",
                    "national_agency",
                    other=["MSB"],
                ),
                org(
                    "Länsstyrelsen",
                    LST,
                    "county_administrative_board",
                    other=["Länsstyrelsen i Västra Götalands län"],
                ),
                org("Polismyndigheten", "Polismyndigheten", "national_agency"),
                org("Uddevalla", "Uddevalla kommun", "municipality"),
                org("Lysekil", "Lysekils kommun", "municipality"),
                org("Munkedal", "Munkedals kommun", "municipality"),
            ],
            munis=["Uddevalla", "Lysekil", "Munkedal"],
            topics=["handlingsprogram", "förebyggande verksamhet", "räddningstjänst", "remiss"],
            dec=[
                "Direktionen antar handlingsprogram för förebyggande verksamhet och räddningstjänst\n2024–2027."
            ],
            fu=["Handlingsprogrammet ska skickas till medlemskommunernas fullmäktige för kännedom."],
            bdec=["Handlingsprogrammet ska skickas till medlemskommunernas fullmäktige för kännedom."],
            dates=[dt("2024–2027", "2024/2027", "range"), dt("2024-05-08", "2024-05-08", "day")],
        ),
        item(
            21,
            "Delårsrapport januari–april 2024",
            "Delårsrapport januari–april 2024",
            sub=["Sammanfattning av ärendet", "Yrkande", "Direktionens beslut"],
            persons=[
                per("Therese Alm", role="ekonomichef, presents"),
                per("Britt Johansson", role="moves a motion"),
            ],
            topics=["delårsrapport", "budgetunderskott", "åtgärdsplan"],
            dec=["Direktionen godkänner delårsrapporten för januari–april 2024."],
            fu=[
                "Förbundsdirektören får i uppdrag att redovisa en åtgärdsplan för att nå budget i balans\nvid direktionens sammanträde den 26 september 2024."
            ],
            bdec=[
                "Britt Johansson (M) yrkar att förbundsdirektören ska ta fram en åtgärdsplan.",
                "Förbundsdirektören får i uppdrag att redovisa en åtgärdsplan för att nå budget i balans\nvid direktionens sammanträde den 26 september 2024.",
            ],
            dates=[
                dt("januari–april 2024", "2024-01/2024-04", "range"),
                dt("30 april 2024", "2024-04-30", "day"),
                dt("26 september 2024", "2024-09-26", "day"),
            ],
        ),
        item(
            22,
            "Samverkansavtal om ledningscentral med Räddningstjänsten Storgöteborg",
            "Samverkansavtal om ledningscentral med Räddningstjänsten Storgöteborg",
            sub=["Sammanfattning av ärendet", "Direktionens beslut"],
            orgs=[
                org(
                    "Räddningstjänsten Storgöteborg", "Räddningstjänsten Storgöteborg", "municipal_federation"
                ),
                org(
                    "Räddsam VG",
                    "Räddningstjänsterna i samverkan Västra Götaland (Räddsam VG)",
                    "association",
                ),
            ],
            topics=["samverkansavtal", "gemensam ledningscentral", "räddningsledning"],
            dec=[
                "Direktionen godkänner avtalet och uppdrar åt ordföranden och förbundsdirektören att\nunderteckna det."
            ],
            dates=[dt("2021", "2021", "year"), dt("1 januari 2025", "2025-01-01", "day")],
        ),
        item(
            23,
            "Delegationsbeslut",
            "Delegationsbeslut",
            sub=["Direktionens beslut"],
            topics=["delegationsbeslut"],
            dec=["Direktionen lägger redovisningen till handlingarna."],
            dates=[dt("2024-03-01–2024-05-15", "2024-03-01/2024-05-15", "range")],
        ),
        item(
            24,
            "Anmälningsärenden",
            "Anmälningsärenden",
            sub=["Direktionens beslut"],
            orgs=[
                org(
                    "Räddsam VG:s",
                    "Räddningstjänsterna i samverkan Västra Götaland (Räddsam VG)",
                    "association",
                ),
                org("Lysekils kommun", "Lysekils kommun", "municipality"),
            ],
            munis=["Lysekil"],
            topics=["anmälningsärenden", "brandstationens lokaler"],
            dec=["Direktionen lägger anmälningsärendena till handlingarna."],
            dates=[dt("2024-04-11", "2024-04-11", "day")],
        ),
        item(
            25,
            "Övriga frågor",
            "Övriga frågor",
            sub=["Direktionens beslut"],
            persons=[per("Kent Olsson", role="raises question"), per("Magnus Holm", role="will report back")],
            munis=["Munkedal"],
            topics=["övningsfält", "övriga frågor"],
            dec=["Direktionen lägger informationen till handlingarna."],
            fu=["Magnus Holm återkommer\nmed en lägesrapport vid nästa sammanträde."],
        ),
    ],
}


def _protocol_headings(doc_file: str, gold: dict) -> None:
    """A protocol heading is the '§ N' line (with its Dnr) plus the title line below it."""
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / doc_file).read_text(encoding="utf-8")
    for it in gold["items"]:
        m = re.search(r"^§ %d\b[^\n]*\n%s$" % (it["number"], re.escape(it["title"])), text, re.M)
        it["heading_raw"] = m.group(0) if m else "MISSING"


_protocol_headings(D3, G3)

# (document, gold, marker where the last item's span ends or None)
DOCS = [(D1, G1, None), (D2, G2, "Vid anteckningarna"), (D3, G3, "Justerandes signatur")]
