# ruff: noqa
"""Gold for regionsormland_kollektivtrafik_2026-05-20.txt (Region Sörmland, samverkansgrupp kollektivtrafik)."""

# ruff: noqa: E501  (verbatim quotes from the minutes are kept on one line each)
from goldlib import A, D, O, P, item, write

NAME = "regionsormland_kollektivtrafik_2026-05-20.txt"
RS = "Region Sörmland"
ST = "Sörmlandstrafiken"
TRV = "Trafikverket"

heads = [
    "1   Välkomna och föregående minnesanteckningar",
    "2   Trafikförsörjningsprogram för Sörmland 2027–2030",
    "3   Tågtrafiken – banarbeten och tågplan 2027",
    "4   Anropsstyrd trafik på landsbygden",
    "5   Samordning av skolskjuts och linjetrafik",
    "6   Övriga frågor",
    "7   Nästa möte",
]


def T(h):
    return h.split("   ", 1)[1]


def M(surface, short):
    return O(surface, short, "municipality")


doc = {
    "document": NAME,
    "meeting": {
        "body": "Region Sörmlands regionala samverkansgrupp för kollektivtrafik",
        "date_estimate": "2026-05-20",
        "date_evidence": ["Datum: 2026-05-20"],
        "place": "Regionhuset, Nyköping",
        "layout": "PDF minutes converted with pdftotext -layout: running page header with "
        "page number 'n (3)', two-column attendance table Namn/Organisation, "
        "Word-numbered headings '1   Title', form feeds between pages",
    },
    "present": [
        A("Anna Berglund", RS, RS, role="ordförande"),
        A("Karl Nyström", RS, RS, role="sekreterare"),
        A("Maria Holm", ST, ST),
        A("Jenny Lund", "Eskilstuna kommun", "Eskilstuna"),
        A("Oskar Lund", "Nyköpings kommun", "Nyköping"),
        A("Birgitta Sjöberg", "Katrineholms kommun", "Katrineholm"),
        A("Ahmed Hassan", "Strängnäs kommun", "Strängnäs", note="(punkt 1–4)", items=[1, 2, 3, 4]),
        A("Lisa Forsberg", "Flens kommun", "Flen"),
        A("Daniel Persson", "Trosa kommun", "Trosa", note="ersättare för Eva Granström"),
        A("Mats Engström", "Oxelösunds kommun", "Oxelösund"),
        A("Helena Wallin", "Gnesta kommun", "Gnesta", note="(via Teams)"),
        A("Peter Dahl", TRV, TRV, note="(punkt 3)", items=[3]),
    ],
    "absent": [
        A("Eva Granström", "Trosa kommun", "Trosa"),
        A("Rolf Ahlin", "Vingåkers kommun", "Vingåker"),
    ],
    "recorded_by": {"name": "Karl Nyström", "canonical_name": "Karl Nyström", "role": "sekreterare"},
    "items": [
        item(
            1,
            heads[0],
            T(heads[0]),
            persons=[
                P("Anna Berglund", role="hälsar välkommen"),
                P("Daniel Persson", role="ny ersättare, presenterar sig"),
                P("Eva Granström", role="ersätts under föräldraledighet"),
            ],
            topics=["välkomnande", "föregående minnesanteckningar", "ny ledamot"],
            decisions=["Minnesanteckningarna från den 18 februari godkändes."],
            dates=[D("18 februari", "2026-02-18", "day", True)],
        ),
        item(
            2,
            heads[1],
            T(heads[1]),
            persons=[
                P("Karl Nyström", role="presenterar"),
                P("Jenny Lund", role="synpunkt om stadstrafiken i Eskilstuna"),
                P("Oskar", "Oskar Lund", role="synpunkt om Ostlänken"),
            ],
            orgs=[
                O("Region Sörmland", RS, "region"),
                O(
                    "Trafikförsörjningsprogram för Sörmland 2027–2030",
                    "Trafikförsörjningsprogram för Sörmland 2027–2030",
                    "programme",
                    other=["regionala trafikförsörjningsprogrammet"],
                ),
                M("Katrineholm", "Katrineholm"),
                M("Flen", "Flen"),
                M("Eskilstuna", "Eskilstuna"),
                M("Nyköping", "Nyköping"),
                O("Ostlänken", "Ostlänken", "programme"),
                O("Regionfullmäktige", "Region Sörmlands regionfullmäktige", "other"),
            ],
            munis=["Katrineholm", "Flen", "Eskilstuna", "Nyköping"],
            places=["Sörmland", "Norrköping", "Stockholm"],
            topics=[
                "trafikförsörjningsprogram",
                "regional kollektivtrafikmyndighet",
                "pendling",
                "stadstrafik",
                "remiss",
            ],
            follow_ups=[
                "Programmet skickas på remiss till kommunerna den 15 juni.",
                "Kommunerna lämnar sina yttranden senast\nden 30 september 2026.",
                "Regionfullmäktige planeras fatta beslut om programmet i februari 2027.",
            ],
            bdec=[
                "Målet om att kollektivtrafikens andel av\nresorna ska öka till 25 procent 2030 ligger kvar."
            ],
            dates=[
                D("2027–2030", "2027/2030", "range"),
                D("hösten 2025", "2025", "season"),
                D("2030", "2030", "year"),
                D("15 juni", "2026-06-15", "day", True),
                D("30 september 2026", "2026-09-30", "day"),
                D("februari 2027", "2027-02", "month"),
            ],
        ),
        item(
            3,
            heads[2],
            T(heads[2]),
            persons=[
                P("Peter Dahl", aff=TRV, affc=TRV, role="informerar om banarbeten"),
                P("Maria Holm", role="informerar; skickar kommunikationsunderlag", also=["Maria"]),
            ],
            orgs=[
                O("Trafikverket", TRV, "national_agency"),
                O("Mälartåg", "Mälartåg", "other"),
                O("Mälardalstrafik MÄLAB", "Mälardalstrafik MÄLAB AB", "company"),
                O("Sörmlandstrafiken", ST, "company"),
                M("Strängnäs", "Strängnäs"),
                M("Eskilstuna", "Eskilstuna"),
                M("Katrineholm", "Katrineholm"),
            ],
            munis=["Strängnäs", "Eskilstuna", "Katrineholm"],
            places=["Svealandsbanan", "Nyköpingsbanan"],
            topics=["banarbeten", "tågplan", "ersättningsbussar", "Mälartåg", "resenärsinformation"],
            follow_ups=[
                "Svealandsbanan stängs mellan\nSträngnäs och Eskilstuna 3–16 augusti, och ersättningsbussar sätts in.",
                "Tågplanen fastställs av\nTrafikverket i september.",
                "Sörmlandstrafiken och kommunerna samordnar informationen och Maria skickar ut ett\nkommunikationsunderlag senast den 15 juni.",
            ],
            bdec=[
                "Gruppen konstaterade att informationen till resenärerna inför avstängningen behöver komma ut i god\ntid."
            ],
            bfu=[
                "På Nyköpingsbanan pågår\narbeten under hösten med kvällsavstängningar.",
                "Maria Holm berättade att Mälartåg, som Mälardalstrafik MÄLAB upphandlar, planerar för oförändrad\ntrafik i tågplan 2027 men att ett par avgångar till Katrineholm kan flyttas.",
            ],
            dates=[
                D("3–16 augusti", "2026-08-03/2026-08-16", "range", True),
                D("hösten", "2026", "season", True),
                D("september", "2026-09", "month", True),
                D("15 juni", "2026-06-15", "day", True),
            ],
        ),
        item(
            4,
            heads[3],
            T(heads[3]),
            persons=[
                P("Lisa Forsberg", role="redovisar erfarenheter"),
                P("Anna", "Anna Berglund", role="tar kontakt med Vingåker"),
                P("Rolf Ahlin", role="Vingåkers representant"),
            ],
            orgs=[
                M("Flens kommun", "Flen"),
                M("Vingåker", "Vingåker"),
                O(
                    "regionens kollektivtrafikberedning",
                    "Region Sörmlands kollektivtrafikberedning",
                    "other",
                    other=["kollektivtrafikberedning"],
                ),
            ],
            munis=["Flen", "Vingåker"],
            topics=["anropsstyrd trafik", "landsbygdstrafik", "försöksverksamhet"],
            follow_ups=[
                "Anna tar kontakt med\nRolf Ahlin inför nästa möte.",
                "Frågan\nlyfts till regionens kollektivtrafikberedning den 9 juni för beslut.",
            ],
            bdec=[
                "Gruppen föreslår att försöket förlängs till och med juni 2027 och utvidgas till Vingåker."
            ],
            dates=[
                D("augusti 2025", "2025-08", "month"),
                D("juni 2027", "2027-06", "month"),
                D("9 juni", "2026-06-09", "day", True),
            ],
        ),
        item(
            5,
            heads[4],
            T(heads[4]),
            persons=[P("Birgitta Sjöberg", role="tar upp frågan"), P("Mats Engström", role="tar upp frågan")],
            orgs=[
                M("Katrineholm", "Katrineholm"),
                M("Oxelösund", "Oxelösund"),
                O("Sörmlandstrafiken", ST, "company"),
            ],
            munis=["Katrineholm", "Oxelösund"],
            topics=["skolskjuts", "samordning med linjetrafik", "arbetsgrupp"],
            decisions=[
                "Gruppen enades om att bilda en arbetsgrupp för samordning av skolskjuts med representanter från\nKatrineholm, Oxelösund och Sörmlandstrafiken."
            ],
            follow_ups=["Arbetsgruppen redovisar ett förslag vid mötet i\noktober."],
            dates=[D("oktober", "2026-10", "month", True)],
            note="The span ends with the running page header of page 3 (Region Sörmland, Datum: "
            "2026-05-20): page furniture, not annotated. Item 2 likewise holds the page-2 header.",
        ),
        item(
            6,
            heads[5],
            T(heads[5]),
            persons=[
                P("Helena Wallin", role="frågar om laddstationer"),
                P("Karl", "Karl Nyström", role="återkommer med svar"),
            ],
            orgs=[M("Gnesta", "Gnesta")],
            munis=["Gnesta"],
            topics=["laddstationer för elbussar", "sommartidtabell"],
            follow_ups=["Karl\nåterkommer med svar per e-post."],
            bfu=["Sommartidtabellen gäller från den 21 juni till den 16 augusti."],
            dates=[D("21 juni", "2026-06-21", "day", True), D("16 augusti", "2026-08-16", "day", True)],
        ),
        item(
            7,
            heads[6],
            T(heads[6]),
            orgs=[M("Eskilstuna", "Eskilstuna")],
            munis=["Eskilstuna"],
            topics=["nästa möte"],
            follow_ups=["Nästa möte hålls den 7 oktober 2026 kl. 13.00–16.00 i Eskilstuna."],
            dates=[D("7 oktober 2026", "2026-10-07", "day")],
        ),
    ],
}

if __name__ == "__main__":
    write(doc, NAME, heads, "Vid anteckningarna")
