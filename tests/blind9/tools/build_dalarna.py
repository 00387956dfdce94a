# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: dalarna_nara_vard_samverkansgrupp.txt → gold/dalarna_nara_vard_samverkansgrupp.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RD = "Region Dalarna"
DKF = "Dalarnas kommunförbund"
SELF = "Länsgemensam samverkansgrupp för nära vård"

# Grouped attendance: "Kommunerna" with indented "Kommun: Name, role" lines (one line holds two
# people joined by ", och"), "Region Dalarna" with indented "Name, role" lines under the body heading,
# "Övriga" with "Name, Body, punkt 3" (unbracketed note). "(ordförande)"/"(sekreterare)" are function
# markers, not notes; "(via Teams)", "(via Teams, punkt 1–3)", "(ersättare för Gunilla Frost)" are notes.
# "Frånvarande" is one indented line "Name (Kommun), …".
present = [
    att("Karin Holm", "Avesta", "Avesta", "socialchef"),
    att("Per Sandin", "Borlänge", "Borlänge", "socialchef"),
    att("Eva Lund", "Borlänge", "Borlänge", "medicinskt ansvarig sjuksköterska"),
    att("Magnus Hed", "Falun", "Falun", "förvaltningschef vård och omsorg"),
    att("Lotta Ersson", "Leksand", "Leksand", "socialchef", "(via Teams)"),
    att("Jens Åkerlund", "Ludvika", "Ludvika", "socialchef"),
    att("Anna Berg", "Mora", "Mora", "socialchef", "(ersättare för Gunilla Frost)"),
    att("Håkan Olars", "Malung-Sälen", "Malung-Sälen", "socialchef", "(via Teams, punkt 1–3)", [1, 2, 3]),
    att("Lena Lund", "Säter", "Säter", "socialchef"),
    att("Sara Mattsson", RD, RD, "hälso- och sjukvårdsdirektör"),
    att("Tobias Grön", RD, RD, "primärvårdschef"),
    att("Ingrid Palm", RD, RD, "processledare nära vård"),
    att("Linnea Bergkvist", DKF, DKF, None, "punkt 3", [3]),
]
absent = [
    att("Gunilla Frost", "Mora", "Mora"),
    att("Ove Hansson", "Rättvik", "Rättvik"),
    att("Susanne Dahl", "Orsa", "Orsa"),
]
recorded_by = {"name": "Ingrid Palm", "canonical_name": "Ingrid Palm", "role": "processledare nära vård"}

items = [
    item(
        1,
        "1. Mötet öppnas och dagordning",
        "Mötet öppnas och dagordning",
        persons=[per("Sara Mattsson")],
        topics=["mötets öppnande", "dagordning", "tillägg"],
        decisions=["Dagordningen godkändes med ett tillägg under punkt 6 om utskrivningsklara patienter."],
    ),
    item(
        2,
        "2. Uppföljning av föregående möte",
        "Uppföljning av föregående möte",
        persons=[per("Tobias Grön")],
        topics=["uppföljning av åtgärder", "läkemedelshantering i hemsjukvården", "riktlinjer"],
        follow_ups=["Tobias Grön återkommer med ett reviderat förslag till mötet den 22 april."],
        dates=[dat("11 februari", "2027-02-11"), dat("22 april", "2027-04-22")],
    ),
    item(
        3,
        "3. Länsgemensam handlingsplan för nära vård 2027–2028",
        "Länsgemensam handlingsplan för nära vård 2027–2028",
        persons=[
            per("Linnea Bergkvist", also=["Linnea"]),
            per("Sara Mattsson"),
            per("Ingrid Palm"),
        ],
        orgs=[
            org("Borlänges", "Borlänge", "municipality"),
            org("Faluns", "Falun", "municipality"),
            org("Ludvika", "Ludvika", "municipality"),
            org("Smedjebacken", "Smedjebacken", "municipality"),
            org("Samverkansgruppen", SELF, "network"),
            org("Dalarnas kommunförbunds styrelse", "Dalarnas kommunförbunds styrelse", "other"),
            org("regionstyrelsen", "Region Dalarnas regionstyrelse", "region"),
            org(
                "Länsgemensam handlingsplan för nära vård",
                "Länsgemensam handlingsplan för nära vård",
                "programme",
                "Handlingsplanen",
            ),
        ],
        munis=["Borlänge", "Falun", "Ludvika", "Smedjebacken"],
        topics=["handlingsplan för nära vård", "remissvar", "mobila team", "bemanning kvällar och helger"],
        decisions=[
            "Samverkansgruppen ställer sig bakom handlingsplanen med de justeringar som framkom vid mötet."
        ],
        follow_ups=[
            "Handlingsplanen skickas till Dalarnas kommunförbunds styrelse och regionstyrelsen för beslut i maj.",
            "Ingrid Palm sammanställer justeringarna senast den 1 april.",
        ],
        bdec=[
            "Sara Mattsson betonade att planen måste vara förankrad i kommunernas socialnämnder innan den antas."
        ],
        dates=[dat("2027–2028", "2027/2028"), dat("maj", "2027-05"), dat("1 april", "2027-04-01")],
    ),
    item(
        4,
        "4. Mobila team i Västerdalarna",
        "Mobila team i Västerdalarna",
        persons=[per("Håkan Olars"), per("Tobias Grön", also=["Tobias"])],
        orgs=[
            org("Malung-Sälen", "Malung-Sälen", "municipality"),
            org("Vansbro", "Vansbro", "municipality"),
            org(RD, RD, "region"),
            org("Älvdalen", "Älvdalen", "municipality"),
        ],
        munis=["Malung-Sälen", "Vansbro", "Älvdalen"],
        topics=["mobila team", "hembesök", "läkarbemanning", "försöksverksamhet"],
        decisions=["Försöket förlängs till och med den 31 december 2027."],
        follow_ups=["Håkan Olars och Tobias Grön redovisar en utvärdering på mötet i oktober."],
        bfol=[
            "Tobias svarade att regionen ser över läkarbemanningen i Västerdalarna under tertial 2.",
            "Det kan bli aktuellt först 2028.",
        ],
        dates=[
            dat("januari", "2027-01"),
            dat("tertial 2", "2027-05/2027-08"),
            dat("2028", "2028"),
            dat("31 december 2027", "2027-12-31"),
            dat("oktober", "2027-10"),
        ],
    ),
    item(
        5,
        "5. Kompetensförsörjning – undersköterskor och sjuksköterskor",
        "Kompetensförsörjning – undersköterskor och sjuksköterskor",
        persons=[per("Magnus Hed"), per("Anna Berg")],
        orgs=[
            org("Faluns", "Falun", "municipality"),
            org("Högskolan Dalarna", "Högskolan Dalarna", "other"),
            org("Mora", "Mora", "municipality"),
            org(RD, RD, "region"),
        ],
        munis=["Falun", "Mora"],
        topics=["kompetensförsörjning", "studenter", "rekrytering av sjuksköterskor", "gemensam annonsering"],
        follow_ups=["Ingen åtgärd i nuläget, frågan tas upp igen efter sommaren."],
        bdec=[
            "Flera kommuner önskar en gemensam annonsering med Region Dalarna.",
            "Ingen åtgärd i nuläget, frågan tas upp igen efter sommaren.",
        ],
    ),
    item(
        6,
        "6. Utskrivningsklara patienter (tillägg)",
        "Utskrivningsklara patienter (tillägg)",
        persons=[per("Eva Lund"), per("Karin Holm"), per("Lena Lund")],
        orgs=[
            org("Borlänge", "Borlänge", "municipality"),
            org("Avesta", "Avesta", "municipality"),
            org("Säter", "Säter", "municipality"),
            org("Falu lasarett", "Falu lasarett", "other"),
        ],
        munis=["Borlänge", "Avesta", "Säter"],
        topics=["utskrivningsklara patienter", "samordnad individuell plan", "vårddagar"],
        decisions=["Ärendet noteras."],
        follow_ups=[
            "Karin Holm och Lena Lund ska tillsammans med Falu lasarett gå igenom rutinerna för samordnad individuell plan.",
            "Uppföljning på mötet den 22 april.",
        ],
        dates=[dat("22 april", "2027-04-22")],
    ),
    item(
        7,
        "7. Övrigt",
        "Övrigt",
        topics=["mötesplan"],
        follow_ups=["Nästa möte: torsdag 22/4 kl. 13.00–16.00, Teams.", "Därefter 10/6 och 7/10."],
        dates=[dat("22/4", "2027-04-22"), dat("10/6", "2027-06-10"), dat("7/10", "2027-10-07")],
    ),
]

write(
    "dalarna_nara_vard_samverkansgrupp.txt",
    "Länsgemensam samverkansgrupp för nära vård, Region Dalarna och Dalarnas kommuner",
    "2027-03-18",
    ["Torsdag 18 mars 2027"],
    present,
    absent,
    recorded_by,
    items,
    item_end="Vid pennan",
)
