# ruff: noqa
"""Gold for Region Uppsala's regional samverkansgrupp för kollektivtrafik (stage: hand annotation -> gold JSON)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from goldlib import Doc, att, date, item, org, person, write

D = Doc(
    "region_uppsala_kollektivtrafik_2025-03-13.txt",
    {
        1: "1. Inledning och föregående minnesanteckningar",
        2: "2. Trafikförändringar inför tidtabellsskiftet i december 2025",
        3: "3. Upptåget och trafiken över länsgränsen",
        4: "4. Remiss: Regionalt trafikförsörjningsprogram 2026–2030",
        5: "5. Tillgänglighet vid hållplatser",
        6: "6. Övrigt och nästa möte",
    },
)
RU = "Region Uppsala"
UL = "UL (Region Uppsalas kollektivtrafik)"
TRV = "Trafikverket"
S = D.sent

present = [
    att("Tove Hallberg", "Tove Hallberg", "Enköpings kommun", "Enköping", "trafikstrateg"),
    att("Mikael Strand", "Mikael Strand", "Heby kommun", "Heby", "samhällsbyggnadschef"),
    att("Sofia Nyberg", "Sofia Nyberg", "Håbo kommun", "Håbo", "trafikplanerare"),
    att("Oskar Lundin", "Oskar Lundin", "Knivsta kommun", "Knivsta", "planchef", "(punkt 1–4)", [1, 2, 3, 4]),
    att("Anders Holm", "Anders Holm", "Tierps kommun", "Tierp", "trafikplanerare"),
    att("Karin Holm", "Karin Holm", "Uppsala kommun", "Uppsala", "trafikchef"),
    att("Linnea Eriksson", "Linnea Eriksson", "Uppsala kommun", "Uppsala", "trafikplanerare"),
    att(
        "Pernilla Sandberg",
        "Pernilla Sandberg",
        "Östhammars kommun",
        "Östhammar",
        None,
        "(ersättare för Jan Åkesson)",
    ),
    att("Birgitta Wallin", "Birgitta Wallin", RU, RU, "avdelningschef strategisk planering, ordförande"),
    att("Johan Persson", "Johan Persson", RU, RU, "trafikplanerare UL"),
    att("Emma Kjellberg", "Emma Kjellberg", RU, RU, "utredare, sekreterare"),
    att("Jonas Öberg", "Jonas Öberg", "Sigtuna kommun", "Sigtuna", None, "(punkt 3)", [3]),
    att("Lars Nordin", "Lars Nordin", TRV, TRV, None, "(punkt 3)", [3]),
]
absent = [att("Jan Åkesson", "Jan Åkesson", "Östhammars kommun", "Östhammar")]

items = [
    item(
        D,
        1,
        "Inledning och föregående minnesanteckningar",
        persons=[person("Birgitta Wallin", "Birgitta Wallin", RU, "chair; welcomes")],
        topics=["inledning", "föregående minnesanteckningar"],
        decisions=[S(1, "Minnesanteckningarna från", "utan ändringar.")],
        dates=[date("28 november 2024", "2024-11-28", "day")],
    ),
    item(
        D,
        2,
        "Trafikförändringar inför tidtabellsskiftet i december 2025",
        persons=[
            person("Johan Persson", "Johan Persson", RU, "presents UL's proposal; receives comments"),
            person("Mikael Strand", "Mikael Strand", "Heby kommun", "Heby is critical", aff_c="Heby"),
            person(
                "Tove Hallberg",
                "Tove Hallberg",
                "Enköpings kommun",
                "welcomes the denser service",
                aff_c="Enköping",
            ),
        ],
        orgs=[
            org("UL:s", UL, "other"),
            org("Uppsala", "Uppsala", "municipality"),
            org("Enköping", "Enköping", "municipality"),
            org("Heby kommun", "Heby", "municipality"),
            org("Region Uppsala", RU, "region"),
        ],
        munis=["Uppsala", "Enköping", "Heby"],
        topics=[
            "tidtabellsskifte",
            "trafikförändringar",
            "anropsstyrd trafik",
            "landsbygdslinjer",
            "skolskjuts",
        ],
        follow_ups=[
            S(2, "Region Uppsala tar fram", "Heby kommun."),
            S(2, "Synpunkter på förslaget", "11 april 2025."),
        ],
        dates=[
            date("december 2025", "2025-12", "month"),
            date("14 december 2025", "2025-12-14", "day"),
            date("11 april 2025", "2025-04-11", "day"),
        ],
        note="'stråket Uppsala–Enköping' names two member municipalities (as the venue Kungsbacka counts in the seeds, §6).",
    ),
    item(
        D,
        3,
        "Upptåget och trafiken över länsgränsen",
        persons=[
            person("Lars Nordin", "Lars Nordin", TRV, "reports the track works"),
            person(
                "Jonas Öberg",
                "Jonas Öberg",
                "Sigtuna kommun",
                "describes the commuters' situation",
                aff_c="Sigtuna",
            ),
            person("Oskar Lundin", "Oskar Lundin", "Knivsta kommun", "agrees", aff_c="Knivsta"),
            person("Birgitta", "Birgitta Wallin", RU, "responsible for the invitation"),
        ],
        orgs=[
            org("Trafikverket", TRV, "national_agency"),
            org("Uppsala", "Uppsala", "municipality"),
            org("Sigtuna kommun", "Sigtuna", "municipality"),
            org("Knivsta", "Knivsta", "municipality"),
            org("Håbo", "Håbo", "municipality"),
            org("UL", UL, "other"),
            org("SL", "AB Storstockholms Lokaltrafik", "company"),
            org("Region Uppsala", RU, "region"),
            org("Region Stockholm", "Region Stockholm", "region"),
        ],
        munis=["Uppsala", "Knivsta", "Håbo"],
        topics=["Upptåget", "banarbeten", "ersättningsbussar", "länsgränsöverskridande trafik", "Arlanda"],
        decisions=[S(3, "Gruppen ställer sig bakom", "kollektivtrafik.")],
        follow_ups=[S(3, "Birgitta ansvarar", "inbjudan.")],
        bfol=[S(3, "Ersättningsbussar kommer", "augusti 2025.")],
        dates=[
            date("sommaren", "2025", "season", True),
            date("16 juni", "2025-06-16", "day", True),
            date("10 augusti 2025", "2025-08-10", "day"),
        ],
        places=["Ostkustbanan", "Märsta", "Arlanda"],
    ),
    item(
        D,
        4,
        "Remiss: Regionalt trafikförsörjningsprogram 2026–2030",
        persons=[person("Emma Kjellberg", "Emma Kjellberg", RU, "informs on the remiss")],
        orgs=[
            org(
                "Regionalt trafikförsörjningsprogram 2026–2030",
                "Regionalt trafikförsörjningsprogram för Uppsala län 2026–2030",
                "programme",
            ),
            org(
                "regionala\nutvecklingsstrategin", "Regional utvecklingsstrategi för Uppsala län", "programme"
            ),
        ],
        topics=["trafikförsörjningsprogram", "remiss", "landsbygdstrafik", "regional utvecklingsstrategi"],
        follow_ups=[
            S(4, "Kommunerna lämnar remissvar", "30 juni 2025."),
            S(4, "En workshop om programmet", "tjänstepersoner."),
        ],
        bfol=[S(4, "Emma Kjellberg informerade", "30 juni 2025.")],
        dates=[
            date("2026–2030", "2026/2030", "range"),
            date("1 april–30 juni 2025", "2025-04-01/2025-06-30", "range"),
            date("30 juni 2025", "2025-06-30", "day"),
            date("8 maj 2025", "2025-05-08", "day"),
        ],
    ),
    item(
        D,
        5,
        "Tillgänglighet vid hållplatser",
        persons=[
            person(
                "Sofia Nyberg",
                "Sofia Nyberg",
                "Håbo kommun",
                "reports Håbo's stop inventory; drafts the checklist",
                ["Sofia"],
                aff_c="Håbo",
            ),
            person(
                "Karin Holm",
                "Karin Holm",
                "Uppsala kommun",
                "proposes a joint checklist; drafts it",
                ["Karin"],
                aff_c="Uppsala",
            ),
            person("Anders Holm", "Anders Holm", "Tierps kommun", "positive", aff_c="Tierp"),
        ],
        orgs=[
            org("Håbo kommuns", "Håbo", "municipality"),
            org("Uppsala kommun", "Uppsala", "municipality"),
            org("Tierp", "Tierp", "municipality"),
        ],
        munis=["Håbo", "Uppsala", "Tierp"],
        topics=["tillgänglighet", "hållplatser", "checklista"],
        decisions=[S(5, "Gruppen beslutade", "tas fram.")],
        follow_ups=[S(5, "Karin och Sofia", "nästa möte.")],
        bdec=[S(5, "Karin Holm berättade", "checklista.")],
        places=["väg 263"],
    ),
    item(
        D,
        6,
        "Övrigt och nästa möte",
        persons=[
            person(
                "Pernilla Sandberg",
                "Pernilla Sandberg",
                "Östhammars kommun",
                "reports a grant",
                aff_c="Östhammar",
            )
        ],
        orgs=[
            org("Östhammars kommun", "Östhammar", "municipality"),
            org("Trafikverket", TRV, "national_agency"),
            org("Enköping", "Enköping", "municipality"),
        ],
        munis=["Östhammar", "Enköping"],
        topics=["pendlarparkering", "nästa möte"],
        follow_ups=[S(6, "Nästa möte hålls", "i Enköping.")],
        dates=[date("5 juni 2025", "2025-06-05", "day")],
        places=["Gimo"],
    ),
]

gold = {
    "document": D.name,
    "meeting": {
        "body": "Regional samverkansgrupp för kollektivtrafik i Uppsala län (Region Uppsala)",
        "date_estimate": "2025-03-13",
        "date_evidence": ["2025-03-13", "Torsdag 13 mars 2025, kl. 13.00–15.30"],
        "place": "Regionens hus, Uppsala, sal Linné",
    },
    "present": present,
    "absent": absent,
    "recorded_by": {"name": "Emma Kjellberg", "canonical_name": "Emma Kjellberg", "role": "sekreterare"},
    "items": items,
    "document_note": "pdftotext output of a two-page PDF: page footer, form feed and repeated page header fall inside item 2.",
}

if __name__ == "__main__":
    write(
        D, gold, Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "gold"
    )
