# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: halland_kommunchefer_epost.txt → gold/halland_kommunchefer_epost.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RH = "Region Halland"
LST = "Länsstyrelsen i Hallands län"

# "Deltog: … och jag." — the writer (signature: Ida Rask, Region Halland) was there.
# "Hylte hade förhinder." names no person, so absent is empty.
present = [
    att("Fredrik Wahlgren", "Halmstad", "Halmstad"),
    att("Sara Lindell", "Varberg", "Varberg"),
    att("Mikael Thorén", "Kungsbacka", "Kungsbacka"),
    att("Helena Stark", "Falkenberg", "Falkenberg"),
    att("Johan Brink", "Laholm", "Laholm"),
    att("Anders Lind", RH, RH, "regiondirektör"),
    att("Pernilla Ödman", "Arbetsförmedlingen", "Arbetsförmedlingen", None, "(p 2)", [2]),
    att("Ida Rask", RH, RH, "Samordnare kommunsamverkan"),
]
recorded_by = {"name": "Ida Rask", "canonical_name": "Ida Rask", "role": "Samordnare kommunsamverkan"}

# Items are the bullets of the summary, numbered by their order (the text gives no numbers);
# the title is the run-in label before the colon.
items = [
    item(
        1,
        "• Arbetsmarknad och etablering:",
        "Arbetsmarknad och etablering",
        persons=[per("Pernilla Ödman", "Arbetsförmedlingen"), per("Sara Lindell")],
        orgs=[org("Arbetsförmedlingen", "Arbetsförmedlingen", "national_agency")],
        munis=["Halmstad", "Hylte"],
        topics=["arbetsmarknad", "etablering", "långtidsarbetslöshet", "lokala överenskommelser"],
        decisions=[
            "Kommuncheferna var eniga om att överenskommelserna ska följa en gemensam mall för hela länet."
        ],
        follow_ups=["Sara Lindell tar fram ett förslag på mall till nästa träff."],
        bfol=[
            "Långtidsarbetslösheten ökar i Halmstad och Hylte, och myndigheten vill teckna nya lokala överenskommelser med kommunerna före årsskiftet."
        ],
    ),
    item(
        2,
        "• Region Hallands budget 2027:",
        "Region Hallands budget 2027",
        persons=[per("Anders Lind"), per("Mikael Thorén")],
        orgs=[
            org("Region Hallands", RH, "region"),
            org("regionfullmäktige", "Region Hallands regionfullmäktige", "region"),
            org("Hallandstrafiken", "Hallandstrafiken AB", "company"),
            org("Göteborg", "Göteborg", "municipality"),
        ],
        munis=["Kungsbacka"],
        topics=["regionens budget", "tandvårdsavgifter", "kollektivtrafik", "pendeltåg"],
        follow_ups=["Hallandstrafiken bjuds in till kommunchefsträffen i januari."],
        bdec=["Mikael Thorén lyfte att Kungsbacka vill ha en dialog om pendeltågstrafiken mot Göteborg."],
        bfol=["Anders Lind berättade att regionfullmäktige beslutar om budgeten den 24 november."],
        dates=[dat("2027", "2027"), dat("24 november", "2026-11-24"), dat("januari", "2027-01")],
    ),
    item(
        3,
        "• Gemensam växel och kontaktcenter:",
        "Gemensam växel och kontaktcenter",
        persons=[per("Helena Stark"), per("Johan Brink")],
        munis=["Falkenberg", "Varberg", "Laholm"],
        topics=["gemensam växel", "kontaktcenter", "förstudie", "upphandling"],
        decisions=["Kommuncheferna gav klartecken till att gå vidare med en upphandling."],
        follow_ups=["Johan Brink och Helena Stark samordnar fortsättningen."],
        urls=["https://www.regionhalland.se/kommunsamverkan/vaxel"],
    ),
    item(
        4,
        "• Bostadsförsörjning:",
        "Bostadsförsörjning",
        persons=[per("Johan Brink")],
        orgs=[org(LST, LST, "county_administrative_board", "länsstyrelsens")],
        munis=["Laholm"],
        topics=["bostadsförsörjning", "bostadsmarknadsanalys", "hyresrätter för unga"],
        follow_ups=[
            "Länsstyrelsen i Hallands län har publicerat sin bostadsmarknadsanalys och bjuder in till en dialog om kommunernas riktlinjer för bostadsförsörjning den 19 november.",
            "Kommunerna svarar på länsstyrelsens enkät senast den 30 oktober.",
        ],
        dates=[dat("19 november", "2026-11-19"), dat("30 oktober", "2026-10-30")],
    ),
    item(
        5,
        "• Halland i Almedalen 2027:",
        "Halland i Almedalen 2027",
        orgs=[
            org(RH, RH, "region"),
            org("Business Halland", "Business Halland", "other"),
        ],
        topics=["Almedalen", "Järvaveckan", "regional närvaro"],
        decisions=["beslut att inte delta med en egen arena nästa år."],
        bfol=["Region Halland och Business Halland utvärderar i stället en gemensam närvaro på Järvaveckan."],
        dates=[dat("2027", "2027")],
    ),
    item(
        6,
        "• Nästa träff:",
        "Nästa träff",
        persons=[per("Fredrik Wahlgren")],
        munis=["Halmstad"],
        topics=["nästa möte"],
        follow_ups=[
            "fredag 6 november, kl. 9–12 i Halmstad.",
            "Anmäl gärna punkter till mig senast den 23 oktober.",
        ],
        bfol=["Fredrik Wahlgren står värd."],
        dates=[dat("6 november", "2026-11-06"), dat("23 oktober", "2026-10-23")],
    ),
]

write(
    "halland_kommunchefer_epost.txt",
    "Kommunchefsgruppen i Halland",
    "2026-10-02",
    ["Kort sammanfattning från kommunchefsträffen 2/10", "Skickat: den 5 oktober 2026 08:41"],
    present,
    [],
    recorded_by,
    items,
    item_end="Hälsningar",
)
