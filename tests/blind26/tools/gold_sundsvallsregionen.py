# ruff: noqa
"""Gold for the Sundsvallsregionen kommundirektörsgrupp minutes (Word export)."""

from gold_lib import A, D, O, P, item, write

NET = "Sundsvallsregionen"
MRF = "Medelpads räddningstjänstförbund"

doc = {
    "document": "sundsvallsregionen_kommundirektorer_2025-03-14.txt",
    "meeting": {
        "body": "Kommundirektörsgruppen Sundsvallsregionen",
        "date_estimate": "2025-03-14",
        "date_evidence": ["Datum: 2025-03-14"],
        "place": "Kommunhuset i Härnösand, sammanträdesrum Kanalen",
    },
    "present": [
        A("Ulrika Hägglund", "Sundsvalls kommun", "Sundsvall", "kommundirektör", "(ordförande)"),
        A("Per Forsberg", "Timrå kommun", "Timrå", "kommundirektör"),
        A("Jenny Forsberg", "Härnösands kommun", "Härnösand", "kommundirektör"),
        A("Mats Lindgren", "Kramfors kommun", "Kramfors", "kommundirektör", "(via Teams)"),
        A("Anders Sjölund", "Ånge kommun", "Ånge", "tf. kommundirektör"),
        A("Karin Edlund", "Hudiksvalls kommun", "Hudiksvall", "kommundirektör"),
        A("Lars Wikström", "Nordanstigs kommun", "Nordanstig", "kommundirektör", "(punkt 1–4)", [1, 2, 3, 4]),
        A("Sara Nordin", "Sundsvallsregionen", "Sundsvallsregionen", "processledare"),
        A("Tomas Berglund", MRF, MRF, "förbundsdirektör", "(punkt 3)", [3]),
        A(
            "Helena Strand",
            "Region Västernorrland",
            "Region Västernorrland",
            "regionutvecklare",
            "(punkt 5)",
            [5],
        ),
    ],
    "absent": [
        A("Maria Öhman", "Ånge kommun", "Ånge", "kommundirektör"),
        A("Eva Holmström", "Sundsvallsregionen", "Sundsvallsregionen", "näringslivssamordnare"),
    ],
    "recorded_by": {"name": "Sara Nordin", "canonical_name": "Sara Nordin", "role": "Processledare"},
    "items": [
        item(
            1,
            "1. Mötet öppnas och dagordningen fastställs",
            "Mötet öppnas och dagordningen fastställs",
            persons=[P("Ulrika Hägglund", role="ordförande, hälsar välkomna")],
            orgs=[O("Härnösand", "Härnösand", "municipality")],
            munis=["Härnösand"],
            topics=["mötets öppnande", "dagordning", "e-arkiv"],
            decisions=[
                "Dagordningen fastställdes med ett tillägg under övriga frågor om gemensam upphandling av e-arkiv."
            ],
        ),
        item(
            2,
            "2. Föregående minnesanteckningar",
            "Föregående minnesanteckningar",
            topics=["föregående minnesanteckningar"],
            decisions=["Minnesanteckningarna från mötet den 7 februari lades till handlingarna."],
            dates=[D("7 februari", "2025-02-07", inferred=True)],
        ),
        item(
            3,
            "3. Civilt försvar och räddningstjänstens roll",
            "Civilt försvar och räddningstjänstens roll",
            persons=[P("Tomas Berglund", aff=MRF, role="informerar; återkommer med förslag", also=["Tomas"])],
            orgs=[
                O(MRF, MRF, "municipal_federation", ["Förbundet"]),
                O("Sundsvall", "Sundsvall", "municipality"),
                O("Timrå", "Timrå", "municipality"),
                O("Ånge", "Ånge", "municipality"),
                O(
                    "Länsstyrelsen Västernorrland",
                    "Länsstyrelsen Västernorrland",
                    "county_administrative_board",
                ),
                O(
                    "Räddningstjänsten Höga Kusten-Ådalen",
                    "Räddningstjänsten Höga Kusten-Ådalen",
                    "municipal_federation",
                ),
                O("Sundsvallsregionen", NET, "network"),
            ],
            munis=["Sundsvall", "Timrå", "Ånge"],
            topics=[
                "civilt försvar",
                "höjd beredskap",
                "ledningsplatser",
                "säkerhetsskyddschef",
                "gemensam övning",
            ],
            decisions=[
                "Kommundirektörerna ställer sig bakom att ett gemensamt underlag om ledningsplatser tas fram för hela Sundsvallsregionen."
            ],
            follow_ups=["Tomas återkommer till gruppen den 9 maj med ett förslag till upplägg."],
            b_fu=[
                "Det finns ett behov av gemensam övning under hösten 2025.",
                "Förbundet har fått i uppdrag av Sundsvall, Timrå och Ånge att se över ledningsförmågan, och Länsstyrelsen Västernorrland har begärt in underlag om skyddsrum och ledningsplatser senast den 30 maj.",
            ],
            dates=[
                D("30 maj", "2025-05-30", inferred=True),
                D("hösten 2025", "2025", "season"),
                D("9 maj", "2025-05-09", inferred=True),
            ],
        ),
        item(
            4,
            "4. Kompetensförsörjning – gemensam rekryteringskampanj",
            "Kompetensförsörjning – gemensam rekryteringskampanj",
            persons=[
                P("Jenny Forsberg", aff="Härnösand", role="redovisar; tar fram tidsplan", also=["Jenny"]),
                P("Per Forsberg", aff="Timrå", role="framför Timrås synpunkt"),
                P(
                    "Sara",
                    "Sara Nordin",
                    "Sundsvallsregionen",
                    "sammanställer kostnadsunderlag",
                    also=["Sara Nordin"],
                ),
            ],
            orgs=[
                O("HR-nätverket", "Sundsvallsregionens HR-nätverk", "network"),
                O("Mittuniversitetet", "Mittuniversitetet", "other"),
                O("Arbetsförmedlingen", "Arbetsförmedlingen", "national_agency"),
                O("Timrå", "Timrå", "municipality"),
            ],
            munis=["Timrå"],
            topics=[
                "kompetensförsörjning",
                "rekryteringskampanj",
                "kostnadsfördelning",
                "uppföljning av effekter",
            ],
            decisions=["Gruppen beslutade att genomföra kampanjens första etapp under hösten 2025."],
            follow_ups=[
                "Jenny och HR-nätverket tar fram en tidsplan till nästa möte.",
                "Sara sammanställer ett kostnadsunderlag per kommun.",
            ],
            b_dec=[
                "Per Forsberg framförde att Timrå vill se en tydligare uppföljning av effekterna innan beslut fattas om en andra etapp."
            ],
            dates=[D("hösten 2025", "2025", "season")],
        ),
        item(
            5,
            "5. Regional utvecklingsstrategi – remiss",
            "Regional utvecklingsstrategi – remiss",
            persons=[
                P("Helena Strand", aff="Region Västernorrland", role="presenterar remissen"),
                P("Sara", "Sara Nordin", "Sundsvallsregionen", "tar fram textförslag", also=["Sara Nordin"]),
            ],
            orgs=[
                O("Region Västernorrlands", "Region Västernorrland", "region", ["Region Västernorrland"]),
                O("Region Gävleborgs", "Region Gävleborg", "region"),
                O("Hudiksvall", "Hudiksvall", "municipality"),
                O("Nordanstig", "Nordanstig", "municipality"),
            ],
            munis=["Hudiksvall", "Nordanstig"],
            topics=["regional utvecklingsstrategi", "remiss", "infrastruktur", "kompetensförsörjning"],
            follow_ups=[
                "Varje kommun lämnar eget remissvar till Region Västernorrland.",
                "Sara tar fram ett gemensamt textförslag om infrastruktur som kommunerna kan använda senast den 4 april.",
            ],
            b_dec=[
                "Det är önskvärt att kommunerna i Västernorrland har en samsyn om Ostkustbanan i sina svar.",
                "Hudiksvall och Nordanstig omfattas av Region Gävleborgs strategi och lämnar inget svar.",
            ],
            b_fu=["Remisstiden löper till och med den 30 april 2025."],
            dates=[D("30 april 2025", "2025-04-30"), D("4 april", "2025-04-04", inferred=True)],
        ),
        item(
            6,
            "6. Infrastruktur – Ostkustbanan och E4",
            "Infrastruktur – Ostkustbanan och E4",
            persons=[
                P("Mats Lindgren", aff="Kramfors", role="rapporterar"),
                P(
                    "Ulrika",
                    "Ulrika Hägglund",
                    "Sundsvall",
                    "tar kontakt med departementet",
                    also=["Ulrika Hägglund"],
                ),
            ],
            orgs=[
                O("Trafikverket", "Trafikverket", "national_agency"),
                O("Sundsvallsregionen", NET, "network"),
                O("Ostkustbanan 2015 AB", "Ostkustbanan 2015 AB", "company"),
                O("Region Gävleborg", "Region Gävleborg", "region"),
                O("Infrastrukturdepartementet", "Infrastrukturdepartementet", "national_agency"),
            ],
            topics=["Ostkustbanan", "E4", "nationell plan", "infrastruktur", "påverkansarbete"],
            decisions=[
                "Gruppen är enig om att Sundsvallsregionen ska driva frågan gemensamt med Ostkustbanan 2015 AB och Region Gävleborg."
            ],
            follow_ups=[
                "Ulrika tar kontakt med Infrastrukturdepartementet för att boka ett möte före sommaren."
            ],
            b_fu=[
                "Trafikverket har aviserat att byggstarten för dubbelspår Gävle–Kringlan förskjuts, och beslut om nästa etapp väntas i den nationella planen under 2026."
            ],
            dates=[D("3 mars", "2025-03-03", inferred=True), D("2026", "2026")],
            note="Gävle in 'Gävle–Kringlan' names a railway section, not the municipality: not in municipalities_mentioned.",
        ),
        item(
            7,
            "7. Övriga frågor",
            "Övriga frågor",
            subheadings=["a) Gemensam upphandling av e-arkiv", "b) Sommarjobb för ungdomar"],
            persons=[
                P("Karin Edlund", aff="Hudiksvall", role="tar upp e-arkiv"),
                P("Anders Sjölund", aff="Ånge", role="informerar om sommarjobb"),
                P(
                    "Sara",
                    "Sara Nordin",
                    "Sundsvallsregionen",
                    "skickar ut information",
                    also=["Sara Nordin"],
                ),
            ],
            orgs=[
                O("Hudiksvall", "Hudiksvall", "municipality"),
                O("Sydarkivera", "Kommunalförbundet Sydarkivera", "municipal_federation"),
                O("Ånge", "Ånge", "municipality"),
            ],
            munis=["Hudiksvall", "Ånge"],
            topics=["e-arkiv", "upphandling", "sommarjobb", "ungdomar"],
            follow_ups=["Frågan tas upp igen på nästa möte.", "Information skickas ut via Sara."],
        ),
        item(
            8,
            "8. Nästa möte",
            "Nästa möte",
            orgs=[O("Timrå", "Timrå", "municipality")],
            munis=["Timrå"],
            topics=["nästa möte"],
            follow_ups=["Nästa möte hålls fredagen den 11 april kl. 09.00–12.00 i Timrå kommunhus."],
            dates=[D("11 april", "2025-04-11", inferred=True)],
        ),
    ],
}

if __name__ == "__main__":
    write(doc)
