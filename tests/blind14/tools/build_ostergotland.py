# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: ostergotland_lgvo_teamslista.txt → gold/ostergotland_lgvo_teamslista.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RO = "Region Östergötland"
LSTO = "Länsstyrelsen i Östergötlands län"
SKR = "Sveriges Kommuner och Regioner"
VOC = "Vård- och omsorgscollege Östergötland"

# Ledningsgrupp vård och omsorg (the officials' part of Östergötland's regional support structure:
# the municipalities' social/care directors and Region Östergötland's health-care directors), a hybrid
# meeting. Header `Datum: 2027-11-18` / `Tid:` / `Plats:`; the people in the room as lines
# `Name, role, Body (marker)`; the people on Teams ONLY as the PASTED TEAMS ATTENDANCE REPORT:
# `1. Sammanfattning` (TAB pairs: Mötesrubrik, Deltagare 10, Starttid …) and `2. Deltagare` (a TAB
# table Namn / Första anslutning / Senaste frånkoppling / Mötesvaraktighet / E-post / Roll). Those two
# numbered export headings are NOT items. The report's people have no body in the text except their
# e-mail domain: affiliation (as written) null, canonical from the domain (finspang.se → Finspång,
# skr.se → SKR). The report also lists a ROOM account (`Regionens hus Roxen`), not a person, and the
# organiser, who is also in the room list (one attendee). `Förhinder:` names one person and two
# municipalities without names (the municipalities are not absentees). Items `Ärende N: Title`.
# The recorder only in the closing `Vid anteckningarna` block (also `(sekreterare)` in the room list).
# `Ledningsgruppen` (bare organ name of the body) is not annotated; `länssamordnaren` is a role;
# `vårdcentralerna`, `socialtjänsten`, `överförmyndarna` are generic.
present = [
    att("Karin Almqvist", "Linköpings kommun", "Linköping", "omsorgsdirektör"),
    att("Tomas Brandt", "Norrköpings kommun", "Norrköping", "socialdirektör"),
    att("Mats Ström", "Motala kommun", "Motala", "avdelningschef", "(ersättare för Eva Granberg)"),
    att("Annika Holm", "Mjölby kommun", "Mjölby", "socialchef"),
    att("Per Wennberg", RO, RO, "närsjukvårdsdirektör"),
    att("Lars Almqvist", RO, RO, "primärvårdsdirektör"),
    att(
        "Jenny Olofsson", "Länsstyrelsen Östergötland", LSTO, "samordnare suicidprevention", "(ärende 5)", [5]
    ),
    att("Therese Hallin", "Linköpings kommun", "Linköping", "länssamordnare vård och omsorg"),
    att("Eva-Lena Berg", None, "Söderköping"),
    att("Sara Lindgren", None, "Finspång"),
    att("Lina Forsberg", None, "Kinda"),
    att("Johan Ekström", None, "Vadstena"),
    att("Birgitta Ahl", None, "Ödeshög"),
    att("Maria Sundqvist", None, "Åtvidaberg"),
    att("Magnus Hedin", None, "Valdemarsvik"),
    att("Ann Charlotte Nyqvist", None, SKR, None, None, [3], canon="Ann-Charlotte Nyqvist"),
]
absent = [att("Eva Granberg", "Motala kommun", "Motala")]
recorded_by = {
    "name": "Therese Hallin",
    "canonical_name": "Therese Hallin",
    "role": "länssamordnare vård och omsorg",
}

items = [
    item(
        1,
        "Ärende 1: Inledning och föregående minnesanteckningar",
        "Inledning och föregående minnesanteckningar",
        persons=[per("Karin Almqvist", None, "ordförande, hälsar välkommen")],
        topics=["inledning", "presentationsrunda", "föregående minnesanteckningar"],
        decisions=["Minnesanteckningarna från den 23 september godkändes."],
        dates=[dat("23 september", "2027-09-23", inferred=True)],
    ),
    item(
        2,
        "Ärende 2: Nära vård – uppföljning av länsgemensam handlingsplan",
        "Nära vård – uppföljning av länsgemensam handlingsplan",
        persons=[
            per("Per Wennberg", None, "redovisar"),
            per("Annika Holm", None, "redovisar", also=["Annika"]),
        ],
        orgs=[
            org("Mjölby", "Mjölby", "municipality"),
            org("Samråd vård och omsorg", "Samråd vård och omsorg (Östergötland)", "network"),
            org("Norrköping", "Norrköping", "municipality"),
            org("Motala", "Motala", "municipality"),
        ],
        munis=["Mjölby", "Norrköping", "Motala"],
        topics=[
            "nära vård",
            "länsgemensam handlingsplan",
            "fast vårdkontakt",
            "läkarmedverkan i hemsjukvården",
            "mobila team",
        ],
        decisions=[
            "Ledningsgruppen ställde sig bakom att uppföljningen redovisas för Samråd vård och omsorg den 9 december."
        ],
        follow_ups=[
            "Norrköping och Motala återkommer med uppgifter om läkarmedverkan i hemsjukvården till nästa möte."
        ],
        bfol=[
            "Ledningsgruppen ställde sig bakom att uppföljningen redovisas för Samråd vård och omsorg den 9 december."
        ],
        dates=[dat("9 december", "2027-12-09", inferred=True)],
    ),
    item(
        3,
        "Ärende 3: Ställföreträdarskap – samverkan mellan socialtjänst och överförmyndare",
        "Ställföreträdarskap – samverkan mellan socialtjänst och överförmyndare",
        persons=[
            per(
                "Ann Charlotte Nyqvist",
                "Sveriges Kommuner och Regioner",
                "informerar",
                canon="Ann-Charlotte Nyqvist",
                aff_canon=SKR,
            ),
            per("Tomas Brandt"),
        ],
        orgs=[
            org("Sveriges Kommuner och Regioner", SKR, "association", "SKR:s"),
            org("Finspång", "Finspång", "municipality"),
            org("Valdemarsvik", "Valdemarsvik", "municipality"),
        ],
        munis=["Finspång", "Valdemarsvik"],
        topics=[
            "ställföreträdarskap",
            "ny lagstiftning",
            "väntetider på god man",
            "samverkan med överförmyndare",
            "workshop",
        ],
        decisions=[
            "Ledningsgruppen gav länssamordnaren i uppdrag att bjuda in länets överförmyndare till en gemensam workshop under våren 2028."
        ],
        bdec=[
            "Tomas Brandt betonade att socialtjänsten behöver en fast kontaktväg till överförmyndarna i länet."
        ],
        bfol=[
            "Ledningsgruppen gav länssamordnaren i uppdrag att bjuda in länets överförmyndare till en gemensam workshop under våren 2028.",
            "SKR:s stöd för gemensamma rutiner mellan socialtjänst och överförmyndare beräknas vara klart i mars 2028.",
        ],
        dates=[
            dat("1 juli 2028", "2028-07-01"),
            dat("mars 2028", "2028-03"),
            dat("våren 2028", "2028", "season"),
        ],
    ),
    item(
        4,
        "Ärende 4: Kompetensförsörjning inom vård och omsorg",
        "Kompetensförsörjning inom vård och omsorg",
        persons=[
            per("Sara Lindgren", "Finspångs kommun", "presenterar", aff_canon="Finspång"),
            per("Lars Almqvist"),
        ],
        orgs=[
            org("Finspångs kommun", "Finspång", "municipality"),
            org(VOC, VOC, "network", "Vård- och omsorgscollege"),
            org("Motala kommun", "Motala", "municipality"),
            org("Linköpings universitet", "Linköpings universitet", "other"),
        ],
        munis=["Finspång", "Motala"],
        topics=[
            "kompetensförsörjning",
            "introduktionsutbildning för undersköterskor",
            "Vård- och omsorgscollege",
            "uppdragsutbildning för sjuksköterskor",
        ],
        decisions=[
            "Frågan bordlades till nästa möte i avvaktan på en kostnadsberäkning från Vård- och omsorgscollege."
        ],
        follow_ups=["Sara Lindgren och Lars Almqvist tar fram kostnadsberäkningen till nästa möte."],
        bfol=[
            "Frågan bordlades till nästa möte i avvaktan på en kostnadsberäkning från Vård- och omsorgscollege.",
            "Linköpings universitet erbjuder från hösten 2028 en uppdragsutbildning i vård av äldre för sjuksköterskor i kommunerna.",
        ],
        dates=[dat("hösten 2028", "2028", "season")],
    ),
    item(
        5,
        "Ärende 5: Suicidprevention – regional handlingsplan",
        "Suicidprevention – regional handlingsplan",
        persons=[per("Jenny Olofsson", None, "presenterar"), per("Magnus Hedin", "Valdemarsvik")],
        orgs=[
            org("Länsstyrelsen", LSTO, "county_administrative_board"),
            org(RO, RO, "region"),
            org("Valdemarsvik", "Valdemarsvik", "municipality"),
        ],
        munis=["Valdemarsvik"],
        topics=["suicidprevention", "regional handlingsplan", "remiss", "händelseanalyser"],
        follow_ups=[
            "En remissversion skickas till kommunerna i början av februari 2028.",
            "Ledningsgruppen lämnar ett samlat yttrande över remissen senast den 15 mars 2028.",
        ],
        bdec=[
            "Magnus Hedin, Valdemarsvik, efterfrågade stöd till de mindre kommunerna i arbetet med händelseanalyser."
        ],
        dates=[dat("februari 2028", "2028-02"), dat("15 mars 2028", "2028-03-15")],
    ),
    item(
        6,
        "Ärende 6: Övriga frågor och nästa möte",
        "Övriga frågor och nästa möte",
        persons=[per("Lina Forsberg")],
        orgs=[org("Kinda kommun", "Kinda", "municipality"), org("Norrköping", "Norrköping", "municipality")],
        munis=["Kinda", "Norrköping"],
        topics=["verksamhetssystem för hemtjänsten", "nästa möte"],
        follow_ups=["Nästa möte hålls torsdagen den 20 januari 2028 kl. 13.00–16.00 i Norrköping."],
        bdec=["Nästa möte hålls torsdagen den 20 januari 2028 kl. 13.00–16.00 i Norrköping."],
        bfol=[
            "Lina Forsberg informerade om att Kinda kommun inför ett nytt verksamhetssystem för hemtjänsten under våren."
        ],
        dates=[dat("våren", "2028", "season", True), dat("20 januari 2028", "2028-01-20")],
    ),
]

write(
    "ostergotland_lgvo_teamslista.txt",
    "Ledningsgrupp vård och omsorg, Östergötland (Region Östergötland och länets kommuner)",
    "2027-11-18",
    ["Datum: 2027-11-18"],
    "Regionens hus, Linköping, och Teams",
    present,
    absent,
    recorded_by,
    items,
    end_marker="Vid anteckningarna",
    item_start_marker="Ärende 1:",
)
