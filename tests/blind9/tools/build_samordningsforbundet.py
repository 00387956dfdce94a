# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: samordningsforbundet_vastra_malardalen_styrelse.txt → gold/samordningsforbundet_vastra_malardalen_styrelse.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

SVM = "Samordningsförbundet Västra Mälardalen"
RV = "Region Västmanland"
FK = "Försäkringskassan"
AF = "Arbetsförmedlingen"
NR = "Nationella rådet för finansiell samordning"

# Board minutes: a "Närvarande" block of run-on paragraphs with group labels (Ledamöter / Ersättare /
# Tjänstepersoner), each person "Name (role, Body)" or "Name (role, Body, § N)"; "Förhinder:" likewise.
# The recorder is "Antecknare:" at the top and "Vid anteckningarna" at the end.
present = [
    att("Eva Lundgren", "Köping", "Köping", "ordförande"),
    att("Mats Ohlsson", RV, RV, "vice ordförande"),
    att("Karin Öberg", "Arboga", "Arboga", "ledamot"),
    att("Hans-Göran Björk", "Kungsör", "Kungsör", "ledamot"),
    att("Lena Strand", FK, FK, "ledamot"),
    att("Tomas Wik", AF, AF, "ledamot"),
    att("Sofia Björk", "Köping", "Köping", "ersättare"),
    att("Nils Ekström", RV, RV, "ersättare"),
    att("Maria Holm", SVM, SVM, "förbundschef"),
    att("Jonas Sved", SVM, SVM, "ekonom", "§ 4", [4]),
    att("Ulrika Fahlen", "Köping", "Köping", "kommundirektör", "§ 3", [3], canon="Ulrika Fahlén"),
]
absent = [
    att("Peter Ahl", "Arboga", "Arboga", "ersättare"),
    att("Birgitta Ström", FK, FK, "ersättare"),
]
recorded_by = {"name": "Maria Holm", "canonical_name": "Maria Holm", "role": "förbundschef"}

items = [
    item(
        1,
        "§ 1 Mötets öppnande och dagordning",
        "Mötets öppnande och dagordning",
        persons=[per("Karin Öberg")],
        topics=["mötets öppnande", "dagordning", "justering"],
        decisions=["Dagordningen fastställdes.", "Karin Öberg utsågs att justera minnesanteckningarna."],
    ),
    item(
        2,
        "§ 2 Föregående minnesanteckningar",
        "Föregående minnesanteckningar",
        topics=["föregående minnesanteckningar"],
        decisions=["Anteckningarna lades till handlingarna."],
        bdec=["Inga synpunkter."],
        dates=[dat("10 december 2026", "2026-12-10")],
    ),
    item(
        3,
        "§ 3 Unga som står långt från arbetsmarknaden – Köpings kommuns förfrågan",
        "Unga som står långt från arbetsmarknaden – Köpings kommuns förfrågan",
        persons=[
            per("Ulrika Fahlen", canon="Ulrika Fahlén"),
            per("Hans-Göran Björk"),
            per("Tomas Wik"),
            per("Maria Holm"),
        ],
        orgs=[
            org("Köpings kommuns", "Köping", "municipality", "Köping", "Köpings kommun"),
            org("Kungsör", "Kungsör", "municipality"),
            org("Arbogas", "Arboga", "municipality", "Arboga"),
            org("Arbetsförmedlingens", AF, "national_agency"),
            org("Steget vidare", "Steget vidare", "programme"),
        ],
        munis=["Köping", "Kungsör", "Arboga"],
        topics=[
            "unga utanför arbetsmarknaden",
            "kommunala aktivitetsansvaret",
            "förlängning av insats",
            "finansiell samordning",
        ],
        decisions=[
            "Styrelsen gav förbundschefen i uppdrag att ta fram ett förslag till förlängning av Steget vidare, med Arboga och Kungsör som medverkande kommuner."
        ],
        follow_ups=["Maria Holm, förslaget redovisas på styrelsemötet den 22 april."],
        bdec=["Styrelsen var positiv till en gemensam insats för alla tre kommunerna."],
        # the assignment is a decision; as it also sets a task it is "don't care" as a follow-up
        bfol=[
            "Styrelsen gav förbundschefen i uppdrag att ta fram ett förslag till förlängning av Steget vidare, med Arboga och Kungsör som medverkande kommuner."
        ],
        dates=[dat("juni 2028", "2028-06"), dat("22 april", "2027-04-22")],
    ),
    item(
        4,
        "§ 4 Bokslut 2026 och budget 2027",
        "Bokslut 2026 och budget 2027",
        persons=[per("Jonas Sved", also=["Jonas"]), per("Mats Ohlsson")],
        orgs=[org(NR, NR, "other")],
        topics=["bokslut", "budget", "eget kapital", "utlysning av insatser", "uppföljningssystemet SUS"],
        decisions=[
            "Styrelsen godkände bokslutet för 2026 och överlämnar det till revisorerna.",
            "300 tkr av det egna kapitalet avsätts för en utlysning av nya insatser under tertial 2.",
        ],
        follow_ups=["Jonas Sved, bokslutet skickas till revisorerna senast den 1 mars."],
        bdec=[
            "Mats Ohlsson betonade vikten av att överskottet används till insatser under 2027 och inte sparas."
        ],
        bfol=[
            "Jonas informerade om att uppföljningssystemet SUS byter version i maj och att alla insatser då måste registreras på nytt."
        ],
        dates=[
            dat("2026", "2026"),
            dat("2027", "2027"),
            dat("maj", "2027-05"),
            dat("tertial 2", "2027-05/2027-08"),
            dat("1 mars", "2027-03-01"),
        ],
    ),
    item(
        5,
        "§ 5 Hälsosteget i Arboga – lägesrapport",
        "Hälsosteget i Arboga – lägesrapport",
        persons=[
            per("Karin Öberg"),
            per("Petra Lind", "Arboga kommun", "projektledaren", also=["Petra"]),
            per("Lena Strand"),
        ],
        orgs=[
            org("Hälsosteget", "Hälsosteget", "programme"),
            org("Arboga", "Arboga", "municipality", "Arboga kommun"),
            org(FK, FK, "national_agency"),
        ],
        munis=["Arboga"],
        topics=[
            "lägesrapport",
            "arbetslivsinriktad rehabilitering",
            "deltagare",
            "remisser från vårdcentraler",
        ],
        decisions=["Informationen noterades."],
        follow_ups=["Petra Lind, slutrapporten för det första året skickas till förbundet i v. 14."],
        bfol=[
            "Lena Strand påpekade att Försäkringskassan kan behöva bemanna upp sitt deltagande om insatsen växer."
        ],
        dates=[dat("v. 14", "2027-04-05/2027-04-11")],
    ),
    item(
        6,
        "§ 6 Samverkan med Region Västmanland om psykisk hälsa hos unga vuxna",
        "Samverkan med Region Västmanland om psykisk hälsa hos unga vuxna",
        persons=[per("Nils Ekström"), per("Maria", canon="Maria Holm")],
        orgs=[
            org(RV, RV, "region"),
            org("Köping", "Köping", "municipality"),
            org(AF, AF, "national_agency"),
        ],
        munis=["Köping"],
        topics=["psykisk hälsa", "unga vuxna", "mottagning", "samverkan med regionen"],
        decisions=["Regionens verksamhetschef för vuxenpsykiatrin bjuds in till styrelsemötet den 22 april."],
        follow_ups=["Maria, inbjudan skickas senast den 15 mars."],
        bdec=["Det vore önskvärt att Arbetsförmedlingen finns med i planeringen från början."],
        bfol=[
            "Regionens verksamhetschef för vuxenpsykiatrin bjuds in till styrelsemötet den 22 april.",
            "Nils Ekström informerade om att Region Västmanland planerar en mottagning för unga vuxna i Köping som ska öppna under hösten 2027.",
        ],
        dates=[dat("hösten 2027", "2027"), dat("22 april", "2027-04-22"), dat("15 mars", "2027-03-15")],
    ),
    item(
        7,
        "§ 7 Övriga frågor",
        "Övriga frågor",
        persons=[per("Lena Strand"), per("Eva Lundgren"), per("Maria Holm"), per("Sofia Björk")],
        orgs=[
            org("Nationella rådets", NR, "other"),
            org("Stockholm", "Stockholm", "municipality"),
        ],
        munis=["Arboga"],
        topics=["konferens för samordningsförbund", "sociala medier", "nästa möte"],
        follow_ups=[
            "Eva Lundgren och Maria Holm deltar från förbundet.",
            "Frågan återkommer till hösten.",
            "Nästa styrelsemöte hålls torsdagen den 22 april kl. 13.00 i Arboga.",
        ],
        bfol=[
            "Lena Strand påminde om Nationella rådets konferens för samordningsförbund i Stockholm den 3:e mars."
        ],
        dates=[dat("3:e mars", "2027-03-03"), dat("22 april", "2027-04-22")],
    ),
]

write(
    "samordningsforbundet_vastra_malardalen_styrelse.txt",
    "Samordningsförbundet Västra Mälardalen, styrelsen",
    "2027-02-11",
    ["torsdagen den 11 februari 2027"],
    present,
    absent,
    recorded_by,
    items,
    item_end="Vid anteckningarna",
)
