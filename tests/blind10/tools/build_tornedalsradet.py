# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: tornedalsradet_styrelse_understruken.txt → gold/tornedalsradet_styrelse_understruken.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

TR = "Tornedalsrådet"
RN = "Region Norrbotten"
LST = "Länsstyrelsen i Norrbottens län"
TRV = "Trafikverket"

# Plain-text export with `=====` underlined headings. Attendance SPLIT: `NÄRVARANDE LEDAMÖTER` before
# the items, `ÖVRIGA NÄRVARANDE` and `FRÅNVARANDE` after them. Each person: the name on one line,
# `role, Body[, marker]` indented on the next. `, ordförande` after the body is a function marker;
# `, punkt IV` is the note (items attended [4]). Finnish member municipalities (`Torneå stad`,
# `Pello kommun`, `Kolari kommun`) keep their Swedish short name as affiliation_canonical.
present = [
    att("Roger Lantto", "Haparanda stad", "Haparanda", "kommunchef"),
    att("Maija Keinänen", "Övertorneå kommun", "Övertorneå", "kommundirektör"),
    att("Elin Pekkari", "Pajala kommun", "Pajala", "kommundirektör"),
    att("Timo Rautio", "Torneå stad", "Torneå", "stadsdirektör"),
    att("Jari Kemppainen", "Pello kommun", "Pello", "kommundirektör"),
    att("Ann-Sofi Isaksson", RN, RN, "regional utvecklingsstrateg"),
    att("Petter Niva", LST, LST, "handläggare", "punkt IV", [4]),
    att("Hanna Vaara", TR, TR, "sekreterare"),
]
absent = [att("Mikko Salmi", "Kolari kommun", "Kolari", "kommundirektör")]
recorded_by = {"name": "Hanna Vaara", "canonical_name": "Hanna Vaara", "role": "sekreterare"}

items = [
    item(
        1,
        "I. MÖTETS ÖPPNANDE",
        "MÖTETS ÖPPNANDE",
        persons=[per("Roger Lantto", role="ordförande")],
        topics=["mötets öppnande", "dagordning"],
        decisions=["Dagordningen godkändes."],
        bdec=["Ordföranden Roger Lantto hälsade välkommen och förklarade mötet öppnat."],
    ),
    item(
        2,
        "II. VAL AV JUSTERARE",
        "VAL AV JUSTERARE",
        persons=[per("Maija Keinänen")],
        topics=["val av justerare"],
        decisions=["Maija Keinänen valdes att jämte ordföranden justera dagens protokoll."],
    ),
    item(
        3,
        "III. EKONOMISK RAPPORT OCH BUDGET 2027",
        "EKONOMISK RAPPORT OCH BUDGET 2027",
        persons=[per("Hanna Vaara", role="sekreterare"), per("Elin Pekkari")],
        orgs=[org("Pajala kommun", "Pajala", "municipality")],
        munis=["Pajala"],
        topics=["ekonomisk rapport", "budget 2027", "medlemsavgifter"],
        decisions=[
            "Styrelsen beslutade att godkänna den ekonomiska rapporten.",
            "Styrelsen beslutade att föreslå rådsmötet att fastställa budgeten för 2027 enligt förslaget.",
        ],
        follow_ups=["Hanna Vaara skickar budgetförslaget till medlemskommunerna senast den 18 december."],
        bdec=["Elin Pekkari framhöll att Pajala kommun ser behov av att avgiften ses över inför 2028."],
        dates=[
            dat("2027", "2027"),
            dat("oktober", "2026-10"),
            dat("2028", "2028"),
            dat("18 december", "2026-12-18"),
        ],
    ),
    item(
        4,
        "IV. GRÄNSÖVERSKRIDANDE ARBETSMARKNAD",
        "GRÄNSÖVERSKRIDANDE ARBETSMARKNAD",
        persons=[per("Petter Niva", LST), per("Timo Rautio"), per("Ann-Sofi Isaksson")],
        orgs=[
            org(LST, LST, "county_administrative_board", "Länsstyrelsens"),
            org("Gränstjänsten", "Gränstjänsten Haparanda-Torneå", "other"),
            org("Haparanda stad", "Haparanda", "municipality", "Haparanda"),
            org("Torneå stad", "Torneå", "municipality", "Torneå"),
            org("Försäkringskassan", "Försäkringskassan", "national_agency"),
            org("Kela", "Kela", "national_agency"),
            org(RN, RN, "region"),
            org("Nordiska ministerrådets gränshinderråd", "Nordiska ministerrådets gränshinderråd", "other"),
            org("Nordiska ministerrådets", "Nordiska ministerrådet", "other"),
        ],
        munis=["Haparanda"],
        topics=["gränshinder", "gränsöverskridande arbetsmarknad", "socialförsäkring", "Gränstjänsten"],
        decisions=[
            "Styrelsen beslutade att ge sekreteraren i uppdrag att sammanställa de gränshinder som medlemskommunerna rapporterat."
        ],
        follow_ups=[
            "Sammanställningen redovisas vid styrelsemötet i mars.",
            "Petter Niva återkommer med Länsstyrelsens kartläggning när den är klar.",
        ],
        bdec=[
            "Timo Rautio framhöll att Torneå stad och Haparanda stad delar samma arbetsmarknad och att Försäkringskassan och Kela behöver samordna sina besked bättre.",
            "Det är viktigt att gränshindren lyfts även i Nordiska ministerrådets gränshinderråd.",
        ],
        bfol=[
            "Ann-Sofi Isaksson berättade att Region Norrbotten tar upp gränshindren i den nya regionala utvecklingsstrategin."
        ],
        dates=[dat("mars", "2027-03")],
    ),
    item(
        5,
        "V. INTERREG AURORA - FÖRPROJEKTERING",
        "INTERREG AURORA - FÖRPROJEKTERING",
        persons=[per("Jari Kemppainen"), per("Maija", canon="Maija Keinänen")],
        orgs=[
            org("Interreg Aurora", "Interreg Aurora", "programme", "INTERREG AURORA"),
            org("Pello kommun", "Pello", "municipality"),
            org("Övertorneå kommun", "Övertorneå", "municipality"),
        ],
        munis=["Övertorneå"],
        topics=["Interreg Aurora", "besöksnäring", "projektskiss", "Torne älv"],
        decisions=[
            "Styrelsen beslutade att Övertorneå kommun och Pello kommun får i uppdrag att ta fram en projektskiss."
        ],
        follow_ups=["Projektskissen behandlas vid styrelsemötet den 4 mars 2027."],
        bdec=[
            "Maija ansåg att projektet bör ha ett tydligt fokus på unga och på kompetensförsörjning i besöksnäringen."
        ],
        bfol=["Nästa ansökningsomgång i Interreg Aurora stänger den 15 april 2027."],
        dates=[dat("15 april 2027", "2027-04-15"), dat("4 mars 2027", "2027-03-04")],
    ),
    item(
        6,
        "VI. PERSONTÅG ÖVER GRÄNSEN",
        "PERSONTÅG ÖVER GRÄNSEN",
        persons=[per("Roger Lantto"), per("Elin Pekkari")],
        orgs=[
            org(TRV, TRV, "national_agency"),
            org("Väylävirasto", "Väylävirasto", "national_agency"),
            org(RN, RN, "region"),
            org("Pajala", "Pajala", "municipality"),
            org("Övertorneå", "Övertorneå", "municipality"),
        ],
        munis=["Pajala", "Övertorneå"],
        topics=["persontåg", "Haparandabanan", "gränsöverskridande trafik", "busstrafik"],
        decisions=[
            "Styrelsen uppdrog åt ordföranden att tillsammans med Region Norrbotten begära ett möte med Trafikverket under januari."
        ],
        bdec=[
            "Elin Pekkari efterfrågade en tydligare plan för anslutande busstrafik från Pajala och Övertorneå."
        ],
        bfol=[
            "Styrelsen uppdrog åt ordföranden att tillsammans med Region Norrbotten begära ett möte med Trafikverket under januari.",
            "Roger Lantto informerade om att Trafikverket och Väylävirasto fortsätter förhandlingarna om gränsöverskridande persontrafik på Haparandabanan.",
            "Enligt uppgift kan trafiken tidigast starta vid tidtabellsskiftet i december 2027.",
        ],
        dates=[dat("december 2027", "2027-12"), dat("januari", "2027-01")],
    ),
    item(
        7,
        "VII. NÄSTA MÖTE",
        "NÄSTA MÖTE",
        orgs=[org("Pajala", "Pajala", "municipality")],
        munis=["Pajala"],
        topics=["nästa möte"],
        follow_ups=["Nästa styrelsemöte hålls den 4 mars 2027 i Pajala."],
        dates=[dat("4 mars 2027", "2027-03-04")],
    ),
]

write(
    "tornedalsradet_styrelse_understruken.txt",
    "Tornedalsrådets styrelse",
    "2026-12-03",
    ["Haparanda den 3 dec. 2026, kl. 10.00-15.00"],
    present,
    absent,
    recorded_by,
    items,
    item_end="\nÖVRIGA NÄRVARANDE",
)
