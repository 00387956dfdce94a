# ruff: noqa
"""Gold for rjl_kompetensforsorjning_2026-05-20.txt (Region Jönköpings län, regional samverkansgrupp)."""

from goldlib import att, dt, item, mun, org, per, write

REG = "Region Jönköpings län"
LST = "Länsstyrelsen i Jönköpings län"
AF = "Arbetsförmedlingen"
JU = "Jönköping University"
BODY = "Regional samverkansgrupp för kompetensförsörjning"

doc = {
    "document": "rjl_kompetensforsorjning_2026-05-20",
    "meeting": {
        "body": BODY + " (Region Jönköpings län)",
        "date_estimate": "2026-05-20",
        "date_evidence": ["Datum\n2026-05-20"],
        "place": "Regionens hus, Jönköping, lokal Vättern",
    },
    "present": [
        att("Sara Nyberg", aff=REG, role="regional utvecklingsdirektör", note="ordförande"),
        att("Ulrika Bengtsson", aff=REG, role="strateg kompetensförsörjning", note="punkt 3–4", items=[3, 4]),
        att("Emil Sandberg", aff=REG, role="analytiker", note="sekreterare"),
        att("Henrik Lindvall", aff="Värnamo kommun", affc="Värnamo", note="för GGVV"),
        att("Eva Lund", aff="Jönköpings kommun", affc="Jönköping"),
        att("Helena Fransson", aff="Nässjö kommun", affc="Nässjö", note="för Höglandet"),
        att(
            "Fatima Haddad",
            aff="Eksjö kommun",
            affc="Eksjö",
            role="ersättare",
            note="ersättare för Lars Eriksson",
        ),
        att("Mats Lund", aff=AF),
        att("Oskar Bergqvist", aff=LST, note="(via Teams)"),
        att("Anna Svahn", aff=JU, note="(via Teams, punkt 1–3)", items=[1, 2, 3]),
    ],
    "absent": [
        att("Lars Eriksson", aff="Eksjö kommun", affc="Eksjö"),
        att("Per Ström", aff="Tranås kommun", affc="Tranås"),
        att("Malin Ek", aff="Habo kommun", affc="Habo"),
    ],
    "recorded_by": {"name": "Emil Sandberg", "canonical_name": "Emil Sandberg", "role": "sekreterare"},
    "items": [
        item(
            1,
            "Inledning och föregående minnesanteckningar",
            "1. Inledning och föregående minnesanteckningar",
            persons=[
                per("Sara Nyberg", role="hälsar välkommen"),
                per("Fatima Haddad", aff="Eksjös", affc="Eksjö", role="presenterar sig; ersättare"),
                per("Lars Eriksson", role="ersätts av Fatima Haddad"),
            ],
            orgs=[mun("Eksjös", "Eksjö")],
            munis=["Eksjö"],
            topics=["inledning", "föregående minnesanteckningar", "ny representant"],
            b_dec=["Minnesanteckningarna från mötet 2026-03-18 godkändes utan ändringar."],
            dates=[dt("2026-03-18", "2026-03-18"), dt("våren", "2026", gran="season", inferred=True)],
        ),
        item(
            2,
            "Regional kompetensförsörjningsanalys 2026",
            "2. Regional kompetensförsörjningsanalys 2026",
            persons=[
                per("Emil Sandberg", role="presenterar analysen", also=["Emil"]),
                per("Henrik", "Henrik Lindvall", role="påpekar underskattat behov"),
                per("Eva Lund", role="efterfrågar redovisning per kommun"),
            ],
            orgs=[
                org("SCB:s", "Statistiska centralbyrån", "national_agency"),
                org("Arbetsförmedlingens", AF, "national_agency"),
                org("Samverkansgruppen", BODY, "network", note="the meeting body itself"),
                mun("Aneby", "Aneby"),
                mun("Sävsjö", "Sävsjö"),
                mun("Gnosjö", "Gnosjö"),
            ],
            munis=["Aneby", "Sävsjö", "Gnosjö"],
            topics=["kompetensförsörjningsanalys", "bristyrken", "pensionsavgångar", "industritekniker"],
            decisions=[
                "Samverkansgruppen ställde sig bakom att analysen publiceras på regionens webbplats i juni,\nefter att kommunernas synpunkter har arbetats in."
            ],
            follow_ups=[
                "Kommunerna ombeds lämna synpunkter på\nkapitlet om vård och omsorg till Emil senast den 5 juni."
            ],
            b_dec=[
                "Eva Lund efterfrågade en\nredovisning per kommun för att kunna använda analysen i budgetarbetet."
            ],
            b_fu=[
                "Eva Lund efterfrågade en\nredovisning per kommun för att kunna använda analysen i budgetarbetet."
            ],
            dates=[
                dt("2026", "2026"),
                dt("2035", "2035"),
                dt("juni", "2026-06", inferred=True),
                dt("5 juni", "2026-06-05", inferred=True),
            ],
        ),
        item(
            3,
            "Kompetenslyft Jönköpings län – ansökan till Svenska ESF-rådet",
            "3. Kompetenslyft Jönköpings län – ansökan till Svenska ESF-rådet",
            persons=[
                per(
                    "Ulrika Bengtsson",
                    role="informerar om utlysningen; skickar avsiktsförklaring",
                    also=["Ulrika"],
                ),
                per("Helena", "Helena Fransson", role="lyfter Höglandets syn på medfinansiering"),
                per("Anna Svahn", role="erbjuder valideringsstöd"),
            ],
            orgs=[
                org("Svenska ESF-rådet", "Svenska ESF-rådet", "national_agency"),
                org("Region Jönköpings län", REG, "region"),
                org("Kompetenslyft Jönköpings län", "Kompetenslyft Jönköpings län", "programme"),
                org("Jönköping University", JU, "other"),
            ],
            topics=[
                "ESF-projekt",
                "kompetenslyft vård och omsorg",
                "medfinansiering",
                "avsiktsförklaring",
                "validering",
            ],
            decisions=[
                "Gruppen beslutade att Region Jönköpings län ska vara projektägare och att kommunerna deltar\nsom samverkansparter."
            ],
            follow_ups=[
                "Ulrika skickar ut en avsiktsförklaring till kommunerna senast den 29\nmaj.",
                "Undertecknade avsiktsförklaringar ska vara regionen till handa senast den 15 juni.",
            ],
            b_dec=[
                "Helena lyfte att Höglandets\nkommuner i första hand vill bidra med arbetstid och inte med kontanta medel.",
                "Anna Svahn\nbetonade att Jönköping University gärna medverkar med valideringsstöd.",
            ],
            b_fu=[
                "Region Jönköpings län planerar en ansökan för\nprojektet Kompetenslyft Jönköpings län, med projekttid 2026-11-01–2029-10-31.",
                "Anna Svahn\nbetonade att Jönköping University gärna medverkar med valideringsstöd.",
            ],
            dates=[
                dt("2026-11-01–2029-10-31", "2026-11-01/2029-10-31"),
                dt("29\nmaj", "2026-05-29", inferred=True),
                dt("15 juni", "2026-06-15", inferred=True),
            ],
            note="The page break (footer, form feed, header with the meeting date 2026-05-20) falls inside this item; "
            "header and footer lines are not item content, so that date is not annotated.",
        ),
        item(
            4,
            "Arbetsmarknadsläget och yrkesvux",
            "4. Arbetsmarknadsläget och yrkesvux",
            persons=[
                per("Mats Lund", aff=AF, role="redogör för arbetsmarknadsläget"),
                per(
                    "Eva Lund",
                    aff="Jönköpings kommun",
                    affc="Jönköping",
                    role="tar upp yrkesvux",
                    also=["Eva"],
                ),
                per("Helena", "Helena Fransson", role="tar fram behovsbild"),
                per("Ulrika", "Ulrika Bengtsson", role="deltar från regionens sida"),
            ],
            orgs=[
                org("Arbetsförmedlingen", AF, "national_agency", ["Arbetsförmedlingens"]),
                org("Rusta och matcha", "Rusta och matcha", "programme"),
                org("Skolverket", "Skolverket", "national_agency"),
                mun("Jönköpings kommun", "Jönköping", ["Jönköping"]),
                mun("Nässjö", "Nässjö"),
                mun("Värnamo", "Värnamo"),
            ],
            munis=["Jönköping", "Nässjö", "Värnamo"],
            topics=["arbetsmarknadsläget", "ungdomsarbetslöshet", "yrkesvux", "statsbidrag"],
            follow_ups=[
                "Eva och Helena tar fram en gemensam bild av behovet av yrkesvuxplatser i länet till nästa\nmöte.",
                "Ulrika deltar i arbetet från regionens sida.",
            ],
            dates=[dt("1\napril", "2026-04-01", inferred=True)],
        ),
        item(
            5,
            "Information från Länsstyrelsen",
            "5. Information från Länsstyrelsen",
            persons=[per("Oskar Bergqvist", role="informerar; återkommer med enkät", also=["Oskar"])],
            orgs=[
                org("Länsstyrelsen i Jönköpings län", LST, "county_administrative_board", ["Länsstyrelsen"]),
                org("Myndigheten för civilt försvar", "Myndigheten för civilt försvar", "national_agency"),
            ],
            topics=["höjd beredskap", "personalbehov", "kartläggning", "civilt försvar"],
            follow_ups=[
                "Oskar Bergqvist informerade om att Länsstyrelsen i Jönköpings län under hösten 2026 genomför\nen kartläggning av kommunernas och regionens personalbehov vid höjd beredskap.",
                "Oskar återkommer med en enkät till kommunerna i augusti.",
            ],
            dates=[dt("hösten 2026", "2026", gran="season"), dt("augusti", "2026-08", inferred=True)],
        ),
        item(
            6,
            "Övrigt",
            "6. Övrigt",
            persons=[
                per("Helena", "Helena Fransson", role="informerar om traineeprogram"),
                per("Sara", "Sara Nyberg", role="informerar om kompetensdag"),
                per("Emil", "Emil Sandberg", role="skickar inbjudan"),
            ],
            orgs=[org("Jönköping University", JU, "other")],
            topics=["traineeprogram för socionomer", "regional kompetensdag"],
            follow_ups=[
                "Helena informerade om att Höglandets sex kommuner startar ett gemensamt traineeprogram för\nsocionomer i september.",
                "Sara informerade om att Jönköping University bjuder in till en regional kompetensdag den\n10 september.",
                "Inbjudan skickas ut av Emil.",
            ],
            dates=[
                dt("september", "2026-09", inferred=True),
                dt("10 september", "2026-09-10", inferred=True),
            ],
        ),
        item(
            7,
            "Nästa möte",
            "7. Nästa möte",
            orgs=[mun("Jönköping", "Jönköping")],
            munis=["Jönköping"],
            places=["Regionens hus"],
            topics=["nästa möte"],
            follow_ups=["Nästa möte hålls den 16 september 2026 kl. 13.00–16.00 i Regionens hus, Jönköping."],
            dates=[dt("16 september 2026", "2026-09-16")],
        ),
    ],
}

if __name__ == "__main__":
    write(doc, "rjl_kompetensforsorjning_2026-05-20.txt", "Vid anteckningarna")
