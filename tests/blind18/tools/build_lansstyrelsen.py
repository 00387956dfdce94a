# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: lansstyrelsen_varmland_brottsforebyggande_tvaspalt.txt → gold/lansstyrelsen_varmland_brottsforebyggande_tvaspalt.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RV = "Region Värmland"
LST = "Länsstyrelsen i Värmlands län"
POL = "Polismyndigheten"
BRA = "Brottsförebyggande rådet"

# A Word memo saved as plain text: letterhead with TAB-separated cells (`Länsstyrelsen Värmland<TAB><TAB>
# MINNESANTECKNINGAR`, a `Datum<TAB>Diarienummer` row and its values `2028-03-16<TAB>109-1456-2028`);
# the network's name as a title; a prose line with weekday, date, time and place. The roll call is a
# TWO-COLUMN Word table saved with one TAB between the cells: header row `Kommuner<TAB>Övriga`, then
# `Name, Kommun[ (note)]<TAB>Name, Body[ (note)]`, the right cell empty (a trailing TAB) once the right
# column has run out. Items `Ärende N: Title`; a stand-alone `Diskussion:` lead-in (no subheading, as the
# seeds' `Ur diskussionen:`); `– ` dash lines; run-in `Beslut:` and `Åtgärd:`; one `Beslut: Nätverket
# beslutade` + two `att …` lines = ONE decision. Absence as a note after the last item (`Anmält förhinder:
# A, Kil, och B, Grums.` + four municipalities that sent nobody: not absentees); the recorder only in the
# closing signature `Vid pennan` + name + title + body + phone.
# Choices: `Polisområde Värmland` → canonical Polismyndigheten (the unit's parent, as the seeds'
# Länsstyrelsen units); `Länsstyrelsen Värmland` → Länsstyrelsen i Värmlands län; the replaced member
# Robert Nilsson is absent (he is also in the note); Anton Mård's role comes from the signature, Hanna
# Wiik's from item 4; `Karlstads universitet` names a university, not the municipality Karlstad.
present = [
    att("Linda Eriksson", "Arvika", "Arvika"),
    att("Sofie Hammarlund", "Karlstad", "Karlstad", "trygghetssamordnare"),
    att("Johan Persson", "Karlstad", "Karlstad", None, "(ärende 1–3)", [1, 2, 3]),
    att("Marie Lindblad", "Kristinehamn", "Kristinehamn"),
    att("Fredrik Axelsson", "Hammarö", "Hammarö"),
    att("Annelie Gustafsson", "Kil", "Kil", None, "(ersättare för Robert Nilsson)"),
    att("Emma Sandberg", "Sunne", "Sunne"),
    att("Patrik Olsson", "Säffle", "Säffle"),
    att("Therese Holm", "Torsby", "Torsby", None, "(via Teams)"),
    att("Niklas Berg", "Hagfors", "Hagfors", None, "(via Teams)"),
    att("Maja Karlsson", "Filipstad", "Filipstad"),
    att("Lotta Fors", "Länsstyrelsen Värmland", LST, "ordförande"),
    att("Anton Mård", "Länsstyrelsen Värmland", LST, "Handläggare, brottsförebyggande arbete"),
    att("Peter Eriksson", "Polisområde Värmland", POL),
    att("Hanna Wiik", "Region Värmland", RV, "folkhälsostrateg", "(ärende 4)", [4]),
    att("Olle Brandt", "Brottsförebyggande rådet", BRA, None, "(ärende 2)", [2]),
]
absent = [
    att("Robert Nilsson", "Kil", "Kil"),
    att("Sara Hedlund", "Grums", "Grums"),
]
recorded_by = {
    "name": "Anton Mård",
    "canonical_name": "Anton Mård",
    "role": "Handläggare, brottsförebyggande arbete",
}

items = [
    item(
        1,
        "Ärende 1: Inledning",
        "Inledning",
        persons=[per("Lotta Fors", None, None, "chair, welcomes")],
        topics=["inledning", "dagordning", "föregående anteckningar"],
        decisions=[
            "Dagordningen fastställdes med ett tillägg under övrigt.",
            "Anteckningarna från mötet den 30 november 2027 godkändes.",
        ],
        dates=[dat("30 november 2027", "2027-11-30")],
    ),
    item(
        2,
        "Ärende 2: Brå:s stöd till kommunernas lägesbilder",
        "Brå:s stöd till kommunernas lägesbilder",
        persons=[
            per("Olle Brandt", None, "Brottsförebyggande rådet", "presents Brå's guidance", ["Olle"]),
            per("Marie Lindblad", None, None, "Kristinehamn's analysis"),
            per("Niklas Berg", None, None, "asks about updates"),
            per("Anton Mård", None, None, "sends the guidance"),
        ],
        orgs=[
            org("Brå:s", BRA, "national_agency", "Brottsförebyggande rådet", "Brå"),
            org("Kristinehamn", "Kristinehamn", "municipality"),
            org("Karlstads universitet", "Karlstads universitet", "other"),
            org("Länsstyrelsen", LST, "county_administrative_board"),
        ],
        munis=["Kristinehamn"],
        topics=[
            "lägesbild och åtgärdsplan",
            "lagen om kommuners ansvar för brottsförebyggande arbete",
            "data på områdesnivå",
            "trygghetsenkät",
            "gemensam mall",
        ],
        decisions=[
            "Nätverket ställde sig bakom att Länsstyrelsen tar fram en gemensam mall för lägesbild som kommunerna kan använda från och med 2029."
        ],
        follow_ups=["Anton Mård skickar Brå:s vägledning och presentationen till alla samordnare."],
        bfol=[
            "Nätverket ställde sig bakom att Länsstyrelsen tar fram en gemensam mall för lägesbild som kommunerna kan använda från och med 2029."
        ],
        dates=[dat("1 juli 2025", "2025-07-01"), dat("2029", "2029")],
    ),
    item(
        3,
        "Ärende 3: Medborgarlöften och samverkansöverenskommelser",
        "Medborgarlöften och samverkansöverenskommelser",
        persons=[
            per("Peter Eriksson", None, None, "reports on the police's citizen promises"),
            per("Linda Eriksson", None, None, "asks for a joint timetable"),
            per(
                "Sofie Hammarlund",
                None,
                None,
                "Karlstad's security guards; plans the library training",
                ["Sofie"],
            ),
            per("Lotta Fors", None, None, "drafts the timetable"),
            per("Anton", "Anton Mård", None, "plans the library training"),
        ],
        orgs=[
            org("polisens", POL, "national_agency", "Polisområde Värmland"),
            org("Arvika", "Arvika", "municipality"),
            org("Säffle", "Säffle", "municipality"),
            org("Sunne", "Sunne", "municipality"),
            org("Karlstads", "Karlstad", "municipality"),
            org("Länsstyrelsen", LST, "county_administrative_board"),
            org("Länsbibliotek Värmland", "Länsbibliotek Värmland", "other"),
        ],
        munis=["Arvika", "Säffle", "Sunne", "Karlstad"],
        topics=[
            "medborgarlöften",
            "samverkansöverenskommelser med polisen",
            "gemensam tidplan",
            "ordningsvakter",
            "utbildning för bibliotekspersonal",
        ],
        decisions=[
            "Peter Eriksson och Lotta Fors tar fram ett förslag till gemensam tidplan för förnyelsen."
        ],
        follow_ups=[
            "Förslaget skickas till kommunerna senast den 14 april.",
            "Sofie och Anton planerar utbildningen för bibliotekspersonal tillsammans med Länsbibliotek Värmland.",
        ],
        bdec=[
            "Linda Eriksson efterfrågade en gemensam tidplan så att kommunstyrelserna kan behandla överenskommelserna före sommaren."
        ],
        bfol=[
            "Samtliga samverkansöverenskommelser mellan Polisområde Värmland och kommunerna ska förnyas under 2028.",
            "Bibliotekscheferna i länet har bett om en utbildning om hot och våld, och Länsstyrelsen har lovat att bidra.",
            "Peter Eriksson och Lotta Fors tar fram ett förslag till gemensam tidplan för förnyelsen.",
        ],
        dates=[
            dat("2028", "2028"),
            dat("31 augusti", "2028-08-31"),
            dat("sommaren", "2028"),
            dat("14 april", "2028-04-14"),
        ],
    ),
    item(
        4,
        "Ärende 4: Ungas livsvillkor – resultat från Region Värmlands elevenkät",
        "Ungas livsvillkor – resultat från Region Värmlands elevenkät",
        persons=[
            per("Hanna Wiik", None, "Region Värmland", "presents survey results", ["Hanna"]),
            per("Emma Sandberg", None, None, "the school's role"),
        ],
        orgs=[
            org("Region Värmlands", RV, "region", "Region Värmland"),
            org("Karlstad", "Karlstad", "municipality"),
            org("Kristinehamn", "Kristinehamn", "municipality"),
            org("Arvika", "Arvika", "municipality"),
            org("Hagfors", "Hagfors", "municipality"),
            org("Torsby", "Torsby", "municipality"),
        ],
        munis=["Karlstad", "Kristinehamn", "Arvika", "Hagfors", "Torsby"],
        topics=[
            "ungas livsvillkor",
            "elevenkät",
            "otrygghet i bostadsområdet",
            "skolans roll",
            "kommunvisa resultat",
        ],
        decisions=["Informationen noterades."],
        follow_ups=["Hanna återkommer med kommunvisa resultat till nätverkets möte den 15 juni."],
        bdec=[
            "Emma Sandberg lyfte att skolans roll behöver synas tydligare i åtgärdsplanerna.",
            "Flera kommuner vill ha resultaten nedbrutna per skola.",
        ],
        dates=[dat("2027", "2027"), dat("15 juni", "2028-06-15")],
    ),
    item(
        5,
        "Ärende 5: Länsstyrelsens utvecklingsmedel 2028",
        "Länsstyrelsens utvecklingsmedel 2028",
        persons=[
            per("Anton Mård", None, None, "informs about the grants"),
            per("Fredrik Axelsson", None, None, "joint application"),
            per("Patrik Olsson", None, None, "joint application"),
        ],
        orgs=[
            org("Länsstyrelsens", LST, "county_administrative_board", "Länsstyrelsen"),
            org("Hammarö", "Hammarö", "municipality"),
            org("Säffle", "Säffle", "municipality"),
        ],
        munis=["Hammarö", "Säffle"],
        topics=[
            "utvecklingsmedel för brottsförebyggande arbete",
            "ansökan",
            "samverkan mellan kommuner",
            "trygghetsvandringar",
        ],
        decisions=[
            "Nätverket beslutade att ansökningar som rör flera kommuner presenteras för nätverket innan de lämnas in, och att Länsstyrelsen bjuder in till en digital frågestund om ansökan den 20 april."
        ],
        follow_ups=[
            "Sista dag att söka är den 31 maj 2028.",
            "Fredrik Axelsson och Patrik Olsson undersöker en gemensam ansökan för Hammarö och Säffle om trygghetsvandringar.",
        ],
        bdec=["Projekt som involverar flera kommuner prioriteras."],
        bfol=[
            "Nätverket beslutade att ansökningar som rör flera kommuner presenteras för nätverket innan de lämnas in, och att Länsstyrelsen bjuder in till en digital frågestund om ansökan den 20 april."
        ],
        dates=[dat("2028", "2028"), dat("31 maj 2028", "2028-05-31"), dat("20 april", "2028-04-20")],
    ),
    item(
        6,
        "Ärende 6: Övrigt och nästa möte",
        "Övrigt och nästa möte",
        persons=[
            per("Annelie Gustafsson", None, None, "Kil hires a coordinator"),
            per("Maja Karlsson", None, None, "Filipstad seeks cooperation"),
            per("Johan Persson", None, None, "offers Karlstad as host"),
            per("Sofie", "Sofie Hammarlund", None, "passes on Johan's greeting"),
        ],
        orgs=[
            org("Kil", "Kil", "municipality"),
            org("Filipstad", "Filipstad", "municipality"),
            org("Storfors", "Storfors", "municipality"),
            org("Hällefors", "Hällefors", "municipality"),
            org("Karlstad", "Karlstad", "municipality"),
            org("Länsstyrelsen", LST, "county_administrative_board"),
        ],
        munis=["Kil", "Filipstad", "Storfors", "Hällefors", "Karlstad"],
        topics=["brottsförebyggande samordnare i Kil", "gemensam samordnare", "höstens heldag", "nästa möte"],
        follow_ups=[
            "Frågan tas upp på nästa möte.",
            "Nästa möte är torsdagen den 15 juni kl. 09.00–12.00 på Länsstyrelsen i Karlstad.",
        ],
        bdec=[
            "Johan Persson hade lämnat mötet och hälsade genom Sofie att Karlstad gärna är värd för höstens heldag."
        ],
        bfol=[
            "Annelie Gustafsson meddelade att Kil anställer en egen brottsförebyggande samordnare från den 1 september."
        ],
        dates=[dat("1 september", "2028-09-01"), dat("höstens", "2028"), dat("15 juni", "2028-06-15")],
    ),
]

write(
    "lansstyrelsen_varmland_brottsforebyggande_tvaspalt.txt",
    "Regionalt nätverk för brottsförebyggande samordnare i Värmland (Länsstyrelsen Värmland)",
    "2028-03-16",
    ["2028-03-16", "Nätverksträff torsdagen den 16 mars 2028"],
    "Länsstyrelsens lokal Klarälven, Karlstad",
    present,
    absent,
    recorded_by,
    items,
    "Anmält förhinder: Robert Nilsson",
)
