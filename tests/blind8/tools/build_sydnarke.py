# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: sydnarke_samordningsforbund_protokoll.txt → gold/sydnarke_samordningsforbund_protokoll.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

SF = "Samordningsförbundet Sydnärke"
ROL = "Region Örebro län"
FK = "Försäkringskassan"
AF = "Arbetsförmedlingen"
NNS = "Nationella nätverket för samordningsförbund"

# Attendance is a pipe table "Part | Ledamot | Ersättare", one line per member party: every name in
# the Ledamot and Ersättare cells is present (ersättare attend even when not serving); "–" is an
# empty cell; the party "(S)" is not part of the name; ", ordförande" / ", vice ordförande" /
# ", tjänstgörande ersättare" are functions (role), not notes. "Frånvarande" uses the same table.
# Staff under "Övriga närvarande" have no body written: affiliation null, affiliation_canonical the
# federation (inferred: "förbundschef"). ", § 47" is a note with items attended [47].
present = [
    att("Birgitta Lund", "Askersunds kommun", "Askersund", "ordförande"),
    att("Göran Wik", "Askersunds kommun", "Askersund"),
    att("Tomas Fredriksson", "Hallsbergs kommun", "Hallsberg"),
    att("Yvonne Strid", "Kumla kommun", "Kumla", "vice ordförande"),
    att("Ali Hassan", "Kumla kommun", "Kumla"),
    att("Kent Olausson", "Laxå kommun", "Laxå", "tjänstgörande ersättare"),
    att("Marie Fredriksson", ROL, ROL),
    att("Jan Sjögren", FK, FK),
    att("Camilla Berg", AF, AF),
    att("Annika Tell", None, SF, "förbundschef"),
    att("Roger Svensson", None, SF, "ekonom", "§ 47", [47]),
    att("Sofia Nyqvist", None, SF, "processledare", "§ 49", [49]),
]
absent = [att("Lena Hägg", "Laxå kommun", "Laxå")]
recorded_by = {"name": "Annika Tell", "canonical_name": "Annika Tell", "role": "förbundschef"}

items = [
    item(
        45,
        "§ 45 Mötets öppnande och val av justerare",
        "Mötets öppnande och val av justerare",
        subheadings=["Beslut"],
        persons=[per("Birgitta Lund"), per("Kent Olausson"), per("Yvonne Strid")],
        orgs=[org("Laxå kommun", "Laxå", "municipality")],
        munis=["Laxå"],
        topics=["mötets öppnande", "val av justerare"],
        decisions=[
            "Styrelsen beslutar att utse Yvonne Strid att jämte ordföranden justera dagens protokoll."
        ],
    ),
    item(
        46,
        "§ 46 Godkännande av dagordning",
        "Godkännande av dagordning",
        subheadings=["Beslut"],
        orgs=[org(NNS, NNS, "association")],
        topics=["dagordning"],
        decisions=["Styrelsen beslutar att godkänna dagordningen med tillägget."],
        bdec=[
            "Förbundschefen föreslog att en informationspunkt om Nationella nätverket för samordningsförbund läggs till under § 50."
        ],
    ),
    item(
        47,
        "§ 47 Ekonomisk uppföljning per den 30 november 2026",
        "Ekonomisk uppföljning per den 30 november 2026",
        subheadings=["Beslut"],
        persons=[per("Roger Svensson")],
        orgs=[
            org(
                "Nationella rådet för finansiell samordning",
                "Nationella rådet för finansiell samordning",
                "other",
            )
        ],
        topics=["ekonomisk uppföljning", "överskott", "eget kapital"],
        decisions=["Styrelsen beslutar att lägga den ekonomiska uppföljningen till handlingarna."],
        dates=[dat("30 november 2026", "2026-11-30"), dat("30 november", "2026-11-30"), dat("2026", "2026")],
    ),
    item(
        48,
        "§ 48 Verksamhetsplan och budget 2027–2029",
        "Verksamhetsplan och budget 2027–2029",
        subheadings=["Beslut"],
        persons=[per("Annika Tell"), per("Tomas Fredriksson")],
        orgs=[
            org(FK, FK, "national_agency"),
            org(AF, AF, "national_agency"),
            org(ROL, ROL, "region"),
            org("Hallsbergs kommun", "Hallsberg", "municipality"),
        ],
        munis=["Hallsberg"],
        topics=["verksamhetsplan", "budget", "medlemsavgifter", "unga som varken arbetar eller studerar"],
        decisions=[
            "Styrelsen beslutar att fastställa verksamhetsplan och budget för 2027–2029 enligt förslaget."
        ],
        follow_ups=[
            "Förbundschefen ska redovisa en plan för uppföljning av insatserna vid sammanträdet i april 2027."
        ],
        bdec=[
            # a task written in the Beslut block: the follow-up may also be read as part of the decision
            "Förbundschefen ska redovisa en plan för uppföljning av insatserna vid sammanträdet i april 2027.",
            "Tomas Fredriksson framhöll att Hallsbergs kommun vill se fler insatser för unga som varken arbetar eller studerar.",
        ],
        dates=[dat("2027–2029", "2027/2029"), dat("2027", "2027"), dat("april 2027", "2027-04")],
    ),
    item(
        49,
        "§ 49 Ansökan om fortsatt finansiering – insatsen Steget vidare",
        "Ansökan om fortsatt finansiering – insatsen Steget vidare",
        subheadings=["Beslut"],
        persons=[per("Sofia Nyqvist"), per("Camilla Berg")],
        orgs=[
            org("Steget vidare", "Steget vidare", "programme"),
            org("Kumla kommun", "Kumla", "municipality"),
            org(AF, AF, "national_agency", "Arbetsförmedlingens"),
            org("Örebro universitet", "Örebro universitet", "other"),
            org("Askersund", "Askersund", "municipality"),
            org("Laxå", "Laxå", "municipality"),
        ],
        munis=["Kumla", "Askersund", "Laxå"],
        topics=["fortsatt finansiering", "arbetslivsinriktad rehabilitering", "utvärdering", "unga vuxna"],
        decisions=[
            "Styrelsen beslutar att bevilja fortsatt finansiering av Steget vidare med högst 1,2 miljoner kronor för perioden 1 januari–31 december 2027.",
            "Insatsen ska även erbjudas deltagare från Askersund och Laxå från och med den 1 mars 2027.",
        ],
        follow_ups=["Örebro universitet har följt insatsen och lämnar sin slutrapport i mars 2027."],
        bfol=["Insatsen ska även erbjudas deltagare från Askersund och Laxå från och med den 1 mars 2027."],
        dates=[
            dat("januari 2025", "2025-01"),
            dat("mars 2027", "2027-03"),
            dat("1 januari–31 december 2027", "2027-01-01/2027-12-31"),
            dat("1 mars 2027", "2027-03-01"),
        ],
    ),
    item(
        50,
        "§ 50 Information från parterna",
        "Information från parterna",
        subheadings=["Beslut"],
        persons=[per("Jan Sjögren"), per("Marie Fredriksson"), per("Annika Tell")],
        orgs=[
            org(FK, FK, "national_agency"),
            org(ROL, ROL, "region"),
            org(NNS, NNS, "association"),
        ],
        topics=["information från parterna", "sjukskrivning", "finansiering av samordningsförbund"],
        decisions=["Styrelsen beslutar att lägga informationen till handlingarna."],
        bfol=[
            "Jan Sjögren informerade om att Försäkringskassan inför nya arbetssätt för samverkan kring sjukskrivna i februari 2027."
        ],
        dates=[dat("februari 2027", "2027-02")],
    ),
    item(
        51,
        "§ 51 Övriga frågor och nästa sammanträde",
        "Övriga frågor och nästa sammanträde",
        persons=[per("Ali Hassan")],
        orgs=[
            org("Laxås", "Laxå", "municipality"),
            org("Askersunds", "Askersund", "municipality"),
            org("Hallsberg", "Hallsberg", "municipality"),
        ],
        munis=["Laxå", "Askersund", "Hallsberg"],
        topics=["utbildningsdag", "socialnämnder", "nästa sammanträde"],
        follow_ups=[
            "Förbundschefen återkommer med ett förslag till nästa sammanträde.",
            "Nästa sammanträde hålls fredagen den 19 februari 2027 i Hallsberg.",
        ],
        dates=[dat("19 februari 2027", "2027-02-19")],
    ),
]

write(
    "sydnarke_samordningsforbund_protokoll.txt",
    "Samordningsförbundet Sydnärke, styrelsen",
    "2026-12-11",
    ["Sammanträdesdatum: 2026-12-11"],
    present,
    absent,
    recorded_by,
    items,
    item_end="\nUnderskrifter\n",
)
