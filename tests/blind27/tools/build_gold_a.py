#!/usr/bin/env python3
# ruff: noqa
"""Gold for document A: Bergslagsdiagonalen, kommundirektörsgruppen 2025-03-14 (Word export)."""

from __future__ import annotations

import sys

from gold_lib import att, check_and_write, date, item, muni, org, per

DOC = "minnesanteckningar_kommundirektorer_2025-03-14.txt"
BD = "Bergslagsdiagonalen"
SELF = "Bergslagsdiagonalen kommundirektörsgrupp"
ROL = "Region Örebro län"

present = [
    att("Anders Lindqvist", "Ludvika", "Ludvika", role="ordförande"),
    att("Karin Åström", "Smedjebacken", "Smedjebacken"),
    att("Per-Olof Nyberg", "Fagersta", "Fagersta"),
    att("Helena Nyberg", "Norberg", "Norberg"),
    att("Johan Ekstedt", "Skinnskatteberg", "Skinnskatteberg", note="(via Teams)"),
    att("Mikael Strand", "Ljusnarsberg", "Ljusnarsberg"),
    att("Susanne Bäck", "Lindesberg", "Lindesberg"),
    att("Tomas Grönvall", "Hällefors", "Hällefors", note="(punkt 1–4)", items=[1, 2, 3, 4]),
    att("Eva-Lena Strömberg", "Filipstad", "Filipstad"),
    att("Martin Hjort", "Storfors", "Storfors", note="(ersättare för Lena Dahl)"),
    att("Lotta Engström", ROL, ROL, note="(punkt 3)", items=[3]),
    att("Malin Vester", BD, BD, role="processledare"),
]
absent = [
    att("Lena Dahl", "Storfors", "Storfors"),
    att("Niklas Pettersson", "Nora", "Nora"),
]

items = [
    item(
        1,
        "Mötets öppnande och föregående minnesanteckningar",
        "1. Mötets öppnande och föregående minnesanteckningar",
        persons=[
            per(
                "Anders",
                "Anders Lindqvist",
                role_in_item="opens the meeting (chair)",
                also=["Anders Lindqvist"],
            ),
            per("Martin Hjort", role_in_item="substitute for Storfors"),
            per("Lena Dahl", role_in_item="substituted"),
        ],
        orgs=[muni("Storfors")],
        munis=["Storfors"],
        topics=["mötets öppnande", "ersättare", "föregående minnesanteckningar"],
        decisions=["Minnesanteckningarna från mötet den 24 januari lades till handlingarna."],
        dates=[date("24 januari", "2025-01-24", "day", True)],
    ),
    item(
        2,
        "Laget runt",
        "2. Laget runt",
        persons=[
            per(
                "Anders",
                "Anders Lindqvist",
                "Ludvika",
                "Ludvika",
                "reports from Ludvika",
                also=["Anders Lindqvist"],
            ),
            per(
                "Susanne",
                "Susanne Bäck",
                "Lindesberg",
                "Lindesberg",
                "reports from Lindesberg",
                also=["Susanne Bäck"],
            ),
            per(
                "Eva-Lena",
                "Eva-Lena Strömberg",
                "Filipstad",
                "Filipstad",
                "reports from Filipstad",
                also=["Eva-Lena Strömberg"],
            ),
            per(
                "Tomas",
                "Tomas Grönvall",
                "Hällefors",
                "Hällefors",
                "reports from Hällefors",
                also=["Tomas Grönvall"],
            ),
            per(
                "Johan",
                "Johan Ekstedt",
                "Skinnskatteberg",
                "Skinnskatteberg",
                "reports from Skinnskatteberg",
                also=["Johan Ekstedt"],
            ),
        ],
        orgs=[
            muni("Ludvika"),
            muni("Lindesberg"),
            muni("Nora"),
            muni("Ljusnarsberg"),
            muni("Filipstad"),
            muni("Hällefors"),
            muni("Skinnskatteberg"),
            org("Hitachi Energy", "Hitachi Energy", "company"),
            org("Trafikverket", "Trafikverket", "national_agency"),
            org("Landsbygdsnätverket", "Landsbygdsnätverket", "network"),
        ],
        munis=["Ludvika", "Lindesberg", "Nora", "Ljusnarsberg", "Filipstad", "Hällefors", "Skinnskatteberg"],
        topics=[
            "ekonomiskt läge inför budget 2026",
            "gymnasieorganisation",
            "riksväg 63",
            "bostäder",
            "effektiviseringar",
        ],
        bdec=[
            "Gruppen konstaterade att det finns ett behov av att jämföra hur kommunerna arbetar med effektiviseringar inför 2026."
        ],
        dates=[
            date("2026", "2026", "year"),
            date("2027", "2027", "year"),
            date("våren", "2025", "season", True),
        ],
    ),
    item(
        3,
        "Regional kompetensförsörjning",
        "3. Regional kompetensförsörjning",
        persons=[
            per(
                "Lotta Engström",
                aff=ROL,
                aff_c=ROL,
                role_in_item="presents the regional plan (regionutvecklare)",
            ),
            per(
                "Per-Olof",
                "Per-Olof Nyberg",
                "Fagersta",
                "Fagersta",
                "comments on Fagersta's cooperation",
                also=["Per-Olof Nyberg"],
            ),
            per("Malin", "Malin Vester", role_in_item="drafts the joint input", also=["Malin Vester"]),
        ],
        orgs=[
            org("Region Örebro län", ROL, "region"),
            org("Arbetsförmedlingen", "Arbetsförmedlingen", "national_agency"),
            org("Örebro universitet", "Örebro universitet", "other"),
            org("Region Dalarna", "Region Dalarna", "region"),
            org("Region Västmanland", "Region Västmanland", "region"),
            org("Region Värmland", "Region Värmland", "region"),
            muni("Fagersta"),
            org("Mälardalens universitet", "Mälardalens universitet", "other"),
            org("Bergslagsdiagonalen", BD, "network", note="the network the meeting body belongs to"),
        ],
        munis=["Fagersta"],
        topics=[
            "regional kompetensförsörjningsplan",
            "remiss",
            "yrkesutbildning på distans",
            "samverkan över länsgränser",
        ],
        decisions=[
            "Gruppen är enig om att Bergslagsdiagonalen ska lämna ett gemensamt inspel till remissen utöver kommunernas egna svar."
        ],
        follow_ups=[
            "Remissen av planen skickas ut i april och svar ska lämnas senast 13 juni 2025.",
            "Malin tar fram ett utkast till inspel som skickas ut till gruppen senast den 9 maj.",
        ],
        dates=[
            date("april", "2025-04", "month", True),
            date("13 juni 2025", "2025-06-13", "day"),
            date("9 maj", "2025-05-09", "day", True),
        ],
        places=["Örebro län", "Bergslagen"],
    ),
    item(
        4,
        "Verksamhetsplan och budget 2025",
        "4. Verksamhetsplan och budget 2025",
        persons=[
            per("Malin Vester", aff=BD, aff_c=BD, role_in_item="presents the draft plan"),
            per("Tomas Grönvall", role_in_item="comments on tourism"),
        ],
        orgs=[
            org("Visit Dalarna", "Visit Dalarna", "company"),
            org("Visit Värmland", "Visit Värmland", "company"),
            org("Kommundirektörsgruppen", SELF, "network", note="the meeting body itself"),
            org(
                "styrgruppen",
                "Bergslagsdiagonalens styrgrupp",
                "other",
                note="the network's steering group (organ with a name-like designation)",
            ),
        ],
        topics=["verksamhetsplan", "medlemsavgift", "fokusområden", "besöksnäring"],
        decisions=[
            "Kommundirektörsgruppen ställer sig bakom förslaget till verksamhetsplan med de justeringar som framkom på mötet och överlämnar det till styrgruppen den 4 april."
        ],
        bdec=[
            "Medlemsavgiften föreslås ligga kvar på samma nivå som 2024.",
            "Tomas Grönvall framförde att besöksnäringen bör få en tydligare koppling till arbetet i Visit Dalarna och Visit Värmland.",
        ],
        bfol=[
            "Kommundirektörsgruppen ställer sig bakom förslaget till verksamhetsplan med de justeringar som framkom på mötet och överlämnar det till styrgruppen den 4 april."
        ],
        dates=[
            date("2025", "2025", "year"),
            date("2024", "2024", "year"),
            date("4 april", "2025-04-04", "day", True),
        ],
    ),
    item(
        5,
        "Infrastruktur – Bergslagsbanan och riksväg 50",
        "5. Infrastruktur – Bergslagsbanan och riksväg 50",
        persons=[
            per(
                "Karin Åström",
                aff="Smedjebacken",
                aff_c="Smedjebacken",
                role_in_item="reports from the Trafikverket meeting",
                also=["Karin"],
            ),
            per(
                "Per-Olof Nyberg",
                aff="Fagersta",
                aff_c="Fagersta",
                role_in_item="reports; will contact Trafikverket",
                also=["Per-Olof"],
            ),
        ],
        orgs=[
            org("Trafikverket", "Trafikverket", "national_agency"),
            org("Region Dalarna", "Region Dalarna", "region"),
            org("Region Västmanland", "Region Västmanland", "region"),
        ],
        topics=["Bergslagsbanan", "riksväg 50", "åtgärdsvalsstudie", "nationell transportplan"],
        decisions=[
            "Gruppen beslutade att bjuda in Trafikverket till ett kommande möte för en dragning om riksväg 50."
        ],
        follow_ups=["Per-Olof kontaktar Trafikverket och återkommer med förslag på datum."],
        bdec=["Karin betonade vikten av att kommunerna uppträder samlat i kontakterna med Trafikverket."],
        bfol=[
            "Trafikverket arbetar med en åtgärdsvalsstudie för Bergslagsbanan och räknar med att den är klar under hösten.",
            "Region Dalarna och Region Västmanland driver frågan om mötesspår inför revideringen av den nationella planen.",
        ],
        dates=[date("3 mars", "2025-03-03", "day", True), date("hösten", "2025", "season", True)],
    ),
    item(
        6,
        "Övriga frågor och nästa möte",
        "6. Övriga frågor och nästa möte",
        persons=[
            per(
                "Helena",
                "Helena Nyberg",
                role_in_item="responsible for the forum programme",
                also=["Helena Nyberg"],
            ),
            per(
                "Per-Olof",
                "Per-Olof Nyberg",
                role_in_item="responsible for the forum programme",
                also=["Per-Olof Nyberg"],
            ),
            per(
                "Malin",
                "Malin Vester",
                role_in_item="responsible for the forum programme",
                also=["Malin Vester"],
            ),
            per("Johan Ekstedt", role_in_item="raises a leadership programme"),
            per("Mikael Strand", role_in_item="announces his retirement"),
            per("Tomas", "Tomas Grönvall", role_in_item="host of the next meeting", also=["Tomas Grönvall"]),
        ],
        orgs=[muni("Fagersta"), muni("Ljusnarsberg"), muni("Hällefors")],
        munis=["Fagersta", "Ljusnarsberg", "Hällefors"],
        topics=["Bergslagsforum", "ledarutvecklingsprogram", "rekrytering av kommunchef", "nästa möte"],
        follow_ups=[
            "Bergslagsforum 2025 genomförs 1–2 oktober i Fagersta.",
            "Helena och Per-Olof ansvarar för programmet tillsammans med Malin.",
            "Frågan tas upp igen i höst.",
            "Nästa möte: 16 maj 2025 kl. 09.30–12.00 i Hällefors.",
        ],
        bfol=[
            "Tomas är värd.",
            "Mikael Strand meddelade att han går i pension vid årsskiftet och att Ljusnarsberg påbörjar rekryteringen av en ny kommunchef.",
        ],
        dates=[
            date("1–2 oktober", "2025-10-01/2025-10-02", "range", True),
            date("i höst", "2025", "season", True),
            date("16 maj 2025", "2025-05-16", "day"),
        ],
    ),
]

doc = {
    "meeting": {
        "body": SELF,
        "date_estimate": "2025-03-14",
        "date_evidence": ["Datum: 2025-03-14"],
        "place": "Kommunhuset i Smedjebacken samt via Teams",
        "date_confidence": "high",
    },
    "present": present,
    "absent": absent,
    "recorded_by": {"name": "Malin Vester", "canonical_name": "Malin Vester", "role": "processledare"},
    "items": items,
    "document_note": "Layout: Word document exported to plain text (header block, 'Närvarande:'/'Förhinder:' lists, numbered items, 'Vid anteckningarna').",
}

errs = check_and_write(doc, DOC)
print("\n".join(errs) or f"{DOC}: ok")
sys.exit(1 if errs else 0)
