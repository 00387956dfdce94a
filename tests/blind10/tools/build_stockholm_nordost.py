# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: stockholm_nordost_internat_disposition.txt → gold/stockholm_nordost_internat_disposition.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

SN = "Stockholm Nordost"
SELF = "Stockholm Nordosts kommundirektörsgrupp"
RS = "Region Stockholm"
TF = "Region Stockholms trafikförvaltning"

# A bullet OUTLINE with indentation (`- ` at 0/4/8 spaces). Attendance is the outline's first
# branches: `Närvarande` and `Inbjuden` present, `Förhinder` absent; each leaf `Name – Body`.
# `(ordf.)` and `(antecknare)` are function markers (the antecknare is the recorder, with the
# closing `Antecknat av`); `(endast dag 1)` is a note, items attended = the day-1 items A–C [1, 2, 3];
# `(punkt C)` is a note, items attended [3]. Karl-Erik Modin's `Region Stockholm, trafikförvaltningen`:
# affiliation `Region Stockholm`, the administration a unit, no role.
present = [
    att("Johanna Sundin", "Danderyd", "Danderyd"),
    att("Peter Nordgren", "Täby", "Täby"),
    att("Malin Ekholm", "Vallentuna", "Vallentuna"),
    att("Björn Ahlsten", "Vaxholm", "Vaxholm"),
    att("Cecilia Åström", "Österåker", "Österåker", None, "endast dag 1", [1, 2, 3]),
    att("Fredrik Holm", "Norrtälje", "Norrtälje"),
    att("Susanne Krantz", "Sollentuna", "Sollentuna"),
    att("Jonas Ekwall", "Upplands Väsby", "Upplands Väsby"),
    att("Linnea Dahl", SN, SN, "processledare"),
    att("Karl-Erik Modin", RS, RS, None, "punkt C", [3]),
]
absent = [att("Ann Lindberg", "Lidingö", "Lidingö")]
recorded_by = {"name": "Linnea Dahl", "canonical_name": "Linnea Dahl", "role": "processledare"}

# Items are the lettered top-level branches A.–F., numbered 1–6 by position. The day lines
# (`Dag 1, måndag 30 november`, `Dag 2, tisdag 1 december`) are structure, not item text: the date in
# the day-2 line (inside item C's span) is not annotated.
items = [
    item(
        1,
        "A. Inledning och föregående anteckningar",
        "Inledning och föregående anteckningar",
        persons=[per("Johanna", canon="Johanna Sundin")],
        orgs=[org("Vaxholm", "Vaxholm", "municipality")],
        munis=["Vaxholm"],
        topics=["inledning", "föregående anteckningar", "dagordning"],
        decisions=["Anteckningarna från mötet den 23 oktober godkändes."],
        bdec=["Dagordningen för de två dagarna gicks igenom utan ändringar."],
        dates=[dat("23 oktober", "2026-10-23")],
    ),
    item(
        2,
        "B. Gemensam bostadsförsörjning och Stockholm Nordosts bostadsstrategi",
        "Gemensam bostadsförsörjning och Stockholm Nordosts bostadsstrategi",
        subheadings=["Diskussion"],
        persons=[per("Peter Nordgren"), per("Malin Ekholm"), per("Linnea Dahl")],
        orgs=[
            org("Stockholm Nordosts", SN, "network"),
            org("Täby kommuns", "Täby", "municipality"),
            org("Vallentuna kommuns", "Vallentuna", "municipality", "Vallentuna"),
        ],
        munis=["Täby", "Vallentuna"],
        topics=["bostadsförsörjning", "bostadsstrategi", "hyresrätter", "översiktsplaner"],
        decisions=[
            "Gruppen beslutade att bostadsstrategin ska skickas på remiss till kommunstyrelserna i januari."
        ],
        follow_ups=[
            "Linnea Dahl bearbetar texten utifrån dagens synpunkter och skickar den till gruppen senast den 14 december."
        ],
        bdec=[
            "Flera kommuner menar att statens stöd till infrastruktur är avgörande för takten.",
            "Det vore bra att ta fram gemensamma nyckeltal för bostadsbyggandet.",
        ],
        bfol=[
            "Gruppen beslutade att bostadsstrategin ska skickas på remiss till kommunstyrelserna i januari."
        ],
        dates=[dat("januari", "2027-01"), dat("14 december", "2026-12-14")],
    ),
    item(
        3,
        "C. Kollektivtrafik och Roslagsbanan",
        "Kollektivtrafik och Roslagsbanan",
        persons=[per("Karl-Erik Modin", RS, also=["Karl-Erik"]), per("Fredrik Holm")],
        orgs=[
            org(RS, RS, "region"),
            org("trafikförvaltningens", TF, "region", "trafikförvaltningen"),
            org("Norrtälje kommun", "Norrtälje", "municipality", "Norrtälje"),
        ],
        munis=["Norrtälje"],
        topics=["kollektivtrafik", "Roslagsbanan", "trafikförsörjningsprogram", "landsbygdslinjer"],
        decisions=["Gruppen enades om att lämna ett gemensamt yttrande över trafikförsörjningsprogrammet."],
        follow_ups=[
            "Karl-Erik återkommer med en konsekvensanalys för de kommuner som berörs.",
            "Yttrandet ska vara trafikförvaltningen till handa den 26 februari 2027.",
        ],
        bdec=["Fredrik Holm betonade att landsbygdslinjerna i Norrtälje inte får försämras."],
        bfol=[
            "Region Stockholm planerar att förtäta turerna på Roslagsbanans Österskärsgren.",
            "Busstrafiken i Norrtälje kommun ses över under våren 2027.",
        ],
        dates=[
            dat("2027–2028", "2027/2028"),
            dat("våren 2027", "2027"),
            dat("26 februari 2027", "2027-02-26"),
        ],
    ),
    item(
        4,
        "D. Kompetensförsörjning – gemensam arbetsgivarprofil",
        "Kompetensförsörjning – gemensam arbetsgivarprofil",
        persons=[per("Susanne Krantz"), per("Jonas Ekwall")],
        orgs=[
            org("Sollentuna kommun", "Sollentuna", "municipality"),
            org("Upplands Väsby kommun", "Upplands Väsby", "municipality"),
            org("Arbetsförmedlingen", "Arbetsförmedlingen", "national_agency"),
            org("KTH", "Kungliga Tekniska högskolan", "other"),
        ],
        munis=["Sollentuna", "Upplands Väsby"],
        topics=["kompetensförsörjning", "arbetsgivarprofil", "rekrytering", "förprojektering"],
        decisions=[
            "Gruppen beslutade att avsätta 200 000 kronor ur den gemensamma budgeten till en förprojektering."
        ],
        follow_ups=["Susanne Krantz ansvarar för förprojekteringen och rapporterar till gruppen i april."],
        bdec=["Förslag att gå vidare med en gemensam rekryteringsmässa hösten 2027."],
        dates=[dat("hösten 2027", "2027"), dat("april", "2027-04")],
    ),
    item(
        5,
        "E. Säkerhet och civilt försvar",
        "Säkerhet och civilt försvar",
        persons=[per("Björn Ahlsten")],
        orgs=[
            org(
                "Länsstyrelsen i Stockholms läns",
                "Länsstyrelsen i Stockholms län",
                "county_administrative_board",
            ),
            org("Vaxholms stad", "Vaxholm", "municipality"),
            org("Polismyndigheten", "Polismyndigheten", "national_agency"),
            org(
                "beredskapssamordnarnas nätverk",
                "Stockholm Nordosts nätverk för beredskapssamordnare",
                "network",
            ),
        ],
        munis=["Vaxholm"],
        topics=["civilt försvar", "krigsorganisation", "ledningsplatser", "övningsplan"],
        decisions=[
            "Gruppen ger beredskapssamordnarnas nätverk i uppdrag att ta fram en gemensam övningsplan."
        ],
        follow_ups=["Övningsplanen presenteras för gruppen vid mötet den 12 mars 2027."],
        bfol=["Gruppen ger beredskapssamordnarnas nätverk i uppdrag att ta fram en gemensam övningsplan."],
        dates=[dat("12 mars 2027", "2027-03-12")],
    ),
    item(
        6,
        "F. Övrigt och avslutning",
        "Övrigt och avslutning",
        persons=[
            per("Cecilia Åström"),
            per("Linnea", canon="Linnea Dahl"),
            per("Johanna", canon="Johanna Sundin"),
        ],
        orgs=[
            org("Österåker", "Österåker", "municipality"),
            org("Täby", "Täby", "municipality"),
        ],
        munis=["Österåker", "Täby"],
        topics=["ordförandeskap", "nästa möte", "avslutning"],
        follow_ups=[
            "Cecilia Åström saknades dag 2; Linnea informerar henne om besluten.",
            "Nästa möte hålls den 22 januari 2027 i Täby.",
        ],
        bfol=["Österåker lämnar ordförandeskapet för nätverkets beredningsgrupp vid årsskiftet."],
        dates=[dat("22 januari 2027", "2027-01-22")],
    ),
]

write(
    "stockholm_nordost_internat_disposition.txt",
    "Stockholm Nordosts kommundirektörsgrupp",
    "2026-11-30",
    ["Minnesanteckningar från internat 2026-11-30--12-01, Vaxholm"],
    present,
    absent,
    recorded_by,
    items,
    item_end="\nAntecknat av",
)
