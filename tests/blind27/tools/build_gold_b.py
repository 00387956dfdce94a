#!/usr/bin/env python3
# ruff: noqa
"""Gold for document B: Region Örebro län, regional samverkansgrupp för kompetensförsörjning 2025-05-06 (pdftotext -layout)."""

from __future__ import annotations

import sys

from gold_lib import att, check_and_write, date, item, muni, org, per

DOC = "minnesanteckningar_rsg_kompetensforsorjning_2025-05-06.txt"
ROL = "Region Örebro län"
SELF = "Regional samverkansgrupp för kompetensförsörjning (Region Örebro län)"
LST = "Länsstyrelsen i Örebro län"

present = [
    att("Lotta Engström", ROL, ROL, role="ordförande"),
    att("Jonas Wahlberg", ROL, ROL, role="sekreterare"),
    att("Maria Lindh", "Askersund", "Askersund"),
    att("Peter Alm", "Degerfors", "Degerfors"),
    att("Anneli Krantz", "Hallsberg", "Hallsberg"),
    att("Fredrik Ståhl", "Karlskoga", "Karlskoga"),
    att("Sara Modig", "Kumla", "Kumla"),
    att("Björn Eklund", "Laxå", "Laxå", note="ersättare för Camilla Ek"),
    att("Jessica Holm", "Lekeberg", "Lekeberg"),
    att("Patrik Sundin", "Lindesberg", "Lindesberg"),
    att("Ulrika Sundin", "Nora", "Nora"),
    att("Kristina Berg", "Örebro", "Örebro"),
    att("Henrik Ljung", "Örebro", "Örebro"),
    att("Anna Nyberg", "Arbetsförmedlingen", "Arbetsförmedlingen"),
    att("Göran Wik", LST, LST, note="punkt 4–6", items=[4, 5, 6]),
    att("Lena Mattsson", "Örebro universitet", "Örebro universitet", note="via Teams"),
]
absent = [
    att("Camilla Ek", "Laxå", "Laxå"),
    att("Sofie Lund", "Hällefors", "Hällefors"),
    att("Jenny Tall", "Ljusnarsberg", "Ljusnarsberg"),
]

items = [
    item(
        1,
        "Mötet öppnas",
        "1. Mötet öppnas",
        persons=[per("Lotta Engström", aff=ROL, aff_c=ROL, role_in_item="chair; opens the meeting")],
        topics=["mötets öppnande", "dagordning"],
        decisions=["Dagordningen godkändes\nmed tillägg av en informationspunkt om yrkesvux under punkt 5."],
    ),
    item(
        2,
        "Föregående minnesanteckningar",
        "2. Föregående minnesanteckningar",
        topics=["föregående minnesanteckningar"],
        decisions=["Minnesanteckningarna från den 11 mars 2025 gicks igenom och lades till handlingarna."],
        dates=[date("11 mars 2025", "2025-03-11", "day")],
    ),
    item(
        3,
        "Regional kompetensförsörjningsplan 2025–2030",
        "3. Regional kompetensförsörjningsplan 2025–2030",
        persons=[
            per(
                "Lotta Engström",
                aff=ROL,
                aff_c=ROL,
                role_in_item="presents the consultation draft",
                also=["Lotta"],
            ),
            per(
                "Kristina Berg",
                aff="Örebro kommun",
                aff_c="Örebro",
                role_in_item="asks for validation targets",
            ),
            per("Fredrik Ståhl", role_in_item="points to industry needs of Karlskoga and Degerfors"),
            per("Jonas", "Jonas Wahlberg", role_in_item="compiles the comments", also=["Jonas Wahlberg"]),
        ],
        orgs=[
            muni("Örebro", "Örebro kommun", other=["Örebro"]),
            muni("Karlskoga"),
            muni("Degerfors"),
            org("Bergslagsdiagonalen", "Bergslagsdiagonalen", "network"),
            org("samverkansgruppen", SELF, "network", note="the meeting body itself"),
        ],
        munis=["Örebro", "Karlskoga", "Degerfors"],
        topics=[
            "regional kompetensförsörjningsplan",
            "remiss",
            "vuxenutbildning",
            "validering",
            "industrins kompetensbehov",
        ],
        decisions=[
            "Gruppen enades om att de synpunkter som kom fram under mötet förs in i ett gemensamt\nunderlag från samverkansgruppen."
        ],
        follow_ups=[
            "Jonas sammanställer synpunkterna och skickar underlaget till gruppen senast den 23 maj."
        ],
        bfol=[
            "Remissen skickades till kommunerna den 14 april och sista dag för svar är den\n13 juni 2025.",
            "Lotta informerade om att Bergslagsdiagonalen kommer att lämna ett gemensamt inspel till\nremissen som rör kommunerna i norra länsdelen.",
        ],
        bdec=["Kristina Berg lyfte att Örebro kommun vill se\ntydligare mål för validering."],
        dates=[
            date("2025–2030", "2025/2030", "range"),
            date("14 april", "2025-04-14", "day", True),
            date("13 juni 2025", "2025-06-13", "day"),
            date("23 maj", "2025-05-23", "day", True),
        ],
    ),
    item(
        4,
        "Arbetsmarknadsläget i länet",
        "4. Arbetsmarknadsläget i länet",
        persons=[
            per(
                "Anna Nyberg",
                aff="Arbetsförmedlingen",
                aff_c="Arbetsförmedlingen",
                role_in_item="reports the labour market",
            ),
            per("Göran Wik", aff=LST, aff_c=LST, role_in_item="informs on the establishment of newcomers"),
        ],
        orgs=[
            org("Arbetsförmedlingen", "Arbetsförmedlingen", "national_agency"),
            muni("Hallsberg"),
            muni("Kumla"),
            org(
                "Länsstyrelsen i Örebro län",
                LST,
                "county_administrative_board",
                other=["länsstyrelsens", "Länsstyrelsen"],
            ),
        ],
        munis=["Hallsberg", "Kumla"],
        topics=[
            "arbetsmarknadsläget",
            "långtidsarbetslöshet",
            "etablering av nyanlända",
            "regional överenskommelse",
        ],
        follow_ups=[
            "Länsstyrelsen återkommer med ett förslag till ny överenskommelse till mötet i september."
        ],
        dates=[date("31 december 2025", "2025-12-31", "day"), date("september", "2025-09", "month", True)],
        places=["länet"],
    ),
    item(
        5,
        "Yrkesvux och regional samverkan",
        "5. Yrkesvux och regional samverkan",
        persons=[
            per(
                "Henrik Ljung",
                aff="Örebro kommun",
                aff_c="Örebro",
                role_in_item="informs on the joint grant application; convenes the working group",
                also=["Henrik"],
            ),
            per("Sara Modig", role_in_item="informs on a joint nursing-assistant programme"),
        ],
        orgs=[
            muni("Örebro", "Örebro kommun", other=["Örebro"]),
            org("Skolverket", "Skolverket", "national_agency"),
            muni("Kumla"),
            muni("Hallsberg"),
            muni("Lindesberg"),
            org(
                "Samverkansgruppen",
                SELF,
                "network",
                other=["samverkansgruppen"],
                note="the meeting body itself",
            ),
        ],
        munis=["Örebro", "Kumla", "Hallsberg", "Lindesberg"],
        topics=["yrkesvux", "statsbidrag", "undersköterskeutbildning", "arbetsgrupp för yrkesvux"],
        decisions=[
            "Samverkansgruppen beslutade att bilda en arbetsgrupp för gemensam planering av\nyrkesvux med representanter från Örebro, Kumla, Hallsberg och Lindesberg."
        ],
        follow_ups=[
            "Skolverket har beviljat medel för 2025\noch ansökan för 2026 ska lämnas in i oktober.",
            "Henrik är sammankallande och arbetsgruppen rapporterar till samverkansgruppen i september.",
        ],
        bfol=[
            "Sara Modig tog upp att Kumla och Hallsberg planerar en gemensam undersköterskeutbildning\nmed start i januari 2026."
        ],
        dates=[
            date("2025", "2025", "year"),
            date("2026", "2026", "year"),
            date("oktober", "2025-10", "month", True),
            date("januari 2026", "2026-01", "month"),
            date("september", "2025-09", "month", True),
        ],
        note="The page footer/header of pages 2-3 (Region Örebro län, address) falls inside this item's span; it is page furniture and not annotated.",
    ),
    item(
        6,
        "Övriga frågor och kommande möten",
        "6. Övriga frågor och kommande möten",
        persons=[
            per(
                "Lena Mattsson",
                aff="Örebro universitet",
                aff_c="Örebro universitet",
                role_in_item="informs on a conference",
            ),
            per("Jonas", "Jonas Wahlberg", role_in_item="sends the invitation", also=["Jonas Wahlberg"]),
            per("Patrik Sundin", role_in_item="asks for a review of summer jobs"),
        ],
        orgs=[org("Örebro universitet", "Örebro universitet", "other"), muni("Örebro")],
        munis=["Örebro"],
        topics=["konferens om livslångt lärande", "feriearbeten för unga", "mötesplanering"],
        follow_ups=["Inbjudan skickas ut av Jonas.", "Punkten tas upp på nästa möte."],
        bfol=[
            "Lena Mattsson informerade om att Örebro universitet arrangerar en konferens om livslångt\nlärande den 28 augusti.",
            "16 september, kl. 09.00–12.00, Eklundavägen 1, Örebro",
            "25 november, kl. 09.00–12.00, digitalt",
            "Patrik Sundin efterfrågade en genomgång av hur kommunerna arbetar med\nferiearbeten för unga.",
        ],
        dates=[
            date("28 augusti", "2025-08-28", "day", True),
            date("2025", "2025", "year"),
            date("16 september", "2025-09-16", "day", True),
            date("25 november", "2025-11-25", "day", True),
        ],
        note="'Örebro' in the list of coming meetings is the venue (address); counted as a member municipality named in the item, as the seeds count a venue (Kungsbacka).",
    ),
]

doc = {
    "meeting": {
        "body": SELF,
        "date_estimate": "2025-05-06",
        "date_evidence": ["Tid:      6 maj 2025, kl. 09.00–12.00", "2025-05-06"],
        "place": "Eklundavägen 1, Örebro, lokal Kilsbergen samt via Teams",
        "date_confidence": "high",
    },
    "present": present,
    "absent": absent,
    "recorded_by": {"name": "Jonas Wahlberg", "canonical_name": "Jonas Wahlberg", "role": "Sekreterare"},
    "items": items,
    "document_note": "Layout: a region's Word template exported to PDF and converted with pdftotext -layout (two-column header, attendance as name/organisation columns, page footers and form feeds).",
}

errs = check_and_write(doc, DOC)
print("\n".join(errs) or f"{DOC}: ok")
sys.exit(1 if errs else 0)
