# ruff: noqa
"""Gold for document C: protocol of the direktion of Västra Mälardalens Kommunalförbund, 2025-03-20 (PDF via pdftotext)."""

from goldlib import DRAFT, att, date, item, muni, org, per, write

DOC = "vmkf_direktionen_protokoll_2025-03-20.txt"
text = (DRAFT / DOC).read_text(encoding="utf-8")

VMKF = "Västra Mälardalens Kommunalförbund"
DIR = "Västra Mälardalens Kommunalförbunds direktion"
SELF = "the meeting body itself"


def direktion(surface, *other):
    return org(surface, DIR, "other", list(other) or None, note=SELF)


def members():
    return [
        muni("Arboga", "Arboga kommun"),
        muni("Köping", "Köpings kommun"),
        muni("Kungsör", "Kungsörs kommun"),
    ]


DB = "Direktionens beslut"
doc = {
    "document": DOC,
    "meeting": {
        "body": DIR,
        "date_estimate": "2025-03-20",
        "date_evidence": ["Sammanträdesdatum\nSida\n2025-03-20"],
        "place": "Kommunalförbundets lokaler, Glasgatan 19, Köping",
        "date_confidence": "high",
        "date_reasoning": "Sammanträdesdatum in the protocol header",
    },
    "present": [
        att("Anna-Karin Holm", "Arboga", "Arboga", "ordförande", party="S", group="Beslutande"),
        att("Ulf Andersson", "Köping", "Köping", "vice ordförande", party="M", group="Beslutande"),
        att("Gunilla Andersson", "Kungsör", "Kungsör", party="S", group="Beslutande"),
        att(
            "Sofia Wiklund",
            "Arboga",
            "Arboga",
            None,
            "§§ 12–17",
            [12, 13, 14, 15, 16, 17],
            party="C",
            group="Beslutande",
        ),
        att(
            "Bengt Ståhl",
            "Köping",
            "Köping",
            "tjänstgörande ersättare",
            "tjänstgörande ersättare för Mona Karlsson (S)",
            party="S",
            group="Beslutande",
        ),
        att("Roger Ek", "Kungsör", "Kungsör", party="SD", group="Beslutande"),
        att("Kjell Lundin", "Kungsör", "Kungsör", "ersättare", party="KD", group="Övriga närvarande"),
        att("Stefan Hedin", None, VMKF, "förbundschef", group="Övriga närvarande"),
        att(
            "Annelie Borg", None, VMKF, "ekonomichef", "§§ 14, 16–17", [14, 16, 17], group="Övriga närvarande"
        ),
        att("Johan Ekström", None, VMKF, "IT-chef", "§ 15", [15], group="Övriga närvarande"),
        att("Camilla Björk", None, VMKF, "sekreterare", group="Övriga närvarande"),
    ],
    "absent": [
        att(
            "Mona Karlsson",
            None,
            "Köping",
            None,
            None,
            party="S",
            source="named only as the member whom the serving substitute replaces; municipality inferred from the substitute",
        ),
    ],
    "recorded_by": {"name": "Camilla Björk", "canonical_name": "Camilla Björk", "role": "Sekreterare"},
    "items": [
        item(
            12,
            "Val av justerare",
            "§ 12 Val av justerare",
            [DB],
            persons=[per("Ulf Andersson", aff="Köping", role="appointed to check the minutes")],
            orgs=[direktion("Direktionens")],
            topics=["val av justerare"],
            decisions=["Ulf Andersson (M) utses att tillsammans med ordföranden justera dagens protokoll."],
        ),
        item(
            13,
            "Godkännande av dagordning",
            "§ 13 Godkännande av dagordning",
            [DB],
            orgs=[direktion("Direktionens")],
            topics=["dagordning"],
            decisions=[
                "Dagordningen godkänns med tillägg av en informationspunkt om lokalfrågan under § 20."
            ],
        ),
        item(
            14,
            "Årsredovisning 2024",
            "§ 14 Årsredovisning 2024",
            ["Ärendebeskrivning", "Beslutsunderlag", DB, "Beslutet skickas till"],
            persons=[per("Annelie Borg", aff=VMKF, role="presents the matter", title_in_item="Ekonomichef")],
            orgs=[
                org("Lönecentrum", "Lönecentrum, Västra Mälardalens Kommunalförbund", "other"),
                direktion("Direktionens", "Direktionen"),
                *members(),
            ],
            munis=["Arboga", "Köping", "Kungsör"],
            topics=["årsredovisning 2024", "resultat", "ansvarsfrihet"],
            decisions=[
                "Direktionen beslutar\natt godkänna årsredovisningen för 2024, samt\natt överlämna årsredovisningen till medlemskommunernas fullmäktige för beslut om ansvarsfrihet."
            ],
            dates=[date("2024", "2024", "year"), date("2025-03-05", "2025-03-05", "day")],
        ),
        item(
            15,
            "Informationssäkerhet – lägesrapport",
            "§ 15 Informationssäkerhet – lägesrapport",
            ["Ärendebeskrivning", DB],
            persons=[
                per(
                    "Johan Ekström", aff=VMKF, role="reports on information security", title_in_item="IT-chef"
                )
            ],
            orgs=[
                muni("Kungsör", "Kungsörs"),
                org(
                    "Region Västmanlands samverkansgrupp för digitalisering",
                    "Regional samverkansgrupp för digitalisering (Region Västmanland)",
                    "network",
                ),
                direktion("Direktionens", "Direktionen", "direktionens"),
            ],
            munis=["Kungsör"],
            topics=["informationssäkerhet", "överbelastningsattack", "civilt försvar", "handlingsplan"],
            decisions=["Direktionen beslutar att lägga informationen till handlingarna."],
            follow_ups=[
                "IT-chefen får i uppdrag att återkomma med en handlingsplan för informationssäkerhet till\ndirektionens sammanträde den 12 juni 2025."
            ],
            bdec=[
                "IT-chefen får i uppdrag att återkomma med en handlingsplan för informationssäkerhet till\ndirektionens sammanträde den 12 juni 2025."
            ],
            dates=[
                date("januari", "2025-01", "month", True),
                date("februari", "2025-02", "month", True),
                date("12 juni 2025", "2025-06-12", "day"),
            ],
            note="A page break falls inside this item: the footer (Justerandes sign / Utdragsbestyrkande) and the "
            "page header (VÄSTRA MÄLARDALENS KOMMUNALFÖRBUND, PROTOKOLL, 2025-03-20, 3(3), Direktionen) are layout, "
            "not annotated; the sentence 'Förbundet deltar ... pågår.' runs across the break.",
        ),
        item(
            16,
            "Budget 2026 och plan för 2027–2028",
            "§ 16 Budget 2026 och plan för 2027–2028",
            [
                "Ärendebeskrivning",
                "Yrkanden",
                "Propositionsordning",
                DB,
                "Reservation",
                "Beslutet skickas till",
            ],
            persons=[
                per(
                    "Stefan Hedin",
                    aff=VMKF,
                    role="presents the proposal",
                    title_in_item="Förbundschef",
                    note="the name is broken over two lines ('Stefan\\nHedin')",
                ),
                per("Annelie Borg", aff=VMKF, role="presents the proposal", title_in_item="ekonomichef"),
                per("Roger Ek", aff="Kungsör", role="moves 2.0 per cent; reserves himself"),
                per("Anna-Karin Holm", aff="Arboga", role="chair; moves approval"),
            ],
            orgs=[direktion("Direktionens", "Direktionen", "direktionen"), *members()],
            munis=["Arboga", "Köping", "Kungsör"],
            topics=["budget 2026", "flerårsplan", "medlemsavgifter", "reservation"],
            decisions=[
                "Direktionen beslutar\natt fastställa budget 2026 och plan för 2027–2028,\natt medlemsavgifterna för 2026 räknas upp med 2,8 procent, samt\natt översända budgeten till medlemskommunerna senast den 30 april 2025."
            ],
            bdec=[
                "Roger Ek (SD) yrkar att uppräkningen begränsas till 2,0 procent.",
                "Anna-Karin Holm (S) yrkar bifall till förbundschefens förslag.",
                "Ordföranden ställer proposition på yrkandena och finner att direktionen bifaller förbundschefens\nförslag.",
                "Roger Ek (SD) reserverar sig mot beslutet till förmån för eget yrkande.",
            ],
            dates=[
                date("2026", "2026", "year"),
                date("2027–2028", "2027/2028", "range"),
                date("30 april 2025", "2025-04-30", "day"),
            ],
        ),
        item(
            17,
            "Internkontrollplan 2025",
            "§ 17 Internkontrollplan 2025",
            [DB],
            orgs=[direktion("Direktionens", "Direktionen")],
            topics=["internkontrollplan"],
            decisions=["Direktionen beslutar att anta internkontrollplanen för 2025."],
            dates=[date("2025", "2025", "year")],
        ),
        item(
            18,
            "Nytt lönesystem för Lönecentrum – ändrad tidplan",
            "§ 18 Nytt lönesystem för Lönecentrum – ändrad tidplan",
            [DB],
            persons=[
                per("Sofia Wiklund", aff="Arboga", role="leaves the meeting before this item"),
                per(
                    "Stefan Hedin",
                    aff=VMKF,
                    role="informs on the postponed start",
                    title_in_item="Förbundschef",
                ),
            ],
            orgs=[
                org("Lönecentrum", "Lönecentrum, Västra Mälardalens Kommunalförbund", "other"),
                org("Visma", "Visma", "company"),
                direktion("Direktionens", "Direktionen"),
            ],
            topics=["lönesystem", "ändrad tidplan", "Lönecentrum"],
            decisions=["Direktionen beslutar att godkänna den ändrade tidplanen."],
            bdec=[
                "Förbundschef Stefan Hedin informerar om att driftstarten för det nya lönesystemet skjuts upp\nfrån den 1 september 2025 till den 1 januari 2026, efter att leverantören Visma begärt mer tid."
            ],
            bfu=[
                "Förbundschef Stefan Hedin informerar om att driftstarten för det nya lönesystemet skjuts upp\nfrån den 1 september 2025 till den 1 januari 2026, efter att leverantören Visma begärt mer tid."
            ],
            dates=[
                date("1 september 2025", "2025-09-01", "day"),
                date("1 januari 2026", "2026-01-01", "day"),
            ],
        ),
        item(
            19,
            "Delegationsbeslut och meddelanden",
            "§ 19 Delegationsbeslut och meddelanden",
            [DB],
            orgs=[
                org(
                    "Västra Mälardalens Överförmyndarnämnd", "Västra Mälardalens Överförmyndarnämnd", "other"
                ),
                direktion("Direktionens", "Direktionen"),
            ],
            topics=["delegationsbeslut", "meddelanden"],
            decisions=["Direktionen beslutar att lägga redovisningen till handlingarna."],
            dates=[
                date("2025-01-15–2025-03-10", "2025-01-15/2025-03-10", "range"),
                date("2025-02-18", "2025-02-18", "day"),
            ],
        ),
        item(
            20,
            "Förbundschefen informerar",
            "§ 20 Förbundschefen informerar",
            [DB],
            persons=[per("Stefan Hedin", aff=VMKF, role="informs")],
            orgs=[
                muni("Köping", "Köpings kommun"),
                org("Lönecentrum", "Lönecentrum, Västra Mälardalens Kommunalförbund", "other"),
                direktion("Direktionens", "Direktionen"),
            ],
            munis=["Köping"],
            topics=["rekrytering rektor vuxenutbildningen", "lokaler för Lönecentrum", "förbundets uppdrag"],
            decisions=["Direktionen tackar för informationen."],
            bfu=[
                "att medlemskommunernas kommundirektörer träffas den 8 april för att diskutera förbundets\nuppdrag.",
                "rekryteringen av ny rektor för vuxenutbildningen, som beräknas vara klar i maj,",
            ],
            dates=[date("maj", "2025-05", "month", True), date("8 april", "2025-04-08", "day", True)],
        ),
    ],
}
write(doc, text, r"^§ (\d+) ", None)
