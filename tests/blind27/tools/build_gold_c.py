#!/usr/bin/env python3
# ruff: noqa
"""Gold for document C: Bergslagens Räddningstjänst, direktionens protokoll 2025-04-24 (pdftotext -layout)."""

from __future__ import annotations

import re
import sys

from gold_lib import DRAFT, att, check_and_write, date, item, muni, org, per

DOC = "protokoll_direktionen_2025-04-24.txt"
BRT = "Bergslagens Räddningstjänst"
SELF = "Bergslagens Räddningstjänst, direktionen"
TEXT = (DRAFT / DOC).read_text(encoding="utf-8")


def heading(n: int) -> str:
    """The raw two-line heading '§ n   [Dnr …]' + title line, as in the text."""
    m = re.search(rf"^§ {n}\b[^\n]*\n[^\n]+", TEXT, re.M)
    assert m, n
    return m.group(0)


def direktionen(*more: str) -> dict:
    return org("Direktionen", SELF, "other", other=["Direktionens", *more], note="the meeting body itself")


DB = "Direktionens beslut"
LEAD = "Direktionen beslutar\n"

present = [
    att("Kjell Andersson", "Karlskoga", "Karlskoga", role="ordförande", note="(S)"),
    att("Birgitta Andersson", "Kristinehamn", "Kristinehamn", role="vice ordförande", note="(M)"),
    att("Roger Nilsson", "Degerfors", "Degerfors", note="(S)"),
    att("Anita Lövgren", "Storfors", "Storfors", note="(C)"),
    att(
        "Stefan Ros",
        "Filipstad",
        "Filipstad",
        role="tjänstgörande ersättare för Ulla Berglund (KD)",
        note="(S)",
    ),
    att("Peter Holm", "Karlskoga", "Karlskoga", role="ersättare", note="(SD)"),
    att(
        "Lars-Göran Eriksson",
        "Kristinehamn",
        "Kristinehamn",
        role="ersättare",
        note="§§ 20–23",
        items=[20, 21, 22, 23],
    ),
    att("Mats Ekström", None, BRT, role="räddningschef"),
    att("Karin Lodén", None, BRT, role="förbundssekreterare"),
    att("Jan Sjöholm", None, BRT, role="ekonomichef", note="§§ 22–23", items=[22, 23]),
    att("Eva-Lena Strömberg", "Filipstad", "Filipstad", role="kommundirektör", note="§ 25", items=[25]),
]
absent = [
    att("Ulla Berglund", None, "Filipstad", note="(KD)"),
]

items = [
    item(
        20,
        "Val av justerare",
        heading(20),
        subheadings=[DB],
        persons=[per("Birgitta Andersson", role_in_item="elected to check the minutes")],
        orgs=[direktionen()],
        topics=["val av justerare"],
        decisions=[LEAD + "att utse Birgitta Andersson (M) att jämte ordföranden justera dagens protokoll."],
    ),
    item(
        21,
        "Godkännande av dagordning",
        heading(21),
        subheadings=[DB],
        orgs=[direktionen()],
        topics=["dagordning", "höjd beredskap"],
        decisions=[
            LEAD
            + "att godkänna dagordningen med tillägg av en informationspunkt om höjd beredskap under § 27."
        ],
    ),
    item(
        22,
        "Årsredovisning 2024",
        heading(22),
        subheadings=["Ärendebeskrivning", DB],
        persons=[per("Jan Sjöholm", aff_c=BRT, role_in_item="presents the matter (ekonomichef)")],
        orgs=[direktionen()],
        topics=["årsredovisning 2024", "resultat", "ansvarsfrihet"],
        decisions=[
            LEAD + "att godkänna årsredovisningen för 2024, samt",
            "att överlämna årsredovisningen till medlemskommunernas fullmäktige för beslut om\nansvarsfrihet.",
        ],
        dates=[date("2024", "2024", "year")],
        note="'Förbundet' (the federation as a generic noun) is not annotated.",
    ),
    item(
        23,
        "Budget 2026 och plan 2027–2028",
        heading(23),
        subheadings=["Ärendebeskrivning", "Yrkanden", DB, "Reservation"],
        persons=[
            per(
                "Roger Nilsson",
                aff="Degerfors",
                aff_c="Degerfors",
                role_in_item="proposes a lower increase; enters a reservation",
            )
        ],
        orgs=[muni("Degerfors"), direktionen("direktionen")],
        munis=["Degerfors"],
        topics=["budget 2026", "medlemsbidrag", "yrkande och reservation"],
        decisions=[
            LEAD + "att fastställa budget 2026 och plan 2027–2028 enligt förvaltningens förslag, samt",
            "att medlemsbidragen för 2026 räknas upp med 3,1 procent.",
        ],
        bdec=[
            "Roger Nilsson (S) yrkar att uppräkningen begränsas till 2,5 procent.",
            "Ordföranden ställer förslagen mot varandra och finner att direktionen beslutar enligt\nförvaltningens förslag.",
        ],
        dates=[date("2026", "2026", "year"), date("2027–2028", "2027/2028", "range")],
        note="'förvaltningens förslag' is the author of a proposal, not an actor or addressee: not annotated (GOLD_CONVENTIONS §5).",
    ),
    item(
        24,
        "Handlingsprogram enligt LSO 2026–2029",
        heading(24),
        subheadings=["Ärendebeskrivning", DB],
        persons=[
            per(
                "Mats Ekström",
                aff_c=BRT,
                role_in_item="presents the programme (räddningschef); reports back in September",
            )
        ],
        orgs=[
            org(
                "MSB:s",
                "Myndigheten för civilt försvar",
                "national_agency",
                note="MSB at the time of the meeting; renamed 2026",
            ),
            org(
                "Länsstyrelsen i Värmlands län",
                "Länsstyrelsen i Värmlands län",
                "county_administrative_board",
            ),
            org(
                "Länsstyrelsen i\nÖrebro län",
                "Länsstyrelsen i Örebro län",
                "county_administrative_board",
                note="line-wrapped in the text",
            ),
            direktionen("direktionen"),
        ],
        topics=["handlingsprogram enligt LSO", "samråd", "skydd mot olyckor"],
        decisions=[
            LEAD
            + "att skicka förslaget till handlingsprogram på samråd under perioden 15 maj–15 augusti\n2025."
        ],
        follow_ups=[
            "Mats Ekström återkommer till direktionen med en sammanställning av samrådssvaren vid\nsammanträdet den 25 september."
        ],
        bfol=[
            "Programmet ska enligt MSB:s föreskrifter antas av direktionen\noch därefter skickas på samråd till Länsstyrelsen i Värmlands län och Länsstyrelsen i\nÖrebro län."
        ],
        dates=[
            date("2026–2029", "2026/2029", "range"),
            date("15 maj–15 augusti\n2025", "2025-05-15/2025-08-15", "range"),
            date("25 september", "2025-09-25", "day", True),
        ],
        note="The page break (footer, header of page 4) falls inside this item; page furniture is not annotated.",
    ),
    item(
        25,
        "Översyn av förbundsordningen",
        heading(25),
        subheadings=["Ärendebeskrivning", DB],
        persons=[
            per(
                "Eva-Lena\nStrömberg",
                "Eva-Lena Strömberg",
                "Filipstad",
                "Filipstad",
                "presents the municipal directors' timetable (kommundirektör)",
            )
        ],
        orgs=[muni("Filipstad"), direktionen("direktionens")],
        munis=["Filipstad"],
        topics=["förbundsordning", "kostnadsfördelning", "tidplan för översyn"],
        decisions=[
            LEAD + "att ställa sig bakom tidplanen för översynen, samt",
            "att uppdra åt förbundssekreteraren att i samråd med kommundirektörerna ta fram ett\nförslag till reviderad förbundsordning till direktionens sammanträde i november.",
        ],
        bfol=[
            "att uppdra åt förbundssekreteraren att i samråd med kommundirektörerna ta fram ett\nförslag till reviderad förbundsordning till direktionens sammanträde i november."
        ],
        dates=[date("våren", "2025", "season", True), date("november", "2025-11", "month", True)],
        note="The name is line-wrapped in the text ('Eva-Lena\\nStrömberg'). 'Kommundirektörerna i medlemskommunerna' is a group of officials, not a named body.",
    ),
    item(
        26,
        "Delegationsbeslut och meddelanden",
        heading(26),
        subheadings=[DB],
        orgs=[
            muni("Karlskoga", "Karlskoga kommuns", other=["Karlskoga"]),
            org("Karlskoga kommuns revisorer", "Karlskoga kommuns revisorer", "other"),
            direktionen(),
        ],
        munis=["Karlskoga"],
        topics=["delegationsbeslut", "meddelanden", "revisorernas protokoll"],
        decisions=[LEAD + "att lägga redovisningen till handlingarna."],
        dates=[date("2025-02-01–2025-03-31", "2025-02-01/2025-03-31", "range")],
    ),
    item(
        27,
        "Räddningschefen informerar",
        heading(27),
        subheadings=[DB],
        persons=[
            per(
                "Mats",
                "Mats Ekström",
                aff_c=BRT,
                role_in_item="informs (räddningschef)",
                also=["Mats Ekström"],
            )
        ],
        orgs=[
            org("Räddningstjänsten Dala Mitt", "Räddningstjänsten Dala Mitt", "municipal_federation"),
            muni("Storfors"),
            muni("Degerfors"),
            direktionen(),
        ],
        munis=["Storfors", "Degerfors"],
        topics=[
            "skogsbrandsberedskap",
            "rekrytering av deltidsbrandmän",
            "höjd beredskap och civilt försvar",
        ],
        decisions=[LEAD + "att lägga informationen till handlingarna."],
        note="'länsstyrelserna' (plural, generic) is not annotated.",
    ),
]

doc = {
    "meeting": {
        "body": SELF,
        "date_estimate": "2025-04-24",
        "date_evidence": ["Sammanträdesdatum", "2025-04-24"],
        "place": "Brandstationen i Karlskoga, Bergsmansgatan 30",
        "date_confidence": "high",
    },
    "present": present,
    "absent": absent,
    "recorded_by": {"name": "Karin Lodén", "canonical_name": "Karin Lodén", "role": "Sekreterare"},
    "items": items,
    "document_note": "Layout: formal protocol of a kommunalförbund's direktion, PDF converted with pdftotext -layout (front page with Beslutande/Ersättare/Övriga deltagande, signatures, § headings with Dnr, page headers and 'Justerandes signatur' footers).",
}

errs = check_and_write(doc, DOC)
print("\n".join(errs) or f"{DOC}: ok")
sys.exit(1 if errs else 0)
