# ruff: noqa
"""Gold for document 1: Styrgruppen för Miljösamverkan Skåne, 2025-02-06 (pdftotext of Word minutes)."""

from goldlib import Doc, att, date, item, org, per, write

H = [
    (1, "Mötets öppnande och godkännande av dagordning", "1. Mötets öppnande"),
    (2, "Föregående minnesanteckningar", "2. Föregående minnesanteckningar"),
    (3, "Verksamhetsplan och projekt 2025", "3. Verksamhetsplan och projekt 2025"),
    (4, "Information från Länsstyrelsen", "4. Information från Länsstyrelsen"),
    (5, "Ekonomi", "5. Ekonomi"),
    (6, "Miljöchefsträffen 2025", "6. Miljöchefsträffen 2025"),
    (7, "Övriga frågor", "7. Övriga frågor"),
    (8, "Nästa möte", "8. Nästa möte"),
]
D = Doc("miljosamverkan-skane-styrgrupp-2025-02-06.txt", H, end="Vid anteckningarna")
v = D.v
LST = "Länsstyrelsen i Skåne län"
SELF = "Styrgruppen för Miljösamverkan Skåne"
MSS = "Miljösamverkan Skåne"


def muni(surface, name, other=None):
    return org(surface, name, "municipality", other)


present = [
    att("Karin Hedlund", aff="Söderåsens miljöförbund", role="ordförande"),
    att("Anders Nilsson", aff="Lunds kommun", aff_c="Lund"),
    att("Helena Nilsson", aff="Kristianstads kommun", aff_c="Kristianstad"),
    att("Peter Sjöholm", aff="Ystad-Österlenregionens miljöförbund"),
    att("Linda Berg", aff="Malmö stad", aff_c="Malmö"),
    att("Sara Lindgren", aff="Hässleholms kommun", aff_c="Hässleholm"),
    att(
        "Emma Fransson",
        aff="Helsingborgs stad",
        aff_c="Helsingborg",
        note="(ersättare för Johan Ek)",
        substitute_for="Johan Ek",
    ),
    att("Mats Ohlsson", aff="Länsstyrelsen Skåne", aff_c=LST),
    att("Jenny Persson", aff="Länsstyrelsen Skåne", aff_c=LST, note="(punkt 4)", items=[4]),
    att("Cecilia Wahlström", aff="Miljösamverkan Skåne", aff_c=MSS, role="samordnare"),
]
absent = [
    att("Johan Ek", aff="Helsingborgs stad", aff_c="Helsingborg"),
    att("Olle Månsson", aff="Trelleborgs kommun", aff_c="Trelleborg"),
]

items = [
    item(
        1,
        H[0][1],
        "1. Mötets öppnande och godkännande av dagordning",
        persons=[per("Karin", "Karin Hedlund", "Söderåsens miljöförbund", "chairs; welcomes")],
        orgs=[org("Miljösamverkan Sveriges", "Miljösamverkan Sverige", "network")],
        topics=["dagordning"],
        decisions=[
            v(
                1,
                "Dagordningen godkändes med ett tillägg under övriga frågor (Miljösamverkan Sveriges nätverksträff).",
            )
        ],
    ),
    item(
        2,
        H[1][1],
        "2. Föregående minnesanteckningar",
        topics=["föregående minnesanteckningar"],
        bdec=[
            v(
                2,
                "Minnesanteckningarna från mötet den 5 december 2024 gicks igenom och lades till handlingarna.",
            )
        ],
        dates=[date("5 december 2024", "2024-12-05", "day")],
    ),
    item(
        3,
        H[2][1],
        "3. Verksamhetsplan och projekt 2025",
        persons=[
            per(
                "Cecilia",
                "Cecilia Wahlström",
                "Miljösamverkan Skåne",
                "presents the draft plan; sends invitations",
            )
        ],
        orgs=[
            org("Länsstyrelsen Skåne", LST, "county_administrative_board"),
            org("Styrgruppen", SELF, "network", note="the meeting body itself"),
            muni("Hässleholm", "Hässleholm"),
            muni("Kristianstad", "Kristianstad"),
        ],
        munis=["Hässleholm", "Kristianstad"],
        topics=[
            "verksamhetsplan",
            "tillsynsprojekt",
            "PFAS vid brandövningsplatser",
            "inomhusmiljö i skolor",
            "små avlopp",
        ],
        decisions=[
            v(3, "Styrgruppen beslutade att fastställa verksamhetsplanen för 2025 med de tre projekten.")
        ],
        follow_ups=[
            v(3, "Cecilia skickar ut inbjudan till projektgrupperna senast den 28 februari."),
            v(3, "Respektive miljöchef meddelar deltagare till projektgrupperna senast den 14 mars."),
        ],
        bfu=[v(3, "Hässleholm och Kristianstad anmälde intresse att leda avloppsprojektet.")],
        dates=[
            date("2025", "2025", "year"),
            date("2023", "2023", "year"),
            date("våren", "2025", "season", True),
            date("28 februari", "2025-02-28", "day", True),
            date("14 mars", "2025-03-14", "day", True),
        ],
    ),
    item(
        4,
        H[3][1],
        "4. Information från Länsstyrelsen",
        persons=[
            per(
                "Jenny Persson",
                aff="Länsstyrelsen",
                aff_c=LST,
                role_in_item="informs on supervisory guidance",
            ),
            per(
                "Mats Ohlsson", aff="Länsstyrelsen", aff_c=LST, role_in_item="reports on the PFAS commission"
            ),
            per(
                "Anders Nilsson", aff="Lunds kommun", aff_c="Lund", role_in_item="offers Lund's sampling data"
            ),
        ],
        orgs=[
            org("Länsstyrelsen", LST, "county_administrative_board", ["Länsstyrelsens"]),
            org("Naturvårdsverket", "Naturvårdsverket", "national_agency"),
            muni("Lunds kommun", "Lund", ["Lund"]),
        ],
        munis=["Lund"],
        topics=["tillsynsvägledning", "förorenade områden", "vattenverksamhet", "PFAS i dricksvatten"],
        follow_ups=[
            v(
                4,
                "Länsstyrelsen planerar en vägledningsdag\n\n1 (2)\n\n\fför kommunernas inspektörer den 22 maj i Lund.",
            ),
            v(4, "Länsstyrelsen återkommer med underlag till PFAS-projektet när kartläggningen är klar."),
        ],
        bfu=[
            v(
                4,
                "Mats Ohlsson berättade att Länsstyrelsens regeringsuppdrag om PFAS i dricksvatten ska redovisas till Naturvårdsverket i oktober 2025.",
            )
        ],
        dates=[
            date("2025", "2025", "year"),
            date("22 maj", "2025-05-22", "day", True),
            date("oktober 2025", "2025-10", "month"),
        ],
        note="The vägledningsdag sentence is cut by the page footer '1 (2)' and a form feed; the gold keeps it as it stands in the text.",
    ),
    item(
        5,
        H[4][1],
        "5. Ekonomi",
        persons=[
            per("Karin", "Karin Hedlund", "Söderåsens miljöförbund", "prepares the fee proposal"),
            per("Cecilia", "Cecilia Wahlström", "Miljösamverkan Skåne", "prepares the fee proposal"),
        ],
        orgs=[
            org("Styrgruppen", SELF, "network", note="the meeting body itself"),
            org("Skånes kommuners styrelse", "Skånes kommuners styrelse", "other"),
            org("Skånes kommuner", "Skånes kommuner", "association"),
        ],
        topics=["medlemsavgift", "finansiering av samordnartjänst", "budget"],
        decisions=[v(5, "Styrgruppen ställde sig bakom att föreslå en höjning med 5 procent från 2026.")],
        follow_ups=[
            v(5, "Karin och Cecilia tar fram ett underlag till Skånes kommuner inför beslutet i juni.")
        ],
        dates=[
            date("2025", "2025", "year"),
            date("2026", "2026", "year"),
            date("juni", "2025-06", "month", True),
        ],
    ),
    item(
        6,
        H[5][1],
        "6. Miljöchefsträffen 2025",
        persons=[
            per("Peter Sjöholm", aff="Ystad-Österlenregionens miljöförbund", role_in_item="planning group"),
            per(
                "Linda Berg",
                aff="Malmö stad",
                aff_c="Malmö",
                role_in_item="planning group; sends survey",
                also=["Linda"],
            ),
            per("Cecilia", "Cecilia Wahlström", "Miljösamverkan Skåne", "planning group"),
        ],
        orgs=[muni("Ystad", "Ystad")],
        munis=["Ystad"],
        topics=["miljöchefsträff", "klimatanpassning", "miljötillsynsförordningen", "digital tillsyn"],
        follow_ups=[
            v(6, "Årets miljöchefsträff äger rum den 15–16 maj i Ystad."),
            v(6, "Linda skickar ut en enkät om teman till alla miljöchefer under februari."),
        ],
        dates=[
            date("2025", "2025", "year"),
            date("15–16 maj", "2025-05-15/2025-05-16", "range", True),
            date("februari", "2025-02", "month", True),
        ],
    ),
    item(
        7,
        H[6][1],
        "7. Övriga frågor",
        persons=[
            per(
                "Anders Nilsson",
                aff="Lunds kommun",
                aff_c="Lund",
                role_in_item="attends the national network meeting",
            ),
            per(
                "Helena Nilsson",
                aff="Kristianstads kommun",
                aff_c="Kristianstad",
                role_in_item="reports on digital supervision",
                also=["Helena"],
            ),
            per(
                "Emma Fransson",
                aff="Helsingborgs stad",
                aff_c="Helsingborg",
                role_in_item="informs on joint food control",
            ),
        ],
        orgs=[
            org("Miljösamverkan Sveriges", "Miljösamverkan Sverige", "network"),
            muni("Kristianstads", "Kristianstad"),
            muni("Helsingborg", "Helsingborg"),
            muni("Ängelholm", "Ängelholm"),
        ],
        munis=["Kristianstad", "Helsingborg", "Ängelholm"],
        topics=["nationell nätverksträff", "digital tillsyn av lantbruk", "livsmedelskontroll"],
        follow_ups=[
            v(7, "Miljösamverkan Sveriges nätverksträff hålls den 8 april i Stockholm."),
            v(7, "Anders Nilsson deltar från Skåne och rapporterar vid nästa möte."),
            v(7, "Helena presenterar arbetet närmare vid ett senare möte."),
        ],
        dates=[date("8 april", "2025-04-08", "day", True)],
        places=["Stockholm", "Skåne"],
    ),
    item(
        8,
        H[7][1],
        "8. Nästa möte",
        topics=["nästa möte"],
        follow_ups=[v(8, "Nästa styrgruppsmöte hålls den 3 april 2025 kl. 9.00–12.00 via Teams.")],
        dates=[date("3 april 2025", "2025-04-03", "day")],
    ),
]

gold = {
    "document": D.filename,
    "meeting": {
        "body": SELF,
        "date_estimate": "2025-02-06",
        "date_evidence": ["Datum: 2025-02-06"],
        "place": "Teams",
        "date_confidence": "high",
        "date_reasoning": "stated in the header",
    },
    "present": present,
    "absent": absent,
    "recorded_by": {"name": "Cecilia Wahlström", "canonical_name": "Cecilia Wahlström", "role": "samordnare"},
    "items": items,
    "document_note": "Layout: a Word minutes document saved as PDF and converted with pdftotext (wrapped lines, "
    "page footers '1 (2)', form feeds). Network = all Skåne municipalities (Miljösamverkan Skåne).",
}
write(D, gold)
