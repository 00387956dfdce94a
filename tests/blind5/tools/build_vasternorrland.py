# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: vasternorrland_kommundirektorer_protokoll.txt → gold/vasternorrland_kommundirektorer_protokoll.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RV = "Region Västernorrland"
LST = "Länsstyrelsen i Västernorrlands län"
KDG = "Kommundirektörsgruppen i Västernorrland"


def self_org() -> dict[str, object]:
    # the group's own name in every decision (convention: a self-mention is a network)
    return org("Kommundirektörsgruppen", KDG, "network")


# "Beslutande" and "Övriga närvarande" are both present; ", ordförande" and ", sekreterare" are
# function markers, not notes; an unbracketed "§ 32" after a guest is a note (items attended).
present = [
    att("Helena Forsberg", "Sundsvalls kommun", "Sundsvall", "kommundirektör"),
    att("Jonas Edlund", "Härnösands kommun", "Härnösand", "kommundirektör"),
    att("Pia Holmgren", "Kramfors kommun", "Kramfors", "kommunchef"),
    att("Lars-Erik Nordin", "Sollefteå kommun", "Sollefteå", "kommundirektör"),
    att("Annika Sjödin", "Timrå kommun", "Timrå", "kommunchef"),
    att("Therese Wallin", "Örnsköldsviks kommun", "Örnsköldsvik", "kommundirektör"),
    att("Eva Lindqvist", RV, RV, "regiondirektör"),
    att("Johan Berglund", RV, RV, "regional utvecklingsdirektör"),
    att("Maja Forsberg", RV, RV, "analytiker", "§ 32", [32]),
    att("Per Sandström", "Länsstyrelsen Västernorrland", LST, "länsråd", "§ 33", [33]),
    att("Sofia Näslund", RV, RV, "samordnare"),
]
absent = [att("Mikael Strand", "Ånge kommun", "Ånge", "kommunchef")]
recorded_by = {"name": "Sofia Näslund", "canonical_name": "Sofia Näslund", "role": "sekreterare"}

items = [
    item(
        31,
        "§ 31\tVal av justerare",
        "Val av justerare och fastställande av dagordning",
        persons=[per("Pia Holmgren")],
        orgs=[self_org()],
        topics=["val av justerare", "dagordning"],
        decisions=[
            "Kommundirektörsgruppen beslutar att utse Pia Holmgren att jämte ordföranden justera dagens protokoll, samt att fastställa dagordningen med tillägg av en informationspunkt om vinterväghållningen under § 36."
        ],
    ),
    item(
        32,
        "§ 32\tBefolkningsprognos",
        "Befolkningsprognos och ekonomiskt läge",
        persons=[per("Maja Forsberg", RV), per("Jonas Edlund"), per("Annika Sjödin")],
        orgs=[org(RV, RV, "region"), org("Härnösands", "Härnösand", "municipality"), self_org()],
        munis=["Härnösand", "Timrå"],
        topics=["befolkningsprognos", "åldrande befolkning", "lokalförsörjning", "hemtjänst"],
        decisions=[
            "Kommundirektörsgruppen beslutar att notera informationen, samt att ge sekreteraren i uppdrag att sammanställa kommunernas egna befolkningsprognoser till mötet den 20 november."
        ],
        dates=[dat("2035", "2035"), dat("20 november", "2026-11-20")],
        urls=["https://www.rvn.se/befolkningsprognos-2026"],
    ),
    item(
        33,
        "§ 33\tCivilt försvar",
        "Civilt försvar – länsgemensam planering",
        persons=[per("Per Sandström"), per("Lars-Erik Nordin")],
        orgs=[
            org("Länsstyrelsens", LST, "county_administrative_board", "Länsstyrelsen"),
            org("Myndigheten för civilt försvar", "Myndigheten för civilt försvar", "national_agency"),
            self_org(),
        ],
        topics=["civilt försvar", "länsövning", "krisledning", "beredskapsplanering"],
        decisions=[
            "Kommundirektörsgruppen beslutar att varje kommun utser en kontaktperson för länsövningen senast den 30 november."
        ],
        follow_ups=["Länsstyrelsen skickar ut ett övningsunderlag till kommunerna i januari 2027."],
        bdec=[
            "Lars-Erik Nordin framförde att de mindre kommunerna behöver stöd för att kunna bemanna sina krisledningsfunktioner dygnet runt."
        ],
        bfol=[
            "Per Sandström informerade om Länsstyrelsens arbete med den regionala planen för civilt försvar och om den länsövning som genomförs den 9–10 mars 2027 tillsammans med Myndigheten för civilt försvar."
        ],
        dates=[
            dat("9–10 mars 2027", "2027-03-09/2027-03-10"),
            dat("januari 2027", "2027-01"),
            dat("30 november", "2026-11-30"),
        ],
    ),
    item(
        34,
        "§ 34\tKompetensförsörjning",
        "Kompetensförsörjning inom socialtjänsten",
        persons=[per("Therese Wallin"), per("Johan Berglund")],
        orgs=[
            org("Örnsköldsviks", "Örnsköldsvik", "municipality"),
            org("Mittuniversitetet", "Mittuniversitetet", "other"),
            org("Svenska ESF-rådet", "Svenska ESF-rådet", "national_agency"),
            org("Europeiska socialfonden+", "Europeiska socialfonden+", "programme"),
            self_org(),
        ],
        munis=["Örnsköldsvik"],
        topics=["kompetensförsörjning", "socialtjänst", "socionomutbildning", "EU-finansiering"],
        decisions=[
            "Kommundirektörsgruppen beslutar att ställa sig bakom en gemensam ansökan tillsammans med Mittuniversitetet, samt att uppdra åt Therese Wallin och Johan Berglund att återkomma med ett förslag till projektplan."
        ],
        bfol=[
            "Johan Berglund berättade att Svenska ESF-rådet öppnar en utlysning inom Europeiska socialfonden+ under våren 2027."
        ],
        dates=[dat("våren 2027", "2027")],
    ),
    item(
        35,
        "§ 35\tRegional kollektivtrafik",
        "Regional kollektivtrafik – trafikförändringar 2027",
        persons=[per("Eva Lindqvist"), per("Pia Holmgren"), per("Lars-Erik Nordin")],
        orgs=[
            org(RV, RV, "region"),
            org("Norrtåg AB", "Norrtåg AB", "company"),
            org(
                "Regionala utvecklingsnämnden", "Region Västernorrlands regionala utvecklingsnämnd", "region"
            ),
            org("Kramfors", "Kramfors", "municipality"),
            org("Sollefteå", "Sollefteå", "municipality"),
        ],
        munis=["Kramfors", "Sollefteå"],
        topics=["kollektivtrafik", "busstrafik", "tågtrafik", "pendling"],
        decisions=["Informationen noteras."],
        follow_ups=["Regionala utvecklingsnämnden fattar beslut om trafikplanen den 8 december."],
        bdec=[
            "Pia Holmgren och Lars-Erik Nordin påtalade att förändringarna slår hårt mot pendlingen mellan Kramfors och Sollefteå."
        ],
        bfol=[
            "Eva Lindqvist informerade om att Region Västernorrland ser över den regionala busstrafiken inför 2027 och att Norrtåg AB minskar antalet avgångar på Ådalsbanan från december."
        ],
        dates=[dat("2027", "2027"), dat("december", "2026-12"), dat("8 december", "2026-12-08")],
    ),
    item(
        36,
        "§ 36\tÖvriga frågor",
        "Övriga frågor",
        persons=[per("Lars-Erik Nordin")],
        orgs=[
            org("Trafikverket", "Trafikverket", "national_agency"),
            org("Örnsköldsvik", "Örnsköldsvik", "municipality"),
        ],
        munis=["Örnsköldsvik"],
        topics=["vinterväghållning", "nästa möte"],
        follow_ups=["Nästa möte hålls den 20 november i Örnsköldsvik."],
        bfol=[
            "Lars-Erik Nordin informerade om att Trafikverket håller ett dialogmöte om vinterväghållningen på det statliga vägnätet med kommunerna den 3 december."
        ],
        dates=[dat("3 december", "2026-12-03"), dat("20 november", "2026-11-20")],
    ),
]

write(
    "vasternorrland_kommundirektorer_protokoll.txt",
    KDG,
    "2026-10-16",
    ["Sammanträdesdatum 2026-10-16"],
    present,
    absent,
    recorded_by,
    items,
    item_end="Justerandes signatur",
)
