# ruff: noqa: E501
#!/usr/bin/env python3
"""Gold for blind set 21: hand annotation held as data, written to ../gold/<basename>.json.

usage: python3 build_gold.py   (writes the gold files, then runs check_gold.check on each)
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DRAFT = HERE.parent
GOLD = DRAFT / "gold"


def att(name, aff, canon, role=None, note=None, items=None, canonical_name=None, **extra):
    d = {
        "name": name,
        "canonical_name": canonical_name or name,
        "affiliation": aff,
        "affiliation_canonical": canon,
        "role": role,
        "note": note,
        "items_attended": items,
    }
    d.update(extra)
    return d


def per(name, canonical=None, aff=None, aff_canon=None, role="", also=None):
    d = {
        "name": name,
        "canonical_name": canonical or name,
        "affiliation": aff,
        "affiliation_canonical": aff_canon,
        "role_in_item": role,
    }
    if also:
        d["also_written"] = also
    return d


def org(surface, canonical, kind, other=None, **extra):
    d = {"surface": surface, "canonical": canonical, "kind": kind}
    if other:
        d["other_surfaces"] = other
    d.update(extra)
    return d


def muni(surface, canon, other=None):
    return org(surface, canon, "municipality", other)


def dt(surface, iso, gran, inferred=False, note=None):
    d = {"surface": surface, "iso": iso, "granularity": gran, "year_inferred": inferred}
    if note:
        d["note"] = note
    return d


def item(
    number,
    title,
    heading_raw,
    *,
    subheadings=(),
    persons=(),
    orgs=(),
    munis=(),
    topics=(),
    decisions=(),
    follow_ups=(),
    bdec=(),
    bfol=(),
    dates=(),
    places=(),
    urls=(),
    note=None,
):
    d = {
        "number": number,
        "title": title,
        "heading_raw": heading_raw,
        "subheadings": list(subheadings),
        "persons_mentioned": list(persons),
        "organisations_mentioned": list(orgs),
        "municipalities_mentioned": list(munis),
        "topics": list(topics),
        "decisions": list(decisions),
        "follow_ups": list(follow_ups),
        "borderline_decisions": list(bdec),
        "borderline_follow_ups": list(bfol),
        "dates_mentioned": list(dates),
        "urls": list(urls),
        "places_mentioned": list(places),
    }
    if note:
        d["note"] = note
    return d


SKR = "Sveriges Kommuner och Regioner"
SOSK = "Sydöstra Skånes Samarbetskommitté (SÖSK)"

# ---------------------------------------------------------------- A: SÖSK kommundirektörsgrupp
A_NAME = "minnesanteckningar_kd-gruppen_sosk_241114.txt"
A = {
    "document": A_NAME,
    "meeting": {
        "body": "Kommundirektörsgruppen inom Sydöstra Skånes Samarbetskommitté (SÖSK)",
        "date_estimate": "2024-11-14",
        "date_evidence": ["Datum: 2024-11-14"],
        "place": "Rådhuset, Skurup",
        "time": "08.30–11.45",
        "layout": "Word document saved as plain text: key/value header, 'Närvarande:' list "
        "'Name, title, municipality', numbered items '1. Title' with body on the next line, "
        "'Beslut:' run-in decisions",
    },
    "present": [
        att("Per Nilsson", "Ystads kommun", "Ystad", "kommundirektör", "(ordförande)"),
        att("Anna Nilsson", "Sjöbo kommun", "Sjöbo", "kommundirektör"),
        att("Thomas Rydell", "Skurups kommun", "Skurup", "kommundirektör"),
        att("Henrik Borg", "Tomelilla kommun", "Tomelilla", "t.f. kommundirektör"),
        att(
            "Eva Lundh",
            "Simrishamns kommun",
            "Simrishamn",
            "ekonomichef",
            "(ersättare för Malin Åkesson)",
            substitute_for="Malin Åkesson",
        ),
        att("Sara Lindgren", None, SOSK, "SÖSK-samordnare"),
        att("Jonas Ek", "Region Skåne", "Region Skåne", None, "(punkt 4)", [4]),
        att("Karin Wennerholm", "SKR", SKR, None, "(punkt 5, via Teams)", [5]),
        att(
            "Lotta Friberg",
            "Ystad-Österlenregionens miljöförbund",
            "Ystad-Österlenregionens miljöförbund",
            "förbundsdirektör",
            "(punkt 6)",
            [6],
        ),
    ],
    "absent": [att("Malin Åkesson", "Simrishamns kommun", "Simrishamn", "kommundirektör")],
    "recorded_by": {"name": "Sara Lindgren", "canonical_name": "Sara Lindgren", "role": "SÖSK-samordnare"},
    "items": [
        item(
            1,
            "Mötets öppnande och godkännande av dagordning",
            "1. Mötets öppnande och godkännande av dagordning",
            persons=[
                per("Per", "Per Nilsson", role="chair, welcomes"),
                per("Eva Lundh", role="substitute for Malin Åkesson"),
                per("Malin Åkesson", role="replaced today"),
            ],
            orgs=[muni("Skurup", "Skurup")],
            munis=["Skurup"],
            topics=["mötets öppnande", "dagordning"],
            decisions=["Dagordningen godkändes med ett tillägg under övriga frågor."],
        ),
        item(
            2,
            "Föregående minnesanteckningar",
            "2. Föregående minnesanteckningar",
            topics=["föregående minnesanteckningar"],
            decisions=["Minnesanteckningarna från mötet 2024-10-10 godkändes och lades till handlingarna."],
            dates=[dt("2024-10-10", "2024-10-10", "day")],
        ),
        item(
            3,
            "Verksamhetsplan och budget för SÖSK 2025",
            "3. Verksamhetsplan och budget för SÖSK 2025",
            persons=[
                per("Sara Lindgren", role="presents the plan"),
                per("Thomas Rydell", role="asks for more weight on safety work"),
            ],
            orgs=[
                org("SÖSK", SOSK, "network", ["SÖSK:s"]),
                org("SÖSK:s styrgrupp", "SÖSK:s styrgrupp", "other"),
                org(
                    "Kommundirektörsgruppen",
                    "Kommundirektörsgruppen SÖSK",
                    "network",
                    note="the meeting body itself",
                ),
                muni("Skurup", "Skurup"),
            ],
            munis=["Skurup"],
            topics=["verksamhetsplan 2025", "budget", "brottsförebyggande arbete", "trygghet"],
            decisions=[
                "Kommundirektörsgruppen ställer sig bakom förslaget till verksamhetsplan och budget "
                "2025 med den justering som framkom på mötet."
            ],
            follow_ups=["Förslaget lämnas till SÖSK:s styrgrupp för beslut den 5 december."],
            bdec=[
                "Gruppen delade den bedömningen.",
                "Budgeten föreslås ligga kvar på samma nivå som 2024 och fördelas mellan kommunerna efter "
                "invånarantal.",
            ],
            dates=[
                dt("1 juli 2025", "2025-07-01", "day"),
                dt("5 december", "2024-12-05", "day", True),
                dt("2024", "2024", "year"),
            ],
        ),
        item(
            4,
            "Ystadbanan och Simrishamnsbanan",
            "4. Ystadbanan och Simrishamnsbanan",
            persons=[
                per("Jonas Ek", aff="Region Skåne", aff_canon="Region Skåne", role="informs", also=["Jonas"]),
                per("Sara Lindgren", role="assigned to coordinate the joint input"),
            ],
            orgs=[
                org("Region Skåne", "Region Skåne", "region"),
                org("regionala tågstrategin", "Region Skånes regionala tågstrategi", "programme"),
                org("Trafikverkets", "Trafikverket", "national_agency"),
                org("Skånetrafiken", "Skånetrafiken", "other"),
                org(
                    "nationella planen för transportinfrastruktur",
                    "Nationell plan för transportinfrastruktur",
                    "programme",
                ),
                org("SÖSK-kommunerna", SOSK, "network", sense="member_municipalities"),
                muni("Ystad", "Ystad"),
            ],
            munis=["Ystad"],
            topics=["Ystadbanan", "Simrishamnsbanan", "tågtrafik", "åtgärdsvalsstudie", "infrastruktur"],
            decisions=[
                "Sara Lindgren får i uppdrag att samordna ett gemensamt inspel från SÖSK-kommunerna till "
                "Region Skåne senast den 31 januari 2025."
            ],
            follow_ups=["Jonas återkommer med en tidplan för åtgärdsvalsstudien till mötet i februari."],
            bdec=[
                "Gruppen betonade vikten av att kommunerna driver frågan gemensamt inför revideringen av den "
                "nationella planen för transportinfrastruktur."
            ],
            bfol=[
                "Sara Lindgren får i uppdrag att samordna ett gemensamt inspel från SÖSK-kommunerna till "
                "Region Skåne senast den 31 januari 2025.",
                "Skånetrafiken planerar för halvtimmestrafik till Ystad från tidtabellsskiftet i december 2025, "
                "förutsatt att mötesspåret vid Svarte blir klart i tid.",
            ],
            dates=[
                dt("december 2025", "2025-12", "month"),
                dt("31 januari 2025", "2025-01-31", "day"),
                dt("februari", "2025-02", "month", True),
            ],
            places=["Svarte"],
            note="'Ystadbanan'/'Simrishamnsbanan' are railway lines; compounds are not municipality mentions.",
        ),
        item(
            5,
            "Kompetensförsörjning i välfärden",
            "5. Kompetensförsörjning i välfärden",
            persons=[
                per("Karin Wennerholm", aff="SKR", aff_canon=SKR, role="presents SKR report", also=["Karin"]),
                per("Anna Nilsson", role="tells about Sjöbo's full-time work"),
                per("Henrik Borg", role="tells about Tomelilla's cooperation with the university"),
                per("Sara", "Sara Lindgren", role="receives the presentation"),
            ],
            orgs=[
                org("SKR", SKR, "association", ["SKR:s"]),
                org("Högskolan Kristianstad", "Högskolan Kristianstad", "other"),
                org("SÖSK-kommunerna", SOSK, "network", sense="member_municipalities"),
                muni("Sjöbos", "Sjöbo"),
                muni("Tomelillas", "Tomelilla"),
            ],
            munis=["Sjöbo", "Tomelilla"],
            topics=["kompetensförsörjning", "välfärden", "heltid som norm", "äldreomsorg", "rekrytering"],
            follow_ups=[
                "HR-cheferna i SÖSK-kommunerna får i uppdrag att ta fram en gemensam lägesbild till "
                "mötet den 13 februari 2025.",
                "Karin skickar presentationen till Sara som sprider den i gruppen.",
            ],
            bdec=[
                "HR-cheferna i SÖSK-kommunerna får i uppdrag att ta fram en gemensam lägesbild till "
                "mötet den 13 februari 2025.",
                "Flera kommuner ser behov av en gemensam rekryteringsinsats mot undersköterskor.",
            ],
            dates=[dt("13 februari 2025", "2025-02-13", "day")],
            places=["sydöstra Skåne"],
        ),
        item(
            6,
            "Ystad-Österlenregionens miljöförbund – budget och taxa 2025",
            "6. Ystad-Österlenregionens miljöförbund – budget och taxa 2025",
            persons=[per("Lotta Friberg", role="förbundsdirektör, informs", aff=None)],
            orgs=[
                org(
                    "Ystad-Österlenregionens miljöförbund",
                    "Ystad-Österlenregionens miljöförbund",
                    "municipal_federation",
                ),
                org(
                    "förbundsdirektionen", "Ystad-Österlenregionens miljöförbunds förbundsdirektion", "other"
                ),
                muni("Ystad", "Ystad"),
                muni("Simrishamn", "Simrishamn"),
                muni("Tomelilla", "Tomelilla"),
                muni("Sjöbo", "Sjöbo"),
                muni("Skurup", "Skurup"),
            ],
            munis=["Ystad", "Simrishamn", "Tomelilla", "Sjöbo", "Skurup"],
            topics=["miljöförbundets budget", "taxa för livsmedelskontroll", "timtaxa"],
            follow_ups=[
                "Ärendet behandlas i förbundsdirektionen den 28 november och går därefter till respektive "
                "kommunfullmäktige.",
                "Kommundirektörerna i Ystad, Simrishamn och Tomelilla stämmer av tidplanen med sina "
                "ekonomichefer.",
            ],
            dates=[dt("28 november", "2024-11-28", "day", True), dt("2025", "2025", "year")],
        ),
        item(
            7,
            "Rapporter från nätverken",
            "7. Rapporter från nätverken",
            orgs=[
                org("Socialchefsnätverket", "SÖSK:s socialchefsnätverk", "network"),
                org("Skolchefsnätverket", "SÖSK:s skolchefsnätverk", "network"),
                org("Trygghetsnätverket", "SÖSK:s trygghetsnätverk", "network"),
                org("Polisen", "Polismyndigheten", "national_agency"),
            ],
            topics=[
                "familjehemsutredningar",
                "gemensam upphandling",
                "förskolans kompetensutveckling",
                "brottsförebyggande arbete",
            ],
            follow_ups=[
                "Ett förslag väntas under våren 2025.",
                "Gemensam kompetensutveckling för förskolans personal planeras till augusti 2025.",
                "En gemensam lägesbild tas fram under första kvartalet 2025.",
            ],
            bfol=["Arbetet med en gemensam upphandling av familjehemsutredningar fortsätter."],
            dates=[
                dt("våren 2025", "2025", "season"),
                dt("augusti 2025", "2025-08", "month"),
                dt("första kvartalet 2025", "2025-01/2025-03", "range"),
            ],
            note="The network names are run-in labels ending in ':' on the line of their text, not subheadings.",
        ),
        item(
            8,
            "Övriga frågor",
            "8. Övriga frågor",
            persons=[
                per("Henrik", "Henrik Borg", role="informs about the recruitment"),
                per("Anna", "Anna Nilsson", role="raises winter roads"),
            ],
            orgs=[muni("Tomelilla", "Tomelilla")],
            munis=["Tomelilla"],
            topics=["rekrytering av kommundirektör", "vinterväghållning", "beredskap"],
            follow_ups=["Frågan tas upp på nästa möte."],
            bfol=[
                "Henrik informerade om att rekryteringen av ny kommundirektör i Tomelilla pågår och beräknas "
                "vara klar i februari."
            ],
            dates=[dt("februari", "2025-02", "month", True)],
        ),
        item(
            9,
            "Nästa möte",
            "9. Nästa möte",
            orgs=[muni("Sjöbo", "Sjöbo")],
            munis=["Sjöbo"],
            topics=["nästa möte"],
            follow_ups=["Torsdag den 12 december 2024 kl. 08.30–11.30 i Sjöbo."],
            bfol=["Mötet avslutas med gemensam lunch."],
            dates=[dt("12 december 2024", "2024-12-12", "day")],
        ),
    ],
}

# ---------------------------------------------------------------- B: Region Östergötland samverkansgrupp
B_NAME = "minnesanteckningar_samverkansgrupp_kompetensforsorjning_2025-02-06.txt"
RO = "Region Östergötland"
LST_E = "Länsstyrelsen i Östergötlands län"
B = {
    "document": B_NAME,
    "meeting": {
        "body": "Strategisk samverkansgrupp för kompetensförsörjning i Östergötland (Region Östergötland)",
        "date_estimate": "2025-02-06",
        "date_evidence": ["2025-02-06", "Tid: 6 februari 2025, kl. 09.00–12.00"],
        "place": "Regionens hus, Linköping",
        "time": "09.00–12.00",
        "layout": "region's Word template exported to PDF and converted with pdftotext (default mode): "
        "header cells one per line, page headers repeated after form feeds, wrapped lines, "
        "'Närvarande'/'Förhinder' lists, numbered items",
    },
    "present": [
        att("Lena Forsberg", RO, RO, "ordförande"),
        att("Mikael Strand", RO, RO),
        att("Johan Karlsson", "Norrköpings kommun", "Norrköping"),
        att("Helena Bjurström", "Linköpings kommun", "Linköping"),
        att("Ola Sundqvist", "Motala kommun", "Motala"),
        att("Fatima Alic", "Finspångs kommun", "Finspång"),
        att("Peter Dahl", "Mjölby kommun", "Mjölby", None, "(punkt 1–3)", [1, 2, 3]),
        att("Emma Karlsson", "Arbetsförmedlingen", "Arbetsförmedlingen"),
        att("Ingrid Wallin", "Linköpings universitet", "Linköpings universitet"),
        att("Sofie Holm", "Länsstyrelsen Östergötland", LST_E),
        att("Daniel Fransson", "Östsvenska Handelskammaren", "Östsvenska Handelskammaren"),
        att("Karin Wennerholm", "Sveriges Kommuner och Regioner", SKR, None, "(digitalt, punkt 2)", [2]),
    ],
    "absent": [
        att("Anders Lövgren", "Vadstena kommun", "Vadstena"),
        att("Maria Sjöberg", "Åtvidabergs kommun", "Åtvidaberg"),
    ],
    "recorded_by": {"name": "Mikael Strand", "canonical_name": "Mikael Strand", "role": None},
    "items": [
        item(
            1,
            "Inledning och föregående anteckningar",
            "1. Inledning och föregående anteckningar",
            persons=[
                per("Lena Forsberg", role="chair, welcomes"),
                per("Sofie Holm", role="new representative of the county board"),
            ],
            orgs=[org("Länsstyrelsen Östergötland", LST_E, "county_administrative_board")],
            topics=["inledning", "ny representant", "föregående anteckningar"],
            decisions=["Anteckningarna från mötet den 21 november 2024 godkändes."],
            dates=[dt("21 november 2024", "2024-11-21", "day")],
        ),
        item(
            2,
            "Välfärdens kompetensförsörjning – nationell utblick",
            "2. Välfärdens kompetensförsörjning – nationell utblick",
            persons=[
                per("Karin Wennerholm", aff="SKR", aff_canon=SKR, role="presents", also=["Karin"]),
                per("Johan", "Johan Karlsson", role="Norrköping's view"),
                per("Ingrid Wallin", role="LiU nursing places"),
                per("Mikael", "Mikael Strand", role="distributes the presentation"),
            ],
            orgs=[
                org("SKR", SKR, "association"),
                org("Linköpings universitet", "Linköpings universitet", "other"),
                muni("Norrköping", "Norrköping"),
            ],
            munis=["Norrköping"],
            topics=[
                "kompetensförsörjning i välfärden",
                "äldreomsorg",
                "undersköterskor",
                "sjuksköterskeutbildning",
            ],
            follow_ups=["Karin skickar presentationen till Mikael som sprider den till gruppen."],
            bfol=[
                "Ingrid Wallin berättade att Linköpings universitet utökar antalet platser på "
                "sjuksköterskeprogrammet från hösten 2025."
            ],
            dates=[dt("hösten 2025", "2025", "season")],
            note="The page header after this item (Region Östergötland, 2025-02-06, RUN 2025-00041, 2(3)) is "
            "page furniture, not item content.",
        ),
        item(
            3,
            "Lägesrapport Kompetensplattform Östergötland",
            "3. Lägesrapport Kompetensplattform Östergötland",
            persons=[per("Mikael Strand", role="reports; completes the action plan")],
            orgs=[
                org(
                    "Kompetensplattform Östergötland",
                    "Kompetensplattform Östergötland",
                    "programme",
                    ["regionala kompetensplattformen"],
                ),
                org("Svenska ESF-rådet", "Svenska ESF-rådet", "national_agency"),
                org("Östgöta kompetensnav", "Östgöta kompetensnav (ESF-projekt)", "programme"),
                org(
                    "regionala utvecklingsstrategin",
                    "Regional utvecklingsstrategi för Östergötland (RUS)",
                    "programme",
                    ["utvecklingsstrategin"],
                ),
            ],
            topics=["kompetensplattform", "kompetensbehovsanalys", "ESF-ansökan", "handlingsplan 2025"],
            decisions=["Samverkansgruppen ställer sig bakom den reviderade handlingsplanen för 2025."],
            follow_ups=[
                "Den regionala kompetensbehovsanalysen publiceras i april 2025.",
                "Ansökan till Svenska ESF-rådet om projektet Östgöta kompetensnav lämnades in den "
                "10 december 2024 och besked väntas i maj.",
                "Mikael Strand kompletterar handlingsplanen med kopplingen till utvecklingsstrategin "
                "inför nästa möte.",
            ],
            bdec=[
                "Gruppen diskuterade handlingsplanen för 2025 och framförde att kopplingen till den regionala "
                "utvecklingsstrategin behöver bli tydligare."
            ],
            dates=[
                dt("april 2025", "2025-04", "month"),
                dt("10 december 2024", "2024-12-10", "day"),
                dt("maj", "2025-05", "month", True),
            ],
        ),
        item(
            4,
            "Regionalt yrkesvux",
            "4. Regionalt yrkesvux",
            persons=[
                per(
                    "Helena Bjurström",
                    aff="Linköpings kommun",
                    aff_canon="Linköping",
                    role="informs",
                    also=["Helena"],
                ),
                per("Fatima Alic", role="asks for distance places"),
                per("Peter Dahl", role="agrees"),
            ],
            orgs=[muni("Linköpings kommun", "Linköping"), org("Skolverket", "Skolverket", "national_agency")],
            munis=["Linköping"],
            topics=["regionalt yrkesvux", "vuxenutbildning", "samverkansavtal", "statsbidrag"],
            decisions=[
                "Gruppen enades om att föreslå att nuvarande samverkansavtal förlängs till och med 2026."
            ],
            follow_ups=[
                "Ansökan om statsbidrag till Skolverket ska vara inne senast den 3 mars 2025.",
                "Helena tar frågan vidare till länets vuxenutbildningschefer.",
            ],
            bdec=[
                "Fatima Alic framförde att de mindre kommunerna behöver fler utbildningsplatser på distans.",
                "Peter Dahl instämde.",
            ],
            dates=[dt("3 mars 2025", "2025-03-03", "day"), dt("2026", "2026", "year")],
            places=["Östergötland"],
        ),
        item(
            5,
            "Omvärldsbevakning",
            "5. Omvärldsbevakning",
            persons=[
                per(
                    "Emma Karlsson", aff="Arbetsförmedlingen", aff_canon="Arbetsförmedlingen", role="informs"
                ),
                per(
                    "Daniel Fransson",
                    aff="Östsvenska Handelskammaren",
                    aff_canon="Östsvenska Handelskammaren",
                    role="informs",
                ),
                per("Sofie Holm", aff="Länsstyrelsen", aff_canon=LST_E, role="informs"),
                per("Ola Sundqvist", aff="Motala", aff_canon="Motala", role="informs"),
            ],
            orgs=[
                org("Arbetsförmedlingen", "Arbetsförmedlingen", "national_agency"),
                org("Östsvenska Handelskammaren", "Östsvenska Handelskammaren", "association"),
                org("Länsstyrelsen", LST_E, "county_administrative_board", ["länsstyrelsen"]),
                muni("Finspång", "Finspång"),
                muni("Motala", "Motala"),
            ],
            munis=["Finspång", "Motala"],
            topics=[
                "varsel",
                "tillverkningsindustri",
                "kompetensbrist",
                "höjd beredskap",
                "logistiketablering",
            ],
            follow_ups=["Kommunerna kommer att få en enkät under mars."],
            dates=[dt("mars", "2025-03", "month", True)],
            note="'Arbetsförmedlingen:', 'Östsvenska Handelskammaren:', 'Länsstyrelsen:' and 'Motala:' are "
            "run-in labels, not subheadings; 'under hösten' (autumn 2024) is a season without year.",
        ),
        item(
            6,
            "Nästa möte",
            "6. Nästa möte",
            orgs=[muni("Norrköping", "Norrköping")],
            munis=["Norrköping"],
            topics=["mötestider 2025"],
            follow_ups=[
                "Nästa möte hålls den 8 maj 2025 kl. 09.00–12.00 i Norrköping.",
                "Övriga mötestider under 2025 är den 18 september och den 27 november.",
            ],
            dates=[
                dt("8 maj 2025", "2025-05-08", "day"),
                dt("18 september", "2025-09-18", "day", True),
                dt("27 november", "2025-11-27", "day", True),
                dt("2025", "2025", "year"),
            ],
        ),
    ],
}

# ---------------------------------------------------------------- C: Käppalaförbundet protokoll
C_NAME = "protokoll_forbundsstyrelsen_kappalaforbundet_2025-03-20.txt"
KF = "Käppalaförbundet"
FS = org(
    "Förbundsstyrelsen",
    "Käppalaförbundets förbundsstyrelse",
    "other",
    ["Förbundsstyrelsens", "förbundsstyrelsen"],
    note="the meeting body itself",
)
BESLUT = "Förbundsstyrelsens beslut"


def fs():
    """The board's self-mention; fit_self_mentions() keeps only the surfaces present in each item."""
    return dict(FS, other_surfaces=list(FS["other_surfaces"]))


def fit_self_mentions(doc: dict) -> None:
    import check_gold

    raw = (DRAFT / doc["document"]).read_text(encoding="utf-8")
    sp, _ = check_gold.spans(raw, doc)
    forms = [FS["surface"], *FS["other_surfaces"]]
    for it in doc["items"]:
        text = check_gold.ws(sp[it["number"]])
        for o in it["organisations_mentioned"]:
            if o["canonical"] == FS["canonical"]:
                found = [f for f in forms if check_gold.has(text, f)]
                o["surface"], o["other_surfaces"] = found[0], found[1:]
                if not o["other_surfaces"]:
                    del o["other_surfaces"]


def pol(name, muni_name, party, role=None, note=None, items=None):
    return att(name, muni_name, muni_name, role, note, items, party=party)


C = {
    "document": C_NAME,
    "meeting": {
        "body": "Käppalaförbundet, förbundsstyrelsen",
        "date_estimate": "2025-03-20",
        "date_evidence": ["Sammanträdesdatum", "2025-03-20"],
        "place": "Käppalaverket, Lidingö",
        "time": "16.00–17.35",
        "layout": "municipal-style protocol (Word/case system -> PDF) converted with pdftotext: first page "
        "with label/value cells one per line (Beslutande, Ersättare, Övriga närvarande, "
        "Justerare, Underskrifter, ANSLAG/BEVIS), page headers after form feeds, items "
        "'§ 12' on their own line with the title on the next, 'Dnr' lines, standard "
        "sub-headings, numbered decision points",
    },
    "present": [
        pol("Lars Eriksson", "Täby", "M", "ordförande"),
        pol("Eva Eriksson", "Solna", "S", "vice ordförande"),
        pol("Gunnar Hedlund", "Lidingö", "M"),
        pol("Birgitta Sand", "Danderyd", "C"),
        pol("Ahmed Yousef", "Sigtuna", "S"),
        pol(
            "Maria Holm",
            "Sollentuna",
            "S",
            "tjänstgörande ersättare",
            "tjänstgörande ersättare för Kent Ahlberg (S)",
        ),
        pol("Jan-Erik Lund", "Upplands Väsby", "M"),
        pol("Sofia Nyberg", "Upplands-Bro", "KD"),
        pol("Roger Blom", "Vallentuna", "SD", None, "§§ 14–21", list(range(14, 22))),
        pol("Mats Ståhl", "Vaxholm", "L"),
        pol("Pernilla Åström", "Österåker", "M"),
        pol("Kjell Berg", "Täby", "S", "ersättare"),
        pol("Linnéa Roos", "Solna", "V", "ersättare"),
        att("Helena Strömberg", None, KF, "förbundsdirektör"),
        att("Mattias Öhman", None, KF, "ekonomichef", "§§ 14–15", [14, 15]),
        att("Karl Lindqvist", "PwC", "PwC", None, "§ 18", [18]),
        att("Cecilia Dahl", None, KF, "förbundsjurist"),
    ],
    "absent": [
        att(
            "Kent Ahlberg",
            None,
            "Sollentuna",
            None,
            None,
            party="S",
            absence_evidence="Maria Holm (S), Sollentuna, tjänstgörande ersättare för Kent Ahlberg (S)",
        ),
    ],
    "recorded_by": {"name": "Cecilia Dahl", "canonical_name": "Cecilia Dahl", "role": "Sekreterare"},
    "items": [
        item(
            12,
            "Val av justerare",
            "§ 12\nVal av justerare",
            subheadings=[BESLUT],
            persons=[per("Eva Eriksson", role="elected to check the minutes")],
            orgs=[fs()],
            topics=["justering av protokoll"],
            decisions=[
                "Förbundsstyrelsen utser Eva Eriksson (S) att jämte ordföranden justera dagens protokoll."
            ],
            follow_ups=["Justeringen äger rum den 26 mars 2025."],
            dates=[dt("26 mars 2025", "2025-03-26", "day")],
        ),
        item(
            13,
            "Godkännande av dagordning",
            "§ 13\nGodkännande av dagordning",
            subheadings=[BESLUT],
            orgs=[fs()],
            topics=["dagordning"],
            decisions=[
                "Förbundsstyrelsen godkänner dagordningen med tillägget att ärendet om informationssäkerhet "
                "behandlas före delegationsbesluten."
            ],
        ),
        item(
            14,
            "Årsredovisning 2024",
            "§ 14\nÅrsredovisning 2024",
            subheadings=["Ärendebeskrivning", BESLUT],
            persons=[per("Mattias Öhman", role="presents the matter")],
            orgs=[
                fs(),
                org("Käppalaförbundet", KF, "municipal_federation"),
                org("förbundsfullmäktige", "Käppalaförbundets förbundsfullmäktige", "other"),
            ],
            topics=["årsredovisning 2024", "resultat", "energikostnader"],
            decisions=[
                "Förbundsstyrelsen föreslår förbundsfullmäktige att godkänna årsredovisningen för 2024."
            ],
            dates=[dt("2024", "2024", "year")],
            places=["Käppalaverket"],
        ),
        item(
            15,
            "Överföring av investeringsmedel från 2024 till 2025",
            "§ 15\nÖverföring av investeringsmedel från 2024 till 2025",
            subheadings=["Ärendebeskrivning", BESLUT],
            orgs=[fs()],
            topics=["investeringsmedel", "ombudgetering", "biologisk rening"],
            decisions=[
                "Förbundsstyrelsen godkänner att 38,5 miljoner kronor av ej förbrukade investeringsmedel "
                "2024 förs över till 2025.",
                "Förbundsstyrelsen uppdrar åt förbundsdirektören att redovisa investeringsprojektens utfall i "
                "samband med delårsrapporten per den 31 augusti 2025.",
            ],
            bdec=["Förbundet föreslår att medlen förs över till 2025."],
            bfol=[
                "Förbundsstyrelsen uppdrar åt förbundsdirektören att redovisa investeringsprojektens utfall i "
                "samband med delårsrapporten per den 31 augusti 2025."
            ],
            dates=[dt("31 augusti 2025", "2025-08-31", "day")],
            note="The decision points are numbered '1.'/'2.' inside the §; they are not items.",
        ),
        item(
            16,
            "Utbyggnad av Käppalaverket – lägesrapport",
            "§ 16\nUtbyggnad av Käppalaverket – lägesrapport",
            subheadings=["Ärendebeskrivning", BESLUT],
            persons=[per("Helena Strömberg", role="informs")],
            orgs=[
                fs(),
                org(
                    "Mark- och miljödomstolen vid Nacka tingsrätt",
                    "Mark- och miljödomstolen vid Nacka tingsrätt",
                    "other",
                ),
                org(
                    "Länsstyrelsen i Stockholms län",
                    "Länsstyrelsen i Stockholms län",
                    "county_administrative_board",
                ),
                org("Mark- och miljööverdomstolen", "Mark- och miljööverdomstolen", "other"),
            ],
            topics=[
                "utbyggnad av Käppalaverket",
                "tillståndsdom",
                "utsläppsvillkor",
                "kväve och fosfor",
                "överklagande",
            ],
            decisions=["Förbundsstyrelsen lägger informationen till handlingarna."],
            dates=[dt("14 februari 2025", "2025-02-14", "day"), dt("2030", "2030", "year")],
            places=["Käppalaverket"],
        ),
        item(
            17,
            "Internkontrollplan 2025",
            "§ 17\nInternkontrollplan 2025",
            subheadings=["Ärendebeskrivning", BESLUT],
            orgs=[fs()],
            topics=["internkontrollplan", "risk- och väsentlighetsanalys"],
            decisions=["Förbundsstyrelsen fastställer internkontrollplanen för 2025."],
            dates=[dt("2025", "2025", "year")],
        ),
        item(
            18,
            "Svar på revisionens granskning av informationssäkerhet",
            "§ 18\nSvar på revisionens granskning av informationssäkerhet",
            subheadings=["Ärendebeskrivning", "Beslutsunderlag", "Yrkanden", BESLUT, "Beslutet skickas till"],
            persons=[
                per("Karl Lindqvist", aff="PwC", aff_canon="PwC", role="presents the audit"),
                per("Ahmed Yousef", role="moves an amendment", also=["Ahmed Yousefs"]),
            ],
            orgs=[
                fs(),
                org("PwC", "PwC", "company"),
                org(
                    "Revisorerna",
                    "Käppalaförbundets revisorer",
                    "other",
                    ["förbundets revisorer", "Förbundets revisorer"],
                ),
            ],
            topics=["informationssäkerhet", "revisionsgranskning", "kontinuitetsplan", "cyberangrepp"],
            decisions=[
                "Förbundsstyrelsen antar förvaltningens svar med den komplettering som framgår av yrkandet."
            ],
            follow_ups=[
                "Förbundsdirektören ska presentera kontinuitetsplanen för förbundsstyrelsen senast i "
                "oktober 2025."
            ],
            bdec=[
                "Ahmed Yousef (S) yrkar att svaret kompletteras med en tidplan för kontinuitetsplanen.",
                "Ordföranden finner att förbundsstyrelsen bifaller Ahmed Yousefs yrkande.",
            ],
            dates=[
                dt("hösten 2024", "2024", "season"),
                dt("2025-02-28", "2025-02-28", "day"),
                dt("december 2024", "2024-12", "month"),
                dt("oktober 2025", "2025-10", "month"),
            ],
            note="The page header before § 19 is page furniture, not item content.",
        ),
        item(
            19,
            "Anmälan av delegationsbeslut",
            "§ 19\nAnmälan av delegationsbeslut",
            subheadings=[BESLUT],
            orgs=[fs()],
            topics=["delegationsbeslut"],
            decisions=[
                "Förbundsstyrelsen lägger redovisningen av delegationsbeslut för perioden 2025-01-15 – "
                "2025-03-05 till handlingarna."
            ],
            dates=[dt("2025-01-15 – 2025-03-05", "2025-01-15/2025-03-05", "range")],
        ),
        item(
            20,
            "Förbundsdirektören informerar",
            "§ 20\nFörbundsdirektören informerar",
            subheadings=[BESLUT],
            persons=[per("Helena Strömberg", role="informs")],
            orgs=[fs(), org("Svenskt Vattens", "Svenskt Vatten", "association")],
            topics=["driftläge", "bräddning", "slamhantering", "rekrytering av driftchef"],
            decisions=["Förbundsstyrelsen lägger informationen till handlingarna."],
            dates=[dt("februari", "2025-02", "month", True), dt("sommaren", "2025", "season", True)],
            places=["Käppalaverket"],
        ),
        item(
            21,
            "Övriga frågor",
            "§ 21\nÖvriga frågor",
            persons=[per("Birgitta Sand", role="asks about PFAS"), per("Helena Strömberg", role="answers")],
            topics=["PFAS", "avloppsvatten"],
            follow_ups=["Helena Strömberg svarar att mätningarna redovisas den 22 maj 2025."],
            dates=[dt("22 maj 2025", "2025-05-22", "day")],
        ),
    ],
}


def main() -> int:
    import check_gold

    GOLD.mkdir(exist_ok=True)
    status = 0
    for doc in (A, B, C):
        if doc is C:
            fit_self_mentions(doc)
        out = GOLD / (Path(doc["document"]).stem + ".json")
        out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        errs = check_gold.check(DRAFT / doc["document"], doc)
        for e in errs:
            print(f"{doc['document']}: {e}")
        status |= bool(errs)
        print(
            f"wrote {out.name}: {len(doc['items'])} items, {len(doc['present'])} present, "
            f"{len(errs)} problems"
        )
    return status


if __name__ == "__main__":
    raise SystemExit(main())
