# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: inlandskommunerna_styrelse_beslutstabell.txt → gold/inlandskommunerna_styrelse_beslutstabell.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

IEF = "Inlandskommunerna ekonomisk förening"
RN = "Region Norrbotten"
TRV = "Trafikverket"
IBAB = "Inlandsbanan AB"
TVV = "Tillväxtverket"

# Formal protocol; attendance groups `Beslutande ledamöter`, `Ersättare`, `Övriga närvarande`
# (all present) and `Frånvarande` (absent). Members are written INITIAL + SURNAME (`K. Nyström`):
# name as written, canonical_name the full name the item text gives (`Ordföranden Karin Nyström`,
# `Lars Sarri`, …). `, ordförande` after the body is the role (as Sydnärke, blind8);
# `J. Wikström, IEF, verksamhetsledare, sekreterare`: role `verksamhetsledare`, `sekreterare` a
# function (she is the recorder, `Vid protokollet`). `(pkt 3)` is the note, items attended [3].
# Annsofi Isaksson is the Tornedalsrådet document's Ann-Sofi Isaksson (Region Norrbotten in both).
present = [
    att("K. Nyström", "Storumans kommun", "Storuman", "ordförande", canon="Karin Nyström"),
    att("P. Granström", "Arvidsjaurs kommun", "Arvidsjaur", canon="Per Granström"),
    att("L. Sarri", "Jokkmokks kommun", "Jokkmokk", canon="Lars Sarri"),
    att("M. Blomqvist", "Strömsunds kommun", "Strömsund", canon="Marie Blomqvist"),
    att("A. Hallberg", "Mora kommun", "Mora", canon="Anders Hallberg"),
    att("T. Åkerlund", "Vilhelmina kommun", "Vilhelmina", canon="Torbjörn Åkerlund"),
    att("E. Lindmark", "Lycksele kommun", "Lycksele", canon="Erik Lindmark"),
    att("Annsofi Isaksson", RN, RN, "regional utvecklingsstrateg", "(pkt 3)", [3], canon="Ann-Sofi Isaksson"),
    att("J. Wikström", "IEF", IEF, "verksamhetsledare", canon="Jenny Wikström"),
]
absent = [att("H. Dahlberg", "Gällivare kommun", "Gällivare", canon="Hans Dahlberg")]
recorded_by = {"name": "J. Wikström", "canonical_name": "Jenny Wikström", "role": "verksamhetsledare"}

items = [
    item(
        1,
        "Pkt 1 Mötets öppnande och val av justerare",
        "Mötets öppnande och val av justerare",
        persons=[per("Karin Nyström", role="ordförande"), per("Lars Sarri")],
        topics=["mötets öppnande", "dagordning", "val av justerare"],
        decisions=["Dagordningen godkändes.", "Till justerare valdes Lars Sarri."],
        bdec=["Ordföranden Karin Nyström öppnade mötet."],
    ),
    item(
        2,
        "Pkt 2 Inlandsbanan – trafik och underhåll",
        "Inlandsbanan – trafik och underhåll",
        persons=[
            per("Jenny Wikström", role="verksamhetsledare"),
            per("Per Granström"),
            per("Marie Blomqvist"),
        ],
        orgs=[
            org(IBAB, IBAB, "company"),
            org(TRV, TRV, "national_agency"),
            org("Mora", "Mora", "municipality"),
            org("Arvidsjaur", "Arvidsjaur", "municipality"),
            org("Strömsunds kommun", "Strömsund", "municipality"),
        ],
        munis=["Mora", "Arvidsjaur", "Strömsund"],
        topics=["Inlandsbanan", "banunderhåll", "godstrafik", "skrivelse till Trafikverket"],
        decisions=[
            "Styrelsen beslutade att skriva till Trafikverket och begära en plan för underhållet av Inlandsbanan för perioden 2027–2029."
        ],
        follow_ups=[
            "Jenny Wikström tar fram ett förslag till skrivelse som skickas till styrelsen senast den 18 december.",
            "Inlandsbanan AB redovisar sin trafikplan för 2027 vid bolagsstämman den 22 april 2027.",
        ],
        bdec=[
            "Per Granström framhöll att godstrafiken från Arvidsjaur är beroende av att banan hålls öppen året runt."
        ],
        bfol=["Trafikverket har aviserat att delar av banan får sänkt hastighet under sommaren 2027."],
        dates=[
            dat("sommaren 2027", "2027"),
            dat("2027–2029", "2027/2029"),
            dat("18 december", "2026-12-18"),
            dat("2027", "2027"),
            dat("22 april 2027", "2027-04-22"),
        ],
    ),
    item(
        3,
        "Pkt 3 Regional utvecklingsstrategi – inspel från inlandet",
        "Regional utvecklingsstrategi – inspel från inlandet",
        persons=[
            per("Annsofi Isaksson", RN, also=["Annsofi"], canon="Ann-Sofi Isaksson"),
            per("Lars Sarri"),
            per("Torbjörn Åkerlund"),
        ],
        orgs=[
            org(RN, RN, "region"),
            org("Jokkmokks kommun", "Jokkmokk", "municipality"),
            org("Region Västerbotten", "Region Västerbotten", "region"),
        ],
        munis=["Jokkmokk"],
        topics=["regional utvecklingsstrategi", "inlandets perspektiv", "samiska näringar", "remiss"],
        follow_ups=[
            "Remissen går ut till kommunerna i februari 2027.",
            "Annsofi återkommer med tidplanen för de regionala dialogmötena.",
        ],
        bdec=[
            "Lars Sarri lyfte att Jokkmokks kommun vill se en tydligare skrivning om samiska näringar och rennäringens behov.",
            "Styrelsen anser att inlandets tillgänglighet måste vara en bärande del i strategierna.",
        ],
        dates=[dat("februari 2027", "2027-02")],
    ),
    item(
        4,
        "Pkt 4 Beslutsärenden",
        "Beslutsärenden",
        persons=[per("Anders Hallberg")],
        orgs=[org("Mora kommun", "Mora", "municipality")],
        munis=["Mora"],
        topics=["medlemsavgift 2027", "verksamhetsplan 2027", "statlig service i glesbygd", "bordläggning"],
        decisions=[
            "Styrelsen beslutade att föreslå föreningsstämman en oförändrad medlemsavgift för 2027.",
            "Styrelsen fastställde verksamhetsplanen för 2027.",
            "Ärendet bordlades till nästa sammanträde.",
        ],
        bdec=[
            "Oförändrad avgift, 4,50 kronor per invånare.",
            "Verksamhetsledarens förslag daterat 2026-11-20.",
            "Utkast från arbetsgruppen.",
            "Anders Hallberg anmälde att Mora kommun inte deltar i beslutet om medlemsavgiften.",
        ],
        dates=[dat("2027", "2027"), dat("2026-11-20", "2026-11-20")],
    ),
    item(
        5,
        "Pkt 5 Kompetensförsörjning i inlandet",
        "Kompetensförsörjning i inlandet",
        persons=[per("Erik Lindmark")],
        orgs=[
            org("Lycksele kommun", "Lycksele", "municipality"),
            org("Umeå universitet", "Umeå universitet", "other"),
            org(TVV, TVV, "national_agency"),
            org("Vilhelmina", "Vilhelmina", "municipality"),
        ],
        munis=["Lycksele", "Vilhelmina"],
        topics=["kompetensförsörjning", "distansutbildning", "sjuksköterskor", "seminarium"],
        decisions=[
            "Styrelsen beslutade att uppdra åt verksamhetsledaren att bjuda in Tillväxtverket till ett seminarium om kompetensförsörjning."
        ],
        follow_ups=["Seminariet genomförs i Vilhelmina den 25 mars 2027."],
        bdec=["Flera ledamöter menar att liknande lösningar behövs för lärare och socionomer."],
        bfol=[
            "Ett gemensamt seminarium med Tillväxtverket skulle kunna ordnas under våren.",
            "Styrelsen beslutade att uppdra åt verksamhetsledaren att bjuda in Tillväxtverket till ett seminarium om kompetensförsörjning.",
        ],
        dates=[dat("början av 2027", "2027"), dat("våren", "2027"), dat("25 mars 2027", "2027-03-25")],
    ),
    item(
        6,
        "Pkt 6 Övriga frågor och nästa sammanträde",
        "Övriga frågor och nästa sammanträde",
        persons=[per("Hans Dahlberg")],
        orgs=[
            org("Gällivare kommun", "Gällivare", "municipality"),
            org("Stockholm", "Stockholm", "municipality"),
        ],
        munis=["Gällivare"],
        topics=["flygtrafik", "nästa sammanträde"],
        follow_ups=[
            "Hans Dahlberg hade anmält att Gällivare kommun vill ta upp frågan om flygtrafiken till Stockholm vid nästa möte.",
            "Nästa sammanträde hålls den 11 februari 2027 via Teams.",
        ],
        dates=[dat("11 februari 2027", "2027-02-11")],
    ),
]

write(
    "inlandskommunerna_styrelse_beslutstabell.txt",
    "Inlandskommunerna ekonomisk förenings styrelse",
    "2026-12-10",
    ["Tid: torsdagen den 10/12 2026, kl. 13.00–16.00"],
    present,
    absent,
    recorded_by,
    items,
    item_end="\nVid protokollet",
)
