# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: gotland_samverkansrad_uppfoljning.txt → gold/gotland_samverkansrad_uppfoljning.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RG = "Region Gotland"
LST = "Länsstyrelsen i Gotlands län"
UU = "Uppsala universitet"
SRG = "Samverkansrådet Gotland"

# Attendance is grouped: an organisation line, then its people indented below it ("Name, role").
# "(ordförande)" and "(sekreterare)" are function markers, not notes; "(punkt 2)" is a note.
# Region Gotland is a municipality with regional tasks: its canonical is its official name.
present = [
    att("Peter Lundgren", RG, RG, "regiondirektör"),
    att("Maria Hedén", RG, RG, "näringslivschef", "(punkt 4)", [4]),
    att("Lisa Bergman", RG, RG, "säkerhetsstrateg"),
    att("Anna-Karin Hellström", LST, LST, "länsråd"),
    att("Erik Nyberg", LST, LST, "beredskapsdirektör"),
    att("Tomas Rydh", "Polismyndigheten", "Polismyndigheten", "lokalpolisområdeschef"),
    att(
        "Fredrik Sundqvist",
        "Försvarsmakten, Gotlands regemente",
        "Försvarsmakten",
        "överstelöjtnant",
        "(punkt 2)",
        [2],
    ),
    att("Helena Ahlström", "Uppsala universitet Campus Gotland", UU, "prorektor"),
]
absent = [att("Carina Nyberg", "Trafikverket", "Trafikverket")]
recorded_by = {"name": "Lisa Bergman", "canonical_name": "Lisa Bergman", "role": "sekreterare"}

# The "Uppföljning" table after the last item restates the actions with owner and due date: it is
# no item and its rows (not sentences) are no follow-ups; the items end where it begins.
items = [
    item(
        1,
        "Punkt 1 – Mötets öppnande",
        "Mötets öppnande och föregående anteckningar",
        persons=[per("Peter Lundgren")],
        topics=["föregående anteckningar", "åtgärdsuppföljning", "reservkraft"],
        decisions=[
            "Anteckningarna från den 4 september lades till handlingarna.",
            "Samtliga åtgärder från föregående möte är genomförda utom kartläggningen av reservkraft, som flyttas till nästa möte.",
        ],
        bfol=[
            "Samtliga åtgärder från föregående möte är genomförda utom kartläggningen av reservkraft, som flyttas till nästa möte."
        ],
        dates=[dat("4 september", "2026-09-04")],
    ),
    item(
        2,
        "Punkt 2 – Totalförsvaret",
        "Totalförsvaret på Gotland",
        persons=[
            per("Fredrik Sundqvist"),
            per("Erik Nyberg"),
            per("Peter Lundgren"),
            per("Anna-Karin Hellström"),
        ],
        orgs=[
            org("Gotlands regementes", "Gotlands regemente", "other"),
            org("Länsstyrelsen i Gotlands län", LST, "county_administrative_board"),
        ],
        topics=["totalförsvar", "bostäder", "risk- och sårbarhetsanalys", "skrivelse till regeringen"],
        decisions=[
            "Rådet beslutade att ge Peter Lundgren och Anna-Karin Hellström i uppdrag att skriva en gemensam skrivelse om bostadsbehoven."
        ],
        follow_ups=["Den nya analysen ska vara klar den 31 mars 2027."],
        bdec=["Rådet konstaterade att frågan om bostäder behöver lyftas gemensamt till regeringen."],
        bfol=[
            "Erik Nyberg informerade om att Länsstyrelsen i Gotlands län uppdaterar den regionala risk- och sårbarhetsanalysen."
        ],
        dates=[dat("31 mars 2027", "2027-03-31")],
    ),
    item(
        3,
        "Punkt 3 – Färjetrafik",
        "Färjetrafik och försörjningsberedskap",
        persons=[per("Tomas Rydh"), per("Erik Nyberg")],
        orgs=[
            org("Destination Gotland", "Destination Gotland AB", "company"),
            org("Trafikverket", "Trafikverket", "national_agency"),
            org("Länsstyrelsen", LST, "county_administrative_board"),
        ],
        topics=["färjetrafik", "försörjningsberedskap", "drivmedel", "livsmedelsförsörjning"],
        follow_ups=["Länsstyrelsen sammankallar en arbetsgrupp om drivmedelsförsörjning före årsskiftet."],
        bfol=["Trafikverket upphandlar en ny färjeavtalsperiod från 2027."],
        dates=[dat("2027", "2027")],
    ),
    item(
        4,
        "Punkt 4 – Kompetensförsörjning",
        "Kompetensförsörjning och högre utbildning",
        persons=[per("Maria Hedén"), per("Helena Ahlström")],
        orgs=[
            org("Region Gotlands", RG, "region"),
            org("Uppsala universitet Campus Gotland", UU, "other"),
        ],
        topics=[
            "kompetensförsörjning",
            "högre utbildning",
            "vindkraftsutbildning",
            "totalförsvarets personalbehov",
        ],
        decisions=[
            "Rådet var överens om att utbildningsutbudet är avgörande för att kunna bemanna både totalförsvaret och näringslivet på ön."
        ],
        follow_ups=[
            "Maria Hedén och Helena Ahlström återkommer med en gemensam lägesbild till mötet den 5 februari."
        ],
        bfol=[
            "Helena Ahlström berättade att Uppsala universitet Campus Gotland utökar utbildningen inom vindkraftteknik från hösten 2027."
        ],
        dates=[dat("hösten 2027", "2027"), dat("5 februari", "2027-02-05")],
        urls=["https://www.uu.se/campus-gotland"],
    ),
    item(
        5,
        "Punkt 5 – Nästa möte",
        "Nästa möte",
        orgs=[org("Region Gotlands", RG, "region")],
        topics=["nästa möte"],
        follow_ups=["Nästa möte hålls den 5 februari 2027 i Region Gotlands lokaler, Visborgsallén."],
        dates=[dat("5 februari 2027", "2027-02-05")],
    ),
]

write(
    "gotland_samverkansrad_uppfoljning.txt",
    SRG,
    "2026-11-13",
    ["Anteckningar från möte 2026-11-13"],
    present,
    absent,
    recorded_by,
    items,
    item_end="\nUppföljning\n",
)
