# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: norrbotten_kommunchefer.txt → gold/norrbotten_kommunchefer.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

NK = "Norrbottens Kommuner"
RN = "Region Norrbotten"
SKR = "Sveriges Kommuner och Regioner"

present = [
    att("Per Nyström", "Luleå", "Luleå"),
    att("Kristina Öqvist", "Piteå", "Piteå"),
    att("Magnus Rönnbäck", "Boden", "Boden"),
    att("Linda Kero", "Kiruna", "Kiruna"),
    att("Tord Lindmark", "Gällivare", "Gällivare"),
    att("Anneli Hedman", "Kalix", "Kalix"),
    att("Jan-Erik Sundqvist", "Haparanda", "Haparanda"),
    att("Mona Åström", "Arvidsjaur", "Arvidsjaur"),
    att("Sven Lundholm", "Jokkmokk", "Jokkmokk"),
    att("Mikael Hjortsbeg", "SKR", SKR, None, "punkt 3", [3], canon="Mikael Hjortsberg"),
    att("Ida Granström", RN, RN, "regiondirektör", "punkt 2", [2]),
    att("Camilla Isaksson", NK, NK, "förbundsdirektör"),
]
absent = [
    att("Roger Kemi", "Pajala", "Pajala"),
    att("Anna Lantto", "Övertorneå", "Övertorneå"),
    att("Björn Ek", "Överkalix", "Överkalix"),
    att("Thomas Blom", "Arjeplog", "Arjeplog"),
    att("Ulla Strand", "Älvsbyn", "Älvsbyn"),
]
items = [
    item(
        1,
        "1. Inledning",
        "Inledning",
        persons=[per("Camilla Isaksson")],
        decisions=["Mötet den 12 juni flyttas till den 19 juni på grund av Almedalsveckan."],
        dates=[dat("12 juni", "2024-06-12"), dat("19 juni", "2024-06-19")],
        topics=["mötesformalia"],
    ),
    item(
        2,
        "2. Region Norrbotten – länsplan och vårdsamverkan",
        "Region Norrbotten – länsplan och vårdsamverkan",
        persons=[per("Ida Granström", role="regiondirektör", also=["Ida"])],
        orgs=[
            org("Region Norrbotten", RN, "region"),
            org("Trafikverket", "Trafikverket", "national_agency"),
            org("Norrbottens Kommuner", NK, "association"),
            org("Infrastrukturdepartementet", "Infrastrukturdepartementet", "other"),
        ],
        topics=["regional utvecklingsstrategi", "transportinfrastruktur", "länsplan", "järnväg"],
        decisions=[
            "Kommuncheferna ställer sig bakom att Norrbottens Kommuner och Region Norrbotten skriver ett gemensamt brev till Trafikverket och Infrastrukturdepartementet."
        ],
        follow_ups=[
            "Ida återkommer med ett utkast till brevet före midsommar.",
            "Regionen lämnar sitt förslag till Trafikverket i början av hösten.",
        ],
        bdec=["Kommunerna efterfrågar tydligare samråd kring länsplanens prioriteringar."],
        dates=[dat("hösten", "2024")],
    ),
    item(
        3,
        "3. SKR – ekonomiska förutsättningar och samhällsomvandlingen",
        "SKR – ekonomiska förutsättningar och samhällsomvandlingen",
        persons=[
            per("Mikael Hjortsbeg", "SKR", canon="Mikael Hjortsberg"),
            per("Per Nyström"),
            per("Linda Kero"),
        ],
        orgs=[org("SKR", SKR, "association", "SKR:s")],
        munis=["Luleå", "Boden", "Gällivare"],
        topics=["kommunal ekonomi", "samhällsomvandling", "grön industriomställning", "bostadsförsörjning"],
        decisions=[
            "Kommuncheferna är eniga om att frågan om statlig medfinansiering av samhällsomvandlingen ska drivas gemensamt mot regeringen."
        ],
        follow_ups=["Per Nyström och Linda Kero tar fram ett underlag till SKR:s styrelse."],
        urls=["https://skr.se/ekonomi/ekonomirapporten"],
    ),
    item(
        4,
        "4. Civilt försvar och totalförsvarsplanering",
        "Civilt försvar och totalförsvarsplanering",
        persons=[per("Camilla Isaksson")],
        orgs=[
            org(
                "Länsstyrelsen i Norrbottens läns",
                "Länsstyrelsen i Norrbottens län",
                "county_administrative_board",
            ),
            org("MSB:s", "Myndigheten för samhällsskydd och beredskap", "national_agency"),
            org("Försvarsmakten", "Försvarsmakten", "national_agency"),
        ],
        munis=["Kiruna", "Gällivare", "Boden", "Kalix", "Piteå"],
        topics=["civilt försvar", "totalförsvar", "reservkraft", "ledningsförmåga"],
        decisions=["En arbetsgrupp med beredskapssamordnare från Boden, Kalix och Piteå tillsätts."],
        follow_ups=[
            "Arbetsgruppen kommer att redovisa ett förslag på mötet den 19 juni.",
            "Försvarsmakten deltar i en gemensam övning 23–24 oktober.",
        ],
        dates=[dat("23–24 oktober", "2024-10-23/2024-10-24"), dat("19 juni", "2024-06-19")],
    ),
    item(
        5,
        "5. Kompetensförsörjning",
        "Kompetensförsörjning",
        persons=[per("Kristina Öqvist"), per("Magnus Rönnbäck")],
        orgs=[
            org("Luleå tekniska universitet", "Luleå tekniska universitet", "other"),
            org("Region Norrbotten", RN, "region"),
            org("Boden kommuns", "Boden", "municipality"),
        ],
        munis=["Boden"],
        topics=["kompetensförsörjning", "sjuksköterskeutbildning"],
        follow_ups=["Magnus Rönnbäck tar med sig frågan till Boden kommuns ledningsgrupp."],
        bfol=["Luleå tekniska universitet och Region Norrbotten för samtal om en utökad utbildning."],
    ),
    item(
        6,
        "6. Övrigt",
        "Övrigt",
        persons=[per("Tord Lindmark")],
        orgs=[org("Försäkringskassan", "Försäkringskassan", "national_agency")],
        munis=["Gällivare", "Piteå"],
        topics=["statlig närvaro", "servicekontor"],
        follow_ups=["Nästa möte: 19 juni, Piteå."],
        bfol=[
            "Tord Lindmark informerade om att Försäkringskassan stänger sitt servicekontor i Gällivare den 30 september."
        ],
        dates=[dat("30 september", "2024-09-30"), dat("19 juni", "2024-06-19")],
    ),
]
write(
    "norrbotten_kommunchefer.txt",
    "Norrbottens kommunchefsträff",
    "2024-05-16",
    ["Luleå 2024-05-16"],
    present,
    absent,
    {"name": "Emma Nordlund", "canonical_name": "Emma Nordlund", "role": None},
    items,
)
