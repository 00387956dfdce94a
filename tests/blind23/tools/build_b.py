# ruff: noqa
"""Gold for region_skane_kompetensforsorjning_2026-10-07.txt."""

from gold_lib import A, P, O, D, I, check_and_write

DOC = "region_skane_kompetensforsorjning_2026-10-07.txt"
RS = lambda s, *o: O(s, "Region Skåne", "region", o)
AF = lambda s, *o: O(s, "Arbetsförmedlingen", "national_agency", o)
M = lambda s, c: O(s, c, "municipality")
gold = {
    "document": DOC,
    "meeting": {
        "body": "Regional samverkansgrupp för kompetensförsörjning (Region Skåne)",
        "date_estimate": "2026-10-07",
        "date_evidence": ["Datum 2026-10-07", "Mötesdatum: 7 oktober 2026"],
        "place": "Region Skåne, Dockplatsen 26, Malmö",
    },
    "present": [
        A("Karin Sjöberg", "Region Skåne", "Region Skåne", "ordförande"),
        A("Erik Lindberg", "Region Skåne", "Region Skåne", "Regional utvecklingsstrateg"),
        A("Fatima Rahimi", "Region Skåne", "Region Skåne"),
        A("Anna-Karin Wemmert", "Kristianstads kommun", "Kristianstad"),
        A("Johan Ek", "Malmö stad", "Malmö"),
        A("Sofie Åkesson", "Malmö stad", "Malmö", None, "(digitalt)"),
        A("Maria Lindberg", "Helsingborgs stad", "Helsingborg"),
        A("Niklas Bengtsson", "Lunds kommun", "Lund"),
        A("Therese Olofsson", "Ystads kommun", "Ystad", None, "(punkt 1–3)", [1, 2, 3]),
        A("Daniel Yilmaz", "Arbetsförmedlingen", "Arbetsförmedlingen"),
        A("Petra Holmgren", "Lunds universitet", "Lunds universitet"),
    ],
    "absent": [
        A("Göran Svensson", "Trelleborgs kommun", "Trelleborg"),
        A("Malin Ahlqvist", "Skånes kommuner", "Skånes kommuner"),
    ],
    "recorded_by": {
        "name": "Erik Lindberg",
        "canonical_name": "Erik Lindberg",
        "role": "Regional utvecklingsstrateg",
    },
    "items": [
        I(
            1,
            "Välkommen och genomgång av dagordningen",
            "1 Välkommen och genomgång av dagordningen",
            persons=[P("Karin Sjöberg", aff="Region Skåne", role="ordförande")],
            topics=["dagordning"],
            decisions=["Dagordningen fastställs."],
        ),
        I(
            2,
            "Kompetensbehov i Skåne – ny analys",
            "2 Kompetensbehov i Skåne – ny analys",
            persons=[
                P("Fatima Rahimi", aff="Region Skåne", role="presenterar analysen", also=["Fatima"]),
                P("Johan", "Johan Ek", "Malmö stad"),
            ],
            orgs=[
                RS("Region Skånes"),
                O("SCB:s", "Statistiska centralbyrån", "national_agency"),
                AF("Arbetsförmedlingens"),
                M("Malmö stad", "Malmö"),
            ],
            munis=["Malmö"],
            topics=["kompetensbehov", "kompetensanalys 2035", "bristyrken", "matchning", "undersköterskor"],
            follow_ups=[
                "Analysen publiceras på Region Skånes webbplats den 2 november.",
                "Fatima skickar presentationen till\ngruppen.",
            ],
            dates=[D("2 november", "2026-11-02"), D("2035", "2035")],
        ),
        I(
            3,
            "Lägesrapporter från delregionerna",
            "3 Lägesrapporter från delregionerna",
            persons=[
                P("Anna-Karin Wemmert", aff="Kristianstads kommun"),
                P("Niklas Bengtsson", aff="Lunds kommun"),
                P("Maria Lindberg", aff="Helsingborgs stad"),
                P("Therese Olofsson", aff="Ystads kommun"),
            ],
            orgs=[
                O("Skåne Nordost", "Skåne Nordost", "network"),
                M("Lunds kommun", "Lund"),
                M("Kävlinge kommun", "Kävlinge"),
                O("Komvux", "Komvux", "other"),
                O("Teknikföretagen", "Teknikföretagen", "association"),
                O("Myndigheten för yrkeshögskolan", "Myndigheten för yrkeshögskolan", "national_agency"),
            ],
            munis=[
                "Kristianstad",
                "Hässleholm",
                "Lund",
                "Kävlinge",
                "Helsingborg",
                "Ystad",
                "Simrishamn",
                "Tomelilla",
            ],
            topics=[
                "validering inom vård och omsorg",
                "barnskötarutbildning",
                "kompetensväxling i industrin",
                "yrkeshögskola inom besöksnäringen",
            ],
            bdec=["Kommundirektörerna i Skåne Nordost har beslutat om en ny styrgrupp."],
            bfol=[
                "Sydöstra Skåne: Therese Olofsson berättar att Ystad, Simrishamn och Tomelilla planerar en\ngemensam ansökan till Myndigheten för yrkeshögskolan om en utbildning inom besöksnäringen."
            ],
            dates=[D("januari 2027", "2027-01")],
            note="Page break (footer '1 (3)' and 'Region Skåne | Regional utveckling') inside the item; the footer is not an org mention. 'Skåne Nordost:', 'Sydvästra Skåne:' etc. are run-in labels.",
        ),
        I(
            4,
            "Regional utvecklingsstrategi – kompetensförsörjning",
            "4 Regional utvecklingsstrategi – kompetensförsörjning",
            persons=[
                P("Erik Lindberg", aff="Region Skåne", also=["Erik"]),
                P("Petra Holmgren", aff="Lunds universitet", also=["Petra"]),
            ],
            orgs=[
                O(
                    "Skånes regionala utvecklingsstrategi",
                    "Skånes regionala utvecklingsstrategi",
                    "programme",
                ),
                O("Lunds universitet", "Lunds universitet", "other"),
                O("Malmö universitet", "Malmö universitet", "other"),
            ],
            topics=["regional utvecklingsstrategi", "remiss", "högskolornas roll", "livslångt lärande"],
            decisions=["Gruppen är överens om att kapitlet ska lyfta fram livslångt lärande."],
            follow_ups=[
                "Ett utkast till\nkapitlet om kompetensförsörjning skickas på remiss till kommunerna i december 2026.",
                "Erik bjuder in Petra till\nskrivgruppens nästa möte den 28 oktober.",
            ],
            dates=[D("december 2026", "2026-12"), D("28 oktober", "2026-10-28")],
        ),
        I(
            5,
            "Arbetsförmedlingens reformering",
            "5 Arbetsförmedlingens reformering",
            persons=[
                P("Daniel Yilmaz", aff="Arbetsförmedlingen", also=["Daniel"]),
                P("Sofie Åkesson", aff="Malmö stad"),
            ],
            orgs=[
                AF("Arbetsförmedlingens"),
                O("Statens servicecenter", "Statens servicecenter", "national_agency"),
            ],
            topics=[
                "Arbetsförmedlingens reformering",
                "lokal närvaro",
                "servicepunkter",
                "arbetsmarknadsenheter",
            ],
            follow_ups=["Daniel återkommer\nmed en skriftlig redovisning till nästa möte."],
            bfol=[
                "Från 1 januari 2027\nändras kontorsstrukturen och flera mindre kontor ersätts av servicepunkter tillsammans med\nStatens servicecenter."
            ],
            dates=[D("1 januari 2027", "2027-01-01")],
        ),
        I(
            6,
            "Kompetensplattform Skåne – finansiering 2027",
            "6 Kompetensplattform Skåne – finansiering 2027",
            persons=[P("Karin Sjöberg", aff="Region Skåne")],
            orgs=[
                O("Kompetensplattform Skåne", "Kompetensplattform Skåne", "programme"),
                O("Tillväxtverkets", "Tillväxtverket", "national_agency"),
                RS("Region Skåne"),
                O(
                    "Samverkansgruppen",
                    "Regional samverkansgrupp för kompetensförsörjning (Region Skåne)",
                    "network",
                    note="the meeting body itself",
                ),
                O("regionala utvecklingsnämnden", "Regionala utvecklingsnämnden, Region Skåne", "region"),
            ],
            topics=["Kompetensplattform Skåne", "finansiering", "studie- och yrkesvägledning"],
            decisions=["Samverkansgruppen tillstyrker förslaget."],
            follow_ups=["Beslut fattas av regionala utvecklingsnämnden den\n19 november."],
            bdec=[
                "Region Skåne föreslår att en del av medlen går\ntill kommunernas studie- och yrkesvägledning."
            ],
            dates=[D("2027", "2027"), D("2028", "2028"), D("19 november", "2026-11-19")],
        ),
        I(
            7,
            "Övrigt",
            "7 Övrigt",
            persons=[P("Maria Lindberg", aff="Helsingborgs stad")],
            munis=["Helsingborg"],
            topics=["Skånes kompetensdag"],
            follow_ups=["Anmälan görs senast\nden 6 november."],
            bfol=["Maria Lindberg påminner om Skånes kompetensdag den 26 november i Helsingborg."],
            dates=[D("26 november", "2026-11-26"), D("6 november", "2026-11-06")],
        ),
        I(
            8,
            "Nästa möte",
            "8 Nästa möte",
            persons=[P("Karin", "Karin Sjöberg", "Region Skåne"), P("Erik", "Erik Lindberg", "Region Skåne")],
            orgs=[RS("Region Skånes")],
            munis=["Kristianstad"],
            topics=["nästa möte"],
            follow_ups=[
                "Nästa möte är den 9 december 2026 kl. 13.00–16.00 i Kristianstad, Region Skånes lokaler på\nÖstra Boulevarden.",
                "Karin och Erik förbereder dagordningen.",
            ],
            dates=[D("9 december 2026", "2026-12-09")],
            note="The item ends at 'Vid anteckningarna'; the signature block is not item content.",
        ),
    ],
}
check_and_write(DOC, gold, end_marker="Vid anteckningarna")
