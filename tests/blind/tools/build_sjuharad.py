"""gold data: sjuharad_kommunchefer_pdf.txt → gold/sjuharad_kommunchefer_pdf.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

BR = "Boråsregionen Sjuhärads kommunalförbund"
KCG = "Sjuhärads kommunchefsgrupp"
VGR = "Västra Götalandsregionen"

present = [
    att("Anneli Gustavsson", "Bollebygds kommun", "Bollebygd", "kommunchef"),
    att("Magnus Widén", "Borås Stad", "Borås", "stadsdirektör"),
    att("Per-Olof Nyman", "Herrljunga kommun", "Herrljunga", "kommunchef"),
    att("Sara Lindell", "Marks kommun", "Mark", "kommundirektör"),
    att("Tobias Hellqvist", "Svenljunga kommun", "Svenljunga", "kommunchef"),
    att("Ewa Dahlbom", "Ulricehamns kommun", "Ulricehamn", "kommundirektör"),
    att("Jan Sjöstrand", "Vårgårda kommun", "Vårgårda", "kommunchef", "(p 1–3)", [1, 2, 3]),
    att("Helene Ekdahl", "Boråsregionen", BR, "förbundsdirektör"),
    att("Johan Fors", "Boråsregionen", BR, "utvecklingsledare"),
    att("Mona Kjellberg", VGR, VGR, "avdelningschef", "(p 3)", [3]),
    att("Linnea Björk", "Trafikverket", "Trafikverket", "planeringschef", "(p 4)", [4]),
]
absent = [att("Hanna Westling", "Tranemo kommun", "Tranemo", "kommunchef")]
recorded_by = {"name": "Johan Fors", "canonical_name": "Johan Fors", "role": "utvecklingsledare"}

items = [
    item(
        1,
        "1  Föregående minnesanteckningar",
        "Föregående minnesanteckningar",
        topics=["föregående minnesanteckningar"],
        decisions=["Minnesanteckningarna från mötet den 7 februari godkändes."],
        dates=[dat("7 februari", "2025-02-07")],
    ),
    item(
        2,
        "2  Aktuellt från förbundet",
        "Aktuellt från förbundet",
        persons=[per("Helene Ekdahl", also=["Helene"])],
        orgs=[
            org("VästKom", "VästKom", "association"),
            org("Förbundsstyrelsen", "Boråsregionens förbundsstyrelse", "other"),
        ],
        munis=["Svenljunga", "Tranemo"],
        topics=["verksamhetsplan", "överenskommelse om barn och unga", "årsredovisning", "skolskjuts"],
        follow_ups=["Förbundsstyrelsen behandlar årsredovisningen för 2024 den 28 mars."],
        dates=[dat("2024", "2024"), dat("28 mars", "2025-03-28")],
    ),
    item(
        3,
        "3  Färdplan nära vård i Södra Älvsborg",
        "Färdplan nära vård i Södra Älvsborg",
        persons=[per("Mona Kjellberg", VGR, also=["Mona"])],
        orgs=[
            org(VGR, VGR, "region"),
            org("Södra Älvsborgs Sjukhus", "Södra Älvsborgs sjukhus", "other"),
            org("Kommunchefsgruppen", KCG, "network"),
        ],
        munis=["Mark", "Borås"],
        topics=["nära vård", "mobil närvårdsenhet", "finansiering"],
        decisions=["Kommunchefsgruppen ställer sig bakom att försöket förlängs under 2026."],
        follow_ups=["Mona återkommer med ett förslag till kostnadsfördelning till mötet den 9 maj."],
        dates=[
            dat("hösten", "2024"),
            dat("december 2025", "2025-12"),
            dat("2026", "2026"),
            dat("9 maj", "2025-05-09"),
        ],
        urls=["https://www.vgregion.se/halsa-och-vard/nara-vard/"],
    ),
    item(
        4,
        "4  Inriktningsunderlag för transportinfrastrukturen",
        "Inriktningsunderlag för transportinfrastrukturen",
        persons=[
            per("Linnea Björk", "Trafikverket"),
            per("Ewa Dahlbom", "Ulricehamn"),
            per("Sara Lindell"),
            per("Magnus Widén"),
            per("Johan Fors"),
        ],
        orgs=[
            org("Trafikverket", "Trafikverket", "national_agency"),
            org("Kommunchefsgruppen", KCG, "network"),
            org("förbundet", BR, "municipal_federation"),
            # Göteborg is named as the end of a railway line: a municipality, but not a member.
            org("Göteborg", "Göteborg", "municipality"),
        ],
        munis=["Borås", "Ulricehamn"],
        topics=[
            "transportinfrastruktur",
            "nationell plan",
            "Götalandsbanan",
            "riksväg 40",
            "gemensamt yttrande",
        ],
        decisions=[
            "Kommunchefsgruppen vill att förbundet samordnar ett gemensamt yttrande från de åtta kommunerna."
        ],
        follow_ups=[
            "Sara Lindell och Magnus Widén tar fram ett första utkast tillsammans med Johan Fors.",
            "Yttrandet ska vara Trafikverket tillhanda senast den 30 april 2025.",
        ],
        bdec=["Ewa Dahlbom, Ulricehamn, betonade att även riksväg 46 behöver lyftas."],
        dates=[dat("30 april 2025", "2025-04-30")],
    ),
    item(
        5,
        "5  Kompetensförsörjning",
        "Kompetensförsörjning",
        persons=[per("Tobias Hellqvist")],
        orgs=[
            org("Högskolan i Borås", "Högskolan i Borås", "other"),
            org("Arbetsförmedlingen", "Arbetsförmedlingen", "national_agency"),
            org("Sjuhärad", BR, "municipal_federation"),  # geographic sense, as GR in the seeds
        ],
        topics=["kompetensförsörjning", "verksamhetsförlagd utbildning", "Arbetsförmedlingens kontor"],
        follow_ups=["Frågan återkommer på mötet i maj."],
        bfol=["Arbetsförmedlingen har aviserat att flera lokala kontor i Sjuhärad slås ihop under året."],
        dates=[dat("maj", "2025-05")],
    ),
    item(
        6,
        "6  Övriga frågor",
        "Övriga frågor",
        persons=[per("Per-Olof Nyman")],
        orgs=[org("Herrljunga kommun", "Herrljunga", "municipality")],
        munis=["Herrljunga", "Ulricehamn"],
        topics=["ekonomisystem", "nästa möte"],
        follow_ups=["Nästa möte hålls den 9 maj kl. 09.00–12.00 i Ulricehamn."],
        bfol=["Per-Olof Nyman informerade om att Herrljunga kommun byter ekonomisystem i oktober."],
        dates=[dat("oktober", "2025-10"), dat("9 maj", "2025-05-09")],
    ),
]

write(
    "sjuharad_kommunchefer_pdf.txt",
    KCG,
    "2025-03-14",
    ["2025-03-14"],
    present,
    absent,
    recorded_by,
    items,
    item_end="Vid pennan",
)
