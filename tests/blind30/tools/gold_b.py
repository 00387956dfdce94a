# ruff: noqa
"""Gold for document B: Region Västmanland's regional samverkansgrupp för digitalisering, 2025-02-06 (PDF via pdftotext)."""

from goldlib import DRAFT, att, date, item, muni, org, per, write

DOC = "region_vastmanland_digitalisering_2025-02-06.txt"
text = (DRAFT / DOC).read_text(encoding="utf-8")

RV = "Region Västmanland"
VMKF = "Västra Mälardalens Kommunalförbund"
LST = "Länsstyrelsen i Västmanlands län"

doc = {
    "document": DOC,
    "meeting": {
        "body": "Regional samverkansgrupp för digitalisering (Region Västmanland)",
        "date_estimate": "2025-02-06",
        "date_evidence": ["Datum\n\n2025-02-06"],
        "place": "Regionhuset, Västerås",
        "date_confidence": "high",
        "date_reasoning": "stated in the header and the page header",
    },
    "present": [
        att("Anders Lund", RV, RV, "ordförande"),
        att("Therese Bergqvist", RV, RV, "sekreterare"),
        att("Malin Holmgren", "Västerås stad", "Västerås"),
        att("Oskar Nilsson", "Sala kommun", "Sala"),
        att("Jenny Nilsson", "Fagersta kommun", "Fagersta", None, "p. 1–4", [1, 2, 3, 4]),
        att(
            "Johan Ekström",
            VMKF,
            VMKF,
            None,
            None,
            None,
            represents="Arboga, Köping, Kungsör (as written in brackets)",
        ),
        att("Per-Olof Strand", "Hallstahammars kommun", "Hallstahammar"),
        att("Emma Larsson", "Surahammars kommun", "Surahammar", None, "ersättare för Kent Åberg"),
        att("Tove Lindgren", "Norbergs kommun", "Norberg", None, "(digitalt)"),
        att("Mats Ahlin", "Länsstyrelsen Västmanlands län", LST, None, "p. 4", [4]),
    ],
    "absent": [
        att("Kent Åberg", "Surahammars kommun", "Surahammar"),
        att("Lisa Fredriksson", "Skinnskattebergs kommun", "Skinnskatteberg"),
    ],
    "recorded_by": {
        "name": "Therese Bergqvist",
        "canonical_name": "Therese Bergqvist",
        "role": "sekreterare",
    },
    "items": [
        item(
            1,
            "Inledning",
            "1. Inledning",
            persons=[
                per("Anders Lund", aff=RV, role="chair; welcomes"),
                per("Emma Larsson", aff="Surahammar", role="presented as new representative for Surahammar"),
            ],
            orgs=[muni("Surahammar")],
            munis=["Surahammar"],
            topics=["mötets inledning", "ny representant", "föregående minnesanteckningar"],
            decisions=["Föregående minnesanteckningar från den 5 december 2024 godkändes."],
            dates=[date("våren", "2025", "season", True), date("5 december 2024", "2024-12-05", "day")],
        ),
        item(
            2,
            "Regional digital agenda – handlingsplan 2025–2026",
            "2. Regional digital agenda – handlingsplan 2025–2026",
            persons=[
                per("Anders", canonical="Anders Lund", aff=RV, role="presents the draft action plan"),
                per("Therese Bergqvist", aff=RV, role="updates and sends out the text"),
            ],
            orgs=[
                org(
                    "regionala digitala agendan",
                    "Regional digital agenda för Västmanland",
                    "programme",
                    ["Regional digital agenda"],
                ),
                muni("Västerås"),
                org("Västmanlands kommuner", "Västmanlands kommuner", "association"),
                org("Region Västmanland", RV, "region"),
                org(
                    "Regionala utvecklingsberedningen",
                    "Regionala utvecklingsberedningen, Region Västmanland",
                    "other",
                ),
            ],
            munis=["Västerås"],
            topics=[
                "regional digital agenda",
                "handlingsplan",
                "digital kompetens",
                "informationssäkerhet",
                "digital inkludering",
            ],
            decisions=["Gruppen ställde sig bakom handlingsplanen med de justeringar som framkom på mötet."],
            follow_ups=[
                "Handlingsplanen lämnas till Västmanlands kommuner och Region Västmanland för beslut i\nRegionala utvecklingsberedningen den 19 mars.",
                "Therese Bergqvist uppdaterar texten och skickar ut den senast den 14 februari.",
            ],
            dates=[
                date("2025–2026", "2025/2026", "range"),
                date("19 mars", "2025-03-19", "day", True),
                date("14 februari", "2025-02-14", "day", True),
            ],
        ),
        item(
            3,
            "Gemensamma e-tjänster och Inera",
            "3. Gemensamma e-tjänster och Inera",
            persons=[
                per(
                    "Johan Ekström",
                    aff=VMKF,
                    role="reports on the e-service platform; prepares a basis for a joint call-off",
                    also=["Johan"],
                ),
                per("Malin Holmgren", aff="Västerås", role="reports Västerås' own platform"),
                per("Oskar", canonical="Oskar Nilsson", aff="Sala", role="sits on Inera's user council"),
                per("Jenny", canonical="Jenny Nilsson", aff="Fagersta", role="sits on Inera's user council"),
            ],
            orgs=[
                org("Inera", "Inera AB", "company", ["Ineras"]),
                muni("Arboga"),
                muni("Köping"),
                muni("Kungsör"),
                muni("Sala"),
                muni("Fagersta"),
                muni("Västerås", "Västerås stad"),
                org("Ineras användarråd", "Ineras användarråd", "network"),
            ],
            munis=["Arboga", "Köping", "Kungsör", "Sala", "Fagersta", "Västerås"],
            topics=["e-tjänsteplattform", "Inera", "licenskostnader", "gemensamt avrop"],
            follow_ups=[
                "Johan tar fram ett underlag om ett gemensamt avrop till nästa möte.",
                "Oskar och Jenny deltar i Ineras användarråd och återrapporterar därifrån.",
            ],
            bdec=[
                "Gruppen konstaterade att ett gemensamt avrop kan ge lägre kostnader för de mindre kommunerna."
            ],
            bfu=["Sala och Fagersta överväger att ansluta under 2025."],
            dates=[date("2025", "2025", "year")],
            note="The page footer (Region Västmanland, Box 822, 721 22 Västerås, regionvastmanland.se, 1 (2)) and the "
            "page header of page 2 (MINNESANTECKNINGAR, 2025-02-06) fall in this item's span; they are layout, "
            "not mentions, and are not annotated.",
        ),
        item(
            4,
            "Informationssäkerhet och civilt försvar",
            "4. Informationssäkerhet och civilt försvar",
            persons=[
                per(
                    "Mats Ahlin",
                    aff="Länsstyrelsen",
                    affc=LST,
                    role="informs on civil defence; sends the presentation",
                    also=["Mats"],
                ),
                per("Per-Olof Strand", aff="Hallstahammar", role="investigates a shared function"),
                per("Tove Lindgren", aff="Norberg", role="investigates a shared function"),
            ],
            orgs=[
                org("Länsstyrelsen", LST, "county_administrative_board"),
                org("MSB", "Myndigheten för samhällsskydd och beredskap", "national_agency"),
            ],
            topics=[
                "informationssäkerhet",
                "civilt försvar",
                "länsövning cyberangrepp",
                "delad informationssäkerhetssamordnare",
            ],
            follow_ups=[
                "Länsstyrelsen planerar en länsövning om cyberangrepp i oktober 2025.",
                "Mats skickar ut presentationen och information om övningen till gruppen.",
                "Per-Olof Strand och Tove Lindgren undersöker intresset för en delad funktion och återkommer i april.",
            ],
            bfu=["MSB arbetar med nya föreskrifter som väntas under\nåret."],
            dates=[date("oktober 2025", "2025-10", "month"), date("april", "2025-04", "month", True)],
        ),
        item(
            5,
            "AI i kommunal verksamhet",
            "5. AI i kommunal verksamhet",
            persons=[
                per(
                    "Malin",
                    canonical="Malin Holmgren",
                    aff="Västerås",
                    role="reports Västerås' AI pilot; plans the workshop",
                ),
                per("Therese", canonical="Therese Bergqvist", aff=RV, role="plans the workshop"),
            ],
            orgs=[
                muni("Västerås", "Västerås stads", ["Västerås"]),
                org("AI Sweden", "AI Sweden", "other"),
                org("SKR", "Sveriges Kommuner och Regioner", "association"),
            ],
            munis=["Västerås"],
            topics=["AI", "kontaktcenter", "dataskydd", "workshop"],
            decisions=[
                "Gruppen beslutade att anordna en gemensam workshop om AI för kommunernas digitaliseringsansvariga."
            ],
            follow_ups=["Workshopen hålls den 3 april i Västerås.", "Malin och Therese planerar programmet."],
            dates=[date("3 april", "2025-04-03", "day", True)],
        ),
        item(
            6,
            "Övrigt och kommande möten",
            "6. Övrigt och kommande möten",
            persons=[
                per(
                    "Tove", canonical="Tove Lindgren", aff="Norberg", role="raises Norberg's procurement need"
                )
            ],
            orgs=[muni("Köping"), muni("Sala"), muni("Västerås"), muni("Norberg")],
            munis=["Köping", "Sala", "Västerås", "Norberg"],
            topics=["mötesplanering", "ärendehanteringssystem", "upphandling"],
            follow_ups=[
                "Kommande möten: 10 april i Köping, 12 juni i Sala och 11 september i Västerås.",
                "Frågan tas\nupp på nästa möte.",
            ],
            dates=[
                date("10 april", "2025-04-10", "day", True),
                date("12 juni", "2025-06-12", "day", True),
                date("11 september", "2025-09-11", "day", True),
            ],
        ),
    ],
}
write(doc, text, r"^(\d+)\. ", r"^Vid anteckningarna")
