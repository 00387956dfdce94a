# ruff: noqa
"""Gold for the Nordvästkommunerna kommundirektörsgrupp minutes (stage: hand annotation -> gold JSON)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from goldlib import Doc, att, date, item, org, person, write

D = Doc(
    "nordvast_kd_2025-02-07.txt",
    {
        1: "1. Mötets öppnande och dagordning",
        2: "2. Föregående minnesanteckningar",
        3: "3. Infrastruktur i nordvästra Stockholm – Ostkustbanan och Arlandabanan",
        4: "4. Civilt försvar – samverkan i länet",
        5: "5. Ekonomiskt läge och budgetförutsättningar 2026",
        6: "6. Övriga frågor",
    },
)
NVK = "Nordvästkommunerna"
LST = "Länsstyrelsen i Stockholms län"
S = D.sent

present = [
    att("Henrik Sjöberg", "Henrik Sjöberg", "Sollentuna kommun", "Sollentuna", "ordförande"),
    att("Anna Bergqvist", "Anna Bergqvist", "Järfälla kommun", "Järfälla"),
    att("Per Andersson", "Per Andersson", "Solna stad", "Solna"),
    att("Maria Andersson", "Maria Andersson", "Sundbybergs stad", "Sundbyberg"),
    att("Camilla Frisk", "Camilla Frisk", "Upplands Väsby kommun", "Upplands Väsby"),
    att("Magnus Rehn", "Magnus Rehn", "Sigtuna kommun", "Sigtuna"),
    att(
        "Lena Holm", "Lena Holm", "Upplands-Bro kommun", "Upplands-Bro", None, "(ersättare för Mats Ekström)"
    ),
    att("Sara Lindqvist", "Sara Lindqvist", "Nordvästkommunerna", NVK, "samordnare"),
    att("Jonas Öberg", "Jonas Öberg", "Sigtuna kommun", "Sigtuna", "samhällsbyggnadsdirektör", "(p. 3)", [3]),
    att("Erik Nyström", "Erik Nyström", LST, LST, None, "(p. 4)", [4]),
]
absent = [
    att("Mats Ekström", "Mats Ekström", "Upplands-Bro kommun", "Upplands-Bro"),
    att("Johanna Wennberg", "Johanna Wennberg", "Ekerö kommun", "Ekerö"),
]

items = [
    item(
        D,
        1,
        "Mötets öppnande och dagordning",
        persons=[
            person(
                "Henrik",
                "Henrik Sjöberg",
                "Sollentuna kommun",
                "chair; opens the meeting",
                aff_c="Sollentuna",
            )
        ],
        orgs=[org("Upplands Väsby", "Upplands Väsby", "municipality")],
        munis=["Upplands Väsby"],
        topics=["mötets öppnande", "dagordning"],
        decisions=[S(1, "Dagordningen godkändes", "(Upplands Väsby).")],
    ),
    item(
        D,
        2,
        "Föregående minnesanteckningar",
        topics=["föregående minnesanteckningar", "lokalförsörjningsanalys"],
        decisions=[S(2, "Minnesanteckningarna lades", "handlingarna.")],
        dates=[date("13 december 2024", "2024-12-13", "day")],
    ),
    item(
        D,
        3,
        "Infrastruktur i nordvästra Stockholm – Ostkustbanan och Arlandabanan",
        persons=[
            person(
                "Jonas Öberg",
                "Jonas Öberg",
                "Sigtuna kommun",
                "presents the state of the rail studies; sends the presentation; drafts the input",
                ["Jonas"],
                aff_c="Sigtuna",
            ),
            person(
                "Magnus", "Magnus Rehn", "Sigtuna kommun", "points out the Swedavia dialogue", aff_c="Sigtuna"
            ),
            person(
                "Per Andersson",
                "Per Andersson",
                "Solna stad",
                "stresses one voice towards Trafikverket",
                aff_c="Solna",
            ),
            person("Sara", "Sara Lindqvist", NVK, "spreads the presentation; drafts the input"),
        ],
        orgs=[
            org("Sigtuna kommun", "Sigtuna", "municipality"),
            org("Trafikverkets", "Trafikverket", "national_agency", ["Trafikverket"]),
            org("Region Stockholm", "Region Stockholm", "region"),
            org("RUFS", "Regional utvecklingsplan för Stockholmsregionen (RUFS)", "programme"),
            org("Swedavia", "Swedavia AB", "company"),
            org(
                "Nordvästkommunerna",
                NVK,
                "network",
                ["nordvästkommunerna"],
                "the network whose directors' group meets",
            ),
        ],
        munis=["Sigtuna"],
        topics=["infrastruktur", "Ostkustbanan", "Arlandabanan", "regional utvecklingsplan", "pendeltåg"],
        decisions=[S(3, "Gruppen ställer sig bakom", "tas fram.")],
        follow_ups=[
            S(3, "Jonas skickar presentationen", "i gruppen."),
            S(3, "Sara och Jonas tar fram", "den 4 april."),
        ],
        bdec=[
            S(3, "Per Andersson betonade", "gentemot Trafikverket."),
            S(3, "Magnus påpekade", "gruppens arbete."),
        ],
        bfol=[
            S(3, "Trafikverket räknar med", "hösten 2025."),
            S(3, "Region Stockholm arbetar samtidigt", "under våren."),
        ],
        dates=[
            date("hösten 2025", "2025", "season"),
            date("våren", "2025", "season", True),
            date("4 april", "2025-04-04", "day", True),
        ],
        places=["nordvästra Stockholm", "Stockholm–Uppsala", "Arlanda stad"],
    ),
    item(
        D,
        4,
        "Civilt försvar – samverkan i länet",
        persons=[
            person(
                "Erik Nyström",
                "Erik Nyström",
                LST,
                "informs on regional leadership; will send the conference invitation",
                ["Erik"],
            ),
            person(
                "Lena Holm",
                "Lena Holm",
                "Upplands-Bro kommun",
                "reports Upplands-Bro's war placement of staff",
                aff_c="Upplands-Bro",
            ),
        ],
        orgs=[
            org("Länsstyrelsen i Stockholms län", LST, "county_administrative_board", ["Länsstyrelsen"]),
            org("Region Stockholm", "Region Stockholm", "region"),
            org("Polismyndigheten", "Polismyndigheten", "national_agency"),
            org("MSB", "Myndigheten för samhällsskydd och beredskap", "national_agency"),
            org("Upplands-Bro", "Upplands-Bro", "municipality"),
            org("nordvästkommunerna", NVK, "network", note="the member municipalities collectively"),
        ],
        munis=["Upplands-Bro"],
        topics=["civilt försvar", "höjd beredskap", "krigsorganisation", "övningsplan", "vattenförsörjning"],
        decisions=[S(4, "Kommundirektörerna är överens", "för 2025–2026.")],
        follow_ups=[
            S(4, "Kommunerna ombeds meddela", "28 februari."),
            S(4, "Erik återkommer", "konferensen."),
        ],
        bfol=[S(4, "Erik berättade också", "22 maj 2025.")],
        dates=[
            date("22 maj 2025", "2025-05-22", "day"),
            date("2025–2026", "2025/2026", "range"),
            date("28 februari", "2025-02-28", "day", True),
        ],
    ),
    item(
        D,
        5,
        "Ekonomiskt läge och budgetförutsättningar 2026",
        persons=[
            person(
                "Maria Andersson",
                "Maria Andersson",
                "Sundbybergs stad",
                "reports Sundbyberg's hiring freeze",
                aff_c="Sundbyberg",
            ),
            person("Per", "Per Andersson", "Solna stad", "reports Solna's investment plan", aff_c="Solna"),
            person(
                "Camilla",
                "Camilla Frisk",
                "Upplands Väsby kommun",
                "reports pressure on särskilt boende",
                aff_c="Upplands Väsby",
            ),
            person("Sara", "Sara Lindqvist", NVK, "compiles the tax-base forecasts"),
        ],
        orgs=[
            org("Sundbyberg", "Sundbyberg", "municipality"),
            org("Solnas", "Solna", "municipality"),
            org("Upplands Väsby", "Upplands Väsby", "municipality"),
            org("SKR:s", "Sveriges Kommuner och Regioner", "association"),
        ],
        munis=["Sundbyberg", "Solna", "Upplands Väsby"],
        topics=["ekonomiskt läge", "budget 2026", "försörjningsstöd", "skatteunderlag", "investeringsplan"],
        follow_ups=[
            S(5, "SKR:s ekonomirapport kommer", "gemensam genomgång."),
            S(5, "Sara sammanställer", "nästa möte."),
        ],
        bdec=[S(5, "SKR:s ekonomirapport kommer", "gemensam genomgång.")],
        dates=[
            date("2026", "2026", "year"),
            date("2025", "2025", "year"),
            date("våren", "2025", "season", True),
            date("april", "2025-04", "month", True),
        ],
    ),
    item(
        D,
        6,
        "Övriga frågor",
        persons=[
            person(
                "Camilla Frisk",
                "Camilla Frisk",
                "Upplands Väsby kommun",
                "raises the Tillväxtverket project; sends the description",
                ["Camilla"],
                aff_c="Upplands Väsby",
            ),
            person(
                "Anna Bergqvist",
                "Anna Bergqvist",
                "Järfälla kommun",
                "hosts the next meeting; receives the project description",
                ["Anna"],
                aff_c="Järfälla",
            ),
            person(
                "Magnus", "Magnus Rehn", "Sigtuna kommun", "receives the project description", aff_c="Sigtuna"
            ),
        ],
        orgs=[
            org("Upplands Väsby", "Upplands Väsby", "municipality"),
            org("Tillväxtverket", "Tillväxtverket", "national_agency"),
            org("Järfälla", "Järfälla", "municipality"),
            org("Sigtuna", "Sigtuna", "municipality"),
        ],
        munis=["Upplands Väsby", "Järfälla", "Sigtuna"],
        topics=["näringslivsutveckling", "projektansökan", "nästa möte"],
        follow_ups=[S(6, "Camilla skickar", "Anna och Magnus."), S(6, "Nästa möte hålls", "kommunhus.")],
        bdec=[S(6, "Järfälla och Sigtuna är", "intresserade.")],
        dates=[date("4 april 2025", "2025-04-04", "day")],
    ),
]

gold = {
    "document": D.name,
    "meeting": {
        "body": "Nordvästkommunernas kommundirektörsgrupp",
        "date_estimate": "2025-02-07",
        "date_evidence": ["Datum: 7 februari 2025, kl. 09.00–12.00"],
        "place": "Sollentuna kommunhus, sammanträdesrum Edsberg",
    },
    "present": present,
    "absent": absent,
    "recorded_by": {"name": "Sara Lindqvist", "canonical_name": "Sara Lindqvist", "role": "Samordnare"},
    "items": items,
}

if __name__ == "__main__":
    write(
        D, gold, Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "gold"
    )
