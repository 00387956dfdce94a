# ruff: noqa
"""Gold for document A: Socialchefsnätverket Uppsala län, 2025-03-13 (Word table exported to text)."""

from goldlib import DRAFT, att, date, item, muni, org, per, write

DOC = "socialchefsnatverket_uppsala_lan_2025-03-13.txt"
text = (DRAFT / DOC).read_text(encoding="utf-8")

RU = "Region Uppsala"
LGS = org(
    "Ledningsgruppen för samverkan",
    "Ledningsgruppen för samverkan (LGS), Uppsala län",
    "network",
    ["LGS", "Ledningsgruppen för samverkan (LGS)"],
)

doc = {
    "document": DOC,
    "meeting": {
        "body": "Socialchefsnätverket Uppsala län",
        "date_estimate": "2025-03-13",
        "date_evidence": ["Datum:\t2025-03-13"],
        "place": "Regionens hus, Uppsala",
        "date_confidence": "high",
        "date_reasoning": "stated in the header",
    },
    "present": [
        att("Maria Lindberg", "Enköpings kommun", "Enköping", "Socialchef"),
        att("Peter Sandström", "Heby kommun", "Heby", "Förvaltningschef"),
        att("Annika Holm", "Håbo kommun", "Håbo", "Socialchef"),
        att("Erik Johansson", "Knivsta kommun", "Knivsta", "Avdelningschef IFO", "ersättare för Lena Björk"),
        att("Sara Johansson", "Tierps kommun", "Tierp", "Socialchef", "(punkt 1–4)", [1, 2, 3, 4]),
        att("Karin Westberg", "Uppsala kommun", "Uppsala", "Direktör socialförvaltningen, ordförande"),
        att("Mikael Öberg", "Uppsala kommun", "Uppsala", "Direktör omsorgsförvaltningen"),
        att("Helena Ek", "Älvkarleby kommun", "Älvkarleby", "Socialchef", "(via Teams)"),
        att("Jonas Nyberg", "Östhammars kommun", "Östhammar", "Socialchef"),
        att("Ulrika Sjöberg", RU, RU, "Strateg, Hälso- och sjukvårdsförvaltningen", "(punkt 3)", [3]),
        att("Linda Åkesson", RU, RU, "Processledare, antecknare"),
    ],
    "absent": [att("Lena Björk", "Knivsta kommun", "Knivsta", "Socialchef")],
    "recorded_by": {"name": "Linda Åkesson", "canonical_name": "Linda Åkesson", "role": "Processledare"},
    "items": [
        item(
            1,
            "Mötets öppnande och föregående anteckningar",
            "1. Mötets öppnande och föregående anteckningar",
            persons=[per("Karin Westberg", role="chair; opens the meeting")],
            orgs=[muni("Östhammar")],
            munis=["Östhammar"],
            topics=["mötets öppnande", "dagordning", "föregående anteckningar"],
            decisions=[
                "Dagordningen godkändes med tillägg av en övrig fråga från Östhammar.",
                "Anteckningarna från mötet den 6 februari lades till handlingarna.",
            ],
            dates=[date("6 februari", "2025-02-06", "day", True)],
        ),
        item(
            2,
            "Ny socialtjänstlag – förberedelser i länet",
            "2. Ny socialtjänstlag – förberedelser i länet",
            persons=[
                per(
                    "Erik Johansson",
                    aff="Knivsta",
                    role="describes Knivsta's implementation; co-plans the training day",
                    also=["Erik"],
                ),
                per("Linda Åkesson", aff=RU, role="responsible for planning the training day"),
                per(
                    "Annika",
                    canonical="Annika Holm",
                    aff="Håbo",
                    role="co-plans the training day",
                    note="first name only; the only Annika present",
                ),
            ],
            orgs=[
                muni("Knivsta"),
                org("Socialstyrelsen", "Socialstyrelsen", "national_agency"),
                org("SKR", "Sveriges Kommuner och Regioner", "association"),
            ],
            munis=["Knivsta"],
            topics=[
                "ny socialtjänstlag",
                "implementering",
                "utbildningsdag för chefer",
                "förebyggande socialtjänst",
            ],
            decisions=[
                "Nätverket beslutade att ta fram en gemensam utbildningsdag för chefer i länet före sommaren."
            ],
            follow_ups=["Linda Åkesson ansvarar för planeringen tillsammans med Erik och Annika."],
            dates=[date("1 juli 2025", "2025-07-01", "day"), date("våren", "2025", "season", True)],
        ),
        item(
            3,
            "Överenskommelse om barn och unga med psykisk ohälsa",
            "3. Överenskommelse om barn och unga med psykisk ohälsa",
            persons=[
                per(
                    "Ulrika Sjöberg",
                    aff=RU,
                    role="presents the revised agreement; sends out the final proposal",
                    also=["Ulrika"],
                ),
                per("Linda Åkesson", aff=RU, role="receives comments"),
            ],
            orgs=[
                org("Region Uppsala", RU, "region"),
                org("BUP", "Barn- och ungdomspsykiatrin, Region Uppsala", "other"),
                LGS,
            ],
            topics=[
                "överenskommelse barn och unga",
                "psykisk ohälsa",
                "samordnad individuell plan",
                "samverkan region och kommuner",
            ],
            decisions=[
                "Nätverket ställer sig bakom förslaget och rekommenderar kommunerna att anta överenskommelsen."
            ],
            follow_ups=[
                "Ulrika skickar ut det slutliga förslaget till nätverket senast den 21 mars.",
                "Synpunkter på rutinbilagan lämnas till Linda Åkesson senast den 4 april.",
                "Överenskommelsen tas upp i Ledningsgruppen för samverkan (LGS) den 23 april för beslut.",
            ],
            dates=[
                date("21 mars", "2025-03-21", "day", True),
                date("4 april", "2025-04-04", "day", True),
                date("23 april", "2025-04-23", "day", True),
            ],
        ),
        item(
            4,
            "Placeringar av barn och unga – gemensam upphandling av HVB",
            "4. Placeringar av barn och unga – gemensam upphandling av HVB",
            persons=[
                per(
                    "Sara Johansson",
                    aff="Tierp",
                    role="reports on Tierp; will return with a basis; receives the data",
                    also=["Sara"],
                )
            ],
            orgs=[
                muni("Tierp"),
                muni("Håbo"),
                muni("Enköping"),
                org("Adda", "Adda Inköpscentral", "company"),
            ],
            munis=["Tierp", "Håbo", "Enköping"],
            topics=["placeringar av barn och unga", "HVB", "gemensam upphandling", "placeringskostnader"],
            follow_ups=[
                "Sara återkommer med ett underlag om för- och nackdelar till nästa möte.",
                "Samtliga kommuner ombeds skicka uppgifter om antal placeringar och kostnader för 2024 till Sara senast den 28 mars.",
            ],
            dates=[date("2024", "2024", "year"), date("28 mars", "2025-03-28", "day", True)],
        ),
        item(
            5,
            "Våld i nära relationer – regionalt utvecklingsarbete",
            "5. Våld i nära relationer – regionalt utvecklingsarbete",
            persons=[
                per(
                    "Helena Ek",
                    aff="Älvkarleby",
                    role="reports from the regional group against violence; takes the network's views there",
                    also=["Helena"],
                )
            ],
            orgs=[
                org(
                    "regionala samverkansgruppen mot våld",
                    "Regional samverkansgrupp mot våld, Uppsala län",
                    "network",
                    ["samverkansgruppen"],
                ),
                org(
                    "Länsstyrelsen i Uppsala län",
                    "Länsstyrelsen i Uppsala län",
                    "county_administrative_board",
                    ["Länsstyrelsen"],
                ),
            ],
            topics=["våld i nära relationer", "våldsutsatta äldre", "utvecklingsmedel"],
            follow_ups=["Helena tar med sig nätverkets synpunkter till nästa möte i samverkansgruppen."],
            bdec=["Flera kommuner vill samordna sina ansökningar."],
            bfu=["Länsstyrelsen erbjuder en utbildningsdag om våldsutsatta äldre den 15 maj."],
            dates=[date("15 maj", "2025-05-15", "day", True)],
        ),
        item(
            6,
            "Rapporter",
            "6. Rapporter",
            persons=[
                per("Mikael Öberg", aff="Uppsala", role="reports from LGS"),
                per("Peter Sandström", aff="Heby", role="reports from FoU-rådet"),
                per("Karin Westberg", aff="Uppsala", role="reports from SKR:s socialchefsnätverk"),
            ],
            orgs=[
                LGS,
                org("FoU-rådet", "FoU-rådet, Uppsala län", "network"),
                org("SKR:s socialchefsnätverk", "SKR:s socialchefsnätverk", "network"),
                org(
                    "länsgemensamma handlingsplanen för nära vård",
                    "Länsgemensam handlingsplan för nära vård, Uppsala län",
                    "programme",
                ),
            ],
            places=["Stockholm"],
            topics=["rapporter", "nära vård", "FoU-projekt", "SKR:s socialchefsnätverk"],
            follow_ups=["Den länsgemensamma handlingsplanen för nära vård ska revideras under hösten 2025."],
            bfu=[
                "FoU-rådet: Peter Sandström rapporterade att nya projektansökningar kan lämnas in till och med den 30 april."
            ],
            dates=[
                date("26 februari", "2025-02-26", "day", True),
                date("hösten 2025", "2025", "season"),
                date("30 april", "2025-04-30", "day", True),
                date("27–28 februari", "2025-02-27/2025-02-28", "range", True),
            ],
        ),
        item(
            7,
            "Övriga frågor",
            "7. Övriga frågor",
            persons=[
                per(
                    "Jonas Nyberg",
                    aff="Östhammar",
                    role="raises the interpreter question; contacts the interpreter service",
                    also=["Jonas"],
                ),
                per("Linda", canonical="Linda Åkesson", aff=RU, role="contacts the interpreter service"),
            ],
            orgs=[
                muni("Östhammar"),
                org("Region Uppsala", RU, "region"),
                org("regionens tolkförmedling", "Region Uppsalas tolkförmedling", "other"),
            ],
            munis=["Östhammar"],
            topics=["tolkstöd", "socialtjänst"],
            decisions=["Nätverket var överens om att frågan ska lyftas med Region Uppsala."],
            follow_ups=["Jonas och Linda kontaktar regionens tolkförmedling inför nästa möte."],
        ),
        item(
            8,
            "Nästa möte",
            "8. Nästa möte",
            persons=[
                per("Lena Björk", aff="Knivsta", role="hosts the next meeting"),
                per("Linda", canonical="Linda Åkesson", aff=RU, role="sends out the autumn meeting dates"),
            ],
            orgs=[muni("Knivsta")],
            munis=["Knivsta"],
            topics=["mötesplanering"],
            follow_ups=[
                "Nästa möte hålls den 10 april kl. 09.00–12.00 i Knivsta kommunhus.",
                "Mötestider hösten 2025 skickas ut av Linda i maj.",
            ],
            bfu=["Lena Björk är värd."],
            dates=[
                date("10 april", "2025-04-10", "day", True),
                date("hösten 2025", "2025", "season"),
                date("maj", "2025-05", "month", True),
            ],
        ),
    ],
}
write(doc, text, r"^(\d+)\. ", r"^Vid anteckningarna")
