# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: storsthlm_socialchefer_engelska.md → gold/storsthlm_socialchefer_engelska.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

ST = "Storsthlm"
SKR = "Sveriges Kommuner och Regioner"
LST = "Länsstyrelsen i Stockholms län"
KFM = "Kronofogdemyndigheten"

# Bilingual labels ("Attendees / Deltagare", "Guests / Gäster", "Apologies / Förhinder",
# "Notes / Antecknare"); markdown bullets "Name, role, Body"; "(digitalt)" a note without item
# restriction; "(item 3)" a note with items attended [3]; the Antecknare is also in the list.
present = [
    att("Maria Lindgren", "Huddinge kommun", "Huddinge", "socialdirektör"),
    att("Henrik Ahl", "Botkyrka kommun", "Botkyrka", "socialdirektör"),
    att("Cecilia Bratt", "Nacka kommun", "Nacka", "socialchef"),
    att("Jörgen Mattsson", "Södertälje kommun", "Södertälje", "socialdirektör"),
    att("Leila Karimi", "Järfälla kommun", "Järfälla", "socialdirektör"),
    att("Anna-Karin Sund", "Täby kommun", "Täby", "socialchef"),
    att("Patrik Öhman", "Sundbybergs stad", "Sundbyberg", "socialdirektör"),
    att("Ulrika Nordin", "Stockholms stad", "Stockholm", "avdelningschef", "(digitalt)"),
    att("Oskar Vik", ST, ST, "utredare"),
    att("Lena Åhman Berg", SKR, SKR, None, "(item 3)", [3], canon="Lena Åhman-Berg"),
    att("Sofie Ahl", LST, LST, None, "(item 2)", [2]),
]
absent = [
    att("Magnus Ek", "Solna stad", "Solna"),
    att("Karin Holmqvist", "Haninge kommun", "Haninge"),
]
recorded_by = {"name": "Oskar Vik", "canonical_name": "Oskar Vik", "role": "utredare"}

items = [
    item(
        1,
        "## 1. Check-in och föregående minnesanteckningar",
        "Check-in och föregående minnesanteckningar",
        persons=[per("Maria", canon="Maria Lindgren")],
        topics=["incheckning", "föregående minnesanteckningar"],
        decisions=["Föregående minnesanteckningar från den 3 december lades till handlingarna."],
        dates=[dat("3 december", "2026-12-03")],
    ),
    item(
        2,
        "## 2. Socialtjänstlagen – införandet",
        "Socialtjänstlagen – införandet",
        persons=[per("Sofie Ahl", also=["Sofie"]), per("Leila Karimi"), per("Cecilia Bratt")],
        orgs=[
            org(LST, LST, "county_administrative_board"),
            org("Socialstyrelsen", "Socialstyrelsen", "national_agency"),
        ],
        topics=["socialtjänstlagen", "införande", "förebyggande arbete", "checklista"],
        decisions=["Nätverket enades om att ta fram en gemensam checklista för införandet."],
        follow_ups=[
            "Leila Karimi och Cecilia Bratt tar fram ett utkast till checklista till mötet den 11 mars."
        ],
        bfol=[
            "Sofie Ahl berättade att Länsstyrelsen i Stockholms län erbjuder regionala träffar om den nya socialtjänstlagen under våren.",
            "Socialstyrelsen publicerar sin vägledning om förebyggande insatser i april, enligt Sofie.",
        ],
        dates=[dat("våren", "2027"), dat("11 mars", "2027-03-11"), dat("april", "2027-04")],
    ),
    item(
        3,
        "## 3. Kompetensförsörjning och socionomer",
        "Kompetensförsörjning och socionomer",
        persons=[per("Lena Åhman Berg"), per("Jörgen Mattsson"), per("Henrik Ahl"), per("Oskar Vik")],
        orgs=[
            org("SKR:s", SKR, "association"),
            org("Södertäljes", "Södertälje", "municipality"),
            org("Stockholms universitet", "Stockholms universitet", "other"),
            org("Storsthlms styrelse", "Storsthlms styrelse", "other"),
            org("Storsthlms", ST, "association"),
        ],
        munis=["Södertälje"],
        topics=["kompetensförsörjning", "socionomer", "rekrytering", "introduktionsprogram"],
        follow_ups=["Oskar Vik sammanställer kommunernas rekryteringsläge till nästa möte."],
        bdec=[
            "Det finns ett intresse av att fler kommuner ansluter sig till programmet, men frågan behöver beredas vidare.",
            "Henrik Ahl föreslog att nätverket ska ta upp frågan med Storsthlms styrelse.",
        ],
        dates=[dat("2035", "2035")],
    ),
    item(
        4,
        "## 4. Hemlöshet och vräkningsförebyggande arbete",
        "Hemlöshet och vräkningsförebyggande arbete",
        persons=[per("Patrik Öhman"), per("Ulrika Nordin")],
        orgs=[
            org("Sundbybergs", "Sundbyberg", "municipality"),
            org("Stockholmshem", "AB Stockholmshem", "company"),
            org("Stockholms stad", "Stockholm", "municipality"),
            org(KFM, KFM, "national_agency"),
        ],
        munis=["Sundbyberg", "Stockholm"],
        topics=["hemlöshet", "vräkningsförebyggande arbete", "Bostad först", "barnfamiljer"],
        decisions=["Nätverket beslutade att bjuda in Kronofogdemyndigheten till ett kommande möte."],
        follow_ups=["Ulrika Nordin kontaktar Kronofogdemyndigheten och återkommer med datum."],
    ),
    item(
        5,
        "## 5. AOB / Övriga frågor",
        "AOB / Övriga frågor",
        persons=[per("Anna-Karin Sund")],
        orgs=[
            org("Täby kommun", "Täby", "municipality"),
            org("Huddinge", "Huddinge", "municipality"),
        ],
        munis=["Täby", "Huddinge"],
        topics=["verksamhetssystem", "nästa möte"],
        follow_ups=["Nästa möte är den 11 mars 2027 i Huddinge."],
        bfol=[
            "Anna-Karin Sund informerade om att Täby kommun byter verksamhetssystem i socialtjänsten den 1 oktober 2027."
        ],
        dates=[dat("1 oktober 2027", "2027-10-01"), dat("11 mars 2027", "2027-03-11")],
    ),
]

write(
    "storsthlm_socialchefer_engelska.md",
    "Storsthlms socialchefsnätverk",
    "2027-01-14",
    ["**Date / Datum:** 2027-01-14, kl. 09.00–12.00"],
    present,
    absent,
    recorded_by,
    items,
    item_end="\n## Action items",
)
