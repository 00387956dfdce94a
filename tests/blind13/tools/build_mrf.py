# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: mrf_direktion_anslagstavla.txt → gold/mrf_direktion_anslagstavla.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

MRF = "Medelpads Räddningstjänstförbund"
LST = "Länsstyrelsen i Västernorrlands län"
SKR = "Sveriges Kommuner och Regioner"
MCF = "Myndigheten för civilt försvar"

# The direktion's protocol as published on the federation's web notice board (anslagstavla), copied
# as text: breadcrumb line, `Direktionens protokoll 16 april 2027`, publication and notice lines,
# `Sammanträde:`/`Plats:`; attendance under `Närvarande` in GROUPS without colons
# (`Direktionens ledamöter`, `Direktionens ersättare`, `Tjänstepersoner`, `Inbjudna`,
# `Fackliga organisationer`), one person a line: `Name (Party), Kommun[, role]`, an unbracketed
# `§12-17` / `16 §` after the entry; the recorder only in the prose of `Justering och sekreterare`
# (`Sekreterare är Name.`); items numbered NUMBER FIRST: `12 § Title`; `Direktionen beslutar` + `att`
# lines; the absent only in a closing `Anmält förhinder:` line after the last item.
# Choices: party letters are not part of the name; `, ordförande`/`, vice ordförande` are roles;
# every member of the two member groups is present (ersättare attend also when not serving);
# `tjänstgörande för Elisabeth Grahn (S)` is a note; `§12-17` is a note with items 12–17;
# `tjänstgörande §18-20` a note WITHOUT restriction (the ersättare attends the whole meeting and serves
# in 18–20); `16 §` a note with item 16; staff without body: affiliation null, canonical the federation;
# union members: the union as body. Bare `Direktionen`/`förbundet`/`Förbundets revisorer` not annotated.
present = [
    att("Åsa Lindmark", "Sundsvall", "Sundsvall", "ordförande"),
    att("Jonas Berglöf", "Timrå", "Timrå", "vice ordförande"),
    att("Helena Strömgren", "Sundsvall", "Sundsvall"),
    att("Mikael Sjöberg", "Sundsvall", "Sundsvall"),
    att("Patrik Öhman", "Sundsvall", "Sundsvall", None, "§12-17", [12, 13, 14, 15, 16, 17]),
    att("Ingrid Pålsson", "Ånge", "Ånge"),
    att("Britt Sjöberg", "Ånge", "Ånge"),
    att("Roger Nordlander", "Timrå", "Timrå", "ersättare", "tjänstgörande för Elisabeth Grahn (S)"),
    att("Sofia Hägglund", "Timrå", "Timrå", "ersättare"),
    att("Lars Viklund", "Sundsvall", "Sundsvall", "ersättare", "tjänstgörande §18-20"),
    att("Fredrik Wallin", None, MRF, "förbundschef"),
    att("Malin Åslund", None, MRF, "räddningschef"),
    att("Petra Zetterlund", None, MRF, "ekonomichef"),
    att("Johanna Bylund", None, MRF, "administratör"),
    att("Kristofer Hellgren", "SKR", SKR, "handläggare", "16 §", [16], canonical="Kristoffer Hellgren"),
    att("Ulrika Dahlén", "Länsstyrelsen Västernorrland", LST, "beredskapsdirektör", "16 §", [16]),
    att("Stefan Edholm", "Kommunal", "Kommunal"),
    att("Lina Ring", "Brandmännens Riksförbund", "Brandmännens Riksförbund"),
]
absent = [
    att("Elisabeth Grahn", "Timrå", "Timrå"),
    att("Anders Lidén", "Sundsvall", "Sundsvall", "ersättare"),
]
recorded_by = {"name": "Johanna Bylund", "canonical_name": "Johanna Bylund", "role": "Sekreterare"}

END = "Anmält förhinder: Elisabeth Grahn"

items = [
    item(
        12,
        "12 § Sammanträdets öppnande, dagordningens fastställande och val av justeringsperson",
        "Sammanträdets öppnande, dagordningens fastställande och val av justeringsperson",
        persons=[per("Ingrid Pålsson")],
        topics=["mötets öppnande", "dagordning", "val av justeringsperson"],
        decisions=["Dagordningen fastställdes.", "Till justeringsperson valdes Ingrid Pålsson."],
    ),
    item(
        13,
        "13 § Föregående protokoll",
        "Föregående protokoll",
        topics=["föregående protokoll"],
        decisions=["Protokollet lades till handlingarna."],
        dates=[dat("12 februari 2027", "2027-02-12")],
    ),
    item(
        14,
        "14 § Beslut om årsredovisning för 2026",
        "Beslut om årsredovisning för 2026",
        subheadings=["Bakgrund", "Ärendet"],
        persons=[per("Petra Zetterlund")],
        orgs=[
            org("Medelpads Räddningstjänstförbund", MRF, "municipal_federation", "MRF"),
            org("Sundsvall", "Sundsvall", "municipality"),
            org("Timrå", "Timrå", "municipality"),
            org("Ånge", "Ånge", "municipality"),
        ],
        munis=["Sundsvall", "Timrå", "Ånge"],
        topics=["årsredovisning", "ekonomiskt resultat", "investeringar", "revision"],
        decisions=[
            "Direktionen beslutar att godkänna årsredovisning 2026, att överlämna årsredovisningen till kommunfullmäktige i Sundsvall, Timrå och Ånge."
        ],
        follow_ups=[
            "Förbundets revisorer lämnar sin revisionsberättelse till medlemskommunerna senast den 15 maj 2027."
        ],
        dates=[dat("2026", "2026"), dat("15 maj 2027", "2027-05-15")],
    ),
    item(
        15,
        "15 § Information om ledningsbyggnaden och räddningsstationerna",
        "Information om ledningsbyggnaden och räddningsstationerna",
        persons=[per("Fredrik Wallin")],
        orgs=[
            org("SOS Alarm Sverige AB", "SOS Alarm Sverige AB", "company"),
            org("Sundsvall", "Sundsvall", "municipality"),
        ],
        munis=["Sundsvall"],
        topics=["ledningsbyggnad", "räddningsstationer", "huvudstation", "byggprojekt"],
        decisions=["Direktionen noterade informationen."],
        follow_ups=[
            "Förbundschefen återkommer med ett förslag om huvudstationens placering till direktionens sammanträde den 10 september 2027."
        ],
        bfol=[
            "Ledningsbyggnaden som uppförs invid Timrå räddningsstation tillsammans med SOS Alarm Sverige AB följer tidplanen, och inflyttningen är planerad till den 1 oktober 2027."
        ],
        dates=[
            dat("1 oktober 2027", "2027-10-01"),
            dat("mars", "2027-03"),
            dat("10 september 2027", "2027-09-10"),
        ],
        note="`Timrå räddningsstation`, `Lidens räddningsstation`, `Skönsmon` are facilities/places: a town inside a facility's name does not name the municipality (cf. `Falu lasarett`); `en ny huvudstation i Sundsvall` does.",
    ),
    item(
        16,
        "16 § Information om civilt försvar och kommunernas beredskap",
        "Information om civilt försvar och kommunernas beredskap",
        persons=[
            per("Kristofer Hellgren", "SKR", canonical="Kristoffer Hellgren"),
            per("Ulrika Dahlén", "Länsstyrelsen Västernorrland"),
            per("Jonas Berglöf"),
        ],
        orgs=[
            org("SKR", SKR, "association"),
            org("Myndigheten för civilt försvar", MCF, "national_agency"),
            org("Länsstyrelsen Västernorrland", LST, "county_administrative_board", "Länsstyrelsen"),
            org("Sundsvalls kommun", "Sundsvall", "municipality"),
            org("Timrå kommun", "Timrå", "municipality"),
            org("Ånge kommun", "Ånge", "municipality", "Ånge"),
        ],
        munis=["Sundsvall", "Timrå", "Ånge"],
        topics=[
            "civilt försvar",
            "höjd beredskap",
            "överenskommelse stat–SKR",
            "länsövning",
            "beredskapssamordning",
        ],
        decisions=[
            "Direktionen ger förbundschefen i uppdrag att tillsammans med kommunernas beredskapssamordnare ta fram en gemensam plan för räddningstjänst under höjd beredskap."
        ],
        follow_ups=[
            "Planen ska redovisas för direktionen senast den 3 december 2027.",
            "Länsstyrelsen skickar inbjudan till länsövningen till förbundet och kommunerna före sommaren.",
        ],
        bdec=[
            "Jonas Berglöf betonade att deltidsstyrkorna i Ånge och Fränsta behöver ingå i planeringen från början."
        ],
        bfol=[
            "Direktionen ger förbundschefen i uppdrag att tillsammans med kommunernas beredskapssamordnare ta fram en gemensam plan för räddningstjänst under höjd beredskap.",
            "Ulrika Dahlén, Länsstyrelsen Västernorrland, berättade om länets planering för höjd beredskap och om den länsövning som genomförs den 13–14 oktober 2027.",
        ],
        dates=[
            dat("2027–2030", "2027/2030"),
            dat("13–14 oktober 2027", "2027-10-13/2027-10-14"),
            dat("3 december 2027", "2027-12-03"),
            dat("sommaren", "2027"),
        ],
    ),
    item(
        17,
        "17 § Handlingsprogram enligt lagen om skydd mot olyckor 2028–2031",
        "Handlingsprogram enligt lagen om skydd mot olyckor 2028–2031",
        persons=[per("Malin Åslund")],
        orgs=[
            org("Myndigheten för civilt försvars", MCF, "national_agency"),
            org("Sundsvalls kommun", "Sundsvall", "municipality"),
            org("Timrå kommun", "Timrå", "municipality"),
            org("Ånge kommun", "Ånge", "municipality"),
            org("Länsstyrelsen Västernorrland", LST, "county_administrative_board"),
        ],
        munis=["Sundsvall", "Timrå", "Ånge"],
        topics=["handlingsprogram", "lagen om skydd mot olyckor", "riskbild", "remiss"],
        decisions=[
            "Direktionen beslutar att skicka förslaget till handlingsprogram på remiss till Sundsvalls kommun, Timrå kommun, Ånge kommun och Länsstyrelsen Västernorrland, att remisstiden ska löpa till och med den 30 september 2027."
        ],
        follow_ups=[
            "Remissvaren sammanställs och ett slutligt förslag behandlas på direktionens sammanträde i november."
        ],
        dates=[
            dat("2028–2031", "2028/2031"),
            dat("hösten 2026", "2026"),
            dat("30 september 2027", "2027-09-30"),
            dat("november", "2027-11"),
        ],
    ),
    item(
        18,
        "18 § Rekrytering av räddningspersonal i beredskap",
        "Rekrytering av räddningspersonal i beredskap",
        persons=[per("Malin Åslund"), per("Lina Ring", "Brandmännens Riksförbund")],
        orgs=[
            org("Ånge kommun", "Ånge", "municipality", "Ånge"),
            org("Brandmännens Riksförbund", "Brandmännens Riksförbund", "association"),
        ],
        munis=["Ånge"],
        topics=["räddningspersonal i beredskap", "rekrytering", "deltidsbrandmän", "beredskapsersättning"],
        decisions=["Direktionen noterade informationen."],
        follow_ups=["En ny lägesrapport lämnas på sammanträdet den 10 september 2027."],
        bdec=[
            "Lina Ring, Brandmännens Riksförbund, framförde att ersättningen för beredskap behöver ses över om rekryteringen ska lyckas."
        ],
        dates=[dat("10 september 2027", "2027-09-10")],
    ),
    item(
        19,
        "19 § Delegationsbeslut och meddelanden",
        "Delegationsbeslut och meddelanden",
        orgs=[
            org("Timrå kommun", "Timrå", "municipality"),
            org("SOS Alarms", "SOS Alarm Sverige AB", "company"),
        ],
        munis=["Timrå"],
        topics=["delegationsbeslut", "meddelanden", "tillsynstaxa"],
        decisions=[
            "Redovisningen av delegationsbeslut för perioden 1 februari–31 mars 2027 lades till handlingarna.",
            "Meddelandena lades till handlingarna.",
        ],
        dates=[
            dat("1 februari–31 mars 2027", "2027-02-01/2027-03-31"),
            dat("24 mars 2027", "2027-03-24"),
        ],
    ),
    item(
        20,
        "20 § Övriga frågor",
        "Övriga frågor",
        end=END,
        persons=[per("Britt Sjöberg"), per("Fredrik Wallin")],
        orgs=[org("Ånge kommun", "Ånge", "municipality", "Ånge kommuns", "Ånge")],
        munis=["Ånge"],
        topics=["brandskyddsinformation till äldre", "nästa sammanträde"],
        follow_ups=["Nästa sammanträde hålls den 11 juni 2027 i Ånge."],
        bdec=["Nästa sammanträde hålls den 11 juni 2027 i Ånge."],
        bfol=[
            "Fredrik Wallin svarade att en kampanj tillsammans med Ånge kommuns hemtjänst startar i augusti."
        ],
        dates=[dat("augusti", "2027-08"), dat("11 juni 2027", "2027-06-11")],
    ),
]

write(
    "mrf_direktion_anslagstavla.txt",
    "Medelpads Räddningstjänstförbund, direktionen",
    "2027-04-16",
    ["Direktionens protokoll 16 april 2027", "Sammanträde: fredag 16 april 2027 kl. 09.00–12.10"],
    present,
    absent,
    recorded_by,
    items,
    place="Skönsmons räddningsstation, Sundsvall",
)
