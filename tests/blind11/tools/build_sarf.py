# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: sarf_direktion_protokoll.txt → gold/sarf_direktion_protokoll.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

SARF = "Södra Älvsborgs Räddningstjänstförbund"
LST = "Länsstyrelsen i Västra Götalands län"
RSG = "Räddningstjänstförbundet Storgöteborg"

# Formal protocol of a political direktion: label column (`Beslutande`, `Övriga närvarande`,
# `Frånvarande`, `Utses att justera`, `Justeringens plats och tid`, `Underskrifter` with
# `Paragrafer §§ 12–18`), items `§ 12`–`§ 18` numbered with the year's running numbers, right-aligned
# `Dnr` after some headings (not part of the title), stand-alone `Beslutsunderlag` and
# `Direktionens beslut` lines (sub-headings), run-in `Expedieras:` lines (nothing), an ANSLAGSBEVIS
# block after the last paragraph (item_end; its dates are not annotated).
# `Name (Party), Kommun, ordförande`: party dropped from the name, `, ordförande`/`, vice ordförande`/
# `, tjänstgörande ersättare` after the body is the role. Staff under `Övriga närvarande` have no body
# written: affiliation null, canonical the federation (as blind8 Sydnärke). `§§ 14–15` / `§ 17` are
# notes (items attended).
present = [
    att("Ulf Olsson", "Borås stad", "Borås", "ordförande"),
    att("Tove Brandt", "Marks kommun", "Mark", "vice ordförande"),
    att("Anders Hjalmarsson", "Ulricehamns kommun", "Ulricehamn"),
    att("Gunnel Sjöberg", "Tranemo kommun", "Tranemo"),
    att("Peter Fält", "Vårgårda kommun", "Vårgårda"),
    att("Lena Fält", "Herrljunga kommun", "Herrljunga", "tjänstgörande ersättare"),
    att("Kent Dahl", "Bollebygds kommun", "Bollebygd"),
    att("Magnus Rydh", None, SARF, "förbundsdirektör"),
    att("Sara Widén", None, SARF, "ekonomichef", "§§ 14–15", [14, 15]),
    att("Oskar Lindqvist", None, SARF, "räddningschef i beredskap", "§ 17", [17]),
    att("Jenny Åkerlund", None, SARF, "nämndsekreterare"),
]
absent = [
    att("Mats Ek", "Herrljunga kommun", "Herrljunga"),
    att("Birgitta Norén", "Svenljunga kommun", "Svenljunga"),
]
recorded_by = {"name": "Jenny Åkerlund", "canonical_name": "Jenny Åkerlund", "role": "nämndsekreterare"}

SUB = ["Beslutsunderlag", "Direktionens beslut"]

items = [
    item(
        12,
        "§ 12  Sammanträdets öppnande och val av justerare",
        "Sammanträdets öppnande och val av justerare",
        persons=[per("Ulf Olsson", role="ordförande"), per("Anders Hjalmarsson")],
        topics=["sammanträdets öppnande", "val av justerare"],
        decisions=[
            "Direktionen beslutar att utse Anders Hjalmarsson att jämte ordföranden justera dagens protokoll."
        ],
        bdec=["Ordföranden Ulf Olsson öppnade sammanträdet och hälsade direktionen välkommen."],
    ),
    item(
        13,
        "§ 13  Godkännande av dagordning",
        "Godkännande av dagordning",
        topics=["dagordning"],
        decisions=[
            "Direktionen beslutar att godkänna dagordningen med tillägg av ett informationsärende om skogsbrandsberedskapen under § 17."
        ],
    ),
    item(
        14,
        "§ 14  Årsredovisning 2026",
        "Årsredovisning 2026",
        subheadings=SUB,
        persons=[per("Sara Widén", role="ekonomichef")],
        orgs=[org(SARF, SARF, "municipal_federation")],
        munis=["Svenljunga", "Tranemo"],
        topics=["årsredovisning 2026", "överskott", "deltidsorganisation", "ansvarsfrihet"],
        decisions=[
            "Direktionen beslutar att godkänna årsredovisningen för 2026 och överlämna den till medlemskommunernas fullmäktige för beslut om ansvarsfrihet."
        ],
        follow_ups=[
            "Revisorerna har granskat räkenskaperna och lämnar sin revisionsberättelse till medlemskommunernas fullmäktige i april."
        ],
        dates=[dat("2026", "2026"), dat("april", "2027-04"), dat("2027-03-02", "2027-03-02")],
    ),
    item(
        15,
        "§ 15  Handlingsprogram 2028–2031, remiss",
        "Handlingsprogram 2028–2031, remiss",
        subheadings=SUB,
        persons=[
            per("Magnus Rydh", role="förbundsdirektör", also=["Magnus"]),
            per("Tove Brandt"),
            per("Sara Widén"),
        ],
        orgs=[
            org("Myndigheten för civilt försvar", "Myndigheten för civilt försvar", "national_agency"),
            org("Marks kommun", "Mark", "municipality"),
            org(LST, LST, "county_administrative_board"),
        ],
        munis=["Mark"],
        topics=["handlingsprogram", "lagen om skydd mot olyckor", "insatstider", "remiss"],
        decisions=[
            "Direktionen beslutar att skicka förslaget till handlingsprogram på remiss till medlemskommunerna och Länsstyrelsen i Västra Götalands län."
        ],
        follow_ups=["Remissvaren ska vara förbundet till handa senast den 31 maj 2027."],
        bdec=["Sara Widén konstaterade att förslaget ryms inom budgetramen för 2028."],
        bfol=[
            "Magnus svarade att insatstiderna för Horred och Öxabäck ska analyseras särskilt innan programmet fastställs."
        ],
        dates=[
            dat("2028–2031", "2028/2031"),
            dat("2026", "2026"),
            dat("2028", "2028"),
            dat("2027-02-26", "2027-02-26"),
            dat("31 maj 2027", "2027-05-31"),
        ],
    ),
    item(
        16,
        "§ 16  Avtal om gemensam ledning med Räddningstjänstförbundet Storgöteborg",
        "Avtal om gemensam ledning med Räddningstjänstförbundet Storgöteborg",
        subheadings=["Direktionens beslut"],
        persons=[per("Magnus Rydh"), per("Peter Fält")],
        orgs=[
            org(RSG, RSG, "municipal_federation"),
            org("Räddsam VG", "Räddsam VG", "network"),
            org("SÄRF", SARF, "municipal_federation"),
            org("Vårgårdas", "Vårgårda", "municipality"),
            org("Herrljungas", "Herrljunga", "municipality"),
        ],
        munis=["Vårgårda", "Herrljunga"],
        topics=["gemensam ledning", "ledningscentral", "systemledning", "deltidsstyrkor"],
        decisions=[
            "Direktionen ger förbundsdirektören i uppdrag att förhandla fram ett avtal med Räddningstjänstförbundet Storgöteborg och återkomma till direktionen den 16 september 2027."
        ],
        bdec=[
            "Peter Fält betonade att Vårgårdas och Herrljungas deltidsstyrkor måste få en tydlig roll i den nya ledningsorganisationen."
        ],
        bfol=[
            "Direktionen ger förbundsdirektören i uppdrag att förhandla fram ett avtal med Räddningstjänstförbundet Storgöteborg och återkomma till direktionen den 16 september 2027.",
            "Räddningstjänstförbundet Storgöteborg har erbjudit SÄRF att ansluta till den gemensamma ledningscentralen från och med den 1 januari 2028.",
            "Avtalet innebär en årlig kostnad för förbundet som ska beräknas närmare.",
        ],
        dates=[dat("1 januari 2028", "2028-01-01"), dat("16 september 2027", "2027-09-16")],
    ),
    item(
        17,
        "§ 17  Information: skogsbrandsberedskapen inför sommaren 2027",
        "Information: skogsbrandsberedskapen inför sommaren 2027",
        subheadings=["Direktionens beslut"],
        persons=[per("Oskar Lindqvist", role="räddningschef i beredskap"), per("Lena Fält")],
        orgs=[
            org("Länsstyrelsens", LST, "county_administrative_board"),
            org("Skogsstyrelsen", "Skogsstyrelsen", "national_agency"),
            org("LRF", "Lantbrukarnas Riksförbund", "association"),
            org("SOS Alarm", "SOS Alarm Sverige AB", "company"),
        ],
        munis=["Herrljunga"],
        topics=["skogsbrandsberedskap", "brandriskprognoser", "eldningsförbud", "övning"],
        decisions=["Direktionen beslutar att lägga informationen till handlingarna."],
        follow_ups=[
            "Förbundet deltar i Länsstyrelsens övning den 12 maj och samverkar med Skogsstyrelsen om brandriskprognoser.",
            "Oskar Lindqvist tar fram ett informationsblad tillsammans med LRF före midsommar.",
        ],
        bdec=["Lena Fält efterfrågade information till lantbrukare i Herrljunga om eldningsförbud."],
        bfol=["Ett avtal om helikopterstöd med SOS Alarm kan bli aktuellt om brandrisken blir hög."],
        dates=[dat("sommaren 2027", "2027"), dat("12 maj", "2027-05-12")],
    ),
    item(
        18,
        "§ 18  Delegationsbeslut och meddelanden",
        "Delegationsbeslut och meddelanden",
        subheadings=["Direktionens beslut"],
        orgs=[org("Ulricehamns kommun", "Ulricehamn", "municipality")],
        munis=["Ulricehamn"],
        topics=["delegationsbeslut", "meddelanden", "ny brandstation"],
        decisions=["Direktionen beslutar att lägga redovisningen till handlingarna."],
        bfol=["Ulricehamns kommun har meddelat att kommunen avser att bygga en ny brandstation i Timmele."],
        dates=[dat("2027-01-15 – 2027-03-05", "2027-01-15/2027-03-05")],
    ),
]

write(
    "sarf_direktion_protokoll.txt",
    "Södra Älvsborgs Räddningstjänstförbund, direktionen",
    "2027-03-18",
    ["Sammanträdesdatum 2027-03-18"],
    present,
    absent,
    recorded_by,
    items,
    item_end="ANSLAGSBEVIS",
)
