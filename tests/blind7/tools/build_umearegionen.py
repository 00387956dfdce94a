# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: umearegionen_kommunchefer_epost.txt → gold/umearegionen_kommunchefer_epost.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

UR = "Umeåregionen"
KANSLI = "Umeåregionens kansli"
RV = "Region Västerbotten"

# E-mail: "Med på mötet var:" dash list "Name, Kommun", role-first guests "regiondirektör Name, Body (punkt 3)",
# the sender "(antecknade)"; "(ordf.)" and "(antecknade)" are function markers, not notes.
# "Bjurholm hade förhinder (Ann-Sofie Jonsson)." names the one absentee.
present = [
    att("Oskar Lindström", "Umeå", "Umeå"),
    att("Hanna Nilsson", "Vindeln", "Vindeln"),
    att("Per-Erik Wikström", "Vännäs", "Vännäs"),
    att("Malin Öhman", "Robertsfors", "Robertsfors"),
    att("Stefan Burman", "Nordmaling", "Nordmaling"),
    att("Johan Lindfors", RV, RV, "regiondirektör", "(punkt 3)", [3]),
    att("Anneli Sjödin", "Umeå universitet", "Umeå universitet", "prorektor", "(punkt 4)", [4]),
    att("Sara Nilsson", KANSLI, UR, "Samordnare"),
]
absent = [att("Ann-Sofie Jonsson", "Bjurholm", "Bjurholm")]
recorded_by = {"name": "Sara Nilsson", "canonical_name": "Sara Nilsson", "role": "Samordnare"}

items = [
    item(
        1,
        "1. Föregående anteckningar och dagordning",
        "Föregående anteckningar och dagordning",
        topics=["föregående anteckningar", "dagordning"],
        decisions=["Dagordningen godkändes."],
        bdec=["Inga synpunkter på anteckningarna från 8 december."],
        dates=[dat("8 december", "2026-12-08")],
    ),
    item(
        2,
        "2. Bostadsförsörjning och etableringarna längs kusten",
        "Bostadsförsörjning och etableringarna längs kusten",
        persons=[per("Per-Erik Wikström"), per("Stefan Burman"), per("Malin Öhman")],
        orgs=[
            org("Vännäs", "Vännäs", "municipality"),
            org("Nordmalings", "Nordmaling", "municipality"),
            org("Robertsfors", "Robertsfors", "municipality"),
            org("Boverket", "Boverket", "national_agency"),
            org(UR, UR, "network"),
            org("kansliet", KANSLI, "other"),
            org(
                "Länsstyrelsen Västerbotten",
                "Länsstyrelsen i Västerbottens län",
                "county_administrative_board",
            ),
        ],
        munis=["Vännäs", "Nordmaling", "Robertsfors"],
        topics=["bostadsförsörjning", "industrietablering", "hyresrätter", "bostadsbehov"],
        decisions=["Umeåregionen tar fram en gemensam bild av bostadsbehovet fram till 2035."],
        follow_ups=[
            "Stefan Burman och Malin Öhman leder arbetet tillsammans med kansliet.",
            "Ett första underlag presenteras på träffen den 23 mars.",
        ],
        bdec=["Önskemål från gruppen att Länsstyrelsen Västerbotten bjuds in när underlaget är klart."],
        bfol=["Boverket har aviserat ett nytt stöd för bostadsbyggande i glesbygd men villkoren är oklara."],
        dates=[dat("2035", "2035"), dat("23 mars", "2027-03-23")],
    ),
    item(
        3,
        "3. Region Västerbottens budget och kollektivtrafiken",
        "Region Västerbottens budget och kollektivtrafiken",
        persons=[per("Johan Lindfors", also=["Johan"]), per("Oskar Lindström", also=["Oskar"])],
        orgs=[
            org("Region Västerbottens", RV, "region"),
            org("Länstrafiken i Västerbotten", "Länstrafiken i Västerbotten", "company"),
            org("Vindeln", "Vindeln", "municipality"),
            org("Bjurholm", "Bjurholm", "municipality"),
            org("regionfullmäktige", "Region Västerbottens regionfullmäktige", "region"),
        ],
        munis=["Vindeln", "Bjurholm"],
        topics=["regionens budget", "kollektivtrafik", "busslinjer", "pendling", "samråd"],
        decisions=[
            "Oskar sammanfattade: kommunerna vill ha ett samlat samråd innan beslut fattas i regionfullmäktige."
        ],
        follow_ups=[
            "Länstrafiken i Västerbotten ska presentera konsekvensanalysen i februari.",
            "Johan tar med sig frågan om ett samrådsmöte till regionledningen och återkommer till Oskar Lindström senast den 12 februari.",
        ],
        bdec=[
            "Kommuncheferna var eniga om att förslaget slår hårt mot pendlingen från Vindeln och Bjurholm."
        ],
        dates=[dat("augusti 2027", "2027-08"), dat("februari", "2027-02"), dat("12 februari", "2027-02-12")],
    ),
    item(
        4,
        "4. Samarbete med Umeå universitet om kompetensförsörjning",
        "Samarbete med Umeå universitet om kompetensförsörjning",
        persons=[per("Anneli Sjödin"), per("Sara Nilsson"), per("Hanna Nilsson")],
        orgs=[
            org("Umeå universitet", "Umeå universitet", "other"),
            org("Försäkringskassan", "Försäkringskassan", "national_agency"),
            org("Arbetsförmedlingen", "Arbetsförmedlingen", "national_agency"),
            org("Vindelns kommun", "Vindeln", "municipality"),
        ],
        munis=["Vindeln"],
        topics=["kompetensförsörjning", "praktiksamarbete", "lärarstudenter", "socionomstudenter"],
        decisions=["Gruppen ställde sig positiv till förslaget och varje kommun utser en kontaktperson."],
        follow_ups=["Kontaktpersonerna anmäls till Sara Nilsson senast den 19 februari."],
        dates=[dat("höstterminen 2027", "2027"), dat("19 februari", "2027-02-19")],
    ),
    item(
        5,
        "5. Övrigt",
        "Övrigt",
        persons=[per("Oskar Lindström")],
        orgs=[
            org("Umeå kommun", "Umeå", "municipality"),
            org("SKR:s", "Sveriges Kommuner och Regioner", "association"),
            org("Robertsfors", "Robertsfors", "municipality"),
        ],
        munis=["Umeå", "Robertsfors"],
        topics=["nätverksträff för kommundirektörer", "nästa möte"],
        follow_ups=["Nästa träff är den 23 mars i Robertsfors, kl. 09.30–15.00."],
        bfol=[
            "Oskar Lindström informerade om att Umeå kommun är värd för SKR:s nätverksträff för kommundirektörer 6–7 maj."
        ],
        dates=[dat("6–7 maj", "2027-05-06/2027-05-07"), dat("23 mars", "2027-03-23")],
    ),
]

write(
    "umearegionen_kommunchefer_epost.txt",
    "Umeåregionens kommunchefsgrupp",
    "2027-01-26",
    ["Skickat: den 28 januari 2027 15:42", "kommunchefsträffen 26/1", "i tisdags"],
    present,
    absent,
    recorded_by,
    items,
    item_end="Trevlig helg när den kommer!",
)
