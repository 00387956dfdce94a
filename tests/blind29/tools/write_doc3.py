# ruff: noqa
"""Writes document 3 (pdftotext output of a signed protocol: first page form, page headers, § items)."""

from pathlib import Path

HEAD = "SÖDERÅSENS MILJÖFÖRBUND\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum\n2025-04-23\nDirektionen\n{page}\n"
FOOT = "\nJusterandes sign\n\f"
P1 = """SÖDERÅSENS MILJÖFÖRBUND
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum
2025-04-23
Direktionen
1
Plats och tid
Förbundskontoret, Klippan, kl. 13.30–15.50

Beslutande
Lars-Göran Nilsson (M), ordförande, Klippan
Ingrid Persson (S), vice ordförande, Svalöv
Bengt Andersson (SD), Bjuv
Maja Lindholm (C), Perstorp
Hans Törnqvist (S), Åstorp, tjänstgörande ersättare för Åsa Berglund (M)

Ersättare
Gunilla Persson (KD), Klippan

Övriga deltagande
Karin Hedlund, förbundschef
Tobias Malm, sekreterare
Elin Sandberg, miljöinspektör, § 18

Utses att justera
Ingrid Persson (S)
Justeringens plats och tid
Förbundskontoret, 2025-04-28

Underskrifter
Sekreterare
Paragrafer
§§ 14–21
Tobias Malm
Ordförande
Lars-Göran Nilsson
Justerande
Ingrid Persson

ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ
Direktionen
Sammanträdesdatum
2025-04-23
Datum då anslaget sätts upp
2025-04-29
Datum då anslaget tas ned
2025-05-21
Förvaringsplats för protokollet
Söderåsens miljöförbund, Klippan
"""
PAGES = [
    """§ 14 Val av justerare
Direktionens beslut
Direktionen utser Ingrid Persson (S) att jämte ordföranden justera dagens protokoll.

§ 15 Godkännande av dagordning
Direktionens beslut
Direktionen godkänner dagordningen med tillägget att förbundschefens information tas
som sista punkt.

§ 16 Årsredovisning 2024
Dnr SMF 2025-000041
Direktionens beslut
Direktionen beslutar
att godkänna årsredovisningen för 2024, samt
att överlämna årsredovisningen till medlemskommunernas fullmäktige för beslut om
ansvarsfrihet.
Ärendebeskrivning
Förbundet redovisar ett överskott på 412 tkr för 2024, främst genom högre intäkter från
tillsynsavgifter än budgeterat. Revisorerna lämnar sin revisionsberättelse i maj.
Beslutet skickas till
Bjuvs, Klippans, Perstorps, Svalövs och Åstorps kommuner
""",
    """§ 17 Budget 2026 och verksamhetsplan 2026–2028
Dnr SMF 2025-000038
Direktionens beslut
Direktionen beslutar
att godkänna förslaget till budget 2026 med en total medlemsavgift på 14 650 tkr, och
att skicka budgeten till medlemskommunerna för samråd.
Ärendebeskrivning
Förslaget innebär en uppräkning av medlemsavgiften med 2,8 procent. Fördelningen mellan
medlemskommunerna följer förbundsordningen och baseras på invånarantalet den 1 november
2024. Bengt Andersson (SD) framförde att Bjuvs kommun önskar en lägre uppräkning.
Medlemskommunernas synpunkter ska vara förbundet till handa senast den 31 augusti 2025.
Direktionen fastställer budgeten vid sammanträdet den 24 september 2025.

§ 18 Information om tillsynsprojekt PFAS
Dnr SMF 2025-000052
Direktionens beslut
Direktionen tackar för informationen och lägger den till handlingarna.
Ärendebeskrivning
Miljöinspektör Elin Sandberg informerade om förbundets del i det skånska
tillsynsprojektet om PFAS vid brandövningsplatser, som samordnas av Miljösamverkan Skåne.
Inom förbundets område finns tre kända brandövningsplatser, varav en i Åstorp och en i
Svalöv. Provtagning sker under maj och juni i samarbete med Räddningstjänsten Skåne
Nordväst.
Förbundschefen återkommer med en redovisning av resultaten till direktionen i november.

§ 19 Justering av timavgift i taxan för prövning och tillsyn
Dnr SMF 2025-000029
Direktionens beslut
Direktionen beslutar
att föreslå medlemskommunernas fullmäktige att höja timavgiften i taxan för prövning och
tillsyn enligt miljöbalken till 1 280 kronor från den 1 januari 2026.
Ärendebeskrivning
Timavgiften räknas upp enligt prisindex för kommunal verksamhet (PKV). Maja Lindholm (C)
frågade hur uppräkningen förhåller sig till grannkommunernas taxor. Förbundschefen
svarade att avgiften ligger i nivå med Helsingborg och Ängelholm.
Beslutet skickas till
Medlemskommunerna
""",
    """§ 20 Yttrande över Länsstyrelsen Skånes förslag till vattenskyddsområde för
Ljungbyheds vattentäkt
Dnr SMF 2025-000047
Direktionens beslut
Direktionen beslutar
att anta förvaltningens förslag till yttrande som sitt eget och överlämna det till
Länsstyrelsen Skåne.
Ärendebeskrivning
Länsstyrelsen Skåne har gett förbundet möjlighet att yttra sig över förslaget till
vattenskyddsområde och skyddsföreskrifter för Ljungbyheds vattentäkt i Klippans kommun.
Förvaltningen tillstyrker förslaget men föreslår förtydliganden om tillsynsansvaret.
Beslutet skickas till
Länsstyrelsen Skåne
Klippans kommun

§ 21 Förbundschefens information
Karin Hedlund informerade om
- läget i rekryteringen av två miljöinspektörer; tjänsterna tillsätts före sommaren,
- styrgruppsmötet i Miljösamverkan Skåne den 6 februari, där verksamhetsplanen för 2025
fastställdes,
- arbetet med ny förbundsordning, som behandlas av medlemskommunernas fullmäktige
under hösten 2025.
Direktionens beslut
Direktionen tackar för informationen.
""",
]
text = P1 + FOOT
for i, body in enumerate(PAGES, start=2):
    text += HEAD.format(page=i) + body + FOOT
Path(__file__).resolve().parent.parent.joinpath("smf-direktionen-protokoll-2025-04-23.txt").write_text(
    text, encoding="utf-8"
)
