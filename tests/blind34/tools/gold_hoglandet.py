# ruff: noqa
"""Gold for hoglandet_kommundirektorer_2025-03-14.txt (hand annotation as data)."""

from goldlib import att, check_and_write, date, item, muni, org, per

DOC = "hoglandet_kommundirektorer_2025-03-14.txt"
HF = org("Höglandsförbundets", "Höglandsförbundet", "municipal_federation")
SKR = "Sveriges Kommuner och Regioner"
MSB = "Myndigheten för samhällsskydd och beredskap"
LST = "Länsstyrelsen i Jönköpings län"

gold = {
    "document": DOC,
    "meeting": {
        "body": "Kommundirektörsgruppen Höglandet",
        "date_estimate": "2025-03-14",
        "date_evidence": ["Datum: 2025-03-14"],
        "place": "Höglandsförbundet, Nässjö",
    },
    "present": [
        att("Tomas Lindqvist", "Aneby kommun", "Aneby", "kommundirektör", "(via Teams)"),
        att("Eva Johansson", "Eksjö kommun", "Eksjö", "kommundirektör"),
        att("Henrik Sandberg", "Nässjö kommun", "Nässjö", "kommundirektör"),
        att("Lena Johansson", "Sävsjö kommun", "Sävsjö", "tf. kommundirektör"),
        att("Mats Ekdahl", "Tranås kommun", "Tranås", "kommundirektör"),
        att("Annika Forsberg", "Vetlanda kommun", "Vetlanda", "kommundirektör"),
        att("Per-Olof Blom", "Höglandsförbundet", "Höglandsförbundet", "förbundsdirektör"),
        att("Sara Nyqvist", "Höglandsförbundet", "Höglandsförbundet", "utvecklingsledare", "sekreterare"),
        att("Johanna Ek Stridh", "MSB", MSB, "handläggare", "(punkt 4)", [4]),
        att("Jonas Holm", LST, LST, "beredskapsdirektör", "(punkt 4)", [4]),
    ],
    "absent": [att("Ulf Bergström", "Sävsjö kommun", "Sävsjö", "kommundirektör")],
    "recorded_by": {"name": "Sara Nyqvist", "canonical_name": "Sara Nyqvist", "role": "sekreterare"},
    "items": [
        item(
            1,
            "1. Föregående minnesanteckningar",
            "Föregående minnesanteckningar",
            topics=["föregående minnesanteckningar"],
            bdec=["Minnesanteckningarna från mötet den 7 februari lades till handlingarna."],
            dates=[date("7 februari", "2025-02-07", "day", True)],
        ),
        item(
            2,
            "2. Höglandsförbundets verksamhetsplan och budget 2026",
            "Höglandsförbundets verksamhetsplan och budget 2026",
            persons=[
                per("Per-Olof Blom", role="presents the timetable; prepares cost split", also=["Per-Olof"])
            ],
            orgs=[
                HF,
                org("Förbundsdirektionen", "Höglandsförbundets förbundsdirektion", "other"),
                org("Höglandets IT", "Höglandets IT", "other", note="the federation's IT unit"),
            ],
            topics=["verksamhetsplan", "budget 2026", "IT-kostnader", "kostnadsfördelning"],
            decisions=["Gruppen ställde sig bakom tidplanen."],
            follow_ups=[
                "Förbundsdirektionen fattar beslut om budgetramarna den 12 juni och kommunernas ekonomichefer får underlaget i slutet av april.",
                "Per-Olof tar fram en kostnadsfördelning per kommun till nästa möte.",
            ],
            bfu=[
                "Flera kommundirektörer efterfrågade en tydligare uppdelning mellan gemensamma kostnader och kostnader som bara gäller enskilda kommuner."
            ],
            dates=[
                date("2026", "2026", "year"),
                date("12 juni", "2025-06-12", "day", True),
                date("slutet av april", "2025-04", "month", True),
            ],
        ),
        item(
            3,
            "3. Digitalisering – gemensam e-tjänsteplattform",
            "Digitalisering – gemensam e-tjänsteplattform",
            persons=[
                per(
                    "Henrik Sandberg",
                    role="reports on the pre-study; drafts project directive",
                    also=["Henrik"],
                ),
                per("Sara Nyqvist", role="reports on the pre-study; drafts project directive", also=["Sara"]),
            ],
            orgs=[
                muni("Eksjö"),
                muni("Tranås"),
                muni("Aneby"),
                muni("Sävsjö"),
                org("Adda", "Adda Inköpscentral", "company"),
                org(SKR, SKR, "association"),
                org("Höglandsförbundet", "Höglandsförbundet", "municipal_federation"),
            ],
            munis=["Eksjö", "Tranås", "Aneby", "Sävsjö"],
            topics=["digitalisering", "e-tjänsteplattform", "upphandling", "förvaltningsorganisation"],
            decisions=[
                "Kommundirektörerna beslutade att gå vidare med en gemensam upphandling via Höglandsförbundet."
            ],
            follow_ups=["Henrik och Sara återkommer med ett förslag till projektdirektiv den 9 maj."],
            bfu=[
                "Nuvarande avtal med leverantören löper ut 2026-08-31 och en ny upphandling behöver påbörjas under hösten.",
                "Frågan om gemensam förvaltningsorganisation behöver lösas innan upphandlingen.",
                "Sveriges Kommuner och Regioner arbetar med en nationell referensarkitektur som bör beaktas.",
            ],
            dates=[
                date("2026-08-31", "2026-08-31", "day"),
                date("hösten", "2025", "season", True),
                date("9 maj", "2025-05-09", "day", True),
            ],
        ),
        item(
            4,
            "4. Civilt försvar – geografiskt områdesansvar",
            "Civilt försvar – geografiskt områdesansvar",
            persons=[
                per(
                    "Johanna Ek Stridh",
                    aff="Myndigheten för samhällsskydd och beredskap",
                    affc=MSB,
                    role="presents MSB guidance",
                    also=["Johanna"],
                ),
                per(
                    "Jonas Holm",
                    aff="Länsstyrelsen i Jönköpings län",
                    affc=LST,
                    role="informs on geographic area responsibility and the exercise",
                    also=["Jonas"],
                ),
            ],
            orgs=[
                org(MSB, MSB, "national_agency", ["MSB:s"]),
                org(LST, LST, "county_administrative_board", ["länsstyrelsens", "Länsstyrelsen"]),
                org(SKR, SKR, "association"),
                org("Region Jönköpings län", "Region Jönköpings län", "region"),
            ],
            topics=[
                "civilt försvar",
                "geografiskt områdesansvar",
                "krigsorganisation",
                "krigsplacering",
                "övning",
            ],
            follow_ups=[
                "Kommunerna ska redovisa sin planering för krigsorganisationen senast den 30 november.",
                "Beredskapssamordnarna på Höglandet får i uppdrag att ta fram ett gemensamt underlag om dubbla krigsplaceringar.",
                "Länsstyrelsen skickar ut inbjudan till övningen i april.",
            ],
            bdec=[
                "Beredskapssamordnarna på Höglandet får i uppdrag att ta fram ett gemensamt underlag om dubbla krigsplaceringar."
            ],
            bfu=[
                "Samtliga kommuner i länet förväntas delta med sina krisledningsorganisationer.",
                "Jonas informerade om länsstyrelsens arbete med det geografiska områdesansvaret och om den regionala övningen som genomförs 14–16 oktober 2025.",
            ],
            dates=[
                date("14–16 oktober 2025", "2025-10-14/2025-10-16", "range"),
                date("30 november", "2025-11-30", "day", True),
                date("april", "2025-04", "month", True),
            ],
        ),
        item(
            5,
            "5. Ekonomiskt läge",
            "Ekonomiskt läge",
            persons=[
                per("Mats Ekdahl", role="informs on SKR network"),
                per("Annika Forsberg", role="proposes joint meeting with finance directors"),
            ],
            orgs=[
                muni("Vetlanda"),
                muni("Nässjö"),
                muni("Tranås"),
                org(
                    "SKR:s nätverk för ekonomisk styrning", "SKR:s nätverk för ekonomisk styrning", "network"
                ),
            ],
            munis=["Vetlanda", "Nässjö", "Tranås"],
            topics=["ekonomiskt läge", "prognoser", "äldreomsorg", "ekonomichefer"],
            bdec=[
                "Förslaget togs emot positivt.",
                "Annika Forsberg föreslog att ekonomicheferna bjuds in till ett gemensamt möte under hösten.",
            ],
            bfu=[
                "Annika Forsberg föreslog att ekonomicheferna bjuds in till ett gemensamt möte under hösten.",
                "Mats Ekdahl informerade om att Tranås deltar i SKR:s nätverk för ekonomisk styrning och kan dela material från det.",
            ],
            dates=[date("2024", "2024", "year"), date("hösten", "2025", "season", True)],
        ),
        item(
            6,
            "6. Övriga frågor",
            "Övriga frågor",
            persons=[
                per("Eva Johansson", role="informs on study visit"),
                per("Lena Johansson", role="informs on recruitment"),
                per("Ulf Bergström", aff=None, role="leaving Sävsjö"),
            ],
            orgs=[
                muni("Eksjö", "Eksjö kommun"),
                muni("Sävsjö"),
                org("Region Kalmar län", "Region Kalmar län", "region"),
                org("Höglandsförbundets förbundsdirektion", "Höglandsförbundets förbundsdirektion", "other"),
            ],
            munis=["Eksjö", "Sävsjö"],
            topics=["studiebesök", "rekrytering av kommundirektör", "förbundsdirektionen"],
            follow_ups=[
                "Eva Johansson informerade om att Eksjö kommun tar emot ett studiebesök från Region Kalmar län den 22 april och att övriga kommuner är välkomna att delta.",
                "Höglandsförbundets förbundsdirektion sammanträder den 28 mars.",
            ],
            bfu=["Ulf Bergström slutar den 31 mars."],
            dates=[
                date("22 april", "2025-04-22", "day", True),
                date("31 mars", "2025-03-31", "day", True),
                date("28 mars", "2025-03-28", "day", True),
            ],
        ),
        item(
            7,
            "7. Nästa möte",
            "Nästa möte",
            orgs=[muni("Vetlanda")],
            munis=["Vetlanda"],
            topics=["nästa möte"],
            follow_ups=["Nästa möte hålls den 11 april kl. 09.00–12.00 i Vetlanda."],
            dates=[date("11 april", "2025-04-11", "day", True)],
        ),
    ],
}
check_and_write(DOC, gold, "Vid anteckningarna")
