# ruff: noqa
"""Gold for ggvv_kommundirektorer_2026-03-13.txt (Kommundirektörsgruppen GGVV)."""

from goldlib import att, dt, item, mun, org, per, write

REG = "Region Jönköpings län"
LST = "Länsstyrelsen i Jönköpings län"
GGVV = "GGVV"

doc = {
    "document": "ggvv_kommundirektorer_2026-03-13",
    "meeting": {
        "body": "Kommundirektörsgruppen GGVV",
        "date_estimate": "2026-03-13",
        "date_evidence": ["Datum: 2026-03-13"],
        "place": "Vaggeryds kommunhus, sammanträdesrum Lagan",
    },
    "present": [
        att("Maria Johansson", aff="Gislaveds kommun", affc="Gislaved", role="kommundirektör"),
        att(
            "Karin Ek",
            aff="Gnosjö kommun",
            affc="Gnosjö",
            role="tf. kommundirektör",
            note="(ersätter Anders Holm)",
        ),
        att("Jonas Wikström", aff="Vaggeryds kommun", affc="Vaggeryd", role="kommundirektör"),
        att("Henrik Lindvall", aff="Värnamo kommun", affc="Värnamo", role="kommundirektör"),
        att("Linnea Berg", aff="GGVV", affc=GGVV, role="samordnare"),
        att("Sara Nyberg", aff=REG, role="regional utvecklingsdirektör", note="(punkt 2)", items=[2]),
        att(
            "Peter Johansson",
            aff="Gnosjö kommun",
            affc="Gnosjö",
            role="ekonomichef",
            note="(punkt 4)",
            items=[4],
        ),
    ],
    "absent": [att("Anders Holm", aff="Gnosjö kommun", affc="Gnosjö", role="kommundirektör")],
    "recorded_by": {"name": "Linnea Berg", "canonical_name": "Linnea Berg", "role": "Samordnare GGVV"},
    "items": [
        item(
            1,
            "Mötets öppnande och föregående anteckningar",
            "1. Mötets öppnande och föregående anteckningar",
            persons=[per("Jonas", "Jonas Wikström", role="hälsar välkommen")],
            orgs=[mun("Vaggeryd", "Vaggeryd")],
            munis=["Vaggeryd"],
            topics=["mötets öppnande", "föregående anteckningar"],
            b_dec=["Anteckningarna från mötet den 6 februari lades till handlingarna."],
            dates=[dt("6 februari", "2026-02-06", inferred=True)],
        ),
        item(
            2,
            "Regional utvecklingsstrategi och länsplan för infrastruktur",
            "2. Regional utvecklingsstrategi och länsplan för infrastruktur",
            persons=[
                per("Sara Nyberg", aff=REG, role="informerar"),
                per("Henrik", "Henrik Lindvall", role="påpekar; tar fram utkast"),
                per("Maria", "Maria Johansson", role="tar fram utkast"),
            ],
            orgs=[
                org("Region Jönköpings län", REG, "region"),
                org(
                    "RUS",
                    "Regional utvecklingsstrategi för Jönköpings län",
                    "programme",
                    ["regionala utvecklingsstrategin"],
                ),
                org(
                    "länsplanen för regional transportinfrastruktur",
                    "Länsplan för regional transportinfrastruktur i Jönköpings län 2026–2037",
                    "programme",
                    ["länsplanen"],
                ),
                org("Trafikverket", "Trafikverket", "national_agency"),
                org("GGVV-kommunerna", GGVV, "network", sense="member_municipalities"),
                mun("Värnamo", "Värnamo"),
                mun("Gislaved", "Gislaved"),
            ],
            munis=["Värnamo", "Gislaved"],
            places=["Jönköping", "Ryd", "Hånger"],
            topics=[
                "regional utvecklingsstrategi",
                "länsplan för transportinfrastruktur",
                "riksväg 27",
                "mötesseparering",
            ],
            decisions=[
                "GGVV-kommunerna lämnar ett gemensamt inspel till Region Jönköpings län om prioriteringar i länsplanen."
            ],
            follow_ups=["Henrik och Maria tar fram ett utkast till nästa möte."],
            b_dec=[
                "Gruppen lyfte att riksväg 27 mellan Värnamo och Gislaved och stråket Värnamo–Jönköping behöver tydligare prioritet i länsplanen."
            ],
            b_fu=["Regionen vill ha kommunernas prioriteringar inför remissen som skickas ut i maj."],
            dates=[dt("2026–2037", "2026/2037"), dt("maj", "2026-05", inferred=True)],
        ),
        item(
            3,
            "Kompetensförsörjning och Campus Värnamo",
            "3. Kompetensförsörjning och Campus Värnamo",
            persons=[
                per("Henrik", "Henrik Lindvall", role="informerar"),
                per("Karin", "Karin Ek", role="tar upp lokalfrågan i Gnosjö"),
                per("Linnea", "Linnea Berg", role="samordnar kampanjen"),
            ],
            orgs=[
                org("Campus Värnamo", "Campus Värnamo", "other"),
                org("Myndigheten för yrkeshögskolan", "Myndigheten för yrkeshögskolan", "national_agency"),
                mun("Gnosjö", "Gnosjö"),
            ],
            munis=["Gnosjö"],
            topics=[
                "kompetensförsörjning",
                "yrkeshögskoleutbildningar",
                "marknadsföring mot arbetsgivare",
                "uppdragsutbildning",
            ],
            decisions=[
                "Kommundirektörerna ställer sig bakom en gemensam kampanj för YH-utbildningarna under april och maj."
            ],
            follow_ups=["Linnea samordnar kampanjen med kommunikatörerna i de fyra kommunerna."],
            b_dec=[
                "Karin tog upp att Gnosjö saknar lokaler för uppdragsutbildning och att det vore önskvärt att Campus Värnamo kunde erbjuda viss undervisning på plats i Gnosjö."
            ],
            b_fu=[
                "Karin tog upp att Gnosjö saknar lokaler för uppdragsutbildning och att det vore önskvärt att Campus Värnamo kunde erbjuda viss undervisning på plats i Gnosjö."
            ],
            dates=[
                dt("hösten 2026", "2026", gran="season"),
                dt("april", "2026-04", inferred=True),
                dt("maj", "2026-05", inferred=True),
            ],
            note="Värnamo occurs only inside the name Campus Värnamo, so it is not a municipality mention.",
        ),
        item(
            4,
            "Ekonomiskt läge och budgetförutsättningar 2027",
            "4. Ekonomiskt läge och budgetförutsättningar 2027",
            persons=[
                per(
                    "Peter Johansson",
                    aff="Gnosjö",
                    affc="Gnosjö",
                    role="redogör; sammankallar ekonomicheferna",
                    also=["Peter"],
                ),
                per("Maria", "Maria Johansson", role="berättar om anställningsstopp"),
            ],
            orgs=[
                org("SKR:s", "Sveriges Kommuner och Regioner", "association"),
                org("GGVV-kommunerna", GGVV, "network", ["GGVV"]),
                mun("Gnosjö", "Gnosjö"),
                mun("Gislaved", "Gislaved"),
                mun("Vaggeryd", "Vaggeryd"),
                mun("Värnamo", "Värnamo"),
            ],
            munis=["Gnosjö", "Gislaved", "Vaggeryd", "Värnamo"],
            topics=[
                "ekonomiskt läge",
                "skatteunderlagsprognos",
                "budget 2027",
                "anställningsstopp",
                "kostnadsjämförelse",
            ],
            decisions=[
                "Ekonomicheferna i GGVV får i uppdrag att till mötet i maj ta fram en gemensam jämförelse av nettokostnader per verksamhet."
            ],
            follow_ups=["Peter sammankallar ekonomicheferna."],
            b_fu=[
                "Ekonomicheferna i GGVV får i uppdrag att till mötet i maj ta fram en gemensam jämförelse av nettokostnader per verksamhet."
            ],
            dates=[
                dt("2027", "2027"),
                dt("februari", "2026-02", inferred=True),
                dt("december", "2025-12", inferred=True),
                dt("1 mars", "2026-03-01", inferred=True),
                dt("maj", "2026-05", inferred=True),
            ],
        ),
        item(
            5,
            "Gemensam räddningstjänst – förstudie",
            "5. Gemensam räddningstjänst – förstudie",
            persons=[
                per("Jonas Wikström", role="redovisar förstudien; bjuder in presidierna", also=["Jonas"])
            ],
            orgs=[
                org("Sweco", "Sweco", "company"),
                org("Räddningstjänsten Jönköping", "Räddningstjänsten Jönköping", "other"),
                mun("Gislaved", "Gislaved"),
                mun("Gnosjö", "Gnosjö"),
                mun("Vaggeryd", "Vaggeryd"),
                mun("Värnamo", "Värnamo"),
            ],
            munis=["Gislaved", "Gnosjö", "Vaggeryd", "Värnamo"],
            topics=["räddningstjänst", "förstudie", "gemensam räddningschef", "ledningssystem"],
            decisions=[
                "Gruppen konstaterade att förstudien ska vara klar innan några politiska beslut förbereds.",
                "Förstudien redovisas för kommunstyrelsernas presidier i juni.",
            ],
            follow_ups=[
                "Konsultfirman Sweco lämnar sin slutrapport den 30 april.",
                "Jonas bjuder in presidierna.",
            ],
            b_fu=["Förstudien redovisas för kommunstyrelsernas presidier i juni."],
            subheadings=[],
            dates=[dt("30 april", "2026-04-30", inferred=True), dt("juni", "2026-06", inferred=True)],
        ),
        item(
            6,
            "Information från Länsstyrelsen och Region Jönköpings län",
            "6. Information från Länsstyrelsen och Region Jönköpings län",
            persons=[
                per("Linnea", "Linnea Berg", role="informerar"),
                per("Maria", "Maria Johansson", role="lyfter Gislaveds önskemål"),
            ],
            orgs=[
                org("Länsstyrelsen i Jönköpings län", LST, "county_administrative_board", ["Länsstyrelsen"]),
                org("Region Jönköpings län", REG, "region"),
                org("Länsgemensam ledning i samverkan", "Länsgemensam ledning i samverkan", "network"),
                org("GGVV", GGVV, "network"),
                mun("Gislaved", "Gislaved"),
            ],
            munis=["Gislaved"],
            places=["Jönköping"],
            topics=["civilt försvar", "hälso- och sjukvårdsavtal", "hemsjukvård", "samordnade synpunkter"],
            follow_ups=[
                "Linnea informerade om att Länsstyrelsen i Jönköpings län kallar kommundirektörerna i länet till ett möte om civilt försvar den 22 april i Jönköping."
            ],
            b_dec=[
                "Maria lyfte att Gislaved vill att GGVV samordnar sina synpunkter på överenskommelsen innan den går ut på remiss."
            ],
            b_fu=[
                "Region Jönköpings län har också aviserat en ny överenskommelse om hälso- och sjukvårdsansvaret för hemsjukvården, som ska behandlas i Länsgemensam ledning i samverkan.",
                "Maria lyfte att Gislaved vill att GGVV samordnar sina synpunkter på överenskommelsen innan den går ut på remiss.",
            ],
            dates=[dt("22 april", "2026-04-22", inferred=True)],
        ),
        item(
            7,
            "Övriga frågor",
            "7. Övriga frågor",
            persons=[
                per("Karin", "Karin Ek", role="informerar om rekrytering"),
                per("Anders Holm", aff=None, role="slutar som kommundirektör i Gnosjö"),
                per("Henrik", "Henrik Lindvall", role="tar upp LOV-erfarenheter"),
            ],
            orgs=[
                mun("Gnosjö", "Gnosjö"),
                mun("Värnamo kommuns", "Värnamo"),
                org("Jönköpings Länstrafik", "Jönköpings Länstrafik", "company"),
            ],
            munis=["Gnosjö", "Värnamo"],
            topics=[
                "rekrytering av kommundirektör",
                "valfrihetssystem i hemtjänsten",
                "linjeöversyn kollektivtrafik",
            ],
            follow_ups=[
                "Frågan tas upp igen på nästa möte.",
                "Jönköpings Länstrafik har bjudits in till mötet i maj för att informera om linjeöversynen i västra länsdelen.",
            ],
            b_fu=[
                "Karin informerade om att rekryteringen av ny kommundirektör i Gnosjö pågår och att Anders Holm slutar den 31 maj."
            ],
            dates=[dt("31 maj", "2026-05-31", inferred=True), dt("maj", "2026-05", inferred=True)],
        ),
        item(
            8,
            "Nästa möte",
            "8. Nästa möte",
            persons=[per("Linnea", "Linnea Berg", role="skickar kallelse")],
            orgs=[mun("Gnosjö", "Gnosjö")],
            munis=["Gnosjö"],
            topics=["nästa möte"],
            follow_ups=[
                "Nästa möte hålls den 8 maj kl. 08.30–12.00 i Gnosjö.",
                "Linnea skickar ut kallelse och dagordning senast en vecka innan.",
            ],
            dates=[dt("8 maj", "2026-05-08", inferred=True)],
        ),
    ],
}

if __name__ == "__main__":
    write(doc, "ggvv_kommundirektorer_2026-03-13.txt", "Vid anteckningarna")
