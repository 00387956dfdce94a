# ruff: noqa
# ruff: noqa: E501
"""Gold for nltm_direktionen_2026-05-28.txt (Norrbottens läns kollektivtrafikmyndighet, direktionen; pdftotext -layout)."""

from __future__ import annotations

from goldlib import att, dt, item, org, per, write

HOST = "Norrbottens läns kollektivtrafikmyndighet"
SELF = "Norrbottens läns kollektivtrafikmyndighets direktion"
LT = "Länstrafiken i Norrbotten AB"
BESLUT = "Direktionens beslut"
ARENDE = "Ärendebeskrivning"


def muni(surface, canon, others=None):
    return org(surface, canon, "municipality", others)


def selforg(surface, others=None):
    return org(surface, SELF, "other", others, note="the meeting body itself")


def m(name, aff, affc, role=None, note=None, items=None):
    return att(name, aff, affc, role, note, items)


doc = {
    "document": "nltm_direktionen_2026-05-28.txt",
    "meeting": {
        "body": SELF,
        "date_estimate": "2026-05-28",
        "date_evidence": [
            "kollektivtrafikmyndighet                                 2026-05-28",
            "Sammanträdesdatum              2026-05-28",
        ],
        "place": "Förbundskontoret, Luleå",
        "layout": "PDF protocol converted with pdftotext -layout: two-column cover page (Plats och tid, "
        "Beslutande, Övriga närvarande, Utses att justera, Underskrifter, ANSLAG/BEVIS), page "
        "headers/footers with form feeds, '§ N  Dnr' paragraphs with title on the next line, "
        "subheadings Ärendebeskrivning/Yrkanden/Direktionens beslut, att-clause decisions",
    },
    "present": [
        m("Anders Nilsson", "Luleå kommun", "Luleå", "ordförande"),
        m("Britt Lindqvist", "Region Norrbotten", "Region Norrbotten", "vice ordförande"),
        m("Stina Holmgren", "Arjeplogs kommun", "Arjeplog"),
        m("Jan Lundberg", "Arvidsjaurs kommun", "Arvidsjaur"),
        m("Annika Hedman", "Bodens kommun", "Boden"),
        m("Tomas Lundberg", "Gällivare kommun", "Gällivare"),
        m(
            "Hanna Svensson",
            "Haparanda stad",
            "Haparanda",
            "tjänstgörande ersättare",
            "tjänstgörande ersättare för Peter Rönnbäck (S)",
        ),
        m("Maria Sundkvist", "Jokkmokks kommun", "Jokkmokk", None, "deltar på distans"),
        m("Roger Lindström", "Kalix kommun", "Kalix"),
        m(
            "Eva Lind",
            "Kiruna kommun",
            "Kiruna",
            "tjänstgörande ersättare",
            "tjänstgörande ersättare för Mikael Stenberg (S)",
        ),
        m("Sven-Erik Keskitalo", "Pajala kommun", "Pajala", None, "§§ 14–19", [14, 15, 16, 17, 18, 19]),
        m("Lars Berg", "Piteå kommun", "Piteå", "justerare"),
        m("Kent Marklund", "Älvsbyns kommun", "Älvsbyn"),
        m("Göran Wikström", "Överkalix kommun", "Överkalix"),
        m("Ingrid Pohjanen", "Övertorneå kommun", "Övertorneå"),
        m("Kjell Nordmark", "Luleå kommun", "Luleå", "ersättare"),
        m("Karl-Johan Eriksson", None, HOST, "förbundsdirektör"),
        m("Sanna Lindqvist", None, HOST, "trafikstrateg", "§ 17", [17]),
        m("Fredrik Berg", "Länstrafiken i Norrbotten AB", LT, "vd", "§ 18", [18]),
        m("Johanna Marklund", None, HOST, "sekreterare"),
    ],
    "absent": [
        att(
            "Peter Rönnbäck",
            "Haparanda stad",
            "Haparanda",
            "ledamot",
            gold_note="named only as the member for whom Hanna Svensson serves as tjänstgörande ersättare",
        ),
        att(
            "Mikael Stenberg",
            "Kiruna kommun",
            "Kiruna",
            "ledamot",
            gold_note="named only as the member for whom Eva Lind serves as tjänstgörande ersättare",
        ),
    ],
    "recorded_by": {"name": "Johanna Marklund", "canonical_name": "Johanna Marklund", "role": "sekreterare"},
    "items": [
        item(
            14,
            "Val av justerare",
            "§ 14\nVal av justerare",
            [BESLUT],
            persons=[per("Lars Berg", aff="Piteå kommun", affc="Piteå", role="elected to check the minutes")],
            orgs=[selforg("Direktionen", ["Direktionens"])],
            topics=["val av justerare", "justering av protokoll"],
            decisions=[
                "Direktionen beslutar att utse Lars Berg (M) att jämte ordföranden justera dagens protokoll."
            ],
        ),
        item(
            15,
            "Godkännande av dagordning",
            "§ 15\nGodkännande av dagordning",
            [BESLUT],
            orgs=[selforg("Direktionens")],
            topics=["dagordning", "trafikstörningar"],
            decisions=[
                "Dagordningen godkänns med tillägget att information om vinterns trafikstörningar på Malmbanan tas upp under § 22."
            ],
            places=["Malmbanan"],
            note="the organ is named only in the subheading 'Direktionens beslut'",
        ),
        item(
            16,
            "Ekonomisk uppföljning per april 2026",
            "§ 16                                                                        Dnr 2026/031\nEkonomisk uppföljning per april 2026",
            [ARENDE, BESLUT],
            orgs=[selforg("Direktionen", ["Direktionens"])],
            topics=["ekonomisk uppföljning", "prognos", "underskott", "ersättningstrafik", "budget i balans"],
            decisions=[
                "Direktionen beslutar\natt godkänna den ekonomiska uppföljningen per april 2026, samt\natt uppdra åt förbundsdirektören att återkomma med förslag till åtgärder för en budget i balans till sammanträdet den 24 september 2026."
            ],
            dates=[
                dt("april 2026", "2026-04", "month"),
                dt("januari", "2026-01", "month", True),
                dt("februari", "2026-02", "month", True),
                dt("24 september 2026", "2026-09-24", "day"),
            ],
            places=["Malmbanan"],
            bfol=[
                "Direktionen beslutar\natt godkänna den ekonomiska uppföljningen per april 2026, samt\natt uppdra åt förbundsdirektören att återkomma med förslag till åtgärder för en budget i balans till sammanträdet den 24 september 2026."
            ],
            note="the page header of page 3 (with 'Sammanträdesdatum 2026-05-28') falls inside this item's span; it is page furniture, not an item date",
        ),
        item(
            17,
            "Regionalt trafikförsörjningsprogram för Norrbottens län 2027–2030, remiss",
            "§ 17                                                                        Dnr 2025/118\nRegionalt trafikförsörjningsprogram för Norrbottens län 2027–2030, remiss",
            [ARENDE, "Yrkanden", "Propositionsordning", BESLUT, "Reservation"],
            persons=[
                per(
                    "Sanna Lindqvist",
                    aff=None,
                    affc=HOST,
                    role="presents the proposal",
                    title="trafikstrateg",
                ),
                per(
                    "Ingrid Pohjanen",
                    aff="Övertorneå kommun",
                    affc="Övertorneå",
                    role="moves a longer consultation; reserves herself",
                    also=["Ingrid Pohjanens"],
                ),
            ],
            orgs=[
                org("Region Norrbotten", "Region Norrbotten", "region"),
                org("Region Västerbotten", "Region Västerbotten", "region"),
                org("Trafikverket", "Trafikverket", "national_agency"),
                org(
                    "Länsstyrelsen i Norrbottens län",
                    "Länsstyrelsen i Norrbottens län",
                    "county_administrative_board",
                ),
                selforg("Direktionen", ["direktionen", "Direktionens"]),
            ],
            topics=["trafikförsörjningsprogram", "remiss", "kollektivtrafik", "yrkande och reservation"],
            decisions=[
                "Direktionen beslutar att skicka förslaget till regionalt trafikförsörjningsprogram för Norrbottens län 2027–2030 på remiss till medlemmarna, Länsstyrelsen i Norrbottens län, Trafikverket och Region Västerbotten under perioden 15 juni–30 september 2026."
            ],
            follow_ups=["Programmet planeras att fastställas av direktionen i december 2026."],
            dates=[
                dt("2027–2030", "2027/2030", "range"),
                dt("31 oktober 2026", "2026-10-31", "day"),
                dt("15 juni–30 september 2026", "2026-06-15/2026-09-30", "range"),
                dt("december 2026", "2026-12", "month"),
            ],
            places=["Norrbottens län"],
            bdec=[
                "Ordföranden ställer förbundsdirektörens förslag mot Ingrid Pohjanens yrkande och finner att direktionen beslutar enligt förbundsdirektörens förslag.",
                "Ingrid Pohjanen (V) yrkar att remisstiden förlängs till den 31 oktober 2026.",
                "Ingrid Pohjanen (V) reserverar sig mot beslutet.",
            ],
            note="'trafikförsörjningsprogram' and 'lagen om kollektivtrafik' are a statutory document type and a law, not organisations",
        ),
        item(
            18,
            "Allmän trafikplikt för linje 91 Kiruna–Narvik",
            "§ 18                                                                        Dnr 2026/044\nAllmän trafikplikt för linje 91 Kiruna–Narvik",
            [ARENDE, BESLUT, "Beslutet skickas till"],
            persons=[per("Fredrik Berg", aff=LT, affc=LT, role="reports", title="vd")],
            orgs=[
                org(LT, LT, "company"),
                org("Nordland fylkeskommune", "Nordland fylkeskommune", "region"),
                muni("Kiruna", "Kiruna", ["Kiruna kommun"]),
                selforg("Direktionen", ["Direktionens"]),
            ],
            munis=["Kiruna"],
            topics=["allmän trafikplikt", "gränsöverskridande busstrafik", "upphandling", "Kiruna–Narvik"],
            decisions=[
                "Direktionen beslutar\natt införa allmän trafikplikt för linje 91 Kiruna–Narvik från och med den 13 december 2026, samt\natt uppdra åt Länstrafiken i Norrbotten AB att upphandla trafiken i samverkan med Nordland fylkeskommune."
            ],
            dates=[dt("december 2026", "2026-12", "month"), dt("13 december 2026", "2026-12-13", "day")],
            places=["Narvik"],
            bfol=[
                "Direktionen beslutar\natt införa allmän trafikplikt för linje 91 Kiruna–Narvik från och med den 13 december 2026, samt\natt uppdra åt Länstrafiken i Norrbotten AB att upphandla trafiken i samverkan med Nordland fylkeskommune."
            ],
            note="the distribution list repeats two bodies already named in the item",
        ),
        item(
            19,
            "Färdtjänst och riksfärdtjänst – information",
            "§ 19                                                                        Dnr 2026/052\nFärdtjänst och riksfärdtjänst – information",
            [BESLUT],
            persons=[
                per("Karl-Johan Eriksson", aff=None, affc=HOST, role="informs", title="förbundsdirektör")
            ],
            orgs=[
                muni("Bodens kommun", "Boden"),
                muni("Älvsbyns kommun", "Älvsbyn"),
                selforg("Direktionen", ["direktionen", "Direktionens"]),
            ],
            munis=["Boden", "Älvsbyn"],
            topics=["färdtjänst", "riksfärdtjänst", "överlåtelse av huvudmannaskap"],
            decisions=["Direktionen beslutar att lägga informationen till handlingarna."],
            follow_ups=["En utredning av förutsättningarna presenteras för direktionen i november 2026."],
            dates=[dt("2028", "2028", "year"), dt("november 2026", "2026-11", "month")],
            bfol=[
                "Förbundsdirektör Karl-Johan Eriksson informerar om att Bodens kommun och Älvsbyns kommun har aviserat att de vill överlåta ansvaret för färdtjänsten till förbundet från 2028."
            ],
        ),
        item(
            20,
            "Taxor och biljettpriser 2027",
            "§ 20                                                                        Dnr 2026/039\nTaxor och biljettpriser 2027",
            [ARENDE, BESLUT],
            orgs=[selforg("Direktionen", ["direktionen", "Direktionens"])],
            topics=["taxor", "biljettpriser", "periodkort", "prishöjning"],
            decisions=[
                "Direktionen beslutar att fastställa taxor och biljettpriser för 2027 enligt förslaget, att gälla från och med den 1 januari 2027."
            ],
            dates=[dt("2027", "2027", "year"), dt("1 januari 2027", "2027-01-01", "day")],
        ),
        item(
            21,
            "Delegationsbeslut och meddelanden",
            "§ 21\nDelegationsbeslut och meddelanden",
            [BESLUT],
            orgs=[
                org("Trafikverket", "Trafikverket", "national_agency"),
                muni("Gällivare", "Gällivare"),
                selforg("Direktionen", ["Direktionens"]),
            ],
            munis=["Gällivare"],
            topics=["delegationsbeslut", "meddelanden", "statlig medfinansiering", "hållplatser"],
            decisions=["Direktionen beslutar att lägga redovisningen till handlingarna."],
            dates=[
                dt("2026-03-01–2026-04-30", "2026-03-01/2026-04-30", "range"),
                dt("2026-04-15", "2026-04-15", "day"),
            ],
            note="'Redovisas:' is a run-in label introducing a list, not a subheading",
        ),
        item(
            22,
            "Övriga frågor",
            "§ 22\nÖvriga frågor",
            persons=[per("Karl-Johan Eriksson", aff=None, affc=HOST, role="informs")],
            orgs=[selforg("direktionens")],
            topics=["trafikstörningar", "Malmbanan", "ersättningstrafik", "merkostnader"],
            follow_ups=[
                "Förbundsdirektören återkommer med en redovisning av kostnaderna vid direktionens sammanträde den 24 september 2026."
            ],
            dates=[dt("24 september 2026", "2026-09-24", "day")],
            places=["Malmbanan"],
        ),
    ],
}

if __name__ == "__main__":
    write(doc, None)
