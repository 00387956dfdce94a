# ruff: noqa: E501  (the document's sentences are data)
"""document: the En Bättre Sits minutes as `pdftotext -layout` of a Word two-column item table."""

import textwrap
from pathlib import Path

L = 30  # right column starts here
W = 64  # right column width
PAGE = "\f"


def header(page):
    return [
        "En Bättre Sits – arbetsgruppen" + " " * 34 + "MINNESANTECKNINGAR",
        " " * 64 + "2028-04-13",
        " " * 64 + f"Sida {page} (3)",
        "",
    ]


TABLE_HEAD = ["Nr   Punkt" + " " * (L - 10) + "Anteckningar", ""]

first = [
    "En Bättre Sits" + " " * 50 + "MINNESANTECKNINGAR",
    "Arbetsgruppen" + " " * 51 + "2028-04-13",
    " " * 64 + "Sida 1 (3)",
    "",
    "",
    "Möte            Arbetsgruppen En Bättre Sits, möte 2/2028",
    "Datum           Torsdag 13 april 2028, kl. 09.30–12.30",
    "Plats           Region Västmanland, Västerås, samt Teams",
    "Närvarande      Region Stockholm: Karin Åberg, Johan Ekman (punkt 1–4)",
    "                Region Uppsala: Lars Wahlström (ordförande), Elin Sandgren",
    "                Region Sörmland: Peter Holmgren (ersättare för Maria Sandell)",
    "                Region Östergötland: Jenny Ahlqvist (via Teams)",
    "                Region Örebro län: Mattias Brink",
    "                Region Västmanland: Therese Lundqvist",
    "                Region Gävleborg: Sofia Wahlström (via Teams)",
    "Adjungerade     Trafikverket: Göran Lindh",
    "                Mälardalstrafik: Nina Hed (punkt 3)",
    "Förhinder       Region Sörmland: Maria Sandell",
    "                Trafikverket: Ulf Berglund",
    "Antecknare      Elin Sandgren, Region Uppsala",
    "",
    "",
]

# (number, title, [paragraphs]); "|PAGE|" as a paragraph = page break
items = [
    (
        "1.",
        "Mötets öppnande",
        [
            "Ordföranden Lars Wahlström öppnade mötet och hälsade särskilt Peter Holmgren välkommen. Dagordningen godkändes. Minnesanteckningarna från mötet den 9 februari lades till handlingarna.",
        ],
    ),
    (
        "2.",
        "Systemanalys 2050",
        [
            "Mattias Brink, Region Örebro län, redovisade förslaget till uppdaterad storregional systemanalys. Uppdateringen bygger på de nya befolkningsprognoserna och på Trafikverkets basprognos från 2027.",
            "Förslaget pekar ut tre prioriterade stråk: Stockholm–Västerås–Örebro, Stockholm–Norrköping–Linköping och Stockholm–Uppsala–Gävle.",
            "Jenny Ahlqvist påpekade att Ostlänkens nya tidplan måste synas i analysen. Sofia Wahlström betonade att Ostkustbanan norr om Uppsala inte får hamna i skuggan av Mälardalen.",
            "Beslut: Arbetsgruppen beslutade att skicka förslaget på remiss till de sju regionerna.",
            "Remissvaren lämnas till Mattias senast den 31 maj. Den politiska styrgruppen behandlar systemanalysen den 21 september.",
        ],
    ),
    ("|PAGE|", None, None),
    (
        "3.",
        "Regional tågtrafik",
        [
            "Nina Hed, Mälardalstrafik (MÄLAB), informerade om Mälartågs trafik under Trafikverkets banarbeten på Mälarbanan mellan Kallhäll och Tomteboda i juni–augusti 2028. Under arbetena går tågen mellan Västerås och Stockholm var 30:e minut och ersättningsbussar sätts in mellan Kallhäll och Sundbyberg.",
            "Therese Lundqvist framförde att pendlarna i Västerås och Enköping behöver information senast i maj. Peter Holmgren frågade om Svealandsbanan påverkas. Nina svarade att Svealandsbanan inte berörs i sommar.",
            "Beslut: Arbetsgruppen noterade informationen.",
            "Mälardalstrafik återkommer med en konsekvensbeskrivning för ersättningstrafiken till nästa möte. Göran Lindh tar med sig frågan om samordning av banarbetena till Trafikverkets planering för hösten.",
        ],
    ),
    (
        "4.",
        "Inför nästa planperiod",
        [
            "Karin Åberg, Region Stockholm, inledde om arbetet inför nästa nationella plan för transportinfrastrukturen. Trafikverket väntas lämna sitt inriktningsunderlag i oktober 2028.",
            "Gruppen var överens om att regionerna ska stå bakom ett gemensamt budskap, med systemanalysen som grund. Johan Ekman lyfte att Region Stockholm även driver frågan om tunnelbanans fortsatta utbyggnad, som inte ingår i En Bättre Sits prioriteringar.",
            "Beslut: Arbetsgruppen beslutade att ta fram en gemensam skrivelse från regionerna till Regeringskansliet.",
            "Karin och Mattias Brink skriver ett första utkast till nästa möte.",
        ],
    ),
    ("|PAGE|", None, None),
    (
        "5.",
        "Kommunikation",
        [
            "Therese Lundqvist berättade att webbplatsen www.enbattresits.se flyttas till ny plattform under maj. Nyhetsbrevet går ut den 24 maj.",
            "En Bättre Sits planerar ett seminarium om arbetspendling under Almedalsveckan tillsammans med Stockholms Handelskammare.",
            "Beslut: Arbetsgruppen ställde sig bakom seminariet under förutsättning att kostnaden ryms i årets budget.",
            "Therese stämmer av programmet med Stockholms Handelskammare och återkommer till arbetsgruppen per e-post.",
        ],
    ),
    (
        "6.",
        "Övriga frågor",
        [
            "Lars Wahlström meddelade att ordförandeskapet går över till Region Västmanland den 1 januari 2029 enligt rotationsordningen.",
            "Nästa möte: torsdag 8 juni 2028 kl. 09.30–12.00 i Uppsala, Region Uppsalas lokaler.",
        ],
    ),
]

out = list(first) + list(TABLE_HEAD)
page = 1
for num, title, paras in items:
    if num == "|PAGE|":
        page += 1
        out.append(PAGE + header(page)[0])
        out.extend(header(page)[1:])
        out.extend(TABLE_HEAD)
        continue
    lines = []
    for p in paras:
        lines.extend(textwrap.wrap(p, W, break_on_hyphens=False))
        lines.append("")
    lines = lines[:-1]
    left0 = f"{num:<5}{title}"
    assert len(left0) < L - 1, left0
    for i, ln in enumerate(lines):
        left = left0 if i == 0 else ""
        out.append((left.ljust(L) + ln) if ln else "")
    out.append("")
out.append(
    "Bilagor: Presentation Systemanalys 2050 (Mattias Brink), Presentation Mälartåg sommaren 2028 (Nina Hed)"
)
(Path(__file__).resolve().parents[1] / "en_battre_sits_arbetsgrupp_tabellrader.txt").write_text(
    "\n".join(out) + "\n", encoding="utf-8"
)
