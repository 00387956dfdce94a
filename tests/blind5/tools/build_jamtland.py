# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: jamtland_kommunchefsgrupp_minnesanteckningar.txt → gold/jamtland_kommunchefsgrupp_minnesanteckningar.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RJH = "Region Jämtland Härjedalen"
LST = "Länsstyrelsen i Jämtlands län"
KCG = "Kommunchefsgruppen i Jämtlands län"
MIUN = "Mittuniversitetet"

# "Närvarande" is one paragraph of "Name (Ort)" parts; a bracket "(Body, role)" gives affiliation
# and role, "(Body, p 2)" affiliation and note; "… samt X (Body) som förde anteckningarna" is the
# recorder, present as in the seeds.
present = [
    att("Anders Olofsson", "Krokom", "Krokom"),
    att("Birgitta Hägglund", "Östersund", "Östersund"),
    att("Ulf Näsström", "Strömsund", "Strömsund"),
    att("Camilla Persson", "Åre", "Åre"),
    att("Håkan Rydén", "Berg", "Berg"),
    att("Linda Eriksson", "Bräcke", "Bräcke"),
    att("Stefan Hallin", "Ragunda", "Ragunda"),
    att("Karin Olofsson", RJH, RJH, "regional utvecklingsdirektör"),
    att("Jenny Wikström", "Trafikverket", "Trafikverket", None, "p 2", [2]),
    att("Ove Lindahl", MIUN, MIUN, None, "p 4", [4]),
    att("Emil Dahlberg", RJH, RJH),
]
absent = [att("Göran Sjöberg", "Härjedalen", "Härjedalen")]
recorded_by = {"name": "Emil Dahlberg", "canonical_name": "Emil Dahlberg", "role": None}

items = [
    item(
        1,
        "1. Inledning och föregående anteckningar",
        "Inledning och föregående anteckningar",
        persons=[per("Birgitta Hägglund"), per("Camilla Persson")],
        topics=["föregående anteckningar", "dagordning", "bostadsförsörjning"],
        decisions=[
            "Anteckningarna från mötet den 11 september godkändes.",
            "Camilla Persson önskade en punkt om bostadsförsörjning till nästa möte, vilket gruppen ställde sig bakom.",
        ],
        # the agreed agenda point also schedules the next meeting's agenda (as the seeds' 003 item 1)
        bfol=[
            "Camilla Persson önskade en punkt om bostadsförsörjning till nästa möte, vilket gruppen ställde sig bakom."
        ],
        dates=[dat("11 september", "2026-09-11")],
    ),
    item(
        2,
        "2. Trafikverkets planering i länet",
        "Trafikverkets planering i länet",
        persons=[per("Jenny Wikström", "Trafikverket"), per("Ulf Näsström"), per("Anders Olofsson")],
        orgs=[
            org("Trafikverket", "Trafikverket", "national_agency", "Trafikverkets"),
            org("Strömsund", "Strömsund", "municipality"),
            org("Åre", "Åre", "municipality"),
        ],
        munis=["Strömsund", "Åre"],
        topics=["infrastruktur", "E14", "enskilda vägar", "bärighet", "vinterväghållning"],
        decisions=[
            "Kommuncheferna var eniga om att ta fram ett gemensamt inspel till Trafikverket om bärighet och vinterväghållning."
        ],
        follow_ups=[
            "Anders Olofsson och Ulf Näsström skriver ett utkast som skickas ut senast den 13 november."
        ],
        bfol=["Trafikverket planerar att påbörja ombyggnaden av E14 genom Åre under 2028."],
        dates=[dat("2028", "2028"), dat("13 november", "2026-11-13")],
    ),
    item(
        3,
        "3. Ekonomi inför 2027",
        "Ekonomi inför 2027",
        persons=[per("Stefan Hallin"), per("Karin Olofsson"), per("Linda Eriksson")],
        orgs=[
            org("Ragunda", "Ragunda", "municipality"),
            org("regionstyrelsen", "Region Jämtland Härjedalens regionstyrelse", "region"),
        ],
        munis=["Ragunda"],
        topics=["kommunal ekonomi", "underskott", "hjälpmedelsavgifter", "kostnadsfördelning"],
        decisions=["Gruppen beslutade att bjuda in regionens ekonomidirektör till mötet i januari."],
        bdec=["Linda Eriksson efterfrågade en gemensam dialog med regionen om kostnadsfördelningen."],
        bfol=[
            "Karin Olofsson informerade om att regionen ser över avgifterna för hjälpmedel och att förslaget behandlas i regionstyrelsen den 1 december."
        ],
        dates=[dat("2027", "2027"), dat("1 december", "2026-12-01"), dat("januari", "2027-01")],
    ),
    item(
        4,
        "4. Kompetensförsörjning och Mittuniversitetet",
        "Kompetensförsörjning och Mittuniversitetet",
        persons=[per("Ove Lindahl", MIUN), per("Håkan Rydén")],
        orgs=[
            org(MIUN, MIUN, "other"),
            org(RJH, RJH, "region"),
            org("Östersund", "Östersund", "municipality"),
            org("Strömsund", "Strömsund", "municipality"),
            org("Berg", "Berg", "municipality"),
        ],
        munis=["Östersund", "Strömsund", "Berg"],
        topics=["kompetensförsörjning", "distansutbildning", "förskollärare", "praktikplatser"],
        decisions=[
            "Kommuncheferna ställer sig bakom att länets kommuner erbjuder gemensamma praktikplatser via Region Jämtland Härjedalen."
        ],
        follow_ups=["Ove Lindahl återkommer med en tidplan för antagningen till mötet den 4 december."],
        bdec=[
            "Håkan Rydén framhöll att Berg behöver fler förskollärare och att praktikplatserna måste samordnas."
        ],
        dates=[dat("hösten 2027", "2027"), dat("4 december", "2026-12-04")],
        urls=["https://www.miun.se/utbildning/distans"],
    ),
    item(
        5,
        "5. Övrigt och nästa möte",
        "Övrigt och nästa möte",
        persons=[per("Emil Dahlberg")],
        orgs=[
            org("Länsstyrelsen Jämtlands län", LST, "county_administrative_board"),
            org("Krokoms", "Krokom", "municipality"),
        ],
        munis=["Krokom"],
        topics=["länsdag", "nästa möte"],
        follow_ups=[
            "Anmälan görs senast den 6 november.",
            "Nästa möte hålls fredag 4 december i Krokoms kommunhus.",
        ],
        bfol=[
            "Emil Dahlberg påminde om länsdagen den 26 november där Länsstyrelsen Jämtlands län och regionen bjuder in kommunernas ledningar."
        ],
        dates=[
            dat("26 november", "2026-11-26"),
            dat("6 november", "2026-11-06"),
            dat("4 december", "2026-12-04"),
        ],
    ),
]

write(
    "jamtland_kommunchefsgrupp_minnesanteckningar.txt",
    KCG,
    "2026-10-23",
    ["Möte fredag den 23 oktober 2026"],
    present,
    absent,
    recorded_by,
    items,
    item_end="Vid anteckningarna",
)
