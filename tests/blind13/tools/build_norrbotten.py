# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: norrbotten_skolchefer_teamsrapport.txt → gold/norrbotten_skolchefer_teamsrapport.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

NK = "Norrbottens Kommuner"
SKR = "Sveriges Kommuner och Regioner"
LTU = "Luleå tekniska universitet"
LST = "Länsstyrelsen i Norrbottens län"

# Minnesanteckningar of a Teams meeting: upper-case letterhead, `Möte via Teams onsdagen den 19 maj
# 2027, kl. …`, `Mötesledare:` / `Antecknare:` (`Name, Body`), `Närvaro: se närvarorapporten …`;
# items `Ärende N: Title`; run-in `Beslut:` and `Till nästa möte:` lines; the ATTENDANCE IS THE PASTED
# TEAMS ATTENDANCE REPORT at the end (`1. Sammanfattning` TAB key–value lines, then `2. Deltagare`, a
# TAB table `Namn / Första anslutning / Senaste utträde / Tid i mötet / E-post / Roll`), one display
# name written `Efternamn Förnamn` (`Henriksson Maria`), external guests with the suffix `(Extern)`;
# the body stands only in the e-mail domain; the absent in a closing `Förhinder:` sentence.
# Choices: every row of the report is present; name as written (`Henriksson Maria`, canonical
# Maria Henriksson); `(Extern)` is a note, not part of the name; the Teams `Roll` column
# (Organisatör/Presentatör/Deltagare) is no title (role null); affiliation as written = the body in
# the header line where the header names the person (`Karin Lundberg, Piteå`, `Sara Lindgren,
# Norrbottens Kommuner`), else the e-mail domain as written; affiliation_canonical = the municipality
# or body of that domain (inferred). Join/leave times are not item markers; only `Kristoffer Hellgren,
# SKR, deltog under ärende 3.` restricts attendance (items [3]). `Från Överkalix deltog ingen.` names
# no person. The recorder is the `Antecknare:`. Bare `Nätverket`/`nätverkets` not annotated;
# `Universitetet` (coreference) not annotated; `Luleå` inside `Luleå tekniska universitet` is no
# municipality mention.
present = [
    att("Sara Lindgren", NK, NK),
    att("Karin Lundberg", "Piteå", "Piteå"),
    att("Johan Ek", "lulea.se", "Luleå"),
    att("Henriksson Maria", "boden.se", "Boden", canonical="Maria Henriksson"),
    att("Anna Niemi", "pajala.se", "Pajala"),
    att("Tomas Niemi", "overtornea.se", "Övertorneå"),
    att("Lena Kuoppa", "kiruna.se", "Kiruna"),
    att("Per-Erik Strand", "gallivare.se", "Gällivare"),
    att("Malin Sundqvist", "haparanda.se", "Haparanda"),
    att("Ulf Granström", "alvsbyn.se", "Älvsbyn"),
    att("Eva Lindbäck", "arvidsjaur.se", "Arvidsjaur"),
    att("Hanna Blomqvist", "jokkmokk.se", "Jokkmokk"),
    att("Mats Öquist", "arjeplog.se", "Arjeplog"),
    att("Jonas Pettersson", "ltu.se", LTU, None, "(Extern)"),
    att("Kristoffer Hellgren", "skr.se", SKR, None, "(Extern)", [3]),
    att("Ida Rönnbäck", "norrbottenskommuner.se", NK),
]
absent = [
    att("Johan Wikström", "Kalix", "Kalix"),
    att("Sara Lantto", "Kiruna", "Kiruna"),
]
recorded_by = {"name": "Sara Lindgren", "canonical_name": "Sara Lindgren", "role": None}

items = [
    item(
        1,
        "Ärende 1: Inledning och föregående anteckningar",
        "Inledning och föregående anteckningar",
        persons=[per("Karin", canonical="Karin Lundberg")],
        topics=["inledning", "föregående anteckningar"],
        decisions=["Anteckningarna från mötet den 14 april godkändes utan ändringar."],
        dates=[dat("14 april", "2027-04-14")],
    ),
    item(
        2,
        "Ärende 2: Lärarförsörjning och fjärrundervisning",
        "Lärarförsörjning och fjärrundervisning",
        persons=[per("Sara Lindgren"), per("Anna Niemi"), per("Tomas Niemi", "Övertorneå")],
        orgs=[
            org("Pajala", "Pajala", "municipality"),
            org("Piteå", "Piteå", "municipality"),
            org("Övertorneå", "Övertorneå", "municipality"),
            org("Norrbottens Kommuner", NK, "association"),
            org("Skolverket", "Statens skolverk", "national_agency"),
        ],
        munis=["Pajala", "Piteå", "Övertorneå"],
        topics=["lärarförsörjning", "fjärrundervisning", "rekryteringsprognos", "statsbidrag"],
        decisions=[
            "Nätverket beslutade att Norrbottens Kommuner samordnar en gemensam ansökan till Skolverket om statsbidrag för fjärrundervisning."
        ],
        follow_ups=["Sara Lindgren tar fram ett utkast till ansökan till nätverkets möte den 9 juni."],
        bdec=[
            "Tomas Niemi (Övertorneå) lyfte att reglerna för fjärrundervisning fortfarande begränsar vilka ämnen som får ges på distans."
        ],
        dates=[dat("2030", "2030"), dat("januari", "2027-01"), dat("9 juni", "2027-06-09")],
    ),
    item(
        3,
        "Ärende 3: Skolans roll i civilt försvar",
        "Skolans roll i civilt försvar",
        persons=[
            per("Kristoffer Hellgren", "SKR"),
            per("Johan Ek", "Luleå"),
            per("Maria Henriksson", "Boden"),
        ],
        orgs=[
            org("SKR", SKR, "association", "SKR:s"),
            org("Länsstyrelsen i Norrbottens län", LST, "county_administrative_board"),
            org("Luleå", "Luleå", "municipality"),
            org("Boden", "Boden", "municipality"),
        ],
        munis=["Luleå", "Boden"],
        topics=["civilt försvar", "skolans beredskap", "krigsplacering", "beredskapsplanering"],
        decisions=["Varje kommun ser över krigsplaceringen av skolans personal före den 1 oktober 2027."],
        follow_ups=[
            "Johan Ek (Luleå) och Maria Henriksson (Boden) redovisar hur deras kommuner har organiserat skolans beredskapsplanering.",
            "Länsstyrelsen i Norrbottens län planerar en utbildningsdag för förvaltningschefer i oktober.",
        ],
        bdec=[
            "Flera skolchefer konstaterade att kommunernas beredskapssamordnare sällan involverar skolan i planeringen."
        ],
        bfol=["Varje kommun ser över krigsplaceringen av skolans personal före den 1 oktober 2027."],
        dates=[dat("oktober", "2027-10"), dat("1 oktober 2027", "2027-10-01")],
    ),
    item(
        4,
        "Ärende 4: Samverkan med Luleå tekniska universitet",
        "Samverkan med Luleå tekniska universitet",
        persons=[per("Jonas Pettersson", LTU), per("Maria Henriksson")],
        orgs=[
            org("Luleå tekniska universitet", LTU, "other"),
            org("Kiruna", "Kiruna", "municipality"),
            org("Haparanda", "Haparanda", "municipality"),
        ],
        munis=["Kiruna", "Haparanda"],
        topics=[
            "lärarutbildning på distans",
            "verksamhetsförlagd utbildning",
            "VFU-avtal",
            "högskolesamverkan",
        ],
        decisions=["Nätverket ställde sig bakom att ett gemensamt VFU-avtal tas fram."],
        follow_ups=[
            "Maria Henriksson och Jonas Pettersson återkommer med ett förslag till avtal efter sommaren."
        ],
        bdec=[
            "Universitetet vill teckna avtal med kommunerna om verksamhetsförlagd utbildning (VFU) för perioden 2028–2030."
        ],
        bfol=[
            "Jonas Pettersson, Luleå tekniska universitet, informerade om att lärarutbildningen på distans med studieort i Kiruna och Haparanda startar till hösten med 25 platser."
        ],
        dates=[dat("hösten", "2027"), dat("2028–2030", "2028/2030"), dat("sommaren", "2027")],
    ),
    item(
        5,
        "Ärende 5: Modersmål och nationella minoritetsspråk",
        "Modersmål och nationella minoritetsspråk",
        persons=[per("Lena Kuoppa", "Kiruna")],
        orgs=[
            org("Kiruna", "Kiruna", "municipality"),
            org("Sameskolstyrelsen", "Sameskolstyrelsen", "national_agency"),
            org("Gällivare", "Gällivare", "municipality"),
            org("Jokkmokk", "Jokkmokk", "municipality"),
            org("Region Norrbotten", "Region Norrbotten", "region"),
        ],
        munis=["Kiruna", "Gällivare", "Jokkmokk"],
        topics=[
            "modersmålsundervisning",
            "nationella minoritetsspråk",
            "samisk undervisning",
            "språkcentrum",
        ],
        decisions=["Nätverket noterade informationen."],
        follow_ups=[
            "Region Norrbotten fördelar under 2027 medel för språkcentrum, och ansökan ska vara inne senast den 31 augusti 2027."
        ],
        bfol=[
            "Sameskolstyrelsen har erbjudit samarbete om integrerad samisk undervisning i Gällivare och Jokkmokk."
        ],
        dates=[dat("2027", "2027"), dat("31 augusti 2027", "2027-08-31")],
    ),
    item(
        6,
        "Ärende 6: Övrigt och nästa möte",
        "Övrigt och nästa möte",
        end="Närvarorapport (export från Teams)",
        persons=[per("Sara", canonical="Sara Lindgren")],
        orgs=[
            org("Arvidsjaur", "Arvidsjaur", "municipality"),
            org("Luleå", "Luleå", "municipality"),
        ],
        munis=["Arvidsjaur", "Luleå"],
        topics=["byte av skolchef", "nästa möte"],
        follow_ups=[
            "Nästa möte är ett fysiskt möte i Luleå den 9 juni 2027 kl. 10.00–15.00.",
            "Sara skickar kallelse och dagordning två veckor före mötet.",
        ],
        bdec=["Nästa möte är ett fysiskt möte i Luleå den 9 juni 2027 kl. 10.00–15.00."],
        bfol=["Arvidsjaur meddelade att kommunen byter skolchef den 1 augusti."],
        dates=[dat("1 augusti", "2027-08-01"), dat("9 juni 2027", "2027-06-09")],
    ),
]

write(
    "norrbotten_skolchefer_teamsrapport.txt",
    "Norrbottens Kommuner, Skolchefsnätverket i Norrbotten",
    "2027-05-19",
    ["Möte via Teams onsdagen den 19 maj 2027, kl. 13.00–15.30", "Starttid\t2027-05-19 12:54:37"],
    present,
    absent,
    recorded_by,
    items,
    place=None,
)
