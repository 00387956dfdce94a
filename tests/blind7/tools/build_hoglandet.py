# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: hoglandet_kommunchefer_tider.txt → gold/hoglandet_kommunchefer_tider.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

HF = "Höglandsförbundet"
RJL = "Region Jönköpings län"
RTH = "Räddningstjänsten Höglandet"
SELF = "Kommunchefsgruppen, Höglandsförbundet"

# Word export: TAB table Namn / Organisation / Funktion with names written "Efternamn, Förnamn";
# "name" is as written, "canonical_name" is "Förnamn Efternamn". An unbracketed "punkt 2" after the
# role in the Funktion column is the note.
present = [
    att("Svensson, Anna", "Aneby kommun", "Aneby", "kommunchef", canon="Anna Svensson"),
    att("Hultgren, Per", "Eksjö kommun", "Eksjö", "kommundirektör", canon="Per Hultgren"),
    att("Björklund, Emma", "Nässjö kommun", "Nässjö", "kommundirektör", canon="Emma Björklund"),
    att("Svensson, Lars", "Sävsjö kommun", "Sävsjö", "kommunchef", canon="Lars Svensson"),
    att("Fransson, Ulrika", "Vetlanda kommun", "Vetlanda", "kommundirektör", canon="Ulrika Fransson"),
    att("Gustafsson, Karl", HF, HF, "förbundsdirektör", canon="Karl Gustafsson"),
    att("Ahlberg, Therese", HF, HF, "utredare", canon="Therese Ahlberg"),
    att("Nyström, Jakob", RJL, RJL, "utvecklingsledare", "punkt 2", [2], canon="Jakob Nyström"),
    att("Carlsson, Mona", RTH, RTH, "räddningschef", "punkt 3", [3], canon="Mona Carlsson"),
]
absent = [att("Öberg, Mikael", "Tranås kommun", "Tranås", "kommunchef", canon="Mikael Öberg")]
recorded_by = {"name": "Therese Ahlberg", "canonical_name": "Therese Ahlberg", "role": None}

items = [
    item(
        1,
        "09.00–09.15\t1. Inledning och föregående anteckningar",
        "Inledning och föregående anteckningar",
        persons=[per("Emma Björklund"), per("Therese Ahlberg")],
        topics=["mötets öppnande", "föregående anteckningar"],
        decisions=[
            "Anteckningarna från den 25 november godkändes.",
            "Therese Ahlberg utsågs att föra dagens anteckningar.",
        ],
        dates=[dat("25 november", "2026-11-25")],
    ),
    item(
        2,
        "09.15–10.30\t2. Hälso- och sjukvårdsavtalet och nära vård",
        "Hälso- och sjukvårdsavtalet och nära vård",
        subheadings=["Diskussion"],
        persons=[
            per("Jakob Nyström", RJL, also=["Jakob"]),
            per("Per Hultgren"),
            per("Karl Gustafsson"),
        ],
        orgs=[
            org(RJL, RJL, "region"),
            org("Eksjös", "Eksjö", "municipality"),
            org("Vetlandas", "Vetlanda", "municipality"),
            org("Kommunchefsgruppen", SELF, "network"),
        ],
        munis=["Eksjö", "Vetlanda"],
        topics=[
            "hälso- och sjukvårdsavtal",
            "nära vård",
            "hemsjukvård",
            "förhandling",
            "kostnadsförskjutning",
        ],
        decisions=[
            "Kommunchefsgruppen enades om att utse Per Hultgren som Höglandets företrädare i den länsgemensamma förhandlingsgruppen."
        ],
        follow_ups=[
            "Avtalet ska gälla från den 1 januari 2028 och en remissversion skickas till kommunerna i april.",
            "Jakob återkommer med en tidplan för förhandlingen till mötet i mars.",
            "Karl Gustafsson bjuder in kommunernas socialchefer till ett gemensamt möte den 17 februari.",
        ],
        bdec=[
            "Kommuncheferna anser att Höglandet bör uppträda samlat i förhandlingen.",
            "Det finns ett intresse av att jämföra med Kalmar läns avtal.",
        ],
        dates=[
            dat("1 januari 2028", "2028-01-01"),
            dat("april", "2027-04"),
            dat("mars", "2027-03"),
            dat("17 februari", "2027-02-17"),
        ],
    ),
    item(
        3,
        "10.45–11.30\t3. Räddningstjänstsamverkan – ny ledningsorganisation",
        "Räddningstjänstsamverkan – ny ledningsorganisation",
        subheadings=["Beslut"],
        persons=[per("Mona Carlsson"), per("Lars Svensson"), per("Anna Svensson")],
        orgs=[
            org(RTH, RTH, "other"),
            org("Nässjö", "Nässjö", "municipality"),
            org("Myndigheten för civilt försvar", "Myndigheten för civilt försvar", "national_agency"),
            org("Sävsjö kommuns", "Sävsjö", "municipality"),
            org("Kommunchefsgruppen", SELF, "network"),
            org("förbundsstyrelsen", "Höglandsförbundets förbundsstyrelse", "other", "Förbundsstyrelsen"),
        ],
        munis=["Nässjö", "Sävsjö"],
        topics=["räddningstjänst", "ledningsorganisation", "inre befäl", "kostnadsfördelning"],
        decisions=[
            "Kommunchefsgruppen ställer sig bakom förslaget och lämnar det vidare till förbundsstyrelsen."
        ],
        follow_ups=[
            "Förbundsstyrelsen behandlar ärendet den 10 mars 2027.",
            "Lars Svensson och Anna Svensson tar fram ett underlag om kostnadsfördelningen före den 1 mars.",
        ],
        dates=[
            dat("oktober 2026", "2026-10"),
            dat("10 mars 2027", "2027-03-10"),
            dat("1 mars", "2027-03-01"),
        ],
    ),
    item(
        4,
        "11.30–12.00\t4. Gemensam IT-drift och cybersäkerhet",
        "Gemensam IT-drift och cybersäkerhet",
        persons=[per("Karl Gustafsson")],
        orgs=[
            org("Höglandets IT", "Höglandets IT", "other"),
            org("Nationellt cybersäkerhetscenter", "Nationellt cybersäkerhetscenter", "national_agency"),
            org("Försvarets radioanstalt", "Försvarets radioanstalt", "national_agency"),
            org("Tranås kommun", "Tranås", "municipality", "Tranås"),
        ],
        munis=["Tranås"],
        topics=["IT-drift", "cybersäkerhet", "tvåfaktorsinloggning", "informationssäkerhet"],
        decisions=[
            "Gruppen beslutade att tillsätta en arbetsgrupp för informationssäkerhet med en representant från varje kommun."
        ],
        follow_ups=["Karl Gustafsson kontaktar Tranås kommun inför nästa möte."],
        bfol=[
            "Karl Gustafsson informerade om att Höglandets IT inför tvåfaktorsinloggning för samtliga medarbetare under våren.",
            "Frågan om Tranås fortsatta medverkan kan behöva lyftas politiskt.",
            "Tranås kommun har meddelat att man vill se över sitt deltagande i den gemensamma driften.",
        ],
        dates=[dat("våren", "2027")],
    ),
    item(
        5,
        "12.00–12.15\t5. Övriga frågor och kommande möten",
        "Övriga frågor och kommande möten",
        persons=[per("Ulrika Fransson")],
        orgs=[
            org("Vetlandas", "Vetlanda", "municipality"),
            org("Jönköping University", "Jönköping University", "other"),
            org("Nässjö", "Nässjö", "municipality"),
        ],
        munis=["Vetlanda", "Nässjö"],
        topics=["översiktsplan", "utbildning i samhällsplanering", "mötesplan"],
        follow_ups=["Kommande möten: 17 mars, 21 april och 2 juni 2027, samtliga kl. 09.00–12.00 i Nässjö."],
        bfol=[
            "Ulrika Fransson informerade om Vetlandas arbete med den nya översiktsplanen och om att Jönköping University erbjuder en kurs i strategisk samhällsplanering 14–16 april 2027."
        ],
        dates=[
            dat("14–16 april 2027", "2027-04-14/2027-04-16"),
            dat("17 mars", "2027-03-17"),
            dat("21 april", "2027-04-21"),
            dat("2 juni 2027", "2027-06-02"),
        ],
    ),
]

write(
    "hoglandet_kommunchefer_tider.txt",
    "Kommunchefsgruppen, Höglandsförbundet",
    "2027-01-20",
    ["2027-01-20"],
    present,
    absent,
    recorded_by,
    items,
    item_end="Vid anteckningarna",
    item_start="Dagordning och anteckningar",
)
