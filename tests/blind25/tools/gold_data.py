# ruff: noqa
"""Hand annotation of blind set 25 (three documents); build_gold.py checks and writes it."""

from __future__ import annotations

from build_gold import att, dt, item, mun, org, per

# ---------------------------------------------------------------- A: MalmöLundregionen
A_NAME = "malmolundregionen_kdgrupp_2025-03-14"
MLR_SELF = "MalmöLundregionens kommundirektörsgrupp"
A = {
    "document": A_NAME,
    "meeting": {
        "body": MLR_SELF,
        "date_estimate": "2025-03-14",
        "date_evidence": ["2025-03-14"],
        "place": "Lomma kommunhus, sammanträdesrum Flädie",
        "next_meeting": "2025-04-11",
    },
    "present": [
        att("Anna Lindqvist", "Burlöv, ordförande", "Burlöv", role="ordförande"),
        att("Peter Nilsson", "Eslöv", "Eslöv"),
        att("Carina Holm", "Höör", "Höör", note="(punkt 1–4)", items=[1, 2, 3, 4]),
        att("Mats Eriksson", "Kävlinge", "Kävlinge"),
        att("Jonas Nilsson", "Lomma", "Lomma"),
        att("Helena Berg", "Lund", "Lund"),
        att("Fredrik Wahl", "Malmö stad", "Malmö", note="ersättare för Sara Lundin"),
        att("Ulrika Sjögren", "Skurup", "Skurup", note="(digitalt)"),
        att("Henrik Malmberg", "Staffanstorp", "Staffanstorp"),
        att("Lena Hansson", "Svedala", "Svedala"),
        att("Magnus Dahl", "Trelleborg", "Trelleborg"),
        att("Sofie Andersson", "MalmöLundregionen", "MalmöLundregionen", role="processledare"),
        att("Therese Lind", "Skånetrafiken", "Skånetrafiken", note="(punkt 3)", items=[3]),
    ],
    "absent": [
        att("Sara Lundin", "Malmö stad", "Malmö"),
        att("Kristina Ek", "Vellinge", "Vellinge"),
    ],
    "recorded_by": {"name": "Sofie Andersson", "canonical_name": "Sofie Andersson", "role": "processledare"},
    "items": [
        item(
            1,
            "Välkommen och föregående minnesanteckningar",
            r"^1\. Välkommen.*$",
            persons=[
                per("Anna Lindqvist", role_in_item="chair, welcomes"),
                per("Jonas Nilsson", role_in_item="informs about Lomma Hamn"),
            ],
            orgs=[mun("Lomma")],
            munis=["Lomma"],
            topics=["föregående minnesanteckningar", "stadsutveckling Lomma Hamn"],
            decisions=[
                "Minnesanteckningarna från mötet den 7 februari godkändes och lades till handlingarna."
            ],
            dates=[dt("7 februari", "2025-02-07", "day", True)],
            places=["Lomma Hamn"],
        ),
        item(
            2,
            "Aktuellt från kommunerna",
            r"^2\. Aktuellt.*$",
            persons=[
                per("Helena Berg", aff="Lunds kommun", aff_c="Lund", role_in_item="informs"),
                per("Fredrik Wahl", aff="Malmö", aff_c="Malmö", role_in_item="informs"),
            ],
            orgs=[
                mun("Eslöv"),
                mun("Lund", other=["Lunds kommun"]),
                mun("Trelleborg"),
                mun("Malmö"),
                org("Region Skåne", "Region Skåne", "region"),
                org("Lunds universitet", "Lunds universitet", "other"),
            ],
            munis=["Eslöv", "Lund", "Trelleborg", "Malmö"],
            topics=[
                "budget 2026",
                "försörjningsstöd",
                "Science Village",
                "Trelleborgsbanan",
                "trygghetsskapande åtgärder",
            ],
            dates=[dt("2026", "2026", "year"), dt("sommaren", "2025", "season", True)],
            places=["Science Village", "Trelleborgsbanan"],
        ),
        item(
            3,
            "Trafikförsörjningsprogram för Skåne – remiss",
            r"^3\. Trafikförsörjningsprogram.*$",
            persons=[
                per(
                    "Therese Lind",
                    aff="Skånetrafiken",
                    aff_c="Skånetrafiken",
                    role_in_item="presents the remiss version",
                ),
                per(
                    "Sofie Andersson",
                    aff="MalmöLundregionen",
                    aff_c="MalmöLundregionen",
                    role_in_item="drafts the joint response",
                    also=["Sofie"],
                ),
            ],
            orgs=[
                org("Skånetrafiken", "Skånetrafiken", "region"),
                org("MalmöLundregionen", "MalmöLundregionen", "network"),
                mun("Malmö"),
                mun("Lund"),
                mun("Eslöv"),
                mun("Trelleborg"),
            ],
            munis=["Malmö", "Lund", "Eslöv", "Trelleborg"],
            topics=["trafikförsörjningsprogram", "kollektivtrafik", "remissvar", "regionbusslinjer"],
            decisions=[
                "Gruppen enades om att MalmöLundregionen ska lämna ett gemensamt remissvar som komplement till kommunernas egna svar."
            ],
            follow_ups=[
                "Sofie Andersson sammanställer ett utkast till gemensamt remissvar som skickas till gruppen senast den 4 april.",
                "Synpunkter på utkastet lämnas till Sofie senast den 16 april.",
            ],
            bdec=[
                "Kommundirektörerna framförde att kopplingen mellan trafikförsörjningsprogrammet och kommunernas översiktsplaner behöver bli tydligare, liksom finansieringen av regionbusslinjerna till mindre orter."
            ],
            bfol=["Remisstiden löper till den 30 april 2025."],
            dates=[
                dt("2035", "2035", "year"),
                dt("30 april 2025", "2025-04-30", "day"),
                dt("4 april", "2025-04-04", "day", True),
                dt("16 april", "2025-04-16", "day", True),
            ],
            places=["Skåne"],
            note="The corridor names Malmö–Lund–Eslöv and Malmö–Trelleborg are counted as mentions of those municipalities.",
        ),
        item(
            4,
            "Kompetensförsörjning – gemensam rekryteringsinsats",
            r"^4\. Kompetensförsörjning.*$",
            persons=[
                per("Helena Berg", role_in_item="reports from the HR network", also=["Helena"]),
                per("Peter Nilsson", role_in_item="investigates internships"),
                per("Mats Eriksson", role_in_item="investigates internships"),
            ],
            orgs=[
                org("HR-chefsnätverket", "MalmöLundregionens HR-chefsnätverk", "network"),
                org("Malmö universitet", "Malmö universitet", "other"),
                org("Arbetsförmedlingen", "Arbetsförmedlingen", "national_agency"),
                org("Kommundirektörsgruppen", MLR_SELF, "network", note="the meeting body itself"),
                mun("Eslöv"),
                mun("Kävlinge"),
            ],
            munis=["Eslöv", "Kävlinge"],
            topics=[
                "kompetensförsörjning",
                "employer branding",
                "rekrytering socialtjänst och skola",
                "praktikplatser",
            ],
            decisions=[
                "Kommundirektörsgruppen ställer sig bakom förslaget och ger HR-chefsnätverket i uppdrag att ta fram en genomförandeplan."
            ],
            follow_ups=[
                "Helena återkommer med genomförandeplanen till mötet i juni.",
                "Peter Nilsson och Mats Eriksson undersöker om Eslöv och Kävlinge kan bidra med praktikplatser inom kampanjens ram.",
            ],
            bdec=[
                "Kampanjen föreslås genomföras under hösten 2025 i samarbete med Malmö universitet och Arbetsförmedlingen."
            ],
            bfol=[
                "Kampanjen föreslås genomföras under hösten 2025 i samarbete med Malmö universitet och Arbetsförmedlingen."
            ],
            dates=[dt("hösten 2025", "2025", "season"), dt("juni", "2025-06", "month", True)],
        ),
        item(
            5,
            "Verksamhetsplan och budget 2026 för MalmöLundregionen",
            r"^5\. Verksamhetsplan.*$",
            persons=[per("Sofie Andersson", role_in_item="presents the draft")],
            orgs=[
                org("MalmöLundregionen", "MalmöLundregionen", "network"),
                org("Skånes kommuners", "Skånes kommuner", "association"),
                org("Kommundirektörsgruppen", MLR_SELF, "network", note="the meeting body itself"),
                org("styrgruppen", "MalmöLundregionens styrgrupp", "other"),
            ],
            topics=["verksamhetsplan 2026", "budget", "hållbar mobilitet", "digitalisering"],
            decisions=[
                "Kommundirektörsgruppen beslutade att utkastet ska bearbetas utifrån dagens diskussion."
            ],
            follow_ups=[
                "Det reviderade utkastet behandlas på mötet den 11 april och går därefter till styrgruppen den 23 maj."
            ],
            dates=[
                dt("2026", "2026", "year"),
                dt("2023–2026", "2023/2026", "range"),
                dt("11 april", "2025-04-11", "day", True),
                dt("23 maj", "2025-05-23", "day", True),
            ],
        ),
        item(
            6,
            "Övrigt",
            r"^6\. Övrigt\s*$",
            persons=[
                per("Magnus Dahl", role_in_item="reminds of seminar; takes registrations", also=["Magnus"]),
                per("Lena Hansson", role_in_item="informs about new kommundirektör in Svedala"),
            ],
            orgs=[mun("Trelleborg"), mun("Svedala")],
            munis=["Trelleborg", "Svedala"],
            topics=["civilt försvar", "seminarium", "ny kommundirektör"],
            follow_ups=["Anmälan görs till Magnus senast den 25 mars."],
            bfol=[
                "Magnus Dahl påminde om seminariet om civilt försvar i Trelleborg den 2 april.",
                "Lena Hansson informerade om att Svedala har rekryterat en ny kommundirektör som tillträder den 1 september 2025.",
            ],
            dates=[
                dt("2 april", "2025-04-02", "day", True),
                dt("25 mars", "2025-03-25", "day", True),
                dt("1 september 2025", "2025-09-01", "day"),
            ],
            note="The unnumbered 'Nästa möte' section after this item is not part of it (it is a heading of its own).",
        ),
    ],
    "document_note": "Word document exported to text: tab-separated attendance table, unnumbered 'Nästa möte' section, 'Vid anteckningarna' signature.",
}

# ---------------------------------------------------------------- B: Region Stockholm
B_NAME = "region_stockholm_samverkan_rufs_2025-02-05"
RS_SELF = "Region Stockholms regionala samverkansgrupp för fysisk planering och RUFS 2050"
LST = "Länsstyrelsen i Stockholms län"
B = {
    "document": B_NAME,
    "meeting": {
        "body": RS_SELF,
        "date_estimate": "2025-02-05",
        "date_evidence": ["2025-02-05"],
        "place": "Region Stockholm, Tillväxt- och regionplaneförvaltningen, Norra Stationsgatan 69, Stockholm samt via Teams",
    },
    "present": [
        att("Maria Wiklund", "Region Stockholm", "Region Stockholm", role="ordförande", note="(ordförande)"),
        att("Erik Sandström", "Region Stockholm", "Region Stockholm"),
        att("Nadia Haddad", "Region Stockholm", "Region Stockholm", role="sekreterare", note="(sekreterare)"),
        att("Linda Ekström", "Sollentuna kommun", "Sollentuna"),
        att("Johan Ekström", "Nacka kommun", "Nacka"),
        att("Per Holm", "Huddinge kommun", "Huddinge", note="ersätter Anna Forsberg"),
        att("Cecilia Lund", "Stockholms stad", "Stockholm"),
        att("Tobias Gran", "Södertälje kommun", "Södertälje"),
        att("Marie Öberg", "Norrtälje kommun", "Norrtälje", note="(via Teams)"),
        att("Henrik Sjövall", "Järfälla kommun", "Järfälla"),
        att("Åsa Blom", "Värmdö kommun", "Värmdö", note="(via Teams)"),
        att("Karin Sjöberg", "Länsstyrelsen i Stockholms län", LST, note="(punkt 3)", items=[3]),
        att("Oskar Wennberg", "Trafikverket", "Trafikverket", note="(punkt 4)", items=[4]),
    ],
    "absent": [
        att("Anna Forsberg", "Huddinge kommun", "Huddinge"),
        att("David Karlsson", "Täby kommun", "Täby"),
    ],
    "recorded_by": {"name": "Nadia Haddad", "canonical_name": "Nadia Haddad", "role": "sekreterare"},
    "items": [
        item(
            1,
            "Inledning och godkännande av dagordning",
            r"^1\. Inledning.*$",
            persons=[
                per(
                    "Maria Wiklund",
                    aff="Region Stockholm",
                    aff_c="Region Stockholm",
                    role_in_item="chair, welcomes",
                )
            ],
            orgs=[org("Trafikverket", "Trafikverket", "national_agency")],
            topics=["dagordning"],
            decisions=["Dagordningen godkändes med tillägget att\nTrafikverket informerar under punkt 4."],
        ),
        item(
            2,
            "Uppföljning av RUFS 2050 – regional utvecklingsrapport 2024",
            r"^2\. Uppföljning.*$",
            persons=[
                per(
                    "Erik Sandström",
                    aff="Region Stockholm",
                    aff_c="Region Stockholm",
                    role_in_item="presents the report",
                )
            ],
            orgs=[
                org("Region Stockholm", "Region Stockholm", "region"),
                org("RUFS 2050", "RUFS 2050 (regional utvecklingsplan för Stockholmsregionen)", "programme"),
            ],
            topics=[
                "RUFS 2050",
                "regional utvecklingsrapport",
                "bostadsbyggande",
                "regionala stadskärnor",
                "indikatorer",
            ],
            follow_ups=[
                "Region Stockholm tar fram en kommunvis bilaga till rapporten till nästa möte.",
                "Rapporten publiceras på regionens webbplats i mars 2025.",
            ],
            bdec=[
                "Kommunerna efterfrågade indikatorer som går att bryta ned per kommun och per\nregional stadskärna."
            ],
            bfol=[
                "Kommunerna efterfrågade indikatorer som går att bryta ned per kommun och per\nregional stadskärna."
            ],
            dates=[dt("2024", "2024", "year"), dt("mars 2025", "2025-03", "month")],
        ),
        item(
            3,
            "Regional vattenförsörjningsplan – revidering",
            r"^3\. Regional vattenförsörjningsplan.*$",
            persons=[
                per(
                    "Karin Sjöberg",
                    aff=LST,
                    aff_c=LST,
                    role_in_item="informs about the revision",
                    also=["Karin"],
                ),
                per("Linda Ekström", role_in_item="raises groundwater protection"),
                per("Tobias Gran", role_in_item="raises groundwater protection"),
            ],
            orgs=[
                org(
                    "Länsstyrelsen i Stockholms län",
                    LST,
                    "county_administrative_board",
                    other=["Länsstyrelsen"],
                ),
                org("Norrvatten", "Norrvatten", "municipal_federation"),
                org("Stockholm Vatten och Avfall", "Stockholm Vatten och Avfall", "company"),
                org("Region Stockholm", "Region Stockholm", "region"),
            ],
            topics=["regional vattenförsörjningsplan", "reservvatten", "grundvattenskydd", "kontaktpersoner"],
            follow_ups=[
                "Länsstyrelsen skickar ut ett samrådsunderlag till kommunerna i juni 2025.",
                "Kommunerna ombeds att senast den 28 februari anmäla en kontaktperson för\nvattenförsörjningsfrågor till Karin.",
            ],
            dates=[
                dt("2014", "2014", "year"),
                dt("juni 2025", "2025-06", "month"),
                dt("28 februari", "2025-02-28", "day", True),
            ],
            note="The page footer 'Region Stockholm 1 (2)' and the page-2 header (with the meeting date) fall inside this item's span; they are not annotated.",
        ),
        item(
            4,
            "Transportinfrastruktur – nationell plan och länsplan",
            r"^4\. Transportinfrastruktur.*$",
            persons=[
                per(
                    "Oskar Wennberg",
                    aff="Trafikverket",
                    aff_c="Trafikverket",
                    role_in_item="informs about the national plan",
                ),
                per("Johan Ekström", role_in_item="raises road 222 capacity"),
                per("Erik", canon="Erik Sandström", role_in_item="returns with a timetable"),
            ],
            orgs=[
                org("Trafikverket", "Trafikverket", "national_agency"),
                org("Regeringens", "Regeringen", "national_agency"),
                org("Region Stockholm", "Region Stockholm", "region"),
                mun("Nacka"),
                mun("Värmdö"),
            ],
            munis=["Nacka", "Värmdö"],
            topics=[
                "nationell plan för transportinfrastruktur",
                "länsplan",
                "Roslagsbanan",
                "Spårväg syd",
                "väg 222",
            ],
            decisions=[
                "Gruppen var enig om att ett gemensamt inspel från kommunerna i länet ska\nsamordnas av Region Stockholm inför länsplanen."
            ],
            follow_ups=["Erik återkommer med en tidplan för inspelet till mötet den 7 maj."],
            bdec=[
                "Johan Ekström framförde att Nacka och Värmdö gemensamt vill lyfta\nkapacitetsbristen på väg 222."
            ],
            bfol=["Regeringens direktiv väntas under\nvåren."],
            dates=[
                dt("2026–2037", "2026/2037", "range"),
                dt("våren", "2025", "season", True),
                dt("7 maj", "2025-05-07", "day", True),
            ],
            places=["Roslagsbanan", "Spårväg syd", "väg 222"],
        ),
        item(
            5,
            "Inför ny regional utvecklingsplan – dialogprocess",
            r"^5\. Inför ny regional.*$",
            persons=[
                per("Maria Wiklund", role_in_item="presents the proposed dialogue process"),
                per("Åsa Blom", role_in_item="raises archipelago and rural issues"),
                per("Marie Öberg", role_in_item="raises archipelago and rural issues"),
            ],
            orgs=[org("Samverkansgruppen", RS_SELF, "network", note="the meeting body itself")],
            topics=[
                "ny regional utvecklingsplan",
                "dialogprocess",
                "workshop planeringschefer",
                "skärgård och landsbygd",
            ],
            decisions=["Samverkansgruppen ställde sig bakom förslaget till dialogprocess."],
            follow_ups=["En första workshop för kommunernas planeringschefer hålls den 26 mars 2025."],
            bdec=[
                "Åsa Blom och Marie Öberg påpekade att skärgårdens och landsbygdens frågor\nbehöver få ett tydligt utrymme i dialogen."
            ],
            bfol=["Förslaget innebär tre dialogtillfällen under 2025 och\nen bred samrådsremiss under 2026."],
            dates=[
                dt("2025", "2025", "year"),
                dt("2026", "2026", "year"),
                dt("26 mars 2025", "2025-03-26", "day"),
            ],
        ),
        item(
            6,
            "Aktuellt från kommunerna",
            r"^6\. Aktuellt.*$",
            persons=[
                per("Cecilia Lund", role_in_item="informs"),
                per("Henrik Sjövall", role_in_item="informs"),
                per("Per Holm", role_in_item="informs"),
            ],
            orgs=[mun("Stockholm", surface="Stockholms stad"), mun("Järfälla"), mun("Huddinge")],
            munis=["Stockholm", "Järfälla", "Huddinge"],
            topics=["översiktsplan", "klimatanpassningsplan", "medborgardialog Flemingsberg"],
            bfol=[
                "Per Holm informerade om att Huddinge genomför\nmedborgardialog om Flemingsbergs centrum under april."
            ],
            dates=[dt("april", "2025-04", "month", True)],
            places=["Flemingsbergs centrum"],
        ),
        item(
            7,
            "Kommande möten",
            r"^7\. Kommande möten\s*$",
            topics=["mötesplanering"],
            follow_ups=["Kommande möten 2025: 7 maj, 10 september och 3 december, kl. 13.00–15.30."],
            dates=[
                dt("2025", "2025", "year"),
                dt("7 maj", "2025-05-07", "day"),
                dt("10 september", "2025-09-10", "day"),
                dt("3 december", "2025-12-03", "day"),
            ],
        ),
    ],
    "document_note": "PDF (Word original) converted with pdftotext -layout: right-aligned header with date and Dnr, hard line wraps, page footer and form feed, repeated header on page 2.",
}

# ---------------------------------------------------------------- C: Norrvatten
C_NAME = "norrvatten_forbundsstyrelsen_protokoll_2025-04-24"
FS = "Norrvattens förbundsstyrelse"


def fs(*other):
    return org("Förbundsstyrelsen", FS, "other", other=list(other), note="the meeting body itself")


C = {
    "document": C_NAME,
    "meeting": {
        "body": FS,
        "date_estimate": "2025-04-24",
        "date_evidence": ["2025-04-24"],
        "place": "Norrvattens kontor, Vattenverksvägen 2, Järfälla",
    },
    "present": [
        att("Ulla Berg", "Sollentuna", "Sollentuna", role="ordförande"),
        att("Tomas Lindgren", "Järfälla", "Järfälla", role="1:e vice ordförande"),
        att("Eva Sandberg", "Solna", "Solna"),
        att("Anders Berg", "Täby", "Täby"),
        att(
            "Mikael Olsson",
            "Sundbyberg",
            "Sundbyberg",
            role="tjänstgörande ersättare",
            note="tjänstgörande ersättare",
        ),
        att("Kristina Holmqvist", "Upplands Väsby", "Upplands Väsby"),
        att("Johan Strand", "Vallentuna", "Vallentuna"),
        att("Fredrik Lund", "Danderyd", "Danderyd", role="ersättare"),
        att("Birgitta Nordin", "Sigtuna", "Sigtuna", role="ersättare"),
        att(
            "Oscar Lindahl",
            "Österåker",
            "Österåker",
            role="ersättare",
            note="§§ 23–27",
            items=[23, 24, 25, 26, 27],
        ),
        att("Pernilla Dahlgren", None, "Norrvatten", role="förbundsdirektör"),
        att("Martin Ahlqvist", None, "Norrvatten", role="ekonomichef"),
        att("Sara Öhman", None, "Norrvatten", role="förbundsjurist"),
        att("Karin Sjöberg", "Länsstyrelsen i Stockholms län", LST, note="§ 27", items=[27]),
    ],
    "absent": [
        att("Fatima Ali", None, "Sundbyberg"),
    ],
    "recorded_by": {"name": "Sara Öhman", "canonical_name": "Sara Öhman", "role": "Sekreterare"},
    "items": [
        item(
            23,
            "Mötets öppnande och val av justerare",
            r"^§ 23 .*$",
            persons=[per("Tomas Lindgren", role_in_item="elected to check the minutes")],
            orgs=[fs()],
            topics=["mötets öppnande", "val av justerare"],
            decisions=[
                "Förbundsstyrelsen beslutar att utse Tomas Lindgren (S) att jämte ordföranden\njustera protokollet."
            ],
        ),
        item(
            24,
            "Godkännande av dagordning",
            r"^§ 24 .*$",
            orgs=[fs()],
            topics=["dagordning"],
            decisions=["Förbundsstyrelsen beslutar att godkänna dagordningen."],
        ),
        item(
            25,
            "Årsredovisning 2024",
            r"^§ 25 .*$",
            subheadings=["Sammanfattning", "Beslutsunderlag", "Förbundsstyrelsens beslut"],
            orgs=[
                fs("Förbundsstyrelsens"),
                org("förbundsfullmäktige", "Norrvattens förbundsfullmäktige", "other"),
                org(
                    "Reservvattenförsörjning",
                    "Projekt Reservvattenförsörjning",
                    "programme",
                    other=["projektet Reservvattenförsörjning"],
                ),
            ],
            topics=["årsredovisning 2024", "resultat", "investeringar", "ledningsförnyelse"],
            decisions=[
                "Förbundsstyrelsen beslutar att godkänna årsredovisning 2024 och överlämna den\ntill förbundsfullmäktige för fastställande."
            ],
            dates=[
                dt("2024", "2024", "year"),
                dt("2023", "2023", "year"),
                dt("mars 2025", "2025-03", "month"),
                dt("2025-04-08", "2025-04-08", "day"),
            ],
            note="The page footer and the page-3 header (with the meeting date 2025-04-24) fall inside this item's span; they are not annotated.",
        ),
        item(
            26,
            "Ekonomisk uppföljning januari–mars 2025",
            r"^§ 26 .*$",
            subheadings=["Förbundsstyrelsens beslut"],
            persons=[per("Martin Ahlqvist", role_in_item="presents the financial follow-up")],
            orgs=[fs("Förbundsstyrelsens")],
            topics=["ekonomisk uppföljning", "prognos", "elkostnader", "kemikaliekostnader"],
            decisions=[
                "Förbundsstyrelsen beslutar att lägga den ekonomiska uppföljningen till\nhandlingarna."
            ],
            dates=[dt("januari–mars 2025", "2025-01/2025-03", "range")],
        ),
        item(
            27,
            "Information om revidering av regional vattenförsörjningsplan",
            r"^§ 27 .*$",
            subheadings=["Förbundsstyrelsens beslut"],
            persons=[per("Karin Sjöberg", aff=LST, aff_c=LST, role_in_item="informs about the revision")],
            orgs=[
                org("Länsstyrelsen i Stockholms län", LST, "county_administrative_board"),
                org("Norrvattens", "Norrvatten", "municipal_federation"),
                org("Stockholm Vatten och Avfall", "Stockholm Vatten och Avfall", "company"),
                fs("Förbundsstyrelsens"),
            ],
            topics=["regional vattenförsörjningsplan", "reservvatten", "remissyttrande"],
            decisions=[
                "Förbundsstyrelsen beslutar att tacka för informationen.",
                "Förbundsdirektören får i uppdrag att återkomma med ett förslag till\nremissyttrande när samrådsunderlaget har kommit.",
            ],
            bfol=[
                "Förbundsdirektören får i uppdrag att återkomma med ett förslag till\nremissyttrande när samrådsunderlaget har kommit.",
                "Ett samrådsunderlag väntas i juni 2025.",
            ],
            dates=[dt("juni 2025", "2025-06", "month")],
            places=["Stockholms län"],
            note="Title joined from two heading lines; the Dnr column is not part of it.",
        ),
        item(
            28,
            "Projekt Reservvattenförsörjning – genomförandebeslut för etapp 2",
            r"^§ 28 .*$",
            subheadings=["Sammanfattning", "Yrkanden", "Förbundsstyrelsens beslut"],
            persons=[per("Johan Strand", role_in_item="moves approval")],
            orgs=[
                org(
                    "Reservvattenförsörjning",
                    "Projekt Reservvattenförsörjning",
                    "programme",
                    other=["Projekt Reservvattenförsörjning", "Projektet Reservvattenförsörjning"],
                ),
                fs("Förbundsstyrelsens", "förbundsstyrelsen"),
                mun("Järfälla"),
            ],
            munis=["Järfälla"],
            topics=["reservvattenförsörjning", "överföringsledning", "genomförandebeslut", "upphandling"],
            decisions=[
                "Förbundsstyrelsen beslutar att genomföra etapp 2 i projektet\nReservvattenförsörjning inom en utgiftsram om 145 mnkr.",
                "Förbundsstyrelsen ger förbundsdirektören i uppdrag att genomföra\nupphandlingen av entreprenaden.",
                "Förbundsdirektören ska rapportera projektets status till förbundsstyrelsen vid\nvarje sammanträde.",
            ],
            bdec=["Johan Strand (M) yrkar bifall till förbundsdirektörens förslag."],
            bfol=[
                "Förbundsstyrelsen ger förbundsdirektören i uppdrag att genomföra\nupphandlingen av entreprenaden.",
                "Förbundsdirektören ska rapportera projektets status till förbundsstyrelsen vid\nvarje sammanträde.",
                "Upphandlingen av entreprenaden planeras till hösten 2025 med byggstart i\njanuari 2026.",
            ],
            dates=[dt("hösten 2025", "2025", "season"), dt("januari 2026", "2026-01", "month")],
            places=["Görväln"],
            note="Title joined from two heading lines with the line-end hyphen of 'genomförande-' removed; the Dnr column is not part of it.",
        ),
        item(
            29,
            "Förbundsdirektörens rapport",
            r"^§ 29 .*$",
            persons=[per("Pernilla Dahlgren", role_in_item="reports as förbundsdirektör")],
            orgs=[
                org("Käppalaförbundet", "Käppalaförbundet", "municipal_federation"),
                org("SÖRAB", "SÖRAB", "company"),
                fs(),
            ],
            topics=["vattenverket Görväln", "krisberedskap", "medarbetarenkät"],
            decisions=["Förbundsstyrelsen beslutar att lägga rapporten till handlingarna."],
            bfol=["Medarbetarenkäten 2025 genomförs i maj."],
            dates=[dt("maj", "2025-05", "month", True)],
            places=["Görväln"],
        ),
        item(
            30,
            "Anmälan av delegationsbeslut",
            r"^§ 30 .*$",
            orgs=[fs()],
            topics=["delegationsbeslut", "nästa sammanträde"],
            decisions=[
                "Förbundsstyrelsen beslutar att lägga anmälan av delegationsbeslut till\nhandlingarna."
            ],
            follow_ups=["Nästa sammanträde hålls den 12 juni 2025."],
            dates=[
                dt("2025-02-01–2025-03-31", "2025-02-01/2025-03-31", "range"),
                dt("12 juni 2025", "2025-06-12", "day"),
            ],
        ),
    ],
    "document_note": "Formal protocol (PDF) converted with pdftotext -layout: two-column attendance block, §-numbered items with Dnr in a right column, page header/footer ('Justerandes signatur / Utdragsbestyrkande') and form feeds.",
}

DOCS = [(A, "Nästa möte"), (B, "Vid anteckningarna"), (C, "Justerandes signatur")]
