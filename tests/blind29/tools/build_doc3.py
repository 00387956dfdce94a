# ruff: noqa
"""Gold for document 3: Söderåsens miljöförbund, direktionen, protokoll 2025-04-23 (pdftotext)."""

from goldlib import Doc, att, date, item, org, per, write

H = [
    (14, "Val av justerare", "§ 14 Val av justerare"),
    (15, "Godkännande av dagordning", "§ 15 Godkännande av dagordning"),
    (16, "Årsredovisning 2024", "§ 16 Årsredovisning 2024"),
    (17, "Budget 2026 och verksamhetsplan 2026–2028", "§ 17 Budget 2026"),
    (18, "Information om tillsynsprojekt PFAS", "§ 18 Information om tillsynsprojekt PFAS"),
    (19, "Justering av timavgift i taxan för prövning och tillsyn", "§ 19 Justering av timavgift"),
    (
        20,
        "Yttrande över Länsstyrelsen Skånes förslag till vattenskyddsområde för Ljungbyheds vattentäkt",
        "§ 20 Yttrande",
    ),
    (21, "Förbundschefens information", "§ 21 Förbundschefens information"),
]
D = Doc("smf-direktionen-protokoll-2025-04-23.txt", H, end=None)
v = D.v
SMF = "Söderåsens miljöförbund"
DIR = "Söderåsens miljöförbunds direktion"
LST = "Länsstyrelsen i Skåne län"
MSS = "Miljösamverkan Skåne"
FULLM = "Medlemskommunernas kommunfullmäktige"
SUBS = ["Direktionens beslut", "Ärendebeskrivning", "Beslutet skickas till"]


def muni(surface, name, other=None):
    return org(surface, name, "municipality", other)


def direktion(*surfaces):
    return org(
        surfaces[0], DIR, "municipal_federation", list(surfaces[1:]) or None, note="the meeting body itself"
    )


present = [
    att("Lars-Göran Nilsson", aff="Klippan", role="ordförande", party="M"),
    att("Ingrid Persson", aff="Svalöv", role="vice ordförande", party="S"),
    att("Bengt Andersson", aff="Bjuv", party="SD"),
    att("Maja Lindholm", aff="Perstorp", party="C"),
    att(
        "Hans Törnqvist",
        aff="Åstorp",
        role="tjänstgörande ersättare",
        party="S",
        substitute_for="Åsa Berglund",
    ),
    att("Gunilla Persson", aff="Klippan", role="ersättare", party="KD"),
    att("Karin Hedlund", aff=None, aff_c=SMF, role="förbundschef"),
    att("Tobias Malm", aff=None, aff_c=SMF, role="sekreterare"),
    att("Elin Sandberg", aff=None, aff_c=SMF, role="miljöinspektör", note="§ 18", items=[18]),
]
absent = [att("Åsa Berglund", aff=None, aff_c="Åstorp", party="M", note=None)]
absent[0]["absence_evidence"] = "tjänstgörande ersättare för Åsa Berglund (M)"

items = [
    item(
        14,
        H[0][1],
        H[0][2],
        subheadings=["Direktionens beslut"],
        persons=[per("Ingrid Persson", aff="Svalöv", role_in_item="elected to check the minutes")],
        orgs=[direktion("Direktionen", "Direktionens")],
        topics=["justering av protokoll"],
        decisions=[
            v(14, "Direktionen utser Ingrid Persson (S) att jämte ordföranden justera dagens protokoll.")
        ],
    ),
    item(
        15,
        H[1][1],
        H[1][2],
        subheadings=["Direktionens beslut"],
        orgs=[direktion("Direktionen", "Direktionens")],
        topics=["dagordning"],
        decisions=[
            v(
                15,
                "Direktionen godkänner dagordningen med tillägget att förbundschefens information tas som sista punkt.",
            )
        ],
    ),
    item(
        16,
        H[2][1],
        H[2][2],
        subheadings=SUBS,
        orgs=[
            direktion("Direktionen", "Direktionens"),
            org("medlemskommunernas fullmäktige", FULLM, "other"),
            muni("Bjuvs", "Bjuv"),
            muni("Klippans", "Klippan"),
            muni("Perstorps", "Perstorp"),
            muni("Svalövs", "Svalöv"),
            muni("Åstorps", "Åstorp"),
        ],
        munis=["Bjuv", "Klippan", "Perstorp", "Svalöv", "Åstorp"],
        topics=["årsredovisning", "ansvarsfrihet", "överskott"],
        decisions=[
            v(
                16,
                "Direktionen beslutar att godkänna årsredovisningen för 2024, samt att överlämna årsredovisningen till medlemskommunernas fullmäktige för beslut om ansvarsfrihet.",
            )
        ],
        follow_ups=[v(16, "Revisorerna lämnar sin revisionsberättelse i maj.")],
        dates=[date("2024", "2024", "year"), date("maj", "2025-05", "month", True)],
    ),
    item(
        17,
        H[3][1],
        H[3][2],
        subheadings=["Direktionens beslut", "Ärendebeskrivning"],
        persons=[per("Bengt Andersson", aff="Bjuv", role_in_item="asks for a lower increase")],
        orgs=[direktion("Direktionen", "Direktionens"), muni("Bjuvs kommun", "Bjuv")],
        munis=["Bjuv"],
        topics=["budget 2026", "verksamhetsplan", "medlemsavgift", "samråd med medlemskommunerna"],
        decisions=[
            v(
                17,
                "Direktionen beslutar att godkänna förslaget till budget 2026 med en total medlemsavgift på 14 650 tkr, och att skicka budgeten till medlemskommunerna för samråd.",
            )
        ],
        follow_ups=[
            v(17, "Medlemskommunernas synpunkter ska vara förbundet till handa senast den 31 augusti 2025."),
            v(17, "Direktionen fastställer budgeten vid sammanträdet den 24 september 2025."),
        ],
        dates=[
            date("2026", "2026", "year"),
            date("2026–2028", "2026/2028", "range"),
            date("1 november 2024".replace(" 2024", "\n2024"), "2024-11-01", "day"),
            date("31 augusti 2025", "2025-08-31", "day"),
            date("24 september 2025", "2025-09-24", "day"),
        ],
    ),
    item(
        18,
        H[4][1],
        H[4][2],
        subheadings=SUBS[:2],
        persons=[per("Elin Sandberg", aff=SMF, role_in_item="informs on the PFAS project")],
        orgs=[
            direktion("Direktionens", "Direktionen", "direktionen"),
            org(MSS, MSS, "network"),
            org(
                v(18, "Räddningstjänsten Skåne Nordväst"),
                "Räddningstjänsten Skåne Nordväst",
                "municipal_federation",
            ),
            muni("Åstorp", "Åstorp"),
            muni("Svalöv", "Svalöv"),
        ],
        munis=["Åstorp", "Svalöv"],
        topics=["PFAS", "brandövningsplatser", "tillsynsprojekt", "provtagning"],
        decisions=[v(18, "Direktionen tackar för informationen och lägger den till handlingarna.")],
        follow_ups=[
            v(18, "Provtagning sker under maj och juni i samarbete med Räddningstjänsten Skåne Nordväst."),
            v(18, "Förbundschefen återkommer med en redovisning av resultaten till direktionen i november."),
        ],
        dates=[
            date("maj", "2025-05", "month", True),
            date("juni", "2025-06", "month", True),
            date("november", "2025-11", "month", True),
        ],
        note="'direktionen' in the follow-up is another surface of the meeting body.",
    ),
    item(
        19,
        H[5][1],
        H[5][2],
        subheadings=SUBS,
        persons=[per("Maja Lindholm", aff="Perstorp", role_in_item="asks about neighbouring tariffs")],
        orgs=[
            direktion("Direktionens", "Direktionen"),
            org("medlemskommunernas fullmäktige", FULLM, "other"),
            muni("Helsingborg", "Helsingborg"),
            muni("Ängelholm", "Ängelholm"),
        ],
        topics=["taxa", "timavgift", "miljöbalken", "indexuppräkning"],
        decisions=[
            v(
                19,
                "Direktionen beslutar att föreslå medlemskommunernas fullmäktige att höja timavgiften i taxan för prövning och tillsyn enligt miljöbalken till 1 280 kronor från den 1 januari 2026.",
            )
        ],
        dates=[date("1 januari 2026", "2026-01-01", "day")],
        note="Helsingborg and Ängelholm are not members of the förbund: organisations (their tariffs are compared), not municipalities_mentioned.",
    ),
    item(
        20,
        H[6][1],
        "§ 20 Yttrande över Länsstyrelsen Skånes förslag till vattenskyddsområde för\nLjungbyheds vattentäkt",
        subheadings=SUBS,
        orgs=[
            direktion("Direktionens", "Direktionen"),
            org("Länsstyrelsen Skånes", LST, "county_administrative_board", ["Länsstyrelsen Skåne"]),
            org("förvaltningens", "Söderåsens miljöförbunds förvaltning", "other", ["Förvaltningen"]),
            muni("Klippans kommun", "Klippan"),
        ],
        munis=["Klippan"],
        topics=["yttrande", "vattenskyddsområde", "skyddsföreskrifter", "tillsynsansvar"],
        decisions=[
            v(
                20,
                "Direktionen beslutar att anta förvaltningens förslag till yttrande som sitt eget och överlämna det till Länsstyrelsen Skåne.",
            )
        ],
        places=["Ljungbyheds"],
    ),
    item(
        21,
        H[7][1],
        H[7][2],
        subheadings=["Direktionens beslut"],
        persons=[per("Karin Hedlund", aff=SMF, role_in_item="förbundschef; reports")],
        orgs=[
            direktion("Direktionens", "Direktionen"),
            org(MSS, MSS, "network"),
            org("medlemskommunernas fullmäktige", FULLM, "other"),
        ],
        topics=["rekrytering", "Miljösamverkan Skåne", "förbundsordning"],
        decisions=[v(21, "Direktionen tackar för informationen.")],
        bfu=[
            v(21, "läget i rekryteringen av två miljöinspektörer; tjänsterna tillsätts före sommaren,"),
            v(
                21,
                "arbetet med ny förbundsordning, som behandlas av medlemskommunernas fullmäktige under hösten 2025.",
            ),
        ],
        dates=[
            date("6 februari", "2025-02-06", "day", True),
            date("2025", "2025", "year"),
            date("före sommaren", "2025", "season", True),
            date("hösten 2025", "2025", "season"),
        ],
    ),
]

gold = {
    "document": D.filename,
    "meeting": {
        "body": DIR,
        "date_estimate": "2025-04-23",
        "date_evidence": ["Sammanträdesdatum\n2025-04-23"],
        "place": "Förbundskontoret, Klippan",
        "date_confidence": "high",
        "date_reasoning": "stated on the form page and in every page header",
    },
    "present": present,
    "absent": absent,
    "recorded_by": {"name": "Tobias Malm", "canonical_name": "Tobias Malm", "role": "sekreterare"},
    "items": items,
    "document_note": "Layout: a signed kommunalförbund protocol converted with pdftotext: form page (labels and values "
    "on separate lines, ANSLAG/BEVIS block), a repeated page header and 'Justerandes sign' footer, "
    "items '§ N Title' numbered from 14. Members: Bjuv, Klippan, Perstorp, Svalöv, Åstorp.",
}
write(D, gold)
