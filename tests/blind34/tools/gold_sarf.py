# ruff: noqa
"""Gold for sarf_direktionen_protokoll_2025-04-24.txt (hand annotation as data)."""

from goldlib import att, check_and_write, date, item, muni, org, per

DOC = "sarf_direktionen_protokoll_2025-04-24.txt"
SARF = "Södra Älvsborgs Räddningstjänstförbund"
DIR = "Södra Älvsborgs Räddningstjänstförbunds direktion"
MSB = "Myndigheten för samhällsskydd och beredskap"
RSG = "Räddningstjänstförbundet Storgöteborg"
SUB = ["Ärendebeskrivning", "Beslutsunderlag", "Direktionens beslut", "Beslutet skickas till"]


def direk(*other):
    return org("Direktionen", DIR, "other", list(other), note="the meeting body itself")


def pol(name, party, muni_, role=None, note=None):
    return att(name, muni_, muni_, role, note, party=party)


gold = {
    "document": DOC,
    "meeting": {
        "body": DIR,
        "date_estimate": "2025-04-24",
        "date_evidence": ["2025-04-24"],
        "place": "Räddningstjänstens huvudstation, Borås",
    },
    "present": [
        pol("Ulla Bergqvist", "S", "Borås", "ordförande"),
        pol("Mikael Strand", "M", "Borås", "vice ordförande"),
        pol("Kerstin Olofsson", "C", "Bollebygd", "justerare"),
        pol("Lars-Göran Axelsson", "KD", "Herrljunga"),
        pol("Anna Nilsson", "S", "Mark"),
        pol("Peter Nilsson", "M", "Svenljunga"),
        pol(
            "Birgitta Ek",
            "SD",
            "Tranemo",
            "tjänstgörande ersättare",
            "tjänstgörande ersättare för Roger Dahl (C)",
        ),
        pol("Fredrik Lundgren", "S", "Ulricehamn"),
        pol("Ingrid Holmér", "M", "Vårgårda"),
        att("Magnus Ivarsson", None, SARF, "förbundsdirektör"),
        att("Helena Andersson", None, SARF, "ekonomichef"),
        att("Linnea Hallberg", None, SARF, "förbundssekreterare"),
        att("Johanna Stridh", "MSB", MSB, None, "§ 18", [18], canonical="Johanna Ek Stridh"),
        att("Robert Sjöö", None, None, "revisor", "§ 16", [16]),
    ],
    "absent": [],
    "recorded_by": {"name": "Linnea Hallberg", "canonical_name": "Linnea Hallberg", "role": "Sekreterare"},
    "items": [
        item(
            14,
            "§ 14 Val av justerare",
            "Val av justerare",
            persons=[per("Kerstin Olofsson", role="elected to check the minutes")],
            orgs=[direk()],
            topics=["val av justerare"],
            decisions=[
                "Direktionen beslutar att utse Kerstin Olofsson att jämte ordföranden justera protokollet."
            ],
        ),
        item(
            15,
            "§ 15 Godkännande av dagordning",
            "Godkännande av dagordning",
            orgs=[direk()],
            topics=["dagordning"],
            decisions=[
                "Direktionen beslutar att godkänna dagordningen med tillägget att § 20 behandlas före § 19."
            ],
        ),
        item(
            16,
            "§ 16 Årsredovisning 2024",
            "Årsredovisning 2024",
            subheadings=SUB,
            persons=[
                per("Robert Sjöö", role="auditor; reports on the audit"),
                per("Helena Andersson", role="author of the officer's report"),
            ],
            orgs=[direk("Direktionens")],
            topics=["årsredovisning", "resultat 2024", "revision", "ansvarsfrihet"],
            decisions=[
                "Direktionen beslutar att godkänna årsredovisningen för 2024 och överlämna den till medlemskommunernas fullmäktige."
            ],
            bfu=[
                "Robert Sjöö redogjorde för revisorernas granskning och meddelade att revisorerna avser att tillstyrka ansvarsfrihet."
            ],
            dates=[date("2024", "2024", "year"), date("2025-03-28", "2025-03-28", "day")],
            note="'Medlemskommunerna' under 'Beslutet skickas till' is an address, not annotated; 'Förbundet' (generic noun for the host) not annotated.",
        ),
        item(
            17,
            "§ 17 Handlingsprogram för förebyggande verksamhet och räddningstjänst",
            "Handlingsprogram för förebyggande verksamhet och räddningstjänst",
            subheadings=["Ärendebeskrivning", "Direktionens beslut"],
            orgs=[
                org(MSB, MSB, "national_agency"),
                org(
                    "Länsstyrelsen i Västra Götalands län",
                    "Länsstyrelsen i Västra Götalands län",
                    "county_administrative_board",
                ),
                muni("Borås"),
                muni("Mark"),
                muni("Ulricehamn"),
                direk("Direktionens"),
            ],
            munis=["Borås", "Mark", "Ulricehamn"],
            topics=["handlingsprogram", "förebyggande verksamhet", "remiss"],
            decisions=[
                "Direktionen beslutar att föreslå medlemskommunerna att anta handlingsprogrammet för perioden 2026–2029.",
                "Förbundsdirektören får i uppdrag att justera dokumentets redaktionella delar före utskick.",
            ],
            bfu=[
                "Förbundsdirektören får i uppdrag att justera dokumentets redaktionella delar före utskick."
            ],
            dates=[date("1 januari 2026", "2026-01-01", "day"), date("2026–2029", "2026/2029", "range")],
            note="A page break (running header, 'Justerandes sign') falls inside this item; its lines are not item content.",
        ),
        item(
            18,
            "§ 18 Civilt försvar – information",
            "Civilt försvar – information",
            subheadings=["Direktionens beslut"],
            persons=[
                per("Johanna Stridh", "Johanna Ek Stridh", "MSB", MSB, role="informs on MSB becoming MCF"),
                per("Magnus Ivarsson", role="reports on command posts and reserve power"),
            ],
            orgs=[
                org("MSB", MSB, "national_agency"),
                org("Myndigheten för civilt försvar", "Myndigheten för civilt försvar", "national_agency"),
                direk("Direktionens"),
            ],
            topics=["civilt försvar", "höjd beredskap", "ledningsplatser", "reservkraft"],
            decisions=["Direktionen beslutar att lägga informationen till handlingarna."],
            follow_ups=[
                "Förbundsdirektören återkommer med en plan för skyddade ledningsplatser vid sammanträdet i september."
            ],
            dates=[date("1 januari 2026", "2026-01-01", "day"), date("september", "2025-09", "month", True)],
        ),
        item(
            19,
            "§ 19 Ekonomisk uppföljning mars 2025",
            "Ekonomisk uppföljning mars 2025",
            subheadings=["Direktionens beslut"],
            persons=[per("Helena Andersson", role="presents the follow-up")],
            orgs=[direk("Direktionens")],
            topics=["ekonomisk uppföljning", "prognos"],
            decisions=["Direktionen beslutar att godkänna den ekonomiska uppföljningen."],
            dates=[date("mars 2025", "2025-03", "month"), date("31 mars", "2025-03-31", "day", True)],
        ),
        item(
            20,
            "§ 20 Avtal om räddningsinsatser med Räddningstjänsten Storgöteborg",
            "Avtal om räddningsinsatser med Räddningstjänsten Storgöteborg",
            subheadings=["Ärendebeskrivning", "Direktionens beslut"],
            persons=[
                per("Lars-Göran Axelsson", role="asks about cost sharing"),
                per("Peter Nilsson", role="asks about cost sharing"),
            ],
            orgs=[
                org("Räddningstjänsten Storgöteborg", RSG, "municipal_federation", [RSG]),
                direk("Direktionens"),
            ],
            topics=["gränslös räddningstjänst", "avtal", "kostnadsfördelning"],
            decisions=[
                "Direktionen beslutar att godkänna avtalet med Räddningstjänstförbundet Storgöteborg."
            ],
            dates=[
                date("30 juni 2025", "2025-06-30", "day"),
                date("2025-07-01–2028-06-30", "2025-07-01/2028-06-30", "range"),
            ],
        ),
        item(
            21,
            "§ 21 Förbundsdirektörens information",
            "Förbundsdirektörens information",
            persons=[per("Magnus Ivarsson", role="informs")],
            orgs=[muni("Tranemo"), muni("Svenljunga"), muni("Ulricehamn", "Ulricehamns kommun"), direk()],
            munis=["Tranemo", "Svenljunga", "Ulricehamn"],
            topics=["rekrytering deltidsbrandmän", "skogsbrandsberedskap", "ny station"],
            decisions=["Direktionen beslutar att lägga informationen till handlingarna."],
            places=["Gällstad"],
        ),
    ],
}
check_and_write(DOC, gold, "\nJusterandes sign\n")
