# ruff: noqa
"""Gold for the KSON förbundsdirektion protocol (stage: hand annotation -> gold JSON)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from goldlib import Doc, att, date, item, org, person, write

D = Doc(
    "kson_direktion_2025-04-24.txt",
    {
        14: "§ 14 Val av justerare",
        15: "§ 15 Godkännande av dagordning",
        16: "§ 16 Förbundsdirektörens information",
        17: "§ 17 Årsredovisning 2024                                  Dnr KSON 2025/0012",
        18: "§ 18 Månadsrapport mars 2025                              Dnr KSON 2025/0020",
        19: "§ 19 Yttrande över remiss om regional handlingsplan för civilt     Dnr KSON 2025/0017\n"
        "försvar inom hälso- och sjukvården",
        20: "§ 20 Anmälan av delegationsbeslut",
        21: "§ 21 Övriga frågor",
    },
)
KSON = "Kommunalförbundet Sjukvård och omsorg i Norrtälje"
DIR = KSON + "s förbundsdirektion"
RS = "Region Stockholm"
NT = "Norrtälje"
TH = "TioHundra AB"
S = D.sent
SELF = "the meeting body itself"
BESLUT = "Förbundsdirektionens beslut"


def direktion(surface: str, *others: str) -> dict:
    return org(surface, DIR, "other", list(others), SELF)


present = [
    att("Anna-Karin Ekman", "Anna-Karin Ekman", RS, RS, "ordförande"),
    att("Lars Blom", "Lars Blom", RS, RS, "vice ordförande"),
    att("Eva Blom", "Eva Blom", RS, RS),
    att("Göran Wiklund", "Göran Wiklund", "Norrtälje kommun", NT),
    att("Karin Åström", "Karin Åström", "Norrtälje kommun", NT, None, "§§ 14–18", [14, 15, 16, 17, 18]),
    att(
        "Mona Hellström",
        "Mona Hellström",
        "Norrtälje kommun",
        NT,
        "tjänstgörande ersättare",
        "tjänstgörande ersättare för Peter Sjölund (KD)",
    ),
    att("Rasmus Lind", "Rasmus Lind", None, None, "Ersättare"),
    att("Birgitta Nyman", "Birgitta Nyman", None, None, "Ersättare"),
    att("Ulrika Rydén", "Ulrika Rydén", None, KSON, "förbundsdirektör"),
    att("Tomas Engström", "Tomas Engström", None, KSON, "ekonomichef", "§§ 17–18", [17, 18]),
    att("Helena Berg", "Helena Berg", None, KSON, "sekreterare"),
]

items = [
    item(
        D,
        14,
        "Val av justerare",
        subheadings=[BESLUT],
        persons=[person("Lars Blom", "Lars Blom", RS, "elected to check the minutes")],
        orgs=[direktion("Förbundsdirektionens", "Förbundsdirektionen")],
        topics=["val av justerare"],
        decisions=[S(14, "Förbundsdirektionen utser", "dagens protokoll.")],
    ),
    item(
        D,
        15,
        "Godkännande av dagordning",
        subheadings=[BESLUT],
        orgs=[direktion("Förbundsdirektionens")],
        topics=["dagordning"],
        decisions=[S(15, "Dagordningen godkänns", ".")],
    ),
    item(
        D,
        16,
        "Förbundsdirektörens information",
        subheadings=[BESLUT],
        persons=[person("Ulrika Rydén", "Ulrika Rydén", None, "informs")],
        orgs=[
            org(TH, TH, "company"),
            org("Region Stockholms", RS, "region"),
            direktion("Förbundsdirektionens", "Förbundsdirektionen"),
        ],
        topics=["vårdavtal", "närakut", "civilt försvar", "förbundsdirektörens information"],
        decisions=[S(16, "Förbundsdirektionen beslutar att lägga", "handlingarna.")],
        dates=[date("2026", "2026", "year"), date("2 juni 2025", "2025-06-02", "day")],
        places=["Norrtälje sjukhus"],
    ),
    item(
        D,
        17,
        "Årsredovisning 2024",
        subheadings=["Ärendebeskrivning", "Beslutsunderlag", BESLUT, "Beslutet skickas till"],
        persons=[person("Tomas Engström", "Tomas Engström", None, "presents the matter")],
        orgs=[
            org("Kommunalförbundet", KSON, "municipal_federation", ["Förbundet", KSON]),
            org(RS, RS, "region"),
            org("Norrtälje kommun", NT, "municipality"),
            direktion("Förbundsdirektionens", "Förbundsdirektionen"),
        ],
        munis=[NT],
        topics=["årsredovisning", "ansvarsfrihet", "resultat"],
        decisions=[S(17, "Förbundsdirektionen beslutar\natt godkänna årsredovisningen", "ansvarsfrihet.")],
        dates=[date("2024", "2024", "year"), date("2025-04-02", "2025-04-02", "day")],
        note="'Förbundets revisorer' in the distribution list is an address only (GOLD_CONVENTIONS §5 by analogy).",
    ),
    item(
        D,
        18,
        "Månadsrapport mars 2025",
        subheadings=["Ärendebeskrivning", BESLUT, "Beslutet skickas till"],
        persons=[
            person("Tomas Engström", "Tomas Engström", None, "presents the report"),
            person(
                "Karin Åström", "Karin Åström", "Norrtälje kommun", "asks about home care costs", aff_c=NT
            ),
            person("Eva Blom", "Eva Blom", RS, "asks about home care costs"),
        ],
        orgs=[
            org(TH, TH, "company"),
            direktion("Förbundsdirektionens", "Förbundsdirektionen", "direktionens"),
        ],
        topics=["månadsrapport", "prognos", "underskott", "hemtjänst", "LSS"],
        decisions=[S(18, "Förbundsdirektionen beslutar\natt godkänna månadsrapporten", "hemtjänsten.")],
        follow_ups=[S(18, "Analysen redovisas", "12 juni 2025.")],
        dates=[date("mars 2025", "2025-03", "month"), date("12 juni 2025", "2025-06-12", "day")],
    ),
    item(
        D,
        19,
        "Yttrande över remiss om regional handlingsplan för civilt försvar inom hälso- och sjukvården",
        subheadings=["Ärendebeskrivning", BESLUT, "Beslutet skickas till"],
        persons=[
            person("Ulrika Rydén", "Ulrika Rydén", None, "presents the matter"),
            person("Lars Blom", "Lars Blom", RS, "moves approval"),
        ],
        orgs=[
            org(RS, RS, "region"),
            org("kommunalförbundet", KSON, "municipal_federation", ["Förbundet"]),
            org(TH, TH, "company"),
            org(
                "Förvaltningen",
                KSON + "s förvaltning",
                "other",
                ["förvaltningens"],
                "the secretariat, acting (drafted the reply); GOLD_CONVENTIONS §5",
            ),
            direktion("Förbundsdirektionens", "Förbundsdirektionen"),
        ],
        topics=["remiss", "civilt försvar", "hälso- och sjukvård", "höjd beredskap", "yttrande"],
        decisions=[S(19, "Förbundsdirektionen beslutar att anta", "Region Stockholm.")],
        follow_ups=[S(19, "Remissvaret ska lämnas", "9 maj 2025.")],
        bdec=[S(19, "Lars Blom (S) yrkar", "förslag.")],
        dates=[date("9 maj 2025", "2025-05-09", "day")],
    ),
    item(
        D,
        20,
        "Anmälan av delegationsbeslut",
        subheadings=[BESLUT],
        orgs=[direktion("Förbundsdirektionens")],
        topics=["delegationsbeslut"],
        decisions=[S(20, "Anmälan av delegationsbesluten", "handlingarna.")],
        dates=[date("2025-02-01–2025-03-31", "2025-02-01/2025-03-31", "range")],
    ),
    item(D, 21, "Övriga frågor", topics=["övriga frågor"]),
]

gold = {
    "document": D.name,
    "meeting": {
        "body": DIR,
        "date_estimate": "2025-04-24",
        "date_evidence": ["2025-04-24", "torsdagen den 24 april 2025 kl. 09.00–11.40"],
        "place": "Kommunalförbundets lokaler, Baltzarsgatan 4, Norrtälje",
    },
    "present": present,
    "absent": [],
    "recorded_by": {"name": "Helena Berg", "canonical_name": "Helena Berg", "role": "Sekreterare"},
    "items": items,
    "document_note": "pdftotext output of a formal protocol (three pages); Peter Sjölund is named only as the member "
    "Mona Hellström replaces, so he is not added to absent (seeds §2 'Gaps in the lists').",
}

if __name__ == "__main__":
    write(
        D, gold, Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "gold"
    )
