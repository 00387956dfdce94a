# ruff: noqa
"""Gold for document 2: Samverkansgrupp kollektivtrafik Kronoberg, 2025-03-13 (Word saved as plain text)."""

from goldlib import Doc, att, date, item, org, per, write

H = [
    (1, "Välkommen och föregående minnesanteckningar", "1.\tVälkommen"),
    (2, "Trafikförändringar inför tidtabellsskiftet T26", "2.\tTrafikförändringar"),
    (3, "Information från Trafikverket", "3.\tInformation från Trafikverket"),
    (4, "Tillgänglighetsanpassning av hållplatser", "4.\tTillgänglighetsanpassning"),
    (5, "Skolskjuts och serviceresor", "5.\tSkolskjuts"),
    (6, "Remiss – regionalt trafikförsörjningsprogram 2026–2030", "6.\tRemiss"),
    (7, "Övrigt", "7.\tÖvrigt"),
    (8, "Nästa möte", "8.\tNästa möte"),
]
D = Doc("kollektivtrafik-kronoberg-2025-03-13.txt", H, end="Vid anteckningarna")
v = D.v
RK = "Region Kronoberg"
LTK = "Länstrafiken Kronoberg"
TRV = "Trafikverket"


def muni(surface, name, other=None):
    return org(surface, name, "municipality", other)


present = [
    att("Lena Gustavsson", aff=RK, role="ordförande"),
    att("Erik Lindqvist", aff=LTK),
    att("Sofie Johansson", aff=RK, role="sekreterare"),
    att("Magnus Johansson", aff="Alvesta kommun", aff_c="Alvesta"),
    att("Anna Karlsson", aff="Lessebo kommun", aff_c="Lessebo"),
    att("Fredrik Holm", aff="Ljungby kommun", aff_c="Ljungby"),
    att("Therese Lund", aff="Markaryds kommun", aff_c="Markaryd", note="(via Teams)"),
    att("Per-Olof Svensson", aff="Tingsryds kommun", aff_c="Tingsryd"),
    att("Hanna Björk", aff="Växjö kommun", aff_c="Växjö"),
    att("Jonas Ek", aff="Växjö kommun", aff_c="Växjö"),
    att(
        "Mikael Roos",
        aff="Älmhults kommun",
        aff_c="Älmhult",
        note="(ersättare)",
        substitute_for="Linnea Axelsson",
    ),
    att("Ola Strand", aff=TRV, note="(punkt 3)", items=[3]),
]
absent = [
    att("Kristina Wallin", aff="Uppvidinge kommun", aff_c="Uppvidinge"),
    att("Linnea Axelsson", aff="Älmhults kommun", aff_c="Älmhult"),
]

items = [
    item(
        1,
        H[0][1],
        "1.\tVälkommen och föregående minnesanteckningar",
        persons=[
            per("Lena", "Lena Gustavsson", RK, "chairs; welcomes"),
            per("Mikael Roos", aff=None, role_in_item="new member, substitute"),
            per("Linnea Axelsson", aff=None, role_in_item="on parental leave, replaced"),
        ],
        topics=["ny ledamot", "föregående minnesanteckningar"],
        decisions=[v(1, "Minnesanteckningarna från mötet 2024-11-21 godkändes.")],
        dates=[date("2024-11-21", "2024-11-21", "day")],
    ),
    item(
        2,
        H[1][1],
        "2.\tTrafikförändringar inför tidtabellsskiftet T26",
        persons=[
            per(
                "Erik Lindqvist",
                aff=LTK,
                role_in_item="presents the proposal; receives comments",
                also=["Erik"],
            ),
            per("Per-Olof Svensson", aff="Tingsryd", role_in_item="objects to cuts in Tingsryd"),
            per("Anna Karlsson", aff="Lessebo", role_in_item="shares concern for Lessebo"),
        ],
        orgs=[
            org("Länstrafiken Kronobergs", LTK, "other", ["Länstrafiken"]),
            muni("Växjö", "Växjö"),
            muni("Lessebo", "Lessebo", ["Lessebo kommuns"]),
            muni("Tingsryd", "Tingsryd"),
            muni("Uppvidinge", "Uppvidinge"),
            muni("Alvesta", "Alvesta"),
        ],
        munis=["Växjö", "Lessebo", "Tingsryd", "Uppvidinge", "Alvesta"],
        topics=[
            "tidtabellsskifte",
            "regional busstrafik",
            "indragna turer på landsbygden",
            "anropsstyrd trafik",
        ],
        follow_ups=[
            v(2, "Kommunerna lämnar skriftliga synpunkter på förslaget till Erik senast den 4 april."),
            v(2, "Länstrafiken återkommer med ett reviderat förslag till nästa möte."),
        ],
        bdec=[
            v(
                2,
                "Per-Olof Svensson framförde att indragningarna i Tingsryd påverkar gymnasieeleverna och att kommunen vill se ett alternativ med anropsstyrd trafik.",
            )
        ],
        dates=[date("14 december 2025", "2025-12-14", "day"), date("4 april", "2025-04-04", "day", True)],
        note="Krösatågen (a train service) is not annotated as an organisation.",
    ),
    item(
        3,
        H[2][1],
        "3.\tInformation från Trafikverket",
        persons=[
            per("Ola Strand", aff=TRV, role_in_item="informs on track works", also=["Ola"]),
            per("Magnus Johansson", aff="Alvesta", role_in_item="asks for early information"),
        ],
        orgs=[
            org("Trafikverket", TRV, "national_agency", ["Trafikverkets"]),
            muni("Växjö", "Växjö"),
            muni("Alvesta", "Alvesta"),
            muni("Lessebo", "Lessebo"),
        ],
        munis=["Växjö", "Alvesta", "Lessebo"],
        topics=["banarbeten", "Kust till kust-banan", "ersättningsbussar", "resenärsinformation"],
        follow_ups=[
            v(3, "Banan stängs för trafik 16–29 juni och ersättningsbussar sätts in."),
            v(
                3,
                "Ola tar med sig frågan och ser till att Trafikverkets kommunikatörer kontaktar kommunerna före sommaren.",
            ),
        ],
        bfu=[v(3, "Trafikverket planerar också att bygga om plattformarna i Lessebo under hösten 2025.")],
        dates=[
            date("16–29 juni", "2025-06-16/2025-06-29", "range", True),
            date("hösten 2025", "2025", "season"),
            date("före sommaren", "2025", "season", True),
        ],
    ),
    item(
        4,
        H[3][1],
        "4.\tTillgänglighetsanpassning av hållplatser",
        persons=[
            per("Sofie", "Sofie Johansson", RK, "collects the municipalities' lists"),
            per("Jonas Ek", aff="Växjö", role_in_item="compiles Växjö's list"),
            per("Hanna Björk", aff="Växjö", role_in_item="compiles Växjö's list"),
        ],
        orgs=[
            org("Region Kronoberg", RK, "region"),
            org("Trafikverket", TRV, "national_agency"),
            muni("Växjö kommuns", "Växjö"),
        ],
        munis=["Växjö"],
        topics=["tillgänglighetsanpassning", "hållplatser", "statlig medfinansiering"],
        decisions=[
            v(
                4,
                "Gruppen enades om att prioritera hållplatser vid skolor och vårdcentraler i den gemensamma ansökan.",
            )
        ],
        follow_ups=[
            v(4, "Kommunerna skickar sina prioriterade hållplatser till Sofie senast den 15 maj."),
            v(4, "Jonas Ek och Hanna Björk sammanställer Växjö kommuns lista gemensamt."),
        ],
        bfu=[
            v(
                4,
                "Ansökan ska vara inne den 30 september 2025 och förutsätter att kommunerna, som väghållare i tätorterna, står för halva kostnaden.",
            )
        ],
        dates=[
            date("2026", "2026", "year"),
            date("30 september 2025", "2025-09-30", "day"),
            date("15 maj", "2025-05-15", "day", True),
        ],
    ),
    item(
        5,
        H[4][1],
        "5.\tSkolskjuts och serviceresor",
        persons=[
            per("Fredrik Holm", aff="Ljungby", role_in_item="reports Ljungby's experience"),
            per("Therese Lund", aff="Markaryd", role_in_item="reports Markaryd's talks with Skånetrafiken"),
        ],
        orgs=[
            muni("Ljungby kommuns", "Ljungby"),
            muni("Markaryd", "Markaryd"),
            org("Skånetrafiken", "Skånetrafiken", "other"),
        ],
        munis=["Ljungby", "Markaryd"],
        topics=["skolskjuts", "serviceresor", "samordning", "upphandling"],
        follow_ups=[v(5, "Frågan om en länsgemensam upphandling av skolskjuts tas upp på nästa möte.")],
        places=["Hässleholm"],
    ),
    item(
        6,
        H[5][1],
        "6.\tRemiss – regionalt trafikförsörjningsprogram 2026–2030",
        persons=[
            per("Lena", "Lena Gustavsson", RK, "informs on the referral"),
            per("Hanna Björk", aff="Växjö", role_in_item="convenes a joint work meeting"),
        ],
        orgs=[org("regionfullmäktige", "Region Kronobergs regionfullmäktige", "region")],
        topics=["trafikförsörjningsprogram", "remiss", "samordnade remissvar"],
        decisions=[
            v(
                6,
                "Gruppen var överens om att kommunerna samordnar sina svar där det är möjligt, särskilt för de stråk som passerar flera kommuner.",
            )
        ],
        follow_ups=[
            v(
                6,
                "Lena informerade om att förslaget till nytt regionalt trafikförsörjningsprogram skickas på remiss till kommunerna i april.",
            ),
            v(6, "Programmet beslutas av regionfullmäktige i november."),
            v(6, "Hanna Björk bjuder in till ett gemensamt arbetsmöte om remissen i maj."),
        ],
        dates=[
            date("2026–2030", "2026/2030", "range"),
            date("april", "2025-04", "month", True),
            date("november", "2025-11", "month", True),
            date("2025-04-07–2025-06-13", "2025-04-07/2025-06-13", "range"),
            date("maj", "2025-05", "month", True),
        ],
        note="The plan itself ('regionalt trafikförsörjningsprogram') is a generic document type, not annotated as a programme.",
    ),
    item(
        7,
        H[6][1],
        "7.\tÖvrigt",
        persons=[
            per("Erik", "Erik Lindqvist", LTK, "informs on the ticket system"),
            per("Mikael Roos", aff="Älmhult", role_in_item="raises commuting to Osby"),
        ],
        orgs=[org("Länstrafiken Kronoberg", LTK, "other"), muni("Älmhult", "Älmhult")],
        munis=["Älmhult"],
        topics=["biljettsystem", "skolkort", "arbetspendling"],
        follow_ups=[v(7, "Mer information kommer i augusti.")],
        bfu=[
            v(
                7,
                "Erik informerade om att Länstrafiken Kronoberg byter biljettsystem under hösten och att kommunernas skolkort påverkas.",
            ),
            v(
                7,
                "Mikael Roos lyfte att Älmhult vill diskutera pendlingen till Osby och vidare mot Kristianstad vid ett kommande möte.",
            ),
        ],
        dates=[date("augusti", "2025-08", "month", True), date("under hösten", "2025", "season", True)],
        places=["Osby", "Kristianstad"],
    ),
    item(
        8,
        H[7][1],
        "8.\tNästa möte",
        orgs=[muni("Ljungby", "Ljungby")],
        munis=["Ljungby"],
        topics=["nästa möte"],
        follow_ups=[v(8, "Nästa möte hålls den 12 juni 2025 kl. 13.00–15.30 i Ljungby (kommunhuset).")],
        dates=[date("12 juni 2025", "2025-06-12", "day")],
    ),
]

gold = {
    "document": D.filename,
    "meeting": {
        "body": "Samverkansgrupp kollektivtrafik Kronoberg",
        "date_estimate": "2025-03-13",
        "date_evidence": ["2025-03-13"],
        "place": "Regionhuset, Växjö",
        "date_confidence": "high",
        "date_reasoning": "stated in the header table",
    },
    "present": present,
    "absent": absent,
    "recorded_by": {"name": "Sofie Johansson", "canonical_name": "Sofie Johansson", "role": "sekreterare"},
    "items": items,
    "document_note": "Layout: a Word minutes template saved as plain text; the header table becomes tab-separated "
    "rows (label TAB value, continuation rows start with TAB); numbered headings are 'N.<TAB>title'. "
    "Network = the eight Kronoberg municipalities.",
}
write(D, gold)
