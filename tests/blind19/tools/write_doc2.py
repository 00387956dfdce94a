"""Writes document 2 (Södertörns brandförsvarsförbund, direktionens protokoll, PDF converted with pdftotext)."""

# ruff: noqa: E501  (verbatim Swedish minutes text and gold quotes: long lines on purpose)

import textwrap
from pathlib import Path

FF = "\f"


def header(page: int) -> str:
    return f"""SÖDERTÖRNS BRANDFÖRSVARSFÖRBUND
PROTOKOLL
Direktionen
Sammanträdesdatum 2024-10-24
Sida {page} (3)

"""


FOOTER = """
Justerandes sign
Utdragsbestyrkande
"""

page1 = (
    header(1)
    + """Plats och tid
Brandstationen i Tumba, konferensrummet, kl. 14.00–16.05

Beslutande
Gunnar Söderlund (M), Huddinge, ordförande
Eva Ahlgren (S), Södertälje, vice ordförande
Bo Lindahl (S), Botkyrka
Ann-Charlotte Ek (M), Ekerö
Peter Sandberg (M), Haninge
Helena Sandberg (KD), Nacka, tjänstgörande ersättare för Johan Wik (M)
Mats Öhrn (C), Nykvarn
Linda Karlsson (S), Nynäshamn
Ulf Bergman (M), Salem, §§ 41–46
Jonas Nyberg (L), Salem, tjänstgörande ersättare för Ulf Bergman (M), §§ 47–49
Kerstin Malm (S), Tyresö

Ersättare
Maria Öberg (S), Huddinge
Rasmus Lind (SD), Södertälje

Övriga närvarande
Tobias Wern, förbundsdirektör
Lotta Hedin, förbundsjurist, sekreterare
Niklas Forsberg, ekonomichef, § 44
Annika Strömberg, avdelningschef förebyggande, § 45

Utses att justera Kerstin Malm (S)

Justeringens plats och tid Förbundskansliet, 2024-10-30

Underskrifter
Sekreterare
Paragrafer
§§ 41–49
Lotta Hedin
Ordförande
Gunnar Söderlund
Justerande
Kerstin Malm

ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ Direktionen, Södertörns brandförsvarsförbund
Sammanträdesdatum 2024-10-24
Datum då anslaget sätts upp 2024-10-31 Datum då anslaget tas ned 2024-11-22
Förvaringsplats för protokollet Förbundskansliet

"""
)

page2 = (
    header(2)
    + """§ 41
Upprop och val av justerare
Direktionen beslutar att utse Kerstin Malm (S) att jämte ordföranden justera dagens protokoll.

§ 42
Godkännande av dagordning
Direktionen beslutar att godkänna dagordningen.

§ 43
Förbundsdirektören informerar
Förbundsdirektör Tobias Wern informerar om
• insatsstatistiken för januari–september 2024, där antalet bränder i fordon har ökat jämfört med samma period 2023,
• arbetet med gemensam ledning av räddningstjänst i länet tillsammans med Storstockholms brandförsvar och Brandkåren Attunda,
• rekryteringen av deltidsbrandmän i Nykvarn och Nynäshamn,
• förbundets dragning om civilt försvar i Södertörnskommunernas ledningsgrupp den 18 oktober.
Direktionen beslutar att lägga informationen till handlingarna.

"""
)


page3 = (
    """§ 44
Delårsrapport per den 31 augusti 2024
Dnr SBFF 2024/145

Direktionens beslut
Direktionen beslutar
att godkänna delårsrapport per den 31 augusti 2024, samt
att överlämna delårsrapporten till medlemskommunerna och förbundets revisorer.

Ärendet
Förbundet redovisar ett resultat för perioden januari–augusti på 6,2 miljoner kronor. Prognosen för helåret är ett överskott på 3,1 miljoner kronor. Ekonomichef Niklas Forsberg föredrar ärendet.

§ 45
Remiss – Handlingsprogram för skydd mot olyckor 2025–2028
Dnr SBFF 2024/098

Direktionens beslut
Direktionen beslutar att skicka förslag till handlingsprogram för skydd mot olyckor 2025–2028 på remiss till medlemskommunerna med svar senast den 31 januari 2025.

Ärendet
Enligt lagen (2003:778) om skydd mot olyckor ska det finnas ett handlingsprogram för varje mandatperiod. Avdelningschef Annika Strömberg presenterar förslaget, som följer MSB:s föreskrifter om innehåll och struktur.
Efter remissen sammanställs synpunkterna och ett slutligt förslag behandlas av direktionen den 27 mars 2025. Handlingsprogrammet ska därefter antas av respektive kommunfullmäktige.
"""
    + FOOTER
)

page4 = (
    header(3)
    + """§ 46
Budget 2025 med plan 2026–2027 samt medlemsbidrag
Dnr SBFF 2024/156

Direktionens beslut
Direktionen beslutar
att fastställa budget 2025 med plan 2026–2027, samt
att medlemsbidragen för 2025 räknas upp med 3,4 procent.

Ärendet
Budgeten har stämts av med medlemskommunernas ekonomidirektörer den 19 september.
Linda Karlsson (S) yrkar att medlemsbidragen räknas upp med 3,9 procent. Ordföranden ställer proposition på förslagen och finner att direktionen beslutar enligt förbundsdirektörens förslag.

Reservation
Linda Karlsson (S) och Kerstin Malm (S) reserverar sig mot beslutet till förmån för eget yrkande.

§ 47
Revidering av delegationsordning
Dnr SBFF 2024/171
Direktionen beslutar att anta reviderad delegationsordning att gälla från och med den 1 november 2024.

"""
)


page5 = (
    """§ 48
Sammanträdestider 2025
Direktionen beslutar att fastställa följande sammanträdestider för 2025: 13 februari, 27 mars, 22 maj, 12 juni, 25 september, 23 oktober och 11 december.
Sammanträdena börjar kl. 14.00 och hålls på förbundskansliet om inte annat meddelas.

§ 49
Övriga frågor
Eva Ahlgren (S) frågar hur förbundet arbetar med den ökade risken för bränder i litiumjonbatterier i flerbostadshus. Förbundsdirektören svarar att en informationskampanj tillsammans med medlemskommunernas bostadsbolag planeras och att direktionen får en redovisning vid sammanträdet den 13 februari 2025.
Direktionen beslutar att lägga informationen till handlingarna.
"""
    + FOOTER
)


def wrap(page: str) -> str:
    """pdftotext keeps the PDF's line breaks: body text is hard-wrapped at the column width."""
    out = []
    for line in page.split("\n"):
        if len(line) <= 86:
            out.append(line)
            continue
        indent = "  " if line.startswith("• ") else ""
        out.extend(textwrap.wrap(line, width=86, subsequent_indent=indent, break_on_hyphens=False))
    return "\n".join(out)


page1, page2, page3, page4, page5 = map(wrap, (page1, page2, page3, page4, page5))
text = page1 + FF + page2 + page3 + FF + page4 + page5 + FF
Path(__file__).resolve().parent.parent.joinpath("sbff_direktionen_2024-10-24.txt").write_text(
    text, encoding="utf-8"
)
