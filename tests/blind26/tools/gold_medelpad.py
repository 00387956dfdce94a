# ruff: noqa
"""Gold for the Medelpads räddningstjänstförbund direktion protocol (pdftotext)."""

from gold_lib import A, D, O, P, item, write

MRF = "Medelpads räddningstjänstförbund"
DIR = "Medelpads räddningstjänstförbunds direktion"
SELF = "the meeting body itself"
LVN = "Länsstyrelsen Västernorrland"
BESLUT = "Direktionens beslut"


def direktion(*surfaces):
    return O(surfaces[0], DIR, "other", surfaces[1:], SELF)


doc = {
    "document": "medelpads_raddningstjanstforbund_direktionen_2025-03-27.txt",
    "meeting": {
        "body": "Medelpads räddningstjänstförbund, direktionen",
        "date_estimate": "2025-03-27",
        "date_evidence": ["Sammanträdesdatum\n2025-03-27"],
        "place": "Räddningsstationen i Sundsvall, sammanträdesrum Brandkåren",
    },
    "present": [
        A("Lena Byström", "Sundsvall", "Sundsvall", "ordförande", party="S"),
        A("Patrik Jonsson", "Timrå", "Timrå", "vice ordförande", party="M"),
        A("Gunnel Åberg", "Ånge", "Ånge", None, party="C"),
        A("Niklas Byström", "Sundsvall", "Sundsvall", None, party="V"),
        A(
            "Johanna Lund",
            "Sundsvall",
            "Sundsvall",
            "tjänstgörande ersättare",
            "tjänstgörande ersättare för Peter Eriksson (M)",
            party="KD",
        ),
        A("Åsa Nilsson", "Timrå", "Timrå", "ersättare", party="S"),
        A("Tomas Berglund", None, MRF, "förbundsdirektör"),
        A("Linda Hägg", None, MRF, "förbundssekreterare"),
        A("Erik Malm", None, MRF, "ekonom", "§ 13–14", [13, 14]),
        A("Per Forsberg", "Timrå kommun", "Timrå", "kommundirektör", "§ 15", [15]),
    ],
    "absent": [],
    "recorded_by": {"name": "Linda Hägg", "canonical_name": "Linda Hägg", "role": "Sekreterare"},
    "document_note": "Peter Eriksson (M) is replaced by a tjänstgörande ersättare but the protocol has no list of absent members, so absent is empty.",
    "items": [
        item(
            11,
            "§ 11\nVal av justerare",
            "Val av justerare",
            subheadings=[BESLUT],
            persons=[P("Patrik Jonsson", aff="Timrå", role="utses att justera")],
            orgs=[direktion("Direktionen", "Direktionens")],
            topics=["justering"],
            decisions=[
                "Direktionen utser Patrik Jonsson (M) att jämte ordföranden justera dagens protokoll."
            ],
        ),
        item(
            12,
            "§ 12\nGodkännande av dagordning",
            "Godkännande av dagordning",
            subheadings=[BESLUT],
            orgs=[direktion("Direktionens")],
            topics=["dagordning", "Rakel G"],
            decisions=[
                "Dagordningen godkänns med tillägget att informationsärendet om Rakel G behandlas under § 19."
            ],
        ),
        item(
            13,
            "§ 13 Dnr 2025/012\nÅrsredovisning 2024",
            "Årsredovisning 2024",
            subheadings=["Ärendebeskrivning", "Beslutsunderlag", BESLUT, "Expedieras till"],
            persons=[P("Erik Malm", aff=MRF, role="föredrar ärendet")],
            orgs=[
                O(MRF, MRF, "municipal_federation", ["Förbundet"]),
                direktion("Direktionens", "Direktionen"),
                O(
                    "revisorerna",
                    "Medelpads räddningstjänstförbunds revisorer",
                    "other",
                    ["förbundets revisorer"],
                ),
                O("Sundsvalls", "Sundsvall", "municipality", ["Sundsvalls kommun"]),
                O("Timrå", "Timrå", "municipality", ["Timrå kommun"]),
                O("Ånge", "Ånge", "municipality", ["Ånge kommun"]),
            ],
            munis=["Sundsvall", "Timrå", "Ånge"],
            topics=["årsredovisning", "överskott", "pensionskostnader", "ansvarsfrihet"],
            decisions=[
                "Direktionen godkänner årsredovisning 2024 för Medelpads räddningstjänstförbund.",
                "Årsredovisningen överlämnas till revisorerna och till fullmäktige i Sundsvalls, Timrå och Ånge kommuner.",
            ],
            dates=[D("2024", "2024"), D("2025-03-10", "2025-03-10")],
        ),
        item(
            14,
            "§ 14 Dnr 2025/019\nBudgetuppföljning februari 2025",
            "Budgetuppföljning februari 2025",
            subheadings=["Ärendebeskrivning", BESLUT],
            persons=[P("Erik Malm", aff=MRF, role="redovisar utfallet")],
            orgs=[direktion("Direktionens", "Direktionen")],
            topics=["budgetuppföljning", "prognos", "utryckningsfordon"],
            decisions=["Direktionen lägger budgetuppföljningen till handlingarna."],
            dates=[D("februari 2025", "2025-02"), D("februari", "2025-02", inferred=True)],
            note="The pdftotext page header of page 3 falls at the end of this item's span.",
        ),
        item(
            15,
            "§ 15 Dnr 2025/021\nMedlemsbidrag 2026 och ägarsamråd",
            "Medlemsbidrag 2026 och ägarsamråd",
            subheadings=["Ärendebeskrivning", "Yrkanden", BESLUT, "Reservation", "Expedieras till"],
            persons=[
                P("Per Forsberg", aff="Timrå kommun", role="redogör för kommundirektörernas syn"),
                P(
                    "Niklas Byström",
                    aff="Sundsvall",
                    role="yrkar 2,5 procent; reserverar sig",
                    also=["Niklas Byströms"],
                ),
            ],
            orgs=[
                O("ägarsamrådet", "Medelpads räddningstjänstförbunds ägarsamråd", "other", ["ägarsamråd"]),
                O("Timrå kommun", "Timrå", "municipality"),
                O("Sundsvalls kommun", "Sundsvall", "municipality"),
                O("Ånge kommun", "Ånge", "municipality"),
                direktion("Direktionens", "Direktionen", "direktionen"),
            ],
            munis=["Timrå", "Sundsvall", "Ånge"],
            topics=["medlemsbidrag", "ägarsamråd", "höjd beredskap", "uppräkning", "reservation"],
            decisions=[
                "Direktionen föreslår medlemskommunerna en uppräkning av medlemsbidraget med 3,2 procent för 2026.",
                "Förbundsdirektören får i uppdrag att ta fram ett underlag om kostnaderna för höjd beredskap till ägarsamrådet.",
            ],
            b_fu=[
                "Förbundsdirektören får i uppdrag att ta fram ett underlag om kostnaderna för höjd beredskap till ägarsamrådet.",
                "Inför ägarsamrådet den 15 maj har medlemskommunerna efterfrågat ett underlag om medlemsbidragen för 2026–2028.",
            ],
            b_dec=[
                "Ordföranden ställer proposition på förvaltningens förslag och Niklas Byströms yrkande och finner att direktionen beslutar enligt förvaltningens förslag."
            ],
            dates=[D("2026", "2026"), D("15 maj", "2025-05-15", inferred=True), D("2026–2028", "2026/2028")],
        ),
        item(
            16,
            "§ 16 Dnr 2024/088\nHandlingsprogram enligt lagen om skydd mot olyckor 2025–2027",
            "Handlingsprogram enligt lagen om skydd mot olyckor 2025–2027",
            subheadings=["Ärendebeskrivning", BESLUT],
            orgs=[
                O(LVN, LVN, "county_administrative_board"),
                O("Region Västernorrland", "Region Västernorrland", "region"),
                O("Polismyndigheten", "Polismyndigheten", "national_agency"),
                O(
                    "Myndigheten för samhällsskydd och beredskap",
                    "Myndigheten för samhällsskydd och beredskap",
                    "national_agency",
                ),
                direktion("Direktionens", "Direktionen"),
            ],
            topics=["handlingsprogram", "lagen om skydd mot olyckor", "samråd", "MSB:s föreskrifter"],
            decisions=[
                "Direktionen antar handlingsprogrammet för perioden 2025–2027 och det börjar gälla den 1 maj 2025."
            ],
            dates=[D("2025–2027", "2025/2027"), D("1 maj 2025", "2025-05-01")],
            note="The page-4 header falls at the end of this item's span.",
        ),
        item(
            17,
            "§ 17\nDelegationsbeslut",
            "Delegationsbeslut",
            subheadings=[BESLUT],
            orgs=[direktion("Direktionens")],
            topics=["delegationsbeslut"],
            decisions=["Redovisningen av delegationsbeslut för perioden 2025-01-20–2025-03-14 godkänns."],
            dates=[D("2025-01-20–2025-03-14", "2025-01-20/2025-03-14")],
        ),
        item(
            18,
            "§ 18\nMeddelanden",
            "Meddelanden",
            subheadings=[BESLUT],
            orgs=[
                O("ägarsamrådet", "Medelpads räddningstjänstförbunds ägarsamråd", "other"),
                O(LVN, LVN, "county_administrative_board"),
                direktion("Direktionens"),
            ],
            topics=["meddelanden", "risk- och sårbarhetsanalyser", "tillsyn"],
            decisions=["Meddelandena läggs till handlingarna."],
            dates=[D("2024-11-28", "2024-11-28")],
            note="'Följande meddelanden redovisas:' is a run-in list label, not a subheading.",
        ),
        item(
            19,
            "§ 19\nFörbundsdirektörens information",
            "Förbundsdirektörens information",
            subheadings=[BESLUT],
            persons=[P("Tomas Berglund", aff=MRF, role="förbundsdirektör, informerar")],
            orgs=[
                O("Ånge", "Ånge", "municipality"),
                O("MSB", "Myndigheten för samhällsskydd och beredskap", "national_agency"),
                O("Sundsvallsregionens", "Sundsvallsregionen", "network"),
                direktion("Direktionens"),
            ],
            munis=["Ånge"],
            topics=["rekrytering av deltidsbrandmän", "Rakel G", "ledningsplatser", "civilt försvar"],
            decisions=["Informationen läggs till handlingarna."],
            b_fu=[
                "Rekryteringen av deltidsbrandmän i Ånge och Stöde, där åtta nya brandmän börjar i april.",
                "Övergången till Rakel G, som enligt MSB ska vara genomförd i hela landet senast 2026.",
            ],
            dates=[D("april", "2025-04", inferred=True), D("2026", "2026")],
            note="Stöde is a locality in Sundsvall, not a municipality.",
        ),
    ],
}

if __name__ == "__main__":
    write(doc)
