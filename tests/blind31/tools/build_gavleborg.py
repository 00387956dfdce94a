# ruff: noqa
# ruff: noqa: E501
"""Gold for regiongavleborg_folkhalsa_2026-04-22.txt (Region Gävleborg's regional group, Word export)."""

from __future__ import annotations

from goldlib import att, dt, item, org, per, write

SELF = "Regional samverkansgrupp för folkhälsa och social hållbarhet"
LST = "Länsstyrelsen i Gävleborgs län"
RG = "Region Gävleborg"


def muni(surface, canon, others=None):
    return org(surface, canon, "municipality", others)


doc = {
    "document": "regiongavleborg_folkhalsa_2026-04-22.txt",
    "meeting": {
        "body": SELF + " (Region Gävleborg)",
        "date_estimate": "2026-04-22",
        "date_evidence": ["Onsdag 22 april 2026"],
        "place": "Regionens hus, Gävle, samt via Teams",
        "layout": "Word document saved as plain text: 'Label:<TAB>value' header, attendance grouped "
        "by organisation ('Org: Name, Name'), auto-numbered items '1.<TAB>Title', "
        "Word bullets '•<TAB>', 'Vid pennan' at the end",
    },
    "present": [
        att("Ulrika Sjöberg", "Region Gävleborg", RG, "sammankallande"),
        att("Tove Lindgren", "Region Gävleborg", RG, "folkhälsovetare"),
        att("Henrik Mattsson", "Region Gävleborg", RG, None, "(punkt 3–4)", [3, 4]),
        att("Sara Nilsson", "Bollnäs kommun", "Bollnäs"),
        att("Karin Eriksson", "Gävle kommun", "Gävle"),
        att("Ahmed Yusuf", "Gävle kommun", "Gävle"),
        att("Sofie Berglund", "Hudiksvalls kommun", "Hudiksvall"),
        att("Malin Persson", "Ljusdals kommun", "Ljusdal"),
        att("Kristina Holm", "Nordanstigs kommun", "Nordanstig"),
        att("Anders Jonsson", "Ovanåkers kommun", "Ovanåker"),
        att("Emma Sundqvist", "Sandvikens kommun", "Sandviken", None, "(ersättare för Johan Hägg)"),
        att("Linda Forsberg", "Söderhamns kommun", "Söderhamn"),
        att("Per Eriksson", "Länsstyrelsen Gävleborg", LST),
        att(
            "Niklas Åström",
            "Polismyndigheten, Polisregion Mitt",
            "Polismyndigheten",
            None,
            "(punkt 5)",
            [5],
            unit="Polisregion Mitt",
        ),
    ],
    "absent": [
        att("Ida Ström", "Hofors kommun", "Hofors"),
        att("Therese Blom", "Ockelbo kommun", "Ockelbo"),
        att("Johan Hägg", "Sandvikens kommun", "Sandviken"),
    ],
    "recorded_by": {"name": "Tove Lindgren", "canonical_name": "Tove Lindgren", "role": "folkhälsovetare"},
    "items": [
        item(
            1,
            "Välkommen och presentation",
            "1.\tVälkommen och presentation",
            persons=[per("Ulrika", canon="Ulrika Sjöberg", aff=RG, affc=RG, role="welcomes (convenor)")],
            orgs=[muni("Hofors", "Hofors"), muni("Ockelbo", "Ockelbo")],
            munis=["Hofors", "Ockelbo"],
            topics=["presentation", "folkhälsoarbetets organisation", "omstart av gruppen"],
        ),
        item(
            2,
            "Gruppens uppdrag och arbetsformer",
            "2.\tGruppens uppdrag och arbetsformer",
            persons=[per("Tove Lindgren", aff=RG, affc=RG, role="presents the remit", also=["Tove"])],
            orgs=[
                org("regionala samverkansrådet", "Regionala samverkansrådet i Gävleborg", "network"),
                muni("Gävle", "Gävle"),
            ],
            munis=["Gävle"],
            topics=["uppdrag", "arbetsformer", "mötesformer", "folkhälsopolicy"],
            decisions=[
                "Gruppen ställde sig bakom förslaget till arbetsformer med fyra möten per år, varav ett fysiskt möte på hösten."
            ],
            follow_ups=[
                "Tove skickar ut reviderat uppdragsdokument senast den 8 maj.",
                "Synpunkter på uppdragsdokumentet lämnas till Tove senast den 22 maj.",
            ],
            dates=[dt("8 maj", "2026-05-08", "day", True), dt("22 maj", "2026-05-22", "day", True)],
            places=["Hälsingland"],
            bdec=["Mötena roterar mellan Gävle och en kommun i Hälsingland."],
            note="'folkhälsopolicyn' (lower case, definite) and 'regionens' are generic references, not annotated",
        ),
        item(
            3,
            "Liv och hälsa ung 2026 – första resultat",
            "3.\tLiv och hälsa ung 2026 – första resultat",
            persons=[
                per("Henrik Mattsson", aff=RG, affc=RG, role="presents results", also=["Henrik"]),
                per("Karin Eriksson", aff="Gävle kommun", affc="Gävle", role="asks for results per school"),
                per(
                    "Sofie Berglund",
                    aff="Hudiksvalls kommun",
                    affc="Hudiksvall",
                    role="asks for results per school",
                ),
            ],
            orgs=[muni("Gävle", "Gävle"), muni("Ovanåker", "Ovanåker")],
            munis=["Gävle", "Ovanåker"],
            topics=[
                "Liv och hälsa ung",
                "psykisk ohälsa bland unga",
                "nikotinpåsar",
                "alkohol",
                "svarsfrekvens",
            ],
            follow_ups=[
                "Kommunrapporterna publiceras i september.",
                "Henrik erbjuder genomgångar för varje kommun under oktober.",
            ],
            dates=[
                dt("februari", "2026-02", "month", True),
                dt("mars", "2026-03", "month", True),
                dt("2023", "2023", "year"),
                dt("september", "2026-09", "month", True),
                dt("oktober", "2026-10", "month", True),
            ],
            bfol=[
                "Karin Eriksson och Sofie Berglund bad om att resultaten även redovisas per skola där det är möjligt."
            ],
            note="'samhällsmedicin' is Henrik Mattsson's unit (an affiliation detail), not annotated as an organisation; the survey is not an organisation",
        ),
        item(
            4,
            "Folkhälsopolicy för Gävleborg – revidering",
            "4.\tFolkhälsopolicy för Gävleborg – revidering",
            persons=[
                per("Tove Lindgren", aff=RG, affc=RG, role="presents the time plan", also=["Tove"]),
                per(
                    "Per Eriksson", aff="Länsstyrelsen Gävleborg", affc=LST, role="comments on ANDT strategy"
                ),
                per("Henrik", canon="Henrik Mattsson", aff=RG, affc=RG, role="drafts indicators"),
            ],
            orgs=[
                org(
                    "Folkhälsopolicy för Gävleborg",
                    "Folkhälsopolicy för Gävleborg",
                    "programme",
                    ["Folkhälsopolicyn för Gävleborg"],
                ),
                org("Länsstyrelsen Gävleborg", LST, "county_administrative_board"),
            ],
            topics=["folkhälsopolicy", "revidering", "remiss", "tidplan", "ANDT och spel"],
            decisions=["Gruppen beslutade att ställa sig bakom tidplanen."],
            follow_ups=[
                "Henrik och Tove tar fram ett förslag till indikatorer som diskuteras på nästa möte."
            ],
            dates=[
                dt("2026", "2026", "year"),
                dt("1 september–31 oktober 2026", "2026-09-01/2026-10-31", "range"),
            ],
            bdec=[
                "Remisstiden föreslås till 1 september–31 oktober 2026.",
                "Per Eriksson, Länsstyrelsen Gävleborg, framförde att länsstrategin för ANDT och spel bör samordnas med policyn.",
            ],
            bfol=["Tove Lindgren presenterade en tidplan där ett remissförslag tas fram under sommaren."],
            note="'under sommaren' (summer 2026) is a relative season; a year-only date is not scored, so it is left out",
        ),
        item(
            5,
            "Brottsförebyggande arbete och social hållbarhet",
            "5.\tBrottsförebyggande arbete och social hållbarhet",
            persons=[
                per("Niklas Åström", aff="Polismyndigheten", affc="Polismyndigheten", role="informs"),
                per("Per Eriksson", aff="Länsstyrelsen Gävleborg", affc=LST, role="informs"),
                per("Sara Nilsson", aff="Bollnäs", affc="Bollnäs", role="raises link to public health"),
                per("Malin Persson", aff="Ljusdal", affc="Ljusdal", role="raises link to public health"),
            ],
            orgs=[
                org("Polismyndigheten", "Polismyndigheten", "national_agency"),
                org("Länsstyrelsen", LST, "county_administrative_board"),
                muni("Bollnäs", "Bollnäs"),
                muni("Ljusdal", "Ljusdal"),
                muni("Sandviken", "Sandviken"),
            ],
            munis=["Bollnäs", "Ljusdal", "Sandviken"],
            topics=[
                "brottsförebyggande arbete",
                "social hållbarhet",
                "trygghet",
                "lägesbild och åtgärdsplan",
            ],
            follow_ups=[
                "Länsstyrelsen bjuder in till en länsgemensam konferens om trygghet och social hållbarhet den 15 oktober i Sandviken."
            ],
            dates=[dt("1 juli 2025", "2025-07-01", "day"), dt("15 oktober", "2026-10-15", "day", True)],
            bdec=[
                "Sara Nilsson från Bollnäs och Malin Persson från Ljusdal lyfte att kopplingen mellan det brottsförebyggande arbetet och folkhälsoarbetet behöver stärkas."
            ],
            note="Sandviken is the venue of the conference; member municipality named, so counted (GUIDELINES §6, Kungsbacka)",
        ),
        item(
            6,
            "Rapport från kommunchefsgrupperna",
            "6.\tRapport från kommunchefsgrupperna",
            persons=[per("Ulrika", canon="Ulrika Sjöberg", aff=RG, affc=RG, role="reports")],
            orgs=[org("Kommunchefsgruppen i Hälsingland", "Kommunchefsgruppen i Hälsingland", "network")],
            topics=["kommunchefsgrupper", "förankring", "representation"],
            follow_ups=["Motsvarande dragning för kommuncheferna i Gästrikland görs den 29 april."],
            dates=[dt("13 mars", "2026-03-13", "day", True), dt("29 april", "2026-04-29", "day", True)],
            places=["Gästrikland"],
            note="'kommuncheferna i Gästrikland' names people, not a constituted body; not annotated",
        ),
        item(
            7,
            "Övrigt",
            "7.\tÖvrigt",
            persons=[per("Ahmed Yusuf", aff="Gävle kommun", affc="Gävle", role="informs")],
            orgs=[muni("Gävle kommun", "Gävle"), org("Allmänna arvsfonden", "Allmänna arvsfonden", "other")],
            munis=["Gävle"],
            topics=["Allmänna arvsfonden", "fritid för unga med funktionsnedsättning", "projektansökan"],
            bfol=[
                "Ahmed Yusuf informerade om att Gävle kommun söker medel från Allmänna arvsfonden för ett projekt om fritid för unga med funktionsnedsättning och frågade om fler kommuner vill delta."
            ],
        ),
        item(
            8,
            "Nästa möte",
            "8.\tNästa möte",
            topics=["nästa möte"],
            follow_ups=["Nästa möte hålls den 10 juni kl. 13.00–15.00 via Teams."],
            dates=[dt("10 juni", "2026-06-10", "day", True)],
        ),
    ],
}

if __name__ == "__main__":
    write(doc, "Vid pennan")
