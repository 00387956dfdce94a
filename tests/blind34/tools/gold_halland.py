# ruff: noqa
"""Gold for region_halland_social_hallbarhet_2025-05-20.txt (hand annotation as data)."""

from goldlib import att, check_and_write, date, item, muni, org, per

DOC = "region_halland_social_hallbarhet_2025-05-20.txt"
RH = "Region Halland"
LST = "Länsstyrelsen i Hallands län"
POL = "Polismyndigheten"
SF = "Samordningsförbundet i Halland"
SELF = "Regional samverkansgrupp för folkhälsa och social hållbarhet"

gold = {
    "document": DOC,
    "meeting": {
        "body": SELF + " (Region Halland)",
        "date_estimate": "2025-05-20",
        "date_evidence": ["Datum: 2025-05-20"],
        "place": "Regionens hus, Halmstad",
    },
    "present": [
        att("Per Svensson", RH, RH, "strateg folkhälsa", role_in_meeting="mötesledare"),
        att("Linda Gustafsson", RH, RH, "utvecklingsledare", role_in_meeting="antecknare"),
        att("Karin Svensson", "Falkenbergs kommun", "Falkenberg", "folkhälsostrateg"),
        att("Ahmed Karimi", "Halmstads kommun", "Halmstad", "folkhälsosamordnare"),
        att("Emma Berg", "Hylte kommun", "Hylte", None, "(ersättare för Jonna Ahlgren)"),
        att("Sofie Lindahl", "Kungsbacka kommun", "Kungsbacka", "folkhälsostrateg"),
        att("Björn Åkesson", "Laholms kommun", "Laholm", "folkhälsosamordnare"),
        att("Cecilia Nordin", "Varbergs kommun", "Varberg", "folkhälsostrateg"),
        att("Helena Wik", "Länsstyrelsen i Hallands län", LST, "samordnare ANDTS", "(punkt 4–5)", [4, 5]),
        att("Maria Lund", "Polisen Halland", POL, "kommunpolis", "(punkt 5)", [5]),
        att("Oskar Fredriksson", SF, SF, "förbundschef"),
    ],
    "absent": [att("Jonna Ahlgren", "Hylte kommun", "Hylte"), att("Anders Olsson", RH, RH)],
    "recorded_by": {"name": "Linda Gustafsson", "canonical_name": "Linda Gustafsson", "role": "Antecknare"},
    "items": [
        item(
            1,
            "1. Mötets öppnande och dagordning",
            "Mötets öppnande och dagordning",
            persons=[per("Per", "Per Svensson", role="opens the meeting")],
            topics=["mötets öppnande", "dagordning"],
            decisions=["Dagordningen godkändes."],
        ),
        item(
            2,
            "2. Uppföljning av den regionala folkhälsopolicyn",
            "Uppföljning av den regionala folkhälsopolicyn",
            persons=[
                per("Linda Gustafsson", role="presents survey results; sends compilation", also=["Linda"]),
                per("Cecilia", "Cecilia Nordin", role="reports from Varberg"),
            ],
            orgs=[muni("Varberg", "Varbergs kommun")],
            munis=["Varberg"],
            topics=["folkhälsopolicy", "folkhälsoenkät", "psykisk ohälsa bland unga", "indikatorer"],
            decisions=[
                "Gruppen enades om att en gemensam indikatorlista för alla sex kommuner tas fram under 2025."
            ],
            follow_ups=["Linda skickar ut en sammanställning per kommun senast den 13 juni."],
            dates=[
                date("2022", "2022", "year"),
                date("under 2025", "2025", "year"),
                date("13 juni", "2025-06-13", "day", True),
            ],
            urls=["regionhalland.se/folkhalsa"],
            note="The page footer 'Region Halland 1 (3)' and the running header inside this item are not item content.",
        ),
        item(
            3,
            "3. Suicidprevention – regional handlingsplan",
            "Suicidprevention – regional handlingsplan",
            persons=[
                per("Per Svensson", role="informs on revision of the plan", also=["Per"]),
                per("Oskar Fredriksson", aff=SF, affc=SF, role="wants to take part in the revision"),
            ],
            orgs=[
                org("Folkhälsomyndigheten", "Folkhälsomyndigheten", "national_agency"),
                org(SF, SF, "other"),
                org("Samverkansgruppen", SELF, "network", note="the meeting body itself"),
            ],
            topics=["suicidprevention", "regional handlingsplan", "nationell strategi", "referensgrupp"],
            decisions=["Samverkansgruppen utgör referensgrupp för revideringen av handlingsplanen."],
            follow_ups=["Kommunerna ombeds att senast den 30 augusti anmäla en kontaktperson till Per."],
            bfu=[
                "Per Svensson informerade om att den regionala handlingsplanen för suicidprevention ska revideras under hösten.",
                "Oskar Fredriksson påpekade att Samordningsförbundet i Halland når många personer som står långt från arbetsmarknaden och vill vara med i revideringen.",
            ],
            dates=[date("hösten", "2025", "season", True), date("30 augusti", "2025-08-30", "day", True)],
        ),
        item(
            4,
            "4. ANDTS – länsstrategi och tillsyn",
            "ANDTS – länsstrategi och tillsyn",
            persons=[
                per("Helena Wik", aff=LST, affc=LST, role="reports on the ANDTS strategy", also=["Helena"]),
                per("Björn Åkesson", role="raises supervision capacity"),
            ],
            orgs=[
                org(LST, LST, "county_administrative_board", ["Länsstyrelsen", "länsstyrelsens"]),
                org("ANDTS-strategin", "Länsgemensam ANDTS-strategi för Halland 2022–2026", "programme"),
                org(
                    "länsstyrelsens nätverk för tillsynshandläggare",
                    "Länsstyrelsen i Hallands läns nätverk för tillsynshandläggare",
                    "network",
                ),
                muni("Laholm"),
                muni("Hylte"),
            ],
            munis=["Laholm", "Hylte"],
            topics=["ANDTS", "länsstrategi", "tillsyn tobak och spel", "ansvarsfull alkoholservering"],
            follow_ups=[
                "Länsstyrelsen planerar en utbildning i ansvarsfull alkoholservering för kommunernas handläggare i september.",
                "Helena tar med sig frågan till länsstyrelsens nätverk för tillsynshandläggare.",
            ],
            dates=[date("2022–2026", "2022/2026", "range"), date("september", "2025-09", "month", True)],
        ),
        item(
            5,
            "5. Brottsförebyggande arbete – nytt lagkrav",
            "Brottsförebyggande arbete – nytt lagkrav",
            persons=[
                per(
                    "Maria Lund",
                    aff="Polisen",
                    affc=POL,
                    role="offers police input; plans seminar",
                    also=["Maria"],
                ),
                per("Helena Wik", role="attends the item"),
                per("Ahmed Karimi", role="reports from Halmstad"),
                per("Sofie Lindahl", role="reports from Kungsbacka"),
                per("Karin Svensson", role="plans the seminar"),
            ],
            orgs=[
                org("Polisen", POL, "national_agency", ["polisen"]),
                org("Brottsförebyggande rådet", "Brottsförebyggande rådet", "national_agency"),
                muni("Halmstad"),
                muni("Kungsbacka"),
                muni("Falkenberg"),
                org("Göteborgsregionen", "Göteborgsregionen", "municipal_federation"),
                org("Samverkansgruppen", SELF, "network", note="the meeting body itself"),
                org("Länsstyrelsen", LST, "county_administrative_board"),
            ],
            munis=["Halmstad", "Kungsbacka", "Falkenberg"],
            topics=["brottsförebyggande arbete", "lägesbild", "åtgärdsplan", "seminarium"],
            decisions=[
                "Samverkansgruppen beslutade att ett gemensamt seminarium om lägesbilder arrangeras den 25 september i Falkenberg."
            ],
            follow_ups=["Karin Svensson och Maria Lund planerar seminariet tillsammans med Länsstyrelsen."],
            bfu=[
                "Kommunerna ska ta fram en lägesbild och en åtgärdsplan.",
                "Maria erbjöd att polisen tar fram gemensamma underlag till lägesbilderna för de halländska kommunerna.",
            ],
            dates=[date("1 juli 2025", "2025-07-01", "day"), date("25 september", "2025-09-25", "day", True)],
            note="The page footer 'Region Halland 2 (3)' and the running header inside this item are not item content.",
        ),
        item(
            6,
            "6. Information från deltagarna",
            "Information från deltagarna",
            persons=[
                per("Karin", "Karin Svensson", role="reports from Falkenberg"),
                per("Emma", "Emma Berg", role="reports from Hylte"),
            ],
            orgs=[
                muni("Falkenberg"),
                muni("Halmstad"),
                muni("Varberg"),
                muni("Hylte"),
                org("Allmänna arvsfonden", "Allmänna arvsfonden", "other"),
                org("kommunfullmäktige", "Halmstads kommunfullmäktige", "other"),
                org("Länsstyrelsens", LST, "county_administrative_board"),
            ],
            munis=["Falkenberg", "Halmstad", "Varberg", "Hylte"],
            topics=["ungas fritid", "folkhälsoplan", "föräldraskapsstöd"],
            dates=[date("april", "2025-04", "month", True)],
        ),
        item(
            7,
            "7. Kommande möten",
            "Kommande möten",
            orgs=[muni("Varberg")],
            munis=["Varberg"],
            topics=["mötesplanering"],
            follow_ups=["Nästa möte: 2025-09-09, kl. 13.00–16.00, Teams.", "Därefter 2025-11-18 i Varberg."],
            dates=[date("2025-09-09", "2025-09-09", "day"), date("2025-11-18", "2025-11-18", "day")],
            note="The page footer 'Region Halland 3 (3)' is not item content.",
        ),
    ],
}
check_and_write(DOC, gold, None)
