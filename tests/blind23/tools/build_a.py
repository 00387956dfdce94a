# ruff: noqa
"""Gold for skane_nordost_kommundirektorer_2026-09-11.txt."""

from gold_lib import A, P, O, D, I, check_and_write

DOC = "skane_nordost_kommundirektorer_2026-09-11.txt"
KDG = lambda s, *o: O(s, "Kommundirektörsgruppen Skåne Nordost", "network", o, note="the meeting body itself")
RS = lambda s, *o: O(s, "Region Skåne", "region", o)
gold = {
    "document": DOC,
    "meeting": {
        "body": "Kommundirektörsgruppen Skåne Nordost",
        "date_estimate": "2026-09-11",
        "date_evidence": ["Datum: 2026-09-11"],
        "place": "Kommunhuset i Broby, Östra Göinge kommun",
    },
    "present": [
        A("Helena Bergkvist", "Kristianstads kommun", "Kristianstad", "kommundirektör"),
        A("Mats Persson", "Hässleholms kommun", "Hässleholm", "kommundirektör"),
        A("Camilla Persson", "Osby kommun", "Osby", "kommundirektör"),
        A("Jonas Friberg", "Östra Göinge kommun", "Östra Göinge", "tf. kommundirektör"),
        A("Ulrika Nordqvist", "Bromölla kommun", "Bromölla", "kommundirektör"),
        A(
            "Sara Lindgren",
            "Hörby kommun",
            "Hörby",
            "biträdande kommundirektör",
            "(ersättare för Per Nilsson)",
        ),
        A("Anders Holm", "Skåne Nordost", "Skåne Nordost", "processledare"),
        A(
            "Anna-Karin Wemmert",
            "Kristianstads kommun",
            "Kristianstad",
            "utvecklingsstrateg",
            "(punkt 3)",
            [3],
        ),
        A("Lina Håkansson", "Polisen", "Polismyndigheten", "lokalpolisområdeschef", "(punkt 4)", [4]),
    ],
    "absent": [A("Per Nilsson", "Hörby kommun", "Hörby", "kommundirektör")],
    "recorded_by": {"name": "Anders Holm", "canonical_name": "Anders Holm", "role": "processledare"},
    "items": [
        I(
            1,
            "Mötets öppnande och dagordning",
            "1. Mötets öppnande och dagordning",
            persons=[
                P("Helena", "Helena Bergkvist", "Kristianstad"),
                P("Jonas Friberg", aff="Östra Göinge", role="tillförordnad kommundirektör"),
            ],
            munis=["Östra Göinge"],
            topics=["dagordning", "ny kommundirektör"],
            decisions=[
                "Dagordningen godkänns med tillägg av en punkt om vinterväghållning under övriga frågor."
            ],
            dates=[D("1 september", "2026-09-01")],
        ),
        I(
            2,
            "Föregående minnesanteckningar",
            "2. Föregående minnesanteckningar",
            topics=["föregående minnesanteckningar"],
            decisions=["Minnesanteckningarna från mötet den 12 juni läggs till handlingarna."],
            dates=[D("12 juni", "2026-06-12")],
        ),
        I(
            3,
            "Kompetensförsörjning – gemensam satsning på vård och omsorg",
            "3. Kompetensförsörjning – gemensam satsning på vård och omsorg",
            persons=[
                P(
                    "Anna-Karin Wemmert",
                    aff="Kristianstads kommun",
                    role="redovisar projektet",
                    also=["Anna-Karin"],
                ),
                P("Mats Persson", aff="Hässleholm", also=["Mats"]),
                P("Camilla Persson", aff="Osby", also=["Camilla"]),
                P("Ulrika", "Ulrika Nordqvist", "Bromölla"),
            ],
            orgs=[
                O("Kristianstads kommun", "Kristianstad", "municipality"),
                RS("Region Skåne", "Region Skånes"),
                O("Europeiska socialfonden", "Europeiska socialfonden (ESF+)", "programme", ["ESF+"]),
                O("Komvux", "Komvux", "other"),
                O("Arbetsförmedlingen", "Arbetsförmedlingen", "national_agency"),
                O(
                    "regionala samverkansgrupp för kompetensförsörjning",
                    "Regional samverkansgrupp för kompetensförsörjning (Region Skåne)",
                    "network",
                    ["regionala samverkansgruppen"],
                ),
                KDG("Kommundirektörsgruppen"),
            ],
            munis=["Kristianstad", "Hässleholm", "Osby", "Bromölla"],
            topics=[
                "kompetensförsörjning",
                "vård och omsorg",
                "validering av undersköterskor",
                "handledare",
                "styrgrupp",
            ],
            decisions=[
                "Kommundirektörsgruppen beslutar att projektets styrgrupp ska bestå av Mats Persson och Camilla Persson."
            ],
            follow_ups=[
                "Anna-Karin återkommer med en reviderad tidplan till mötet i november.",
                "Anna-Karin Wemmert tar med sig frågan till den regionala samverkansgruppen den 7 oktober.",
            ],
            bdec=["Ulrika vill att även Bromölla får del av valideringsplatserna."],
            bfol=["Mats föreslår att Hässleholm och Osby delar handledarresurser under 2027."],
            dates=[
                D("31 december 2027", "2027-12-31"),
                D("2027", "2027"),
                D("våren", "2026"),
                D("november", "2026-11"),
                D("7 oktober", "2026-10-07"),
            ],
        ),
        I(
            4,
            "Trygghet och brottsförebyggande arbete",
            "4. Trygghet och brottsförebyggande arbete",
            persons=[
                P("Lina Håkansson", aff="Polisen", role="lägesbild", also=["Lina"]),
                P("Anders Holm", aff="Skåne Nordost"),
            ],
            orgs=[
                O("Polisen", "Polismyndigheten", "national_agency"),
                O("Brottsförebyggande rådet", "Brottsförebyggande rådet", "national_agency", ["Brå"]),
                O("Länsstyrelsen Skåne", "Länsstyrelsen i Skåne län", "county_administrative_board"),
            ],
            munis=["Kristianstad"],
            topics=[
                "trygghet",
                "brottsförebyggande arbete",
                "medborgarlöften",
                "bedrägerier mot äldre",
                "samverkansöverenskommelser",
            ],
            decisions=["Gruppen ställer sig positiv till gemensamma medborgarlöften."],
            follow_ups=[
                "Anders Holm kallar säkerhetssamordnarna till ett arbetsmöte i januari 2027.",
                "Brottsförebyggande rådet (Brå) och Länsstyrelsen Skåne bjuds in till samma möte.",
            ],
            bfol=[
                "Polisen vill teckna nya medborgarlöften med alla sex kommuner inför 2027.",
                "Lina föreslår ett gemensamt arbetsmöte med kommunernas säkerhetssamordnare i början av året.",
            ],
            dates=[D("2027", "2027"), D("31 mars 2027", "2027-03-31"), D("januari 2027", "2027-01")],
        ),
        I(
            5,
            "Ekonomiskt läge inför budget 2027",
            "5. Ekonomiskt läge inför budget 2027",
            persons=[
                P("Sara Lindgren", aff="Hörby"),
                P("Per Nilsson", aff="Hörby"),
                P("Helena", "Helena Bergkvist", "Kristianstad"),
                P("Ulrika", "Ulrika Nordqvist", "Bromölla"),
            ],
            orgs=[
                O("SKR:s", "Sveriges Kommuner och Regioner", "association"),
                O(
                    "barn- och utbildningsnämnden",
                    "Barn- och utbildningsnämnden, Kristianstads kommun",
                    "other",
                ),
            ],
            munis=["Hörby", "Bromölla", "Kristianstad"],
            topics=["budget 2027", "skatteunderlag", "anställningsstopp", "försörjningsstöd"],
            follow_ups=["Helena och Ulrika tar fram ett underlag till nästa möte."],
            bdec=["Hörby och Bromölla har beslutat om anställningsstopp."],
            bfol=[
                "Sara Lindgren framför Per Nilssons önskan att gruppen jämför kostnaderna för försörjningsstöd."
            ],
            dates=[D("2027", "2027"), D("augusti", "2026-08")],
        ),
        I(
            6,
            "Skåne Nordost – verksamhetsplan 2027",
            "6. Skåne Nordost – verksamhetsplan 2027",
            persons=[P("Anders Holm", aff="Skåne Nordost", role="presenterar verksamhetsplanen")],
            orgs=[O("Skåne Nordost", "Skåne Nordost", "network"), KDG("Kommundirektörsgruppen")],
            topics=[
                "verksamhetsplan 2027",
                "medfinansiering",
                "kompetensförsörjning",
                "infrastruktur",
                "digitalisering",
            ],
            decisions=["Kommundirektörsgruppen ställer sig bakom utkastet."],
            follow_ups=[
                "Utkastet skickas till kommunstyrelsernas ordförande för synpunkter senast den 16 oktober."
            ],
            dates=[D("2027", "2027"), D("16 oktober", "2026-10-16")],
        ),
        I(
            7,
            "Övriga frågor",
            "7. Övriga frågor",
            persons=[
                P("Jonas", "Jonas Friberg", "Östra Göinge"),
                P("Mats Persson", aff="Hässleholm"),
                P("Camilla", "Camilla Persson", "Osby"),
            ],
            orgs=[
                O(
                    "Trafikverkets",
                    "Trafikverket",
                    "national_agency",
                    ["Trafikverket Region Syd", "Trafikverket"],
                ),
                RS("Region Skåne"),
            ],
            munis=["Osby"],
            topics=["vinterväghållning", "väg 19 och väg 23", "Skåneleden"],
            follow_ups=["Mats Persson kontaktar Trafikverket Region Syd för ett möte."],
            note="'Vinterväghållning:' and 'Skåneleden:' are run-in labels, not subheadings.",
        ),
        I(
            8,
            "Nästa möte",
            "8. Nästa möte",
            munis=["Hässleholm"],
            topics=["nästa möte"],
            follow_ups=["Nästa möte hålls den 13 november kl. 09.00–12.00 i Hässleholm, Kulturhuset."],
            dates=[D("13 november", "2026-11-13")],
        ),
    ],
}
check_and_write(DOC, gold)
