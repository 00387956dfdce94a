"""Gold for document 2: Södertörns brandförsvarsförbund, direktionens protokoll 2024-10-24 (pdftotext)."""

# ruff: noqa: E501  (verbatim Swedish minutes text and gold quotes: long lines on purpose)

from __future__ import annotations

import sys

from gold_common import ROOT, att, check_and_write, dt, item, org, per

DOC = "sbff_direktionen_2024-10-24"
text = (ROOT / f"{DOC}.txt").read_text(encoding="utf-8")
SBFF = "Södertörns brandförsvarsförbund"
B = "Direktionens beslut"

present = [
    att("Gunnar Söderlund", "Huddinge", "Huddinge", role="ordförande", party="M"),
    att("Eva Ahlgren", "Södertälje", "Södertälje", role="vice ordförande", party="S"),
    att("Bo Lindahl", "Botkyrka", "Botkyrka", party="S"),
    att("Ann-Charlotte Ek", "Ekerö", "Ekerö", party="M"),
    att("Peter Sandberg", "Haninge", "Haninge", party="M"),
    att(
        "Helena Sandberg",
        "Nacka",
        "Nacka",
        role="tjänstgörande ersättare",
        note="tjänstgörande ersättare för Johan Wik (M)",
        party="KD",
    ),
    att("Mats Öhrn", "Nykvarn", "Nykvarn", party="C"),
    att("Linda Karlsson", "Nynäshamn", "Nynäshamn", party="S"),
    att("Ulf Bergman", "Salem", "Salem", note="§§ 41–46", items=[41, 42, 43, 44, 45, 46], party="M"),
    att(
        "Jonas Nyberg",
        "Salem",
        "Salem",
        role="tjänstgörande ersättare",
        note="tjänstgörande ersättare för Ulf Bergman (M), §§ 47–49",
        party="L",
        annotation_note="served §§ 47–49; as a substitute he was most likely present throughout, so items_attended is null",
    ),
    att("Kerstin Malm", "Tyresö", "Tyresö", party="S"),
    att("Maria Öberg", "Huddinge", "Huddinge", role="ersättare", party="S"),
    att("Rasmus Lind", "Södertälje", "Södertälje", role="ersättare", party="SD"),
    att("Tobias Wern", None, SBFF, role="förbundsdirektör"),
    att("Lotta Hedin", None, SBFF, role="förbundsjurist", note="sekreterare"),
    att("Niklas Forsberg", None, SBFF, role="ekonomichef", note="§ 44", items=[44]),
    att("Annika Strömberg", None, SBFF, role="avdelningschef förebyggande", note="§ 45", items=[45]),
]
absent = [
    att(
        "Johan Wik",
        None,
        "Nacka",
        party="M",
        annotation_note="not in an absence list; absent by implication of 'tjänstgörande ersättare för Johan Wik (M)', municipality from his substitute's line",
    )
]

items = [
    item(
        41,
        "Upprop och val av justerare",
        "§ 41\nUpprop och val av justerare",
        persons=[per("Kerstin Malm", aff="Tyresö", aff_c="Tyresö", role="elected to check the minutes")],
        topics=["val av justerare"],
        decisions=[
            "Direktionen beslutar att utse Kerstin Malm (S) att jämte ordföranden justera dagens\nprotokoll."
        ],
    ),
    item(
        42,
        "Godkännande av dagordning",
        "§ 42\nGodkännande av dagordning",
        topics=["dagordning"],
        decisions=["Direktionen beslutar att godkänna dagordningen."],
    ),
    item(
        43,
        "Förbundsdirektören informerar",
        "§ 43\nFörbundsdirektören informerar",
        persons=[per("Tobias Wern", aff_c=SBFF, role="förbundsdirektör; informs")],
        orgs=[
            org("Storstockholms brandförsvar", "Storstockholms brandförsvar", "municipal_federation"),
            org("Brandkåren Attunda", "Brandkåren Attunda", "municipal_federation"),
            org("Nykvarn", "Nykvarn", "municipality"),
            org("Nynäshamn", "Nynäshamn", "municipality"),
            org("Södertörnskommunernas ledningsgrupp", "Södertörnskommunernas ledningsgrupp", "network"),
        ],
        munis=["Nykvarn", "Nynäshamn"],
        topics=[
            "insatsstatistik",
            "fordonsbränder",
            "ledningssamverkan",
            "rekrytering av deltidsbrandmän",
            "civilt försvar",
        ],
        decisions=["Direktionen beslutar att lägga informationen till handlingarna."],
        dates=[
            dt("januari–september 2024", "2024-01/2024-09", "range"),
            dt("2023", "2023", "year"),
            dt("18\n  oktober", "2024-10-18", "day", inferred=True, note="wrapped by pdftotext"),
        ],
    ),
    item(
        44,
        "Delårsrapport per den 31 augusti 2024",
        "§ 44\nDelårsrapport per den 31 augusti 2024",
        subheadings=[B, "Ärendet"],
        persons=[
            per(
                "Niklas\nForsberg",
                canonical="Niklas Forsberg",
                aff_c=SBFF,
                role="ekonomichef; presents the matter",
            )
        ],
        topics=["delårsrapport", "ekonomiskt resultat", "prognos"],
        decisions=[
            "att godkänna delårsrapport per den 31 augusti 2024, samt",
            "att överlämna delårsrapporten till medlemskommunerna och förbundets revisorer.",
        ],
        dates=[
            dt("31 augusti 2024", "2024-08-31", "day"),
            dt("januari–augusti", "2024-01/2024-08", "range", inferred=True),
        ],
        note="decision = one entry per 'att'-clause; the name Niklas Forsberg is split by a line wrap",
    ),
    item(
        45,
        "Remiss – Handlingsprogram för skydd mot olyckor 2025–2028",
        "§ 45\nRemiss – Handlingsprogram för skydd mot olyckor 2025–2028",
        subheadings=[B, "Ärendet"],
        persons=[per("Annika Strömberg", aff_c=SBFF, role="avdelningschef; presents the proposal")],
        orgs=[org("MSB:s", "Myndigheten för samhällsskydd och beredskap", "national_agency")],
        topics=["handlingsprogram", "lagen om skydd mot olyckor", "remiss till medlemskommunerna"],
        decisions=[
            "Direktionen beslutar att skicka förslag till handlingsprogram för skydd mot olyckor\n2025–2028 på remiss till medlemskommunerna med svar senast den 31 januari 2025."
        ],
        follow_ups=[
            "Efter remissen sammanställs synpunkterna och ett slutligt förslag behandlas av\ndirektionen den 27 mars 2025.",
            "Handlingsprogrammet ska därefter antas av respektive\nkommunfullmäktige.",
        ],
        dates=[
            dt("2025–2028", "2025/2028", "range"),
            dt("31 januari 2025", "2025-01-31", "day"),
            dt("27 mars 2025", "2025-03-27", "day"),
        ],
        note="'lagen (2003:778)' is an SFS number, not a date; the page break (footer + header) falls after this item",
    ),
    item(
        46,
        "Budget 2025 med plan 2026–2027 samt medlemsbidrag",
        "§ 46\nBudget 2025 med plan 2026–2027 samt medlemsbidrag",
        subheadings=[B, "Ärendet", "Reservation"],
        persons=[
            per(
                "Linda Karlsson", aff="Nynäshamn", aff_c="Nynäshamn", role="moves a higher increase; reserves"
            ),
            per("Kerstin Malm", aff="Tyresö", aff_c="Tyresö", role="reserves"),
        ],
        topics=["budget 2025", "medlemsbidrag", "yrkande och reservation"],
        decisions=[
            "att fastställa budget 2025 med plan 2026–2027, samt",
            "att medlemsbidragen för 2025 räknas upp med 3,4 procent.",
        ],
        b_dec=[
            "Linda Karlsson (S) yrkar att medlemsbidragen räknas upp med 3,9 procent.",
            "Ordföranden\nställer proposition på förslagen och finner att direktionen beslutar enligt\nförbundsdirektörens förslag.",
            "Linda Karlsson (S) och Kerstin Malm (S) reserverar sig mot beslutet till förmån för\neget yrkande.",
        ],
        dates=[
            dt("2025", "2025", "year"),
            dt("2026–2027", "2026/2027", "range"),
            dt("19 september", "2024-09-19", "day", inferred=True),
        ],
    ),
    item(
        47,
        "Revidering av delegationsordning",
        "§ 47\nRevidering av delegationsordning",
        topics=["delegationsordning"],
        decisions=[
            "Direktionen beslutar att anta reviderad delegationsordning att gälla från och med den\n1 november 2024."
        ],
        dates=[dt("1 november 2024", "2024-11-01", "day")],
    ),
    item(
        48,
        "Sammanträdestider 2025",
        "§ 48\nSammanträdestider 2025",
        topics=["sammanträdestider"],
        decisions=[
            "Direktionen beslutar att fastställa följande sammanträdestider för 2025: 13 februari,\n27 mars, 22 maj, 12 juni, 25 september, 23 oktober och 11 december."
        ],
        b_dec=["Sammanträdena börjar kl. 14.00 och hålls på förbundskansliet om inte annat meddelas."],
        dates=[
            dt("2025", "2025", "year"),
            dt("13 februari", "2025-02-13", "day", inferred=True),
            dt("27 mars", "2025-03-27", "day", inferred=True),
            dt("22 maj", "2025-05-22", "day", inferred=True),
            dt("12 juni", "2025-06-12", "day", inferred=True),
            dt("25 september", "2025-09-25", "day", inferred=True),
            dt("23 oktober", "2025-10-23", "day", inferred=True),
            dt("11 december", "2025-12-11", "day", inferred=True),
        ],
        note="year of the meeting dates from 'för 2025' in the same sentence",
    ),
    item(
        49,
        "Övriga frågor",
        "§ 49\nÖvriga frågor",
        persons=[per("Eva Ahlgren", aff="Södertälje", aff_c="Södertälje", role="asks about battery fires")],
        topics=["brandrisk litiumjonbatterier", "informationskampanj", "flerbostadshus"],
        decisions=["Direktionen beslutar att lägga informationen till handlingarna."],
        follow_ups=[
            "Förbundsdirektören svarar att en\ninformationskampanj tillsammans med medlemskommunernas bostadsbolag planeras och att\ndirektionen får en redovisning vid sammanträdet den 13 februari 2025."
        ],
        dates=[dt("13 februari 2025", "2025-02-13", "day")],
    ),
]

doc = {
    "document": DOC,
    "meeting": {
        "body": "Södertörns brandförsvarsförbund, direktionen",
        "date_estimate": "2024-10-24",
        "date_evidence": ["Sammanträdesdatum 2024-10-24"],
        "place": "Brandstationen i Tumba, konferensrummet",
        "date_confidence": "high",
        "date_reasoning": "stated in the page header and the ANSLAG/BEVIS block",
    },
    "present": present,
    "absent": absent,
    "recorded_by": {"name": "Lotta Hedin", "canonical_name": "Lotta Hedin", "role": "sekreterare"},
    "items": items,
    "document_note": "PDF protocol converted with pdftotext (default mode): page header repeated on every page, "
    "'Justerandes sign / Utdragsbestyrkande' footer, form feeds, body text hard-wrapped at ~86 characters.",
}
# the last item ends at the page footer that follows it
errors = check_and_write(doc, text, "Justerandes sign")
print("\n".join(errors) or f"{DOC}: ok")
sys.exit(1 if errors else 0)
