#!/usr/bin/env python3
# ruff: noqa
"""Writes document C (pdftotext -layout export of a kommunalförbund's direktion protocol) with form feeds."""

from pathlib import Path

HEAD = """Bergslagens Räddningstjänst                    PROTOKOLL                           {page} (4)
                                               Sammanträdesdatum
Direktionen                                    2025-04-24
"""
FOOT = """
Justerandes signatur                           Utdragsbestyrkande
"""

PAGES = [
    """
Plats och tid           Brandstationen i Karlskoga, Bergsmansgatan 30, kl. 13.00–15.40

Beslutande              Kjell Andersson (S), Karlskoga, ordförande
                        Birgitta Andersson (M), Kristinehamn, vice ordförande
                        Roger Nilsson (S), Degerfors
                        Anita Lövgren (C), Storfors
                        Stefan Ros (S), Filipstad, tjänstgörande ersättare för Ulla Berglund (KD)

Ersättare               Peter Holm (SD), Karlskoga
                        Lars-Göran Eriksson (S), Kristinehamn, §§ 20–23

Övriga deltagande       Mats Ekström, räddningschef
                        Karin Lodén, förbundssekreterare
                        Jan Sjöholm, ekonomichef, §§ 22–23
                        Eva-Lena Strömberg, kommundirektör Filipstad, § 25

Utses att justera       Birgitta Andersson (M)

Justeringens            Brandstationen i Karlskoga, 2025-04-30
plats och tid

Underskrifter           Sekreterare     ...............................       Paragrafer 20–27
                                        Karin Lodén
                        Ordförande      ...............................
                                        Kjell Andersson
                        Justerande      ...............................
                                        Birgitta Andersson

""",
    """§ 20
Val av justerare

Direktionens beslut
Direktionen beslutar
att utse Birgitta Andersson (M) att jämte ordföranden justera dagens protokoll.

§ 21
Godkännande av dagordning

Direktionens beslut
Direktionen beslutar
att godkänna dagordningen med tillägg av en informationspunkt om höjd beredskap under § 27.

§ 22                                                        Dnr BRT 2025/0014
Årsredovisning 2024

Ärendebeskrivning
Förbundet redovisar för 2024 ett resultat på 1,8 miljoner kronor, vilket är 0,6 miljoner
kronor bättre än budget. Överskottet förklaras främst av vakanser inom
deltidsorganisationen och lägre kostnader för fordon. Ekonomichef Jan Sjöholm
föredrog ärendet.

Direktionens beslut
Direktionen beslutar
att godkänna årsredovisningen för 2024, samt
att överlämna årsredovisningen till medlemskommunernas fullmäktige för beslut om
ansvarsfrihet.
""",
    """§ 23                                                        Dnr BRT 2025/0021
Budget 2026 och plan 2027–2028

Ärendebeskrivning
Förslaget innebär att medlemsbidragen räknas upp med 3,1 procent. Roger Nilsson (S)
framförde att Degerfors önskar en lägre uppräkning med hänsyn till kommunens
ekonomiska läge.

Yrkanden
Roger Nilsson (S) yrkar att uppräkningen begränsas till 2,5 procent.
Ordföranden ställer förslagen mot varandra och finner att direktionen beslutar enligt
förvaltningens förslag.

Direktionens beslut
Direktionen beslutar
att fastställa budget 2026 och plan 2027–2028 enligt förvaltningens förslag, samt
att medlemsbidragen för 2026 räknas upp med 3,1 procent.

Reservation
Roger Nilsson (S) reserverar sig mot beslutet till förmån för eget yrkande.

§ 24                                                        Dnr BRT 2025/0017
Handlingsprogram enligt LSO 2026–2029

Ärendebeskrivning
Räddningschef Mats Ekström redogjorde för arbetet med nytt handlingsprogram enligt lagen
om skydd mot olyckor. Programmet ska enligt MSB:s föreskrifter antas av direktionen
och därefter skickas på samråd till Länsstyrelsen i Värmlands län och Länsstyrelsen i
Örebro län.
""",
    """
Direktionens beslut
Direktionen beslutar
att skicka förslaget till handlingsprogram på samråd under perioden 15 maj–15 augusti
2025.

Mats Ekström återkommer till direktionen med en sammanställning av samrådssvaren vid
sammanträdet den 25 september.

§ 25                                                        Dnr BRT 2025/0019
Översyn av förbundsordningen

Ärendebeskrivning
Kommundirektörerna i medlemskommunerna har under våren fört en dialog om behovet av att
revidera förbundsordningen, bland annat vad gäller kostnadsfördelningen. Eva-Lena
Strömberg, kommundirektör i Filipstad, redogjorde för kommundirektörernas förslag till
tidplan.

Direktionens beslut
Direktionen beslutar
att ställa sig bakom tidplanen för översynen, samt
att uppdra åt förbundssekreteraren att i samråd med kommundirektörerna ta fram ett
förslag till reviderad förbundsordning till direktionens sammanträde i november.

§ 26
Delegationsbeslut och meddelanden

Redovisades förteckning över delegationsbeslut för perioden 2025-02-01–2025-03-31
samt protokoll från Karlskoga kommuns revisorer.

Direktionens beslut
Direktionen beslutar
att lägga redovisningen till handlingarna.

§ 27
Räddningschefen informerar

Mats informerade om:
- Skogsbrandsäsongen och samverkan med Räddningstjänsten Dala Mitt.
- Rekryteringen av deltidsbrandmän i Storfors och Degerfors.
- Arbetet med höjd beredskap och civilt försvar tillsammans med länsstyrelserna.

Direktionens beslut
Direktionen beslutar
att lägga informationen till handlingarna.
""",
]

out = Path(__file__).resolve().parent.parent / "protokoll_direktionen_2025-04-24.txt"
pages = [HEAD.format(page=i + 1) + body + FOOT for i, body in enumerate(PAGES)]
text = "\f".join(pages)
out.write_text(text, encoding="utf-8")
print(out, text.count("\n"), "lines")
