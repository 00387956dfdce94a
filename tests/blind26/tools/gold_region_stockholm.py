# ruff: noqa
"""Gold for the Region Stockholm samverkansgrupp för regional cykelplanering minutes (pdftotext)."""

from gold_lib import A, D, O, P, item, write

RS = "Region Stockholm"
TRF = "Region Stockholm, Tillväxt- och regionplaneförvaltningen"
TF = "Region Stockholm, Trafikförvaltningen"
LST = "Länsstyrelsen i Stockholms län"

doc = {
    "document": "region_stockholm_cykelplanering_2025-02-05.txt",
    "meeting": {
        "body": "Samverkansgruppen för regional cykelplanering (Region Stockholm)",
        "date_estimate": "2025-02-05",
        "date_evidence": ["2025-02-05"],
        "place": "Regionens hus, Hantverkargatan 45, sal Mälaren",
    },
    "present": [
        A("Cecilia Lindqvist", TRF, RS, "ordförande", "(ordförande)"),
        A("Jonas Ek", TRF, RS),
        A("Maja Ek", TRF, RS, "sekreterare", "(sekreterare)"),
        A("Fredrik Holm", TF, RS),
        A("Anna-Karin Söder", "Trafikverket, Region Stockholm", "Trafikverket"),
        A("Oskar Nyberg", LST, LST, None, "(punkt 1–3)", [1, 2, 3]),
        A("Linnea Björk", "Stockholms stad", "Stockholm"),
        A("Emil Rask", "Huddinge kommun", "Huddinge"),
        A("Petra Alm", "Nacka kommun", "Nacka"),
        A("Johan Wester", "Solna stad", "Solna"),
        A("Sofie Dahl", "Järfälla kommun", "Järfälla", "ersättare", "(ersättare för Kristoffer Nord)"),
        A("Mohammed Rahimi", "Södertälje kommun", "Södertälje"),
        A("Karin Lund", "Täby kommun", "Täby", None, "(digitalt)"),
        A("Erik Sandberg", "Botkyrka kommun", "Botkyrka", None, "(från punkt 3)", [3, 4, 5, 6]),
    ],
    "absent": [
        A("Malin Ström", "Lidingö stad", "Lidingö"),
        A("Kristoffer Nord", "Järfälla kommun", "Järfälla"),
    ],
    "recorded_by": {"name": "Maja Ek", "canonical_name": "Maja Ek", "role": "sekreterare"},
    "items": [
        item(
            1,
            "1. Välkommen och föregående minnesanteckningar",
            "Välkommen och föregående minnesanteckningar",
            persons=[
                P("Cecilia Lindqvist", aff=RS, role="ordförande, hälsar välkommen"),
                P("Sofie Dahl", aff="Järfälla", role="ny deltagare"),
            ],
            orgs=[O("Järfälla", "Järfälla", "municipality")],
            munis=["Järfälla"],
            topics=["välkommen", "ny deltagare", "föregående minnesanteckningar"],
            decisions=["Minnesanteckningarna från mötet den 26 november 2024 godkändes utan ändringar."],
            dates=[D("26 november 2024", "2024-11-26")],
        ),
        item(
            2,
            "2. Uppföljning av den regionala cykelplanen – lägesbild 2024",
            "Uppföljning av den regionala cykelplanen – lägesbild 2024",
            persons=[
                P("Jonas Ek", aff=RS, role="presenterar uppföljningen; tar emot uppgifter", also=["Jonas"])
            ],
            orgs=[
                O("Botkyrka", "Botkyrka", "municipality"),
                O("Södertälje", "Södertälje", "municipality"),
                O("Järfälla", "Järfälla", "municipality"),
            ],
            munis=["Botkyrka", "Södertälje", "Järfälla"],
            topics=[
                "regional cykelplan",
                "uppföljning",
                "regionala cykelstråk",
                "cykelflöden",
                "redovisning per kommun",
            ],
            decisions=["Gruppen enades om att uppföljningen från och med i år ska redovisas per kommun."],
            follow_ups=[
                "Kommunerna ombeds att skicka in uppgifter om färdigställda delsträckor till Jonas senast den 14 mars."
            ],
            dates=[D("2024", "2024"), D("2023", "2023"), D("14 mars", "2025-03-14", inferred=True)],
            note="The pdftotext page mark '\\f2 (3)' falls at the end of this item's span.",
        ),
        item(
            3,
            "3. Trafikverkets åtgärdsplanering och statlig medfinansiering",
            "Trafikverkets åtgärdsplanering och statlig medfinansiering",
            persons=[
                P("Anna-Karin Söder", aff="Trafikverket", role="informerar om medfinansiering"),
                P("Oskar Nyberg", aff=LST, role="påminner om länsplanens prioriteringar"),
            ],
            orgs=[
                O("Trafikverkets", "Trafikverket", "national_agency", ["Trafikverket"]),
                O(LST, LST, "county_administrative_board"),
                O("Region Stockholm", RS, "region"),
            ],
            topics=["statlig medfinansiering", "åtgärdsplanering", "länsplan", "cykel och kollektivtrafik"],
            follow_ups=[
                "Ansökningarna ska vara inne senast den 15 september 2025 och besked väntas i december.",
                "Region Stockholm samordnar ett gemensamt informationsmöte för kommunerna om ansökningsprocessen.",
                "Inbjudan skickas ut i mars.",
            ],
            b_fu=[
                "Anna-Karin Söder informerade om att Trafikverket planerar att öppna ansökan om statlig medfinansiering till regional kollektivtrafik- och cykelinfrastruktur under april."
            ],
            b_dec=[
                "Oskar Nyberg påminde om att Länsstyrelsen i Stockholms län prioriterar åtgärder som förbättrar kopplingen mellan cykel och kollektivtrafik i länsplanen."
            ],
            dates=[
                D("april", "2025-04", inferred=True),
                D("15 september 2025", "2025-09-15"),
                D("december", "2025-12", inferred=True),
                D("mars", "2025-03", inferred=True),
            ],
        ),
        item(
            4,
            "4. Cykelparkering vid stationer och bytespunkter",
            "Cykelparkering vid stationer och bytespunkter",
            persons=[
                P("Fredrik Holm", aff=TF, role="redovisar inventeringen"),
                P("Johan Wester", aff="Solna", role="berättar om cykelgarage"),
                P("Petra", "Petra Alm", "Nacka", "lyfter ansvarsfördelningen", also=["Petra Alm"]),
            ],
            orgs=[
                O("Trafikförvaltningens", TF, "region", ["Trafikförvaltningen"]),
                O("Solna stad", "Solna", "municipality", ["Solna"]),
                O("SL", "AB Storstockholms Lokaltrafik", "company"),
                O("Jernhusen", "Jernhusen AB", "company"),
                O("Nacka", "Nacka", "municipality"),
                O("En Bättre Sits", "En Bättre Sits", "network"),
            ],
            munis=["Solna", "Nacka"],
            topics=["cykelparkering", "bytespunkter", "stationer", "ansvarsfördelning", "cykelgarage"],
            follow_ups=[
                "Trafikförvaltningen tar fram ett förslag till ansvarsfördelning för cykelparkering vid bytespunkter som presenteras på nästa möte."
            ],
            b_dec=["Gruppen konstaterade att frågan även bör lyftas i En Bättre Sits."],
            b_fu=["Gruppen konstaterade att frågan även bör lyftas i En Bättre Sits."],
            note="Flemingsberg, Tumba and 'Solna station' are places; 'Solna' is accepted as a second surface of Solna stad.",
        ),
        item(
            5,
            "5. Kommunernas lägesrapporter",
            "Kommunernas lägesrapporter",
            persons=[
                P("Emil Rask", aff="Huddinge"),
                P("Linnea Björk", aff="Stockholm"),
                P("Mohammed Rahimi", aff="Södertälje"),
                P("Karin Lund", aff="Täby"),
            ],
            orgs=[
                O("Huddinge", "Huddinge", "municipality"),
                O("Stockholms stad", "Stockholm", "municipality", ["stadens"]),
                O("Södertälje", "Södertälje", "municipality"),
                O("Täby", "Täby", "municipality"),
                O("Nykvarn", "Nykvarn", "municipality"),
                O("kommunfullmäktige", "Stockholms stads kommunfullmäktige", "other"),
                O("Klimatklivet", "Klimatklivet", "programme"),
            ],
            munis=["Huddinge", "Stockholm", "Södertälje", "Täby", "Nykvarn"],
            topics=["lägesrapporter", "cykelbanor", "kommunal cykelplan", "regionalt cykelstråk", "elcyklar"],
            b_fu=[
                "Huddinge: Emil Rask berättade att cykelbanan längs Huddingevägen färdigställs under våren.",
                "Stockholms stad: Linnea Björk informerade om att stadens nya cykelplan beslutas i kommunfullmäktige i juni.",
            ],
            b_dec=[
                "Täby: Karin Lund berättade att Täby har ansökt om medel från Klimatklivet för laddplatser till elcyklar."
            ],
            dates=[D("våren", "2025", "season", True), D("juni", "2025-06", inferred=True)],
            note="Nykvarn is named as the end of a wished-for stråk; Hölö is a village, not a municipality.",
        ),
        item(
            6,
            "6. Övrigt och kommande möten",
            "Övrigt och kommande möten",
            persons=[P("Maja Ek", aff=RS, role="informerar om konferensinbjudan")],
            orgs=[O("Cykelfrämjandet", "Cykelfrämjandet", "association")],
            topics=["vintercykling", "konferens", "mötesplan 2025"],
            b_fu=[
                "Maja Ek informerade om att Cykelfrämjandet bjudit in gruppen till en konferens om vintercykling den 8 maj.",
                "3 juni kl. 13.00–15.30, digitalt",
                "7 oktober kl. 13.00–16.00, Regionens hus",
                "2 december kl. 13.00–15.30, digitalt",
            ],
            dates=[
                D("8 maj", "2025-05-08", inferred=True),
                D("2025", "2025"),
                D("3 juni", "2025-06-03", inferred=True),
                D("7 oktober", "2025-10-07", inferred=True),
                D("2 december", "2025-12-02", inferred=True),
            ],
            note="'Kommande möten 2025:' is a run-in list label, not a subheading; the meeting list lines are not sentences, so they are borderline follow-ups.",
        ),
    ],
}

if __name__ == "__main__":
    write(doc)
