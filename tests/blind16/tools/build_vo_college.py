# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: vo_college_sormland_styrgrupp_celler.txt → gold/vo_college_sormland_styrgrupp_celler.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

# Layout: a Word document whose TABLES were exported as text ONE CELL PER LINE (LibreOffice/Word
# "plain text" export): the header table (`Datum` / `2028-01-20` / `Tid` / … / `Antecknare` /
# `Jonas Ekstam`), the attendance table `Namn` / `Organisation` / `Roll` (three lines per person,
# notes `via Teams`, `ersättare för Birgitta Ek`, `punkt 4–7`, `via Teams punkt 3` inside the role
# cell), a `Förhinder` table `Namn` / `Organisation` (two lines per person), and one table inside
# item 2 (elevantal per lokalt college, four columns → three lines per row). Items `N. Title`.
# Closing `Vid anteckningarna` + name + role line.
#
# Choices:
# * Role cell: the part before the first note word is the role; `, ordförande` stays in the role;
#   `via Teams`, `ersättare för Birgitta Ek`, `punkt 4–7`, `via Teams punkt 3` are notes;
#   `punkt 4–7` → items 4–7, `via Teams punkt 3` → item 3.
# * Jenny Wallin is present (substitute); Birgitta Ek is absent (listed under `Förhinder`).
# * Canonical bodies: `Kommunal` → Svenska Kommunalarbetareförbundet (the union's registered name);
#   `Attendo` stays Attendo; `Sveriges Kommuner och Regioner` as written.
# * Item 2: the numbers table is part of the item; every municipality named in the item (also as
#   part of a local college's name `Nyköping-Oxelösund-Trosa-Gnesta`) is a municipality mention
#   and an organisation (kind municipality), as in blind13/14.
# * `Maria` (item 2) is Maria Åström (the only Maria; Henrik Åström shares her surname).
# * Bare `Styrgruppen`/`styrgruppen` (the meeting body) is not annotated. `Vård- och omsorgscollege`
#   in item 7 (the rikskonferens) is the national association.
# * Task decisions (`beslutade att ge … i uppdrag`, `beslutade att två utbildningsomgångar ska
#   erbjudas`) are decisions and borderline follow-ups; `Frågan bordlades till nästa möte.` a
#   decision and borderline follow-up; `Nästa möte hålls …` a follow-up (borderline decision);
#   `påminde om` a coming event a borderline follow-up; wishes/remarks (`framhöll`, `önskade`,
#   `vill invänta`) borderline decisions.
# * Dates: the year 2028 for yearless dates (meeting 2028-01-20, all looking ahead).

KOM = "Svenska Kommunalarbetareförbundet"
SKR = "Sveriges Kommuner och Regioner"
RS = "Region Sörmland"
MDU = "Mälardalens universitet"
FVO = "Föreningen Vård- och omsorgscollege"


def muni(name, *others):
    return org(name, name, "municipality", *others)


present = [
    att("Annika Forsberg", "Katrineholms kommun", "Katrineholm", "vård- och omsorgschef, ordförande"),
    att("Maria Åström", "Eskilstuna kommun", "Eskilstuna", "rektor, Vård- och omsorgsprogrammet"),
    att("Henrik Åström", RS, RS, "HR-strateg"),
    att("Lena Granath", "Nyköpings kommun", "Nyköping", "verksamhetschef äldreomsorg"),
    att("Kerstin Lind", "Nyköpings kommun", "Nyköping", "rektor, Komvux Nyköping"),
    att("Sofia Nyqvist", "Strängnäs kommun", "Strängnäs", "enhetschef", "via Teams"),
    att("Jenny Wallin", "Flens kommun", "Flen", "biträdande socialchef", "ersättare för Birgitta Ek"),
    att("Omar Haddad", "Kommunal", KOM, "ombudsman"),
    att("Linda Borg", "Attendo", "Attendo", "regionchef"),
    att("Tobias Renström", MDU, MDU, "universitetslektor"),
    att(
        "Eva Sandin",
        "Arbetsförmedlingen",
        "Arbetsförmedlingen",
        "arbetsmarknadsexpert",
        "punkt 4–7",
        [4, 5, 6, 7],
    ),
    att("Cecilia Hagström Ekberg", SKR, SKR, "handläggare", "via Teams punkt 3", [3]),
    att("Jonas Ekstam", RS, RS, "regional processledare"),
]
absent = [
    att("Birgitta Ek", "Flens kommun", "Flen"),
    att("Göran Sjölund", "Oxelösunds kommun", "Oxelösund"),
    att("Petra Holm", "Vårdföretagarna", "Vårdföretagarna"),
]
recorded_by = {"name": "Jonas Ekstam", "canonical_name": "Jonas Ekstam", "role": "regional processledare"}

items = [
    item(
        1,
        "1. Inledning och föregående minnesanteckningar",
        "Inledning och föregående minnesanteckningar",
        persons=[per("Tobias Renström", "ny representant", MDU, MDU)],
        orgs=[org(MDU, MDU, "other")],
        topics=["inledning", "dagordning", "föregående minnesanteckningar", "ny ledamot"],
        decisions=[
            "Dagordningen godkändes.",
            "Minnesanteckningarna från mötet den 9 november 2027 lades till handlingarna.",
        ],
        dates=[dat("9 november 2027", "2027-11-09")],
    ),
    item(
        2,
        "2. Rapporter från de lokala collegen",
        "Rapporter från de lokala collegen",
        persons=[
            per("Maria", "rapporterar", canon="Maria Åström"),
            per("Lena Granath", "rapporterar"),
            per("Sofia Nyqvist", "ansvarig för tidplan"),
        ],
        orgs=[
            muni("Eskilstuna"),
            muni("Nyköping"),
            muni("Oxelösund"),
            muni("Trosa"),
            muni("Gnesta"),
            muni("Katrineholm"),
            muni("Flen"),
            muni("Vingåker"),
            muni("Strängnäs"),
            org(FVO, FVO, "association"),
        ],
        munis=[
            "Eskilstuna",
            "Nyköping",
            "Oxelösund",
            "Trosa",
            "Gnesta",
            "Katrineholm",
            "Flen",
            "Vingåker",
            "Strängnäs",
        ],
        topics=[
            "lokala college",
            "elevantal",
            "söktryck och avhopp",
            "APL-platser i hemtjänsten",
            "förnyad certifiering",
        ],
        follow_ups=[
            "Strängnäs lokala college ska förnya sin certifiering under våren.",
            "Sofia Nyqvist återkommer till styrgruppen med en tidplan för självvärderingen.",
            "Ansökan ska lämnas till Föreningen Vård- och omsorgscollege senast den 31 mars 2028.",
        ],
        dates=[
            dat("vårterminen 2028", "2028"),
            dat("våren", "2028", inferred=True),
            dat("31 mars 2028", "2028-03-31"),
        ],
    ),
    item(
        3,
        "3. Undersköterska som skyddad yrkestitel – läget nationellt",
        "Undersköterska som skyddad yrkestitel – läget nationellt",
        persons=[
            per("Cecilia Hagström Ekberg", "föredragande", "SKR", SKR, also=["Cecilia"]),
            per("Jonas Ekstam", "uppdrag", also=["Jonas"]),
        ],
        orgs=[
            org("SKR", SKR, "association", "SKR:s"),
            org("Socialstyrelsens", "Socialstyrelsen", "national_agency"),
        ],
        topics=[
            "undersköterska skyddad yrkestitel",
            "validering",
            "kompletterande utbildning",
            "vuxenutbildning",
        ],
        decisions=[
            "Styrgruppen beslutade att ge Jonas Ekstam i uppdrag att sammanställa kommunernas behov av validering och kompletterande utbildning."
        ],
        follow_ups=[
            "Sammanställningen redovisas vid nästa möte.",
            "Cecilia skickar SKR:s stödmaterial om validering till Jonas efter mötet.",
        ],
        bfol=[
            "Styrgruppen beslutade att ge Jonas Ekstam i uppdrag att sammanställa kommunernas behov av validering och kompletterande utbildning."
        ],
    ),
    item(
        4,
        "4. Regional kompetensförsörjningsplan för vård och omsorg 2028–2030",
        "Regional kompetensförsörjningsplan för vård och omsorg 2028–2030",
        persons=[
            per("Henrik Åström", "föredragande"),
            per("Eva Sandin", None, "Arbetsförmedlingen", "Arbetsförmedlingen"),
            per("Omar Haddad"),
            per("Linda Borg"),
            per("Jonas Ekstam", "tar fram utkast"),
        ],
        orgs=[
            org("Region Sörmlands", RS, "region"),
            org("Sörmlandsstrategin", "Sörmlandsstrategin", "programme"),
            org("Arbetsförmedlingen", "Arbetsförmedlingen", "national_agency"),
        ],
        topics=[
            "kompetensförsörjningsplan",
            "vård och omsorg",
            "arbetsmarknadsutbildning",
            "regionalt yrkesvux",
            "heltid",
        ],
        decisions=["Styrgruppen ställde sig bakom förslaget till disposition."],
        follow_ups=[
            "Henrik Åström och Jonas Ekstam tar fram ett första utkast, som skickas till styrgruppen senast den 15 april.",
            "Planen ska fastställas vid mötet i juni 2028.",
        ],
        bdec=[
            "Omar Haddad framhöll att planen också behöver beskriva hur fler deltidsanställda kan gå upp på heltid.",
            "Linda Borg önskade att de privata utförarna får lämna synpunkter innan planen skickas vidare.",
        ],
        dates=[
            dat("2028–2030", "2028/2030"),
            dat("15 april", "2028-04-15", inferred=True),
            dat("juni 2028", "2028-06"),
        ],
    ),
    item(
        5,
        "5. Handledarutbildning och APL",
        "Handledarutbildning och APL",
        persons=[
            per("Tobias Renström", "föredragande", also=["Tobias"]),
            per("Linda Borg"),
        ],
        orgs=[
            org(MDU, MDU, "other"),
            org("Attendo", "Attendo", "company"),
            muni("Eskilstuna"),
            muni("Nyköping"),
        ],
        munis=["Eskilstuna", "Nyköping"],
        topics=[
            "handledarutbildning",
            "arbetsplatsförlagt lärande",
            "kombinationstjänster",
            "kostnadsfördelning",
        ],
        decisions=[
            "Styrgruppen beslutade att två utbildningsomgångar ska erbjudas under hösten 2028, en i Eskilstuna och en i Nyköping."
        ],
        follow_ups=["Tobias återkommer med kursupplägg och kostnadsberäkning till mötet den 13 april."],
        bdec=["Kostnaden fördelas mellan kommunerna efter antal deltagare."],
        bfol=[
            "Styrgruppen beslutade att två utbildningsomgångar ska erbjudas under hösten 2028, en i Eskilstuna och en i Nyköping."
        ],
        dates=[dat("hösten 2028", "2028"), dat("13 april", "2028-04-13", inferred=True)],
    ),
    item(
        6,
        "6. Medfinansiering 2028",
        "Medfinansiering 2028",
        persons=[per("Jonas Ekstam", "föredragande")],
        orgs=[org(FVO, FVO, "association"), org(RS, RS, "region")],
        topics=["medfinansiering", "medlemsavgift", "kostnadsfördelning"],
        decisions=["Frågan bordlades till nästa möte."],
        bdec=["Några kommuner vill invänta sina egna budgetbeslut."],
        bfol=["Frågan bordlades till nästa möte."],
        dates=[dat("2028", "2028")],
    ),
    item(
        7,
        "7. Övriga frågor och nästa möte",
        "Övriga frågor och nästa möte",
        persons=[per("Annika Forsberg", "ordförande")],
        orgs=[
            org("Vård- och omsorgscollege", FVO, "association"),
            muni("Örebro"),
            muni("Nyköping"),
        ],
        munis=["Örebro", "Nyköping"],
        topics=["rikskonferens", "nästa möte"],
        follow_ups=[
            "Anmälan görs via https://www.vo-college.se senast den 1 mars.",
            "Nästa möte hålls torsdag 13 april 2028 kl. 13.00–16.00 i Nyköping.",
        ],
        bdec=["Nästa möte hålls torsdag 13 april 2028 kl. 13.00–16.00 i Nyköping."],
        bfol=[
            "Annika Forsberg påminde om Vård- och omsorgscollege rikskonferens den 10–11 maj 2028 i Örebro."
        ],
        dates=[
            dat("10–11 maj 2028", "2028-05-10/2028-05-11"),
            dat("1 mars", "2028-03-01", inferred=True),
            dat("13 april 2028", "2028-04-13"),
        ],
        urls=["https://www.vo-college.se"],
    ),
]

write(
    "vo_college_sormland_styrgrupp_celler.txt",
    "Vård- och omsorgscollege Sörmland, regional styrgrupp",
    "2028-01-20",
    ["2028-01-20"],
    "Mälardalens universitet, Campus Eskilstuna, sal U2-024",
    present,
    absent,
    recorded_by,
    items,
    "Vid anteckningarna",
)
