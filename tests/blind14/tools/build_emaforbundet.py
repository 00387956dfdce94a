# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: emaforbundet_styrelse_fetrubriker.md → gold/emaforbundet_styrelse_fetrubriker.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

EMA = "Emåförbundet"
LSTK = "Länsstyrelsen i Kalmar län"
LSTJ = "Länsstyrelsen i Jönköpings län"
KANSLI = "Emåförbundets kansli"

# Board meeting of the water association Emåförbundet (vattenförbund/vattenråd of the river Emån:
# municipalities in Jönköpings, Kronobergs and Kalmar län, industry, farmers, NGOs; the two county
# boards adjungerade). Markdown note: `# Emåförbundet`, a bold title line, date line with weekday and
# time, the place on the next line. Attendance under `**Närvarande**` GROUPED BY STAKEHOLDER CATEGORY
# (plain label lines `Kommuner`, `Industri och energi`, `Areella näringar och ideella organisationer`,
# `Adjungerade`, `Från kansliet`), each person a bullet `- Name, Body[, role | , ersättare för Name |
# , från punkten X | , via Teams till och med punkten Y]`. Items are UNNUMBERED BOLD HEADINGS
# (`**Verksamhetsledarens rapport**`), numbered 1–9 here by their order (as blind4's e-mail bullets);
# partial attendance refers to item TITLES (`från punkten Recipientkontroll 2027` = items 4–9,
# `till och med punkten Lågflöden` = items 1–5). The ABSENCE NOTE comes after the last item, in italics
# (`*Anmält förhinder: A, Body, B, Body, och C, Body.*`); the recorder only in the signature
# (`Vid protokollet` / name), then `Justeras` with two names on one line.
# `Styrelsen`, `Förbundet`, `årsmötet` (organs/event of the association) are not annotated;
# `kansliet` (the association's staff) is annotated wherever named; `Emån`, `Silverån`, `Järnsjön`,
# `Emsfors` are places; the working group `akuta vattenhushållningsgruppen` is a network.
# Yearless months after this October meeting: `november`, `december` → 2027; `februari` → 2028.
present = [
    att("Lars-Erik Bengtsson", "Vetlanda kommun", "Vetlanda", "ordförande"),
    att("Bertil Ek", "Högsby kommun", "Högsby"),
    att("Helena Fagerström", "Hultsfreds kommun", "Hultsfred"),
    att("Kjell Åström", "Mönsterås kommun", "Mönsterås"),
    att("Sofia Wennberg", "Nässjö kommun", "Nässjö", "ersättare", "ersättare för Anders Rydén"),
    att(
        "Jan-Åke Lindqvist",
        "Uppvidinge kommun",
        "Uppvidinge",
        None,
        "från punkten Recipientkontroll 2027",
        [4, 5, 6, 7, 8, 9],
    ),
    att("Malin Carlsson", "Södra Cell Mönsterås", "Södra Cell Mönsterås", "vice ordförande"),
    att("Peter Hult", "Uniper", "Uniper"),
    att("Gunnar Eliasson", "LRF", "Lantbrukarnas Riksförbund"),
    att("Ingrid Falk", "Naturskyddsföreningen", "Naturskyddsföreningen"),
    att("Maria Ek", LSTK, LSTK),
    att("Oskar Sandell", LSTJ, LSTJ, None, "via Teams till och med punkten Lågflöden", [1, 2, 3, 4, 5]),
    att("Henrik Moberg", None, EMA, "verksamhetsledare"),
    att("Jenny Stål", None, EMA, "vattensamordnare"),
]
absent = [
    att("Anders Rydén", "Nässjö kommun", "Nässjö"),
    att("Eva Linde", "Eksjö kommun", "Eksjö"),
    att("Emil Sjögren", "Sportfiskarna", "Sportfiskarna"),
]
recorded_by = {"name": "Jenny Stål", "canonical_name": "Jenny Stål", "role": "vattensamordnare"}

items = [
    item(
        1,
        "**Mötets öppnande, dagordning och justering**",
        "Mötets öppnande, dagordning och justering",
        persons=[
            per("Lars-Erik Bengtsson", None, "ordförande, öppnar mötet"),
            per("Malin Carlsson", None, "justerare"),
        ],
        topics=["mötets öppnande", "dagordning", "val av justerare"],
        decisions=["Dagordningen godkändes.", "Till justerare jämte ordföranden valdes Malin Carlsson."],
        bdec=["Ordföranden Lars-Erik Bengtsson hälsade alla välkomna och förklarade mötet öppnat."],
    ),
    item(
        2,
        "**Föregående protokoll**",
        "Föregående protokoll",
        topics=["föregående protokoll"],
        decisions=[
            "Protokollet från styrelsemötet den 25 augusti 2027 gicks igenom och lades till handlingarna."
        ],
        dates=[dat("25 augusti 2027", "2027-08-25")],
    ),
    item(
        3,
        "**Verksamhetsledarens rapport**",
        "Verksamhetsledarens rapport",
        persons=[per("Henrik Moberg", None, "rapporterar")],
        orgs=[
            org("kansliets", KANSLI, "other"),
            org(LSTK, LSTK, "county_administrative_board"),
            org(
                "Vattenmyndigheten Södra Östersjön",
                "Vattenmyndigheten för Södra Östersjöns vattendistrikt",
                "national_agency",
            ),
            org("Vetlanda", "Vetlanda", "municipality"),
        ],
        munis=["Vetlanda"],
        topics=[
            "verksamhetsledarens rapport",
            "bidrag till fiskevård",
            "åtgärdsprogram för vattenförvaltningen",
            "Emåutställningen",
        ],
        decisions=["Styrelsen noterade rapporten."],
        bfol=[
            "Vattenmyndigheten Södra Östersjön har meddelat att åtgärdsprogrammet för 2027–2033 fastställs i december.",
            "Emåutställningen visas på biblioteket i Vetlanda under november.",
        ],
        dates=[
            dat("2027–2033", "2027/2033"),
            dat("december", "2027-12", inferred=True),
            dat("november", "2027-11", inferred=True),
        ],
    ),
    item(
        4,
        "**Recipientkontroll 2027**",
        "Recipientkontroll 2027",
        persons=[per("Jenny Stål", None, "redovisar resultaten", also=["Jenny"])],
        orgs=[org("Eurofins", "Eurofins", "company"), org("kansliet", KANSLI, "other")],
        topics=[
            "recipientkontroll",
            "fosfor i Silverån",
            "metaller vid Järnsjön",
            "samordnat kontrollprogram 2028–2033",
            "remiss till medlemmarna",
        ],
        decisions=[
            "Styrelsen beslutade att skicka förslaget till kontrollprogram på remiss till medlemmarna med svar senast den 15 december 2027."
        ],
        follow_ups=["Jenny sammanställer remissvaren till styrelsemötet i februari."],
        bfol=[
            "Styrelsen beslutade att skicka förslaget till kontrollprogram på remiss till medlemmarna med svar senast den 15 december 2027."
        ],
        dates=[
            dat("2027", "2027"),
            dat("juni", "2027-06", inferred=True),
            dat("2028–2033", "2028/2033"),
            dat("15 december 2027", "2027-12-15"),
            dat("februari", "2028-02", inferred=True),
        ],
    ),
    item(
        5,
        "**Lågflöden och vattenhushållning sommaren 2027**",
        "Lågflöden och vattenhushållning sommaren 2027",
        persons=[per("Peter Hult", "Uniper"), per("Maria Ek", LSTK), per("Oskar Sandell", LSTJ)],
        orgs=[
            org("akuta vattenhushållningsgruppen", "Emåförbundets akuta vattenhushållningsgrupp", "network"),
            org("Uniper", "Uniper", "company"),
            org("Högsby", "Högsby", "municipality"),
            org(LSTK, LSTK, "county_administrative_board"),
            org(LSTJ, LSTJ, "county_administrative_board"),
            org("kansliet", KANSLI, "other"),
        ],
        munis=["Högsby"],
        topics=[
            "lågflöden",
            "vattenhushållning",
            "tappning vid kraftstationerna",
            "regional vattenförsörjningsplan",
            "lågflödesrutin",
        ],
        decisions=[
            "Styrelsen gav kansliet i uppdrag att tillsammans med kommunernas vattengrupper ta fram ett förslag till lågflödesrutin inför sommaren 2028."
        ],
        follow_ups=["Förslaget presenteras vid styrelsemötet den 9 februari 2028."],
        bfol=[
            "Styrelsen gav kansliet i uppdrag att tillsammans med kommunernas vattengrupper ta fram ett förslag till lågflödesrutin inför sommaren 2028.",
            "Maria Ek berättade att Länsstyrelsen i Kalmar län under våren 2028 uppdaterar den regionala vattenförsörjningsplanen, och Oskar Sandell meddelade att Länsstyrelsen i Jönköpings län gör motsvarande arbete.",
        ],
        dates=[
            dat("sommaren 2027", "2027", "season"),
            dat("2018", "2018"),
            dat("juli", "2027-07", inferred=True),
            dat("augusti", "2027-08", inferred=True),
            dat("våren 2028", "2028", "season"),
            dat("sommaren 2028", "2028", "season"),
            dat("9 februari 2028", "2028-02-09"),
        ],
    ),
    item(
        6,
        "**Ekonomi – budget 2028 och medlemsavgifter**",
        "Ekonomi – budget 2028 och medlemsavgifter",
        persons=[
            per("Henrik", None, "presenterar budgetförslaget", canon="Henrik Moberg"),
            per("Kjell Åström", "Mönsterås kommun", aff_canon="Mönsterås"),
        ],
        orgs=[
            org("Mönsterås kommun", "Mönsterås", "municipality"),
            org("Vetlanda", "Vetlanda", "municipality"),
        ],
        munis=["Mönsterås", "Vetlanda"],
        topics=["budget 2028", "medlemsavgifter", "andelstal för recipientkontrollen", "årsmöte"],
        decisions=[
            "Styrelsen beslutade att föreslå årsmötet att medlemsavgifterna för 2028 lämnas oförändrade."
        ],
        follow_ups=["Årsmötet hålls den 26 april 2028 i Vetlanda."],
        bdec=[
            "Kjell Åström påpekade att Mönsterås kommun behöver besked om avgiften före sin budgetberedning i november."
        ],
        dates=[
            dat("2028", "2028"),
            dat("november", "2027-11", inferred=True),
            dat("26 april 2028", "2028-04-26"),
        ],
    ),
    item(
        7,
        "**Projekt och ansökningar**",
        "Projekt och ansökningar",
        persons=[per("Ingrid Falk", "Naturskyddsföreningen")],
        orgs=[
            org("Kansliet", KANSLI, "other"),
            org("Mönsterås kommun", "Mönsterås", "municipality"),
            org("Hultsfreds kommun", "Hultsfred", "municipality"),
            org("LOVA", "Lokala vattenvårdsprojekt (LOVA)", "programme"),
            org(LSTK, LSTK, "county_administrative_board"),
        ],
        munis=["Mönsterås", "Hultsfred"],
        topics=["LOVA-ansökan", "våtmarker", "flodpärlmussla"],
        decisions=["Styrelsen ställde sig bakom ansökan."],
        follow_ups=["Ansökan ska lämnas senast den 1 februari 2028."],
        bdec=["Ingrid Falk betonade att hänsyn måste tas till flodpärlmusslan vid anläggningen."],
        dates=[dat("1 februari 2028", "2028-02-01")],
    ),
    item(
        8,
        "**Övriga frågor**",
        "Övriga frågor",
        persons=[per("Gunnar Eliasson", "LRF", aff_canon="Lantbrukarnas Riksförbund")],
        orgs=[
            org("Kansliet", KANSLI, "other"),
            org("LRF", "Lantbrukarnas Riksförbund", "association"),
            org("Mönsterås", "Mönsterås", "municipality"),
        ],
        munis=["Mönsterås"],
        topics=["bevattningsuttag", "informationsträff för lantbrukare", "nästa styrelsemöte"],
        follow_ups=[
            "Kansliet återkommer med förslag på datum efter kontakt med LRF.",
            "Nästa styrelsemöte hålls onsdagen den 9 februari 2028 i Mönsterås.",
        ],
        bdec=[
            "Gunnar Eliasson tog upp frågan om tillstånd för bevattningsuttag och efterfrågade en informationsträff för lantbrukare.",
            "Nästa styrelsemöte hålls onsdagen den 9 februari 2028 i Mönsterås.",
        ],
        dates=[dat("9 februari 2028", "2028-02-09")],
    ),
    item(
        9,
        "**Mötets avslutande**",
        "Mötets avslutande",
        topics=["mötets avslutande"],
    ),
]

write(
    "emaforbundet_styrelse_fetrubriker.md",
    "Emåförbundet, styrelsen",
    "2027-10-20",
    ["Onsdag 20 oktober 2027, kl. 09.30–12.40"],
    "Hultsfreds kommunhus, sammanträdesrum Emån",
    present,
    absent,
    recorded_by,
    items,
    end_marker="*Anmält förhinder:",
    item_start_marker="**Mötets öppnande",
)
