# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: vasterbotten_lls_arendelista.txt → gold/vasterbotten_lls_arendelista.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RV = "Region Västerbotten"
LLS = "Länsgemensam ledning i samverkan i Västerbottens län"
LST = "Länsstyrelsen i Västerbottens län"

# Minnesanteckningar whose items are a NUMBERED LIST OF FIELDS: `N. Ärende: Title`, then indented
# run-in fields `Föredragande:` (names), `Underlag:`, `Diskussion:`, `Beslut:`, `Ansvarig:`,
# `Information:`; a field's text wraps onto indented lines. The title is the text after `Ärende: `;
# the field labels are neither sub-headings nor part of the sentences; the presenters named under
# `Föredragande:` are persons of the item. Header: `Tid och plats:`, `Ordförande:`, `Anteckningar:`;
# attendance under `Deltagare` as `Name, role, Body (marker)` lines, one guest line led by `Gäst: `,
# the absentee on a run-in line `Anmält förhinder: Name, role, Body`.
# `LLS` (the body's own short form) is annotated as a self-mention, kind network.
present = [
    att("Per Nordin", RV, RV, "hälso- och sjukvårdsdirektör"),
    att("Karin Nordin", "Skellefteå kommun", "Skellefteå", "socialdirektör"),
    att("Anders Wikström", "Umeå kommun", "Umeå", "socialdirektör"),
    att("Maja Lundgren", "Lycksele kommun", "Lycksele", "socialchef"),
    att("Tomas Eriksson", "Vilhelmina kommun", "Vilhelmina", "socialchef", "(digitalt)"),
    att("Hanna Berglund", "Vännäs kommun", "Vännäs", "socialchef", "(digitalt)"),
    att("Ingela Marklund", "Storuman kommun", "Storuman", "socialchef", "(digitalt, ärende 1–3)", [1, 2, 3]),
    att("Jonas Hedlund", RV, RV, "primärvårdschef"),
    att("Sanna Lidström", RV, RV, "processledare"),
    att("Lars Öhman", "Umeå universitet", "Umeå universitet", "FoU-ledare", "(ärende 3)", [3]),
]
absent = [att("Eva Stenlund", "Nordmaling kommun", "Nordmaling", "socialchef")]
recorded_by = {"name": "Sanna Lidström", "canonical_name": "Sanna Lidström", "role": "processledare"}

items = [
    item(
        1,
        "1. Ärende: Inledning och föregående minnesanteckningar",
        "Inledning och föregående minnesanteckningar",
        persons=[per("Per Nordin", None, "föredragande")],
        topics=["inledning", "dagordning", "föregående minnesanteckningar"],
        decisions=["Dagordningen fastställdes.", "Minnesanteckningarna från 11 februari 2027 godkändes."],
        dates=[dat("11 februari 2027", "2027-02-11")],
    ),
    item(
        2,
        "2. Ärende: Utskrivningsklara patienter och samverkan vid utskrivning",
        "Utskrivningsklara patienter och samverkan vid utskrivning",
        persons=[
            per("Jonas Hedlund", None, "föredragande"),
            per("Karin Nordin", None, "föredragande", also=["Karin"]),
        ],
        orgs=[
            org("Skellefteå kommun", "Skellefteå", "municipality"),
            org("Norrlands universitetssjukhus", "Norrlands universitetssjukhus", "other"),
            org("LLS", LLS, "network"),
        ],
        munis=["Skellefteå", "Lycksele"],
        topics=[
            "utskrivningsklara patienter",
            "samverkan vid utskrivning",
            "hemsjukvård",
            "rekrytering av sjuksköterskor",
            "åtgärdsplan",
        ],
        decisions=[
            "LLS uppdrar åt Jonas Hedlund och Karin Nordin att ta fram en gemensam åtgärdsplan för utskrivningsprocessen."
        ],
        follow_ups=["Planen redovisas på LLS möte den 20 maj."],
        bdec=[
            "Jonas Hedlund framhöll att Norrlands universitetssjukhus behöver tidigare besked om planerade utskrivningar."
        ],
        bfol=[
            "LLS uppdrar åt Jonas Hedlund och Karin Nordin att ta fram en gemensam åtgärdsplan för utskrivningsprocessen."
        ],
        dates=[dat("januari–februari 2027", "2027-01/2027-02"), dat("20 maj", "2027-05-20")],
    ),
    item(
        3,
        "3. Ärende: Uppföljning av nära vård i Västerbotten",
        "Uppföljning av nära vård i Västerbotten",
        persons=[per("Lars Öhman", None, "föredragande"), per("Tomas Eriksson")],
        orgs=[
            org("Umeå universitets", "Umeå universitet", "other"),
            org(RV, RV, "region"),
            org("LLS", LLS, "network"),
            org(
                "Politisk samverkansberedning",
                "Politisk samverkansberedning i Västerbottens län",
                "network",
                "PSB",
            ),
        ],
        munis=["Vilhelmina", "Storuman", "Lycksele"],
        topics=[
            "nära vård",
            "följeforskning",
            "hälsocentraler och hemtjänst",
            "mobila team",
            "inlandskommunerna",
        ],
        decisions=["LLS noterar informationen."],
        follow_ups=[
            "Rapporten skickas till Politisk samverkansberedning (PSB) inför mötet den 15 april 2027."
        ],
        bdec=[
            "Tomas Eriksson betonade att inlandskommunerna behöver mobila team med stöd från Region Västerbotten."
        ],
        dates=[dat("15 april 2027", "2027-04-15")],
    ),
    item(
        4,
        "4. Ärende: Gemensam finansiering av Barnahus Västerbotten",
        "Gemensam finansiering av Barnahus Västerbotten",
        persons=[per("Anders Wikström", None, "föredragande")],
        orgs=[
            org("Barnahus Västerbotten", "Barnahus Västerbotten", "other"),
            org(RV, RV, "region"),
            org("Polismyndigheten", "Polismyndigheten", "national_agency"),
            org("Åklagarmyndigheten", "Åklagarmyndigheten", "national_agency"),
            org("Umeå kommun", "Umeå", "municipality"),
            org(
                "Länsstyrelsen Västerbottens",
                LST,
                "county_administrative_board",
                "Länsstyrelsen Västerbotten",
            ),
        ],
        munis=["Umeå"],
        topics=["Barnahus", "finansiering", "barn som utsatts för brott", "statsbidrag"],
        decisions=["Frågan bordläggs till nästa möte."],
        follow_ups=["Anders Wikström tar kontakt med Länsstyrelsen Västerbotten före den 1 maj."],
        bdec=["Flera kommuner vill invänta Länsstyrelsen Västerbottens besked om statsbidrag."],
        bfol=["Frågan bordläggs till nästa möte."],
        dates=[dat("1 maj", "2027-05-01")],
    ),
    item(
        5,
        "5. Ärende: Kompetensförsörjning inom vård och omsorg",
        "Kompetensförsörjning inom vård och omsorg",
        persons=[per("Maja Lundgren", None, "föredragande"), per("Hanna Berglund")],
        orgs=[
            org("Vård- och omsorgscollege Västerbotten", "Vård- och omsorgscollege Västerbotten", "network"),
            org("Lycksele kommun", "Lycksele", "municipality"),
            org("Vännäs kommun", "Vännäs", "municipality"),
            org(RV, RV, "region"),
            org("Europeiska socialfonden", "Europeiska socialfonden", "programme"),
            org("LLS", LLS, "network"),
        ],
        munis=["Lycksele", "Vännäs"],
        topics=[
            "kompetensförsörjning",
            "vård och omsorg",
            "undersköterskeutbildning på distans",
            "Europeiska socialfonden",
        ],
        decisions=[
            "LLS ställer sig bakom att Region Västerbotten och kommunerna gemensamt söker medel ur Europeiska socialfonden för en länsgemensam satsning."
        ],
        bdec=["Lycksele kommun vill att fler kommuner deltar i utbildningen av undersköterskor på distans."],
        bfol=["Hanna Berglund informerade om att Vännäs kommun startar en egen omgång i augusti 2027."],
        dates=[dat("augusti 2027", "2027-08")],
    ),
    item(
        6,
        "6. Ärende: Övriga frågor och kommande möten",
        "Övriga frågor och kommande möten",
        persons=[per("Per Nordin", None, "föredragande")],
        orgs=[org(RV, RV, "region"), org("Skellefteå", "Skellefteå", "municipality")],
        munis=["Skellefteå"],
        topics=["beslutsstöd för vårdplanering", "kommande möten"],
        follow_ups=["Nästa möte hålls den 20 maj 2027 kl. 13.00–16.00 i Skellefteå."],
        bdec=["Nästa möte hålls den 20 maj 2027 kl. 13.00–16.00 i Skellefteå."],
        bfol=[
            "Per Nordin meddelade att Region Västerbotten inför ett nytt beslutsstöd för vårdplanering i höst."
        ],
        dates=[dat("höst", "2027"), dat("20 maj 2027", "2027-05-20")],
    ),
]

write(
    "vasterbotten_lls_arendelista.txt",
    "Länsgemensam ledning i samverkan (LLS), Västerbottens län",
    "2027-03-18",
    ["Minnesanteckningar från möte 18 mars 2027"],
    present,
    absent,
    recorded_by,
    items,
)
