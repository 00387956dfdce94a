"""Gold for document 1: Södertörnskommunernas ledningsgrupp (kommundirektörer), 2024-10-18."""

# ruff: noqa: E501  (verbatim Swedish minutes text and gold quotes: long lines on purpose)

from __future__ import annotations

import sys

from gold_common import ROOT, att, check_and_write, dt, item, org, per

DOC = "sodertorn_ledningsgrupp_2024-10-18"
text = (ROOT / f"{DOC}.txt").read_text(encoding="utf-8")

SBFF = "Södertörns brandförsvarsförbund"
SOD = org(
    "Södertörnskommunerna",
    "Södertörnskommunerna",
    "network",
    note="the eight-municipality collaboration the group belongs to",
)
KOMMITTE = "Södertörnskommunernas samarbetskommitté"

present = [
    att("Karin Lindqvist", "Botkyrka", "Botkyrka", role="ordförande"),
    att("Erik Nordin", "Haninge", "Haninge", note="(från punkt 3)", items=[3, 4, 5, 6, 7, 8, 9]),
    att("Anna Holmberg", "Huddinge", "Huddinge"),
    att("Jonas Falk", "Nykvarn", "Nykvarn"),
    att("Lena Åkesson", "Nynäshamn", "Nynäshamn", note="(ersättare för Mikael Strand)"),
    att("Johan Bergkvist", "Salem", "Salem"),
    att("Patrik Sjödin", "Södertälje", "Södertälje"),
    att("Per Holmberg", "Tyresö", "Tyresö"),
    att("Cecilia Rydén", "Södertörnssamarbetet", "Södertörnssamarbetet", role="strateg"),
    att("Sara Ek", "Huddinge kommun", "Huddinge", role="administratör"),
    att("Maria Dahlgren", "Region Stockholm", "Region Stockholm", note="(punkt 3)", items=[3]),
    att("Tobias Wern", SBFF, SBFF, role="förbundsdirektör", note="(punkt 4)", items=[4]),
]
absent = [att("Mikael Strand", "Nynäshamn", "Nynäshamn")]

items = [
    item(
        1,
        "Mötets öppnande och dagordning",
        "1.\tMötets öppnande och dagordning",
        persons=[
            per("Karin Lindqvist", role="ordförande; opens the meeting"),
            per("Lena Åkesson", role="welcomed as substitute"),
            per("Mikael Strand", role="replaced by Lena Åkesson"),
        ],
        topics=["mötets öppnande", "dagordning", "vinterberedskap i kollektivtrafiken"],
        decisions=[
            "Dagordningen godkändes med ett tillägg under övriga frågor om vinterberedskap i kollektivtrafiken."
        ],
    ),
    item(
        2,
        "Föregående minnesanteckningar",
        "2.\tFöregående minnesanteckningar",
        topics=["föregående minnesanteckningar"],
        decisions=[
            "Minnesanteckningarna från mötet den 20 september 2024 godkändes och lades till handlingarna."
        ],
        dates=[dt("20 september 2024", "2024-09-20", "day")],
    ),
    item(
        3,
        "Revidering av den regionala utvecklingsplanen (RUFS 2050)",
        "3.\tRevidering av den regionala utvecklingsplanen (RUFS 2050)",
        persons=[
            per(
                "Maria Dahlgren",
                aff="Region Stockholm",
                aff_c="Region Stockholm",
                role="informs about the plan revision",
            ),
            per("Cecilia", canonical="Cecilia Rydén", role="drafts the joint input", also=["Cecilia Rydén"]),
        ],
        orgs=[
            org("RUFS 2050", "RUFS 2050 – regional utvecklingsplan för Stockholmsregionen", "programme"),
            org("Region Stockholm", "Region Stockholm", "region"),
            org("regionfullmäktige", "Region Stockholms regionfullmäktige", "region"),
            org("trafikförsörjningsprogrammet", "Region Stockholms trafikförsörjningsprogram", "programme"),
            org("Spårväg syd", "Spårväg syd", "programme", note="rail project"),
            SOD,
        ],
        topics=[
            "regional utvecklingsplan",
            "RUFS 2050",
            "regionala stadskärnor",
            "samråd",
            "gemensamt inspel",
        ],
        decisions=[
            "Ledningsgruppen beslutade att Södertörnskommunerna ska lämna ett gemensamt inspel till Region Stockholm inför samrådet."
        ],
        follow_ups=[
            "Cecilia tar fram ett utkast till gemensamt inspel till ledningsgruppens möte den 22 november."
        ],
        b_dec=["Kommunerna vill involveras tidigare i processen än vid förra revideringen."],
        b_fu=[
            "Region Stockholm planerar att skicka ut ett samrådsförslag under våren 2025 och att planen ska antas av regionfullmäktige under 2026."
        ],
        dates=[
            dt("våren 2025", "2025", "season"),
            dt("2026", "2026", "year"),
            dt("22 november", "2024-11-22", "day", inferred=True),
        ],
        places=["Stockholmsregionen"],
        note="'Synpunkter från diskussionen:' is a run-in label, not a subheading; 'Södertörns regionala stadskärnor' is geographic",
    ),
    item(
        4,
        "Räddningstjänst och civilt försvar – information från Södertörns brandförsvarsförbund",
        "4.\tRäddningstjänst och civilt försvar – information från Södertörns brandförsvarsförbund",
        persons=[
            per(
                "Tobias Wern",
                aff=None,
                aff_c=SBFF,
                role="förbundsdirektör; informs, will return with a proposal",
                also=["Tobias"],
            )
        ],
        orgs=[
            org(SBFF, SBFF, "municipal_federation", other=["SBFF"]),
            org(
                "direktionen",
                "Södertörns brandförsvarsförbunds direktion",
                "other",
                note="SBFF's board, not the meeting body",
            ),
            org("MSB", "Myndigheten för samhällsskydd och beredskap", "national_agency"),
            org(
                "Länsstyrelsen i Stockholms län",
                "Länsstyrelsen i Stockholms län",
                "county_administrative_board",
            ),
            SOD,
        ],
        topics=[
            "civilt försvar",
            "höjd beredskap",
            "handlingsprogram enligt LSO",
            "ledningsövning",
            "remiss",
        ],
        decisions=[
            "Ledningsgruppen ställde sig positiv till en gemensam ledningsövning för Södertörnskommunerna och SBFF under våren 2025."
        ],
        follow_ups=[
            "Förslaget behandlas av direktionen den 24 oktober och skickas därefter på remiss till medlemskommunerna.",
            "Tobias återkommer med ett förslag på upplägg och kostnad till ledningsgruppens möte i januari.",
            "Kommundirektörerna ser till att remissen av handlingsprogrammet bereds i respektive kommun så att svar kan lämnas i tid.",
        ],
        b_fu=["MSB och Länsstyrelsen i Stockholms län planerar en större regional övning under hösten 2025."],
        dates=[
            dt("2025–2028", "2025/2028", "range"),
            dt("24 oktober", "2024-10-24", "day", inferred=True),
            dt("hösten 2025", "2025", "season"),
            dt("våren 2025", "2025", "season"),
            dt("januari", "2025-01", "month", inferred=True, note="the group's January meeting"),
        ],
    ),
    item(
        5,
        "Kompetensförsörjning – gemensam rekryteringskampanj för socionomer",
        "5.\tKompetensförsörjning – gemensam rekryteringskampanj för socionomer",
        persons=[
            per("Anna Holmberg", role="presents the HR network's proposal"),
            per("Per Holmberg", role="points to the existing campaigns"),
        ],
        orgs=[
            org("HR-nätverkets", "Södertörnskommunernas HR-nätverk", "network", other=["HR-nätverket"]),
            org("Södertörns högskola", "Södertörns högskola", "other", note="university"),
            org("Tyresö", "Tyresö", "municipality"),
            org("Nynäshamn", "Nynäshamn", "municipality"),
        ],
        munis=["Tyresö", "Nynäshamn"],
        topics=["kompetensförsörjning", "rekryteringskampanj", "socionomer", "kostnadsfördelning"],
        decisions=["Ledningsgruppen ställde sig bakom förslaget med kostnadsfördelning efter invånarantal."],
        follow_ups=[
            "HR-nätverket får i uppdrag att återkomma med tidplan och budget senast den 31 januari 2025."
        ],
        b_dec=[
            "Per Holmberg påpekade att Tyresö och Nynäshamn redan har egna kampanjer som löper till och med mars 2025 och att dessa bör samordnas med den gemensamma."
        ],
        dates=[dt("mars 2025", "2025-03", "month"), dt("31 januari 2025", "2025-01-31", "day")],
    ),
    item(
        6,
        "Tvärförbindelse Södertörn",
        "6.\tTvärförbindelse Södertörn",
        persons=[per("Erik Nordin", role="reports on the road project")],
        orgs=[
            org("Tvärförbindelse Södertörn", "Tvärförbindelse Södertörn", "programme", note="road project"),
            org("Trafikverket", "Trafikverket", "national_agency", other=["Trafikverkets"]),
            org("samarbetskommittén", KOMMITTE, "other", other=["samarbetskommitténs"]),
            org("Haninge", "Haninge", "municipality"),
            org("Huddinge", "Huddinge", "municipality"),
        ],
        munis=["Haninge", "Huddinge"],
        topics=["Tvärförbindelse Södertörn", "infrastruktur", "tidplan", "detaljplaner"],
        decisions=[
            "Ledningsgruppen vill att samarbetskommittén tar upp frågan direkt med Trafikverkets regiondirektör."
        ],
        follow_ups=["Frågan bereds till samarbetskommitténs möte den 8 november."],
        b_fu=[
            "Trafikverket har meddelat att byggstarten förskjuts och att en ny tidplan presenteras i början av 2025."
        ],
        dates=[dt("början av 2025", "2025", "year"), dt("8 november", "2024-11-08", "day", inferred=True)],
    ),
    item(
        7,
        "Rapporter",
        "7.\tRapporter",
        persons=[
            per(
                "Karin",
                canonical="Karin Lindqvist",
                role="reports from the cooperation committee",
                also=["Karin Lindqvist"],
            ),
            per("Patrik Sjödin", role="reports on the guardianship board"),
            per("Anna Holmberg", role="reports from Storsthlm's directors' network"),
        ],
        orgs=[
            org("Samarbetskommittén", KOMMITTE, "other"),
            org(
                "Södertörns överförmyndarnämnd",
                "Södertörns överförmyndarnämnd",
                "other",
                note="joint committee (gemensam nämnd)",
            ),
            org("Storsthlm", "Storsthlm", "association"),
            org("kommundirektörsnätverkets", "Storsthlms kommundirektörsnätverk", "network"),
        ],
        topics=["samarbetskommittén", "överförmyndarnämnd", "gymnasiesamverkan", "ny socialtjänstlag"],
        dates=[
            dt("4 oktober", "2024-10-04", "day", inferred=True),
            dt("2025", "2025", "year"),
            dt("11 oktober", "2024-10-11", "day", inferred=True),
        ],
        note="'nämndens' (the guardianship board) is an anaphor and not annotated separately",
    ),
    item(
        8,
        "Övriga frågor",
        "8.\tÖvriga frågor",
        persons=[
            per("Jonas Falk", role="raises winter preparedness"),
            per(
                "Karin",
                canonical="Karin Lindqvist",
                role="takes the question to Storsthlm",
                also=["Karin Lindqvist"],
            ),
        ],
        orgs=[
            org("Nykvarn", "Nykvarn", "municipality"),
            org("SL", "AB Storstockholms Lokaltrafik", "company"),
            org("Storsthlm", "Storsthlm", "association"),
            org("samarbetskommittén", KOMMITTE, "other"),
            org("Salem", "Salem", "municipality", note="venue"),
        ],
        munis=["Nykvarn", "Salem"],
        topics=["vinterberedskap", "kollektivtrafik", "ersättningstrafik", "julmingel"],
        follow_ups=[
            "Karin tar med sig frågan till Storsthlm.",
            "Julmingel för samarbetskommittén och ledningsgruppen hålls den 13 december i Salem.",
        ],
        b_dec=[
            "Vinterberedskap i kollektivtrafiken: Jonas Falk lyfte att Nykvarn vill att kommunerna gemensamt påtalar för SL vikten av fungerande ersättningstrafik vid snöoväder."
        ],
        dates=[dt("13 december", "2024-12-13", "day", inferred=True)],
        note="'Vinterberedskap i kollektivtrafiken:' is a run-in label of a bullet, not a subheading",
    ),
    item(
        9,
        "Nästa möte",
        "9.\tNästa möte",
        orgs=[org("Tyresö", "Tyresö", "municipality", note="venue (Tyresö kommunhus)")],
        munis=["Tyresö"],
        topics=["nästa möte"],
        follow_ups=["22 november 2024 kl. 09.00–12.00 i Tyresö kommunhus."],
        dates=[dt("22 november 2024", "2024-11-22", "day")],
    ),
]

doc = {
    "document": DOC,
    "meeting": {
        "body": "Södertörnskommunernas ledningsgrupp (kommundirektörer)",
        "date_estimate": "2024-10-18",
        "date_evidence": ["Datum:\t2024-10-18"],
        "place": "Södertälje stadshus, sammanträdesrum Igelsta",
        "date_confidence": "high",
        "date_reasoning": "stated in the header",
    },
    "present": present,
    "absent": absent,
    "recorded_by": {"name": "Sara Ek", "canonical_name": "Sara Ek", "role": "administratör"},
    "items": items,
    "document_note": "Word document saved as plain text: auto-numbered headings keep a tab after the number, bullets are '•' + tab.",
}
errors = check_and_write(doc, text, None)
print("\n".join(errors) or f"{DOC}: ok")
sys.exit(1 if errors else 0)
